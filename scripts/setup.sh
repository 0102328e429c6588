#!/usr/bin/env bash
# Installs what building and testing Commonpot needs, skipping what is already there.
# Usage: scripts/setup.sh [--browser]   (--browser also installs Debian's Chromium)
set -euo pipefail
cd "$(dirname "$0")/.."

export PATH="$HOME/.cargo/bin:$PATH"

want_browser=false
[ "${1:-}" = "--browser" ] && want_browser=true

say() { printf '\n== %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# wasm-bindgen's CLI must match the version pinned in Cargo.lock exactly.
bindgen_version=$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"/\1/p')
if ! wasm-bindgen --version 2>/dev/null | grep -q " ${bindgen_version}\$"; then
  say "installing wasm-bindgen-cli ${bindgen_version} (about 8 minutes, once)"
  cargo install wasm-bindgen-cli --version "${bindgen_version}"
fi

# 0.3.11 needs a newer rustc than this machine has; compiling takes ~40 minutes, once.
if ! cargo leptos --version 2>/dev/null | grep -q '0\.3\.10'; then
  say "installing cargo-leptos 0.3.10 (about 40 minutes, once)"
  cargo install cargo-leptos --locked --version 0.3.10
fi

# npm packages: Playwright for the browser tests and binaryen's wasm-opt, which
# cargo-leptos would otherwise try (and fail) to download.
if [ ! -x end2end/node_modules/.bin/wasm-opt ] || [ end2end/package-lock.json -nt end2end/node_modules/.package-lock.json ]; then
  say "installing npm packages in end2end/"
  (cd end2end && npm ci --no-audit --no-fund)
fi

if $want_browser && [ ! -x /usr/bin/chromium ]; then
  say "installing Debian's chromium"
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
fi
