"""Rule catalogue machinery: every rule is data (id, category, verdict, doc, fixtures) plus one small function.

Three kinds, by what the function looks at:

* command rules  `check(cmd: Command, a: Analysis) -> str | None`, indexed by command name (`names`), or run
  for every command when `names` is None;
* effect rules   `check(e: Effect, a: Analysis) -> str | None`, indexed by effect kind;
* action rules   `check(a: Analysis) -> str | None`, once per action.

`check` returns the specific detail ("deletes /etc recursively") or None. A rule whose verdict depends on the
target can return `Hit` to pick a stricter or milder verdict than its default.

**Triggers** (`needs`): a rule run for every command or once per action can name what must be present for it to be
able to fire, and the engine runs it only then (most actions hold none of it, and every call costs). Tokens:

* `effect:KIND`: an effect of that kind in the action (action rules);
* `command:NAME`: a command of that name (action rules: anywhere in the action; command rules: this command);
* `assignments`: a bare `NAME=value` statement in the action (action rules);
* `assigns`: a command with `NAME=value` prefixes (action rules: any command; command rules: this one);
* `launched`: a command started through a wrapper or runner (`uvx tool`: `Command.launchers`), likewise;
* `privileged`: this command runs as root (command rules);
* `runs-later`: this command comes from a file that runs later (`Command.via` starts with `runs-later `);
* `package-command`: a command that could install, run or configure packages (`automode.knowledge.supply.concerns`:
  a package manager or runner, its configuration, or prefix assignments), action rules;
* `project-controls`: the adapter reported control files in the project (`Context.project_controls`), action rules;
* `tool:NAME`: the action's tool (`tool:Write`), action rules.

A rule can also name a test on command names (`when`, a pure function of the name, asked once per name and kept):
the rule runs on a command (an action rule: on an action with a command) whose name passes it, or when one of its
`needs` is present. Every command rule without `names` and every action rule declares `needs` or `when`, or says in
`always` why it runs on everything (`tests/engine/test_rule_triggers.py` holds the catalogue to that).

A rule with `needs` must return None whenever none of them is present: `tests/engine/test_rule_triggers.py` runs the
whole catalogue beside the indexed dispatch and compares every finding. `needs=frozenset()` means never run (a rule
reported by the engine itself).
"""

from __future__ import annotations

from collections.abc import Callable

from automode.dc import dataclass, field
from automode.model import Verdict
from automode.typing_lite import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.shell.parse import Command

Kind = Literal["command", "effect", "action"]
Fixture = str | dict[str, Any]  # a Bash command, or {"tool":..., "input":..., "context": {...}}

#: Where a rule's doc lives: the repository's docs/rules.md (generated), and offline `automode rules ID`. No invented
#: web address: the project publishes none.
DOCS_URL = "docs/rules.md#"


@dataclass(frozen=True, slots=True)
class Hit:
    detail: str
    verdict: Verdict | None = None  # None = the rule's default verdict
    #: A safer action built from this one (a dry run, a plan) that automode itself allows; beats the rule's own.
    suggestion: str | None = None


@dataclass(frozen=True)
class Rule:
    id: str
    category: str
    verdict: Verdict
    title: str
    what: str  # what it matches
    why: str  # why it is dangerous
    example: str
    instead: str  # what to do instead
    kind: Kind
    check: Callable[..., str | Hit | None]
    names: frozenset[str] | None = None  # command rules: command names; effect rules: effect kinds
    floor: bool = False  # hard floor: no allow rule or user request can release it
    suggestion: str | None = None  # a safer action automode itself allows
    must_match: tuple[Fixture, ...] = ()
    must_not_match: tuple[Fixture, ...] = ()
    severity: str = "high"
    #: The user verb classes (`automode.intent.lexicon`) that can release it, for rules outside the judge's own table:
    #: the request must also name the object the finding names (what was weakened, where).
    release: frozenset[str] | None = None
    #: What must be present for the rule to be able to fire (see the module doc); None: run it on everything.
    needs: frozenset[str] | None = None
    #: A test on a command's name (see the module doc): the rule runs where a name passes it or a `needs` holds.
    when: Callable[[str], bool] | None = None
    #: Why a rule without triggers runs on every command or action (an index would cost what the rule costs).
    always: str | None = None

    @property
    def indexed(self) -> bool:
        """Whether the rule runs only where its triggers are present."""
        return self.needs is not None or self.when is not None

    def runs_for(self, tokens: set[str] | frozenset[str], name_ok: bool) -> bool:
        """Whether the rule runs where `tokens` are present and (`name_ok`) a command name passes its `when`."""
        if not self.indexed:
            return True
        return (self.needs is not None and not self.needs.isdisjoint(tokens)) or (self.when is not None and name_ok)

    @property
    def doc_url(self) -> str:
        return DOCS_URL + self.id.lower()


