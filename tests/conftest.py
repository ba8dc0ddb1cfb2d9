from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
BENCH = SHARED / "bench"


@pytest.fixture(scope="session")
def bench_dir() -> Path:
    if not BENCH.is_dir():
        pytest.skip(f"benchmark corpora not found at {BENCH} (../shared is absent)")
    return BENCH


# No test may read the developer's automode config or write their audit trail / session state.
_SANDBOX_HOME = Path(tempfile.mkdtemp(prefix="automode-tests-"))
atexit.register(shutil.rmtree, _SANDBOX_HOME, True)
os.environ["XDG_DATA_HOME"] = str(_SANDBOX_HOME / "data")
os.environ["XDG_CONFIG_HOME"] = str(_SANDBOX_HOME / "config")
os.environ["XDG_RUNTIME_DIR"] = str(_SANDBOX_HOME / "run")
(_SANDBOX_HOME / "run").mkdir(parents=True, exist_ok=True, mode=0o700)
os.environ.setdefault("AUTOMODE_TEST", "1")
