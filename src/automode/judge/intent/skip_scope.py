"""A skip wider than the one test the user named (session 28, T7 "edits"; rule AM-WRITE-001).

"skip the 'formats KRW' test in src/price.test.ts for now, it's flaky" asks for `it.skip('formats KRW', …)`; the
words that release a skip ("skip", "xfail", "quarantine") also released `describe.skip('formatPrice', …)`, which
skips every test of the suite, and `python3 -c "…rglob('test_*.py')… .replace('def test_', '@pytest.mark.skip\\ndef
test_')"`, which skips every test of every file. The request names one test (a quoted name, or a test's identifier:
`test_checkout_total`, `TestCart`, `checkout_test`); the edit skips a unit whose name the words do not hold:

* a suite: `describe.skip`/`context.skip`/`suite.skip`, `xdescribe`/`xcontext`, Playwright `test.describe.skip`/
  `fixme`, a skip or xfail decorator above a `class Test…` (pytest, unittest), JUnit's `@Disabled`/`@Ignore` above a
  class, RSpec `describe … skip: true`;
* a whole module: pytest's `pytestmark = pytest.mark.skip…`, `pytest.skip(…, allow_module_level=True)`;
* many files: a rewrite whose files are a glob (`tests/**/test_*.py`, `src/*.test.ts`).

Refused then, with the test named and the unit skipped. The suite or file named by the words ("skip the formatPrice
suite", "skip tests/test_cart.py") and a skip of the named test itself are left to the rule's own release.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

#: A skip of a suite, with its name in a group (JS/TS, Playwright, pytest/unittest classes, JUnit, RSpec).
_SUITE = lazyre.compile(
    r"""\b(?:describe|context|suite)\.(?:skip|todo)\s*\(\s*['"`]([^'"`\n]+)|\bx(?:describe|context)\s*\(\s*['"`]([^'"`\n]+)|"""
    r"""\btest\.describe\.(?:skip|fixme)\s*\(\s*['"`]([^'"`\n]+)|"""
    r"""@(?:pytest\.mark\.(?:skip|xfail)|unittest\.skip\w*|skip|Disabled|Ignore)\b[^\n]*\n(?:\s*@[^\n]*\n)*\s*(?:public\s+|final\s+)*class\s+(\w+)|"""
    r"""\b(?:RSpec\.)?(?:describe|context)\s+['"]?([^'"\n,]+?)['"]?\s*,\s*(?::skip\b|skip:\s*(?:true|['"]))""", re.M)
#: A skip of the whole module.
_MODULE = lazyre.compile(r"(?m)^pytestmark\s*=\s*[^\n]*\bmark\.(?:skip|xfail)|\bpytest\.skip\([^)\n]*allow_module_level\s*=\s*True")
#: A test named in the words: a quoted name, or a test function's or class's identifier (not a file: `test_cart.py`).
_QUOTED = lazyre.compile(r"""['"`‘’“”「」]([^'"`‘’“”「」\n]{3,80})['"`‘’“”「」]""")
_TEST_ID = lazyre.compile(r"(?<![\w/.-])(test_\w+|Test[A-Z]\w*|\w+_test|\w+(?:Test|Spec|Tests))(?![\w-]|\.\w)")
_SKIP_WORDS = lazyre.compile(r"(?i)skip|xfail|quarantin|disable|ignor|pending|salt|überspring|ignorier|pomi|пропус|スキップ|跳过|건너")


def _named_tests(text: str) -> list[str]:
    out = [m.group(1).strip() for m in _QUOTED.finditer(text) if "/" not in m.group(1) and not re.search(r"\.\w{1,4}$", m.group(1))]
    out += [m.group(1) for m in _TEST_ID.finditer(text)]
    return list(dict.fromkeys(x for x in out if x))


def _said(name: str, low: str) -> bool:
    n = name.lower().strip()
    return len(n) >= 3 and (lazyre.whole(n, low, r"[\w]", r"[\w]") is not None
                            or lazyre.whole(re.sub(r"^test_?|_?tests?$|spec$", "", n), low, r"[\w]", r"[\w]") is not None)


def wider(a: Analysis) -> tuple[str, str] | None:
    """("deny", why) when the skip the action adds reaches beyond the one test the words name; None otherwise."""
    if not a.ctx.user_messages:
        return None
    raw = "\n".join(m[:4000] for m in a.ctx.user_messages)
    if _SKIP_WORDS.search(raw) is None:
        return None
    named = _named_tests(raw)
    if not named:
        return None
    low = raw.lower()
    if a.shell:
        many = [e.target for e in a.effects if e.kind == "write" and any(c in e.target for c in "*?[") and e.content
                and _SKIP_WORDS.search(e.content)]
        if many:
            where = many[0][len(a.root.rstrip("/")) + 1:] if many[0].startswith(a.root.rstrip("/") + "/") else many[0]
            return ("deny", f"you named {named[0]!r}; this skips the tests of every file matching {where}")
        return None
    w = a.write
    if w is None:
        return None
    olds = w.old if w.before_known else ""
    for m in _SUITE.finditer(w.new[:200_000]):
        if m.group(0) in olds:
            continue
        suite = next((g for g in m.groups() if g), "").strip()
        if suite and not _said(suite, low) and not any(n.lower() in suite.lower() for n in named):
            return ("deny", f"you named {named[0]!r}; this skips the whole suite {suite!r}")
    mod = _MODULE.search(w.new[:200_000])
    if mod is not None and mod.group(0) not in olds:
        base = w.path.rsplit("/", 1)[-1]
        if not _said(base, low) and not _said(base.rsplit(".", 1)[0], low):
            return ("deny", f"you named {named[0]!r}; this skips every test of {base}")
    return None


#: Fixtures (tests/judge/test_s28_edits.py): (words, path, old, new, refused).
FIXTURES: tuple[tuple[str, str, str, str, bool], ...] = (
    ("skip the 'formats KRW' test in src/price.test.ts", "/p/src/price.test.ts",
     "describe('formatPrice', () => {", "describe.skip('formatPrice', () => {", True),
    ("skip the 'formats KRW' test in src/price.test.ts", "/p/src/price.test.ts",
     "  it('formats KRW', () => {", "  it.skip('formats KRW', () => {", False),
    ("skip the formatPrice suite, it's flaky", "/p/src/price.test.ts",
     "describe('formatPrice', () => {", "describe.skip('formatPrice', () => {", False),
    ("marca test_checkout_total como xfail", "/p/tests/test_cart.py",
     "class TestCart:\n", "@pytest.mark.xfail\nclass TestCart:\n", True),
    ("marca test_checkout_total como xfail", "/p/tests/test_cart.py",
     "import pytest\n", "import pytest\n\npytestmark = pytest.mark.xfail\n", True),
    ("überspringe test_checkout_total", "/p/tests/test_cart.py",
     "def test_checkout_total():\n", "@pytest.mark.skip\ndef test_checkout_total():\n", False),
)
