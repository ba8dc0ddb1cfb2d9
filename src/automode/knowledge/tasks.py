"""Project tasks named for a consequential act (issue 10, session 8): `make deploy`, `npm run release`, `bazel run
//svc:push_image`, `just publish`, `nx run api:deploy`, `gradle publish`. automode cannot read the task's body (a
Makefile or package.json the session did not write), but the name a project gives a task says what it is for: a
task named for a deploy, a release or a teardown is that act until shown otherwise.

`RUNNERS` is the knowledge: a task runner -> how its command line names the task(s). Facts from each tool's docs:
GNU make (targets are positional words without `=`), just/task(go-task)/rake/invoke/mage/doit/fab/ant (positional
task names), npm/yarn/pnpm/bun (`run NAME`, and `yarn NAME`/`pnpm NAME`/`bun run NAME` shorthands), composer
`run-script NAME` / `run NAME`, pdm/hatch `run NAME`, nx (`run PROJECT:TARGET`, `run-many -t TARGET`), turbo/lerna
`run TARGET`, Gradle (positional task names, `:proj:task`), sbt (positional commands, `+cmd`), Bazel/Buck2 `run
//pkg:target` (the target's name), cargo-make `make NAME`, earthly `+target`, tox `-e ENV`, nox `-s SESSION`.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.parse import Command

#: runner -> (words that come before the task names, "all" = every positional is a task, options whose value is one)
RUNNERS: dict[str, tuple[frozenset[str], bool, frozenset[str]]] = {
    **dict.fromkeys(("make", "gmake", "just", "task", "rake", "invoke", "inv", "mage", "doit", "fab", "ant", "gradle",
                     "gradlew", "./gradlew", "sbt", "earthly", "cake", "grunt", "gulp", "jake", "brunch"),
                    (frozenset(), True, frozenset())),
    **dict.fromkeys(("npm", "bun"), (frozenset({"run", "run-script"}), False, frozenset())),
    **dict.fromkeys(("yarn", "pnpm"), (frozenset({"run"}), True, frozenset())),  # `yarn deploy` runs the script too
    "composer": (frozenset({"run-script", "run"}), False, frozenset()),
    **dict.fromkeys(("pdm", "hatch"), (frozenset({"run"}), False, frozenset())),
    **dict.fromkeys(("nx", "turbo", "lerna"), (frozenset({"run", "run-many"}), False, frozenset({"-t", "--target", "--targets"}))),
    **dict.fromkeys(("bazel", "bazelisk", "buck2", "buck", "pants"), (frozenset({"run"}), False, frozenset())),
    "cargo": (frozenset({"make"}), False, frozenset()),
    "tox": (frozenset(), False, frozenset({"-e"})),
    "nox": (frozenset(), False, frozenset({"-s", "--session", "--sessions"})),
}
#: Task-name words and the act they name (names split on - _ : . / + and case changes).
ACT_WORDS: dict[str, str] = {
    **dict.fromkeys(("deploy", "deploys", "deployment", "redeploy", "ship", "rollout", "promote", "provision", "apply"),
                    "deploy"),
    **dict.fromkeys(("release", "publish", "upload", "push", "publishsigned", "sonatypebundlerelease",
                     "sonatyperelease", "publishtomavencentral", "publishplugins", "pushimage"), "publish"),
    **dict.fromkeys(("destroy", "teardown", "nuke", "purge", "wipe", "drop"), "delete"),
}
#: Words in a task name that keep it on this machine or in a dry run.
LOCAL_WORDS = frozenset({"local", "dev", "development", "localhost", "dry", "dryrun", "check", "test", "plan", "diff",
                         "preview", "snapshot", "docs", "doc", "changelog", "notes", "publishlocal", "publishm2",
                         "publishtomavenlocal", "mavenlocal", "m2", "kind", "minikube", "sandbox", "draft"})  # fmt: skip
#: Runner options that take a value (a directory, a file, a job count), never a task name.
VALUE_OPTS = frozenset({"-C", "--directory", "-f", "--file", "--makefile", "-I", "--include-dir", "-o", "-W", "-j",
                        "-p", "--project", "-c", "--config", "--justfile", "--taskfile", "-d", "--dir"})  # fmt: skip
#: Words that make a task a build of the release variant, not a release (Android's `assembleRelease`).
BUILD_WORDS = frozenset({"assemble", "bundle", "build", "compile", "lint", "package", "sign", "archive", "install",
                         "link", "strip", "bench", "verify"})  # fmt: skip
_SPLIT = lazyre.compile(r"[-_:./+@#]+|(?<=[a-z0-9])(?=[A-Z])")


def task_names(cmd: Command) -> list[str]:
    """The task names a runner command runs ([] when `cmd` is no task runner, or runs none by name)."""
    spec = RUNNERS.get(cmd.name) or RUNNERS.get(cmd.name.rsplit("/", 1)[-1])
    if spec is None:
        return []
    lead, every, opts = spec
    words = [w for w in cmd.argv[1:] if not w.dynamic]
    out: list[str] = []
    after_lead = not lead
    skip = -1
    for i, w in enumerate(words):
        v = w.value
        if i == skip:
            continue
        if v == "--":
            break  # the task's own arguments follow (`bazel run //x:push -- --tag=prod`)
        name, eq, val = v.partition("=")
        if name in opts:
            out += (val or (words[i + 1].value if i + 1 < len(words) else "")).split(",")
            skip = i + 1 if not eq else skip
            continue
        if name in VALUE_OPTS and not eq:
            skip = i + 1
            continue
        if v.startswith("-") or (eq and cmd.name in ("make", "gmake")):
            continue
        if v in lead and not out and not after_lead:
            after_lead = True
            continue
        if after_lead or (every and not lead) or (every and not out and i == 0):
            out.append(v)
            if not every:
                break
    return [t for t in out if t]


def act_of(task: str) -> str:
    """The act a task name names ("deploy", "publish", "delete"), "" when none or when a word keeps it local."""
    parts = {p.lower() for p in _SPLIT.split(task) if p}
    low = task.lower()
    whole = ACT_WORDS.get(re.sub(r"[^a-z]", "", low.rsplit(":", 1)[-1]))
    if parts & LOCAL_WORDS or low in LOCAL_WORDS:
        return ""
    if whole:
        return whole  # a task the tool documents by that name (`publishSigned`, `sonatypeBundleRelease`)
    if parts & BUILD_WORDS:
        return ""  # `assembleRelease`, `bundleRelease`, `build-release`: the release build type, built here
    for p in parts:
        act = ACT_WORDS.get(p)
        if act:
            return act
    return ""
