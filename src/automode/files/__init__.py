"""What a written file will do (issue 11): the Write/Edit/MultiEdit/NotebookEdit branch of the analysis.

* `executed` — files something runs later (hooks, recipes, CI steps, lifecycle scripts, container and editor
  configs ...) and the commands in them, lowered like a Bash command so every shell rule applies;
* `code` — new code checked for downloads that run, deletes outside the project and sends of the environment;
* `weaken` — what an edit removes against what it adds: tests skipped, gates lowered, verification off ...
  (read by the rules in `automode.rules.writes`).

Pure: the file's current content, when the check needs it, comes from the adapter (`Action.before`).
"""

from __future__ import annotations

from automode import lazyre
from automode.dc import dataclass, field, replace
from automode.effects import Effect
from automode.files import (
    autorun,
    executed,
    fragment,
    later_controls,
    new_config,
    rewrite,
    routine_tasks,
    scan,
    secret_flow,
    tool_options,
    weaken,
    wide_effects,
)
from automode.files import code as codemod
from automode.files.runs import TEMP_PROGRAM, temp_script
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from automode.shell.parse import Command

_URL = lazyre.compile(r"\b(?:https?|ftp)://[^\s'\"|;&)]+")
MAX_CHARS = 2_000_000  # longer code or config is not read: a problem (ask)
BIG_CHARS = 200_000  # above this, the checks read the lines around trigger words only (bounded time for 1 MB)
WINDOW = 160  # characters of context on each side of a trigger word in a big file
MAX_WINDOWS = 200
MAX_READ = 24_000  # characters of such context read at most (beyond: a problem, so an ask)
MAX_RUNS = 400  # commands from one file (recipes, steps, scripts)
#: Effects new code keeps when nothing runs it by itself (what it would do when someone runs it).
KEEP_CODE_DELETE = frozenset({"critical", "secret", "device"})


@dataclass(frozen=True, slots=True)
class WriteView:
    """One file change: the path, the text it removes and the text it adds (`old` empty for a new file or an
    overwrite whose previous content the adapter did not supply: `before_known` False)."""

    tool: str
    path: str
    old: str
    new: str
    before_known: bool
    #: Other configuration files of the project that this file shadows (absolute path, text), read by the adapter
    #: (`Action.shadowed`): `files.new_config` compares a new higher-precedence file with them.
    shadowed: tuple[tuple[str, str], ...] = ()


