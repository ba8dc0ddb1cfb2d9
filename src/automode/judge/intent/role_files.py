"""Which project files an agent-control change writes (split from `judge.intent.facts`): agent instruction files
(CLAUDE.md, AGENTS.md) and the CI or pre-commit configuration of the project, whose checks a request may also ask to
remove, reset or skip."""

from __future__ import annotations

from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis


#: What a request may ask of the checks a CI or pre-commit file runs, beyond editing it.
ROLE_FILE_VERBS = frozenset({"delete", "reset", "kill", "skip"})


def _instruction_files(a: Analysis) -> bool:
    """Every file the action writes is an agent instruction file (`files.agent_rules`: CLAUDE.md, AGENTS.md, ...)."""
    from automode.files.agent_rules import instruction_file

    written = [e.target for e in a.effects if e.kind == "write"]
    return bool(written) and all(instruction_file(p) for p in written)


def _role_files(a: Analysis) -> bool:
    """Every file the action writes is a CI or pre-commit configuration of the project (`lexicon.PATH_ROLES`)."""
    import fnmatch

    from automode.judge.intent.lexicon import PATH_ROLES

    root = a.root.rstrip("/") + "/"
    written = [e.target for e in a.effects if e.kind == "write"]
    return bool(written) and all(
        p.startswith(root) and any(fnmatch.fnmatchcase(p[len(root):], pat) for pat, _ in PATH_ROLES) for p in written)
