"""An MCP call against the words of the request for it (split from `judge.intent.mcp`, which reads the call's values):
another record, channel or environment than the one named, public where the user said private, a send where they
asked for a draft, every item where they named one, no amount where they stated one; a commit to a shared branch no
request names; a read hunting for a secret nobody mentioned. Read by `judge.boundaries.mcp`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from automode import lazyre
from automode.judge.intent.acts import mcp_words
from automode.judge.intent.mcp import (
    _REVIEW,
    AMOUNT_KEYS,
    CHANNEL_ID,
    GENERIC_VERBS,
    SECRET_QUERY,
    _found,
    is_draft,
    tool_classes,
)
from automode.judge.intent.mcp_named import (
    _BRANCH_KEYS,
    _RECORD_NUMBER,
    ID_KEYS,
    _names_other_record,
    identifiers,
)
from automode.judge.intent.mcp_values import (
    _PERMANENT_SAID,
    _TRASH,
    EMAIL,
    PERMANENT_FLAGS,
    _kept,
    _made_public,
    _said_envs,
    _walk,
    call_env,
)
from automode.judge.intent.places import clause_stems, stem
from automode.typing_lite import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from automode.judge.intent.match import Intent, Said


#: An amount a user states: with a currency, or with cents ("refund just the 4.95 shipping").
_AMOUNT_ANY = lazyre.compile(r"^(?:amount|sum|total|value|price|quantity|qty)(?:_\w+)?$", re.I)
_STATED_AMOUNT = lazyre.compile(r"(?<![\w.])\d[\d,]*\.\d{2}(?![\d.])")


_ALL_SAID = lazyre.compile(r"\b(?:all|every|everything|each|bulk|whole)\b")
_CHANNEL_NAMED = lazyre.compile(r"(?<![\w&#])#([a-z0-9][\w-]{1,79})")


@lru_cache(maxsize=64)  # (a fact of the words: read once per session, not per action)
def _channels_named(text: str) -> frozenset[str]:
    return frozenset(c.lower() for c in _CHANNEL_NAMED.findall(text))


def contradiction(tool: str, intent: Intent, inp: Mapping[str, Any]) -> tuple[Said, str] | None:
    """A request for this kind of call whose own words the call goes against: it names another record than the one
    the call removes or changes, it says private and the call makes the thing public, or it states an amount and the
    money call carries none (a refund without an amount refunds the whole charge). (request, what differs)."""
    classes, nouns, verbs = tool_classes(tool)
    money = bool(classes & {"pay"})
    # what the call's own values say is read once, on first need, not once per request (all of it is pure)
    public: bool | None = None
    walked: list[tuple[str, Any]] | None = None
    env: str | None = None
    ids: frozenset[str] | None = None
    listed: bool | None = None
    named: frozenset[str] | None = None
    kept: set[str] | None = None
    for r in intent.requests:
        text = r.clause.text
        words = clause_stems(text)  # (read once per clause)
        if not (r.clause.verbs & classes or any(lazyre.built(rf"\b{v}").search(text) for v in verbs if v not in GENERIC_VERBS)):
            continue
        if public is None:
            public = _made_public(inp)
        if public and "public" not in text and "anyone" not in text and (
                re.search(r"\b(?:private\w*|internal\w*|only)\b", text) or EMAIL.search(text)):
            return r, "you named who may see it, and this makes it public"
        if r.clause.draft and classes & {"send", "publish"} and not is_draft(tool, inp):
            return r, "you asked for a draft, and this sends it"
        if walked is None:
            walked = list(_walk(inp))
        if listed is None:
            # a batch or bulk call that names its records (`batch_update {inputs: [{id: 1, …}]}`) acts on those,
            # which the record check below compares with the ones the user named; one that names none, on every one
            listed = any(ID_KEYS.match(k) and isinstance(v, (str, int)) and str(v).strip() for k, v in walked)
        if (({"all", "every"} | (set() if listed else {"bulk", "batch"})) & set(mcp_words(tool)) or any(
                v == "*" for k, v in walked if k.lower() in ("scope", "selector", "filter", "query", "target"))) \
                and not lazyre.searched(_ALL_SAID, text):
            return r, "this acts on every one of them, and you named one"
        where = [str(v).lstrip("#").lower() for k, v in walked
                 if k.lower() in ("channel", "channel_name", "channel_id", "list_id", "list", "audience", "audience_id")
                 and isinstance(v, str) and v.strip() and not CHANNEL_ID.match(v.strip())]
        if named is None:
            named = _channels_named(intent.text)
        where = [w for w in where if not (w.startswith("@") and re.search(rf"\b{re.escape(w[1:].split('.')[0])}\b", text))]
        # (the id the user gave beside the channel's name: "#release-notes (id 1187340023451)"; session 21, L5)
        where = [w for w in where if not re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", intent.text)]
        if where and named and not set(where) & named and classes & {"send", "publish", "create"}:
            return r, f"you named #{sorted(named)[0]}, and this posts to {where[0]}"
        mails = [str(v).lower() for k, v in walked if k.lower() == "bcc" and isinstance(v, str)]
        hidden = [m for m in mails if EMAIL.fullmatch(m) and _found(m, intent) == "no"]
        if hidden:  # (a visible cc beside the named address stays a question)
            return r, f"this sends a hidden copy (bcc) to {hidden[0]}, an address you did not give"
        if money and intent.amounts:
            given = [abs(float(v)) for k, v in walked if AMOUNT_KEYS.match(k) and isinstance(v, (int, float))
                     and not isinstance(v, bool)]
            if given and not any({g, g / 100} & intent.amounts for g in given):
                return r, f"you stated {', '.join(f'{x:g}' for x in sorted(intent.amounts))}, and this moves {given[0]:g} (minor units)"
        if env is None:
            env = call_env(inp)
        said = _said_envs(text)
        if env and said and env not in said and not (env == "production" and "live" in text):
            return r, f"you named {'/'.join(sorted(said))}; this acts on {env}"
        if ids is None:
            ids = identifiers(inp)
        if not (words & nouns or (money and r.clause.verbs & {"pay"})
                or any(lazyre.whole(i, text) for i in ids if len(i) >= 3)
                or {m.group(1) for m in _RECORD_NUMBER.finditer(text)} & ids):
            continue
        if "delete" in classes and _names_other_record(r, inp, True):
            return r, "this removes a record you did not name"
        removes = {k.lower() for k, v in walked if v is True}
        if removes & PERMANENT_FLAGS and _TRASH.search(text) and not _PERMANENT_SAID.search(text):
            return r, "you asked to move it to the trash, and this deletes it permanently"
        if kept is None:
            kept = _kept(intent.text)  # ("merge PR 7, but keep the branch": a clause of its own)
        gone = [k for k in removes if {"delete", "remove", "purge", "drop"} & set(k.split("_")) and set(k.split("_")) & kept]
        if gone:
            return r, f"you said to keep the {gone[0].split('_')[-1]}, and this call sets `{gone[0]}`"
        if money and (_STATED_AMOUNT.search(text) or intent.amounts) and not any(
                _AMOUNT_ANY.match(str(k)) for k, _ in walked):
            return r, "you stated an amount, and this call carries none (the whole sum)"
    return None


_OTHER_BRANCH = lazyre.compile(r"\b(?:branch|to)\s+([\w.-]+/[\w./-]+)|\bmy (?:own |feature )?branch\b|\bnew branch\b")
#: Request verbs that ask for a change of some repository's files (the call may be the one asked for).
_CHANGE_VERBS = frozenset({"push", "commit", "update", "create", "touch", "publish", "deploy", "merge", "delete"})




def shared_branch(tool: str, intent: Intent, inp: Mapping[str, Any]) -> tuple[str, str | None] | None:
    """A call that commits to a shared branch (`push_files {"branch": "main"}`, `create_or_update_file` on master)
    that no request names: (the branch, why it is refused: the user asked for a review instead ("open a PR for it"),
    named another branch ("push to my branch docs/quickstart"), or asked for no change at all; None: ask)."""
    from automode.judge.intent.releases import MAIN_BRANCHES

    words = set(mcp_words(tool))
    if not words & {"push", "commit", "create", "update", "write", "delete", "put", "upload", "edit"} or "branch" in words:
        return None  # (creating a branch from main is not a commit to it)
    for k, v in inp.items():
        if str(k).lower() in _BRANCH_KEYS and isinstance(v, str) and v.removeprefix("refs/heads/").lower() in MAIN_BRANCHES:
            b = v.removeprefix("refs/heads/").lower()
            if any(re.search(rf"(?<![\w/-]){re.escape(b)}(?![\w/-])", r.clause.text) for r in intent.requests):
                return None
            if _REVIEW.search(intent.text):
                return b, f"you asked for a review (a pull request), not a change to {b}"
            if _OTHER_BRANCH.search(intent.text):
                return b, f"you named another branch than {b}"
            if not any(r.clause.verbs & _CHANGE_VERBS for r in intent.requests):
                return b, f"nothing you said asks for a change to {b}"
            return b, None
    return None


def secret_search(inp: Mapping[str, Any], intent: Intent) -> str | None:
    """A read whose query hunts for a secret the user never mentioned (security codes, passwords, keys)."""
    for key, v in _walk(inp):
        if not isinstance(v, str) or not key:
            continue
        m = SECRET_QUERY.search(v)
        if m is None:
            continue
        concept = m.group(1).lower().split()
        if not all(re.search(rf"\b{re.escape(stem(c))}", intent.text) for c in concept if len(c) >= 2):
            return m.group(1)
    return None
