"""The checks a release keeps (`judge.release._release` reads them one by one): whether the request says the kind of
change, names the act and its values, names a part where the action reaches the whole, or leaves a download unasked.
Kept apart from the release's own decision table so that each stays readable."""

from __future__ import annotations

import re

from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.judge.intent.facts import Target
    from automode.judge.intent.match import Intent, Said
    from automode.judge.intent.naming import Naming
    from automode.model import Decision, Finding, Verdict

def _says(t: Target, r: Said) -> bool:
    """The request says one of the words the target needs (`Target.says`: the kind of change), or it needs none."""
    from automode.judge.intent.match import _says_words

    return not t.says or not t.says.isdisjoint(_says_words(r.clause.text))


def _made_here(a: Analysis) -> bool:
    """The action makes the credential it prints (`knowledge.shared_acts.made_credential`: `vault token create`)."""
    from automode.knowledge.shared_acts import made_credential

    return a.shell and any(made_credential(c) for c in a.commands)


def _acts_text(a: Analysis) -> str:
    """Everything the action spells (its commands, or a tool call's values), for `intent.object_named`."""
    if a.shell:
        return a.command_text or " "
    import json

    return json.dumps(a.action.input, default=str) if a.action.tool.startswith("mcp__") else ""


#: Request verb classes of a destruction: what reaches more than the user named is refused, not asked.
DESTROYS = frozenset({"delete", "reset"})


def _whole_for_part(f: Finding, t: Target, a: Analysis, said: Said) -> tuple[str, str] | None:
    """A destruction with no object of its own (the working tree, every untracked file, the project) asked for by a
    request that names a part of it ("undo my changes to src/cache.rs", "clear the untracked stuff in outputs/")
    reaches more than was named: (WIDER, why), else None. A name the command itself spells is its own object (the
    ref a reset moves to), not a part."""
    if f.rule.category != "destroy" or not t.implicit or not t.verbs & DESTROYS or not said.strong:
        return None
    if any(w.dynamic for c in a.commands for w in c.argv):
        return None  # no object because it is only known at run time, not because it is the whole
    from automode.judge.intent.parts import WIDER

    literal = "\n".join(c.text or " ".join(w.value for w in c.argv) for c in a.commands).lower()
    spelt = set(re.findall(r"[a-z0-9]+", literal))  # ("destroy Tofu-managed infrastructure" names `tofu destroy`)
    parts = sorted(s for s in said.strong if len(s) >= 2 and s.lower() not in literal
                   and spelt.isdisjoint(re.findall(r"[a-z0-9]+", s.lower())))
    if not parts:
        return None
    how = f"`{t.kinds[0]}`" if t.kinds else "this"
    return WIDER, f"you named {', '.join(parts[:3])}; {how} is not limited to it"


def _leaf_unnamed(a: Analysis, said: Said, intent: Intent) -> tuple[str, bool] | None:
    """What a destruction removes, when the request that released it names none of it (`intent.destroy_named`)."""
    from automode.judge.intent.destroy_named import unnamed_leaf

    return unnamed_leaf(a, said, intent.text)


def _widening_unsaid(a: Analysis) -> str | None:
    """An option that makes the destruction remove more than its object, never said (`intent.destroy_named`)."""
    from automode.judge.intent.destroy_named import unsaid_widening

    return unsaid_widening(a)


def _names_production(named: Naming | None, f: Finding) -> bool:
    """The user named, by its own name, the production resource a grant or a change is about (`--scope
    …/rg-marlin-prod/…/stmarlinreports` for "scoped to the stmarlinreports storage account"); never for destruction,
    where the environment must be said in so many words."""
    from automode.judge.intent.scope import env_of

    return named is not None and not named.differs and f.rule.category != "destroy" and any(
        env_of(v.value) == "production" for v in named.values if v.kind in ("resource", "host"))


def _named(t: Target, a: Analysis, intent: Intent) -> Naming | None:
    """A request that names the act and the action's values (`intent.naming`), within the guards every release keeps:
    the values the written text brings and the recipients and URLs among its objects are the user's words."""
    from automode.judge.intent.match import foreign_values
    from automode.judge.intent.naming import named_action

    named = named_action(t, a, intent)
    hosts = {v.value for v in named.values if v.kind == "host"} if named is not None and not named.differs else set()
    if any(v.lower() not in intent.text and v not in hosts for v in t.introduced):
        return None  # (a host the naming found named: "staging-bastion" for staging-bastion.brightpath.internal)
    if named is not None and not named.differs and [
            x for x in foreign_values(t.objects, intent, named.said)
            if not any(x.lower() in v.value.lower() for v in named.values if v.kind == "principal")
            and not _address_said(x, a, named)]:  # (a group by its name: "eng-oncall" for `eng-oncall@helios.io`)
        return None  # a recipient, URL or account the agent chose (a principal named is checked by `naming`)
    return named


def _address_said(value: str, a: Analysis, named: Naming) -> bool:
    from automode.judge.intent.joined_said import address_said

    msgs = a.ctx.user_messages
    return 0 <= named.said.index < len(msgs) and address_said(value, msgs[named.said.index])


def _unasked_download(f: Finding, t: Target, a: Analysis, intent: Intent, said: Said) -> bool:
    """A file the agent writes (a conftest.py, a task, a shell startup file) or a job it schedules that will run code downloaded from a
    host the user's words never name, by a request that names no way of installing ("add a pytest fixture", "add an
    alias to my zsh config"): a word of the request that happens to appear in the host's name
    (`pytest-cache.example.org`) is not a request to run what it serves. The tool's own host ("install rustup":
    sh.rustup.rs) and "use their install script" still reach an ask."""
    from automode.analysis import FILE_WRITE_TOOLS
    from automode.judge.intent.match import _METHOD, foreign_values
    from automode.judge.intent.places import stem

    later = a.action.tool in FILE_WRITE_TOOLS or any(  # a file, or a cron entry / at job, that runs it later
        e.kind == "exec" and e.origin == "remote" and any("(runs later)" in v for v in e.via) for e in a.effects)
    if not later or f.rule.category != "remote-exec" or f.verdict != "deny" or not t.objects:
        return False
    if _METHOD.search(said.clause.text) is not None:
        return False
    said_words = {stem(w) for w in said.weak | said.strong if len(w) >= 3}
    for v in foreign_values(t.objects, intent, said):
        host = v.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0].lower()
        labels = host.split(".")
        if len(labels) >= 2 and stem(labels[-2]) not in said_words:
            return True
    return False


def _settle(got: tuple[str, str], d: Decision, verdicts: list[Verdict], cited: list[str],
            exceeded: list[tuple[Verdict, str]]) -> None:
    """Record one settle's answer ("allow" | "ask" | "deny", why): an allow cites its words, anything else keeps the
    rule's reason with why it reaches beyond them (the shape every `intent` settle the release reads returns)."""
    verdicts.append(got[0])  # type: ignore[arg-type]
    if got[0] == "allow":
        cited.append(got[1])
    else:
        exceeded.append((got[0], f"{d.reason} {got[1][:1].upper()}{got[1][1:]}."))  # type: ignore[arg-type]
