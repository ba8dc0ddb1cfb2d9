"""Where a project's manifests say its dependencies come from (issue 10 §6, issue 11 §1): a dependency pointed at a
git repository, a fork, an archive or another registry instead of the ecosystem's registry, read out of the written
text of a manifest so the supply rules (`automode.rules.supply`) judge it like `npm install github:x/y`.

`MANIFESTS` is the knowledge: a path pattern -> the ecosystem and the reader of that file's format. Facts from each
tool's own reference: npm `package.json` dependency specs (docs.npmjs.com/cli/configuring-npm/package-json:
"git URLs as dependencies", "GitHub URLs", tarball URLs; yarn `resolutions`, npm and pnpm `overrides`); Cargo
(doc.rust-lang.org/cargo/reference/specifying-dependencies: `git`, `branch`/`tag`/`rev`, `[patch]`, `registry-index`);
PEP 508 direct references (`name @ git+https://…`), Poetry and uv `{ git = …, branch|tag|rev = … }` and `[tool.uv.sources]`,
Pipenv; Bundler `gem 'x', git:|github:` (bundler.io/guides/git.html) and CocoaPods `pod 'x', :git =>`; Mix `{:x, git:|github:}`
(hexdocs.pm/mix/Mix.Tasks.Deps.html); Go `replace A => B v` (go.dev/ref/mod#go-mod-file-replace); Composer
`repositories` of type vcs/git/composer (getcomposer.org/doc/05-repositories.md); Nix flake `inputs.*.url`
(nix.dev manual, flake references); CMake `FetchContent_Declare`/`ExternalProject_Add` `GIT_REPOSITORY`/`URL` and
CPM `gh:owner/repo@v` (cmake.org/cmake/help/latest/module/FetchContent.html); Gradle `maven { url … }` and Maven
`<repository><url>` (docs.gradle.org, maven.apache.org/guides/mini/guide-multiple-repositories.html); NuGet
`packageSources` (learn.microsoft.com/nuget/reference/nuget-config-file); SwiftPM `.package(url:, from:|branch:|revision:)`
(swift.org package manager docs); Dart `pubspec.yaml` `git:`/`hosted:` (dart.dev/tools/pub/dependencies); Bazel
`git_repository`/`git_override`/`http_archive` (bazel.build external dependencies); setuptools `install_requires` and
`dependency_links`; lock files (`knowledge/lockfiles.py`).

Pure: regular expressions, `json` and `tomllib` over the text. A reference already present in the text an edit
replaces is not new (`new_refs`).
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Callable, Iterator

from automode import lazyre
from automode.knowledge import lockfiles, sources
from automode.knowledge.supply import Package, Source, _is_ref
from automode.typing_lite import Any

#: A pin that does not move: a commit id or a plain release tag (`v1.2.3`, `1.0.1`, `2024.01.05`).
COMMIT = lazyre.compile(r"^[0-9a-f]{7,40}$")
RELEASE = lazyre.compile(r"^v?\d+(\.\d+){1,3}$")


def pinned(pin: str) -> bool:
    return bool(COMMIT.match(pin.strip()) or RELEASE.match(pin.strip()))


def upstream_release(p: Package, repo: str) -> bool:
    """A plain release tag of a repository named like the dependency itself (`FetchContent_Declare(glm GIT_REPOSITORY
    …/glm.git GIT_TAG 1.0.1)`): the shape of the upstream's release; or an archive checked against its digest."""
    if p.pin == "hash":
        return True  # an archive checked against its digest: the content cannot change under the same reference
    base = repo.rstrip("/").rsplit("/", 1)[-1].lower()
    name = p.name.lower().rsplit("/", 1)[-1].lstrip(":@")
    return bool(name) and RELEASE.match(p.pin.strip()) is not None and re.sub(r"[-_.]", "", base) == re.sub(r"[-_.]", "", name)


def _ref(eco: str, name: str, url: str, how: str, pin: str = "") -> Package:
    return Package(eco, name, how, False, ref=url, explicit=True, pin=pin)


