"""New code in an edit, analysed as code (issue 11 §2).

Python goes through the same `ast` reader as `python -c` (`automode.shell.pyread.PythonReader`, extended here only
to say what a network call sends); JavaScript/TypeScript, Go, Ruby, PHP, Perl, Rust, JVM, .NET, Elixir, Swift and PowerShell code go
through the interpreter module's targeted scan (process spawns with literal commands, deletes and reads of literal paths,
network calls) plus a scan of string literals that are a download piped to a shell.

Why a targeted scan and not tree-sitter grammars for JS/TS/Go: the checks look for a handful of constructs (a
literal command handed to a process API, a literal path handed to a delete, the environment handed to a request),
each visible in the text; a grammar would cost an import and a full parse on edits that a substring test already
clears, and it would not make any of these facts more certain (the values still have to be literals).

The effects kept for ordinary code (what the code would do when someone runs it, not now): code downloaded and run
or loaded (`curl | sh` in a spawn, a language's own remote load, a download saved and then run), deletes of places
outside the project (home, secrets, the system), sends of the environment, of secret variables or of credential
files, and writes that install something outside the project (start-up files, autostart, `authorized_keys`, Run
keys). Every language's spelling of these is data in `automode.shell.code_vocab` (with fixtures). Secrets written
into files or logs are the secret-flow rules'. Files that something runs by itself (conftest.py, setup.py:
`executed.py`) keep every effect, like a command.

Every analysis starts only after a cheap substring prefilter: ordinary edits are not parsed.
"""

from __future__ import annotations

import re

from automode import lazymod, lazyre
from automode.effects import Effect
from automode.files import scan
from automode.shell import code_vocab, codeflow
from automode.shell.codeflow import DATA_PREFIX
from automode.shell.codeflow import ENV_MARK as ENV_MARK  # re-exported: rules.writes reads it here
from automode.shell.pyread import PythonReader
from automode.shell.scanners import _scan_other
from automode.shell.words import Word
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    import ast
else:
    ast = lazymod.module("ast", __name__)  # only for code an interpreter is given

if TYPE_CHECKING:
    from automode.shell.lower import Lowerer
    from automode.shell.parse import Command

#: File suffix -> the interpreter name the scanners know.
LANG_BY_SUFFIX = {
    ".py": "python3", ".pyw": "python3", ".js": "node", ".mjs": "node", ".cjs": "node", ".jsx": "node", ".ts": "node",
    ".tsx": "node", ".mts": "node", ".cts": "node", ".go": "go", ".rb": "ruby", ".php": "php", ".pl": "perl",
    ".pm": "perl", ".rs": "rust", ".java": "jvm", ".kt": "jvm", ".kts": "jvm", ".groovy": "jvm", ".gradle": "jvm",
    ".scala": "jvm", ".cs": "dotnet", ".swift": "swift", ".lua": "lua", ".ipynb": "python3", ".ex": "elixir", ".exs": "elixir",
    ".ps1": "powershell", ".psm1": "powershell", ".rake": "ruby", ".gemspec": "ruby", ".ru": "ruby", ".thor": "ruby",
    ".podspec": "ruby", ".csx": "dotnet", ".fs": "dotnet", ".fsx": "dotnet", ".vb": "dotnet", ".sc": "jvm", ".clj": "jvm",
    ".r": "rscript", ".jl": "julia", ".c": "c", ".cc": "c", ".cpp": "c", ".cxx": "c", ".tcl": "tclsh", ".dart": "dart",
    ".h": "c", ".hpp": "c", ".mm": "c",
}  # fmt: skip

#: Files named without a suffix, by their language.
LANG_BY_NAME = {"Rakefile": "ruby", "Vagrantfile": "ruby", "Gemfile": "ruby", "Guardfile": "ruby", "Podfile": "ruby",
                "Fastfile": "ruby", "Brewfile": "ruby", "Jenkinsfile": "jvm"}  # fmt: skip

# Prefilter: one trigger from the scan (`files.scan`), then a direct test for its companion.
_FETCH = scan.register({"curl", "wget", "urlopen", "urlretrieve", "iwr ", "downloadstring", "webclient", "requests.get", "httpx.",
                        "fetch(", "axios", "net::http", "http.get", "https.get", "uri.open", "open-uri", "file_get_contents",
                        "http.newrequest", "reqwest", "invoke-restmethod", "got("})  # fmt: skip
