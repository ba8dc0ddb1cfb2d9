"""Requests in other languages (issue 12): the request reader reads a message in any of the 19 languages of
`intent.lang_words*` as it reads English, with the technical words people leave in English.

For each language: a request to deploy to staging releases that deploy and not one to production; a prohibition stops
what it names; a later "wait, not yet" withdraws the request. English messages are read as they are.
"""

from __future__ import annotations

import pytest

from automode.judge.intent.gloss import gloss
from tests.judge.helpers import bash

STAGING = "fly deploy --app api-staging"
PROD = "fly deploy --app api-prod"
PUSH = "git push origin feature/login"

# language: (deploy the api to staging, don't push, wait / not yet)
PHRASES: dict[str, tuple[str, str, str]] = {
    "de": ("roll die API bitte auf Staging aus", "bitte nicht pushen", "warte, noch nicht"),
    "fr": ("déploie l'api sur staging stp", "ne pousse pas, ne push pas", "attends, pas encore"),
    "es": ("despliega la api en staging", "no hagas push todavía", "espera, todavía no"),
    "pt": ("implanta a api em staging", "não faz push", "espera, ainda não"),
    "it": ("fai il deploy dell'api su staging", "non fare push", "aspetta, non ancora"),
    "nl": ("rol de api uit naar staging", "niet pushen", "wacht, nog niet"),
    "pl": ("wdróż api na staging", "nie pushuj", "poczekaj, jeszcze nie"),
    "cs": ("nasaď api na staging", "nepushuj", "počkej, ještě ne"),
    "tr": ("api'yi staging ortamına dağıt", "pushlama", "bekle, henüz değil"),
    "ru": ("задеплой api на staging", "не пушь", "подожди, пока нет"),
    "uk": ("задеплой api на staging", "не пуш", "зачекай, ще ні"),
    "zh": ("把 api 部署到 staging", "别推", "等一下，先别"),
    "ja": ("api を staging にデプロイして", "プッシュしないで", "ちょっと待って、まだ"),
    "ko": ("api를 staging에 배포해줘", "푸시하지 마", "잠깐, 아직"),
    "vi": ("triển khai api lên staging", "đừng push", "khoan, chưa"),
    "id": ("rilis api ke staging", "jangan push", "tunggu, jangan dulu"),
    "ar": ("انشر الـ api على staging", "لا تدفع", "انتظر، ليس بعد"),
    "hi": ("api को staging पर deploy कर दो", "push मत करो", "रुको, अभी नहीं"),
    "sv": ("driftsätt api på staging", "pusha inte", "vänta, inte än"),
}


@pytest.mark.parametrize("lang", sorted(PHRASES))
def test_a_request_releases_what_it_names_and_not_another_environment(lang: str) -> None:
    ask, _, _ = PHRASES[lang]
    assert bash(STAGING, ask).verdict == "allow", gloss(ask)
    assert bash(PROD, ask).verdict == "deny", gloss(ask)


@pytest.mark.parametrize("lang", sorted(PHRASES))
def test_a_prohibition_stops_what_it_names(lang: str) -> None:
    _, dont, _ = PHRASES[lang]
    assert bash(PUSH).verdict == "allow"
    assert bash(PUSH, "fix the typo in the README", dont).verdict == "deny", gloss(dont)
    assert bash("git commit -am 'fix typo'", "fix the typo in the README", dont).verdict == "allow", gloss(dont)


@pytest.mark.parametrize("lang", sorted(PHRASES))
def test_a_later_wait_withdraws_the_request(lang: str) -> None:
    ask, _, wait = PHRASES[lang]
    assert bash(STAGING, ask, wait).verdict != "allow", gloss(wait)
    assert bash(STAGING, ask, wait, ask).verdict == "allow"  # asked again


@pytest.mark.parametrize("text", [
    "delete the stale branch, then push the fix",
    "la la land is the name of the staging bucket, empty it",
    "die tests pass now, merge #12",
    "use the de-DE locale and push it",
    "run the migration on staging, not prod",
])
def test_english_is_read_as_it_is(text: str) -> None:
    assert gloss(text) == text


@pytest.mark.parametrize(("text", "reads"), [
    # word order: the negation goes before its verb, whatever the language puts first
    ("Staging NICHT anfassen, da testet gerade das QA-Team.", "don't touch"),
    ("main не трогай", "don't touch main"),
    ("其他前缀别动", "don't touch"),
    # a compound splits into its words; a separable verb is joined to its particle
    ("setz bitte nur meine lokale DB zurück", "reset"),
    ("zet sslVerify uit, maar alleen voor die host", "disable sslverify"),
    # a condition closing its clause opens it; the user keeping an act for themselves
    ("CI が通ったら #482 をマージしておいて", "once ci pass"),
    ("yayınlamayı ben yaparım", "i'll publish it myself"),
    # a negation with no verb beside it opens its clause: "not to main"
    ("haz commit y push de la rama, pero a main no", "but not a main"),
])
def test_word_order_is_put_in_english_order(text: str, reads: str) -> None:
    assert reads in gloss(text).lower()


def test_a_word_inside_a_longer_word_is_not_that_word() -> None:
    # 错别字 (typo) holds 别 (don't); 很多 is no negation
    assert "don't" not in gloss("开一个子代理去把 docs/ 下的错别字修一下")


def test_no_gloss_is_written_twice_in_a_language() -> None:
    # a repeated key in a literal table silently drops the first one's forms
    import ast
    from pathlib import Path

    import automode.judge.intent as pkg

    for path in Path(pkg.__file__).parent.glob("lang_words*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Dict):
                keys = [k.value for k in node.keys if isinstance(k, ast.Constant)]
                assert len(keys) == len(set(keys)), (path.name, node.lineno)


@pytest.mark.parametrize("text", ["passt. commit, aber noch nicht pushen", "commit, mais ne push pas encore",
                                  "haz commit pero no hagas push todavía"])
def test_not_yet_beside_a_verb_is_a_prohibition_of_that_act(text: str) -> None:
    assert bash("git commit -am 'fix typo'", text).verdict == "allow"
    assert bash(PUSH, text).verdict == "deny", gloss(text)


@pytest.mark.parametrize(("text", "kept"), [
    ("escreve o script de migração, mas eu mesmo rodo em produção amanhã", "i'll run it myself"),
    ("подготовь команду для удаления старых снапшотов, я запущу её сам", "i'll run it myself"),
])
def test_i_will_do_it_myself_keeps_the_act(text: str, kept: str) -> None:
    assert kept in gloss(text)
