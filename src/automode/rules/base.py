"""Rule catalogue machinery: every rule is data (id, category, verdict, doc, fixtures) plus one small function.

Three kinds, by what the function looks at:

* command rules  `check(cmd: Command, a: Analysis) -> str | None`, indexed by command name (`names`), or run
  for every command when `names` is None;
* effect rules   `check(e: Effect, a: Analysis) -> str | None`, indexed by effect kind;
* action rules   `check(a: Analysis) -> str | None`, once per action.

`check` returns the specific detail ("deletes /etc recursively") or None. A rule whose verdict depends on the
target can return `Hit` to pick a stricter or milder verdict than its default.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from automode.model import Verdict

if TYPE_CHECKING:
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
            )
        )
        return fn

    return deco


def has_any(cmd: Command, *opts: str) -> bool:
    vals = {w.value.split("=", 1)[0] for w in cmd.argv[1:]}
    return any(o in vals for o in opts)


