"""A git command line as git reads it (`automode.rules.git`): the subcommand and its arguments after the global
options (`-C dir`, `-c k=v`, `--git-dir`, `--no-pager`), dashed executables (`git-reset`), configuration handed
down in the environment and inline aliases (`-c alias.x='reset --hard'` is `reset --hard`); the options and the
positional arguments of a subcommand."""

from __future__ import annotations

import shlex

from automode import lazyre
from automode.dc import dataclass, field
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.parse import Command

GLOBAL_WITH_ARG = frozenset({"-C", "-c", "--git-dir", "--work-tree", "--namespace", "--exec-path", "--config-env", "--super-prefix", "--list-cmds", "--attr-source"})  # fmt: skip


CONFIG_PARAMETER = lazyre.compile(r"'([^']+)'(?:='([^']*)')?")


@dataclass(slots=True)
class GitCall:
    sub: str
    args: list[str]
    config: dict[str, str] = field(default_factory=dict)
    alias_shell: str | None = None


def git_argv(cmd: Command) -> GitCall | None:
    name = cmd.name
    if name != "git" and not (name.startswith("git-") and len(name) > 4):
        return None  # every command rule asks: answer the common case before building anything
    words = [w.value for w in cmd.argv[1:]]
    if name != "git":
        words = [name[4:], *words]
    config: dict[str, str] = {}
    for k, v in cmd.assigns:
        if k.startswith("GIT_CONFIG_KEY_"):
            idx = k.rsplit("_", 1)[-1]
            val = next((vv.value for kk, vv in cmd.assigns if kk == f"GIT_CONFIG_VALUE_{idx}"), "")
            config[v.value.lower()] = val
        elif k == "GIT_CONFIG_PARAMETERS":
            # what `git -c` hands to child gits: `'key'='value'` pairs (older gits: `'key=value'`)
            for key, val in CONFIG_PARAMETER.findall(v.value):
                if not val and "=" in key:
                    key, val = key.split("=", 1)
                config[key.lower()] = val
    i = 0
    while i < len(words):
        w = words[i]
        if w in GLOBAL_WITH_ARG:
            if w == "-c" and i + 1 < len(words) and "=" in words[i + 1]:
                key, value = words[i + 1].split("=", 1)
                config[key.lower()] = value
            i += 2
            continue
        if w.startswith("--") and "=" in w:
            if w.startswith("--config-env="):
                config[w.split("=", 1)[1].split("=", 1)[0].lower()] = "$ENV"
            i += 1
            continue
        if w.startswith("-"):
            i += 1
            continue
        break
    if i >= len(words):
        return GitCall("", [], config)
    # `git RESET --HARD` only fails by accident (and dispatches on case-insensitive file systems): read it as meant.
    sub, args = words[i].lower(), words[i + 1 :]
    call = GitCall(sub, args, config)
    seen = 0
    while f"alias.{call.sub.lower()}" in config and seen < 8:
        body = config[f"alias.{call.sub.lower()}"]
        seen += 1
        if body.startswith("!"):
            call.alias_shell = body[1:]
            return call
        try:
            parts = shlex.split(body)
        except ValueError:
            parts = body.split()
        if not parts:
            break
        call.sub, call.args = parts[0], parts[1:] + call.args
    return call


# Short options that take an argument, per subcommand: in a cluster the rest is that argument (`-bfeature`).
SHORT_WITH_ARG = {"checkout": "bB", "switch": "cC", "commit": "mFcCt", "branch": "", "push": "o", "clean": "e",
                  "stash": "m", "worktree": "b", "reset": "", "restore": "s", "tag": "mF", "merge": "msX", "rebase": "sSX", "config": "f"}  # fmt: skip
LONG_WITH_ARG = frozenset({"--orphan", "--source", "--pathspec-from-file", "--message", "--file", "--exclude", "--conflict",
                           "--push-option", "--repo", "--receive-pack", "--exec", "--recurse-submodules-default"})  # fmt: skip


def _flags(args: list[str], sub: str = "") -> set[str]:
    out: set[str] = set()
    with_arg = SHORT_WITH_ARG.get(sub, "")
    for a in args:
        if a == "--":
            break
        if a.startswith("--"):
            out.add(a.split("=", 1)[0].lower())
        elif a.startswith("-") and len(a) > 1:
            for c in a[1:]:
                out.add("-" + c)
                if c in with_arg:
                    break
    return out


# Options whose value is optional: read the next word as the value only when it is one of these.
OPTIONAL_VALUES = {"--track": frozenset({"direct", "inherit"}), "--recurse-submodules": frozenset({"checkout", "on-demand", "yes", "no"})}
NUMERIC_VALUE = frozenset({"--unified", "--inter-hunk-context", "-U"})


def _positional(args: list[str], sub: str = "") -> list[str]:
    """Non-option arguments, skipping the values of options that take one (`-b name`, `--source=x`)."""
    out = []
    after = False
    with_arg = SHORT_WITH_ARG.get(sub, "")
    skip = False
    for n, a in enumerate(args):
        if skip:
            skip = False
            continue
        nxt = args[n + 1] if n + 1 < len(args) else ""
        if not after and (nxt in OPTIONAL_VALUES.get(a, ()) or (a in NUMERIC_VALUE and nxt.isdigit())):
            skip = True
            continue
        if a == "--" and not after:
            after = True
            continue
        if not after and a.startswith("-") and len(a) > 1:
            if a.startswith("--"):
                skip = a in LONG_WITH_ARG
            else:
                k = next((i for i, c in enumerate(a[1:], 1) if c in with_arg), None)
                skip = k is not None and k == len(a) - 1  # `-b name`, not `-bname`
            continue
        out.append(a)
    return out


GIT_NAMES = {"git", "git-reset", "git-clean", "git-push", "git-checkout", "git-stash", "git-branch", "git-restore", "git-commit"}
