"""What `looked_acts` compares beyond the effects of the analysis (session 20, K3): the acts of code written into a
cell or a script made to show something, code that writes over the file it read, and requests to make or run a thing
whose purpose is to show ("add a cell that shows how many rows per region …", "run the rake task that prints the
stale carts report").

* A notebook cell or a script written at the user's request is run by the user next: its code is read like the code
  of a console (`knowledge.ormcalls.code_acts`: rows deleted or updated, queues cleared, mail sent, SQL in strings)
  and for files it reads and then writes over (`knowledge.overwrites`). Only the lines the edit adds are read.
* Inline code run now (`python -c`, `node -e`, `bun -e`, a heredoc fed to an interpreter) is read for overwrites:
  the analysis sees its reads, not what it writes back.
(`looked_acts.looks_through` reads a request to make or run something that shows: every clause either only looks or
makes/runs a thing described by a word that looks, so what that thing does besides looking was not asked for.)
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.effects import Effect
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.shell.parse import Command

#: The mark of acts read from code the action writes (a cell, a script), for reasons and tests.
WRITTEN = "written code"
#: Files whose written code is read: a notebook cell and scripts of the languages `ormcalls` and `codeacts` know.
_CODE_FILE = lazyre.compile(r"(?i)\.(?:ipynb|py|rb|rake|js|mjs|cjs|ts|mts|php|exs?|r|jl)$")
#: Interpreters whose inline code (`-c`, `-e`, `eval`, a heredoc on stdin) is read for overwrites.
_INTERPRETERS = frozenset({"python", "python3", "node", "bun", "deno", "ruby", "Rscript", "rscript", "r", "php", "perl", "julia",
                           "irb"})  # (a command's name is lower case: `Rscript` reads `rscript`)
#: A file or folder the written code removes, by a literal path: Python, Node, Ruby, R calls and a shell `rm` run from
#: the code (`subprocess.run('rm -rf ../data', shell=True)`, a `!rm -rf` line of a cell).
_REMOVES = lazyre.compile(r"""(?:shutil\.rmtree|os\.(?:remove|unlink|rmdir|removedirs)|send2trash|fs\.(?:rmSync|rm|unlinkSync|"""
                          r"""rmdirSync|promises\.rm)|FileUtils\.rm(?:_rf|_r|_f)?|File\.delete|Dir\.delete|unlink)\s*\(\s*"""
                          r"""(?:[rf]?)(['"])([^'"\n]{1,200})\1|\brm\s+(?:-[a-zA-Z]*[rRf][a-zA-Z]*\s+)+([^\s'";|&)]{1,200})""")
#: Paths whose removal is routine scratch work (a temporary or cache folder).
_SCRATCH = lazyre.compile(r"(?i)(?:^|/)(?:tmp|temp|\.cache|__pycache__|\.pytest_cache|\.ipynb_checkpoints)(?:/|$)|^/tmp/")
#: Words that ask to write over a file in so many words (in the languages of `looked_acts.LOOK`).
_OVERWRITE_SAID = lazyre.compile(
    r"(?i)\b(?:overwrite|over-write|in[- ]place|save\s+(?:it\s+|them\s+)?back|write\s+(?:it\s+)?back|replace\s+the\s+(?:file|data)|"
    r"überschreib\w*|sobrescrev\w*|sobreescrib\w*|[ée]cras\w*|sovrascriv\w*|nadpisz\w*|перезапиш\w*|üzerine\s+yaz\w*|"
    r"timpa\w*|ghi\s+đè)\b|上書き|覆盖|覆蓋|덮어")


def overwrite_said(message: str) -> bool:
    return lazyre.searched(_OVERWRITE_SAID, message) is not None


def written_acts(a: Analysis) -> list[tuple[str, Effect]]:
    """(kind, effect) for each act of the code a file-writing action adds: `delete`, `update`, `create`, `send` (mail
    and notifications), `overwrite` (a file read then written over)."""
    path, code = _written(a)
    if not code:
        return []
    from automode.knowledge.ormcalls import code_acts
    from automode.knowledge.overwrites import overwritten

    out: list[tuple[str, Effect]] = []
    detail = f"{a.action.tool} {path}"
    for act in code_acts(code, False):
        kind = "send" if act.verb == "message" else act.verb
        out.append((kind, Effect("control", act.target or "the application's data", detail=detail, origin="data",
                                 content=act.content, via=(WRITTEN,), verb=act.verb, scope=act.scope,
                                 values=(act.target,))))
    out += [("overwrite", Effect("write", p, detail=detail, origin="overwrite", content=code[:500], via=(WRITTEN,)))
            for p in overwritten(code)]
    for m in _REMOVES.finditer(code):
        target = m.group(2) or m.group(3) or ""
        if target and not _SCRATCH.search(target):
            out.append(("delete", Effect("delete", target, detail=detail, content=code[:500], via=(WRITTEN,),
                                         recursive="rmtree" in m.group(0) or " -" in m.group(0) or "_rf" in m.group(0))))
    return out


#: Files of code and markup: `sed -i '608d' pkg/mod.py` is how an agent edits code, not data overwritten for a look
#: (shared swe_agent: an issue text read as a look turned three such edits into refusals).
_SOURCE = (".py", ".pyi", ".js", ".jsx", ".mjs", ".cjs", ".ts", ".tsx", ".go", ".rs", ".rb", ".java", ".kt", ".kts",
           ".scala", ".c", ".h", ".cc", ".cpp", ".hpp", ".cs", ".php", ".swift", ".m", ".mm", ".sh", ".bash", ".zsh",
           ".pl", ".pm", ".lua", ".r", ".jl", ".ex", ".exs", ".erl", ".hs", ".ml", ".dart", ".vue", ".svelte", ".html",
           ".css", ".scss", ".gradle", ".cmake", ".mk")


def inline_overwrites(a: Analysis) -> list[tuple[str, Effect]]:
    """("overwrite", effect) for each file that inline code run now reads and then writes over, and each file a
    program is told to edit in place (`sed -i`, `perl -i`, `awk -i inplace`, `sort -o F F`: `overwrites.inplace_files`)."""
    if not a.shell:
        return []
    from automode.knowledge.overwrites import inplace_files, overwritten

    out: list[tuple[str, Effect]] = []
    for c in a.commands:
        out += [("overwrite", Effect("write", p, detail=c.text[:200], origin="overwrite", content=c.text[:500],
                                     via=(*c.via, "in place"))) for p in inplace_files(c)
                if not p.lower().endswith(_SOURCE)]  # `sed -i`, `perl -pi` (on data; on code it is the edit itself)
        out += [("overwrite", Effect("write", p, detail=c.text[:200], origin="overwrite", content=c.text[:500],
                                     via=(*c.via, "redirect"))) for p in _redirected_back(a, c)]  # `sort f > f`
        for code in _inline(c):
            out += [("overwrite", Effect("write", p, detail=c.text[:200], origin="overwrite", content=code[:500],
                                         via=(*c.via, "inline code"))) for p in overwritten(code)]
    return out


def _redirected_back(a: Analysis, c: Command) -> list[str]:
    """The files a command's `>` writes over that it, or a command piped into it, names as an operand: `sort -u
    emails.txt > emails.txt`, `jq '.x' f.json | tee … > f.json` (the shell empties the file before it is read)."""
    out: list[str] = []
    for r in c.redirects:
        if r.op not in (">", ">|", "&>") or r.target is None or r.target.dynamic:
            continue
        t = r.target.value
        if t.startswith("/dev/") or t.startswith("/tmp/") or not t:
            continue
        k = a.commands.index(c)
        chain = [c] + ([x for x in a.commands[:k] if x.pipe_from is not None or x is a.commands[k - 1]]
                       if c.pipe_from is not None and k else [])
        if any(t in [w.value for w in x.argv[1:] if not w.dynamic and not w.value.startswith("-")] for x in chain):
            out.append(t)
    return out


def _inline(c: Command) -> list[str]:
    """The code an interpreter's command runs inline: the value after `-c`/`-e`/`eval`, or its heredoc."""
    if c.name not in _INTERPRETERS and not c.name.startswith("python"):
        return []
    words = [w.value for w in c.argv[1:] if not w.dynamic]
    out = [words[i + 1] for i, w in enumerate(words[:-1]) if w in ("-c", "-e", "--eval", "-p", "--print", "eval", "-r")]
    if not out and (c.redirects or c.pipe_from):
        text, known = c.stdin_text()
        if text and known:
            out.append(text)
    return out


def _written(a: Analysis, files: re.Pattern[str] | None = None) -> tuple[str, str]:
    """(the path, the code the action adds to it) for a write of a code file or a notebook cell (`files`: another
    pattern of the paths read); ("", "") else."""
    from automode.analysis import FILE_WRITE_TOOLS

    if a.action.tool not in FILE_WRITE_TOOLS:
        return "", ""
    inp = a.action.input
    path = next((v for k in ("notebook_path", "file_path", "path") if isinstance(v := inp.get(k), str)), "")
    if not (files or _CODE_FILE).search(path):
        return "", ""
    pairs: list[tuple[str, str]] = []
    if isinstance(inp.get("edits"), list):
        pairs = [(str(e.get("old_string") or ""), str(e.get("new_string") or "")) for e in inp["edits"] if isinstance(e, dict)]
    else:
        new = next((v for k in ("new_source", "content", "new_string", "new_str", "file_text") if isinstance(v := inp.get(k), str)), "")
        old = next((v for k in ("old_string", "old_str") if isinstance(v := inp.get(k), str)), "")
        pairs = [(old, new)]
    added: list[str] = []
    for old, new in pairs:
        kept = set(old.splitlines())
        added += [line for line in new.splitlines() if line not in kept]  # (the context an edit repeats is not new)
    return path, "\n".join(added)[:50_000]
