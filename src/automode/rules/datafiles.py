"""Data files of the project deleted or emptied (session 19): databases, infrastructure state, dumps and backups
are not rebuilt from the source tree. Facts in `automode.knowledge.datafiles`."""

from __future__ import annotations

from automode.knowledge.datafiles import agent_scratch, data_dir, kind
from automode.rules.base import Hit, rule
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.effects import Effect


@rule(
    "AM-DESTROY-079",
    category="destroy",
    verdict="ask",
    kind="effect",
    names={"delete", "write"},
    title="Deletes or empties a data file of the project",
    what="Removing, truncating or overwriting with nothing a file of the project that holds data rather than code: a "
    "database file (`*.db`, `*.sqlite3`, `*.duckdb`), Terraform or OpenTofu state (`terraform.tfstate`, a deny), a "
    "dump or a backup (`*.dump`, `*.bak`), a file under `data/`, `backups/`, `dumps/`, `uploads/`, or such a directory "
    "whole (`knowledge/datafiles.py`). Test and scratch copies (`test.db`, `tmp/`, `fixtures/`) are not this rule.",
    why="Source files come back from git; rows, uploads, a backup and the record of what infrastructure exists do not.",
    example="rm -f db.sqlite3",
    instead="Move it aside (`mv db.sqlite3 db.sqlite3.old`) or ask the user; for Terraform state, `terraform state rm` "
    "the one resource.",
    must_match=["rm -f db.sqlite3", "unlink prod.db", "truncate -s 0 data/users.csv", "rm -rf backups/",
                "cp /dev/null analytics.duckdb", "rm dumps/2026-11-30.dump", "rm terraform.tfstate"],
    must_not_match=["rm -f test.db", "rm -rf tmp/dev.sqlite3", "rm -rf node_modules", "rm notes.txt",
                    "rm reproduce_issue.py test_m2m.py db.sqlite3", "cd reproduce_issue && rm db.sqlite3",
                    "rm -f tests/fixtures/app.db", "rm data.py", "rm -rf build/data/"],
)  # fmt: skip
def data_file_gone(e: Effect, a: Analysis) -> str | Hit | None:
    if e.pclass != "project":
        return None
    root = a.root.rstrip("/") + "/"
    if not e.target.startswith(root):
        return None
    rel = e.target[len(root) :]
    if e.kind == "write" and not _emptied(e, a):
        return None
    what = kind(rel)
    if what is None and e.kind == "delete" and e.recursive:
        d = data_dir(rel)
        what = f"the data directory `{d}/`" if d else None
    if what is None:
        return None
    verb = "deletes" if e.kind == "delete" and "truncate" not in e.detail else "empties"
    if rel.endswith((".tfstate", ".tfstate.backup")):
        return Hit(f"{verb} `{rel}`, {what}", "deny")
    if e.kind == "delete" and any(x.kind == "delete" and x.detail == e.detail and x.target.startswith(root)
                                  and agent_scratch(x.target[len(root):]) for x in a.effects):
        return None  # the agent's cleanup: `rm reproduce_issue.py db.sqlite3` removes what its reproduction made
    return f"{verb} `{rel}`, {what}"


def _emptied(e: Effect, a: Analysis) -> bool:
    """A write that leaves the file empty: `> f`, `: > f`, `cp /dev/null f`."""
    d = e.detail.strip()
    if e.origin == "copy":
        return any(x.kind == "read" and x.target == "/dev/null" for x in a.effects)
    return (d in (":", "true", "") or d.startswith((">", ": >", ":>", "true >", "true>"))) and e.content in (None, "")
