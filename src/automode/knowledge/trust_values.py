"""Which values of a trust act are consequential (session 17, H2, helper x2b).

A trust act (a grant, a secret rotated, a binding made, a share of traffic moved, a workflow dispatched) is released
when the user named every value it acts with (`judge.intent.naming`). This module says, per command shape:

* `unvalued`: operands that are no such value. The name a command gives the binding it creates (`kubectl create
  rolebinding ci-view --clusterrole=view --serviceaccount=ci:deployer`: a label the agent picks; the role, the subject
  and the namespace are compared on their own), and the service whose traffic a split moves (`gcloud run services
  update-traffic invoice-ocr --to-revisions=…=10`: where it acts; the share and the revision are what it does);
* `extra_values`: values no generic option table carries. A traffic split's shares and revisions (`--to-revisions
  rev=10`, `--splits v1=0.9,v2=0.1`, `--distribution staging=20`, a Lambda alias's routing weights) and a workflow
  dispatch's inputs (`gh workflow run deploy.yml -f environment=production`): a share is said as a percent ("10%",
  "10 percent"), a revision by its name or as "the new/latest revision", an input by its value;
* `named_places`: an option that only says where the command lands or how it logs in (`--profile prod-admin`),
  beside an option that both locates and names the thing acted on (`--secret-id prod/payments/db`): the second kind
  is not taken for a mere place.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.shell.per_command import per_command
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

    from automode.shell.parse import Command

#: (program, words of the subcommand) whose first operand after those words names the binding or assignment created,
#: not what it grants: the role, the subject and the place are options of their own.
BINDING_CREATES: frozenset[tuple[str, ...]] = frozenset({
    ("kubectl", "create", "rolebinding"), ("kubectl", "create", "clusterrolebinding"),
    ("oc", "create", "rolebinding"), ("oc", "create", "clusterrolebinding"),
    # a role made for a grant (`create role secret-reader --verb=get --resource=secrets`): its verbs and resources
    ("kubectl", "create", "role"), ("kubectl", "create", "clusterrole"), ("oc", "create", "role"),
    ("oc", "create", "clusterrole"),
})  # fmt: skip
#: (program, words of the subcommand) -> the options whose values are `revision=share` pairs (a traffic split), and
#: the flags that send every request to one revision (a share of 100).
TRAFFIC: dict[tuple[str, ...], tuple[frozenset[str], frozenset[str]]] = {
    ("gcloud", "run", "services", "update-traffic"): (frozenset({"--to-revisions", "--to-tags"}), frozenset({"--to-latest"})),
    ("gcloud", "beta", "run", "services", "update-traffic"): (frozenset({"--to-revisions", "--to-tags"}),
                                                               frozenset({"--to-latest"})),
    ("gcloud", "app", "services", "set-traffic"): (frozenset({"--splits"}), frozenset()),
    ("az", "webapp", "traffic-routing", "set"): (frozenset({"--distribution", "-d"}), frozenset()),
    ("az", "functionapp", "traffic-routing", "set"): (frozenset({"--distribution", "-d"}), frozenset()),
    ("az", "containerapp", "ingress", "traffic", "set"): (frozenset({"--revision-weight", "--label-weight"}), frozenset()),
    ("aws", "lambda", "update-alias"): (frozenset({"--routing-config", "--function-version"}), frozenset()),
    ("aws", "lambda", "create-alias"): (frozenset({"--routing-config", "--function-version"}), frozenset()),
}
#: (program, words of the subcommand) -> the options whose `key=value` values are a workflow dispatch's inputs.
INPUTS: dict[tuple[str, ...], frozenset[str]] = {
    ("gh", "workflow", "run"): frozenset({"-f", "-F", "--field", "--raw-field"}),
    ("glab", "ci", "run"): frozenset({"--variables", "--variables-env", "-V"}),
    ("glab", "pipeline", "run"): frozenset({"--variables", "--variables-env", "-V"}),
    ("az", "pipelines", "run"): frozenset({"--parameters", "--variables"}),
    ("gcloud", "builds", "triggers", "run"): frozenset({"--substitutions"}),
    # a playbook's extra variables (`-e 'nginx_tls_verify=false'`): what the run is told, like a dispatch's inputs
    ("ansible-playbook",): frozenset({"-e", "--extra-vars"}),
}
#: Options whose value is the group a resource lives in, per program (`az webapp … --resource-group rg-shop`): where
#: the act lands, compared by the environment checks, not a value the user must name (`--scope`, which a grant
#: reaches over, is one).
CONTAINER_OPTIONS: dict[str, frozenset[str]] = {"az": frozenset({"--resource-group", "-g"})}
#: Workflow dispatches whose first operand is the workflow run (named by its file, or its stem beside "workflow").
DISPATCHES: frozenset[tuple[str, ...]] = frozenset({("gh", "workflow", "run"), ("gh", "workflow", "enable"),
                                                    ("gh", "workflow", "disable")})
_SKIPPED: dict[str, frozenset[str]] = {}
for _shape_, (_pairs, _whole) in TRAFFIC.items():
    _SKIPPED[_shape_[0]] = _SKIPPED.get(_shape_[0], frozenset()) | _pairs
for _shape_, _opts in INPUTS.items():
    _SKIPPED[_shape_[0]] = _SKIPPED.get(_shape_[0], frozenset()) | _opts
for _prog, _opts in CONTAINER_OPTIONS.items():
    _SKIPPED[_prog] = _SKIPPED.get(_prog, frozenset()) | _opts
#: OpenShift's role grants: `oc adm policy add-role-to-user ROLE USER…`, the role first, then whom it is given to.
OC_GRANTS: frozenset[tuple[str, ...]] = frozenset(
    (prog, *pre, f"{act}-{kind}-{to}-{who}")
    for prog in ("oc",) for pre in (("adm", "policy"), ("policy",)) for act, to in (("add", "to"), ("remove", "from"))
    for kind in ("role", "cluster-role", "scc") for who in ("user", "group"))
#: Commands whose operand at that index after their words is a message to the package's users, not a value
#: (`npm deprecate pkg@<2 "use 2.x"`).
MESSAGES: dict[tuple[str, ...], int] = {("npm", "deprecate"): 1, ("pnpm", "deprecate"): 1, ("yarn", "npm", "deprecate"): 1}
#: Options of the programs above that take a value (so that their values are no operands).
_VALUED = frozenset({"--context", "-n", "--namespace", "--kubeconfig", "--cluster", "-s", "--server", "--region",
                     "--project", "--platform", "--ref", "-r", "--repo", "-R", "--resource-group", "-g", "--name",
                     "--profile", "--function-name", "--slot", "--subscription", "--service", "--revision-weight",
                     "--label-weight", "--to-revisions", "--to-tags", "--splits", "--distribution", "-d",
                     "--routing-config", "--function-version", "-f", "-F", "--field", "--raw-field", "--variables",
                     "-V", "-e", "--extra-vars", "--variables-env", "--variables-file", "-b", "--branch", "--parameters", "--substitutions", "--clusterrole", "--role", "--serviceaccount", "--user",
                     "--group", "--output", "-o"})  # fmt: skip
#: Input values that only switch something on or off: compared as the words they are, not required.
_SWITCHES = frozenset({"true", "false", "yes", "no", "on", "off", "0", "1"})
_WEIGHT = lazyre.compile(r"""["']?([\w.$:-]+?)["']?\s*[=:]\s*([0-9]*\.?[0-9]+)""")

#: Fixtures: (command, operands no value, extra values as "kind:value").
FIXTURES: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("kubectl --context eks-stg create rolebinding ci-view --clusterrole=view --serviceaccount=ci:deployer -n checkout",
     ("ci-view",), ("principal:ci:deployer",)),
    ("oc create clusterrolebinding ops-read --clusterrole=view --group=ops", ("ops-read",), ("principal:ops",)),
    ("kubectl delete rolebinding ci-view -n checkout", (), ()),
    ("gcloud run services update-traffic invoice-ocr --to-revisions=invoice-ocr-00042-kav=10 --region=asia-south1",
     ("invoice-ocr", "invoice-ocr-00042-kav=10"), ("revision:invoice-ocr-00042-kav", "share:10")),
    ("gcloud run services update-traffic api --to-latest", ("api",), ("share:100",)),
    ("gcloud app services set-traffic default --splits v1=0.9,v2=0.1", ("default", "v1=0.9,v2=0.1"), ("revision:v1", "share:90",
                                                                                      "revision:v2", "share:10")),
    ("az webapp traffic-routing set --distribution staging=20 --name shop-web --resource-group rg-shop",
     ("rg-shop", "staging=20"),
     ("revision:staging", "share:20")),
    ("aws lambda update-alias --function-name f --name live --function-version 7 "
     "--routing-config AdditionalVersionWeights={8=0.05}", ("7", "AdditionalVersionWeights={8=0.05}"),
     ("revision:7", "revision:8", "share:5")),
    ("oc adm policy add-role-to-user view ana -n payments", ("ana", "view"), ("role:view", "principal:ana")),
    ("gh workflow run deploy.yml --ref main -f environment=staging -f dry_run=false",
     ("deploy.yml", "dry_run=false", "environment=staging"),
     ("workflow:deploy.yml", "input:staging", "switch:dry_run=false")),
)


