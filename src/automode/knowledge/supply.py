"""Supply chain (issue 10 §6): what a package command installs and runs, and where it takes it from.

* Sources: package indexes, registries and proxies given by option, environment variable or persistent config
  (`pip install -i`, `PIP_INDEX_URL`, `npm config set registry`, `GOPROXY`, `cargo install --index`, `gem sources
  --add`), and settings that turn integrity checks off (`--trusted-host`, `GOSUMDB=off`, `GONOSUMDB`, `GOFLAGS=-insecure`).
* Packages: the names a command installs or runs (`npm install x`, `uv add y`, `npx z`), and code fetched by
  reference instead of by name (`pip install git+https://…`, `uvx --from git+…`, `cargo install --git`, `go run m@v`).
* Names one edit away from a popular package (typosquats), against lists shipped in `data/supply/` (offline).

The facts are data (`data/supply/managers.json`, the popular-name lists, each with a header saying where it comes
from). `file_sources` and `file_packages` read the same facts out of requirements files, `.npmrc`, `pip.conf` and the
like, for rules that judge file writes.
"""

from __future__ import annotations

import json
import os
import re
from functools import cache

from automode import lazyre
from automode.dc import dataclass
from automode.hosts import is_local
from automode.shell.words import Word, normalize_name
from automode.typing_lite import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from automode.shell.parse import Command

DATA = os.path.join(os.path.dirname(__file__), "data", "supply")  # a str: pathlib costs a cold hook ~1 ms
TARGETS = 5000  # names this popular are what typosquatters imitate
MIN_LEN = 5  # shorter names have too many honest neighbours
ALPHABET = {"pypi": "abcdefghijklmnopqrstuvwxyz0123456789-", "npm": "abcdefghijklmnopqrstuvwxyz0123456789-_."}
AFFIXES = {
    "pypi": (("python-", ""), ("python3-", ""), ("py-", ""), ("py", ""), ("", "-python"), ("", "-py"), ("", "3"), ("", "2")),
    "npm": (("node-", ""), ("js-", ""), ("", "-js"), ("", ".js"), ("", "js"), ("", "-node")),
}
PYTHON = lazyre.compile(r"^(python|python[23](\.\d+)?|pypy3?|py)$")
KUSTOMIZE_REMOTE = lazyre.compile(r"^[\w-]+(\.[\w-]+)+/[\w.-]+/")
REMOTE_SPEC = lazyre.compile(r"^(git\+|hg\+|svn\+|bzr\+|git://|https?://|github:|gitlab:|bitbucket:|gist:)|\s@\s|@\s?(git\+|https?://)", re.I)


@dataclass(frozen=True, slots=True)
class Source:
    eco: str  # pypi | npm | go | crates | rubygems | conda
    url: str
    how: str  # the option, variable or command that sets it
    insecure: bool = False  # turns an integrity or TLS check off instead of naming a source
    lasting: bool = False  # written into configuration (config commands, files), not one command's option


@dataclass(frozen=True, slots=True)
class Package:
    eco: str
    name: str  # as written, without version or extras ("" when given by reference)
    manager: str  # "npm install", "uvx" ...
    runs: bool  # run at once (npx, uvx, pipx run, go run), not only installed
    ref: str = ""  # a git URL, archive URL or module path given instead of a registry name
    explicit: bool = False  # fetched explicitly (`npx -y`, `pkg@version`, `--package`), not maybe a local bin
    unknown: bool = False  # the spec is known only at run time (`uvx --from "$(cat src)"`)
    pin: str = ""  # a manifest's tag, commit, branch or version for a reference ("": none, the default branch)


# ------------------------------------------------------------------ data
def _read(name: str) -> str:
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        return f.read()


@cache
def managers() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(_read("managers.json"))
    by_first: dict[str, list[tuple[tuple[str, ...], str, bool]]] = {}
    for p, eco, runs in sorted(data["installers"], key=lambda x: -len(x[0])):
        by_first.setdefault(p[0], []).append((tuple(p), eco, runs))
    data["_installers"] = by_first
    data["_first_words"] = frozenset(by_first) | {c[0][0] for c in data["config"]} | {
        "pip", "pip3", "uv", "poetry", "pdm", "npm", "yarn", "pnpm", "bun", "cargo", "gem", "pipenv", "export", "env", "set",
        "setenv", "declare", "python", "python3"} | set(data["scan_args"]) | set(data["settings"]) | set(data["program_ecos"])
    data["_source_env"] = [(lazyre.compile(k), v) for k, v in data["source_env"].items()]  # (compiled on first use)
    data["_insecure_env"] = [(lazyre.compile(k), v) for k, v in data["insecure_env"].items()]
    data["_opts"] = frozenset(data["opts_with_arg"])
    g = data["generic"]
    data["_generic"] = {k: frozenset(v) for k, v in g.items() if isinstance(v, list)}
    data["_known"] = data["_first_words"] | frozenset(g["not_package_tools"]) | {c[0][0] for c in data["config"]}
    return data


