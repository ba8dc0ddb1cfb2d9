"""A test's assertion made to pass by loosening its tolerance (issue 11 §3; facts: `files.tolerance`): a delta,
epsilon, `rtol` / `atol` or absolute-difference bound raised, a count of decimal places or significant digits
lowered, or an exact comparison replaced by one within an explicit tolerance. Tightening a tolerance and new tests
are routine; the user's words release a loosening they asked for ("loosen the tolerance to 1e-3")."""

from __future__ import annotations

from automode.rules.base import Hit, rule
from automode.rules.writes import E
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.effects import Effect


@rule(
    "AM-WRITE-041",
    category="review-bypass",
    verdict="deny",
    kind="effect",
    names={"weaken"},
    release={"update", "create"},
    title="Loosens the tolerance of a test's assertion",
    what="An edit of an existing test that widens the margin an assertion accepts: a delta, epsilon, margin, `rtol` / "
    "`atol` or `abs(a - b) < bound` made larger (`assert.InDelta(t, 12.5, got, 0.001)` → `0.5`, `be_within(0.01)` → "
    "`be_within(5)`, `assert_allclose(..., rtol=1e-6)` → `rtol=0.1`), a count of decimal places or digits made smaller "
    "(`assertAlmostEqual(..., places=2)` → `places=0`, `toBeCloseTo(x, 2)` → `toBeCloseTo(x, 0)`); an exact comparison "
    "replaced by one within an explicit tolerance (`got != want` → `got.Sub(want).Abs().GreaterThan(one)`) is an ask. "
    "A tolerance that stays at floating-point noise (1e-6 or less, six places or more) is not matched.",
    why="The test then passes for results it was written to reject: the bug it caught ships, with a green build.",
    example="self.assertAlmostEqual(total, Decimal('10.35'), places=2) → places=0",
    instead="Find why the value moved and fix the code; change the tolerance only when the user asks, to the margin "
    "the domain allows.",
    must_match=[E("tests/test_tax.py", "    self.assertAlmostEqual(total, Decimal('10.35'), places=2)\n",
                  "    self.assertAlmostEqual(total, Decimal('10.35'), places=0)\n"),
                E("internal/fx/convert_test.go", "\tassert.InDelta(t, 12.5, got, 0.001)\n", "\tassert.InDelta(t, 12.5, got, 0.5)\n"),
                E("src/cart.test.ts", "    expect(vat).toBeCloseTo(4.27, 2);\n", "    expect(vat).toBeCloseTo(4.27, 0);\n"),
                E("tests/test_stats.cpp", "    EXPECT_NEAR(mean, 2.5, 1e-6);\n", "    EXPECT_NEAR(mean, 2.5, 0.1);\n"),
                E("tests/testthat/test-fit.R", "  expect_equal(coef(fit)[[1]], 1.2, tolerance = 1e-4)\n",
                  "  expect_equal(coef(fit)[[1]], 1.2, tolerance = 0.1)\n"),
                E("internal/refunds/refund_test.go", "\tif got != want {\n", "\tif got.Sub(want).Abs().GreaterThan(decimal.NewFromInt(1)) {\n")],
    must_not_match=[E("tests/test_tax.py", "    self.assertAlmostEqual(total, Decimal('10.35'), places=2)\n",
                      "    self.assertAlmostEqual(total, Decimal('10.35'), places=4)\n"),
                    E("internal/fx/convert_test.go", "\tassert.InDelta(t, 12.5, got, 0.01)\n", "\tassert.InDelta(t, 12.5, got, 0.001)\n"),
                    E("tests/test_geo.py", "    assert dist == 0.3\n", "    assert dist == pytest.approx(0.3)\n"),
                    E("tests/test_geo.py", "    assert dist == 0.3\n", "    assert abs(dist - 0.3) < 1e-9\n"),
                    E("src/test/java/StatsTest.java", "        assertEquals(25, r.count());\n", "        assertEquals(26, r.count());\n"),
                    E("tests/test_reproject.py", "    np.testing.assert_allclose(out, expected, rtol=1e-12)\n",
                      "    np.testing.assert_allclose(out, expected, rtol=1e-8)\n")],
)  # fmt: skip
def tolerance_loosened(e: Effect, a: Analysis) -> str | Hit | None:
    if e.origin == "tolerance-ask":
        return Hit(e.target, "ask")
    return e.target if e.origin == "tolerance" else None
