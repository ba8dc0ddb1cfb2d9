"""The optional LLM judge (SPEC §6): Anthropic Messages API or an OpenAI-compatible server, off by default.

`settings(config)` resolves what to call from the `[judge]` table and the environment; `automode.judge.llm.judge.consult`
runs the two stages. Nothing here is imported on the default (offline) path.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from automode.dc import dataclass, field

if TYPE_CHECKING:
    from automode.config import Config

DEFAULT_MODELS = {"anthropic": "claude-haiku-4-5", "openai": "gpt-4o-mini"}
DEFAULT_URLS = {"anthropic": "https://api.anthropic.com", "openai": "https://api.openai.com/v1"}
DEFAULT_TIMEOUT_S = 4.0


@dataclass(frozen=True)
class Settings:
    provider: str  # "anthropic" | "openai"
    model: str
    base_url: str
    api_key: str | None
    timeout_s: float
    environment: tuple[str, ...] = ()  # the user's prose rules, into the prompt
    allow: tuple[str, ...] = ()
    soft_deny: tuple[str, ...] = ()
    extra_headers: Mapping[str, str] = field(default_factory=dict)


def _provider(config: Config, env: Mapping[str, str]) -> str | None:
    raw = (env.get("AUTOMODE_JUDGE") or str(config.judge.get("provider") or "")).strip().lower()
    return raw if raw in ("anthropic", "openai") else None


def enabled(config: Config, env: Mapping[str, str] | None = None) -> bool:
    """Whether the LLM judge is on: `AUTOMODE_JUDGE` wins over `[judge] provider`; off by default."""
    return _provider(config, os.environ if env is None else env) is not None


def _strings(v: Any) -> tuple[str, ...]:
    if isinstance(v, str):
        return (v,)
    if isinstance(v, (list, tuple)):
        return tuple(x for x in v if isinstance(x, str) and x.strip())
    return ()


def settings(config: Config, env: Mapping[str, str] | None = None) -> Settings | None:
    env = os.environ if env is None else env
    provider = _provider(config, env)
    if provider is None:
        return None
    j = config.judge
    prefix = "ANTHROPIC" if provider == "anthropic" else "OPENAI"
    model = env.get("AUTOMODE_JUDGE_MODEL") or str(j.get("model") or "") or DEFAULT_MODELS[provider]
    url = env.get(f"{prefix}_BASE_URL") or str(j.get("base_url") or "") or DEFAULT_URLS[provider]
    key_env = str(j.get("api_key_env") or f"{prefix}_API_KEY")
    try:
        timeout = float(env.get("AUTOMODE_JUDGE_TIMEOUT") or j.get("timeout") or DEFAULT_TIMEOUT_S)
    except (TypeError, ValueError):
        timeout = DEFAULT_TIMEOUT_S
    return Settings(provider, model, url.rstrip("/"), env.get(key_env), max(0.1, min(timeout, 60.0)),
                    _strings(j.get("environment")), _strings(j.get("allow")), _strings(j.get("soft_deny")))  # fmt: skip
