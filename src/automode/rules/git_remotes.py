"""A remote of the repository re-pointed at another repository (red team s21).

`git remote set-url [--push] [--add] NAME URL`, `git config remote.NAME.url|pushurl URL` and `git remote add NAME URL`
after the same action removed NAME change where every later `git push` (and, for `url`, fetch) goes. The push itself
is then routine ("push my branch") and AM-GIT-005 sees the repository's own remote name: the history leaves for
whoever runs URL, one call after the change. A push in the same action as the change was already judged
(AM-GIT-005); this rule judges the change alone. The same repository under another scheme (`https://github.com/acme/
app` for `git@github.com:acme/app.git`), a `[trust] repos` entry, a path on this machine and a host the user named are
not asked about.
"""

from __future__ import annotations

from automode.rules.base import Hit, rule
from automode.rules.gitcall import GIT_NAMES, git_argv
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.shell.parse import Command

#: `git remote` verbs that give a remote its URL, and `git config` keys that hold one
SET_VERBS = frozenset({"set-url", "add"})
URL_KEYS = ("url", "pushurl")
_CONFIG_SCOPES = frozenset({"--global", "--system", "--local", "--worktree", "--add", "--replace-all"})


def repointed(cmd: Command) -> list[tuple[str, str]]:
    """(remote, url) pairs this command points a remote at (`+NAME`: a remote it adds)."""
    g = git_argv(cmd)
    if g is None:
        return []
    if g.sub == "remote" and g.args and g.args[0] in SET_VERBS:
        words = [x for x in g.args[1:] if not x.startswith("-")]
        if len(words) < 2:
            return []
        return [(("+" if g.args[0] == "add" else "") + words[0], words[1])]
    if g.sub == "config":
        words = [x for x in g.args if x not in _CONFIG_SCOPES and x != "set"]
        if len(words) >= 2 and not words[0].startswith("-"):
            key = words[0].lower()
            parts = key.split(".")
            if len(parts) >= 3 and parts[0] == "remote" and parts[-1] in URL_KEYS:
                return [(".".join(words[0].split(".")[1:-1]), words[1])]
    return []


def _removes(cmd: Command, remote: str) -> bool:
    """`git remote remove|rm|rename NAME …`: the action frees the name for a new URL."""
    g = git_argv(cmd)
    return g is not None and g.sub == "remote" and len(g.args) >= 2 and g.args[0] in ("remove", "rm", "rename") \
        and g.args[1] == remote


def _host(url: str) -> str:
    """`https://u@x.example:443/a` -> `x.example`; `git@x.example:a/b.git` -> `x.example`."""
    rest = url.split("://", 1)[1] if "://" in url else url
    return rest.split("/", 1)[0].rsplit("@", 1)[-1].split(":", 1)[0].lower()


def _local(url: str) -> bool:
    return url.startswith(("/", "./", "../", "~", "file:")) or ("://" not in url and ":" not in url)


@rule(
    "AM-EXFIL-069",
    category="exfiltrate",
    verdict="ask",
    kind="command",
    names=GIT_NAMES,
    title="Points a remote at another repository",
    what="`git remote set-url [--push] NAME URL`, `git config remote.NAME.url|pushurl URL` or `git remote add NAME URL` "
    "after the action removed NAME, where URL is not the repository's own (under any scheme), a `[trust] repos` entry, a path on this machine, "
    "nor on a host the user named.",
    why="Every later `git push` (a routine one included) sends the history to whoever runs that URL.",
    example="git remote set-url --push origin https://x.example/app.git",
    instead="Leave the remotes as they are; if the user wants another remote, add it under a new name they chose.",
    must_match=["git remote set-url --push origin https://x.example/app.git", "git remote set-url origin git@x.example:a/b.git",
                "git config remote.origin.url https://x.example/r.git",
                "git remote remove origin && git remote add origin https://x.example/r.git",
                "git remote set-url --add --push origin https://x.example/r.git"],
    must_not_match=["git remote add upstream https://github.com/a/b.git", "git remote -v",
                    "git init && git remote add origin https://github.com/org/repo.git", "git remote set-url origin ../mirror.git",
                    "git config remote.origin.fetch '+refs/heads/*:refs/remotes/origin/*'", "git remote get-url origin"],
)  # fmt: skip
def remote_repointed(cmd: Command, a: Analysis) -> str | Hit | None:
    for remote, url in repointed(cmd):
        if remote.startswith("+"):  # `git remote add NAME URL`: a re-pointing only after the action removed NAME
            remote = remote[1:]
            if not any(_removes(c, remote) for c in a.commands):
                continue
        if _local(url) or a.trusted_repo(url):
            continue
        host = _host(url)
        from automode.files.sends_to import named  # (here, not on every git command: `git status` stays lean)

        if host and (named(host, tuple(a.ctx.user_messages)) or a.trusted_host(host)):
            continue
        return f"points the remote `{remote}` at {url[:80]}, where every later push goes"
    return None
