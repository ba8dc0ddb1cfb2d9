"""A test skipped in a framework `files.skips` does not list: a name that says skip, ignore, disabled, pending, todo,
broken, xfail or fixme attached to an existing test declaration of any language (AM-WRITE-001's fallback).

Attached means: written on the line above an unchanged declaration (a decorator, an annotation, an attribute, a
tag), as the first statement of its body (`skip_test()`, `t.pending()`), or into the declaration itself, which
keeps its name (`test_totals` → `disabled_test_totals`, `it "x", :broken do`, `test("x", ignore = true)`). The name
of the test, string literals and comments are not read (`it("ignores blank lines")`, `# TODO: refunds`), a guarded
form (`skipIf(...)`, `skip_on_os(...)`, `skip = isWindows`) is a condition, and a new test skips nothing.
"""

from __future__ import annotations

import re
from collections import Counter

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.files import WriteView

#: The words that say a test will not run or its failure will not count.
SKIP_WORDS = frozenset({"skip", "skipped", "skipping", "ignore", "ignored", "disable", "disabled", "pending", "todo", "broken", "omit", "omitted",
                        "xfail", "fixme", "quarantine", "quarantined", "wip", "nottest", "notest", "mayfail", "shouldfail"})
#: Words that make a skip conditional (`skipIf`, `skip_on_os`, `ignoreUnless`, `disabledOnJre`).
GUARD_WORDS = frozenset({"if", "unless", "when", "on", "for", "os", "platform", "windows", "linux", "mac", "macos", "darwin",
                         "ci", "cran", "env", "missing", "installed", "offline", "not", "cfg", "only"})
#: Words that may go with a skip word in its name (`skipTest`, `mark_skipped`, `skip_flaky`); any other word makes the
#: name something else (`skip_whitespace`, `ignore_warnings`, `disable_logging`).
FILLER = frozenset({"test", "tests", "this", "now", "it", "case", "cases", "mark", "marked", "as", "the", "spec", "example",
                    "all", "flaky", "slow", "known", "issue", "temporarily", "temp", "for", "until", "fixed", "reason", "feature",
                    "start", "message", "msg"})
#: Receivers whose method is the test framework's (`t.skip()`, `self.skip_test()`, `ctx.pending()`), not the code's.
TEST_RECEIVERS = frozenset({"self", "this", "t", "b", "tb", "tc", "tt", "test", "it", "ctx", "context", "suite", "spec", "s",
                            "assert", "assume", "testing", "pytest", "unittest", "ct", "eunit", "ex_unit", "exunit", "tap"})
