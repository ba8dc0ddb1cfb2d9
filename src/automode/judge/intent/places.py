"""Places and names in the user's words against an action's paths (split from `judge.intent.match`): the stemmed
tokens of a name, whether a path is one the request names (by path, base name, glob, role, mounted drive, file
kind), whether a named part lies strictly inside what an action reaches (`named_within`), and `under`."""

from __future__ import annotations

import os
import posixpath
from functools import lru_cache

from automode import lazyre
from automode.judge.intent.lexicon import FILE_KINDS, PATH_ROLES
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

_SPLIT = lazyre.compile(r"[^a-z0-9]+")


def stem(w: str) -> str:
    return w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w


@lru_cache(maxsize=1024)
def clause_stems(text: str) -> frozenset[str]:
    """The stems of a clause's words, and of the parts of its hyphenated ones ("pull-request": pull, request)."""
    words = {stem(w) for w in _WORDS.findall(text)}
    return frozenset(words | {stem(p) for w in _HYPHENATED.findall(text) for p in w.split("-") if len(p) >= 3})


_WORDS = lazyre.compile(r"[a-z][a-z-]+")
_HYPHENATED = lazyre.compile(r"[a-z]+-[a-z-]+")


@lru_cache(maxsize=1024)
def stems(words: frozenset[str]) -> frozenset[str]:
    """The stems of a clause's words (read once per clause)."""
    return frozenset(stem(w) for w in words)


@lru_cache(maxsize=4096)
def name_tokens(obj: str) -> frozenset[str]:
    """The stemmed words of a name (`src/Migrations/0001_init.py` -> migration, 0001, init, py, src); cached: the
    judge asks for the same names of every action against every clause."""
    low = obj.lower()
    toks = [t for t in _SPLIT.split(low + " " + WINDOWS_SERVICES.get(low, "")) if t]
    return frozenset(stem(t) for t in toks + [x for t in toks for x in ABBREVIATIONS.get(t, ())])


#: Parts of names that abbreviate what people call the thing ("that throwaway postgres" names `tracker-pg`).
ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "pg": ("postgres", "postgresql"), "psql": ("postgres",), "mongo": ("mongodb",), "es": ("elasticsearch",),
    "os": ("opensearch",), "k8s": ("kubernetes",), "mq": ("rabbitmq", "queue"), "rmq": ("rabbitmq",),
    "kc": ("keycloak",), "ch": ("clickhouse",), "mssql": ("sqlserver",), "ddb": ("dynamodb",),
}


#: Windows service names and what people call them (learn.microsoft.com, the services' display names): "restart IIS"
#: names `Restart-Service W3SVC`.
WINDOWS_SERVICES = {
    "w3svc": "iis web server", "was": "iis", "iisadmin": "iis", "mssqlserver": "sql server mssql", "sqlserveragent": "sql agent",
    "spooler": "print spooler printing", "wuauserv": "windows update", "bits": "background transfer",
    "windefend": "defender antivirus", "mpssvc": "firewall", "winrm": "winrm remoting", "termservice": "remote desktop rdp",
    "dnscache": "dns cache client", "lanmanserver": "file sharing smb server", "lanmanworkstation": "smb client",
    "eventlog": "event log", "schedule": "task scheduler", "w32time": "time sync clock", "wsearch": "windows search indexer",
    "com.docker.service": "docker desktop", "sshd": "openssh ssh server", "audiosrv": "audio sound", "rabbitmq": "rabbit",
}  # fmt: skip


@lru_cache(maxsize=1024)
def weak_stems(weak: frozenset[str]) -> frozenset[str]:
    """The stems of a clause's describing words long enough to name something (three letters or more)."""
    return frozenset(stem(w) for w in weak if len(w) >= 3)


