"""A task runner's default file that the session changed, judged when the runner runs (issue 13, session 13 red team).

`make`, `npm test`, `just`, `task`, `pytest` (conftest.py), `direnv allow` (.envrc), `cargo build` (build.rs), `git
commit` (its hooks) read a file by its default name. A file written through a route that did not show its text (a
decoder, a copy, an in-place edit, a program) in one call, then run by the innocent-looking runner in the next, ran
unread. The adapters hand the core the text of those files when the session changed them (`Context.run_files`,
`adapters.runfiles.candidates` names them from `shell.staged.RUNNER_FILES`); here each is judged exactly as a Write of
that text would have been (`files.analyze_write`).
"""

from __future__ import annotations

from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.effects import Effect
    from automode.files import Facts
    from automode.shell.parse import Command

MAX_FILES = 8


def after(commands: list[Command], effects: list[Effect], written: dict[str, str], run_files: tuple[tuple[str, str], ...],
          facts: Facts) -> None:
    """After a shell command's writes were judged: the tasks it runs of files it wrote (`written`), of files the
    session changed (`run_files`), and the files something runs that it rewrote with a program's output
    (`files.opaque_runs`)."""
    from automode.files import opaque_runs

    if opaque_runs.maybe(effects):  # `jq '.scripts.pretest=…' package.json | sponge package.json`, `curl URL > Makefile`
        opaque_runs.judge(commands, effects, facts)
    if written:  # `printf 'x:\\n\\tgit push -f …' > Makefile && make x`: the task run now, whatever its name
        written_tasks(commands, written, facts)
    if run_files:  # `make`, `npm test`, `pytest` of a Makefile, package.json, conftest.py the session changed
        judge(commands, run_files, facts)


def judge(commands: list[Command], run_files: tuple[tuple[str, str], ...], facts: Facts) -> None:
    """Add to `facts` the commands and effects of the runner files `commands` read, when the session changed them
    (the tasks the command runs judged as run now, `files.routine_tasks`)."""
    from automode import files
    from automode.files.routine_tasks import names_run
    from automode.shell.staged import runner_paths

    session = dict(run_files[:64])
    done: set[str] = set()
    for cmd in list(commands):
        for path in runner_paths(cmd, facts.cwd, facts.home):
            if path not in session or path in done or len(done) >= MAX_FILES:
                continue
            done.add(path)
            files.analyze_write(facts, files.WriteView("Bash", path, "", session[path], False), run_now=names_run(cmd))


def written_tasks(commands: list[Command], texts: dict[str, str], facts: Facts) -> None:
    """The tasks of a runner's file written earlier in this action that a command of it runs (`printf 'x:\\n\\tgit
    push -f …' > Makefile && make x`): judged as run now (the write itself was judged as a Write of the file)."""
    from automode import files
    from automode.files.routine_tasks import names_run
    from automode.shell.staged import runner_paths

    done: set[str] = set()
    for cmd in list(commands):
        for path in runner_paths(cmd, facts.cwd, facts.home):
            if path in texts and path not in done and len(done) < MAX_FILES:
                done.add(path)
                files.run_tasks(facts, path, texts[path], names_run(cmd))
