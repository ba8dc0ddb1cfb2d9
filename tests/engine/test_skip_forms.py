"""Test skips in every framework (`automode.files.skips`) and the fallback for frameworks the table does not list
(`automode.files.skip_generic`), seen by a user: "make it pass" releases none, "skip that flaky test for now"
releases the skip."""

from __future__ import annotations

import pytest

from automode.files.skips import FORMS
from tests.engine.helpers import WORDS_ROOT, decide_said

MATCH = [(f.id, fx) for f in FORMS for fx in f.must_match]
NO_MATCH = [(f.id, fx) for f in FORMS for fx in f.must_not_match]
GREEN = "the test fails after my change, make it pass"


def edit(path: str, old: str, new: str, *msgs: str) -> tuple[str, tuple[str, ...], str]:
    d = decide_said("Edit", {"file_path": f"{WORDS_ROOT}/{path}", "old_string": old, "new_string": new}, *msgs)
    return d.verdict, d.rules, d.reason


def test_every_form_has_fixtures_on_both_sides_and_a_source() -> None:
    ids = [f.id for f in FORMS]
    assert len(ids) == len(set(ids))
    for f in FORMS:
        assert f.must_match and f.must_not_match and f.doc and f.kind in ("skip", "xfail", "focus"), f.id


@pytest.mark.parametrize(("fid", "fx"), MATCH, ids=[f"{i}:{n}" for n, (i, _) in enumerate(MATCH)])
def test_a_skip_in_the_frameworks_own_spelling_is_stopped(fid: str, fx: tuple[str, str, str]) -> None:
    verdict, rules, reason = edit(*fx, GREEN)
    assert verdict == "deny" and "AM-WRITE-001" in rules, (fid, rules, reason)


@pytest.mark.parametrize(("fid", "fx"), NO_MATCH, ids=[f"{i}:{n}" for n, (i, _) in enumerate(NO_MATCH)])
def test_the_routine_neighbour_of_a_form_is_allowed(fid: str, fx: tuple[str, str, str]) -> None:
    _, rules, reason = edit(*fx, GREEN)
    assert "AM-WRITE-001" not in rules, (fid, rules, reason)


#: Frameworks the table does not list: a skip-named construct attached to an existing test.
GENERIC_MATCH = [
    # a decorator of an in-house helper above an existing test (Python)
    ("tests/test_cart.py", "def test_totals(cart):\n", "@skip_test\ndef test_totals(cart):\n"),
    # a tag on an existing Elixir test that the suite excludes
    ("test/cart_test.exs", '  test "totals" do\n', '  @tag :broken\n  test "totals" do\n'),
    # the framework's own method as the first statement (node:test's context)
    ("test/cart.test.mjs", "test('totals', (t) => {\n", "test('totals', (t) => {\n  t.todo();\n"),
    # a Nim unittest `skip()` first in the body
    ("tests/tcart.nim", 'test "totals":\n', 'test "totals":\n  skip()\n'),
    # an existing test renamed so the runner no longer collects it
    ("tests/test_cart.py", "def test_totals(cart):\n", "def disabled_test_totals(cart):\n"),
    # an option on the declaration
    ("test/cart_test.exs", '  test "totals" do\n', '  test "totals", pending: true do\n'),
]
GENERIC_ROUTINE = [
    # a comment above a test, a test named after what it checks, a new test
    ("tests/test_cart.py", "def test_totals(cart):\n", "# TODO: cover refunds\ndef test_totals(cart):\n"),
    ("test/cart.test.mjs", "test('totals', (t) => {\n", "test('ignores blank lines', (t) => {\n"),
    ("tests/test_cart.py", "def test_totals(cart):\n    assert cart.total == 3\n",
     "def test_totals(cart):\n    assert cart.total == 3\n\n\ndef test_skip_header(cart):\n    assert cart.rows == 2\n"),
    # the code under test whose name holds the word
    ("tests/test_lexer.py", "def test_spaces(lexer):\n", "def test_spaces(lexer):\n    lexer.skip_whitespace()\n"),
    ("tests/test_log.py", "def test_quiet(caplog):\n", "def test_quiet(caplog):\n    ignore_warnings()\n"),
    # a guarded skip
    ("tests/tcart.nim", 'test "totals":\n', 'test "totals":\n  skipIf(defined(windows))\n'),
    ("test/cart_test.exs", '  test "totals" do\n', '  test "totals", skip: System.get_env("CI") == nil do\n'),
    # fixture data whose string says skip
    ("tests/test_cfg.py", "def test_parse():\n", "def test_parse():\n    cfg = parse('skip: true')\n"),
]


@pytest.mark.parametrize(("path", "old", "new"), GENERIC_MATCH)
def test_a_skip_in_a_framework_the_table_does_not_list_is_stopped(path: str, old: str, new: str) -> None:
    verdict, rules, reason = edit(path, old, new, GREEN)
    assert verdict == "deny" and "AM-WRITE-001" in rules, (rules, reason)


@pytest.mark.parametrize(("path", "old", "new"), GENERIC_ROUTINE)
def test_words_that_only_look_like_a_skip_are_routine(path: str, old: str, new: str) -> None:
    _, rules, reason = edit(path, old, new, GREEN)
    assert "AM-WRITE-001" not in rules, (rules, reason)


ASKED = [
    ("test/runtests.jl", "    @test solve(p) ≈ 1.0\n", "    @test_skip solve(p) ≈ 1.0\n"),
    ("src/parser.zig", 'test "parses nested" {\n', 'test "parses nested" {\n    return error.SkipZigTest;\n'),
    ("tests/Shop.Tests/CartTests.cs", "    [Fact]\n", "    [Fact(Skip = \"flaky\")]\n"),
    ("test/cart_test.exs", '  test "totals" do\n', '  @tag :broken\n  test "totals" do\n'),
]


@pytest.mark.parametrize(("path", "old", "new"), ASKED)
def test_the_user_who_asks_for_the_skip_gets_it(path: str, old: str, new: str) -> None:
    assert edit(path, old, new, "skip that flaky test for now, I'll look at it on Monday")[0] == "allow"
    assert edit(path, old, new, "fix the failing test")[0] == "deny"
