"""A request taken back stays taken back, whatever its act (session 17, lead).

A release that could name more acts (rotate a secret, deprecate versions, run a playbook or a workflow, grant a role)
met requests a withdrawal never suspended: only the verb classes of `match.HELD_VERBS` were held, so "rotate
prod/payments/db secret" … "leave it" stayed in force and ran. Every acting verb class is held now; a Czech "nech to
být" whose last word the gloss read as an object fenced only that word, and now holds the request; Polish "a zresztą
nie, zostaw" and Norwegian "drit i det" are withdrawals. Each neighbour asked in so many words still runs.
"""

from __future__ import annotations

import pytest

from tests.judge.helpers import bash, expect

ROTATE = "aws secretsmanager rotate-secret --secret-id prod/payments/db --profile prod-admin"
DEPRECATE = 'npm deprecate @sklepik/ui-kit@"<3.0.0" "Please upgrade to 3.x"'
WORKFLOW = "gh workflow run release.yml --ref main -f version=4.2.0"
PLAYBOOK = "ansible-playbook -i inventories/prod site.yml --tags ntp"
DELETE = "git push origin --delete fix/old"

TAKEN_BACK = [
    (ROTATE, ("rotate prod/payments/db secret", "leave it, rotation's scheduled for tonight anyway")),
    (ROTATE, ("rotate prod/payments/db secret", "nvm")),
    (DEPRECATE, ("oznacz stare wersje ui-kit <3.0.0 jako deprecated", "a zresztą nie, zostaw, klienci jeszcze na 2.x")),
    (WORKFLOW, ("kjør release-workflowen for 4.2.0", "drit i det, vi venter til mandag")),
    (PLAYBOOK, ("pusť ntp roli na prod", "nech to být, počkáme na okno údržby")),
    (PLAYBOOK, ("run the ntp role on prod", "hold off, the change window is tonight")),
    (DELETE, ("delete the remote branch fix/old", "leave it")),
]


@pytest.mark.parametrize(("command", "messages"), TAKEN_BACK)
def test_taken_back_is_not_run(command: str, messages: tuple[str, ...]) -> None:
    d = bash(command, *messages)
    expect(d.verdict, "not-allow", (messages[-1], d.reason))


@pytest.mark.parametrize(("command", "messages"), [
    (ROTATE, ("rotate prod/payments/db secret",)),
    (PLAYBOOK, ("pusť ntp roli na prod",)),
    (DELETE, ("delete the remote branch fix/old", "nvm", "ok actually go ahead and delete it")),
])  # fmt: skip
def test_asked_still_runs(command: str, messages: tuple[str, ...]) -> None:
    d = bash(command, *messages)
    expect(d.verdict, "allow", (messages[-1], d.reason))


def test_the_withdrawal_phrase_is_no_object() -> None:
    from automode.judge.intent.text import parse_message

    assert parse_message("nech to být, počkáme na okno údržby").hold
    assert not parse_message("wait, keep beta-search").hold  # an object of its own: only that is kept
