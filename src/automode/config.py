"""Configuration (SPEC §7): TOML scopes merged managed -> user -> project, with origins for `config show`.

Scopes
    managed   /etc/automode/config.toml                       the organisation's policy
    user      $AUTOMODE_CONFIG, else $XDG_CONFIG_HOME/automode/config.toml, else ~/.config/automode/config.toml
    env       AUTOMODE_ALLOW / AUTOMODE_ASK / AUTOMODE_DENY: one rule per line (user scope)
    project   <project root>/.automode.toml, the root being the nearest directory upwards from cwd holding
              `.git` or `.automode.toml`

Merging: rule lists and trust lists are unions (deny > ask > allow is the engine's job, so nobody can override a
deny). `judge`, `sandbox` and `audit` tables merge key by key, managed winning over user.

A project file may only tighten: its `deny`/`ask` rules and boundaries count; its `allow` rules, trust additions
and judge/sandbox/audit settings are ignored and reported (a cloned repository must not loosen the policy, nor
point the judge at its own server).

Failing safe: problems never raise. A file that is not valid TOML contributes nothing except the deny/ask rules
that can still be salvaged from it textually (tightening only), and an entry in `errors`; a bad rule is skipped
with an entry in `errors` while the rest of its file still counts. A broken managed file is treated the same way
(the other files still load); the engine reports a non-empty `errors` as a warning.

Only `load_config` does I/O; `Config` is immutable and meant to be parsed once and cached.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from types import MappingProxyType

from automode import lazyre
from automode.dc import dataclass, field
from automode.permissions import PermissionRule, fix_tool_case, parse_rule
from automode.typing_lite import Any

RULE_KINDS = ("allow", "ask", "deny")
TRUST_KEYS = ("domains", "hosts", "repos", "buckets", "registries", "clusters")
TABLE_KEYS = ("judge", "sandbox", "audit")
TOP_KEYS = frozenset({"permissions", "trust", "boundaries", *TABLE_KEYS})
PROJECT_FILE = ".automode.toml"
MANAGED_PATH = "/etc/automode/config.toml"
IGNORED_NOTE = "a project file may only tighten"

_EMPTY: Mapping[str, Any] = MappingProxyType({})


@dataclass(frozen=True)
class Config:
    allow: tuple[PermissionRule, ...] = ()
    ask: tuple[PermissionRule, ...] = ()
    deny: tuple[PermissionRule, ...] = ()
    trusted_domains: tuple[str, ...] = ()
    trusted_hosts: tuple[str, ...] = ()
    trusted_repos: tuple[str, ...] = ()
    trusted_buckets: tuple[str, ...] = ()
    trusted_registries: tuple[str, ...] = ()
    trusted_clusters: tuple[str, ...] = ()
    judge: Mapping[str, Any] = field(default_factory=lambda: _EMPTY)
    sandbox: Mapping[str, Any] = field(default_factory=lambda: _EMPTY)
    audit: Mapping[str, Any] = field(default_factory=lambda: _EMPTY)
    boundaries: tuple[str, ...] = ()
    #: (effective line, where it came from), e.g. ("deny Read(./.env)", "/home/me/.config/automode/config.toml").
    origins: tuple[tuple[str, str], ...] = ()
    #: Lines a project file tried to add but may not (loosenings), as (line, file).
    ignored: tuple[tuple[str, str], ...] = ()
    #: Problems found while loading (bad TOML, bad rule, unknown key): reported, never fatal.
    errors: tuple[str, ...] = ()
    #: (scope, path, status) for every file considered: status is "loaded", "not found", "invalid", "unreadable".
    files: tuple[tuple[str, str, str], ...] = ()
    project_root: str | None = None

    def is_trusted_domain(self, host: str) -> bool:
        """Is `host` one of the trusted domains? An entry `example.com` covers the host and its subdomains;
        `*.example.com` covers subdomains only. Case-insensitive; a port or trailing dot is ignored."""
        h = _bare_host(host)
        if not h:
            return False
        for d in self.trusted_domains:
            d = d.lower().rstrip(".")
            if d == "*":
                return True
            if d.startswith("*."):
                if h.endswith(d[1:]):
                    return True
            elif h == d or h.endswith("." + d):
                return True
        return False


    def is_trusted_host(self, host: str) -> bool:
        """A trusted domain or an exact trusted host (`[trust] hosts`)."""
        h = _bare_host(host)
        return bool(h) and (h in {x.lower().rstrip(".") for x in self.trusted_hosts} or self.is_trusted_domain(h))

    def is_trusted_repo(self, url: str) -> bool:
        """Is this git URL one of `[trust] repos` (`acme/app`, `github.com/acme/app` or a full clone URL)?"""
        import fnmatch

        r = repo_key(url)
        if not r:
            return False
        bare = r.split("/", 1)[1] if r.count("/") >= 2 else r  # without the host: `myorg/app`
        for t in self.trusted_repos:
            k = repo_key(t)
            if r == k or r.endswith("/" + k) or ("*" in k and (fnmatch.fnmatchcase(r, k) or fnmatch.fnmatchcase(bare, k))):
                return True
        return False


def repo_key(url: str) -> str:
    """`git@github.com:acme/app.git`, `https://github.com/acme/app`, `ssh://git@github.com/acme/app.git` ->
    `github.com/acme/app`; `acme/app` stays `acme/app`. Lower case, no `.git`, no credentials or port."""
    u = url.strip().lower().removesuffix("/").removesuffix(".git")
    if "://" in u:
        u = u.split("://", 1)[1]
        host, _, path = u.partition("/")
        host = host.rsplit("@", 1)[-1].split(":", 1)[0]
        return f"{host}/{path}".strip("/")
    if "@" in u and ":" in u.split("/", 1)[0]:  # scp-like user@host:owner/name
        host, _, path = u.rsplit("@", 1)[-1].partition(":")
        return f"{host}/{path.lstrip('/')}"
    return u.strip("/")


def _bare_host(host: str) -> str:
    h = host.strip().lower()
    if "://" in h:
        h = h.split("://", 1)[1]
    h = h.split("/", 1)[0].rsplit("@", 1)[-1]
    if h.startswith("["):  # [ipv6]:port
        return h[1 : h.find("]")] if "]" in h else h
    if h.count(":") == 1:
        h = h.split(":", 1)[0]
    return h.rstrip(".")


# ------------------------------------------------------------------------------------------------------ loading
def find_project_root(cwd: str) -> str | None:
    """The nearest directory at or above `cwd` holding `.git` or `.automode.toml`, else None."""
    d = os.path.abspath(cwd)
    while True:
        if os.path.exists(os.path.join(d, ".git")) or os.path.isfile(os.path.join(d, PROJECT_FILE)):
            return d
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent


def team_policy_path(home: str, env: Mapping[str, str]) -> str:
    """The team policy pulled from the decision service (`automode config pull --server URL`), beside the user's file."""
    return os.path.join(os.path.dirname(user_config_path(home, env)), "team-policy.toml")


