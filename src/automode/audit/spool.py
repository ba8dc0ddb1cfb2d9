"""The audit spool: records a short-lived process could not commit in time, kept for the next one to commit.

A hook process answers first and then gives its audit writer a short budget (`automode.audit.exit_within`);
whatever is still queued is written here and the process exits, so a slow store (or a slow record) never holds
the agent's action hostage (issue 13, finding 1). Any later process that opens the store (the next hook, the
resident server, `automode log`) commits the spool (`drain`).

One file per spooling process under `<data dir>/spool/<store key>/` (0700 directories, 0600 files), JSON Lines,
written to a temporary name and renamed, so a reader sees whole files only. The store key names the store the
records belong to (`store_key`): a process whose configuration points elsewhere (an agent running
`XDG_CONFIG_HOME=/tmp/x automode log` or `AUTOMODE_AUDIT_URL=… automode log`) drains only its own folder and can
neither divert nor drop the records the hooks spooled for the real store. A drainer claims a file by renaming it (one
drainer wins), commits its rows and deletes it; a claim older than CLAIM_STALE_S (a drainer that died) is taken
over. Bounded: strings are cut before spooling (no regex work: the records are redacted when drained), and past
MAX_FILES files or MAX_BYTES bytes new records are dropped with a note on stderr.

The spool holds records before redaction, for the seconds until the next process drains it: it lives beside the
audit store, with the same owner-only permissions, and is agent-control like the store itself (docs/security.md).
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from collections.abc import Iterable, Sequence
from types import SimpleNamespace

from automode.typing_lite import Any

MAX_FILES = 1000
MAX_BYTES = 64 * 1024 * 1024
MAX_FILE_BYTES = 8 * 1024 * 1024
CLAIM_STALE_S = 30.0
_CUT_MARGIN = 1024
_MAX_ITEMS = 200
_MAX_DEPTH = 12


#: Config files larger than this count by their first bytes only (a config is a few hundred bytes).
_KEY_READ_MAX = 1 << 20
_MANAGED_CONFIG = "/etc/automode/config.toml"  # audit.settings.MANAGED_CONFIG, kept import-free here


def spool_root() -> str:
    """`<data dir>/spool`, the same directory as `audit.settings.data_dir() / "spool"`, computed without importing
    the settings module (pathlib, urllib, ipaddress: the hook process spools at exit and must end quickly)."""
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return os.path.join(base, "automode", "spool")


def _file_bytes(path: str) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read(_KEY_READ_MAX)
    except OSError:
        return b"\0missing"


def store_key() -> str:
    """A name for the store this process records into, from everything that decides it (`audit.settings.
    load_settings`): the two audit environment variables and the bytes of the managed and user config files.
    Computed without parsing TOML (24 ms in a hook process); the whole files count, not a cheaply extracted
    `[audit]` table, because TOML has too many spellings of a key (dotted, quoted, escaped, inline) for an
    extraction an agent could not get around. The cost: records spooled in the seconds before a config edit wait
    in the old folder until a process with the old configuration drains them (`automode doctor` lists them)."""
    try:
        from _blake2 import blake2b
    except ImportError:  # an interpreter built without it
        from hashlib import blake2b
    h = blake2b(digest_size=12)
    for name in ("AUTOMODE_AUDIT_URL", "AUTOMODE_AUDIT"):
        h.update(name.encode() + b"=" + os.environ.get(name, "\0unset").encode("utf-8", "surrogateescape") + b"\0")
    cfg = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    for path in (_MANAGED_CONFIG, os.path.join(cfg, "automode", "config.toml")):
        data = _file_bytes(path)
        h.update(len(data).to_bytes(8, "big") + data)
    return h.hexdigest()


def spool_dir() -> str:
    """This process's spool folder: `<data dir>/spool/<store key>`."""
    return os.path.join(spool_root(), store_key())


def other_folders() -> list[str]:
    """Spool folders of other configurations that still hold records (for `automode doctor`)."""
    mine = store_key()
    out = []
    with contextlib.suppress(OSError), os.scandir(spool_root()) as it:
        for e in it:
            if e.is_dir(follow_symlinks=False) and e.name != mine and _busy(e.path):
                out.append(e.path)
    return out


