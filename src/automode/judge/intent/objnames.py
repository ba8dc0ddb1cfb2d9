"""Whether an object the action names is one the user's words name (split from `judge.intent.match`): a name as a
whole part of a longer one (`exp/photometry` in `refs/heads/exp/photometry`), a version with or without its `v`, a
port as fuser spells it, a bucket named by its URL, or the stemmed describing words of a clause."""

from __future__ import annotations

import re
from functools import lru_cache

from automode import lazyre
from automode.judge.intent.places import name_tokens, weak_stems


def object_matches(obj: str, strong: frozenset[str], weak: frozenset[str]) -> bool:
    o = obj.lower().rstrip("/")
    if _other_version(o, strong):
        return False  # `@nordlab/forms@1.4.3` where the words give "1.4.2 of @nordlab/forms": another version
    for s2, ends, ports, part, host in _strong_forms(strong if isinstance(strong, frozenset) else frozenset(strong)):
        if s2 == o or o in ports:  # a port as fuser names it (`5432/tcp`)
            return True
        if ends and (o.endswith(ends) or (s2 in o and _after_scheme(s2, o))):
            return True
        if part and _bounded_in(s2, o):
            return True
        if host is not None and host == o:
            return True  # `--bucket pixelforge-uploads` is the bucket of the named s3://pixelforge-uploads
    return not weak_stems(weak).isdisjoint(name_tokens(o))


def _after_scheme(s2: str, o: str) -> bool:
    """`s2` is the whole host or bucket after a scheme or an `@` (`gs://old-logs/x`, `user@db-1:5432`), not the start
    of a longer one (`gs://old-logs-archive` is another bucket)."""
    for lead in ("//", "@"):
        at = o.find(lead + s2)
        while at >= 0:
            end = at + len(lead) + len(s2)
            if end == len(o) or o[end] in "/:?#":
                return True
            at = o.find(lead + s2, at + 1)
    return False


@lru_cache(maxsize=1024)
def _strong_forms(strong: frozenset[str]) -> tuple[tuple[str, tuple[str, ...], tuple[str, str], bool, str | None], ...]:
    """What `object_matches` compares of each of a clause's names, read once per clause: the name without its
    trailing slash; the endings that name it as the last part of a path or a `host:name` (three letters or more);
    the port forms; whether it may stand as a whole part of a longer name (four letters or more, not a number); the
    host of a URL (None: no URL)."""
    out = []
    for s in strong:
        s2 = s.rstrip("/")
        if not s2:
            continue
        ends = ("/" + s2, ":" + s2) if len(s2) >= 3 else ()
        host = s2.split("://", 1)[1].split("/", 1)[0] if "://" in s2 else None
        out.append((s2, ends, (f"{s2}/tcp", f"{s2}/udp"), len(s2) >= 4 and not s2.isdigit(), host))
    return tuple(out)


def fence_matches(obj: str, strong: frozenset[str], weak: frozenset[str]) -> bool:
    """`object_matches`, and for what the user left out also the numbered members of the name ("leave ap-south" fences
    `prod-ap-south-1`; "keep web" fences `web-2`): a fence errs on the side of what it keeps."""
    if object_matches(obj, strong, weak):
        return True
    o = obj.lower()
    return any(len(s) >= 4 and not s.isdigit() and re.search(rf"(?<![\w.]){re.escape(s.rstrip('/'))}-\d+(?![\w.-])", o)
               for s in strong)


def any_object_matches(objs: frozenset[str], strong: frozenset[str], weak: frozenset[str], *, fence: bool = False) -> bool:
    """`any(object_matches(o, strong, weak) for o in objs)` (`fence_matches` with `fence`): the names one by one, the
    describing words once against every token of the objects (read once per set of objects: a session's boundaries
    ask it of every action)."""
    if strong and any((fence_matches if fence else object_matches)(o, strong, frozenset()) for o in objs):
        return True
    return bool(weak) and not weak_stems(weak).isdisjoint(_tokens_of(objs))


@lru_cache(maxsize=256)
def _tokens_of(objs: frozenset[str]) -> frozenset[str]:
    """Every token of a set of names, as `object_matches` reads each."""
    return frozenset().union(*(name_tokens(o.lower().rstrip("/")) for o in objs))


def _bounded_in(name: str, obj: str) -> bool:
    """`name` is a whole part of `obj` (`exp/photometry` in `refs/heads/exp/photometry`, `acme-web` in
    `git@github.com:acme/acme-web.git`), not the start of a longer name (`exp/photometry-v2`, `api` in `apiary`).
    A version is the same with or without its `v` (`v1.8.0` is "1.8.0", `1.8.0` is "v1.8.0")."""
    if VERSION.match(name):
        bare = name[1:] if name[0] in "vV" else name
        return any(_bounded(form, obj) for form in (bare, "v" + bare, "V" + bare))
    return _bounded(name, obj)


#: A package pinned to its version (`@scope/name@1.4.3`, `name@2.0.1`, `name==1.2.0`): the name and the version.
_PINNED = lazyre.compile(r"^(.+?)(?:@|==)(v?\d+(?:\.\d+){1,3}(?:[-+][\w.]+)?)$")


def _other_version(obj: str, strong: frozenset[str]) -> bool:
    """`obj` is a package at a version, the words give a version (of it, in the same clause) and not this one."""
    if "@" not in obj and "==" not in obj:
        return False
    m = _PINNED.match(obj)
    if m is None:
        return False
    said = {version_key(x.lower()) for x in strong if VERSION.match(x)}
    said |= {version_key(p.group(2)) for x in strong if (p := _PINNED.match(x.lower())) is not None}
    return bool(said) and version_key(m.group(2)) not in said


#: A version number, as tags and releases spell it (`1.8.0`, `v1.8.0`, `v2.0.0-rc.1`).


VERSION = lazyre.compile(r"^[vV]?\d+(?:\.\d+){1,3}(?:[-+][\w.]+)?$")


def version_key(s: str) -> str:
    """A version without its `v` (`v1.8.0` and `1.8.0` are one version); any other value as it is."""
    return s[1:] if VERSION.match(s) and s[0] in "vV" else s


def _bounded(name: str, obj: str) -> bool:
    start = obj.find(name)
    while start >= 0:
        end = start + len(name)
        if (start == 0 or not _name_char(obj[start - 1])) and (end == len(obj) or not _name_char(obj[end])):
            return True
        start = obj.find(name, start + 1)
    return False


def _name_char(c: str) -> bool:
    return c.isalnum() or c in "-_"