@dataclass(slots=True)
class Facts:
    """Where the analysis stands (home, working directory, project root) and what the written file adds to it."""

    home: str
    cwd: str
    root: str
    commands: list[Command] = field(default_factory=list)
    effects: list[Effect] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def analyze_write(a: Facts, w: WriteView, *, runs: bool = True, run_now: frozenset[str] | None = None) -> None:
    """Add the effects of what the change weakens and the commands and effects of what the written text will run
    (`run_now`: the tasks of the file a command of this action runs now, `files.routine_tasks.names_run`)."""
    path, new, old = w.path, w.new, w.old
    if not (new.strip() or old.strip()):
        return
    lang = _lang(path)
    kind = executed.kind_of(path) or (None if lang else executed.fallback_kind(path))
    if len(new) > MAX_CHARS:
        if kind is not None or lang:
            a.problems.append(f"the written file is {len(new):,} characters long, over the {MAX_CHARS:,} automode reads")
        return
    big = len(new) > BIG_CHARS
    if big:
        # A very large file: the checks read the neighbourhood of every trigger word, not the whole text.
        new, old = _around_triggers(a, new), (_around_triggers(a, old) if len(old) > BIG_CHARS else old)
        w = WriteView(w.tool, path, old, new, w.before_known)
    low = new.lower()
    found = scan.hits(low)
    if "+++ " in new:
        later_controls.diff_controls(a, path, new)
    weak = weaken.effects(w, a.root, low, found)
    if weak:
        a.effects.extend(weak)
    if w.old.strip() and not any(e.origin.startswith("gates") for e in weak) and _SILENCE.search(new):
        _silenced(a, w)
    elif not w.old.strip() and path.rsplit("/", 1)[-1] in new_config.NAMES:
        # a tool's configuration file created or written whole: what it turns down by its values, or against the
        # project's file it shadows (a higher-precedence file is read instead of the project's)
        done = {e.origin for e in weak}
        for h in new_config.weakenings(w, a.root, w.shadowed):
            if h.check not in done or h.check == "gates-ask":
                a.effects.append(Effect("weaken", h.what, detail=h.detail, origin=h.check, content=path))
    if not wide_effects.TRIGGERS.isdisjoint(found):  # (imported above: its trigger words are in the scan from the start)
        a.effects.extend(wide_effects.effects(w, _rel(path, a.root), found))  # a setting widened (AM-WRITE-060)
    from automode.files import secret_sinks

    if secret_sinks.maybe(path, low):
        for s in secret_sinks.sinks(path, old, new)[:3]:  # a secret written where others read it (AM-WRITE-053)
            a.effects.append(Effect("weaken", f"writes {s.secret} {secret_sinks.WHERE[s.where]} in {_rel(path, a.root)}",
                                    detail=s.what, origin=f"secret-sink-{s.where}", content=path))
    if secret_flow.maybe(found) and secret_sinks.CODE_FILE.search(path):
        for f in secret_flow.flows(path, old, new, found):  # a secret handed to a vendor's SDK (AM-WRITE-053)
            a.effects.append(Effect("weaken", f"sends {f.source} to {f.vendor} ({f.family}) in {_rel(path, a.root)}",
                                    detail=f.line, origin="secret-sink-service", content=path))
    if w.tool in rewrite.WHOLE_FILE_TOOLS:
        a.effects.extend(rewrite.effects(w, _rel(path, a.root)))
    if not _EXPIRY_WORDS.isdisjoint(found) and not _EXPIRY_PLACE.isdisjoint(found):
        _expiries(a, w)
    if lang:
        from automode.knowledge import telemetry

        if telemetry.maybe(low):
            _personal(a, path, new, old)  # before the runs of files something runs (a Go file, a Rakefile): code too
    if not _PII_WORDS.isdisjoint(found):
        _pii_switch(a, path, new, old)
    from automode.files import sends_to

    if sends_to.maybe(path, new):
        _destinations(a, w, new, old)
    base = path.rsplit("/", 1)[-1].lower()
    if not _SELECTION_WORDS.isdisjoint(found) or base.endswith("ignore") or "filter" in base:
        _selections(a, w)
    if runs and tool_options.maybe(path):  # `addopts = --basetemp=~` in pytest.ini: the next `pytest` removes it
        before = set(tool_options.lines(path, old)) if old else set()
        for line in tool_options.lines(path, new):
            if line not in before:
                _shell(a, path, "options", line, "host")
    if not runs or not new.strip():
        return
    if kind is not None:
        old_runs = {r.text for r in executed.runs(kind, old)} if old else set()
        every = executed.runs(kind, w.new if not big else new)
        todo = [r for r in every if r.text not in old_runs and r.text.strip()]
        if not every and len(new) <= fragment.MAX_FRAGMENT and fragment.is_fragment(w.tool, w.before_known) and kind != "vscode-settings":
            # A piece of a recipe or script entry (`sed -i 's#pytest#curl … | sh#' tox.ini`): the command it may complete
            # (which task the piece belongs to is not known: in a file of tasks, one an agent runs routinely)
            place = "routine" if kind in routine_tasks.TASK_KINDS else "request"
            for n, line in enumerate(fragment.lines(new)):
                _shell(a, path, f"edited line {n + 1}", line, place)
            return
        if len(todo) > MAX_RUNS:
            a.problems.append(f"{path} holds {len(todo):,} commands, more than the {MAX_RUNS} automode analyses in one file")
            return
        if kind == "notebook":  # a cell's loop over a listing that acts on each item: every table, every file
            from automode.knowledge import computed

            a.effects.extend(e for r in todo if r.lang != "shell"
                             for e in computed.effects(r.text, path, ("runs-later", f"{_rel(path, a.root)} (cell)")))
        whole = not fragment.is_fragment(w.tool, w.before_known)  # (a piece of a file does not say which task is first)
        reach = routine_tasks.reached(new, every, whole=whole) if kind in routine_tasks.TASK_KINDS else frozenset()
        for r in todo:
            if big and r.lang != "shell":
                _code(a, path, r.text, _lang(path) or "python3", keep_all=False, low=low, found=found, scan_only=True)
                continue
            if r.lang == "shell":
                # a task run routinely (`test`, the default goal) or run by this very action: judged as run now
                place = r.place
                if place == "request" and routine_tasks.selected(r, run_now):
                    place = "host"  # run by this very action
                elif place == "request" and (routine_tasks.routine(r, whole) or r.name in reach):
                    place = "routine"  # run on the next routine check, asked by nobody
                _shell(a, path, r.where, r.text, place)
            else:
                _code(a, path, r.text, "python3" if r.lang == "python" else _lang(path), keep_all=r.lang == "python" or (r.lang == "code" and r.place == "host"),
                      low=low if r.text is new else None, found=found if r.text is new else None,
                      outward=routine_tasks.TEST_CODE.search(path) is not None)
        return
    if lang:
        test = routine_tasks.TEST_CODE.search(path) is not None
        _code(a, path, new, lang, keep_all=False, low=low, found=found, scan_only=big, outward=test)
        if lang == "python3" and not test and not big and _RUN_SELF.search(low) is not None:
            from automode.files.module_level import top_level

            top = top_level(new)  # what runs when the tests import the module: judged as run now
            if top and _RUN_SELF.search(top.lower()) is not None:
                _code(a, path, top, lang, keep_all=True)


