# Sourced by the scripts: puts the installed tools first on PATH. wasm-opt must come from
# node_modules (binaryen 132), not Debian's older one.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
