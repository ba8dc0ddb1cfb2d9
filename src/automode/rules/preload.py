"""security-degrade: a library or agent loaded into other programs (`LD_PRELOAD`, `DYLD_INSERT_LIBRARIES`, .NET startup
hooks, JVM agents). Split from `rules.security`."""

from __future__ import annotations

import re

from automode import lazyre
from automode.knowledge import libloads
from automode.rules.base import Hit, rule
from automode.rules.writes import W
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.effects import Effect
    from automode.shell.parse import Command


PRELOAD_VARS = frozenset({"LD_PRELOAD", "LD_AUDIT", "DYLD_INSERT_LIBRARIES", "DYLD_FORCE_FLAT_NAMESPACE",
                          # .NET's startup hooks and CLR profilers load the assembly or library they name into every
                          # program (red team s14: `DOTNET_STARTUP_HOOKS=/tmp/h.dll dotnet run` was routine)
                          "DOTNET_STARTUP_HOOKS", "CORECLR_PROFILER_PATH", "CORECLR_PROFILER_PATH_64",
                          "CORECLR_PROFILER_PATH_32", "COR_PROFILER_PATH", "COR_PROFILER_PATH_64"})
#: The JVM reads these as options of every `java` it starts: `-javaagent:JAR` and `-agentpath:LIB` load code into it.
JAVA_OPTION_VARS = frozenset({"JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "JDK_JAVA_OPTIONS", "JAVA_OPTS", "MAVEN_OPTS",
                              "GRADLE_OPTS", "SBT_OPTS"})
_JAVA_AGENT = lazyre.compile(r"-(?:javaagent|agentpath):([^=\s'\"]+)")
PRELOAD_EXPORTERS = frozenset({"export", "declare", "typeset", "setenv", "launchctl"})


@rule(
    "AM-SEC-008",
    category="security-degrade",
    verdict="deny",
    kind="command",
    needs={"assigns", "command:export", "command:declare", "command:typeset", "command:setenv", "command:launchctl",
           *(f"command:{n}" for n in libloads.NAMES)},
    names=None,
    title="Injects a library into other programs",
    what="`LD_PRELOAD=`, `LD_AUDIT=`, `DYLD_INSERT_LIBRARIES=`, .NET's `DOTNET_STARTUP_HOOKS=`/CLR profiler paths and a "
    "JVM agent in `JAVA_TOOL_OPTIONS`-like variables (`-javaagent:`, `-agentpath:`), on a command or exported, with a "
    "library from a temporary, "
    "hidden or unknown place (a library inside the project, under /usr/local, Homebrew or the Nix store, or exported "
    "for every later program, is an ask; one command with a library the system installed under /usr/lib or /lib, e.g. "
    "a sanitizer runtime or libfaketime, is routine).",
    why="A preloaded library runs inside every program started with it: the classic way to hook credentials or hide "
    "processes.",
    example="DYLD_INSERT_LIBRARIES=/tmp/x.dylib /Applications/Safari.app/Contents/MacOS/Safari",
    instead="Link the library into your own build instead, or ask the user.",
    must_match=["DYLD_INSERT_LIBRARIES=/tmp/x.dylib /Applications/Firefox.app/Contents/MacOS/firefox", "export LD_PRELOAD=/dev/shm/h.so",
                "LD_PRELOAD=./libhook.so ls", "LD_PRELOAD='/usr/lib/libfoo.so /tmp/x.so' ls", "LD_PRELOAD=/usr/lib/libfoo.so:/tmp/x.so ls",
                "export LD_PRELOAD=/usr/lib/x86_64-linux-gnu/libjemalloc.so.2",
                "JAVA_TOOL_OPTIONS='-javaagent:/tmp/a.jar' java -version", "_JAVA_OPTIONS=-agentpath:/dev/shm/x.so mvn test",
                "DOTNET_STARTUP_HOOKS=/tmp/h.dll dotnet run", "export CORECLR_PROFILER_PATH=/tmp/p.so",
                "enable -f /tmp/speed.so speed", "ssh-add -s /tmp/p11.so"],
    must_not_match=["LD_LIBRARY_PATH=./build/lib ./app", "echo $LD_PRELOAD", "env | grep LD_",
                    "LD_PRELOAD=/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1 FAKETIME='+1d' pytest -q",
                    "JAVA_TOOL_OPTIONS='-Xmx2g' mvn test", "MAVEN_OPTS='-Xmx1g -Dfile.encoding=UTF-8' mvn package",
                    "ssh-add -s /usr/lib/x86_64-linux-gnu/opensc-pkcs11.so", "enable -n echo"],
)  # fmt: skip
def preload(cmd: Command, a: Analysis) -> str | Hit | None:
    pairs = [(k, v.value) for k, v in cmd.assigns]
    if cmd.name in PRELOAD_EXPORTERS:
        pairs += [tuple(x.split("=", 1)) for x in cmd.args if "=" in x]  # type: ignore[misc]
        if cmd.name in ("setenv", "launchctl") and len(cmd.args) >= 2:
            pairs.append((cmd.args[-2], cmd.args[-1]))
    worst: str | Hit | None = None
    for lib in libloads.libraries(cmd):  # `enable -f /tmp/x.so`, `ssh-add -s P.so`: the program loads it into itself
        got = _preloaded("LD_PRELOAD", lib, cmd, a)
        worst = f"`{cmd.name}` loads the library {lib[:60]} into itself" if isinstance(got, str) else worst or got
    for k, v in pairs:
        if k in JAVA_OPTION_VARS:
            libs = [m.group(1) for m in _JAVA_AGENT.finditer(v)]  # `-javaagent:/tmp/a.jar=opts`
        elif k in PRELOAD_VARS:
            # ld.so reads a list (spaces or colons; .NET's hooks `;` too): each library is judged, the worst decides.
            libs = [x for x in re.split(r"[\s:;]+", v) if x] or [v]
        else:
            continue
        for lib in libs:
            found = _preloaded(k, lib, cmd, a)
            if isinstance(found, str):
                return found
            worst = worst or found
    return worst


