"""DNS record changes an action makes, as (action, record name, type, values): what the user names when they ask to
"point staging.example.com at the new load balancer".

Read from the command-line and API shapes of the DNS services (their references): AWS `route53
change-resource-record-sets --change-batch JSON` (Changes[].Action CREATE|UPSERT|DELETE, ResourceRecordSet Name, Type,
ResourceRecords[].Value, AliasTarget.DNSName); `gcloud dns record-sets create|update|delete NAME --type --rrdatas
--zone`; `az network dns record-set <type> add-record|remove-record|create|update|delete --record-set-name/-n
--zone-name/-z` with `--ipv4-address/-a`, `--ipv6-address`, `--cname/-c`, `--value`; `flarectl dns
create|update|delete|create-or-update --zone --name --type --content`; `doctl compute domain records
create|update|delete DOMAIN --record-name --record-type --record-data`; the Cloudflare API (`/zones/…/dns_records`
with a JSON body of type, name, content) and MCP tools whose name holds `dns` and `record` (arguments name, content,
value, type, zone). A `file://` change batch or a body from a file is not read (None: not known).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from automode.dc import dataclass
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.shell.parse import Command


@dataclass(frozen=True, slots=True)
class Record:
    action: str  # "upsert" | "create" | "delete"
    name: str  # the record's name as written (lower case, no trailing dot)
    rtype: str
    values: tuple[str, ...]
    zone: str = ""


def _opt(args: list[str], *names: str) -> str:
    for i, x in enumerate(args):
        k, eq, v = x.partition("=")
        if k in names:
            return v if eq else (args[i + 1] if i + 1 < len(args) else "")
    return ""


def _norm(name: str, zone: str = "") -> str:
    n = name.strip().strip("'\"").lower().rstrip(".")
    z = zone.strip().lower().rstrip(".")
    if n == "@" and z:
        return z
    if z and n and not n.endswith(z) and "." not in n:
        return f"{n}.{z}"  # `--name staging --zone example.com`: staging.example.com
    return n


def _route53(args: list[str]) -> list[Record] | None:
    raw = _opt(args, "--change-batch")
    if not raw:
        return None
    if raw.startswith(("file://", "fileb://")) or "$" in raw:
        return [Record("unknown", "", "", ())]  # a batch in a file or built at run time: which records is not known
    try:
        batch = json.loads(raw)
    except ValueError:
        return None
    out: list[Record] = []
    for ch in batch.get("Changes", []) if isinstance(batch, dict) else []:
        rrs = ch.get("ResourceRecordSet", {}) if isinstance(ch, dict) else {}
        vals = [str(r.get("Value", "")) for r in rrs.get("ResourceRecords", []) if isinstance(r, dict)]
        alias = rrs.get("AliasTarget", {})
        if isinstance(alias, dict) and alias.get("DNSName"):
            vals.append(str(alias["DNSName"]))
        out.append(Record(str(ch.get("Action", "")).lower(), _norm(str(rrs.get("Name", ""))), str(rrs.get("Type", "")).lower(),
                          tuple(v.strip('"').lower().rstrip(".") for v in vals if v)))
    return out


def command_records(cmd: Command) -> list[Record] | None:
    """The records `cmd` changes; None when it changes none or they cannot be read."""
    args = list(cmd.args)
    low = [x.lower() for x in args]
    if cmd.name == "aws" and low[:2] == ["route53", "change-resource-record-sets"]:
        return _route53(args)
    if cmd.name == "gcloud" and low[:2] == ["dns", "record-sets"] and len(low) > 3 and low[2] in ("create", "update", "delete"):
        vals = _opt(args, "--rrdatas")
        return [Record("delete" if low[2] == "delete" else "upsert", _norm(args[3], _opt(args, "--zone")),
                       _opt(args, "--type").lower(), tuple(v.lower().rstrip(".") for v in vals.split(",") if v))]
    if cmd.name == "az" and low[:3] == ["network", "dns", "record-set"] and len(low) > 4:
        verb = low[4]
        if verb not in ("add-record", "remove-record", "create", "update", "delete", "set-record"):
            return None
        val = _opt(args, "--ipv4-address", "-a", "--ipv6-address", "--cname", "-c", "--value", "--ptrdname", "--exchange")
        return [Record("delete" if verb in ("delete", "remove-record") else "upsert",
                       _norm(_opt(args, "--record-set-name", "-n"), _opt(args, "--zone-name", "-z")), low[3],
                       (val.lower().rstrip("."),) if val else ())]
    if cmd.name == "flarectl" and low[:1] == ["dns"] and len(low) > 1 and low[1] in ("create", "update", "delete",
                                                                                     "create-or-update", "o"):
        val = _opt(args, "--content")
        return [Record("delete" if low[1] == "delete" else "upsert", _norm(_opt(args, "--name"), _opt(args, "--zone")),
                       _opt(args, "--type").lower(), (val.lower(),) if val else ())]
    if cmd.name == "doctl" and low[:3] == ["compute", "domain", "records"] and len(low) > 4 and low[3] in (
            "create", "update", "delete"):
        val = _opt(args, "--record-data")
        return [Record("delete" if low[3] == "delete" else "upsert", _norm(_opt(args, "--record-name"), args[4]),
                       _opt(args, "--record-type").lower(), (val.lower().rstrip("."),) if val else ())]
    if cmd.name in ("curl", "http", "https", "xh") and any("/dns_records" in x for x in low):
        body = _opt(args, "--data", "-d", "--data-raw", "--json")
        method = _opt(args, "-X", "--request").upper()
        try:
            data = json.loads(body) if body and not body.startswith("@") else None
        except ValueError:
            data = None
        if method == "DELETE":
            return [Record("delete", "", "", ())]
        return [_from_mapping(data, "")] if isinstance(data, dict) else None
    return None


def _from_mapping(m: Mapping[str, Any], action: str) -> Record:
    zone = str(m.get("zone") or m.get("zone_name") or m.get("domain") or "")
    name = str(m.get("name") or m.get("record") or m.get("hostname") or "")
    val = m.get("content") or m.get("value") or m.get("data") or m.get("target") or ""
    vals = [str(v) for v in val] if isinstance(val, list) else [str(val)] if val else []
    return Record(action or "upsert", _norm(name, zone), str(m.get("type") or "").lower(),
                  tuple(v.lower().rstrip(".") for v in vals))


_DNS_TOOL = re.compile(r"dns.*record|record.*dns", re.I)


def records(a: Analysis) -> list[Record] | None:
    """Every DNS record the action changes, or None when it changes none that can be read."""
    tool = a.action.tool
    if tool.startswith("mcp__") and _DNS_TOOL.search(tool):
        verb = "delete" if re.search(r"delete|remove", tool, re.I) else "upsert"
        return [_from_mapping(a.action.input, verb)]
    out: list[Record] = []
    for cmd in a.commands:
        got = command_records(cmd)
        if got:
            out += got
    return out or None


_HOSTLIKE = re.compile(r"(?<![\w@/-])(?:[a-z0-9-]+\.)+[a-z0-9-]{2,}(?![\w-])")


def _said(v: str, text: str) -> bool:
    """`v` stands in `text` as a whole name (not as a part of a longer host: `quarrystone.example` is not said by
    "docs.quarrystone.example")."""
    return re.search(rf"(?<![\w.-]){re.escape(v)}(?![\w-]|\.\w)", text) is not None


#: Words that name the zone's own record ("the apex", "the root domain", "the naked domain"); "in the X zone" names the
#: place, not the record (h21-0084: a CNAME for beta.… "in the fiesta.example zone" written as `@`).
_APEX_SAID = re.compile(r"\b(?:apex|naked|bare)\b(?:\s+(?:domain|record|name|of))?|\broot\s+(?:domain|record|name|of\s+the\s+zone)\b|"
                        r"\bzone\s+(?:apex|root|itself)\b|\bthe\s+zone\s+itself\b|dom[ií]nio\s+raiz|dominio\s+ra[ií]z|"
                        r"domaine\s+racine|stammdomain|ルートドメイン|根域名|(?<![\w@])@(?![\w.])")
_TWO_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "edu", "ne", "or"})


def _zone_like(host: str) -> bool:
    """A registrable domain, a zone's own name (`pollster.example`, `shop.co.uk`), not a name inside one."""
    labels = host.split(".")
    return len(labels) == 2 or (len(labels) == 3 and labels[1] in _TWO_LEVEL and len(labels[2]) == 2)