def team_policy_version(text: str) -> str:
    import hashlib

    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def user_config_path(home: str, env: Mapping[str, str]) -> str:
    if env.get("AUTOMODE_CONFIG"):
        return env["AUTOMODE_CONFIG"]
    xdg = env.get("XDG_CONFIG_HOME")
    base = xdg if xdg and os.path.isabs(xdg) else os.path.join(home, ".config")
    return os.path.join(base, "automode", "config.toml")


class _Builder:
    def __init__(self) -> None:
        self.rules: dict[str, list[PermissionRule]] = {k: [] for k in RULE_KINDS}
        self.seen: set[tuple[str, str]] = set()
        self.trust: dict[str, list[str]] = {k: [] for k in TRUST_KEYS}
        self.tables: dict[str, dict[str, Any]] = {k: {} for k in TABLE_KEYS}
        self.boundaries: list[str] = []
        self.origins: list[tuple[str, str]] = []
        self.ignored: list[tuple[str, str]] = []
        self.errors: list[str] = []
        self.files: list[tuple[str, str, str]] = []

    def add_rule(self, kind: str, text: object, source: str) -> None:
        try:
            rule = parse_rule(text, source)  # type: ignore[arg-type]  # non-strings get a ValueError
        except ValueError as exc:
            fixed = fix_tool_case(text) if kind != "allow" else None
            if fixed is None:
                self.errors.append(f"{source}: {kind}: {exc}")
                return
            # A mistyped deny/ask rule still tightens: apply the obvious reading rather than drop it.
            rule = parse_rule(fixed, source)
            self.errors.append(f"{source}: {kind}: {exc} (applied as {fixed!r})")
        if (kind, rule.raw) in self.seen:
            return
        self.seen.add((kind, rule.raw))
        self.rules[kind].append(rule)
        self.origins.append((f"{kind} {rule.raw}", source))

    def apply(self, data: Mapping[str, Any], scope: str, source: str) -> None:
        # A project file and the cached team policy only tighten: the agent can write the one and, outside the
        # sandbox, the other, so their allows and trust entries would be ways around the user's own policy.
        project = scope in ("project", "team")
        for key in data:
            if key not in TOP_KEYS:
                self.errors.append(f"{source}: unknown key {key!r} (known: {', '.join(sorted(TOP_KEYS))})")
        perms = _table(data, "permissions", source, self.errors)
        for key in perms:
            if key not in RULE_KINDS:
                self.errors.append(f"{source}: unknown key 'permissions.{key}' (known: allow, ask, deny)")
        for kind in RULE_KINDS:
            for text in _strings(perms, kind, f"permissions.{kind}", source, self.errors, keep_non_str=True):
                if project and kind == "allow":
                    self.ignored.append((f"allow {text}", source))
                else:
                    self.add_rule(kind, text, source)
        trust = _table(data, "trust", source, self.errors)
        for key in trust:
            if key not in TRUST_KEYS:
                self.errors.append(f"{source}: unknown key 'trust.{key}' (known: {', '.join(TRUST_KEYS)})")
        for key in TRUST_KEYS:
            for value in _strings(trust, key, f"trust.{key}", source, self.errors):
                if project:
                    self.ignored.append((f"trust.{key} {value}", source))
                elif value not in self.trust[key]:
                    self.trust[key].append(value)
                    self.origins.append((f"trust.{key} {value}", source))
        for name in TABLE_KEYS:
            table = _table(data, name, source, self.errors)
            for k, v in table.items():
                line = f"{name}.{k} = {v!r}"
                if project:
                    self.ignored.append((line, source))
                elif scope == "managed" or k not in self.tables[name] or self.tables[name][k][1] != "managed":
                    self.tables[name][k] = (v, scope, source)
        for text in _boundaries(data, source, self.errors):
            if text not in self.boundaries:
                self.boundaries.append(text)
                self.origins.append((f"boundary {text}", source))

    def salvage(self, text: str, source: str) -> None:
        """A file that is not valid TOML still must not lose its deny/ask rules: pick them out textually."""
        for m in _SALVAGE_RE.finditer(text):
            for s in _QUOTED_RE.finditer(m.group(2)):
                value = s.group(1) if s.group(1) is not None else s.group(2)
                self.add_rule(m.group(1), value, f"{source} (salvaged)")

    def build(self, root: str | None) -> Config:
        origins = list(self.origins)
        tables: dict[str, Mapping[str, Any]] = {}
        for name in TABLE_KEYS:
            entries = self.tables[name]
            tables[name] = MappingProxyType({k: v for k, (v, _, _) in entries.items()})
            origins += [(f"{name}.{k} = {v!r}", src) for k, (v, _, src) in entries.items()]
        return Config(
            allow=tuple(self.rules["allow"]),
            ask=tuple(self.rules["ask"]),
            deny=tuple(self.rules["deny"]),
            trusted_domains=tuple(self.trust["domains"]),
            trusted_hosts=tuple(self.trust["hosts"]),
            trusted_repos=tuple(self.trust["repos"]),
            trusted_buckets=tuple(self.trust["buckets"]),
            trusted_registries=tuple(self.trust["registries"]),
            trusted_clusters=tuple(self.trust["clusters"]),
            judge=tables["judge"],
            sandbox=tables["sandbox"],
            audit=tables["audit"],
            boundaries=tuple(self.boundaries),
            origins=tuple(origins),
            ignored=tuple(self.ignored),
            errors=tuple(self.errors),
            files=tuple(self.files),
            project_root=root,
        )


