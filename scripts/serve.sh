#!/usr/bin/env bash
# Installs what is missing, makes the release build and serves it on http://127.0.0.1:8080
# (the form) and http://127.0.0.1:8080/synthesis/ (the synthesis page). For live reloading
# of the form while developing: `source scripts/env.sh && trunk serve`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
echo "Serving the form on http://127.0.0.1:${PORT:-8080}/ and the synthesis on http://127.0.0.1:${PORT:-8080}/synthesis/"
exec node scripts/static-server.mjs dist "${PORT:-8080}"
