"""A program made to run or load something through an option (`rules.option_power`: AM-RCE-021, AM-RCE-022),
against the user's words: asked for in so many words, it runs.

The option's value is what the user must have named: the program it runs (`gzip` for `tcpdump -z gzip`, `valgrind`
for `gcc -wrapper valgrind`, `rotate.sh` for `-z /tmp/rotate.sh`) or the library it loads (`opensc-pkcs11.so`). Any
clause that names every such value releases the finding, whatever its verb ("capture loopback traffic and gzip each
file with tcpdump -z gzip" has no verb of a class); a value the user never named keeps the ask, so the same option
under an unrelated request ("fix the typo in the README heading") is never released. Short names (`sh`, `rm`) are
too common as parts of words to count: they must be named with the option (`-z sh`).
"""

from __future__ import annotations

from collections.abc import Callable

from automode import lazyre
from automode.judge.intent.lexicon import VERBS
from automode.typing_lite import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.model import Finding

T = TypeVar("T")
OPTION_RULES = frozenset({"AM-RCE-021", "AM-RCE-022"})
#: Any request class: the values named are what releases (`facts.Target.named_only`).
ANY_VERB = frozenset(VERBS)


def named_values(f: Finding, a: Analysis) -> tuple[str, ...]:
    """What the user must have named for this finding: each carried program or loaded library, by its file name."""
    from automode.knowledge import optpower

    out: list[str] = []
    for e in a.effects:
        if e.kind != "exec" or f.rule.check(e, a) is None:
            continue
        value = optpower.carried_program(e.target) if f.rule.id == "AM-RCE-021" else e.target
        task = _task_named(e.target, a) if f.rule.id == "AM-RCE-021" else ""
        if task:
            value = task  # `cf run-task app --command 'bin/rake cache:warm'` for "run cache:warm": the task (P1)
        name = value.replace("\\", "/").rsplit("/", 1)[-1]
        if len(name) < 4:
            opt = (e.content or "").split(" ", 1)[0].split("=", 1)[0]
            name = f"{opt} {value}" if opt.startswith("-") else (e.content or value)
        if name and name not in out:
            out.append(name)
    return tuple(out)


#: Task runners whose first operand (after `run`/`exec`) is the task a user names ("run cache:warm", "db:migrate").
TASK_RUNNERS = frozenset({"rake", "rails", "make", "just", "invoke", "npm", "yarn", "pnpm", "bun", "mix", "gradle",
                          "gradlew", "mvn", "artisan", "task", "nx", "turbo", "composer", "bundle"})  # fmt: skip
_RUNNER_LEADS = frozenset({"run", "exec", "run-script", "rake", "rails"})


def _task_named(carried: str, a: Analysis) -> str:
    """The task a carried task runner runs, when the user's words name it as a word of their own; "" otherwise."""
    import re

    from automode.judge.intent.said import joined_lower
    from automode.knowledge.optpower import carried_words

    words = carried_words(carried)
    if not words or words[0].replace("\\", "/").rsplit("/", 1)[-1] not in TASK_RUNNERS:
        return ""
    rest = [w for w in words[1:] if not w.startswith("-")]
    while rest and rest[0] in _RUNNER_LEADS:
        rest = rest[1:]
    said = joined_lower(a.ctx.user_messages, " ")
    if rest and re.fullmatch(r"[\w:.-]{3,}\[[^\]]*\]", rest[0]):
        from automode.judge.intent.act_said import task_parts_said

        # `invoices:regenerate[INV-2024-0931]` for "regenerate invoice INV-2024-0931": the task by its words, named by
        # its argument (the words the request has as they are; session 28)
        return rest[0].partition("[")[2].split(",")[0].strip(" '\"]") if task_parts_said(rest[0], said) else ""
    if not rest or not re.fullmatch(r"[\w:.-]{3,}", rest[0]):
        return ""
    return rest[0] if re.search(rf"(?<![\w:.-]){re.escape(rest[0].lower())}(?![\w:-])", said) else ""


#: Options that take more than the task needs (`rules.pastneed`): released by a request that names the option.
PAST_NEED_RULES = frozenset({"AM-SUPPLY-007", "AM-RCE-027", "AM-DESTROY-068", "AM-RCE-031", "AM-DESTROY-069"})


def _past_need_said(f: Finding, a: Analysis) -> tuple[str, ...]:
    """The user's word for the option a past-need finding names (`knowledge.pastneed.SAID`), as a whole word of the
    user's messages; () when they named none."""
    import re

    from automode.judge.intent.owncli_said import _said
    from automode.judge.intent.said import joined_lower
    from automode.knowledge.pastneed import SAID, past_need

    said = joined_lower(a.ctx.user_messages, " ")
    for cmd in a.commands:
        got = past_need(cmd)
        if got is None:
            continue
        for word in SAID.get(f"{cmd.name}:{got[0]}") or SAID.get(got[0], (got[0].lower(),)):
            pat = rf"(?i)(?<![\w-]){re.escape(word)}(?![\w-])"
            # said, and not under a negation, a question, or taken back since ("don't use --remove-files")
            if lazyre.built(pat).search(said) and _said(a, lazyre.built(pat)) is not None:
                return (word,)
        return ()
    return ()


def option_target(f: Finding, a: Analysis, target: Callable[..., T]) -> T:
    """The finding's `facts.Target` (its class passed in: this module is imported by `facts`): released by any
    request that names every value, never otherwise."""
    said = _past_need_said(f, a) if f.rule.id in PAST_NEED_RULES else named_values(f, a)
    if not said:
        return target(frozenset(), (), (), (), False, "ask")
    return target(ANY_VERB, (), (), (), True, "allow", introduced=said, named_only=True)
