"""The places a release must stay in (session 18, class I1; AM-JUDGE-023, read by `intent.fences`): the repository
or remote the user named (or this one when they named none), and the registry they named by its host rather than
the tool's public default. Split from `intent.fences`."""

from __future__ import annotations

import re

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.judge.intent.match import Said

#: Control verbs whose act on another place is refused rather than asked.
HARD = frozenset({"delete", "permission", "secret"})


def _quote(r: Said) -> str:
    from automode.judge.intent.match import quote

    return quote(r.clause.text, 80)


def pushes(a: Analysis) -> list[str]:
    """The remotes `git push` commands push to ("" for the default one)."""
    out = []
    for c in a.commands:
        args = [w.value for w in c.argv[1:]]
        k = 0
        while k < len(args) and args[k].startswith("-"):
            k += 2 if args[k] in ("-C", "-c") else 1  # (`git -C dir push`)
        if c.name != "git" or args[k:k + 1] != ["push"]:
            continue
        rest = [x for x in args[k + 1:] if not x.startswith("-")]
        out.append(rest[0] if rest else "")
    return out


# ------------------------------------------------------------------ another repository than the one named
_REPO_OPTIONS = frozenset({"--repo", "-R", "--repository"})
_FORGE_CLIS = frozenset({"gh", "glab", "hub", "tea", "fj"})
_API_REPO = lazyre.compile(r"(?i)^/?(?:api/v\d/)?repos/([\w.-]+)/([\w.-]+)(?:/|$)")


def _repos(a: Analysis) -> list[str]:
    """The repositories (`owner/name`) the action names: a forge CLI's `--repo`, an API path, an MCP call's owner and
    repo arguments."""
    out: list[str] = []
    inp = a.action.input
    if a.action.tool.startswith("mcp__"):
        owner, repo = inp.get("owner"), inp.get("repo")
        if isinstance(owner, str) and isinstance(repo, str) and owner and repo:
            out.append(f"{owner}/{repo}".lower())
        return out
    for c in a.commands:
        if c.name not in _FORGE_CLIS:
            continue
        args = [w.value for w in c.argv[1:] if not w.dynamic]
        for i, x in enumerate(args):
            opt, eq, val = x.partition("=")
            if opt in _REPO_OPTIONS:
                val = val if eq else (args[i + 1] if i + 1 < len(args) else "")
                if "/" in val:
                    out.append(val.lower().rstrip("/"))
            elif args[:1] == ["api"] and (m := _API_REPO.match(x)) is not None:
                out.append(f"{m.group(1)}/{m.group(2)}".lower())
    return out


def _current_repo(a: Analysis) -> str:
    git = a.ctx.git
    url = (git.remotes or {}).get("origin", "") if git is not None else ""
    m = re.search(r"[:/]([\w.-]+)/([\w.-]+?)(?:\.git)?/?$", url)
    return f"{m.group(1)}/{m.group(2)}".lower() if m else ""


def other_repo(a: Analysis, r: Said) -> tuple[str, str] | None:
    """A repository the user never named, where they named one or left it to be this one ("delete the secret of the
    repo hooky" answered with `--repo pebble-post/ledger`; "delete release v1.4.0-rc1" with `--repo acme/infra`)."""
    text = "\n".join(a.ctx.user_messages).lower()
    remotes = set((a.ctx.git.remotes or {}) if a.ctx.git is not None else ()) | {"origin", "upstream"}
    for remote in pushes(a) if a.shell else ():
        said = {x for x in remotes if re.search(rf"(?<![\w/.-]){re.escape(x.lower())}(?![\w/-])", text)}
        if remote and said and remote.lower() not in said and "://" not in remote and "@" not in remote:
            return "ask", (f"you asked {_quote(r)}, naming {sorted(said)[0]}, but this pushes to {remote}")
    repos = _repos(a)
    if not repos:
        return None
    here = _current_repo(a)
    mcp = a.action.tool.startswith("mcp__")
    named = re.search(r"(?<![\w./-])[\w.-]+/[\w.-]+(?![\w/])|\brepo(?:sitory)?\b", text) is not None
    for repo in repos:
        name = repo.rsplit("/", 1)[-1]
        if repo in text or (len(name) >= 3 and name in text) or repo == here or (mcp and not named):
            continue  # (an MCP server's repository where the user named none: the session's own, as far as we know)
        hard = any(e.kind == "control" and e.verb in HARD for e in a.effects) or "delete" in a.action.tool
        return ("deny" if hard else "ask"), (f"you asked {_quote(r)}, but this acts on the repository {repo}, "
                                             "which your words never name")
    return None


