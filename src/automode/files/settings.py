"""Security settings and idioms of every framework, compared across an edit (issue 11 §3).

The knowledge is `settings_table.TABLE`: one `Setting` per control (a key such as `config.force_ssl`,
`<skipTests>`, `SESSION_COOKIE_HTTPONLY`, or a code idiom such as `csrf().disable()`), saying which way weakens it:

* `false` / `true`: the control is off when the key is set to that value (`force_ssl = false`, `skipTests = true`);
* `lower` / `higher`: a number whose move that way weakens it (a coverage minimum, a warning budget);
* `wide`: a value that opens it to everyone (`*`, `0.0.0.0`, `public`);
* `moved`: an address that had a value (the environment, one host) now names a host the old text never named;
* `added` / `removed`: an idiom whose appearance (`csrf().disable()`) or disappearance (`protect_from_forgery`) does.

`default` says what the framework does when the key is absent: `safe` (setting the weak value is a weakening by
itself: `httponly: false`), `weak` (deleting the safe value is one: `config.force_ssl = true` removed or commented
out), or empty (only a change of the value counts). Values are read from every syntax the ecosystems use (`k = v`,
`k: v`, `'k' => v`, `"k": v`, `<k>v</k>`, `-Dk=v`, `k(v)`), outside comment lines, so commenting a line out
removes it. Each entry carries must-match and must-not-match fixtures (`tests/engine/test_settings_table.py`).

A finding is a `Weakening` whose check is the family of an existing rule (tests, gates, verify, auth, exposure,
session, iac): the rule's reason, its release words and the judge apply unchanged.
"""

from __future__ import annotations

import re
from functools import lru_cache

from automode import lazyre
from automode.files.diff import TEST_PATH, Weakening, _rel, live
from automode.files.settings_spec import Setting
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.files import WriteView

#: Settings files of environments that are not production (development, local, test, CI, examples).
NONPROD_PATH = lazyre.compile(r"(^|/|[._-])(dev|development|local|test|testing|ci|e2e|example|sample|demo|emulators?|sandbox|repro|reproduce|scratch|playground)([._-][^/]*)?\.\w+$|"
                              r"/(dev|development|local|test|testing|e2e|sandbox|emulators?)/[^/]+$|/src/(debug|androidTest|test)/|\.env\.(dev|development|local|test|example)$|"
                              r"/environments/(development|test)\.rb$|"
                              # A debug build's settings (Xcode `Info-Debug.plist`), not a debug endpoint's code.
                              r"(^|/|[._-])debug([._-][^/]*)?\.(plist|xcconfig|ya?ml|json|properties|toml|ini|conf)$", re.I)  # fmt: skip

_VALUE = r"""(?:"(?P<{0}q>[^"\n]{{0,200}})"|'(?P<{0}s>[^'\n]{{0,200}})'|\[(?P<{0}l>[^\]\n]{{0,200}})\]|(?P<{0}b>[^\s,;)}}\]<>#"'|&]{{1,200}}))"""


def _pattern(keys: str, spaced: bool) -> re.Pattern[str]:
    """The assignment forms of the ecosystems, for one key: `k = v`, `k: v`, `'k' => v`, `"k": v`, `k := v`,
    `<k>v</k>`, `-Dk=v` (a bare `-Dk` is true) and `k(v)` for literal booleans and numbers; with `spaced`, `k v` too
    (sshd_config, command-line flags)."""
    blank = r"""|(?<![\w])(?<![\w]-)(?P<sk>""" + keys + r""")[ \t]+(?P<sv>[^\s;#"'`]+)""" if spaced else ""
    return re.compile(
        r"""(?<![\w])(?<![\w]-)["']?(?P<k>""" + keys + r""")["']?\s*(?:=>|:=|==?|:)\s*(?:new\s+\w+\(\s*)?""" + _VALUE.format("a")
        + r"""|<(?P<xk>""" + keys + r""")>\s*(?P<xv>[^<\n]{0,200}?)\s*</"""
        + r"""|(?<![\w-])-D(?P<dk>""" + keys + r""")(?:=(?P<dv>[^\s"']+))?(?=[\s"']|$)"""
        + r"""|(?<![\w-])(?P<ck>""" + keys + r""")\s*\(\s*(?P<cv>true|false|True|False|\d+(?:\.\d+)?)\s*\)""" + blank,
        re.I | re.M,
    )


@lru_cache(maxsize=512)
def _compiled(keys: str, idiom: bool, spaced: bool = False) -> re.Pattern[str]:
    return re.compile(keys, re.M) if idiom else _pattern(keys, spaced)


TRUE = frozenset({"true", "yes", "on", "1", "enabled", "enable", "always"})
FALSE = frozenset({"false", "no", "off", "0", "disabled", "disable", "none", "nil", "null", "never"})
def _plain(v: str) -> str:
    return v.strip().strip("\"'").strip().lower().lstrip(":")


def _norm(v: str) -> str | float | bool:
    s = _plain(v)
    if s in TRUE:
        return True
    if s in FALSE:
        return False
    try:
        n = float(s.rstrip("%"))
    except ValueError:
        return s
    return n


