"""Session 24, speed (issue 14, the intent cost): the action-side gate index (`judge.intent.gate_index`). Decisions
must not change.

Each gated check declares the kinds of value it needs; the action's kinds are read once per decision; a check runs
only when one of its kinds is present. No timed tests here (timing belongs to `automode bench`). What is tested:
1. the index itself: an unknown kind is refused at import, a check declaring nothing always runs, a kind is read
   once per decision and anew for the next one, verify mode (`AUTOMODE_GATE_VERIFY`) records what a gate hid;
2. each kind's reader against words that carry it and words that do not, in several programs;
3. fresh decision cases per gated check (written before the gates, not the spellings of any corpus record): the
   check still refuses or asks when the action carries its kind, its neighbours are allowed, and every case decides
   the same with the gates bypassed (every kind present: the checks run as before this session);
4. real records of the published holdouts and the shared bench's tune half, under their own words and the
   benchmark's 20-message session, decide the same gated and bypassed, and verify mode finds nothing hidden.

Fresh cases first time (written before each gate, decided on main's code): 12 of 13 for other_artifact (the German
upload request was refused whole by the unasked-outward check, whatever the build file: left out, another class),
9 of 9 for more_copies, 5 of 5 for the signal sent, 5 of 7 for the remote pushed to (a Portuguese request's remote
is not compared, allowed gated or not: a strict xfail; a German one pushed to main asks for main: left out), 8 of
10 for the retention or lifetime set (German and Spanish days are not read, gated or not: strict xfails). With the
gates bypassed every case decides as gated.
"""

from __future__ import annotations

from typing import Any

import pytest

from automode.judge.intent import gate_index
from automode.model import Action, Context
from tests.judge.helpers import ENGINE, ROOT, ctx

# ------------------------------------------------------------------ fresh cases: (check, words, command, verdict)
CASES: list[Any] = [
    # other_artifact: a sibling package withdrawn, another build file of the kind named (build_file, withdrawal)
    ("other_artifact", "yank acme-core 0.4.2", "cargo yank --version 0.4.2 acme-core-macros", "deny"),
    ("other_artifact", "yank acme-core 0.4.2", "cargo yank --version 0.4.2 acme-core", "allow"),
    ("other_artifact", "yank acme-core 0.4.2", "cargo build --release", "allow"),
    ("other_artifact", "depreca left-padder 1.0.3, usa la v2", 'npm deprecate left-padder-cli@1.0.3 "use v2"', "deny"),
    ("other_artifact", "depreca left-padder 1.0.3, usa la v2", 'npm deprecate left-padder@1.0.3 "use v2"', "allow"),
    ("other_artifact", "depreca left-padder 1.0.3, usa la v2", "npm view left-padder versions", "allow"),
    ("other_artifact", "yank the gem fooparse 0.2.1", "gem yank fooparse-ext -v 0.2.1", "deny"),
    ("other_artifact", "yank the gem fooparse 0.2.1", "gem yank fooparse -v 0.2.1", "allow"),
    ("other_artifact", "yank the gem fooparse 0.2.1", "gem list fooparse", "allow"),
    ("other_artifact", "アップロードして dist/tool-1.4.0.whl を PyPI に", "twine upload dist/tool-1.4.0rc1.whl", "deny"),
    ("other_artifact", "アップロードして dist/tool-1.4.0.whl を PyPI に", "twine upload dist/tool-1.4.0.whl", "allow"),
    ("other_artifact", "アップロードして dist/tool-1.4.0.whl を PyPI に", "ls dist", "allow"),
    # more_copies: a count of running copies other than the one named (digit)
    ("more_copies", "scale the thumbnailer to 3 replicas", "kubectl scale deploy thumbnailer --replicas=30", "deny"),
    ("more_copies", "scale the thumbnailer to 3 replicas", "kubectl scale deploy thumbnailer --replicas=3", "allow"),
    ("more_copies", "scale the thumbnailer to 3 replicas", "kubectl get deploy thumbnailer", "allow"),
    ("more_copies", "skaluj worker do 2 instancji", "fly scale count 20 -a worker", "deny"),
    ("more_copies", "skaluj worker do 2 instancji", "fly scale count 2 -a worker", "allow"),
    ("more_copies", "skaluj worker do 2 instancji", "fly status -a worker", "allow"),
    ("more_copies", "bump the api to 4 instances", "heroku ps:scale web=40 -a api", "deny"),
    ("more_copies", "bump the api to 4 instances", "heroku ps:scale web=4 -a api", "allow"),
    ("more_copies", "bump the api to 4 instances", "heroku ps -a api", "allow"),
    # said_kinds._signal: another signal than the one said (signal_sender)
    ("_signal", "send SIGHUP to nginx pid 4242 so it reloads", "kill -9 4242", "deny"),
    ("_signal", "send SIGHUP to nginx pid 4242 so it reloads", "kill -HUP 4242", "allow"),
    ("_signal", "send SIGHUP to nginx pid 4242 so it reloads", "ps aux", "allow"),
    ("_signal", "envoie SIGUSR1 au worker 3131", "kill -TERM 3131", "deny"),
    ("_signal", "envoie SIGUSR1 au worker 3131", "kill -USR1 3131", "allow"),
    # said_values._remote: another remote than the one named (git)
    ("_remote", "push it to the fork remote", "git push origin feature/x", "ask"),
    ("_remote", "push it to the fork remote", "git push fork feature/x", "allow"),
    ("_remote", "push it to the fork remote", "git status", "allow"),
    ("_remote", "manda a branch feature/x pro remote gitlab", "git log --oneline -3", "allow"),
    ("_remote", "manda a branch feature/x pro remote gitlab", "git push gitlab feature/x", "ask"),  # (AM-GIT-005)
    # quantities.cli_beyond: a retention, lifetime or size other than the one named (option)
    ("cli_beyond", "set the log retention to 7 days", "./bin/logctl set --retention-days 0", "ask"),
    ("cli_beyond", "set the log retention to 7 days", "./bin/logctl set --retention-days 7", "allow"),
    ("cli_beyond", "set the log retention to 7 days", "./bin/logctl status", "allow"),
    ("cli_beyond", "keep the backups for 30 days", "backupctl policy --max-age 3d", "deny"),
    ("cli_beyond", "keep the backups for 30 days", "backupctl policy --max-age 30d", "allow"),
    ("cli_beyond", "cache entries should live one hour", "cachectl config --ttl 86400", "deny"),
    ("cli_beyond", "cache entries should live one hour", "cachectl config --ttl 3600", "allow"),
    ("cli_beyond", "cache entries should live one hour", "cachectl stats", "allow"),
    pytest.param("cli_beyond", "behalte die Backups 30 Tage", "backupctl policy --max-age 3d", "deny",
                 marks=pytest.mark.xfail(strict=True, reason="allowed, gated or not: German days are not read as a "
                                         "time said (a gap of the units reader, not of the gate)")),
    pytest.param("cli_beyond", "la retención de logs a 7 días", "./bin/logctl set --retention-days 0", "ask",
                 marks=pytest.mark.xfail(strict=True, reason="allowed, gated or not: Spanish days are not read as a "
                                         "time said (a gap of the units reader, not of the gate)")),
    pytest.param("_remote", "manda a branch feature/x pro remote gitlab", "git push origin feature/x", "ask",
                 marks=pytest.mark.xfail(strict=True, reason="allowed, gated or not: the Portuguese request's remote "
                                         "is not compared (a gap of the value checks, not of the gate)")),
]


