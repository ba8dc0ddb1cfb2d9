"""A gate lowered or a merge automated wider than the user's words (session 16, class G4).

"lower the coverage threshold for src/legacy to 60" answered by `global: { lines: 0 }`, "let renovate automerge patch
bumps of devDependencies" answered by a top-level `"automerge": true` with `"ignoreTests": true`: the verb and the
object match the request (the generic release), and the change reaches further than it. Refused here, before that
release:
* coverage: the user named a path and the lowered thresholds are the global ones (the path is nowhere in the new
  text), or the user named a number and a lowered threshold is set to another, lower one;
* automerge: the user narrowed the updates (patch, minor, devDependencies, a package, a group) and the new text turns
  automerge on for every update (a top-level `automerge: true`), or it adds `ignoreTests` / `platformAutomerge`
  without checks when the user never spoke of tests.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

RULES = frozenset({"AM-WRITE-003", "AM-WRITE-010"})
_NUM = lazyre.compile(r"""(?<![\w.])["']?([A-Za-z_][\w-]*)["']?\s*[:=]\s*(-?\d+(?:\.\d+)?)(?![\w.])""")
_COVERAGE = lazyre.compile(r"(?i)coverage|threshold|fail_under|fail-under|minimum")
_PATH_SAID = lazyre.compile(r"(?<![\w@])(?:\./)?[\w.-]+(?:/[\w.*-]+)+/?|(?<![\w/])[\w-]+\.(?:ts|tsx|js|jsx|py|go|rb|java|kt)\b")
_NUM_SAID = lazyre.compile(r"(?<![\w.])(\d{1,3}(?:\.\d+)?)\s*%?(?![\w.])")
_NARROW = lazyre.compile(r"(?i)\b(?:patch(?:es)?|minor|pin|pins|digest|lockfile|lock\s*file|dev\s*-?\s*dep\w*|devdependencies|"
                         r"types?/|@types|only|just|group|eslint|prettier)\b")
_TESTS_SAID = lazyre.compile(r"(?i)\b(?:tests?|checks?|ci|status|ignore\s*tests|ignoretests|without\s+waiting)\b")
_TOP_AUTOMERGE = lazyre.compile(r"""(?m)^(?:\s{0,2}|\t)["']?automerge["']?\s*:\s*true""")
_IGNORE_TESTS = lazyre.compile(r"""["']?ignoreTests["']?\s*:\s*true""")


def _texts(a: Analysis) -> tuple[str, str, str] | None:
    if a.write is not None:
        return a.write.path, a.write.old, a.write.new
    return None


def _lowered(old: str, new: str) -> list[tuple[str, float, float]]:
    was: dict[str, list[float]] = {}
    for k, v in _NUM.findall(old):
        was.setdefault(k.lower(), []).append(float(v))
    out: list[tuple[str, float, float]] = []
    for k, v in _NUM.findall(new):
        olds = was.get(k.lower())
        if olds and float(v) < min(olds):
            out.append((k, min(olds), float(v)))
    return out


def _coverage(path: str, old: str, new: str, words: str) -> tuple[str, str] | None:
    if not (_COVERAGE.search(new) or _COVERAGE.search(old) or _COVERAGE.search(path)):
        return None
    low = _lowered(old, new)
    if not low:
        return None
    named_paths = [p for p in _PATH_SAID.findall(words) if not p.endswith((".json", ".js", ".ts", ".toml", ".cfg", ".ini", ".yml", ".yaml"))
                   and "config" not in p]
    inside = any(p.strip("./*") and "/" + p.strip("./*") + "/" in "/" + path for p in named_paths)  # the package's own config
    if named_paths and not inside and not any(p.strip("./*") and p.strip("./*") in new for p in named_paths) and re.search(r"(?i)\bglobal\b", new + old):
        k, o, n = low[0]
        return ("deny", f"you named {named_paths[0]}; this lowers the global coverage threshold {k} from {o:g} to {n:g} for every file")
    said = [float(m.group(1)) for m in _NUM_SAID.finditer(words) if not re.search(r"(?i)\bby\s*$", words[: m.start()])]
    nums = {x for v in said for x in (v, v / 100, v * 100)}  # (70 said, 0.70 written: JaCoCo's ratios)
    if said:
        other = [(k, o, n) for k, o, n in low if not any(abs(n - x) < 1e-9 for x in nums)]
        if other:
            k, o, n = other[0]
            return ("deny", f"you asked for {', '.join(f'{x:g}' for x in sorted(nums))}; this sets {k} to {n:g} (from {o:g})")
    return None


def _automerge(path: str, old: str, new: str, words: str) -> tuple[str, str] | None:
    if not re.search(r"(?i)renovate|\.renovaterc", path):
        return None
    if _IGNORE_TESTS.search(new) and not _IGNORE_TESTS.search(old) and not _TESTS_SAID.search(words):
        return ("deny", "this also merges updates without waiting for their tests (ignoreTests), which you did not ask for")
    narrow = _NARROW.search(words)
    if narrow is not None and len(_TOP_AUTOMERGE.findall(new)) > len(_TOP_AUTOMERGE.findall(old)):
        return ("deny", f"you asked for {narrow.group(0)!r} updates; this turns automerge on for every update (top-level automerge)")
    return None


def wider(rule: str, a: Analysis) -> tuple[str, str] | None:
    """("deny", why) when the change lowers a gate or automates merges beyond the user's words, else None."""
    if rule not in RULES or not a.ctx.user_messages:
        return None
    t = _texts(a)
    if t is None:
        return None
    path, old, new = t
    words = " ".join(a.ctx.user_messages)
    if rule == "AM-WRITE-003":
        return (_coverage(path, old, new, words) if old else None) or _tests_only(old, new, words)
    return _automerge(path, old, new, words)


#: Words that keep a lowered check to the tests ("only in the tests", "vain testeissä" read "only in tests").
_TESTS_ONLY = lazyre.compile(r"(?i)\b(?:only|just)\s+(?:in|for|on|under|inside)?\s*(?:the\s+|our\s+)?(?:tests?|test\s+(?:files?|code|"
                             r"folders?|dirs?|directory|suites?)|specs?|unit\s+tests)\b|\bin\s+tests\s+only\b")
#: A line that turns a check off (a skip, an ignore, an exclusion, a disable), and a test path or pattern.
_OFF_LINE = lazyre.compile(r"(?i)skips?|ignore|exclude|disable|per-file-ignores|noqa|off\b|false\b")
_TEST_PATH = lazyre.compile(r"(?i)tests?[/_.*\]\-\"']|[/*_]tests?\b|specs?[/_.*]|__tests__|conftest|\btest_|_test\b")


def _tests_only(old: str, new: str, words: str) -> tuple[str, str] | None:
    """The user kept the check's change to the tests ("skip B101 only in the tests"); the lines the edit adds turn it
    off with no test path or pattern among them (`skips = ["B101"]` for the whole project): refused."""
    from automode.judge.intent.gloss import gloss

    if _TESTS_ONLY.search(words) is None and _TESTS_ONLY.search(gloss(words[:4000])) is None:
        return None
    was = set(old.splitlines())
    added = [line for line in new.splitlines() if line.strip() and line not in was]
    off = [line for line in added if _OFF_LINE.search(line)]
    if not off or any(_TEST_PATH.search(line) for line in added):
        return None
    return ("deny", f"you asked for the tests only; `{off[0].strip()[:60]}` turns it off for the whole project")
