"""MCP call values the judge compares with the user's words (surface S3): what makes a call public, which environment
its values name, what a removal's switches do, what a message body carries (people's contacts, one-time codes, a
mention of the whole channel). Tables with must/must-not tests in `tests/judge/test_mcp_values.py`; read by
`judge.intent.mcp` (releases), `judge.intent.mcp_against` (contradictions) and `judge.boundaries.mcp`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import lru_cache
from typing import Any

from automode import lazyre
from automode.judge.intent.acts import mcp_words
from automode.judge.intent.match import Intent
from automode.knowledge.envmarkers import env_of, strongest

EMAIL = lazyre.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
#: Free text the agent writes (its content is not a destination); values inside are not checked.
CONTENT_KEYS = frozenset({
    "body", "content", "text", "description", "subject", "title", "message", "note", "notes", "summary", "comment",
    "query", "location", "prompt", "caption", "reason", "details", "data", "html", "markdown",
})  # fmt: skip


def _walk(obj: Any, key: str = "") -> Iterator[tuple[str, Any]]:
    if isinstance(obj, Mapping):
        for k, v in obj.items():
            yield from _walk(v, str(k))
    elif isinstance(obj, (list, tuple)):
        for v in obj[:200]:
            yield from _walk(v, key)
    else:
        yield key, obj


#: Keys and values that make a thing visible to anyone (`knowledge.mcp_args` inventory: Drive `type: anyone`, S3/GCS
#: canned ACLs and `allUsers`, repository `visibility`, storage buckets' `public`, link sharing, anonymous access).
PUBLIC_TRUE_KEYS = frozenset({"public", "is_public", "ispublic", "public_access", "publicaccess", "allow_public",
                              "allowpublic", "anonymous", "anonymous_access", "public_read", "publicly_accessible",
                              "make_public", "world_readable"})  # fmt: skip
PUBLIC_VALUE_KEYS = frozenset({"visibility", "privacy", "type", "access", "acl", "canned_acl", "cannedacl", "acl_type",
                               "sharing", "link_sharing", "linksharing", "share_type", "audience", "scope", "entity",
                               "member", "members", "grantee", "role_entity", "general_access"})  # fmt: skip
PUBLIC_VALUES = frozenset({"public", "anyone", "anyone_with_link", "anyonewithlink", "public-read", "public-read-write",
                           "publicread", "allusers", "allauthenticatedusers", "everyone", "internet", "world",
                           "authenticated-read"})  # fmt: skip


_PUBLIC_SAID = lazyre.compile(r"\b(?:public\w*|anyone|everyone|world|open[- ]source|unlisted|anonymous\w*)\b")


#: Tools whose `public: true` shows a reply to the person it answers (a Zendesk public comment vs an internal note).
_CONVERSATION = frozenset({"comment", "comments", "reply", "message", "note", "ticket", "answer", "response", "post"})


def made_public_unasked(inp: Mapping[str, Any], intent: Intent, tool: str = "") -> bool:
    """The call makes something visible to anyone, and no word of the user's says public (or anyone, open source)."""
    flags = not (_CONVERSATION & set(mcp_words(tool)))
    return _made_public(inp, flags) and not _PUBLIC_SAID.search(intent.text)


def _principal_anyone(inp: Mapping[str, Any]) -> bool:
    """A policy document whose statement allows every principal (`"Principal": "*"`, `{"AWS": "*"}`)."""
    for k, v in _walk(inp):
        if k.lower() in ("principal", "aws") and v == "*":
            return True
        if k.lower() in ("policy", "policy_document", "policydocument") and isinstance(v, str) and re.search(
                r'"Principal"\s*:\s*(?:"\*"|\{\s*"AWS"\s*:\s*"\*")', v):
            return True
    return False


def _made_public(inp: Mapping[str, Any], flags: bool = True) -> bool:
    """The call makes what it creates or shares visible to anyone (`public: true`, `visibility: public`, a link for
    `anyone`, `acl: public-read`, `allUsers`): a request that does not say "public" does not ask for that."""
    for k, v in _walk(inp):
        k2 = k.lower()
        if (flags and k2 in PUBLIC_TRUE_KEYS and v is True) or (k2 in ("private", "is_private", "isprivate") and v is False) or (
                k2 in PUBLIC_VALUE_KEYS and isinstance(v, str) and v.lower().replace(" ", "_") in PUBLIC_VALUES):
            return True
    return _principal_anyone(inp)


#: Keys naming the environment a call acts in (`deploy {environment: production}`, Vercel `target`, a stage).
ENV_KEYS = frozenset({"environment", "env", "target", "stage", "tier", "deployment_environment", "environment_name",
                      "environmentname", "env_name", "context", "cluster", "workspace", "project_env", "app", "app_name",
                      "project", "project_id", "service", "service_name", "site", "site_id", "namespace", "database",
                      "workspace_name", "stack", "branch_name"})  # fmt: skip
