"""MCP and custom tools: did the user ask for this call, and did they give its values?

A prompt injection rides on values the agent picked up from tool output: a recipient, an IBAN, a URL, a password.
The user's own words are the only trusted source of such values, so a value found nowhere in them is suspect.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import lru_cache
from typing import Any

from automode import lazyre
from automode.dc import dataclass
from automode.judge.intent.acts import GRANTING, MCP_ACT_KEYS, MCP_CLASSES, MCP_VALUE_ACTS, mcp_words
from automode.judge.intent.devices import device_named
from automode.judge.intent.forge_repo import OWNER_KEYS as OWNER_KEYS
from automode.judge.intent.forge_repo import REPO_KEYS as REPO_KEYS
from automode.judge.intent.forge_repo import other_repository as other_repository
from automode.judge.intent.forge_repo import slug_of as slug_of
from automode.judge.intent.match import Intent, Said
from automode.judge.intent.mcp_named import _AMOUNT_WORD as _AMOUNT_WORD
from automode.judge.intent.mcp_named import _BRANCH_KEYS as _BRANCH_KEYS
from automode.judge.intent.mcp_named import _CREDENTIALS as _CREDENTIALS
from automode.judge.intent.mcp_named import _RECORD_ID as _RECORD_ID
from automode.judge.intent.mcp_named import _RECORD_NUMBER as _RECORD_NUMBER
from automode.judge.intent.mcp_named import FILTER_KEYS as FILTER_KEYS
from automode.judge.intent.mcp_named import ID_KEYS as ID_KEYS
from automode.judge.intent.mcp_named import NAME_KEYS as NAME_KEYS
from automode.judge.intent.mcp_named import _act_noun as _act_noun
from automode.judge.intent.mcp_named import _credential_stems as _credential_stems
from automode.judge.intent.mcp_named import _names_other_record as _names_other_record
from automode.judge.intent.mcp_named import _other_credential as _other_credential
from automode.judge.intent.mcp_named import _records_named as _records_named
from automode.judge.intent.mcp_named import _role_said as _role_said
from automode.judge.intent.mcp_named import _topic_branch as _topic_branch
from automode.judge.intent.mcp_named import identifiers as identifiers
from automode.judge.intent.mcp_values import (
    _CONVERSATION,
    CONTENT_KEYS,
    EMAIL,
    _made_public,
    _walk,
)
from automode.judge.intent.places import clause_stems, stem
from automode.knowledge import browser
from automode.knowledge.mcp_args import read_headed
from automode.knowledge.subverbs import tokens
from automode.knowledge.trust_values import nested_recipients

IBAN = lazyre.compile(r"\b[A-Z]{2}\d{2}[A-Z0-9]{8,30}\b")
URL = lazyre.compile(r"\b(?:https?|ftp|wss?)://[^\s\"'<>]+", re.I)
PHONE = lazyre.compile(r"^\+?\d[\d ()-]{7,}\d$")
#: A value that is a phone number in any spelling (`+15550100`, `(415) 555-0182`, `07700 900123`).
PHONE_LIKE = lazyre.compile(r"^\+?[\d\s().-]{7,}$")
RECIPIENT_KEYS = lazyre.compile(r"^(to|cc|bcc|recipients?|emails?|participants?|attendees?|users?|members?|invitees?|iban|account|"
                            r"assignees?|assignee_?(?:id|login|name|email)s?|reviewers?|collaborators?|"
                            r"payee|beneficiary|destination|dest|target|channel|channel_?id|channel_?name|conversation|"
                            r"phone|number|address_to|share_with|sender_to)$", re.I)  # fmt: skip
#: A Teams channel or chat thread id, and the part before `@thread` (a channel's name, or an opaque id).
_THREAD_ID = lazyre.compile(r"^\d{2}:([\w.-]+)@thread\.(?:skype|tacv2|v2)$")
_THREAD_KEYS = lazyre.compile(r"channel|chat|thread|conversation")
_OPAQUE = lazyre.compile(r"^(?=[\w-]*\d)[\w-]{16,}$|^[0-9a-f]{12,}$")
CHANNEL_ID = lazyre.compile(r"^[CGD][A-Z0-9]{7,}$|^\d{15,20}$|^\d{2}:[\w-]+@thread\.(?:skype|tacv2)$")
#: Keys that name a message a call refers to (`inReplyTo: "<CAF3x9@mail.example>"`): an identifier, not an address.
MESSAGE_ID_KEYS = lazyre.compile(r"^(?:in_?reply_?to|message_?id|msg_?id|references|thread_?id|reply_?to_?id)$", re.I)
#: Keys naming who acts or sends (PagerDuty's `from_email` audit header, a mail's `from`): not where anything goes.
SENDER_KEYS = lazyre.compile(r"(?i)^(?:from|from_?email|from_?address|sender|sender_?email|author_?email|actor_?email|"
                             r"requester_?email|acting_?user_?email)$")
#: Keys whose value is a web destination even when written without a scheme (`www.example.com/collect`).
URL_KEYS = lazyre.compile(r"^(url|uri|link|website|webpage|web_page|endpoint|href|site|webhook|callback_url)$", re.I)
SECRET_KEYS = lazyre.compile(r"(password|passwd|passphrase|secret|token|api_?key|pin|otp|credential)", re.I)
AMOUNT_KEYS = lazyre.compile(r"^(amount|sum|total|value|price|quantity|qty|unit_amount|unitamount|amount_\w+|\w+_amount|"
                             r"amount[A-Z]\w*|percent_off|percentoff|amount_off|price_\w+|budget|limit_amount)$", re.I)
PERCENT_KEYS = lazyre.compile(r"(?i)percent|pct|^rate$|discount_rate")
_PERCENT = lazyre.compile(r"(\d+(?:\.\d+)?)\s*(?:%|percent\b)")
SECRET_QUERY = lazyre.compile(
    r"\b(security\s+code|verification\s+code|2fa|two[- ]factor|otp|one[- ]time\s+(?:pass)?code|pass(?:word|code|phrase)|"
    r"api[\s_-]?key|access\s+token|secret|private\s+key|recovery\s+(?:code|key|phrase)|seed\s+phrase|credentials?|ssn|"
    r"social\s+security|credit\s+card|cvv|pin\s+code)\b", re.I)  # fmt: skip
#: Nouns a user says for what a tool's name calls something.
NOUNS = {
    "email": {"email", "e-mail", "mail", "message", "inbox", "reply"},
    "money": {
        "money",
        "payment",
        "pay",
        "transaction",
        "transfer",
        "refund",
        "difference",
        "amount",
        "bill",
        "fee",
        "rent",
    },
    "transaction": {
        "transaction",
        "payment",
        "rent",
        "order",
        "standing",
        "subscription",
        "recurring",
        "transfer",
        "bill",
    },
    "calendar": {
        "calendar",
        "event",
        "meeting",
        "appointment",
        "lunch",
        "dinner",
        "call",
        "reminder",
        "invite",
    },
    "event": {
        "event",
        "meeting",
        "appointment",
        "lunch",
        "dinner",
        "call",
        "calendar",
        "reunion",
        "trip",
        "party",
    },
    "file": {
        "file",
        "document",
        "doc",
        "docx",
        "list",
        "drive",
        "sheet",
        "spreadsheet",
        "notes",
        "xlsx",
        "pdf",
        "folder",
    },
    "password": {"password", "passcode", "pin", "credential"},
    "user": {"account", "profile", "info", "information", "address", "detail"},
    "info": {"account", "profile", "info", "information", "address", "detail"},
    "participants": {"participant", "invite", "attendee", "guest"},
    "message": {"message", "dm", "chat", "post", "channel", "slack"},
    "issue": {"issue", "ticket", "bug"},
    # a document's blocks and pages (Notion, Confluence, Coda): what users call notes, pages, sections, docs
    "block": {"block", "page", "notes", "note", "doc", "document", "section", "paragraph", "content", "text", "wiki"},
    "page": {"page", "notes", "note", "doc", "document", "wiki", "section"},
    "comment": {"comment", "reply", "review"},
    "branch": {"branch", "pull-request", "merge-request"},  # a topic branch is a step of "open a PR for it"
    "vacation": {"vacation", "out-of-office", "ooo", "auto-reply", "autoreply", "away", "holiday", "holidays"},
    "downtime": {"downtime", "mute", "silence", "maintenance", "snooze"},  # a monitor muted for a window
    "sms": {"sms", "text", "message", "msg"},
    # a DNS record as users name it: by its type or the name it points ("add a CNAME for …", "point the apex at …")
    "dns": {"dns", "cname", "txt", "mx", "aaaa", "srv", "caa", "domain", "subdomain", "apex", "hostname", "point"},
    "record": {"record", "cname", "txt", "mx", "aaaa", "srv", "caa", "subdomain", "apex", "hostname"},  # "text me on +44 …" (Twilio `send_sms`, Vonage, MessageBird)
    "mms": {"mms", "text", "message"},
}
GENERIC_VERBS = frozenset({"update", "create", "add", "set", "get", "send", "delete", "make", "change", "remove", "write",
                           "edit", "put", "post", "run", "execute"})  # fmt: skip


@dataclass(frozen=True, slots=True)
class Value:
    kind: str  # "recipient" | "account" | "url" | "credential" | "amount"
    value: str
    found: str  # "yes" | "partial" | "no"


def pairs(inp: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(key, text value) of every scalar in a call's input, nested ones too (for the role a grant gives)."""
    return [(k, str(v)) for k, v in _walk(inp) if isinstance(v, (str, int)) and not isinstance(v, bool)]


