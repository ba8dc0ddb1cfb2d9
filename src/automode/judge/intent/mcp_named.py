"""What an MCP call names beside the one asked for, for `mcp`: other records, credentials, roles, topic branches,
and the call's identifiers. Split from `mcp` for the project's ~600-line limit; `mcp` re-exports every name."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from automode import lazyre
from automode.judge.intent.match import Intent, Said
from automode.judge.intent.mcp_values import CONTENT_KEYS, _walk
from automode.judge.intent.places import stem
from automode.judge.intent.text import id_numbers

#: A name of one record the user gives: letters and digits together (`PX8K2Q`, `CPL-88`), "#318", a long number.
_RECORD_ID = lazyre.compile(r"^(?=.*\d)(?=.*[a-z])[a-z0-9][a-z0-9_-]{4,}$|^#\d{2,}$")


#: A number with its unit ("30min", "5xx", "500ms", "2gb"): an amount, not a record's name.
_AMOUNT_WORD = lazyre.compile(r"^\d+(?:\.\d+)?[a-z]{1,4}$")


#: A record named by its kind and number ("issue 12", "PR #7", "incident 4"): the number names that record.
_RECORD_NUMBER = lazyre.compile(r"\b(?:issues?|prs?|pull[- ]requests?|merge[- ]requests?|mrs?|tickets?|incidents?|bugs?|tasks?|"
                                r"cards?|stories|story|cases?|orders?|invoices?)\s*#?(\d[\w-]*)", re.I)


#: Keys that pick the record a call acts on, and keys that pick a set of records by a condition.
ID_KEYS = lazyre.compile(r"^(?:id|\w+_id|number|\w+_number|key|ref|uuid|issue|incident|ticket)$", re.I)


FILTER_KEYS = lazyre.compile(r"^(?:filter|filters|query|q|where|selector|match|search)$", re.I)


#: Keys that name the one record a call removes or changes (`resources_delete {"kind": "Namespace", "name": …}`); a
#: create call's `name` is the new record's, so it picks nothing.
NAME_KEYS = lazyre.compile(r"^(?:name|namespace|slug|handle|repo|repository|bucket|database|table|channel_name)$", re.I)


@lru_cache(maxsize=1024)
def _records_named(strong: frozenset[str], text: str) -> frozenset[str]:
    """The records a request names by id or number ("comment on issue 12"), read once per clause."""
    named = {x.lstrip("#") for x in strong if _RECORD_ID.match(x) and not _AMOUNT_WORD.match(x)} | id_numbers(text)
    return frozenset(named | {m.group(1) for m in _RECORD_NUMBER.finditer(text)})


def _names_other_record(r: Said, inp: Mapping[str, Any] | None, removes: bool = False) -> bool:
    """The request names records by id and this call, which picks its records by id or by a filter, names none of
    them: it acts on another record or on a set ("ack incident PX8K2Q" is not `update_incident {"filter": …}`,
    "move CPL-88 to Done" not `update_issue {"id": "CPL-89"}`, "delete namespace pr-97-app" not
    `resources_delete {"name": "app-staging"}`: for a call that `removes`, its name keys pick the record too)."""
    if inp is None:
        return False
    named = _records_named(r.strong, r.clause.text)
    if not named:
        return False
    keyed = {str(v).lower().lstrip("#") for k, v in _walk(inp)
             if (ID_KEYS.match(k) or (removes and NAME_KEYS.match(k))) and isinstance(v, (str, int))}  # fmt: skip
    filtered = any(FILTER_KEYS.match(str(k)) for k in inp)
    given = {i.lower().lstrip("#") for i in identifiers(inp)}  # a named account or recipient names the call too
    given |= {g.split(":", 1)[1] for g in given if ":" in g}  # a tag's value: `host:billing-01` names billing-01
    # (an identity provider's user id, `auth0|66f1…`, `google-oauth2|1034…`: the reader splits it at the bar)
    keyed |= {k.split("|", 1)[1] for k in keyed if "|" in k and len(k.split("|", 1)[1]) >= 6}
    return (bool(keyed) or filtered) and not named & (keyed | given)


#: Kinds of credential an account has, as tools and requests name them: one said is not another.
_CREDENTIALS = ("password", "passwd", "mfa", "factor", "factors", "totp", "otp", "passkey", "webauthn", "session",
                "sessions", "recovery", "pin")  # (keys, secrets and tokens name one another too often)


@lru_cache(maxsize=1)
def _credential_stems() -> dict[str, str]:
    """Each credential word's stem, with the kind it names (`factors` and `mfa` name one kind)."""
    kinds = {"passwd": "password", "factor": "mfa", "factors": "mfa", "totp": "mfa", "otp": "mfa", "passkey": "mfa",
             "webauthn": "mfa", "tokens": "token", "sessions": "session"}
    return {stem(w): kinds.get(w, w) for w in _CREDENTIALS}


def _other_credential(words: frozenset[str] | set[str], nouns: frozenset[str] | set[str]) -> bool:
    """The clause names a kind of credential and the tool acts on another kind only."""
    kinds = _credential_stems()
    said = {kinds[w] for w in words if w in kinds}
    acted = {kinds[n] for n in nouns if n in kinds}
    return bool(said) and bool(acted) and said.isdisjoint(acted)


def _role_said(intent: Intent) -> bool:
    """A request names a role ("som Viewer", "as a Developer"): the role given is compared with it after the release
    (`intent.mcp_against`), a stronger one refused there."""
    from automode.knowledge.slot_values import ROLE_POWER
    from automode.knowledge.slot_values import VERB_ROLES as _VERB_ROLES  # ("triage the tickets": a verb)

    for r in intent.requests:
        words = set(re.findall(r"[a-z][a-z0-9_-]{3,}", r.clause.text.lower())) - _VERB_ROLES
        if any(w in ROLE_POWER for w in words):
            return True
    return False


def _act_noun(nouns: set[str] | frozenset[str]) -> frozenset[str]:
    """The verbs a tool's nouns are made of (`muting` -> mute, `snoozing` -> snooze): the act its name says."""
    from automode.judge.intent.words import VERB_WORDS

    out = {b for n in nouns if n.endswith("ing") and len(n) >= 6 for b in (n[:-3], n[:-3] + "e") if b in VERB_WORDS}
    return frozenset(out)


#: Keys that name the branch a call commits to, and the branches others build on (`releases.MAIN_BRANCHES`).
_BRANCH_KEYS = frozenset({"branch", "ref", "target_branch", "head"})


def _topic_branch(inp: Mapping[str, Any]) -> bool:
    """The call commits to a branch of its own (`docs/widget-setup`), not to one others build on."""
    from automode.judge.intent.releases import MAIN_BRANCHES

    got = [str(v).removeprefix("refs/heads/").lower() for k, v in inp.items() if str(k).lower() in _BRANCH_KEYS]
    return bool(got) and all(b and b not in MAIN_BRANCHES for b in got)


def identifiers(inp: Mapping[str, Any]) -> frozenset[str]:
    """Short scalar values of a call (ids, keys, names), lower case: what a user names a record by."""
    return frozenset(str(v).lower() for k, v in _walk(inp)
                     if isinstance(v, (str, int)) and not isinstance(v, bool) and 0 < len(str(v)) <= 64
                     and k.lower() not in CONTENT_KEYS)  # fmt: skip
