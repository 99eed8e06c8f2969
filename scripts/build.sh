#!/usr/bin/env bash
# Release build of the app into dist/, and of the keepers' workspace into dist/pflege/
# (trunk + wasm-opt -Os, see index.html, crates/pflege/index.html and the post-build steps).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

# The wasm's standard library is compiled for size with the app, instead of linking the
# prebuilt one (compiled for speed): 451.6 -> 417.7 KB gzip, measured 2026-11-22.
#   - build-std: core, alloc and std compiled from the toolchain's rust-src, with the
#     release profile (opt-level "z", LTO);
#   - optimize_for_size: std's own switch to its small variants (sorts, formatting);
#   - location-detail=none: no table of the source files and lines of panics;
#   - panic=immediate-abort: a panic stops the wasm at once, without the machinery that
#     formats its message (380.5 -> 368.4 KB). No panic hook runs: the page's loader shows
#     the crash screen when the wasm's trap reaches it (src/platform/panic_guard.rs).
# These are unstable options of the pinned compiler (rust-toolchain.toml). RUSTC_BOOTSTRAP
# lets that stable compiler accept them, for this build only: nothing else (tests, tools,
# the prerender) uses them. A newer compiler that changed them fails this build loudly.
export RUSTC_BOOTSTRAP=1
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
# Added to .cargo/config.toml's flags for the wasm target, not in place of them. The
# symbol names stay those the stable compiler writes (RUSTC_BOOTSTRAP would switch them to
# v0): they never ship, but scripts/wasm-weights.mjs reads them to attribute the code.
release_flags="-Zlocation-detail=none -Zunstable-options -Cpanic=immediate-abort -Csymbol-mangling-version=legacy"
# The sources and the standard library's own dependencies: scripts/setup.sh installs them.

# trunk copies every snippet in wasm-bindgen's output folder, which both builds share: each
# build starts without the other's (a keepers' script in the visitors' precache otherwise).
fresh_snippets() { rm -rf target/wasm-bindgen/release/snippets; }

# The visitors' app also without `Debug` formatting (-Zfmt-debug=none: `{:?}` writes
# nothing, derived `Debug` is empty), 4.8 KB gzip: no visitor ever reads it (their messages
# are the app's own texts), only the console's notes lose a detail. The keepers' workspace
# keeps it: serde's messages that a keeper reads quote the value with `Debug`
# ("invalid type: string \"x\""). cargo keeps each set of flags' builds apart, so
# neither build undoes the other's.
fresh_snippets
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$release_flags -Zfmt-debug=none" trunk build --release "$@"
# The keepers' workspace, into dist/pflege/ (after the visitors' build, which empties dist/).
fresh_snippets
(cd crates/pflege && CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$release_flags" trunk build --release "$@")
