"""A tool's configuration edited to load code on every later run (session 25, class P5; table:
`knowledge.code_loaders`; rule AM-WRITE-061; release: `judge.intent.meaning_said`, by the key, the tool or the
loaded item named with an act: "add a bun preload for ./scripts/setup.ts", "switch nx to @acme/cache-runner").

Only what the change adds: an item already in the old text, a quiet value (the tool's default, a switch off, the
project's own test set-up) and a value from outside the project (AM-WRITE-059, `files.tool_loaders`) are not
reported here.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.files import scan
from automode.knowledge.code_loaders import ROWS, Row
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.files.keypath_pairs import Meaning

#: The files of every row (one search gates the rest).
FILES = lazyre.compile("|".join(f"(?:{r.files})" for r in ROWS))
#: Words one of which a row's construct holds: a new file without any of them is not read (`weaken.weakenings`' gate).
TRIGGERS = scan.register({"preload", "<extension>", "distributionurl", "wrapperurl", "addopts",
                          "runner", "plugins", "presets", "setupfiles", "globalsetup", "globalteardown", "testrunner", "watchplugins",
                          "snapshotresolver", "testsequencer", "require:", "\"require\"", "node-options", "script-shell", "onload-script",
                          "pnpmfile", "yarnpath", "- path:", "npmclient", "rustc", "linker", "rustdoc", "fsmonitor", "sshcommand",
                          "askpass", "smudge", "[filter", "textconv",
                          # session 28 (T7): conftest plugins, direnv loaders, git programs, e2e set-up, Ruby/PHP loaders
                          "pytest_plugins", "source_url", "source_env", "source_up", "external", "pager", "supportfile", "--require", "require", "bootstrap", "init-hook", "init_hook", "_.source"})
_QUOTED = lazyre.compile(r"[\"'`]([^\"'`\n]+)[\"'`]")
_NAME = lazyre.compile(r"[^/\\:]+$")


def _items(row: Row, value: str) -> list[str]:
    """The loaded items of one value."""
    if row.item:
        return [next(g for g in m.groups() if g) for m in lazyre.built(row.item, re.M).finditer(value) if any(m.groups())]
    v = value.strip()
    if v[:1] in "[\"'`":
        return _QUOTED.findall(v)
    v = v.split(" #", 1)[0].strip()
    return [v] if v else []


def _said(row: Row, item: str) -> tuple[str, ...]:
    """The user's words for this key and this item: the row's words, the item as written and its bare name."""
    name = _NAME.search(item.rstrip("/"))
    bare = name.group(0).rsplit(".", 1)[0].lower() if name else ""
    return (*row.said, item.lower(), *((bare,) if len(bare) >= 3 else ()))


#: At most this many items of one change are reported (each is judged on its own: one named, another not).
MAX_ITEMS = 8


#: Rows whose items name a place elsewhere by design (a hook repository is a URL): not "from outside" for that.
_ELSEWHERE_BY_DESIGN = frozenset({"precommit.repo", "wrapper.distribution", "git.external", "git.program"})


def _outside(item: str, root: str) -> bool:
    """`item` is code from outside the project (session 28): a URL, a temporary or home place (`tool_loaders`' test),
    an absolute path not under the project's root."""
    from automode.files.tool_loaders import _OUTSIDE

    v = item.strip().strip("\"'`")
    m = _OUTSIDE.match(v)
    if m is None or v.startswith("../"):
        return False
    r = root.rstrip("/")
    return not (r and (v == r or v.startswith(r + "/")))


def hits(path: str, old: str, new: str, root: str = "") -> list[Meaning]:
    """Every item a change makes a tool load on every run that the old text did not load (session 27, R6: each item
    is its own meaning, so "add -p pytest_randomly" names the first and not `-p tools.ci_reporter` beside it). An
    item from outside the project (a home directory's script as Cargo's `rustc-wrapper`, a `source_url` of another
    host) is AM-WRITE-059's (`load`), as `tool_loaders` reports for the tools it reads (session 28)."""
    if FILES.search(path) is None:
        return []
    from automode.files.keypath_pairs import Meaning

    out: list[Meaning] = []
    for row in ROWS:
        if lazyre.built(row.files).search(path) is None:
            continue
        for m in lazyre.built(row.pattern).finditer(new[:200_000]):
            for item in _items(row, m.group("v")):
                item = item.strip().strip(",")
                if not item or item in old or (row.quiet and lazyre.built(row.quiet).search(item)):
                    continue
                if any(h.value == item for h in out):
                    continue
                construct = " ".join(m.group(0).split())[:80]
                if row.id not in _ELSEWHERE_BY_DESIGN and _outside(item, root):
                    out.append(Meaning(f"later-load.{row.id}", "load", f"makes {row.tool} load {item}, code from outside "
                                       "the project, on every run", construct, row.id.split(".", 1)[1], item, _said(row, item)))
                    continue
                out.append(Meaning(f"later-load.{row.id}", "load-ask", f"makes {row.tool} load {item} on every run",
                                   construct, row.id.split(".", 1)[1], item, _said(row, item)))
                if len(out) >= MAX_ITEMS:
                    return out
    return out


#: Where one entry of a loading key's value ends (list punctuation, quotes, blanks).
_ENTRY_SPLIT = lazyre.compile(r"[\s,\[\]{}\"'`]+")


def added_entries(path: str, old: str, new: str) -> list[str]:
    """Every entry the change adds to a loading key's value (its loaders and its other words alike: the heap size
    beside a `--require`, the test helper beside a reporter), in order: what the user's named entries are compared
    with (`judge.intent.loader_named`)."""
    if FILES.search(path) is None:
        return []
    out: list[str] = []
    for row in ROWS:
        if lazyre.built(row.files).search(path) is None:
            continue
        rx = lazyre.built(row.pattern)
        was = {t for m in rx.finditer(old[:200_000]) for t in _ENTRY_SPLIT.split(m.group("v"))}
        for m in rx.finditer(new[:200_000]):
            for t in _ENTRY_SPLIT.split(m.group("v")):
                t = t.strip().strip(",;")
                if t and t not in was and t not in out and t not in ("-", "="):
                    out.append(t)
    return out[:64]
