from __future__ import annotations

import os
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
BENCH = SHARED / "bench"


@pytest.fixture(scope="session")
def bench_dir() -> Path:
    if not BENCH.is_dir():
        pytest.skip(f"benchmark corpora not found at {BENCH} (../shared is absent)")
    return BENCH


os.environ.setdefault("AUTOMODE_TEST", "1")
