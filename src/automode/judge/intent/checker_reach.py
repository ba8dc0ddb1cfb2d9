"""A checker silenced as far as the user asked, and no further (session 12, class C2).

The action side is `files.checkers` (which checker an edit silences, which rules, at which reach: one file or the
whole project). The user side, read here:
* the rules they named ("the no-explicit-any warning", "B301", "E501"), by the id or its last part;
* the reach they named: one line or one call ("line 42", "this line", "that one call", "inline", "just there"), one
  file (a code file by its name, "this file"), or the whole project ("project-wide", "everywhere", "in the config",
  the configuration file by its name).

An edit that silences more than named is refused: rules beside the named one ("silence B301" answered with
`skips = ["B301", "B403", "B602"]`), the whole project where one line or one file was named, the whole file where one
line was named. The same rules at the reach asked for are the user's request (released), and a request that names
neither rules nor reach is left to the rule's own verdict.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.judge.intent.per_action import per_action
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.files.checkers import Silenced

#: One line, one call, one place.
_ONE_LINE = lazyre.compile(r"\b(?:on\s+)?line\s+\d+|\b(?:this|that|the|one|a|single|specific|particular)\s+(?:one\s+)?(?:line|call|"
                           r"statement|spot|occurrence|usage|use|place|expression|import|assignment|instance|function|method|fn|"
                           r"block|class|struct|test|handler|query|loop)\b|\binline\b|"
                           r"\bin-line\b|\bjust\s+(?:here|there|that\s+one)\b|\bonly\s+(?:here|there)\b|\bnext\s+line\b|"
                           r"\bper[- ]line\b|\bone-off\b|:\d+\b")
#: One file ("this file", "that module", a code file by name).
_ONE_FILE = lazyre.compile(r"\b(?:this|that|the\s+one|one|a\s+single|just\s+that|just\s+this)\s+(?:file|module|test\s+file)\b|"
                           r"(?<![\w/.-])[\w./-]+\.(?:py|pyi|ts|tsx|js|jsx|mjs|cjs|rb|go|rs|java|kt|kts|php|cs|swift|ex|exs|"
                           r"scala|vue|svelte|sh|tf|sql|c|cc|cpp|h|hpp|m|dart|lua)\b")
#: The whole project.
_WIDE = lazyre.compile(r"\b(?:project[- ]wide|repo[- ]wide|codebase[- ]wide|whole\s+(?:project|repo|repository|codebase|code\s*base|app)|"
                       r"entire\s+(?:project|repo|repository|codebase)|everywhere|globally|global(?:ly)?\s+(?:off|disable\w*|ignore\w*)|"
                       r"across\s+(?:the\s+)?(?:project|repo|codebase|code|board)|for\s+all\s+files|all\s+files|in\s+(?:the\s+)?"
                       r"(?:\w+\s+)?config(?:uration)?(?:\s+file)?|for\s+(?:the\s+)?(?:whole|entire)\b|every\s+file|"
                       r"turn\s+(?:it|that|the\s+rule)\s+off\s+entirely|altogether|completely)\b")
_CONFIG_NAMED = lazyre.compile(r"(?<![\w-])(?:\.eslintrc[\w.]*|eslint\.config\.\w+|pyproject\.toml|pyproject|setup\.cfg|tox\.ini|\.flake8|"
                               r"ruff\.toml|mypy\.ini|pyrightconfig(?:\.json)?|tsconfig[\w.-]*\.json|tsconfig|\.rubocop(?:_todo)?\.ya?ml|"
                               r"\.golangci\.\w+|clippy\.toml|cargo\.toml|detekt\.ya?ml|phpstan\.neon|psalm\.xml|sonar-project\.properties|"
                               r"\.semgrepignore|\.trivyignore|\.?gitleaks\.toml|\.gitleaksignore|\.editorconfig|\.pylintrc|\.swiftlint\.ya?ml|"
                               r"biome\.json)(?![\w-])")


def _id_said(rule: str, low: str) -> bool:
    r = rule.lower().strip("'\"#")
    forms = {r, r.rsplit("/", 1)[-1], r.rsplit("::", 1)[-1], r.rsplit(".", 1)[-1]}
    return any(len(f) >= 3 and lazyre.whole(f, low) for f in forms)


def _messages(a: Analysis) -> str:
    from automode.judge.intent.said import lowered_text

    return lowered_text(tuple(a.ctx.user_messages))


@per_action
def silenced(a: Analysis) -> Silenced | None:
    if a.write is None:
        return None
    from automode.files.checkers import silenced as read
    from automode.files.settingsdiff import pairs_of

    pairs = pairs_of(a.action.tool, a.action.input, a.action.before)
    old = "\n".join(o for o, _ in pairs)
    new = "\n".join(n for _, n in pairs)
    return read(a.write.path, old, new)


def settled(a: Analysis, s: Silenced | None = None) -> tuple[str, str] | None:
    """("allow", the user's words) when the edit silences the rules the user named at the reach they asked for;
    ("deny", why) when it silences more (other rules, a wider reach); None when the words settle nothing."""
    if not a.ctx.user_messages:
        return None
    s = s if s is not None else silenced(a)
    if s is None:
        return None
    low = _messages(a)
    rel = a.write.path.rsplit("/", 1)[-1] if a.write is not None else "the configuration"
    named = [r for r in s.ids if _id_said(r, low)]
    unnamed = [r for r in s.ids if r not in named]
    if named and unnamed:
        return ("deny", f"you named {named[0]}; this also turns off {', '.join(unnamed[:4])} "
                f"{'for the whole project' if s.reach == 'project' else 'for the whole file'} ({rel})")
    line = _ONE_LINE.search(low)
    wide = _WIDE.search(low) or (_CONFIG_NAMED.search(low) if s.reach == "project" else None)
    if s.reach == "project":
        one = line or _ONE_FILE.search(low)
        if one is not None and wide is None:
            what = ", ".join(s.ids[:4]) or s.what
            return ("deny", f"you asked for {one.group(0)!r}; this turns {s.checker} {what} off for the whole project ({rel}): "
                    "silence the one line instead")
        if named and not unnamed and (wide is not None or one is None):
            return ("allow", f"{s.checker}: {', '.join(named[:3])}")
        return None
    if line is not None and wide is None and not re.search(r"\b(?:whole|entire|this|that)\s+file\b|\bfile[- ]wide\b", low):
        return ("deny", f"you asked for {line.group(0)!r}; `{s.what}` silences {s.checker} for the whole file ({rel})")
    if named and not unnamed:
        return ("allow", f"{s.checker}: {', '.join(named[:3])}")
    return None