@lru_cache(maxsize=64)
def _unspaced(text: str) -> str:
    return text.replace(" ", "")


def _spaced_in(v: str, text: str) -> bool:
    """`v` (its spaces taken out) in `text` with its spaces taken out, not followed by a word character or a dash:
    an IBAN or a phone number written in groups."""
    flat = _unspaced(text)
    return v in flat and lazyre.built(rf"{re.escape(v)}(?![\w-])").search(flat) is not None


def _bounded(v: str, text: str) -> bool:
    """`v` appears in `text` as a whole value; a channel, handle or hyphenated name goes on past a hyphen."""
    edge = r"[\w-]" if "-" in v or v[:1] in "#@" else r"\w"
    return lazyre.whole(v, text, edge, edge) is not None


def _found(value: str, intent: Intent, own_host: bool = False) -> str:
    v = value.strip().lower()
    if not v:
        return "yes"
    text = intent.text
    if _bounded(v, text) or _spaced_in(v.replace(" ", ""), text):
        return "yes"  # as a whole name ("#proj-tiles" is not in "#proj-tilebench"); an IBAN or phone number in groups
    if PHONE_LIKE.match(v):
        from automode.judge.intent.phones import phone_said

        if phone_said(v, text):
            return "yes"  # `+447700900123` for "text me (+44 7700 900123)", "07700 900123"
    if URL.fullmatch(v) and len(path := "/" + v.split("://", 1)[1].split("/", 1)[-1].split("?", 1)[0]) >= 6 \
            and "/" in path[1:] and re.search(rf"(?<![\w./-]){re.escape(path)}(?![\w/-])", text) and own_host:
        return "yes"  # "purge the CDN cache for /assets/app.js": the path named, on the call's own zone
    m = EMAIL.fullmatch(v)
    if m:
        domain = v.rsplit("@", 1)[1]
        if lazyre.searched(EMAIL, text) and not _bounded(domain, text):  # (the words' side: once per session)
            return "no"  # the user wrote addresses, and this one's domain is none of theirs (a look-alike mailbox)
        local = v.split("@", 1)[0]
        if len(local) >= 3 and _bounded(local, text) and not lazyre.searched(EMAIL, text):
            return "yes"  # "add marc.d to the group": the handle said is the whole mailbox name (session 27, R2)
        parts = [p for p in re.split(r"[._+-]|\d+", local) if len(p) >= 3]
        hits = [p for p in parts if p in text and lazyre.built(rf"\b{re.escape(p)}\b").search(text)]
        if parts and len(hits) == len(parts) and len(parts) >= 2:
            return "yes"
        return "partial" if hits else "no"
    return "no"


