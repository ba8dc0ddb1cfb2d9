"""Fixtures of `files.keypaths` (session 15, class F1): every row and shape on both sides, read through the whole
write analysis (`files.weaken.weakenings`), so that a must-match is reported by some check of the change and a
must-not-match by none of this table's."""

from __future__ import annotations

import pytest

from automode.files import WriteView, weaken
from automode.files.keypath_read import meanings, pairs
from automode.files.keypaths import ROWS, SHAPES

R = "/home/dev/shop"
_FIX = [(r.id, fx, True) for r in (*ROWS, *SHAPES) for fx in r.must_match] + \
       [(r.id, fx, False) for r in (*ROWS, *SHAPES) for fx in r.must_not_match]


@pytest.mark.parametrize(("rid", "fx", "hit"), _FIX, ids=[f"{x[0]}-{'m' if x[2] else 'n'}{i}" for i, x in enumerate(_FIX)])
def test_fixture(rid: str, fx: tuple[str, str, str], hit: bool) -> None:
    w = WriteView("Edit", f"{R}/{fx[0]}", fx[1], fx[2], bool(fx[1]))
    found = weaken.weakenings(w, R)
    if hit:
        assert found, (rid, fx)
    else:
        assert not [x for x in found if x.check.startswith("keypath")], (rid, fx, found)


def test_nested_and_flat_are_one_path() -> None:
    nested = {p for p, _, _ in pairs("xpack:\n  security:\n    enabled: false\n", "es/elasticsearch.yml")}
    flat = {p for p, _, _ in pairs("xpack.security.enabled: false\n", "es/elasticsearch.yml")}
    assert "xpack.security.enabled" in nested & flat


def test_kept_value_is_no_new_finding() -> None:
    old = "security:\n  enabled: false\n  name: a\n"
    new = "security:\n  enabled: false\n  name: b\n"
    assert not meanings(f"{R}/src/main/resources/application.yml", old, new, True, frozenset({"security:"}))


def test_every_row_has_fixtures_or_words() -> None:
    for r in (*ROWS, *SHAPES):
        assert r.words and r.said, r.id
