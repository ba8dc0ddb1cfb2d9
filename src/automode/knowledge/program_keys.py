"""Code in option values (split from `knowledge.programs`): the escape prefixes that make an option's text code for an
interpreter (`shell `, `python =>python3`), and the configuration keys whose value is a command line (`git -c
alias.x='!sh …'`, `ssh -o ProxyCommand=…`), matched case-blind with `*` for one name part."""

from __future__ import annotations

import re


def escape_prefix(p: str) -> tuple[str, str]:
    """An escape prefix and the interpreter its text is code for: `shell ` -> ("shell ", "") (a shell command line),
    `python =>python3` -> ("python ", "python3") (Python code, judged as `python3 -c CODE`)."""
    prefix, _, lang = p.partition("=>")
    return prefix, lang


def _keyed_code(keys: frozenset[str], setting: str) -> tuple[str, str]:
    """`KEY=VALUE` (or `KEY VALUE`) of an option that sets configuration (`git -c`, `ssh -o`, `hg --config`): the key
    and, when the key holds a command line, that command. Keys are matched case-blind, with `*` standing for one
    name part (`mergetool.*.cmd`); a key written `!alias.*` holds a command only when its value starts with `!`
    (`alias.x='!sh -c …'`; `alias.co=checkout` names a git command). A key `|` holds the whole value when it opens
    with `|` or `!` (strace(1) `-o '|CMD'`: the output is piped to CMD; a plain file name is a file)."""
    if "|" in keys and setting.lstrip()[:1] in ("|", "!"):
        return "|", setting.lstrip()[1:].strip()  # `strace -o '|CMD'`: a value opening with a pipe is a command
    k, _, val = setting.partition("=") if "=" in setting else setting.partition(" ")
    k, val = k.strip().rstrip(":"), val.strip()
    if len(val) >= 2 and val[0] == val[-1] and val[0] in "\"'":
        val = val[1:-1]  # a TOML string (`cargo --config 'target.x.runner="CMD"'`)
    low = k.lower()
    if not val:
        return k, ""
    bang: bool | None = None
    if low in keys:
        bang = False
    elif "!" + low in keys:
        bang = True
    else:
        for p in keys:
            if "*" in p and _key_glob(p.lstrip("!")).match(low):
                bang = p.startswith("!")
                break
    if bang is None or (bang and not val.startswith("!")):
        return k, ""
    return k, val[1:].strip() if bang else val


_KEY_GLOBS: dict[str, re.Pattern[str]] = {}


def _key_glob(p: str) -> re.Pattern[str]:
    r = _KEY_GLOBS.get(p)
    if r is None:
        r = _KEY_GLOBS[p] = re.compile("^" + re.escape(p).replace(r"\*", r"[^=]+") + "$")
    return r