_SALVAGE_RE = lazyre.compile(r"^\s*(deny|ask)\s*=\s*\[(.*?)\]", re.S | re.M)
_QUOTED_RE = lazyre.compile(r"\"((?:[^\"\\\n]|\\.)*)\"|'([^'\n]*)'")


def _table(data: Mapping[str, Any], key: str, source: str, errors: list[str]) -> Mapping[str, Any]:
    value = data.get(key, {})
    if isinstance(value, Mapping):
        return value
    errors.append(f"{source}: {key!r} must be a table ([{key}])")
    return {}


def _strings(
    table: Mapping[str, Any], key: str, label: str, source: str, errors: list[str], *, keep_non_str: bool = False
) -> list[Any]:
    value = table.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        errors.append(f"{source}: {label} must be a list of strings")
        return []
    if keep_non_str:  # parse_rule reports non-strings precisely
        return value
    out: list[str] = []
    for v in value:
        if isinstance(v, str) and v.strip():
            out.append(v.strip())
        else:
            errors.append(f"{source}: {label}: {v!r} is not a non-empty string")
    return out


def _boundaries(data: Mapping[str, Any], source: str, errors: list[str]) -> list[str]:
    """`boundaries = ["..."]` or a `[boundaries]` table whose values are strings or lists of strings."""
    value = data.get("boundaries")
    if value is None:
        return []
    items: list[object] = []
    if isinstance(value, Mapping):
        for v in value.values():
            items.extend(v if isinstance(v, list) else [v])
    elif isinstance(value, list):
        items = list(value)
    else:
        items = [value]
    out: list[str] = []
    for v in items:
        if isinstance(v, str) and v.strip():
            out.append(v.strip())
        else:
            errors.append(f"{source}: boundaries: {v!r} is not a non-empty string")
    return out


