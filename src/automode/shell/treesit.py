"""tree-sitter-bash, made safe to call on any input, and the repairs tried before giving up on a parse.

**Code points above U+FF.** tree-sitter-bash's external scanner passes the look-ahead code point to the C library's
`isdigit()`/`isalpha()`, which index a 384-entry table: `{` followed by U+10FFFF (`echo {\U0010FFFF}`) reads far
outside it and kills about half of the processes that parse it (measured: 4 of 6). No such character means anything
to the grammar (every special character of bash is ASCII), so each is replaced, for the parse only, by placeholder
characters of the same UTF-8 length (`ÿ`, `ÿx`, `ÿÿ`): word characters below U+100. The byte offsets of the tree
are then the offsets of the original text, and the walker reads every value from the original bytes, so nothing is
lost. (It also makes word splitting closer to bash, which never splits on Unicode spaces such as U+3000; the
grammar's own word pattern does.)

**Repairs**, each accepted only when it yields a parse without errors:
* a brace-expanded command word (`{rm,-rf,/}`), which the grammar reads as a group;
* quoted heredoc bodies the grammar stumbles inside (plain data), replaced by a placeholder line, accepted only when
  every placeholder lands in a heredoc body of the new tree (a `<<'X'` inside a string is not a heredoc: masking
  there would hide the commands on the masked lines);
* an input that ends inside a quote, substitution, loop or heredoc (see `CLOSERS`).
"""

from __future__ import annotations

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tree_sitter import Node, Tree

    from automode.shell.budget import Budget


def _binding(package: str) -> Any:
    """`<package>._binding`, the extension module of a tree-sitter package, loaded by itself when it can be found.

    Importing it the usual way runs the package's `__init__` first: `tree_sitter`'s imports `typing` to declare a
    Protocol, `tree_sitter_bash`'s imports importlib.resources with pathlib, shutil, tempfile, random and the
    compression modules (about 15 modules a cold hook never uses). The package is located on `sys.path` as an
    import would locate it (without running it); the module is registered under its own name, so a later `import
    tree_sitter` (a library user, the tests) gets this very module and its very types, never a second copy."""
    import os
    import sys

    from automode import lazymod

    name = package + "._binding"
    if package in sys.modules or name in sys.modules:  # already imported the usual way: use that one
        return lazymod.load(name)
    # importlib.machinery's names, from the import system's own modules (always loaded): importing `importlib`
    # would import `warnings` too
    machinery: Any = sys.modules.get("_frozen_importlib_external")
    spec_of: Any = getattr(sys.modules.get("_frozen_importlib"), "ModuleSpec", None)
    if machinery is None or spec_of is None:
        import importlib.machinery as machinery

        spec_of = machinery.ModuleSpec
    spec = machinery.PathFinder.find_spec(package)  # locates the package without running it
    for d in (spec.submodule_search_locations or []) if spec else []:
        for suffix in machinery.EXTENSION_SUFFIXES:
            path = os.path.join(d, "_binding" + suffix)
            if os.path.isfile(path):
                # what importlib.util.module_from_spec does for an extension (that module imports contextlib)
                loader = machinery.ExtensionFileLoader(name, path)
                bspec = spec_of(name, loader, origin=path)
                module = loader.create_module(bspec)
                module.__spec__, module.__loader__, module.__file__ = bspec, loader, path
                loader.exec_module(module)  # multi-phase initialisation (PyModuleDef_Init)
                sys.modules[name] = module
                return module
    return lazymod.load(name)


if TYPE_CHECKING:
    from tree_sitter import Language, Parser
else:
    Language, Parser = (getattr(_binding("tree_sitter"), n) for n in ("Language", "Parser"))

_LANGUAGE = Language(_binding("tree_sitter_bash").language())
_PARSER = Parser(_LANGUAGE)

# UTF-8 sequences of code points >= U+100 (lead bytes C4..DF, E0..EF, F0..F7; surrogatepass surrogates included).
WIDE_RE = lazyre.compile(rb"[\xc4-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf7][\x80-\xbf]{3}")
PLACEHOLDERS = {2: "\u00ff".encode(), 3: "\u00ffx".encode(), 4: "\u00ff\u00ff".encode()}


