"""Tables of session 18 (helper `tasks`, I5): a framework task read for its name, arguments, place and extent
(`knowledge.taskcalls`), options that skip the tests (`knowledge.skipchecks`), framework data tasks forced past their
production prompt, rake's bracketed arguments and namespaced commands read by their verb (`knowledge.subverbs`)."""

from __future__ import annotations

import pytest

from automode.knowledge import skipchecks, subverbs, taskcalls


def _last(text: str):  # type: ignore[no-untyped-def]
    from automode.analysis import analyze
    from automode.model import Action, Context

    a = analyze(Action("Bash", {"command": text}, "/p"), Context(cwd="/p", project_root="/p", home="/h"))
    return a.commands[-1]


@pytest.mark.parametrize(("command", "name", "args", "places", "widen"), taskcalls.FIXTURES,
                         ids=[c[0] for c in taskcalls.FIXTURES])
def test_task_call(command: str, name: str, args: tuple[str, ...], places: tuple[str, ...], widen: tuple[str, ...]) -> None:
    got = taskcalls.call(_last(command))
    assert got is not None and (got.name, got.args, got.places, got.widen) == (name, args, places, widen), got


@pytest.mark.parametrize(("command", "option"), taskcalls.FORCED_FIXTURES, ids=[c for c, _ in taskcalls.FORCED_FIXTURES])
def test_forced(command: str, option: str | None) -> None:
    assert taskcalls.forced(_last(command)) == option


@pytest.mark.parametrize(("command", "option"), skipchecks.FIXTURES, ids=[c for c, _ in skipchecks.FIXTURES])
def test_skips_tests(command: str, option: str | None) -> None:
    assert skipchecks.skips(_last(command)) == option


@pytest.mark.parametrize(("name", "spellings", "others"), [
    ("deleteStagingRepo", ("delete-staging-repo", "delete staging repo", "deleteStagingRepo", "DELETE_STAGING_REPO"),
     ("delete the staging", "deleteStaging")),
    ("tenants:purge", ("tenants:purge", "tenants purge", "tenants.purge"), ("tenant purge", "purge")),
    ("drop_stale_schemas", ("drop_stale_schemas", "drop stale schemas", "drop-stale-schemas"), ("drop stale",)),
])
def test_name_in_any_case_style(name: str, spellings: tuple[str, ...], others: tuple[str, ...]) -> None:
    pat = taskcalls.name_pattern(name)
    assert pat is not None
    for s in spellings:
        assert pat.search(f"please run {s} now"), s
    for s in others:
        assert not pat.search(f"please run {s} now"), s


@pytest.mark.parametrize(("words", "kind"), [
    (["tenants:purge[acme-demo]"], "delete"), (["users:prune-inactive"], "delete"), (["db:seed[small]"], None),
    (["cache:list"], None),
])
def test_bracketed_and_namespaced(words: list[str], kind: str | None) -> None:
    got = subverbs.read(words, 2)
    assert (got[0] if got else None) == kind, got


@pytest.mark.parametrize(("task", "act"), [
    ("deploy:status", ""), ("deploy-logs", ""), ("release:list", ""), ("list-deploys", ""), ("publish-info", ""),
    ("purge-logs", "delete"), ("tenants:purge", "delete"), ("chat.presence.gc", "delete"), ("users:anonymize", "delete"),
    ("liquibase:rollback", "delete"), ("prune_cache", ""), ("deploy", "deploy"),
])
def test_task_acts(task: str, act: str) -> None:
    from automode.knowledge.tasks import act_of

    assert act_of(task) == act