_RUN = ("sh", "exec", "eval", "system", "popen", "spawn", "processbuilder", "passthru", "invoke", "`", "new function", ".run(")
_DELETE = scan.register({"rmtree", "unlink", "rm -", "rmsync", "removeall", "remove_dir_all", "rimraf", "rm_rf", "removedirs",
                         "remove-item", "os.remove", "fs.rm", "rmdir", *code_vocab.DELETE_TRIGGERS})  # fmt: skip
_OUTSIDE = ("~", "expanduser", "path.home", "home", "'/", '"/', "`/", "userprofile", "getpwuid", "specialfolder")
_ENV = scan.register({"environ", "getenv", "process.env", "env::var", "env[", *code_vocab.ENV_TRIGGERS})
_SEND = ("post", "put", "request", "fetch", "http", "socket", "send", "smtp", "axios", "upload", "irm ", "iwr ", "hackney", "finch")
#: Files whose content is a credential: read and handed to a request, they are the user's keys leaving.
_SECRET_FILE = scan.register({".aws/", ".ssh/", "id_rsa", "id_ed25519", "id_ecdsa", ".netrc", ".kube/", ".npmrc", ".pypirc",
                              ".git-credentials", ".docker/config", "/etc/shadow", ".gnupg", "gcloud/", ".azure/", "keychain"})  # fmt: skip
#: Table readers of data files (pandas, polars, pyarrow, csv, numpy): what they return is records of a dataset.
DATA_READERS = frozenset({"read_csv", "read_parquet", "read_json", "read_excel", "read_feather", "read_orc", "read_sql",
                          "read_sql_query", "read_sql_table", "read_table", "read_pickle", "read_ndjson", "scan_parquet",
                          "scan_csv", "read_database", "DictReader", "reader", "load", "loadtxt", "genfromtxt", "read_ipc"})  # fmt: skip
DATA_MODULES = frozenset({"pd", "pandas", "pl", "polars", "pq", "pyarrow", "csv", "np", "numpy", "dd", "dask", "duckdb"})
_DATA = scan.register({"read_csv", "read_parquet", "read_json(", "read_excel", "read_sql", "read_feather", "scan_parquet", "dictreader",
                       ".objects.", "fetchall("})  # fmt: skip
#: The incoming request of a web handler or a secret setting, forwarded (`automode.shell.codeflow.REQUEST_PARTS`).
_FORWARD = scan.register({"request.body", "request.headers", "request.meta", "request.data", "request.json", "request.get_json",
                          "request.get_data", "request.cookies", "request.form", "request.post", "request.stream", "req.body",
                          "req.headers", "req.cookies", "r.body", "r.header", "c.request.", "php://input", "getallheaders",
                          "$_post", "$_cookie", "$request->"})  # fmt: skip
_SETTING = scan.register({"settings.", "config[", "secrets."})
_LOAD = scan.register(set(code_vocab.LOAD_TRIGGERS))
#: Names of places where a write installs something (start-up files, autostart, `authorized_keys`, Run keys).
_PLACE = scan.register({".bashrc", ".zshrc", ".bash_profile", ".zprofile", ".profile", "autostart", "launchagents", "launchdaemons",
                        "authorized_keys", "currentversion\\run", "currentversion\\\\run", "systemd/user", "crontab", "/etc/cron",
                        "config.fish", "/etc/profile.d", ".git/hooks", "action :delete"})  # fmt: skip
_SECRET_PIECE = scan.register({".aws", ".ssh", ".netrc", ".kube", ".docker", ".gnupg", ".azure", ".pypirc", ".git-credentials"})
_SECRETISH = ("secret", "token", "password", "passwd", "api_key", "apikey", "private_key", "credential")
_TASK_RUNNER = ("run", "sudo", "local")
#: Workflow schedulers' tasks that run a shell command by themselves: operator or function name -> ("0" when the
#: first positional argument is the command, else ""), then the keywords that hold it (a string or a list of them).
#: Sources: Airflow (BashOperator, BashSensor, SSHOperator), Prefect (prefect-shell ShellOperation, shell_run_command),
#: Dagster (dagster-shell execute_shell_command, create_shell_command_op).
SCHEDULED_SHELL: dict[str, tuple[str, ...]] = {
    "BashOperator": ("", "bash_command"), "BashSensor": ("", "bash_command"), "SSHOperator": ("", "command"),
    "ShellOperation": ("", "commands"), "shell_run_command": ("", "command"), "execute_shell_command": ("0", "shell_command"),
    "create_shell_command_op": ("0", "shell_command"),
}  # fmt: skip
_SCHEDULED = scan.register({"bashoperator", "bashsensor", "sshoperator", "shelloperation", "shell_run_command", "shell_command"})
#: Python files of task runners: `session.run(...)` (nox), `c.run(...)` (invoke, fabric) run commands.
TASK_FILE = lazyre.compile(r"(^|/)(noxfile|fabfile|tasks|dodo)\.py$")