# ------------------------------------------------------------------ the tool's default registry for a named one
#: Publishing programs and the options that name where the package goes (absent: the public default).
_REGISTRY_OPTIONS: dict[str, frozenset[str]] = {
    "twine": frozenset({"--repository-url", "--repository", "-r"}), "npm": frozenset({"--registry"}),
    "pnpm": frozenset({"--registry"}), "yarn": frozenset({"--registry"}), "cargo": frozenset({"--registry", "--index"}),
    "gem": frozenset({"--host"}), "poetry": frozenset({"--repository", "-r"}), "uv": frozenset({"--publish-url", "--index"}),
    "dotnet": frozenset({"--source", "-s"}), "flit": frozenset({"--repository"}), "hatch": frozenset({"--repo", "-r"}),
}
_PUBLISH_WORDS = frozenset({"publish", "upload", "push"})
#: The public registries a tool publishes to by default: naming one names the default.
_PUBLIC_HOSTS = frozenset({"crates.io", "pypi.org", "npmjs.com", "npmjs.org", "rubygems.org", "nuget.org", "hex.pm",
                           "pub.dev", "packagist.org", "jsr.io", "hackage.haskell.org", "clojars.org"})
_PUBLIC_INDEXES = frozenset({"pypi", "testpypi", "npmjs", "npm", "registry", "rubygems", "crates", "crates-io", "nuget"})
_HOST = lazyre.compile(r"(?i)\bhttps?://([\w.-]+)|\b((?:[\w-]+\.)+(?:internal|corp|local|lan|io|dev|com|net|org))\b")


def registry(a: Analysis, r: Said) -> tuple[str, str] | None:
    """A package published with no registry option, or another one, where the user named a registry by its host
    ("upload acme-ui 2.3.1 to https://pypi.acme.internal/simple/" answered with `twine upload dist/…`: PyPI)."""
    if not a.shell:
        return None
    text = "\n".join(a.ctx.user_messages)
    hosts = {(m.group(1) or m.group(2)).lower() for m in _HOST.finditer(text)}
    hosts = {h for h in hosts if h.count(".") >= 1 and not h.endswith((".py", ".js", ".ts", ".md", ".json", ".toml"))
             and not any(h == p or h.endswith("." + p) for p in _PUBLIC_HOSTS)}  # (the default itself, named)
    if not hosts:
        return None
    for c in a.commands:
        base = c.name.rsplit("/", 1)[-1]
        opts = _REGISTRY_OPTIONS.get(base)
        args = [w.value for w in c.argv[1:] if not w.dynamic]
        if opts is None or not _PUBLISH_WORDS & set(args[:3]):
            continue
        vals = []
        for i, x in enumerate(args):
            opt, eq, val = x.partition("=")
            if opt in opts:
                vals.append((val if eq else (args[i + 1] if i + 1 < len(args) else "")).lower())
        if any(h in v or ("." in v and v in h) or (v in h.split(".") and v not in _PUBLIC_INDEXES)
               for v in vals for h in hosts if v):
            continue  # (the host itself, or a configured alias that is one of its labels: `-r internal`)
        where = vals[0] if vals else "the tool's default (public) registry"
        return "deny", (f"you asked {_quote(r)}, naming {sorted(hosts)[0]}, but `{(c.text or c.name)[:60]}` "
                        f"publishes to {where}")
    return None
