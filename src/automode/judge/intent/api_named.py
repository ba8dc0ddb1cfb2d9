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

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.knowledge.http_acts import ApiRequest
    from automode.model import Finding

#: The rules a write to an API fires on its own account: the change made with a credential, the control-plane act of
#: a forge's API, an access change, and a deletion of the named object (`knowledge.httpapi`'s effects).
RULES = frozenset({"AM-EXFIL-019", "AM-TRUST-007", "AM-TRUST-003", "AM-DESTROY-013", "AM-DESTROY-014", "AM-TRUST-002",
                   "AM-EXFIL-067", "AM-TRUST-004", "AM-DESTROY-011", "AM-GIT-009", "AM-EXFIL-015",
                   # (the acting user's address in PagerDuty's `From:` header; a file the words name sent as the body
                   # to the service they name: `-d @dashboards/latency.json` to their Grafana; every body value and
                   # path id is still compared, s28)
                   "AM-EXFIL-047", "AM-EXFIL-004"})
#: Parts of a credential's name that pick an environment (`$KC_PROD_TOKEN`): compared by `api_others`, never
#: released by the service's name alone.
_OTHER_ENVS = frozenset({"prod", "production", "prd", "live", "stg", "staging", "stage", "dev", "qa", "uat", "test"})
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
        if first and any(len(w) >= 5 and first[0].startswith(w) and first[0][len(w):].isalpha()
                         for w in re.findall(r"(?<![\w.-])[a-z0-9]+(?![\w-])", text)):
            return True  # the service by its name, its host by a longer one ("datadog": `api.datadoghq.com`)
    return _service_named(r, text)


#: An id typed by its service's prefix (`cus_Q8f2LxT`, `ch_3Nx…`, `sub_…`, `ctm_…`): an object only that service has.
_TYPED_ID = re.compile(r"^[a-z]{2,5}_(?=[a-z0-9]*\d)[a-z0-9]{6,}$")


def _service_named(r: ApiRequest, text: str) -> bool:
    """The service the request goes to (its hosted host or its API's path: `/admin/realms/…` is Keycloak's) is one the
    words name, by its name or a noun only it has ("keycloak", "realm", "the jenkins job", "ILM"), and they spell no
    other host of it (`knowledge.api_services`)."""
    from automode.knowledge.api_services import named_in
    from automode.knowledge.http_acts import service_for

    svc = service_for(r)
    if svc is None:
        return False
    from automode.knowledge.api_services import credential_of
    from automode.knowledge.http_acts import credential_parts

    names = [x.lower() + "." for k, x in r.body if k.lower() in ("name", "hostname", "fqdn") and "." not in x]
    by_cred = bool(r.credentials) and all(credential_of(svc, credential_parts(c)) for c in r.credentials) and all(
        o in " ".join(x for _k, x in r.body).lower() or any(o.startswith(n) for n in names) for o in _HOST.findall(text))
    # (a record's name written relative to its zone carries the host the words spell: `status` for status.kestrel.dev)
    # (the service's own credential by its name, `$JENKINS_TOKEN` to Jenkins' API, where the words name it in their
    # own script, "בג'נקינס", and spell no host the request does not carry)
    if not by_cred and not named_in(svc, text) and not any(_TYPED_ID.match(v.lower()) and _said(v, text)
                                                           for v in (*r.segments, *(x for _k, x in r.body))):
        return False  # (nor by a typed id of its own the words give: Stripe's `cus_Q8f2LxT`, Paddle's `ctm_…`)
    own = {lab for h in r.hosts for lab in _labels(h)}
    return not any(set(_labels(o)[:1]) & ({svc.name, *svc.cred_parts} - own) for o in _HOST.findall(text))


