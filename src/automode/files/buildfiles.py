"""What build files and compiled-language build scripts run (issue 11 §1), beside `files.executed`:

* Maven `pom.xml`: `exec-maven-plugin` executables, antrun `<exec>`, and antrun `<get>` downloads that a later
  `<java jar=…>` or `<exec executable=…>` runs (a download run, like `curl … | sh`);
* process spawns of compiled languages with literal commands (Rust `Command::new("x").args([…])`, Go
  `exec.Command("x", …)`, JVM `new ProcessBuilder("x", …)` / `Runtime.getRuntime().exec("…")`, Gradle
  `commandLine 'x', …`), lowered as shell; an argument read from a credential file
  (`std::fs::read_to_string("~/.cargo/credentials.toml")`) becomes `"$(cat FILE)"`, so sending it is the secret-flow
  rules' case; other non-literal arguments are unknown words.

Pure: regular expressions over the text.
"""

from __future__ import annotations

import json
import re
import shlex
from collections.abc import Iterator

from automode import lazyre
from automode.shell import code_vocab

DYNAMIC = "$__automode_runtime_value"

# ------------------------------------------------------------------------------------------------ Maven
_XML_ATTR = lazyre.compile(r"""(\w+)\s*=\s*"([^"]*)\"""")
_ANT_GET = lazyre.compile(r"<get\b([^>]*)/?>", re.S)
_ANT_EXEC = lazyre.compile(r"<exec\b([^>]*)>(.*?)</exec>|<exec\b([^>]*)/>", re.S)
_ANT_JAVA = lazyre.compile(r"<java\b([^>]*)>?", re.S)
_ANT_ARG = lazyre.compile(r"<arg\s+(value|line|file|path)\s*=\s*\"([^\"]*)\"")
_EXEC_PLUGIN = lazyre.compile(r"<executable>\s*([^<\s]+)\s*</executable>(.*?)(?=<executable>|</plugin>|\Z)", re.S)
_ARGUMENT = lazyre.compile(r"<argument>\s*([^<]*?)\s*</argument>")
_MVN_PROP = lazyre.compile(r"\$\{([\w.-]+)\}")


def _attrs(s: str) -> dict[str, str]:
    return {k: v for k, v in _XML_ATTR.findall(s)}


def _mvn(v: str) -> str:
    """`${project.build.directory}/x.jar` -> `target/x.jar` (Maven properties as plain words, as the build sees them)."""
    return _MVN_PROP.sub(lambda m: "target" if m.group(1) in ("project.build.directory", "basedir") else m.group(1), v)


def pom(text: str) -> Iterator[tuple[str, str]]:
    """(shell text, where) for what a POM's plugins run."""
    fetched = {_mvn(a["dest"]): a["src"] for a in (_attrs(m.group(1)) for m in _ANT_GET.finditer(text)) if "src" in a and "dest" in a}
    for url in fetched.values():
        yield f"curl -fsSL {shlex.quote(url)} -o /dev/null", "antrun get"
    for m in _ANT_EXEC.finditer(text):
        a = _attrs(m.group(1) or m.group(3) or "")
        prog = _mvn(a.get("executable", ""))
        if not prog:
            continue
        args = [v if k == "line" else shlex.quote(_mvn(v)) for k, v in _ANT_ARG.findall(m.group(2) or "")]
        yield _run_fetched(" ".join([shlex.quote(prog), *args]), prog, fetched), "antrun exec"
    for m in _ANT_JAVA.finditer(text):
        jar = _mvn(_attrs(m.group(1)).get("jar", ""))
        if jar:
            yield _run_fetched(f"java -jar {shlex.quote(jar)}", jar, fetched), "antrun java"
    for m in _EXEC_PLUGIN.finditer(text):
        prog = _mvn(m.group(1))
        args = [shlex.quote(_mvn(x)) for x in _ARGUMENT.findall(m.group(2))]
        yield _run_fetched(" ".join([shlex.quote(prog), *args]), prog, fetched), "exec-maven-plugin"


def flow_list(v: str) -> list[str]:
    """A YAML flow sequence of scalars (`["-c", 'x', y]`)."""
    try:
        out = json.loads(v)
    except ValueError:
        out = None
    if isinstance(out, list) and all(isinstance(x, str) for x in out):
        return out
    return [a or b or c for a, b, c in re.findall(r""""((?:[^"\\]|\\.)*)"|'([^']*)'|([^,\[\]\s][^,\]]*)""", v.strip()[1:-1])]



