"""Which rule modules an action can need (issue 14): a hook process imports a rule module only when one of its rules
could run on the action.

Every rule already names where it runs (`automode.rules.base`: command names, effect kinds, trigger tokens, a name
test, or everything). `index(rules)` lifts that to modules: a module is needed on an action holding any trigger of
any of its rules. Four tables, written by `python -m automode.rules.trigger_build` to `trigger_index.py` (a literal
a cold process reads in well under a millisecond):

* `ALWAYS`: modules with an action rule that runs on every action (`always=`);
* `ANY_COMMAND`: modules with a command rule for every command, or a rule with a name test (`when=`): a test is
  code in its module, so any action with a command loads the module;
* `COMMANDS`: command name -> modules with a command rule indexed by that name;
* `EFFECTS`: effect kind -> modules with an effect rule on that kind;
* `TOKENS`: trigger token (`command:gdb`, `assigns`, `tool:Write`, `package-command`, ...) -> modules with a rule
  that names it in `needs`.

So the engine (`Engine.prepare`) runs exactly the rules its indexed dispatch would run from the whole catalogue: a
module left out holds no rule that could run. `tests/engine/test_trigger_index.py` keeps the stored index equal to
the catalogue's (a stale index fails there) and compares the trigger-loaded engine with the whole catalogue on every
rule's fixtures; at run time an index written for another module list is not used (the engine loads everything).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from automode.typing_lite import TYPE_CHECKING, get_args

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.rules.base import Rule


class Index:
    """The stored tables (see the module doc)."""

    __slots__ = ("always", "any_command", "commands", "effects", "modules", "tokens")

    def __init__(self, modules: tuple[str, ...], always: frozenset[str], any_command: frozenset[str],
                 commands: Mapping[str, tuple[str, ...]], effects: Mapping[str, tuple[str, ...]],
                 tokens: Mapping[str, tuple[str, ...]]) -> None:  # fmt: skip
        self.modules = modules
        self.always = always
        self.any_command = any_command
        self.commands = commands
        self.effects = effects
        self.tokens = tokens

    def as_data(self) -> dict[str, object]:
        return {"MODULES": self.modules, "ALWAYS": self.always, "ANY_COMMAND": self.any_command,
                "COMMANDS": dict(self.commands), "EFFECTS": dict(self.effects), "TOKENS": dict(self.tokens)}  # fmt: skip


def module_of(r: Rule) -> str:
    """The rule module that registers `r` (`destroy` for `automode.rules.destroy`)."""
    return r.check.__module__.rsplit(".", 1)[-1]


def index(rules: Iterable[Rule], modules: tuple[str, ...]) -> Index:
    """The index of `rules` (those of `modules`; the whole catalogue when built)."""
    from automode.effects import EffectKind

    always: set[str] = set()
    any_command: set[str] = set()
    commands: dict[str, set[str]] = {}
    effects: dict[str, set[str]] = {}
    tokens: dict[str, set[str]] = {}
    for r in rules:
        m = module_of(r)
        if m not in modules:
            continue
        if r.kind == "command" and r.names is not None:
            for n in r.names:
                commands.setdefault(n, set()).add(m)
        elif r.kind == "effect":
            for k in r.names or get_args(EffectKind):
                effects.setdefault(k, set()).add(m)
        elif not r.indexed:
            (any_command if r.kind == "command" else always).add(m)
        else:
            if r.when is not None:
                any_command.add(m)
            for t in r.needs or ():
                tokens.setdefault(t, set()).add(m)
    order = {m: i for i, m in enumerate(modules)}

    def table(d: dict[str, set[str]]) -> dict[str, tuple[str, ...]]:
        return {k: tuple(sorted(v, key=order.__getitem__)) for k, v in sorted(d.items())}

    return Index(modules, frozenset(always), frozenset(any_command), table(commands), table(effects), table(tokens))


def stored(modules: tuple[str, ...]) -> Index | None:
    """The index `trigger_build` wrote, or None when there is none or it was written for another module list (the
    engine then loads the whole catalogue)."""
    try:
        from automode.rules import trigger_index as t
    except ImportError:
        return None
    if tuple(t.MODULES) != tuple(modules):
        return None
    return Index(tuple(t.MODULES), frozenset(t.ALWAYS), frozenset(t.ANY_COMMAND), t.COMMANDS, t.EFFECTS, t.TOKENS)


def needed(idx: Index, a: Analysis, tokens: Iterable[str]) -> set[str]:
    """The rule modules whose rules could run on this action (`tokens`: its trigger tokens, `base.action_tokens`)."""
    out = set(idx.always)
    if a.commands:
        out |= idx.any_command
        commands = idx.commands
        for cmd in a.commands:
            got = commands.get(cmd.name)
            if got:
                out.update(got)
    effects = idx.effects
    for e in a.effects:
        got = effects.get(e.kind)
        if got:
            out.update(got)
    by_token = idx.tokens
    for t in tokens:
        got = by_token.get(t)
        if got:
            out.update(got)
    return out
