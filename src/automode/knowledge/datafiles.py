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
#: Scratch, reproduction and derived copies (any path component); test paths are `files.diff.TEST_PATH`'s and build
#: output `paths.is_artefact_path`'s, read beside it.
_SCRATCH = lazyre.compile(r"(?i)^repro|^reproduc|^scratch|^sandbox|^playground|^demo[-_.]|^test[-_.]|[-_.]test\b|^tmp[-_.]|"
                          r"[-_.]tmp$|^(?:tmp|temp|fixtures?|samples?|mock|dummy|example|cache|\.cache|processed|interim|"
                          r"derived|intermediate)$")
#: Longest suffix first (`.tfstate.backup` before `.backup`), once.
_SUFFIXES = tuple(sorted(DATA_SUFFIXES, key=len, reverse=True))


def _parts(rel: str) -> list[str]:
    return [p for p in rel.replace("\\", "/").split("/") if p and p != "."]


def scratch(rel: str) -> bool:
    """A test, scratch, reproduction, derived or build-output path (`test.db`, `tests/fixtures/app.db`,
    `reproduce_issue.py`, `data/processed/x.rds`, `build/x.db`): the agent's or the build's to remove."""
    from automode.files.diff import TEST_PATH
    from automode.paths import is_artefact_path

    parts = _parts(rel)
    return any(_SCRATCH.search(p) for p in parts) or TEST_PATH.search("/".join(parts)) is not None or is_artefact_path(
        "/".join(parts))


def agent_scratch(rel: str) -> bool:
    """A path the agent's own reproduction or scratch work names (`reproduce_issue.py`, `repro/`, `tmp_x.py`)."""
    return any(_SCRATCH.search(p) for p in _parts(rel))


def database(path: str) -> bool:
    """A database file by its suffix (`app.sqlite3`, `x.duckdb`)."""
    name = path.rsplit("/", 1)[-1].lower()
    return any(name.endswith(s) and len(name) > len(s) for s in _SUFFIXES if DATA_SUFFIXES[s] == "a database file")


def kind(rel: str) -> str | None:
    """What the project file at `rel` (project-relative) holds when it is data, else None. (The name first: most
    files written are no data, and the test-path reading is only imported for the ones that are.)"""
    parts = _parts(rel)
    if not parts:
        return None
    name = parts[-1].lower()
    what = next((DATA_SUFFIXES[suf] for suf in _SUFFIXES if name.endswith(suf) and len(name) > len(suf)), None)
    if what is None and "." in name and any(p.lower() in DATA_DIRS for p in parts[:-1]):
        what = f"a data file under `{next(p for p in parts[:-1] if p.lower() in DATA_DIRS)}/`"
    return None if what is None or scratch(rel) else what


def data_dir(rel: str) -> str | None:
    """The data directory `rel` is (a tree removed whole: `backups/`), else None."""
    parts = _parts(rel)
    if parts and parts[-1].lower() in DATA_DIRS and not scratch(rel):  # (the name first, as in `kind`)
        return parts[-1]
    return None
