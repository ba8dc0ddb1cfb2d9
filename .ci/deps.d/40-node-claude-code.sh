#!/usr/bin/env bash
# Node/npm and the pinned npm packages the integration tests drive (Claude Code CLI, MCP filesystem server).
# Idempotent. Packages go to a cache outside the repo; the tests install them on demand too.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q nodejs npm
fi
CACHE="${AUTOMODE_E2E_CACHE:-$HOME/.cache/automode-e2e}"
grep -v '^#' tests/integrations/npm_pins.txt | while read -r name version; do
  [ -n "$name" ] || continue
  safe="${name//\//__}"; safe="${safe#@}"
  dir="$CACHE/$safe-$version"
  if [ -f "$dir/node_modules/$name/package.json" ] && grep -q "\"version\": \"$version\"" "$dir/node_modules/$name/package.json"; then
    echo "$name@$version already in $dir"
    continue
  fi
  mkdir -p "$dir"
  [ -f "$dir/package.json" ] || echo '{"private": true}' > "$dir/package.json"
  (cd "$dir" && npm install --no-audit --no-fund --prefer-online "$name@$version")
done
