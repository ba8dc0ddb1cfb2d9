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

#: A call and the string given to it: the call's name, the literal (first or second argument: `pq.write_table(t, 'x')`,
#: `joblib.dump(m, 'x')`, R's `write.csv(df, 'x')`), and what follows it up to the call's end (its mode).
_CALL = lazyre.compile(r"""([A-Za-z_][\w.]*)\s*\(\s*(?:[\w.\[\]'"$]+(?:\([^()\n]*\))?\s*,\s*)?(?:f|r|b)?(['"])([^'"\n]{1,300}?)\2([^()\n]{0,80})""")
#: Calls that read a file given by path (data frames, arrays, text, JSON, in Python, R, JavaScript, Ruby, Go).
_READ = lazyre.compile(r"(?i)(?:^|\.)(?:read_\w+|scan_\w+|read\w*|load\w*|open|genfromtxt|fromfile|foreach|fread|file|parse_file|"
                       r"read\.\w+|readrds|readfile\w*|readall)$")
#: Calls that write a file given by path.
_WRITE = lazyre.compile(r"(?i)(?:^|\.)(?:to_\w+|write_\w+|write\w*|sink_\w+|save\w*|dump\w*|export\w*|write\.\w+|saverds|"
                        r"writefile\w*|fwrite)$")
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
    for m in _CALL.finditer(code):
        name, path, rest = m.group(1), m.group(3), m.group(4)
        if not _PATHISH.match(path) or "://" in path:
            continue
        short = name.rsplit(".", 1)[-1]
        if short == "open" or name.endswith((".open", "File.open")):
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


def _literal_names(code: str) -> str:
    """The code with each name bound once to a path literal replaced by the literal where it is used."""
    binds = {m.group(1): (m.group(3), m.end()) for m in _PATH_BIND.finditer(code[:50_000])}
    if not binds or len(binds) > 30:
        return code
    for name, (path, end) in binds.items():
        use = re.compile(r"(?<![\w$.'\"])" + re.escape(name) + r"(?![\w'\"]|\s*=(?!=))")
        code = code[:end] + use.sub(repr(path).replace("\\", "\\\\"), code[end:])
    return code


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
)