# ------------------------------------------------------------------------------ readers
_NPM_DEP_KEYS = ("dependencies", "devDependencies", "optionalDependencies", "peerDependencies", "bundleDependencies",
                 "resolutions", "overrides")  # fmt: skip
#: `package.json` keys whose values look like references but are not dependencies (an Edit fragment has no sections).
_NPM_NOT_DEPS = frozenset({"repository", "homepage", "url", "bugs", "funding", "author", "main", "module", "types", "typings",
                           "browser", "bin", "$schema", "exports", "source", "name", "version", "description", "license",
                           "packageManager", "type", "files", "directories", "config", "publishConfig", "engines", "imports"})  # fmt: skip
_JSON_PAIR = lazyre.compile(r'"(@?[\w.@/-]+)"\s*:\s*"([^"\n]{1,300})"')
#: An explicit reference in a fragment (`github:o/r`, `git+https://…`, `https://…tgz`, `o/r#branch`).
_NPM_EXPLICIT = lazyre.compile(r"^(git\+|git://|github:|gitlab:|bitbucket:|gist:|https?://)|^[\w.-]+/[\w.-]+#\S+$", re.I)


def _npm_pin(spec: str) -> str:
    s = spec.split("#", 1)[1] if "#" in spec else ""
    s = s.removeprefix("semver:")
    if not s and re.search(r"\.(tgz|tar\.gz)$", spec):
        return "archive"
    return s


def _npm(text: str) -> Iterator[Package]:
    data = _json(text)
    pairs: list[tuple[str, str]] = []
    if isinstance(data, dict):
        tables = [data.get(k) for k in _NPM_DEP_KEYS] + [(data.get("pnpm") or {}).get("overrides") if isinstance(data.get("pnpm"), dict) else None]
        for t in tables:
            if isinstance(t, dict):
                pairs += [(k, v) for k, v in t.items() if isinstance(v, str)]
    else:
        pairs = [(m.group(1), m.group(2)) for m in _JSON_PAIR.finditer(text)
                 if m.group(1) not in _NPM_NOT_DEPS and _NPM_EXPLICIT.search(m.group(2).strip())]  # fmt: skip
    for name, spec in pairs:
        s = spec.strip()
        if " " in s or s.startswith(("file:", "link:", "workspace:", "portal:", "patch:", ".", "/", "~", "npm:")):
            continue
        if _is_ref("npm", s) or re.match(r"^https?://", s):
            url = s if re.match(r"^[a-z+]+:", s) else "github:" + s
            yield _ref("npm", name.rsplit(">", 1)[-1], url.split("#", 1)[0], "package.json dependency", _npm_pin(s))


_TOML_GIT = lazyre.compile(r"""(?m)^\s*["']?([\w.@/-]+)["']?\s*=\s*\{([^{}\n]*\b(?:git|url)\s*=\s*["'][^"'\n]+["'][^{}\n]*)\}""")
_TOML_KEY = lazyre.compile(r"""\b(git|url|branch|tag|rev|ref|registry-index|registry)\s*=\s*["']([^"'\n]+)["']""")
_TOML_HEADER = lazyre.compile(r"""(?m)^\s*\[\s*([^\]\n]+?)\s*\]\s*$""")
_PEP508 = lazyre.compile(r"""["']\s*([A-Za-z0-9][\w.-]*)\s*(?:\[[^\]]*\])?\s*@\s*((?:git\+|hg\+|https?://)[^"';\s]+)""")


def _toml_table(name: str, body: dict[str, str], how: str, eco: str) -> Iterator[Package]:
    url = body.get("git") or body.get("url") or ""
    if url and ("://" in url or url.startswith(("git@", "git+"))):
        pin = body.get("rev") or body.get("tag") or body.get("ref") or body.get("branch") or ""
        yield _ref(eco, name, url, how, pin if pin else ("archive" if re.search(r"\.(tar\.gz|tgz|zip|whl|crate)$", url) else ""))


