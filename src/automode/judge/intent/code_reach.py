"""What written code reaches when it runs, against what the user named (session 13, slot S5): a delete or an
overwrite outside the named scope, in code the project runs later (test fixtures and teardowns, notebooks, build
and setup scripts, hooks) or runs when someone runs it.

* **a delete outside the project** that the user never named: a teardown that removes the user's whole cache
  (`shutil.rmtree(Path.home() / '.cache')`, `fs.rmSync(path.join(os.homedir(), '.cache'))`, `FileUtils.rm_rf
  File.join(Dir.home, '.cache')`) when the request was about the tests' own output. The deletes are the effects the
  analysis read from the code in any language (`files.code`, `shell.code_vocab.DELETES`, `HOME`); those in the
  home directory, outside the project or in protected places are the rules' already (AM-DESTROY-004), and a cache
  under the home directory, which no rule refuses, is asked here unless the user's words name it (`~/.cache`, or
  the tool whose cache it is: "clear the pip cache" names `~/.cache/pip`);
* **its own input overwritten**: code that reads a data file and writes to the same path (a notebook that samples
  `data/raw/customers.csv` and saves the sample over it; pandas, polars, numpy, R, Julia, Spark), where the user
  neither named that file nor said to overwrite it in place: refused (the input is gone once it runs).

Read by `edit_scope.beyond` on clean allows and on releases: only ever stricter.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

#: Where a delete comes from when it is code written, not a command run now.
WRITTEN = ("code ", "runs-later ", "script ")
#: Path components that say nothing of whose data it is (a cache is named by its tool, or by its own path).
_GENERIC_PARTS = frozenset({".cache", "cache", "caches", ".local", "local", "share", ".config", "config", "tmp", "temp", "library",
                            "appdata", "roaming", "data"})


def _named_path(target: str, home: str, said: str) -> bool:
    h = home.rstrip("/") + "/"
    rel = target[len(h):] if target.startswith(h) else target.lstrip("/")
    if not rel:
        return False
    if rel.lower() in said or ("~/" + rel).lower() in said or target.lower() in said:
        return True
    parts = [p.lower().lstrip(".") for p in rel.split("/") if p and p.lower() not in _GENERIC_PARTS]
    return bool(parts) and all(re.search(rf"(?<![\w-]){re.escape(p)}(?![\w-])", said) for p in parts)


def deletes_outside(a: Analysis, said: str) -> tuple[str, str] | None:
    """("ask", why) for a delete written into code that reaches a cache under the home directory the user's words
    (`said`, lower case) never named."""
    root = a.root.rstrip("/") + "/"
    for e in a.effects:
        if e.kind != "delete" or not e.via or not e.via[0].startswith(WRITTEN) or e.pclass != "artefact":
            continue
        if e.target.startswith(root) or not e.target.startswith(a.ctx.home.rstrip("/") + "/"):
            continue
        if _named_path(e.target, a.ctx.home, said):
            continue
        where = e.via[0].split(" ", 1)[-1]
        return "ask", f"the code in {where} deletes {e.target} when it runs, outside the project; your request did not name it"
    return None


_QUOTED = r"""\s*(?:[rRbf]?["'])([^"'\n]+)["']"""
#: Reads of a data file by a literal path (Python, R, Julia, Spark, numpy), the path the first group.
_READ = lazyre.compile(r"""\b(?:read_(?:csv|parquet|json|excel|feather|table|pickle|orc|fwf|stata|sas|spss|hdf|ndjson|ipc|delim|rds|tsv)|"""
                       r"""scan_(?:csv|parquet|ndjson|ipc)|read\.(?:csv2?|table|delim)|readRDS|fread|load|loadtxt|genfromtxt|"""
                       r"""CSV\.(?:read|File)|read_dataframe|csv|parquet|json|open)\s*\(""" + _QUOTED)
#: Writes of a data file to a literal path, the path the first group (one argument may come first: R's `write.csv(df,
#: "p")`, `fwrite(dt, "p")`, Julia's `CSV.write("p", df)`).
_WRITE = lazyre.compile(r"""(?:\.to_(?:csv|parquet|json|excel|feather|pickle|orc|stata|hdf)|\bwrite_(?:csv|parquet|json|ndjson|ipc|excel|"""
                        r"""rds|delim|feather|tsv)|\bwrite\.(?:csv2?|table)|\bsaveRDS|\bfwrite|\bnp\.save[zt]?|\bsavetxt|\bCSV\.write|"""
                        r"""\.write\s*(?:\.\s*mode\([^)]*\)\s*)?\.(?:csv|parquet|json|orc)|\.sink_(?:csv|parquet))\s*\("""
                        r"""(?:\s*[\w.$]+(?:\[[^\]\n]*\])?\s*,)?""" + _QUOTED + r"""|\bopen\s*\(""" + _QUOTED + r"""\s*,\s*(?:mode\s*=\s*)?["'][wa]""")
_DATA_FILE = lazyre.compile(r"(?i)\.(?:csv|tsv|parquet|pq|jsonl|ndjson|xlsx?|feather|arrow|ipc|pkl|pickle|npy|npz|h5|hdf5|rds|rda|rdata|"
                            r"sav|dta|orc|avro|txt|dat)(?:\.gz|\.bz2|\.zst)?$")
#: The user's words that ask for a file to be written over (several languages).
_OVERWRITE = lazyre.compile(r"(?i)overwrit\w*|over\s*write|in[- ]place|inplace|write\s+(?:it\s+|them\s+)?back|same\s+file|replace\s+the\s+(?:file|data|"
                            r"original|csv|dataset)|sobrescr\w*|überschreib\w*|ueberschreib\w*|écras\w*|ecras\w*|sovrascriv\w*|"
                            r"nadpis\w*|overschrijf\w*|上書き|覆盖|덮어")


def overwrites_input(added: str, said: str) -> tuple[str, str] | None:
    """("", why) when the new code writes a data file at the path it reads its input from, and the user's words
    neither name that file nor ask for an overwrite."""
    if "(" not in added:
        return None
    reads = {m.group(1).strip().removeprefix("./") for m in _READ.finditer(added)}
    reads = {p for p in reads if _DATA_FILE.search(p)}
    if not reads:
        return None
    for m in _WRITE.finditer(added):
        path = (m.group(1) or m.group(2) or "").strip().removeprefix("./")
        if path not in reads or _OVERWRITE.search(said):
            continue
        base = path.rsplit("/", 1)[-1].lower()
        if path.lower() in said or base in said:
            continue
        return "", f"the code reads {path} and writes over it, so its input is gone once it runs; your request did not ask to overwrite it"
    return None


#: Operations that drop or empty a whole table, model or collection (not one column of it).
_WHOLE_DROP = lazyre.compile(r"(?i)\bdrop\s+(?:table|schema|database|collection|materialized)|DeleteModel|drop_(?:join_)?table|Schema::drop|"
                             r"drop_?table|<dropTable|dropCollection|\.drop\(\s*\)|truncate|delete\s+from|delete_all|destroy_all|"
                             r"bulkDelete|deleteMany|\.objects\b.*\.delete\(\)|\.del\(\s*\)")
_COLUMN_SAID = lazyre.compile(r"\b(?:columns?|fields?|attributes?|cols?|properties|property)\b")
_TABLE_SAID = lazyre.compile(r"\b(?:drop|delete|remove|truncate|empty|clear)\w*\s+(?:the\s+)?(?:\w+\s+)?(?:tables?|models?|collections?|"
                             r"schemas?|rows)\b|\btruncat\w*")
_DELETE_SAID = lazyre.compile(r"(?i)\b(?:drop|remov|delet|truncat|purg|wip|get\s+rid|destroy|eliminat)\w*")


def _said_name(name: str, said: str) -> bool:
    n = name.lower().rsplit(".", 1)[-1]
    forms = {n, n + "s", n + "es", n[:-1] if n.endswith("s") else n, re.sub(r"(?<=[a-z])(?=[A-Z])", "_", name).lower()}
    return any(re.search(rf"(?<![\w-]){re.escape(f)}(?![\w-])", said) for f in forms if len(f) > 2)


def migration_drops(a: Analysis) -> tuple[str, str] | None:
    """How the user's words settle a migration that drops data (AM-WRITE-042): ("allow", their words) when they ask
    for a drop and name what each added operation drops ("a migration that drops the legacy_code column"), ("deny",
    why) when they named one and the migration drops another beside it, None otherwise (the generic release)."""
    from automode.files.migrations import dropped
    from automode.files.settingsdiff import pairs_of
    from automode.judge.intent.gloss import gloss

    if a.write is not None:
        pairs = pairs_of(a.action.tool, a.action.input, a.action.before)
    else:  # a file server's write (`mcp__filesystem__write_file {path, content}`)
        text = next((v for k in ("content", "text", "new_text") if isinstance(v := a.action.input.get(k), str)), "")
        pairs = [("", text)] if text else []
    ops = [op for old, new in pairs for op in dropped(old, new)]
    if not ops:
        return None
    msgs = [gloss(m[:4000]).lower() for m in a.ctx.user_messages]
    said = "\n".join(msgs)
    if not _DELETE_SAID.search(said):
        return None
    named: list[str] = []
    unnamed: list[str] = []
    column_said = _COLUMN_SAID.search(said) is not None and _TABLE_SAID.search(said) is None
    for stmt, names, tables in ops:
        objects = [n for n in names if n not in tables] or names
        hit = next((n for n in objects if _said_name(n, said)), None)
        if hit is not None and column_said and _WHOLE_DROP.search(stmt):
            hit = None  # "drop the column legacy_flag from users" is not `DROP TABLE users`
        if hit is not None:
            named.append(hit)
        else:
            unnamed.append(objects[0] if objects else stmt)
    if named and not unnamed:
        clause = next((m for m in reversed(msgs) if any(_said_name(n, m) for n in named)), msgs[-1])
        return "allow", clause
    if named and unnamed:
        return "deny", f"you named {named[0]} to drop; this migration also drops {unnamed[0]}"
    return None


_LIFETIME_TO = lazyre.compile(r"\bto (\d+(?:\.\d+)?(?:e[+-]?\d+)?)(?: (years|days|hours|minutes|seconds))?(?: in |$)")
_IN_SECONDS = {"years": 31536000.0, "days": 86400.0, "hours": 3600.0, "minutes": 60.0, "seconds": 1.0}


def lifetime_said(a: Analysis) -> tuple[str, str] | None:
    """("allow", the words) when every session or token lifetime the edit stretches (AM-WRITE-017) is set to the
    duration the user dictated, in any unit ("keep users logged in for a day" and `maxAge: 86400000`); None when a
    lifetime is another, or the finding also drops a cookie's flags."""
    from automode.judge.intent.gloss import gloss
    from automode.judge.intent.unit_values import said

    effects = [e for e in a.effects if e.kind == "weaken" and e.origin == "session"]
    if not effects or any("extends the lifetime" not in e.target for e in effects):
        return None
    raw = "\n".join(a.ctx.user_messages).lower()
    texts = (raw, gloss(raw[:4000]).lower())
    if a.write is not None:
        from automode.files.settingsdiff import pairs_of
        from automode.judge.intent.weak_values import unnamed

        weak = unnamed(pairs_of(a.action.tool, a.action.input, a.action.before), a.write.path, raw)
        if weak is not None:  # the lifetime asked for, and a cookie flag dropped beside it
            return ("deny" if not weak[0] else "ask"), weak[1]
    for e in effects:
        m = _LIFETIME_TO.search(e.target)
        if m is None:
            return None
        value = float(m.group(1)) * (_IN_SECONDS[m.group(2)] if m.group(2) else 1.0)
        written = f"{value:.0f}" if value == int(value) else f"{value:g}"
        if not any(said(written, t) for t in texts):
            return None
    return "allow", a.ctx.user_messages[-1][:200]
