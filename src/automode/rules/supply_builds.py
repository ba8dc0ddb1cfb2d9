"""Dependencies added by an edit to a build file of any ecosystem besides npm and PyPI (session 25, class P5; facts:
`knowledge.build_deps`). npm and PyPI names are AM-SUPPLY-006's (`rules.supply`, with a popularity table)."""

from __future__ import annotations

from automode import lazyre
from automode.knowledge import build_deps
from automode.rules.base import rule
from automode.rules.writes import E, W
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis


def added(a: Analysis) -> list[tuple[str, tuple[str, ...]]]:
    """(ecosystem, coordinate) of each dependency the action's writes add to a build file: an edit whose old text is
    known, or text appended; a whole file written over a content nobody supplied says nothing of what it adds."""
    out: list[tuple[str, tuple[str, ...]]] = []
    for e in a.effects:
        if e.kind != "write" or not e.content:
            continue
        w = a.write if a.write is not None and a.write.path == e.target else None
        if w is not None and w.before_known:
            out += build_deps.added(e.target, e.content, w.old)
        elif e.append:
            out += build_deps.added(e.target, e.content, "")
    return out


#: Owners whose libraries are a language's or platform's own (the build-file counterpart of AM-SUPPLY-006's popular
#: table): a coordinate under one of them is no stranger's code. First parts as `build_deps` gives them, lower case.
FIRST_PARTY = frozenset({
    "apple", "swiftlang", "swift-server", "google", "golang.org", "golang.org/x", "cloud.google.com", "github.com/google",
    "github.com/aws", "github.com/apple", "github.com/golang", "k8s.io", "sigs.k8s.io", "org.apache", "org.jetbrains",
    "org.jetbrains.kotlin", "org.jetbrains.kotlinx", "com.google", "com.google.guava", "com.google.code.gson",
    "androidx", "com.android.tools", "org.springframework", "org.springframework.boot", "io.quarkus", "jakarta",
    "org.junit", "org.junit.jupiter", "com.fasterxml.jackson.core", "software.amazon.awssdk", "com.microsoft.azure",
    "com.azure", "microsoft", "dotnet", "flutter", "dart-lang", "rust-lang", "tokio-rs", "serde-rs",
})  # fmt: skip


def first_party(parts: tuple[str, ...]) -> bool:
    lead = parts[0].lower() if parts else ""
    return lead in FIRST_PARTY or any(lead.startswith(o + ".") or lead.startswith(o + "/") for o in FIRST_PARTY)


def named(a: Analysis, parts: tuple[str, ...]) -> bool:
    """The user's words name the coordinate (its name, `group:name`, `owner/name`, the module path)."""
    msgs = [m.lower() for m in a.ctx.user_messages]
    return any(lazyre.whole(n.lower(), m) for n in build_deps.names(parts) if len(n) >= 2 for m in msgs)


@rule(
    "AM-SUPPLY-009",
    category="remote-exec",
    verdict="ask",
    kind="action",
    needs={"effect:write"},
    title="Adds a dependency to a build file that nobody named",
    what="An edit of a build file that adds a dependency, plugin or extension the user's words do not name "
    "(`knowledge.build_deps`): a Maven `<dependency>`/`<plugin>`, a Gradle configuration line, plugin or version-catalog "
    "entry, a Cargo crate, a Go `require`, a `gem`, a Composer `require`, a Mix dep, a pubspec dependency, a SwiftPM "
    "`.package`, a NuGet `PackageReference`, an sbt `libraryDependencies` entry. Versions of dependencies already there "
    "are not asked about, nor a library of a platform's own owner (`FIRST_PARTY`: apple, google, org.apache, androidx), "
    "nor a whole file written over a content nobody supplied (what it adds is unknown); npm and "
    "PyPI names are AM-SUPPLY-006's.",
    why="The next build fetches it and runs its code (build scripts, annotation processors, plugins, install hooks) "
    "with the project's access; which library becomes a dependency is the user's choice.",
    example='implementation("io.github.someone:okhttp-helper:0.1.0")  (for "fix the typo in the README heading")',
    instead="Use what the build already has, or name the library to the user and let them choose it.",
    must_match=[E("pom.xml", "  <dependencies>\n", "  <dependencies>\n    <dependency>\n      <groupId>com.github.acmeio</groupId>\n"
                  "      <artifactId>fastjson-ext</artifactId>\n      <version>1.2.3</version>\n    </dependency>\n"),
                E("Cargo.toml", "[dependencies]\n", '[dependencies]\nserde_json_fast = "0.3"\n'),
                E("go.mod", "require (\n", "require (\n\tgithub.com/acmeio/logx v0.2.1\n"),
                E("Gemfile", "gem 'rails', '~> 7.1'\n", "gem 'rails', '~> 7.1'\ngem 'rest-client-plus'\n")],
    must_not_match=[E("pom.xml", "<version>1.4.0-SNAPSHOT</version>", "<version>1.4.1-SNAPSHOT</version>"),
                    W("Gemfile", "source 'https://rubygems.org'\ngem 'rails', '~> 7.1'\n"),
                    E("Cargo.toml", 'serde = "1.0.190"', 'serde = "1.0.200"'),
                    E("Cargo.toml", 'edition = "2018"', 'edition = "2021"')],
)  # fmt: skip
def unnamed_build_dependency(a: Analysis) -> str | None:
    for eco, parts in added(a):
        if not named(a, parts) and not first_party(parts):
            return f"the edit adds the {eco} dependency `{':'.join(parts)}`, which nothing you said names"
    return None