def _read(path: str, scope: str, b: _Builder) -> Mapping[str, Any] | None:
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except FileNotFoundError:
        b.files.append((scope, path, "not found"))
        return None
    except (OSError, ValueError) as exc:
        b.files.append((scope, path, "unreadable"))
        b.errors.append(f"{path}: cannot read ({exc.__class__.__name__}: {exc})")
        return None
    import tomllib  # only when a file exists: most hooks run with no config at all

    text = raw.decode("utf-8", errors="replace")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        b.files.append((scope, path, "invalid"))
        b.errors.append(f"{path}: invalid TOML: {exc}; only its deny/ask rules that could be salvaged apply")
        b.salvage(text, path)
        return None
    b.files.append((scope, path, "loaded"))
    return data


def load_config(
    cwd: str | None = None,
    *,
    home: str | None = None,
    env: Mapping[str, str] | None = None,
    managed_path: str = MANAGED_PATH,
) -> Config:
    """Read and merge every scope. Never raises for a configuration problem: see `Config.errors`."""
    env = os.environ if env is None else env
    home = home or env.get("HOME") or os.path.expanduser("~")
    cwd = cwd or os.getcwd()
    b = _Builder()
    root = find_project_root(cwd)
    data = _read(managed_path, "managed", b)
    if data is not None:
        b.apply(data, "managed", managed_path)
    team = team_policy_path(home, env)
    data = _read(team, "team", b)
    if data is not None:
        b.apply(data, "team", team)
    user = user_config_path(home, env)
    data = _read(user, "user", b)
    if data is not None:
        b.apply(data, "user", user)
    for kind in RULE_KINDS:
        var = f"AUTOMODE_{kind.upper()}"
        for line in env.get(var, "").splitlines():
            if line.strip():
                b.add_rule(kind, line, f"env:{var}")
    if root is not None:
        path = os.path.join(root, PROJECT_FILE)
        data = _read(path, "project", b)
        if data is not None:
            b.apply(data, "project", path)
    return b.build(root)
