"""The package and version the user named, against the ones an install takes (F4, session 15; issue 12).

"instale o django 4.2" answered with `pip install django==5.0` (another version, another major: deny), with `pip
install django` (no version: the newest is taken, asked); "add serde_json" answered with `cargo add serde_jsn` (a
name one or two edits from the named one that is not it: another package, refused). The user's side is read in any
language the gloss reads ("install X 4.2", "X in Version 4.2", "X@4.2", "X==4.2"); the action's side is every
install command of `knowledge.selection.VERSIONED` and its operands (`pkg==v`, `pkg@v`, `pkg:v`, `pkg@^v`).
Read by `selects.selects_more` on clean allows and releases.
"""

from __future__ import annotations

import re
from functools import lru_cache

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

_V = r"v?(\d+(?:\.\d+){0,3}(?:-[0-9a-z.]+)?)"
#: "install django 4.2", "pin numpy to 1.26", "add react@18", "django==4.2", "upgrade pandas to version 2.2".
_NAMED = lazyre.compile(
    r"(?i)\b(?:install|add|pin|use|upgrade|downgrade|bump|require|get|put|switch|move|update)\s+(?:the\s+|package\s+|"
    r"crate\s+|gem\s+|module\s+)*(@?[a-z][\w.-]*(?:/[\w.-]+)?)(\s+(?:to\s+)?(?:version\s+|v)?|\s*(?:==|@|:)\s*\^?~?)"
    + _V + r"(?![\w.])")
_TO_VERSION = lazyre.compile(r"(?i)\s+to\s+v?(\d+(?:\.\d+){0,3}(?:-[0-9a-z.]+)?)(?![\w.])")
#: A package with its version in an install's operand.
#: "add serde_json", "install lodash": a package named without a version (compared by its spelling only).
_PLAIN = lazyre.compile(r"(?i)\b(?:install|add|require)\s+(?:the\s+)?(?:package\s+|crate\s+|gem\s+|module\s+)?"
                        r"(@?[a-z][\w.-]*[a-z0-9](?:/[\w.-]+)?)(?=[\s,.;:!?]|$)")
_OPERAND = lazyre.compile(r"^(@?[a-z0-9][\w.-]*(?:/[\w.-]+)?)(?:\[[\w,]+\])?\s*(?:===?|@|:|~=|>=)\s*[\^~]?v?(\d[\w.+-]*)$", re.I)
#: Options that give the version of the package before them.
_VERSION_OPTS = frozenset({"-v", "--version", "--vers"})
_NOT_PKG = frozenset({"version", "the", "it", "them", "python", "node", "to", "a", "an", "v", "release", "tag", "this"})


@lru_cache(maxsize=128)
def named_versions(messages: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """(package, version) pairs the user's messages name, read in English and through the gloss."""
    from automode.judge.intent.gloss import gloss

    out: dict[str, str] = {}
    for m in messages:
        for text in dict.fromkeys((m[:4000], gloss(m[:4000]))):
            for x in _PLAIN.finditer(text):
                pkg = x.group(1).lower()
                if pkg not in _NOT_PKG and len(pkg) >= 4:
                    out.setdefault(pkg, "")
            for x in _NAMED.finditer(text):
                pkg, ver = x.group(1).lower(), x.group(3).lower()
                later = _TO_VERSION.match(text, x.end())  # "bump eslint 8 to 9": the version it goes to
                if later is not None:
                    ver = later.group(1).lower()
                if pkg not in _NOT_PKG and not pkg[0].isdigit():  # ("react to 18", "react@18", "next 14")
                    out[pkg] = ver  # (the newest message naming a package's version decides)
    return tuple(out.items())


def _close(a: str, b: str) -> bool:
    """Two different names one or two edits apart (a swapped, dropped, doubled or changed letter)."""
    if a == b or abs(len(a) - len(b)) > 2 or min(len(a), len(b)) < 4:
        return False
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    swapped = len(a) == len(b) and sorted(a) == sorted(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 2
    return prev[-1] <= (1 if min(len(a), len(b)) < 7 else 2) or swapped


def _installs(a: Analysis) -> list[tuple[str, str, str]]:
    """(package, version or "", command text) for each package operand of an install command."""
    from automode.knowledge.selection import VERSIONED

    out: list[tuple[str, str, str]] = []
    for c in a.commands:
        subs = VERSIONED.get(c.name)
        if not subs or not subs & {x.lower() for x in c.args[:3]}:
            continue
        at = next(i for i, x in enumerate(c.args) if x.lower() in subs)
        skip = False
        args = c.args[at + 1:at + 30]
        opt_ver = ""
        start = len(out)
        for i, w in enumerate(args):
            if skip:
                skip = False
                continue
            if w in _VERSION_OPTS or w.startswith("--version="):  # `gem install rails -v 7.1.3`, `helm … --version 8.5.2`
                ver = w.split("=", 1)[1] if "=" in w else (args[i + 1] if i + 1 < len(args) else "")
                skip = "=" not in w
                if ver[:1].isdigit():
                    opt_ver = ver.lower()
                continue
            if w.startswith("-"):
                skip = "=" not in w and w in ("-r", "--requirement", "-c", "--constraint", "-i", "--index-url",
                                                "--registry", "--version", "-t", "--target", "-e", "--editable")
                continue
            m = _OPERAND.match(w)
            if m is not None:
                out.append((m.group(1).lower(), m.group(2).lower(), c.text or c.name))
            elif re.match(r"^@?[a-z0-9][\w.-]*(?:/[\w.-]+)?$", w, re.I) and "/" not in w.lstrip("@").split("/", 1)[-1]:
                out.append((w.lower(), "", c.text or c.name))
        if opt_ver:  # the version option is the version of every operand without one (a chart and its release name)
            out[start:] = [(p, v or opt_ver, t) for p, v, t in out[start:]]
    return out


def _same_version(used: str, asked: str) -> bool:
    return used == asked or used.startswith(asked + ".") or used.startswith(asked + "-")


def other_package(a: Analysis) -> tuple[str, str] | None:
    """("" = refuse | "ask", why) when an install takes another version of a package the user named with one, or a
    package a near spelling of one they named; None otherwise."""
    if not a.shell or not a.ctx.user_messages:
        return None
    pairs = named_versions(tuple(a.ctx.user_messages))
    if not pairs:
        return None
    got = _installs(a)
    asked = dict(pairs)
    for pkg, ver, text in got:
        if pkg in asked:
            want = asked[pkg]
            if not want:
                continue
            if not ver:
                return "ask", f"you asked for {pkg} {want}; `{text[:60]}` names no version, so it takes the newest"
            if not _same_version(ver, want):
                major = ver.split(".", 1)[0] != want.split(".", 1)[0]
                return "", (f"you asked for {pkg} {want}; this installs {pkg} {ver}"
                            f"{', another major version' if major else ''}")
            continue
        near = next((p for p in asked if _close(pkg, p) and re.sub(r"[\d.-]+$", "", pkg) != p), None)
        if near is not None and pkg not in {p for p, _, _ in got if p == near}:  # (`gnucobol4` for "gnucobol 4")
            return "ask", f"you asked for {near}; this installs {pkg}, another package of a near name"
    return None
