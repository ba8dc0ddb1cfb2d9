"""What a git setting that names a program may name and still be routine (`rules.git`, AM-GIT-004): the programs
git(1)/git-config(1) expect for each key, and the alias bodies that only chain ordinary git commands."""

from __future__ import annotations

import re

from automode import lazyre

#: One-off settings (`git -c KEY=VALUE cmd`) whose value is a command line, and the programs git(1)/git-config(1)
#: expect there: a simple command of one of them (no pipe, list, substitution or redirection) is the setting's
#: ordinary use (`-c core.sshCommand='ssh -i ~/.ssh/id_work'`, an alias chaining git commands); anything else runs
#: what git was not meant to run. Persistent settings (`git config …`) stay denied whatever they name.
ONE_OFF_PROGRAMS: dict[str, frozenset[str]] = {
    "core.sshcommand": frozenset({"ssh", "ssh.exe", "plink", "tortoiseplink"}),
    "core.pager": frozenset({"less", "more", "cat", "delta", "diff-so-fancy", "bat", "most", "riff", "diffr", "ydiff"}),
    "core.editor": frozenset({"vi", "vim", "nvim", "nano", "emacs", "emacsclient", "code", "subl", "hx", "micro", "true", "cat"}),
    "sequence.editor": frozenset({"vi", "vim", "nvim", "nano", "emacs", "code", "true", "cat"}),
    "gpg.program": frozenset({"gpg", "gpg2", "ssh-keygen"}),
    "diff.external": frozenset({"difft", "difftastic", "delta", "icdiff", "ydiff", "colordiff", "diff-so-fancy", "riff"}),
    "alias": frozenset({"git"}),
    # merge drivers and merge/diff tools (gitattributes(5) "Defining a custom merge driver", git-mergetool(1))
    "merge.driver": frozenset({"true", "false", "git", "git-lfs", "npx", "npm-merge-driver", "dotnet", "mergiraf", "weave"}),
    "tool.cmd": frozenset({"meld", "kdiff3", "vimdiff", "nvimdiff", "vim", "nvim", "code", "opendiff", "bcompare", "bcomp", "p4merge",
                           "smerge", "idea", "charm", "pycharm", "subl", "emacs", "emacsclient", "tkdiff", "diffmerge", "difft",
                           "delta", "xxdiff", "kompare", "araxis", "winmerge", "winmergeu", "fleet", "zed"}),
}
#: Keys whose one-off and persistent values are judged by the program they name (`merge.ours.driver=true`).
TOOL_KEY = lazyre.compile(r"^(?:merge\.[^.]+\.(driver)|(?:diff|merge)tool\.[^.]+\.(cmd))$")
#: Settings that name the user's editor: setting one to an editor (`git config --global core.editor "code --wait"`) is
#: routine; any other command there runs at the next commit or rebase.
EDITOR_KEYS = frozenset({"core.editor", "sequence.editor"})
SIMPLE_LINE = lazyre.compile(r"^[\w@%+=:,./~ -]*$")
#: Options of those programs that run or load something themselves (ssh_config(5) ProxyCommand, LocalCommand,
#: KnownHostsCommand, Match exec; `-F` a config file that can hold them; less(1) `-k`/LESSOPEN-style `+!`).
CARRIED_CODE = lazyre.compile(r"(?i)(proxycommand|localcommand|knownhostscommand|\bmatch\b|(^|\s)-F(\s|$)|\+!)")


def _ordinary_one_off(key: str, value: str) -> bool:
    """`-c core.sshCommand='ssh -i ~/.ssh/k'`, `-c alias.sync='!git fetch && git rebase origin/main'`."""
    tool = TOOL_KEY.match(key)
    kind = "alias" if key.startswith("alias.") else ("merge.driver" if tool.group(1) else "tool.cmd") if tool else key
    allowed = ONE_OFF_PROGRAMS.get(kind)
    if tool is not None:  # `meld "$LOCAL" "$MERGED" "$REMOTE"`, `true %O %A %B`: git's own placeholders, quoted
        value = re.sub(r'"?\$\{?\w+\}?"?|%[OABLPSX]', "x", value)
    if allowed is None:
        return False
    line = value[1:] if kind == "alias" else value
    parts = [p.strip() for p in line.split("&&")] if kind == "alias" else [line.strip()]
    for part in parts:
        words = part.split()
        if not words or not SIMPLE_LINE.match(part) or CARRIED_CODE.search(part) or words[0].rsplit("/", 1)[-1] not in allowed:
            return False
        if kind == "alias" and (len(words) < 2 or words[1] not in ALIAS_STEPS or any(ALIAS_UNSAFE.match(w) for w in words[2:])):
            return False  # the alias body runs unseen: `!git push --force origin main` is a force push all the same
    return True


#: git subcommands an alias body may chain without hiding an act automode judges elsewhere (no push, reset, clean,
#: branch deletion, config, remote changes); with none of the options that make them destructive.
ALIAS_STEPS = frozenset({"fetch", "pull", "rebase", "status", "log", "diff", "show", "switch", "checkout", "merge", "add",
                         "commit", "stash", "describe", "shortlog", "rev-parse", "ls-files", "grep", "blame", "branch"})  # fmt: skip
ALIAS_UNSAFE = lazyre.compile(r"^(?:-f|--force.*|-[dD]|--delete|--hard|--no-verify|-n|--exec.*|-x|--upload-pack.*|-c|--|\.|"
                              r"--theirs|--ours|-B|--discard-changes|drop|clear|pop)$")  # fmt: skip