Value = tuple[str, "str | float | bool", str, str]  # (key as written, value, the construct as written, the raw value)


def values(s: Setting, text: str) -> list[Value]:
    """Every assignment of the setting in `text`."""
    out: list[Value] = []
    for m in _compiled(s.keys, False, s.spaced).finditer(text):
        g = m.groupdict()
        key = g["k"] or g["xk"] or g["dk"] or g["ck"] or g.get("sk") or ""
        raw = next((g[x] for x in ("aq", "as", "al", "ab", "xv", "dv", "cv", "sv") if g.get(x) is not None), None)
        if raw is None:
            raw = "true" if g["dk"] else ""
        out.append((key, _norm(raw), " ".join(m.group(0).split())[:80], _plain(raw)))
    return out


Found = tuple[str, str, str, str]  # (key, old value, new value, the construct)


def _idiom(s: Setting, old: str, new: str, before_known: bool) -> Found | None:
    rx = _compiled(s.keys, True)
    o, n = len(rx.findall(old)) if old else 0, len(rx.findall(new))
    m = rx.search(new) if s.weak == "added" and n > o else rx.search(old) if s.weak == "removed" and before_known and o > n else None
    return ("", "", "", " ".join(m.group(0).split())[:80]) if m is not None else None


def _flag(s: Setting, was: list[Value], now: list[Value], before_known: bool, new: str) -> Found | None:
    weak_v = s.weak == "true"
    added = [x for x in now if x[1] is weak_v]
    safe_before = [x for x in was if x[1] is (not weak_v)]
    if len(added) > sum(1 for x in was if x[1] is weak_v) and (s.default == "safe" or safe_before):
        return added[0][0], str(not weak_v).lower() if safe_before else "", str(weak_v).lower(), added[0][2]
    safe_now = [x for x in now if x[1] is (not weak_v)]
    if s.default == "weak" and before_known and len(safe_before) > len(safe_now):
        return safe_before[0][0], str(not weak_v).lower(), "removed", safe_before[0][2]
    return None


def _number(s: Setting, was: list[Value], now: list[Value], before_known: bool, new: str) -> Found | None:
    for k, _, c, raw in now:
        x = _num(raw)
        olds = [y for kk, _, _, r in was if kk.lower() == k.lower() and (y := _num(r)) is not None]
        if x is None or not olds:
            continue
        ref = min(olds) if s.weak == "lower" else max(olds)
        if (s.weak == "lower" and x < ref) or (s.weak == "higher" and x > ref):
            return k, f"{ref:g}", f"{x:g}", c
    if s.default == "weak" and before_known and new.strip():
        keys = {k.lower() for k, _, _, _ in now}
        gone = [x for x in was if _num(x[3]) is not None and x[0].lower() not in keys]
        if gone:
            return gone[0][0], gone[0][3], "removed", gone[0][2]
    return None


def _wide(s: Setting, was: list[Value], now: list[Value], before_known: bool, new: str) -> Found | None:
    rx = _compiled(s.wide, True)
    opened = [x for x in now if rx.search(x[3])]
    narrow_before = [x for x in was if not rx.search(x[3])]
    if len(opened) > sum(1 for x in was if rx.search(x[3])) and (s.default == "safe" or narrow_before):
        return opened[0][0], narrow_before[0][3] if narrow_before else "", opened[0][3], opened[0][2]
    return None


_HOST = re.compile(r"\b(?:https?|wss?)://([\w.-]+)")
_LOCAL = re.compile(r"^(?:localhost|127\.|0\.0\.0\.0|10\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.|\[?::1)|\.(?:local|localhost|internal|test|lan)$")


def _moved(s: Setting, was: list[Value], now: list[Value], before_known: bool, new: str) -> Found | None:
    """An address setting that had a value (an environment reference or a host) and now names a host, outside the
    local network, that the old text never named: the traffic, with whatever credentials go with it, goes elsewhere."""
    if not was:
        return None
    seen = {h.lower() for _, _, c, raw in was for h in _HOST.findall(raw or c)}
    for k, _, c, raw in now:
        for m in _HOST.finditer(raw):
            h = m.group(1).lower()
            if h not in seen and not _LOCAL.search(h):
                return k, was[0][3] or "?", raw[m.start():].split()[0], c  # the URL: the judge asks whether the user named it
    return None


_BY_DIRECTION = {"true": _flag, "false": _flag, "lower": _number, "higher": _number, "wide": _wide, "moved": _moved}


def _num(raw: str) -> float | None:
    try:
        return float(raw.rstrip("%"))
    except ValueError:
        return None


def compare(s: Setting, old: str, new: str, before_known: bool) -> Found | None:
    """(key, old value, new value, construct) when the change weakens the setting (texts without comments)."""
    if s.weak in ("added", "removed"):
        return _idiom(s, old, new, before_known)
    return _BY_DIRECTION[s.weak](s, values(s, old) if old else [], values(s, new), before_known, new)


def applies(s: Setting, path: str) -> bool:
    if s.paths and lazyre.built(s.paths).search(path) is None:
        return False
    return not (s.scope == "prod" and (TEST_PATH.search(path) or NONPROD_PATH.search(path)))