def _names(file: str) -> list[str]:
    lines = _read(file).splitlines()
    return [x.strip() for x in lines if x.strip() and not x.startswith("#")]


@cache
def popular(eco: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(known names, typosquat targets, honest near neighbours) of an ecosystem; empty where no list ships."""
    file = {"pypi": "pypi-popular.txt", "npm": "npm-popular.txt"}.get(eco)
    if file is None:
        return frozenset(), frozenset(), frozenset()
    names = _names(file)
    targets = frozenset(n for n in names[:TARGETS] if len(n) >= MIN_LEN)
    near = frozenset(_names("npm-near-ok.txt")) if eco == "npm" else frozenset()
    return frozenset(names), targets, near


@cache
def _npm_scopes() -> frozenset[str]:
    return frozenset(n.split("/", 1)[0] for n in popular("npm")[0] if n.startswith("@"))


@cache
def go_owners() -> frozenset[str]:
    return frozenset(_names("go-owners.txt"))


def normalize(eco: str, name: str) -> str:
    n = name.strip().lower()
    return re.sub(r"[-_.]+", "-", n) if eco == "pypi" else n


def default_host(eco: str, url: str) -> bool:
    """One of the ecosystem's own hosts or an official vendor index (PyTorch, NVIDIA), or a local one ("any": an
    ecosystem automode cannot name, read by the generic fallback: any ecosystem's own host)."""
    m = managers()
    host = _host(url)
    bare = re.sub(r"^[a-z][a-z0-9+.-]*://", "", url.strip().rstrip("/").lower())
    own = m["defaults"].get(eco, []) if eco != "any" else [d for ds in m["defaults"].values() for d in ds]
    return (is_local(host) or bare in own or any(host == d or host.endswith("." + d) for d in own)
            or any(host == v for v in m["vendors"]) or any(bare.startswith(d + "/") for d in own if "/" in d))  # fmt: skip


def feed_org(url: str) -> str:
    """The organisation whose private feed a package URL is (`pkgs.dev.azure.com/ORG/…`, `ORG.jfrog.io`), or ""."""
    host = _host(url)
    rest = url.split("://", 1)[-1].split("/", 1)
    path = rest[1] if len(rest) > 1 else ""
    for h, how in managers().get("org_feeds", {}).items():
        if how == "path" and host == h:
            return path.split("/", 1)[0].lower()
        if how == "subdomain" and host.endswith("." + h):
            return host[: -len(h) - 1].split(".")[-1]
    return ""


def _host(url: str) -> str:
    u = url.strip().strip("'\"")
    if "://" not in u:
        u = "x://" + u
    rest = u.split("://", 1)[1]
    return rest.split("/", 1)[0].rsplit("@", 1)[-1].split(":", 1)[0].lower()


# ------------------------------------------------------------------ typosquats
def _edits1(w: str, alphabet: str) -> set[str]:
    out: set[str] = set()
    for i in range(len(w) + 1):
        a, b = w[:i], w[i:]
        if b:
            out.add(a + b[1:])
            for c in alphabet:
                out.add(a + c + b[1:])
        if len(b) > 1:
            out.add(a + b[1] + b[0] + b[2:])
        for c in alphabet:
            out.add(a + c + b)
    out.discard(w)
    return out


def lookalike(eco: str, name: str) -> str | None:
    """The popular package `name` imitates, if it is one edit (Damerau-Levenshtein) or a common confusion (`-`/`_`,
    `python-`/`py` prefixes, `-js` suffixes) away from one and is not itself a known package."""
    known, targets, near = popular(eco)
    if not targets:
        return None
    n = normalize(eco, name)
    if n in known or n in near or len(n) < MIN_LEN:
        return None
    if eco == "npm" and n.startswith("@") and n.split("/", 1)[0] in _npm_scopes():
        return None  # a scope belongs to its owner: `@types/x` cannot be squatted by others
    for pre, suf in AFFIXES.get(eco, ()):
        if pre and n.startswith(pre) and n[len(pre) :] in targets:
            return n[len(pre) :]
        if suf and n.endswith(suf) and n[: -len(suf)] in targets:
            return n[: -len(suf)]
        if (pre + n + suf) in targets and (pre or suf):
            return pre + n + suf
    hits = _edits1(n, ALPHABET.get(eco, ALPHABET["npm"])) & targets
    return min(hits) if hits else None


def is_popular(eco: str, name: str) -> bool:
    return normalize(eco, name) in popular(eco)[0]


# ------------------------------------------------------------------ commands
def invocations(cmd: Command) -> list[list[Word]]:
    """Every package-manager invocation one command stands for, as parsed words: the command itself and each runner
    the shell layer looked through to reach it (`uvx --from git+… tool` reaches `tool`; the runner's words, as the
    walker resolved them, are kept on the command). Whatever the runner or the tool is called (a variable, an alias,
    a path), the runner's own options are read from its parsed words, never from the raw text."""
    out: list[list[Word]] = []
    launchers = cmd.launchers
    for k, launcher in enumerate(launchers):
        if launcher and launcher[0].value in managers()["_installers"]:
            out.append([w for later in launchers[k:] for w in later] + list(cmd.argv))
    out.append(list(cmd.argv))
    for words in list(out):
        # `python3 -m pipx run …`, `python -m uv pip install …`: a module run as a program is that program.
        i = next((j for j, w in enumerate(words[:4]) if w.value == "-m"), -1)
        if i > 0 and i + 1 < len(words) and PYTHON.match(normalize_name(words[0].value)):
            out.append(words[i + 1 :])
    return out


def argv_of(words: list[Word]) -> list[str]:
    return [normalize_name(words[0].value) if words else "", *(w.value for w in words[1:])]


def installer(argv: list[str]) -> tuple[tuple[str, ...], str, bool] | None:
    if not argv:
        return None
    for prefix, eco, runs in managers()["_installers"].get(argv[0], ()):
        if tuple(argv[: len(prefix)]) == prefix:
            return prefix, eco, runs
    return None


def concerns(cmd: Command) -> bool:
    """Could this command install, run or configure packages? (cheap: the rules ask it of every command)"""
    m = managers()
    first = m["_first_words"]
    return bool(cmd.assigns) or (cmd.name in first) or any(x and x[0].value in first for x in cmd.launchers) or (
        cmd.name not in m["_known"] and any("://" in w.value or w.value in m["_generic"]["insecure_words"] for w in cmd.argv[1:64]))


def concerns_file(path: str) -> bool:
    return any(pat.search(path) for pat, _ in FILE_KINDS)


def _spec_name(eco: str, spec: str) -> str:
    s = spec.strip().strip("'\"")
    if eco == "npm":
        if s.startswith("@"):
            scope, _, rest = s.partition("/")
            return scope + "/" + rest.split("@", 1)[0]
        return s.split("@", 1)[0]
    if eco in ("pypi", "crates", "rubygems"):
        return re.split(r"[\[=<>!~;@ (:]", s, maxsplit=1)[0]
    return s.split("@", 1)[0]


def _is_ref(eco: str, spec: str) -> bool:
    s = spec.strip().strip("'\"")
    if REMOTE_SPEC.search(s):
        return True
    if eco == "k8s" and KUSTOMIZE_REMOTE.match(s):
        return True  # `kubectl apply -k github.com/owner/repo/path?ref=x`: a remote kustomization
    # `npm install owner/repo` is a GitHub repository
    if eco == "brew":  # `brew tap owner/repo`, `brew install owner/repo/formula`: a tap is a GitHub repository
        return not s.startswith((".", "/", "~")) and s.count("/") in (1, 2) and ":" not in s
    return eco in ("npm", "github") and not s.startswith(("@", ".", "/", "~")) and s.count("/") == 1 and ":" not in s


def _is_local(spec: str) -> bool:
    s = spec.strip().strip("'\"")
    return s.startswith((".", "/", "~", "file:", "link:", "workspace:", "portal:")) or (s.endswith((".whl", ".tar.gz", ".zip", ".tgz", ".gem", ".crate")) and "://" not in s)


def packages(cmd: Command) -> list[Package]:
    """What one command installs or runs (through any runner it was started by)."""
    out: list[Package] = []
    for words in invocations(cmd):
        out += _packages(words)
        argv = argv_of(words)
        out += [x for x in _generic_command(argv[0], argv[1:]) if isinstance(x, Package)] if argv else []
    return out


def _packages(words: list[Word]) -> list[Package]:
    argv = argv_of(words)
    found = installer(argv)
    if found is None:
        return []
    prefix, eco, runs = found
    m = managers()
    if any(x in m.get("dry_run", {}).get(eco, ()) for x in argv[len(prefix) :]):
        return []  # `kubectl apply -f URL --dry-run=server`: rendered and validated, nothing runs
    manager = " ".join(prefix)
    opts: frozenset[str] = m["_opts"]
    spec_opts = frozenset(m["spec_options"].get(manager, ()))
    tool_runner = manager in m["tool_runners"]
    args = argv[len(prefix) :]
    dyn = [w.dynamic for w in words[len(prefix) :]]
    out: list[Package] = []
    explicit = manager in m.get("always_fetch", ())
    i = 0
    positional: list[str] = []
    while i < len(args):
        x = args[i]
        key = x.split("=", 1)[0]
        if x == "--":
            positional += args[i + 1 :]
            break
        if key in spec_opts:
            glued = "=" in x
            val = x.split("=", 1)[1] if glued else (args[i + 1] if i + 1 < len(args) else "")
            unknown = dyn[i] if glued else (i + 1 < len(args) and dyn[i + 1])
            i += 1 if glued else 2
            if unknown:
                out.append(Package(eco, "", manager, runs, ref=val, explicit=True, unknown=True))
            elif val and not _is_local(val) and (eco not in m.get("refs_only", ()) or _is_ref(eco, val)) and (
                    key not in m["ref_only_options"] or _is_ref(eco, val)):
                out.append(_package(eco, val, manager, runs, True))
            explicit = True
            continue
        if (runs and positional) or tool_runner:
            break  # `npx tsc --noEmit -p .`: what follows the tool's name are the tool's own options
        if x in ("-y", "--yes"):
            explicit = True
        if x.startswith("-"):
            i += 3 if key in m["opts_with_two_args"] else 2 if (key in opts and "=" not in x) else 1
            continue
        positional.append(x)
        i += 1
    if runs:
        # `npx tool args…`, `uvx tool args…`, `go run mod@v args…`: only the first word names a package, and only
        # when no --from/--package named it already.
        positional = positional[:1] if not any(p.runs and (p.name or p.ref) for p in out) else []
    refs_only = eco in m.get("refs_only", ())
    for spec in positional[:64]:
        if not spec or _is_local(spec) or (eco == "go" and not _go_remote(spec)) or (refs_only and not _is_ref(eco, spec)):
            continue
        out.append(_package(eco, spec, manager, runs, explicit or "@" in spec.lstrip("@")))
    return out


def _go_remote(spec: str) -> bool:
    # a module path's first element is a domain (`golang.org/x/tools/cmd/stringer@latest`); `main.go` and
    # `tools.go` are files of this module (`go run main.go`), not a host
    first = spec.split("/", 1)[0]
    return "." in first and not spec.startswith((".", "/")) and not (first.endswith(".go") and "/" not in spec)


def _package(eco: str, spec: str, manager: str, runs: bool, explicit: bool) -> Package:
    if eco == "deno" and spec.startswith("npm:"):  # `deno run -A npm:pkg@1`: an npm package, named by its registry
        eco, spec, explicit = "npm", spec[4:], True
    if eco == "go":
        return Package(eco, spec.split("@", 1)[0], manager, runs, ref=spec, explicit=explicit)
    if _is_ref(eco, spec):
        m = re.search(r"(git\+|hg\+|https?://|git://|github:|gitlab:|bitbucket:).*", spec)
        ref = m.group(0) if m else spec
        if eco in ("npm", "github") and not m:
            ref = "github:" + spec.split("#", 1)[0]
        elif eco == "brew" and not m:
            owner, repo = spec.split("/")[:2]
            ref = f"github:{owner}/{repo if repo.startswith('homebrew-') else 'homebrew-' + repo}"
        return Package(eco, "", manager, runs, ref=ref, explicit=True)
    return Package(eco, _spec_name(eco, spec), manager, runs, explicit=explicit)


def trusted_owner(eco: str, repo: str) -> bool:
    """A reference from the tool's own upstream (`github:NixOS/nixpkgs`, a kubernetes-sigs manifest)."""
    return any(repo == t or repo.startswith(t + "/") for t in managers().get("trusted_owners", {}).get(eco, ()))


def go_owner(module: str) -> str:
    parts = module.lower().split("/")
    if parts[0] in ("github.com", "gitlab.com", "bitbucket.org", "gitea.com", "codeberg.org") and len(parts) >= 2:
        return "/".join(parts[:2])
    return parts[0]


def sources(cmd: Command) -> list[Source]:
    """Package sources and insecure settings one command sets: options, `NAME=value` prefixes, config commands."""
    out: list[Source] = []
    for name, w in cmd.assigns:
        out += env_sources(name, w.value or w.raw)
    if cmd.name in ("export", "env", "set", "setenv", "declare"):
        for word in cmd.argv[1:]:
            if "=" in word.raw:
                k, _, v = word.raw.partition("=")
                out += env_sources(k, v.strip("'\""))
    for words in invocations(cmd):
        out += _invocation_sources(argv_of(words))
    return out


def _invocation_sources(argv0: list[str]) -> list[Source]:
    m = managers()
    out: list[Source] = []
    found = installer(argv0)
    args = argv0[1:]
    name = argv0[0] if argv0 else ""
    out += _settings(name, args) + [x for x in _generic_command(name, args) if isinstance(x, Source)]
    if found is not None or name in m["program_ecos"]:
        eco = found[1] if found else m["program_ecos"][name]
        src_opts = set(m["source_options"].get(eco, []))
        insecure = set(m["insecure_options"]) | set(m["insecure_options_eco"].get(eco, ()))
        bare = eco in m["bare_sources"]
        for i, x in enumerate(args):
            key, eq, val = x.partition("=")
            if key in src_opts:
                v = val if eq else (args[i + 1] if i + 1 < len(args) else "")
                if v and (_urlish(v) or (bare and not v.startswith("-"))):
                    out.append(Source(eco, v, key))
            if x in insecure or key in insecure:
                if key == "--trusted-host" or key == "--allow-insecure-host":
                    v = val if eq else (args[i + 1] if i + 1 < len(args) else "")
                    out.append(Source(eco, v, key, insecure=True))
                else:
                    out.append(Source(eco, "", x, insecure=True))
    argv = argv0
    for prefix, key_re, what, eco in m["config"]:
        n = len(prefix)
        if argv[:n] != list(prefix):
            continue
        rest = [x for x in argv[n:] if not x.startswith("--location") and x not in ("-g", "--global", "--local", "--project", "--user", "--site")]
        how = " ".join(prefix)
        if key_re == "" or key_re.startswith("#"):  # the next positional is the URL (`#2`: the second, after a name)
            pos = [x for x in rest if not x.startswith("-")]
            nth = int(key_re[1:]) - 1 if key_re else 0
            url = pos[nth] if len(pos) > nth else ""
            if url and (_urlish(url) or eco in m["bare_sources"]):
                out.append(Source(eco, url, how, lasting=True))
        elif key_re == "=":  # `go env -w GOPROXY=… GOSUMDB=off`
            for x in rest:
                k, eq, v = x.partition("=")
                if eq:
                    out += [Source(e.eco, e.url, e.how, e.insecure, True) for e in env_sources(k, v)]
        elif rest:
            k, eq, v = rest[0].partition("=")
            v = v if eq else (rest[1] if len(rest) > 1 else "")
            if lazyre.built(key_re).search(k):
                if what == "insecure":
                    if v.lower() in ("false", "0", "no") or k.endswith("trusted-host"):
                        out.append(Source(eco, v, f"{how} {k}", insecure=True, lasting=True))
                elif v and _urlish(v):
                    out.append(Source(eco, v, f"{how} {k}", lasting=True))
    return out


_GIT_REF = lazyre.compile(r"^(?:git\+(?:https?|ssh)://|git://|ssh://|git@[\w.-]+:|https?://(?:[^/\s]+\.git(?:[/#@]|$)|(?:www\.)?(?:github\.com|gitlab\.com|"
                          r"bitbucket\.org|codeberg\.org)/[\w.-]+/[\w.-]+|\S+\.(?:zip|tar\.gz|tgz|tar\.xz|tar\.bz2|jar|phar|vsix|xpi|crx|"
                          r"gem|nupkg|whl|rock|deb|rpm|apk|pkg|dmg)(?:[?#]|$)))")


def _generic_command(name: str, args: list[str]) -> list[Package | Source]:
    """The fallback for a package tool no table names (managers.json `generic`): `asdf plugin add x URL`, `scoop
    bucket add x URL`, `choco source add -s=URL`, `flatpak remote-add x URL` add a source (eco "any": asked about);
    `nimble install URL`, `raco pkg install git://…` take code by reference; `apk add --allow-untrusted` accepts
    unsigned packages."""
    m = managers()
    g = m["_generic"]
    if not name or name in m["_known"]:
        return []
    pos = [a for a in args if not a.startswith("-")]
    head = [p.lower() for p in pos[:3]]
    adds = any(w in g["joined"] for w in head) or any(
        head[i] in g["source_nouns"] and head[i + 1] in g["add_verbs"] for i in range(len(head) - 1))
    installs = any(w in g["install_verbs"] for w in head)
    out: list[Package | Source] = []
    urls = [v for v in (a.split("=", 1)[1] if a.startswith("-") and "=" in a else a for a in args) if "://" in v or v.startswith("git@")]
    if adds and urls:
        out.append(Source("any", urls[0].strip("'\""), f"{name} {' '.join(pos[:2])}", lasting=True))
    elif installs:
        out += [Package("any", "", f"{name} {head[0]}", False, ref=u, explicit=True) for u in pos if _GIT_REF.match(u)][:4]
    if (adds or installs) and any(a in g["insecure_words"] for a in args):
        out.append(Source("any", "", f"{name} {next(a for a in args if a in g['insecure_words'])}", insecure=True))
    return out


def _settings(name: str, args: list[str]) -> list[Source]:
    """`nix build --option substituters URL`, `--extra-substituters URL`, `--option require-sigs false`,
    `--accept-flake-config`: settings a program takes on its command line (`settings` in managers.json: name ->
    "source", "key", or "insecure=VALUE")."""
    table = managers()["settings"].get(name)
    if not table:
        return []
    eco = table["_eco"]
    out: list[Source] = []
    i = 0
    while i < len(args):
        x = args[i]
        key, eq, val = x.partition("=")
        setting, value, step = "", "", 1
        if x == "--option" and i + 2 < len(args):
            setting, value, step = args[i + 1], args[i + 2], 3
        elif key.startswith("--") and key[2:] in table:
            flag = table[key[2:]] in ("insecure=true",)
            setting, value = key[2:], val if eq else ("true" if flag else (args[i + 1] if i + 1 < len(args) else ""))
            step = 1 if eq or flag else 2
        what = table.get(setting, "")
        if what.startswith("insecure=") and value.lower() == what.split("=", 1)[1]:
            out.append(Source(eco, f"{setting} {value}", f"{name} --option {setting} {value}", insecure=True))
        elif what in ("source", "key"):
            for v in value.split():
                v = re.sub(r"-\d+$", "", v.split(":", 1)[0]) if what == "key" else v
                if v:
                    out.append(Source(eco, v, f"{name} {setting}"))
        i += step
    return out


URLISH = lazyre.compile(r"^[a-z][a-z0-9+.-]*://\S+|^[\w-]+(\.[\w-]+)+(:\d+)?(/\S*)?$", re.I)


def _urlish(v: str) -> bool:
    """`https://x/simple`, `mirror.example.org/simple`: not a placeholder such as `registry_url`."""
    return bool(URLISH.match(v.strip().strip("'\"")))


def env_sources(name: str, value: str) -> list[Source]:
    m = managers()
    out: list[Source] = []
    for pat, eco in m["_source_env"]:
        if pat.search(name):
            for v in re.split(r"[\s,|]+", value):
                if v and _urlish(v) and not (eco == "go" and v.lower() in ("direct", "off")):
                    out.append(Source(eco, v, name))
    for pat, bad in m["_insecure_env"]:
        if pat.search(name) and value and (bad == "*" or (bad == "=*" and any(v.strip() in ("*", "*.*", "*/*") for v in value.split(",")))
                                           or (bad != "=*" and bad in value.lower())):  # `=*`: a pattern matching every module
            out.append(Source("", value, f"{name}={value}", insecure=True))
    return out


# ------------------------------------------------------------------ files (for file-write rules)
FILE_KINDS = (
    (lazyre.compile(r"(^|/)(requirements[\w.-]*\.(txt|in)|constraints[\w.-]*\.txt|requirements/[\w.-]+\.(txt|in))$"), "requirements"),
    (lazyre.compile(r"(^|/)(pip\.conf|pip\.ini|uv\.toml|pyproject\.toml|Pipfile|poetry\.toml)$"), "pyconf"),
    (lazyre.compile(r"(^|/)(\.npmrc|\.yarnrc|\.yarnrc\.yml|bunfig\.toml|\.pnpmrc)$"), "npmrc"),
    (lazyre.compile(r"(^|/)(\.cargo/config(\.toml)?)$"), "cargo"),
    (lazyre.compile(r"(^|/)(\.gemrc|Gemfile)$"), "gems"),
    (lazyre.compile(r"(^|/)go\.env$"), "goenv"),
)
URL_IN = lazyre.compile(r"(?:https?|git\+https?|git\+ssh|ssh|file)://[^\s'\"<>]+")


def file_sources(path: str, text: str) -> list[Source]:
    """Package sources and insecure settings written in a requirements file, `.npmrc`, `pip.conf`, `uv.toml`,
    `pyproject.toml`, `.yarnrc.yml`, `.cargo/config.toml`, `.gemrc`/`Gemfile` or `go.env`."""
    kind = next((k for pat, k in FILE_KINDS if pat.search(path)), None)
    out: list[Source] = []
    if kind is None:
        return out
    for line in text.splitlines()[:5000]:
        s = line.strip()
        if not s or s.startswith(("#", ";", "//")):
            continue
        low = s.lower()
        if kind == "requirements":
            for opt in ("--index-url", "-i", "--extra-index-url", "--find-links", "-f"):
                if low.startswith(opt + " ") or low.startswith(opt + "="):
                    out.append(Source("pypi", s[len(opt) + 1 :].strip(), opt))
            if low.startswith("--trusted-host"):
                out.append(Source("pypi", s[len("--trusted-host") + 1 :].strip(), "--trusted-host", insecure=True))
        elif kind == "pyconf":
            key = re.match(r"^([\w.-]+)\s*[=:]\s*(.*)$", s)
            if key and key.group(1) in ("index-url", "extra-index-url", "find-links", "url", "index_url", "extra_index_url", "default-index"):
                for u in URL_IN.findall(key.group(2)):
                    out.append(Source("pypi", u, key.group(1)))
            if key and key.group(1) in ("trusted-host", "allow-insecure-host"):
                out.append(Source("pypi", key.group(2), key.group(1), insecure=True))
        elif kind == "npmrc":
            key = re.match(r"^[\"']?((@[\w.-]+:)?registry|npmRegistryServer|strict-ssl|enableStrictSsl)[\"']?\s*[=:]\s*[\"']?([^\"'\s]*)", s)
            if key and key.group(1).lower() in ("strict-ssl", "enablestrictssl"):
                if key.group(3).lower() == "false":
                    out.append(Source("npm", "", key.group(1), insecure=True))  # (`true` turns verification on: no source)
            elif key and key.group(3):
                out.append(Source("npm", key.group(3), key.group(1)))
        elif kind == "cargo":
            m = re.match(r"^(index|registry)\s*=\s*\"([^\"]+)\"", s)
            if m:
                out.append(Source("crates", m.group(2), m.group(1)))
        elif kind == "gems":
            m = re.match(r"^(?::sources:\s*|-\s*|source\s*\(?\s*['\"]?)(https?://[^'\"\s)]+)", s)
            if m:
                out.append(Source("rubygems", m.group(1), "source"))
        elif kind == "goenv":
            k, eq, v = s.partition("=")
            if eq:
                out += env_sources(k.strip(), v.strip())
    return [Source(x.eco, x.url, x.how, x.insecure, True) for x in out]


def file_packages(path: str, text: str) -> list[Package]:
    """Requirement lines of a requirements file: names and references (`git+https://…`)."""
    out: list[Package] = []
    if not FILE_KINDS[0][0].search(path):
        return out
    for line in text.splitlines()[:5000]:
        s = line.split(" #", 1)[0].strip()
        if not s or s.startswith(("#", "-")):
            continue
        out.append(_package("pypi", s, "requirements", False, False))
    return out