def _cap(value: Any, limit: int, depth: int = 0) -> Any:
    """A JSON-able copy of `value` with strings cut to `limit` (plus a margin the redaction needs), lists and
    mappings shortened and depth bounded. Cheap: slicing only."""
    if isinstance(value, str):
        return value if len(value) <= limit + _CUT_MARGIN else value[: limit + _CUT_MARGIN] + "…[cut in spool]"
    if value is None or isinstance(value, bool | int | float):
        return value
    if depth >= _MAX_DEPTH:
        return "…[nested too deeply]"
    if isinstance(value, dict):
        return {_cap(str(k), limit): _cap(v, limit, depth + 1) for k, v in list(value.items())[:_MAX_ITEMS]}
    if isinstance(value, list | tuple):
        return [_cap(v, limit, depth + 1) for v in list(value)[:_MAX_ITEMS]]
    if hasattr(value, "items"):
        with contextlib.suppress(Exception):
            return _cap(dict(value.items()), limit, depth)
    return _cap(str(value), limit)


def _decision(d: Any) -> dict[str, Any] | None:
    if d is None:
        return None
    return {k: getattr(d, k, None) for k in ("verdict", "reason", "rules", "category", "suggestion", "stage", "elapsed_us")}


def to_line(item: Sequence[Any], limit: int) -> str:
    """One queued record (the Recorder's tuple) as a spool line."""
    ts, rid, decision, action, context, agent, effects, ask_id, engine, origin = item
    obj = {
        "ts": ts, "uid": rid, "agent": agent, "ask_id": ask_id,
        "decision": _decision(decision), "engine": _decision(engine),
        "action": {"tool": getattr(action, "tool", "?"), "input": dict(getattr(action, "input", {}) or {}),
                   "cwd": getattr(action, "cwd", None)},
        "context": None if context is None else {
            k: getattr(context, k, None) for k in ("session_id", "cwd", "project_root", "mode")
        } | {"user_messages": list(getattr(context, "user_messages", ()) or ())[-20:]},
        "effects": effects,
        "origin": dict(origin) if origin else None,
    }  # fmt: skip
    return json.dumps(_cap(obj, limit), ensure_ascii=True, default=str)


def _subdirs(root: str, skip: str = "") -> list[str]:
    out = []
    with contextlib.suppress(OSError), os.scandir(root) as it:
        for e in it:
            if e.is_dir(follow_symlinks=False) and e.path != skip:
                out.append(e.path)
    return out


def _busy(d: str) -> bool:
    try:
        return any(n.endswith(".jsonl") or ".claimed-" in n for n in os.listdir(d))
    except OSError:
        return False


def _usage(d: str) -> tuple[int, int]:
    files = size = 0
    with contextlib.suppress(OSError), os.scandir(d) as it:
        for e in it:
            files += 1
            with contextlib.suppress(OSError):
                size += e.stat(follow_symlinks=False).st_size
    return files, size