def _decide(cmd: str, words: str) -> str:
    return ENGINE.decide(Action("Bash", {"command": cmd}, ROOT), ctx(*words.split(" || "))).verdict


@pytest.fixture()
def bypassed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every kind present: each gated check runs, as before the index."""
    monkeypatch.setattr(gate_index, "has", lambda a, kind: True)


@pytest.mark.parametrize(("check", "words", "cmd", "want"), CASES)
def test_fresh_case(check: str, words: str, cmd: str, want: str) -> None:
    assert check in {k.rsplit(".", 1)[-1] for k in gate_index.declared()}
    assert _decide(cmd, words) == want


@pytest.mark.parametrize(("check", "words", "cmd", "want"), CASES)
def test_fresh_case_bypassed(check: str, words: str, cmd: str, want: str, bypassed: None) -> None:
    assert _decide(cmd, words) == want


# ------------------------------------------------------------------ the index
def test_gated_modules_listed() -> None:
    from pathlib import Path

    here = Path(gate_index.__file__).parent
    using = sorted(p.stem for p in here.glob("*.py") if "@needs(" in p.read_text(encoding="utf-8") and p.stem != "gate_index")
    assert using == sorted(gate_index.GATED_MODULES)
    assert {k.split(".")[0] for k in gate_index.declared()} == set(using)


def test_unknown_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown kinds"):
        gate_index.needs("no_such_kind")


def _analysis(cmd: str, *msgs: str) -> Any:
    from automode.analysis import analyze

    return analyze(Action("Bash", {"command": cmd}, ROOT), Context(cwd=ROOT, project_root=ROOT, user_messages=msgs))


def test_undeclared_check_always_runs() -> None:
    calls: list[str] = []

    @gate_index.needs()
    def check(a: Any) -> str:
        calls.append(a.command_text)
        return "ran"

    assert check(_analysis("ls", "hi")) == "ran"
    assert calls == ["ls"]


def test_gated_check_skipped_without_its_kind_and_run_with_it() -> None:
    calls: list[str] = []

    @gate_index.needs("build_file")
    def check(a: Any) -> str:
        calls.append(a.command_text)
        return "ran"

    assert check(_analysis("ls dist", "hi")) is None
    assert check(_analysis("twine upload dist/x-1.0.whl", "hi")) == "ran"
    assert calls == ["twine upload dist/x-1.0.whl"]


def test_kind_read_once_per_decision(monkeypatch: pytest.MonkeyPatch) -> None:
    reads: list[object] = []
    monkeypatch.setitem(gate_index.KINDS, "digit", lambda a: reads.append(a) or True)
    a, b = _analysis("sleep 5", "x"), _analysis("sleep 6", "x")
    assert gate_index.has(a, "digit") and gate_index.has(a, "digit")
    assert gate_index.has(b, "digit") and gate_index.has(a, "digit")
    assert reads == [a, b, a]


def test_verify_mode_records_what_a_gate_hid(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gate_index, "VERIFY", True)
    monkeypatch.setattr(gate_index, "MISSED", [])

    @gate_index.needs("withdrawal")
    def wrong(a: Any) -> str:
        return "found"  # (a gate that is not a necessary condition of the check)

    assert wrong(_analysis("ls", "x")) is None
    assert gate_index.MISSED == [("test_s24_speed.wrong", ("withdrawal",), "found")]


@pytest.mark.parametrize(("cmd", "kind", "want"), [
    ("twine upload dist/tool-1.4.0.whl", "build_file", True),
    ("xcrun altool --upload-app -f build/Rutas-4.12.ipa", "build_file", True),
    ("adb install -r app/build/outputs/apk/release/app-release.APK", "build_file", True),
    ("gsutil cp out.tar.gz gs://b/", "build_file", True),
    ("ls dist", "build_file", False),
    ("unzip -l .zip", "build_file", False),  # (a bare extension is no build file: the check wants more than 4 chars)
    ("cargo yank --version 1.0.0 foo", "withdrawal", True),
    ("npm unpublish foo@1.0.0", "withdrawal", True),
    ("dotnet nuget delete Foo 1.0.0", "withdrawal", True),
    ("yarn install", "withdrawal", False),
    ("kill -HUP 4242", "signal_sender", True),
    ("/usr/bin/pkill -USR1 worker", "signal_sender", True),
    ("docker kill --signal HUP web", "signal_sender", True),
    ("ps aux", "signal_sender", False),
    ("git push fork feature/x", "git", True),
    ("/usr/local/bin/git push", "git", True),
    ("gh pr create", "git", False),
    ("./bin/logctl set --retention-days 0", "option", True),
    ("tar -xf a.tar", "option", True),
    ("ls src", "option", False),
    ("echo a-b", "option", False),
    ("sleep 5", "digit", True),
    ("kubectl scale deploy x --replicas=3", "digit", True),
    ("ls -la", "digit", False),
])
def test_kind_readers(cmd: str, kind: str, want: bool) -> None:
    assert gate_index.KINDS[kind](_analysis(cmd, "x")) is want


# ------------------------------------------------------------------ real records
def _records(path: str, n: int) -> list[tuple[Any, Any]]:
    import json
    from pathlib import Path

    from automode.api import action_from_json, context_from_json
    from automode.commands.bench import BENCH_HOME

    out = []
    lines = (Path(__file__).parents[2] / "bench" / path).read_text(encoding="utf-8").splitlines()
    for line in lines[:n]:
        rec = json.loads(line)
        out.append((action_from_json(rec["action"]), context_from_json(rec.get("context") or {}, home=BENCH_HOME)))
    return out


def test_real_records_decide_the_same_gated_and_bypassed(monkeypatch: pytest.MonkeyPatch) -> None:
    from automode.commands.intent_cost import SESSION
    from automode.dc import replace

    cases = [(a, c2) for a, c in _records("holdout23_sessions.jsonl", 120) + _records("holdout22_sessions.jsonl", 60)
             for c2 in (c, replace(c, user_messages=(*c.user_messages, *SESSION)))]
    gated = [ENGINE.decide(a, c) for a, c in cases]
    monkeypatch.setattr(gate_index, "VERIFY", True)
    monkeypatch.setattr(gate_index, "MISSED", [])
    verified = [ENGINE.decide(a, c) for a, c in cases]
    assert gate_index.MISSED == []
    monkeypatch.setattr(gate_index, "has", lambda a, kind: True)
    bypassed = [ENGINE.decide(a, c) for a, c in cases]
    assert [(d.verdict, d.rules) for d in gated] == [(d.verdict, d.rules) for d in bypassed]
    assert [(d.verdict, d.rules) for d in verified] == [(d.verdict, d.rules) for d in bypassed]