def _preloaded(k: str, v: str, cmd: Command, a: Analysis) -> str | Hit | None:
    from automode.paths import classify

    cls = classify(v or "<dynamic>", cmd.cwd or a.cwd, a.ctx.home, a.root, not v or "$" in v).cls
    libdir = cls == "system" and re.match(r"^/(usr/(local/)?)?lib(32|64)?/|^/opt/homebrew/(lib|Cellar)/|^/nix/store/", v)
    if libdir and "/." not in v and cmd.name not in PRELOAD_EXPORTERS and re.match(r"^/(usr/)?lib(32|64)?/[\w+./-]+$", v):
        return None  # one command, a library the system's package manager installed (root-owned): libfaketime, jemalloc
    if k in JAVA_OPTION_VARS or not k.startswith(("LD_", "DYLD_")):
        # a JVM agent or a .NET startup hook / profiler: loaded like running that file, which is judged by where it is
        # (the project's own: an ask; elsewhere an ask too: `node /tmp/x.js` is not a deny either)
        return Hit(f"{k} loads {v[:60]} into every program it starts", "ask")
    if (cls in ("project", "artefact") or libdir) and "/." not in v:
        # the project's own build, or a library under /usr/local, Homebrew or the Nix store, or exported
        return Hit(f"{k}={v[:60]} preloads a library into the command", "ask")
    return f"{k}={v[:60]} preloads a library into every program it starts"


#: A preload or an agent written into a file a build, a tool or a shell reads (`.bazelrc --action_env=LD_PRELOAD=…`,
#: `gradle.properties org.gradle.jvmargs=-javaagent:…`, `.mvn/jvm.config`, `.env`, a systemd unit's `Environment=`).
_WRITTEN = lazyre.compile(r"(?:\b(?:LD_PRELOAD|LD_AUDIT|DYLD_INSERT_LIBRARIES|DOTNET_STARTUP_HOOKS|CORECLR_PROFILER_PATH\w*|"
                          r"COR_PROFILER_PATH\w*)\s*[=:]\s*[\"']?|-(?:javaagent|agentpath):)([^\s\"'=;,]+)")
_DOC = lazyre.compile(r"(?i)\.(?:md|markdown|rst|txt|adoc|html?|org|tex)$|(?:^|/)(?:docs?|README[^/]*)(?:/|$)")
_QUICK = ("PRELOAD", "DYLD_", "STARTUP_HOOKS", "PROFILER_PATH", "LD_AUDIT", "javaagent", "agentpath")


@rule(
    "AM-SEC-059",
    category="security-degrade",
    verdict="deny",
    kind="effect",
    names={"write"},
    title="Writes a preloaded library or JVM agent into a file a tool reads",
    what="A write or edit that puts `LD_PRELOAD=`, `DYLD_INSERT_LIBRARIES=`, .NET startup hooks or a JVM `-javaagent:`/"
    "`-agentpath:` into a build, tool or environment file (`.bazelrc`, `gradle.properties`, `.mvn/jvm.config`, `.env`, "
    "a unit file) with a library from a temporary, hidden or unknown place; one inside the project is an ask, a library "
    "the system installed under /usr/lib is routine. Documentation is not read.",
    why="The file loads the library into every build, test or program run from then on: AM-SEC-008's injection, made "
    "to last and hidden in a configuration nobody reads.",
    example="build --action_env=LD_PRELOAD=/tmp/h.so  (in .bazelrc)",
    instead="Link the library into the build, or tell the user what it is for and let them add it.",
    must_match=[W(".bazelrc", "build --action_env=LD_PRELOAD=/tmp/h.so\n"),
                W("gradle.properties", "org.gradle.jvmargs=-Xmx2g -javaagent:/tmp/a.jar\n"),
                W(".mvn/jvm.config", "-agentpath:/dev/shm/x.so\n"), W(".env", "DYLD_INSERT_LIBRARIES=/Users/x/.cache/h.dylib\n")],
    must_not_match=[W("gradle.properties", "org.gradle.jvmargs=-Xmx2g\n"),
                    W(".bazelrc", "build --action_env=LD_PRELOAD=/usr/lib/x86_64-linux-gnu/libjemalloc.so.2\n"),
                    W("docs/debugging.md", "Run with LD_PRELOAD=/tmp/libfaketime.so to fake the clock.\n")],
)  # fmt: skip
def preload_written(e: Effect, a: Analysis) -> str | Hit | None:
    c = e.content
    if not c or not any(q in c for q in _QUICK) or _DOC.search(e.target):
        return None
    from automode.paths import classify

    worst: str | Hit | None = None
    for m in _WRITTEN.finditer(c[:200_000]):
        lib = m.group(1)
        cls = classify(lib, a.cwd, a.ctx.home, a.root, "$" in lib).cls
        if cls == "system" and re.match(r"^/(usr/(local/)?)?lib(32|64)?/[\w+./-]+$", lib) and "/." not in lib:
            continue  # a library the system's package manager installed (jemalloc, libfaketime)
        if cls in ("project", "artefact") and "/." not in lib:
            worst = worst or Hit(f"writes a preload of {lib[:60]} into {e.target}", "ask")
            continue
        return f"writes a preload of {lib[:60]} into {e.target}: every program it starts loads it"
    return worst
