"""Devices a home-automation or IoT call acts on, against the ones the user named (class C1): `HassTurnOff {name:
"Front door alarm"}` for "turn off the office lights" acts on another device; `call_service {entity_id:
light.kitchen}` is "the kitchen lights". Read by `judge.intent.mcp_scope` and `judge.intent.mcp.request_for`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from automode import lazyre
from automode.judge.intent.match import Intent
from automode.typing_lite import Any

#: Keys naming the device or entity a home-automation or IoT call acts on (Home Assistant `entity_id`, `name`, `area`).
_DEVICE_KEY = lazyre.compile(r"^(?:entity_id|entity_ids|entity|entities|device|device_id|device_name|friendly_name|area|"
                             r"area_id|target_name)$")
_HOME_SERVERS = lazyre.compile(r"(?i)home.?assistant|hass|smartthings|homey|hubitat|openhab|homebridge|hue")


def other_device(tool: str, inp: Mapping[str, Any], intent: Intent) -> str | None:
    """A device call (`HassTurnOff {name: "Front door alarm"}`, `call_service {entity_id: lock.front_door}`) on a
    device none of whose words the user said, where they asked for something else ("turn off the office lights")."""
    from automode.judge.intent.places import stem
    from automode.knowledge.saas_args import keys_of

    home = bool(_HOME_SERVERS.search(tool)) or "hass" in tool.lower()
    if not intent.requests:
        return None
    said = _said_stems(intent.text)
    for k, v in keys_of(inp):
        if not (_DEVICE_KEY.match(k) or (home and k == "name")) or not isinstance(v, str) or not v.strip():
            continue
        name = v.split(".", 1)[1] if re.match(r"^[a-z_]+\.[\w]+$", v) else v  # `lock.front_door`: its object id
        words = [stem(w) for w in re.split(r"[^a-z0-9]+", name.lower()) if len(w) >= 3]
        if words and not set(words) & said:
            return f"this acts on {v!r}, which you did not name"
    return None


@lru_cache(maxsize=256)
def _said_stems(text: str) -> frozenset[str]:
    """The stems of the words of the user's text (read once per session's words)."""
    from automode.judge.intent.places import stem

    return frozenset(stem(w) for w in re.findall(r"[a-z][a-z0-9]+", text))


def _device_words(v: str) -> list[str]:
    from automode.judge.intent.places import stem

    name = v.split(".", 1)[1] if re.match(r"^[a-z_]+\.[\w]+$", v) else v
    return [stem(w) for w in re.split(r"[^a-z0-9]+", name.lower()) if len(w) >= 3]


def device_named(tool: str, inp: Mapping[str, Any], text: str) -> bool:
    """Every device the call names is one the user's words name ("turn off the kitchen lights" for
    `light.kitchen`, "the office lights" for `{name: "Office lights"}`)."""
    from automode.knowledge.saas_args import keys_of

    home = bool(_HOME_SERVERS.search(tool)) or "hass" in tool.lower()
    said = _said_stems(text)
    names = [str(v) for k, v in keys_of(inp) if (_DEVICE_KEY.match(k) or (home and k == "name")) and isinstance(v, str)
             and v.strip()]
    return bool(names) and all((w := _device_words(n)) and set(w) <= said for n in names)