def _own_credentials(r: ApiRequest, text: str) -> bool:
    from automode.knowledge.http_acts import credential_parts

    if r.literal_credential:
        return False
    from automode.knowledge.api_services import credential_of
    from automode.knowledge.http_acts import service_for

    labels = {lab for h in r.hosts for lab in _labels(h)}
    pieces = {p for lab in labels for p in re.split(r"[-_]", lab) if p}  # (`sso-dev` is sso's dev instance)
    svc = service_for(r)
    for name in r.credentials:
        if _said(name, text):
            continue
        parts = credential_parts(name)
        if parts and svc is not None and credential_of(svc, parts) and not parts & _OTHER_ENVS:
            continue  # the service's own credential by its name (`$KC_ADMIN_TOKEN` to Keycloak's admin API)
        envs = parts & _OTHER_ENVS
        if envs and svc is not None and credential_of(svc, parts - envs) and _env_matches(envs, pieces, text):
            continue  # its own credential for the environment the host or the words name (`$KC_DEV_TOKEN` to sso-dev)
        if not parts or not parts & (labels | (pieces - _OTHER_ENVS)):
            return False  # a token of no service, or of another service, sent where nobody said it goes
        if envs and not _env_matches(envs, pieces, text):
            return False  # (`$GRAFANA_PROD_TOKEN` to grafana-dev: another instance's credential)
    return True


#: Environment words of one environment (a credential's part, a host's part, the words').
_ENV_GROUPS = ({"prod", "production", "prd", "live"}, {"stg", "staging", "stage"}, {"dev", "development", "develop"},
               {"qa"}, {"uat"}, {"test", "testing"})


def _env_norm(words: set[str]) -> set[int]:
    return {i for i, g in enumerate(_ENV_GROUPS) if g & words}


def _env_matches(envs: set[str], host_parts: set[str], text: str) -> bool:
    """A credential's environment is the host's (`sso-dev`), or, where the host names none, one the words name."""
    mine = _env_norm(envs)
    at_host = _env_norm(host_parts)
    if at_host:
        return bool(mine & at_host)
    said = _env_norm(set(re.findall(r"[a-z]+", text)))
    if not said:  # nothing says where: the one instance the credential reaches, unless it is production's own
        return 0 not in mine  # (`$GRAFANA_PROD_API_KEY` for "import dash.json into grafana": production unsaid)
    return bool(mine & said)


def _own_repo(a: Analysis) -> tuple[str, frozenset[str]]:
    """(the host, the `owner/name` slugs and their parts) of the checkout's own remotes: the repository the words call
    "the repo" or leave unsaid."""
    from automode.judge.intent.forge_repo import slug_of

    git = a.ctx.git
    remotes = [r for r in (git.remotes.values() if git is not None else ()) if isinstance(r, str)]
    slugs = {s for s in (slug_of(r) for r in remotes) if "/" in s}
    parts = {p for s in slugs for p in (s, *s.split("/"))}
    host = next((m.group(1).lower() for r in remotes if (m := re.search(r"(?:@|//)([\w.-]+)[:/]", r))), "")
    return host, frozenset(parts)


#: Collections whose member is an organisation or an owner.
_ORG_COLLECTIONS = frozenset({"organizations", "organization", "orgs", "org", "owners", "accounts", "gh", "github",
                              "namespaces", "groups", "workspaces", "teams"})  # fmt: skip


def _own_path_ids(r: ApiRequest, own: frozenset[str]) -> set[str]:
    """The ids of the path that spell the checkout's own repository (`repos/acme/web`, `projects/acme%2Fweb`)."""
    segs = list(r.segments)
    out: set[str] = set()
    for i, s in enumerate(segs):
        if "/" in s and s in own:
            out.add(s)
        elif s in own and i and segs[i - 1] in _ORG_COLLECTIONS:
            out.add(s)  # the checkout's own organisation (`organizations/acme/pipelines/…` from a clone of acme/app)
        elif i + 1 < len(segs) and f"{s}/{segs[i + 1]}" in own:
            out |= {s, segs[i + 1]}
    return out


#: A word that names nobody (after an adding verb: "add the user X", "ajoute à …").
_NOT_PERSON = frozenset({"the", "a", "an", "user", "member", "account", "to", "as", "à", "al", "le", "la", "el",
                         "der", "die", "den", "kaip", "als", "comme", "como", "come", "utilisateur", "usuario",
                         "usuário", "utente", "benutzer", "nutzer", "użytkownika", "gebruiker", "användaren", "brugeren",
                         "brukeren", "käyttäjä", "пользователя", "користувача", "kullanıcı", "vartotoją", "lietotāju"})  # fmt: skip


