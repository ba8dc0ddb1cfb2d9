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

from automode import lazyre
from automode.shell import dirstack
from automode.shell.budget import Budget
from automode.shell.script import Command as Command  # re-exported: the rest of automode reads it here
from automode.shell.script import Redirect, Script
from automode.shell.script import ShellState as ShellState
from automode.shell.script import default_env as default_env
from automode.shell.treesit import ParseBudgetSpent, first_error, parse_source
from automode.shell.walk_words import MAX_TREE_DEPTH, WordWalker
from automode.shell.words import Word, normalize_name, unescape_unquoted
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from tree_sitter import Node

MAX_SOURCE_CHARS = 100_000  # longer commands are not parsed at all
MAX_COMMANDS = 600
MAX_NESTING = 8  # `bash -c "bash -c ..."`, function calls, aliases

STATEMENT_SEPARATORS = frozenset({";", "&", "&&", "||", "\n", ";;", "|", "|&", "!"})


#: How a problem starts when the text is not a command line at all (a caller may read prose that looks like one).
UNPARSED = ("the shell syntax could not be parsed", "the command contains NUL bytes")


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
        script.problems.append(UNPARSED[1])
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
        script.problems.append(f"{UNPARSED[0]} ({first_error(root, data)})")
    walker.block(root, state)
    for p in budget.exceeded:
        walker.problem(p)
    return script


CONTROL_VAR_DIR = lazyre.compile(r"^\$\{?([A-Z_][A-Z0-9_]*)\}?(/[\w./-]*)?/?$")


def _control_vars() -> tuple[str, ...]:
    from automode.controls import ENV_VARS

    return ENV_VARS


#: A `for` loop over at most this many literal values is read once per value.
_UNROLL = 12
#: A word whose value the shell would still expand (a brace range, a glob class): not a literal value.
_EXPANDS = lazyre.compile(r"[{}*?\[\]$`]")


def _listed(words: list[Word]) -> str | None:
    """The one value of a loop over a file lister's output (`$(git ls-files '*.rb')`) or over one glob
    (`tests/test_*.py`), as a file it selects."""
    from automode.shell.listers import substituted

    if len(words) != 1:
        return None
    if words[0].glob and not words[0].dynamic and "/" in words[0].value.strip("/") and not words[0].value.startswith("/"):
        return words[0].value  # (a glob of the project's files, `tests/test_*.py`: not `*`, not a system directory)
    got = substituted(words[0])
    return got.value if got is not None else None