def values(inp: Mapping[str, Any], intent: Intent, tool: str = "") -> list[Value]:
    out: list[Value] = []
    typed = browser.typed_value(tool, inp) if tool else None
    if typed is not None:  # what a browser tool types into a page is a value of the call (an address, an account)
        hits = [("recipient", e) for e in EMAIL.findall(typed)] + [("url", u) for u in URL.findall(typed)]
        out += [Value(kind, val, _found(val, intent)) for kind, val in hits]
    out += [Value("recipient", r, _found(r, intent)) for r in nested_recipients(inp)]  # Opsgenie `responders`: who
    hosts = {str(v).lower() for _, v in _walk(inp) if isinstance(v, str) and "." in v and "/" not in v and " " not in v}
    percent_typed = any(k.lower().endswith("type") and str(v).lower() in ("percentage", "percent")
                        for k, v in _walk(inp))  # (Shopify `value_type: percentage` beside `value: -100.0`)
    for key, v in _walk(inp):
        k = key.lower()
        if k in CONTENT_KEYS or MESSAGE_ID_KEYS.match(k) or SENDER_KEYS.match(k):
            continue
        if isinstance(v, bool) or v is None:
            continue
        if isinstance(v, (int, float)):
            # Payment APIs take minor units: 125000 is the user's "$1,250"
            if PERCENT_KEYS.search(k) or (k in ("value", "amount") and percent_typed):
                said = {float(x) for x in _PERCENT.findall(intent.text)}
                if said and abs(float(v)) not in said and abs(float(v)) * 100 not in said:
                    out.append(Value("amount", f"{v}%", "no"))  # "a 10% coupon" made `percent_off: 100`
            elif AMOUNT_KEYS.match(k) and intent.amounts and not {abs(float(v)), abs(float(v)) / 100} & intent.amounts:
                out.append(Value("amount", str(v), "no"))
            continue
        s = str(v)
        if SECRET_KEYS.search(k):
            out.append(Value("credential", s, _found(s, intent)))
            continue
        thread = _THREAD_ID.match(s.strip())
        if thread is not None and _THREAD_KEYS.search(k):
            # a Teams thread id (`19:rilasci@thread.tacv2`) is no mailbox: it spells the channel's name, or an opaque id
            name = thread.group(1)
            if not _OPAQUE.match(name):
                out.append(Value("recipient", name, _found(name, intent)))
            continue
        hits = [("recipient", e) for e in EMAIL.findall(s)] + [("account", i) for i in IBAN.findall(s)]
        hits += [("url", u) for u in URL.findall(s)]
        if hits and all(kind == "url" for kind, _ in hits):
            out += [Value("url", u, _found(u, intent, _host_of(u) in hosts)) for _, u in hits]
            continue
        if not hits and URL_KEYS.match(k) and s.strip():
            hits = [("url", s.strip())]
        if not hits and CHANNEL_ID.match(s.strip()) and "channel" in k:
            continue  # a Slack/Teams channel id (`C05LNFREL01`): opaque, the user names channels by name
        if (
            not hits
            and RECIPIENT_KEYS.match(k)
            and ((s.strip() and not s.strip().isdigit()) or PHONE.match(s.strip()))
        ):
            hits = [("recipient", s)]
        out += [Value(kind, val, _found(val, intent)) for kind, val in hits]
    if tool and any(v.found != "yes" and v.kind == "recipient" for v in out):
        from automode.judge.intent.people import person_named

        out = [Value(v.kind, v.value, "yes") if v.kind == "recipient" and v.found != "yes"
               and person_named(tool, inp, v.value, intent.text) else v for v in out]
    return out