def run_tasks(a: Facts, path: str, text: str, names: frozenset[str]) -> None:
    """The tasks of a runner's file that a command runs now (`names`), judged as run now: those a Write of the file
    judged only as run on request (a routine task was judged as run now already)."""
    kind = executed.kind_of(path)
    if kind is None:
        return
    every = executed.runs(kind, text)[:MAX_RUNS]
    reach = routine_tasks.reached(text, every, names) if kind in routine_tasks.TASK_KINDS else frozenset()
    for r in every:
        if r.lang == "shell" and r.place == "request" and (
                routine_tasks.selected(r, names) or r.name in reach):  # fmt: skip
            _shell(a, path, r.where, r.text, "host")


_SELECTION_WORDS = scan.register({"exclude", "ignore", "include", "paths", "only", "omit", "skip", "files", "source", "testmatch",
                                  "patterns", "changes", "except", "allowlist", "whitelist", "blacklist", "denylist", "targets",
                                  "directories"})  # fmt: skip
_EXPIRY_WORDS = scan.register({"expir", "delete"})
_EXPIRY_PLACE = scan.register({"lifecycle", "rule", "retention"})
_PII_WORDS = scan.register({"pii", "capture_", "captureip", "request.headers.*", "request.parameters.*"})


def _selections(a: Facts, w: WriteView) -> None:
    """Include and exclude lists this change adds items to (`files.filters`), for the judge's comparison with the
    selection the user named (AM-WRITE-052)."""
    from automode.files import filters

    before = {(s.kind, x) for s in filters.selections(w.path, w.old) for x in s.items} if w.old else set()
    added: dict[str, dict[str, list[str]]] = {"include": {}, "exclude": {}}  # kind -> key -> items this change adds
    for s in filters.selections(w.path, w.new):
        new_items = [x for x in s.items if (s.kind, x) not in before]
        if new_items:
            added[s.kind].setdefault(s.key, []).extend(new_items)
    for kind, keys in added.items():
        items = list(dict.fromkeys(x for xs in keys.values() for x in xs))[:200]
        if items:  # one effect per kind: the rule reads the user's words once
            a.effects.append(Effect("weaken", f"the {kind} list `{next(iter(keys))}` in {_rel(w.path, a.root)} ({', '.join(items[:6])})",
                                    detail="\n".join(items), origin=f"selection-{kind}", content=w.path))