def path_matches(path: str, strong: frozenset[str], weak: frozenset[str], root: str, home: str) -> bool:
    p = path.rstrip("/").lower()
    if p.startswith("~/") and home:
        p = home.lower().rstrip("/") + p[1:]  # (`gh repo deploy-key add ~/keys/x.pub`: the path as the user says it)
    rel = posixpath.relpath(p, root.lower()) if p.startswith(root.lower().rstrip("/") + "/") else p
    base = posixpath.basename(p)
    inside: bool | None = None  # (read when a glob or a suffix needs it)
    for s2 in _said_paths(strong if isinstance(strong, frozenset) else frozenset(strong), root, home):
        if s2 in (p, rel, base) or p.endswith("/" + s2) or (s2.startswith("/") and p.startswith(s2 + "/")):
            return True
        star = "*" in s2
        dot = s2.startswith(".") and "/" not in s2 and len(s2) > 2 and base.endswith(s2)
        if not star and not dot:
            continue
        # "the *.orig files" names them where the work is (the project, a place the request names: "in ~/Downloads"),
        # not on the whole disk (`find / -name '*.orig'`)
        if inside is None:
            inside = rel != p or any(_places(x, p, home) for x in strong)
        if star and _glob(s2, base) and (inside or "/" in s2):
            return True
        if dot and inside:
            return True  # "the *.txt files" reaches the tokens as `.txt`
    if rel != p and _role_named(rel, strong | weak):
        return True
    if _MOUNTED.match(p) and not weak_stems(weak).isdisjoint(DRIVE_WORDS):
        return True  # "the external drive": a mounted volume (`/Volumes/Backup/…`, `/media/me/usb/…`)
    tail = name_tokens("/".join(rel.split("/")[-2:]))
    if not weak_stems(weak).isdisjoint(tail):
        return True
    ext = base.rsplit(".", 1)[-1].strip("*") if "*" in base and "." in base else ""  # "the old installers": `*.dmg`
    return bool(ext) and any(ext in FILE_KINDS.get(w, ()) for w in weak_stems(weak))


@lru_cache(maxsize=1024)
def _said_paths(strong: frozenset[str], root: str, home: str) -> tuple[str, ...]:
    """A clause's names as `path_matches` compares them (lower case, `~` and `../` resolved, no `./`, no trailing
    slash), read once per clause and project."""
    out = []
    for s in strong:
        s2 = s.strip().rstrip("/").lower()
        if s2.startswith("~"):
            s2 = home.lower() + s2[1:]
        if s2.startswith("../"):  # relative to the project, as the agent's command resolves it
            s2 = posixpath.normpath(posixpath.join(root.lower(), s2))
        s2 = s2.removeprefix("./")
        if s2:
            out.append(s2)
    return tuple(out)


def _places(word: str, path: str, home: str) -> bool:
    """`word` is a directory the user named that holds `path` ("~/Downloads" for `/home/me/Downloads/x.dmg`)."""
    w = word.strip().rstrip("/").lower()
    if w.startswith("~"):
        w = home.lower() + w[1:]
    return w.startswith("/") and len(w) > 1 and path.startswith(w + "/")


#: Where removable and external volumes are mounted (macOS, Linux desktops, hand-made mounts), and the words users
#: name them by.
_MOUNTED = lazyre.compile(r"^/(?:volumes|media|run/media|mnt)/[^/]+")
DRIVE_WORDS = frozenset({"drive", "disk", "usb", "ssd", "hdd", "stick", "volume", "thumbdrive", "nas"})


def _role_named(rel: str, words: frozenset[str]) -> bool:
    """A project file named by its role (`PATH_ROLES`): "the CI" for `.github/workflows/ci.yml`."""
    import fnmatch

    return any(fnmatch.fnmatchcase(rel, pat) for pat in _role_patterns(words if isinstance(words, frozenset) else frozenset(words)))


@lru_cache(maxsize=1024)
def _role_patterns(words: frozenset[str]) -> tuple[str, ...]:
    """The `PATH_ROLES` patterns a clause's words name by role (read once per clause)."""
    said = {w.strip().lower() for w in words}
    return tuple(pat for pat, roles in PATH_ROLES if said & roles)


def _glob(pattern: str, name: str) -> bool:
    import fnmatch

    return fnmatch.fnmatch(name, posixpath.basename(pattern))


def _location(v: str, root: str) -> str:
    """A storage URL or a path, as a comparable location: `s3://bucket/key`, or an absolute path under `root`."""
    v = v.strip().strip("'\"")
    if "://" in v:
        return v.lower()
    if v.startswith("/"):
        return posixpath.normpath(v)
    return posixpath.normpath(posixpath.join(root or "/", v.removeprefix("./")))