@dataclass
class Registry:
    rules: list[Rule] = field(default_factory=list)
    by_id: dict[str, Rule] = field(default_factory=dict)

    def add(self, rule: Rule) -> None:
        if rule.id in self.by_id:
            raise ValueError(f"duplicate rule id {rule.id}")
        self.rules.append(rule)
        self.by_id[rule.id] = rule


REGISTRY = Registry()


def rule(
    id: str,
    *,
    category: str,
    verdict: Verdict,
    title: str,
    what: str,
    why: str,
    example: str,
    instead: str,
    kind: Kind,
    names: set[str] | frozenset[str] | None = None,
    floor: bool = False,
    suggestion: str | None = None,
    must_match: tuple[Fixture, ...] | list[Fixture] = (),
    must_not_match: tuple[Fixture, ...] | list[Fixture] = (),
    severity: str = "high",
    release: set[str] | frozenset[str] | None = None,
    needs: set[str] | frozenset[str] | None = None,
    when: Callable[[str], bool] | None = None,
    always: str | None = None,
) -> Callable[[Callable[..., str | Hit | None]], Callable[..., str | Hit | None]]:
    """Register the decorated function as a rule."""

    def deco(fn: Callable[..., str | Hit | None]) -> Callable[..., str | Hit | None]:
        REGISTRY.add(
            Rule(
                id=id, category=category, verdict=verdict, title=title, what=what, why=why, example=example,
                instead=instead, kind=kind, check=fn, names=frozenset(names) if names is not None else None,
                floor=floor, suggestion=suggestion, must_match=tuple(must_match),
                must_not_match=tuple(must_not_match), severity=severity,
                release=frozenset(release) if release is not None else None,
                needs=frozenset(needs) if needs is not None else None, when=when, always=always,
            )
        )
        return fn

    return deco


TOKEN_PREFIXES = ("effect:", "command:", "tool:")
TOKEN_FLAGS = frozenset({"assignments", "assigns", "launched", "privileged", "runs-later", "package-command",
                         "project-controls"})


def command_tokens(cmd: Command) -> set[str]:
    """The trigger tokens one command holds (see the module doc)."""
    out = {"command:" + cmd.name}
    if cmd.assigns:
        out.add("assigns")
    if cmd.launchers:
        out.add("launched")
    if cmd.privileged:
        out.add("privileged")
    if cmd.via and cmd.via[0].startswith("runs-later "):
        out.add("runs-later")
    return out


def action_tokens(a: Analysis) -> set[str]:
    """The trigger tokens an action holds: its effect kinds, its command names and flags (see the module doc)."""
    from automode.knowledge.supply import concerns

    out = {"effect:" + k for k in {e.kind for e in a.effects}}
    for cmd in a.commands:
        out |= command_tokens(cmd)
        if concerns(cmd):
            out.add("package-command")
    if a.assignments:
        out.add("assignments")
    if a.ctx.project_controls:
        out.add("project-controls")
    out.add("tool:" + a.action.tool)
    return out


def has_any(cmd: Command, *opts: str) -> bool:
    vals = {w.value.split("=", 1)[0] for w in cmd.argv[1:]}
    return any(o in vals for o in opts)


def words_of(cmd: Command, n: int = 80) -> str:
    """The command's words as one line, cut at `n` characters (for a rule's reason)."""
    return " ".join(w.value for w in cmd.argv)[:n]
