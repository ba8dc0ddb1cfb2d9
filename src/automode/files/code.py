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

import ast
import re
from typing import TYPE_CHECKING

from automode import lazyre
from automode.effects import Effect
from automode.files import scan
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
SECRET_ENV_NAME = lazyre.compile(r"TOKEN|SECRET|PASSWORD|PASSWD|API_?KEY|PRIVATE_KEY|ACCESS_KEY|CREDENTIAL|(^|_)AUTH(_|$)|DATABASE_URL|DSN|"
                             r"SESSION_KEY|SIGNING_KEY|WEBHOOK_URL|CONN(ECTION)?_STR", re.I)  # fmt: skip
ENV_MARK = "environment:"  # Effect.content of a send that carries the environment: "environment:<what>"


class CodeReader(PythonReader):
    """The `python -c` reader, also noting which network calls carry the environment or a secret variable."""

    def __init__(self, cmd: Command, lw: Lowerer) -> None:
        super().__init__(cmd, lw)
        self.env_names: dict[str, str] = {}  # local name -> what of the environment it holds

    def assignments(self, nodes: list[ast.AST]) -> None:
        super().assignments(nodes)
        for node in nodes:
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                what = self.env_ref(node.value)
                if what:
                    self.env_names.setdefault(node.targets[0].id, what)

    def env_ref(self, e: ast.AST | None) -> str | None:
        """'the whole environment' or the secret variable an expression carries (None: neither)."""
        if e is None:
            return None
        for n in ast.walk(e):
            if isinstance(n, ast.Name) and n.id in self.env_names:
                return self.env_names[n.id]
            if isinstance(n, (ast.Attribute, ast.Name)) and self.qualname(n) == "os.environ":
                return self._environ_use(e, n)
            if isinstance(n, ast.Call) and self.qualname(n.func) in ("os.getenv", "os.environ.get") and n.args:
                key = self.value(n.args[0])
                if key and SECRET_ENV_NAME.search(key):
                    return f"${key}"
        return None

    def _environ_use(self, whole: ast.AST, env: ast.AST) -> str | None:
        for n in ast.walk(whole):
            if isinstance(n, ast.Subscript) and n.value is env:
                key = self.value(n.slice)
                return f"${key}" if key and SECRET_ENV_NAME.search(key) else None
            if isinstance(n, ast.Attribute) and n.value is env and n.attr in ("get", "__getitem__"):
                return None  # `os.environ.get(...)`: judged by its key above
        return "the whole environment"

    def network(self, q: str, node: ast.Call) -> None:
        super().network(q, node)
        # Credentials in `headers`/`auth` go to the service they are for (that is how an API is called); the
        # environment or a secret in the body, query or files is data handed over.
        payload = [k.value for k in node.keywords if k.arg in ("data", "json", "files", "params", "body", "content")]
        payload += node.args[1:]
        if q.endswith(("urlopen", "Request")) and node.args and isinstance(node.args[0], ast.Call):
            payload.append(node.args[0])
        if isinstance(node.func, ast.Attribute) and node.func.attr in ("send", "sendall", "sendto") and node.args:
            payload.append(node.args[0])
        what = next((w for p in payload if (w := self.env_ref(p))), None)
        if what and self.lw.out.effects and self.lw.out.effects[-1].kind == "network":
            last = self.lw.out.effects.pop()
            self.lw.out.effects.append(Effect("network", last.target, detail=last.detail, origin="send",
                                              content=ENV_MARK + what, via=last.via))  # fmt: skip


# ------------------------------------------------------------------------------- other languages
# Every string literal left to right (short ones too, so that quotes pair up); long enough ones are read.
_LIT = lazyre.compile(r"""'((?:[^'\\\n]|\\.){0,400})'|"((?:[^"\\\n]|\\.){0,400})"|`([^`]{0,400})`""")
_PIPE_RUN = lazyre.compile(r"\b(curl|wget|iwr|Invoke-WebRequest)\b[^|;&]*\|\s*(sudo\s+)?(ba|z|da)?sh\b|\b(ba)?sh\s+<\(\s*(curl|wget)\b")
_WHOLE_ENV = lazyre.compile(r"process\.env(?![.\[\w])|os\.Environ\(\)|ENV\.to_h|System\.getenv\(\)|\$_ENV(?!\[)|%ENV\b|"
                        r"dict\(os\.environ\)|os\.environ\.copy\(\)|\*\*os\.environ|=\s*os\.environ\s*[,)]")
_SECRET_ENV = lazyre.compile(r"""process\.env\.(\w+)|process\.env\[['"](\w+)['"]\]|os\.Getenv\("(\w+)"\)|ENV\[['"](\w+)['"]\]|"""
                         r"""os\.environ\[['"](\w+)['"]\]|os\.getenv\(['"](\w+)['"]|"""
                         r"""env::var\("(\w+)"\)|System\.getenv\("(\w+)"\)|getenv\(['"](\w+)['"]\)""")  # fmt: skip
_URL = lazyre.compile(r"https?://[^\s'\"`)<>]+")
_SEND_CALL = lazyre.compile(r"\bfetch\s*\(|\baxios\b|\.post\s*\(|\.put\s*\(|http\.Post|NewRequest|request\s*\(|https?\.request|urlopen|"
                        r"XMLHttpRequest|sendBeacon|Net::HTTP|reqwest|HttpClient|curl_exec")  # fmt: skip


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
    if _SEND_CALL.search(code):
        what = "the whole environment" if _WHOLE_ENV.search(code) else None
        if what is None:
            for m in _SECRET_ENV.finditer(code):
                key = next(g for g in m.groups() if g is not None)
                if SECRET_ENV_NAME.search(key):
                    what = f"${key}"
                    break
        if what:
            for u in _URL.findall(code)[:4]:
                lw.out.effects.append(Effect("network", u, detail=cmd.text, origin="send", content=ENV_MARK + what, via=label))


def command_for(lang: str, path: str, cwd: str | None) -> Command:
    from automode.shell.parse import Command

    return Command([Word(lang, lang, False)], cwd, via=(f"code {path}",), text=f"{lang} {path}")