def _person_added(msg: str, command: str) -> bool:
    """The words add exactly one person, named by a handle the command never spells (its id was looked up)."""
    from automode.knowledge.act_words import _classes_of

    toks = [re.sub(r"^[a-z]['’]", "", t.strip("'’.,:;()\"")) for t in re.findall(r"[\w.@+’'-]+", msg.lower())]
    low = command.lower()
    if any(t.isdigit() and len(t) >= 2 and t not in low for t in toks):
        return False  # (the words spell an id the command does not: the id is theirs to compare, not looked up)
    people = []
    for i, t in enumerate(toks[:-1]):
        if "add" not in _classes_of(t, toks[i + 1]):
            continue
        nxt = next((x for x in toks[i + 1:i + 4] if x and x not in _NOT_PERSON), "")
        if len(nxt) >= 3 and re.search(r"[^\W\d_]", nxt):
            people.append(nxt)
    return len(set(people)) == 1 and people[0].lstrip("@") not in command.lower()


#: Body keys that carry money in the currency's minor unit (Stripe, Paddle, Chargebee, Adyen `value`).
_MONEY_KEYS = frozenset({"amount", "unit_amount", "amount_off", "amount_minor", "credit", "value", "price"})
_DURATION = re.compile(r"(?i)^\d+(?:\.\d+)?(?:ms|s|m|h|d|w|y|micros|nanos)$")


def _amount_said(key: str, value: str, text: str) -> bool:
    """A body value the words say in another unit: a duration (`14d` for "14 dagar", `30m` never for "30 days") or an
    amount of money in the currency's minor unit (`amount=-1500` for "a 15 EUR credit": the sign is the direction
    the act already says)."""
    from automode.judge.intent.said_units import durations, money, near, value_of

    v = value.strip().strip("'\"")
    if _DURATION.match(v):
        got = value_of(v, "go")
        return got is not None and near(got, durations(text), 0.001)
    if key.lower() in _MONEY_KEYS and re.fullmatch(r"-?\d+", v):
        n = abs(int(v))
        return any(n == round(m * per) for m, per in money(text))
    return False


def _file_or_url_said(value: str, text: str) -> bool:
    """A body sent from a file the words name (`-d @dashboards/latency.json`), or a URL whose path the words spell
    ("purge /assets/app.css" for `https://docs.x.io/assets/app.css`: the site's own file, its host the zone's)."""
    v = value.strip()
    if v.startswith("@") and len(v) > 2:
        path = v[1:].removeprefix("./")
        return _said(path, text) or ("/" in path and _said(path.rsplit("/", 1)[1], text) and _said(
            path.rsplit("/", 1)[0].rsplit("/", 1)[-1], text))
    m = re.match(r"(?i)https?://[^/\s]+(/[^?#\s]*[^/?#\s])", v)
    if m is None or m.group(1).count("/") < 1:
        return False
    path = m.group(1).lower()
    return re.search(r"(?<![\w.-])" + re.escape(path) + r"(?![\w/-]|\.\w)", text) is not None


#: Words that name an organisation or an account: where the words say one, it is compared, not left to the token.
_ACCOUNT_WORDS = lazyre.compile(r"(?i)(?<!\w)(?:org|orgs|organi[sz]ation\w*|organi[sz]ac\w*|account\w*|workspace\w*|"
                            r"tenant\w*|konto|compte|cuenta|conta|organizzazione|организаци\w*)(?!\w)")


def _account_ids(r: ApiRequest, text: str) -> set[str]:
    """The path ids that are the account the credential belongs to (Sentry's `organizations/tarang`), where the words
    name no organisation or account: the place the act happens, not an object the words must spell."""
    from automode.knowledge.api_census import ACCOUNTS
    from automode.knowledge.http_acts import service_for

    svc = service_for(r)
    colls = ACCOUNTS.get(svc.name, frozenset()) if svc is not None else frozenset()
    if not colls or _ACCOUNT_WORDS.search(text) is not None:
        return set()
    return {r.segments[i + 1] for i, s in enumerate(r.segments[:-1]) if s in colls}