#: Process spawns of compiled languages and build scripts (`files.buildfiles.spawns`).
_SPAWN = scan.register({"command::new", "exec.command", "processbuilder", "getruntime().exec", "commandline", "process.start",
                        "processstartinfo", "system.cmd", "os.cmd", "os:cmd"})


def reads_secret_file(code: str, low: str | None = None, found: frozenset[str] | None = None) -> bool:
    """Could this code name a credential file (`~/.aws/credentials`, an SSH key)?"""
    if found is None:
        found = scan.hits(low if low is not None else code.lower())
    return not _SECRET_FILE.isdisjoint(found)


def worth_reading(code: str, low: str | None = None, found: frozenset[str] | None = None) -> bool:
    """The prefilter: could this code hold one of the constructs at all?"""
    if low is None:
        low = code.lower()
    if found is None:
        found = scan.hits(low)
    has = low.__contains__
    if not (_SPAWN.isdisjoint(found) and _SCHEDULED.isdisjoint(found)):
        return True
    if not _FETCH.isdisjoint(found) and any(map(has, _RUN)):
        return True
    if not _DELETE.isdisjoint(found) and any(map(has, _OUTSIDE)):
        return True
    if not (_SECRET_FILE.isdisjoint(found) and _SECRET_PIECE.isdisjoint(found)) and any(map(has, _SEND)):
        return True
    if not _SETTING.isdisjoint(found) and any(map(has, _SECRETISH)) and any(map(has, _SEND)):
        return True
    if not _LOAD.isdisjoint(found) and ("http" in low or "download" in low or "iwr" in low or "irm" in low):
        return True
    if not _PLACE.isdisjoint(found):
        return True
    return not (_ENV.isdisjoint(found) and _FORWARD.isdisjoint(found) and _DATA.isdisjoint(found)) and any(map(has, _SEND))


