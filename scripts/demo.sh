#!/usr/bin/env bash
# Builds Commonpot and serves the demo (Ilfracombe and Castle Vale) on
# http://127.0.0.1:3000/ with the embedded SQLite database commonpot.db.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
cargo leptos build --release --precompress
export LEPTOS_SITE_ROOT=target/site
exec target/release/commonpot serve --demo