def _host_of(url: str) -> str:
    return url.split("://", 1)[-1].split("/", 1)[0].split("@")[-1].rsplit(":", 1)[0].lower()


def tool_classes(tool: str) -> tuple[set[str], set[str], list[str]]:
    """(verb classes, nouns a user would say, the tool's own verb words), new sets for each caller (read once per
    tool name)."""
    classes, nouns, verbs = _tool_classes(tool)
    return set(classes), set(nouns), list(verbs)


@lru_cache(maxsize=1024)
def _tool_classes(tool: str) -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    words = mcp_words(tool)
    classes: set[str] = set()
    verbs: list[str] = []
    nouns: set[str] = set()
    looks = read_headed(words)  # `get_order`, `retrieve_payment_intent`: what follows is a noun
    for w in words:
        if w in MCP_CLASSES and not looks:
            classes |= MCP_CLASSES[w]
            verbs.append(w)
        else:
            nouns.add(stem(w))
            nouns |= NOUNS.get(w, set())
    if {"money", "payment", "transaction", "transfer"} & set(words) and not looks:
        classes.add("pay")
    if "append" in verbs:
        classes.add("create")
    if {"deployment", "deployments", "deploy"} & set(words):
        classes.add("deploy")  # `create_deployment`: "deploy shop to production"
    if "draft" in verbs:
        nouns |= {"draft", "reply", "response", *NOUNS["email"]}  # "draft a reply", "prepare an email"
    if {"dns", "record"} <= nouns and classes & {"create", "update"}:
        classes |= {"create", "update"}  # "point status.acme.dev at …": a record made or changed, either way aimed
    if nouns & SHARING:
        classes.add("send")
    if GRANTING & set(words) and classes & {"create", "update"} and "delete" not in classes:
        classes.add("grant")  # `create_role_assignment`, `update_org_user_role`, `add_team_member`: access given
    if classes & {"update", "create"} and {"flag", "flags", "toggle", "remoteconfig", "experiment"} & set(words):
        classes |= {"update", "deploy", "enable", "skip"}  # a flag rolled out, enabled, turned off: its change
    if classes & {"create"} and {"message", "messages", "sms", "chat", "dm", "post"} & set(words):
        classes.add("send")  # `conversations_add_message`, `create_message`: a message made is a message sent  # `create_permission`, `add_collaborator`: "share the deck with Priya", "give her access"
    if classes & {"create", "send"} and {"comment", "comments", "note", "notes", "attachment", "attachments"} & set(words):
        classes.add("update")  # a comment or attachment put on a ticket: "attach the export to ticket 48813"
    if "post" in verbs and nouns & {"page", "doc", "document", "note", "wiki", "section", "article", "entry"}:
        classes.add("create")  # `API-post-page`: "make a notion page with the runbook"
    if nouns & {"mute", "silence", "snooze", "downtime", "maintenance"}:
        classes.add("update")  # a downtime made is monitors muted: "mute its monitors for that window"
    if nouns and not classes & {"pay", "send"}:  # the server names what its tools act on ("the Invoices sheet")
        from automode.knowledge.mcp_args import server_words

        nouns |= {stem(w) for w in server_words(tool) if len(w) >= 4 and w not in ("server", "tools", "local", "google")}
    if not nouns and not classes & {"pay", "send"}:  # a tool named by its verb alone (`flushall`, `reboot`): the
        # server names its object ("the redis"); not for money or messages, whose values must be named
        from automode.knowledge.mcp_args import server_words

        nouns = {stem(w) for w in server_words(tool) if len(w) >= 3 and w not in ("mcp", "server", "api", "tools", "local")}
    return frozenset(classes), frozenset(nouns), tuple(verbs)