def _value_said(key: str, value: str, text: str, msg: str, command: str) -> bool:
    """A body value the words say: literally, by its meaning (`access_level=20` as "Reporter"), or an opaque id of the
    one person the words add (`user_id=2201` for "add ruta.k")."""
    from automode.judge.intent.slot_bodies import roles_said
    from automode.knowledge.http_acts import PRINCIPAL_KEYS, VALUE_MEANINGS

    if _said(value, text) or _amount_said(key, value, text) or _file_or_url_said(value, text):
        return True
    if key.lower() == "ttl" and "ttl" not in text:
        return True  # (a DNS record's TTL where the words give none: the record's bookkeeping)
    if key.lower() in ("name", "hostname", "fqdn") and _record_name_said(value, text):
        return True
    k = key.lower()
    meanings = VALUE_MEANINGS.get(k, {}).get(value.lower(), ())
    if meanings and (any(_said(m, text) for m in meanings) or {n for n, _ in roles_said(msg)} & set(meanings)):
        return True
    return k in PRINCIPAL_KEYS and re.fullmatch(r"\d{2,}|[0-9a-f-]{8,}", value.lower()) is not None \
        and _person_added(msg, command)


#: Forges by the word their users call them.
_FORGES = ("github", "gitlab", "gitea", "bitbucket", "codeberg", "forgejo", "sourcehut")
_OPAQUE = re.compile(r"(?i)^(?:[0-9a-f]{16,}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|"
                     r"(?=[a-z0-9_-]*\d)(?=[a-z0-9_-]*[a-z])[a-z0-9_-]{16,})$")


def _looked_up(r: ApiRequest, value: str, text: str, command: str) -> bool:
    """An opaque id of the path (a Cloudflare zone's hex id, a check's UUID) the agent looked up for the object the
    words name by its name: the kind is said by the collection's stem ("zone kite.io" for `zones/023e…`), and the
    words spell no id the command lacks (an id said is compared, never replaced by a looked-up one)."""
    if not _OPAQUE.match(value) or value not in r.segments:
        return False
    i = r.segments.index(value)
    coll = r.segments[i - 1] if i else ""
    if len(coll) < 4 or not re.fullmatch(r"[a-z_]+", coll):
        return False
    if re.search(r"(?<!\w)" + re.escape(coll[:4]), text) is None:
        return False
    low = command.lower()
    return not any(t not in low for t in re.findall(r"[\w|:-]*\d[\w|:-]*", text) if len(t) >= 5)


#: Acts whose loss the service makes good by itself (a purged cache refills): the configured object's variable stands
#: for the one the words name inside it.
_REFILLS = frozenset({"purge", "purge_cache", "purge-cache", "invalidate", "invalidations", "flush", "purge_all"})


def _record_name_said(value: str, text: str) -> bool:
    """A DNS record's name written relative to its zone (`status` for "status.kestrel.dev")."""
    v = value.lower().strip(".")
    return bool(v) and "." not in v and any(h.startswith(v + ".") and h.count(".") >= 2 for h in _HOST.findall(text))


def _zone_of_record(r: ApiRequest, value: str, text: str) -> bool:
    """The configured zone's variable (`zones/$CF_ZONE/dns_records`) for a record whose full name the words spell: the
    zone is that name's parent, the one the variable configures."""
    if not re.fullmatch(r"\$\{?[a-z_][a-z0-9_]*\}?", value) or "zones" not in r.segments:
        return False
    names = [v for k, v in r.body if k.lower() in ("name", "hostname", "fqdn")]
    return any(_record_name_said(n, text) or (n.count(".") >= 2 and _said(n, text)) for n in names)


def _zone_of_refill(r: ApiRequest, value: str) -> bool:
    """An opaque id (a Cloudflare zone's hex id) in the path of an act the service makes good by itself (a purge: the
    cache refills), whose body names what it acts on: the zone the named files are served from, a place."""
    return bool(r.segments) and r.segments[-1] in _REFILLS and _OPAQUE.match(value) is not None and any(
        v for k, v in r.body if k.lower() in ("files", "urls", "prefixes", "hosts", "tags", "paths", "objects"))


def _var_said(value: str, text: str, r: ApiRequest | None = None) -> bool:
    """A path id carried by a variable the words name as holding it (`zones/$CF_ZONE` for "zone id is in CF_ZONE"),
    or by the environment's own variable for that kind of object (`zones/$CF_ZONE_ID`: the configured zone, where the
    words name an object inside it)."""
    m = re.fullmatch(r"\$\{?([a-z_][a-z0-9_]*)\}?", value)
    if m is None:
        return False
    if _said(m.group(1), text):
        return True
    if r is None or value not in r.segments:
        return False
    if r.method not in ("GET", "HEAD") and (r.segments[-1] if r.segments else "") not in _REFILLS:
        return False  # (a record created in the configured zone needs the zone said; a purge the cache refills does
        # not: test_secret_flows' DNS record asks, landing s27)
    i = r.segments.index(value)
    coll = r.segments[i - 1] if i else ""
    stem = coll[:-1] if coll.endswith("s") else coll
    return len(stem) >= 3 and stem in m.group(1).split("_")