def _toml_deps(eco: str, how: str) -> Callable[[str], Iterator[Package]]:
    """Inline tables (`tokio = { git = "…", branch = "…" }`), dotted tables (`[dependencies.tokio]` then `git = "…"`)
    and PEP 508 direct references in strings (`"x @ git+https://…@v1"`)."""

    def read(text: str) -> Iterator[Package]:
        for m in _TOML_GIT.finditer(text):
            yield from _toml_table(m.group(1), dict(_TOML_KEY.findall(m.group(2))), how, eco)
        heads = list(_TOML_HEADER.finditer(text))
        for i, h in enumerate(heads):
            end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
            body = re.sub(r"\{[^{}\n]*\}", "", text[h.end():end])
            head = h.group(1).strip("[] ")
            keys = dict(_TOML_KEY.findall(body))
            # `[dependencies.tokio]` then `git = "…"`; `url` only under a dependency table (`[[tool.uv.index]] url`
            # and `[[source]] url` are package indexes: `supply.file_sources`).
            if "git" in keys or ("url" in keys and re.search(r"depend|sources\.|patch", head)):
                yield from _toml_table(head.rsplit(".", 1)[-1].strip("\"'"), keys, how, eco)
        for m in _PEP508.finditer(text):
            url = m.group(2)
            pin = url.rsplit("@", 1)[1] if url.count("@") >= 1 and "://" in url and "@" in url.split("://", 1)[1].split("/", 1)[-1] else ""
            yield _ref("pypi", m.group(1), url.rsplit("@", 1)[0] if pin else url, how, pin.split("#", 1)[0])

    return read


_RUBY_DEP = lazyre.compile(r"""(?m)^\s*(?:gem|pod)\s*\(?\s*['"]([\w.\-/]+)['"]([^\n]*)$""")
_EX_DEP = lazyre.compile(r"""\{\s*:([\w]+)\s*,([^{}]*)\}""")
_DSL_OPT = lazyre.compile(r""":?(git|github|gitlab|bitbucket|branch|tag|ref|commit|path)\s*(?::|=>)\s*['"]([^'"\n]+)['"]""")


def _dsl(pattern: Any, how: str, eco: str) -> Callable[[str], Iterator[Package]]:
    """Ruby (`gem 'x', git: 'URL', branch: 'b'`, `github: 'o/r'`, `pod 'X', :git => …`) and Elixir
    (`{:x, git: "URL", tag: "v1"}`, `github: "o/r"`) dependency lines."""

    def read(text: str) -> Iterator[Package]:
        for m in pattern.finditer(text):
            opts = {k: v for k, v in _DSL_OPT.findall(m.group(2))}
            url = opts.get("git") or ""
            for host in ("github", "gitlab", "bitbucket"):
                if host in opts:
                    url = f"{host}:{opts[host]}"
            if url:
                yield _ref(eco, m.group(1), url, how, opts.get("tag") or opts.get("ref") or opts.get("commit") or opts.get("branch") or "")

    return read


_GO_REPLACE = lazyre.compile(r"(?m)^\s*(?:replace\s+)?([\w.\-/]+\.[\w.\-/]+)(?:\s+v[\w.+-]+)?\s*=>\s*([\w.\-/]+)\s+(v[\w.+-]+)\s*$")


def _gomod(text: str) -> Iterator[Package]:
    """`replace A => B vX`: the module A is built from B (a local path `./x` is the project's own)."""
    for m in _GO_REPLACE.finditer(text):
        orig, new, ver = m.group(1), m.group(2), m.group(3)
        if new.startswith((".", "/")) or "." not in new.split("/", 1)[0]:
            continue
        if new.split("/")[:2] == orig.split("/")[:2]:
            continue  # the same owner's other module or version
        yield Package("go", orig, "go.mod replace", False, ref=f"{new}@{ver}", explicit=True, pin=ver)


