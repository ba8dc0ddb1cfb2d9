"""The optional LLM judge (SPEC §6): Anthropic Messages API or an OpenAI-compatible server, off by default."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.config import Config


def enabled(config: Config) -> bool:
    """Whether the LLM judge is on: `AUTOMODE_JUDGE` wins over `[judge] provider` in the configuration."""
    env = os.environ.get("AUTOMODE_JUDGE", "").strip().lower()
    if env:
        return env in ("anthropic", "openai")
    provider = config.judge.get("provider") if config.judge else None
    return isinstance(provider, str) and provider.lower() in ("anthropic", "openai")
