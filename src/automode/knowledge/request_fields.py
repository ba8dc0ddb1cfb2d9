"""The fields an API call sends, whatever client sends it (session 20, K2, helper `slots`): the JSON or form body of
`curl -d`/`--json`, HTTPie and xh request items (`role=Admin`, `level:=30`), `gh api`/`glab api` fields
(`-f access_level=30`, `-F`, `--field`, `--raw-field`), the `--body` of `az rest`, `Invoke-RestMethod -Body`.

`sent(cmd)` returns the method, the endpoint and every (key, value) leaf of the body, nested keys read by their last
part (`{"user": {"role": "Admin"}}` gives ("role", "Admin"); `-f 'member[role]=owner'` gives ("role", "owner")). The
judge compares the value of a field that carries a slot (a role, a level) with the value the user said
(`intent.slot_bodies`). A body in a file (`-d @body.json`, `--input`) is not read: `sent` says so (`unread`).

Sources: curl(1) `-d/--data*/--json/-F`; HTTPie request items (`=` string, `:=` raw JSON, `==` query); `gh api`
manual (`-f/--raw-field`, `-F/--field`, `--input`, `-X/--method`); `glab api` (same flags); `az rest` (`--body/-b`,
`--method/-m`, `--uri/--url/-u`); PowerShell `Invoke-RestMethod` (`-Method`, `-Uri`, `-Body`).
"""

from __future__ import annotations

import json
import re

from automode import lazyre
from automode.dc import dataclass
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.parse import Command


@dataclass(frozen=True, slots=True)
class Sent:
    method: str  # upper case; "" when the client's default is unknown
    endpoint: str  # the URL or the API path (`projects/yunpay%2Fkefu/members`)
    fields: tuple[tuple[str, str], ...]  # (key as written, last part lower case is what tables match) -> value
    unread: bool  # a body in a file or on stdin (`-d @body.json`, `--input -`): its fields are not known

    @property
    def writes(self) -> bool:
        return self.method in ("POST", "PUT", "PATCH") or (not self.method and bool(self.fields))


#: Forge API commands whose fields are `key=value` words after `-f`/`-F`/`--field`/`--raw-field`.
_FORGE_FIELD = frozenset({"-f", "-F", "--field", "--raw-field"})
_FORGE_METHOD = frozenset({"-X", "--method"})
_AZ_BODY = frozenset({"--body", "-b"})
_AZ_URL = frozenset({"--uri", "--url", "-u"})
_AZ_METHOD = frozenset({"--method", "-m"})
_PS = frozenset({"Invoke-RestMethod", "Invoke-WebRequest", "irm", "iwr"})
_LAST_KEY = lazyre.compile(r"([\w.-]+)\]*$")


def leaf(key: str) -> str:
    """The last part of a nested key (`member[role]` -> role, `data.attributes.role` -> role), lower case."""
    m = _LAST_KEY.search(key.replace("[]", ""))
    part = m.group(1) if m else key
    return part.rsplit(".", 1)[-1].lower()


def flatten(obj: object, key: str = "") -> list[tuple[str, str]]:
    """(key, value) for every scalar of a parsed JSON value, by the key that holds it (a list's items by the list's)."""
    out: list[tuple[str, str]] = []
    if isinstance(obj, dict):
        for k, v in obj.items():
            out += flatten(v, str(k))
    elif isinstance(obj, list):
        for v in obj:
            out += flatten(v, key)
    elif obj is not None and key:
        out.append((key, str(obj).lower() if isinstance(obj, bool) else str(obj)))
    return out


def body_fields(body: str) -> list[tuple[str, str]]:
    """The fields of one body as written: a JSON document, or a form (`a=1&b=2`)."""
    text = body.strip()
    if text.startswith(("{", "[")):
        try:
            return flatten(json.loads(text))
        except ValueError:
            return [(k, v) for k, v in re.findall(r'"([\w.\[\]-]+)"\s*:\s*"?([^",}\]]*)', text)]
    if "=" in text and not text.startswith("@"):
        return [tuple(p.split("=", 1)) for p in text.split("&") if "=" in p]  # type: ignore[misc]
    return []


def sent(cmd: Command) -> Sent | None:
    """What one API call sends (its method, endpoint, fields), or None when the command is no API call."""
    name = cmd.name.rsplit("/", 1)[-1]
    words = [w.value for w in cmd.argv[1:]]
    if name in ("gh", "glab") and words[:1] == ["api"]:
        return _forge(words[1:])
    if name == "az" and words[:1] == ["rest"]:
        return _az_rest(words[1:])
    if name in _PS:
        return _powershell(words)
    from automode.knowledge.httpapi import CLIENTS, request

    if name not in CLIENTS:
        return None
    req = request(cmd)
    if req is None:
        return None
    fields: list[tuple[str, str]] = []
    unread = False
    httpie = name in ("http", "https", "xh", "xhs", "httpie")
    for part in _bodies(cmd, httpie):
        if part.startswith("@") or part == "-":
            unread = True
            continue
        if httpie:
            m = _HTTPIE_PARTS.match(part)
            if m is None:
                continue
            k, op, v = m.groups()
            if v.startswith("@"):
                unread = True
            elif op == ":=" and v[:1] in "{[":
                fields += flatten(_json(v), k)
            else:
                fields.append((k, v))
            continue
        fields += body_fields(part)
    return Sent(req.method, req.url, tuple(fields), unread)