def _composer(text: str) -> Iterator[Package | Source]:
    data = _json(text)
    repos: list[Any] = []
    if isinstance(data, dict):
        r = data.get("repositories")
        repos = list(r.values()) if isinstance(r, dict) else r if isinstance(r, list) else []
    else:
        repos = [{"type": t, "url": u} for t, u in re.findall(r'"type"\s*:\s*"(\w+)"\s*,\s*"url"\s*:\s*"([^"]+)"', text)]
        repos += [{"type": t, "url": u} for u, t in re.findall(r'"url"\s*:\s*"([^"]+)"\s*,\s*"type"\s*:\s*"(\w+)"', text)]
    for r in repos:
        if not isinstance(r, dict) or not isinstance(r.get("url"), str):
            continue
        kind, url = str(r.get("type") or ""), r["url"]
        if kind in ("vcs", "git", "github", "gitlab", "bitbucket", "hg", "fossil", "svn"):
            yield _ref("packagist", "", url, "composer.json repository")
        elif kind == "composer":
            yield Source("packagist", url, "composer.json repositories", lasting=True)


_FLAKE_URL = lazyre.compile(r"""(?m)(?:^|[\s{;.])(?:([\w-]+)\.)?url\s*=\s*"((?:github|gitlab|sourcehut|git\+https?|https?|tarball\+https?):[^"]+)\"""")


def _flake(text: str) -> Iterator[Package]:
    for m in _FLAKE_URL.finditer(text):
        url = m.group(2)
        if url.startswith(("github:", "gitlab:")):
            parts = url.split(":", 1)[1].split("?", 1)[0].split("/")
            yield _ref("nix", m.group(1) or "", f"{url.split(':', 1)[0]}:{'/'.join(parts[:2])}", "flake input",
                       parts[2] if len(parts) > 2 else "")
        else:
            yield _ref("nix", m.group(1) or "", url.split("?", 1)[0], "flake input")


_CMAKE_BLOCK = lazyre.compile(r"\b(FetchContent_Declare|ExternalProject_Add|CPMAddPackage|CPMDeclarePackage)\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)", re.I)
_CMAKE_KEY = lazyre.compile(r"\b(GIT_REPOSITORY|GIT_TAG|URL|URL_HASH|URL_MD5|GITHUB_REPOSITORY|GITLAB_REPOSITORY|VERSION|NAME)\s+\"?([^\s\")]+)\"?")
_CPM_SHORT = lazyre.compile(r"""^\s*"?(gh|gl|bb):([\w.-]+/[\w.-]+)(?:@([\w.-]+))?(?:#([\w.-]+))?""")


def _cmake(text: str) -> Iterator[Package]:
    for m in _CMAKE_BLOCK.finditer(text):
        body = m.group(2)
        keys = {k.upper(): v for k, v in _CMAKE_KEY.findall(body)}
        name = (keys.get("NAME") or body.strip().split(None, 1)[0] if body.strip() else "").strip('"')
        short = _CPM_SHORT.match(body)
        if short:
            host = {"gh": "github", "gl": "gitlab", "bb": "bitbucket"}[short.group(1)]
            repo = short.group(2)
            yield _ref("cmake", repo.rsplit("/", 1)[-1], f"{host}:{repo}", m.group(1), short.group(4) or short.group(3) or "")
        elif keys.get("GITHUB_REPOSITORY") or keys.get("GITLAB_REPOSITORY"):
            host = "github" if keys.get("GITHUB_REPOSITORY") else "gitlab"
            yield _ref("cmake", name, f"{host}:{keys.get('GITHUB_REPOSITORY') or keys.get('GITLAB_REPOSITORY')}", m.group(1),
                       keys.get("GIT_TAG") or keys.get("VERSION") or "")
        elif keys.get("GIT_REPOSITORY"):
            yield _ref("cmake", name, keys["GIT_REPOSITORY"], m.group(1), keys.get("GIT_TAG", ""))
        elif keys.get("URL", "").startswith(("http://", "https://")):
            yield _ref("cmake", name, keys["URL"], m.group(1), "hash" if (keys.get("URL_HASH") or keys.get("URL_MD5")) else "")


