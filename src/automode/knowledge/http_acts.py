"""What an HTTP write to a service's API does, read from its method, path and body (session 25, P1), and whose
credential it carries.

A request names its act by its last path segment when that is a verb (`…/archive`, `…/environments/dev/on`,
`…/revoke-accessor`) and by its method otherwise (POST to a collection creates or adds, PUT and PATCH change, DELETE
deletes); a flag in its body can name it too (`archived=true`). The act classes are `knowledge.act_words`'s. The ids
in its path (`teams/7`, `features/fx-cache`, `environments/development`) and the values of its body are what it acts
on: a request names each one. The credential it carries belongs to a service by the name of its variable
(`$GRAFANA_TOKEN` is Grafana's; `$GITHUB_TOKEN` sent to Grafana is not Grafana's).

`api_request(cmd)` reads curl/HTTPie/xh requests (`knowledge.httpapi.request`) and the forge CLIs' own API commands
(`gh api`, `glab api`: their host is the forge the CLI logs in to, their credential the CLI's own).
"""

from __future__ import annotations

import fnmatch
import json
import re
from collections.abc import Mapping
from urllib.parse import unquote

from automode import lazyre
from automode.dc import dataclass
from automode.knowledge.api_census import FLAGS_MORE, MASK_KEYS, STATUS_MORE
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.knowledge.api_services import ApiService
    from automode.shell.parse import Command