# ------------------------------------------------------------------------------- Python
class CodeReader(PythonReader):
    """The `python -c` reader (what its network calls carry of the environment is `automode.shell.codeflow`'s), also
    saying when a request carries a file that holds credentials (`open('~/.aws/credentials')` handed to `files=`),
    and, in task-runner files (noxfile, fabfile, invoke's tasks.py), reading `session.run('cmd', ...)` /
    `c.run('cmd')` as the command it runs."""

    def __init__(self, cmd: Command, lw: Lowerer, *, task_runner: bool = False) -> None:
        super().__init__(cmd, lw)
        self.secret_files: dict[str, str] = {}
        self.task_runner = task_runner
        self.scheduled: list[tuple[str, str]] = []  # (shell command, the scheduler's operator) run on a schedule
        self.data_names: dict[str, str] = {}  # local name -> the records it holds ("the data in data/x.parquet")

    def _dataset(self, e: ast.AST) -> str | None:
        """The records an expression reads: a data file through a table reader (`pd.read_parquet('data/x.parquet')`,
        `csv.DictReader(open(p))`), or rows of the application's database (`User.objects.values(...)`, `fetchall()`)."""
        for n in ast.walk(e):
            if not isinstance(n, ast.Call):
                continue
            q = self.qualname(n.func)
            short = q.rsplit(".", 1)[-1]
            if short in DATA_READERS and (q.split(".", 1)[0] in DATA_MODULES or "." not in q):
                v = self.value(n.args[0]) if n.args else None
                return DATA_PREFIX + (v if v and not v.startswith(("http://", "https://", "s3://", "gs://")) else "a data file")
            if ".objects." in q or short in ("fetchall", "fetchmany") or (short == "all" and ".query(" in ast.unparse(n.func)[:200]):
                return DATA_PREFIX + "the application's database"
        return None

    def assignments(self, nodes: list[ast.AST]) -> None:
        super().assignments(nodes)
        for node in nodes:
            pairs: list[tuple[ast.expr, ast.expr]] = []
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                pairs.append((node.targets[0], node.value))
            elif isinstance(node, (ast.With, ast.AsyncWith)):
                pairs += [(it.optional_vars, it.context_expr) for it in node.items if it.optional_vars is not None]
            for name, value in pairs:
                f = self._secret_file(value) if isinstance(name, ast.Name) else None
                if f is not None and isinstance(name, ast.Name):
                    self.secret_files.setdefault(name.id, f)
                elif isinstance(name, ast.Name) and (d := self._dataset(value)) is not None:
                    self.data_names.setdefault(name.id, d)

    def _secret_file(self, e: ast.AST) -> str | None:
        """The credential file an expression opens or reads (`open(p)`, `Path(p).read_text()`, `p.read_bytes()`)."""
        from automode.paths import classify

        for n in ast.walk(e):
            if not isinstance(n, ast.Call):
                continue
            q = self.qualname(n.func)
            arg: ast.expr | None = None
            if q in ("open", "io.open", "builtins.open", "codecs.open") and n.args:
                arg = n.args[0]
            elif isinstance(n.func, ast.Attribute) and n.func.attr in ("read_text", "read_bytes", "open"):
                arg = n.func.value
            v = self.value(arg) if arg is not None else None
            if v is not None:
                info = classify(v, self.cmd.cwd or self.lw.cwd, self.lw.home, self.lw.cwd)
                if info.cls in ("secret", "critical"):
                    return info.path
        return None

    def env_ref(self, e: ast.AST | None) -> str | None:
        what = super().env_ref(e)
        if what is not None or e is None:
            return what
        for n in ast.walk(e):
            if isinstance(n, ast.Name) and n.id in self.secret_files:
                return f"the file {self.secret_files[n.id]}"
            if isinstance(n, ast.Name) and n.id in self.data_names:
                return self.data_names[n.id]
        f = self._secret_file(e)
        return f"the file {f}" if f is not None else None

    def call(self, node: ast.Call) -> None:
        super().call(node)
        q = self.qualname(node.func)
        keys = SCHEDULED_SHELL.get(q.rsplit(".", 1)[-1])
        if keys is not None:
            # A workflow scheduler's task (Airflow `BashOperator(bash_command=…)`, Prefect `ShellOperation`): the
            # scheduler runs the command by itself, on its schedule, with the connections and secrets it holds.
            vals = [k.value for k in node.keywords if k.arg in keys[1:]] + (node.args[:1] if keys[0] == "0" else [])
            for v in vals:
                items = v.elts if isinstance(v, (ast.List, ast.Tuple)) else [v]
                texts = [self.value(x) for x in items]
                self.scheduled += [(t, q.rsplit(".", 1)[-1]) for t in texts if t]
        if self.task_runner and isinstance(node.func, ast.Attribute) and node.func.attr in _TASK_RUNNER and node.args:
            words = [self.value(x) for x in node.args]
            if all(w is not None for w in words):
                import shlex

                argv = [w for w in words if w is not None]
                self.source(argv[0] if len(argv) == 1 else shlex.join(argv))


# ------------------------------------------------------------------------------- other languages
# Every string literal left to right (short ones too, so that quotes pair up); long enough ones are read.
_LIT = lazyre.compile(r"""'((?:[^'\\\n]|\\.){0,400})'|"((?:[^"\\\n]|\\.){0,400})"|`([^`]{0,400})`""")
_PIPE_RUN = lazyre.compile(r"\b(curl|wget|iwr|Invoke-WebRequest)\b[^|;&]*\|\s*(sudo\s+)?(ba|z|da)?sh\b|\b(ba)?sh\s+<\(\s*(curl|wget)\b")


#: Code fetched over the network and evaluated in the same expression: `eval(await (await fetch(u)).text())`,
#: `fetch(u).then(r => r.text()).then(eval)`, `eval(Net::HTTP.get(URI(u)))`, `eval(file_get_contents('https://…'))`.
_FETCHED = (r"""(?:\bfetch|\baxios(?:\.get)?|\bhttps?\.get|\bgot|Net::HTTP\.get|URI\.open|\bopen\(\s*['"]https?:|\burlopen|"""
            r"""\brequests\.get|\bhttpx\.get|file_get_contents\(\s*['"]https?:|\bhttp\.Get|Invoke-RestMethod|Invoke-WebRequest|\biwr\b|\birm\b|DownloadString)""")
_EVAL_FETCHED = lazyre.compile(r"""(?:\beval|\bnew\s+Function|(?<![\w.])Function|\bvm\.runIn\w*|\bvm\.Script|\binstance_eval|\bclass_eval|"""
                           r"""\bInvoke-Expression|\biex|\bexec)\s*\(?[^;\n]{0,160}?""" + _FETCHED + r"""|"""
                           r"""\.then\(\s*(?:eval|Function|\w+\s*=>\s*eval\(\s*\w+\s*\))\s*\)""")  # fmt: skip
