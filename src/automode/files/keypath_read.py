"""The meaning of a written configuration's key paths and rule shapes (session 15, class F1; data: `files.keypaths`).

The old and the new text (comment lines left out: a line commented out is a line removed) are read as key paths and
values: `files.settingsdiff.settings` for YAML, JSON, TOML/INI sections, HCL blocks, `.properties` and `.env`
(nested and flattened spellings give one dotted path), plus the forms it does not read: `key value` lines of server
files (`redis.conf`, `my.cnf` bare flags), XML elements and `class` attributes, Dockerfile `ENV`/`ARG`, and
`--key[=value]` flags in compose commands. A row of `keypaths.ROWS` reports when the new text has more values of its
key path that weaken the control than the old text had (keeping an existing value is no new finding); a shape of
`keypaths.SHAPES` when the new text has more matches than the old. Gated by the trigger words of the table: an edit
without one costs a set intersection.
"""

from __future__ import annotations

import re
from functools import lru_cache

from automode import lazyre
from automode.files import framework_read, later_loads, scan, tool_loaders
from automode.files.diff import TEST_PATH, Weakening, _rel, live
from automode.files.keypath_pairs import Meaning, _plain, pairs
from automode.files.keypaths import CONFIG, ROWS, SHAPES, KeyPath, Shape
from automode.files.settings import NONPROD_PATH
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.files import WriteView

#: Trigger words of the rows (specific words, registered with the one-pass scan). Shapes hold common words (`rules`,
#: `verbs`, `path`): they are read only in the files they belong to, then tested by substring.
TRIGGERS = scan.register({w for r in ROWS for w in r.words})
SHAPE_FILES = lazyre.compile("|".join(f"(?:{s.files})" for s in SHAPES if s.files))
#: Rule of each check: a control switched off, opened to everyone, a weaker value to confirm.
RULE = {"off": "AM-WRITE-056", "open": "AM-WRITE-057", "ask": "AM-WRITE-058", "log": "AM-SEC-053", "log-ask": "AM-SEC-054",
        "secret": "AM-SEC-055", "secret-ask": "AM-SEC-056", "load": "AM-WRITE-059",
        "load-ask": "AM-WRITE-061"}
#: The rows' trigger words and those of a framework's logging and secret references (`files.framework_read`).
ALL_TRIGGERS = TRIGGERS | framework_read.TRIGGERS
_PROSE = (".md", ".mdx", ".markdown", ".rst", ".txt", ".adoc", ".org", ".html")
OFF = frozenset({"false", "no", "off", "0", "disabled", "disable", "none", "never"})
ON = frozenset({"true", "yes", "on", "1", "enabled", "enable", "always"})
#: A server's site-local overrides (CouchDB `local.ini`, fail2ban `jail.local`): production settings despite the name.
_SITE_LOCAL = lazyre.compile(r"/local\.(?:ini|conf|cfg)$|\.local$|/local\.d/")


def weak_value(row: KeyPath, value: str) -> bool:
    v = _plain(value)
    if row.value == "off":
        return v in OFF
    if row.value == "on":
        return v in ON
    if row.value == "empty":
        return v == ""
    if row.value.startswith("re:"):
        return lazyre.built(row.value[3:]).search(v) is not None
    return False


def _row_hit(row: KeyPath, old: list[tuple[str, str, str]], new: list[tuple[str, str, str]], before_known: bool) -> Meaning | None:
    rx = lazyre.built(row.path)
    now = [p for p in new if rx.search(p[0])]
    was = [p for p in old if rx.search(p[0])]
    if row.value == "removed":
        kept = [p for p in now if _plain(p[1])]
        gone = [p for p in was if _plain(p[1])]
        if before_known and gone and not kept:
            k, v, c = gone[0]
            return Meaning(row.id, row.check, row.meaning.format(key=k, value=v), c + " removed", k, "removed", row.said)
        return None
    weak_now = [p for p in now if weak_value(row, p[1])]
    if len(weak_now) <= sum(1 for p in was if weak_value(row, p[1])):
        return None
    k, v, c = weak_now[0]
    return Meaning(row.id, row.check, row.meaning.format(key=k, value=v), c, k, v, row.said)


def _was_on(row: KeyPath, old: list[tuple[str, str, str]], key: str) -> bool:
    """The old text had this key with a value that is not the weak one (a control the file had on)."""
    return row.value in ("off", "on") and any(k == key and not weak_value(row, v) and _plain(v) in (OFF | ON) for k, v, _ in old)


