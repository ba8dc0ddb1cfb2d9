"""The repository a forge call (GitHub, GitLab, Gitea, Bitbucket MCP servers) acts on against the project's own
(split from `judge.intent.mcp`): an issue filed in another owner's project that the user's words never name."""

from __future__ import annotations

import re
from collections.abc import Mapping

from automode import lazyre
from automode.typing_lite import Any

#: Keys of a forge call (GitHub, GitLab, Gitea, Bitbucket MCP servers) that name the repository it acts on.
OWNER_KEYS = ("owner", "org", "organization", "namespace", "workspace", "group")
REPO_KEYS = ("repo", "repository", "repo_name", "repository_name", "full_name", "repo_full_name", "project_id",
              "project", "project_path", "projectpath", "repo_slug")  # fmt: skip
_SLUG = lazyre.compile(r"(?:[:/]|^)([\w.-]+(?:/[\w.-]+)+?)(?:\.git)?/?$")


def slug_of(remote: str) -> str:
    """`owner/name` of a git remote URL (`git@github.com:owner/name.git`, `https://gitlab.com/group/sub/name`)."""
    tail = remote.split("://", 1)[-1]
    tail = tail.split(":", 1)[1] if "@" in tail.split("/", 1)[0] and ":" in tail else tail.split("/", 1)[-1]
    return tail.removesuffix("/").removesuffix(".git").lower()


def other_repository(inp: Mapping[str, Any], remotes: Mapping[str, str], user_text: str) -> tuple[str, str] | None:
    """(the repository a forge call acts on, the project's own) when it is another project's, of another owner, and the
    user's words name neither its owner nor its name ("open an issue for the bug we found" filed in `python/cpython`
    from a clone of `tomlkit-lite/tomlkit-lite`); None otherwise. A repository of the same name (a fork and its
    upstream) or of the same owner (another repository of the team) is not another project's here."""
    own = [s for s in (slug_of(r) for r in remotes.values() if isinstance(r, str)) if "/" in s]
    if not own:
        return None
    low = {str(k).lower(): v for k, v in inp.items()}
    owner = next((str(low[k]) for k in OWNER_KEYS if isinstance(low.get(k), str) and low[k]), "")
    repo = next((str(low[k]) for k in REPO_KEYS if isinstance(low.get(k), str) and low[k]), "")
    if not repo:
        return None
    slug = (repo if "/" in repo or not owner else f"{owner}/{repo}").strip("/").lower()
    if "/" not in slug:
        return None
    name, org = slug.rsplit("/", 1)[1], slug.split("/", 1)[0]
    if any(slug == s or name == s.rsplit("/", 1)[1] or org == s.split("/", 1)[0] for s in own):
        return None
    said = set(re.findall(r"[\w.-]+", user_text.lower()))
    if slug in user_text.lower() or name in said or org in said:
        return None
    return slug, own[0]
