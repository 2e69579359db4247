#!/usr/bin/env bash
# Installs what is missing, then makes the release build in dist/: what a site deploys. The
# form is dist/index.html, for the built-in questionnaire; dist/form.html is the same form for
# any questionnaire, with the NRI's embed page (built first, into target/form-dist, and copied
# in by the form's build, so the form's respondents never download it); the secretariat's
# synthesis page is dist/synthesis/ (its own binaries); dist/review/ holds the review page's
# template, which the synthesis page fills with a draft.
set -euo pipefail
cd "$(dirname "$0")/.."
[ "${SKIP_SETUP:-}" = 1 ] || scripts/setup.sh
source scripts/env.sh
export FORM_DIST=target/form-dist
trunk build form.html --release --dist "$FORM_DIST" "$@"
trunk build --release "$@"
trunk build synthesis.html --release --dist dist/synthesis "$@"
trunk build review.html --release --dist dist/review "$@"
