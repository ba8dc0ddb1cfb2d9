"""Bash source -> simple commands, with tree-sitter-bash as the grammar.

The walker visits every statement form (lists, pipelines, subshells, loops, `case`, functions, `$(...)`, backticks,
`<(...)`, heredocs, here-strings) and emits one `Command` per simple command, in execution order, with:

* its words after quote removal and the expansion of variables whose value is known (`X=rm; $X` is `rm`;
  `$HOME`, `$PWD`, `$TMPDIR` come from the context); anything else is a dynamic word;
* its redirections (heredoc and here-string bodies included), the command feeding its stdin through a pipe, and
  the working directory it runs in (a literal `cd` moves it);
* shell functions and aliases defined earlier in the same script are expanded at their call.

It never raises on bad input: syntax errors, caps and unknowables are collected in `problems`, which the engine
turns into an ask (or a deny when something it did understand is bad enough).
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from automode import lazyre
from automode.shell.budget import Budget
from automode.shell.escapes import decode_ansi_c
from automode.shell.script import Command as Command  # re-exported: the rest of automode reads it here
from automode.shell.script import Redirect, Script, literal_output
from automode.shell.script import ShellState as ShellState
from automode.shell.script import default_env as default_env
from automode.shell.treesit import ParseBudgetSpent, first_error, parse_source
from automode.shell.words import (
    MAX_BRACE_WORDS,
    Word,
    brace_expand,
    normalize_name,
    unescape_double,
    unescape_unquoted,
)

if TYPE_CHECKING:
    from tree_sitter import Node

MAX_SOURCE_CHARS = 100_000  # longer commands are not parsed at all
MAX_TREE_DEPTH = 120  # deeper syntax trees (10,000 nested `$(`) stop the walk
MAX_COMMANDS = 600
MAX_NESTING = 8  # `bash -c "bash -c ..."`, function calls, aliases

DASH_LIKE = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
DASH_RUN_RE = lazyre.compile(f"^[{DASH_LIKE}-]+")
PLAIN_WORDS = frozenset({"word", "number", "regex", "extglob_pattern", "test_operator", "file_descriptor"})
STATEMENT_SEPARATORS = frozenset({";", "&", "&&", "||", "\n", ";;", "|", "|&", "!"})


def parse_script(source: str, state: ShellState, nesting: int = 0, budget: Budget | None = None) -> Script:
    """Parse bash source into simple commands. Never raises; work is bounded by `budget` (problems when spent)."""
    script = Script()
    budget = budget if budget is not None else Budget()
    if len(source) > MAX_SOURCE_CHARS:
        script.problems.append(f"the command is {len(source):,} characters long, over the {MAX_SOURCE_CHARS:,} analysed")
        return script
    if not budget.take(len(source), "shell source") or not budget.step():
        script.problems.extend(budget.exceeded)
        return script
    if "\x00" in source:
        script.problems.append("the command contains NUL bytes")
        source = source.replace("\x00", "")
    try:
        data, tree, bodies, script.incomplete = parse_source(source, budget)
    except ParseBudgetSpent:
        script.problems.extend(budget.exceeded)
        return script
    root = tree.root_node
    walker = _Walker(data, script, nesting, budget)
    walker.masked_bodies = bodies
    if root.has_error:
        script.problems.append(f"the shell syntax could not be parsed ({first_error(root, data)})")
    walker.block(root, state)
    for p in budget.exceeded:
        walker.problem(p)
    return script


CONTROL_VAR_DIR = lazyre.compile(r"^\$\{?([A-Z_][A-Z0-9_]*)\}?(/[\w./-]*)?/?$")


def _control_vars() -> tuple[str, ...]:
    from automode.controls import ENV_VARS

    return ENV_VARS


class _Walker:
    def __init__(self, data: bytes, script: Script, nesting: int, budget: Budget) -> None:
        self.data = data
        self.script = script
        self.nesting = nesting
        self.budget = budget
        self.capped = False
        self.masked_bodies: dict[str, str] = {}

    # ----------------------------------------------------------------- helpers
    def text(self, node: Node) -> str:
        return self.data[node.start_byte : node.end_byte].decode("utf-8", "replace")

    def problem(self, msg: str) -> None:
        if msg not in self.script.problems:
            self.script.problems.append(msg)

    def _emit(self, cmd: Command) -> None:
        if len(self.script.commands) >= MAX_COMMANDS:
            if not self.capped:
                self.capped = True
                self.problem(f"more than {MAX_COMMANDS} commands in one action")
            return
        self.script.commands.append(cmd)

    # ----------------------------------------------------------- statements
    def block(self, node: Node, st: ShellState, depth: int = 0) -> list[Command]:
        """Walk a statement (or a sequence of them). Returns the commands whose stdout leaves this statement."""
        if depth > MAX_TREE_DEPTH:
            self.problem(f"the command nests deeper than {MAX_TREE_DEPTH} levels")
            return []
        if self.capped or not self.budget.step():
            return []  # what is left is not walked: the problem recorded makes the action an ask
        t = node.type
        if t == "command":
            cmd = self.command(node, st, depth)
            return [cmd] if cmd else []
        if t == "pipeline":
            return self.pipeline(list(node.children), st, depth)
        if t == "redirected_statement":
            return self.redirected(node, st, depth)
        if t == "variable_assignment":
            self.assignment(node, st, depth)
            return []
        if t == "variable_assignments":
            for c in node.named_children:
                if c.type == "variable_assignment":
                    self.assignment(c, st, depth)
            return []
        if t in ("declaration_command", "unset_command"):
            return self.declaration(node, st, depth)
        if t == "function_definition":
            name_node = node.child_by_field_name("name")
            body = node.child_by_field_name("body")
            if name_node is not None and body is not None:
                self.script.functions[self.text(name_node)] = body
            return []
        if t == "subshell":
            return self.sequence(node.children, st.copy(), depth)
        if t in ("for_statement", "select_statement"):
            return self.for_loop(node, st, depth)
        if t == "comment":
            return []
        # program, list, compound_statement, if/while/case, do_group, negated_command, test_command, ...
        return self.sequence(node.children, st, depth)

    def sequence(self, children: list[Node], st: ShellState, depth: int) -> list[Command]:
        out: list[Command] = []
        for c in children:
            if c.type in STATEMENT_SEPARATORS or not c.is_named:
                continue
            if c.type in ("word", "string", "raw_string", "concatenation", "simple_expansion", "expansion",
                          "number", "binary_expression", "unary_expression", "test_operator", "regex",
                          "command_substitution", "process_substitution", "arithmetic_expansion",
                          "parenthesized_expression", "ternary_expression", "postfix_expression", "extglob_pattern",
                          "case_item"):  # fmt: skip
                # Expression parts of if/while/case/[[ ]]: only their substitutions run.
                if c.type == "case_item":
                    out = self.sequence(c.children, st, depth + 1) or out
                else:
                    self.substitutions(c, st, depth + 1)
                continue
            out = self.block(c, st, depth + 1) or out
        return out

    def for_loop(self, node: Node, st: ShellState, depth: int) -> list[Command]:
        var = node.child_by_field_name("variable")
        values = [c for c in node.children_by_field_name("value")]
        for v in values:
            self.substitutions(v, st, depth + 1)
        if var is not None:
            words = [self.word(v, st, depth + 1) for v in values]
            known = [w for w in words if not w.dynamic and not w.glob]
            # One known value: the loop body sees it; several or unknown: the variable is dynamic.
            st.env[self.text(var)] = known[0].value if len(known) == 1 and len(words) == 1 else None
        body = node.child_by_field_name("body")
        return self.block(body, st, depth + 1) if body is not None else []

    def pipeline(self, children: list[Node], st: ShellState, depth: int, first: Command | None = None) -> list[Command]:
        prev: list[Command] = [first] if first else []
        for c in children:
            if c.type in ("|", "|&") or not c.is_named:
                continue
            start = len(self.script.commands)
            tails = self.block(c, st, depth + 1)
            if prev:
                # Every command of this stage that reads stdin is fed by the previous stage's last command.
                for cmd in self.script.commands[start:]:
                    if cmd.pipe_from is None and not cmd.substituted:
                        cmd.pipe_from = prev[-1]
                        break
            prev = tails or prev
        return prev

    def redirected(self, node: Node, st: ShellState, depth: int) -> list[Command]:
        body = node.child_by_field_name("body")
        start = len(self.script.commands)
        tails: list[Command] = self.block(body, st, depth + 1) if body is not None else []
        owners = [o for o in self.script.commands[start:] if not o.substituted] or tails
        continuation: list[Node] = []
        prev_end = node.start_byte
        for c in node.children:
            gap_start, prev_end = prev_end, c.end_byte
            if body is not None and c.id == body.id:
                continue
            if c.type in ("file_redirect", "heredoc_redirect", "herestring_redirect"):
                redirects, rest, args = self.redirect(c, st, depth)
                if body is not None and body.type == "command" and owners and c.start_byte > gap_start:
                    # tree-sitter drops a lone `-` before a heredoc (`make -f - <<EOF`, `cat - <<EOF`): words between
                    # the command and its redirect are still its arguments.
                    gap = self.data[gap_start : c.start_byte].decode("utf-8", "replace").split()
                    owners[0].argv.extend(Word(unescape_unquoted(g), g) for g in gap if g != "\\")
                # A heredoc belongs to the command it follows: in `true && bash <<EOF` (tree-sitter hangs it on the
                # whole list) that is the list's last command, `bash`, which runs the body.
                doc_owner = tails[-1:] if body is not None and body.type in ("list", "pipeline") and tails else owners[:1]
                for red in redirects:
                    for o in doc_owner if red.op.startswith("<<") else owners:
                        o.redirects.append(red)
                continuation.extend(rest)
                if args and body is not None and body.type == "command" and owners:
                    owners[0].argv.extend(args)
        # tree-sitter hangs `| sh` and `&& next` of `cat <<EOF | sh` inside the heredoc redirect node.
        feeder = owners[-1] if owners else None
        for r in continuation:
            if r.type == "pipeline":
                tails = self.pipeline(list(r.children), st, depth + 1, first=feeder)
            elif r.type in STATEMENT_SEPARATORS or not r.is_named:
                continue
            else:
                tails = self.block(r, st, depth + 1) or tails
        return tails

    def redirect(self, node: Node, st: ShellState, depth: int) -> tuple[list[Redirect], list[Node], list[Word]]:
        """One redirect node -> its redirects (a heredoc node may carry `> out` too), any statements that
        tree-sitter nested inside it, and the words after the target (`rm -rf 2>/dev/null /`: tree-sitter hangs `/`
        on the redirect, bash passes it to `rm`)."""
        fd = None
        op = ""
        target: Word | None = None
        body: str | None = None
        body_dynamic = False
        extra: list[Redirect] = []
        rest: list[Node] = []
        args: list[Word] = []
        misread = self._misread_heredoc(node)
        if misread is not None:
            body, body_dynamic = misread
        for c in node.children:
            t = c.type
            if misread is not None and (t == "heredoc_body" or (c.is_named and c.end_byte > misread_at(node, self.data) + 1)):
                continue
            if t == "file_descriptor":
                fd = self.text(c)
            elif t == "heredoc_start":
                target = Word(self.text(c), self.text(c))
            elif t == "heredoc_body":
                quoted = target is not None and any(q in target.raw for q in ("'", '"', "\\"))
                body, body_dynamic = self.heredoc_body(c, st, depth, quoted)
            elif t in ("heredoc_end", "heredoc_content"):
                continue
            elif t in ("file_redirect", "herestring_redirect"):
                inner, more, more_args = self.redirect(c, st, depth)
                extra.extend(inner)
                rest.extend(more)
                args.extend(more_args)
            elif not c.is_named:
                if t in ("&&", "||", ";", "&", "|", "|&"):
                    rest.append(c)
                else:
                    op = op or t
            elif t in ("pipeline", "list", "command", "redirected_statement", "subshell", "compound_statement"):
                rest.append(c)
            elif op == "<<<":
                w = self.word(c, st, depth + 1)
                body, body_dynamic = w.value, w.dynamic
            elif target is None:
                target = self.word(c, st, depth + 1)
            elif t != "comment":
                args.extend(self.words(c, st, depth + 1))
        if op == "<<<":
            main = Redirect(op, fd, None, body, body_dynamic)
        elif op.startswith("<<"):
            main = Redirect(op, fd, target, body or "", body_dynamic)
        else:
            main = Redirect(op or ">", fd, target)
        return [main, *extra], rest, args

    def _misread_heredoc(self, node: Node) -> tuple[str, bool] | None:
        """tree-sitter reads a heredoc body that starts with a backslash (`sh <<'EOF'\n\\git reset --hard`) as
        arguments of the redirect. Bash reads the lines up to the delimiter as the body: take them from the text."""
        if node.type != "heredoc_redirect":
            return None
        at = misread_at(node, self.data)
        end = next((c for c in node.children if c.type == "heredoc_end"), None)
        if at < 0 or end is None or not any(c.is_named and c.end_byte > at + 1 and c.type not in ("heredoc_body", "heredoc_end")
                                            for c in node.children):  # fmt: skip
            return None
        text = self.data[at + 1 : end.start_byte].decode("utf-8", "replace")
        start = next((c for c in node.children if c.type == "heredoc_start"), None)
        quoted = start is not None and any(q in self.text(start) for q in ("'", '"', "\\"))
        return self.masked_bodies.get(text.strip(), text), not quoted and ("$" in text or "`" in text)

    def heredoc_body(self, node: Node, st: ShellState, depth: int, quoted: bool) -> tuple[str, bool]:
        raw = self.text(node)
        if quoted:
            return self.masked_bodies.get(raw.strip(), raw), False
        dynamic = False
        for c in node.children:
            if c.type in ("command_substitution", "expansion", "simple_expansion", "arithmetic_expansion"):
                w = self.word(c, st, depth + 1)
                dynamic = dynamic or w.dynamic
        return raw, dynamic

    def assignment(self, node: Node, st: ShellState, depth: int) -> None:
        name_node = node.child_by_field_name("name")
        value_node = node.child_by_field_name("value")
        if name_node is None:
            return
        name = self.text(name_node)
        if value_node is None:
            st.env[name] = ""
            return
        w = self.word(value_node, st, depth + 1)
        st.env[name] = None if w.dynamic else w.value
        self.script.assignments.append((name, w.value))

    def declaration(self, node: Node, st: ShellState, depth: int) -> list[Command]:
        """`export A=1 B`, `local x=$(...)`: update the variables and keep the statement as a command so rules
        can see what is exported."""
        keyword = node.children[0] if node.children else None
        argv = [Word(self.text(keyword), self.text(keyword))] if keyword is not None else []
        for c in node.named_children:
            if c.type == "variable_assignment":
                self.assignment(c, st, depth)
                name_node = c.child_by_field_name("name")
                value = st.env.get(self.text(name_node)) if name_node is not None else None
                argv.append(Word(f"{self.text(name_node) if name_node is not None else '?'}={value if value is not None else ''}",
                                 self.text(c), dynamic=value is None))  # fmt: skip
            else:
                self.substitutions(c, st, depth + 1)
                argv.append(self.word(c, st, depth + 1))
        if argv:
            cmd = Command(argv, st.cwd, text=self.text(node), depth=self.nesting)
            self._emit(cmd)
            return [cmd]
        return []

    # -------------------------------------------------------------- commands
    def command(self, node: Node, st: ShellState, depth: int) -> Command | None:
        argv: list[Word] = []
        assigns: list[tuple[str, Word]] = []
        redirects: list[Redirect] = []
        arg_nodes: list[Node] = []
        for c in node.children:
            t = c.type
            if t == "variable_assignment":
                name_node = c.child_by_field_name("name")
                value_node = c.child_by_field_name("value")
                val = self.word(value_node, st, depth + 1) if value_node is not None else Word("", "")
                assigns.append((self.text(name_node) if name_node is not None else "?", val))
            elif t in ("file_redirect", "herestring_redirect", "heredoc_redirect"):
                more, _rest, more_args = self.redirect(c, st, depth)
                redirects.extend(more)
                argv.extend(more_args)
            elif t == "command_name":
                for inner in c.children:
                    self.add_words(argv, arg_nodes, inner, st, depth)
            elif c.is_named and t != "comment":
                self.add_words(argv, arg_nodes, c, st, depth)
        if not argv:
            for name, val in assigns:
                st.env[name] = None if val.dynamic else val.value
            if redirects:
                # A bare `> file` still truncates the file.
                cmd = Command([Word(":", ":")], st.cwd, redirects, assigns, text=self.text(node))
                self._emit(cmd)
                return cmd
            return None
        head = argv[0]
        # Aliases and functions defined earlier in this script run their own bodies.
        if not head.dynamic and head.value in st.aliases and self.nesting < MAX_NESTING:
            expanded = parse_script(st.aliases[head.value] + " " + " ".join(_quote(w) for w in argv[1:]), st, self.nesting + 1,
                                    self.budget)  # fmt: skip
            for cmd in expanded.commands:
                cmd.via = ("alias", *cmd.via)
                self._emit(cmd)
            self.script.problems.extend(p for p in expanded.problems if p not in self.script.problems)
            return expanded.commands[-1] if expanded.commands else None
        cmd = Command(argv, st.cwd, redirects, assigns, text=self.text(node), depth=self.nesting)
        self._emit(cmd)
        if assigns:
            self.prefix_view(cmd, arg_nodes, st, depth)
        if not head.dynamic and head.value in self.script.functions:
            self.call_function(head.value, argv[1:], st, depth)
        self.track_builtin(cmd, st)
        return cmd

    def add_words(self, argv: list[Word], arg_nodes: list[Node], node: Node, st: ShellState, depth: int) -> None:
        new = self.words(node, st, depth + 1)
        if arg_nodes and argv and new and self.data[arg_nodes[-1].end_byte : node.start_byte] == b"\\\n":
            # `git re\<newline>set`: tree-sitter splits the word at the line continuation, bash does not.
            last, first = argv.pop(), new[0]
            new[0] = Word(last.value + first.value, last.raw + first.raw, last.dynamic or first.dynamic,
                          last.glob or first.glob, last.quoted or first.quoted)  # fmt: skip
        arg_nodes.append(node)
        argv.extend(new)

    def prefix_view(self, cmd: Command, arg_nodes: list[Node], st: ShellState, depth: int) -> None:
        """`TMPDIR=/x rm -rf $TMPDIR/y`: bash expands `$TMPDIR` with the old value, but the evident intent is the
        new one. Emit the command a second time as the writer meant it, so both readings are judged."""
        names = {n for n, _ in cmd.assigns}
        if not any(f"${n}" in self.text(a) or f"${{{n}" in self.text(a) for a in arg_nodes for n in names):
            return
        if any("$(" in self.text(a) or "`" in self.text(a) for a in arg_nodes):
            return  # re-walking would run the substitutions twice
        view = st.copy()
        for n, v in cmd.assigns:
            view.env[n] = None if v.dynamic else v.value
        argv = [w for a in arg_nodes for w in self.words(a, view, depth + 1)]
        if [w.value for w in argv] != [w.value for w in cmd.argv[: len(argv)]]:
            self._emit(Command(argv, cmd.cwd, list(cmd.redirects), list(cmd.assigns), via=("prefix assignment",),
                               text=cmd.text, depth=self.nesting))  # fmt: skip

    def call_function(self, name: str, args: list[Word], st: ShellState, depth: int) -> None:
        if self.nesting >= MAX_NESTING or depth > MAX_TREE_DEPTH // 2:
            self.problem(f"function {name!r} calls nest too deep to follow")
            return
        inner = st.copy()
        inner.positional = args
        self.nesting += 1
        body = self.script.functions.pop(name)  # no recursion: a function calling itself is walked once
        try:
            start = len(self.script.commands)
            self.block(body, inner, depth + 1)
            for cmd in self.script.commands[start:]:
                cmd.via = (f"function {name}", *cmd.via)
        finally:
            self.script.functions[name] = body
            self.nesting -= 1

    def track_builtin(self, cmd: Command, st: ShellState) -> None:
        """`cd`, `alias`, `export`, `unset` change what later commands mean."""
        name = cmd.name
        argv = cmd.argv
        while name in ("command", "builtin") and len(argv) > 1 and not argv[1].value.startswith("-"):
            argv = argv[1:]  # `command cd /x` is `cd /x`
            name = normalize_name(argv[0].value)
        if name in ("cd", "pushd") and cmd.substituted is False:
            args = [w for w in argv[1:] if not w.value.startswith("-") or w.value == "-"]
            if not args:
                st.cwd = st.env.get("HOME") or st.cwd
            elif args[0].dynamic or args[0].value == "-":
                # `cd "$CLAUDE_CONFIG_DIR"`: a variable of the agent-control table names a known location, kept as
                # `/${NAME}/…` so relative paths after it resolve there (controls.locate reads the agent's value).
                # Any other run-time directory is unknown.
                m = CONTROL_VAR_DIR.match(args[0].raw.replace('"', ""))
                st.cwd = posixpath.normpath("/${" + m.group(1) + "}" + (m.group(2) or "")) if m and m.group(1) in _control_vars() else None
            else:
                target = args[0].value
                if target.startswith("~"):
                    target = (st.env.get("HOME") or "~") + target[1:]
                base = st.cwd or "/__project__"
                st.cwd = posixpath.normpath(posixpath.join(base, target))
            st.env["PWD"] = st.cwd
        elif name == "alias":
            for w in argv[1:]:
                if "=" in w.value and not w.dynamic:
                    k, v = w.value.split("=", 1)
                    st.aliases[k] = v
        elif name in ("unset",):
            for w in argv[1:]:
                st.env.pop(w.value, None)
        elif name in ("export", "readonly", "local", "declare", "typeset"):
            for w in argv[1:]:
                if "=" in w.value:
                    k, v = w.value.split("=", 1)
                    st.env[k] = None if w.dynamic else v

    # ----------------------------------------------------------------- words
    def words(self, node: Node, st: ShellState, depth: int) -> list[Word]:
        """One argument node -> one or more words (brace expansion, unquoted `$VAR` splitting)."""
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
            for c in node.children:
                inner = self.word(c, st, depth + 1)
                parts.append(inner.value)
                dynamic = dynamic or inner.dynamic
                glob = glob or inner.glob
                quoted = quoted or inner.quoted
            if not self.budget.take(sum(map(len, parts)), "word"):
                return Word(raw, raw, dynamic=True, glob=glob, quoted=quoted)
            return self._guard(Word("".join(parts), raw, dynamic=dynamic, glob=glob, quoted=quoted))
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
        self.substitutions(node, st, depth + 1)
        return Word(raw, raw, dynamic=True)

    # --------------------------------------------------------- substitutions
    def substitution(self, node: Node, st: ShellState, depth: int) -> list[Command]:
        start = len(self.script.commands)
        self.sequence(node.children, st.copy(), depth + 1)
        ran = self.script.commands[start:]
        direct = [c for c in ran if not c.substituted]  # nested substitutions were marked already
        for cmd in ran:
            cmd.substituted = True
        return direct

    def substitutions(self, node: Node, st: ShellState, depth: int) -> None:
        """Walk every `$(...)`, backtick and `<(...)` below `node` (they run even inside test expressions)."""
        for sub in _iter_substitutions(node, depth):
            self.substitution(sub, st, depth + 1)


def misread_at(node: Node, data: bytes) -> int:
    """Offset of the newline that ends a heredoc redirect's first line (-1 when there is none)."""
    start = next((c for c in node.children if c.type == "heredoc_start"), None)
    return -1 if start is None else data.find(b"\n", start.end_byte)


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


def _quote(w: Word) -> str:
    return "'" + w.value.replace("'", "'\\''") + "'" if not w.dynamic else w.raw
