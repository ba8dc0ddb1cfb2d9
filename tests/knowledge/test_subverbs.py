"""The one verb lexicon (`knowledge.subverbs`): subcommand, tool and method words read into kinds of effect."""

from __future__ import annotations

import pytest

from automode.knowledge import subverbs, subverbs_fixtures
from automode.shell.interp import interp_hook
from automode.shell.lower import Lowerer


@pytest.mark.parametrize(("word", "kind"), list(subverbs_fixtures.WORD_FIXTURES.items()))
def test_word_kind(word: str, kind: str | None) -> None:
    assert subverbs.word_kind(word) == kind


@pytest.mark.parametrize(("argv", "kind"), list(subverbs_fixtures.ARGV_FIXTURES.items()))
def test_argv_kind(argv: str, kind: str | None) -> None:
    got = subverbs.read(argv.split())
    assert (got[0] if got else None) == kind


def _effect(command: str) -> tuple[str, str, str, tuple[str, ...]] | None:
    from automode.knowledge import control

    lw = Lowerer("/home/u", "/home/u/proj", interp_hook)
    lw.source(command, cwd="/home/u/proj")
    e = control.classify(lw.out.commands[0])
    return None if e is None else (e.target, e.verb, e.op, e.values)


def test_unknown_programs_get_a_control_effect_from_their_verb() -> None:
    assert _effect("winget uninstall --id Mozilla.Firefox -e") == (subverbs.SUBVERB, "delete", "", ("Mozilla.Firefox",))
    assert _effect("railctl service restart api") == (subverbs.SUBVERB, "deploy", "restart", ("api",))
    assert _effect("authctl disable-user mallory") == (subverbs.SUBVERB, "permission", "", ("mallory",))
    assert _effect("relctl release publish 2.4.0") == (subverbs.SUBVERB, "publish", "publish", ("2.4.0",))


def test_reads_data_programs_and_scripts_get_none() -> None:
    for c in ("frobctl users list", "echo delete", "grep -r remove src", "npm uninstall lodash", "python -c 'delete'",
              "./bin/tool list x", "frobctl delete --dry-run x", "make uninstall", "git rm a.py", "./bin/tool delete x -n",
              "python tests/test_x.py delete"):
        e = _effect(c)
        assert e is None or e[0] != subverbs.SUBVERB, c


def test_in_house_programs_are_read_by_their_verb() -> None:
    """Session 16 (G4): a project's own program, by path, interpreter or toolchain, says what it does in its words."""
    assert _effect("./bin/tool delete x") == (subverbs.SUBVERB, "delete", "", ("x",))
    assert _effect("python x.py delete") == (subverbs.SUBVERB, "delete", "", ())
    assert _effect("go run ./cmd/admin revoke-tokens --user mallory") == (subverbs.SUBVERB, "permission", "revoke", ("mallory",))
    assert _effect("cargo run --bin opsctl -- drop-index products") == (subverbs.SUBVERB, "delete", "", ("products",))
    assert _effect("./scripts/db.sh migrate down --steps 1") is not None


def test_a_table_entry_wins_and_a_missing_one_falls_back() -> None:
    assert _effect("adb reboot") == (subverbs.SUBVERB, "deploy", "restart", ())
    assert _effect("fastboot devices") is not None and _effect("fastboot devices")[1] == "read"  # type: ignore[index]
