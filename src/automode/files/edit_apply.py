"""An edit judged by the file it leaves, not only by its fragment (issue 13, session 13 red team).

`Edit` and `MultiEdit` were judged by their `new_string` alone: an edit that completes a command already half in the
file passed as "edit inside the project" (`rm -rf $(D)` in a Makefile recipe, then `$(D)` -> `~`; a package.json
`"test": "jest"` -> `"curl … | sh"`, whose fragment is no JSON the script reader can parse; `shutil.rmtree(P)` in a
conftest.py, then `P` -> `os.path.expanduser('~')`). When the adapter supplies the file's current text
(`Action.before`), the edit is applied to it: a file something runs (`files.executed`: recipes, scripts, hooks,
manifests) is judged as that whole change (its runs that were not there before are judged, as for a Write); any
other file by the fragment together with the whole lines the edit changed.
"""

from __future__ import annotations

from collections.abc import Mapping

from automode.typing_lite import Any

MAX_TEXT = 2_000_000
MAX_EDITS = 64


def _edits(tool: str, inp: Mapping[str, Any]) -> list[tuple[str, str, bool]] | None:
    if tool == "MultiEdit":
        raw = inp.get("edits")
        if not isinstance(raw, list):
            return None
        out = [(e.get("old_string"), e.get("new_string"), bool(e.get("replace_all"))) for e in raw[:MAX_EDITS] if isinstance(e, Mapping)]
    else:
        out = [(inp.get("old_string", inp.get("old_str")), inp.get("new_string", inp.get("new_str")), bool(inp.get("replace_all")))]
    if not out or any(not isinstance(o, str) or not isinstance(n, str) or not o for o, n, _ in out):
        return None
    return [(str(o), str(n), r) for o, n, r in out]


def resulting(tool: str, inp: Mapping[str, Any], before: str | None) -> str | None:
    """The file's text after the edit, or None when it cannot be told (no previous text, an old string not found)."""
    if before is None or len(before) > MAX_TEXT:
        return None
    edits = _edits(tool, inp)
    if edits is None:
        return None
    text = before
    for old, new, every in edits:
        if old not in text:
            return None
        text = text.replace(old, new) if every else text.replace(old, new, 1)
    return text


def changed_lines(before: str, after: str) -> str:
    """The whole lines of `after` that are not lines of `before` (bounded)."""
    seen = set(before.split("\n"))
    return "\n".join([ln for ln in after.split("\n") if ln not in seen][:400])


def view(tool: str, inp: Mapping[str, Any], before: str | None, path: str, old: str, new: str) -> tuple[str, str] | None:
    """(old, new) to judge the edit by, when the resulting file is known: the whole change of a file something runs,
    else the fragment with the lines it changed."""
    after = resulting(tool, inp, before)
    if after is None or before is None:
        return None
    from automode.files import executed

    if executed.kind_of(path) is not None:
        return before, after
    lines = changed_lines(before, after)
    return old, (new + "\n" + lines) if lines and lines not in new else new
