"""System configuration files a user changes by dictating lines: which files, what users call them, how to read them.

A write to a system location is never released by a request in general (`judge.intent.releases.UNRELEASABLE_CLASSES`):
the user rarely knows what the agent puts there. These files are the exception the judge reads line by line
(`judge.intent.sysfiles`): each line added is a short record whose values (a host name, a user, a command, a path,
an address) the user's words can name, so "map api.kestrel.local to 127.0.0.1 in /etc/hosts" asks for exactly
`127.0.0.1 api.kestrel.local` appended, and "let deploy restart shop without a password" for one sudoers rule for
that command. A line whose values the user did not give, a sudoers rule for `ALL` commands, a `trust` row in pg_hba
or anything the reader cannot read keeps the deny.

A row: (path pattern, words one of which names the file's kind, reader). Readers: `sudoers` (sudoers(5): `Defaults`
lines and `user host=(runas) [tag:] commands`), `hosts` (hosts(5): address and names), `logrotate` (logrotate(8):
the paths a stanza rotates), `pg_hba` (pg_hba.conf: type, database, user, address, method), `copy` (a file copied
in whole from a file the user named), `selinux` (selinux_config(5): `SELINUX=` mode).
"""

from __future__ import annotations

import re

from automode import lazyre

Row = tuple[str, tuple[str, ...], str]
#: Words that name a package source (the gloss reads "dépôt", "repositorio", "Paketquelle" into some of them).
REPO_WORDS = ("apt", "repo", "repos", "repository", "repositories", "repositorio", "repositório", "repositorium",
              "dépôt", "depot", "depo", "deposu", "paketquelle", "paketquellen", "source", "sources", "ppa", "yum", "dnf",
              "zypper", "rpm", "deb", "feed", "リポジトリ", "저장소", "源", "仓库", "репозиторий", "репозиторій")
#: Words that name a signing key.
KEY_WORDS = ("key", "keys", "keyring", "gpg", "signing", "signed-by", "clé", "clave", "chave", "schlüssel", "ключ", "鍵", "키")

ROWS: tuple[Row, ...] = (
    (r"^/(?:private/)?etc/sudoers\.d/[\w.-]+$", ("sudoers", "sudo", "nopasswd", "passwordless", "password", "prompt", "prompting",
                                                 "prompts", "timeout", "visudo"), "sudoers"),
    (r"^/(?:private/)?etc/hosts$|^/Windows/System32/drivers/etc/hosts$", ("hosts", "/etc/hosts", "map", "maps", "mapping", "resolve", "resolves", "point", "points", "alias"),
     "hosts"),
    (r"^/etc/logrotate\.d/[\w.-]+$", ("logrotate", "rotate", "rotation", "rotated", "rotating"), "logrotate"),
    (r"/pg_hba\.conf$", ("pg_hba", "postgres", "postgresql", "connect", "connection", "connections", "access", "login"), "pg_hba"),
    (r"^/etc/docker/certs\.d/[^/]+/[\w.-]+\.(?:crt|cert|pem)$", ("ca", "cert", "certificate", "x509", "docker", "registry"), "copy"),
    (r"^/etc/containerd/certs\.d/[^/]+/[\w.-]+\.(?:crt|pem)$", ("ca", "cert", "certificate", "x509", "containerd", "registry"), "copy"),
    (r"^/usr/local/share/ca-certificates/[\w./-]+\.crt$|^/etc/pki/ca-trust/source/anchors/[\w.-]+$",
     ("ca", "cert", "certificate", "root", "trust", "proxy", "x509"), "copy"),
    (r"^/etc/wireguard/[\w.-]+\.conf$", ("vpn", "wireguard", "wg", "tunnel"), "copy"),
    (r"^/etc/selinux/config$", ("selinux",), "selinux"),
    # a vendor's package repository and its signing key, added as the vendor documents it (session 16, G1); a key in
    # the global `trusted.gpg.d` trusts it for every source and is not here
    (r"^/etc/apt/sources\.list\.d/[\w.-]+\.(?:list|sources)$", REPO_WORDS, "aptsource"),
    (r"^/etc/apt/keyrings/[\w.-]+\.(?:gpg|asc)$|^/usr/share/keyrings/[\w.-]+\.(?:gpg|asc)$|^/etc/pki/rpm-gpg/[\w.-]+$",
     REPO_WORDS + KEY_WORDS, "keyring"),
    (r"^/etc/yum\.repos\.d/[\w.-]+\.repo$|^/etc/zypp/repos\.d/[\w.-]+\.repo$", REPO_WORDS, "yumrepo"),
    (r"^/etc/nix/nix\.conf$", ("nix", "substituter", "substituters", "cache", "cachix", "binary"), "nix"),
)  # fmt: skip
_COMPILED = tuple((lazyre.compile(p), words, reader) for p, words, reader in ROWS)