def skipped_options(program: str) -> frozenset[str]:
    """Options of `program` whose values are no values as written: where the thing lives (`CONTAINER_OPTIONS`), and
    what `extra_values` reads itself (a split's `rev=share` pairs, a dispatch's `key=value` inputs)."""
    return _SKIPPED.get(program, frozenset())


def _plain(cmd: Command) -> tuple[list[str], dict[str, list[str]]]:
    """`cmd`'s operands (program first) and option values, for the command shapes above."""
    plain: list[str] = []
    opts: dict[str, list[str]] = {}
    words = [w.value for w in cmd.argv]
    i = 0
    while i < len(words):
        v = words[i]
        if v.startswith("-") and len(v) > 1:
            name, eq, val = v.partition("=")
            if eq:
                opts.setdefault(name, []).append(val)
            elif name in _VALUED and i + 1 < len(words):
                opts.setdefault(name, []).append(words[i + 1])
                i += 1
                # `--distribution staging=20 other=5`: more `k=v` values follow
                while name in ("--distribution", "-d", "--revision-weight", "--label-weight") and i + 1 < len(words) \
                        and "=" in words[i + 1] and not words[i + 1].startswith("-"):
                    opts[name].append(words[i + 1])
                    i += 1
            else:
                opts.setdefault(name, []).append("")
        else:
            plain.append(v)
        i += 1
    if plain:
        plain[0] = plain[0].rsplit("/", 1)[-1]
    return plain, opts


