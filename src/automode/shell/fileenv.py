"""`Env`: what the effect extractors need to classify the paths a command names (home, project root, its cwd)."""

from __future__ import annotations

from automode.effects import Effect
from automode.paths import TEMP_ROOTS, classify
from automode.shell.parse import Command
from automode.shell.words import Word


class Env:
    """What extractors need to classify paths: home, project root, and the command's own cwd."""

    __slots__ = ("home", "root")

    def __init__(self, home: str, root: str) -> None:
        self.home = home
        self.root = root

    def file(self, kind: str, w: Word, cmd: Command, **kw: object) -> Effect:
        cwd = cmd.cwd if cmd.remote is None else "/"
        if cwd is None and not w.value.startswith(("/", "~")):
            # After `cd "$DIR"` the working directory is unknown: a relative path may be anywhere (the agent's own
            # settings, another project), so it is judged as a target known only at run time, never as the project.
            info = classify(w.value, self.root, self.home, self.root, True)
            target = "$PWD/" + w.value.removeprefix("./")  # the unknown directory stays visible to the rules
            return Effect(kind, target, info.cls, detail=cmd.text[:200], via=cmd.via, **kw)  # type: ignore[arg-type]
        if not w.dynamic and w.glob and _glob_is_wide(w.value):
            # `rm -rf ~/*` empties whatever directory the glob sits in: judge it by that directory.
            base = w.value.rstrip("/").rsplit("/", 1)[0] if "/" in w.value.rstrip("/") else "."
            info = classify(base or "/", cwd or self.root, self.home, self.root)
            if info.path in TEMP_ROOTS or (info.cls not in ("critical", "temp", "artefact") and info.path != self.root):
                info = classify(w.value, cwd or self.root, self.home, self.root, True)
            elif info.path == self.root:
                info = classify(".", self.root, self.home, self.root)
        else:
            info = classify(w.value, cwd or self.root, self.home, self.root, w.dynamic)
            if info.path in TEMP_ROOTS and "TMPDIR" in w.raw:
                # `$TMPDIR` itself: the user's temp directory, wherever it really is (/tmp is only the likely value).
                info = classify(w.value, cwd or self.root, self.home, self.root, True)
        return Effect(kind, info.path, info.cls, detail=cmd.text[:200], via=cmd.via, **kw)  # type: ignore[arg-type]


def _glob_is_wide(value: str) -> bool:
    """`rm -rf *` or `rm -rf $DIR/*` could be anything; `rm *.pyc` is a known kind of file."""
    last = value.rstrip("/").rsplit("/", 1)[-1]
    return last in ("*", ".*", "**", "*.*", "{*,.*}", ".[!.]*", "..?*")
