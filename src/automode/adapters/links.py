"""Symbolic links on the paths an action names, read for the core (red team, session 12).

The core does no I/O, so a link it did not see being made was invisible: an archive or a branch whose member is
`cfg -> ~/.claude` (`tar xf x.tar`, `git checkout other`: routine) followed by `Write cfg/settings.json` rewrote the
agent's settings; and where the user keeps a control directory as a link into a dotfiles repository (`~/.claude ->
~/dotfiles/claude`), a write of the real file (`~/dotfiles/claude/settings.json`) was not a write of the settings.

The adapters now look, for the action's path words (a file tool's path; a command's words that hold a `/` or name
a script) and for the home-level control locations of `automode.controls`, which leading directories are symbolic
links, and hand the core (link, resolved target) pairs as `Context.links`. The analysis then judges a file effect
under a link at its target too, and one under a target at its link (`knowledge.programs_reach.through_links`).
Bounded: a few dozen `lstat` calls per action.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import lru_cache

MAX_WORDS = 32
MAX_LINKS = 16
MAX_DEPTH = 24
#: The system's own links (merged /usr, alternatives) say nothing about the agent's controls.
_SKIP = ("/proc", "/sys", "/dev", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32", "/usr", "/etc/alternatives",
         "/var/run", "/var/lock")  # fmt: skip
_PATH_KEYS = ("file_path", "path", "notebook_path", "absolute_path", "filename", "target", "destination", "dst")


def _words(tool_input: Mapping[str, object]) -> list[str]:
    out = [v for k in _PATH_KEYS if isinstance(v := tool_input.get(k), str) and v]
    command = tool_input.get("command", tool_input.get("cmd"))
    if isinstance(command, list):
        command = " ".join(str(x) for x in command)
    if isinstance(command, str) and command:
        from automode.adapters.runfiles import _words as shell_words

        for seg in shell_words(command):
            out.extend(w.lstrip("<>&|0123456789") for w in seg if "/" in w)
    return out[:MAX_WORDS]


@lru_cache(maxsize=4)
def _home_roots(home: str) -> tuple[str, ...]:
    """The home-level locations of the agents automode is installed into and of automode itself (a dozen `lstat`s)."""
    from automode.controls import ROOTS, TAIL_OWNERS

    return tuple(dict.fromkeys(os.path.join(home, r.where[3:]) for r in ROOTS if r.where.startswith("**/")
                               and r.where[3:4] == "." and "*" not in r.where[3:]
                               and (r.owner in TAIL_OWNERS or r.owner == "automode")))


def found_links(tool_input: object, cwd: str | None, home: str) -> tuple[tuple[str, str], ...]:
    """(absolute link path, its resolved target) for every symbolic link among the leading directories of the action's
    path words and of the home-level control locations."""
    if not cwd or not os.path.isabs(cwd):
        return ()
    words = _words(tool_input) if isinstance(tool_input, Mapping) else []
    paths = [*(_absolute(w, cwd, home) for w in words), *_home_roots(home)]
    # The directories above the working directory and the home are where the agent already is: a link there changes
    # no name the action uses, so they are not looked at (they are most of the `lstat`s otherwise).
    seen: set[str] = {p for base in (cwd, home) for p in _ancestors(base)}
    out: list[tuple[str, str]] = []
    for p in paths:
        if not p:
            continue
        parts = p.split("/")[1 : MAX_DEPTH + 1]
        prefix = ""
        for part in parts:
            prefix = f"{prefix}/{part}"
            if prefix in seen:
                continue
            seen.add(prefix)
            if prefix.startswith(_SKIP) and prefix.split("/", 3)[:3] != ["", "usr", "local"]:
                break
            try:
                if not os.path.islink(prefix):
                    continue
                target = os.path.realpath(prefix)
            except (OSError, ValueError):
                break
            if target != prefix:
                out.append((prefix, target))
                if len(out) >= MAX_LINKS:
                    return tuple(out)
    return tuple(out)


def _ancestors(path: str) -> list[str]:
    parts = path.rstrip("/").split("/")
    return ["/".join(parts[:i]) for i in range(2, len(parts) + 1)]


def _absolute(word: str, cwd: str, home: str) -> str:
    w = word.strip("'\"")
    if not w or "$" in w or "`" in w or "\x00" in w:
        return ""
    if w == "~" or w.startswith("~/"):
        w = home + w[1:]
    elif not w.startswith("/"):
        w = os.path.join(cwd, w)
    return os.path.normpath(w)