def _shape(plain: list[str], table: Iterable[tuple[str, ...]]) -> tuple[str, ...]:
    for shape in table:
        if tuple(plain[:len(shape)]) == shape:
            return shape
    return ()


@per_command
def unvalued(cmd: Command) -> frozenset[str]:
    """Operands of `cmd` that are no value of its trust act: a created binding's own name, a split's service."""
    if not cmd.argv or cmd.argv[0].value.rsplit("/", 1)[-1] not in ("kubectl", "oc", "gcloud", "az", "aws", "gh", "glab",
                                                                       "npm", "pnpm", "yarn"):
        return frozenset()
    plain, opts = _plain(cmd)
    shape = _shape(plain, frozenset(MESSAGES))
    if shape and len(plain) > len(shape) + MESSAGES[shape]:
        return frozenset({plain[len(shape) + MESSAGES[shape]]})
    # what `extra_values` reads (a split's pairs, a dispatch's inputs), where a table took it for an operand
    read = {v for o in _SKIPPED.get(plain[0] if plain else "", ()) for v in opts.get(o, []) if v}
    shape = _shape(plain, OC_GRANTS)
    if shape:
        return frozenset(plain[len(shape):])  # the role and the accounts: read as such by `extra_values`
    for table in (BINDING_CREATES, TRAFFIC, DISPATCHES):
        shape = _shape(plain, table)
        if shape and len(plain) > len(shape):
            return frozenset({plain[len(shape)], *read})
    return frozenset(read)


