#!/usr/bin/env bash
# Installs what is missing, then runs every test: formatting and lints, the core natively, the
# browser glue in headless Chromium, and the built app end to end with Playwright. Ends with one
# line, "N passed, N failed", covering all of them.
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh || { echo "0 passed, 1 failed"; exit 1; }
source scripts/env.sh
# A fresh checkout gains nothing from incremental artifacts, which double the debug builds on disk.
export CARGO_INCREMENTAL="${CARGO_INCREMENTAL:-0}"
mkdir -p target/test-logs
passed=0
failed=0

# Adds up cargo's "test result: ok. N passed; M failed" lines; a run that did not get as far
# as reporting (a build error) counts as one failure.
count_cargo() {
  local log=$1 status=$2 p f
  p=$(grep -o '[0-9]* passed' "$log" | awk '{ s += $1 } END { print s + 0 }')
  f=$(grep -o '[0-9]* failed' "$log" | awk '{ s += $1 } END { print s + 0 }')
  if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  passed=$((passed + p)); failed=$((failed + f))
  echo "== $3: $p passed, $f failed"
}

# A check that passes or fails as a whole (formatting, lints) counts as one test.
check() {
  local name=$1; shift
  if "$@" > "target/test-logs/$name.log" 2>&1; then
    passed=$((passed + 1)); echo "== $name: ok"
  else
    failed=$((failed + 1)); echo "== $name: FAILED"; tail -n 30 "target/test-logs/$name.log"
  fi
}

echo "== formatting and lints"
check fmt cargo fmt --check
check clippy-native cargo clippy --locked --all-targets -- -D warnings
check clippy-wasm32 cargo clippy --locked --all-targets --target wasm32-unknown-unknown -- -D warnings
# The form for the built-in questionnaire (index.html) is built without the default features.
check clippy-form cargo clippy --locked --target wasm32-unknown-unknown --no-default-features --lib --bin app -- -D warnings

echo "== native tests (cargo test)"
cargo test --locked 2>&1 | tee target/test-logs/native.log
count_cargo target/test-logs/native.log "${PIPESTATUS[0]}" "native"

echo "== interoperability (the Word and Excel exports read by python-docx, LibreOffice, openpyxl)"
# cargo test built target/debug/bpf-survey, which makes the exports.
target/interop-venv/bin/python -m unittest -v tests/interop/test_documents.py 2>&1 | tee target/test-logs/interop.log
interop_status=${PIPESTATUS[0]}
ran=$(grep -o '^Ran [0-9]* test' target/test-logs/interop.log | awk '{ print $2 }')
bad=$(grep -o 'failures=[0-9]*\|errors=[0-9]*' target/test-logs/interop.log | awk -F= '{ s += $2 } END { print s + 0 }')
ran=${ran:-0}
if [ "$interop_status" -ne 0 ] && [ "$bad" -eq 0 ]; then bad=1; fi
passed=$((passed + ran - (bad < ran ? bad : ran))); failed=$((failed + bad))
echo "== interoperability: $((ran - (bad < ran ? bad : ran))) passed, $bad failed"

echo "== browser tests (wasm-bindgen-test in headless Chromium)"
cargo test --locked --target wasm32-unknown-unknown --test web 2>&1 | tee target/test-logs/browser.log
count_cargo target/test-logs/browser.log "${PIPESTATUS[0]}" "browser"

echo "== end-to-end tests (Playwright on the release build)"
# The tests' deployment lists the fixtures' key and contact (tests/fixtures/deployment.json).
BPF_DEPLOYMENT=tests/fixtures/deployment.json SKIP_SETUP=1 scripts/build.sh > target/test-logs/build.log 2>&1
build_status=$?
tail -n 3 target/test-logs/build.log
if [ "$build_status" -eq 0 ]; then
  PLAYWRIGHT_JSON_OUTPUT_NAME=target/test-logs/e2e.json npx playwright test --reporter=list,json
  read -r p f < <(node -e '
    const s = JSON.parse(require("fs").readFileSync("target/test-logs/e2e.json", "utf8")).stats;
    console.log(s.expected + s.flaky, s.unexpected + (s.expected + s.flaky + s.unexpected === 0 ? 1 : 0));
  ' 2>/dev/null || echo "0 1")
  passed=$((passed + p)); failed=$((failed + f))
  echo "== end-to-end: $p passed, $f failed"
else
  echo "== end-to-end: the release build failed"
  failed=$((failed + 1))
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
