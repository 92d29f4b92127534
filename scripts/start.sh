#!/usr/bin/env bash
# `npm start`: installs packages if needed, then serves the app on the demo.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
exec node node_modules/vite/bin/vite.js --host 127.0.0.1 "$@"