def _run_fetched(cmd: str, prog: str, fetched: dict[str, str]) -> str:
    """A program the build downloaded first and now runs: the download piped to a shell, as `curl URL | sh` says."""
    for dest, url in fetched.items():
        if prog == dest or prog.endswith("/" + dest.rsplit("/", 1)[-1]):
            return f"curl -fsSL {shlex.quote(url)} | sh; {cmd}"
    return cmd


# ------------------------------------------------------------------------------------------------ process spawns
#: `Command::new("prog")` or `Command::new(format!("{out}/prog"))` / `Command::new(&path)`, then its `.arg(…)`/`.args([…])`.
_RUST_NEW = lazyre.compile(r"Command::new\(\s*(\"[^\"]+\"|&?format!\(\s*\"(?:[^\"\\]|\\.)*\"[^()]*\)|&?\w+)\s*\)"
                           r"((?:\s*\.\s*(?:arg|args|current_dir|env)\s*\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\))*)")
_RUST_ARG = lazyre.compile(r"\.\s*(arg|args|current_dir|env)\s*\(((?:[^()]|\((?:[^()]|\([^()]*\))*\))*)\)")
_GO_CMD = lazyre.compile(r"exec\.Command(?:Context)?\(\s*(?:\w+\s*,\s*)?((?:[^()]|\([^()]*\))*)\)")
_JVM_PB = lazyre.compile(r"new\s+ProcessBuilder\(\s*(?:(?:List|Arrays)\.(?:of|asList)\()?((?:[^()]|\([^()]*\))*)\)")
_JVM_EXEC = lazyre.compile(r"Runtime\.getRuntime\(\)\.exec\(\s*\"((?:[^\"\\]|\\.)*)\"\s*\)")
#: .NET `Process.Start("prog", "arguments")` / `new ProcessStartInfo("prog", "arguments")`: the arguments are one
#: command-line string; Elixir `System.cmd("prog", ["a", …])`; Erlang and Elixir `os:cmd("…")` / `:os.cmd('…')`.
_DOTNET_START = lazyre.compile(r"(?:Process\.Start|new\s+ProcessStartInfo)\(\s*@?\"((?:[^\"\\]|\\.)*)\"\s*(?:,\s*@?\"((?:[^\"\\]|\\.)*)\")?")
_EX_CMD = lazyre.compile(r"System\.cmd\(\s*\"([^\"]+)\"\s*,\s*(\[[^\]]*\])")
_OS_CMD = lazyre.compile(r"\bos(?::|\.)cmd\(\s*(?:'([^']*)'|\"((?:[^\"\\]|\\.)*)\"|~c\"([^\"]*)\")")
#: (an item may be a call: `commandLine 'rm', '-rf', System.getProperty('user.home')`, read by `_items`)
_GRADLE_CMD = lazyre.compile(r"\bcommandLine\s*\(?\s*((?:(?:\"[^\"\n]*\"|'[^'\n]*'|[\w.$]+(?:\([^()\n]*\))?)\s*,\s*)*"
                             r"(?:\"[^\"\n]*\"|'[^'\n]*'|[\w.$]+\([^()\n]*\)))")
_ITEM = lazyre.compile(r"""\s*(?:"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|"""
                       r"""(&?(?:format!|fmt\.Sprintf|String\.format)\(\s*"(?:[^"\\\n]|\\.)*"[^()]*\)(?:\.\w+\([^()]*\))*)|"""
                       r"""(&?[\w.:]+(?:\([^()]*\))?(?:\.\w+\([^()]*\))*))\s*(?:,|$)""")
#: A formatted string (`format!("{out}/protoc")`, `fmt.Sprintf("%s/bin", dir)`): its literal text, each named
#: placeholder a shell variable of that name (so `{out}/protoc` written by one spawn and run by another is one
#: place), each positional one a value known only at run time.
_FMT_LIT = lazyre.compile(r'(?:format!|fmt\.Sprintf|String\.format)\(\s*"((?:[^"\\\n]|\\.)*)"')
_FMT_HOLE = lazyre.compile(r"\{(\w*)(?::[^{}]*)?\}|%[-+ #0-9.]*[sdvqxXfg]")


