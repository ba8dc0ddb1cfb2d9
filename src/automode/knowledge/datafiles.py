"""Files in a project that hold data rather than code (session 19: `rm -f db.sqlite3`, `rm terraform.tfstate`,
`truncate -s 0 data/users.csv`, `rm -rf backups/` were silent allows; `rm -rf data/` already asked).

A database file, an infrastructure state file, a dump or a backup is not rebuilt from the source tree: deleting or
emptying one loses what it holds (rows, the record of what infrastructure exists, the copy kept for a bad day). Its
kind is read from its name: the suffix (SQLite, DuckDB, Access, Realm, H2, Redis RDB/AOF, Terraform and OpenTofu
state, SQL and archive dumps, backups) or a directory that holds data (`data/`, `backups/`, `dumps/`). Test and
scratch copies (`test.db`, `tmp/dev.sqlite3`, `fixtures/`) are the agent's to remove, and so is derived data a
pipeline rebuilds (`data/processed/`, `data/interim/`: the cookiecutter-data-science layout).
"""

from __future__ import annotations

from automode import lazyre

#: Suffixes of files that hold data, with what they are (for the reason).
DATA_SUFFIXES: dict[str, str] = {
    **dict.fromkeys((".db", ".sqlite", ".sqlite3", ".db3", ".duckdb", ".mdb", ".accdb", ".realm", ".mv.db", ".ldb"), "a database file"),
    **dict.fromkeys((".rdb", ".aof"), "a Redis data file"),
    **dict.fromkeys((".tfstate", ".tfstate.backup"), "Terraform state (the record of what infrastructure exists)"),
    **dict.fromkeys((".dump", ".sql.gz", ".dump.gz", ".bson", ".archive"), "a database dump"),
    **dict.fromkeys((".bak", ".backup"), "a backup"),
}  # fmt: skip
#: Directories whose contents are data (a path component of the project-relative path).
DATA_DIRS = frozenset({"data", "backups", "backup", "dumps", "dump", "datasets", "exports", "uploads", "media", "storage"})
#: Names of test and scratch copies (any path component).
_SCRATCH = lazyre.compile(r"(?i)^repro|^reproduc|^scratch|^sandbox|^playground|^demo[-_.]|"
                          r"^(?:test|tests|testing|spec|tmp|temp|scratch|fixtures?|samples?|mock|dummy|example|"
                          r"cache|\.cache|node_modules|\.venv|venv|build|dist|target|out|processed|interim|derived|intermediate)$|^test[-_.]|[-_.]test\b|"
                          r"^tmp[-_.]|[-_.]tmp$|^\.pytest_cache$|^__pycache__$")


def kind(rel: str) -> str | None:
    """What the project file at `rel` (project-relative) holds when it is data, else None."""
    parts = [p for p in rel.replace("\\", "/").split("/") if p and p != "."]
    if not parts or any(_SCRATCH.search(p) for p in parts):
        return None
    name = parts[-1].lower()
    for suf in sorted(DATA_SUFFIXES, key=len, reverse=True):
        if name.endswith(suf) and len(name) > len(suf):
            return DATA_SUFFIXES[suf]
    if any(p.lower() in DATA_DIRS for p in parts[:-1]) and "." in name:
        return f"a data file under `{next(p for p in parts[:-1] if p.lower() in DATA_DIRS)}/`"
    return None


def scratch(rel: str) -> bool:
    """A path the agent's own reproduction or scratch work names (`reproduce_issue.py`, `repro/`, `tmp_x.py`)."""
    return any(_SCRATCH.search(p) for p in rel.replace("\\", "/").split("/") if p and p != ".")


def data_dir(rel: str) -> str | None:
    """The data directory `rel` is (a tree removed whole: `backups/`), else None."""
    parts = [p for p in rel.replace("\\", "/").split("/") if p and p != "."]
    if parts and parts[-1].lower() in DATA_DIRS and not any(_SCRATCH.search(p) for p in parts):
        return parts[-1]
    return None
