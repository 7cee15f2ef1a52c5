#!/usr/bin/env bash
# Installs headless Chromium and its driver (Debian packages) for the dashboard browser test.
# Skips quietly when they are present, or when apt is unavailable (the test then skips).
set -u
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  exit 0
fi
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver) >/dev/null 2>&1 \
    || echo "browser-deps: could not install chromium; the browser test will skip" >&2
else
  echo "browser-deps: chromium not installed and apt-get unavailable; the browser test will skip" >&2
fi
exit 0