def _formatted(expr: str) -> str | None:
    m = _FMT_LIT.search(expr)
    if m is None:
        return None
    return _FMT_HOLE.sub(_hole, m.group(1).replace('\\"', '"'))


def _hole(h: re.Match[str]) -> str:
    name = h.group(1)
    if not name or name.isdigit():
        return DYNAMIC
    return "${HOME}" if name in ("home", "HOME", "home_dir", "homedir") else f"${{{name}}}"


#: A file's content read into a name: `let c = std::fs::read_to_string(P)`, `if let Ok(c) = fs::read_to_string(P)`,
#: `c, _ := os.ReadFile(P)`, `String c = Files.readString(Path.of(P))`.
_READ_INTO = lazyre.compile(r"""(?:let\s+(?:mut\s+)?|if\s+let\s+Ok\(\s*|(?:String|var|val|byte\[\])\s+)?(\w+)\)?\s*(?::=|=)\s*[^;\n]{0,40}?"""
                            r"""(?:read_to_string|read|ReadFile|readString|readAllBytes|readText)\(\s*(?:Path\.of\(|Paths\.get\(|File\()?"""
                            r"""\s*(?:&?format!\(\s*)?"([^"]+)\"""")
_HOME_FMT = lazyre.compile(r"^\{(?:home|HOME|home_dir|h)\}/|^\$HOME/|^\$\{HOME\}/")


def _quote_formatted(v: str) -> str:
    """A formatted value as one shell word whose `${name}` holes the shell still sees (double quotes)."""
    return '"' + re.sub(r'(["\\`])', r"\\\1", v) + '"' if any(c in v for c in " \t'\"|&;<>()`\\*?[") else v


def _items(args: str, files: dict[str, str]) -> list[str]:
    out: list[str] = []
    inner = args.strip()
    if inner.startswith("[") and inner.endswith("]"):
        inner = inner[1:-1]
    for m in _ITEM.finditer(inner):
        lit = m.group(1) if m.group(1) is not None else m.group(2)
        if lit is not None:
            out.append(shlex.quote(lit.replace('\\"', '"')))
        elif m.group(3):
            out.append(_quote_formatted(_formatted(m.group(3)) or DYNAMIC))
        elif m.group(4):
            name = m.group(4).lstrip("&").split(".")[0]
            home = code_vocab.HOME_RE.fullmatch(m.group(4).lstrip("&").strip()) is not None  # `System.getProperty("user.home")`
            out.append("~" if home else f'"$(cat {files[name]})"' if name in files else DYNAMIC)
        if m.end() >= len(inner):
            break
    return out


def spawns(code: str) -> list[str]:
    """Shell text for each process a compiled-language build script or program spawns with a literal (or formatted)
    program name, in the order they appear (a download one spawn makes and a later spawn runs is one script's)."""
    files = {m.group(1): _HOME_FMT.sub("~/", m.group(2)) for m in _READ_INTO.finditer(code)}
    found: list[tuple[int, str]] = []
    for m in _RUST_NEW.finditer(code):
        prog = m.group(1)
        if prog.startswith('"'):
            prog = shlex.quote(prog[1:-1])
        elif (f := _formatted(prog)) is not None:
            prog = _quote_formatted(f)
        else:
            continue  # a program named by a variable: unknown here
        argv = [prog]
        for a in _RUST_ARG.finditer(m.group(2)):
            if a.group(1) in ("arg", "args"):
                argv += _items(a.group(2), files)
        found.append((m.start(), " ".join(argv)))
    for rx in (_GO_CMD, _JVM_PB, _GRADLE_CMD):
        for m in rx.finditer(code):
            argv = _items(m.group(1), files)
            if argv and argv[0] != DYNAMIC:
                found.append((m.start(), " ".join(argv)))
    for m in _JVM_EXEC.finditer(code):
        found.append((m.start(), m.group(1)))
    for m in _DOTNET_START.finditer(code):
        found.append((m.start(), " ".join([shlex.quote(m.group(1)), *([m.group(2).replace('\\"', '"')] if m.group(2) else [])])))
    for m in _EX_CMD.finditer(code):
        found.append((m.start(), " ".join([shlex.quote(m.group(1)), *_items(m.group(2), files)])))
    for m in _OS_CMD.finditer(code):
        found.append((m.start(), next(g for g in m.groups() if g is not None)))
    return [t for _, t in sorted(found, key=lambda x: x[0])]
