"""Dependencies an edit adds to the build file of any ecosystem besides npm and PyPI (session 25, class P5; rule
AM-SUPPLY-009): the write-side twin of `cargo add`, `go get`, `bundle add`, `composer require`, a Maven or Gradle
coordinate typed into the build.

npm and PyPI names are `knowledge.manifest_names` (AM-SUPPLY-006, with a popularity table); the ecosystems here have
none shipped, so any coordinate the edit adds that the user did not name is put to them: the next build fetches it
and runs its code (build scripts, annotation processors, plugins, `build.rs`, install hooks) with the project's
access. Only what the edit adds: a name already in the old text (a version bump) is not new.

One `Eco` per ecosystem: the build files, how a dependency is written (a pattern whose groups are the coordinate's
parts, the last one its name), and, for files that mix dependencies with other keys (Cargo, pubspec), the sections
that hold them. Sources: Maven POM reference (`<dependency>`, `<plugin>`, `<extension>`), Gradle dependency
configurations, plugins DSL and version catalogs (`libs.versions.toml`), The Cargo Book "Specifying Dependencies",
Go Modules Reference (`require`), Bundler Gemfile (`gem`), Composer schema (`require`, `require-dev`), Mix
`deps/0`, Dart pubspec (`dependencies`, `dev_dependencies`), SwiftPM `Package.Dependency`, NuGet
`PackageReference`/`PackageVersion`, sbt library dependencies (`%`, `%%`).
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.dc import dataclass


@dataclass(frozen=True, slots=True)
class Eco:
    eco: str
    files: str  # regex over the path
    dep: str  # regex (multi-line); the last non-empty group is the name, the others its group/owner
    sections: str = ""  # regex over a TOML/YAML section header that holds dependencies ("" = the whole text)
    not_names: frozenset[str] = frozenset()  # keys that look like a dependency and are not one


_CARGO_NOT = frozenset({"name", "version", "edition", "authors", "license", "description", "rust-version", "resolver", "publish",
                        "readme", "repository", "homepage", "documentation", "keywords", "categories", "build", "links",
                        "default-run", "exclude", "include", "members", "opt-level", "debug", "lto", "codegen-units", "panic",
                        "strip", "license-file", "autobins", "autoexamples", "autotests", "autobenches", "default", "path",
                        "features", "workspace", "package", "incremental", "overflow-checks", "rpath", "test", "bench", "doc"})
_PUB_NOT = frozenset({"sdk", "flutter", "name", "version", "description", "homepage", "repository", "publish_to", "environment",
                      "uses-material-design", "generate", "assets", "fonts", "dart"})

ECOS: tuple[Eco, ...] = (
    Eco("maven", r"/pom\.xml$",
        r"(?s)<(?:dependency|plugin|extension)>\s*(?:<!--.*?-->\s*)?<groupId>\s*([\w.-]+)\s*</groupId>\s*<artifactId>\s*([\w.-]+)\s*</artifactId>"),
    Eco("gradle", r"\.gradle(?:\.kts)?$",
        r"^\s*(?:implementation|api|compileOnly|runtimeOnly|testImplementation|testCompileOnly|testRuntimeOnly|annotationProcessor|"
        r"kapt|ksp|classpath|compile|testCompile|debugImplementation|releaseImplementation|androidTestImplementation|"
        r"developmentOnly|testFixturesImplementation|detektPlugins|lintChecks|coreLibraryDesugaring)\s*\(?\s*(?:platform\s*\(\s*)?"
        r"[\"']([\w.-]+):([\w.-]+)(?::[^\"'\s]*)?[\"']|^\s*id\s*\(?\s*[\"']()([\w.-]+)[\"']\s*\)?\s*version\b"),
    Eco("gradle", r"/libs\.versions\.toml$",
        r"^\s*[\w.-]+\s*=\s*(?:\{\s*(?:module|id)\s*=\s*[\"']([\w.-]+):([\w.-]+)[\"']|[\"']([\w.-]+):([\w.-]+):[^\"']*[\"'])"),
    Eco("crates", r"/Cargo\.toml$", r"^\s*([A-Za-z0-9_][\w-]*)\s*=\s*(?:[\"'][\^~=<>*\d]|\{[^}\n]*\b(?:version|git|path|workspace)\b)|"
        r"^\s*\[(?:[\w.-]+\.)?(?:dev-|build-)?dependencies\.([A-Za-z0-9_][\w-]*)\]",
        r"^\s*\[(?:target\.[^\]]+\.|workspace\.)?(?:dev-|build-)?dependencies\]", _CARGO_NOT),
    Eco("go", r"/go\.mod$", r"^\s*(?:require\s+)?([a-z0-9.-]+\.[a-z]{2,}(?:/[\w.~-]+)*?)/([\w.~-]+)\s+v\d[\w.+-]*"),
    Eco("rubygems", r"/Gemfile$|\.gemspec$", r"^\s*(?:gem|spec\.add_(?:development_|runtime_)?dependency|s\.add_(?:development_|runtime_)?dependency)"
        r"\s*\(?\s*[\"']([\w.-]+)[\"']"),
    Eco("packagist", r"/composer\.json$", r"\"([a-z0-9][\w.-]*)/([a-z0-9][\w.-]*)\"\s*:\s*\"[^\"\n]*\""),
    Eco("hex", r"/mix\.exs$", r"\{\s*:([a-z_][\w]*)\s*,\s*(?:\"[^\"\n]*\"|(?:github|git|hex|path)\s*:)"),
    Eco("pub", r"/pubspec\.yaml$", r"^[ \t]{2}([a-z_][a-z0-9_]*)[ \t]*:[ \t]*(?:[\"']?[\^~<>=]*\d|any\b|$)",
        r"^(?:dev_)?dependencies[ \t]*:", _PUB_NOT),
    Eco("swiftpm", r"/Package\.swift$", r"\.package\s*\(\s*(?:name\s*:\s*\"[^\"\n]*\"\s*,\s*)?(?:url\s*:\s*\"[^\"\n]*?/([\w.-]+?)/([\w.-]+?)(?:\.git)?\"|"
        r"id\s*:\s*\"([\w-]+)\.([\w.-]+)\")"),
    Eco("nuget", r"\.(?:cs|fs|vb)proj$|/Directory\.Packages\.props$|/packages\.config$",
        r"<Package(?:Reference|Version)\s+Include\s*=\s*\"([\w.-]+)\"|<package\s+id\s*=\s*\"([\w.-]+)\""),
    Eco("sbt", r"\.sbt$", r"\"([\w.-]+)\"\s*%%?%?\s*\"([\w.-]+)\"\s*%"),
)  # fmt: skip

_HEADER = lazyre.compile(r"(?m)^\s*\[[^\]\n]+\]\s*$|^[A-Za-z_][\w-]*[ \t]*:[ \t]*$")


def _sections(eco: Eco, text: str) -> str:
    """The parts of `text` under a dependency section (a fragment before any header counts: its section is unknown)."""
    if not eco.sections:
        return text
    heads = list(_HEADER.finditer(text))
    if not heads:
        return text
    rx = lazyre.built(eco.sections, re.M)
    parts = [text[: heads[0].start()]]
    for i, h in enumerate(heads):
        if rx.match(h.group(0)) or (eco.eco == "crates" and "dependencies." in h.group(0)):
            parts.append(text[h.start(): heads[i + 1].start() if i + 1 < len(heads) else len(text)])
    return "\n".join(parts)


def _coords(eco: Eco, text: str) -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = []
    for m in lazyre.built(eco.dep, re.M).finditer(_sections(eco, text[:200_000])):
        parts = tuple(g for g in m.groups() if g)
        if parts and parts[-1].lower() not in eco.not_names and not (eco.eco == "packagist" and parts[0] in ("php", "ext")):
            out.append(parts)
    return out


def added(path: str, new: str, old: str) -> list[tuple[str, tuple[str, ...]]]:
    """(ecosystem, coordinate parts) of each dependency `new` names that `old` does not; [] for any other file."""
    for eco in ECOS:
        if lazyre.built(eco.files).search(path) is None:
            continue
        before = {p[-1].lower() for p in _coords(eco, old)} if old else set()
        seen: set[str] = set()
        out = []
        for parts in _coords(eco, new):
            name = parts[-1].lower()
            if name in before or name in seen or (old and re.search(rf"(?<![\w.-]){re.escape(parts[-1])}(?![\w-])", old)):
                continue
            seen.add(name)
            out.append((eco.eco, parts))
        return out[:20]
    return []


def names(parts: tuple[str, ...]) -> tuple[str, ...]:
    """The words that name a coordinate: its name, `group:name`, `owner/name`, a Go module's whole path."""
    name = parts[-1]
    whole = "/".join(parts) if len(parts) > 1 else name
    return tuple(dict.fromkeys((name, ":".join(parts), whole, name.removesuffix(".git"))))


