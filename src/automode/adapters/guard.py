"""Python API: guard a tool function of a home-made agent.

    from automode.adapters.guard import guard, ActionBlocked

    @guard("Bash", to_input=lambda command: {"command": command})
    def run_shell(command: str) -> str: ...

    @guard()                      # a custom tool: its name and its arguments as the input
    def send_email(to: str, body: str) -> None: ...

Before the function runs, automode decides on the action. Allowed: the function runs. Denied, or an ask that
nobody could answer at automode's terminal prompt: `ActionBlocked` is raised, carrying the Decision; hand its
message to the model as the tool's error. Works on `async def` functions too.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
import os
from collections.abc import Callable, Mapping, Sequence
from typing import Any, ParamSpec, TypeVar, cast

from automode.adapters import approval, base
from automode.model import Action, Context, Decision

P = ParamSpec("P")
R = TypeVar("R")


class ActionBlocked(PermissionError):
    """automode refused the action; `decision` says why, `str(exc)` is the text for the model."""

    def __init__(self, decision: Decision, action: Action) -> None:
        super().__init__(base.deny_message(decision))
        self.decision = decision
        self.action = action


def guard(tool: str | None = None, *, to_input: Callable[..., Mapping[str, Any]] | None = None,
          context: Context | Callable[[], Context] | None = None, user_messages: Sequence[str] | None = None,
          headless: bool = False, prompt: bool = True, timeout: float = 10.0
          ) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Decorate a tool function so automode decides before each call (see the module doc)."""

    def decorate(fn: Callable[P, R]) -> Callable[P, R]:
        name = tool or fn.__name__
        sig = inspect.signature(fn)

        def check(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
            if isinstance(context, Context):
                ctx = context
            elif context is not None:
                ctx = context()
            else:
                cwd = os.getcwd()
                ctx = Context(cwd=cwd, project_root=cwd, home=os.path.expanduser("~"),
                              user_messages=tuple(user_messages or ()), mode="headless" if headless else "interactive",
                              agent_env=base.agent_env(), project_controls=base.project_controls(cwd))
            try:
                if to_input is not None:
                    inp = dict(to_input(*args, **kwargs))
                else:
                    bound = sig.bind(*args, **kwargs)
                    bound.apply_defaults()
                    inp = dict(bound.arguments)
                action = Action(tool=name, input=inp, cwd=ctx.cwd)
                d = approval.gate(action, ctx, f"the tool function {fn.__qualname__}", prompt=prompt, timeout=timeout)
            except Exception as exc:  # fail closed, including arguments that do not fit the function
                action = Action(tool=name, input={}, cwd=ctx.cwd)
                d = base.failure(f"internal error: {type(exc).__name__}: {exc}", "headless")
            if d.verdict != "allow":
                raise ActionBlocked(d, action)

        if inspect.iscoroutinefunction(fn):
            @functools.wraps(fn)
            async def async_wrapper(*args: P.args, **kwargs: P.kwargs) -> Any:
                await asyncio.to_thread(check, args, kwargs)
                return await fn(*args, **kwargs)

            return cast(Callable[P, R], async_wrapper)

        @functools.wraps(fn)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            check(args, kwargs)
            return fn(*args, **kwargs)

        return wrapper

    return decorate
