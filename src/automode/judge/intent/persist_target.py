"""What a request must say and name to release a mechanism that runs something later (`facts.target` for
AM-PERSIST-002, AM-PERSIST-005 and the hooks directory of AM-GIT-003).

* A scheduler or autostart command (`knowledge.later_commands`): the request says a word of the mechanism's kind
  ("every night", "at login", "after I log out", "restart automatically") and names what it runs: the job of a cron
  line, an `at` job, a task's `/tr`, a Run value's `/d` (`persist.scheduled_as_asked`), or, for a mechanism with no job
  text, the unit, agent, service or container it registers (`later_objects`). A job the user did not name keeps it
  unreleased: the task's name (`/tn Backup`) is the agent's choice, not the user's word.
* A trigger added to a project file (`files.later_triggers`): the words of its kind, nothing else named ("run the
  tests every night in CI", "add a postinstall that runs prisma generate"); a VS Code task run on folder open
  (AM-WRITE-015): the words of opening ("when I open the folder").
* `core.hooksPath` set to a directory (`persist.hooks_dir_set`): the request says "hooks" and gives that directory.
"""

from __future__ import annotations

from automode import lazyre
from automode.judge.intent.releases import SCHEDULE_WORDS, SCHEDULERS
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

Parts = tuple[frozenset[str], list[str], list[str], list[str], frozenset[str]]


def mechanism_words(a: Analysis) -> frozenset[str] | None:
    """The words one of which a request for the action's scheduling or autostart mechanisms says (each mechanism's
    kind: `knowledge.later_commands.KIND_WORDS`), or None when it uses none."""
    from automode.knowledge.later_commands import KIND_WORDS, later_command

    words: set[str] = set(SCHEDULE_WORDS) if any(c.name in SCHEDULERS for c in a.commands) else set()
    found = bool(words)
    for c in a.commands:
        row = later_command(c)
        if row is not None:
            words |= KIND_WORDS[row.kind]
            found = True
    return frozenset(words) if found else None


def later_parts(rid: str, a: Analysis, verbs: frozenset[str], objects: list[str], paths: list[str], kinds: list[str],
                says: frozenset[str]) -> Parts | None:
    """The target's verbs, objects, paths, kinds and words for a mechanism or a trigger; None: never released."""
    from automode.judge.intent.lexicon import VERBS
    from automode.judge.intent.persist import scheduled_as_asked

    if rid == "AM-WRITE-015":
        from automode.files.later_triggers import KIND_WORDS as TRIGGER_WORDS

        # a task run when the folder opens: "add a lint task" asks for a task, not for it to run by itself
        return verbs, objects, paths, kinds, TRIGGER_WORDS["open"] | {"folderopen"}
    if rid == "AM-PERSIST-005":
        from automode.files.later_triggers import KIND_WORDS as TRIGGER_WORDS

        # a trigger of the project's own file is named by what it does ("run the tests every night in CI", "make
        # redis restart automatically", "add a postinstall that runs prisma generate"), not by the file
        words = frozenset().union(*(TRIGGER_WORDS.get(e.origin[6:], frozenset()) for e in a.effects
                                    if e.kind == "weaken" and e.origin.startswith("later-")))
        return verbs, [], [], [], words
    mechanisms = mechanism_words(a)
    if mechanisms is None:
        return verbs, objects, paths, kinds, says
    said = " ".join(a.ctx.user_messages)
    if not any(c.name in SCHEDULERS for c in a.commands):
        # a unit, task or login item is named by its name or what it runs, whatever the verb ("make jupyter start at
        # login", "keep the bot running after I log out"); installing destroys nothing
        from automode.knowledge.later_commands import later_command, later_objects

        verbs = verbs | (frozenset(VERBS) - {"delete", "reset", "force-push"})
        objects = [o for c in a.commands if later_command(c) is not None for o in later_objects(c)]
        kinds = []
        said_words = set(_WORD.findall(said.lower()))
        if objects and all(_distinct(o) & said_words for o in objects):
            objects = []  # "the sync daemon" names `tern-sync.service`, "bin/sync-daemon" `fieldnotes-sync`
        if any(v.endswith("(runs later)") for c in a.commands for v in c.via) and not scheduled_as_asked(a.commands, said):
            return None  # the task runs a program the user did not name
    if scheduled_as_asked(a.commands, said):
        # What it runs is the user's: the schedule is what is asked, with whatever verb names the job ("rotate the
        # keys tonight at 3am", "back up my notes every night").
        return verbs | frozenset(VERBS), [], [], [], mechanisms
    return verbs, objects, paths, kinds, mechanisms


_WORD = lazyre.compile(r"[a-z0-9]+")
#: Parts of unit, agent, task and container names that say what kind of thing it is, not which one.
_GENERIC = frozenset({"service", "services", "timer", "socket", "path", "target", "user", "system", "app", "com", "org",
                      "net", "io", "dev", "local", "daemon", "agent", "helper", "server", "job", "task", "plist",
                      "exe", "run", "runner", "the", "my", "main", "default"})  # fmt: skip


def _distinct(name: str) -> set[str]:
    """The parts of a unit's, agent's or task's name that tell it apart (`com.tramline.simlogs` -> tramline, simlogs)."""
    return {t for t in _WORD.findall(name.lower()) if len(t) >= 3 and t not in _GENERIC and not t.isdigit()}