def neutralise(data: bytes) -> bytes:
    """The bytes the grammar sees: every code point above U+FF replaced by placeholders of the same byte length."""
    if data.isascii() or max(data) < 0xC4:  # ASCII (checked in C) and Latin-1 text: nothing to replace
        return data
    return WIDE_RE.sub(lambda m: PLACEHOLDERS[len(m.group(0))], data)


class ParseBudgetSpent(Exception):
    """The grammar's work for this action went over `Budget.parse_units` (a 100 KB pipeline takes a second)."""


def parse_bytes(data: bytes, budget: Budget | None = None) -> Tree:
    """Parse UTF-8 bash source; node offsets index `data` itself. Raises ParseBudgetSpent when the parser's work
    (counted by its progress callback, about every hundred parse operations) goes over the action's budget."""
    if budget is not None and not budget.parse_input(len(data)):
        raise ParseBudgetSpent
    seen = neutralise(data)
    if budget is None:
        return _PARSER.parse(seen)

    def progress(_offset: int, _has_error: bool) -> bool:
        return not budget.parse_unit()

    def read(offset: int, _point: object) -> bytes:
        return seen[offset : offset + 65536]

    try:
        tree = _PARSER.parse(read, progress_callback=progress)
    except ValueError:  # py-tree-sitter reports a cancelled parse as "Parsing failed"
        tree = None
    if tree is None or budget.spent:
        _PARSER.reset()
        raise ParseBudgetSpent
    return tree


BRACE_HEAD_RE = lazyre.compile(r"(^[ \t]*|[;&|(\n!][ \t]*|\b(?:then|do|else|time|exec|command|builtin)[ \t]+)"
                               r"\{(?=[^\s{},]{0,256},[^\s{}]{0,4096}\})")  # linear: no backtracking
QUOTED_HEREDOC_RE = lazyre.compile(r"<<(-?)[ \t]*(?:'([^'\n]+)'|\"([^\"\n]+)\"|\\(\w+))")
MAX_MASKED_HEREDOCS = 32
MASK_KEY = "__automode_heredoc_{}__"


def parse_source(source: str, budget: Budget | None = None) -> tuple[bytes, Tree, dict[str, str], str | None]:
    """(bytes the walker reads, their tree, {placeholder: masked heredoc body}, note when input was closed).
    Raises ParseBudgetSpent (see parse_bytes)."""
    data = source.encode("utf-8", "surrogatepass")
    tree = parse_bytes(data, budget)
    if tree.root_node.has_error and _affords(budget, len(data)) and BRACE_HEAD_RE.search(source):
        # `{rm,-rf,/}`: bash brace-expands a command word; tree-sitter reads `{` as a group and fails. Escaping the
        # brace keeps the word whole (the walker expands it) without changing what any other part means.
        retry = BRACE_HEAD_RE.sub(lambda m: m.group(1) + "\\{", source).encode("utf-8", "surrogatepass")
        second = parse_bytes(retry, budget)
        if not second.root_node.has_error:
            data, tree = retry, second
    bodies: dict[str, str] = {}
    if tree.root_node.has_error and _affords(budget, len(data)) and QUOTED_HEREDOC_RE.search(source):
        # tree-sitter-bash can stumble inside a quoted heredoc body (a line such as `expression: expr? EOF` in
        # Python source). A quoted body is plain data with no expansions, so parse with each body replaced by a
        # placeholder line and give the walker the real text back.
        masked, found = mask_quoted_heredocs(source)
        if found:
            retry = masked.encode("utf-8", "surrogatepass")
            second = parse_bytes(retry, budget)
            if not second.root_node.has_error and _all_in_heredoc_bodies(second.root_node, retry, found):
                data, tree, bodies = retry, second, found
    note = None
    if tree.root_node.has_error and len(data) <= MAX_REPAIR_BYTES:
        closed = close_unterminated(data, budget)
        if closed is not None:
            data, tree, note = closed
    return data, tree, bodies, note


def _affords(budget: Budget | None, n: int) -> bool:
    """An optional re-parse of n bytes is tried only when it fits the action's parse budget: a retry that cannot
    finish would only spend time before the same answer (the input stays a parse problem: an ask)."""
    return budget is None or budget.affords_parse(n)


def _all_in_heredoc_bodies(root: Node, data: bytes, bodies: dict[str, str]) -> bool:
    """Every placeholder is the body of a heredoc in this tree (so no masked line was anything else)."""
    seen: set[str] = set()
    stack = [root]
    while stack:
        n = stack.pop()
        if n.type == "heredoc_body":
            seen.add(data[n.start_byte : n.end_byte].decode("utf-8", "replace").strip())
            continue
        stack.extend(n.children)
    return all(k in seen for k in bodies)


