"""Which hosts the egress proxy lets a sandboxed agent reach under `--net trusted`: checked by host name (or IP
literal) as the client asked for it, never by the address it resolves to."""

from __future__ import annotations

from automode.dc import dataclass
from automode.sandbox.settings import SandboxSettings

# The model API each known agent must reach to work at all (trusted unless `[sandbox] agent_hosts = false`).
AGENT_HOSTS: dict[str, tuple[str, ...]] = {
    "claude": ("api.anthropic.com",),
    "codex": ("api.openai.com", "chatgpt.com", "auth.openai.com"),
    "gemini": ("generativelanguage.googleapis.com", "cloudcode-pa.googleapis.com", "oauth2.googleapis.com"),
}


def normalise_host(host: str) -> str:
    return host.strip().strip("[]").rstrip(".").lower()


@dataclass(frozen=True)
class HostPolicy:
    hosts: frozenset[str]
    domains: tuple[str, ...]

    @classmethod
    def from_settings(cls, settings: SandboxSettings, agent: str | None) -> HostPolicy:
        hosts = set(settings.trusted_hosts)
        if agent and settings.agent_hosts:
            hosts.update(AGENT_HOSTS.get(agent, ()))
        return cls(
            frozenset(normalise_host(h) for h in hosts),
            tuple(normalise_host(d) for d in settings.trusted_domains),
        )

    def match(self, host: str) -> str | None:
        """The trust entry that admits `host`, or None."""
        h = normalise_host(host)
        if h in self.hosts:
            return f"host {h}"
        for d in self.domains:
            if h == d or h.endswith("." + d):
                return f"domain {d}"
        return None