#: Words of a suppression (`files.checkers`): the cheap trigger before the checker table is read.
_SILENCE = lazyre.compile(r"(?i)off|false|none|silent|allow|ignor|skip|disabl|suppress|noqa|nocheck|nosec|nolint|basic|null|\b0\b|"
                          r"CVE-|GHSA-|AVD-|^\s*-\s")


def _silenced(a: Facts, w: WriteView) -> None:
    """A checker silenced beyond one line (`files.checkers`) that the gate checks did not already report: asked
    (AM-WRITE-003, `gates-ask`); the judge compares its rules and reach with the user's words."""
    from automode.files import checkers

    s = checkers.silenced(w.path, w.old, w.new)
    if s is not None:
        what = f"{', '.join(s.ids[:4])} of {s.checker}" if s.ids else f"{s.checker} ({s.what})"
        where = "the whole project" if s.reach == "project" else "the whole file"
        a.effects.append(Effect("weaken", f"turns {what} off for {where} in {_rel(w.path, a.root)}", detail=s.what,
                                origin="gates-ask", content=w.path))


def _expiries(a: Facts, w: WriteView) -> None:
    """Expiry rules of a lifecycle configuration this change adds (`files.lifecycle`), with the filter each has."""
    from automode.files import lifecycle

    before = {" ".join(e.text.split()) for e in lifecycle.expiries(w.old)} if w.old else set()
    for e in lifecycle.expiries(w.new):
        if " ".join(e.text.split()) in before:
            continue
        scope = f"objects under {', '.join(e.prefixes)}" if e.prefixes else "the objects its tag filter selects" if e.scoped else "every object"
        a.effects.append(Effect("weaken", f"an expiry rule in {_rel(w.path, a.root)} that deletes {scope}", detail="\n".join(e.prefixes),
                                origin="expiry-scoped" if e.scoped else "expiry", content=w.path))


def _pii_switch(a: Facts, path: str, new: str, old: str) -> None:
    """A reporter's setting that sends the users' IP addresses, cookies and headers with every event (Sentry
    `send_default_pii`, Rollbar `capture_ip`), added by this change, in code or configuration of any language."""
    from automode.knowledge import telemetry

    before = set(telemetry.pii_switches(old)) if old else set()
    added = [s for s in telemetry.pii_switches(new) if s not in before]
    if added:
        host = "rollbar.com" if "capture" in added[0].lower() else "newrelic.com" if "request." in added[0] else "sentry.io"
        a.effects.append(Effect("network", f"https://{host}/", detail=f"`{added[0]}` in {_rel(path, a.root)}", origin="send",
                                content=telemetry.PERSONAL_MARK + telemetry.PII_FIELDS, via=(f"code {_rel(path, a.root)}",)))


def _destinations(a: Facts, w: WriteView, new: str, old: str) -> None:
    """Hosts the new text sends data to that the old text never named (`files.sends_to`, AM-EXFIL-052)."""
    from automode.files import sends_to
    from automode.files.sends_to import ORIGINS

    env_old = None if w.before_known or w.old else False  # a new file replaces no environment read
    for d in sends_to.introduced(w.path, old, new, env_old=env_old)[:3]:
        what = {"data": "sends data", "moved": "moves where a stream goes", "new": "adds a send", "production": "writes"}[d.kind]
        a.effects.append(Effect("weaken", f"{what} to {d.url} ({d.where}: {d.line}) in {_rel(w.path, a.root)}", detail=d.host,
                                origin=ORIGINS[d.kind], content=w.path))


def _personal(a: Facts, path: str, new: str, old: str) -> None:
    """Personal data that new code hands to an analytics or telemetry SDK (not what the replaced text already sent)."""
    from automode.knowledge import telemetry

    before = {(s, f) for s, _, fs in telemetry.personal_sends(old) for f in fs} if old else set()
    for service, host, fields in telemetry.personal_sends(new):
        added = [f for f in fields if (service, f) not in before]
        if added:
            a.effects.append(Effect("network", f"https://{host}/", detail=f"{service} call in {_rel(path, a.root)}", origin="send",
                                    content=telemetry.PERSONAL_MARK + ", ".join(added), via=(f"code {_rel(path, a.root)}",)))


