#!/usr/bin/env bash
# Installs whatever the build and the tests need and is missing; skips what is already there,
# so a second run takes seconds. Needs a Debian machine with the Rust toolchain (rustup).
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf '[setup] %s\n' "$*" >&2; }
export PATH="$HOME/.cargo/bin:$PATH"

# The wasm-bindgen CLI must match the library version in Cargo.lock exactly.
WASM_BINDGEN=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
TRUNK=0.21.14

rustup target list --installed | grep -qx wasm32-unknown-unknown || {
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
}

# A Chinese font, so screenshots of the Chinese interface can be read (Arabic ships with DejaVu);
# xmllint, which validates the REFI-QDA export against its schema in the tests; LibreOffice
# without its interface, which opens the Word export in the interoperability tests; Python's
# venv, for python-docx and openpyxl there.
pkgs=(chromium chromium-driver binaryen fonts-wqy-microhei libxml2-utils libreoffice-writer-nogui python3-venv)
# A newer Node.js from elsewhere is fine; only install Debian's when there is none.
command -v node >/dev/null && command -v npm >/dev/null || pkgs+=(nodejs npm)
missing=()
for pkg in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing Debian packages: ${missing[*]}"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
fi

version_of() { command -v "$1" >/dev/null && "$1" --version 2>/dev/null | head -n 1; }
case "$(version_of trunk)" in
  *" $TRUNK"*) ;;
  *) say "installing trunk $TRUNK (about 8 minutes)"; cargo install --locked trunk --version "$TRUNK" ;;
esac
case "$(version_of wasm-bindgen)" in
  *" $WASM_BINDGEN"*) ;;
  # Not --locked: the registry lacks one of the versions its lock file pins.
  *) say "installing wasm-bindgen-cli $WASM_BINDGEN"; cargo install wasm-bindgen-cli --version "$WASM_BINDGEN" ;;
esac

# npm: wasm-opt (binaryen 132; Debian's is too old for this rustc's output), Playwright without
# its browsers (Debian's Chromium is used), axe-core, ajv, canonicalize.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
fi

# python-docx and openpyxl read the Word and Excel exports in the interoperability tests, as
# the people who receive them would (tests/interop/).
if [ ! -x target/interop-venv/bin/python ] || ! target/interop-venv/bin/python -c "import docx, openpyxl" 2>/dev/null; then
  say "installing python-docx and openpyxl into target/interop-venv"
  python3 -m venv target/interop-venv
  target/interop-venv/bin/pip install --quiet --disable-pip-version-check python-docx==1.1.2 openpyxl==3.1.5
fi

# Trunk builds offline; make sure every crate is in the local registry.
cargo fetch --locked --quiet
