"""The fixtures of `files.framework_keys` (loggers that write the wire, idioms that log headers or bodies or drop a
redaction, secret references replaced by literals), read by `files.framework_read`."""

from __future__ import annotations

import pytest

from automode.files import framework_read, scan
from automode.files.diff import live
from automode.files.framework_keys import IDIOMS, LOGGERS, REF_FIXTURES

R = "/home/dev/shop/"


def _ids(path: str, old: str, new: str) -> set[str]:
    words = scan.hits(new.lower()) | scan.hits(old.lower())
    return {m.id for m in framework_read.meanings(R + path, live(old), live(new), True, words)}


_MATCH = [(r.id, f) for r in (*LOGGERS, *IDIOMS) for f in r.must_match]
_NOT = [(r.id, f) for r in (*LOGGERS, *IDIOMS) for f in r.must_not_match]


@pytest.mark.parametrize(("rid", "fx"), _MATCH, ids=[f"{r}-{i}" for i, (r, _) in enumerate(_MATCH)])
def test_must_match(rid: str, fx: tuple[str, str, str]) -> None:
    assert rid in _ids(*fx), fx


@pytest.mark.parametrize(("rid", "fx"), _NOT, ids=[f"{r}-{i}" for i, (r, _) in enumerate(_NOT)])
def test_must_not_match(rid: str, fx: tuple[str, str, str]) -> None:
    assert rid not in _ids(*fx), fx


@pytest.mark.parametrize("fx", REF_FIXTURES, ids=[f"{f[0]}-{f[3]}-{i}" for i, f in enumerate(REF_FIXTURES)])
def test_secret_refs(fx: tuple[str, str, str, bool]) -> None:
    path, old, new, want = fx
    assert ("secret.ref-replaced" in _ids(path, old, new)) is want, fx


def test_every_row_has_fixtures() -> None:
    for r in (*LOGGERS, *IDIOMS):
        assert r.must_match, r.id


def test_levels_formats() -> None:
    got = framework_read.levels('<logger name="org.apache.http.wire">\n  <level value="DEBUG"/>\n</logger>\n', R + "log4j.xml")
    assert ("org.apache.http.wire", "debug") in [(n, lv) for n, lv, _ in got]
    got = framework_read.levels("RUST_LOG=reqwest=trace,hyper=info\n", R + ".env")
    assert ("reqwest", "trace") in [(n, lv) for n, lv, _ in got]
    got = framework_read.levels("[logger_wire]\nlevel=DEBUG\nqualname=botocore\n", R + "logging.ini")
    assert ("botocore", "debug") in [(n, lv) for n, lv, _ in got]