def write(items: Iterable[Sequence[Any]], limit: int = 4000) -> int:
    """Spool `items`; returns how many were kept (0 when the spool is full or not writable). Never raises."""
    try:
        d = spool_dir()
        os.makedirs(d, mode=0o700, exist_ok=True)
        files, size = _usage(d)
        for other in _subdirs(spool_root(), skip=d):  # the bound holds over every store's folder
            f2, s2 = _usage(other)
            files, size = files + f2, size + s2
        if files >= MAX_FILES or size >= MAX_BYTES:
            raise OSError(f"the audit spool is full ({files} files, {size} bytes)")
        lines: list[str] = []
        total = 0
        for item in items:
            line = to_line(item, limit)
            if total + len(line) > MAX_FILE_BYTES:
                break
            lines.append(line)
            total += len(line) + 1
        if not lines:
            return 0
        name = f"{time.time_ns()}-{os.getpid()}-{os.urandom(4).hex()}"
        tmp = os.path.join(d, f".{name}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as f:
            f.write("\n".join(lines) + "\n")
        os.rename(tmp, os.path.join(d, f"{name}.jsonl"))
        return len(lines)
    except Exception as exc:
        import sys

        with contextlib.suppress(Exception):
            print(f"automode: audit records lost (could not spool them: {exc})", file=sys.stderr)
        return 0


def pending() -> bool:
    """Whether any spool file of this process's store waits (cheap: one directory listing)."""
    return _busy(spool_dir())


def _claim(d: str, max_files: int) -> list[str]:
    out: list[str] = []
    now = time.time()
    try:
        names = sorted(os.listdir(d))
    except OSError:
        return out
    for name in names:
        if len(out) >= max_files:
            break
        path = os.path.join(d, name)
        if ".claimed-" in name:
            try:
                if now - os.stat(path).st_ctime < CLAIM_STALE_S:
                    continue
            except OSError:
                continue
            base = name.split(".claimed-")[0]
        elif name.endswith(".jsonl"):
            base = name
        else:
            continue
        claimed = os.path.join(d, f"{base}.claimed-{os.getpid()}-{os.urandom(3).hex()}")
        try:
            os.rename(path, claimed)
        except OSError:
            continue  # another drainer took it
        out.append(claimed)
    return out


def _ns(obj: Any) -> Any:
    return SimpleNamespace(**obj) if isinstance(obj, dict) else None


def rows_of(path: str, max_chars: int) -> list[dict[str, Any]]:
    from automode.audit.row import build_row

    rows = []
    with open(path, encoding="ascii", errors="replace") as f:
        for line in f:
            try:
                r = json.loads(line)
                d = _ns(r["decision"])
                d.rules = tuple(d.rules or ())
                rows.append(build_row(d, _ns(r["action"]), _ns(r["context"]), agent=str(r.get("agent")),
                                      ts=float(r["ts"]), uid=str(r["uid"]), effects=r.get("effects"),
                                      ask_id=r.get("ask_id"), max_chars=max_chars, engine=_ns(r.get("engine")),
                                      origin=r.get("origin") if isinstance(r.get("origin"), dict) else None))  # fmt: skip
            except Exception:
                continue  # a damaged line costs only itself
    return rows


def drain(store: Any, max_chars: int = 4000, max_files: int = 50) -> int:
    """Commit spooled records into `store` (at most `max_files` files per call); returns rows committed."""
    d = spool_dir()
    done = 0
    for _ in range(max_files):
        # One file at a time: a process that exits mid-drain leaves at most one claim behind.
        claimed = _claim(d, 1)
        if not claimed:
            break
        path = claimed[0]
        try:
            rows = rows_of(path, max_chars)
            if rows:
                store.insert(rows)  # uids already stored are skipped: a record both committed and spooled is kept once
            done += len(rows)
            os.unlink(path)
        except Exception:
            # Give the file back (a locked or failing store): the next drainer takes it at once.
            with contextlib.suppress(OSError):
                os.rename(path, path.split(".claimed-")[0])
            raise
    return done


def wait_drained(data_home: str | None = None, timeout: float = 30.0) -> bool:
    """Wait until nothing is spooled: under `<data_home>/automode/spool`, every store's folder (a scratch data dir
    of a test or the doctor), or else this process's store folder (hook processes commit through detached
    drainers right after answering): for tools and tests that read the store, or remove a scratch data dir, right
    after running hooks. False if records are still spooled after `timeout` s."""
    deadline = time.monotonic() + timeout
    while True:
        if data_home:
            busy = any(_busy(d) for d in _subdirs(os.path.join(data_home, "automode", "spool")))
        else:
            busy = _busy(spool_dir())
        if not busy:
            return True
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)


#: A detached drainer retries a store it cannot write (locked by another writer) for this long.
DRAIN_RETRY_S = 30.0


def drain_all() -> int:
    """Commit everything spooled into the configured store: the drainer a hook process forks after answering
    (`automode.audit.exit_within`). Retries a locked store with back-off for DRAIN_RETRY_S; what is left stays
    spooled. With recording off in the configuration, spooled records are dropped, as the writer would drop them."""
    from automode.audit.settings import load_settings
    from automode.audit.store import open_store

    settings = load_settings()
    if not settings.enabled:  # only this configuration's folder: another configuration's records are not ours to drop
        for path in _claim(spool_dir(), MAX_FILES):
            with contextlib.suppress(OSError):
                os.unlink(path)
        return 0
    deadline = time.monotonic() + DRAIN_RETRY_S
    delay = 0.05
    done = 0
    while True:
        try:
            store = open_store(settings.store_url())
            try:
                if time.time_ns() // 1000 % 100 == 0:  # now and then, as the writer does
                    store.prune(settings.retention_days, settings.max_rows)
                while pending():
                    n = drain(store, settings.max_field_chars)
                    done += n
                    if not n and not any(e.endswith(".jsonl") for e in os.listdir(spool_dir())):
                        break  # only other drainers' claims are left
            finally:
                store.close()
            return done
        except Exception:
            if time.monotonic() + delay > deadline:
                return done
            time.sleep(delay)
            delay = min(delay * 2, 1.0)