#: Tool nouns for giving someone access to a thing: a share is a send of access.
SHARING = frozenset({"permission", "share", "collaborator", "acl", "member", "access"})
#: Words (stemmed) of a request that gives access, for the tools above (h17-0594: a calendar made public under
#: "put this invite's meeting in my calendar").
_SHARING_SAID = frozenset({stem(w) for w in ("share", "shared", "sharing", "access", "permission", "permissions", "acl",
                                              "collaborator", "member", "public", "visible", "grant")})


_GRANTEE_KEY = lazyre.compile(r"(?i)^(?:user(?:name|_?id)?|login|email(?:_?address)?|member|principal(?:_?id)?|grantee|"
                              r"assignee|collaborator|invitee|group|team)$")


def _grantee_named(inp: Mapping[str, Any] | None, text: str) -> bool:
    """The person or group a sharing call gives access to is in the request ("dodaj ola do projektu …")."""
    return any(isinstance(v, str) and len(v) >= 2 and _GRANTEE_KEY.match(str(k)) and lazyre.whole(v.lower(), text)
               for k, v in (inp or {}).items())


def is_draft(tool: str, inp: Mapping[str, Any]) -> bool:
    """The call makes a draft that nothing sends yet (`create_draft`, a release or incident with `draft: true`)."""
    return "draft" in mcp_words(tool) or inp.get("draft") is True


def value_acts(inp: Mapping[str, Any]) -> set[str]:
    """The verb classes the call's act key names (`{"event": "APPROVE"}` is an approval), empty when none does."""
    out: set[str] = set()
    for k, v in inp.items():
        if str(k).lower() in MCP_ACT_KEYS and isinstance(v, str) and len(v) <= 40:
            low = v.lower()
            out |= MCP_VALUE_ACTS.get(low) or set().union(*(MCP_CLASSES.get(w, set()) for w in tokens(v)))
        if str(k).lower() == "service" and isinstance(v, str) and "domain" in inp:
            # Home Assistant `call_service {domain: recorder, service: purge}`: the service names the act
            out |= set().union(*(MCP_CLASSES.get(w, set()) for w in re.split(r"[._\W]+", v.lower())))
        if v is True and str(k).lower() in REMOVING_FLAGS:
            out.add("delete")  # `update_page {"archived": true}`: the page goes to the trash, whatever the tool's verb
    if granted_power(inp):
        out |= {"grant", "privilege"}  # `update_user {"role": "admin"}`: a promotion, whatever the tool's verb (K5)
    return out