_GRADLE_REPO = lazyre.compile(r"""\bmaven\s*(?:\{[^{}]*?\burl\s*(?:=\s*)?(?:uri\s*\(\s*)?|\(\s*(?:url\s*=\s*)?(?:uri\s*\(\s*)?)["']([^"'\s]+)["']""")
_POM_REPO = lazyre.compile(r"<(?:repository|pluginRepository|mirror)>(.*?)</(?:repository|pluginRepository|mirror)>", re.S)


def _jvm(text: str) -> Iterator[Source]:
    for m in _GRADLE_REPO.finditer(text):
        yield Source("maven", m.group(1), "maven repository", lasting=True)
    for m in _POM_REPO.finditer(text):
        u = re.search(r"<url>\s*([^<\s]+)\s*</url>", m.group(1))
        if u:
            yield Source("maven", u.group(1), "maven repository", lasting=True)


_NUGET_SRC = lazyre.compile(r"""<add\s+key\s*=\s*"[^"]*"\s+value\s*=\s*"(https?://[^"]+)\"""", re.I)


#: NuGet.Config sections whose `<add key value>` entries are settings, not package sources (`http_proxy`,
#: `globalPackagesFolder`, credentials, API keys).
_NUGET_NOT_SOURCES = lazyre.compile(r"<(config|packageSourceCredentials|apikeys|disabledPackageSources)>.*?</\1>", re.I | re.S)


def _nuget(text: str) -> Iterator[Source]:
    for m in _NUGET_SRC.finditer(_NUGET_NOT_SOURCES.sub("", text)):
        yield Source("nuget", m.group(1), "NuGet.config packageSources", lasting=True)


_SWIFT_PKG = lazyre.compile(r"""\.package\s*\(\s*(?:name:\s*"[^"]*"\s*,\s*)?url:\s*"([^"]+)"\s*,\s*([^)]*(?:\([^)]*\))?[^)]*)\)""")
_SWIFT_PIN = lazyre.compile(r"""(from|exact|branch|revision|upToNextMajor|upToNextMinor)\s*(?::|\()\s*(?:from:\s*)?"([^"]+)\"""")


def _swift(text: str) -> Iterator[Package]:
    """`Package.swift`: every dependency is a repository URL; its name is the repository's (`.package(url: …, from: "1.2.3")`)."""
    for m in _SWIFT_PKG.finditer(text):
        url = m.group(1)
        pin = _SWIFT_PIN.search(m.group(2))
        yield _ref("swift", url.rstrip("/").rsplit("/", 1)[-1].removesuffix(".git"), url, "Package.swift dependency", pin.group(2) if pin else "")


_PUB_GIT = lazyre.compile(r"""(?m)^([ \t]+)([\w-]+):[ \t]*\n\1[ \t]+git:[ \t]*(?:['"]?([^\s'"]+)['"]?[ \t]*$|\n(?:\1[ \t]+[ \t]+\w+:.*\n?)*)""")
_PUB_KEY = lazyre.compile(r"""(?m)^[ \t]+(url|ref|path):[ \t]*['"]?([^\s'"]+)""")
_PUB_HOSTED = lazyre.compile(r"""(?m)^[ \t]+hosted:[ \t]*(?:['"]?(https?://[^\s'"]+)|\n[ \t]+(?:name:.*\n[ \t]+)?url:[ \t]*['"]?(https?://[^\s'"]+))""")


def _pubspec(text: str) -> Iterator[Package | Source]:
    """Dart / Flutter `pubspec.yaml`: `git:` dependencies (a URL, or `url:` and `ref:` under it) and `hosted:` servers."""
    for m in _PUB_GIT.finditer(text):
        if m.group(3):
            yield _ref("pub", m.group(2), m.group(3), "pubspec dependency")
            continue
        keys = dict(_PUB_KEY.findall(m.group(0)))
        if keys.get("url"):
            yield _ref("pub", m.group(2), keys["url"], "pubspec dependency", keys.get("ref", ""))
    for m in _PUB_HOSTED.finditer(text):
        yield Source("pub", m.group(1) or m.group(2), "pubspec hosted", lasting=True)


