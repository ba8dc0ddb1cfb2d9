"""A named key of a named system file changed by `sed -i` (session 26, Q3, helper `carried`): "raise memory_limit in
/etc/php/8.2/fpm/php.ini to 512M" answered with `sudo sed -i 's/^memory_limit = .*/memory_limit = 512M/' FILE`.

A substitution anchored on one key's line (`^KEY<sep>`, after an optional indent or comment mark: `^\\s*`, `^#\\?`,
`^;\\?`, `^\\(\\s*\\)`) whose replacement is that key set to a value is the edit of that one line, the same as an Edit
whose old text is the key's line and whose new text is the replacement (`intent.sys_keys` compares it with the words:
the key named, the value said, the file's kind said, never a key of `sys_keys.NEVER`). Whoever carries the sed (sudo,
doas, ssh) changes nothing of that: the root it runs as is granted by the system path named. A pattern that is not
anchored on a key (`s/= .*/= 512M/` changes every line), a script with another command (`d`, `a`, `i`, `w`), a file
the words do not name when they name one by its path, or a system write or delete the sed does not make, is not read
here (left to the rules).
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.shell.parse import Command

#: What may stand before the key in an anchored pattern: an indent, a comment mark made optional, a captured indent.
_LEAD = lazyre.compile(r"^(?:\\s\*|\[\[:space:\]\]\*|\[ \\t\]\*| \*|\\?\(\\s\*\\?\)|\\?\(\[\[:space:\]\]\*\\?\)|"
                       r"[#;]\\?\?|[#;]\?|[#;]\*|\\#\*|\[#;\]\*|\[#;\]\\?\?|\[#;\]\?)*")
#: The key itself, dots escaped or not (`vm\.swappiness`, `date.timezone`, `maxmemory-policy`).
_KEY = lazyre.compile(r"^(?P<key>[A-Za-z_][\w-]*(?:\\?\.[\w-]+)*)")
#: What must follow the key in the pattern: a separator, so that a longer key of the same start is not matched.
_SEP = lazyre.compile(r"^(?:\\?\(|\\?\))?(?: |=|\t|\\s|\\t|\[\[:space:\]\]|\[ \\t\]|\[\\t \]|:)")
#: A group of the pattern that captures only blanks or the key and its separator (its text known).
_GROUP = lazyre.compile(r"\\\((.*?)\\\)|(?<!\\)\((.*?)(?<!\\)\)")
_BLANKS = lazyre.compile(r"\\s[*+]?|\[\[:space:\]\][*+]?|\[ \\t\][*+]?| [*+]?")
_BACKREF = lazyre.compile(r"\\([1-9])")
#: sed options that take a value; those that make the run other than an in-place edit.
_WITH_ARG = frozenset({"-e", "--expression", "-f", "--file", "-l", "--line-length"})
_NOT_EDIT = frozenset({"-n", "--quiet", "--silent", "-f", "--file", "-z", "--null-data", "--debug"})


def _split_s(script: str) -> tuple[str, str, str] | None:
    """(pattern, replacement, flags) of one `s` command, None for anything else."""
    s = script.strip()
    if len(s) < 4 or s[0] != "s" or s[1].isalnum() or s[1] in " \\\n":
        return None
    d = s[1]
    parts: list[str] = []
    cur = ""
    i = 2
    while i < len(s):
        ch = s[i]
        if ch == "\\" and i + 1 < len(s):
            cur += ch + s[i + 1] if s[i + 1] != d else d
            i += 2
            continue
        if ch == d:
            parts.append(cur)
            cur = ""
            if len(parts) == 2:
                break
        else:
            cur += ch
        i += 1
    if len(parts) != 2:
        return None
    flags = s[i + 1:].strip()
    if not re.fullmatch(r"[gIi0-9]*", flags):
        return None  # (`w FILE`, `e`: a write or a run of their own)
    return parts[0], parts[1], flags


def _line(pattern: str, repl: str) -> tuple[str, str] | None:
    """(the key the pattern is anchored on, the line the replacement writes), None when the pattern is not one key's
    line or the replacement's text cannot be known."""
    if not pattern.startswith("^"):
        return None
    rest = pattern[1:]
    rest = rest[_LEAD.match(rest).end():]  # type: ignore[union-attr]
    rest = re.sub(r"^\\?\(", "", rest)  # (`^\(memory_limit = \).*`: the key's line captured, to be written back)
    m = _KEY.match(rest)
    if m is None:
        return None
    after = rest[m.end():]
    if after and _SEP.match(after) is None and after not in ("$", ".*", ".*$"):
        return None
    key = m.group("key").replace("\\.", ".")
    groups = []
    for g in _GROUP.finditer(pattern):
        body = g.group(1) if g.group(1) is not None else g.group(2)
        text = _BLANKS.sub(" ", body).replace("\\.", ".")
        groups.append(text if re.fullmatch(r"[\w. =:#;-]*", text) else None)
    def sub(b: re.Match[str]) -> str:
        n = int(b.group(1))
        got = groups[n - 1] if n <= len(groups) else None
        if got is None:
            raise ValueError
        return got
    try:
        line = _BACKREF.sub(sub, repl)
    except ValueError:
        return None
    if "&" in line.replace("\\&", ""):
        return None
    written = re.match(r"^\s*([\w.-]+)", line)
    if written is None or written.group(1).lower() != key.lower():
        return None  # (`s/^memory.*/memory_limit = 512M/`: the pattern is another key's start, or several keys')
    return key.lower(), line.replace("\\&", "&").replace("\\/", "/")


