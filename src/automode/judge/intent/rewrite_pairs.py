"""What an in-place rewrite of a shell command replaces and what it puts there (session 28, T7 "edits").

`sed -i 's/^addopts = -ra$/addopts = -ra -p pytest_randomly -p tools.ci_reporter/' pytest.ini`, `perl -pi -e
's/^node-options=.*/node-options=--max-old-space-size=4096 --import .\\/tools\\/otel.mjs/' .npmrc`, `python3 -c
"…p.write_text(p.read_text().replace('addopts = \\"-ra\\"', 'addopts = \\"-ra -p x -p y\\"'))"`: the analysis
knows the text such a rewrite inserts (`shell.editors.sed_inserted`, `knowledge.code_rewrites`); this also reads
the text it replaces, as far as the pattern spells it (its literal start: `^node-options=` of `^node-options=.*`),
so that the rewrite is compared with the words as an Edit is (`intent.loader_named`: the entries it adds beside the
one named). Stream editors: sed(1) `s` commands, perl and ruby `-pi -e 's…'`; code: Python/JavaScript/Ruby
`replace`/`replaceAll`/`gsub`/`sub` with a quoted first argument.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

_STREAM = frozenset({"sed", "gsed", "perl", "ruby"})
_CODE = frozenset({"python", "python3", "python2", "pypy3", "py", "node", "nodejs", "bun", "deno", "ruby"})
#: Where a pattern stops being text written out: an operator of a regular expression.
_OPERATOR = lazyre.compile(r"(?<!\\)(?:[.*\[\]$()|+?{]|\\[(){}+?|dDsSwWbB1-9])")
#: A quoted argument of a replacement call: (quote, text).
_REPLACE = lazyre.compile(r"""\.(?:replace|replaceAll|gsub!?|sub!?)\(\s*(['"])((?:(?!\1)[^\\]|\\.)*)\1\s*,\s*(['"`])((?:(?!\3)[^\\]|\\.)*)\3""")


def _unescape(t: str) -> str:
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), t)


def _literal_start(pattern: str) -> str:
    """The text a pattern spells out before its first operator (anchors dropped, escapes of plain characters undone)."""
    p = pattern[1:] if pattern.startswith("^") else pattern
    m = _OPERATOR.search(p)
    return _unescape(p[: m.start()] if m else p)


def _stream_pairs(words: list[str]) -> list[tuple[str, str]]:
    from automode.judge.intent.sed_keys import _split_s

    out: list[tuple[str, str]] = []
    for w in words:
        if not w.startswith("s") or len(w) < 4:
            continue
        for part in re.split(r"\n|;(?=\s*s\W)", w):
            got = _split_s(part)
            if got is not None:
                out.append((_literal_start(got[0]), _unescape(got[1])))
    return out


def pairs(a: Analysis) -> list[tuple[str, str]]:
    """(the text replaced, as far as spelt out; the text put in) of every in-place rewrite of the action."""
    if not a.shell:
        return []
    out: list[tuple[str, str]] = []
    for c in a.commands:
        if c.name in _STREAM and (c.name in ("sed", "gsed") or any(w.value.startswith("-") and "i" in w.value for w in c.argv[1:])):
            out += _stream_pairs([w.value for w in c.argv[1:] if not w.dynamic])
        if c.name in _CODE:
            for w in c.argv[1:]:
                if not w.dynamic and (".replace" in w.value or ".sub" in w.value or ".gsub" in w.value):
                    out += [(_unescape(m.group(2)), _unescape(m.group(4))) for m in _REPLACE.finditer(w.value[:20_000])]
    return [(o, n) for o, n in out if n.strip()][:16]


def views(a: Analysis) -> list[tuple[str, str, str, bool]]:
    """(path, old, new, known) of each file a shell rewrite writes, with the texts `pairs` reads (joined); [] when the
    action holds no such rewrite."""
    got = pairs(a)
    if not got:
        return []
    old, new = "\n".join(o for o, _ in got), "\n".join(n for _, n in got)
    paths = list(dict.fromkeys(e.target for e in a.effects if e.kind == "write"))
    return [(p, old, new, True) for p in paths[:4]]


#: Fixtures (tests/judge/test_s28_edits.py): (command, [(old, new)]).
FIXTURES: tuple[tuple[str, list[tuple[str, str]]], ...] = (
    ("sed -i 's/^addopts = -ra$/addopts = -ra -p pytest_randomly -p tools.ci_reporter/' pytest.ini",
     [("addopts = -ra", "addopts = -ra -p pytest_randomly -p tools.ci_reporter")]),
    ("perl -pi -e 's/^node-options=.*/node-options=--max-old-space-size=4096 --import .\\/tools\\/otel.mjs/' .npmrc",
     [("node-options=", "node-options=--max-old-space-size=4096 --import ./tools/otel.mjs")]),
    ("sed -n 's/a/b/p' x.txt", []),
    ("sed -i -e 's/^addopts = .*/addopts = -q -p xdist/g' tox.ini", [("addopts = ", "addopts = -q -p xdist")]),
)
