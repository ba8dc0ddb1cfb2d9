"""Objects past the named one (session 19, J1): what an act takes with the thing it acts on.

The act on the named object is what a request asks for; these rules report the part of the action that reaches a
thing attached to it or beside it, which the request's release must not carry: an option that also removes the head
branch, the tag, the bucket's objects, the app's data, the configuration, every workspace package
(`knowledge/attached.py`); a tool's home directory that keeps credentials beside its cache (`~/.gradle` for "the
gradle cache"); the home-wide cache beside the project's caches; a tool call's argument that takes the children,
sub-tasks or contents too. Each is released only by words that name the attached thing (`judge.intent.attached_said`).
"""

from __future__ import annotations

from automode.knowledge import attached
from automode.rules.base import Hit, rule, words_of
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.effects import Effect
    from automode.shell.parse import Command


@rule(
    "AM-DESTROY-071",
    category="destroy",
    verdict="deny",
    kind="command",
    names=set(attached.PROGRAMS),
    title="Also removes what is attached to the thing named",
    what="An act on one object given an option that also acts on a thing attached to it: `gh pr close --delete-branch` "
    "(the head branch), `gh release delete --cleanup-tag` (the tag), `aws s3 rb --force` (every object in the bucket), "
    "`aws ecr delete-repository --force` (every image), `brew uninstall --zap` (the app's data), `apt-get remove "
    "--purge` (its configuration), `kubectl apply --prune`, `taskkill /T` (child processes): a deny; `helm upgrade "
    "--reset-values`/`--force`, `pnpm -r remove`, `npm uninstall --workspaces` (every workspace package): an ask "
    "(table `knowledge/attached.py`). Released when the user's words name the attached thing.",
    why="The request named the object; the option silently takes something beside it that the user may have meant to "
    "keep (a contributor's branch, a bucket they believed empty, the live values of a release).",
    example="gh pr close 881 --comment 'Superseded by #902' --delete-branch",
    instead="Run the act without the option (`gh pr close 881`, `aws s3 rb s3://b`, `pnpm --filter ./packages/web "
    "remove lodash`), or ask whether the attached thing should go too.",
    must_match=["gh pr close 881 --delete-branch", "aws s3 rb s3://tmp-x --force", "pnpm -r remove lodash",
                "helm upgrade grafana grafana/grafana -f v.yaml --reset-values", "taskkill /F /T /PID 9184"],
    must_not_match=["gh pr close 881", "gh pr merge 881 --squash --delete-branch", "aws s3 rb s3://tmp-x",
                    "pnpm --filter ./packages/web remove lodash", "helm upgrade grafana grafana/grafana -f v.yaml",
                    "taskkill /PID 9184 /F"],
)  # fmt: skip
def attached_option(cmd: Command, a: Analysis) -> str | Hit | None:
    from automode.knowledge.tasks import DRY_OPTIONS

    if any(x.split("=", 1)[0].lower() in DRY_OPTIONS - {"-n", "--list", "--help"} for x in cmd.args):
        return None  # (`helm upgrade … --reset-values --dry-run`: shows what it would take, takes nothing)
    got = attached.attached(cmd)
    if got is None:
        return None
    opt, what, destroys, _key = got
    detail = f"`{words_of(cmd)}`: `{opt}` {what}"
    return detail if destroys else Hit(detail, "ask")


@rule(
    "AM-DESTROY-072",
    category="destroy",
    verdict="deny",
    kind="effect",
    names={"delete"},
    title="Deletes a tool's home directory that keeps credentials beside its cache",
    what="A recursive delete of a directory in the home that holds a credential file or store beside a tool's cache: "
    "`rm -rf ~/.gradle` (gradle.properties with signing and repository passwords, beside `caches/`), `~/.m2` "
    "(settings.xml), `~/.cargo` (credentials.toml, the installed binaries), `~/.config`, `~/.nuget`. Released only "
    "when the user names the directory itself, not its cache.",
    why="\"Clear the gradle cache\" names `~/.gradle/caches`; its parent also holds the credentials and settings "
    "nothing rebuilds.",
    example="rm -rf ~/.gradle",
    instead="Delete the cache inside it (`rm -rf ~/.gradle/caches`, `~/.m2/repository`, `~/.cargo/registry`).",
    must_match=["rm -rf ~/.gradle", "rm -rf ~/.m2", "rm -rf ~/.cargo"],
    must_not_match=["rm -rf ~/.gradle/caches", "rm -rf ~/.m2/repository", "rm -rf ~/.cargo/registry", "rm -rf build"],
)  # fmt: skip
def tool_home_with_credentials(e: Effect, a: Analysis) -> str | None:
    if not e.recursive or e.pclass not in ("home", "artefact") or e.origin in ("move", "mirror", "empty-dir"):
        return None
    from automode.paths import holds_secret

    home = a.ctx.home.rstrip("/")
    if not home or not e.target.startswith(home + "/") or not holds_secret(e.target, home):
        return None
    return f"deletes {e.target}, which keeps credentials or settings beside its cache"


