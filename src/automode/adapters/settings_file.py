"""Merge automode's hooks into an agent's JSON settings file and take them out again.

The layout `{"hooks": {EVENT: [{"matcher": ..., "hooks": [{"type": "command", "command": ...}]}]}}` is shared by
Claude Code, Codex (hooks.json) and Gemini CLI. Our hook commands end in MARKER, which is how uninstall finds
exactly what install added. Everything else in the file is kept as it was; a file we cannot parse is never
rewritten; every write keeps a backup and is atomic.
"""

from __future__ import annotations

import copy
import json
import os
import shlex
import shutil
import sys
import tempfile
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from automode import controls

MARKER = "# automode-hook"


class SettingsError(Exception):
    """The settings file is not something we can safely rewrite."""


#: Gemini CLI (0.61.0, measured in tests/integrations/test_gemini_e2e.py) runs the tool when a hook exits 2 with
#: no output at all; it blocks only when exit 2 comes with text, or the output is a JSON deny. So its failure tail
#: prints a deny itself (a half-written answer before it makes the whole output unparseable, read as a block too).
_GEMINI_FAILED = json.dumps({"decision": "deny", "reason": "automode could not check this action (its hook failed to "
                             "start or crashed), so it is blocked; run `automode doctor`."})


def _on_failure(agent: str) -> str:
    if agent == "gemini":
        return f"|| {{ echo {shlex.quote(_GEMINI_FAILED)}; exit 2; }}"
    return "|| exit 2"


#: Runtime dependencies the hook imports (top-level module names); their directories go on the hook's sys.path
#: (and are automode's controls: `automode.controls`).
HOOK_DEPENDENCIES = controls.HOOK_DEPENDENCIES


def hook_path() -> list[str]:
    """The directories a `-I -S` hook interpreter needs on sys.path: automode's own, then its runtime dependencies'
    (the site-packages of a venv or pipx install, an editable checkout's src). With -S the interpreter skips
    `site` (its .pth files, about 2 ms a call); this list, fixed at install time, is what `site` would have added
    for these packages. Appended after the standard library, as `site` does, so nothing in it shadows stdlib."""
    import importlib.util
    import site

    import automode

    dirs = [str(Path(automode.__file__).resolve().parent.parent)]  # first: the automode being installed wins
    for spec in map(importlib.util.find_spec, HOOK_DEPENDENCIES):
        if spec is not None and spec.origin:
            up = 2 if spec.submodule_search_locations else 1
            dirs.append(str(Path(spec.origin).resolve().parents[up - 1]))
    dirs += [d for d in site.getsitepackages() if os.path.isdir(d)]
    dirs = list(dict.fromkeys(dirs))
    return dirs


def hook_command(agent: str, resident: bool, headless: bool = False, server: str | None = None) -> str:
    """The shell command an agent runs for each hook. `|| exit 2` turns any crash of the interpreter itself (a
    missing venv, an import error) into a block: exit 1 would let the action run. With a team `server` the hook asks
    the service beside its own decision (adapters/remote.py): in the resident server, or in the direct hook. Every form runs with -I
    (no cwd, PYTHONPATH or user site on sys.path: a file named `automode` in the project cannot stand in for us);
    the resident client and the direct hook also with -S and an explicit path (`hook_path`)."""
    py = shlex.quote(sys.executable)
    flags = " --headless" if headless else ""
    tail = f"{_on_failure(agent)} {MARKER}"
    if resident:
        # Import the client as a module (its bytecode is cached) rather than run it as a script (compiled on
        # every call); -I -S: no site-packages, no cwd or PYTHONPATH on sys.path, about 9 ms to start. With a team
        # `server` the resident server asks it (and so does the client's own fallback when no server answers).
        here = str(Path(__file__).parent)
        stub = f"import sys;sys.path[:0]=[{here!r}];from hook_client import run;run(sys.argv[1:])"
        team = f" --server {shlex.quote(server)}" if server else ""
        return f"{py} -I -S -c {shlex.quote(stub)} {agent}{flags}{team} {tail}"
    if server:
        return f"{py} -I -m automode.adapters.run {agent}{flags} --server {shlex.quote(server)} {tail}"
    stub = f"import sys;sys.path+={hook_path()!r};from automode.adapters.run import main;sys.exit(main())"
    return f"{py} -I -S -c {shlex.quote(stub)} {agent}{flags} {tail}"


