"""Text bash evaluates later as code, outside any command position (issue 13, session 7 red team).

- Array subscripts. Wherever bash reads a word as a variable *name* or an arithmetic *expression*, the subscript of
  `NAME[SUBSCRIPT]` is expanded, command substitutions included: `declare 'a[$(rm -rf ~)]=1'`, `read 'a[$(…)]'`,
  `printf -v 'a[$(…)]' x`, `test -v 'a[$(…)]'`, `let 'x=a[$(…)]'`, and a variable whose *value* holds such a
  subscript when it is used in arithmetic (`x='a[$(…)]'; echo $((x))`, `[[ $x -eq 1 ]]`, `declare -i n; n=$x`).
  A single-quoted word hides the substitution from the parser, so it was never lowered.
- Prompt strings. `PS0`, `PS1`, `PS2`, `PS4` are expanded (command substitutions run) when bash prints them: `PS4`
  before each traced command (`set -x`, `bash -x`), the others in an interactive shell; `PROMPT_COMMAND` runs as a
  command before each prompt.

Both are lowered as the commands they run, as if they ran: a string that holds such a subscript or prompt code is
not something ordinary scripts write by accident.
"""

from __future__ import annotations

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from automode.shell.script import Command


class Lowerer(Protocol):
    """What `lower_evaluated` needs of `automode.shell.lower.Lowerer` (named here: no import cycle)."""

    def source(self, text: str, *, via: tuple[str, ...] = (), privileged: bool = False, remote: str | None = None,
               nesting: int = 0, cwd: str | None = None) -> None: ...

#: Builtins that read some of their words as variable names or arithmetic expressions.
NAME_BUILTINS = frozenset({"declare", "typeset", "local", "export", "readonly", "read", "printf", "test", "[", "let",
                           "mapfile", "readarray", "getopts", "wait", "unset", "shift", "return", "exit"})  # fmt: skip
#: Variables whose value bash runs (`PROMPT_COMMAND`, also an array in bash 5.1) or expands as a prompt.
RUN_VARS = frozenset({"PROMPT_COMMAND"})
PROMPT_VARS = frozenset({"PS0", "PS1", "PS2", "PS3", "PS4"})
_SUBSCRIPT = lazyre.compile(r"[A-Za-z_]\w*\[")
MAX_PIECES = 16


def _balanced(text: str, start: int, open_: str, close: str) -> int:
    """The index just after the bracket that closes the one opened before `start` (len(text) when unclosed)."""
    depth = 1
    i = start
    while i < len(text):
        c = text[i]
        if c == "\\":
            i += 2
            continue
        if c == open_:
            depth += 1
        elif c == close:
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return len(text)


def substitutions(text: str) -> list[str]:
    """The command texts of the `$(…)` and backquoted substitutions in `text`, outermost first."""
    out: list[str] = []
    i = 0
    while i < len(text) and len(out) < MAX_PIECES:
        if text.startswith("$(", i) and not text.startswith("$((", i):
            end = _balanced(text, i + 2, "(", ")")
            out.append(text[i + 2 : end - 1])
            i = end
        elif text[i] == "`":
            end = text.find("`", i + 1)
            end = len(text) if end < 0 else end
            out.append(text[i + 1 : end])
            i = end + 1
        else:
            i += 1
    return [o for o in out if o.strip()]


def subscript_code(text: str) -> list[str]:
    """Commands in the subscripts of `text` (`a[$(rm -rf ~)]`) that bash runs when it evaluates the text."""
    if "[" not in text or ("$(" not in text and "`" not in text):
        return []
    out: list[str] = []
    for m in _SUBSCRIPT.finditer(text[:20_000]):
        end = _balanced(text, m.end(), "[", "]")
        out.extend(substitutions(text[m.end() : end - 1]))
        if len(out) >= MAX_PIECES:
            break
    return out


def variable_code(name: str, value: str, prompted: bool = False) -> list[str]:
    """Commands a variable's value runs when bash uses it: a prompt's substitutions, PROMPT_COMMAND itself, and
    any array subscript with a substitution (for arithmetic use). `prompted`: the script expands it as a prompt
    (`${x@P}` runs its substitutions; red team s14)."""
    if name in RUN_VARS:
        return [value] if value.strip() else []
    if name in PROMPT_VARS or prompted:
        return substitutions(value)
    return subscript_code(value)


def lower_evaluated(lw: Lowerer, cmd: Command, nesting: int) -> None:
    """Lower what bash evaluates of this command's words (a name-taking builtin's subscripts) and of the variables
    it sets for the command (`PS4='$(…)' bash -x`, `PROMPT_COMMAND=… bash -i`)."""
    texts: list[str] = []
    if cmd.name in NAME_BUILTINS:
        for w in cmd.argv[1:64]:
            texts.extend(subscript_code(w.value))
    for k, w in cmd.assigns[:32]:
        texts.extend(variable_code(k, w.value))
    if cmd.name in ("read", "mapfile", "readarray"):  # `read x <<< 'a[$(…)]'; echo $((x))`: the value read is evaluated
        body, known = cmd.stdin_text()
        if body is not None and known:
            texts.extend(subscript_code(body))
    for text in texts[:MAX_PIECES]:
        lw.source(text, via=(*cmd.via, f"{cmd.name} (text bash evaluates)"), privileged=cmd.privileged, remote=cmd.remote,
                  nesting=nesting + 1, cwd=cmd.cwd)  # fmt: skip
