#!/usr/bin/env bash
# Installs what is missing, then makes the release build in dist/: what a site deploys.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
trunk build --release "$@"