def kind_of(path: str) -> tuple[tuple[str, ...], str] | None:
    """(the words naming the file's kind, its reader) when `path` is one of these files, else None."""
    for pat, words, reader in _COMPILED:
        if pat.search(path):
            return words, reader
    return None


#: Commands of a sudoers rule that grant everything, or a shell, whatever the words.
_SUDO_ANY = lazyre.compile(r"^(?:ALL|/(?:usr/)?bin/(?:ba|z|da|k|c|tc|fi)?sh|/(?:usr/)?bin/su|\S*/(?:sudo|su|env|bash|sh))$")
_SUDO_RULE = lazyre.compile(r"^(?P<who>[%+\w.-]+)\s+[\w.,-]+\s*=\s*(?:\([^)]*\)\s*)?(?:(?:NOPASSWD|PASSWD|SETENV|NOEXEC):\s*)*(?P<cmds>.+)$")
_DEFAULTS = lazyre.compile(r"^Defaults(?::(?P<who>[%\w.-]+))?\s+(?P<opts>.+)$")


def values(reader: str, text: str) -> list[str] | None:
    """The values of the lines `text` adds that the user's words must name; None when a line is one no words release
    (a sudoers rule for every command, a pg_hba `trust` row are asked separately) or cannot be read."""
    out: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        got = _READERS[reader](line)
        if got is None:
            return None
        out += got
    return out


def _sudoers(line: str) -> list[str] | None:
    d = _DEFAULTS.match(line)
    if d is not None:
        opts = d.group("opts")
        if re.search(r"!authenticate|!requiretty|env_keep|secure_path|!env_reset|targetpw|rootpw|\blecture\b", opts):
            return None
        return [x for x in (d.group("who"), *re.findall(r"=\s*(\d+)", opts)) if x]
    m = _SUDO_RULE.match(line)
    if m is None:
        return None
    out = [m.group("who").lstrip("%+")]
    for cmd in m.group("cmds").split(","):
        words = cmd.split()
        if not words or _SUDO_ANY.match(words[0]) or any("*" in w for w in words):
            return None
        operands = [w for w in words[1:] if not w.startswith("-")]
        # the program or its verb ("restart clickhouse-server" names `systemctl restart clickhouse-server`: values
        # joined by `|` are named by any one of them), and the unit or file it is for
        out.append("|".join([words[0].rsplit("/", 1)[-1], *operands[:1]]))
        out += operands[-1:] if len(operands) > 1 else []
    return out


def _hosts(line: str) -> list[str] | None:
    parts = line.split("#", 1)[0].split()
    if len(parts) < 2:
        return None
    addr = parts[0]
    local = addr.startswith(("127.", "::1", "0.0.0.0", "fe80")) or addr in ("::1",)
    return ([] if local else [addr]) + parts[1:]


def _logrotate(line: str) -> list[str] | None:
    if line.startswith(("/", '"/')):
        return [p.strip('"').split("*", 1)[0].rstrip("/") for p in line.rstrip("{").split()]
    if re.match(r"^(?:postrotate|prerotate|firstaction|lastaction|preremove)\b", line):
        return None  # scripts run as root at every rotation
    return []


def _pg_hba(line: str) -> list[str] | None:
    parts = line.split("#", 1)[0].split()
    if len(parts) < 4:
        return None
    method = parts[4] if parts[0].startswith("host") and len(parts) > 4 else parts[3]
    if method.lower() in ("trust", "password"):
        return None
    out = [p for p in parts[1:3] if p.lower() not in ("all", "sameuser", "samerole", "replication")]
    if parts[0].startswith("host") and not re.match(r"^(?:127\.|::1|localhost|samehost|samenet)", parts[3]):
        out.append(parts[3])
    return out


def _selinux(line: str) -> list[str] | None:
    m = re.match(r"^SELINUX=(\w+)$", line)
    return [m.group(1).lower()] if m is not None else ([] if line.startswith("SELINUXTYPE=") else None)


def _copy(line: str) -> list[str] | None:
    return []


