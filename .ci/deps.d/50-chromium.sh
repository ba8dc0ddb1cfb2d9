#!/usr/bin/env bash
# Headless Chromium + ChromeDriver for the audit web page's browser tests (tests/audit/test_ui_browser.py).
# Idempotent; needs root (CI runs it as root on a fresh Debian machine). Without it those tests skip and say so.
set -euo pipefail
if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  echo "50-chromium.sh: not root; install Debian's chromium and chromium-driver by hand" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get -o DPkg::Lock::Timeout=600 update -qq
apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends chromium chromium-driver fonts-dejavu-core >/dev/null
chromium --version
