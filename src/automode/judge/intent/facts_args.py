"""How `facts.target` reads an action's arguments: its words and sources, patterns, package places, Kubernetes
names, the branch a `git push` rewrites and a cleanup bounded by its arguments. Split from `facts` for the
project's ~600-line limit; `facts` re-exports every name."""

from __future__ import annotations

import re
from collections.abc import Iterator

from automode import lazyre
from automode.judge.intent.text import VERB_WORDS
from automode.judge.intent.vocab import ACT_WORDS
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.model import Finding
    from automode.shell.parse import Command


_SQL_OBJ = lazyre.compile(r"\b(?:drop|truncate)\s+(?:table|database|schema|index|view|collection)\s+(?:if\s+exists\s+)?([\w.\"`]+)|"
                      r"\bdelete\s+from\s+([\w.\"`]+)|\bflushall\b|\bdropDatabase\b", re.I)  # fmt: skip


def _git_push_target(cmd: Command, a: Analysis) -> tuple[frozenset[str], list[str]]:
    from automode.rules.git import git_argv

    g = git_argv(cmd)
    if g is None:  # `jj git push -b`, `sl push --to`, `hg push -B`; `arc land` merges a revision: "land it"
        from automode.knowledge.review import pushed_branches

        return frozenset({"push", "merge"} if cmd.name == "arc" else {"push"}), pushed_branches(cmd.name, cmd.args) or []
    pos = [x for x in g.args if not x.startswith("-")]
    refs = pos[1:]
    forced = any(
        x in ("--force", "-f", "--force-with-lease", "--force-if-includes")
        or x.startswith("--force-with-lease=")
        for x in g.args
    )
    forced = forced or any(r.startswith("+") for r in refs)
    deleting = any(x in ("--delete", "-d") for x in g.args) or any(r.startswith(":") for r in refs)
    names = [r.removeprefix("+").removeprefix(":").split(":")[-1].removeprefix("refs/heads/") for r in refs]
    if not names and a.ctx.git and a.ctx.git.branch:
        names = [a.ctx.git.branch]
    verbs = {"delete"} if deleting else {"force-push"} if forced else {"push"}
    if forced and _rewrites_own_branch(g.args, names, a):
        # `git commit --amend && git push --force-with-lease origin feat/x` on the session's own branch: the push
        # carries the rewrite the user asked for ("fix my last commit message and update the PR"), with the lease.
        return frozenset({"force-push", "update"}), [*names, "pull-request", "commit"]  # a rewrite asked for, not a push
    return frozenset(verbs), [n for n in names if n and n != "HEAD"]


#: git commands that rewrite the commits at the tip of the current branch.
_TIP_REWRITES = (("commit", "--amend"), ("rebase", ""), ("reset", "--soft"), ("commit", "--fixup"))


def _rewrites_own_branch(args: list[str], names: list[str], a: Analysis) -> bool:
    """A lease-guarded force push of the session's own, unprotected branch right after the action rewrote its tip."""
    from automode.knowledge.review import protected_line
    from automode.rules.git import git_argv

    branch = a.ctx.git.branch if a.ctx.git else None
    leased = any(x.startswith(("--force-with-lease", "--force-if-includes")) for x in args)
    if not leased or any(x in ("--force", "-f") for x in args) or not branch or protected_line(branch):
        return False
    if [n for n in names if n not in ("HEAD", "@")] not in ([], [branch]):
        return False
    calls = [git_argv(c) for c in a.commands]
    return any(g is not None and g.sub == sub and (not opt or any(x.startswith(opt) for x in g.args))
               for g in calls for sub, opt in _TIP_REWRITES)


#: Subcommand words of multi-level CLIs: they say what kind of act, not on which object.
CLI_WORDS = frozenset({
    "s3", "s3api", "rb", "rm", "mr", "pr", "issue", "repo", "release", "rollout", "deployment", "deployments", "pod", "pods",
    "service", "services", "svc", "namespace", "namespaces", "ns", "stack", "stacks", "function", "functions", "app", "apps",
    "db", "database", "table", "user", "users", "role", "roles", "policy", "linodes", "droplet", "compute", "instances",
    "volume", "volumes", "container", "image", "images", "network", "system", "all", "run", "exec", "sql", "storage",
})  # fmt: skip


#: Options whose value is the local directory a deploy or publish sends (netlify `--dir`, `--functions`, vercel
#: `--cwd`): not what the user names as the target.
SOURCE_OPTS = frozenset({"--dir", "--dist", "--functions", "--cwd", "--out-dir", "--outdir", "--site-dir", "--build-dir",
                         "--source-dir", "--publish-dir"})


#: Options by which a publisher picks the package of a workspace it publishes (npm `--workspace/-w`, pnpm/yarn
#: `--filter/-F`, pnpm `--dir/-C`, npm `--prefix`, cargo `-p/--package`, lerna/nx `--scope`).
PACKAGE_OPTS = frozenset({"--workspace", "-w", "--filter", "-F", "--dir", "-C", "--prefix", "-p", "--package", "--scope"})


