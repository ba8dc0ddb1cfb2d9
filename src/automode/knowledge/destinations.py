"""Where a copy or an upload lands, read from one word of a command or of a user's message (issue 10, session 10).

The judge compares the destination an action sends data to with the destinations the user named ("upload it to
s3://acme-builds", "copy the config to web1.acme.dev", "rclone remote is r2-fernhollow", "our backup box
backup-01.tern.internal"). One reader serves both sides, so a bucket written `s3://b/k`, `https://b.s3.amazonaws.com/k`
or `b` in the user's words is the same place.

A destination has a kind and a key: `storage` (a bucket, container or share of an object store, an rclone remote, a
MinIO alias), `host` (another machine: `user@host:path`, a URL's host, an address). Sources: the URI forms of the
storage CLIs (aws s3 `s3://`, gsutil/gcloud `gs://`, azcopy and az `https://ACCOUNT.blob.core.windows.net/CONTAINER`
and `abfss://`, `wasbs://`, rclone `REMOTE:PATH`, `mc cp` `ALIAS/BUCKET/...`, R2/B2/Spaces/OSS/COS endpoints), scp(1)
and rsync(1) `[user@]host:path`, `rsync://host/module`.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.dc import dataclass


@dataclass(frozen=True, slots=True)
class Dest:
    kind: str  # "storage" | "host"
    key: str  # `s3:acme-builds`, `rclone:dropbox`, `host:web1.acme.dev`
    names: tuple[str, ...]  # what a user would write for it: the bucket, the account, the remote, the host
    shown: str  # as written


#: Object-store URI schemes: the first segment after `//` is the bucket (container, share).
STORAGE_SCHEMES = frozenset({
    "s3", "s3a", "s3n", "gs", "gcs", "az", "azure", "abfs", "abfss", "wasb", "wasbs", "adl", "r2", "b2", "oci", "oss",
    "cos", "obs", "swift", "minio", "hdfs", "hf", "dbfs", "spaces", "storj", "sj", "wasabi", "tos", "ks3", "bos",
    "ss",  # Supabase Storage (`supabase storage cp f ss:///bucket/key`)
})  # fmt: skip
#: HTTPS endpoints of object stores: (pattern over host, where the bucket is: "host" = the first label, "path" = the
#: first path segment). Sources: the providers' virtual-host and path-style URL documentation.
STORAGE_HOSTS: tuple[tuple[str, str], ...] = (
    (r"^[\w.-]+\.s3[.-](?:[\w-]+\.)?amazonaws\.com(?:\.cn)?$", "host"),
    (r"^s3[.-](?:[\w-]+\.)?amazonaws\.com(?:\.cn)?$", "path"),
    (r"^storage\.(?:googleapis|cloud\.google)\.com$", "path"),
    (r"^[\w-]+\.storage\.googleapis\.com$", "host"),
    (r"^[\w-]+\.(?:blob|dfs|file|queue)\.core\.(?:windows\.net|chinacloudapi\.cn|usgovcloudapi\.net)$", "account"),
    (r"^[\w-]+\.r2\.cloudflarestorage\.com$", "path"),
    (r"^[\w-]+\.[\w-]+\.digitaloceanspaces\.com$", "host"),
    (r"^s3\.[\w-]+\.backblazeb2\.com$", "path"),
    (r"^[\w-]+\.oss-[\w-]+\.aliyuncs\.com$", "host"),
    (r"^[\w-]+\.cos\.[\w-]+\.myqcloud\.com$", "host"),
    (r"^s3\.(?:[\w-]+\.)?wasabisys\.com$", "path"),
    (r"^[\w-]+\.s3\.(?:[\w-]+\.)?wasabisys\.com$", "host"),
    (r"^objectstorage\.[\w-]+\.oraclecloud\.com$", "path"),
)  # fmt: skip
_STORAGE_HOSTS = tuple((lazyre.compile(p, re.I), where) for p, where in STORAGE_HOSTS)
#: Top-level names a bare host name in a message ends with (not `app.log`, `notes.md`): common generic and country
#: domains, and the private-network suffixes (RFC 6762 `.local`, `.internal`, `.lan`, `.corp`, `.home.arpa`).
TLDS = frozenset({
    "com", "net", "org", "io", "dev", "app", "co", "ai", "cloud", "tech", "sh", "me", "info", "biz", "xyz", "site",
    "online", "host", "run", "page", "link", "so", "gg", "to", "cc", "tv", "us", "uk", "de", "fr", "nl", "eu", "es",
    "it", "se", "no", "dk", "fi", "pl", "cz", "ch", "at", "be", "pt", "ie", "ca", "au", "nz", "jp", "kr", "cn", "in",
    "br", "mx", "ar", "ru", "ua", "tr", "za", "sg", "hk", "tw", "il", "gov", "edu", "mil", "int", "example", "test",
    "invalid", "local", "localdomain", "internal", "lan", "corp", "home", "arpa", "intranet", "private", "svc",
    "cluster", "onion", "space", "store", "tools", "systems", "network", "digital", "email", "pro", "name", "ly",
})  # fmt: skip
_URI = lazyre.compile(r"^([a-z][a-z0-9+.-]*)://([^/?#\s]*)(/[^?#\s]*)?", re.I)
_SCP = lazyre.compile(r"^(?:[\w.+-]+@)?(\[[0-9a-f:]+\]|[\w.-]+):(?!//)(.*)$", re.I)
_HOSTNAME = lazyre.compile(r"^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{1,62}$", re.I)
_IPV4 = lazyre.compile(r"^\d{1,3}(?:\.\d{1,3}){3}$")
_EDGE = "`'\"()[]{}<>,;!?"


def _bucket_of(host: str, path: str) -> tuple[str, str] | None:
    """(bucket, account) of an object-store HTTPS endpoint, else None."""
    seg = path.strip("/").split("/", 1)[0] if path else ""
    for rx, where in _STORAGE_HOSTS:
        if rx.match(host):
            first = host.split(".", 1)[0]
            if where == "host":
                return first, ""
            if where == "account":
                return seg, first
            return seg, ""
    return None


def host_dest(host: str, shown: str) -> Dest:
    h = host.lower().strip("[]")
    first = h.split(".", 1)[0] if not _IPV4.match(h) else h
    return Dest("host", f"host:{h}", tuple(dict.fromkeys((h, first))), shown)


#: restic/rustic repository specs (restic.readthedocs.io "Preparing a new repository"): `s3:HOST/BUCKET`,
#: `s3:https://HOST/BUCKET`, `b2:BUCKET:PATH`, `gs:BUCKET:/PATH`, `azure:CONTAINER:/PATH`, `swift:CONTAINER:/PATH`,
#: `sftp:USER@HOST:PATH`, `rest:URL`, `rclone:REMOTE:PATH`; a plain path is a repository on this machine.
_RESTIC = lazyre.compile(r"^(s3|b2|gs|azure|swift|sftp|rest|rclone):(.+)$")


def _restic(spec: str) -> str:
    """A restic repository spec as the URI or `remote:path` this module reads ("" for a local repository)."""
    m = _RESTIC.match(spec)
    if m is None:
        return ""
    kind, rest = m.group(1), m.group(2)
    if kind == "s3":
        return rest if "://" in rest else "https://" + rest
    if kind in ("b2", "gs", "swift"):
        return f"{kind}://{rest.split(':', 1)[0]}"
    if kind == "azure":
        return f"az://{rest.split(':', 1)[0]}"
    if kind == "sftp":
        return rest.removeprefix("//")
    return rest  # rest:URL, rclone:REMOTE:PATH


#: A destination whose store or host is a variable: a scheme other than `file:` with `$` in its host, or `$VAR:path`
#: (`s3://$BUCKET/`, `"$REMOTE:bk"`, `u@$HOST:/tmp`): picked at run time, and still off this machine.
PICKED_LATER = lazyre.compile(r"^(?!file:)[a-z][a-z0-9+.-]*://[^/]*\$|^\$\{?\w+\}?:|^[\w.-]*@\$", re.I)


def read(word: str, program: str = "") -> Dest | None:
    """The destination one word names (a command's destination argument, or a word of a message), else None."""
    if program in ("restic", "rustic"):
        word = _restic(word.strip(_EDGE))
    w = word.strip(_EDGE).rstrip(".:")
    if not w or w.startswith(("-", "$")) or "$(" in w or "${" in w:
        return None  # (a `$name` inside a URL path is Azure's `$web` container, not a variable)
    m = _URI.match(w)
    if m is not None:
        netloc = m.group(2)
        scheme, host, path = m.group(1).lower(), netloc.rsplit("@", 1)[-1].split(":", 1)[0].lower(), m.group(3) or ""
        if "$" in host:
            return None
        if scheme in STORAGE_SCHEMES:
            # `abfss://container@account.dfs.core.windows.net/path`, `wasbs://container@account...`: the container
            bucket = netloc.split("@", 1)[0] if "@" in netloc else host or path.strip("/").split("/", 1)[0]
            return Dest("storage", f"{scheme}:{bucket.lower()}", (bucket.lower(),), w) if bucket else None
        if scheme in ("http", "https"):
            got = _bucket_of(host, path)
            if got is not None:
                bucket, account = got
                names = tuple(n for n in (bucket.lower(), account) if n)
                return Dest("storage", f"store:{account or host}/{bucket.lower()}", names, w) if names else None
        if scheme in ("file",) or not host:
            return None
        return host_dest(host, w)
    m = _SCP.match(w)
    if m is not None and not re.match(r"^[a-z]:[\\/]", w, re.I):  # not a Windows drive
        host, rest = m.group(1), m.group(2)
        if "@" in w.split(":", 1)[0] or "." in host or _IPV4.match(host) or program in ("scp", "rsync", "sftp"):
            return host_dest(host, w)
        # `remote:path`: an rclone remote (its first path segment is the bucket on object-store remotes)
        seg = rest.strip("/").split("/", 1)[0].lower()
        return Dest("storage", f"rclone:{host.lower()}", tuple(n for n in (host.lower(), seg) if n), w)
    if program == "mc" and "/" in w and not w.startswith((".", "/", "~")):
        alias, _, rest = w.partition("/")
        seg = rest.strip("/").split("/", 1)[0].lower()
        return Dest("storage", f"mc:{alias.lower()}", tuple(n for n in (alias.lower(), seg) if n), w)
    return None


def named_in(text: str) -> list[Dest]:
    """The destinations a message spells: URIs, `user@host:path`, `remote:path`, host names with a known top-level
    name, IPv4 addresses."""
    out: list[Dest] = []
    for raw in text.split():
        w = raw.strip(_EDGE)
        if not w:
            continue
        d = read(w)
        if d is None and "@" in w and "." in w.rsplit("@", 1)[-1]:
            continue  # an e-mail address: the MCP values judge those
        if d is None:
            h = w.rstrip(".").lower()
            if _IPV4.match(h) or (_HOSTNAME.match(h) and h.rsplit(".", 1)[-1] in TLDS):
                d = host_dest(h, w)
        if d is not None:
            out.append(d)
    return out