def name_said(name: str, text: str, named: set[str]) -> bool:
    """The record name is one the user named, as the zone-relative name a DNS API takes: `status` for
    "status.pollster.example", `api.eu` for "api.eu.example.com", `@` for the zone itself ("the apex", or a bare
    domain named), `*` / `*.x` for a wildcard the user wrote."""
    if _said(name, text):
        return True
    if name in ("@", ""):
        # a bare domain named as the record ("point pollster.example at …"), not as the place ("… in hopper.example")
        return bool(_APEX_SAID.search(text)) or any(
            _zone_like(h) and not any(o.endswith("." + h) for o in named)
            and not re.search(rf"\b(?:in|on|zone|for\s+the\s+zone)\s+{re.escape(h)}", text) for h in named)
    if name.startswith("*"):
        return "*." in text or "wildcard" in text
    return any(h.startswith(name + ".") and "." in h[len(name) + 1:] for h in named)


def beyond(recs: list[Record], verbs: frozenset[str], text: str) -> tuple[str, str] | None:
    """A record change against the user's words (`text`, lower case): a record the user did not name is another one
    (""), a deletion asked as a repoint is refused (""), and a value they did not give, neither written nor named by
    its provider's name ("the new netlify site" for `x.netlify.app`), is asked ("ask"). None when every record is
    the named one aimed where they said."""
    named = set(_HOSTLIKE.findall(text))  # the names and addresses the user wrote ("add the TXT record they asked
    # for" names none: the record comes from the vendor's mail, and only what the words do name is compared)
    for rec in recs:
        if rec.action == "unknown":
            return "ask", "automode cannot read which records this change batch changes"
        if rec.action == "delete" and "delete" not in verbs:
            return "", f"you asked to change where a name points; this deletes the record {rec.name or '(by id)'}"
        if not named:
            continue
        if rec.name and not name_said(rec.name, text, named):
            # ("point docs at the new site": its first label said, not the zone; asked rather than refused)
            return ("ask" if _said(rec.name.split(".", 1)[0], text) else ""), \
                f"this changes the DNS record {rec.name}, which you did not name"
        for v in rec.values if rec.action != "delete" else ():  # (a deletion repeats the value it removes)
            labels = v.split(".")
            provider = labels[-2] if len(labels) >= 2 else ""
            if not _said(v, text) and not (len(provider) >= 4 and not v.replace(".", "").isdigit() and _said(provider, text)):
                return "ask", f"this points {rec.name or 'the record'} at {v}, which you did not name"
    return None
