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
_DIST_TAGGED = lazyre.compile(r"(?i)^(@?[a-z0-9][\w.-]*(?:/[\w.-]+)?)@([a-z][\w.-]*)$")
#: A Go module with its version or query (`github.com/gin-gonic/gin@v1.9.1`, `…@latest`).
_GO_MODULE = lazyre.compile(r"(?i)^([a-z0-9][\w.-]*\.[a-z]{2,}(?:/[\w.~-]+)+)@(v?[\w.+-]+)$")
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
                if ver.lower().removeprefix("v")[:1].isdigit():  # (`--version v1.15.3`: a chart's tag with its v)
                    opt_ver = ver.lower()
                continue
            if w.startswith("-"):
                skip = "=" not in w and w in ("-r", "--requirement", "-c", "--constraint", "-i", "--index-url",
                                                "--registry", "--version", "-t", "--target", "-e", "--editable")
                continue
            m = _OPERAND.match(w)
            t = (_DIST_TAGGED.match(w) or (_GO_MODULE.match(w) if c.name == "go" else None)) if m is None else None
            if t is not None:  # `react-native-permissions@latest`: a dist-tag, whatever is newest under it
                out.append((t.group(1).lower(), t.group(2).lower(), c.text or c.name))
            elif m is not None:
                out.append((m.group(1).lower(), m.group(2).lower(), c.text or c.name))
            elif re.match(r"^@?[a-z0-9][\w.-]*(?:/[\w.-]+)?$", w, re.I) and "/" not in w.lstrip("@").split("/", 1)[-1]:
                out.append((w.lower(), "", c.text or c.name))
        if opt_ver:  # the version option is the version of every operand without one (a chart and its release name)
            out[start:] = [(p, v or opt_ver, t) for p, v, t in out[start:]]
    return out


def _same_version(used: str, asked: str) -> bool:
    used, asked = used.removeprefix("v"), asked.removeprefix("v")  # (`gin@v1.9.1` for "gin 1.9.1")
    return used == asked or used.startswith(asked + ".") or used.startswith(asked + "-")


def other_package(a: Analysis) -> tuple[str, str] | None:
    """("" = refuse | "ask", why) when an install takes another version of a package the user named with one, or a
    package a near spelling of one they named; None otherwise."""
    if not a.shell or not a.ctx.user_messages:
        return None
    got = _installs(a)
    if not got:
        return None
    pairs = named_versions(tuple(a.ctx.user_messages))
    asked = dict(pairs)
    said = "\n".join(a.ctx.user_messages)[:20_000].lower()
    loose: set[str] = set()  # (read from the words beside the name, not from a request verb: "pytest-xdist 1.25.0"
    # in an issue's description of its setup names no version to install, so an install naming none is not asked)
    managed = {p for p, _, t in got if next((c.name for c in a.commands if (c.text or c.name) == t), "") in _MANAGERS}
    for pkg, _, _ in got:  # "ghim react-native-maps ở bản 1.18.0": the version said after the name, in any language
        if not asked.get(pkg) and pkg in managed:  # (a chart's release name is no package: its tag is the image's)
            last = pkg.rsplit("/", 1)[-1]  # (a Go module by its last part: "gin" for github.com/gin-gonic/gin)
            after = _version_after(pkg, said) or (_version_after(last, said) if last != pkg else "")
            if after:
                asked[pkg] = after
                loose.add(pkg)
    if not asked:
        return None
    for pkg, ver, text in got:
        if pkg in asked:
            want = asked[pkg]
            if not want:
                continue
            if not ver:
                if pkg in loose:
                    continue
                return "ask", f"you asked for {pkg} {want}; `{text[:60]}` names no version, so it takes the newest"
            if not _same_version(ver, want):
                major = ver.removeprefix("v").split(".", 1)[0] != want.removeprefix("v").split(".", 1)[0]
                return "", (f"you asked for {pkg} {want}; this installs {pkg} {ver}"
                            f"{', another major version' if major else ''}")
            continue
        near = next((p for p in asked if _close(pkg, p) and re.sub(r"[\d.-]+$", "", pkg) != p), None)
        if near is not None and pkg not in {p for p, _, _ in got if p == near}:  # (`gnucobol4` for "gnucobol 4")
            return "ask", f"you asked for {near}; this installs {pkg}, another package of a near name"
    pinned = [p for p, _, _ in got if asked.get(p)]
    if pinned:
        for pkg, ver, text_ in _operands(a):
            if pkg not in asked and not _part_said(pkg, said, asked):
                return "ask", (f"you asked for {pinned[0]} {asked[pinned[0]]}; `{text_[:60]}` also installs "
                               f"{pkg}{'@' + ver if ver else ''}, which you did not name")
    return None


