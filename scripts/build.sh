#!/usr/bin/env bash
# Release build of the app into dist/ (trunk + wasm-opt -Oz + the post-build step).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
trunk build --release "$@"
