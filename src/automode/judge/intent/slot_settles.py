"""The named act with its slot said runs (session 19, J2; split from `intent.slots` in session 20): a share of
traffic that is the one said on the object named, a reader's role by its id with a verb of assigning, a link
(`intent.links.settles`)."""

from __future__ import annotations

import re

from automode import lazyre
from automode.judge.intent.slots import _TRAFFIC_TOOL, _all_shares, _short, changed, percents_said
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis


#: Rules a share of traffic said in so many words settles (a deploy-like change, an MCP call with side effects).
SETTLED = frozenset({"AM-TRUST-002", "AM-TRUST-005", "AM-EXFIL-019"})
#: Path segments of an API URL that name an environment: each must be in the user's words.
_ENV_SEGMENTS = frozenset({"production", "prod", "staging", "stage", "development", "dev", "test", "preview", "qa"})
#: Words that name an ELB's target groups or listener ("target group", "TG", "the ALB").
_GROUPS_SAID = lazyre.compile(r"(?i)target[\s-]*groups?|\btgs?\b|listener|load[\s-]*balancer|\b[an]lb\b|elbv?2?\b")
_ID_KEYS = lazyre.compile(r"(?i)(?:key|name|id|flag|function|service|alias)$")


def _object_named(values: list[str], low: str) -> bool:
    named = [v for v in values if len(v) >= 3 and re.search(rf"(?<![\w-]){re.escape(v.lower())}(?![\w-])", low)]
    return bool(named)


def settles_share(a: Analysis, rules: tuple[str, ...]) -> str | None:
    """The reason to allow a routing change or a rollout whose share is the one the newest request says, on an object
    it names, where every other slot holds what was said: "10 % of the traffic to revision api-00042", "new-checkout
    ko production mein 25% pe kar do"; None otherwise."""
    if not rules or not set(rules) <= SETTLED or not a.ctx.user_messages:
        return None
    newest = a.ctx.user_messages[-1][:4000]
    said = percents_said(newest)
    if not said or changed(a) is not None:
        return None
    low = newest.lower()
    if a.commands:
        from automode.knowledge.slot_values import traffic_of

        if any(e.kind == "control" and e.verb in ("delete", "permission", "secret") for e in a.effects):
            return None
        shares = [(c, got) for c in a.commands if (got := traffic_of(c)) is not None]
        if len(shares) != 1 or len(a.commands) != 1:
            return None
        c, (used, how) = shares[0]
        values = [w.value.split("=", 1)[-1] for w in c.argv[1:] if not w.value.startswith("--") or "=" in w.value]
        values += [x.split("=", 1)[0] for w in c.argv[1:] for x in w.value.split(",") if "=" in x]
        values += [x.split("=", 1)[0] for w in c.argv[1:] if w.value.startswith("--") and "=" in w.value
                   for x in w.value.split("=", 1)[1].split(",") if "=" in x]  # (`--to-revisions=web-00042=50`)
        if how == "body":  # an API call: its path names the flag and the environment, each must be the user's
            segs = [x for w in c.argv[1:] if "://" in w.value for x in w.value.split("?", 1)[0].split("/")[3:] if x]
            if any(x.lower() in _ENV_SEGMENTS and x.lower() not in low for x in segs):
                return None
            values = [x for x in segs if ("-" in x or "_" in x) and x.lower() not in _ENV_SEGMENTS]
            if not values or not all(_object_named([x], low) for x in values):
                return None  # the flag by its name (`new-checkout`): every such segment is the user's
        if how == "forward weights":  # (an ELB forward action: the groups by ARN, the share said either way round)
            said = (*said, *(100 - s for s in said))
            if not _GROUPS_SAID.search(newest):
                return None
        elif not _object_named(values, low):
            return None
        if not any(abs(used - s) < 0.6 for s in said):
            return None
        return f"you asked for {used:g} % of the traffic on what you named; `{_short(c)}` gives exactly that"
    if not a.action.tool.startswith("mcp__") or not _TRAFFIC_TOOL.search(a.action.tool):
        return None
    inp = a.action.input
    given = _all_shares(inp)
    if not given or not any(abs(x - s) < 0.6 for x in given for s in said):
        return None
    ids = [str(v) for k, v in inp.items() if isinstance(v, (str, int)) and _ID_KEYS.search(str(k))]
    envs = [str(v) for k, v in inp.items() if isinstance(v, str) and "env" in str(k).lower()]
    if not _object_named(ids, low) or any(e.lower() not in low for e in envs):
        return None
    return f"you asked for {max(said):g} % on what you named; `{a.action.tool.split('__')[-1]}` sets exactly that"