#: (path, new text, old text, the names added): run by tests/files/test_s25_later.py.
FIXTURES: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("/p/pom.xml", "<dependencies>\n<dependency>\n<groupId>io.x</groupId>\n<artifactId>x-core</artifactId>\n</dependency>\n", "<dependencies>\n",
     ("x-core",)),
    ("/p/app/build.gradle.kts", 'dependencies {\n    implementation("io.x:x-core:1.0")\n', "dependencies {\n", ("x-core",)),
    ("/p/build.gradle", "plugins {\n    id 'org.acme.gen' version '1.2'\n", "plugins {\n", ("org.acme.gen",)),
    ("/p/gradle/libs.versions.toml", '[libraries]\nxcore = { module = "io.x:x-core", version = "1.0" }\n', "[libraries]\n", ("x-core",)),
    ("/p/Cargo.toml", '[dependencies]\nserde = "1"\nfastx = { version = "0.3", features = ["a"] }\n', '[dependencies]\nserde = "1"\n',
     ("fastx",)),
    ("/p/Cargo.toml", '[package]\nname = "app"\nversion = "0.2.0"\n[dependencies]\nlogx = "0.1"\n', "", ("logx",)),
    ("/p/go.mod", "require (\n\tgithub.com/acme/logx v0.2.1\n)\n", "require (\n)\n", ("logx",)),
    ("/p/Gemfile", "gem 'rails'\ngem \"rest-x\", '~> 1.0'\n", "gem 'rails'\n", ("rest-x",)),
    ("/p/composer.json", '"require": {\n    "php": ">=8.2",\n    "acme/http": "^1.0",\n', '"require": {\n    "php": ">=8.2",\n', ("http",)),
    ("/p/mix.exs", '      {:phoenix, "~> 1.7"},\n      {:jason_x, "~> 0.1"},\n', '      {:phoenix, "~> 1.7"},\n', ("jason_x",)),
    ("/p/pubspec.yaml", "dependencies:\n  flutter:\n    sdk: flutter\n  http_x: ^0.2.0\n", "dependencies:\n  flutter:\n    sdk: flutter\n",
     ("http_x",)),
    ("/p/Package.swift", '.package(url: "https://github.com/acme/SwiftNet.git", from: "1.0.0"),', "", ("SwiftNet",)),
    ("/p/src/App/App.csproj", '<PackageReference Include="Acme.Json" Version="1.0.0" />', "", ("Acme.Json",)),
    # nothing new: versions changed, package metadata, other files
    ("/p/Cargo.toml", '[package]\nedition = "2021"\n', '[package]\nedition = "2018"\n', ()),
    ("/p/Cargo.toml", 'serde = "1.0.200"\n', 'serde = "1.0.190"\n', ()),
    ("/p/pom.xml", "<version>1.4.1</version>", "<version>1.4.0</version>", ()),
    ("/p/go.mod", "require github.com/acme/logx v0.2.2\n", "require github.com/acme/logx v0.2.1\n", ()),
    ("/p/pubspec.yaml", "name: app\nversion: 1.0.1\nenvironment:\n  sdk: '>=3.0.0 <4.0.0'\n", "name: app\nversion: 1.0.0\n", ()),
    ("/p/README.md", "gem 'rest-x'\n", "", ()),
)  # fmt: skip
