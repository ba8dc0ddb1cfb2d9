"""The files a file lister selects, as one representative path (session 27, class R6 "loaded"; the commands that
use it: `shell.listed`).

`sed -i 's/it(/it.skip(/' $(git ls-files '*.test.ts')`, `git ls-files 'spec/*_spec.rb' | xargs sed -i …`,
`perl -pi -e … $(find tests -name 'test_*.py')`, `for f in $(grep -rl describe --include='*.spec.ts' src); do sed -i
… "$f"; done`: the edit's files are only known when the lister runs, so the write went to a word automode could not
place (`$(…)`) and the diff it makes (every test skipped) was never read. The lister's own pattern says which files
it selects; the edit is then judged on a path of that pattern (`src/**/*.test.ts`), as `find -exec` already is
(`shell.find.FindExpr.item`): every test file is wider than any test named.

`LISTERS`: the programs that print file names, and how each says which (its pathspec, `-name`, `--include`, `-g`,
its globs). Sources: git-ls-files(1) and gitglossary(7) "pathspec", git-grep(1) `-l`, grep(1) `-l --include`,
rg(1) `-l -g/--glob -t`, ag(1) `-l -G`, find(1) `-name/-path`, fd(1) `-e`, ls(1).
"""

from __future__ import annotations

import posixpath
import re
import shlex

from automode import lazyre
from automode.shell.words import Word

#: Programs that print the names of files (one a line), and the options of each whose value is a file pattern.
LISTERS: dict[str, tuple[str, ...]] = {
    "git ls-files": (),
    "git grep": (),
    "grep": ("--include",),
    "egrep": ("--include",),
    "rg": ("-g", "--glob", "--iglob"),
    "ag": ("-G", "--file-search-regex"),
    "find": ("-name", "-iname", "-path", "-ipath", "-wholename"),
    "fd": ("-e", "--extension"),
    "fdfind": ("-e", "--extension"),
    "ls": (),
}
#: Options of grep, rg, ag that make them print the names of the files that match (not the lines).
_NAMES_ONLY = frozenset({"-l", "--files-with-matches", "--name-only", "--files", "-L", "--files-without-match"})
#: Options whose value is the next word (so it is no pattern or path).
_VALUED = frozenset({"-e", "-f", "-m", "-A", "-B", "-C", "--max-count", "-t", "--type", "-T", "--type-not", "--exclude",
                     "--exclude-dir", "-d", "--max-depth", "--maxdepth", "-maxdepth", "-mindepth", "-type", "-x", "--exec",
                     "-j", "--threads", "-E", "--exclude-standard", "--format", "-S", "--size", "-newer", "-mtime", "-size"})
#: rg/ag `-t` file types as the files they select.
_TYPES = {"py": "*.py", "js": "*.js", "ts": "*.ts", "rust": "*.rs", "go": "*.go", "ruby": "*.rb", "java": "*.java",
          "kotlin": "*.kt", "php": "*.php", "cs": "*.cs", "cpp": "*.cpp", "c": "*.c", "swift": "*.swift", "scala": "*.scala",
          "elixir": "*.exs", "dart": "*.dart", "lua": "*.lua", "sh": "*.sh"}
_SUBST = lazyre.compile(r"^\s*(?:\$\((?P<a>.*)\)|`(?P<b>[^`]*)`)\s*$", re.S)
#: A grep filter's regex as a file pattern: `\.test\.ts$` -> `*.test.ts`, `_test\.go$` -> `*_test.go`.
_FILTER = lazyre.compile(r"^\^?(?:\.\*)?(?P<body>[\w./\\-]*?)\$?$")


def _glob_of_filter(rx: str) -> str | None:
    m = _FILTER.match(rx)
    if m is None or not m.group("body"):
        return None
    body = m.group("body").replace("\\.", ".").replace("\\", "")
    if not rx.endswith("$"):
        return f"*{body}*"
    return f"*{body}"


def _join(root: str, pat: str) -> str:
    root = root.rstrip("/") or "."
    if "/" in pat.strip("/") or pat.startswith("**"):
        return pat if root == "." else f"{root}/{pat}"
    return f"{root}/**/{pat}" if root != "." else f"**/{pat}"


