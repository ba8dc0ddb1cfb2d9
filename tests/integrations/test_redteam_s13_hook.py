"""Red team, session 13: hostile JSON to the installed Claude Code hook (direct mode, as Claude Code runs it).

Each payload carries a command automode denies. The answer must be a block (exit 2 with a precise reason) or a JSON
deny/ask, never an allow, never a crash. Found here:

- a key given twice (`{"command": "rm -rf ~", "command": "ls"}`): the hook kept the last value and allowed `ls`, while a
  reader that keeps the first runs `rm -rf ~`. Keys given twice, NaN/Infinity and out-of-range numbers are refused by
  name (`hookio.parse_payload`: "not strict JSON"), and nesting deeper than 100 levels is refused with its depth;
- a `transcript_path` naming `/dev/zero` (or a FIFO) kept the hook reading until its 20 s watchdog answered: only a
  regular file is read, up to the size it had when opened (`transcript.read_new`).
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from .hookrun import HookWorld, decision

RM = "rm -rf ~"


@pytest.fixture
def world(tmp_path: Path) -> Iterator[HookWorld]:
    w = HookWorld(tmp_path)
    yield w
    w.stop_server()


def _base(world: HookWorld) -> str:
    return json.dumps(world.payload("PreToolUse", tool_name="Bash", tool_input={"command": RM}))


STRICT = {
    "a command key given twice, the harmful one first": ('"command": "rm -rf ~"', '"command": "rm -rf ~", "command": "ls"', "the key 'command' is given twice"),
    "a command key given twice, the harmful one last": ('"command": "rm -rf ~"', '"command": "ls", "command": "rm -rf ~"', "the key 'command' is given twice"),
    "tool_input given twice": ('"tool_input": {"command": "rm -rf ~"}', '"tool_input": {"command": "rm -rf ~"}, "tool_input": {"command": "ls"}', "the key 'tool_input' is given twice"),
    "tool_name given twice": ('"tool_name": "Bash"', '"tool_name": "Bash", "tool_name": "Read"', "the key 'tool_name' is given twice"),
    "NaN": ('"command"', '"timeout": NaN, "command"', "NaN is not a JSON value"),
    "Infinity": ('"command"', '"timeout": Infinity, "command"', "Infinity is not a JSON value"),
    "-Infinity": ('"command"', '"x": -Infinity, "command"', "-Infinity is not a JSON value"),
    "a number out of range": ('"command"', '"n": 1e999999, "command"', "the number 1e999999 is out of range"),
    "1000 levels inside the input": ('"command": "rm -rf ~"', '"command": "rm -rf ~", "z": ' + "[" * 1000 + "]" * 1000, "nests"),
    "150 levels inside the input": ('"command": "rm -rf ~"', '"command": "rm -rf ~", "z": ' + "[" * 150 + "]" * 150, "nests more than 100 levels deep"),
}


@pytest.mark.parametrize("name", list(STRICT))
def test_rt13_json_readers_differ_on_is_refused_by_name(world: HookWorld, name: str) -> None:
    old, new, why = STRICT[name]
    raw = _base(world).replace(old, new, 1).encode()
    proc = world.run("direct", raw, timeout=60)
    assert proc.returncode == 2, (name, proc.returncode, proc.stdout[:200], proc.stderr[-300:])
    assert why in proc.stderr, (name, proc.stderr[-300:])


def test_rt13_wrong_types_raw_bytes_and_big_inputs_never_allow(world: HookWorld) -> None:
    base = _base(world)
    settings = str(world.home / ".claude" / "settings.json")

    def raw(**f: object) -> bytes:
        p = json.loads(base)
        p.update(f)
        return json.dumps(p).encode()

    cases = {
        "command a number": raw(tool_input={"command": 5}),
        "command an object": raw(tool_input={"command": {"a": RM}}),
        "tool_name a list": raw(tool_name=["Bash"]),
        "tool_input a list": raw(tool_input=[RM]),
        "file_path a list": raw(tool_name="Write", tool_input={"file_path": [settings], "content": "{}"}),
        "content an object": raw(tool_name="Write", tool_input={"file_path": settings, "content": {"a": 1}}),
        "edits a string": raw(tool_name="MultiEdit", tool_input={"file_path": settings, "edits": "x"}),
        "an invalid UTF-8 byte": base.encode().replace(b"rm -rf ~", b"rm -rf ~ \xff"),
        "an overlong UTF-8 form": base.encode().replace(b"rm -rf ~", b"rm -rf ~\xc0\xaf"),
        "a UTF-8 encoded surrogate": base.encode().replace(b"rm -rf ~", b"rm -rf ~\xed\xa0\x80"),
        "a raw newline in a string": base.encode().replace(b"rm -rf ~", b"ls\nrm -rf ~"),
        "a comment": base.encode().replace(b"{", b"{ // x\n", 1),
        "a trailing comma": base.encode().replace(b'"rm -rf ~"}', b'"rm -rf ~",}'),
        "200,000 keys": base.replace('"command"', "".join(f'"k{i}": 1, ' for i in range(200_000)) + '"command"').encode(),
        "a 1 MB key": base.replace('"command"', '"' + "k" * 1_000_000 + '": 1, "command"').encode(),
        "30 MB of padding": b" " * 30_000_000 + base.encode(),
        "UTF-32": base.encode("utf-32"),
        "cwd the home, rm -rf .": raw(cwd=str(world.home), tool_input={"command": "rm -rf ."}),
        "a session id that is an object": raw(session_id={"a": 1}),
        "a 2 MB tool_use_id": raw(tool_use_id="x" * 2_000_000),
    }
    for name, data in cases.items():
        proc = world.run("direct", data, timeout=60)
        assert proc.returncode in (0, 2), (name, proc.returncode, proc.stderr[-300:])
        if proc.returncode == 0:
            assert decision(proc) in ("deny", "ask"), (name, proc.stdout[:300])
        else:
            assert "automode blocked this:" in proc.stderr, (name, proc.stderr[-300:])


@pytest.mark.parametrize("where", ["/dev/zero", "fifo", "/"])
def test_rt13_a_transcript_that_is_not_a_file_is_not_read(world: HookWorld, where: str) -> None:
    if where == "fifo":
        where = str(world.root / "t.fifo")
        os.mkfifo(where)
    raw = json.loads(_base(world))
    raw["transcript_path"] = where
    start = time.monotonic()
    proc = world.run("direct", json.dumps(raw).encode(), timeout=60)
    assert decision(proc) == "deny"
    assert time.monotonic() - start < 10  # (the watchdog answers at 20 s)