#: Keys whose value is the role or the power an account is given (Zendesk/Okta/Jira/GitLab/Grafana/Django users).
ROLE_KEYS = frozenset({"role", "roles", "role_name", "rolename", "role_type", "user_role", "org_role", "access_level",
                       "accesslevel", "permission", "permissions", "permission_level", "user_type", "usertype",
                       "account_type", "membership", "privilege", "privileges", "group_role"})
#: Boolean keys whose `true` makes an account an administrator.
ADMIN_FLAGS = frozenset({"admin", "is_admin", "isadmin", "is_superuser", "superuser", "is_staff", "site_admin",
                         "isgrafanaadmin", "is_owner", "owner", "is_moderator", "write_enabled", "can_admin",
                         "administrator", "is_administrator", "sudo"})
#: Role values of full power over the tenant, project or server (GitLab's access level 50 is Owner, 40 Maintainer).
POWER_ROLE = lazyre.compile(r"(?i)^(?:admin|admins|administrator|owner|owners|super[_ -]?user|super[_ -]?admin|root|"
                            r"org[_ -]?admin|account[_ -]?admin|global[_ ]?admin\w*|site[_ -]?admin|system[_ -]?admin|"
                            r"sysadmin|server[_ -]?admin|tenant[_ -]?admin|workspace[_ -]?admin|billing[_ -]?admin|"
                            r"full[_ -]?access|\*|50|40)$")


def granted_power(inp: Mapping[str, Any]) -> str:
    """The role or flag of full power a call's input gives an account (`{"role": "admin"}`, `{"is_superuser":
    true}`, `{"access_level": 50}`), "" when none."""
    for k, v in _pairs_deep(inp):
        key = k.lower()
        if key in ADMIN_FLAGS and v is True:
            return k
        if key in ROLE_KEYS and isinstance(v, (str, int)) and not isinstance(v, bool) and POWER_ROLE.match(str(v).strip()):
            return f"{k}: {v}"
    return ""


def _pairs_deep(obj: Any, key: str = "", depth: int = 0) -> Iterator[tuple[str, Any]]:
    """(key, scalar) pairs at any depth, a list's items under their key (`{"user": {"roles": ["admin"]}}`)."""
    if depth > 4:
        return
    if isinstance(obj, Mapping):
        for k, v in obj.items():
            yield from _pairs_deep(v, str(k), depth + 1)
    elif isinstance(obj, (list, tuple)):
        for v in obj[:50]:
            yield from _pairs_deep(v, key, depth + 1)
    else:
        yield key, obj


#: Boolean keys whose `true` removes the record an update call names (Notion `archived`/`in_trash`, Drive `trashed`).
REMOVING_FLAGS = frozenset({"archived", "in_trash", "trashed", "deleted", "is_deleted", "is_archived"})


_CHANNEL = lazyre.compile(r"(?<![\w&#])#[a-z][\w-]{1,79}\b")