def _around_triggers(a: Facts, text: str) -> str:
    """The lines around each trigger word of a very large text, joined; a text with more trigger words than the cap
    is a problem (ask), so padding a file with decoys cannot hide what follows them."""
    low = text.lower()
    sp = scan.spans(low)
    if sp is None:
        return text[:BIG_CHARS]
    out: list[tuple[int, int]] = []
    total = 0
    for s0, e0 in sp:
        if out and s0 < out[-1][1]:
            continue
        lo = text.rfind("\n", 0, max(0, s0 - WINDOW)) + 1
        hi = text.find("\n", e0 + WINDOW)
        hi = len(text) if hi < 0 else hi
        if out and lo <= out[-1][1]:
            total += max(0, hi - out[-1][1])
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            total += hi - lo
            out.append((lo, hi))
        if len(out) > MAX_WINDOWS or total > MAX_READ:
            a.problems.append(f"the written file is large ({len(text):,} characters) with too many places to check")
            break
    return "\n".join(text[lo:hi] for lo, hi in out)


def _lang(path: str) -> str:
    dot = path.rfind(".")
    base = path[path.rfind("/") + 1:]
    if dot > path.rfind("/") + 1:
        return codemod.LANG_BY_SUFFIX.get(path[dot:].lower(), "") or autorun.LANG_BY_NAME.get(base, "")
    return codemod.LANG_BY_NAME.get(base, "") or autorun.LANG_BY_NAME.get(base, "")


def _shell(a: Facts, path: str, where: str, text: str, place: str = "host") -> None:
    from automode import knowledge
    from automode.knowledge.programs_carry import lower_hook
    from automode.shell.commands import Env, command_effects
    from automode.shell.lower import Lowerer

    lw = Lowerer(a.home, a.cwd, lower_hook)
    via = (f"runs-later {_rel(path, a.root)} ({where})",)
    lw.source(text, via=via, cwd=a.root)
    if "eval" in text or "Function" in text or "exec(" in text:
        # Inline code in the command (`node -e "...then(eval)"`): fetched code evaluated.
        codemod.scan_constructs(text, codemod.command_for("sh", _rel(path, a.root), a.root), lw, via)
    env = Env(a.home, a.root)
    effects = list(lw.out.effects)
    for cmd in lw.out.commands:
        effects.extend(command_effects(cmd, env))
        effects.extend(knowledge.effects(cmd, env))
    effects = _name_downloads(effects, lw.out.commands)
    if place == "runner":
        # A container build, dev container or CI runner: its own file system is throwaway; what it fetches and
        # runs, and what it sends out, is what reaches the user (the image, the repository's secrets).
        a.effects.extend(e for e in effects if _kept_runner(e))
        a.commands.extend(c for c in lw.out.commands if _trusts(c))  # an unsigned package or a trusted source baked in
        return
    if place in ("request", "routine"):
        # Run when someone asks for it by name: what the recipe's name announces (deploy, publish) is theirs to
        # ask for then; what it does besides (runs a download, sends secrets, wipes home) is judged now.
        # (and a delete of a cache outside the project: the judge compares it with the words, `code_reach`)
        # (and any write or delete of an agent's or automode's controls: a `test` script that removes the hooks'
        # settings switches the guard off on the next routine check, asked by nobody; AM-AGENT-001 judges it now)
        a.effects.extend(e for e in effects if _kept_request(e) or _outside_cache(e, a.root) or later_controls.control(e))
        # Whose code it fetches and runs is judged now too (the supply rules read commands): a `go:generate go run
        # x@latest` or a recipe's `npx stranger-tool` runs that code on every regeneration, whoever asks for it.
        from automode.knowledge import supply

        a.commands.extend(c for c in lw.out.commands if (supply.concerns(c) and any(
            p.runs or p.ref or p.unknown for p in supply.packages(c))) or _socket_shell(c) or _trusts(c) or _host_container(c)
            # a routine task (`test`, the default goal, `pretest`) runs on the next check, asked by nobody: what it
            # pushes, publishes or applies outside the machine is judged as a command now (`files.routine_tasks`)
            or (place == "routine" and _RUN_OUT.search(c.text.lower()) is not None)
            # a program or script it runs from a temporary or download directory (AM-WRITE-018), whoever runs it
            or (not c.argv[0].dynamic and TEMP_PROGRAM.search(c.argv[0].value) is not None) or temp_script(c) is not None)
        return
    a.commands.extend(lw.out.commands)
    a.effects.extend(effects)


