#!/usr/bin/env bash
# The README's run command: install what is missing, build the release app, and serve it
# with its bundled dataset at http://127.0.0.1:8080/ (nginx, deploy/nginx-site.conf).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
./scripts/build.sh
addr=${WEGWEISER_ADDR:-127.0.0.1:8080}
echo
echo "Wegweiser is served at http://$addr/  (Ctrl+C stops it)"
exec ./scripts/nginx.sh dist "$addr"