def _beside(old: str, new: str, key: str) -> bool:
    """The change also changes a line that is not the key's (the flip rides along another edit)."""
    last = re.split(r"[.:]", key)[-1].lower()
    was = set(old.splitlines())
    return any(ln.strip() and ln not in was and last not in ln.lower() for ln in new.splitlines())


def _shape_hit(s: Shape, path: str, old: str, new: str) -> Meaning | None:
    rx = lazyre.built(s.shape)
    if s.removed:
        gone = rx.search(old) if old else None
        if gone is None or len(rx.findall(old)) <= len(rx.findall(new)):
            return None
        return Meaning(s.id, s.check, s.meaning, " ".join(gone.group(0).split())[:80] + " removed", "", "removed", s.said)
    m = rx.search(new)
    if m is None or (old and len(rx.findall(new)) <= len(rx.findall(old))):
        return None
    if s.near and not any(lazyre.built(s.near).search(t) for t in (new, old, path)):
        return None
    return Meaning(s.id, s.check, s.meaning, " ".join(m.group(0).split()).lstrip("- ")[:80], "", "", s.said)


def applies(path: str, rel: str) -> bool:
    """Not tests, not prose."""
    return not (path.endswith(_PROSE) or TEST_PATH.search("/" + rel))


@lru_cache(maxsize=16)
def meanings(path: str, old: str, new: str, before_known: bool, words: frozenset[str], root: str = "") -> tuple[Meaning, ...]:
    """Every row and shape the change sets to its weak value (`words`: the table's trigger words present)."""
    out: list[Meaning] = []
    old_l, new_l = live(old), live(new)
    # (a setting of development or example settings is read only where the change switches off a control the file
    # had on beside another change: "bump the heap in the dev compose file" answered with `xpack.security.enabled=false`
    # beside it; the flip alone stays the developer's; a grant's shape is read whatever the file's name says)
    dev = NONPROD_PATH.search(path) is not None and _SITE_LOCAL.search(path) is None
    rows = [r for r in ROWS if not words.isdisjoint(r.words) and lazyre.built(r.files or CONFIG).search(path)] \
        if not dev or (old_l and before_known) else []
    if rows:
        po, pn = pairs(old_l, path) if old_l else [], pairs(new_l, path)
        for r in rows:
            hit = _row_hit(r, po, pn, before_known)
            if hit is not None and (not dev or (_was_on(r, po, hit.key) and _beside(old_l, new_l, hit.key))):
                out.append(hit)
    low = (new_l + "\n" + old_l).lower() if SHAPE_FILES.search(path) else ""
    for s in SHAPES if low else ():
        if (before_known or not s.removed) and any(map(low.__contains__, s.words)) and (not s.files or lazyre.built(s.files).search(path)):
            hit = _shape_hit(s, path, old_l, new_l)
            if hit is not None:
                out.append(hit)
    # what a framework's logging and secret references mean (`files.framework_read`)
    out += framework_read.meanings(path, old_l, new_l, before_known, words, root)
    return tuple(out)


def of_write(w: WriteView, root: str, found: frozenset[str] | None = None) -> tuple[Meaning, ...]:
    """The meanings of one change (`found`: the trigger words of its old and new text, when the caller has them)."""
    if found is None:
        found = scan.hits(w.new.lower()) | (scan.hits(w.old.lower()) if w.old else frozenset())
    words = found & ALL_TRIGGERS
    if (not words and SHAPE_FILES.search(w.path) is None and framework_read.LOG_FILES.search(w.path) is None
            and tool_loaders.FILES.search(w.path) is None and later_loads.FILES.search(w.path) is None):
        return ()
    if not applies(w.path, _rel(w, root)):
        # (a conftest under tests/ is pytest's configuration: the plugins it names load on every run, session 28)
        return tuple(later_loads.hits(w.path, live(w.old), live(w.new))) if w.path.endswith("/conftest.py") else ()
    return meanings(w.path, w.old, w.new, w.before_known, words, root)


def weakenings(w: WriteView, root: str, found: frozenset[str], seen: list[Weakening]) -> list[Weakening]:
    """The meanings not already reported by another check of the same change (`seen`)."""
    told = " ".join(f"{x.what} {x.detail}".lower() for x in seen)
    out: list[Weakening] = []
    for m in of_write(w, root, found):
        last = re.split(r"[.:]", m.key)[-1] if m.key else ""
        if told and ((last and len(last) >= 4 and last in told) or m.construct.lower() in told):
            continue
        out.append(Weakening(f"keypath-{m.check}", f"{m.what} ({m.construct}) in {_rel(w, root)}", m.construct))
    return out
