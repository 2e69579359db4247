#!/usr/bin/env bash
# Benchmark of loading and synthesising generated corpora, printed in one run:
#   - in headless Chromium (the release build, through the synthesis page and its worker),
#   - natively (the same Rust core),
#   - and a scikit-learn pipeline (TfidfVectorizer + KMeans per question) on the same answers,
#     installed from PyPI into target/bench-venv.
# Usage: scripts/bench.sh [sizes...]   (default: 1000 10000 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=("$@")
[ "$#" -gt 0 ] || SIZES=(1000 10000 100000)
[ "${SKIP_SETUP:-}" = 1 ] || scripts/setup.sh
source scripts/env.sh
[ "${SKIP_BUILD:-}" = 1 ] || SKIP_SETUP=1 scripts/build.sh > target/bench-build.log 2>&1
# The same profile as the synthesis worker: built for speed (Cargo.toml, [profile.synthesis]).
cargo build --profile synthesis --locked --bin bench --quiet

if [ ! -x target/bench-venv/bin/python ] || ! target/bench-venv/bin/python -c "import sklearn" 2>/dev/null; then
  python3 -m venv target/bench-venv
  target/bench-venv/bin/pip install --quiet scikit-learn
fi

mkdir -p target/bench
for n in "${SIZES[@]}"; do
  [ -d "target/bench/corpus-$n" ] || ./target/synthesis/bench write "$n" "target/bench/corpus-$n" 1000
  [ -f "target/bench/answers-$n.tsv" ] || ./target/synthesis/bench text "$n" "target/bench/answers-$n.tsv"
done

echo "== machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(rustc --version), $(chromium --version 2>/dev/null | head -n1)"
echo "== browser (headless Chromium, release build, files read by the page and analysed in two workers)"
node scripts/bench-browser.mjs "${SIZES[@]}"
echo "== native (the same core, one process per size, two threads as the browser has two workers)"
for n in "${SIZES[@]}"; do ./target/synthesis/bench synth "$n"; done
echo "== scikit-learn (TfidfVectorizer 1-2 grams + KMeans k=4, n_init=3, per question)"
for n in "${SIZES[@]}"; do target/bench-venv/bin/python scripts/bench_sklearn.py "target/bench/answers-$n.tsv" "$n"; done
