#!/usr/bin/env bash
# Kept for old links: the README's first command is now scripts/install.sh (install automode, then run the demo).
exec bash "$(dirname "$0")/install.sh" "$@"