_BAZEL_CALL = lazyre.compile(r"\b(git_repository|new_git_repository|git_override|http_archive|archive_override|http_file|http_jar)\s*\(([^()]*)\)")
_BAZEL_KEY = lazyre.compile(r"""\b(name|module_name|remote|commit|tag|branch|sha256|integrity|url)\s*=\s*"([^"]*)\"""")
_BAZEL_URLS = lazyre.compile(r"""\burls\s*=\s*\[\s*"([^"]+)\"""")


def _bazel(text: str) -> Iterator[Package]:
    """Bazel `WORKSPACE` / `MODULE.bazel` / `.bzl`: git repositories (`remote`, `commit`/`tag`/`branch`) and archives
    (`urls`, checked by `sha256`/`integrity` or not)."""
    for m in _BAZEL_CALL.finditer(text):
        keys = dict(_BAZEL_KEY.findall(m.group(2)))
        name = keys.get("name") or keys.get("module_name") or ""
        if keys.get("remote"):
            yield _ref("bazel", name, keys["remote"], m.group(1), keys.get("commit") or keys.get("tag") or keys.get("branch") or "")
            continue
        urls = _BAZEL_URLS.search(m.group(2))
        url = urls.group(1) if urls else keys.get("url", "")
        if url.startswith(("http://", "https://")):
            yield _ref("bazel", name, url, m.group(1), "hash" if keys.get("sha256") or keys.get("integrity") else "")


_REQ_LINE = lazyre.compile(r"""(?m)^[ \t]*([A-Za-z0-9][\w.-]*)[ \t]*(?:\[[^\]\n]*\])?[ \t]*@[ \t]*((?:git\+|hg\+|https?://)[^\s;'"]+)""")
_DEP_LINKS = lazyre.compile(r"""dependency_links\s*=\s*\[([^\]]*)\]""")


def _setuptools(text: str) -> Iterator[Package | Source]:
    """`setup.py` / `setup.cfg`: PEP 508 direct references in `install_requires` (quoted or one a line) and
    `dependency_links` (an extra place packages are fetched from)."""
    seen: set[str] = set()
    for rx in (_PEP508, _REQ_LINE):
        for m in rx.finditer(text):
            url = m.group(2)
            if url in seen:
                continue
            seen.add(url)
            tail = url.split("://", 1)[-1]
            pin = tail.rsplit("@", 1)[1] if "@" in tail.split("/", 1)[-1] else ""
            yield _ref("pypi", m.group(1), url.rsplit("@", 1)[0] if pin else url, "setup.py dependency", pin.split("#", 1)[0])
    for m in _DEP_LINKS.finditer(text):
        for u in re.findall(r"""['"](https?://[^'"]+)['"]""", m.group(1)):
            yield Source("pypi", u, "dependency_links", lasting=True)


#: The `Package.manager` of every reference read out of a manifest (the rules tell them from commands by it).
HOWS = frozenset({"package.json dependency", "Cargo.toml dependency", "pyproject dependency", "Gemfile dependency",
                  "mix.exs dependency", "go.mod replace", "composer.json repository", "flake input", "FetchContent_Declare",
                  "ExternalProject_Add", "CPMAddPackage", "CPMDeclarePackage", "Package.swift dependency", "pubspec dependency",
                  "git_repository", "new_git_repository", "git_override", "http_archive", "archive_override", "http_file",
                  "http_jar", "setup.py dependency", "lock file resolved", "lock file source"}) | sources.HOWS  # fmt: skip