_ENV_KEY = lazyre.compile(r"(?i)^(?:env|environment|stage|target)_?(?:id|name|slug|key)?$")
#: Boolean keys that send a deploy to production (Netlify `prod`, `production: true`).
PROD_FLAGS = frozenset({"prod", "production", "is_production", "to_production", "promote_to_production"})
#: Boolean keys that make a removal permanent, or remove something beside the named record (a merged branch).
PERMANENT_FLAGS = frozenset({"permanent", "permanently", "hard", "hard_delete", "harddelete", "purge", "skip_trash",
                             "force_delete", "expunge", "delete_permanently"})  # fmt: skip
_TRASH = lazyre.compile(r"\b(?:trash|bin|archive|recycle|soft[- ]delete|recoverable|restore later)\b")
_PERMANENT_SAID = lazyre.compile(r"\b(?:permanent\w*|forever|for good|purge|hard[- ]delete|irreversibl\w*)\b")


def call_env(inp: Mapping[str, Any]) -> str:
    """The environment a call's own values name (`{"environment": "production"}`, `{"prod": true}`), "" if none."""

    found = [env_of(str(v)) for k, v in _walk(inp) if (k.lower() in ENV_KEYS or _ENV_KEY.match(k)) and isinstance(v, str)]
    # a JSON patch's path names where it acts (LaunchDarkly `/environments/production/on`)
    found += [env_of(m.group(1)) for k, v in _walk(inp) if k.lower() == "path" and isinstance(v, str)
              and (m := re.search(r"/env(?:ironment)?s?/([\w-]+)/", v))]
    if any(k.lower() in PROD_FLAGS and v is True for k, v in _walk(inp)):
        found.append("production")
    return strongest(found)


@lru_cache(maxsize=1024)
def _said_envs(text: str) -> frozenset[str]:
    """The environments a request names in so many words ("to staging", "prod"; not "the internal test org")."""
    from automode.judge.intent.lexicon import ENV_MARKERS

    named = {w for w in set(re.findall(r"[a-z]+", text)) if any(w in m for k, m in ENV_MARKERS.items() if k != "local")}
    return frozenset(e for w in named if (e := env_of(w)))


def _kept(text: str) -> set[str]:
    """Things the user said to keep ("merge PR 7 but keep the branch", "don't delete the source branch")."""
    return set(re.findall(r"\b(?:keep|leave|preserve|retain|don't delete|do not delete|don't remove|not delete)\s+"
                          r"(?:the\s+|my\s+|its\s+|source\s+|feature\s+)*(\w+)", text))


#: Addresses and phone numbers in what a call carries (a message's text, a file's content).
_PHONE_IN_TEXT = lazyre.compile(r"(?<![\w.])\+?\d[\d ().-]{6,}\d(?![\w.])")


def personal_data(inp: Mapping[str, Any], intent: Intent) -> str | None:
    """A message or document body that carries several e-mail addresses or phone numbers the user never gave (a
    customer list pasted into a channel): what it carries is people's data."""
    from automode.knowledge.outbound import personal

    found: set[str] = set()
    for k, v in _walk(inp):
        if k.lower() in CONTENT_KEYS and isinstance(v, str):
            found |= {m.lower() for m in EMAIL.findall(v)}
            found |= {re.sub(r"\D", "", m) for m in _PHONE_IN_TEXT.findall(v) if len(re.sub(r"\D", "", m)) >= 7}
            # the one reading of outbound values (`knowledge.outbound`): the same, also percent-, base64- or hex-encoded
            found |= {f.text.lower() if f.what == "an e-mail address" else re.sub(r"\D", "", f.text)
                      for f in personal([(k, v)]) if f.how and f.what in ("an e-mail address", "a phone number")}
    foreign = [x for x in found if x not in intent.text and x not in intent.text.replace(" ", "").replace("-", "")]
    if len(foreign) >= 3:
        return f"it carries {len(foreign)} e-mail addresses or phone numbers you did not give"
    for k, v in _walk(inp):
        m = _CODE_IN_TEXT.search(v) if k.lower() in CONTENT_KEYS and isinstance(v, str) else None
        if m and m.group(1) not in intent.text:
            return f"it sends a verification code ({m.group(1)}) you did not give"  # a one-time code forwarded
        m = _MASS_MENTION.search(v) if k.lower() in CONTENT_KEYS and isinstance(v, str) else None
        if m and not _MASS_SAID.search(intent.text):
            return f"it notifies everyone in the channel ({m.group(0)}), which you did not ask for"
    return None


#: A mention that notifies a whole channel or workspace (Slack `<!channel>`, `@here`, Discord `@everyone`).
_MASS_MENTION = lazyre.compile(r"<!(?:channel|here|everyone)>|(?<![\w@])@(?:channel|here|everyone)\b")
_MASS_SAID = lazyre.compile(r"@(?:channel|here|everyone)\b|\beveryone\b|\bwhole (?:channel|team)\b|\bnotify all\b|"
                            r"\bping (?:the )?(?:channel|all)\b")


#: A one-time code in a message ("Your code: 492817", "OTP 5521", "verification code is 88 21 07").
_CODE_IN_TEXT = lazyre.compile(r"(?i)\b(?:code|otp|passcode|pin|verification|2fa|one[- ]time)\b\D{0,20}?(\d{4,8})\b")