#: A last path segment that names the act (the class `act_words` gives it).
ACT_SEGMENTS: Mapping[str, frozenset[str]] = {
    **dict.fromkeys(("archive",), frozenset({"archive"})),
    **dict.fromkeys(("on", "enable", "enabled", "activate", "start"), frozenset({"enable"})),
    **dict.fromkeys(("off", "disable", "disabled", "deactivate", "stop"), frozenset({"disable"})),
    **dict.fromkeys(("revoke", "revoke-accessor", "revoke-orphan", "revocation", "revoke-self", "revokesigninsessions",
                     "invalidateallrefreshtokens"), frozenset({"revoke"})),
    **dict.fromkeys(("promote", "promotion"), frozenset({"promote"})),
    **dict.fromkeys(("restart", "reboot", "rollout-restart"), frozenset({"restart"})),
    **dict.fromkeys(("shutdown", "poweroff", "power-off"), frozenset({"shutdown"})),
    **dict.fromkeys(("export",), frozenset({"export"})),
    **dict.fromkeys(("unarchive", "unarchived", "restore"), frozenset({"unarchive"})),
    **dict.fromkeys(("pause", "suspend"), frozenset({"disable"})),
    **dict.fromkeys(("resume", "unpause", "unsuspend"), frozenset({"enable"})),
    **dict.fromkeys(("lock",), frozenset({"lock"})),
    **dict.fromkeys(("mute", "silence", "snooze"), frozenset({"mute"})),
    **dict.fromkeys(("acknowledge", "ack"), frozenset({"acknowledge"})),
    **dict.fromkeys(("resolve", "close"), frozenset({"resolve"})),
    **dict.fromkeys(("purge", "purge_cache", "purge-cache", "invalidate"), frozenset({"delete"})),
    # a run of a job, a pipeline, a workflow or a build (Jenkins `/build`, GitHub `/dispatches`, GitLab `/pipeline`,
    # `/jobs/ID/play`, Databricks `run-now`, Rundeck `/run`, Nomad `/dispatch`, AWX `/launch`)
    **dict.fromkeys(("build", "buildwithparameters", "dispatches", "dispatch", "trigger", "run", "run-now", "play",
                     "retry", "rerun", "rerun-failed-jobs", "execute", "invoke", "launch", "pipeline", "executions"),
                    frozenset({"run"})),
    **dict.fromkeys(("members", "member", "users", "memberships", "collaborators", "assignees", "labels", "tags"),
                    frozenset({"add", "update"})),
}  # fmt: skip
#: Body keys whose value names the act (LaunchDarkly's semantic patch `instructions[].kind`, JSON Patch `op`, an
#: AWS change batch's `Action`, a GraphQL-less RPC's `operation`): one act per instruction.
OP_KEYS = frozenset({"kind", "op", "action", "operation", "verb", "instruction"})
#: Words of an operation value (`turnFlagOn`, `UPSERT`, `removeTargets`) -> act classes; the value is split at its
#: case changes, `_` and `-` (`turn`+`flag`+`on`); a pair of words is read before a single one.
OP_WORDS: Mapping[str, frozenset[str]] = {
    **dict.fromkeys(("turn on", "switch on", "on", "enable", "activate"), frozenset({"enable"})),
    **dict.fromkeys(("turn off", "switch off", "off", "disable", "deactivate"), frozenset({"disable"})),
    **dict.fromkeys(("create", "new", "insert"), frozenset({"create", "add"})),
    **dict.fromkeys(("add",), frozenset({"add", "create", "update"})),
    # an UPSERT replaces a record that exists: released by an update said, not by "create" (h27-0485, landing)
    **dict.fromkeys(("upsert",), frozenset({"update"})),
    **dict.fromkeys(("replace", "update", "set", "change", "patch", "modify", "rename", "update-fallthrough"),
                    frozenset({"update"})),
    **dict.fromkeys(("delete", "remove", "clear", "drop"), frozenset({"delete"})),
    **dict.fromkeys(("archive",), frozenset({"archive"})),
    **dict.fromkeys(("restore", "unarchive"), frozenset({"unarchive"})),
    **dict.fromkeys(("copy", "move", "test"), frozenset({"update"})),
}  # fmt: skip
#: Body keys whose value is the instruction's own bookkeeping, never a value a user names (JSON Patch `path` is read
#: as a path; the `TTL` of a DNS change is the record's bookkeeping).
OP_QUIET_KEYS = frozenset({"ttl", "comment"})
#: The act of a method whose path names none.
METHOD_ACTS: Mapping[str, frozenset[str]] = {
    "POST": frozenset({"create", "add"}), "PUT": frozenset({"update", "create", "add"}),
    "PATCH": frozenset({"update"}), "DELETE": frozenset({"delete"}),
}  # fmt: skip
#: A body flag that names the act (`archived=true` in a PATCH of a repository).
BODY_ACTS: Mapping[str, frozenset[str]] = {
    "archived": frozenset({"archive"}), "enabled": frozenset({"enable"}), "disabled": frozenset({"disable"}),
    "active": frozenset({"enable"}), "suspended": frozenset({"disable"}),
}  # fmt: skip
#: A body's status or state value that names the act (`"status":"acknowledged"` of an incident, `"state":"closed"` of
#: an issue or a milestone, `"status":"paused"` of a check).
STATUS_KEYS = frozenset({"status", "state"})
STATUS_ACTS: Mapping[str, frozenset[str]] = {
    "acknowledged": frozenset({"acknowledge"}), "resolved": frozenset({"resolve"}), "closed": frozenset({"resolve"}),
    "archived": frozenset({"archive"}), "paused": frozenset({"disable"}), "disabled": frozenset({"disable"}),
    "suspended": frozenset({"disable"}), "active": frozenset({"enable"}), "enabled": frozenset({"enable"}),
    "locked": frozenset({"lock"}), "muted": frozenset({"mute"}), **STATUS_MORE,
}  # fmt: skip
#: Path segments that are the API's structure, never an object a user names.
STRUCTURE = frozenset({"api", "apis", "admin", "rest", "public", "v1", "v2", "v3", "v4", "v5", "v1beta1", "v1alpha1",
                       "client", "management", "manage", "auth", "internal", "ext", "service", "services", "graphql",
                       "json", "content", "sys", "token",
                       })  # fmt: skip
#: Singular nouns of an API's own structure inside a path (Grafana's current `org`, GitLab's `repository/…`, a
#: resource's `settings`): no object a user names, unless the request acts on the noun itself (it is the last
#: segment: `DELETE …/branches/main/protection` removes the whole protection, said or not).
INNER_STRUCTURE = frozenset({"org", "repository", "protection", "settings", "config", "configuration", "status",
                             "state", "visibility", "user"})  # fmt: skip
#: Body values named by their meaning (`access_level=20` is "Reporter": GitLab's access levels; GitHub's repository
#: permissions `pull`/`push` are read and write access): key -> value -> the words that say it.
VALUE_MEANINGS: Mapping[str, Mapping[str, tuple[str, ...]]] = {
    "access_level": {"0": ("no access",), "5": ("minimal access", "minimal"), "10": ("guest",), "15": ("planner",),
                     "20": ("reporter",), "30": ("developer",), "40": ("maintainer",), "50": ("owner",)},
    "group_access": {"10": ("guest",), "20": ("reporter",), "30": ("developer",), "40": ("maintainer",),
                     "50": ("owner",)},
    "permission": {"pull": ("read", "pull"), "triage": ("triage",), "push": ("write", "push"),
                   "maintain": ("maintain", "maintainer"), "admin": ("admin", "administrator")},
}  # fmt: skip
#: Body keys that name the person a membership is for by an opaque id the agent looks up from the name said
#: (`user_id=2201` for "add ruta.k"): said when the words name exactly one person the command does not spell.
PRINCIPAL_KEYS = frozenset({"user_id", "userid", "member_id", "memberid", "account_id", "accountid", "principal_id",
                            "assignee_id", "assignee_ids", "reviewer_id"})  # fmt: skip
