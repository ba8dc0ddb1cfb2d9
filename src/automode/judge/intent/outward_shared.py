"""Outward acts on shared services that no table classifies (session 24, O1: the state change nobody listed).

`intent.outward` found the acts the control and API tables name, and data sent to hosts off the machine's network.
Three kinds of act slipped between them and ran under any request ("fix the typo in the README heading"):

* an HTTP write (PUT, POST, PATCH, DELETE, or a body) to a service on the local network: `curl -X PUT
  http://es-dev.internal:9200/_ilm/policy/…`, a Consul KV put, a Keycloak admin PATCH, a Jenkins build, a
  `requests.post` one-liner. The host was read as "local" because it is private; it is shared, not this machine's
  (`knowledge.shared_acts.shared_host`). A request with a body that only reads (`_search`, `query`, a GraphQL query)
  stays routine, and so does a write to loopback or to the project's own dev server;
* a message published to a broker no control table reads (`amqp-publish`, `pulsar-client produce`, `mqttx pub`), on
  a shared host (`knowledge.publishers`, `shared_acts.broker_host`);
* a certificate, token, key or account issued or revoked (`step ca certificate`, `cfssl gencert -remote`, `openssl
  ca`, `nomad acl token create`: `shared_acts.issued`).

Each is an act (`Shared`, made an `outward.Outward` by `intent.outward`, which imports this module: never the other way)
the user's words must support (`outward.supported`): named in so many words it runs; under an unrelated request a
write to a service is asked (mild: it may be a dev service), an issued credential refused.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.effects import Effect


class Shared(NamedTuple):
    """One act, in `outward.Outward`'s fields."""

    act: str
    what: str
    objects: tuple[str, ...]
    nouns: frozenset[str]
    mild: bool
    says: frozenset[str]

#: What users call each kind of issuance (the words that ask for it besides `outward.COVER`'s).
#: `says`: words that ask for the act on their own; the nouns count only beside a request verb ("create", "add").
_KIND_SAYS = {"cert": ("cert", "certs", "certificate", "certificates", "x509"),
              "revoke": ("revoke", "revocation", "crl"),
              "token": ("token", "tokens", "credential", "credentials"),
              "account": ("account", "accounts", "provisioner", "provisioners")}  # fmt: skip
_KIND_NOUNS = {"cert": ("tls", "ssl", "ca"), "revoke": ("cert", "certificate", "serial"), "token": ("key", "acl"),
               "account": ("user", "users", "admin", "policy", "login")}  # fmt: skip
_KIND_ACT = {"cert": "grant", "revoke": "grant", "token": "credential", "account": "grant"}
_SEG = re.compile(r"[a-z][a-z0-9]+")
_READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def shared_acts(a: Analysis, on_network: Callable[[str], bool]) -> list[Shared]:
    """The outward acts of `a` on shared services that `intent.outward`'s tables do not name, in order;
    `on_network(host)`: the host is on this machine's network (`outward._local_host`; others are `outward`'s)."""
    if not a.shell or not a.commands:
        return []
    from automode.analysis import FILE_WRITE_TOOLS

    if a.action.tool in FILE_WRITE_TOOLS:
        return []
    out = _writes(a, on_network)
    out += _published(a)
    out += _issued(a)
    return out


def _host(url: str) -> str:
    rest = url.split("://", 1)[-1]
    return rest.split("/", 1)[0].split("@")[-1].rsplit(":", 1)[0] if rest else ""


def _writes(a: Analysis, on_network: Callable[[str], bool]) -> list[Shared]:
    from automode.knowledge.httpapi import request
    from automode.knowledge.shared_acts import reads_by_post, shared_host

    sends = [e for e in a.effects if e.kind == "network" and e.origin == "send" and "://" in e.target]
    if not sends:
        return []
    reqs = {r.url: r for r in (request(c) for c in a.commands) if r is not None}
    out: list[Shared] = []
    seen: set[str] = set()
    for e in sends:
        host = _host(e.target)
        if not host or e.target in seen or not shared_host(host) or a.trusted_host(host):
            continue
        if not on_network(host):
            continue  # off the machine's network: `outward` reads it as data posted out
        r = reqs.get(e.target)
        path = "/" + e.target.split("://", 1)[1].partition("/")[2]
        if r is not None and r.method in _READ_METHODS:
            continue
        if reads_by_post(path, r.body if r is not None else ""):
            continue  # a search, a count, a query: it reads
        seen.add(e.target)
        segs = [s for s in _SEG.findall(path.split("?", 1)[0].lower()) if not s.isdigit()]
        nouns = frozenset({*segs, *host.split(".")[:1], *_SEG.findall(host.split(".")[0])})
        parts = tuple(p for p in path.split("?", 1)[0].split("/") if len(p) >= 3)
        out.append(Shared("change", e.detail or e.target, (host, e.target, *parts), nouns, True,
                          frozenset(s for s in segs if len(s) >= 4)))
    return out


def _published(a: Analysis) -> list[Shared]:
    from automode.knowledge.publishers import publishes
    from automode.knowledge.shared_acts import broker_host, shared_host

    controlled = {e.detail for e in a.effects if e.kind == "control"}
    out: list[Shared] = []
    for c in a.commands:
        p = publishes(c)
        if p is None or (c.text and any(c.text in d or d in c.text for d in controlled if d)):
            continue  # (a control table reads it: `outward` judges that effect)
        host = broker_host(c)
        if c.name not in ("aws", "gcloud") and not shared_host(host):
            continue  # the client's default, this machine, or a dev broker of the project
        out.append(Shared("send", c.text or p.tool, (p.target, host), frozenset({"topic", "message", "queue",
                          "channel", "subject", *_SEG.findall(p.target.lower())}), True,
                          frozenset({"publish", "produce", "pub"})))
    return out


def _issued(a: Analysis) -> list[Shared]:
    from automode.knowledge.shared_acts import issued

    out: list[Shared] = []
    for c in a.commands:
        got = issued(c)
        if got is None:
            continue
        kind, sub = got
        pos = tuple(w.value for w in c.argv[1:] if not w.dynamic and not w.value.startswith("-"))[len(sub):]
        words = frozenset(w.strip("-") for w in sub)
        nouns = frozenset({*_KIND_NOUNS[kind], *_KIND_SAYS[kind], c.name, *words})
        out.append(Shared(_KIND_ACT[kind], c.text or c.name, pos, nouns, False, frozenset(_KIND_SAYS[kind])))
    return out


def typed_here(e: Effect, a: Analysis) -> bool:
    """A control effect of a console line typed into a terminal session of this machine (`screen -x $PROCESS -X
    stuff "stop\\r"`, `tmux send-keys -t mc stop Enter`: `shell.consoles.typed_here`): it acts here, not outward
    (nl2bash:09056); the rules still judge what it does."""
    if not e.via:
        return False
    from automode.shell.consoles import typed_here as here

    return any(here(c) for c in a.commands if c.via == e.via and (c.text or "") in e.detail)
