"""The agent-control files and switches a floor finding acts on, as the user would name them (`judge.confirm_floor`):
a user may ask for their own agent's settings to change; automode's own runtime, audit store and configuration are
never the agent's to change, whoever asks."""

from __future__ import annotations

from automode.judge.intent.facts import Target
from automode.judge.intent.facts_args import _sources
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.model import Finding
    from automode.shell.parse import Command


#: What a user says to ask for a change to the agent's own controls (`confirm_floor` in the judge).
CONTROL_VERBS: dict[str, frozenset[str]] = {
    "AM-AGENT-001": frozenset(
        {"update", "create", "touch", "delete", "install"}
    ),  # deleting a file: "delete" only
    "AM-AGENT-002": frozenset({"run", "skip", "update", "delete", "kill", "chmod"}),
}


def control_target(f: Finding, a: Analysis) -> Target | None:
    """The agent-control files or switches a floor finding acts on, as the user would name them; None when no
    request can reach it (automode's own runtime, audit store and configuration are never the agent's to change)."""
    from automode.effects import Effect

    verbs = CONTROL_VERBS.get(f.rule.id)
    if verbs is None:
        return None
    paths: list[str] = []
    objects: list[str] = []
    for src in _sources(f, a):
        if isinstance(src, Effect):
            if "automode" in src.target:
                return None
            if src.kind == "delete":
                verbs = verbs & {"delete"}
            paths.append(src.target)
            continue
        cmd: Command = src  # type: ignore[assignment]
        if (
            cmd.name == "automode"
            or any("automode" in w.value.lower() for w in cmd.argv)
            or any("AUTOMODE" in k for k, _ in cmd.assigns)
        ):
            return None
        objects += [w.value.lstrip("-") for w in cmd.argv[1:] if w.value.startswith("-") and not w.dynamic]
        objects += [k for k, _ in cmd.assigns]
    if not paths and not objects:
        return None
    return Target(verbs, tuple(dict.fromkeys(objects)), tuple(dict.fromkeys(paths)), (), False, "ask")