def _trusts(c: Command) -> bool:
    """A command that marks a source trusted or turns a check off (`pip config set global.trusted-host`, `npm config
    set strict-ssl false`, `Set-PSRepository … Trusted`): what it changes outlasts the cell or recipe that runs it, so
    it is judged now, whoever asks for the run (the supply and security rules read commands)."""
    from automode.knowledge import supply
    from automode.knowledge.weakenings import weakening

    if weakening(c.name, " ".join(c.args)) is not None:
        return True
    return supply.concerns(c) and any(s.insecure for s in supply.sources(c))


_CONTAINER_HOST = lazyre.compile(r"--privileged|(?:-v|--volume|--mount)[= ]\S*(?:source=/,|^/:|\s/:|docker\.sock|containerd\.sock|podman\.sock)|"
                                  r"(?:-v|--volume)[= ](?:/|~|\$\{?HOME\}?|/etc|/root)(?::|\s)|--(?:pid|ipc|userns)[= ]host|--cap-add[= ]\S*(?:ALL|SYS_)|"
                                  r"(?:seccomp|apparmor)[=:]unconfined")


def _host_container(c: Command) -> bool:
    """A container started with the host (`docker run -v /:/host`, the engine's socket, `--privileged`): kept from a
    recipe run on request for the container rule (AM-SEC-011), whoever asks for the run: a test target does not
    announce a container that owns the machine."""
    return c.name in ("docker", "podman", "nerdctl", "docker-compose") and _CONTAINER_HOST.search(c.text or "") is not None


def _socket_shell(c: Command) -> bool:
    """A command that may wire a shell to the network (`bash -i >& /dev/tcp/h/p`, `nc -e`, `socat exec:`): kept for the
    reverse-shell floor (AM-RCE-003), which reads commands, whoever runs the recipe and whenever."""
    return c.name in ("nc", "ncat", "netcat", "socat") or "/dev/tcp/" in c.text or "/dev/udp/" in c.text


def _code(a: Facts, path: str, text: str, lang: str | None, *, keep_all: bool, low: str | None = None,
          found: frozenset[str] | None = None, scan_only: bool = False, outward: bool = False) -> None:
    """`outward`: code a routine command runs (a test module, `files.routine_tasks.TEST_CODE`): the commands it runs
    that push, publish or apply outside the machine are judged as commands run now."""
    notebook = path.endswith(".ipynb")
    if notebook and lang == "python3" and not keep_all and _CELL_SQL.search(text):
        _cell_statements(a, text)
    outward = outward and _RUN_OUT_CODE.search(low if low is not None else text.lower()) is not None
    if not lang or not (codemod.worth_reading(text, low, found) or (notebook and codemod.reads_secret_file(text, low, found))
                        or outward or (keep_all and _RUN_SELF.search(low if low is not None else text.lower()) is not None)):
        return
    from automode import knowledge
    from automode.knowledge.programs_carry import lower_hook
    from automode.shell.commands import Env, command_effects
    from automode.shell.lower import Lowerer

    lw = Lowerer(a.home, a.root, lower_hook)
    cmd = codemod.command_for(lang, _rel(path, a.root), a.root)
    if lang == "python3" and not scan_only:
        reader = codemod.CodeReader(cmd, lw, task_runner=keep_all and codemod.TASK_FILE.search(path) is not None)
        reader.run(text)
        for run, where in reader.scheduled[:MAX_RUNS]:
            _shell(a, path, where, run)  # run by the scheduler by itself: judged like a command run now
    else:
        codemod.scan_other(lang, text, cmd, lw, light=scan_only)
    env = Env(a.home, a.root)
    effects = list(lw.out.effects)
    for c in lw.out.commands:
        effects.extend(command_effects(c, env))
        effects.extend(knowledge.effects(c, env))
    effects = _name_downloads(effects, lw.out.commands)
    if keep_all:
        a.commands.extend(lw.out.commands)
        a.effects.extend(e for e in effects if _kept_run(e))
    else:
        # A notebook keeps what its cells print: a credential file read in a cell ends up in the saved outputs.
        a.effects.extend(e for e in effects if _kept_code(e) or (notebook and e.kind == "read" and e.pclass == "secret"))
        # A command the code runs that registers something to run later (a Run key, a scheduled task, a service
        # enabled): judged as the command it is, like a recipe's (`knowledge.later_commands`).
        from automode.knowledge.later_commands import PROGRAMS, later_command

        a.commands.extend(c for c in lw.out.commands if (c.name in PROGRAMS and later_command(c) is not None)
                          or (outward and _RUN_OUT.search(c.text.lower()) is not None))


