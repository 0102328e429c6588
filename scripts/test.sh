#!/usr/bin/env bash
# Runs every test of Commonpot: lints, unit and integration tests on SQLite (and on
# PostgreSQL when COMMONPOT_TEST_DATABASE_URL is set), then the browser journeys in
# Chromium against a release build, directly and through nginx over https. Installs
# what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
source scripts/env.sh

step() { printf '\n== %s\n' "$*"; }

step "clippy (warnings are errors)"
cargo clippy --all-targets -- -D warnings

step "unit and integration tests on SQLite"
env -u COMMONPOT_TEST_DATABASE_URL cargo test

if [ -n "${COMMONPOT_TEST_DATABASE_URL:-}" ]; then
  step "persistence tests on PostgreSQL (${COMMONPOT_TEST_DATABASE_URL})"
  cargo test -p commonpot --test api
  # Each test made its own database; drop them so runs do not pile up.
  if command -v psql >/dev/null; then
    psql "$COMMONPOT_TEST_DATABASE_URL" -Atc "select datname from pg_database where datname like 'commonpot_test_%'" |
      while read -r db; do
        # FORCE: a test process killed mid-run can leave an idle connection behind.
        psql "$COMMONPOT_TEST_DATABASE_URL" -qc "drop database if exists \"$db\" with (force)" >/dev/null ||
          echo "warning: could not drop the test database $db" >&2
      done
  fi
fi

step "release build of the site (server, wasm islands, CSS)"
cargo leptos build --release --precompress

step "browser journeys in Chromium at phone size"
(cd end2end && npx playwright test)

step "journeys through nginx over https (scripts/deploy/commonpot.nginx.conf)"
(cd end2end && npx playwright test -c proxy.config.ts)
