"""Actions that only look at local files: the intent checks that compare what an action changes, sends or selects
with the user's words cannot object to them, so the judge skips those checks (issue 14: the price of reading the
user's words is paid by the actions it can matter for).

A boundary the user stated ("don't open the customers folder") is still checked for these actions; only the
comparisons of targets, amounts, destinations and outward acts are skipped.
"""

from __future__ import annotations

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

#: Programs that print what they read and change nothing, whatever their options (no option of theirs writes,
#: runs a program or reaches the network; redirections show up as write effects of their own).
LOOKERS = frozenset({
    "cat", "less", "more", "head", "tail", "grep", "egrep", "fgrep", "rg", "ag", "ls", "tree", "stat", "file", "wc",
    "diff", "cmp", "jq", "yq", "sort", "uniq", "cut", "column", "nl", "tac", "tr", "sha256sum", "sha1sum", "md5sum",
    "du", "df", "date", "true", "false", "cd", "pwd", "which", "type", "whoami", "id", "echo", "printf", "basename",
    "dirname", "realpath", "readlink", "test", "[",
})  # fmt: skip
#: `git` subcommands that only read the repository.
GIT_LOOKS = frozenset({"status", "log", "diff", "show", "blame", "grep", "ls-files", "rev-parse", "describe",
                       "shortlog", "ls-tree", "cat-file"})
#: A sed script that only prints or deletes lines by number (`sed -n '1,80p'`, `sed -n '10p;20p'`, `sed '5q'`).
_SED_PRINT = lazyre.compile(r"^\s*(?:(?:\d+|\$)(?:\s*,\s*(?:\d+|\$))?\s*)?[pdq=]\s*(?:;\s*(?:(?:\d+|\$)"
                            r"(?:\s*,\s*(?:\d+|\$))?\s*)?[pdq=]\s*)*;?\s*$")
_LOCAL = frozenset({"project", "artefact", "temp"})
_FILE_LOOKS = frozenset({"Read", "Glob", "Grep", "LS"})


def inert(a: Analysis) -> bool:
    """True when the action only reads files of the project, its build output or temp, with programs that only look."""
    if a.problems or any(e.kind != "read" or e.pclass not in _LOCAL for e in a.effects):
        return False
    if a.action.tool in _FILE_LOOKS:
        return True
    if not a.shell or not a.commands:
        return False
    for c in a.commands:
        if c.name in LOOKERS:
            continue
        if c.name == "sed" and _sed_prints(c.args):
            continue
        if c.name == "git":
            from automode.rules.git import git_argv

            g = git_argv(c)
            if g is not None and g.sub in GIT_LOOKS and "--output" not in " ".join(g.args):
                continue
        return False
    return True


def _sed_prints(args: list[str]) -> bool:
    """`sed -n '1,80p' FILE`: options are only -n/-e/-E/-r/-u/-s and every script prints or deletes lines by number."""
    scripts: list[str] = []
    rest = list(args)
    while rest and rest[0].startswith("-") and rest[0] != "-":
        opt = rest.pop(0)
        if opt in ("-e", "--expression") and rest:
            scripts.append(rest.pop(0))
        elif opt not in ("-n", "--quiet", "--silent", "-E", "-r", "--regexp-extended", "-u", "-s", "--separate"):
            return False  # (-i edits in place, -f reads a script, --debug, …: not a plain print)
    if not scripts and rest:
        scripts.append(rest.pop(0))
    return bool(scripts) and all(_SED_PRINT.match(x) is not None for x in scripts)
