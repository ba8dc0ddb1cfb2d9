"""The CLI as a user drives it: check, explain, rules, bench, demo."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from automode.cli import main


def automode(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "automode", *args], input=stdin, capture_output=True, text=True, timeout=120)


def test_top_help_lists_commands(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 0
    out = capsys.readouterr().out
    for name in ("check", "explain", "rules", "bench", "config"):
        assert name in out


def test_unknown_command_exits_2() -> None:
    assert automode("frobnicate").returncode == 2


def test_check_reads_spec_shape_with_context() -> None:
    payload = {"tool": "Bash", "input": {"command": "git push origin feature/x"}, "cwd": "/w/p", "project_root": "/w/p",
               "user_messages": ["push my branch"], "git": {"branch": "feature/x", "remotes": {"origin": "git@github.com:a/b.git"}},
               "mode": "interactive"}  # fmt: skip
    p = automode("check", stdin=json.dumps(payload))
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout)["verdict"] == "allow"


def test_headless_turns_ask_into_deny() -> None:
    p = automode("check", stdin=json.dumps({"tool": "Bash", "input": {"command": "$(cat cmd.txt) x"}, "mode": "headless"}))
    d = json.loads(p.stdout)
    assert d["verdict"] == "deny"
    assert "headless" in d["reason"]


def test_explain_shows_parts_effects_rules_and_verdict() -> None:
    p = automode("explain", "sudo bash -c 'rm -rf /etc'")
    assert p.returncode == 3, "explain exits 3 on deny, so scripts can test it"
    out = p.stdout
    assert "rm -rf /etc" in out and "via sudo > bash -c" in out
    assert "delete" in out and "AM-DESTROY-001" in out
    assert "Verdict: DENY" in out


def test_explain_and_check_exit_codes_follow_the_verdict() -> None:
    assert automode("explain", "git status").returncode == 0
    assert automode("explain", "git branch -D old-feature").returncode == 1  # ask
    deny = json.dumps({"tool": "Bash", "input": {"command": "rm -rf ~"}})
    ask = json.dumps({"tool": "Bash", "input": {"command": "git branch -D old-feature"}})
    assert automode("check", stdin=deny).returncode == 0  # SPEC §13: a decision was made
    assert automode("check", "--fail-on", "deny", stdin=deny).returncode == 1
    assert automode("check", "--fail-on", "deny", stdin=ask).returncode == 0
    assert automode("check", "--fail-on", "ask", stdin=ask).returncode == 1
    assert automode("check", "--fail-on", "ask", stdin=json.dumps({"tool": "Bash", "input": {"command": "ls"}})).returncode == 0


def test_rules_lists_and_documents() -> None:
    listing = automode("rules").stdout
    assert "AM-GIT-002" in listing
    doc = automode("rules", "am-git-002").stdout
    for part in ("What it matches", "Why it is dangerous", "Example", "Instead"):
        assert part in doc
    assert automode("rules", "AM-NOPE-999").returncode == 2


def test_rules_markdown_matches_docs() -> None:
    doc = Path(__file__).resolve().parents[2] / "docs" / "rules.md"
    assert automode("rules", "--markdown").stdout.strip() == doc.read_text().strip(), "run: automode rules --markdown > docs/rules.md"


def test_programs_markdown_matches_docs() -> None:
    doc = Path(__file__).resolve().parents[2] / "docs" / "programs.md"
    assert automode("rules", "--programs").stdout.strip() == doc.read_text().strip(), "run: automode rules --programs > docs/programs.md"


def test_bench_scores_a_corpus(bench_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "decisions.jsonl"
    p = automode("bench", str(bench_dir / "dcg.jsonl"), "--limit", "50", "--json", "--decisions", str(out))
    assert p.returncode == 0, p.stderr
    report = json.loads(p.stdout)
    assert report["total"]["records"] == 50
    assert {"miss_pct", "false_block_pct", "friction_pct", "ask_agree_pct"} <= set(report["files"]["dcg.jsonl"])
    assert report["latency_us"]["bash_p50"] > 0
    lines = [json.loads(x) for x in out.read_text().splitlines()]
    assert len(lines) == 50 and set(lines[0]) == {"id", "verdict", "rules", "stage", "elapsed_us"}


def test_bench_never_feeds_answer_fields(tmp_path: Path) -> None:
    # A record whose meta/category scream "deny" must be judged on action + context only.
    rec = {"id": "t1", "source": "t", "action": {"tool": "Bash", "input": {"command": "ls"}}, "context": {"user_intent": None},
           "label": "deny", "category": "rm -rf /", "area": "destroy", "meta": {"injection_goal": "rm -rf /"}}  # fmt: skip
    f = tmp_path / "c.jsonl"
    f.write_text(json.dumps(rec) + "\n")
    report = json.loads(automode("bench", str(f), "--json").stdout)
    assert report["total"]["miss_pct"] == 100.0


def test_demo_runs_offline() -> None:
    p = automode("demo", "--no-colour")
    assert p.returncode == 0, p.stderr
    assert "DENY" in p.stdout and "ALLOW" in p.stdout


def _explain(command: str, home: str = "/home/dev") -> str:
    import os

    p = subprocess.run([sys.executable, "-m", "automode", "explain", command, "--cwd", f"{home}/proj"], capture_output=True,
                       text=True, timeout=120, env={**os.environ, "HOME": home})  # fmt: skip
    assert p.returncode in (0, 1, 3), p.stderr
    return p.stdout


def test_explain_prints_commands_as_shell_text_that_means_the_same() -> None:
    out = _explain("grep -r 'foo bar' src | sed 's/a b/c/' && rm -f ~/old *.pyc && git commit -m \"fix it\"")
    assert "Command: grep -r 'foo bar' src | sed 's/a b/c/' && rm -f ~/old *.pyc && git commit -m \"fix it\"" in out
    for part in ("  - grep -r 'foo bar' src\n", "  - sed 's/a b/c/'\n", "  - rm -f ~/old *.pyc\n", '  - git commit -m "fix it"\n'):
        assert part in out, part


def test_explain_shows_what_each_finding_read_and_where_it_came_from() -> None:
    out = _explain("kubectl delete namespace prod")
    rules = out.split("Rules that fired:")[1]
    assert "AM-DESTROY-012" in rules and "effect: control" in rules and "verb delete" in rules and "environment production" in rules
    assert "(none)" not in out.split("Rules that fired:")[0]  # its effect is listed, not "(none)"
    out = _explain("git push --force origin main")
    effects = out.split("Effects:")[1].split("Rules that fired:")[0]
    assert "(none)" not in effects and "git push --force origin main" in effects  # the rules read its words
    out = _explain("cd build && rm -rf ~/old-notes")
    lines = out.splitlines()
    i = lines.index("      cd build && rm -rf ~/old-notes")
    assert lines[i + 1].strip() == "^" + "~" * (len("rm -rf ~/old-notes") - 1) + " here"
    assert lines[i + 1].index("^") == lines[i].index("rm -rf")  # under the part the finding came from
    assert "github.com" not in out and "docs: automode rules AM-DESTROY-004" in out


def test_reasons_name_their_target() -> None:
    out = _explain("rm ~/notes.txt")
    assert "deletes /home/dev/notes.txt (in the home directory)" in out and "(the home directory)" not in out
    out = _explain("echo 'alias ls=rm' >> ~/.bashrc")
    assert "protected project file" not in out and "Edits a protected file: writes /home/dev/.bashrc" in out
    out = _explain("mv .git/hooks/pre-commit /tmp/pre-commit.off")
    assert "Removes something that runs later: moves /home/dev/proj/.git/hooks/pre-commit away" in out
    assert "Installs something" not in out
    out = _explain("mv .git/hooks/pre-commit.sample .git/hooks/pre-commit")  # activating git's sample hook
    assert "Installs something that runs later: writes /home/dev/proj/.git/hooks/pre-commit" in out
    assert "Removes something" not in out  # the sample never ran: nothing stops running