#: Ids that stand for "the one there is" (`projects/default`, `users/me`): no request names them.
DEFAULT_IDS = frozenset({"default", "me", "self", "current", "latest", "mine", "_default", "global"})
#: Body values that stand for the one there is (`"commit": "HEAD"`): no request names them.
DEFAULT_VALUES = frozenset({"head", "@me"})
#: Body values that only say yes or no: the act's own flag.
FLAG_VALUES = frozenset({"true", "false", "null", "1", "0", "yes", "no", "on", "off"})
#: Parts of a credential variable's name that name no service (`$API_TOKEN`, `$ADMIN_KEY`).
GENERIC_CREDENTIAL_PARTS = frozenset({"token", "tokens", "key", "keys", "api", "apikey", "secret", "secrets", "auth",
                                      "bearer", "access", "admin", "pat", "password", "pass", "pw", "user", "username",
                                      "client", "id", "sa", "service", "svc", "account", "personal", "private", "write",
                                      "read", "rw", "ro", "env", "cred", "creds", "credential", "credentials", "session",
                                      "x", "authorization", "basic", "header", "value", "my", "our", "the"})  # fmt: skip
#: Forge CLIs with an `api` sub-command: (host words, method option names, body field options).
FORGE_APIS: Mapping[str, tuple[tuple[str, ...], frozenset[str], frozenset[str]]] = {
    "gh": (("github", "github.com", "gh"), frozenset({"-X", "--method"}), frozenset({"-f", "-F", "--field", "--raw-field"})),
    "glab": (("gitlab", "gitlab.com", "glab"), frozenset({"-X", "--method"}), frozenset({"-f", "-F", "--field", "--raw-field"})),
    "tea": (("gitea", "tea"), frozenset({"-X", "--method"}), frozenset({"-f", "-F", "--field"})),
}  # fmt: skip
_VAR = re.compile(r"\$\{?([A-Za-z_][A-Za-z0-9_]*)")
#: Headers that carry no credential (PagerDuty's `From:` is the acting user's address, the API's version, the body's
#: type): never read as a credential sent.
_PLAIN_HEADER = lazyre.compile(r"(?i)^\s*(?:from|content-type|accept|accept-[\w-]+|user-agent|x-request-id|"
                           r"(?:x-)?idempotency-key|if-match|if-none-match|prefer|cache-control|origin|referer|"
                           r"(?:[\w]+-)?api-version|x-github-api-version|ld-api-version|notion-version|stripe-version|"
                           r"x-requested-by|kbn-xsrf|osd-xsrf|x-atlassian-token)\s*:")
_PARTS = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True, slots=True)
class ApiRequest:
    """One write to an API: its method, host (or the forge's words), path segments, body values and credentials."""

    method: str
    hosts: tuple[str, ...]  # the host, or the words that name a forge CLI's host
    segments: tuple[str, ...]  # lower-case, url-decoded
    body: tuple[tuple[str, str], ...]  # (key, value) pairs
    credentials: tuple[str, ...]  # variable names the request carries
    literal_credential: bool  # a credential written into the command


def _body_pairs(raw: str) -> list[tuple[str, str]]:
    raw = raw.strip()
    if not raw:
        return []
    if raw[:1] in "{[":
        try:
            data = json.loads(raw)
        except ValueError:
            return [("", raw)]
        out: list[tuple[str, str]] = []

        def walk(key: str, v: object) -> None:
            if isinstance(v, dict):
                for k, x in v.items():
                    walk(str(k), x)
            elif isinstance(v, list):
                for x in v:
                    walk(key, x)
            else:
                out.append((key, json.dumps(v) if isinstance(v, bool) or v is None else str(v)))

        walk("", data)
        return out
    pairs = []
    for item in re.split(r"[&\s]+", raw):
        m = re.match(r"^([\w.\[\]-]+)(?::=@|:=|=@|==|=|@)(.*)$", item)
        key = re.sub(r"^.*\[([^\]]+)\]$", r"\1", m.group(1)) if m else ""  # (`incident[status]`: its last key)
        pairs.append((key, m.group(2).strip("'\"")) if m else ("", item))
    return pairs


