#!/usr/bin/env bash
# Installs what is missing, then makes the release build in dist/: what a site deploys. The
# form is dist/index.html; the secretariat's synthesis page is dist/synthesis/ (its own
# binaries, so respondents never download them); dist/review/ holds the review page's template,
# which the synthesis page fills with a draft.
set -euo pipefail
cd "$(dirname "$0")/.."
[ "${SKIP_SETUP:-}" = 1 ] || scripts/setup.sh
source scripts/env.sh
trunk build --release "$@"
trunk build synthesis.html --release --dist dist/synthesis "$@"
trunk build review.html --release --dist dist/review "$@"
