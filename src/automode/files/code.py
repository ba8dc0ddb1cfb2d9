"""New code in an edit, analysed as code (issue 11 §2).

Python goes through the same `ast` reader as `python -c` (`automode.shell.interp.PythonReader`, extended here only
to say what a network call sends); JavaScript/TypeScript, Go, Ruby, PHP, Perl, Rust and JVM code go through the
interpreter module's targeted scan (process spawns with literal commands, deletes and reads of literal paths,
network calls) plus a scan of string literals that are a download piped to a shell.

Why a targeted scan and not tree-sitter grammars for JS/TS/Go: the checks look for a handful of constructs (a
literal command handed to a process API, a literal path handed to a delete, the environment handed to a request),
each visible in the text; a grammar would cost an import and a full parse on edits that a substring test already
clears, and it would not make any of these facts more certain (the values still have to be literals).

Only three families of effects are kept for ordinary code (what the code would do when someone runs it, not
now): code downloaded and run, deletes of places outside the project (home, secrets, the system), and sends of the
environment or of secret variables (secrets written into files or logs are the secret-flow rules'). Files that something runs by itself (conftest.py, setup.py: `executed.py`)
keep every effect, like a command.

Every analysis starts only after a cheap substring prefilter: ordinary edits are not parsed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from automode import lazyre
from automode.files import scan
from automode.shell import codeflow
from automode.shell.codeflow import ENV_MARK as ENV_MARK  # re-exported: rules.writes reads it here
from automode.shell.interp import PythonReader, _scan_other
from automode.shell.words import Word

if TYPE_CHECKING:
    from automode.shell.lower import Lowerer
    from automode.shell.parse import Command

#: File suffix -> the interpreter name the scanners know.
LANG_BY_SUFFIX = {
    ".py": "python3", ".pyw": "python3", ".js": "node", ".mjs": "node", ".cjs": "node", ".jsx": "node", ".ts": "node",
    ".tsx": "node", ".mts": "node", ".cts": "node", ".go": "go", ".rb": "ruby", ".php": "php", ".pl": "perl",
    ".pm": "perl", ".rs": "rust", ".java": "jvm", ".kt": "jvm", ".kts": "jvm", ".groovy": "jvm", ".gradle": "jvm",
    ".scala": "jvm", ".cs": "dotnet", ".swift": "swift", ".lua": "lua", ".ipynb": "python3",
}  # fmt: skip

# Prefilter: one trigger from the scan (`files.scan`), then a direct test for its companion.
_FETCH = scan.register({"curl", "wget", "urlopen", "urlretrieve", "iwr ", "downloadstring", "webclient"})
_RUN = ("sh", "exec", "eval", "system", "popen", "spawn", "processbuilder", "passthru", "invoke", "`")
_DELETE = scan.register({"rmtree", "unlink", "rm -", "rmsync", "removeall", "remove_dir_all", "rimraf", "rm_rf", "removedirs",
                         "remove-item", "os.remove", "fs.rm", "rmdir"})  # fmt: skip
_OUTSIDE = ("~", "expanduser", "path.home", "home", "'/", '"/', "`/")
_ENV = scan.register({"environ", "getenv", "process.env", "env::var", "env["})
_SEND = ("post", "put", "request", "fetch", "http", "socket", "send", "smtp", "axios")


def worth_reading(code: str, low: str | None = None, found: frozenset[str] | None = None) -> bool:
    """The prefilter: could this code hold one of the constructs at all?"""
    if low is None:
        low = code.lower()
    if found is None:
        found = scan.hits(low)
    has = low.__contains__
    if not _FETCH.isdisjoint(found) and any(map(has, _RUN)):
        return True
    if not _DELETE.isdisjoint(found) and any(map(has, _OUTSIDE)):
        return True
    return not _ENV.isdisjoint(found) and any(map(has, _SEND))


# ------------------------------------------------------------------------------- Python
CodeReader = PythonReader  # the `python -c` reader: what its network calls carry is `automode.shell.codeflow`'s


# ------------------------------------------------------------------------------- other languages
# Every string literal left to right (short ones too, so that quotes pair up); long enough ones are read.
_LIT = lazyre.compile(r"""'((?:[^'\\\n]|\\.){0,400})'|"((?:[^"\\\n]|\\.){0,400})"|`([^`]{0,400})`""")
_PIPE_RUN = lazyre.compile(r"\b(curl|wget|iwr|Invoke-WebRequest)\b[^|;&]*\|\s*(sudo\s+)?(ba|z|da)?sh\b|\b(ba)?sh\s+<\(\s*(curl|wget)\b")


def scan_other(lang: str, code: str, cmd: Command, lw: Lowerer, *, light: bool = False) -> None:
    """The interpreter module's scan, then literals holding a download piped to a shell and requests carrying the
    environment. `light`: the excerpts of a very large file, read for those last two only (bounded time)."""
    name = {"go": "node", "rust": "node", "jvm": "node", "dotnet": "node", "swift": "node", "python3": "node"}.get(lang, lang)
    if not light:
        _scan_other(name, code, cmd, lw)
    label = (*cmd.via, f"{lang} code")
    for m in _LIT.finditer(code):
        lit = next(g for g in m.groups() if g is not None)
        if len(lit) >= 6 and _PIPE_RUN.search(lit):
            lw.source(lit.replace('\\"', '"').replace("\\'", "'"), via=label, nesting=len(label) + 1, cwd=cmd.cwd)
    if light:
        codeflow.scanned_sends(lang, code, cmd, lw, label)  # (the full scan above makes the same effects)


def command_for(lang: str, path: str, cwd: str | None) -> Command:
    from automode.shell.parse import Command

    return Command([Word(lang, lang, False)], cwd, via=(f"code {path}",), text=f"{lang} {path}")