def mask_quoted_heredocs(source: str) -> tuple[str, dict[str, str]]:
    """Replace the body of every quoted heredoc with a placeholder line; return the text and {placeholder: body}."""
    lines = source.split("\n")
    out: list[str] = []
    bodies: dict[str, str] = {}
    i = 0
    while i < len(lines):
        line = lines[i]
        out.append(line)
        i += 1
        heredocs = [(m.group(1) == "-", m.group(2) or m.group(3) or m.group(4)) for m in QUOTED_HEREDOC_RE.finditer(line)]
        for dash, d in heredocs[: MAX_MASKED_HEREDOCS - len(bodies)]:
            start = i
            while i < len(lines) and (lines[i].lstrip("\t") if dash else lines[i]) != d:
                i += 1
            if i >= len(lines):
                return source, {}  # unterminated: leave it to the parser's own error
            key = MASK_KEY.format(len(bodies))
            bodies[key] = "\n".join(lines[start:i]) + "\n"
            out += [key, lines[i]]
            i += 1
    return "\n".join(out), bodies


# An input that stops inside a quote, `$(`, or a compound statement (a console-truncated commit message, a
# half-pasted loop) is a syntax error: bash runs only the complete commands before the line it starts on. Judging
# the input with the missing closer appended covers those and more (appending text can only add commands, never
# change the ones before it), so an allow of the closed form is an allow of what can run. Only closers that give a
# parse with no error at all are accepted; anything else stays a parse problem (ask).
CLOSERS: tuple[tuple[bytes, str], ...] = (
    (b'"', "double quote"), (b"'", "single quote"), (b"`", "backtick substitution"), (b")", "parenthesis"),
    (b"\ndone", "loop"), (b"\nfi", "if statement"), (b"\nesac", "case statement"), (b"\n}", "brace group"),
    (b'")', "double quote inside a substitution"), (b"')", "single quote inside a substitution"),
    (b'"\ndone', "double quote inside a loop"), (b"'\ndone", "single quote inside a loop"),
    (b'"\nfi', "double quote inside an if statement"), (b"'\nfi", "single quote inside an if statement"),
)  # fmt: skip
MAX_REPAIR_BYTES = 20_000  # each try is a full parse; longer inputs stay a plain parse problem
HEREDOC_OPEN_RE = lazyre.compile(rb"(?<!<)<<(?!<)-?[ \t]*(?:'([^'\n]+)'|\"([^\"\n]+)\"|\\?([\w.-]+))")


def close_unterminated(data: bytes, budget: Budget | None = None) -> tuple[bytes, Tree, str] | None:
    """(closed source, its tree, a note saying what was closed and why that is safe) or None."""
    heredocs = HEREDOC_OPEN_RE.findall(data)
    if heredocs:
        # Bash runs a heredoc that has no closing line with the body read up to the end of the input (a warning,
        # not an error), so appending the delimiter judges exactly what runs.
        delim = next(d for d in heredocs[-1] if d)
        if not _affords(budget, len(data) + len(delim) + 1):
            return None
        tree = parse_bytes(data + b"\n" + delim, budget)
        if not tree.root_node.has_error:
            name = delim.decode("utf-8", "replace")
            return data + b"\n" + delim, tree, f"the heredoc has no closing {name} line: bash reads its body to the end and runs it"
    for closer, what in CLOSERS:
        if not _affords(budget, len(data) + len(closer)):
            return None
        tree = parse_bytes(data + closer, budget)
        if not tree.root_node.has_error:
            return data + closer, tree, (f"the command ends inside an unclosed {what}: bash rejects it as a syntax error, "
                                         "so it was judged as if closed (that form covers everything that can run)")  # fmt: skip
    return None


def first_error(node: Node, data: bytes) -> str:
    stack = [node]
    seen = 0
    while stack and seen < 10_000:
        n = stack.pop()
        seen += 1
        if n.is_missing:
            return f"missing {n.type!r} at offset {n.start_byte}"
        if n.type == "ERROR":
            snippet = data[n.start_byte : n.start_byte + 30].decode("utf-8", "replace")
            return f"unexpected {snippet!r} at offset {n.start_byte}"
        stack.extend(reversed(n.children))
    return "syntax error"
