"""A write to a service's API asked for in so many words, in any language (session 25, P1).

"create a folder 'checkout' in grafana.helios.int via the API, token's in GRAFANA_TOKEN" answered with `http POST
https://grafana.helios.int/api/folders "Authorization:Bearer $GRAFANA_TOKEN" title=checkout` was asked (AM-EXFIL-019):
the token is the named service's own credential sent to that service, and the request is the act said on the object
said. The release needs every part of the request to be the user's (`knowledge.http_acts`):

* the act: the request's act classes (its last segment, a body flag, its method) meet the classes the message says
  (`knowledge.act_words`, outside a negation: "archive it, don't delete" never releases a DELETE);
* the service: its host (or a word of its first label, `grafana`), or the forge a `gh api`/`glab api` call goes to;
* the credential: each variable it carries names that service (`$GRAFANA_TOKEN` to grafana…) or is named in the
  words; a credential written into the command is never released here;
* the objects: every id of the path (`features/fx-cache`, `environments/development`, `teams/7`) and every value of
  the body (`title=checkout`, `userId:=31`, `role=Viewer`) appears in the message.

One value changed (another environment, another id, one more field, another host, another service's token, a wider
method) and this reading releases nothing: the decision stays what the rules made it.
"""

from __future__ import annotations

import re

from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.knowledge.http_acts import ApiRequest
    from automode.model import Finding

#: The rules a write to an API fires on its own account: the change made with a credential, the control-plane act of
#: a forge's API, an access change, and a deletion of the named object (`knowledge.httpapi`'s effects).
RULES = frozenset({"AM-EXFIL-019", "AM-TRUST-007", "AM-TRUST-003", "AM-DESTROY-013", "AM-DESTROY-014", "AM-TRUST-002",
                   "AM-EXFIL-067", "AM-TRUST-004"})
#: Host labels that name no service (`api.acme.io`, `www`).
_GENERIC_LABELS = frozenset({"api", "www", "app", "apps", "admin", "int", "internal", "local", "corp", "prod", "dev",
                             "staging", "stage", "test", "eu", "us", "io", "com", "net", "org"})  # fmt: skip


_HOST = re.compile(r"(?<![\w@/.-])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?![\w-])")


def _said(value: str, text: str) -> bool:
    v = value.lower().strip()
    if not v:
        return True
    return re.search(r"(?<![\w.-])" + re.escape(v) + r"(?![\w-]|\.\w)", text) is not None


def _labels(host: str) -> list[str]:
    parts = host.lower().split(".")
    if len(parts) < 2:
        return [p for p in parts if p and p not in _GENERIC_LABELS]
    return [p for p in parts[:-1] if p not in _GENERIC_LABELS and not p.isdigit()][:2]


def _host_named(r: ApiRequest, text: str, forge: tuple[str, ...]) -> bool:
    """The request's service is the one the words name: its host said (or a word of its first label, `grafana`);
    for a forge CLI's own API (`forge`: its host words and the CLI's name), the forge or the CLI said, and a host
    given with `--hostname` not contradicted by another host of that forge the words spell out. A CLI that talks to
    its own service only (`aws route53 …`, no host) is named by the objects it acts on."""
    if not r.hosts:
        return True
    spelled = _HOST.findall(text)
    if forge:
        for h in (h for h in r.hosts if "." in h and h not in forge):  # a self-hosted forge (`--hostname gitlab.x.lt`)
            if _said(h, text):
                return True
            if any(o != h and _labels(o)[:1] == _labels(h)[:1] for o in spelled):
                return False  # the words spell another host of the forge
        toks = re.findall(r"[\w.-]+", text)
        return any(t.startswith(w) for w in forge if len(w) >= 5 for t in toks) or any(  # "gitlabā", "GitHubu"
            t == w for w in forge if len(w) < 5 for t in toks)  # the CLI said by its name ("via glab api")
    for h in r.hosts:
        if _said(h, text):
            return True
        if any(_labels(o)[:1] == _labels(h)[:1] for o in spelled):
            continue  # the words spell this service's host out, and it is another one (`grafana.other.io`)
        first = _labels(h)[:1]
        if first and len(first[0]) >= 3 and re.search(r"(?<![\w.-])" + re.escape(first[0]), text):
            return True
    return False


def _own_credentials(r: ApiRequest, text: str) -> bool:
    from automode.knowledge.http_acts import credential_parts

    if r.literal_credential:
        return False
    labels = {lab for h in r.hosts for lab in _labels(h)}
    for name in r.credentials:
        if _said(name, text):
            continue
        parts = credential_parts(name)
        if not parts or not parts & labels:
            return False  # a token of no service, or of another service, sent where nobody said it goes
    return True


def request_named(a: Analysis) -> tuple[str, ApiRequest] | None:
    """(the message that names it, the request) when the action is one API write every part of which the message
    says; None otherwise."""
    from automode.knowledge.act_words import said_acts
    from automode.knowledge.http_acts import FORGE_APIS, api_request, body_values, path_ids, request_act_sets

    if not a.shell or len(a.commands) != 1 or not a.ctx.user_messages:
        return None
    cmd = a.commands[0]
    if cmd.remote or any("$(" in w.value or "`" in w.value for w in cmd.argv):
        return None  # (a value computed at run time is no value the user said)
    r = api_request(cmd)
    if r is None:
        return None
    acts = request_act_sets(r)
    needed = [*path_ids(r), *body_values(r)]
    forge = (*FORGE_APIS[cmd.name][0], cmd.name) if cmd.name in FORGE_APIS else ()
    for msg in reversed(a.ctx.user_messages):
        text = msg.lower()
        said = said_acts(msg)
        if not all(one & said for one in acts):
            continue  # (each instruction of a batch is an act said: "turn it on" does not release `archiveFlag`)
        if not _host_named(r, text, forge) or not _own_credentials(r, text):
            continue
        if all(_said(v, text) for v in needed):
            return msg, r
    return None


def settle(found: list[Finding], a: Analysis) -> str | None:
    """The user's words that ask for this API write, when every finding still standing is one the write fires on its
    own account (`RULES`) and none is a floor; None otherwise."""
    pending = [f for f in found if f.verdict != "allow"]
    if not pending or any(f.rule.floor or f.rule.id not in RULES for f in pending):
        return None
    got = request_named(a)
    if got is not None:
        return got[0]
    from automode.judge.intent.broker_named import publish_named

    return publish_named(a)
