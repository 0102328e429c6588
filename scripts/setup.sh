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

# Debian's Chromium for the browser journeys, nginx and openssl for the journeys through
# a reverse proxy over https. nginx is not started as a service: the tests run their own.
if $want_browser; then
  wanted=()
  [ -x /usr/bin/chromium ] || wanted+=(chromium)
  [ -x /usr/sbin/nginx ] || wanted+=(nginx)
  command -v openssl >/dev/null || wanted+=(openssl)
  command -v curl >/dev/null || wanted+=(curl)
  if [ ${#wanted[@]} -gt 0 ]; then
    say "installing Debian's ${wanted[*]}"
    sudo_=""
    [ "$(id -u)" -eq 0 ] || sudo_="sudo"
    # Keep the package from starting nginx on port 80 as it installs.
    printf '#!/bin/sh\nexit 101\n' | $sudo_ tee /usr/sbin/policy-rc.d >/dev/null
    $sudo_ chmod +x /usr/sbin/policy-rc.d
    $sudo_ apt-get update -qq
    $sudo_ env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${wanted[@]}" >/dev/null
    $sudo_ rm -f /usr/sbin/policy-rc.d
  fi
fi
