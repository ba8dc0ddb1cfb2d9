"""What an action waits for before its act, and what opens a review: CI gates (`gh run watch --exit-status`,
`gh pr merge --auto`), a test run chained before the act (`npm test && fly deploy`), and the commands that open a pull
or merge request or an issue. "Once CI is green" and "after the tests pass" are met by these (`judge.release`).
"""

from __future__ import annotations

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.shell.parse import Command


def opens_review(cmd: Command, *, any_repo: bool = False) -> tuple[str, ...] | None:
    """The words a user names a new PR/MR/issue by, for `gh pr create` and kin on the current repository (on any
    repository with `any_repo`)."""
    args = cmd.args
    if not any_repo and any(x in ("-R", "--repo") or x.startswith("--repo=") for x in args):
        return None
    head = (cmd.name, *args[:2])
    if head[:3] in (("gh", "pr", "create"), ("glab", "mr", "create")) or head[:2] == ("hub", "pull-request"):
        return ("pull-request", "merge-request")
    if head[:3] in (("gh", "issue", "create"), ("glab", "issue", "create")):
        return ("issue", "ticket")
    return None


#: Commands that wait for CI (with any of these options) and fail when it fails or act only once it passes: chained
#: before an act, or the act itself (`gh pr merge --auto` merges when the required checks pass), they meet "once CI is
#: green".
CI_GATES: dict[tuple[str, ...], tuple[str, ...]] = {
    ("gh", "run", "watch"): ("--exit-status",), ("gh", "pr", "checks"): ("--watch",), ("glab", "ci", "status"): ("--live",),
    ("gh", "pr", "merge"): ("--auto",), ("glab", "mr", "merge"): ("--auto-merge", "--when-pipeline-succeeds"),
}  # fmt: skip


_AUTO_MERGE_TOOL = lazyre.compile(r"(?i)auto_?merge|merge_when_pipeline_succeeds|merge_when_ready")


def waits_for_ci(a: Analysis) -> bool:
    if a.action.tool.startswith("mcp__") and _AUTO_MERGE_TOOL.search(a.action.tool.split("__")[-1]):
        return True  # `enable_auto_merge`, `set_auto_merge`: the forge merges once the checks pass
    for cmd in a.commands:
        need = CI_GATES.get((cmd.name, *cmd.args[:2]))
        if need is not None and any(x == n or x.startswith(n + "=") for x in cmd.args for n in need):
            return True
    return _bot_automerge(a)


#: A dependency bot's configuration file: its automerge merges only once the branch's checks pass, unless told not to.
_BOT_CONFIG = lazyre.compile(r"(?i)(?:^|/)(?:renovate\.json5?|\.renovaterc(?:\.json5?)?|\.github/renovate\.json5?|"
                             r"\.gitlab/renovate\.json5?)$")
_IGNORES_TESTS = lazyre.compile(r"(?i)[\"']?ignoreTests[\"']?\s*:\s*true")


def _bot_automerge(a: Analysis) -> bool:
    """A Renovate configuration written with automerge on and the checks kept (no `ignoreTests: true`)."""
    w = a.write
    if w is None or not _BOT_CONFIG.search(w.path):
        return False
    return "automerge" in w.new.lower() and _IGNORES_TESTS.search(w.new) is None


#: Commands that run a project's tests (program, leading words).
TEST_RUNNERS: tuple[tuple[str, ...], ...] = (
    ("npm", "test"), ("npm", "run", "test"), ("npm", "t"), ("yarn", "test"), ("pnpm", "test"), ("bun", "test"),
    ("pytest",), ("python", "-m", "pytest"), ("python3", "-m", "pytest"), ("cargo", "test"), ("cargo", "nextest"),
    ("go", "test"), ("make", "test"), ("make", "check"), ("bundle", "exec", "rspec"), ("rspec",), ("mix", "test"),
    ("./gradlew", "test"), ("gradle", "test"), ("mvn", "test"), ("dotnet", "test"), ("tox",), ("nox",),
    ("bundle", "exec", "rake", "test"), ("rake", "test"), ("php", "artisan", "test"), ("vendor/bin/phpunit",),
    ("swift", "test"), ("deno", "test"), ("uv", "run", "pytest"), ("poetry", "run", "pytest"),
)  # fmt: skip
_AND_SEGMENTS = lazyre.compile(r"\s*&&\s*")


def runs_tests_first(a: Analysis) -> bool:
    """The action runs the project's tests and goes on only if they pass (`npm test && fly deploy`): what "once the
    test suite passes" waits for. Any `;`, `||`, pipe or background step before the act breaks the chain."""
    raw = a.action.input.get("command") if a.action.tool == "Bash" else None
    if not isinstance(raw, str) or "&&" not in raw or len(raw) > 4000:
        return False
    parts = _AND_SEGMENTS.split(raw.strip())
    if any(c in p for p in parts[:-1] for c in (";", "||", "|", "&", "\n")):
        return False
    for p in parts[:-1]:
        words = tuple(p.split())
        if any(words[: len(r)] == r for r in TEST_RUNNERS):
            return True
    return False
