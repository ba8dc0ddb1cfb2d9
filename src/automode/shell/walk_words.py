"""The word half of the Bash walker: one argument node -> its words, after quote removal, brace expansion, the
expansion of variables whose value is known, and the walk of every substitution inside it.

`shell/parse.py` holds the statement half (`_Walker` subclasses `WordWalker`); a substitution runs a statement
sequence, so `sequence` is the one method this half needs from the other.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from automode import lazyre
from automode.shell import dirstack
from automode.shell.budget import Budget
from automode.shell.escapes import decode_ansi_c
from automode.shell.script import Command, Script, ShellState, literal_output
from automode.shell.words import MAX_BRACE_WORDS, Word, brace_expand, unescape_double, unescape_unquoted
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from tree_sitter import Node

MAX_TREE_DEPTH = 120  # deeper syntax trees (10,000 nested `$(`) stop the walk
DASH_LIKE = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
DASH_RUN_RE = lazyre.compile(f"^[{DASH_LIKE}-]+")
_DIR_TILDE = frozenset("+-0123456789")  # `~+`, `~-`, `~N`: directories of the shell, not a user's home
PLAIN_WORDS = frozenset({"word", "number", "regex", "extglob_pattern", "test_operator", "file_descriptor"})


class WordWalker:
    def __init__(self, data: bytes, script: Script, nesting: int, budget: Budget) -> None:
        self.data = data
        self.script = script
        self.nesting = nesting
        self.budget = budget
        self.capped = False
        self.masked_bodies: dict[str, str] = {}

    def text(self, node: Node) -> str:
        return self.data[node.start_byte : node.end_byte].decode("utf-8", "replace")

    def problem(self, msg: str) -> None:
        if msg not in self.script.problems:
            self.script.problems.append(msg)

    def sequence(self, children: list[Node], st: ShellState, depth: int) -> list[Command]:
        raise NotImplementedError  # the statement walker (shell/parse.py) runs statements

    def words(self, node: Node, st: ShellState, depth: int) -> list[Word]:
        """One argument node -> one or more words (brace expansion, unquoted `$VAR` splitting)."""
        if st.positional is not None and self.text(node).strip('"') in ("$@", "${@}", "$*", "${*}"):
            # `f() { "$@"; }; f rm -rf ~`: "$@" is one word per positional parameter (red team s14: it was one word
            # `rm -rf ~`, so the command run was a program of that name)
            return [Word(p.value, self.text(node), p.dynamic) for p in st.positional] or [Word("", self.text(node))]
        w = self.word(node, st, depth)
        if w.value[:1] in DASH_LIKE:
            # `git reset ‐‐hard` (U+2010): fails in bash, but the evident intent is `--hard`.
            w.value = DASH_RUN_RE.sub(lambda m: "-" * len(m.group(0)), w.value, count=1)
        if not w.quoted and not w.dynamic and "{" in w.value and "," in w.value:
            values, complete = brace_expand(w.value)
            if not complete:
                self.problem(f"a brace expansion makes more than {MAX_BRACE_WORDS} words")
            if not self.budget.take(sum(map(len, values)), "brace expansion") or not self.budget.step(len(values)):
                return [Word(w.value, w.raw, True, w.glob, False)]
            return [Word(v, w.raw, False, w.glob, False) for v in values]
        ifs = st.env.get("IFS")
        if ifs is not None and ifs != " \t\n" and not w.quoted and node.type in ("simple_expansion", "expansion", "command_substitution"):
            # A changed IFS splits unquoted expansions on its characters (`IFS=,; c='rm,-rf,~'; $c` runs rm).
            if w.dynamic or not ifs:
                return [Word(w.value, w.raw, True)]
            parts = [p for p in re.split("[" + re.escape(ifs) + "]+", w.value) if p]
            if not self.budget.step(len(parts)):
                return [Word(w.value, w.raw, True)]
            return [Word(v, w.raw) for v in parts]
        if (
            not w.quoted
            and not w.dynamic
            and node.type in ("simple_expansion", "expansion", "command_substitution")
            and (" " in w.value or "\t" in w.value)
        ):
            parts = w.value.split()
            if not self.budget.step(len(parts)):
                return [Word(w.value, w.raw, True)]
            return [Word(v, w.raw) for v in parts]
        return [w]

    def word(self, node: Node, st: ShellState, depth: int) -> Word:
        if depth > MAX_TREE_DEPTH:
            self.problem(f"the command nests deeper than {MAX_TREE_DEPTH} levels")
            return Word("", self.text(node)[:100], dynamic=True)
        if not self.budget.step():
            return Word(self.text(node)[:100], self.text(node)[:100], dynamic=True)
        t = node.type
        raw = self.data[node.start_byte : node.end_byte].decode("utf-8", "replace")
        if t in PLAIN_WORDS:  # the most common node by far: no child, no expansion
            value = unescape_unquoted(raw) if "\\" in raw else raw
            if raw[:1] == "~" and (raw[1:2] in _DIR_TILDE or dirstack.NAMED_KEY + raw[1:].split("/", 1)[0] in st.env):
                # `~+/x`, `~-/x`, `~1/x`: $PWD, $OLDPWD, the stack; `~c/x`: a zsh named directory
                named = dirstack.tilde(value, raw, st)
                if named is not None:
                    return named
            if raw[:1] == "~" and st.home0 and st.env.get("HOME") != st.home0:
                return self.tilde(value, raw, st)
            # _guard, inline: two backtick substitutions tree-sitter merged into one word stay dynamic.
            dynamic = ("`" in value and "`" in raw) or ("$(" in raw and "$(" in value)
            return Word(value, raw, dynamic, "*" in raw or "?" in raw or "[" in raw)
        if t == "raw_string":
            return Word(raw[1:-1], raw, quoted=True)
        if t == "ansi_c_string":
            return Word(decode_ansi_c(raw[2:-1]), raw, quoted=True)
        if t in ("string", "translated_string"):
            parts: list[str] = []
            dynamic = False
            prev_end: int | None = None
            for c in node.children:
                # tree-sitter leaves newlines between string_content pieces out of every child: keep the gaps,
                # or `python3 -c "<multi-line code>"` reaches the Python reader as one mangled line.
                if prev_end is not None and c.start_byte > prev_end:
                    parts.append(unescape_double(self.data[prev_end : c.start_byte].decode("utf-8", "replace")))
                prev_end = c.end_byte
                if c.type == "string_content":
                    parts.append(unescape_double(self.text(c)))
                elif c.is_named:
                    inner = self.word(c, st, depth + 1)
                    parts.append(inner.value)
                    dynamic = dynamic or inner.dynamic
            if not self.budget.take(sum(map(len, parts)), "word"):
                return Word(raw, raw, dynamic=True, quoted=True)
            return self._guard(Word("".join(parts), raw, dynamic=dynamic, quoted=True))
        if t == "concatenation":
            parts = []
            dynamic = glob = quoted = False
            unquoted_subst = False  # `$(`/backtick outside single quotes: `--eval='$(shell x)'` holds only literal text
            for c in node.children:
                inner = self.word(c, st, depth + 1)
                parts.append(inner.value)
                dynamic = dynamic or inner.dynamic
                glob = glob or inner.glob
                quoted = quoted or inner.quoted
                if c.type not in ("raw_string", "ansi_c_string") and ("$(" in inner.raw or "`" in inner.raw):
                    unquoted_subst = True
            if not self.budget.take(sum(map(len, parts)), "word"):
                return Word(raw, raw, dynamic=True, glob=glob, quoted=quoted)
            if raw[:1] == "~" and st.home0 and st.env.get("HOME") != st.home0 and not dynamic:
                return self.tilde("".join(parts), raw, st)
            w = Word("".join(parts), raw, dynamic=dynamic, glob=glob, quoted=quoted)
            return self._guard(w) if unquoted_subst else w
        if t == "simple_expansion":
            return self.variable(raw.lstrip("$"), raw, st)
        if t == "expansion":
            return self.expansion(node, raw, st, depth)
        if t in ("command_substitution", "process_substitution"):
            ran = self.substitution(node, st, depth)
            if t == "command_substitution":
                output = literal_output(ran)
                if output is not None:
                    return Word(output, raw)
            placeholder = "/dev/fd/63" if t == "process_substitution" else raw
            return Word(placeholder, raw, dynamic=True)
        if t == "arithmetic_expansion":
            if "$(" in raw[3:] or "`" in raw or "[" in raw[3:]:
                self.problem("an arithmetic expansion hides a command substitution")
            self.substitutions(node, st, depth + 1)
            return Word("0", raw, dynamic=True)
        if t == "brace_expression":
            return Word(raw, raw, glob=True)
        if not node.is_named:
            return Word(unescape_unquoted(raw), raw)
        # Anything else (test expressions, unknown constructs): walk substitutions, keep the text, mark dynamic.
        self.substitutions(node, st, depth + 1)
        return Word(raw, raw, dynamic=True)

    def tilde(self, value: str, raw: str, st: ShellState) -> Word:
        """`HOME=/x; … ~/f`: the shell expands `~` from `$HOME` as it is now, not the user's home."""
        if value != "~" and not value.startswith("~/"):
            return Word(value, raw)  # `~user/…` reads the password database, not $HOME
        home = st.env.get("HOME")
        if home is None:
            return Word(value, raw, dynamic=True)
        return Word(home + value[1:], raw)

    def _guard(self, w: Word) -> Word:
        # Known tree-sitter hole: two backtick substitutions can merge into one bogus word with no error flag.
        if not w.dynamic and (("`" in w.value and "`" in w.raw) or ("$(" in w.raw and "$(" in w.value)):
            w.dynamic = True
        return w

    def variable(self, name: str, raw: str, st: ShellState) -> Word:
        if name.isdigit() and st.positional is not None:
            i = int(name)
            if 1 <= i <= len(st.positional):
                p = st.positional[i - 1]
                return Word(p.value, raw, dynamic=p.dynamic)
            return Word("", raw)
        if name in ("@", "*") and st.positional is not None:
            vals = st.positional
            return Word(" ".join(v.value for v in vals), raw, dynamic=any(v.dynamic for v in vals))
        value = st.env.get(name)
        if value is None:
            return Word(raw, raw, dynamic=True)
        return Word(value, raw)

    def expansion(self, node: Node, raw: str, st: ShellState, depth: int) -> Word:
        self._hidden_backticks(node, raw)
        names = [c for c in node.children if c.type == "variable_name"]
        ops = [c for c in node.children if not c.is_named and c.type not in ("${", "}")]
        if len(names) == 1 and not ops and len(node.named_children) == 1:
            return self.variable(self.text(names[0]), raw, st)
        if len(names) == 1 and len(ops) == 1 and ops[0].type in (":-", "-", ":=", "="):
            var = self.variable(self.text(names[0]), raw, st)
            if not var.dynamic and var.value:
                return var
            default = [c for c in node.named_children if c.type != "variable_name"]
            if not default:
                return Word("", raw)
            parts = [self.word(d, st, depth + 1) for d in default]
            # Unknown variable with a default: the default is a possible value, but so is anything else.
            return Word("".join(p.value for p in parts), raw, dynamic=var.dynamic or any(p.dynamic for p in parts))
        if len(names) == 1 and len(ops) == 1 and ops[0].type in (":?", "?"):
            # `${OUT_DIR:?}`: the guard either stops the shell or yields the value; a known value is that value.
            var = self.variable(self.text(names[0]), raw, st)
            if not var.dynamic and var.value:
                self.substitutions(node, st, depth + 1)  # the message can hold a substitution: it still runs
                return var
        self.substitutions(node, st, depth + 1)
        return Word(raw, raw, dynamic=True)

    def _hidden_backticks(self, node: Node, raw: str) -> None:
        """`"${x:=`rm -rf ~`}"`: tree-sitter reads a backtick substitution in an operand inside double quotes as a
        plain word, so the command it runs is not walked; bash runs it."""
        if "`" in raw and not any(True for _ in _iter_substitutions(node, 0)):
            self.problem("a parameter expansion holds a backtick command substitution the parser does not read")

    # --------------------------------------------------------- substitutions
    def substitution(self, node: Node, st: ShellState, depth: int) -> list[Command]:
        start = len(self.script.commands)
        self.sequence(node.children, st.copy(), depth + 1)
        ran = self.script.commands[start:]
        if not ran and node.type == "command_substitution":
            reds = [c for c in node.children if c.type == "file_redirect"]
            if reds:  # `$(<file)`, `$(< file)`: bash reads the file, as `cat file` would
                got = [r for c in reds for r in self.redirect(c, st, depth + 1)[0]]  # type: ignore[attr-defined]
                if got:
                    self._emit(Command([Word("cat", "cat")], st.cwd, got, [], text=self.text(node)[:200],  # type: ignore[attr-defined]
                                       depth=self.nesting))  # fmt: skip
                    ran = self.script.commands[start:]
        direct = [c for c in ran if not c.substituted]  # nested substitutions were marked already
        if node.type == "process_substitution" and self.text(node).startswith(">"):
            # `tee >(sh)`, `echo x > >(bash)`: the first command reads what the outer command writes into the
            # substitution, which this walk does not follow; unknown input, not none (`sh` with no input runs nothing)
            first = next((c for c in direct if c.pipe_from is None), None)
            if first is not None:
                first.pipe_from = Command([Word(">(...)", ">(...)")], st.cwd, text=self.text(node)[:200], depth=self.nesting)
        for cmd in ran:
            cmd.substituted = True
        return direct

    def substitutions(self, node: Node, st: ShellState, depth: int) -> None:
        """Walk every `$(...)`, backtick and `<(...)` below `node` (they run even inside test expressions)."""
        for sub in _iter_substitutions(node, depth):
            self.substitution(sub, st, depth + 1)


def _iter_substitutions(node: Node, depth: int) -> Iterator[Node]:
    stack = [(node, depth)]
    while stack:
        n, d = stack.pop()
        if d > MAX_TREE_DEPTH:
            continue
        if n.type in ("command_substitution", "process_substitution"):
            yield n
            continue
        stack.extend((c, d + 1) for c in reversed(n.children))