def extra_values(cmd: Command) -> list[tuple[str, str]]:
    """(kind, value) of a traffic split's revisions and shares, and of a dispatch's inputs: "revision", "share" (a
    percent, "10"), "input"."""
    if not cmd.argv or cmd.argv[0].value.rsplit("/", 1)[-1] not in ("gcloud", "az", "aws", "gh", "glab", "oc", "kubectl",
                                                                       "ansible-playbook", "npm", "pnpm", "yarn"):
        return []
    plain, opts = _plain(cmd)
    out: list[tuple[str, str]] = []
    shape = _shape(plain, BINDING_CREATES)
    if shape:  # whom a binding is for (`--serviceaccount=ci:reader`, `--group`, `--user`), each one
        return [("principal", v) for o in ("--serviceaccount", "--group", "--user") for v in opts.get(o, []) if v]
    shape = _shape(plain, frozenset(MESSAGES))
    if shape and len(plain) > len(shape):  # `npm deprecate pkg@<2.0.0`: the versions it marks
        spec = plain[len(shape)]
        return [("version", spec.rsplit("@", 1)[1])] if "@" in spec[1:] else []
    shape = _shape(plain, OC_GRANTS)
    if shape and len(plain) > len(shape) + 1:
        return [("role", plain[len(shape)]), *(("principal", u) for u in plain[len(shape) + 1:])]
    shape = _shape(plain, TRAFFIC)
    if shape:
        pairs, whole = TRAFFIC[shape]
        if any(f in opts for f in whole):
            out.append(("share", "100"))
        for o in sorted(pairs):
            for val in opts.get(o, []):
                if o == "--function-version":
                    out.append(("revision", val))
                    continue
                for m in _WEIGHT.finditer(val.replace("AdditionalVersionWeights", "")):
                    rev, w = m.group(1), float(m.group(2))
                    share = w * 100 if "." in m.group(2) and w <= 1 else w
                    out += [("revision", rev), ("share", f"{share:g}")]
        return out
    shape = _shape(plain, DISPATCHES)
    if shape and len(plain) > len(shape):
        out.append(("workflow", plain[len(shape)]))
    shape = _shape(plain, INPUTS)
    if shape:
        for o in sorted(INPUTS[shape]):
            for val in opts.get(o, []):
                if val.startswith("@") or val.lstrip().startswith("{"):
                    continue  # a file of variables, or JSON: read where it is written
                for part in re.split(r"[,\s]+", val):
                    k, eq, v = part.partition("=") if "=" in part else part.partition(":")  # (glab: `KEY:value`)
                    v = v.strip("'\"")
                    if eq and v and v.lower() not in _SWITCHES:
                        out.append(("input", v))
                    elif eq and v:
                        out.append(("switch", f"{k.strip(chr(39) + chr(34))}={v}"))  # `skip_tests=true`: its key said
    return out


#: Words that name a revision by what it is: the one just deployed.
NEW_REVISION = frozenset({"new", "newest", "latest", "last", "naye", "naya", "nayi", "neue", "neuen", "neueste",
                          "nueva", "nuevo", "nouvelle", "nouveau", "nova", "novo", "nuova", "nuovo", "nowa", "nowej",
                          "nieuwe", "nya", "nye", "yeni", "mới", "moi", "новая", "новую", "новой", "нову", "нової",
                          "新", "最新", "새", "최신", "جدید", "חדשה", "baru", "uusi"})  # fmt: skip
_PCT = lazyre.compile(r"(?<![0-9a-z.,_-])(\d{1,3}(?:[.,]\d+)?)\s*(?:%|percent\b|per\s*cent\b|procent\w*|prozent\b|por\s*ciento|"
                      r"pour\s*cent|per\s*cento|por\s*cento|процент\w*|відсот\w*|パーセント|퍼센트)", re.I)
_WORDS = lazyre.compile(r"[^\W_]+")