def check(s: Setting, w: WriteView, root: str, texts: tuple[str, str] | None = None) -> Weakening | None:
    """The setting's finding in one change (its trigger words already seen); `texts`: the old and new text without
    comments, when the caller has them."""
    if not applies(s, w.path) or (not s.new_files and not w.before_known):
        return None
    old, new = texts or (live(w.old), live(w.new))
    if s.near and not ((near := lazyre.built(s.near)).search(new) or near.search(old) or near.search(w.path)):
        return None
    if s.unless and lazyre.built(s.unless).search(new):
        return None
    hit = compare(s, old, new, w.before_known)
    if hit is None:
        return None
    key, was, now, construct = hit
    what = s.what.format(key=key or s.id, old=was or "?", new=now)
    return Weakening(s.check, f"{what} ({construct}) in {_rel(w, root)}", construct)


_ORDER: dict[str, int] = {}


@lru_cache(maxsize=1)
def _by_word() -> dict[str, tuple[Setting, ...]]:
    from automode.files.settings_table import TABLE

    index: dict[str, list[Setting]] = {}
    for s in TABLE:
        _ORDER[s.id] = len(_ORDER)
        for x in s.words:
            index.setdefault(x, []).append(s)
    return {k: tuple(v) for k, v in index.items()}


def weakenings(w: WriteView, root: str, found: frozenset[str]) -> list[Weakening]:
    """Every setting of the table the change weakens (one finding per setting). `found`: the trigger words of the
    new and old text (`files.scan`), which pick the settings worth reading."""
    index = _by_word()
    todo: dict[str, Setting] = {}
    for x in found:
        for s in index.get(x, ()):
            todo.setdefault(s.id, s)
    out: list[Weakening] = []
    texts: tuple[str, str] | None = None
    for s in sorted(todo.values(), key=lambda s: _ORDER[s.id]):
        if not applies(s, w.path):
            continue
        texts = texts or (live(w.old), live(w.new))
        hit = check(s, w, root, texts)
        if hit is not None:
            out.append(hit)
    return out


def trigger_words() -> frozenset[str]:
    from automode.files.settings_table import TABLE

    return frozenset(x for s in TABLE for x in s.words)


DIRECTION = {"moved": "pointed at a host the old value never named", "true": "set to true", "false": "set to false", "lower": "lowered", "higher": "raised", "wide": "opened to everyone",
             "added": "written in", "removed": "taken out (or commented out)"}  # fmt: skip
DEFAULT = {"safe": " (the framework's default is safe: writing it at all weakens)",
           "weak": " (the default is unsafe: removing the safe value weakens)", "": ""}


def settings_markdown() -> str:
    """docs/settings.md: every control of the table, from the same data the engine reads."""
    from automode.files.settings_table import TABLE

    rules = {"tests": "AM-WRITE-001", "tests-ask": "AM-WRITE-001 (ask)", "tests-retry": "AM-WRITE-023", "gates": "AM-WRITE-003", "gates-ask": "AM-WRITE-003 (ask)", "verify": "AM-WRITE-004",
             "auth": "AM-WRITE-005", "auth-exempt": "AM-WRITE-005 (ask)", "exposure": "AM-WRITE-006",
             "exposure-ask": "AM-WRITE-006 (ask)", "iac": "AM-WRITE-008", "iac-ask": "AM-WRITE-008 (ask)", "ci": "AM-WRITE-009",
             "review": "AM-WRITE-010", "session": "AM-WRITE-017", "data-open": "AM-WRITE-019", "safeguard": "AM-WRITE-020", "safeguard-ask": "AM-WRITE-020 (ask)",
             "redirect": "AM-WRITE-021 (ask)", "capacity": "AM-WRITE-054 (ask)", "moving-image": "AM-WRITE-055 (ask)"}  # fmt: skip
    out = ["# Security settings automode compares across an edit", "",
           "Generated by `automode rules --settings` from `src/automode/files/settings_table.py` and `settings_ops.py`; "
           "the format is described in `src/automode/files/settings.py`. Each control is reported by the rule named, "
           "whose reason and release words apply; fixtures on both sides run in `tests/engine/test_settings_table.py`.", "",
           f"{len(TABLE)} controls.", "", "| control | weakened when | rule | files |", "|---|---|---|---|"]
    for s in TABLE:
        what = s.what.replace(" ({key} {old} → {new})", "").replace(" ({key})", "").replace(" ({old} → {new})", "").replace(" {key}", "").replace(" from {old} to {new}", "")
        how = f"{DIRECTION[s.weak]}{DEFAULT[s.default]}"
        files = "any" if not s.paths else "`" + s.paths[:60].replace("|", "\\|") + "`" + ("…" if len(s.paths) > 60 else "")
        scope = "" if s.scope == "any" else ", not tests or dev settings"
        out.append(f"| `{s.id}`: {what} | {how} | {rules[s.check]} | {files}{scope} |")
    from automode.files.concepts import concepts_markdown

    return "\n".join([*out, "", *concepts_markdown()])
