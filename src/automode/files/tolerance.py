"""An assertion's tolerance loosened so a failing test passes (AM-WRITE-041), in any test framework.

The fact: a test that compares numbers within a tolerance states the tolerance as an argument, and each framework
says which way it loosens: a delta, epsilon, margin, `rtol` / `atol` or `abs(a - b) < tol` bound loosens as it
grows; a count of decimal places or significant digits (`assertAlmostEqual(places=)`, `toBeCloseTo(x, digits)`,
numpy `decimal=`) loosens as it shrinks. A change of that one argument is no change of the expected value (AM-WRITE-022):
tightening it is routine, loosening it hides the failure the test was catching. An exact comparison (`==`, `!=`,
`toBe`, `Equal`) replaced by one within an explicit tolerance is a question (floating-point noise is a real reason;
a whole unit of money is not).

`KEYWORDS` and `CALLS` are the frameworks' own spellings (doc in each comment); an argument of a call not in
`CALLS` named like a tolerance (`KEYWORDS`) is read the same way, so an unknown framework's `tolerance=` counts too.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.files.diff import Weakening, _rel
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.files import WriteView

UP, DOWN = "up", "down"  # a larger value loosens (a delta) / a smaller value loosens (decimal places)
#: Keyword arguments and options that hold a tolerance: pytest.approx (rel, abs), numpy.testing (rtol, atol,
#: decimal, significant, nulp, maxulp), math.isclose (rel_tol, abs_tol), unittest assertAlmostEqual (places, delta),
#: testthat expect_equal / all.equal (tolerance), Julia isapprox / @test ≈ (atol, rtol), XCTest (accuracy), approx
#: crate (epsilon, max_relative, ulps), float-cmp (ulps, epsilon), torch.testing.assert_close (rtol, atol).
KEYWORDS: dict[str, str] = {
    "rtol": UP, "atol": UP, "rel": UP, "abs": UP, "rel_tol": UP, "abs_tol": UP, "tol": UP, "tolerance": UP, "epsilon": UP,
    "eps": UP, "delta": UP, "accuracy": UP, "margin": UP, "max_relative": UP, "max_abs": UP, "ulps": UP, "maxulp": UP,
    "nulp": UP, "max_diff": UP, "maxdiff": UP, "threshold": UP, "places": DOWN, "decimal": DOWN, "digits": DOWN,
    "numdigits": DOWN, "precision": DOWN, "significant": DOWN,
}  # fmt: skip
#: Calls whose positional argument at one of `positions` is the tolerance (-1: the last argument).
CALLS: dict[str, tuple[tuple[int, ...], str]] = {
    # jestjs.io/docs/expect#tobeclosetonumber-numdigits; vitest.dev/api/expect#tobecloseto
    "toBeCloseTo": ((1,), DOWN),
    # docs.python.org/3/library/unittest.html#unittest.TestCase.assertAlmostEqual (first, second, places)
    "assertAlmostEqual": ((2,), DOWN), "assertAlmostEquals": ((2,), DOWN), "assertNotAlmostEqual": ((2,), DOWN),
    "failUnlessAlmostEqual": ((2,), DOWN),
    # numpy.org/doc/stable/reference/routines.testing.html
    "assert_almost_equal": ((2,), DOWN), "assert_array_almost_equal": ((2,), DOWN), "assert_approx_equal": ((2,), DOWN),
    "assert_allclose": ((2, 3), UP), "allclose": ((2, 3), UP), "isclose": ((2, 3), UP),
    "assert_array_almost_equal_nulp": ((2,), UP), "assert_array_max_ulp": ((2,), UP),
    # pkg.go.dev/github.com/stretchr/testify/assert#InDelta (t, expected, actual, delta), InEpsilon
    "InDelta": ((3, -1), UP), "InDeltaf": ((3,), UP), "InEpsilon": ((3, -1), UP), "InEpsilonf": ((3,), UP),
    "InDeltaSlice": ((3, -1), UP), "InDeltaMapValues": ((3, -1), UP), "InEpsilonSlice": ((3, -1), UP),
    # docs.seattlerb.org/minitest/Minitest/Assertions.html#method-i-assert_in_delta
    "assert_in_delta": ((2,), UP), "assert_in_epsilon": ((2,), UP), "refute_in_delta": ((2,), UP),
    # rspec.info/documentation/3.13/rspec-expectations/RSpec/Matchers.html#be_within-instance_method
    "be_within": ((0,), UP),
    # assertj.github.io/doc/#assertj-core-number-assertions (within, offset, byLessThan, withinPercentage)
    "within": ((0,), UP), "offset": ((0,), UP), "byLessThan": ((0,), UP), "withinPercentage": ((0,), UP),
    "withPercentage": ((0,), UP), "Within": ((0,), UP),
    # hamcrest.org closeTo(operand, error); chaijs.com/api/bdd/#method_closeto; api.dart.dev matcher closeTo
    "closeTo": ((-1,), UP), "approximately": ((-1,), UP),
    # google.github.io/googletest/reference/assertions.html#EXPECT_NEAR
    "EXPECT_NEAR": ((2,), UP), "ASSERT_NEAR": ((2,), UP),
    # JUnit assertEquals(expected, actual, delta); NUnit/MSTest Assert.AreEqual(expected, actual, delta); PHPUnit
    # assertEqualsWithDelta; XCTAssertEqualWithAccuracy
    "assertEquals": ((2, 3), UP), "AreEqual": ((2,), UP), "assertEqualsWithDelta": ((2,), UP),
    "XCTAssertEqualWithAccuracy": ((2,), UP),
    # github.com/catchorg/Catch2/blob/devel/docs/comparing-floating-point-numbers.md (Approx.epsilon/margin, WithinAbs)
    "epsilon": ((0,), UP), "margin": ((0,), UP), "WithinAbs": ((1,), UP), "WithinRel": ((1,), UP), "WithinULP": ((1,), UP),
    # kotest.io/docs/assertions/core-matchers.html (plusOrMinus)
    "plusOrMinus": ((0,), UP),
}  # fmt: skip
#: Calls that only build a number (`decimal.NewFromInt(1)`, `BigDecimal("0.01")`): the call around them decides.
NUMBER_CALLS = frozenset({"NewFromInt", "NewFromFloat", "NewFromString", "RequireFromString", "Decimal", "BigDecimal", "valueOf",
                          "from", "Float", "float", "int", "parseFloat", "Number", "D", "Money", "of", "ofMinor"})
#: A bound an absolute difference is compared with (`math.Abs(got-want) > 1e-9`, `.abs() < eps`, `.Abs().GreaterThan(`).
ABS_BOUND = lazyre.compile(r"(?:\b(?:math\.)?(?:[Aa]bs|fabs|abs_diff)\s*\([^\n]*\)|\.(?:[Aa]bs|abs_diff)\(\s*\))\s*(?:<=?|>=?|\.?(?:GreaterThan|LessThan|Greater|Less|Gt|Lt|Gte|Lte|Cmp)\w*\s*\()\s*$")
NUMBER = lazyre.compile(r"(?<![\w.])-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?(?![\w.])")
#: An exact comparison in an assertion, and a comparison within a tolerance.
EXACT = lazyre.compile(r"[!=]==?|\b(?:assert)?Equals?\(|\btoBe\(|\btoEqual\(|\btoStrictEqual\(|\bassert_eq!|\beq\(|\bshouldBe\b|\bAreEqual\(")
TOLERANT = lazyre.compile(r"\b(?:" + "|".join(sorted(set(CALLS) - {"assertEquals", "AreEqual", "from", "within", "offset"}, key=len, reverse=True))
                          + r"|approx|isapprox|Approx)\s*\(|" + ABS_BOUND.pattern.rstrip("$").rstrip("\\s*") + r"|\b(?:"
                          + "|".join(KEYWORDS) + r")\s*[=:]\s*[-\d.]|≈", re.M)  # fmt: skip
#: Too small to be anything but floating-point noise: a tolerance this small loosens nothing a reader would mind.
NOISE = 1e-6


#: Decimal places or significant digits at or beyond which a tolerance is still floating-point noise.
NOISE_PLACES = 6


def _noise(v: float, way: str | None) -> bool:
    return abs(v) <= NOISE if way == UP else v >= NOISE_PLACES


def _num(s: str) -> float | None:
    try:
        return float(s)
    except ValueError:
        return None


def _call_at(line: str, pos: int) -> tuple[str, int, int] | None:
    """(the name of the call whose argument list holds `pos`, the argument's index, the number of arguments)."""
    depth, commas = 0, 0
    i = pos - 1
    while i >= 0:
        c = line[i]
        if c in ")]}":
            depth += 1
        elif c in "([{":
            if depth == 0:
                if c != "(":
                    return None
                m = re.search(r"([A-Za-z_][\w]*)!?\s*$", line[:i])
                if m is None:
                    return None
                total, d = commas + 1, 0
                for ch in line[pos:]:
                    if ch in "([{":
                        d += 1
                    elif ch in ")]}":
                        if d == 0:
                            break
                        d -= 1
                    elif ch == "," and d == 0:
                        total += 1
                return m.group(1), commas, total
            depth -= 1
        elif c == "," and depth == 0:
            commas += 1
        i -= 1
    return None


def _bare_call(line: str, pos: int) -> tuple[str, int, int] | None:
    """A call written without parentheses (Ruby `assert_in_delta 0.07, rate, 0.01`): its name and the index."""
    m = re.match(r"\s*([A-Za-z_]\w*)\s+(?=[^\s=(])", line)
    if m is None or m.group(1) not in CALLS or pos < m.end():
        return None
    args = re.sub(r"\([^()]*\)|\[[^\[\]]*\]|\"[^\"]*\"|'[^']*'", "_", line[m.end():])
    before = re.sub(r"\([^()]*\)|\[[^\[\]]*\]|\"[^\"]*\"|'[^']*'", "_", line[m.end():pos])
    return m.group(1), before.count(","), args.count(",") + 1


def role(line: str, start: int, end: int) -> str | None:
    """UP or DOWN when the number at line[start:end] is a tolerance (which way it loosens), else None."""
    head = line[:start]
    kw = re.search(r"([A-Za-z_][\w]*)\s*[=:]\s*$", head)
    if kw and kw.group(1).lower() in KEYWORDS:
        return KEYWORDS[kw.group(1).lower()]
    if ABS_BOUND.search(head) or re.search(r"\bplusOrMinus\s*$", head):
        return UP
    call = _call_at(line, start)
    while call is not None and call[0] in NUMBER_CALLS:
        opener = line.rfind(call[0], 0, start)
        while opener > 0 and (line[opener - 1].isalnum() or line[opener - 1] in "._"):
            opener -= 1  # `decimal.NewFromInt(`: from the package qualifier on
        if ABS_BOUND.search(line[:opener]):
            return UP
        call = _call_at(line, opener)
    if call is None:
        call = _bare_call(line, start)
    if call is None:
        return None
    name, index, total = call
    spec = CALLS.get(name)
    if spec is None:
        return None
    positions, way = spec
    if name in ("assertEquals", "AreEqual") and total < 3:
        return None
    if index in positions or (-1 in positions and index == total - 1):
        return way
    return None


def _pairs(w: WriteView) -> list[tuple[str, str]]:
    """(removed line, added line) of the same shape but for one number."""
    old = [ln.strip() for ln in w.old.splitlines() if ln.strip()]
    new = [ln.strip() for ln in w.new.splitlines() if ln.strip()]
    gone = [ln for ln in old if ln not in new]
    came = [ln for ln in new if ln not in old]
    shapes = {NUMBER.sub("\0", ln): ln for ln in gone}
    return [(shapes[NUMBER.sub("\0", ln)], ln) for ln in came if NUMBER.sub("\0", ln) in shapes]


def loosened(w: WriteView, root: str) -> Weakening | None:
    """A tolerance argument loosened, or an exact comparison replaced by one within an explicit tolerance."""
    if not w.old:
        return None
    rel = _rel(w, root)
    for was, now in _pairs(w):
        a, b = list(NUMBER.finditer(was)), list(NUMBER.finditer(now))
        diff = [(x, y) for x, y in zip(a, b, strict=False) if _num(x.group(0)) != _num(y.group(0))]
        ways = [role(now, y.start(), y.end()) for _, y in diff]
        if len(a) != len(b) or not diff or None in ways:
            continue  # an expected value changed too (AM-WRITE-022), or no tolerance moved
        for (x, y), way in zip(diff, ways, strict=True):
            vx, vy = _num(x.group(0)), _num(y.group(0))
            if vx is None or vy is None or _noise(vy, way):
                continue  # still at floating-point noise: a platform's rounding, not a margin a reader would mind
            if (way == UP and vy > vx) or (way == DOWN and vy < vx):
                return Weakening("tolerance", f"loosens the tolerance of a test's assertion from {x.group(0)} to {y.group(0)} in {rel}",
                                 " ".join(now.split())[:80])
    gone = [ln for ln in w.old.splitlines() if ln.strip() and ln.strip() not in {x.strip() for x in w.new.splitlines()}]
    came = [ln for ln in w.new.splitlines() if ln.strip() and ln.strip() not in {x.strip() for x in w.old.splitlines()}]
    if not any(EXACT.search(ln) and not TOLERANT.search(ln) for ln in gone):
        return None
    old_numbers = {_num(m.group(0)) for m in NUMBER.finditer(w.old)}
    for ln in came:
        if TOLERANT.search(ln) is None:
            continue
        for m in NUMBER.finditer(ln):
            v = _num(m.group(0))
            if v is None or v in old_numbers or abs(v) <= NOISE or role(ln, m.start(), m.end()) is None:
                continue
            return Weakening("tolerance-ask", f"replaces an exact comparison with one within {m.group(0)} in {rel}",
                             " ".join(ln.split())[:80])
    return None


def is_tolerance(line: str, start: int, end: int) -> bool:
    """The number at line[start:end] is a tolerance argument (for AM-WRITE-022: no expected value)."""
    return role(line, start, end) is not None