#: What code that runs by itself (a conftest.py, a setup.py) may destroy inside the project: read even when nothing in it
#: reaches outside (a session fixture that runs `git clean -fdx` wipes every untracked file of the checkout).
_RUN_DESTROY_PAT = (r"git\W+(?:clean|reset|checkout\W+--|stash\W+clear)|drop\s+(?:table|database|schema)|truncate|flushall|"
                    r"flushdb|dropdatabase|drop_all|rmtree|\brm\s+-\w*r|remove_dir_all|removeall|rimraf|rmsync")
#: ... and what it may send or rewrite outside the machine (a conftest.py whose session fixture force-pushes, publishes
#: or uploads does so on the next `pytest`, under any request).
_RUN_OUT_PAT = (r"git\W+(?:-c\W+\S+\W+)*push|\bpublish\b|twine\W+upload|\bgh\W+(?:release|repo)|"
                r"\bnpm\W+(?:dist-tag|unpublish|deprecate)|kubectl\W+(?:delete|apply)|terraform\W+(?:apply|destroy)")
_RUN_SELF = lazyre.compile(_RUN_DESTROY_PAT + "|" + _RUN_OUT_PAT)
_RUN_OUT = lazyre.compile(_RUN_OUT_PAT)
#: The same acts as code spells them, the program and its verb apart (`Command::new("git").args(["push", …])`,
#: `exec.Command("npm", "publish")`): the trigger for reading test code; the commands read are matched by `_RUN_OUT`.
_RUN_OUT_CODE = lazyre.compile(r"\bgit\b[^\n]{0,80}\bpush\b|\bpublish\b|\btwine\b[^\n]{0,40}\bupload\b|\bgh\b[^\n]{0,40}\b(?:release|repo)\b|"
                               r"\bnpm\b[^\n]{0,40}\b(?:dist-tag|unpublish|deprecate)\b|\bkubectl\b[^\n]{0,60}\b(?:delete|apply)\b|"
                               r"\bterraform\b[^\n]{0,60}\b(?:apply|destroy)\b")


def _kept_run(e: Effect) -> bool:
    """A file that runs by itself: everything but what is only unknown (a dynamic subprocess or path)."""
    if e.kind == "exec":
        return e.origin not in ("dynamic", "stdin")
    return e.pclass != "dynamic"


def _kept_request(e: Effect) -> bool:
    if e.kind == "listen":
        return e.verb == "execute"  # a debugger or console opened to the network, whoever starts the task
    if e.kind in ("exec", "delete"):
        return _kept_code(e)
    if e.kind == "write":
        return e.pclass in ("protected", "secret", "critical", "device")
    return e.kind == "network"


def _outside_cache(e: Effect, root: str) -> bool:
    """A delete of a cache or build directory outside the project (`rm -rf ~/.cache/pip` in a `clean` recipe)."""
    return e.kind == "delete" and e.pclass == "artefact" and not e.target.startswith(root.rstrip("/") + "/")


