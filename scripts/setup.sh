#!/usr/bin/env bash
# Installs every tool Wegweiser needs, at pinned versions, from the package registries only
# (crates.io, npm, Debian, rustup). Each step is skipped when the tool is already there at
# the pinned version, so a warm run takes seconds. Facts behind the pins: docs/tests.md.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# Must equal the `wasm-bindgen = "=…"` pin in Cargo.toml.
WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = "=\(.*\)"/\1/p' Cargo.toml)
# libnginx-mod-http-brotli-static: nginx serves the .br files the build writes (scripts/nginx.sh).
APT_PACKAGES=(chromium chromium-driver nginx libnginx-mod-http-brotli-static)

step() { printf '\n== setup: %s\n' "$*"; }
# shellcheck source=scripts/lib.sh
. scripts/lib.sh

export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

step "Rust toolchain and wasm32 target (rust-toolchain.toml)"
if ! command -v rustup >/dev/null 2>&1; then
  echo "rustup is missing: install it from rustup.rs' distribution server first." >&2
  exit 1
fi
rustup show active-toolchain >/dev/null 2>&1 || rustup toolchain install
installed_targets=$(rustup target list --installed)
if ! grep -qx wasm32-unknown-unknown <<<"$installed_targets"; then
  rustup target add wasm32-unknown-unknown
fi

step "The standard library's sources and dependencies (the release build compiles it for size)"
installed_components=$(rustup component list --installed)
if ! grep -q '^rust-src' <<<"$installed_components"; then
  rustup component add rust-src
fi
# Downloads only what the registry cache lacks; scripts/build.sh builds offline.
RUSTC_BOOTSTRAP=1 cargo fetch --locked --quiet \
  --manifest-path "$(rustc --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"
echo "present"

step "trunk $TRUNK_VERSION"
if have_version trunk "trunk $TRUNK_VERSION"; then
  echo "already installed"
else
  # trunk 0.22 needs rustc >= 1.96; 0.21.14 builds with the pinned toolchain.
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

step "wasm-bindgen-cli $WASM_BINDGEN_VERSION"
if have_version wasm-bindgen "wasm-bindgen $WASM_BINDGEN_VERSION" \
  && have_version wasm-bindgen-test-runner "$WASM_BINDGEN_VERSION"; then
  echo "already installed"
else
  # No --locked: one locked dependency of the CLI is missing from the registry here.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

step "Debian packages: ${APT_PACKAGES[*]}"
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [[ $status == *"install ok installed"* ]] || missing+=("$pkg")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "already installed"
else
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
fi

step "npm packages from package-lock.json (playwright-core, axe-core, binaryen)"
if [ -d node_modules ] && [ node_modules/.package-lock.json -nt package-lock.json ] \
  && npm ls --depth=0 >/dev/null 2>&1; then
  echo "already installed"
else
  # Never downloads a browser: playwright-core drives Debian's Chromium.
  # --ignore-scripts: no package runs code at install time (none of ours needs to).
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --ignore-scripts --no-audit --no-fund
fi
have_version wasm-opt "version 132" || { echo "wasm-opt 132 missing (npm binaryen@132)" >&2; exit 1; }

echo
echo "setup: all tools present."