def api_request(cmd: Command) -> ApiRequest | None:
    """The write `cmd` sends to an API (None: no HTTP write, or not one this module reads)."""
    from automode.knowledge.httpapi import request

    if cmd.name in FORGE_APIS:
        return _forge(cmd)
    if cmd.name == "aws":
        return _change_batch(cmd)
    req = request(cmd)
    if req is None or req.method not in METHOD_ACTS:
        return None
    body: list[tuple[str, str]] = []
    for part in req.body.split(" ") if req.body and not req.body.lstrip().startswith(("{", "[")) else [req.body]:
        body += _body_pairs(part)
    body += _query_pairs(req.url)
    sent = [c for c in req.credentials if not _PLAIN_HEADER.match(c)]
    creds = [v for c in sent for v in _VAR.findall(c)]
    literal = any(not _VAR.search(c) and re.search(r"(?i)bearer\s+\S|token\s+\S|:\S{8,}", c) for c in sent)
    segs = tuple(_unsuffixed(unquote(s).lower()) for s in req.path.strip("/").split("/") if s)
    return ApiRequest(req.method, (req.host,), segs, tuple(body), tuple(creds), literal)


def _unsuffixed(seg: str) -> str:
    """A path segment without the response format it asks for (Zendesk `tickets/4411.json`, Twilio `Messages.json`)."""
    for suffix in (".json", ".xml"):
        if seg.endswith(suffix) and len(seg) > len(suffix):
            return seg[: -len(suffix)]
    return seg


def _query_pairs(url: str) -> list[tuple[str, str]]:
    """The query of a write's URL, read as its body (Jenkins `buildWithParameters?BRANCH=feat/toc`, GitLab
    `pipeline?ref=release-2.4`): each parameter is a value the request sends."""
    from urllib.parse import parse_qsl

    query = url.split("#", 1)[0].partition("?")[2]
    return [(k, v) for k, v in parse_qsl(query, keep_blank_values=False) if k]


def service_for(r: ApiRequest) -> ApiService | None:
    """The service the request goes to (`knowledge.api_services`: its host, else its path's shape)."""
    from automode.knowledge.api_services import service_of

    return service_of(r.hosts[0] if r.hosts else "", "/".join(r.segments))


def _structure(svc: ApiService | None, seg: str) -> bool:
    return svc is not None and any(fnmatch.fnmatchcase(seg, p) for p in svc.structure)


#: AWS CLI calls whose JSON document option is a batch of changes, each with its `Action` (service, operation,
#: the option that carries the batch, the option that names the object the batch changes).
CHANGE_BATCHES: Mapping[tuple[str, str], tuple[str, str]] = {
    ("route53", "change-resource-record-sets"): ("--change-batch", "--hosted-zone-id"),
}  # fmt: skip


def _change_batch(cmd: Command) -> ApiRequest | None:
    """A change batch sent by the AWS CLI (`aws route53 change-resource-record-sets --hosted-zone-id Z --change-batch
    '{"Changes":[{"Action":"CREATE",…}]}'`): the CLI's own credential to its own service; the object option's value
    is the path, the batch the body (a record's TTL is its bookkeeping, not a value a user names)."""
    vals = [w.value for w in cmd.argv[1:]]
    pos = [v for v in vals if not v.startswith("-")]
    spec = CHANGE_BATCHES.get((pos[0], pos[1])) if len(pos) >= 2 else None
    if spec is None or any(w.dynamic for w in cmd.argv):
        return None
    batch_opt, object_opt = spec
    batch = obj = ""
    for i, v in enumerate(vals):
        key, eq, glued = v.partition("=")
        val = glued if eq else (vals[i + 1] if i + 1 < len(vals) else "")
        if key == batch_opt:
            batch = val
        elif object_opt and key == object_opt:
            obj = val
    if not batch.lstrip().startswith("{"):
        return None  # (`file://batch.json`: a document this reading does not see)
    body = [(k, v) for k, v in _body_pairs(batch) if k.lower() not in OP_QUIET_KEYS]
    segs = ("zones", obj.lower()) if obj else ()
    return ApiRequest("POST", (), segs, tuple(body), (), False)


