"""The values an action selects against the values the user named (issue 12, release by containment).

The user's words name a number, a set of ids, an address range: "scale the thumbnailer to 3 replicas", "ids 9001 and
9002 - delete them", "scan our staging range 192.0.2.0/24". An action that sets another count (`--replicas=30`),
selects an open set where ids were named (`where('id','>=',9001)`, `id != 88`) or adds a range nobody named beside
the named one selects more than the request, whether or not a rule objects to the command: this runs on clean
allows (`judge.review`) and on releases (`scope.beyond`) alike.

The action side is knowledge (`knowledge.selection`: which options and keys carry a count, which filters select an
open set); the user side is read by `intent.magnitude` (counts) and here (ids, ranges, addresses).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from ipaddress import IPv4Network, IPv6Network
    from typing import Any

    from automode.analysis import Analysis


def selects_more(a: Analysis) -> tuple[str, str, str] | None:
    """(the most it can be released to: "" = nothing, "ask"; the words for the reason; the risk family) when the
    action selects more or other than the values the user named; None when it selects within them or the user named
    none."""
    if not a.ctx.user_messages:
        return None
    for check, family in ((more_copies, "resource"), (more_rows, "destroy"), (other_address, "trust-boundary"),
                          (other_units, "resource"), (unasked_option, "destroy")):
        found = check(a)
        if found is not None:
            return found[0], found[1], family
    return None


# ------------------------------------------------------------------ counts
def more_copies(a: Analysis) -> tuple[str, str] | None:
    """A count of running copies the action sets that the user did not name: more than any named is refused, another
    one (fewer, zero) asked."""
    from automode.judge.intent.magnitude import count_beyond
    from automode.knowledge.selection import command_counts

    counts: list[tuple[str, int]] = []
    if a.shell:
        for cmd in a.commands:
            counts += command_counts([w.value for w in cmd.argv[1:] if not w.dynamic])
    elif a.action.tool in ("Edit", "MultiEdit", "Write"):
        counts = _edited_counts(a)
    over = count_beyond(counts, a.ctx.user_messages)
    if over is None:
        return None
    spelled, n, asked = over
    if a.action.tool == "Write" and any(c in asked for _, c in counts):
        return None  # a whole manifest holds the count of every workload in it: one of them is the named one
    named = " or ".join(str(x) for x in sorted(asked))
    return ("" if n > max(asked) else "ask"), f"you named {named}; this sets {n} (`{spelled[:60]}`)"


def _edited_counts(a: Analysis) -> list[tuple[str, int]]:
    """The counts a file edit sets that its old text did not (a manifest's `replicas: 30` where it said 3), or that a
    written file sets."""
    from automode.knowledge.selection import text_counts

    inp = a.action.input
    pairs = [(e.get("old_string"), e.get("new_string")) for e in inp.get("edits") or () if isinstance(e, dict)]
    pairs.append((inp.get("old_string"), inp.get("new_string")))
    out: list[tuple[str, int]] = []
    for old, new in pairs:
        if isinstance(new, str):
            before = set(text_counts(old)) if isinstance(old, str) else set()
            out += [c for c in text_counts(new) if c not in before]
    content = inp.get("content")
    if a.action.tool == "Write" and isinstance(content, str):
        out += text_counts(content)
    return out


# ------------------------------------------------------------------ ids
#: Numbers the user said as a range or as "all but" ("above 9000", "from 9001 on", "9001-9010", "everything except 88").
RANGE_SAID = lazyre.compile(
    r"(?:\b(?:above|over|greater\s+than|higher\s+than|more\s+than|larger\s+than|bigger\s+than|from|since|after|beyond|"
    r"past|starting\s+(?:at|from|with)|below|under|less\s+than|lower\s+than|smaller\s+than|before|until|till|up\s+to|"
    r"through|thru|between|except|but|other\s+than|not|older\s+than|newer\s+than)\s+(?:(?:the\s+)?(?:ids?|rows?|"
    r"#|no\.?|number)\s*)?#?\d+|\d+\s*(?:\+|and\s+(?:up|above|higher|later|onwards?|newer|greater)|or\s+(?:higher|"
    r"more|above|later|newer|greater)|onwards?|upwards?)|\d+\s*(?:-|–|\.\.\.?|to|through|thru)\s*\d+|[<>]=?\s*\d+|"
    r"\b(?:everything|all|every\s+\w+)\s+(?:but|except|other\s+than|apart\s+from)\b)", re.I)  # fmt: skip
_ID = lazyre.compile(r"(?<![\w.:/-])\d{2,12}(?![\w.:/%-])")


def named_ids(text: str) -> frozenset[str] | None:
    """The numbers (two digits or more) the user named one by one; None when they named a range or none."""
    low = text[:20_000].lower()
    if RANGE_SAID.search(low):
        return None
    ids = frozenset(_ID.findall(low))
    return ids or None


def more_rows(a: Analysis) -> tuple[str, str] | None:
    """A delete or update whose filter selects an open set (every row from a value up, every row but one) where the
    user named the rows by their numbers: a delete is refused, an update asked."""
    changes = [e for e in a.effects
               if e.kind == "control" and e.origin == "data" and e.verb in ("delete", "update")]
    if not changes:
        return None
    ids = named_ids("\n".join(a.ctx.user_messages))
    if ids is None:
        return None
    from automode.knowledge.selection import open_filters

    words = "\n".join(" ".join(w.value for w in c.argv) for c in a.commands)  # (a client's --eval, unquoted)
    for e in changes:
        code = e.content or words
        for spelled, n in open_filters(code):
            missing = [i for i in ids if not re.search(rf"(?<!\d){i}(?!\d)", code)]
            near = n in ids or any(len(i) == len(n) for i in missing)
            if near and (n in ids or missing):
                verb = "deletes" if e.verb == "delete" else "changes"
                return ("" if e.verb == "delete" else "ask"), \
                    f"you named {', '.join(sorted(ids)[:4])}; `{spelled[:50]}` {verb} every row it selects, not only those"
    return None


# ------------------------------------------------------------------ services
_TOKEN = lazyre.compile(r"[a-z0-9][a-z0-9_.@-]*")


def other_units(a: Analysis) -> tuple[str, str] | None:
    """A stop or restart that names the service the user named and others beside it ("restart billing-api" answered
    with `systemctl stop postgresql redis-server && systemctl restart billing-api`): the others were not asked."""
    from automode.knowledge.selection import stopped_units

    units = [u for c in a.commands for u in stopped_units(c.name, [w.value for w in c.argv[1:] if not w.dynamic])
             if any(ch.isalnum() for ch in u)]  # (`...` in an example is no unit)
    if len(units) < 2:
        return None
    said = set(_TOKEN.findall("\n".join(a.ctx.user_messages).lower()))
    named = [u for u in units if _unit_said(u, said)]
    others = [u for u in units if u not in named]
    if named and others:
        return "", f"you named {', '.join(dict.fromkeys(named))}; this also stops {', '.join(dict.fromkeys(others))}"
    return None


def _unit_said(unit: str, said: set[str]) -> bool:
    """The user's words name the unit: its name, without `.service` or an instance (`app@2`), or a word of at least
    four letters it starts with ("postgres" for `postgresql`)."""
    u = unit.lower().removesuffix(".service").split("@", 1)[0].rsplit("/", 1)[-1]
    return u in said or any(len(w) >= 4 and (u.startswith(w) or w.startswith(u)) for w in said)


# ------------------------------------------------------------------ options
def unasked_option(a: Analysis) -> tuple[str, str] | None:
    """An option that carries the act past what the user's words name (`intent.vocab.EXTRAS`: `dvc gc --cloud` for
    "free up space in the dvc cache", `supabase db reset --linked` for "reset my local db"), none of whose words they
    said."""
    from automode.judge.intent.vocab import extras

    found = extras(a)
    if not found:
        return None
    text = "\n".join(a.ctx.user_messages).lower()
    words = set(re.findall(r"[a-z0-9]+", text))
    for opt, x in found:
        if not words & x.asked_by and opt.lower() not in text:
            return x.cap, f"`{opt}` {x.adds}, which nothing you said asks for"
    return None


# ------------------------------------------------------------------ addresses
_CIDR = lazyre.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?:/\d{1,2})?(?![\w.])|(?<![\w:])::/0(?![\w])")


def _net(s: str) -> IPv4Network | IPv6Network | None:
    import ipaddress  # (only once an address is on both sides)

    try:
        return ipaddress.ip_network(s, strict=False)
    except ValueError:
        return None


def other_address(a: Analysis) -> tuple[str, str] | None:
    """An address or range the action scans, opens or writes that lies outside every one the user named, where the
    user named one ("scan 192.0.2.0/24" answered with a second range beside it; "open 5432 to 10.40.0.0/16"
    answered with `0.0.0.0/0`). Loopback and the bind-everything address of a server are not targets."""
    used = [s for c in a.commands if c.text for s in _CIDR.findall(c.text)]
    if a.action.tool in ("Edit", "MultiEdit", "Write"):
        # in a file, ranges only (an allowlist opened wider); a host beside the named one is configuration
        # (`10.0.2.2`, the emulator's alias for this machine), and an edit keeps the ranges the file already had
        before = _CIDR.findall(_old_text(a.action.input))
        used += [s for e in a.effects if e.kind == "write" and e.content for s in _CIDR.findall(e.content)
                 if "/" in s and s not in before]
    if not used:
        return None  # (the action side first: most actions name no address, and the messages need not be read)
    said = "\n".join(a.ctx.user_messages)
    named = [n for n in (_net(s) for s in _CIDR.findall(said)) if n is not None]
    if not named:
        return None
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


def _old_text(inp: Mapping[str, Any]) -> str:
    """The text an edit replaces (every `old_string` of it)."""
    edits = inp.get("edits")
    olds = [inp.get("old_string")] + [e.get("old_string") for e in edits if isinstance(e, dict)] \
        if isinstance(edits, list) else [inp.get("old_string")]
    return "\n".join(o for o in olds if isinstance(o, str))
