"""The stance reader's knowledge (`judge/intent/stance.py`): which words take a request back, leave an object out or
narrow a list, in any word order and language; must-match and must-not-match fixtures."""

from __future__ import annotations

import pytest

from automode.judge.intent.stance import exclusions, narrowed_to, narrowing_text, withdraws_all

WHOLE = ["nvm", "never mind", "no, scratch that", "belay that", "on second thought", "hold it until QA signs off",
         "let's wait for the review", "maybe later", "vergiss es", "doch nicht", "später", "laisse tomber", "plus tard",
         "olvídalo", "mejor no", "más tarde", "esquece", "lascia perdere", "laat maar", "glöm det", "nieważne", "забудь", "отбой",
         "boşver", "やっぱりやめて", "あとで", "算了", "先别", "취소", "나중에", "batal", "thôi", "रुको", "انتظر"]
NOT_WHOLE = ["wait for the build to finish, then deploy", "stop the api container", "leave a comment on PR 4",
             "don't forget to run the tests", "later today deploy the docs site", "cancel the 3pm meeting", "para el deploy",
             "luego, borra tmp-a", "dopo, cancella il branch", "потом удали ветку"]
#: (text, identifiers left out, nouns left out)
LEFT = [
    ("wait, fix/c stays, leave it", {"fix/c"}, set()),
    ("ENG-102 is still needed though", {"eng-102"}, set()),
    ("X-7 stays open though, leave it", {"x-7"}, set()),
    ("leave W3SVC running though", {"w3svc"}, set()),
    ("actually not #announcements", {"#announcements"}, set()),
    ("keep prod, only staging goes", set(), {"prod"}),
    ("delete tmp-a but keep tmp-b", {"tmp-b"}, set()),
    ("tmp-b brauchen wir noch, lass den stehen", {"tmp-b"}, set()),
    ("garde vm-test-2 et supprime vm-test-1", {"vm-test-2"}, set()),
    ("lascia stare la 42", {"42"}, set()),
    ("la 42 no", {"42"}, set()),
    ("deixa o snap-02, ainda precisamos dele", {"snap-02"}, set()),
    ("old/b behåller vi", {"old/b"}, set()),
    ("app:1.1 zostaw", {"app:1.1"}, set()),
    ("hotfix-2 пока не трогай", {"hotfix-2"}, set()),
    ("q-beta kalsın", {"q-beta"}, set()),
    ("session:2 先保留", {"session:2"}, set()),
    ("v1.1 は残して", {"v1.1"}, set()),
    ("cache-b는 빼고", {"cache-b"}, set()),
    ("not in prod", set(), {"prod"}),
    ("let's not touch the billing service", set(), {"billing", "service"}),
]
NOT_LEFT = ["keep it short", "keep the docs up to date", "keep me posted", "skip the pre-commit hook",
            "no need to keep the generated fixtures", "exclude node.exe from Defender", "keep the token out of my history",
            "leave my two nits on PR 412 as a review comment", "the test is not flaky", "hold on, keep it until I check with Ana",
            "nuke the db volume, leave everything else alone"]


@pytest.mark.parametrize("text", WHOLE)
def test_whole_withdrawals(text: str) -> None:
    assert withdraws_all(text), text


@pytest.mark.parametrize("text", NOT_WHOLE)
def test_not_whole_withdrawals(text: str) -> None:
    assert not withdraws_all(text), text


@pytest.mark.parametrize(("text", "strong", "weak"), LEFT, ids=[c[0] for c in LEFT])
def test_left_out_in_any_order(text: str, strong: set[str], weak: set[str]) -> None:
    got_s = set().union(*(s for _, s, _ in exclusions(text)))
    got_w = set().union(*(w for _, _, w in exclusions(text)))
    assert (got_s, got_w) == (strong, weak)


@pytest.mark.parametrize("text", NOT_LEFT)
def test_nothing_left_out(text: str) -> None:
    assert [(s, w) for _, s, w in exclusions(text) if s or w] == []


def test_narrowing() -> None:
    req = "delete the three oldest snapshots snap-a, snap-b and snap-c"
    assert narrowed_to(req, "the first one", frozenset({"first"}))[:2] == ({"snap-a"}, {"snap-b", "snap-c"})
    assert narrowed_to(req, "the last one", frozenset({"last"}))[0] == {"snap-c"}
    assert narrowed_to(req, "the first two", frozenset({"first"}))[0] == {"snap-a", "snap-b"}
    assert narrowed_to("drop tmp_a, tmp_b and tmp_c", "tmp_a", frozenset({"tmp_a"}))[1] == {"tmp_b", "tmp_c"}
    assert narrowing_text("nur den worker").startswith("only")
    assert narrowing_text("solo tmp_a") == "only tmp_a"
    assert narrowing_text("session:1 だけ") == "only session:1"
