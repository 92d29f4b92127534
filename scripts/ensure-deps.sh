#!/usr/bin/env bash
# Installs what the project needs on a fresh machine: npm packages from the
# lockfile and, for the browser tests, Debian's Chromium and Firefox. No test tool ever
# downloads a browser of its own.
set -euo pipefail
cd "$(dirname "$0")/.."
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

# The browser tests need Chromium, poppler's pdftoppm to render exported PDFs, and Firefox
# in a virtual display (Xvfb: headless Firefox has no WebGL) to open the offline briefing file.
missing=()
if [ "${1:-}" = "--browser" ]; then
  [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
  command -v pdftoppm >/dev/null || missing+=(poppler-utils)
  [ -x "${FIREFOX_PATH:-/usr/bin/firefox-esr}" ] || missing+=(firefox-esr)
  command -v Xvfb >/dev/null || missing+=(xvfb)
fi
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing Debian's ${missing[*]} for the browser tests…"
  if [ "$(id -u)" = "0" ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
