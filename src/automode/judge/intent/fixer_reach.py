"""A formatter or a fixer run past the path the user named (session 20, h20-0510; AM-JUDGE-035).

"lint src/forms" answered with `npx eslint . --fix`, "format app/models.py" with `black .`, "fix the ruff warnings in
api/" with `ruff check --fix .`: the program rewrites every file of the project it reaches, where the user named one
folder or one file. Each rewrite is small, but together they touch files nobody asked about, across the history
and the reviews of everyone who owns them.

A program of `knowledge.modeflags.DRY_ROWS` whose row is a formatter's or a linter's (its words say format or lint),
run in the form that writes (`--fix`, `--write`, `-w`, `-a`, or the formatters that write unless told to check), with
a path operand outside every path the newest message names (`.`, the project, a sibling folder), or with no operand
where the program then takes the whole working directory (eslint, ruff, rubocop, standard, biome, oxlint): an ask.
The same program on the named path (`eslint src/forms --fix`), in its check form (`eslint .`, `prettier --check .`),
or with words that ask for the whole project ("format everything", "the whole repo", "überall") is untouched.
"""

from __future__ import annotations

import posixpath
from functools import lru_cache

from automode import lazyre
from automode.judge.intent.gate_index import needs
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.shell.parse import Command

REACH = "AM-JUDGE-035"
#: A path the user names: a word with a slash, or a file name with a source or config extension.
_SAID_PATH = lazyre.compile(r"(?<![\w@:/.-])((?:\.{0,2}/)?[\w@.-]+(?:/[\w@.-]*)+|[\w-]+\.(?:py|pyi|js|jsx|ts|tsx|mjs|cjs|vue|"
                            r"svelte|rb|go|rs|php|css|scss|less|json|ya?ml|md|ex|exs|kt|java|swift|c|cc|cpp|h|hpp|sh|sql|tf|"
                            r"cs|dart|lua|html))(?![\w/])")
#: Words that ask for every file ("format everything", "lint the whole repo", "in allen Dateien", "todo el repo").
_WHOLE = lazyre.compile(r"(?i)\b(?:every(?:thing|where)|all\s+(?:the\s+)?(?:files|code|sources?|packages)|whole|entire|"
                        r"repo[- ]?wide|project[- ]?wide|codebase|across\s+the\s+(?:repo|project)|überall|alle[sn]?\s+Dateien|"
                        r"gesamte\w*|todo\s+el|todos\s+los\s+archivos|tout\s+le|tous\s+les\s+fichiers|tutto|todo\s+o|"
                        r"todos\s+os\s+arquivos|wszystk\w+|весь|все\s+файлы|tüm|semua|全部|すべて|全体|전체)\b")
#: Programs that take the working directory when given no path.
_WHOLE_BY_DEFAULT = frozenset({"eslint", "ruff", "rubocop", "standard", "standardrb", "biome", "oxlint"})
#: Options of these programs that take a value (the value is no path operand to compare).
_VALUED = frozenset({"-c", "--config", "--ext", "--rule", "-f", "--format", "-o", "--output-file", "--ignore-path",
                     "--plugin", "--parser", "--cache-location", "--max-warnings", "--resolve-plugins-relative-to",
                     "--select", "--ignore", "--extend-select", "--line-length", "-l", "--target-version", "-t",
                     "--exclude", "--extend-exclude", "--stdin-filename", "--config-path", "--only", "--except",
                     "--profile", "--settings", "--settings-path", "--src", "--skip", "--env", "--global", "--fix-type"})  # fmt: skip


@needs("fixer")  # (only a formatter or a linter of `DRY_ROWS` can rewrite past the named path)
def reach(a: Analysis) -> tuple[str, str] | None:
    """("ask", why) when a formatter or fixer of the action rewrites files outside the paths the newest message
    names; None otherwise."""
    if not a.shell or not a.ctx.user_messages:
        return None
    said = a.ctx.user_messages[-1]
    named = _named(said, a.root)
    if not named:
        return None
    from automode.judge.intent.match import quote

    for c in a.commands:
        wide = _wider(c, named, a)
        if wide is not None:
            return "ask", (f"`{c.text[:80]}` rewrites {wide}, and you named {', '.join(f'`{n}`' for n in named[:3])} "
                           f"({quote(said, 60)}): run it on the path you named, or say it should cover the whole project.")
    return None


@lru_cache(maxsize=256)  # (a fact of the newest message: read once per session, not per action)
def _named(said: str, root: str) -> tuple[str, ...]:
    """The paths the newest message names, relative to the project (none when it asks for every file)."""
    if len(said) > 600 or lazyre.searched(_WHOLE, said):
        return ()
    named = [_norm(m.group(1)) for m in _SAID_PATH.finditer(said) if "://" not in said[max(0, m.start() - 8):m.start()]]
    root = root.rstrip("/").lstrip("/") + "/"
    return tuple(n.removeprefix(root) for n in named if n not in (".", ""))  # (a path said in full: the project's part)


def _wider(c: Command, named: tuple[str, ...], a: Analysis) -> str | None:
    from automode.knowledge.modeflags import real_run, row_of

    row = row_of(c)
    if row is None or ("format" not in row.words and "lint" not in row.words) or real_run(c) is None:
        return None
    cwd = _rel(c.cwd or a.cwd, a.root)
    operands: list[str] = []
    args = [w.value for w in c.argv[1:]]
    skip = False
    for x in args:
        if skip:
            skip = False
            continue
        if x.startswith("-"):
            skip = x in _VALUED
            continue
        if any(x in sub for sub in row.subs):
            continue  # (`ruff check`, `cargo fmt`: the subcommand)
        operands.append(_norm(posixpath.join(cwd, x)))
    if not operands:
        if c.name.rsplit("/", 1)[-1] not in _WHOLE_BY_DEFAULT:
            return None
        operands = [_norm(cwd)]
    for p in operands:
        if not any(p == n or p.startswith(n.rstrip("/") + "/") for n in named):
            return "every file of the project" if p in (".", "") else f"`{p}`"
    return None


def _norm(p: str) -> str:
    p = posixpath.normpath(p.replace("\\", "/")).lstrip("/") if p else "."
    return "." if p in ("", ".") else p.removeprefix("./").rstrip("/")


def _rel(cwd: str, root: str) -> str:
    root = root.rstrip("/")
    if cwd == root or not cwd:
        return "."
    return cwd[len(root) + 1:] if cwd.startswith(root + "/") else "."