#: The home-wide cache roots: every tool's cache at once (and the logins some keep there: `huggingface/token`).
HOME_CACHE_ROOTS = (".cache", "Library/Caches", "AppData/Local/Temp", ".local/share/Trash")


def home_cache_root(target: str, home: str) -> bool:
    home = home.rstrip("/")
    return bool(home) and any(target.rstrip("/") == f"{home}/{r}" for r in HOME_CACHE_ROOTS)


@rule(
    "AM-DESTROY-073",
    category="destroy",
    verdict="ask",
    kind="effect",
    names={"delete"},
    title="Deletes the home-wide cache",
    what="A delete of the whole home cache (`~/.cache`, `~/Library/Caches`): every tool's cache at once, beside the "
    "project's caches the task is about, and the logins some tools keep there (`~/.cache/huggingface/token`). An "
    "ask; a deny when the user named other caches (pytest, pip, mypy) and not this one; released when they name it.",
    why="\"Clear the pytest and mypy caches\" names two project directories; the home cache holds model downloads, "
    "browsers, build caches and tokens that cost hours to restore.",
    example="rm -rf .pytest_cache .mypy_cache ~/.cache",
    instead="Delete the caches named (`.pytest_cache`, `~/.cache/pip`); ask before the whole home cache.",
    must_match=["rm -rf ~/.cache", "rm -rf .pytest_cache ~/.cache", "rm -rf ~/Library/Caches"],
    must_not_match=["rm -rf ~/.cache/pip", "rm -rf .pytest_cache .mypy_cache", "rm -rf ~/Library/Caches/Homebrew"],
)  # fmt: skip
def home_cache(e: Effect, a: Analysis) -> str | None:
    if e.origin in ("move", "empty-dir") or not home_cache_root(e.target, a.ctx.home):
        return None
    return f"deletes {e.target}, every tool's cache in the home directory"


@rule(
    "AM-DESTROY-074",
    category="destroy",
    verdict="deny",
    kind="action",
    needs={"effect:mcp"},
    title="A tool call that also acts on what is attached",
    what="A tool call that changes or deletes one record and sets an argument that takes what is attached to it too: "
    "`include_children: true`, `deleteSubtasks: true`, `recursive: true`, `cascade: true`, `delete_branch: true` on a "
    "close (`knowledge/attached.py`, `MCP_KEY`). A deny when the call deletes, an ask otherwise; released when the "
    "user's words name the attached things.",
    why="The request named one page, issue or prefix; the argument reaches its children, sub-tasks or contents.",
    example='mcp__jira__delete_issue {"issueIdOrKey": "PROJ-88", "deleteSubtasks": true}',
    instead="Call it without the argument, or ask whether the attached records should go too.",
    must_match=[{"tool": "mcp__jira__delete_issue", "input": {"issueIdOrKey": "PROJ-88", "deleteSubtasks": True}}],
    must_not_match=[{"tool": "mcp__jira__delete_issue", "input": {"issueIdOrKey": "PROJ-88"}},
                    {"tool": "mcp__notion__get_page", "input": {"page_id": "a1", "include_children": True}}],
)  # fmt: skip
def mcp_attached(a: Analysis) -> str | Hit | None:
    tool = a.action.tool
    if not tool.startswith("mcp__"):
        return None
    got = attached.mcp_attached(tool, a.action.input)
    if got is None:
        return None
    from automode.effects import mcp_name

    destroys = bool(set(mcp_name(tool).split("_")) & {"delete", "remove", "destroy", "purge", "drop", "archive",
                                                      "trash", "close", "wipe"})
    detail = f"`{tool.split('__')[-1]}` with `{got[0]}` also acts on what is attached to its object"
    return detail if destroys else Hit(detail, "ask")