def said_percents(text: str) -> set[str]:
    """The shares `text` names as percents ("10%", "25 percent", "20 procent"), as "10", "25", "20"."""
    return {f"{float(m.group(1).replace(',', '.')):g}" for m in _PCT.finditer(text)}


_CAMEL_SPLIT = lazyre.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_VERSION_NUM = lazyre.compile(r"(?<![\w.])\d+(?:\.\d+)+")
#: A question in a message ("is the release workflow broken?"): it names what it asks about, not what to do.
_QUESTION = lazyre.compile(r"[^.!?\n]*\?")


def trust_said(kind: str, value: str, text: str) -> bool | None:
    """Whether `text` names a value of a kind this module reads, outside its questions; None for other kinds."""
    if kind in ("share", "revision", "input", "workflow", "switch", "version"):
        text = _QUESTION.sub(" ", text)
    if kind == "share":
        return value in said_percents(text) or (value == "100" and bool(re.search(
            r"\b(?:all|every|whole|full|entire|100)\b[^.;!?]{0,30}\btraffic\b|\ball\s+of\s+it\b", text)))
    if kind == "revision":
        low = value.lower()
        if re.search(rf"(?<![\w.-]){re.escape(low)}(?:(?![\w-])|[-\s]slot\b)", text):
            return True  # (an App Service slot: "the staging slot", "staging-slot")
        return bool(NEW_REVISION & set(_WORDS.findall(text))) and bool(re.search(
            r"revisi|revisio|ревиз|ревіз|リビジョン|修订|리비전|version|canary|rollout|traffic|tráfico|trafic|verkehr", text))
    if kind == "resource" and value.count("/") >= 2 and "://" not in value and not value.startswith("/"):
        return _api_path_said(value.lower(), text)  # `database/rotate-root/pg-ledger`: its name and its act said
    if kind == "workflow":
        low = value.lower()
        stem = re.sub(r"\.ya?ml$", "", low.rsplit("/", 1)[-1])
        return low in text or (len(stem) >= 3 and re.search(
            rf"(?<![\w.]){re.escape(stem)}(?:[-\s]+\w+)?[-\s]+(?:workflow|pipeline|action|wf)|"
            rf"\b(?:workflow|pipeline|wf)\w*[-\s]+(?:\S+[-\s]+)?{re.escape(stem)}(?![\w.-])", text) is not None)
        # ("the release workflow", "workflow-ul release", "workflow release": the noun before the name)
    if kind == "switch":
        key, _, _v = value.lower().partition("=")
        words = [w for w in re.split(r"[_\W]+", _CAMEL_SPLIT.sub("_", key)) if len(w) >= 3]
        said = set(_WORDS.findall(text))
        return value.lower() in text or (bool(words) and all(w in said or w.rstrip("s") in said for w in words))
    if kind == "version":
        nums = set(_VERSION_NUM.findall(value))
        return bool(nums) and nums <= set(_VERSION_NUM.findall(text))
    if kind == "input":
        low = value.lower()
        return re.search(rf"(?<![\w.-]){re.escape(low)}(?![\w-])", text) is not None or (
            low in ("production", "prod", "staging", "stg", "dev", "development") and _env_said(low, text))
    return None


#: Segments of a secrets engine's API path that name its kind or mount, not which thing (`database/`, `kv/data/`).
_ENGINE_WORDS = frozenset({"database", "secret", "secrets", "kv", "data", "metadata", "sys", "transit", "pki", "auth",
                           "aws", "gcp", "azure", "ssh", "creds", "config", "roles", "role", "static-roles", "keys",
                           "key", "rotate", "root", "rotate-root", "rotate-role", "issue", "sign"})


