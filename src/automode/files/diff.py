"""What an edit removes against what it adds: the helpers every weakening check uses (`weaken`, `appsec`).

A construct *added* is one that occurs more often in the new text than in the old; *removed*, the reverse. For a
Write whose previous content is unknown the old text is empty: checks about removing something stay silent then.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.dc import dataclass
from automode.linecut import lines_with
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.files import WriteView

@dataclass(frozen=True, slots=True)
class Weakening:
    check: str  # the check's name (= the rule that reports it)
    what: str  # what was weakened, in plain words (the target the judge matches against the user's words)
    detail: str  # the construct, quoted from the edit


def _count(rx: re.Pattern[str], text: str) -> int:
    return len(rx.findall(text)) if text else 0


BIG = 4000  # above this many characters, line-local patterns read only the lines holding one of their words


def added(rx: re.Pattern[str], w: WriteView, words: tuple[str, ...] = ()) -> re.Match[str] | None:
    """The first match in the new text when the new text has more matches than the old. `words`: the pattern is
    line-local and every match holds one of them, so a large text is first cut to the lines that do."""
    if words and len(w.new) + len(w.old) > BIG:
        from automode.dc import replace

        w = replace(w, new=lines_with(w.new, words), old=lines_with(w.old, words))
    m = rx.search(w.new)
    if m is None or _count(rx, w.new) <= _count(rx, w.old):
        return None
    return m


def removed(rx: re.Pattern[str], w: WriteView) -> re.Match[str] | None:
    """The first match in the old text when the new text has fewer, comment lines left out: a check commented out
    (`# protect_from_forgery`, `// if (!req.user) return res.sendStatus(401)`) is a check removed."""
    if not w.old:
        return None
    m = rx.search(w.old)
    if m is None:
        return None
    old, new = live(w.old), live(w.new)
    if _count(rx, old) <= _count(rx, new):
        return None
    return rx.search(old) or m


#: A comment line in any of the formats (`#`, `//`, `-- ` in SQL and Lua, `;` in INI and Lisp, `%` in Erlang). A flag
#: on a continuation line (`  --insecure \`) is no comment.
_COMMENT_RX = r"^\s*(?:#(?![!\[{])|//|--(?:\s|$)|;|/\*|\*(?!\*)|<!--|%(?!\w))"
_COMMENT = lazyre.compile(_COMMENT_RX)
_ANY_COMMENT = lazyre.compile(_COMMENT_RX, re.M)
_XML_COMMENT = lazyre.compile(r"<!--.*?-->", re.S)


def live(text: str) -> str:
    """The text without its comment lines (and XML comments): a line commented out is a line removed."""
    if "<!--" in text:
        text = _XML_COMMENT.sub("", text)
    if not _ANY_COMMENT.search(text):
        return text
    return "\n".join(ln for ln in text.splitlines() if not _COMMENT.match(ln))


def _q(m: re.Match[str]) -> str:
    return " ".join(m.group(0).split())[:80]


def _rel(w: WriteView, root: str) -> str:
    r = root.rstrip("/") + "/"
    return w.path[len(r):] if w.path.startswith(r) else w.path


#: Where tests live, in every ecosystem: test directories (`tests/`, `spec/`, Swift's `Tests/`, .NET's `App.Tests/`,
#: Gradle's `src/test/`, `src/jvmTest/`), test file names (`test_x.py`, `x_test.go`, `x.test.ts`, `XTest.java`,
#: `XSpec.scala`, `x_SUITE.erl`, `x_tests.erl`, Pester's `X.Tests.ps1`), and files that are tests by their kind (Perl
#: `.t`, Bats, Robot, Gherkin `.feature`).
TEST_PATH = lazyre.compile(r"(^|/)(tests?|spec|specs|__tests__|testing|e2e|cypress|playwright|Tests|[\w.-]+\.(?:Tests?|Specs?|UnitTests|IntegrationTests))/|"
                       r"(^|/)test_[^/]+$|_test\.\w+$|_spec\.rb$|\.(test|spec|e2e|cy)\.[cm]?[jt]sx?$|"
                       r"Tests?\.(java|kt|cs|fs|vb|swift|php|scala|groovy|dart|m|mm)$|(?:Spec|Suite)\.(scala|kt|groovy|hs|swift)$|"
                       r"_(?:SUITE|tests)\.erl$|/src/\w*[tT]est/|/conftest\.py$|\.rs$|\.t$|\.bats$|\.robot$|\.feature$|\.Tests\.ps1$")  # fmt: skip


def first_line(rx: re.Pattern[str], text: str) -> str:
    """The line of `text` where `rx` first matches, whitespace folded and cut to 80 characters (quoted in reasons)."""
    m = rx.search(text)
    if m is None:
        return ""
    lo = text.rfind("\n", 0, m.start()) + 1
    hi = text.find("\n", m.end())
    return " ".join(text[lo:hi if hi >= 0 else len(text)].split())[:80]
