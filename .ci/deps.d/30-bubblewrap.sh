#!/usr/bin/env bash
# bubblewrap for `automode run --sandbox` and tests/sandbox. Idempotent: does nothing when bwrap is present.
set -euo pipefail
if command -v bwrap >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "30-bubblewrap: bwrap missing and cannot apt-get install it here (need root on Debian)" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends bubblewrap >/dev/null
bwrap --version
