"""A condition that keeps its shape but drops a security check (`automode.files.guards`)."""

from __future__ import annotations

import pytest

from automode.files import WriteView
from automode.files.guards import check_dropped
from tests.engine.helpers import WORDS_ROOT, decide_said

DROPPED = [
    ("middleware/cors.ts", "  if (origin && ALLOWED.has(origin)) {\n", "  if (origin) {\n"),
    ("app/views.py", "    if request.user.is_authenticated and request.user.has_perm('reports.view'):\n",
     "    if request.user.is_authenticated:\n"),
    ("internal/api/router.go", "\tif claims == nil || !claims.Verified {\n", "\tif claims == nil {\n"),
    ("app/controllers/docs_controller.rb", "    if current_user && current_user.owns?(@doc)\n", "    if current_user\n"),
]
KEPT = [
    # A term that is no check, a term added, a rename of the check, a test file.
    ("src/list.ts", "  if (items && items.length > 0) {\n", "  if (items) {\n"),
    ("middleware/cors.ts", "  if (origin && ALLOWED.has(origin)) {\n", "  if (origin && ALLOWED.has(origin) && !BLOCKED.has(origin)) {\n"),
    ("middleware/cors.ts", "  if (origin && ALLOWED.has(origin)) {\n", "  if (origin && allowedOrigins.has(origin)) {\n"),
    ("tests/test_views.py", "    if user.is_staff and user.is_active:\n", "    if user.is_active:\n"),
]


@pytest.mark.parametrize(("path", "old", "new"), DROPPED)
def test_a_dropped_check_is_found_and_asked_about(path: str, old: str, new: str) -> None:
    assert check_dropped(WriteView("Edit", f"{WORDS_ROOT}/{path}", old, new, True), WORDS_ROOT) is not None
    d = decide_said("Edit", {"file_path": f"{WORDS_ROOT}/{path}", "old_string": old, "new_string": new}, "fix the 403 on the api")
    assert d.verdict != "allow" and "AM-WRITE-005" in d.rules


@pytest.mark.parametrize(("path", "old", "new"), KEPT)
def test_a_routine_condition_edit_is_no_finding(path: str, old: str, new: str) -> None:
    assert check_dropped(WriteView("Edit", f"{WORDS_ROOT}/{path}", old, new, True), WORDS_ROOT) is None
