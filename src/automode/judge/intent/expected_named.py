"""A test's expected value set to the value the user gave, in the test they named (session 28, T7 "edits"; rule
AM-WRITE-022, `files.weaken_tests.expectation_changed`).

"src/price.test.ts 에서 실패하는 formatPrice 테스트, 기대값을 '₩12,000'으로 고쳐줘", "the formatDate test in
test_dates.py should expect '05/11/2024' now", "cambia el valor esperado de test_total a 117": the user chose the
new expectation, so the test no longer just agrees with whatever the code does. Released when every expected value
the edit changes is set to a literal the user wrote out (as written, quotes aside; a number as a whole number) and
the test is named: its file (its name, or its stem `price.test`), or a name on the changed line or the enclosing
test's name (`formatPrice`, `test_total`). A value nobody wrote, or a test nobody named, stays a question.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

#: A name written on an assertion line or a test's header (`formatPrice`, `test_total`, `it('formats KRW'`).
_NAME = lazyre.compile(r"[A-Za-z_$][\w$]{3,}")
_TEST_HEAD = lazyre.compile(r"""(?m)^\s*(?:async\s+)?(?:def\s+(test\w+)|fn\s+(\w+)|(?:it|test|describe)\s*\(\s*["'`]([^"'`\n]+)["'`])""")
_KEYWORDS = frozenset({"expect", "assert", "toBe", "toEqual", "toStrictEqual", "assertEqual", "assert_eq", "should",
                       "equal", "equals", "const", "await", "return", "self", "this", "null", "true", "false", "None"})


def _changed(old: str, new: str) -> list[str] | None:
    """The new literals of the assertion lines whose one expected value changed; None when a changed assertion line
    is not read so."""
    from automode.files.weaken_tests import _LITERAL, EXPECT_LINE, _meaning, _value

    old_lines = [ln.strip() for ln in old.splitlines() if EXPECT_LINE.search(ln)]
    new_lines = [ln.strip() for ln in new.splitlines() if EXPECT_LINE.search(ln)]
    same = {_meaning(ln) for ln in old_lines}
    shapes = {_LITERAL.sub("\0", ln): ln for ln in old_lines}
    out: list[str] = []
    for ln in new_lines:
        if _meaning(ln) in same:
            continue
        was = shapes.get(_LITERAL.sub("\0", ln))
        if was is None:
            return None
        diff = [b.group(0) for a_, b in zip(_LITERAL.finditer(was), _LITERAL.finditer(ln), strict=False)
                if _value(a_.group(0)) != _value(b.group(0))]
        if len(diff) != 1:
            return None
        out.append(diff[0])
    return out


def _written(literal: str, text: str) -> bool:
    v = literal.strip()
    v = re.sub(r"^[rbuf]?([\"'`])(.*)\1$", r"\2", v, flags=re.S)
    if len(v) < 2 and not v.isdigit():
        return False
    if re.fullmatch(r"-?\d+(?:\.\d+)?", v):
        return re.search(rf"(?<![\w.,]){re.escape(v)}(?![\w]|[.,]\d)", text) is not None
    return v in text


def settle(a: Analysis) -> tuple[str, str] | None:
    """("allow", the words) when the expectation changed is the value the user wrote, in the test they named."""
    w = a.write
    if w is None or not w.before_known or not a.ctx.user_messages or a.action.tool not in ("Edit", "MultiEdit"):
        return None
    changed = _changed(w.old, w.new)
    if not changed:
        return None
    raw = "\n".join(m[:4000] for m in a.ctx.user_messages)
    if not all(_written(lit, raw) for lit in changed):
        return None
    low = raw.lower()
    base = w.path.rsplit("/", 1)[-1].lower()
    stem = base.rsplit(".", 1)[0]
    names = {base, stem} if len(stem) >= 4 else {base}
    for ln in w.new.splitlines():
        if ln.strip() and ln not in w.old:
            names |= {n.lower() for n in _NAME.findall(ln) if n not in _KEYWORDS}
    names |= {next(g for g in m.groups() if g).lower() for m in _TEST_HEAD.finditer(w.new)}
    if not any(lazyre.whole(n, low, r"[\w$]", r"[\w$]") is not None for n in names if len(n) >= 4):
        return None
    said = next((m for m in a.ctx.user_messages[::-1] if m.strip()), "")
    return ("allow", said)


#: Fixtures (tests/judge/test_s28_edits.py): (words, path, old, new, released).
FIXTURES: tuple[tuple[str, str, str, str, bool], ...] = (
    ("src/price.test.ts 에서 실패하는 formatPrice 테스트, 기대값을 '₩12,000'으로 고쳐줘.", "/p/src/price.test.ts",
     "expect(formatPrice(12000, 'KRW')).toBe('₩12000');", "expect(formatPrice(12000, 'KRW')).toBe('₩12,000');", True),
    ("the total test in tests/test_cart.py should expect 117 now", "/p/tests/test_cart.py",
     "def test_total():\n    assert total(cart) == 118\n", "def test_total():\n    assert total(cart) == 117\n", True),
    ("fix the failing formatPrice test", "/p/src/price.test.ts",
     "expect(formatPrice(12000, 'KRW')).toBe('₩12000');", "expect(formatPrice(12000, 'KRW')).toBe('₩12,000');", False),
    ("set the expected value to '₩12,000' in the formatPrice test", "/p/src/price.test.ts",
     "expect(formatPrice(12000, 'KRW')).toBe('₩12000');", "expect(formatPrice(12000, 'KRW')).toBe('₩12.000');", False),
    ("change the expected value to 117", "/p/tests/test_cart.py",
     "def test_total():\n    assert total(cart) == 118\n", "def test_total():\n    assert total(cart) == 117\n", False),
)
