"""Where the audit trail lives and how long it is kept: the `[audit]` table of the managed and user config files.

A project's `.automode.toml` is deliberately not read here: a cloned repository must not be able to switch the
audit trail off or send it somewhere else. Environment variables win over files (for tests and CI):
`AUTOMODE_AUDIT=0` turns recording off, `AUTOMODE_AUDIT_URL` names the store (a path, `sqlite:///path` or
`postgresql://...`), `AUTOMODE_BENCH_DIR` the benchmark corpora `automode review` replays proposals against.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from automode.dc import dataclass, fields

MANAGED_CONFIG = Path("/etc/automode/config.toml")


@dataclass(frozen=True, slots=True)
class AuditSettings:
    enabled: bool = True
    url: str = ""  # empty: SQLite at default_db_path()
    retention_days: float = 90.0  # rows older than this are pruned; 0 keeps everything
    max_rows: int = 1_000_000  # newest rows kept when the store grows past this; 0 = no cap
    max_field_chars: int = 4000  # longer strings in an action (a big Write) are cut in the record
    bench_dir: str = ""  # corpora for `automode review`; empty: the first of default_bench_dirs() that exists
    ask_timeout: float = 300.0  # seconds a pending ask waits for an answer before it is denied

    def store_url(self) -> str:
        return self.url or str(default_db_path())


def data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "automode"


def default_db_path() -> Path:
    return data_dir() / "audit.db"


def user_config_path() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "automode" / "config.toml"


def default_bench_dirs() -> list[Path]:
    here = Path(__file__).resolve()
    # A source checkout keeps shared/ beside the repository (…/main/src/automode/audit → …/shared/bench).
    return [here.parents[4] / "shared" / "bench", Path("/work/shared/bench")]


def _read_table(path: Path, table: str) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return {}
    import tomllib

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return {}
    section = data.get(table)
    return section if isinstance(section, dict) else {}


def load_settings() -> AuditSettings:
    merged: dict[str, Any] = {}
    for path in (MANAGED_CONFIG, user_config_path()):
        merged.update(_read_table(path, "audit"))
    s = AuditSettings()
    kw: dict[str, Any] = {}
    for name, kind in (
        ("enabled", bool),
        ("url", str),
        ("retention_days", float),
        ("max_rows", int),
        ("max_field_chars", int),
        ("bench_dir", str),
        ("ask_timeout", float),
    ):
        value = merged.get(name, merged.get(name.replace("_", "-")))
        if value is not None and isinstance(value, kind | (int if kind is float else kind)):
            kw[name] = kind(value)
    if "path" in merged and isinstance(merged["path"], str) and "url" not in kw:
        kw["url"] = os.path.expanduser(merged["path"])
    env_url = os.environ.get("AUTOMODE_AUDIT_URL")
    if env_url:
        kw["url"] = env_url
    if os.environ.get("AUTOMODE_AUDIT", "").lower() in ("0", "off", "false", "no"):
        kw["enabled"] = False
    env_bench = os.environ.get("AUTOMODE_BENCH_DIR")
    if env_bench:
        kw["bench_dir"] = env_bench
    return AuditSettings(**{**_defaults(s), **kw})


def _defaults(s: AuditSettings) -> dict[str, Any]:
    return {f.name: getattr(s, f.name) for f in fields(s)}


def bench_dir(settings: AuditSettings) -> Path | None:
    """The directory of benchmark corpora to replay proposals against, or None when there is none."""
    candidates = [Path(settings.bench_dir).expanduser()] if settings.bench_dir else default_bench_dirs()
    for c in candidates:
        if c.is_dir() and any(c.glob("*.jsonl")):
            return c
    return None
