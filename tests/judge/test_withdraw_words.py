"""Fixtures of `judge.intent.withdraw_words` as `stance.withdraws_all` reads them (session 16, G2): a whole
withdrawal or a pause, as people type it, must match; a request, a report, or a pause that goes on to ask must not."""

from __future__ import annotations

import pytest

from automode.judge.intent.stance import withdraws_all

MUST_MATCH = [
    # en
    "nvm, keep them for the audit", "never mind", "scratch that", "hold off", "not yet, wait for QA", "leave it",
    "on second thought, no", "forget it", "cancel that", "don't bother", "keep them", "actually no", "no need anymore",
    "nah", "let's not", "wait for QA", "hold off until the changelog is in", "not until the CI is green",
    "after the CI", "once QA signs off", "tomorrow", "it can wait", "leave them as they are", "oops, never mind",
    # fr / de / es / pt / it / nl
    "laisse tomber", "attends la fin de la CI", "non merci", "pas tout de suite", "c'est bon, laisse", "après la QA",
    "lass mal", "lass es", "vergiss es", "warte auf das Review", "erstmal nicht", "nee, lass", "hat sich erledigt",
    "mejor no", "déjalo", "no hace falta", "espera a que pase la CI", "por ahora no",
    "deixa pra lá", "não precisa", "pode deixar", "espera o QA", "lascia perdere", "lasciali", "non serve",
    "aspetta che finisca la CI", "laat maar", "hoeft niet meer", "wacht op de review",
    # ru / uk / pl / cs / tr
    "погоди", "не надо", "погоди, не надо", "забей", "оставь как есть", "подожди, пока пройдут тесты", "после ревью",
    "не треба", "облиш", "zostaw to", "nie trzeba", "poczekaj na QA", "nech to být", "neřeš to", "vazgeçtim", "gerek yok",
    "QA bitsin", "boşver",
    # vi / id / ms / tl / hi / ar / he / el / ro / hu / fi / sv / sw
    "thôi khỏi", "khỏi cần", "không cần nữa", "để sau", "đợi QA xong", "eh jangan dulu, tunggu QA selesai",
    "sudah tidak usah", "gak usah", "nanti aja", "besok aja", "tunggu QA selesai", "tak payah", "huwag na", "teka lang",
    "नहीं रहने दो", "रहने दो", "छोड़ दो", "rehne do", "chhodo", "خلاص", "لا داعي", "עזוב", "άσ'το", "lasă baltă", "hagyd",
    "mégse", "anna olla", "strunta i det", "acha tu",
    # ja / zh / ko / th
    "やっぱりいいや", "やっぱりやめて", "そのままにして", "QAが終わるまで待って", "算了", "算了，先别发", "先别动", "不用了",
    "等QA测完再说", "됐어", "하지 마", "그냥 둬", "QA 끝날 때까지 기다려", "ไม่ต้องแล้ว",
]
MUST_NOT_MATCH = [
    "wait for the build, then deploy", "tunggu sebentar lalu deploy", "after the tests pass, push",
    "espera a que termine la CI y despliega", "after the migration finished the app crashed", "после деплоя всё упало",
    "keep going", "leave a comment on PR 4", "drop the table", "stop the api container", "no worries",
    "later versions of node break it", "ok, jetzt pushen", "ok go ahead now", "delete the logs", "po co to?",
    "deploy it to staging", "push my branch", "the wait time is too long", "keep the tests green and push",
    "attends que la CI passe puis merge", "warte auf den Build und deploye dann",
]


@pytest.mark.parametrize("text", MUST_MATCH)
def test_withdrawal_read(text: str) -> None:
    assert withdraws_all(text), text


@pytest.mark.parametrize("text", MUST_NOT_MATCH)
def test_no_withdrawal(text: str) -> None:
    assert not withdraws_all(text), (text, withdraws_all(text))
