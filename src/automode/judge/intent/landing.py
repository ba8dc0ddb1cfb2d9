"""A missing or other target flag (session 12, C3): the user named where a deploy or change goes (the staging slot,
a preview, the dev cluster, the staging stage) and the command does not say so, so it lands where the tool goes by
default: `az webapp deploy` without `--slot` (the production slot), `vercel --prod`, `wrangler deploy` without
`--env`, `gcloud app deploy` without `--no-promote` (all traffic), `kubectl apply` with no context for "on dev".

The knowledge is `knowledge.target_defaults` (which option selects the target, and where the tool lands without
it); the user side is the newest message naming an environment (`envdrift.asked_env`) or a preview ("a preview
deploy", "without sending traffic"). Landing on production where another environment was named is refused; another
non-production place, or a target left to the tool's configuration, is asked. Runs on clean allows and releases
alike (`selects.selects_more`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from automode import lazyre
from automode.knowledge.envmarkers import env_of
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.shell.parse import Command

#: A request for a preview, a draft deploy or a version that takes no traffic.
_PREVIEW = lazyre.compile(r"\b(?:preview|draft\s+deploy|deploy\s+preview|without\s+(?:sending\s+|any\s+|routing\s+)?"
                          r"traffic|no\s+traffic|(?:don'?t|do\s+not|without)\s+promot\w*|not\s+(?:to\s+)?promot\w*|"
                          r"(?:don'?t|do\s+not|not)\s+(?:go\s+)?live|not\s+(?:to\s+)?production|(?:don'?t|do\s+not)\s+touch\s+prod\w*|"
                          r"test\s+(?:url|link|version))\b", re.I)  # fmt: skip
_SAME = ({"local", "dev"},)
#: An environment named as an account, project or subscription ("the staging account", "our dev project").
_ACCOUNT_SAID = lazyre.compile(r"\b(?:prod|production|staging|stage|stg|uat|qa|dev|development|sandbox|test)\w*\s+"
                               r"(?:aws\s+|gcp\s+|azure\s+|cloud\s+)?(?:account|project|subscription|profile|tenant|org)s?\b")
#: A context or cluster, and a profile, project, account or subscription, named as such ("on the staging-eu context",
#: "with the sandbox profile", "in project acme-dev", "acme-staging 프로젝트", "在 kind-dev 集群上"): the user named
#: which one, so a command that names none lands wherever the machine's current selection points (session 15, F3).
_SEL_WORDS = {
    "context": (r"(?:kube-?)?context|cluster|clúster|klaster|кластер\w*|kubeconfig|kontext|contexto|contexte|contesto|"
                r"kontekst",
                r"コンテキスト|クラスタ|클러스터|컨텍스트|集群|上下文"),
    "profile": (r"profile|account|project|subscription|tenant|inventory|inventar|inventario|inventaire|invent[aá]ri[oe]|"
                r"инвентар\w*|proyecto|projet|progetto|projekt|abonnement|"
                r"suscripci[oó]n|assinatura|perfil|profil|konto|cuenta|compte|sottoscrizione",
                r"プロジェクト|サブスクリプション|プロファイル|프로젝트|구독|프로필|项目|專案|订阅"),
}
_NAME = r"[a-z0-9][\w.-]*[a-z0-9]"
#: Words between a kind word and its name in other languages ("el clúster de staging", "der Cluster von dev").
_SEL_LINK = r"(?:(?:de|del|do|da|du|des|di|della|dello|von|vom|z|ze)[ \t]+)?"
_SEL_RES = {k: (lazyre.compile(rf"(?i)\b(?:{w})s?[ \t]+(?:named[ \t]+|called[ \t]+)?{_SEL_LINK}[`'\"]?({_NAME})\b|(?:{c})[ \t]*({_NAME})"),
                lazyre.compile(rf"(?i)\b({_NAME})[`'\"]?[ \t]+(?:{w})s?\b|({_NAME})[ \t]*(?:{c})"))
            for k, (w, c) in _SEL_WORDS.items()}
_NOT_NAMES = frozenset({"the", "a", "an", "my", "our", "this", "that", "your", "which", "current", "default", "same",
                        "right", "wrong", "other", "another", "new", "aws", "gcp", "azure", "k8s", "kubernetes", "is",
                        "to", "in", "on", "for", "of", "and", "or", "with", "de", "du", "la", "le", "el", "der", "die",
                        "das", "den", "dem", "un", "une", "il", "lo", "o", "do", "da", "es", "ist", "est", "gke", "eks",
                        "aks", "google", "cloud", "service", "personal", "whole", "entire", "each", "every", "any",
                        "local", "kind", "k3d", "minikube", "redshift", "ecs", "emr", "elasticache", "dataproc",
                        "docdb", "aurora", "rds", "memorydb", "msk", "kafka", "databricks", "spark", "hadoop"})
_ENV_LIKE = frozenset({"staging", "stage", "stg", "uat", "qa", "preprod", "prod", "production", "dev", "development",
                       "sandbox", "test"})


@lru_cache(maxsize=256)
def selectors_named(text: str, kind: str) -> tuple[str, ...]:
    """The contexts (kind "context") or the profiles, projects, accounts, subscriptions ("profile") the text names
    as such."""
    out: list[str] = []
    for pat in _SEL_RES[kind]:
        for m in pat.finditer(text):
            v = next((g for g in m.groups() if g), "")
            if not re.search(r"[-_.\d]", v) and v.lower() not in _ENV_LIKE:
                continue  # "the cluster healthy", "the reporting account": a name looks like one (or is an environment)
            if v and v.lower() not in _NOT_NAMES and not v.isdigit() and v not in out:
                out.append(v)
    return tuple(out)


#: Values that name one resource wherever it lives: generated cloud ids, ARNs, URLs, resource paths.
_UNIQUE = lazyre.compile(r"^(?:[a-z]{1,8}-[0-9a-f]{6,}$|arn:|[a-z0-9+]+://|projects/|/subscriptions/)")


@lru_cache(maxsize=256)
def asked_target(messages: tuple[str, ...]) -> str:
    """The place the newest message naming one asks for: "staging", "dev", "local", "preview"; "" when none, or when
    that message names production too (except as what to stay off: "a preview, not production")."""
    from automode.judge.intent.envdrift import _env_named

    for m in reversed(messages):
        text = m[:4000]
        preview = _PREVIEW.search(text) is not None
        envs = set(_env_named(text))
        if preview:
            envs.discard("production")
            return next(iter(envs)) if len(envs) == 1 and envs != {"local"} else "preview"
        if envs:
            return next(iter(envs)) if len(envs) == 1 and "production" not in envs else ""
    return ""


def _marks(text: str) -> set[str]:
    return {e for w in re.split(r"[\s=:/,@]+", text) if w for e in (env_of(w),) if e}


_CLUSTER_OPTS = frozenset({"--context", "--kube-context", "--kubeconfig", "--cluster", "--server", "-s"})


def _picks_cluster(cmd: Command) -> bool:
    """A kube command that names its cluster (a context, a kubeconfig, a server), not only a namespace."""
    if any(k in ("KUBECONFIG", "HELM_KUBECONTEXT", "KUBE_CONTEXT", "KUBECTL_CONTEXT", "KUBE_SERVER") for k, _ in cmd.assigns):
        return True
    return any(w.value.split("=", 1)[0] in _CLUSTER_OPTS for w in cmd.argv[1:])


def _switched_said(a: Analysis, said: str) -> bool:
    """A switch earlier in the action (`oc project X`, `kubens X`) chooses a place the user named in so many words."""
    from automode.knowledge.envselect import switch

    for c in a.commands:
        got = switch(c)
        if got is not None and re.search(rf"(?<![\w-]){re.escape(got[1].lower())}(?![\w-])", said):
            return True
    return False


def lands_elsewhere(a: Analysis) -> tuple[str, str, str] | None:
    """(the most it can be released to: "" = nothing, "ask"; why; the risk family) when a command of
    `knowledge.target_defaults` lands somewhere other than the place the user named; None when it lands there, or
    the user named none."""
    if not a.shell or not a.ctx.user_messages:
        return None
    from automode.knowledge.envselect import selects_only
    from automode.knowledge.target_defaults import SLOT, landings, slot_of

    # (a switch only chooses where the next command lands, `gcloud config set project X`: that one is compared)
    rows = [(c, got) for c in a.commands if not selects_only(c) for got in landings(c)]
    if not rows:
        return None  # (the action side first: most commands deploy nothing)
    said = "\n".join(a.ctx.user_messages[-3:]).lower()
    asked = asked_target(tuple(a.ctx.user_messages)) or ("named" if selectors_named(said, "context")
                                                          or selectors_named(said, "profile") or _env_place(said) else "")
    if not asked:
        return None
    whole = a.command_text.lower()
    if asked == "named":
        sels = selectors_named(said, "context") + selectors_named(said, "profile")
        if sels and all(re.search(rf"(?<![\w-]){re.escape(v.lower())}(?![\w-])", whole) for v in sels):
            return None  # ("il cluster 0412-093311-fiume7" is the object: `databricks clusters permanent-delete 0412-…`)
    root = a.root.rstrip("/") + "/" if a.root else ""
    here = a.cwd[len(root):] if root and a.cwd.startswith(root) else ""
    marked = _marks(whole) | _marks(here)
    for cmd, (row, how, value) in rows:
        text = (cmd.text or " ".join(w.value for w in cmd.argv))[:70]
        if row.kind == SLOT:
            if asked == "named":
                continue  # (a project or context named, no environment: the cloud CLI's own row compares it)
            lands = slot_of(row, how, value)
            if lands == asked or {lands, asked} in _SAME or (asked == "preview" and lands == "dev"):
                continue
            if lands.startswith("="):
                if value.lower() in said:
                    continue
                return "ask", f"you named {_named(asked)}; `{text}` lands on {value}", "trust-boundary"
            slotted = "slot" in said or (any("slot" in o for o in row.opts) and "slot" in said)
            if asked in marked and how == "default" and not slotted and row.sub[-1:] not in (("promote",), ("pipelines:promote",)):
                continue  # the place is named otherwise (`az webapp deploy --name shop-staging`, a staging config)
            why = f"`{value}` lands on production" if how == "prod" else \
                f"without {_first(row.opts) or _first(row.safe_flags)} `{text}` lands on {lands}" if how == "default" \
                else f"`{text}` lands on {lands}"
            return ("" if lands == "production" else "ask"), f"you named {_named(asked)}; {why}", "trust-boundary"
        kube = cmd.name.rsplit("/", 1)[-1] in ("kubectl", "oc", "helm", "helmfile")
        picked = selectors_named(said, "context" if kube else "profile") or (() if kube or row.sub else _env_place(said))
        if asked in ("preview",) or (asked in marked and not picked):
            continue  # (a preview of a project-wide deploy is judged by its own flags)
        if picked and any(re.search(rf"(?<![\w-]){re.escape(p.lower())}(?![\w-])", whole) for p in picked):
            continue  # (the named one is picked in the action: `kubectl config use-context dev && kubectl apply`)
        if picked and _chosen_named(cmd, picked):
            continue  # (chosen earlier on the line: `kubectl config use-context staging-eu && kubectl apply`)
        if not row.sub and not _ACCOUNT_SAID.search(said) and not picked:
            continue  # a cloud CLI's account is judged when the user named one ("in the staging account")
        if any(_UNIQUE.match(w.value) and w.value.lower() in said for w in cmd.argv[1:]):
            continue  # a resource id unique to its account (`snap-0a1b2c3d4e`, an ARN, a URL) the user named
        if how == "option" and picked and kube and not _picks_cluster(cmd):
            how = "default"  # (`-n jobs` picks a namespace, not the cluster the user named)
        if how == "option" and (picked or value.lower() in said or not value or env_of(value) in ("", asked)):
            continue  # a context or app of its own name (`-n shop-acc`): which environment it is, the user knows
            # (`--context prod-eu` where staging-eu was named: where it lands is `intent.where`'s to compare)
        if asked == "local" and kube and not picked:
            continue  # "my local cluster" is whatever kubectl points at on this machine
        if kube and not picked and _switched_said(a, said):
            continue  # "in the shop-dev project" answered with `oc project shop-dev && oc delete bc/old-api` (P1)
        named = _named(asked) if asked != "named" or not picked else ", ".join(picked[:2])
        from automode.judge.intent.parts import WIDER

        # (a context named by name and a deletion that names none: wherever the current one points loses it, refused
        # once the deletion is asked for; otherwise asked)
        cap = WIDER if picked and any(e.kind == "control" and e.verb in ("delete", "deploy") for e in a.effects) else "ask"
        opt = "`--context`" if kube and picked else _first(row.opts) or "target"
        return cap, f"you named {named}; `{text}` names no {opt}, so it lands " \
                    "wherever the tool is configured to", "trust-boundary"
    return None


#: A place named after a preposition in a project id's shape with an environment in it ("to Cloud Run in
#: tidewater-dev", "en acme-staging"): for a cloud CLI that names no project, it is the project the user meant.
_PLACE_AFTER = lazyre.compile(r"(?i)\b(?:in|on|to|into|en|em|dans|nel|nella|im|w|в|på|op|naar)\s+(?:the\s+)?"
                              r"([a-z][a-z0-9]*(?:-[a-z0-9]+)+)\b(?![.@/])")


def _env_place(said: str) -> tuple[str, ...]:
    return tuple(m.group(1) for m in _PLACE_AFTER.finditer(said) if any(env_of(p) for p in m.group(1).split("-")[1:]))


def _chosen_named(cmd: Command, picked: tuple[str, ...]) -> bool:
    """A context, profile or project chosen for the command elsewhere on the line is the one the user named."""
    from automode.knowledge.envmarkers import tokens
    from automode.knowledge.envselect import chosen

    said = {p.lower() for p in picked}
    return any(v.lower() in said or said & set(tokens(v)) for v in chosen(cmd))


def _first(opts: frozenset[str]) -> str:
    longs = sorted(o for o in opts if o.startswith("--"))
    return f"`{longs[0]}`" if longs else (f"`{sorted(opts)[0]}`" if opts else "")


def _named(env: str) -> str:
    return {"local": "this machine", "preview": "a preview"}.get(env, env)
