"""The distribution a user installs: `python -m build` makes a wheel and an sdist that `twine check` accepts, and the
wheel installed into a clean venv runs `automode check`, `rules`, `bench` (its shipped sample) and `demo`.

Offline by design: the build runs without isolation (the dev extra brings setuptools>=77, build and twine), and the
fresh venv gets the wheel with `--no-deps` plus a path to the runtime dependencies already installed here.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RUNTIME_MODULES = ("tree_sitter", "tree_sitter_bash", "ahocorasick_rs", "sqlglot", "rich", "pygments", "markdown_it", "mdurl")


def _setuptools_ok() -> bool:
    try:
        import setuptools
    except ImportError:
        return False
    return int(setuptools.__version__.split(".")[0]) >= 77


pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("build") is None or importlib.util.find_spec("twine") is None or not _setuptools_ok(),
    reason="packaging tools not installed (pip install -e '.[dev]' brings build, twine and setuptools>=77)",
)


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    # build from a copy-free source: setuptools writes build/ and *.egg-info into the tree; point them elsewhere
    env = {**os.environ, "PIP_NO_INDEX": "1"}
    p = subprocess.run([sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(ROOT)],
                       capture_output=True, text=True, timeout=600, env=env)  # fmt: skip
    assert p.returncode == 0, p.stdout[-3000:] + p.stderr[-3000:]
    return out


def test_twine_accepts_wheel_and_sdist(dist: Path) -> None:
    files = sorted(dist.iterdir())
    assert {f.suffix for f in files} == {".whl", ".gz"}, files
    p = subprocess.run([sys.executable, "-m", "twine", "check", "--strict", *map(str, files)],
                       capture_output=True, text=True, timeout=120)  # fmt: skip
    assert p.returncode == 0, p.stdout + p.stderr


def test_wheel_carries_package_data(dist: Path) -> None:
    wheel = next(dist.glob("*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for data in ("automode/data/demo_session.jsonl", "automode/data/sample_bench.jsonl", "automode/py.typed",
                 "automode/audit/static/index.html"):  # fmt: skip
        assert data in names, data
    assert any(n.startswith("automode/knowledge/data/") and n.endswith(".toml") for n in names)
    assert not any(n.startswith(("tests/", "automode/tests/")) for n in names)


def test_wheel_installs_and_runs_in_a_clean_venv(dist: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    py = env_dir / "bin" / "python"
    site = Path(subprocess.check_output([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], text=True).strip())
    wheel = next(dist.glob("*.whl"))
    clean = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    p = subprocess.run([sys.executable, "-m", "pip", "--python", str(py), "install", "--no-deps", "--no-index", "-q", str(wheel)],
                       capture_output=True, text=True, timeout=300, env=clean)  # fmt: skip
    assert p.returncode == 0, p.stdout + p.stderr
    # the runtime dependencies, from where they are installed here (never automode itself: its own copy comes first)
    dep_dirs = sorted({str(Path(importlib.util.find_spec(m).origin or "").parent.parent) for m in RUNTIME_MODULES})  # type: ignore[union-attr]
    (site / "_automode_test_deps.pth").write_text("\n".join(dep_dirs) + "\n", encoding="utf-8")
    exe = env_dir / "bin" / "automode"
    clean["HOME"] = str(tmp_path / "home")
    clean["XDG_DATA_HOME"] = str(tmp_path / "home" / ".local" / "share")
    clean["XDG_CONFIG_HOME"] = str(tmp_path / "home" / ".config")

    def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(exe), *args], input=stdin, capture_output=True, text=True, timeout=300, env=clean, cwd=tmp_path)

    where = subprocess.run([str(py), "-c", "import automode; print(automode.__file__)"], capture_output=True, text=True, env=clean)
    assert where.stdout.startswith(str(env_dir)), where.stdout + where.stderr
    p = run("check", stdin=json.dumps({"tool": "Bash", "input": {"command": "rm -rf ~"}}))
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout)["verdict"] == "deny"
    p = run("rules", "AM-GIT-002")
    assert p.returncode == 0 and "AM-GIT-002" in p.stdout, p.stderr
    p = run("bench", "--json")
    assert p.returncode == 0, p.stderr
    assert list(json.loads(p.stdout)["files"]) == ["sample_bench.jsonl"]
    p = run("demo")
    assert p.returncode == 0 and "denied" in p.stdout, p.stderr
