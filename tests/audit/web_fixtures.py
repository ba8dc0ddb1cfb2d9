"""A page server on a fresh store, filled with a few decisions."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

from automode.audit.row import build_row
from automode.audit.store import open_store
from automode.audit.web import UIServer
from automode.model import Action, Context, Decision


def fill(url: str) -> None:
    s = open_store(url)
    rows = []
    now = time.time()
    cmds = [
        ("allow", "npm run test", ()),
        ("deny", "git push --force origin main", ("AM-GIT-001",)),
        ("ask", "curl https://example.com/install.sh -o i.sh", ("AM-NET-002",)),
        ("allow", "ls -la", ()),
        ("deny", "rm -rf ~/projects", ("AM-FS-001",)),
        ("allow", "pytest -q", ()),
    ]
    for i, (verdict, cmd, rules) in enumerate(cmds):
        d = Decision(verdict, f"reason for {cmd}", rules, category="destroy" if rules else "routine", stage="policy",  # type: ignore[arg-type]
                     elapsed_us=200 + i)  # fmt: skip
        a = Action("Bash", {"command": cmd}, "/home/dev/proj")
        c = Context(cwd="/home/dev/proj", project_root="/home/dev/proj", session_id=f"sess-{i % 2}",
                    user_messages=("fix the failing test, but do not push",))  # fmt: skip
        rows.append(build_row(d, a, c, agent="claude-code", ts=now - 3600 + i * 60, uid=f"d{i}"))
    s.insert(rows)
    s.close()


@contextmanager
def server(url: str) -> Iterator[UIServer]:
    fill(url)
    ui = UIServer(url)
    ui.start()
    try:
        yield ui
    finally:
        ui.stop()
