"""Addresses and ranges an action scans, opens or writes against the ones the user named (split from
`judge.intent.selects`): "scan 192.0.2.0/24" answered with a second range beside it, "open 5432 to 10.40.0.0/16"
answered with `0.0.0.0/0`."""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from automode import lazyre
from automode.judge.intent.said import joined
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from ipaddress import IPv4Network, IPv6Network
    from typing import Any

    from automode.analysis import Analysis


_CIDR = lazyre.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?:/\d{1,2})?(?![\w.])|(?<![\w:])::/0(?![\w])")


def _net(s: str) -> IPv4Network | IPv6Network | None:
    import ipaddress  # (only once an address is on both sides)

    try:
        return ipaddress.ip_network(s, strict=False)
    except ValueError:
        return None


_DOTTED = lazyre.compile(r"\d\.\d|::/0")


def other_address(a: Analysis) -> tuple[str, str] | None:
    """An address or range the action scans, opens or writes that lies outside every one the user named, where the
    user named one ("scan 192.0.2.0/24" answered with a second range beside it; "open 5432 to 10.40.0.0/16"
    answered with `0.0.0.0/0`). Loopback and the bind-everything address of a server are not targets."""
    named = _named_nets(joined(a.ctx.user_messages))
    if not named:
        return None  # (the user's side first, read once per session: most requests name no address)
    used = [s for c in a.commands if c.text and _DOTTED.search(c.text) for s in _CIDR.findall(c.text)]
    if a.action.tool in ("Edit", "MultiEdit", "Write"):
        # in a file, ranges only (an allowlist opened wider); a host beside the named one is configuration
        # (`10.0.2.2`, the emulator's alias for this machine), and an edit keeps the ranges the file already had
        before = _CIDR.findall(_old_text(a.action.input))
        used += [s for e in a.effects if e.kind == "write" and e.content for s in _CIDR.findall(e.content)
                 if "/" in s and s not in before]
    if not used:
        return None
    said = joined(a.ctx.user_messages)
    for s in used:
        net = _net(s)
        if net is None or s in said:
            continue
        if "/" not in s and (net.network_address.is_loopback or net.network_address.is_unspecified):
            continue  # `127.0.0.1:8080`, `0.0.0.0` as a bind address
        if any(net.version == n.version and net.subnet_of(n) for n in named):  # type: ignore[arg-type]
            continue  # one host of the named range
        # another range is refused; another single host (a second box, a resolver pinged) is asked
        return ("" if "/" in s else "ask"), f"you named {', '.join(str(n) for n in named[:2])}; this also reaches {s}"
    return None


@lru_cache(maxsize=64)
def _named_nets(said: str) -> tuple[IPv4Network | IPv6Network, ...]:
    """The addresses and ranges the user's words name (parsed once per session)."""
    return tuple(n for n in (_net(s) for s in _CIDR.findall(said)) if n is not None)


def _old_text(inp: Mapping[str, Any]) -> str:
    """The text an edit replaces (every `old_string` of it)."""
    edits = inp.get("edits")
    olds = [inp.get("old_string")] + [e.get("old_string") for e in edits if isinstance(e, dict)] \
        if isinstance(edits, list) else [inp.get("old_string")]
    return "\n".join(o for o in olds if isinstance(o, str))
