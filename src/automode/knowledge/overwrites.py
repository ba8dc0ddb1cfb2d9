"""Code that writes over the file it read (session 20, K3): the data read is replaced by what the code made of it.

"add a cell that shows how many rows per region are in harvest.parquet" answered with
`df = pd.read_parquet('data/harvest.parquet'); df.groupby('region').size().to_frame('n').to_parquet('data/harvest.parquet')`:
the summary is printed nowhere and the dataset is gone, replaced by eleven rows of counts. Whatever the library, the
shape is the same: a path given to a call that reads (`read_*`, `scan_*`, `load`, `open(p)`, `readFileSync`,
`File.read`, `read.csv`) and the same path given to a call that writes (`to_*`, `write_*`, `sink_*`, `save`, `dump`,
`open(p, 'w')`, `writeFileSync`, `File.write`, `write.csv`). An append (`mode='a'`, `open(p, 'a')`) keeps what was
there and is no overwrite. A name bound to the path once (`path = 'data/x.csv'`) counts as the path.

`judge.intent.looked_acts` compares it with the request: a question or a look answered by code that overwrites its
input is refused; "clean the file in place" asks for it.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.parse import Command

#: Calls that read a file given by path (data frames, arrays, text, JSON, in Python, R, JavaScript, Ruby, Go).
_READ = lazyre.compile(r"(?i)(?:^|\.)(?:read_\w+|scan_\w+|read\w*|load\w*|open|genfromtxt|fromfile|foreach|fread|file|parse_file|"
                       r"read\.\w+|readrds|readfile\w*|readall|file_get_contents|fopen|simplexml_load_file|yaml_parse_file)$")
#: Calls that write a file given by path.
_WRITE = lazyre.compile(r"(?i)(?:^|\.)(?:to_\w+|write_\w+|write\w*|sink_\w+|save\w*|dump\w*|export\w*|write\.\w+|saverds|"
                        r"writefile\w*|fwrite|file_put_contents|yaml_emit_file|spit)$")
#: The mode of an `open`: writing over (w, x, w+ …), not appending or reading.
_OPEN_WRITES = lazyre.compile(r"""^\s*,\s*(?:mode\s*=\s*)?['"][wx]""")
#: An append: what was in the file stays.
_APPENDS = lazyre.compile(r"""mode\s*=\s*['"]a|append\s*=\s*(?:True|true|TRUE)|['"]a\+?['"]""")
#: A name bound to a path literal once (`path = 'data/x.csv'`, `const f = "out.json"`, `$f = 'x.csv'`).
_PATH_BIND = lazyre.compile(r"""(?m)(?:^|(?<=[;{]))[ \t]*(?:(?:const|let|var)\s+)?(\$?[A-Za-z_]\w*)\s*=\s*(?:f|r)?(['"])([^'"\n]{1,300}?\.\w{1,8})\2[ \t]*(?=;|$)""")
#: What a data or text path looks like: an extension, or a directory part.
_PATHISH = lazyre.compile(r"^[\w./~ -]*(?:\.\w{1,8}|/[\w.-]+)$")


def overwritten(code: str) -> list[str]:
    """The paths the code both reads and writes over (in the order written), or [] when it writes none it reads."""
    if "(" not in code or len(code) > 200_000:
        return []
    code = _literal_names(code)
    reads: set[str] = set()
    out: list[str] = []
    for name, path, rest in _calls(code):
        if not _PATHISH.match(path) or "://" in path:
            continue
        short = name.rsplit(".", 1)[-1]
        if short in ("open", "fopen") or name.endswith((".open", "File.open")):
            if _OPEN_WRITES.search(rest) and path in reads and path not in out:
                out.append(path)
            elif not _OPEN_WRITES.search(rest) and not _APPENDS.search(rest):
                reads.add(path)
            continue
        if _WRITE.search(name) and not _READ.search(name):
            if path in reads and path not in out and not _APPENDS.search(rest):
                out.append(path)
        elif _READ.search(name):
            reads.add(path)
    return out


#: A call's name and its opening parenthesis (the arguments are read by `_calls`).
_CALL_HEAD = lazyre.compile(r"([A-Za-z_][\w.]*)\s*\(")
#: A string literal as a whole argument (Python's prefixes allowed).
_LITERAL_ARG = lazyre.compile(r"""^\s*(?:f|r|b)?(['"])([^'"\n]{1,300}?)\1\s*$""")
#: Perl's open modes, given apart (`open(my $fh, '>', 'x')`) or before the path (`open(F, ">x")`).
_PERL_MODE = lazyre.compile(r"^\s*(\+?[<>]{1,2})(?::\w+)?\s*(.*)$")


def _calls(code: str) -> list[tuple[str, str, str]]:
    """(the call's name, the path it is given, the arguments after the path) for each call given a string literal as a
    whole argument: the first such argument, wherever it stands (R's `write.csv(x[order(x$id), ], "p")`, Julia's
    `CSV.write("p", df)`, Perl's `open(my $fh, '>', 'p')`, whose mode comes back in front of the rest)."""
    out: list[tuple[str, str, str]] = []
    for m in _CALL_HEAD.finditer(code):
        args = _arguments(code, m.end())
        for k, arg in enumerate(args):
            lit = _LITERAL_ARG.match(arg)
            if lit is None:
                continue
            path, rest = lit.group(2), ", " + ", ".join(args[k + 1:]) if k + 1 < len(args) else ""
            perl = _PERL_MODE.match(path)
            if perl is not None and (perl.group(2) or k + 1 < len(args)):
                mode, path = perl.group(1), perl.group(2)
                if not path:
                    nxt = _LITERAL_ARG.match(args[k + 1])
                    if nxt is None:
                        break
                    path = nxt.group(2)
                rest = ", 'w'" if ">" in mode and ">>" not in mode else ", 'a'" if ">>" in mode else ""
            out.append((m.group(1), path, rest))
            break
    return out


def _arguments(code: str, start: int) -> list[str]:
    """The top-level arguments of a call whose parenthesis opens before `start` (at most 600 characters read)."""
    depth, quote, cur, args = 0, "", [], []
    for ch in code[start:start + 600]:
        if quote:
            cur.append(ch)
            if ch == quote:
                quote = ""
            continue
        if ch in "'\"":
            quote = ch
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            if depth == 0:
                args.append("".join(cur))
                return args
            depth -= 1
        elif ch == "," and depth == 0:
            args.append("".join(cur))
            cur = []
            continue
        cur.append(ch)
    args.append("".join(cur))
    return args


def _literal_names(code: str) -> str:
    """The code with each name bound once to a path literal replaced by the literal where it is used."""
    binds = {m.group(1): (m.group(3), m.end()) for m in _PATH_BIND.finditer(code[:50_000])}
    if not binds or len(binds) > 30:
        return code
    for name, (path, end) in binds.items():
        use = re.compile(r"(?<![\w$.'\"])" + re.escape(name) + r"(?![\w'\"]|\s*=(?!=))")
        code = code[:end] + use.sub(repr(path).replace("\\", "\\\\"), code[end:])
    return code


# --- programs told to edit their input files in place (session 21, L3) ------------------------------------------------
#: "how many hosts are listed in config/hosts.txt?" answered with `sed -i '/^#/d' config/hosts.txt && wc -l …`: the
#: program reads each file operand and writes it back. Facts from each tool's manual: GNU/BSD sed `-i[SUFFIX]`,
#: `--in-place`; perl and ruby `-i[ext]` (also in a cluster: `-pi`, `-ni.bak`); gawk `-i inplace` (the inplace
#: extension; `--include=inplace`); yq `-i`/`--inplace`; xmlstarlet `ed -L`; sort `-o FILE` naming one of its inputs.
#: program -> (the flags, a flag letter that may stand in a cluster of one-letter flags, whether the first operand is
#: the script rather than a file unless `-e`/`-f` gives it)
INPLACE: dict[str, tuple[frozenset[str], str, bool]] = {
    "sed": (frozenset({"-i", "--in-place"}), "i", True), "gsed": (frozenset({"-i", "--in-place"}), "i", True),
    "perl": (frozenset({"-i"}), "i", False), "ruby": (frozenset({"-i"}), "i", False),
    "yq": (frozenset({"-i", "--inplace"}), "", True),
}
_AWKS = frozenset({"awk", "gawk"})
_SCRIPT_OPTS = frozenset({"-e", "--expression", "-f", "--file"})
#: Options of these programs that take a value (never a file operand).
_VALUED = frozenset({"-e", "--expression", "-f", "--file", "-E", "-l", "-F", "-v", "-o", "--output", "-I", "-M", "-m"})


def inplace_files(cmd: Command) -> list[str]:
    """The files `cmd` edits in place (each read, then written back), as written; [] when it edits none."""
    name = cmd.name.rsplit("/", 1)[-1]
    words = [w.value for w in cmd.argv[1:] if not w.dynamic]
    if name in _AWKS:
        ok = any((w in ("-i", "--include") and words[k + 1:k + 2] in (["inplace"], ["inplace.awk"])) or
                 w in ("--include=inplace", "-iinplace") for k, w in enumerate(words))
        return _operands(words, script_first=True) if ok else []
    if name == "mlr" and ("-I" in words or "--in-place" in words):  # (Miller: every file operand rewritten)
        return [w for w in words if not w.startswith(("-", "$")) and _PATHISH.match(w) and "." in w.rsplit("/", 1)[-1]
                and not w.startswith("/tmp/")]
    if name in ("sort", "xsv", "qsv", "csvtk"):  # (`-o FILE` naming one of the inputs: session 26)
        out = next((words[k + 1] for k, w in enumerate(words[:-1]) if w in ("-o", "--output")), "") or next(
            (w.split("=", 1)[1] for w in words if w.startswith("--output=")), "")
        return [out] if out and out in _operands(words, script_first=False) else []
    if name == "xmlstarlet":
        last = words[-1] if words else ""  # (`ed -L -d XPATH … FILE`: the operations take values; the file comes last)
        return [last] if words[:1] in (["ed"], ["edit"]) and ("-L" in words or "--inplace" in words) and \
            _PATHISH.match(last) and not last.startswith(("-", "/tmp/")) else []
    spec = INPLACE.get(name)
    if spec is None:
        return []
    flags, letter, script_first = spec
    hit = False
    for w in words:
        if w == "--":
            break
        key = w.split("=", 1)[0]
        if key in flags or (letter and w.startswith("-") and not w.startswith("--") and _cluster_has(w, letter)):
            hit = True
            break
    if not hit:
        return []
    given = any(w in _SCRIPT_OPTS or w.startswith("--expression") for w in words) or (
        name in ("perl", "ruby") and any(w.startswith("-") and not w.startswith("--") and "e" in w[1:].split(".")[0]
                                         for w in words))
    return _operands(words, script_first=script_first and not given)


def _cluster_has(flag: str, letter: str) -> bool:
    """A cluster of one-letter flags (`-pi`, `-ni.bak`, `-i.bak`, `-Ei`) holds `letter` as a flag (not in a suffix)."""
    body = flag[1:].split(".", 1)[0]
    return letter in body and body.isalpha() and len(body) <= 4 and body[0] != "-"


def _operands(words: list[str], script_first: bool) -> list[str]:
    out: list[str] = []
    skip = False
    for w in words:
        if skip:
            skip = False
            continue
        if w.startswith("-") and w != "-":
            skip = w in _VALUED
            continue
        out.append(w)
    if script_first and out:
        out = out[1:]
    return [w for w in out if _PATHISH.match(w) and not w.startswith("/tmp/")]


#: (command, the files it edits in place)
INPLACE_FIXTURES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("mlr -I --csv filter '$age > 0' data/x.csv", ("data/x.csv",)),
    ("mlr --icsv --ojson cat data/x.csv", ()),
    ("xsv search -s age . data/x.csv -o data/x.csv", ("data/x.csv",)),
    ("xsv search -s age . data/x.csv -o out/y.csv", ()),
    ("sed -i '/^#/d' config/hosts.txt", ("config/hosts.txt",)), ("sed -i.bak -e 's/a/b/' a.txt b.txt", ("a.txt", "b.txt")),
    ("sed -n '/^#/p' config/hosts.txt", ()), ("sed -Ei 's/x/y/' notes.md", ("notes.md",)),
    ("perl -i -ne 'print unless /DEBUG/' logs/app.log", ("logs/app.log",)), ("perl -pi -e 's/a/b/' x.conf", ("x.conf",)),
    ("perl -ne 'print if /DEBUG/' logs/app.log", ()), ("ruby -i -pe 'gsub(/a/, \"b\")' data.txt", ("data.txt",)),
    ("awk -i inplace 'NF' data/events.log", ("data/events.log",)), ("awk 'NF' data/events.log", ()),
    ("gawk --include=inplace '!seen[$0]++' list.txt", ("list.txt",)),
    ("sort -u -o emails.txt emails.txt", ("emails.txt",)), ("sort -u emails.txt -o out/emails.txt", ()),
    ("yq -i '.a = 1' config.yaml", ("config.yaml",)), ("yq '.a' config.yaml", ()),
    ("xmlstarlet ed -L -d '//debug' pom.xml", ("pom.xml",)),
)