def _api_path_said(value: str, text: str) -> bool | None:
    """A secrets engine's path (`database/rotate-root/pg-ledger`) is named by its last part, with each other part a
    word the user said or a word of the engine; None when its last part is not said (the generic reading decides)."""
    parts = [p for p in value.split("/") if p]
    if len(parts) < 3 or len(parts[-1]) < 3 or any(ch in parts[0] for ch in ".:@"):
        return None  # (a registry's image `ghcr.io/acme/shop:1.4` is named as any name is)
    if re.search(rf"(?<![\w.-]){re.escape(parts[-1])}(?![\w-])", text) is None:
        return None
    said = set(_WORDS.findall(text))
    if all(p in _ENGINE_WORDS or all(w in said or w in _ENGINE_WORDS for w in re.split(r"[-_]", p) if w)
           for p in parts[:-1]):
        return True
    return None


def trust_other(kind: str, value: str, text: str) -> str:
    """Another value of the same kind the user named in its place ("25%" for a share of 100, "staging" for a dispatch
    input `environment=production`), "" when none."""
    if kind == "share":
        said = said_percents(text)
        return f"{sorted(said)[0]}%" if said and value not in said else ""
    if kind == "version":
        said_v = _VERSION_NUM.findall(text)
        return said_v[0] if said_v and not set(_VERSION_NUM.findall(value)) <= set(said_v) else ""
    return ""  # (an input that names an environment is compared where every environment is: `scope.beyond`)


def env_word(value: str) -> bool:
    """`value` names an environment (`production`, `stg`): compared by the environment checks, not as a value."""
    from automode.knowledge.envmarkers import MARKERS

    return value.lower() in MARKERS


#: Accounts that stand for everyone (GCP `allUsers`, `allAuthenticatedUsers`, a `*` principal): named by "public",
#: "everyone", "anyone".
_EVERYONE = frozenset({"allusers", "allauthenticatedusers", "*", "everyone", "public", "anonymous"})
_EVERYONE_WORDS = lazyre.compile(r"\b(?:public(?:ly)?|everyone|everybody|anyone|anybody|the\s+world|all\s+users|"
                                 r"unauthenticated|anonymous(?:ly)?)\b")


def everyone_said(principal: str, text: str) -> bool:
    """A principal that stands for everyone, said as such ("make it readable by everyone" for `allUsers`)."""
    return principal.lower() in _EVERYONE and _EVERYONE_WORDS.search(text) is not None


def _env_said(env: str, text: str) -> bool:
    """A word of the environment `env` names is in `text` ("staging" for the input `stg`)."""
    from automode.knowledge.envmarkers import MARKERS

    mine = MARKERS.get(env)
    return mine is not None and any(e == mine and re.search(rf"\b{re.escape(w)}\b", text) for w, e in MARKERS.items())


#: Case endings a first name takes in the languages that decline names (Polish "Olkowi", Czech "Petrovi", Slovak,
#: Croatian, Lithuanian, Latvian, Finnish "Olekille", Turkish "Olek'e"), longest first.
_NAME_ENDINGS = ("owie", "owi", "ovi", "iem", "ille", "ilta", "ile", "em", "om", "ie", "ui", "ei", "'e", "'a", "'ya",
                 "'ye", "u", "a", "y", "i", "e", "ą", "ę")


def person_said(local: str, text: str) -> bool:
    """An account's local part that is a first name (`olek@fjordsoft.example`), said in `text` as that name, declined
    or not ("daj olkowi Reader": Olek, its fleeting e dropped)."""
    if "@" in text:
        return False  # the user wrote addresses: an account is named by its own, not by a first name
    name = re.split(r"[._+-]", local.lower(), maxsplit=1)[0]
    if len(name) < 3 or not name.isalpha():
        return False
    forms = {name}
    if len(name) >= 4 and name[-2] == "e":
        forms.add(name[:-2] + name[-1])  # Olek -> Olk-, Marek -> Mark-, Pawel -> Pawl-
    for w in re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", text.lower()):
        if w in forms:
            return True
        for end in _NAME_ENDINGS:
            if w.endswith(end) and w[: -len(end)] in forms:
                return True
    return False