def is_ours(hook: Any) -> bool:
    return isinstance(hook, dict) and isinstance(hook.get("command"), str) and hook["command"].rstrip().endswith(MARKER)


def load(path: Path) -> dict[str, Any] | None:
    """The parsed file, None if it does not exist; SettingsError if it is not a JSON object."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise SettingsError(f"cannot read {path}: {exc}") from exc
    if not text.strip():
        return {}
    try:
        obj = json.loads(text)
    except ValueError as exc:
        raise SettingsError(f"{path} is not valid JSON ({exc}); fix it by hand, automode will not rewrite it") from exc
    if not isinstance(obj, dict):
        raise SettingsError(f"{path} does not hold a JSON object; automode will not rewrite it")
    return obj


def _hooks_table(settings: dict[str, Any], path: Path) -> dict[str, Any]:
    hooks = settings.get("hooks", {})
    if not isinstance(hooks, dict):
        raise SettingsError(f"'hooks' in {path} is not an object; automode will not rewrite it")
    for event, groups in hooks.items():
        if not isinstance(groups, list):
            raise SettingsError(f"'hooks.{event}' in {path} is not a list; automode will not rewrite it")
    return hooks


def without_ours(settings: dict[str, Any], path: Path) -> dict[str, Any]:
    """A copy of `settings` with automode's hooks removed, and the groups/lists/table left empty by that."""
    out = copy.deepcopy(settings)
    hooks = _hooks_table(out, path)
    for event in list(hooks):
        groups = []
        for group in hooks[event]:
            if isinstance(group, dict) and isinstance(group.get("hooks"), list) and any(is_ours(h) for h in group["hooks"]):
                kept = [h for h in group["hooks"] if not is_ours(h)]
                if not kept:
                    continue
                group = {**group, "hooks": kept}
            groups.append(group)
        if groups:
            hooks[event] = groups
        else:
            del hooks[event]
    if "hooks" in out and not hooks:
        del out["hooks"]
    return out


def with_ours(settings: dict[str, Any], path: Path, groups: Mapping[str, dict[str, Any]]) -> dict[str, Any]:
    """`settings` with exactly our `groups` (event -> one matcher group) in place of any older automode hooks."""
    out = without_ours(settings, path)
    hooks = out.setdefault("hooks", {})
    for event, group in groups.items():
        hooks.setdefault(event, []).append(copy.deepcopy(group))
    return out


def ours(settings: Mapping[str, Any]) -> dict[str, list[str]]:
    """event -> our hook commands found in `settings`."""
    found: dict[str, list[str]] = {}
    hooks = settings.get("hooks")
    if not isinstance(hooks, dict):
        return found
    for event, groups in hooks.items():
        for group in groups if isinstance(groups, list) else []:
            for h in group.get("hooks", []) if isinstance(group, dict) and isinstance(group.get("hooks"), list) else []:
                if is_ours(h):
                    found.setdefault(event, []).append(h["command"])
    return found


def write(path: Path, settings: dict[str, Any], existed: bool) -> Path | None:
    """Atomically write `settings` (2-space JSON), after a timestamped backup of the old file. Returns the backup."""
    text = json.dumps(settings, indent=2, ensure_ascii=False) + "\n"
    json.loads(text)  # never write something we could not read back
    path.parent.mkdir(parents=True, exist_ok=True)
    backup = None
    mode = 0o600
    if existed:
        backup = path.with_name(f"{path.name}.automode-backup-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}")
        shutil.copy2(path, backup)
        mode = path.stat().st_mode & 0o777
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return backup
