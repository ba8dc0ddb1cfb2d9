"""Commands spelled as string literals in code of any language (issue 13, session 13 red team).

The scanners know each language's spawn calls by name (`system`, `execSync`, `os.execute`, ...). Code in a
language or library they do not name ran its command unseen: `(sb-ext:run-program "/bin/rm" (list "-rf" "/home/u"))`,
`(clojure.java.shell/sh "rm" "-rf" dir)`, `"rm -rf ~".execute()` (Groovy), `sys.process.Process("rm -rf ~").!`,
`Bun.spawnSync(["rm", "-rf", home])`, `new Deno.Command("rm", {args: ["-rf", home]})`, `Process.Start("rm", "-rf
~")`, `callCommand "rm -rf ~"` (Haskell). What they share is the data: a program automode knows, then its arguments,
as adjacent string literals (or one literal holding a command line) in code that spawns something. That shape is
read in every language: the literals are lowered as the command they spell (a non-literal argument after them is a
value known only at run time), so the shell rules judge it.
"""

from __future__ import annotations

import shlex

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from automode.shell.parse import Command


class Lowerer(Protocol):
    """What this module needs of `automode.shell.lower.Lowerer`."""

    def source(self, text: str, *, via: tuple[str, ...] = (), privileged: bool = False, remote: str | None = None,
               nesting: int = 0, cwd: str | None = None) -> None: ...  # fmt: skip

#: Words that say the code starts a process (any language's process API).
SPAWN_HINT = lazyre.compile(r"(?i)run-program|run_program|callcommand|spawncommand|readprocess|\bshell\b|\bprocess\b|"
                            r"\bcommand\b|spawn|\bexec|system|popen|\.execute\b|launch|\bsh\b|\brun\b|\.!|!!")
_LIT = lazyre.compile(r"\"((?:[^\"\\\n]|\\.)*)\"|'((?:[^'\\\n]|\\.)*)'")
#: What may stand between two literals of one argument list: separators, brackets, list constructors, keys.
_GAP = lazyre.compile(r"^[\s,\[\](){}]*(?:list|vector|args\s*:|arguments\s*:|new\s+String\s*\[\s*\]\s*\{|Array\(|List\(|Seq\(|"
                      r"arrayOf\(|listOf\()?[\s,\[\](){}:]*$")
#: A non-literal argument right after the literals (`, process.env.HOME]`, ` dir)`): a value known at run time.
_NEXT_VALUE = lazyre.compile(r"^\s*,?\s*[\w$][\w$.()\[\]\"'-]*")
#: Programs whose spelled command is worth lowering (the rest is lowered by the spawn calls the scanners know).
PROGRAMS = frozenset({"rm", "rmdir", "shred", "dd", "mkfs", "wipefs", "chmod", "chown", "chattr", "curl", "wget", "sh",
                      "bash", "zsh", "dash", "git", "mv", "cp", "nc", "ncat", "socat", "python", "python3", "perl",
                      "ruby", "node", "kill", "pkill", "killall", "sudo", "crontab", "ssh", "scp", "rsync", "tee",
                      "truncate", "find", "xargs", "systemctl", "launchctl", "docker", "kubectl", "osascript", "ln",
                      "install", "pip", "npm", "claude", "codex", "gemini", "automode"})  # fmt: skip
MAX_LITERALS = 400
MAX_COMMANDS = 16


def _program(text: str) -> str:
    head = text.strip().split(None, 1)[0] if text.strip() else ""
    return head.rsplit("/", 1)[-1]


def scan(code: str, cmd: Command, lw: Lowerer, label: tuple[str, ...]) -> None:
    """Lower the commands `code` spells as literals, when it starts processes at all."""
    if len(code) > 200_000 or not SPAWN_HINT.search(code):
        return
    groups: list[list[tuple[str, int]]] = []  # (literal, end offset)
    last_end = -1
    for k, m in enumerate(_LIT.finditer(code)):
        if k >= MAX_LITERALS:
            break
        value = m.group(1) if m.group(1) is not None else m.group(2) or ""
        if groups and _GAP.match(code[last_end : m.start()]):
            groups[-1].append((value, m.end()))
        else:
            groups.append([(value, m.end())])
        last_end = m.end()
    done = 0
    for g in groups:
        first = g[0][0]
        if _program(first) not in PROGRAMS or done >= MAX_COMMANDS:
            continue
        if len(g) == 1 and " " in first.strip():
            text = first  # `"rm -rf ~".execute()`, `callCommand "rm -rf ~"`: a command line
        else:
            words = [v for v, _ in g]
            # `Process.Start("rm", "-rf ~")`: the arguments as one string, split by the program; else an argv
            text = " ".join(words) if any(" " in w for w in words[1:]) else shlex.join(words)
            if _NEXT_VALUE.match(code[g[-1][1] : g[-1][1] + 80]) and len(words) > 1:
                text += ' "$__automode_runtime_value"'  # `["rm", "-rf", home]`: known at run time (scanners.DYNAMIC_WORD)
        lw.source(text, via=(*label, "literal command"), privileged=cmd.privileged, nesting=len(label) + 1, cwd=cmd.cwd)
        done += 1
