"""Tests made to pass without fixing what they check (issue 11 §3; skips and neutered assertions are AM-WRITE-001):
a test's expected value moved to whatever the code now does — the assertion stays, only the value it expects
changes; routine when the user changed the behaviour on purpose, so a question their words settle ("update the
expected date format") — and retries wrapped around failing tests, released by a request for retries.
"""

from __future__ import annotations

from automode.rules.base import Hit, rule
from automode.rules.writes import E
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.effects import Effect


@rule(
    "AM-WRITE-022",
    category="review-bypass",
    verdict="ask",
    kind="effect",
    names={"weaken"},
    release={"update", "create"},
    title="Changes the value a test expects",
    what="An edit of an existing test that keeps an assertion as it was but for the one value it expects "
    "(`assert format_date(d) == '2024-11-05'` → `'2024-05-11'`, `expect(total).toBe(118)` → `toBe(117)`, "
    "`assert_eq!(n, 3)` → `assert_eq!(n, 4)`). Snapshot files and changes of the case under test are not matched.",
    why="The test then agrees with whatever the code does: a bug that broke it becomes the expected behaviour.",
    example="assert format_date(d) == '2024-11-05' → assert format_date(d) == '2024-05-11'",
    instead="Find out whether the code or the expectation is wrong; change the expectation only for a behaviour the "
    "user changed on purpose, and say so.",
    must_match=[E("tests/test_dates.py", "    assert format_date(d) == '2024-11-05'\n", "    assert format_date(d) == '2024-05-11'\n"),
                E("src/cart.test.ts", "    expect(total(cart)).toBe(118);\n", "    expect(total(cart)).toBe(117);\n"),
                E("crates/core/tests/count.rs", "    assert_eq!(count(&v), 3);\n", "    assert_eq!(count(&v), 4);\n")],
    must_not_match=[E("tests/test_dates.py", "    assert format_date(d) == '2024-11-05'\n",
                      "    assert format_date(d) == '2024-11-05'\n    assert format_date(e) == '2024-12-01'\n"),
                    E("tests/test_math.py", "    assert square(2) == 4\n", "    assert square(3) == 9\n"),
                    E("tests/__snapshots__/view.test.ts.snap", 'exports[`a 1`] = `"old"`;\n', 'exports[`a 1`] = `"new"`;\n'),
                    E("src/dates.py", "    assert fmt == '%Y-%m-%d'\n", "    assert fmt == '%d/%m/%Y'\n")],
)  # fmt: skip
def expectation_changed(e: Effect, a: Analysis) -> str | Hit | None:
    return e.target if e.origin == "tests-expected" else None


@rule(
    "AM-WRITE-023",
    category="review-bypass",
    verdict="deny",
    kind="effect",
    names={"weaken"},
    release={"create", "update", "skip"},
    title="Retries a test until it passes",
    what="An edit of an existing test or of the test runner's settings that reruns failing tests until one run "
    "passes (`@pytest.mark.flaky`, `--reruns`, `jest.retryTimes`, `this.retries(n)`, Playwright `retries: n`, "
    "`@RetryingTest`, rspec-retry's `retry:`). Retries of the code under test (a client's `retry_attempts`) are not matched.",
    why="A test that fails one run in three still reports a real failure; retried, it goes green and the bug ships.",
    example="def test_total(): → @pytest.mark.flaky(reruns=5) def test_total():",
    instead="Find what makes the test flaky (timing, shared state, order) and fix it; add retries only when the user "
    "asks for them.",
    must_match=[E("tests/test_orders.py", "def test_total():\n", "@pytest.mark.flaky(reruns=5)\ndef test_total():\n"),
                E("playwright.config.ts", "  retries: 0,\n", "  retries: 3,\n")],
    must_not_match=[E("tests/test_client.py", "    client = Client()\n", "    client = Client(retry_attempts=3)\n"),
                    E("playwright.config.ts", "  retries: 2,\n", "  retries: 0,\n")],
)  # fmt: skip
def retried(e: Effect, a: Analysis) -> str | Hit | None:
    return e.target if e.origin == "tests-retry" else None
