#!/usr/bin/env bash
# Install automode as a command-line tool with its runtime dependencies only, then run the demo.
#   uv tool or pipx when present; otherwise its own venv in $AUTOMODE_HOME (default ~/.local/share/automode)
#   with a link in $AUTOMODE_BIN (default ~/.local/bin). Re-run to update. `--no-demo` skips the demo.
# Tests and their tools are set up separately by `bash scripts/test.sh` (in ./.venv).
set -euo pipefail
cd "$(dirname "$0")/.."
SRC=$(pwd)
PY=${PYTHON:-python3}
BIN=${AUTOMODE_BIN:-$HOME/.local/bin}
HOME_DIR=${AUTOMODE_HOME:-${XDG_DATA_HOME:-$HOME/.local/share}/automode}
DEMO=1
for a in "$@"; do case "$a" in --no-demo) DEMO=0 ;; *) echo "install.sh: unknown option $a (known: --no-demo)" >&2; exit 2 ;; esac; done
step() { printf '== %s\n' "$*"; }

step "automode: installing from $SRC (runtime dependencies only)"
"$PY" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' \
  || { echo "automode needs Python 3.11 or newer ($PY is $("$PY" -V 2>&1)); set PYTHON=..." >&2; exit 1; }
INSTALLER=${AUTOMODE_INSTALLER:-}
if [ -z "$INSTALLER" ]; then
  if command -v uv >/dev/null 2>&1; then INSTALLER=uv
  elif command -v pipx >/dev/null 2>&1; then INSTALLER=pipx
  else INSTALLER=venv; fi
fi
case "$INSTALLER" in
  uv)
    step "using uv tool install"
    uv tool install --force --python "$PY" "$SRC"
    EXE=$(command -v automode || echo "$BIN/automode") ;;
  pipx)
    step "using pipx install"
    pipx install --force --python "$PY" "$SRC"
    EXE=$(command -v automode || echo "$BIN/automode") ;;
  venv)
    VENV=$HOME_DIR/venv
    if [ ! -x "$VENV/bin/python" ]; then
      step "creating the environment $VENV (python -m venv, up to half a minute)"
      "$PY" -m venv "$VENV"
    fi
    step "installing automode and its dependencies (pip builds the package first; a first install downloads about 10 MB)"
    "$VENV/bin/python" -m pip install --disable-pip-version-check --progress-bar off --upgrade "$SRC" 2>&1 \
      | grep --line-buffered -E '^(Collecting|Processing|Building|Installing|Successfully|ERROR|error)' || true
    "$VENV/bin/python" -c 'import automode, tree_sitter_bash, ahocorasick_rs' \
      || { echo "automode: the install in $VENV failed (see the pip lines above)" >&2; exit 1; }
    mkdir -p "$BIN"
    ln -sf "$VENV/bin/automode" "$BIN/automode"
    EXE=$BIN/automode
    step "environment size: $(du -sh "$VENV" | cut -f1) in $VENV" ;;
  *) echo "install.sh: AUTOMODE_INSTALLER must be uv, pipx or venv" >&2; exit 2 ;;
esac
step "installed: $("$EXE" --version) at $EXE"
case ":$PATH:" in
  *":$(dirname "$EXE"):"*) ;;
  *) step "$(dirname "$EXE") is not on your PATH; add it (then open a new shell):"
     echo "     echo 'export PATH=\"$(dirname "$EXE"):\$PATH\"' >> ~/.bashrc" ;;
esac
step "next: automode install claude-code   (hooks for Claude Code; see docs/integrations.md)"
if [ "$DEMO" = 1 ]; then
  step "running the demo: automode demo"
  exec "$EXE" demo
fi