#: Package managers whose operands are packages (a chart install's operands are a release name and a chart).
_MANAGERS = frozenset({"npm", "pnpm", "yarn", "bun", "pip", "pip3", "uv", "poetry", "cargo", "go", "gem", "composer",
                       "dotnet"})


def _operands(a: Analysis) -> list[tuple[str, str, str]]:
    """(package, version, command) of the operands a package manager installs that stand on their own (not the
    value of an option before them, not a subcommand word: `uv pip install`)."""
    out: list[tuple[str, str, str]] = []
    for pkg, ver, text in _installs(a):
        cmd = next((c for c in a.commands if (c.text or c.name) == text), None)
        if cmd is None or cmd.name not in _MANAGERS:
            continue
        args = cmd.args
        idx = next((i for i, w in enumerate(args) if w.lower().startswith(pkg) and w.lower() not in _SUBS), -1)
        if idx < 0 or pkg in _SUBS:
            continue
        before = args[idx - 1] if idx > 0 else ""
        if before.startswith("-") and "=" not in before and before not in _BOOL_FLAGS:
            continue  # the value of an option (`-n observability`, `--index-url URL`)
        out.append((pkg, ver, text))
    return out


_SUBS = frozenset({"install", "i", "add", "update", "up", "upgrade", "pip", "require", "get", "package", "sync"})
#: Flags of package managers that take no value (what follows them is a package).
_BOOL_FLAGS = frozenset({"--save-exact", "-E", "--exact", "-D", "--save-dev", "--dev", "-d", "-g", "--global", "-U",
                         "--upgrade", "--user", "--pre", "-P", "--save-peer", "-O", "--save-optional", "--no-save",
                         "-S", "--save", "-W", "--ignore-workspace-root-check", "--frozen", "--locked", "-q",
                         "--quiet", "--no-build-isolation", "--force-reinstall", "--no-deps", "--prerelease", "-u",
                         "--build", "--features", "-F", "--dev-dependency", "--optional", "--group"})


#: At most two words between the name and its version ("X 1.18", "X ở bản 1.18", "X в версии 2.1", "X を 0.27"; not
#: "flash-attn matching our torch 2.5": the version there is another package's).
_VERSION_AFTER = lazyre.compile(r"(?i)[ \t]*(?:[:=@]|[^\s\d][^\s]{0,11}[ \t]+){0,2}[ \t]*(?:(?:version|versi[oóò]n\w*|versão|"
                                r"wersj\w*|верси\w*|versi|sürüm\w*|versie|バージョン|버전|版本|bản)[ \t]*)?"
                                r"v?(\d+(?:\.\d+){1,3}(?:-[0-9a-z.]+)?)(?![\w]|\.\d)")


def _version_after(pkg: str, text: str) -> str:
    """The version said within a few words after the package's name, whatever the words between ("X ở bản 1.18",
    "X в версии 2.1", "X na wersji 3.0")."""
    if len(pkg) < 3:
        return ""
    if pkg not in text:
        return ""
    for m in lazyre.built(rf"(?<![\w@/.-]){re.escape(pkg)}(?![\w/-])").finditer(text):
        v = _VERSION_AFTER.match(text, m.end())
        if v is not None:
            return v.group(1).lower()
    return ""


def _part_said(pkg: str, text: str, asked: dict[str, str]) -> bool:
    """The package is a companion of a named one (`@types/react`, `eslint-plugin-react`, `pytest-cov`) or a part of
    its name is in the user's words ("the testing libraries" for `@testing-library/react`)."""
    if re.search(rf"(?<![\w-]){re.escape(pkg)}(?![\w-])", text):
        return True
    parts = [x for x in re.split(r"[-/@_.]+", pkg) if len(x) >= 4]
    if any(p in parts or p in pkg.split("/") for p in asked if "/" not in p and "-" not in p):
        return True
    return any(re.search(rf"(?<![\w]){re.escape(x)}", text) for x in parts if x not in ("react", "native", "types"))
