#!/usr/bin/env bash
# Runs each fuzz target for a fixed time (default 60 s each; `scripts/fuzz.sh 600` for ten
# minutes) with a memory cap, and prints how many inputs each ran. Installs the nightly
# toolchain and cargo-fuzz if missing. A crash or an input over the memory cap stops the run,
# leaves the input in fuzz/artifacts/<target>/, and exits non-zero.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
# FUZZ_RUNS=10000000 stops each target after that many inputs instead (the time is then a cap);
# FUZZ_TARGETS="import age" runs only those.
runs_limit=()
[ -n "${FUZZ_RUNS:-}" ] && runs_limit=(-runs="$FUZZ_RUNS")
# FUZZ_SANITIZER=none builds without AddressSanitizer (into its own target folder), for targets
# whose cost is arithmetic rather than memory handling: `age` ran three times faster (docs/fuzzing.md).
sanitizer=(-s "${FUZZ_SANITIZER:-address}")
[ "${FUZZ_SANITIZER:-address}" = address ] || sanitizer+=(--target-dir "fuzz/target-${FUZZ_SANITIZER}")
rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
mkdir -p target/fuzz-logs
for target in ${FUZZ_TARGETS:-import age review synthesis table}; do
  # Seeds: the format fixtures and the hostile corpus for the reader; the corpus answers as text.
  corpus="fuzz/corpus/$target"
  mkdir -p "$corpus"
  if [ "$target" = import ]; then
    cp -n tests/fixtures/format/*.json tests/fixtures/hostile/*.json "$corpus"/ 2>/dev/null || true
  elif [ "$target" = review ]; then
    # The golden comment file, and a draft of the 45-response corpus's Part II.
    cp -n tests/fixtures/review/*.json "$corpus"/ 2>/dev/null || true
    [ -f "$corpus/draft.json" ] || cargo run --quiet --locked --bin bpf-survey -- draft tests/fixtures/corpus-45 --out "$corpus/draft.json" >/dev/null
  elif [ "$target" = table ]; then
    # Spreadsheets that span billions of cells, an XLSForm, the 45-response corpus's open data.
    cp -n tests/fixtures/hostile-tables/*.xlsx tests/fixtures/hostile-tables/*.ods tests/fixtures/xlsform/*.xlsx "$corpus"/ 2>/dev/null || true
    for format in csv xlsx; do
      [ -f "$corpus/open-data.$format" ] || cargo run --quiet --locked --bin bpf-survey -- synth tests/fixtures/corpus-45 --format "$format" --out "$corpus/open-data.$format" >/dev/null
    done
  elif [ "$target" = age ]; then
    # The encrypted fixtures without their magic line, which the target adds.
    for f in tests/fixtures/encrypted/*.age; do tail -c +23 "$f" > "$corpus/$(basename "$f")"; done
  else
    cp -n tests/fixtures/corpus-45/*.json "$corpus"/ 2>/dev/null || true
  fi
  log="target/fuzz-logs/$target.log"
  # calamine's cell references overflow u32 with a panic when overflow checks are on
  # (tafia/calamine#709) and wrap in release builds, as the app's are: `table` runs as built
  # for release, without debug assertions (-O).
  release=()
  [ "$target" = table ] && release=(-O)
  cargo +nightly fuzz run "${sanitizer[@]}" "${release[@]}" "$target" "$corpus" -- \
    -max_total_time="$seconds" -rss_limit_mb=2048 -malloc_limit_mb=1024 -max_len=1048576 -timeout=10 \
    "${runs_limit[@]}" -print_final_stats=1 > "$log" 2>&1 || { tail -n 40 "$log"; echo "fuzz: $target failed; see $log"; exit 1; }
  runs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' || echo "?")
  peak=$(grep -oE 'stat::peak_rss_mb: *[0-9]+' "$log" | grep -oE '[0-9]+$' || echo "?")
  rate=$(grep -oE 'stat::average_exec_per_sec: *[0-9]+' "$log" | grep -oE '[0-9]+$' || echo 0)
  took=$([ "$rate" -gt 0 ] 2>/dev/null && [ "$runs" != "?" ] && echo "about $((runs / rate)) s" || echo "?")
  echo "fuzz: $target: $runs inputs in $took (at most ${seconds} s), $rate a second, no crash, peak memory ${peak} MB"
done