def _kept_runner(e: Effect) -> bool:
    if e.kind == "exec":
        return e.origin in ("remote", "reverse-shell", "decoded", "fork-loop")
    return e.kind == "network" and e.origin == "send"


def _kept_code(e: Effect) -> bool:
    if e.kind == "exec":
        return e.origin in ("remote", "reverse-shell", "fork-loop")
    if e.kind == "delete":
        # A whole directory at the top of the home directory (`~/.config`, `~/Documents`) too; an application's
        # own folder deeper down (`~/.myapp/cache`) is its business.
        return e.pclass in KEEP_CODE_DELETE or (e.pclass == "system" and e.recursive) or (
            e.pclass in ("home", "dynamic") and e.recursive and _home_top(e.target))
    if e.kind == "network":
        return (e.content or "").startswith(codemod.ENV_MARK)
    if e.kind == "write":
        # a shell start-up file, an autostart entry, `authorized_keys`, a system file: what the code installs there
        # runs later or lets someone in, whoever runs the code (`files.code._written_places`)
        return e.pclass in ("protected", "secret", "system", "critical") and "code" in " ".join(e.via)
    return False


#: SQL that changes a store, in a cell's code (`spark.sql("TRUNCATE …")`, `cur.execute("DELETE FROM …")`).
_CELL_SQL = lazyre.compile(r"(?i)\b(?:truncate|drop\s+(?:table|database|schema|view)|delete\s+from|update\s+[\w.\"`]+\s+set|"
                           r"alter\s+table|insert\s+overwrite|grant|revoke)\b")


def _cell_statements(a: Facts, text: str) -> None:
    """The statements a notebook cell runs against a store, judged as if the cell ran now (it runs in the live kernel,
    when the user runs it: session 23, N3): read as the same code given to `python3 -c`."""
    import shlex

    from automode import knowledge
    from automode.knowledge.programs_carry import lower_hook
    from automode.shell.commands import Env
    from automode.shell.lower import Lowerer

    lw = Lowerer(a.home, a.root, lower_hook)
    lw.source("python3 -c " + shlex.quote(text[:20_000]), via=("notebook cell",), cwd=a.root)
    env = Env(a.home, a.root)
    for c in lw.out.commands[:1]:
        a.effects.extend(e for e in knowledge.effects(c, env) if _cell_data_act(e))


def _cell_data_act(e: Effect) -> bool:
    """A store's rows or schema deleted or changed by a notebook cell (`spark.sql("TRUNCATE …")`, `cur.execute("DELETE
    …")`)."""
    return e.kind == "control" and e.origin == "data" and e.verb in ("delete", "update", "permission")


def _home_top(path: str) -> bool:
    """A directory at the top of a home directory (`~/Documents`), or everything in one (`~/Documents/*`)."""
    parts = path.rstrip("/").split("/")
    if parts and any(c in parts[-1] for c in "*?["):
        parts = parts[:-1]  # everything in the directory
        if (len(parts) == 3 and parts[1] in ("home", "Users")) or (len(parts) == 2 and parts[1] == "root"):
            return True  # everything in the home directory
    if any(c in "/".join(parts) for c in "*?[$"):
        return False
    return (len(parts) == 4 and parts[1] in ("home", "Users")) or (len(parts) == 3 and parts[1] == "root")


def _name_downloads(effects: list[Effect], commands: Sequence[Command]) -> list[Effect]:
    """`code downloaded by curl runs in sh` -> the URL it comes from, so the reason and the judge can name it."""
    if not any(e.kind == "exec" and e.origin == "remote" for e in effects):
        return effects
    urls = [m.group(0) for c in commands for x in c.args for m in _URL.finditer(x)]
    if not urls:
        return effects
    return [replace(e, target=f"{urls[0]} | {e.target.rsplit(' ', 1)[-1]}") if e.kind == "exec" and e.origin == "remote"
            else e for e in effects]  # fmt: skip


def _rel(path: str, root: str) -> str:
    r = root.rstrip("/") + "/"
    return path[len(r):] if path.startswith(r) else path
