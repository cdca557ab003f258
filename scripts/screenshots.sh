#!/usr/bin/env bash
# Regenerates the README's dashboard screenshots (docs/dashboard-*.png): starts the service in a test
# schema of its own, fills it with demo data through the API, and photographs the pages in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  apt-get update -qq && apt-get install -y -qq chromium chromium-driver
fi
# the seed's icons (✅ ❌ 🔴 🟡) need a colour emoji font to show in the pictures
if ! fc-list 2>/dev/null | grep -qi "color emoji"; then
  apt-get install -y -qq fonts-noto-color-emoji
fi

VERSIONER_DB_SCHEMA="${VERSIONER_DB_SCHEMA:-versioner_screenshots}" \
  mvn -B -q test -Dtest=DashboardScreenshots -Dscreenshots=true -Dscreenshots.dir="$PWD/docs" -Dsurefire.failIfNoSpecifiedTests=false
ls -l docs/dashboard-*.png