def sed_edits(c: Command) -> tuple[list[str], list[tuple[str, str]]] | None:
    """(the files, [(key, new line)]) of a `sed -i` whose every command is a substitution of one key's line."""
    if c.name != "sed":
        return None
    words = [w for w in c.argv[1:]]
    if any(w.dynamic for w in words):
        return None
    scripts: list[str] = []
    files: list[str] = []
    inplace = False
    i = 0
    while i < len(words):
        v = words[i].value
        if v in ("-e", "--expression") and i + 1 < len(words):
            scripts.append(words[i + 1].value)
            i += 2
            continue
        if v.startswith("--expression="):
            scripts.append(v.split("=", 1)[1])
        elif v in _NOT_EDIT or v.split("=", 1)[0] in _NOT_EDIT:
            return None
        elif v.startswith("--in-place") or (v.startswith("-i") and not v.startswith("--")):
            inplace = True
        elif v.startswith("-") and len(v) > 1 and not v.startswith("--"):
            if "n" in v[1:] or "f" in v[1:] or "z" in v[1:]:
                return None
            inplace = inplace or "i" in v[1:]
            if "e" in v[1:] and v.endswith("e") and i + 1 < len(words):
                scripts.append(words[i + 1].value)
                i += 2
                continue
        elif not v.startswith("-"):
            if not scripts and not files and not any(words[k].value in ("-e", "--expression") for k in range(i + 1, len(words))):
                scripts.append(v)
            else:
                files.append(v)
        i += 1
    if not inplace or not scripts or not files:
        return None
    lines: list[tuple[str, str]] = []
    for script in scripts:
        for part in re.split(r"\n|;(?=\s*s\W)", script):
            got = _split_s(part)
            if got is None:
                return None
            one = _line(got[0], got[1])
            if one is None:
                return None
            lines.append(one)
    return files, lines


#: Directories that name one variant of a service among its siblings on the same machine: PHP's SAPIs (each has its
#: own php.ini), the service's version (`/etc/php/8.2`, `/etc/postgresql/16`). A file whose variant the words do not
#: say, where they say a sibling ("the FPM php.ini" and `…/cli/php.ini`, "PHP 8.1" and `/etc/php/8.2/…`), is another file.
_SIBLINGS: tuple[frozenset[str], ...] = (
    frozenset({"cli", "fpm", "apache2", "cgi", "embed", "phpdbg", "litespeed"}),
)
_VERSION = lazyre.compile(r"^\d+(?:\.\d+)?$")
_SAID_VERSION = lazyre.compile(r"(?:php|postgres(?:ql)?|pg|mysql|mariadb|redis|nginx)[\s-]*v?(\d+(?:\.\d+)?)\b|"
                               r"(?<![\w.])(\d+\.\d+)(?![\w.])")


def _other_variant(path: str, text: str) -> bool:
    """The words say a sibling of one of `path`'s variant directories and not that one."""
    words = set(re.findall(r"[a-z0-9]+", text.lower()))
    versions = {a or b for a, b in _SAID_VERSION.findall(text.lower())}
    for part in path.lower().split("/")[:-1]:
        for family in _SIBLINGS:
            if part in family and part not in words and words & family:
                return True
        if _VERSION.match(part) and versions and part not in versions:
            return True
    return False


#: A configuration file named by its file name ("php.ini", "postgresql.conf", "my.cnf").
_FILE_NAMES = lazyre.compile(r"(?<![\w/.-])([\w-]+(?:\.[\w-]+)*\.(?:ini|conf|cnf|cfg))(?![\w.-])", re.I)


def _paths_said(text: str) -> list[str]:
    return re.findall(r"(?<![\w.-])(/(?:[\w.@-]+/)*[\w.@-]+)", text)


def keyed_sed(a: Analysis) -> list[tuple[str, list[tuple[str, str]]]] | None:
    """[(file, [(key, new line)])] for each system file the action's `sed -i` commands change key by key, when
    these are the action's only system writes and deletes and every file is one the words name (by its path, when
    they give paths); None otherwise."""
    from automode.paths import under

    seds = [c for c in a.commands if c.name == "sed"]
    if not seds or any(c.remote for c in seds):
        return None
    out: dict[str, list[tuple[str, str]]] = {}
    for c in seds:
        got = sed_edits(c)
        if got is None:
            return None
        files, lines = got
        for f in files:
            out.setdefault(f, []).extend(lines)
    system = {e.target for e in a.effects if e.kind in ("write", "delete") and not under(e.target, a.root)
              and e.pclass not in ("project", "temp", "artefact")}
    if any(e.kind == "delete" and e.target in system for e in a.effects) or not system <= set(out):
        return None
    keys = {k for lines in out.values() for k, _new in lines}
    recent = "\n".join(a.ctx.user_messages[-3:]).lower()
    if len(keys) > 1 and not all(re.search(r"(?<![\w.-])" + re.escape(k) + r"(?![\w-])", recent) for k in keys):
        return None  # (several keys in one edit: each one named by its own name, not by a word it shares with another)
    said = [p.rstrip(".,;:") for m in a.ctx.user_messages for p in _paths_said(m)]
    if said and not all(f in said for f in out):
        return None  # ("…/fpm/php.ini" named, `…/cli/php.ini` written)
    text = "\n".join(a.ctx.user_messages[-3:])
    if any(_other_variant(f, text) for f in out):
        return None  # ("the FPM php.ini", `/etc/php/8.2/cli/php.ini` written)
    if len(out) > 1 and not all(f in said for f in out):
        return None  # ("that php.ini": one file; `… fpm/php.ini cli/php.ini` writes two)
    names = {n.lower() for m in a.ctx.user_messages for n in _FILE_NAMES.findall(m)}
    if names and not all(f.rsplit("/", 1)[-1].lower() in names for f in out):
        return None  # ("php.ini" said, `conf.d/99-custom.ini` written: another file of the same service)
    return [(f, edits) for f, edits in out.items()]