def _package_places(cmd: Command, a: Analysis) -> list[str]:
    """Where a publish takes its package from: the directory it runs in (below the project) and the package its
    options pick. The user names it by the package's name ("publish @pollen/core 1.4.0": `packages/core`)."""
    root = a.root.rstrip("/") + "/" if a.root else ""
    out = [cmd.cwd[len(root):]] if root and cmd.cwd and cmd.cwd.startswith(root) else []
    args = list(cmd.args)
    for i, x in enumerate(args):
        k, eq, v = x.partition("=")
        if k in PACKAGE_OPTS:
            out.append(v if eq else (args[i + 1] if i + 1 < len(args) else ""))
    return [o for o in out if o and not o.startswith("-")]


_SWITCH_VALUES = frozenset({"true", "false", "yes", "no", "on", "off", "0", "1", "none", "auto", "never", "always"})


#: Cluster CLIs whose namespace and context options say where the object is, not which one.
_K8S = frozenset({"kubectl", "oc", "kubecolor"})


_K8S_PLACE = frozenset({"-n", "--namespace", "--context", "--cluster"})


def _k8s_named(cmd: Command) -> bool:
    """`kubectl scale deploy/billing -n jobs-stg`: the command names its object (TYPE/NAME, or TYPE NAME)."""
    if cmd.name not in _K8S:
        return False
    pos: list[str] = []
    skip = False
    for w in cmd.argv[1:]:
        if skip:
            skip = False
            continue
        if w.value in _K8S_PLACE:
            skip = True  # (`--context prod`: the option's value is a place, not a positional word)
            continue
        if w.value.startswith("-"):
            continue
        if w.dynamic or w.value.startswith("__") or w.value in ("{}", "%"):
            return False  # (`xargs kubectl scale {}`: a name known only at run time names nothing)
        pos.append(w.value)
    return any("/" in p for p in pos[1:]) or len(pos) >= 3


def _args(cmd: Command) -> list[str]:
    from automode.judge.intent.act_said import how_connected, nxt_default, path_word

    out: list[str] = []
    skip = False
    place = _k8s_named(cmd)  # (the namespace named is where; naming it alone names no deployment: session 20, K4)
    for w in cmd.argv[1:]:
        v = w.value
        if skip:
            skip = False
            continue
        if place and v in _K8S_PLACE:
            skip = True
            continue
        if v in ("--access", "--tag") and nxt_default(cmd, w):
            skip = True  # (`npm publish --access public --tag latest`: the registry's own defaults, no object; session 28)
            continue
        if how_connected(cmd.name, v):
            skip = "=" not in v  # (`ipmitool -U admin -I lanplus`: how it logs in, not what it acts on; session 28)
            continue
        if w.dynamic or not v or v.lower() in VERB_WORDS or v.lower() in CLI_WORDS or v.lower() in ACT_WORDS \
                or path_word(cmd.name, v):
            continue
        if v.startswith("-"):
            if v.split("=", 1)[0] in SOURCE_OPTS:
                skip = "=" not in v  # the build output sent (`--dir=public`): where it comes from, not where it goes
            elif "=" in v and v.split("=", 1)[1].lower() not in _SWITCH_VALUES:
                out.append(v.split("=", 1)[1])  # (`-input=false`, `--wait=false`: a switch, not a name)
            continue
        out.append(v)
    for r in cmd.redirects:
        if r.target is not None and r.op in (">", ">>", ">|", "&>", "&>>") and not r.target.dynamic:
            out.append(r.target.value)
    m = _SQL_OBJ.findall(cmd.text or " ".join(w.value for w in cmd.argv))
    out += [x.strip('"`') for pair in m for x in pair if x]
    if cmd.name in _FED_FORMS:
        from automode.knowledge.control import input_values

        out += input_values(cmd)  # `nsupdate <<EOF … update add NAME …`, an LDIF's group and member (`stdin_forms`)
    if cmd.assigns:
        from automode.knowledge.envselect import resource_picks

        out += resource_picks(cmd)  # `FLY_APP=notes-stg fly deploy` names the app as `-a notes-stg` would (session 24)
    return out


#: Clients whose input says what they act on (`knowledge.control.input_values`).
_FED_FORMS = frozenset({"nsupdate", "ldapmodify", "ldapadd", "kadmin", "kadmin.local"})


def _sources(f: Finding, a: Analysis) -> Iterator[object]:
    """The commands or effects a finding fires on (rules only report a detail string), read once per decision."""
    from automode.judge.intent.fired import fired_on

    return iter(fired_on(f, a))


#: Options of a listing command whose value selects what it lists (a key pattern, a name glob, a prefix).
PATTERN_OPTS = frozenset({"--pattern", "--match", "-name", "-iname", "--prefix", "--include", "--filter", "--glob",
                          "-path", "-ipath", "--regex"})  # fmt: skip


def _patterns(cmd: Command) -> list[str]:
    words = [w for w in cmd.argv[1:] if not w.dynamic]
    out: list[str] = []
    for i, w in enumerate(words):
        name, eq, val = w.value.partition("=")
        if name in PATTERN_OPTS:
            v = val if eq else (words[i + 1].value if i + 1 < len(words) else "")
            if v:
                out.append(v)
    return out


def _bounded_cleanup(target: str, a: Analysis) -> bool:
    """`find /srv/tmp/exports -type f -mtime +7 -delete` for "older than 7 days in /srv/tmp/exports"
    (`intent.bounded.bounded_cleanup`)."""
    from automode.judge.intent.bounded import bounded_cleanup

    return bounded_cleanup(target, a)