_EVAL_WORDS = ("eval", "Function", "runIn", "vm.Script", "Invoke-Expression", "iex", "exec")
_FETCH_WORDS = lazyre.compile(_FETCHED)
_HOME_WORD = lazyre.compile(r"(?i)home|user\.home|UserProfile|~|getpwuid|MyDocuments|SpecialFolder")
_FETCH_VAR = lazyre.compile(r"""(?:const|let|var|\$)?\s*(\w+)\s*:?=\s*(?:await\s+)?[^;\n]{0,120}?""" + _FETCHED)
#: A local name that holds the home directory (`home := os.UserHomeDir()`, `let home = dirs::home_dir()`, `$home =
#: getenv('HOME')`, `var home = Environment.GetFolderPath(...)`): the home expressions of `code_vocab.HOME`.
_HOME_VAR = lazyre.compile(r"""(?:\b(?:let|var|val|const|my|auto|string|String|Path|File)\s+(?:mut\s+)?)?(\$?\w+)\s*(?::\s*[\w<>:.?]+\s*)?"""
                           r"""(?::=|=(?!=))\s*[^;\n]{0,80}?(?:""" + "|".join(code_vocab.group(p) for ps in code_vocab.HOME.values() for p in ps) +
                           r""")""")  # fmt: skip
_BARE_HOME = lazyre.compile(r"""\bhome(?:_?[Dd]ir)?\b""")
_LITERAL = lazyre.compile(r"""['"`]([^'"`\n]{1,120})['"`]""")


#: Words one of which every delete below holds (the regular expressions are searched only when one is there).
_DELETE_WORDS = (*code_vocab.DELETE_TRIGGERS, "rm ", "rd ", "remove-item", "deleterecursively", "rmtree", ".delete(", "removeall",
                 "remove_dir", "deletedirectory", "removesync")  # fmt: skip


_CHEF_DELETE = lazyre.compile(r"""(?s)\b(directory|file|link|remote_directory)\s+['"]([^'"\n]+)['"]\s+do\b(?:(?!\bend\b).){0,400}?\baction\s+:delete\b""",)


#: A delete called on a path object built in place (`File(home, ".gradle").deleteRecursively()` in Kotlin,
#: `Pathname.new(x).rmtree` in Ruby, `Path.of(...).toFile().deleteRecursively()`): the path is the constructor's argument.
_RECEIVER_DELETE = code_vocab.RECEIVER_DELETE  # (shared with the inline-code scan, `shell.scanners`)


#: A spawn (any language's) on the same line as a path: the path is run (`system("bash /tmp/i.sh")`, `Process.Start(
#: "setup.exe")`, `& $env:TEMP\\i.exe`, `Command::new("/tmp/i")`).
_RUNS_PATH = lazyre.compile(r"(?i)\b(?:system|exec\w*|spawn\w*|popen\w*|Process\.Start|Start-Process|Command::new|ProcessBuilder|"
                            r"Runtime\.getRuntime|System\.(?:cmd|shell)|os[.:]cmd|shell_exec|passthru|proc_open|sh|bash|zsh|chmod)\b|^\s*&\s|`")


def _loaded(code: str, cmd: Command, lw: Lowerer, label: tuple[str, ...]) -> None:
    """Code loaded from the network by the language's own mechanism (`code_vocab.REMOTE_LOAD`), and a download saved
    to a path that a spawn then runs (`code_vocab.SAVED_DOWNLOAD`): both are code from the network run here."""
    low = code.lower()
    if not any(w in low for w in code_vocab.LOAD_TRIGGERS):
        return
    m = code_vocab.REMOTE_LOAD_RE.search(code)
    if m is None and "Assembly.Load" in code and re.search(r"DownloadData|GetByteArrayAsync|DownloadFile|GetStreamAsync", code):
        m = re.search(r"\bAssembly\.Load\w*\s*\([^)]*\)", code)  # bytes downloaded above, loaded here
    if m is not None:
        url = re.search(r"https?://[^\s'\"`)]+", code[max(0, m.start() - 300):m.end() + 200]) or re.search(r"https?://[^\s'\"`)]+", code)
        where = url.group(0) if url else "code fetched at run time"
        lw.out.effects.append(Effect("exec", f"{where} | load", detail=" ".join(m.group(0).split())[:120], origin="remote", via=label))
        return
    for d in code_vocab.SAVED_DOWNLOAD_RE.finditer(code):
        path = code_vocab.env_name(d)
        if not path:
            continue
        base = path.replace("\\\\", "\\").rsplit("/", 1)[-1].rsplit("\\", 1)[-1]
        for ln in code[d.end():].splitlines()[:200]:
            if base and base in ln and _RUNS_PATH.search(ln):
                url = re.search(r"https?://[^\s'\"`)]+", code)
                lw.out.effects.append(Effect("exec", f"{url.group(0) if url else 'a download'} | {path}", detail=" ".join(ln.split())[:120],
                                             origin="remote", via=label))
                return


