#!/usr/bin/env bash
# Installs what the project needs on a fresh machine: npm packages from the
# lockfile and, for the browser tests, Debian's Chromium. No test tool ever
# downloads a browser of its own.
set -euo pipefail
cd "$(dirname "$0")/.."
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

# The browser tests need Chromium, and poppler's pdftoppm to render exported PDFs.
missing=()
if [ "${1:-}" = "--browser" ]; then
  [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
  command -v pdftoppm >/dev/null || missing+=(poppler-utils)
fi
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing Debian's ${missing[*]} for the browser tests…"
  if [ "$(id -u)" = "0" ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
