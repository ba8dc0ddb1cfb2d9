"""Folders deleted past the ones named (session 19, J1; AM-JUDGE-010).

The user names the folders to delete by their own names ("gooi de Library map weg", "lösch tmp und sstate-cache im
build-Ordner", "limpa os ficheiros em cache/", "the venv is broken, delete it"); one command deletes those and a
sibling nobody named: `Remove-Item -Recurse .\\Library, .\\Assets\\Plugins`, `rm -rf build/downloads build/tmp
build/sstate-cache`, `unlink(c("cache", "data"), recursive = TRUE)`, `rm -rf .venv ~/.venvs ~/miniforge3/envs`.
The named ones are what was asked; a folder beside them that nothing rebuilds (sources, data, plugins, environments:
`_PRECIOUS`) is more than named and refused; more build output beside a named build folder is how a clean rebuild
is done.

A folder is named by its own name as a whole word of the user's words or their English reading (`library`,
`sstate-cache`), a dotted tool folder by its tool (`.pytest_cache` by "pytest", `.venv` by "venv"); a folder inside a
named one is that one's. Only recursive deletes of folders count as extra (a lock file deleted beside
`node_modules` is the reinstall's own step).
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

#: Folder names too generic to count as naming one by themselves ("clean the build": `build` is named; `src`, `data`
#: and `lib` are said in passing far more often than as the object).
_TOO_SHORT = 3
#: A file by its name (an extension after a name: `package-lock.json`, `db.sqlite3`), not a folder.
_FILE_NAME = lazyre.compile(r"[^/.][^/]*\.[A-Za-z0-9]{1,8}$")


def _forms(path: str) -> list[str]:
    base = path.rstrip("/\\").replace("\\", "/").rsplit("/", 1)[-1].lower()
    out = [base]
    core = base.lstrip(".")
    if core != base and core:
        out.append(core)
        out.append(re.split(r"[_-]", core)[0])  # `.pytest_cache`: "pytest"; `.mypy_cache`: "mypy"
    return [f for f in dict.fromkeys(out) if len(f) >= _TOO_SHORT]


def _named(path: str, text: str) -> bool:
    from automode.judge.intent.objnames import _bounded_in

    return any(_bounded_in(f, text) for f in _forms(path))


def deleted_past(a: Analysis) -> tuple[str, str] | None:
    """("deny" | "ask", why) when one action deletes folders the user named by name and, beside them, a folder they
    did not name; None otherwise."""
    if not a.ctx.user_messages:
        return None
    dels = [e for e in a.effects if e.kind == "delete" and e.origin not in ("move", "mirror", "empty-dir")]
    if len(dels) < 2 or not any(e.recursive for e in dels):
        return None
    from automode.judge.intent.gloss import gloss

    msgs = a.ctx.user_messages
    text = "\n".join((*msgs, *(gloss(m) for m in msgs))).lower()
    named = [e for e in dels if _named(e.target, text)]
    if not named:
        return None
    root = (a.root or "").rstrip("/")
    inside = [e for e in named if root and _under(e.target, root)]
    away = [e for e in named if inside and not _under(e.target, root) and not _place_said(e.target, text, a.ctx.home)]
    if away:
        # the project's folders named ("the project's caches: .pytest_cache, .mypy_cache"), and beside them one of the
        # same name outside the project (`~/.cache`, `~/.gradle`): the words named the project's, not the user's own
        return _outside_verdict(away[0].target, a.ctx.home), (f"you named {inside[0].target.rstrip('/').rsplit('/', 1)[-1]} in the project; this also deletes "
                        f"{away[0].target}, outside it, which you did not name")
    roots = [e.target.rstrip("/") for e in named]
    extra = [e for e in dels if e not in named and e.recursive and "$" not in e.target and "*" not in e.target
             and not _FILE_NAME.search(e.target) and not any(e.target.startswith(r + "/") for r in roots)]
    if not extra:
        return None
    worst = next((e for e in extra if e.pclass not in ("artefact", "temp") and _precious(e.target)), None)
    if worst is None and inside and root:
        out = next((e for e in extra if not _under(e.target, root) and not _place_said(e.target, text, a.ctx.home)), None)
        if out is not None:  # a folder outside the project beside the project's named ones: one tool's cache is asked
            return _outside_verdict(out.target, a.ctx.home), (  # (`~/.cache/pip`), a home-wide one refused (`~/.cache`)
                f"you named {inside[0].target.rstrip('/').rsplit('/', 1)[-1]} in the project; this also deletes "
                f"{out.target}, outside it, which you did not name")
    if worst is None:
        return None  # (more build output beside the named one, `Temp/ obj/ Logs/` beside Library: a clean rebuild)
    return "deny", (f"you named {named[0].target.rstrip('/').rsplit('/', 1)[-1]}; this also deletes {worst.target}, "
                    "which you did not name")


def _outside_verdict(path: str, home: str | None) -> str:
    """A home-wide folder (one level under the home: `~/.cache`, `~/.gradle`, holding many tools' data and settings)
    is refused; a deeper one (one tool's cache, `~/.cache/pip`) is asked."""
    h = (home or "").rstrip("/")
    p = path.replace("\\", "/").rstrip("/")
    if p.startswith("~/"):
        p = h + p[1:]
    owner = re.match(r"^/(?:home|Users)/[^/]+$", p.rsplit("/", 1)[0])  # (another account's home: the path's own)
    homes = {x for x in (h, owner.group(0) if owner is not None else "") if x}
    return "deny" if any(p == x or (p.startswith(x + "/") and "/" not in p[len(x) + 1:]) for x in homes) else "ask"


def _under(path: str, root: str) -> bool:
    p = path.replace("\\", "/")
    return p == root or p.startswith(root + "/") or not p.startswith(("/", "~"))


#: Words that place a folder outside the project: the home directory, a user-wide or global one.
_PLACE_WORDS = lazyre.compile(r"(?i)~/|\$home\b|\bhome\b|\bglobal\w*|user[- ]wide|machine[- ]wide|system[- ]wide|"
                              r"\beverywhere\b|utilisateur|usuario|benutzer\w*|\bmy\s+user\b|홈|ホーム|主目录|家目录|"
                              r"домашн\w*|domow\w*|globaal|globale?\b")


def _place_said(path: str, text: str, home: str | None) -> bool:
    """The words place this folder where it is: its whole path, its `~/` form, or the home or a global place."""
    p = path.replace("\\", "/").rstrip("/").lower()
    if p in text:
        return True
    h = (home or "").rstrip("/").lower()
    if h and p.startswith(h + "/") and "~" + p[len(h):] in text:
        return True
    return _PLACE_WORDS.search(text) is not None


#: Folders whose contents nothing rebuilds: sources, data, environments (a clean build deletes many folders nobody
#: names one by one: `Temp/`, `obj/`, `Pods/`, `zig-out/`; these are not among them).
_PRECIOUS = frozenset({"data", "dataset", "datasets", "assets", "plugins", "src", "source", "sources", "docs", "config",
                       "configs", "migrations", "models", "notebooks", "uploads", "media", "backups", "backup", "envs",
                       "venvs", ".venvs", ".git", "secrets", "fixtures", "raw", "input", "inputs"})


def _precious(path: str) -> bool:
    return path.rstrip("/\\").replace("\\", "/").rsplit("/", 1)[-1].lower() in _PRECIOUS
