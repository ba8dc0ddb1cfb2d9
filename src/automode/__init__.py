"""automode: an auto mode for AI coding agents.

    >>> from automode import check
    >>> check({"tool": "Bash", "input": {"command": "git status"}}).verdict
    'allow'
"""

from __future__ import annotations

from automode.model import Action, Context, Decision, GitInfo, Verdict
from automode.typing_lite import Any

__version__ = "0.1.0"
__all__ = ["Action", "ActionBlocked", "Context", "Decision", "GitInfo", "Verdict", "__version__", "check", "guard"]


def __getattr__(name: str) -> Any:
    # `automode.guard` / `automode.ActionBlocked` without importing the adapters on every `import automode`.
    if name in ("guard", "ActionBlocked"):
        from automode.adapters import guard as _guard

        return getattr(_guard, name)
    raise AttributeError(name)


def check(action: Action | dict[str, Any], context: Context | dict[str, Any] | None = None) -> Decision:
    """Decide one action with the default engine (configuration loaded once per process)."""
    from automode.api import check as _check

    return _check(action, context)
