"""Data opened to everyone by an edit of its access rules (issue 11 §3): the read half of `files.settings_table`'s
Firebase and Supabase entries. Writes opened to anyone, or every document, are AM-WRITE-005's (a deny); one
collection opened for reading is a question for the user, released when they name it ("let everyone read /rates").
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
