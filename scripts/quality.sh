#!/usr/bin/env bash
# Issue 13's measure of the synthesis (docs/synthesis-quality.md): the quality tests on three
# varied generated corpora of 2,000 responses, on the held-out corpus (tests/fixtures/heldout)
# and on the templated one (tests/fixtures/templated, written by its generate.py with python3),
# printing their figures per question, then a
# scikit-learn baseline (TF-IDF + k-means told the right number of themes) on the same answers.
# scikit-learn comes from PyPI into target/bench-venv, as for scripts/bench.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
export BPF_QUALITY_DIR="$PWD/target/quality"
rm -rf "$BPF_QUALITY_DIR"
cargo test --profile measure --test core corpus_gives_one_theme_list -- --nocapture
if [ ! -x target/bench-venv/bin/python ] || ! target/bench-venv/bin/python -c "import sklearn" 2>/dev/null; then
  python3 -m venv target/bench-venv
  target/bench-venv/bin/pip install --quiet scikit-learn
fi
target/bench-venv/bin/python scripts/quality_sklearn.py "$BPF_QUALITY_DIR"/answers-*.tsv