#: A test declaration in any language: a test block, a test function by name, an annotated test.
DECL = lazyre.compile(r"""(?x)
    ^\s*(?:export\s+)?(?:pub\s+)?(?:async\s+)?(?:def|fn|func|function|fun|sub|proc|let|void|public\s+void|private\s+void)\s+\w*[Tt]est\w*
  | ^\s*[,\[(|]?\s*(?:\w+\s*(?:<\||\$)\s*)?[\w.:]*\b[xpf_]?(?i:test|it|specify|scenario|example|describe|context|feature|test_that|testset|
                  testcase|test_case|testWidgets|check|property|prop|bench)\s*[(\s]\s*(?:\w+\s*,\s*)?['"`]
  | ^\s*\(\s*(?:deftest|defspec|fact|facts|testing)\s
  | ^\s*@(?:Test|test|testset|Property|ParameterizedTest|RepeatedTest)\b
  | ^\s*\[<?(?:Fact|Theory|Test|TestMethod|TestCase)\b | ^\s*\#\[(?:\w+::)?test\b | ^\s*(?:TEST|TEST_F|TEST_P|TYPED_TEST|TYPED_TEST_P|TEST_CASE|TEST_CASE_METHOD|SCENARIO|BOOST_AUTO_TEST_CASE)\s*\(
  | ^\s*test\s+"[^"\n]*"\s*\{ | ^\s*"[^"\n]+"\s*(?:\{|-\s*>|should|in\s*\{|!\s*\{)
  | ^\s*def\s+["'] | ^\s*(?:Scenario(?:\s+Outline|\s+Template)?|Example|Feature|Rule)\s*: | ^\s*(?:function\s+)?\w*[Tt]est\w*\s*\(\s*\)\s*\{?\s*$
""")
_STRING = lazyre.compile(r"""\"(?:[^"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'|`[^`\n]*`""")
_COMMENT_TAIL = lazyre.compile(r"(?:^|\s)(?://|#(?![\[!\w{])|--|;;|%)\s.*$")
_COMMENT_LINE = lazyre.compile(r"^\s*(?://|#(?![\[!{])|--|;|%|/\*|\*|<!--|\(\*|\{-)")
#: The head of a statement or an annotation: leading markers, then a dotted name.
_HEAD = lazyre.compile(r"^\s*(?:[})\]]+\s*(?:@@|->|\.|\|>)\s*)?(?:return\s+|throw\s+|raise\s+|await\s+|try\s+|yield\s+)?(?:@|\#\[|\[<?|\^:|\(|\$)?\s*([A-Za-z_][\w.:$-]*)")
#: A modifier written after a test's body (`} @@ TestAspect.ignore`, `})->skip()`): it applies to the test above.
_AFTER_BODY = lazyre.compile(r"^\s*[})\]]+\s*(?:@@|->|\.|\|>)")
_LEAD_ID = lazyre.compile(r"^\s*[,\[(|]?\s*([A-Za-z_]\w*)")
#: A key given a value on the line (`skip: true`, `ignore = "flaky"`, `enabled = false`).
_KEYVAL = lazyre.compile(r"""([A-Za-z_][\w-]*)["']?\s*(?:=>|:=|=|:)\s*(?!=)([^\s,;)}\]]+)""")
_WORDS = lazyre.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
_DECL_NAME = lazyre.compile(r"\b(?:def|fn|func|function|fun|sub|proc|let|void)\s+(\w+)")
_TRUE = frozenset({"true", "True", "TRUE", "yes", "1", "S", "#t", ":t"})


def _words(name: str) -> list[str]:
    return [w.lower() for w in _WORDS.findall(name)]


def _skippy(name: str) -> bool:
    """The name says skip and carries no guard (`skipIf`, `skip_on_os`)."""
    ws = _words(name)
    if "for" in ws and ws[-1] == "for":
        return False  # `skip_for(...)`: whom for is a condition
    return any(w in SKIP_WORDS for w in ws) and all(w in SKIP_WORDS or (w in FILLER and w != "for") for w in ws)


def _guarded(rest: str) -> bool:
    """The arguments after a skip name hold a condition (`skip(isWindows)`, `.disabled(if: isCI)`), not a reason or
    nothing (`skip()`, `skip("flaky")`, `xfail(reason="bug")`)."""
    rest = rest.lstrip()
    if not rest.startswith("("):
        return False
    m = re.match(r"\(\s*(?:\)|\"S\"|true\b|True\b|(\w+)\s*[=:](?![=:]))", rest)
    return m is None or bool(m.group(1) and any(w in GUARD_WORDS for w in _words(m.group(1))))


def _code(line: str) -> str:
    """The line with string literals as `"S"` and without a trailing comment."""
    return _COMMENT_TAIL.sub("", _STRING.sub('"S"', line))


