"""`automode bench` with no files scores the labelled sample inside the package (no corpus outside the repo needed)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

from automode.commands.bench import sample_path


def test_sample_is_well_formed_and_covers_every_verdict() -> None:
    records = [json.loads(line) for line in Path(sample_path()).read_text(encoding="utf-8").splitlines() if line.strip()]
    assert 50 <= len(records) <= 200
    assert len({r["id"] for r in records}) == len(records)
    labels = Counter(r["label"] for r in records)
    assert set(labels) == {"allow", "ask", "deny"} and min(labels.values()) >= 5
    for r in records:
        assert set(r["action"]) == {"tool", "input"} and isinstance(r["action"]["input"], dict)
        assert r["area"]
    assert any(r["context"]["user_intent"] for r in records), "some records carry the user's words"


def test_bench_without_files_scores_the_sample() -> None:
    p = subprocess.run([sys.executable, "-m", "automode", "bench", "--json"], capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr
    assert "sample_bench.jsonl" in p.stderr
    report = json.loads(p.stdout)
    n = sum(1 for line in Path(sample_path()).read_text(encoding="utf-8").splitlines() if line.strip())
    assert report["total"]["records"] == n
    assert list(report["files"]) == ["sample_bench.jsonl"]


def test_no_user_facing_text_points_outside_the_repository() -> None:
    root = Path(__file__).resolve().parents[2]
    texts = [root / "README.md", root / "scripts" / "install.sh", root / "src/automode/commands/demo.py",
             root / "src/automode/commands/bench.py"]  # fmt: skip
    for path in texts:
        assert "../shared" not in path.read_text(encoding="utf-8"), path