#: Places outside the project whose write installs something (shell start-up files, autostart entries, services,
#: `authorized_keys`, agent and git configuration): the path classes the persistence and control rules read.
_WRITE_WORDS = ("rc", "profile", "autostart", "launchagents", "systemd", "authorized_keys", ".ssh", "cron", ".config", "/etc/", "hooks",
                ".claude", ".gitconfig", "startup", "bash", "zsh", "fish")  # fmt: skip


def _written_places(code: str, cmd: Command, lw: Lowerer, label: tuple[str, ...]) -> None:
    """Files written by any language's file API (`code_vocab.WRITES`) at places outside the project that matter
    (protected, secret, system, critical), and Windows autostart keys written through a registry API."""
    from automode.paths import classify
    from automode.shell import codefold

    low = code.lower()
    reg = code_vocab.REGISTRY_RUN_RE.search(code) if "currentversion" in low and ("setvalue" in low or "setstringvalue" in low) else None
    if reg is not None:
        hive = "HKLM" if "local" in reg.group(1).lower() else "HKCU"
        name = re.search(r"""\.Set(?:String|ExpandString)?Value\s*\(\s*[@$]?["`']([^"`']+)["`']""", code[reg.end():])
        key = reg.group(2).replace("\\\\", "\\")
        lw.source(f'reg add "{hive}\\{key}" /v {name.group(1) if name else "value"} /d program /f', via=label, nesting=len(label) + 1, cwd=cmd.cwd)
    if not any(map(low.__contains__, _WRITE_WORDS)) or not code_vocab.WRITE_CALL_RE.search(code):
        return
    home = _HOME_WORD.search(code) is not None
    names = {m.group(1) for m in _HOME_VAR.finditer(code)} if home else set()
    root = (cmd.cwd or lw.cwd or "/").rstrip("/") + "/"
    for m in code_vocab.WRITE_CALL_RE.finditer(code):
        arg = code[m.end():m.end() + 300] if m.group(0).rstrip().endswith(("to:", "toFile:", "atPath:")) else codefold.argument(code, m.end())
        path = _home_delete_path(arg, names) if arg and home else None
        if path is None and arg[:1] in "'\"`" and (lit := codefold.fold(arg)) is not None and lit.startswith(("/", "~")):
            path = lit
        if path is None:
            continue
        info = classify(path, cmd.cwd or lw.cwd, lw.home, lw.cwd)
        if info.cls in ("protected", "secret", "system", "critical") and not info.path.startswith(root):
            lw.out.effects.append(Effect("write", info.path, info.cls, detail=" ".join(code[m.start():m.end() + len(arg) + 1].split())[:120],
                                         via=label))


#: Pieces of credential file paths as code spells them, joined or apart (`Path.Combine(home, ".kube", "config")`).
_SECRET_PIECES = (".aws", ".ssh", "id_rsa", "id_ed25519", "id_ecdsa", ".netrc", ".kube", ".npmrc", ".pypirc", ".git-credentials", ".docker",
                  ".gnupg", "gcloud", ".azure", "credentials", "/etc/shadow")  # fmt: skip