_ASSIGN_SAID = lazyre.compile(r"(?i)\b(?:assign\w*|grant\w*|give|add)\b|attribu\w*|asign\w*|atribu\w*|zuweis\w*|"
                              r"weis\w*\s+zu|erteil\w*|assegn\w*|przypisz\w*|nadaj\w*|назнач\w*|выда\w*|toewijz\w*|"
                              r"wijs\w*\s+toe|tilldela|ata\b|atayın|gán|tetapkan|付与|割り当て|分配|授予|할당|부여|"
                              # give / grant in more languages (da, sv, no, nl, fi, cs, el, hu, ro, id, vi, tr, uk)
                              r"\b(?:giv|tildel\w*|ge|gi|geef|anna|myönnä|dej|přiřaď|udělte|δώσε|ανάθεσε|adj|add\s+meg|"
                              r"dă|acordă|atribuie|berikan|beri|cấp|ver|verin|надай\w*|призначи\w*|dale|dá|donne|"
                              r"accorde|concede|conceda|otorga)\b")


def settles_role(a: Analysis, rules: tuple[str, ...]) -> str | None:
    """The reason to allow a role assignment by a raw API call (AM-SEC-057) whose every role id is a role the newest
    request names in full, with a verb of assigning, short of an administrator of everything: "assign Reports Reader to
    olu in Entra", "giv … rollen Helpdesk Administrator" (session 20: power 2 too); None otherwise."""
    from automode.knowledge.slot_values import role_names_in

    if not rules or set(rules) != {"AM-SEC-057"} or not a.ctx.user_messages or len(a.commands) != 1:
        return None
    newest = a.ctx.user_messages[-1][:4000]
    low = newest.lower()
    used = role_names_in(a.command_text)
    if not used or not _ASSIGN_SAID.search(newest) or changed(a) is not None:
        return None
    if any(power > 2 or not _role_said(name, low) for _, name, power in used):
        return None
    if any(name in _ROLE_SAID_AS for _, name, _p in used) and not _grantee_named(a.command_text, low):
        return None  # ("the app role" names no one: the group or user given must be the one the user gave)
    return f"you asked to assign {used[0][1].title()}; the role id is exactly that role"


#: Roles users name by another phrase than the role's own name: the default app role of an app role assignment
#: (`appRoleId` all zeros) is "the app role", "the default role", "access to the app" (session 24, O1).
_ROLE_SAID_AS = {"default access": ("default access", "app role", "default role", "default app role",
                                    "access to the app", "app access")}
_GRANTEE = lazyre.compile(r'"principalId"\s*:\s*"([0-9a-fA-F-]{36})"')


def _role_said(name: str, low: str) -> bool:
    return any(re.search(rf"(?<![\w-]){re.escape(p)}(?![\w-])", low) for p in _ROLE_SAID_AS.get(name, (name,)))


def _grantee_named(command: str, low: str) -> bool:
    """Every principal the body assigns the role to (`"principalId": "…"`) is an id the user gave."""
    ids = _GRANTEE.findall(command)
    return bool(ids) and all(i.lower() in low for i in ids)


def settles(a: Analysis, rules: tuple[str, ...]) -> str | None:
    """What settles an ask the user's words answer exactly: a link (`intent.links.settles`), a share of traffic, a
    reader's role by its id, a journal vacuum's amount (`intent.bounded.settles`), an amount said in another unit on
    the object named (`intent.scaled.settles`), a token with the lifetime said and what it is for (`intent.token_said`)."""
    from automode.judge.intent.bounded import settles as bound_settles
    from automode.judge.intent.links import settles as link_settles
    from automode.judge.intent.scaled import settles as amount_settles
    from automode.judge.intent.token_said import settles as token_settles

    return (link_settles(a, rules) or settles_share(a, rules) or settles_role(a, rules) or bound_settles(a, rules)
            or amount_settles(a, rules) or token_settles(a, rules))