Reader = Callable[[str], Iterator[Any]]
#: Path pattern -> ecosystem, reader. First match wins; patterns see the absolute, normalised path.
MANIFESTS: tuple[tuple[str, Reader], ...] = (
    (r"/package\.json$", _npm),
    (r"/Cargo\.toml$", _toml_deps("crates", "Cargo.toml dependency")),
    (r"/pyproject\.toml$|/Pipfile$", _toml_deps("pypi", "pyproject dependency")),
    (r"/Gemfile$|/Podfile$", _dsl(_RUBY_DEP, "Gemfile dependency", "rubygems")),
    (r"/mix\.exs$", _dsl(_EX_DEP, "mix.exs dependency", "hex")),
    (r"/go\.mod$", _gomod),
    (r"/composer\.json$", _composer),
    (r"/flake\.nix$", _flake),
    (r"/CMakeLists\.txt$|\.cmake$", _cmake),
    (r"/build\.gradle(\.kts)?$|/settings\.gradle(\.kts)?$|/pom\.xml$|/\.m2/settings\.xml$|/\.mvn/settings\.xml$|/init\.gradle(\.kts)?$"
     r"|\.init\.gradle(\.kts)?$|/init\.d/[\w.-]+\.gradle(\.kts)?$", _jvm),
    (r"/[Nn]u[Gg]et\.[Cc]onfig$", _nuget),
    (r"/Package\.swift$", _swift),
    (r"/pubspec\.yaml$", _pubspec),
    (r"/WORKSPACE(\.bazel)?$|/MODULE\.bazel$|\.bzl$|/BUCK$|/TARGETS$", _bazel),
    (r"/setup\.py$|/setup\.cfg$", _setuptools),
    *lockfiles.READERS,
)
_ONE = lazyre.compile("|".join(f"(?P<m{i}>{p})" for i, (p, _) in enumerate(MANIFESTS)))
#: The first test: base names and suffixes some pattern can match.
_NAMES = frozenset({"package.json", "Cargo.toml", "pyproject.toml", "Pipfile", "Gemfile", "Podfile", "mix.exs", "go.mod",
                    "composer.json", "flake.nix", "CMakeLists.txt", "build.gradle", "build.gradle.kts", "settings.gradle",
                    "settings.gradle.kts", "pom.xml", "settings.xml", "NuGet.Config", "NuGet.config", "nuget.config",
                    "Package.swift", "pubspec.yaml", "WORKSPACE", "WORKSPACE.bazel", "MODULE.bazel", "setup.py", "setup.cfg",
                    "BUCK", "TARGETS", "package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "bun.lock", "Cargo.lock", "uv.lock",
                    "poetry.lock", "pdm.lock", "Gemfile.lock"})  # fmt: skip


def _manifest_reader(path: str) -> Reader | None:
    base = path[path.rfind("/") + 1:]
    if base not in _NAMES and not base.endswith((".cmake", ".bzl", ".gradle", ".gradle.kts")):
        return None
    m = _ONE.search("/" + path.lstrip("/"))
    return MANIFESTS[int(m.lastgroup[1:])][1] if m is not None and m.lastgroup is not None else None


def reader(path: str) -> Reader | None:
    """The reader of a manifest, and of the build and package configuration `knowledge/sources.py` tables (a file
    may be both: `flake.nix` inputs and its `nixConfig` substituters)."""
    first = _manifest_reader(path)
    second = sources.reader(path, fallback=first is None)  # (a manifest's own reader knows its format better)
    if first is None or second is None:
        return first or second
    return lambda text: itertools.chain(first(text), second(text))


def read(path: str, text: str) -> tuple[list[Package], list[Source]]:
    """The references and package sources a manifest's text names."""
    r = reader(path)
    pkgs: list[Package] = []
    srcs: list[Source] = []
    if r is None or not text.strip():
        return pkgs, srcs
    for x in r(text[:400_000]):
        (pkgs if isinstance(x, Package) else srcs).append(x)
        if len(pkgs) + len(srcs) > 500:
            break
    return pkgs, srcs


def new_refs(path: str, new: str, old: str) -> tuple[list[Package], list[Source]]:
    """What the written text names that the text it replaces did not."""
    pkgs, srcs = read(path, new)
    if not old.strip() or not (pkgs or srcs):
        return pkgs, srcs
    was_p, was_s = read(path, old)
    before = {(p.ref, p.pin) for p in was_p}
    urls = {s.url for s in was_s}
    return [p for p in pkgs if (p.ref, p.pin) not in before], [s for s in srcs if s.url not in urls]


def _json(text: str) -> Any:
    if not text.lstrip().startswith("{"):
        return None
    try:
        return json.loads(text)
    except ValueError:
        return None