def _secret_file_sends(lang: str, code: str, cmd: Command, lw: Lowerer, label: tuple[str, ...]) -> None:
    """A credential file (`~/.aws/credentials`, an SSH key, a kubeconfig) read by any language's file API, in code that
    sends a request: the request carries the user's keys (the scanned counterpart of the Python reader's `files=`)."""
    from automode.paths import classify
    from automode.shell import codefold

    if not any(map(code.__contains__, _SECRET_PIECES)) or not code_vocab.READ_CALL_RE.search(code) or not codeflow.sinks(lang, code):
        return
    names = {m.group(1) for m in _HOME_VAR.finditer(code)}
    for m in code_vocab.READ_CALL_RE.finditer(code):
        arg = codefold.argument(code, m.end())
        if not arg:
            continue
        var = re.fullmatch(r"\$?\w+", arg)
        if var is not None:  # `File.ReadAllText(p)` with `var p = Path.Combine(home, ".kube", "config")` above
            assigned = re.search(r"(?<![\w$])" + re.escape(arg) + r"\s*(?::[^=\n]+)?=(?!=)\s*([^;\n]+)", code[:m.start()])
            arg = assigned.group(1) if assigned else arg
        path = _home_delete_path(arg, names) if _HOME_WORD.search(arg) or names else None
        if path is None and arg[:1] in "'\"`" and (lit := codefold.fold(arg)) is not None:
            path = lit
        if path is None:
            continue
        info = classify(path, cmd.cwd or lw.cwd, lw.home, lw.cwd)
        if info.cls not in ("secret", "critical"):
            continue
        for u in codeflow.URL_RE.findall(code)[:4] or ["<dynamic>"]:
            lw.out.effects.append(Effect("network", u, detail=cmd.text[:200], origin="send", via=label,
                                         content=codeflow.ENV_MARK + f"the file {info.path}"))
        return


#: A command line that deletes, in a string the code hands to a shell, completed at run time by concatenation or
#: interpolation (`exec('rm -rf ' . $home . '/.composer')`, `system("rm -rf #{Dir.home}/x")`, `Process.Start("rm",
#: "-rf " + home)`).
_RM_LITERAL = lazyre.compile(r"""['"`](?:[^'"`\n]*\s)?(?:rm\s+-(?:[a-zA-Z]*[rR][a-zA-Z]*)|rmdir\s+/s|rd\s+/s|Remove-Item\b[^'"`\n]*-Recurse)\b[^'"`\n]*""")


def _spawned_home_deletes(code: str, cmd: Command, lw: Lowerer, label: tuple[str, ...]) -> None:
    from automode.paths import classify

    names = {m.group(1) for m in _HOME_VAR.finditer(code)}
    for m in _RM_LITERAL.finditer(code):
        stop = min((i for i in (code.find(";", m.end()), code.find("\n", m.end())) if i != -1), default=len(code))
        rest = code[m.start() + 1:stop]
        path = _home_delete_path(rest.replace("#{", " ").replace("${", " "), names)
        if path is None:
            continue
        info = classify(path, cmd.cwd or lw.cwd, lw.home, lw.cwd)
        lw.out.effects.append(Effect("delete", info.path, info.cls, detail=" ".join(code[m.start():stop].split())[:120],
                                     recursive=True, via=label))


def _home_delete_path(arg: str, names: set[str]) -> str | None:
    """The path under the home directory a delete's argument names (`File.join(Dir.home, ".ssh")` -> `~/.ssh`), or
    None when the argument is not built from the home directory."""
    code_ = _LITERAL.sub(lambda m: '""' if m.group(1).startswith("~") else m.group(0), arg)  # `"~/x"` literals below
    tilde = next((m.group(1) for m in _LITERAL.finditer(arg) if m.group(1) == "~" or m.group(1).startswith("~/")), None)
    if tilde is not None:
        return tilde
    m = code_vocab.HOME_RE.search(code_) or _BARE_HOME.search(_LITERAL.sub('""', code_))
    at = m.end() if m is not None else -1
    if m is None:
        for n in names:
            hit = re.search(r"(?<![\w$])" + re.escape(n) + r"\b", arg)
            if hit is not None:
                at = hit.end()
                break
    if at < 0:
        return None
    glued = re.match(r"\}?\)?(/[\w./-]+)", arg[at:])  # `"#{Dir.home}/.bundle"`, `$HOME/.x` inside the same string
    pieces = ([glued.group(1).strip("/")] if glued else []) + [p.group(1).strip("/") for p in _LITERAL.finditer(arg, at)][:8]
    sub = "/".join(x for x in pieces if x and not x.startswith(("-", "%")))
    return "~/" + sub if sub else "~"