def request_named(a: Analysis) -> tuple[str, ApiRequest] | None:
    """(the message that names it, the request) when the action is one API write every part of which the message
    says; None otherwise."""
    from automode.judge.intent.act_line import the_act
    from automode.knowledge.act_words import said_acts
    from automode.knowledge.http_acts import FORGE_APIS, api_request, body_values, path_ids, request_act_sets

    if not a.shell or not a.ctx.user_messages:
        return None
    cmd = the_act(a)
    if cmd is None:
        return None
    if cmd.remote or any("$(" in w.value or "`" in w.value for w in cmd.argv):
        return None  # (a value computed at run time is no value the user said)
    r = api_request(cmd)
    if r is None:
        return None
    acts = request_act_sets(r)
    own_host, own = _own_repo(a)
    mine = _own_path_ids(r, own)
    ids = [i for i in path_ids(r) if i not in mine]
    values = set(body_values(r))
    pairs = [(k, v) for k, v in r.body if v in values]
    forge = (*FORGE_APIS[cmd.name][0], cmd.name) if cmd.name in FORGE_APIS else ()
    # (a forge CLI's API with no `--hostname` goes to the forge it is logged in to, with its own login: the forge is
    # the checkout's own, or the one the words name; an HTTP request to the checkout's own forge host is named too)
    owners = {p for p in own if "/" not in p}
    implied = (bool(forge) and len(r.hosts) == len(forge)) or bool(own_host and own_host in r.hosts) or any(
        set(_labels(h)) & owners for h in r.hosts if "." in h and any(f in h for f in _FORGES))
    # (`gitlab.accra-tech.dev` from a clone of accra-tech/…: the organisation's own forge)
    all_text = "\n".join(a.ctx.user_messages).lower()
    if forge and any(f in all_text for f in _FORGES if f not in forge[0]):
        implied = False  # (the words name another forge: "on gitlab" is not `gh api`)
    joined = "/".join(r.segments)
    if mine and any(t not in own and t not in joined
                    for t in re.findall(r"(?<![\w/.-])[a-z0-9][\w.-]*/[\w.-]*[a-z0-9](?![\w/])", all_text)
                    if "." not in t.split("/", 1)[0]):
        mine = set()  # (the words name another repository: the checkout's own is not the one they mean)
        ids = path_ids(r)
    command = a.command_text
    for msg in reversed(a.ctx.user_messages):
        text = msg.lower()
        acct = _account_ids(r, text)
        said = said_acts(msg)
        if not all(one & said for one in acts):
            continue  # (each instruction of a batch is an act said: "turn it on" does not release `archiveFlag`)
        if not (implied or _host_named(r, text, forge)) or not _own_credentials(r, text):
            continue
        if all(v in acct or _zone_of_refill(r, v) or _zone_of_record(r, v, text) or _said(v, text) or _var_said(v, text, r) or _looked_up(r, v, text, command) for v in ids) \
                and all(_value_said(k, v, text, msg, command) for k, v in pairs):
            return msg, r
    return None


def settle(found: list[Finding], a: Analysis) -> str | None:
    """The user's words that ask for this API write, when every finding still standing is one the write fires on its
    own account (`RULES`) and none is a floor; None otherwise."""
    from automode.judge.intent.secret_stored import stored_named

    stored = stored_named(found, a)  # "add NAME (it's in maps.key) only for preview": `vercel env add NAME preview <`
    if stored is not None:
        return stored
    from automode.judge.intent.socket_named import socket_named

    line = socket_named(found, a)  # "disable server be_api/api-3 on the haproxy admin socket": `echo … | sudo socat`
    if line is not None:
        return line
    pending = [f for f in found if f.verdict != "allow"]
    if not pending or any(f.rule.floor or f.rule.id not in RULES for f in pending):
        return None
    got = request_named(a)
    if got is not None:
        return got[0]
    from automode.judge.intent.broker_named import publish_named

    return publish_named(a)
