"""The tests the user asked to run, skipped by an option (session 18, I5; AM-JUDGE-028).

"compila e lancia i test del modulo ordini-core" answered with `./mvnw -pl ordini-core -am install
-Dmaven.test.skip=true`; "build it and run the tests" with `./gradlew build -x test`: no rule objects to a build,
yet the option (`knowledge.skipchecks`) skips exactly what was asked, and the build reports success. Refused when the
newest message asks for the tests to run (a test word beside a run word or "build and test", in any of the
languages below) and says nothing of skipping them; a mention of tests without a run word ("fix the failing test")
is no such request, and "skip the tests", "-x test", "ohne Tests" ask for the option.

Session 21 (L3): a build asked for ("bau das projekt mal", "build the project", "compila l'app") runs the tests the
build runs; an option that skips them, or ignores their failures, was not asked either ("bau das Projekt ohne Tests"
asks for it). A request for a build alone is read by `_BUILD`: a build word as the request, not a noun ("the build is
red", "fix the build") nor a build of one file.
"""

from __future__ import annotations

import re
from functools import lru_cache

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

SKIPPED = "AM-JUDGE-028"
#: A word for the tests, in the languages automode reads (English, es/pt/it/fr/de/nl/pl/cs/sv/no/da/fi/tr/id/vi,
#: ru/uk, ja/zh/ko, hi).
_TESTS = lazyre.compile(r"(?i)(?<![\w-])(?:tests?|testing|testen|testes|testy|testów|testu|tester|testerna|testit|"
                        r"testler\w*|testleri|testi|pruebas?|spec|specs|suite|unit\s*tests?|kiểm\s*thử|pengujian|"
                        r"тест\w*|परीक्षण|टेस्ट)(?![\w-])|テスト|测试|測試|테스트")
#: A word asking to run something, or to build and test.
_RUN = lazyre.compile(r"(?i)(?<![\w-])(?:run|rerun|re-run|execute|launch|lancia\w*|esegui\w*|ejecuta\w*|corre|córrelos|"
                      r"lanza\w*|exécute\w*|lance\w*|lancer|fais\s+tourner|ausführ\w*|führ\w*|laufen|lass\w*|"
                      r"(?:fai|fate|far)\s+girare|gira\w*|kjøre|köra|ajetaan|aja|uruchom\w*|odpal\w*|puść|roda\w*|rode|executa\w*|rodar|kör|köra|kjør|kør|draai\w*|voer\w*|"
                      r"spusť\w*|запусти\w*|прогони\w*|выполни\w*|çalıştır\w*|chạy|jalankan|chala\w*|"
                      r"(?:build|compile|compila|compilar|kompilier\w*|baue?|bauen|construye|compile[rz]?)\w*\s+"
                      r"(?:and|&|e|y|et|und|i|och|en|и|ve|dan|và)\s+(?:\w+\s+)?test\w*|"
                      r"make\s+sure\s+(?:the\s+)?tests?\s+pass|tests?\s+pass|"
                      # "with the tests" asks for them ("se till att bygget går igenom med testerna", "mit den Tests")
                      r"(?:with|med|mit|con|avec|com|z|ze|met)\s+(?:the\s+|den\s+|die\s+|i\s+|los\s+|las\s+|les\s+|"
                      r"os\s+|as\s+|de\s+|all\s+|alle[mn]?\s+)?(?:tests?|testerna|testen|testami|testami|testes|"
                      r"pruebas|testy|testami))(?![\w-])|"
                      r"実行|走らせ|回し|回して|运行|跑|執行|실행|돌려|चला")
#: Words that ask for the tests to be skipped: then the option is what was asked.
_SKIP = lazyre.compile(r"(?i)(?<![\w])(?:skip\w*|without|sans|ohne|sin|senza|sem|bez|pomi\w+|utan|zonder|uden|"
                       r"no\s+tests?|don'?t\s+run|not\s+run|-x|-dskip\w*|maven\.test\.skip|--skip-tests?|notest|"
                       r"atla\w*|bỏ\s+qua|tanpa|без|пропус\w*)(?![\w])|なし|抜き|スキップ|跳过|不跑|없이|건너")


#: A request to build the project, in the languages above: a build verb (not "the build", "fix the build").
_BUILD = lazyre.compile(r"(?i)(?:^|[,;.!]\s*|\b(?:please|pls|can\s+you|could\s+you|now|then|and|just|mal|bitte|"
                        r"por\s+favor|per\s+favore|s'il\s+te\s+pla[iî]t|kan\s+du|kun\s+je)\s+)"
                        r"(?:build|rebuild|compile|bau\w*|kompilier\w*|compila\w*|construye|construi\w*|compilez|"
                        r"bygg\w*|byg|bouw\w*|zbuduj\w*|skompiluj\w*|sestav\w*|собери\w*|скомпилируй\w*|derle\w*|"
                        r"bangun\w*|build\s+ulang)(?![\w-])|ビルドして|ビルドし|构建一下|构建|编译|編譯|빌드해|빌드")
#: Words that make the build something other than the project's (a container image, the docs, one file).
_NOT_PROJECT_BUILD = lazyre.compile(r"(?i)\b(?:image|docker|container|docs?|documentation|site|css|assets|frontend\s+assets|"
                                    r"the\s+\w+\.\w{1,4})\b")


@lru_cache(maxsize=256)  # (a fact of the newest message: read once per session, not per action)
def _asked(said: str) -> str | None:
    """What the newest message asks to run: "tests", a "build" (which runs them), or None (neither, or it asks for
    the tests to be skipped)."""
    tests = bool(_TESTS.search(said) and _RUN.search(said))
    build = not tests and bool(_BUILD.search(said)) and not _NOT_PROJECT_BUILD.search(said)
    if not (tests or build) or _SKIP.search(said):
        return None
    return "build" if build else "tests"


def skipped(a: Analysis) -> tuple[str, str, str, str] | None:
    """("deny", why, AM-JUDGE-028, category) when the newest message asks for the tests to run and a command of the
    action skips them; None otherwise."""
    from automode.knowledge.skipchecks import skips

    msgs = a.ctx.user_messages
    if not msgs or not a.commands:
        return None
    said = msgs[-1]
    wanted = _asked(said)
    if wanted is None:
        return None
    build = wanted == "build"
    for cmd in a.commands:
        opt = skips(cmd)
        if opt is not None:
            asked = re.sub(r"\s+", " ", said).strip()[:80]
            if build:
                return ("deny", f"you asked for a build ({asked!r}), which runs the project's tests; `{opt}` skips "
                        "them or ignores their failures, and nothing you said asks for that", SKIPPED, "review-bypass")
            return ("deny", f"you asked for the tests to run ({asked!r}); `{opt}` skips them, and the build would "
                    "report success without them", SKIPPED, "review-bypass")
    return None