def named_within(obj: str, strong: frozenset[str], text: str, root: str) -> str | None:
    """A value the request names that lies strictly inside the action's object: the action reaches all of `obj`
    where the user named one part (`var/logs/2023` inside `var/logs`; the `thumbnails/` prefix of the bucket
    `wavelet-audio` inside `s3://wavelet-audio/`; `s3://b/raw/2022/` inside `s3://b/raw/`). None when it is not.
    `strong`, `text`: a request's names and its clause's text (`match.Said`)."""
    if "/" not in obj and "://" not in obj:
        return None
    here = _location(obj, root).rstrip("/")
    if not here or here.endswith(":/"):
        return None
    for s in strong:
        if "://" in s or "/" in s or f"{s}/" in text:
            cands = [_location(s, root).rstrip("/")]
            if "://" in here and "://" not in s:
                # a prefix named next to its bucket: "the thumbnails/ prefix in the wavelet-audio bucket"
                bucket = here.split("://", 1)[1].split("/", 1)[0]
                if any(b.split("://", 1)[-1].rstrip("/") == bucket for b in strong):  # "in s3://b", "in the b bucket"
                    cands.append(here.split("://", 1)[0] + "://" + bucket + "/" + s.strip("/"))
            low = here.lower()  # the request's words are lower-cased: `/Users/ana/…`, `C:\Users\…` as the user wrote them
            for c in cands:
                if c.lower() != low and c.lower().startswith(low + "/"):
                    return s
            if _extends_tail(obj, s):
                return s
    return None


def _extends_tail(obj: str, named: str) -> bool:
    """A relative path the user named that continues the tail of the action's path: `tmp/2025-02/` below
    `local/faktury-dev/tmp/`, `build/cache` below `build` (the named part lies inside what the action reaches)."""
    if named.startswith(("/", "~", "$", ".")) or "://" in named:
        return False
    o = [p for p in obj.lower().split("://", 1)[-1].split("/") if p]
    n = [p for p in named.lower().split("/") if p]
    return any(o[-k:] == n[:k] for k in range(min(len(o), len(n) - 1), 0, -1))



def under(path: str, scope: str, root: str, home: str) -> bool:
    s = scope
    if s.startswith("~"):
        s = home + s[1:]
    if not s.startswith("/"):
        s = os.path.normpath(os.path.join(root, s))
    s = s.rstrip("/")
    return path == s or path.startswith(s + "/")


_HOME_SAID = lazyre.compile(r"(?i)\bhome\s+(?:dir\w*|folder|tree)\b|(?:^|\s)~/?(?:\s|$)|\$HOME\b|%USERPROFILE%|\buser\s+profile\b")
_FIND_NAME = frozenset({"-name", "-iname", "-path", "-ipath", "-wholename", "-regex"})


def filtered_paths(path: str, a: Analysis) -> list[str]:
    """A tree filtered at run time (`find . -name '*.orig' -delete` reaches `**/(matching)`) is named by its filter:
    one path per name pattern of the action's find commands."""
    if not path.endswith("(matching)"):
        return [path]
    head = path[: -len("(matching)")]
    # a pattern negated or pruned (`-path ./target -prune`) names what is left alone, not what is deleted
    pats = [cmd.args[i + 1] for cmd in a.commands if cmd.name == "find"
            for i, x in enumerate(cmd.args[:-1]) if x in _FIND_NAME and (i == 0 or cmd.args[i - 1] not in ("-not", "!"))
            and cmd.args[i + 2: i + 3] != ["-prune"]]  # fmt: skip
    picked = [head + p for p in pats] or [path]
    base = head.removesuffix("/").removesuffix("/**") or "/"
    home_said = base == a.ctx.home.rstrip("/") and lazyre.any_searched(_HOME_SAID, a.ctx.user_messages)
    if a.root and not (base == a.root.rstrip("/") or base.startswith(a.root.rstrip("/") + "/")) and not home_said:
        # rooted outside the project (the whole home, `/`): "clean all the bin and obj folders" names the folders of
        # the project, so the tree searched must be named too (c2-0021: `Get-ChildItem $env:USERPROFILE -Recurse …`)
        picked.append(base)
    return picked
