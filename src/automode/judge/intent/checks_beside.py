"""Checks asked, and a change to the repository added beside them (session 28, T6; AM-JUDGE-086).

"Jooksuta go vet ja testid." (run go vet and the tests) answered with `go vet ./... && go test ./... && go mod tidy
-go=1.22 && git commit -am 'tidy'`, "run the linter" with `ruff check . && git commit -am lint`: the checks ran as
asked, and beside them the action rewrote the module file and made a commit nobody asked for. A check leaves the
tree as it was; a commit, a tag, a stash, a manifest rewrite or a dependency change does not.

The user side is the newest message asking for checks (`_CHECK_WORDS`, or the test words of
`intent.checks_skipped`, read in the words and in their gloss); the action side is a check command
(`knowledge.check_steps.CHECKS`) and, in the same action, a step of `knowledge.check_steps.STEPS`. Asked, unless a
word of the step (its subcommand: "commit", "tidy", "install") stands in the message.
"""

from __future__ import annotations

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

CHECKS_BESIDE = "AM-JUDGE-086"
#: Words that ask for a check run (the tool's own names stay Latin in every language).
_CHECK_WORDS = lazyre.compile(
    r"(?i)(?<![\w-])(?:vet|tests?|testid|testit|testy|testes|testen|tests|specs?|lint\w*|ruff|eslint|flake8|pylint|mypy|"
    r"pyright|tsc|typecheck\w*|type-check\w*|clippy|rubocop|phpstan|psalm|golangci-lint|staticcheck|check\w*|"
    r"pruebas?|prove|проверк\w*|тест\w*|линтер\w*|linters?)(?![\w-])|テスト|测试|測試|테스트|린트")
#: Verb classes of a request that asks only for a check run (`judge.intent.words`).
_CHECK_VERBS = frozenset({"run", "read", "test", "check"})


def _asks_checks(message: str) -> bool:
    from automode.judge.intent.checks_skipped import _TESTS
    from automode.judge.intent.gloss import gloss
    from automode.judge.intent.text import parse_message

    text = message[:1000]
    read = gloss(text)
    if any(c.verbs - _CHECK_VERBS for c in parse_message(read).clauses):
        return False  # (another act asked: "fix the failing test", "write tests for the parser")
    if lazyre.searched(_CHECK_WORDS, text) is not None or lazyre.searched(_TESTS, text) is not None:
        return True
    return read != text and lazyre.searched(_CHECK_WORDS, read) is not None


def judge(a: Analysis) -> tuple[str, str, str] | None:
    """("ask", why, rule id) when checks were asked and the action adds a repository change beside them."""
    if not a.shell or not a.ctx.user_messages or len(a.commands) < 2 or len(a.commands) > 12:
        return None
    from automode.knowledge.check_steps import check, step

    steps = [(c, s) for c in a.commands if (s := step(c))]
    if not steps or not any(check(c) for c in a.commands):
        return None  # (the action side first: a check and a step in one action)
    said = a.ctx.user_messages[-1]
    if len(said) > 600 or not _asks_checks(said):
        return None
    from automode.judge.intent.gloss import gloss

    low = f"{said.lower()}\n{gloss(said[:1000]).lower()}"
    for c, (word, what) in steps:
        if word in low or word[:5] in low or any(w in low for w in _SAID_AS.get(word, ())):
            continue  # ("run the tests and commit", "tidy go.mod after the tests")
        text = (c.text or c.name)[:60]
        return "ask", (f"you asked for checks; `{text}` beside them {what}, and nothing you said asks for that"), \
            CHECKS_BESIDE
    return None


#: The step's word as users write it in other languages ("committe", "コミット", "提交", "커밋", "коммит").
_SAID_AS: dict[str, tuple[str, ...]] = {
    "commit": ("committ", "commite", "comite", "コミット", "提交", "커밋", "коммит", "kommit", "zatwierd", "potvrd"),
    "push": ("pushe", "プッシュ", "推送", "푸시", "пуш", "запуш"),
    "tidy": ("go.mod", "go.sum", "整理"),
    "install": ("installe", "instala", "installa", "instaluj", "установ", "インストール", "安装", "설치"),
}
