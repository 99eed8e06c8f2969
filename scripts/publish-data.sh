#!/usr/bin/env bash
# A new dataset, published with its pages: checks FILE as `check` does (an error stops
# here, and nothing changes), puts it in place of public/data/services.json and builds the
# app again, so the pages rendered at build time, the sitemap and the app's own copy say
# what the new file says. Then upload dist/ (docs/deployment.md, "A new dataset").
#   ./scripts/publish-data.sh NEW.json
# A keeper without this machine puts the file on the server alone: the app shows it at once,
# the pages rendered at build time keep the old data, and name its date, until the next build.
set -euo pipefail
[ -f "${1:-}" ] || { echo "usage: scripts/publish-data.sh NEW.json (a file)" >&2; exit 1; }
new=$(realpath "$1")
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
if ! cargo run --locked --quiet --bin check -- "$new"; then
  echo "publish-data: $new has errors (above); public/data/services.json is unchanged." >&2
  exit 1
fi
[ "$(realpath "$new")" = "$(realpath public/data/services.json)" ] || cp "$new" public/data/services.json
./scripts/build.sh
echo "publish-data: built dist/ with $new; upload dist/ to the server."