def _one(argv: list[str]) -> str | None:
    """The representative path of one lister command (its words), or None when it is no lister."""
    if not argv:
        return None
    name = posixpath.basename(argv[0])
    rest = argv[1:]
    if name == "git":
        while rest and rest[0].startswith("-"):
            rest = rest[2:] if rest[0] in ("-C", "-c") else rest[1:]
        if not rest or rest[0] not in ("ls-files", "grep"):
            return None
        sub, rest = rest[0], rest[1:]
        if sub == "grep" and not _NAMES_ONLY & set(rest):
            return None
        if sub == "grep":
            rest = rest[rest.index("--") + 1:] if "--" in rest else []
        specs = [re.sub(r"^:\([^)]*\)", "", w) for w in rest if not w.startswith("-")]
        return _join(".", specs[0]) if specs else "**/*"
    if name not in LISTERS:
        return None
    opts = LISTERS[name]
    if name in ("grep", "egrep", "rg", "ag") and not (_NAMES_ONLY & set(rest) or any(
            w.startswith("-") and not w.startswith("--") and "l" in w[1:] for w in rest)):
        return None
    pats: list[str] = []
    pos: list[str] = []
    i = 0
    while i < len(rest):
        w = rest[i]
        key, eq, val = w.partition("=")
        if key in opts and (eq or i + 1 < len(rest)):
            v = val if eq else rest[i + 1]
            pats.append(f"*.{v.lstrip('.')}" if name in ("fd", "fdfind") else v.lstrip("!") if not v.startswith("!") else "")
            i += 1 if eq else 2
            continue
        if w in ("-t", "--type") and name in ("rg", "ag") and i + 1 < len(rest):
            pats.append(_TYPES.get(rest[i + 1], ""))
            i += 2
            continue
        if w in _VALUED:
            i += 2
            continue
        if not w.startswith("-"):
            pos.append(w)
        i += 1
    pats = [p for p in pats if p]
    if name == "ls":
        return pos[0] if pos and any(c in pos[0] for c in "*?[") else None
    if name == "find":
        roots = [p for p in pos if not p.startswith(("(", ")", "!"))][:1] or ["."]
        return _join(roots[0], pats[0].rsplit("/", 1)[-1]) if pats else f"{roots[0].rstrip('/')}/**/*"
    if name in ("fd", "fdfind"):
        root = pos[1] if len(pos) > 1 else "."
        return _join(root, pats[0] if pats else (f"*{pos[0]}*" if pos else "*"))
    # grep/rg/ag: the first positional word is the regex searched, the others the places searched
    where = pos[1] if len(pos) > 1 else "."
    return _join(where, pats[0] if pats else "*")


def selected(text: str) -> str | None:
    """The representative path of what a lister pipeline prints (`git ls-files | grep '_test\\.go$'`), or None."""
    try:
        parts = [shlex.split(p) for p in text.split("|")]
    except ValueError:
        return None
    if not parts or not parts[0]:
        return None
    path = _one(parts[0])
    if path is None:
        return None
    for stage in parts[1:]:
        if not stage:
            return None
        name = posixpath.basename(stage[0])
        if name in ("grep", "egrep", "rg") and not any(w in ("-v", "--invert-match") for w in stage[1:]):
            rx = next((w for w in stage[1:] if not w.startswith("-")), "")
            glob = _glob_of_filter(rx)
            if glob is None:
                return path
            head = path.rsplit("/", 1)[0] if "/" in path else "**"
            path = f"{head}/{glob}" if head != "**" or glob.startswith("*") else glob
        elif name not in ("sort", "uniq", "head", "tail", "tr", "cut", "tee", "cat"):
            return None
    return path


def substituted(w: Word) -> Word | None:
    """A word that is a whole command substitution of a file lister, as the files it selects (a glob word)."""
    if not w.dynamic or ("$(" not in w.raw and "`" not in w.raw):
        return None
    m = _SUBST.match(w.raw.strip('"'))
    if m is None:
        return None
    path = selected(m.group("a") if m.group("a") is not None else m.group("b"))
    return Word(path, w.raw, False, glob=True) if path else None


#: Fixtures (tests/files/test_s27_loaded.py): (lister text, the representative path).
FIXTURES: tuple[tuple[str, str | None], ...] = (
    ("git ls-files '*.test.ts'", "**/*.test.ts"),
    ("git ls-files 'src/**/*.test.js'", "src/**/*.test.js"),
    ("git ls-files", "**/*"),
    ("git ls-files | grep '_test\\.go$'", "**/*_test.go"),
    ("find tests -name 'test_*.py'", "tests/**/test_*.py"),
    ("grep -rl 'describe(' --include='*.spec.ts' src", "src/**/*.spec.ts"),
    ("rg -l TODO -g '*.py'", "**/*.py"),
    ("rg -l TODO -t py tests", "tests/**/*.py"),
    ("fd -e rb _spec spec", "spec/**/*.rb"),
    ("git grep -l it\\( -- '*.spec.js'", "**/*.spec.js"),
    ("ls tests/*.py", "tests/*.py"),
    ("grep -r TODO src", None),
    ("git log --format=%H", None),
    ("cat files.txt", None),
)
