"""People a tool call addresses, against the names the user gave (class C1): a direct message to `@rosa.mbeki` for
"ask Rosa in a DM", a reply to `jana.novak@…` for "reply to Jana's email". Read by `judge.intent.mcp.values`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from automode import lazyre
from automode.typing_lite import Any

_CHANNEL_NAMED = lazyre.compile(r"(?<![\w&#])#([a-z0-9][\w-]{1,79})")
_REPLY_KEYS = frozenset({"in_reply_to", "inreplyto", "reply_to_message_id", "thread_id", "threadid", "message_id",
                         "messageid", "reply_to", "original_message_id"})


def person_named(tool: str, inp: Mapping[str, Any], value: str, text: str) -> bool:
    """A direct message or a reply to a person the user named by name: `@rosa.mbeki` for "ask Rosa in a DM",
    `@piotr` for "share it with Piotr", `jana.novak@brinefield.example` for "reply to Jana's email" (a reply goes to
    the sender of the mail it answers). A new e-mail to a partly named address stays a question."""
    from automode.judge.intent.acts import GRANTING, mcp_words
    from automode.judge.intent.mcp_values import EMAIL

    v = value.strip().lower()
    mail = EMAIL.fullmatch(v) is not None
    words = set(mcp_words(tool))
    reply = bool({"reply", "respond"} & words) or any(str(k).lower() in _REPLY_KEYS for k in inp) or \
        str(inp.get("subject", "")).lower().startswith(("re:", "aw:", "sv:"))
    reply = reply or bool(GRANTING & words)  # a role given to "pieter" goes to his account (`pieter@tulpen.example`)
    if mail and not reply:
        return False
    if not mail and not v.startswith("@"):
        return False
    if not mail and _CHANNEL_NAMED.search(text) and not re.search(r"\b(?:dm|pm|direct(?:ly)?|private(?:ly)?)\b", text):
        return False  # "post it to #ci-flakes so Marta can look": the channel was named, not a DM to her
    first = re.split(r"[._+-]|\d", v.lstrip("@").split("@", 1)[0])[0]
    return len(first) >= 3 and re.search(rf"\b{re.escape(first)}(?:'s)?\b", text) is not None
