"""What the screen's fresh-case tests share (sessions 25-26): whether a text is flagged, and the fresh rows as pytest
parameters with the honest gaps marked as strict xfails."""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from automode.screen import screen_output


def flags(text: str) -> bool:
    return screen_output("WebFetch", {}, text) is not None


def fresh_params(rows: Iterable[tuple[str, str, str, str, str]], gaps: set[str]) -> list[object]:
    """(mechanism, label, kind, language, text) rows -> (label, text) parameters; a text in `gaps` is a strict xfail."""
    out: list[object] = []
    for mech, label, kind, lang, text in rows:
        marks = [pytest.mark.xfail(strict=True, reason="honest gap (see GAPS)")] if text in gaps else []
        out.append(pytest.param(label, text, id=f"{mech}-{label}-{kind}-{lang}-{len(out)}", marks=marks))
    return out