def _forge(cmd: Command) -> ApiRequest | None:
    hosts, method_opts, field_opts = FORGE_APIS[cmd.name]
    vals = [w.value for w in cmd.argv[1:]]
    if not vals or vals[0] != "api":
        return None
    method = ""
    path = ""
    body: list[tuple[str, str]] = []
    host = ""
    i = 1
    while i < len(vals):
        v = vals[i]
        key, eq, glued = v.partition("=") if v.startswith("--") else (v, "", "")
        val = glued if eq else (vals[i + 1] if i + 1 < len(vals) else "")
        if key in method_opts:
            method = val.upper()
            i += 1 if eq else 2
            continue
        if key in field_opts:
            body += _body_pairs(val)
            i += 1 if eq else 2
            continue
        if key == "--hostname":
            host = val.lower()
            i += 1 if eq else 2
            continue
        if key.startswith("-"):
            i += 1
            continue
        if not path:
            path = v
        i += 1
    method = method or ("POST" if body else "GET")
    if method not in METHOD_ACTS or not path:
        return None
    segs = tuple(unquote(s).lower() for s in path.split("?", 1)[0].strip("/").split("/") if s)
    return ApiRequest(method, (host, *hosts) if host else hosts, segs, tuple(body), (), False)


def _op_acts(value: str) -> frozenset[str] | None:
    """The act classes an operation value names (`turnFlagOn` -> enable, `UPSERT` -> create/update), None if none."""
    words = [w.lower() for w in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+", value)]
    words = [w for w in words if w not in ("flag", "flags", "the", "a", "record", "records", "value", "values")]
    for i in range(len(words) - 1, -1, -1):  # ("turn"…"on": the particle, then the verb alone)
        pair = f"{words[i - 1]} {words[i]}" if i else ""
        if pair in OP_WORDS:
            return OP_WORDS[pair]
    for w in words:
        if w in OP_WORDS:
            return OP_WORDS[w]
    return None


def op_values(r: ApiRequest) -> list[str]:
    """The body's operation values (one per instruction: `turnFlagOn`, `UPSERT`, `replace`)."""
    return [v for k, v in r.body if k.lower() in OP_KEYS and _op_acts(v) is not None]


def request_act_sets(r: ApiRequest) -> list[frozenset[str]]:
    """The act classes of each act the request makes: one set per operation of its body (every one must be said),
    else the one `request_acts` reads. A JSON Patch `replace` of a flag path (`/environments/qa/on` to `true`) is the
    flag's act."""
    ops = op_values(r)
    if not ops or r.method == "DELETE":
        return [request_acts(r)]
    out: list[frozenset[str]] = []
    paths = [v for k, v in r.body if k.lower() == "path"]
    for n, v in enumerate(ops):
        acts = _op_acts(v) or frozenset()
        if v.lower() in ("replace", "add") and n < len(paths):
            last = paths[n].rstrip("/").rsplit("/", 1)[-1].lower()
            flag = [x for k, x in r.body if k.lower() == "value"]
            if last in ACT_SEGMENTS and n < len(flag) and flag[n].lower() in ("true", "false"):
                acts = ACT_SEGMENTS[last] if flag[n].lower() == "true" else ACT_SEGMENTS.get(_OPPOSITE.get(last, ""), acts)
        out.append(acts)
    return out


_OPPOSITE = {"on": "off", "off": "on", "enabled": "disabled", "disabled": "enabled", "archived": "unarchive"}


def request_acts(r: ApiRequest) -> frozenset[str]:
    """The act classes of the request: its last segment's, a body flag's, else its method's."""
    last = r.segments[-1] if r.segments else ""
    svc = service_for(r)
    if r.method == "DELETE":
        return frozenset({svc.acts[last]}) if svc is not None and svc.acts.get(last) == "delete" else METHOD_ACTS["DELETE"]
    if svc is not None and last in svc.acts and r.method in ("POST", "PUT"):
        return frozenset({svc.acts[last]})  # the service's own act segment (Nomad `periodic/force`, Airflow `dagRuns`)
    if last in ACT_SEGMENTS:
        return ACT_SEGMENTS[last]
    flags = [BODY_ACTS[k.lower()] for k, v in r.body if k.lower() in BODY_ACTS and v.lower() in ("true", "1", "yes")
             and k.lower() not in FLAGS_MORE]
    flags += [FLAGS_MORE[k.lower()][v.lower() != "true"] for k, v in r.body
              if k.lower() in FLAGS_MORE and v.lower() in ("true", "false")]
    flags += [STATUS_ACTS[v.lower()] for k, v in r.body if k.lower() in STATUS_KEYS and v.lower() in STATUS_ACTS]
    if flags and r.method in ("PATCH", "PUT", "POST"):
        return frozenset().union(*flags)
    return METHOD_ACTS[r.method]


def path_ids(r: ApiRequest) -> list[str]:
    """The segments of the path a request must name: every one but the API's structure, a collection (a plural word
    of letters), the act's own segment and a default id."""
    out = []
    last = len(r.segments) - 1
    svc = service_for(r)
    for i, s in enumerate(r.segments):
        if _structure(svc, s) or (svc is not None and i == last and s in svc.acts):
            continue  # the service's own words (Jenkins `job`, Elasticsearch `_ilm`, `policy`)
        if s in STRUCTURE or s in DEFAULT_IDS or re.fullmatch(r"v\d+(?:\.\d+)?(?:beta\d*|alpha\d*)?", s):
            continue
        if s.isdigit() and i and r.segments[i - 1] in ("api", "rest"):
            continue  # the API's version (Rundeck `api/41/…`)
        if s in INNER_STRUCTURE and i < last:
            continue
        if i == last and s in ACT_SEGMENTS:
            continue
        if i == last and r.method == "DELETE" and re.fullmatch(r"[a-z_-]+", s):
            out.append(s)  # a DELETE of a collection removes every member (`…/merged_branches`): the words must say it
            continue
        if re.fullmatch(r"[a-z_]+s", s) or (re.fullmatch(r"[a-z_]+", s) and s in ACT_SEGMENTS):
            continue  # a collection (`folders`, `teams`, `environments`)
        out.append(s)
    return out


def body_values(r: ApiRequest) -> list[str]:
    """The body's values a request must name (a yes/no flag is the act itself, an operation value or a status that
    names the act too); a JSON Patch path names the ids of its segments."""
    ops = set(op_values(r))
    keys = {k.lower() for k, _v in r.body}
    out: list[str] = []
    from automode.knowledge.extent import WIDE_KEYS

    for k, v in r.body:
        if k.lower() in WIDE_KEYS and v.lower() in ("true", "1", "yes"):
            out.append(k)  # a flag that widens the act to everything (`purge_everything`): the words must say it
            continue
        if not v or v.lower() in FLAG_VALUES or (k.lower() in OP_KEYS and v in ops):
            continue
        if k.lower() in STATUS_KEYS and v.lower() in STATUS_ACTS:
            continue
        if k.lower() in MASK_KEYS and all(x.strip() in keys for x in v.lower().split(",")):
            continue  # (Airflow's `update_mask=is_paused`: the name of the key the body changes)
        if k.lower() == "type" and any(v.lower().startswith(c[:-1]) for c in r.segments if len(c) > 4 and c.endswith("s")):
            continue  # the object's own type tag (PagerDuty's `"type":"incident_reference"` on `incidents/ID`)
        if v.lower() in DEFAULT_VALUES:
            continue  # (the one there is: `"commit":"HEAD"`)
        if re.match(r"https?://", v) and r.hosts and v.split("/")[2].split(":")[0].lower() == r.hosts[0]:
            segs = tuple(unquote(s).lower() for s in v.split("?", 1)[0].split("/")[3:] if s)
            out += path_ids(ApiRequest(r.method, r.hosts, segs, (), (), False))  # Graph's `@odata.id` of a member
            continue
        if k.lower() == "path" and v.startswith("/") and ops:
            segs = tuple(unquote(s).lower() for s in v.strip("/").split("/") if s)
            out += path_ids(ApiRequest(r.method, r.hosts, segs, (), (), False))
            continue
        out.append(v)
    return out


def credential_parts(name: str) -> set[str]:
    """The parts of a credential variable's name that may name a service (`GRAFANA_API_KEY` -> {"grafana"})."""
    return {p for p in _PARTS.findall(name.lower()) if p not in GENERIC_CREDENTIAL_PARTS and not p.isdigit()}


def fixtures() -> list[tuple[str, str, list[str]]]:
    """(method, path, ids) checked by the tests."""
    return [
        ("POST", "/api/admin/projects/default/features/fx-cache/environments/development/on", ["fx-cache", "development"]),
        ("POST", "/api/teams/7/members", ["7"]),
        ("POST", "/api/folders", []),
        ("POST", "/v1/auth/token/revoke-accessor", []),
    ]