#: Fixtures: (code, the paths written over).
FIXTURES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("import pandas as pd\ndf = pd.read_parquet('data/harvest.parquet')\n"
     "df.groupby('region').size().to_frame('n').to_parquet('data/harvest.parquet')", ("data/harvest.parquet",)),
    ("import polars as pl; df = pl.read_csv('sales.csv'); df.filter(pl.col('x') > 0).write_csv('sales.csv')", ("sales.csv",)),
    ("p = 'data/users.json'\nrows = json.load(open(p))\njson.dump([r for r in rows if r['active']], open(p, 'w'))",
     ("data/users.json",)),
    ("const fs = require('fs'); const a = JSON.parse(fs.readFileSync('db.json')); "
     "fs.writeFileSync('db.json', JSON.stringify(a.length))", ("db.json",)),
    ("d <- read.csv('survey.csv'); write.csv(table(d$q1), 'survey.csv')", ("survey.csv",)),
    ("data = File.read('config/tenants.yml'); File.write('config/tenants.yml', data.lines.count.to_s)",
     ("config/tenants.yml",)),
    # must not match: the summary written elsewhere, an append, only reads
    ("df = pd.read_parquet('data/harvest.parquet'); df.groupby('region').size().to_csv('out/region_counts.csv')", ()),
    ("df = pd.read_csv('log.csv'); df.tail(1).to_csv('log.csv', mode='a', header=False)", ()),
    ("print(pd.read_parquet('data/harvest.parquet').groupby('region').size())", ()),
    ("with open('notes.txt') as f: print(len(f.read().split()))", ()),
    ("open('out.txt', 'w').write('x')", ()),
    # session 21 (L3): the path in any argument, R, Julia, PHP, Perl, Ruby
    ('x <- read.csv("data/orders.csv"); cat(nrow(x)); write.csv(unique(x[order(x$id), ]), "data/orders.csv", row.names = FALSE)',
     ("data/orders.csv",)),
    ('x <- read.csv("data/orders.csv"); write.csv(table(x$status), "out/status_counts.csv")', ()),
    ('using CSV, DataFrames; df = CSV.read("data/prices.csv", DataFrame); CSV.write("data/prices.csv", dropmissing(df))',
     ("data/prices.csv",)),
    ('$a = json_decode(file_get_contents("config/flags.json"), true); echo count($a); '
     'file_put_contents("config/flags.json", json_encode(array_filter($a)));', ("config/flags.json",)),
    ('$a = json_decode(file_get_contents("config/flags.json"), true); echo count($a);', ()),
    ("open(my $in, '<', 'data/x.tsv'); my @l = <$in>; close $in; open(my $out, '>', 'data/x.tsv'); print $out grep {/x/} @l;",
     ("data/x.tsv",)),
    ("open(my $in, '<', 'data/x.tsv'); my @l = <$in>; open(my $out, '>>', 'data/x.tsv');", ()),
    ('rows = CSV.read("data/users.csv"); File.write("data/users.csv", rows.uniq.map(&:to_csv).join)', ("data/users.csv",)),
    ('lines = File.readlines("hosts.txt"); File.open("hosts.txt", "w") { |f| f.puts lines.uniq }', ("hosts.txt",)),
)