def scan_constructs(code: str, cmd: Command, lw: Lowerer, label: tuple[str, ...]) -> None:
    """Evaluated downloads and deletes under the home directory, in any language (literals only)."""
    m = None
    if any(map(code.__contains__, _EVAL_WORDS)) and _FETCH_WORDS.search(code):
        m = _EVAL_FETCHED.search(code)
    if m is None and "eval" in code and _FETCH_WORDS.search(code):
        names = {mm.group(1) for mm in _FETCH_VAR.finditer(code)}
        m = next((mm for n in names if (mm := re.search(r"\b(?:eval|exec|Function)\s*\(\s*" + re.escape(n) + r"\b", code))), None)
    if m is not None:
        url = re.search(r"https?://[^\s'\"`)]+", code[m.start():m.end() + 200]) or re.search(r"https?://[^\s'\"`)]+", code)
        where = url.group(0) if url else "code fetched at run time"
        lw.out.effects.append(Effect("exec", f"{where} | eval", detail=" ".join(m.group(0).split())[:120], origin="remote", via=label))
        if url:
            lw.out.effects.append(Effect("network", url.group(0), detail=cmd.text, origin="fetch", via=label))
    _loaded(code, cmd, lw, label)
    _written_places(code, cmd, lw, label)
    if ":delete" in code:  # Chef resources removed: `directory '/x' do recursive true; action :delete end`
        from automode.files.executed_build import _wide_place

        for m in _CHEF_DELETE.finditer(code):
            if _wide_place(m.group(2)):
                lw.source("rm -rf " + m.group(2), via=label, nesting=len(label) + 1, cwd=cmd.cwd)
    low = code.lower()
    if not any(map(low.__contains__, _DELETE_WORDS)):
        return
    if ("rm " in low or "rd " in low or "remove-item" in low) and _RM_LITERAL.search(code) and _HOME_WORD.search(code):
        _spawned_home_deletes(code, cmd, lw, label)
    if not code_vocab.DELETE_CALL_RE.search(code) and not _RECEIVER_DELETE.search(code):
        return
    from automode.paths import classify
    from automode.shell import codefold

    home = _HOME_WORD.search(code) is not None
    names = {m.group(1) for m in _HOME_VAR.finditer(code)} if home else set()
    calls = [(m, codefold.argument(code, m.end())) for m in code_vocab.DELETE_CALL_RE.finditer(code)]
    calls += [(m, m.group(1)) for m in _RECEIVER_DELETE.finditer(code)]
    for m, arg in calls:
        path = _home_delete_path(arg, names) if arg and home else None
        if path is None and arg[:1] in "'\"`" and (lit := codefold.fold(arg)) is not None and lit.startswith(("/", "~")):
            path = lit  # a literal place (`os.RemoveAll("/etc")`, `File.rm_rf!("/var/lib")`)
        if path is None:
            continue
        info = classify(path, cmd.cwd or lw.cwd, lw.home, lw.cwd)
        detail = " ".join(code[m.start():m.end() + len(arg) + 1].split())[:120]
        lw.out.effects.append(Effect("delete", info.path, info.cls, detail=detail, recursive=True, via=label))


#: Words with which a language's build tool says "run the rest of this string in a shell" (Mix aliases).
RUN_PREFIX = {"elixir": "cmd "}


def scan_other(lang: str, code: str, cmd: Command, lw: Lowerer, *, light: bool = False) -> None:
    """The interpreter module's scan, then literals holding a download piped to a shell and requests carrying the
    environment. `light`: the excerpts of a very large file, read for those last two only (bounded time)."""
    name = {"go": "node", "rust": "node", "jvm": "node", "dotnet": "node", "swift": "node", "python3": "node"}.get(lang, lang)
    if not light:
        _scan_other(name, code, cmd, lw, sends_as=lang)
    label = (*cmd.via, f"{lang} code")
    scan_constructs(code, cmd, lw, label)
    _secret_file_sends(lang, code, cmd, lw, label)
    if lang in ("rust", "go", "jvm", "dotnet", "elixir") and not light:
        from automode.files.buildfiles import spawns

        run = spawns(code)
        if run:  # one script: a file one spawn downloads and a later one runs is the same place
            lw.source("\n".join(run), via=label, nesting=len(label) + 1, cwd=cmd.cwd)
    for m in _LIT.finditer(code):
        lit = next(g for g in m.groups() if g is not None)
        if len(lit) >= 6 and _PIPE_RUN.search(lit):
            lit = lit.removeprefix(RUN_PREFIX.get(lang, "\0"))  # a Mix alias `"cmd curl … | bash"` runs the rest in a shell
            lw.source(lit.replace('\\"', '"').replace("\\'", "'"), via=label, nesting=len(label) + 1, cwd=cmd.cwd)
    if light:
        codeflow.scanned_sends(lang, code, cmd, lw, label)  # (the full scan above makes the same effects)


def command_for(lang: str, path: str, cwd: str | None) -> Command:
    from automode.shell.parse import Command

    return Command([Word(lang, lang, False)], cwd, via=(f"code {path}",), text=f"{lang} {path}")