def request_for(tool: str, vals: list[Value], intent: Intent, ids: frozenset[str] = frozenset(),
                inp: Mapping[str, Any] | None = None) -> Said | None:
    """The newest request that asks for this kind of call: its verb, and its object or one of its values (`ids`: the
    call's own identifiers, "cancel ORB-377" names the issue `{"id": "ORB-377"}`). A draft is asked for by a request
    for a draft; an act its input names (an approving review) by a request for that act."""
    classes, nouns, verbs = tool_classes(tool)
    specific = [v for v in verbs if v not in GENERIC_VERBS]
    if inp is not None:
        pressed = browser.element_acts(tool, inp)
        if is_draft(tool, inp):
            classes, specific = {"draft"}, []
        elif value_acts(inp):
            va = value_acts(inp)
            # (a tool made to give access, `add_org_user {"role": "Admin"}`: the request for the access decides, and
            # the role it named is compared after; any other tool's promotion needs words for it)
            keep = va <= {"grant", "privilege"} and ("grant" in classes or _role_said(intent))
            classes, specific = (classes | va if keep else va), []
        elif pressed:  # a control of a page: its label names the act and the thing ("Delete inactive users")
            classes, specific = set(pressed), []
            nouns = {stem(w) for w in re.findall(r"[a-z][a-z-]{2,}", browser.label(inp).lower())} - {stem(w) for w in (
                "button", "field", "form", "link", "the", "and", "for", "new", "selected")}
    given = {v.value.lower() for v in vals if v.found == "yes"} | {i for i in ids if len(i) >= 3}
    # `update_repository {"archived": true}` for "archive the old repo": the flag's own word names the act
    flags = [re.sub(r"e?d$", "", str(k).lower().split("_")[-1]) for k, v in (inp or {}).items()
             if v is True and str(k).lower() in REMOVING_FLAGS]
    public: bool | None = None
    for r in intent.requests:
        text = r.clause.text
        words = clause_stems(text)  # (read once per clause)
        if _NEGATED.search(text):
            continue  # "actually don't post anything": a clause that forbids the act asks for none of it
        if _other_credential(words, nouns):
            continue  # "reset the password of 00u9…" is no request for `reset_mfa` on that account
        if nouns & SHARING and not (words & _SHARING_SAID or "grant" in r.clause.verbs or _grantee_named(inp, text)):
            continue  # `update_calendar_acl` for "put the meeting in my calendar": access given needs the share said
        if inp is not None and "draft" in words and inp.get("draft") is False:
            continue  # "open a draft PR" is not a ready one (`"draft": false`)
        if inp is not None and public is None and "public" not in text:
            public = _made_public(inp, not _CONVERSATION & set(mcp_words(tool)))  # (the call's side: read once)
        if _names_other_record(r, inp, "delete" in classes) or (inp is not None and public and "public" not in text):
            continue
        if flags and any(lazyre.built(rf"\b{f}").search(text) for f in flags) and (
                words & nouns or any(lazyre.whole(g, text) for g in given)):
            return r
        if any(lazyre.built(rf"\b{v}").search(text) for v in specific) and (r.clause.verbs & classes or not r.clause.verbs):
            return r
        if classes == {"draft"} and (r.clause.draft or "draft" in words) and r.clause.verbs & {"create", "send", "draft"}:
            classes = classes | r.clause.verbs  # "open a draft PR": a create that makes a draft
        if classes & {"push"} and inp is not None and _REVIEW.search(text) and _topic_branch(inp):
            return r  # "open a PR with these doc fixes": the commits go to a topic branch first
        asked = r.clause.verbs | ({"create", "update"} if "touch" in r.clause.verbs and words & nouns and not r.clause.draft
                                  else set())  # ("write a runbook page"; not "draft the release … so I can edit it")
        if not (asked & classes) and not (classes == {"create"} and "send" in r.clause.verbs and words & nouns) \
                and not (r.clause.verbs and _act_noun(nouns) & words):
            continue  # (a thing made to be shared: "share the config with Kenji as a gist"; the act a tool's noun
            # names, said as the clause's verb: "mute the policy" for `create_muting_rule`)
        if {i.lstrip("#") for i in r.strong} & ids:
            return r  # "approve #88": the call's own number
        if words & nouns or any(lazyre.whole(g, text) for g in given):
            return r
        if inp is not None and device_named(tool, inp, text):
            return r  # "turn off the kitchen lights": `call_service {entity_id: light.kitchen}`
        if "send" in asked and any(v.kind == "recipient" and v.found == "yes" for v in vals):
            return r  # "text 415-555-0182 that …", "share it with Piotr" (`@piotr`): the recipient the user named
        if "channel" in nouns and _CHANNEL.search(text):
            return r  # "tell Priyanka in #proj-dev": a channel named as people name channels
        # "send the summary to dana@acme.io": the clause names a destination of the kind this tool takes
        if any(v.kind in ("recipient", "account") for v in vals) and (
            EMAIL.search(text) or IBAN.search(r.clause.text.upper())
        ):
            return r
    return None


_NEGATED = lazyre.compile(r"\b(?:don'?t|do not|never|no need to|not to)\b")


_REVIEW = lazyre.compile(r"\b(?:pr|prs|pull[- ]requests?|merge[- ]requests?|mr|for review|review it|to review)\b")