#: Host labels that name no vendor (`download.docker.com`: docker).
_GENERIC_LABELS = frozenset({"www", "packages", "package", "pkgs", "pkg", "download", "downloads", "dl", "apt", "yum", "rpm",
                             "deb", "repo", "repos", "repository", "mirror", "mirrors", "cdn", "static", "keys", "keyserver",
                             "get", "api", "com", "net", "org", "io", "dev", "co", "uk", "de", "cloud", "linux", "releases",
                             "release", "stable", "updates", "archive", "ppa", "launchpadcontent", "content"})
_URL = lazyre.compile(r"(?i)\b(?:https?|ftp)://([^/\s'\"\]]+)")


def vendor(url: str) -> str:
    """The labels of a URL's host that name its owner, any one of which names it (`apt.grafana.com`: grafana)."""
    m = _URL.search(url)
    host = (m.group(1) if m else url).split(":", 1)[0].lower()
    labels = [x for x in host.split(".") if len(x) >= 3 and x not in _GENERIC_LABELS]
    return "|".join(labels) or host


_APT_NEVER = lazyre.compile(r"(?i)\b(?:trusted|allow-insecure|allow-weak|allow-downgrade-to-insecure)\s*[=:]\s*yes\b|"
                            r"\bcheck-valid-until\s*[=:]\s*no\b")


def _aptsource(line: str) -> list[str] | None:
    if _APT_NEVER.search(line):
        return None  # a source trusted as it is, or its checks off: a trust decision of its own (`intent.trusted`)
    m = re.match(r"^deb(?:-src)?\s+(?:\[[^\]]*\]\s+)?(\S+)", line)
    if m is not None:
        return [vendor(m.group(1))]
    k, _, v = line.partition(":")
    key = k.strip().lower()
    if key == "uris":
        return [vendor(u) for u in v.split()]
    if key in ("types", "suites", "components", "signed-by", "architectures", "enabled", "x-repolib-name", "languages"):
        return []
    return None


def _yumrepo(line: str) -> list[str] | None:
    if line.startswith("["):
        return []
    k, _, v = line.partition("=")
    key, val = k.strip().lower(), v.strip().lower()
    if key in ("gpgcheck", "repo_gpgcheck", "sslverify", "pkg_gpgcheck"):
        return [] if val in ("1", "true", "yes", "on") else None
    if key in ("baseurl", "mirrorlist", "metalink", "gpgkey"):
        return [vendor(u) for u in v.split()] or None
    if key in ("name", "enabled", "type", "autorefresh", "priority", "metadata_expire", "skip_if_unavailable",
               "module_hotfixes", "countme", "keepcache", "path"):
        return []
    return None


#: nix.conf settings that only add a cache or its key, and settings that change nothing of what is trusted.
_NIX_CACHES = frozenset({"substituters", "extra-substituters", "trusted-substituters", "extra-trusted-substituters"})
_NIX_KEYS = frozenset({"trusted-public-keys", "extra-trusted-public-keys"})
_NIX_NEUTRAL = frozenset({"experimental-features", "extra-experimental-features", "max-jobs", "cores", "keep-outputs",
                          "keep-derivations", "auto-optimise-store", "connect-timeout", "download-attempts"})


#: Values a reader's file holds by default, which a line that adds to them must repeat (nix.conf's `substituters` and
#: `trusted-public-keys` replace the default list: the NixOS cache and its key are written again beside the new one).
DEFAULTS: dict[str, frozenset[str]] = {
    "nix": frozenset({"https://cache.nixos.org", "cache.nixos.org-1",
                      "cache.nixos.org-1:6nchdd59x431o0gwypbmraurkbj16zpmqfgspcdshjy="}),
}


def key_of_named(value: str, named: str) -> bool:
    """A signing key written as `NAME-N:KEY` whose name is the cache named (`acme-nix.cachix.org-1:…` for "the
    acme-nix.cachix.org cache with its key")."""
    name = value.split(":", 1)[0].lower()
    return bool(named) and (name == named or name.rsplit("-", 1)[0] == named)


def _nix(line: str) -> list[str] | None:
    k, _, v = line.partition("=")
    key = k.strip().lower()
    if key in _NIX_CACHES:
        return [u.split("?", 1)[0].rstrip("/") for u in v.split()]
    if key in _NIX_KEYS:
        return [x for kv in v.split() for x in (kv.split(":", 1)[0], kv)]  # the key's name and the key itself
    return [] if key in _NIX_NEUTRAL else None


_READERS = {"sudoers": _sudoers, "hosts": _hosts, "logrotate": _logrotate, "pg_hba": _pg_hba, "selinux": _selinux,
            "copy": _copy, "aptsource": _aptsource, "yumrepo": _yumrepo, "nix": _nix, "keyring": _copy}
