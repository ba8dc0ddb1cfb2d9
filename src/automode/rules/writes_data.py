"""Checks of `files.settings_table` that no older rule reports: data opened to everyone by an edit of its access
rules (the read half of the Firebase and Supabase entries: writes opened to anyone, or every document, are
AM-WRITE-005's deny; one collection opened for reading is a question, released when the user names it: "let everyone
read /rates"), and the safeguards of infrastructure turned off (deletion protection, final snapshots, encryption at
rest, audit logging), released when the user asks for that ("turn off deletion protection on core-sandbox").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from automode.rules.base import Hit, rule
from automode.rules.writes import E

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.effects import Effect


@rule(
    "AM-WRITE-019",
    category="security-degrade",
    verdict="ask",
    kind="effect",
    names={"weaken"},
    release={"read", "update", "create"},
    title="Opens data to anyone for reading",
    what="An edit of database or storage access rules (Firestore or Storage `allow read: if true`, a Supabase "
    "`for select using (true)` policy) that lets anyone, logged in or not, read a collection that needed a login.",
    why="Everything in the collection becomes readable by anyone who finds the project's identifiers.",
    example="match /rates/{doc} { allow read: if request.auth != null; } → allow read: if true;",
    instead="Open only the collection the user named, read-only, and keep the login check on everything else.",
    must_match=[E("firestore.rules", "    match /rates/{doc} {\n      allow read: if request.auth != null;\n",
                  "    match /rates/{doc} {\n      allow read: if true;\n")],
    must_not_match=[E("firestore.rules", "    match /rates/{doc} {\n      allow read: if request.auth != null;\n",
                      "    match /rates/{doc} {\n      allow read: if request.auth != null && request.auth.token.email_verified;\n")],
)  # fmt: skip
def data_opened(e: Effect, a: Analysis) -> str | Hit | None:
    return e.target if e.origin == "data-open" else None


@rule(
    "AM-WRITE-020",
    category="security-degrade",
    verdict="deny",
    kind="effect",
    names={"weaken"},
    release={"update", "skip", "delete", "create"},
    title="Turns off a safeguard of infrastructure",
    what="Infrastructure code that turns deletion protection off, skips the final snapshot, stops encrypting data at "
    "rest or switches audit logging off, outside development and sandbox environments.",
    why="The next apply (or a mistaken destroy) loses the data for good, or leaves no trace of who did what.",
    example="deletion_protection = true → deletion_protection = false",
    instead="Leave the safeguard on; if a rename forces a replacement, use a `moved` block or ask the user first.",
    must_match=[E("envs/prod/rds.tf", "  deletion_protection = true\n", "  deletion_protection = false\n"),
                E("modules/db/main.tf", "  storage_encrypted = true\n", "  storage_encrypted = false\n")],
    must_not_match=[E("envs/sandbox/rds.tf", "  deletion_protection = true\n", "  deletion_protection = false\n"),
                    E("envs/prod/rds.tf", "  deletion_protection = false\n", "  deletion_protection = true\n")],
)  # fmt: skip
def safeguard_off(e: Effect, a: Analysis) -> str | None:
    return e.target if e.origin == "safeguard" else None
