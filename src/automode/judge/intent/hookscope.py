"""Hooks skipped beyond the ones the user named (review bypass, session 9).

"Skip only the sqlfluff hook" releases `SKIP=sqlfluff-lint`, not `SKIP=sqlfluff-lint,dbt-parse,check-yaml` and not
`--no-verify` (every hook): a skip is released for the hooks the request names. Two facts of the action, from the
hook managers' table (`knowledge.review`): which hooks it names (`SKIP=`, `LEFTHOOK_EXCLUDE=` ids), or that it turns
every hook off (`--no-verify`, `HUSKY=0`, `LEFTHOOK=0`, `OVERCOMMIT_DISABLE=1`, an uninstall, `core.hooksPath`).
The judge gets back the values the request must also have said (`Target.introduced`): each named hook the request
does not name, and, for a skip of every hook where the request limits itself to some ("only", "just", "that
hook"), a marker no request contains.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from automode import lazyre

if TYPE_CHECKING:
    from automode.analysis import Analysis

#: Parts of hook ids that say what kind of check, not which (`sqlfluff-lint`, `check-yaml`, `ruff-format`).
GENERIC_PARTS = frozenset({"lint", "linter", "check", "checks", "fix", "fixer", "format", "formatter", "hook", "hooks",
                           "pre", "commit", "push", "run", "test", "tests", "end", "of", "file", "files", "the", "a"})  # fmt: skip
#: A request that limits the skip to one hook by name: "skip only commitlint", "only the sqlfluff hook", "just that
#: hook", "the X hook only". "Just skip the hooks" (plural) limits nothing.
LIMITED = lazyre.compile(r"(?i)\bskip\s+(?:only|just)\b|\b(?:only|just)\s+(?:skip\s+)?(?:the\s+)?([\w.-]+)\s+hook\b(?!s)|"
                         r"\b(?:that|this|one|single)\s+hook\b(?!s)|\bhook\s+only\b")
#: Words before "hook" that say which kind of git hook, not which check: "just the pre-commit hook" is every check.
HOOK_KINDS = frozenset({"pre-commit", "precommit", "pre-push", "commit-msg", "git", "husky", "lefthook", "the", "a", "my"})
#: What the judge compares with the request when every hook is off and the request named some: no request says it.
EVERY_HOOK = "(every hook of the repository)"
_WORD = lazyre.compile(r"[a-z0-9]+")


def _named(hook: str, text: str) -> bool:
    """The request names `hook` (`sqlfluff-lint`) by its id or by a part that says which check it is (`sqlfluff`)."""
    h = hook.lower()
    if h in text:
        return True
    words = set(_WORD.findall(text))
    return any(p in words for p in _WORD.findall(h) if p not in GENERIC_PARTS and len(p) >= 3)


def beyond_request(a: Analysis, text: str) -> tuple[str, ...]:
    """The hooks this action skips that the request (lower-cased `text`) did not ask to skip."""
    from automode.knowledge import review
    from automode.rules.git import _flags, git_argv
    from automode.rules.review import _exported

    named: list[str] = []
    every = False
    for cmd in a.commands:
        if review.uninstalls_hooks(cmd.name, cmd.args):
            every = True
            continue
        g = git_argv(cmd)
        if g is None:
            continue
        for k, v in [*cmd.assigns, *_exported(a)]:
            off = review.hooks_off(k, v.value)
            if off is not None and off.scope == "named":
                named += [h.strip() for h in v.value.split(",") if h.strip()]
            elif off is not None:
                every = True
        if "--no-verify" in g.args or (g.sub == "commit" and "-n" in _flags(g.args, "commit")):
            every = True
        if "core.hookspath" in g.config or any(x.lower() == "core.hookspath" for x in g.args):
            every = True
    out = [h for h in named if not _named(h, text)]
    if every and any(m.group(1) is None or m.group(1).lower() not in HOOK_KINDS for m in LIMITED.finditer(text)):
        out.append(EVERY_HOOK)
    return tuple(dict.fromkeys(out))
