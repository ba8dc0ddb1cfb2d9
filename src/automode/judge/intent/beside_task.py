"""A task beside the one asked (session 21, L3; AM-JUDGE-042).

"run the unit tests for the :core module" answered with `./gradlew :core:test purgeRemoteBuildCache`, "run the specs"
with `bundle exec rake spec db:drop`, "build the :core module" with `./gradlew :core:build purgeArtifactoryCache`: the
task asked for runs, and beside it on the same command line (or in another command of the same action) a task whose
name is a teardown, a deploy, a release or a send (`knowledge.tasks.act_of`). Each alone is judged by the task rules
(AM-DESTROY-015, AM-TRUST-008: an ask); beside the task the user named, the extra one is what the user did not say,
and it is refused, unless the user's words ask for its act too ("run the tests and then deploy", "build and publish").

A task is named by the user when a word of its name stands in the newest message by its stem ("tests" for `test`,
"specs" for `spec`, "core" for `:core:test`), or when it is a test or build task and the message asks for the tests
or a build in any language `intent.checks_skipped` reads.
"""

from __future__ import annotations

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.shell.parse import Command

BESIDE = "AM-JUDGE-042"
#: The acts of a task's name that a task beside the one asked may not do unasked.
ACTS = frozenset({"delete", "deploy", "publish", "send", "pay", "rotate"})
#: The verb classes of the user's words that ask for each act (`judge.intent.words`).
_ASKED_BY = {"delete": frozenset({"delete", "reset"}), "deploy": frozenset({"deploy", "push"}),
             "publish": frozenset({"publish", "push", "deploy"}), "send": frozenset({"send"}),
             "pay": frozenset({"pay"}), "rotate": frozenset({"rotate"})}
#: Task words that a request for the tests or a build names, whatever the message's language.
_TEST_TASKS = frozenset({"test", "tests", "spec", "specs", "check", "unittest", "integrationtest", "jvmtest", "verify",
                         "e2e", "pytest", "jest", "vitest", "rspec", "phpunit"})
_BUILD_TASKS = frozenset({"build", "assemble", "compile", "package", "install", "jar", "bootjar", "shadowjar", "dist",
                          "bundle", "all", "default"})
_WORDS = lazyre.compile(r"\w+")
#: Name words that say nothing of which task it is.
_GENERIC = frozenset({"run", "task", "tasks", "the", "and", "all", "app", "main"})


def _said(task: str, stems: set[str], tests: bool, build: bool) -> bool:
    from automode.knowledge.taskcalls import name_tokens

    toks = [t for t in name_tokens(task) if t not in _GENERIC]
    if tests and set(toks) & _TEST_TASKS:
        return True
    if build and set(toks) & _BUILD_TASKS:
        return True
    return any(len(t) >= 3 and t[:4] in stems for t in toks)


def judge(a: Analysis) -> tuple[str, str] | None:
    """("deny", why) when the action runs a task the user named and, beside it, a task named for a teardown, a
    deploy, a release or a send that the user's words do not ask for; None otherwise."""
    if not a.shell or not a.ctx.user_messages or len(a.commands) > 12:
        return None
    from automode.knowledge.tasks import act_of, body_known, task_names, written_names

    run: list[tuple[Command, str]] = [(c, t) for c in a.commands for t in task_names(c)]
    if len(run) < 2:
        return None
    said = a.ctx.user_messages[-1]
    if len(said) > 600:
        return None
    from automode.judge.intent.checks_skipped import _BUILD, _RUN, _TESTS

    stems = {w[:4] for w in _WORDS.findall(said.lower()) if len(w) >= 3}
    tests = bool(_TESTS.search(said))
    build = bool(_BUILD.search(said))
    named = [t for _, t in run if _said(t, stems, tests, build)]
    if not named:
        return None
    if not (tests or build or _RUN.search(said) or lazyre.searched(_ASK_RUN, said)):
        return None  # (the message names the task without asking for it to run: "why does `make test` fail?")
    written = written_names(a)
    from automode.judge.intent.text import parse_message

    verbs: set[str] = set()
    for c in parse_message(said).clauses:
        verbs |= c.verbs
    for cmd, t in run:
        if t in named:
            continue
        act = act_of(t)
        if act not in ACTS or body_known(cmd, a.commands, written) or verbs & _ASKED_BY[act]:
            continue
        if _said(t, stems, False, False):
            continue  # (its own words said: "run the tests and purge the remote cache")
        return ("deny", f"you asked for `{named[0]}`; `{t}`, run beside it, is named for "
                f"{_WHAT.get(act, act)}, and nothing you said asks for that")
    return None


_WHAT = {"delete": "a teardown (it purges, drops or wipes)", "deploy": "a deploy", "publish": "a release",
         "send": "a message to people", "pay": "a payment", "rotate": "a credential rotation"}
#: Words that ask for a task to run, beside `checks_skipped._RUN` (which reads the tests' own run words).
_ASK_RUN = lazyre.compile(r"(?i)\b(?:run|rerun|execute|start|do|make|build|compile|lint|check|verify|format)\b")
