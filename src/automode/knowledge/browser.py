"""Browser-automation tools (Playwright, Puppeteer, browser-use and other MCP servers): what a click or a submitted
form does is written on the control, so the act is read from the element's label, as data.

`browser_click {"element": "Delete inactive users (4,112)"}` deletes; `browser_type {"element": "Email field of the
New admin user form (role: Owner selected)", "submit": true}` grants a role. A click on "Add to cart" or "Next" does
nothing consequential. `browser_evaluate` runs script in the page: a script that reads the page's cookies or storage
and sends something over the network takes the user's session with it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from automode import lazyre
from automode.effects import mcp_name
from automode.typing_lite import Any

#: Tool names (as `effects.mcp_name` spells them) that press, type into or submit a control of a page.
INTERACT = lazyre.compile(r"(?:^|_)(?:click|dblclick|double_click|tap|press|press_key|type|fill|fill_form|select|"
                          r"select_option|check|submit|input_text|send_keys)(?:_|$)")  # fmt: skip
#: Tool names that run script inside the page.
EVALUATE = lazyre.compile(r"(?:^|_)(?:evaluate|eval|run_code|execute_script|run_script|execute_javascript|js)(?:_|$)")
#: A control's label -> the act it performs (the judge's verb classes). Order does not matter; every hit counts.
ELEMENT_ACTS: tuple[tuple[str, frozenset[str]], ...] = (
    (r"\b(?:delete|remove|erase|purge|wipe|destroy|deactivate|disable account|terminate|drop|empty trash)\b", frozenset({"delete"})),
    (r"\b(?:pay|payment|place (?:the )?order|purchase|buy now|buy|check ?out|subscribe|upgrade plan|donate|"
     r"send money|transfer|withdraw|confirm order)\b", frozenset({"pay"})),
    (r"\b(?:send|post|publish|tweet|share|reply|forward)\b", frozenset({"send", "publish"})),
    (r"\b(?:merge|approve)\b", frozenset({"merge"})),
    (r"\b(?:deploy|release|promote|roll ?back)\b", frozenset({"deploy"})),
    (r"\b(?:invite|grant|role|permissions?|admin|owner|collaborator|api key|access token|new user)\b", frozenset({"update", "grant"})),
)  # fmt: skip
_ACTS = [(re.compile(p, re.I), c) for p, c in ELEMENT_ACTS]
LABEL_KEYS = ("element", "selector", "label", "name", "description", "target", "button")
#: Script that reads what identifies the user's session in the page, and script that sends something away.
SESSION_READ = lazyre.compile(r"document\s*\.\s*cookie|localStorage|sessionStorage|indexedDB|\.getAll\s*\(\s*\)|"
                              r"credentials\s*:\s*['\"]include")  # fmt: skip
SENDS = lazyre.compile(r"\bfetch\s*\(|XMLHttpRequest|sendBeacon|new\s+WebSocket|new\s+Image\s*\(|\.src\s*=|"
                       r"location(?:\.href)?\s*=|window\.open\s*\(")  # fmt: skip


def label(inp: Mapping[str, Any]) -> str:
    return " ".join(str(inp[k]) for k in LABEL_KEYS if isinstance(inp.get(k), str))[:500]


def element_acts(tool: str, inp: Mapping[str, Any]) -> frozenset[str]:
    """The acts a press or a submitted form performs, read from the control's label; empty for a tool that does not
    interact with a page, and for typing that submits nothing."""
    name = mcp_name(tool)
    if INTERACT.search(name) is None:
        return frozenset()
    if re.search(r"(?:^|_)(?:type|fill|input_text|send_keys)(?:_|$)", name) and inp.get("submit") is not True:
        return frozenset()
    text = label(inp)
    out: set[str] = set()
    for pat, classes in _ACTS:
        if pat.search(text):
            out |= classes
    return frozenset(out)


def typed_value(tool: str, inp: Mapping[str, Any]) -> str | None:
    """What a typing tool enters into the page (its `text`/`value`): a value of the call, not free text."""
    if not re.search(r"(?:^|_)(?:type|fill|input_text|send_keys)(?:_|$)", mcp_name(tool)):
        return None
    for k in ("text", "value"):
        v = inp.get(k)
        if isinstance(v, str):
            return v
    return None


def page_script(tool: str, inp: Mapping[str, Any]) -> str:
    """The script a call runs inside the page: an evaluate tool's code, or a `javascript:` URL handed to any tool
    (`browser_navigate {url: "javascript:fetch(...)"}` runs it in the open page, with its session). Browsers drop
    tabs and line breaks inside the scheme and decode the URL's escapes, so both are undone before reading."""
    if EVALUATE.search(mcp_name(tool)) is not None:
        return " ".join(str(v) for v in inp.values() if isinstance(v, str))[:20_000]
    out: list[str] = []
    for v in inp.values():
        if isinstance(v, str) and ":" in v:
            bare = _URL_NOISE.sub("", v[:40]).lower()
            if bare.startswith("javascript:"):
                from urllib.parse import unquote

                out.append(unquote(v[:20_000]))
    return " ".join(out)


_URL_NOISE = lazyre.compile(r"[\t\n\r\x00-\x20]")


def session_sent(tool: str, inp: Mapping[str, Any]) -> bool:
    """Page script that reads the session (cookies, storage) and sends something over the network."""
    code = page_script(tool, inp)
    return bool(code) and SESSION_READ.search(code) is not None and SENDS.search(code) is not None
