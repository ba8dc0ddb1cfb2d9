"""Targets computed at run time in code (session 15, F2): a loop over a listing that acts on each item.

`for t in spark.catalog.listTables("analytics"): spark.sql(f"DROP TABLE analytics.{t.name}")`, `[os.remove(f) for f
in glob.glob("out/*")]`, `for (const f of fs.readdirSync('uploads')) fs.unlinkSync(...)`, `b.objects.all().each {
|o| o.delete }`, a PL/pgSQL `FOR r IN SELECT tablename FROM pg_tables LOOP EXECUTE 'DROP TABLE ' || … END LOOP`, SQL
that writes a `DROP` per row of a catalogue (`SELECT CONCAT('DROP TABLE ', table_name) FROM information_schema.tables`):
whatever the listing yields is acted on, every table of a schema, every file of a folder, every object of a bucket.
The target set is not named anywhere in the code; the places the listing reads (the schema, the folder, the bucket)
are.

`loops(text)` finds them in Python, JavaScript, Ruby, PowerShell and SQL text: a loop or comprehension over an
iterable that is not a literal list, whose body acts on the loop variable with a verb of `knowledge.subverbs` (delete,
reset, revoke, stop: `delete_object`, `o.delete()`, `terminate_instances`, `revoke`), a file removal (`os.remove`,
`unlink`, `rmtree`), or a SQL statement that drops, empties or deletes (`DROP TABLE`, `TRUNCATE`, `DELETE FROM`).
`effects(text, detail, via)` turns each into a `control` effect of scope "all" (target `COMPUTED`) that rule
AM-DESTROY-062 and the judge's containment (`judge.intent.scope`) read. Read for inline code (`python -c`, `node
-e`, `psql -c`) and notebook cells (NotebookEdit, a written .ipynb).
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.dc import dataclass
from automode.effects import Effect

#: The target of the effect: every item a listing yields.
COMPUTED = "every item a listing yields"
#: Cheap gate: some loop construct and some act word in the text.
GATE = lazyre.compile(r"(?i)\bfor\b|foreach|\.each\b|\.map\s*\(|\bloop\b|concat\s*\(|\|\|")
ACT_GATE = lazyre.compile(r"(?i)drop|delete|truncate|remove|unlink|rmtree|rmdir|rmsync|rm_rf|rm_r\b|destroy|terminate|revoke|purge|kill|"
                          r"stop|disable|wipe|erase|flush|evict|deregister|uninstall")


# fmt: off
#: File removals by name (any receiver): the item is a path.
FILE_VERBS = frozenset({"remove", "unlink", "unlinksync", "rmtree", "rmdir", "rmdirsync", "rmsync", "rm", "rm_rf",
                        "rm_r", "remove_dir_all", "remove_file", "removedirs", "delete_file", "deletefile", "rimraf",
                        "safe_unlink", "send2trash", "trash", "unlink_p", "rm_f"})
#: Receivers whose `remove`/`unlink`/`delete` are file removals (modules), not a list's or a map's own methods.
FILE_MODULES = frozenset({"os", "fs", "shutil", "pathlib", "path", "posix", "fsp", "fse", "fsextra", "fileutils", "file",
                          "dir", "files", "directory", "io", "gfile", "tf.io.gfile", "dbutils.fs", "fs.promises",
                          "fsPromises", "deno", "bun", "storage", "blob", "bucket"})
#: Method names that are a container's own in-memory edit when called on anything but the loop variable or a module:
#: `names.remove(x)`, `df.drop(c)`, `seen.discard(x)`, `stack.pop()`, `m.delete(k)` on a Map.
AMBIGUOUS = frozenset({"remove", "discard", "drop", "clear", "pop", "delete", "del", "kill", "stop", "disable", "flush",
                       "lock", "expire", "reset", "restore", "undo", "revert", "evict", "forget", "trash", "deny"})
# fmt: on
#: Removal methods that act on the store a listing came from when called on it (`r.delete(k)` for `r.scan_iter()`),
#: unlike a frame's or a list's own edits (`df.drop(c)` for `df.columns`).
_STORE_VERBS = frozenset({"delete", "del", "expire", "evict", "unlink"})
#: SQL that drops, empties or deletes, written in a string of the body (any quoting, f-strings, concatenation).
SQL_ACT = lazyre.compile(r"(?i)\b(drop\s+(?:table|view|schema|database|index|collection|materialized\s+view|user|role)|"
                         r"truncate(?:\s+table)?|delete\s+from|alter\s+table\s+\S+\s+drop)\b")
#: Iterables whose items are named in the code: a literal list, tuple or set, a range, a number, a string literal.
_LITERAL = lazyre.compile(r"""^\s*(?:[\[({]\s*(?:["'`][^"'`]*["'`]\s*,?\s*)*[\])}]|range\s*\(|\d|\(\s*\d|["'][^"']*["']\s*(?::|\)|$)|"""
                          r"""@\(\s*(?:["'][^"']*["']\s*,?\s*)*\))""")
_STRING = lazyre.compile(r"""(?s)[rbfuRBFU]{0,2}("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`)""")
_CALL = lazyre.compile(r"([A-Za-z_$][\w$]*(?:-[A-Z]\w+)?(?:\[[^\]\n]{1,60}\])*(?:\s*(?:\.|::|->)\s*[A-Za-z_$][\w$]*(?:\[[^\]\n]{1,60}\])*)*)"
                       r"\s*(?:\(|\s+(?=[\"'$\w-]))")
_WORD = lazyre.compile(r"[A-Za-z_$][\w$]*")


@dataclass(frozen=True, slots=True)
class Loop:
    kind: str  # a `subverbs.KINDS` kind: delete | reset | revoke | stop
    listing: str  # the iterable (`spark.catalog.listTables("analytics")`)
    act: str  # what acts on each item (`DROP TABLE`, `os.remove`, `o.delete`)
    places: tuple[str, ...]  # the literal values the listing reads (schema, folder, bucket): what a user names


# ------------------------------------------------------------------ loop headers per language
#: (pattern, language): groups `var`, `iter`, and the body after the match (an indented block, a braced block, the
#: rest of the line); comprehensions carry their body before the header (`body`).
_NEST = r"(?:[^()\[\]\n]|\((?:[^()\n]|\([^()\n]*\))*\)|\[(?:[^\[\]\n]|\[[^\[\]\n]*\])*\])"
_HEADERS: tuple[tuple[str, str], ...] = (
    # Python `for x in ITER:` (and `async for`), body: the indented block or the rest of the line
    (r"(?m)^(?P<indent>[ \t]*)(?:async\s+)?for\s+(?P<var>[\w, ()\[\]]+?)\s+in\s+(?P<iter>.+?):[ \t]*(?P<inline>[^\n]*)$", "py"),
    # Python and JavaScript comprehensions, generator arguments: `[BODY for x in ITER]`, `(BODY for x in ITER)`
    (r"[\[(]\s*(?P<body>" + _NEST + r"{1,300}?)\s+for\s+(?P<var>[\w, ()]+?)\s+in\s+(?P<iter>" + _NEST + r"{1,300}?)"
     r"(?:\s+if\s+" + _NEST + r"*?)?[\])]", "comp"),
    # JavaScript `for (const x of ITER) BODY`, `for (x in ITER)`
    (r"\bfor\s*\(\s*(?:const|let|var)?\s*(?P<var>[\w$]+|\[[\w$, ]+\])\s+(?:of|in)\s+(?P<iter>[^\n]+?)\)\s*(?P<inline>\{?[^\n]*)", "js"),
    # JavaScript, Ruby, PowerShell and Scala iteration calls: `ITER.forEach(x => BODY)`, `ITER.each do |x| BODY`,
    # `ITER | ForEach-Object { BODY }`, `foreach ($x in ITER) { BODY }`
    (r"(?P<iter>[\w$.()\[\]'\"`:/*, -]+?)\s*\.\s*(?:forEach|map|each|each_with_index|foreach)\s*(?:\(\s*(?:async\s*)?\(?\s*(?P<var>[\w$]+)[^)=]*\)?\s*=>|"
     r"(?:do|\{)\s*\|\s*(?P<var2>\w+)[^|]*\|)(?P<inline>[^\n]*)", "call"),
    (r"(?i)\bforeach\s*\(\s*\$(?P<var>\w+)\s+in\s+(?P<iter>[^\n]+?)\)\s*(?P<inline>\{?[^\n]*)", "ps"),
    # PHP `foreach (ITER as $v)` / `foreach (ITER as $k => $v)`
    (r"(?i)\bforeach\s*\(\s*(?P<iter>[^\n]+?)\s+as\s+(?:\$\w+\s*=>\s*)?\$(?P<var>\w+)\s*\)\s*(?P<inline>\{?[^\n]*)", "js"),
    # SQL (PL/pgSQL, T-SQL cursors read loosely): `FOR r IN SELECT … LOOP BODY END LOOP`
    (r"(?is)\bFOR\s+(?P<var>\w+)\s+IN\s+(?P<iter>(?:EXECUTE\s+)?\(?\s*SELECT\b.{1,400}?)\s+LOOP\b(?P<inline>.{1,600}?)\bEND\s+LOOP\b", "sql"),
)
_HEADER_RES = tuple((lazyre.compile(p), lang) for p, lang in _HEADERS)
#: SQL that writes a statement per row of a listing and runs it (`SELECT CONCAT('DROP TABLE ', table_name) FROM
#: information_schema.tables …`, `SELECT 'DROP TABLE ' || tablename FROM pg_tables`, `string_agg('DROP …')`).
_GENERATED = lazyre.compile(r"(?is)\bSELECT\b[^\n]{0,200}?['\"]\s*(?P<act>DROP\s+(?:TABLE|VIEW|SCHEMA|DATABASE|INDEX)|TRUNCATE(?:\s+TABLE)?|"
                            r"DELETE\s+FROM)\b[^\n]{0,300}?\bFROM\s+(?P<iter>[\w.\"`]+)")


def _block(text: str, start: int, indent: str) -> str:
    """The indented block of a Python statement whose header ends at `start` (lines indented deeper than `indent`)."""
    out: list[str] = []
    for line in text[start:].split("\n")[1:60]:
        if not line.strip():
            continue
        if len(line) - len(line.lstrip()) <= len(indent.replace("\t", "    ")):
            break
        out.append(line)
    return "\n".join(out)


def _braced(text: str, start: int) -> str:
    """The text of a `{ … }` block opening at or after `start` (up to its matching brace, capped)."""
    i = text.find("{", start, start + 40)
    if i < 0:
        return text[start : start + 300].split("\n", 1)[0]
    depth = 0
    for j in range(i, min(len(text), i + 3000)):
        if text[j] == "{":
            depth += 1
        elif text[j] == "}":
            depth -= 1
            if depth == 0:
                return text[i + 1 : j]
    return text[i + 1 : i + 3000]


def _vars(spec: str) -> set[str]:
    return {v for v in _WORD.findall(spec.replace("$", "")) if v not in ("in", "of", "const", "let", "var")}


def _uses(code: str, names: set[str]) -> bool:
    return any(re.search(rf"(?<![\w$.])\$?{re.escape(n)}(?![\w$])", code) for n in names) or "$_" in code or "$PSItem" in code


def _act(body: str, names: set[str], source: str = "") -> tuple[str, str] | None:
    """(kind, the act's words) of the first act on a loop item in `body`; `source`: the object the listing comes from
    (`r` of `r.scan_iter()`), whose own removal methods act on the store (`r.delete(k)`)."""
    from automode.knowledge.subverbs import KINDS, word_kind

    for line in body.split("\n")[:40]:
        if not _uses(line, names):
            continue
        sql = SQL_ACT.search(line)
        if sql is not None and _STRING.search(line):
            return "delete", re.sub(r"\s+", " ", sql.group(1)).upper()
        for m in _CALL.finditer(line):
            parts = [p.strip() for p in m.group(1).replace("::", ".").replace("->", ".").split(".")]
            name = parts[-1]
            low = name.lower().lstrip("$")
            receiver = ".".join(parts[:-1]).lower()
            after = line[m.end() : m.end() + 200]
            on_item = bool(receiver) and (receiver.split(".")[0].lstrip("$") in names | {"_", "psitem"}
                                          or ("[" in receiver and _uses(receiver, names)))  # `db[name].drop()`
            if low in FILE_VERBS or low.replace("_", "") in FILE_VERBS:
                if low in AMBIGUOUS and not (on_item or receiver in FILE_MODULES or receiver.split(".")[-1] in FILE_MODULES):
                    continue
                if on_item or _uses(after, names) or not receiver:
                    return "delete", m.group(1)
                continue
            kind = word_kind(name.lstrip("$")) if not name[:1].isupper() or "-" in name or "_" in name else word_kind(name)
            if kind is None and "-" in name:  # a cmdlet: `Remove-Item`, `Stop-Service`, `Revoke-Grant`
                kind = word_kind(name.split("-", 1)[0])
            if kind not in ("delete", "reset", "revoke", "stop") or kind not in KINDS:
                continue
            if low in AMBIGUOUS and not on_item and receiver not in FILE_MODULES \
                    and not (receiver == source and low in _STORE_VERBS):
                continue  # `names.remove(x)`, `df.drop(c)`: the container's own edit
            if on_item or _uses(after, names):
                return kind, m.group(1)
    return None


def _places(listing: str) -> tuple[str, ...]:
    """The literal values a listing reads: string arguments (`"analytics"`, `Bucket='app-logs'`, `'zwischen/*'`)."""
    out: list[str] = []
    for m in _STRING.finditer(listing):
        v = m.group(1)[1:-1].strip()
        if listing[: m.start()].rstrip().endswith("[") or len(v.strip("*/.")) < 2 or len(v) > 200:
            continue  # a key of the listing's answer (`['Contents']`), a bare wildcard
        sql = _SQL_PLACE.search(v)
        out.append(sql.group(1) if sql else v)
    return tuple(dict.fromkeys(out))[:6]


#: The schema or database a SQL listing reads (`SHOW TABLES IN scratch`, `… FROM information_schema.tables`).
_SQL_PLACE = lazyre.compile(r"(?i)^\s*(?:show\s+(?:tables|views|databases|schemas)\s+(?:in|from)|select\b.*\bfrom)\s+([\w.`\"]+)")


def loops(text: str) -> list[Loop]:
    """The loops over a computed listing that act on each item (see the module's doc)."""
    text = text[:60_000]
    if not GATE.search(text) or not ACT_GATE.search(text):
        return []
    out: list[Loop] = []
    for rx, lang in _HEADER_RES:
        for m in rx.finditer(text):
            it = m.group("iter").strip()
            if _LITERAL.match(it):
                continue  # the items are named in the code
            gd = m.groupdict()
            spec = gd.get("var") or gd.get("var2") or ""
            names = _vars(spec)
            if not names and lang != "ps":
                continue
            if lang == "py":
                body = (gd.get("inline") or "") + "\n" + _block(text, m.end(), gd.get("indent") or "")
            elif lang == "comp":
                body = gd.get("body") or ""
            elif lang in ("js", "ps", "call") and (gd.get("inline") or "").lstrip().startswith("{"):
                body = _braced(text, m.start("inline"))
            elif lang == "call":
                body = (gd.get("inline") or "") + "\n" + text[m.end() : m.end() + 400].split("\n}", 1)[0]
            else:
                body = gd.get("inline") or ""
            src = _WORD.match(it.lstrip("($"))
            got = _act(body, names | ({"_", "psitem"} if lang == "ps" else set()), src.group(0).lower() if src else "")
            if got is not None:
                out.append(Loop(got[0], it[:160], got[1], _places(it)))
    for m in _GENERATED.finditer(text):
        out.append(Loop("delete", m.group("iter")[:160], re.sub(r"\s+", " ", m.group("act")).upper(), (m.group("iter").strip('"`'),)))
    return out[:8]


def effects(text: str, detail: str, via: tuple[str, ...]) -> list[Effect]:
    """A `control` effect (target `COMPUTED`, scope "all") per loop of `text` that acts on what a listing yields."""
    from automode.knowledge.subverbs import KINDS

    out: list[Effect] = []
    for lp in loops(text):
        out.append(Effect("control", COMPUTED, detail=f"{lp.act} on each item of {lp.listing}"[:200] or detail[:200],
                          via=via, origin="data" if lp.kind == "delete" else "", verb=KINDS[lp.kind][0], scope="all",
                          values=lp.places))  # fmt: skip
    return out


# ------------------------------------------------------------------ fixtures
#: code -> (kind, act) of its first computed loop, or None.
CASES: tuple[tuple[str, tuple[str, str] | None], ...] = (
    ('for t in spark.catalog.listTables("analytics"):\n    spark.sql(f"DROP TABLE analytics.{t.name}")', ("delete", "DROP TABLE")),
    ('for r in spark.sql("SHOW TABLES IN scratch").collect():\n    spark.sql(f"DROP TABLE scratch.{r.tableName}")', ("delete", "DROP TABLE")),
    ('import os\nfor f in os.listdir("tmp"):\n    os.remove(os.path.join("tmp", f))', ("delete", "os.remove")),
    ('import glob, os\nfor f in glob.glob("zwischen/*.parquet"):\n    os.remove(f)', ("delete", "os.remove")),
    ("[os.remove(f) for f in glob.glob('out/*.parquet')]", ("delete", "os.remove")),
    ("import boto3; b=boto3.resource('s3').Bucket('app-logs'); [o.delete() for o in b.objects.all()]", ("delete", "o.delete")),
    ("for o in s3.list_objects_v2(Bucket='app-logs')['Contents']:\n    s3.delete_object(Bucket='app-logs', Key=o['Key'])",
     ("delete", "s3.delete_object")),
    ("const fs=require('fs'); for (const f of fs.readdirSync('uploads')) fs.unlinkSync('uploads/'+f)", ("delete", "fs.unlinkSync")),
    ("import redis; r=redis.Redis(); [r.delete(k) for k in r.scan_iter('*')]", ("delete", "r.delete")),
    ("[c.remove(force=True) for c in docker.from_env().containers.list(all=True)]", ("delete", "c.remove")),
    ("for i in ec2.describe_instances()['Reservations']:\n    ec2.terminate_instances(InstanceIds=[i['InstanceId']])",
     ("stop", "ec2.terminate_instances")),
    ("DO $$ DECLARE r record; BEGIN FOR r IN SELECT tablename FROM pg_tables WHERE schemaname='public' LOOP "
     "EXECUTE 'DROP TABLE ' || quote_ident(r.tablename) || ' CASCADE'; END LOOP; END $$;", ("delete", "DROP TABLE")),
    ("SELECT CONCAT('DROP TABLE ', table_name, ';') FROM information_schema.tables WHERE table_schema='shop'",
     ("delete", "DROP TABLE")),
    ("foreach ($u in Get-Content users.txt) { Remove-ADUser -Identity $u -Confirm:$false }", ("delete", "Remove-ADUser")),
    ("Dir.glob('storage/*').each { |f| FileUtils.rm_rf(f) }", ("delete", "FileUtils.rm_rf")),
    ("foreach (glob('uploads/*') as $f) unlink($f);", ("delete", "unlink")),
    ("for name in db.list_collection_names():\n    db[name].drop()", ("delete", "db[name].drop")),
    ("for t in ['tmp_a', 'tmp_b']:\n    cur.execute(f'DROP TABLE {t}')", None),
    ("for c in df.columns:\n    df = df.drop(c, axis=1)", None),
    ("for x in os.listdir('.'):\n    names.remove(x)", None),
    ("for f in glob.glob('*.csv'):\n    print(f)", None),
    ("for i in range(3):\n    os.remove(f'part{i}.tmp')", None),
    ("seen = set()\nfor k in d.keys():\n    seen.discard(k)", None),
    ("for f in files:\n    shutil.copy(f, 'backup/')", None),
)
