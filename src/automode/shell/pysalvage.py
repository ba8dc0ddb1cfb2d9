"""Inline Python that cannot run as written, repaired so that what it was meant to do is still judged."""

from __future__ import annotations

import re

from automode import lazymod
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    import ast
else:
    ast = lazymod.module("ast", __name__)  # only for code an interpreter is given

# Python compiles a whole `-c` string, file or piped script before it runs any of it, so code with one of these
# errors runs nothing in any Python version (unlike new syntax an older parser rejects, which stays a problem).
# Typical source: a console that cut the code short (`Path('specs/ap`, `import json…`) or indented it.
UNIVERSAL_SYNTAX_ERRORS = ("unexpected indent", "invalid character", "was never closed", "unterminated string literal",
                           "unterminated triple-quoted string", "expected an indented block", "unexpected EOF",
                           "unindent does not match")  # fmt: skip
PY_CLOSERS = ("", ")", "')", '")', "'", '"', "))", "'))", '"))', "]", "}", "')]", "\n    pass", '"""', "'''", '""")',
              "''')")  # fmt: skip
MAX_SALVAGE_CHARS = 20_000


def salvage_python(code: str, exc: SyntaxError) -> tuple[ast.Module, str] | None:
    """A parse of code that cannot run as written, repaired (dedented, stray characters blanked, brackets and strings
    closed at the end) so that what it was meant to do is still judged; None when the error is not one that stops
    every Python from running it, or the repair fails."""
    why = exc.msg or ""
    if len(code) > MAX_SALVAGE_CHARS or not any(k in why for k in UNIVERSAL_SYNTAX_ERRORS):
        return None
    import textwrap  # only to salvage broken code: it compiles regexes at import

    fixed = textwrap.dedent(code).strip("\n")
    for _ in range(8):  # blank characters no Python accepts outside strings (the console's `…`)
        try:
            ast.parse(fixed)
            break
        except SyntaxError as e:
            m = re.match(r"invalid character '(.)'", e.msg or "")
            if m is None:
                break
            fixed = textwrap.dedent(fixed.replace(m.group(1), " ")).strip("\n")
        except (ValueError, RecursionError, MemoryError):
            return None
    fixed = fixed.rstrip()
    for closer in PY_CLOSERS:
        try:
            return ast.parse(fixed + closer), why.split(" (")[0]
        except SyntaxError:
            continue
        except (ValueError, RecursionError, MemoryError):
            return None
    if "indent" in why:
        # A piece of a file cut at any line (an edit's `new_string`: `yield out_dir` then the indented teardown): each
        # statement read on its own, the block headers dropped, so its calls are still judged (session 19, J3)
        flat = "\n".join(ln.strip() for ln in code.splitlines() if ln.strip() and not ln.rstrip().endswith(":"))
        try:
            return ast.parse(flat), why.split(" (")[0]
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            return None
    return None