def account_said(principal: str, text: str) -> bool:
    """A cluster's service account `namespace:name` said by its words ("the ci deployer SA", "ci:deployer")."""
    if "@" in principal or principal.count(":") != 1:
        return False
    ns, name = principal.lower().split(":")
    if len(name) < 2 or not re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
        return False
    ns_said = re.search(rf"(?<![\w-]){re.escape(ns)}(?![\w-])", text) is not None
    sa_said = re.search(r"\b(?:sa|service\s*account|serviceaccount)\b", text) is not None
    return (ns_said and sa_said) if len(name) < 3 else (ns_said or sa_said)  # ("the ci service account in build")


def role_spelt(role: str, text: str) -> bool:
    """`text` (lower case) spells the role as written, or a policy or role path by its own last name
    (`arn:aws:iam::aws:policy/ReadOnlyAccess` said as "ReadOnlyAccess", `roles/bigquery.dataViewer` as its whole)."""
    low = role.lower().strip("'\"")
    if low in text:
        return True
    name = re.split(r"[/:]", low)[-1]
    return len(name) >= 6 and re.search(rf"(?<![\w.-]){re.escape(name)}(?![\w-])", text) is not None


_ROLE_PATH = lazyre.compile(r"\b(?:roles/[\w.-]+|projects/[\w-]+/roles/[\w.-]+|organizations/\d+/roles/[\w.-]+|"
                            r"arn:aws[\w-]*:iam::[\w-]*:policy/[\w+=,.@/-]+)", re.I)


_POLICY_NAME = lazyre.compile(r"\b(?:amazon|aws|administrator|readonly|poweruser|securityaudit|viewonly|iam)[a-z0-9]*"
                              r"(?:access|policy|poweruser|audit|role)\b")


def other_role_path(role: str, text: str) -> str:
    """A role spelled as a path in `text` (`roles/storage.objectViewer`, an ARN) that is not `role`: the user named
    another role in its place; "" when they spelled none, or this one."""
    low = role.lower().strip("'\"")
    said = [m.group(0).lower() for m in _ROLE_PATH.finditer(text)]
    if said:
        return next((r for r in said if r != low), "") if low not in said else ""
    if ":policy/" in low:  # an AWS managed policy said by its own name ("AmazonS3ReadOnlyAccess"), and another one
        name = low.rsplit("/", 1)[-1]
        return next((w for w in _POLICY_NAME.findall(text) if w != name), "") if name not in text else ""
    return ""


def named_places(cmd: Command) -> tuple[str, ...]:
    """The values of `cmd`'s options that say where it acts AND name the thing it acts on (`--secret-id`, `--name`,
    `--bucket`): not mere places, unlike `--profile` or `--region`."""
    from automode.knowledge.control import parse, resolve

    r = resolve(cmd)
    if r is None:
        return ()
    tool, _program, words = r
    both = tool.env_options & tool.resource_options
    if not both:
        return ()
    p = parse(tool, words)
    return tuple(v for o in both for v in p.options.get(o, []) if v)


#: Keys of a tool call whose items are who is paged, notified or given the thing (Opsgenie `responders`,
#: `visibleTo`, PagerDuty `escalation_policy`, `assignments`), each item a mapping that names one by these keys.
RECIPIENT_PARENTS = frozenset({"responders", "responder", "visibleto", "visible_to", "teams", "team", "notify",
                               "escalation_policy", "escalationpolicy", "assignments", "assignees", "recipients",
                               "on_call", "oncall", "subscribers"})
_ITEM_NAMES = ("name", "username", "email", "login", "summary")


def nested_recipients(inp: object, depth: int = 0) -> list[str]:
    """The names of the teams and people a tool call's items address (`{"responders": [{"name": "payments-oncall",
    "type": "team"}]}`): each is a recipient the user must have named."""
    out: list[str] = []
    if depth > 4 or not isinstance(inp, dict):
        return out
    for k, v in list(inp.items())[:100]:
        if str(k).lower() in RECIPIENT_PARENTS:
            items = v if isinstance(v, list) else [v]
            for item in items[:50]:
                if isinstance(item, dict):
                    name = next((item[n] for n in _ITEM_NAMES if isinstance(item.get(n), str) and item[n]), None)
                    if name is not None:
                        out.append(name)
        elif isinstance(v, dict):
            out += nested_recipients(v, depth + 1)
    return out