def _json(text: str) -> object:
    try:
        return json.loads(text)
    except ValueError:
        return None


_CURL_BODY = frozenset({"-d", "--data", "--data-binary", "--data-raw", "--data-urlencode", "--data-ascii", "--json",
                        "-F", "--form", "--form-string", "--post-data", "--body-data"})
_HTTPIE_ITEM = lazyre.compile(r"^[\w.\[\]-]+(?::=|==|=)")
_HTTPIE_PARTS = lazyre.compile(r"^([\w.\[\]-]+)(:=|==|=)(.*)$", re.S)


def _bodies(cmd: Command, httpie: bool) -> list[str]:
    words = [w.value for w in cmd.argv[1:]]
    out: list[str] = []
    if httpie:
        seen_url = False
        for w in words:
            if w.startswith("-"):
                continue
            if not seen_url and ("://" in w or re.match(r"^[\w.-]+\.[a-z]{2,}|^:\d*/|^localhost", w)):
                seen_url = True
                continue
            if seen_url and _HTTPIE_ITEM.match(w):
                out.append(w)
        return out
    for i, w in enumerate(words):
        head, eq, val = w.partition("=") if w.startswith("--") else (w, "", "")
        if head in _CURL_BODY:
            out.append(val if eq else (words[i + 1] if i + 1 < len(words) else ""))
    return out


def _forge(words: list[str]) -> Sent:
    method = ""
    endpoint = ""
    fields: list[tuple[str, str]] = []
    unread = False
    i = 0
    while i < len(words):
        w = words[i]
        head, eq, val = w.partition("=") if w.startswith("--") else (w, "", "")
        nxt = val if eq else (words[i + 1] if i + 1 < len(words) else "")
        if head in _FORGE_METHOD:
            method = nxt.upper()
        elif head in _FORGE_FIELD:
            k, _, v = nxt.partition("=")
            if v.startswith("@"):
                unread = True
            fields.append((k, v))
        elif head == "--input":
            unread = True
        elif w.startswith("-"):
            i += 1 if eq or head in ("--paginate", "--silent", "--include", "-i", "--verbose", "--slurp") else 2
            continue
        else:
            endpoint = endpoint or w
            i += 1
            continue
        i += 1 if eq else 2
    if not method:
        method = "POST" if fields or unread else "GET"  # (`gh api` and `glab api` POST when fields are given)
    return Sent(method, endpoint, tuple(fields), unread)


def _az_rest(words: list[str]) -> Sent:
    method, endpoint, fields, unread = "GET", "", [], False
    for i, w in enumerate(words):
        head, eq, val = w.partition("=") if w.startswith("--") else (w, "", "")
        nxt = val if eq else (words[i + 1] if i + 1 < len(words) else "")
        if head in _AZ_METHOD:
            method = nxt.upper()
        elif head in _AZ_URL:
            endpoint = nxt
        elif head in _AZ_BODY:
            if nxt.startswith("@"):
                unread = True
            fields += body_fields(nxt)
    return Sent(method, endpoint, tuple(fields), unread)


def _powershell(words: list[str]) -> Sent:
    method, endpoint, fields, unread = "", "", [], False
    for i, w in enumerate(words):
        low = w.lower()
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if low == "-method":
            method = nxt.upper()
        elif low in ("-uri", "-url"):
            endpoint = nxt
        elif low == "-body":
            if nxt.startswith("$"):
                unread = True
            fields += body_fields(nxt)
    return Sent(method or ("POST" if fields else "GET"), endpoint, tuple(fields), unread)


#: Fixtures: (command, the fields read as "key=value" joined by spaces, writes).
CASES: tuple[tuple[str, str, bool], ...] = (
    ("curl -X POST https://grafana.example/api/org/users -d '{\"loginOrEmail\":\"n@x.example\",\"role\":\"Admin\"}'",
     "loginOrEmail=n@x.example role=Admin", True),
    ("glab api --method POST projects/a%2Fb/members -f user_id=4821 -f access_level=20", "user_id=4821 access_level=20",
     True),
    ("gh api orgs/acme/memberships/lee -X PUT -f role=admin", "role=admin", True),
    ("http PUT https://api.example/v1/members/7 role=viewer level:=10", "role=viewer level=10", True),
    ("az rest --method PATCH --uri https://graph.microsoft.com/v1.0/x --body '{\"a\":{\"role\":\"Owner\"}}'",
     "role=Owner", True),
    ("curl https://grafana.example/api/org/users", "", False),
)
