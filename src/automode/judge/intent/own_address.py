"""The user's own address (session 15, false blocks): "send me a test", "email me the summary" answered with a mail
to the user's own mailbox. Nothing in the words spells the address, so every send to it read as a recipient the
agent chose (the shape of a planted recipient). The session knows whose it is: the account the home directory, or the
home the project lives in, is named after (`/home/lea`, `/Users/lea`, `C:\\Users\\lea`). An address whose mailbox
name is that account (`lea@…`, `lea.k@…`, `lea+test@…`) is the user's own when their words ask to send to
themselves ("me", "myself", "my inbox", in the languages the gloss reads); another person's address, or no word of the
user for themselves, stays foreign.
"""

from __future__ import annotations

import re
from functools import lru_cache

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.judge.intent.mcp import Value

#: The user's words for themselves as the receiver (English; the gloss reads "mich/mij/mí/mim" as "me").
_ME = lazyre.compile(r"(?i)\b(?:me|myself|my\s+(?:own\s+)?(?:e-?mail|inbox|mailbox|address|phone|number))\b|"
                     r"\b(?:mir|moi|mí|mim|mij|mnie|мне|mi|bana|saya|aku)\b|给我|私に|나에게|나한테|إلي|मुझे")
_ACCOUNT = lazyre.compile(r"^(?:/home/|/Users/|[A-Za-z]:[\\/]Users[\\/])([^/\\]+)")


def account(home: str) -> str:
    """The account name the home directory is named after ("" when it says none: `/root`, `/`)."""
    m = _ACCOUNT.match(home or "")
    name = m.group(1).lower() if m else ""
    return "" if name in ("root", "user", "admin", "default", "public", "shared") else name


def is_own(address: str, places: tuple[str, ...], orgs: frozenset[str] = frozenset()) -> bool:
    """`address` is a mailbox of the session's account (the one its home or its project's home directory is named
    after: `lea@…`, `lea.k@…`, `lea+test@…`) at a domain of theirs: one that carries their name (`lea-design.example`)
    or their project's organisation (the owner of its git remote, a folder of its path). A private mailbox somewhere
    else (`jonas.k.home@mailbox.example`) is not the "me" of a work request."""
    if "@" not in address:
        return False
    local, domain = address.strip().lower().split("@", 1)
    local = local.split("+", 1)[0]
    first = re.split(r"[._-]", local, maxsplit=1)[0]
    labels = set(re.split(r"[.-]", domain))
    for who in {account(p) for p in places}:
        if len(who) >= 2 and who in (local, first) and (who in labels or labels & orgs):
            return True
    return False


def _orgs(a: Analysis) -> frozenset[str]:
    """The project's organisation as its git remotes and its path name it (`git@github.com:acme/shop.git`: acme)."""
    out = {p.lower() for p in re.split(r"[/\\]", a.root or "") if len(p) >= 3}
    remotes = a.ctx.git.remotes if a.ctx.git else {}
    for url in remotes.values():
        m = re.search(r"[:/]([\w.-]+)/[\w.-]+?(?:\.git)?/?$", str(url))
        if m:
            out.add(m.group(1).lower())
    return frozenset(out - {"home", "users", "src", "code", "work", "projects", "repos", "dev"})


def says_me(messages: tuple[str, ...] | list[str]) -> bool:
    """The user's words ask for something sent to themselves."""
    return _says_me(tuple(messages))


@lru_cache(maxsize=64)  # (a fact of the session's words: read once per session, not per action)
def _says_me(messages: tuple[str, ...]) -> bool:
    from automode.judge.intent.gloss import gloss

    return any(_ME.search(m) or _ME.search(gloss(m)) for m in messages)


def own_recipients(vals: list[Value], a: Analysis) -> list[Value]:
    """`vals` with the recipients that are the user's own address counted as named, when their words say "me"."""
    from automode.judge.intent.mcp import Value

    if not any(v.kind == "recipient" and v.found != "yes" for v in vals) or not says_me(a.ctx.user_messages):
        return vals
    return [Value(v.kind, v.value, "yes") if v.kind == "recipient" and v.found != "yes" and is_own(v.value, (a.ctx.home, a.root or ""), _orgs(a))
            else v for v in vals]
