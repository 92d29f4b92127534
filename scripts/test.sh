#!/usr/bin/env bash
# The test command (`npm test`): installs what is missing, then runs every
# test — the core in Node, the built app in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh --browser
mkdir -p test-results
exec node node_modules/vitest/vitest.mjs run "$@"