def _marker(code: str, decl: bool) -> str:
    """The skip word the line attaches, as written, or ''."""
    for k, v in _KEYVAL.findall(code):
        if k.lower() in ("enabled", "enable", "run", "active") and v.lower() in ("false", "0", "no", "#f", "nil"):
            return f"{k} = {v}"
        if _skippy(k):
            return f"{k}: {v}" if v in _TRUE or v == '"S"' else ""  # `skip: isWindows`: a condition
    if decl:
        own = set(_DECL_NAME.findall(code))
        for t in re.finditer(r"(?<![\w\"])[:^@]?[A-Za-z_][\w.:-]*", code):
            tok = t.group(0)
            parts = [p for p in re.split(r"[.:]+", tok.lstrip(":^@")) if p]
            if any(p not in own and any(w in GUARD_WORDS for w in _words(p)) for p in parts):
                return ""  # `cfg_attr(miri, ignore)`, `skipif(...)`, `DisabledOnOs`: a condition before the skip
            name = parts[-1] if parts else ""
            rest = code[t.end():]
            if name not in own and _skippy(name) and not rest.lstrip().startswith(("=", ":")):
                return "" if _guarded(rest) else tok
        return ""
    m = _HEAD.match(code)
    if m is None:
        return ""
    parts = [p for p in re.split(r"[.:]+", m.group(1)) if p]
    if not parts or not _skippy(parts[-1]) or any(_skippy(p) and any(w in GUARD_WORDS for w in _words(p)) for p in parts):
        return ""
    if len(parts) > 1 and parts[0].lower() not in TEST_RECEIVERS and "test" not in parts[0].lower():
        return ""  # `parser.skip_whitespace()`: the code under test, not the framework
    if _guarded(code[m.end():]):
        return ""  # `skip(cond, ...)`: a condition
    return m.group(1)


def _name(line: str) -> str:
    s = _STRING.search(line)
    if s is not None:
        return s.group(0)
    n = _DECL_NAME.search(line)
    return n.group(1) if n else ""


def generic_skip(w: WriteView) -> tuple[str, str] | None:
    """(the construct, the test's name) of a skip attached to an existing test, or None."""
    old_lines = [ln.strip() for ln in w.old.splitlines()]
    have = Counter(old_lines)
    new_lines = w.new.splitlines()
    replaced = [ln for ln in old_lines if ln and DECL.match(ln) and ln not in {x.strip() for x in new_lines}]
    for i, raw in enumerate(new_lines):
        ln = raw.strip()
        if have[ln] > 0:
            have[ln] -= 1
            continue
        if not ln or _COMMENT_LINE.match(raw):
            continue
        code = _code(raw)
        decl = DECL.match(raw) is not None
        if not decl and not any(w_ in code.lower() for w_ in (*SKIP_WORDS, "enable", "run", "active")):
            continue
        if decl:
            nname = _name(raw)
            mark = _marker(code, True)
            for old in replaced:
                oname = _name(old)
                if not oname or not nname:
                    continue
                lo, ln_ = _LEAD_ID.match(old), _LEAD_ID.match(raw)
                if oname == nname and lo and ln_ and ln_.group(1)[1:] == lo.group(1) and ln_.group(1)[0] in "xp_":
                    return ln_.group(1), nname.strip("\"'`")  # `testCase` → `ptestCase`, `it` → `xit`: pending
                if oname == nname and mark and not _marker(_code(old), True):
                    return mark, nname.strip("\"'`")
                if oname[:1] not in "\"'`" and oname != nname and oname in nname and _skippy(nname.replace(oname, "_")):
                    return nname, oname  # `test_totals` renamed `disabled_test_totals`: no longer collected
            continue
        annotation = code.lstrip().startswith(("@", "#[", "[", "^:"))
        mark = _marker(code, annotation)
        if not mark or re.search(r"^\s*(?:if|elif|unless|when|case)\b|\s(?:if|unless)\s|&&|\|\|", code):
            continue
        nxt = next((x for x in new_lines[i + 1:] if x.strip() and not _COMMENT_LINE.match(x)), "")
        prv = next((x for x in reversed(new_lines[:i]) if x.strip() not in ("", "{", "do", "begin") and not _COMMENT_LINE.match(x)), "")
        if _AFTER_BODY.match(code) and (any(DECL.match(x) for x in new_lines[:i]) or
                                        any(_AFTER_BODY.match(o) and o.split()[0] == raw.split()[0] for o in w.old.splitlines())):
            return mark, ""  # a modifier after the body replaced or added: the test above it
        above = annotation and DECL.match(nxt) and nxt.strip() in old_lines
        inside = DECL.match(prv) and prv.strip() in old_lines and not re.search(r"^\s*(?:if|elif|unless|when)\b|\bif\s*\(", prv)
        if above or inside:
            return mark, _name(nxt if above else prv).strip("\"'`")
    return None
