"""Configuration (placeholder until the TOML loader lands)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Config:
    pass


def load_config(cwd: str | None = None) -> Config:
    return Config()