class _Walker(WordWalker):
    # ----------------------------------------------------------------- helpers
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
                if auto_called(self.text(name_node)):
                    # `TRAPEXIT() { … }`, `chpwd() { … }`, `command_not_found_handle() { … }`: the shell calls it by itself
                    return self.block(body, st, depth + 1)
            return []
        if t == "subshell":
            return self.sequence(node.children, st.copy(), depth)
        if t in ("for_statement", "select_statement"):
            return self.for_loop(node, st, depth)
        if t == "comment":
            return []
        if t == "test_command" and "[" in (text := self.text(node))[1:] and ("$(" in text or "`" in text):
            # `[[ -v 'a[$(cmd)]' ]]`: the operand is a variable name whose subscript bash expands (shell.evalvars);
            # kept as the `test` builtin it is, so the lowerer reads it like `test -v …`
            probe = Command([Word("test", "test"), Word(text, text)], st.cwd, text=text, depth=self.nesting)
            self._emit(probe)
            return [probe, *self.sequence(node.children, st, depth)]
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
        body = node.child_by_field_name("body")
        if var is not None:
            words = [self.word(v, st, depth + 1) for v in values]
            known = [w for w in words if not w.dynamic and not w.glob and not _EXPANDS.search(w.value)]
            if body is not None and 1 < len(words) == len(known) <= _UNROLL and node.type == "for_statement":
                # Literal values listed one by one (`for pr in 211 212 214; do vercel remove shop-pr-$pr; done`):
                # the body runs once with each, so each is read as the command it makes (the targets are named).
                out: list[Command] = []
                for w in known:
                    st.env[self.text(var)] = w.value
                    out = self.block(body, st, depth + 1) or out
                return out
            # One known value: the loop body sees it; several or unknown: the variable is dynamic (but one that is a
            # file lister's output, `for f in $(git ls-files '*_test.go')`: a file it selects, `shell.listed`).
            st.env[self.text(var)] = known[0].value if len(known) == 1 and len(words) == 1 else _listed(words)
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
        if body is None:
            # `> ~/.claude/settings.json`, `>| f`, `&> f`: a redirection without a command still opens (and
            # truncates) its file, like `: > f`; tree-sitter reads it as a statement with no body.
            bare = Command([Word(":", ":")], st.cwd, text=self.text(node), depth=self.nesting)
            self._emit(bare)
            tails = [bare]
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
        if name_node.type == "subscript":
            # `a[$(rm -rf ~)]=1`: bash expands the subscript (an arithmetic context) before it assigns
            self.substitutions(name_node, st, depth + 1)
        name = self.text(name_node)
        if value_node is None:
            st.env[name] = ""
            return
        w = self.word(value_node, st, depth + 1)
        st.env[name] = None if w.dynamic else w.value
        self.script.assignments.append((name, w.value))
        table = _NAME_TABLES.match(name)
        if table is not None:
            # `BASH_CMDS[ls]=/bin/rm; ls -rf ~`: bash's command hash (as `hash -p`) or alias table, written directly
            st.aliases[table.group(2).strip("'\"")] = _quote(w) if table.group(1) == "CMDS" else w.value

    def declaration(self, node: Node, st: ShellState, depth: int) -> list[Command]:
        """`export A=1 B`, `local x=$(...)`: update the variables and keep the statement as a command so rules
        can see what is exported."""
        keyword = node.children[0] if node.children else None
        argv = [Word(self.text(keyword), self.text(keyword))] if keyword is not None else []
        nameref = any(c.type == "word" and self.text(c).startswith("-") and "n" in self.text(c)[1:] for c in node.named_children) \
            and keyword is not None and self.text(keyword) in ("declare", "typeset", "local")
        for c in node.named_children:
            if c.type == "variable_assignment" and nameref:
                # `declare -n r=p`: `$r` is whatever `p` holds when it is read, later
                name_node = c.child_by_field_name("name")
                if name_node is not None:
                    st.env[self.text(name_node)] = None
                argv.append(self.word(c, st, depth + 1))
            elif c.type == "variable_assignment":
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
                if name_node is not None and name_node.type == "subscript":
                    self.substitutions(name_node, st, depth + 1)  # `a[$(cmd)]=1 prog`: the subscript is expanded
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
        if name in ("cd", "pushd", "popd") and cmd.substituted is False:
            args = [w for w in argv[1:] if not w.value.startswith("-") or w.value == "-" or w.value[1:].isdigit()]
            known = None
            if args and args[0].dynamic:
                # `cd "$CLAUDE_CONFIG_DIR"`: a variable of the agent-control table names a known location, kept as
                # `/${NAME}/…` so relative paths after it resolve there (controls.locate reads the agent's value).
                # Any other run-time directory is unknown.
                m = CONTROL_VAR_DIR.match(args[0].raw.replace('"', ""))
                known = posixpath.normpath("/${" + m.group(1) + "}" + (m.group(2) or "")) if m and m.group(1) in _control_vars() else None
            dirstack.move(name, args, st, known)  # CDPATH, cdable_vars, `cd -`, the directory stack
        elif name == "shopt":
            dirstack.shopt(st, [w.value for w in argv[1:]])
        elif name == "alias":
            # zsh's global (`-g`, expanded anywhere in a line) and suffix (`-s`, run for a file name) aliases run
            # their text where the analysis cannot follow them: read it as run
            anywhere = any(w.value.startswith("-") and ("g" in w.value or "s" in w.value) for w in argv[1:])
            for w in argv[1:]:
                if "=" in w.value and not w.dynamic:
                    k, v = w.value.split("=", 1)
                    st.aliases[k] = v
                    if anywhere and self.nesting < MAX_NESTING:
                        for c in parse_script(v, st.copy(), self.nesting + 1, self.budget).commands:
                            c.via = ("zsh alias", *c.via)
                            self._emit(c)
        elif name == "hash" and len(argv) >= 3 and argv[1].value == "-d":
            dirstack.name_dirs(st, [w.value for w in argv[2:] if not w.dynamic])  # zsh: `hash -d c=DIR` makes `~c`
        elif name == "hash" and len(argv) >= 4 and argv[1].value == "-p":
            st.aliases[argv[3].value] = _quote(argv[2])  # `hash -p /bin/rm ls`: `ls` runs /bin/rm
        elif name in ("unset",):
            for w in argv[1:]:
                st.env.pop(w.value, None)
        elif name in ("export", "readonly", "local", "declare", "typeset"):
            for w in argv[1:]:
                if "=" in w.value:
                    k, v = w.value.split("=", 1)
                    st.env[k] = None if w.dynamic else v


#: bash's tables of what a command name runs, written as arrays (bash(1) BASH_CMDS, BASH_ALIASES).
_NAME_TABLES = lazyre.compile(r"^BASH_(CMDS|ALIASES)\[(.+)\]$")


def misread_at(node: Node, data: bytes) -> int:
    """Offset of the newline that ends a heredoc redirect's first line (-1 when there is none)."""
    start = next((c for c in node.children if c.type == "heredoc_start"), None)
    return -1 if start is None else data.find(b"\n", start.end_byte)


def _quote(w: Word) -> str:
    return "'" + w.value.replace("'", "'\\''") + "'" if not w.dynamic else w.raw


#: Functions a shell calls by itself, without being named in a command (zsh(1) SPECIAL FUNCTIONS: traps, hook
#: functions; bash(1) `command_not_found_handle`): defining one is running it at the next exit, signal, prompt,
#: directory change or unknown command.
AUTO_CALLED = frozenset({"zshexit", "chpwd", "precmd", "preexec", "periodic", "zshaddhistory", "command_not_found_handle",
                         "command_not_found_handler"})  # fmt: skip


def auto_called(name: str) -> bool:
    return name in AUTO_CALLED or (name.startswith("TRAP") and name[4:].isupper() and len(name) > 4)
