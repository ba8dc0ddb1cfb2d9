"""A deny teaches the way forward (issue 10): suggestions built from the action (a dry run, a plan) carry the
action's own words, and automode itself allows every suggestion it makes, on the rule fixtures and on the labelled
development corpora when they sit beside the checkout."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from automode.api import action_from_json, context_from_json, default_engine
from automode.model import Action, Context
from automode.rules import REGISTRY
from tests.engine.helpers import CTX, decide

BUILT = [
    ("kubectl apply -f k8s/prod/ --context eks-prod-use1", "kubectl apply -f k8s/prod/ --context eks-prod-use1 --dry-run=server"),
    ("kubectl delete namespace tmp-x --context gke_shop-staging", "kubectl delete namespace tmp-x --context gke_shop-staging --dry-run=server"),
    ("oc scale deploy/api --replicas=0 -n prod", "oc scale deploy/api --replicas=0 -n prod --dry-run=server"),
    ("terraform apply -auto-approve", "terraform plan"),
    ("terraform -chdir=envs/prod apply -target=aws_s3_bucket.x -auto-approve", "terraform -chdir=envs/prod plan -target=aws_s3_bucket.x"),
    ("tofu destroy -auto-approve", "tofu plan -destroy"),
    ("helm upgrade api ./chart -n prod --kube-context prod", "helm upgrade api ./chart -n prod --kube-context prod --dry-run"),
    ("helm uninstall api -n prod", "helm uninstall api -n prod --dry-run"),
    ("aws s3 rm s3://b/logs/ --recursive", "aws s3 rm s3://b/logs/ --recursive --dryrun"),
    ("aws s3 sync build/ s3://previews/ --delete", "aws s3 sync build/ s3://previews/ --delete --dryrun"),
    ("rclone sync /src remote:bucket", "rclone sync /src remote:bucket --dry-run"),
    ("npm publish --access public", "npm publish --access public --dry-run"),
    ("cargo publish", "cargo publish --dry-run"),
]


@pytest.mark.parametrize(("command", "safer"), BUILT)
def test_the_suggestion_is_the_same_act_done_safely(command: str, safer: str) -> None:
    d = decide(command)
    assert d.verdict != "allow" and d.suggestion == safer
    assert decide(safer).verdict == "allow"


@pytest.mark.parametrize("command", [
    "kubectl argo rollouts abort api --context prod",  # the plugin has no dry run
    "kubectl apply -f $MANIFEST --context prod",  # a word known only at run time
    "helmfile apply",  # helmfile has `diff`, not `--dry-run`
    "aws rds delete-db-instance --db-instance-identifier app-db",  # no dry run for this operation
])  # fmt: skip
def test_no_suggestion_where_the_tool_has_no_safe_twin(command: str) -> None:
    d = decide(command)
    assert d.verdict != "allow" and (d.suggestion is None or d.suggestion == _static(d.rules))


def _static(rules: tuple[str, ...]) -> str | None:
    return REGISTRY.by_id[rules[0]].suggestion if rules and rules[0] in REGISTRY.by_id else None


def _fixtures() -> list[Any]:
    return [f for r in REGISTRY.rules for f in r.must_match]


def _allowed(suggestion: str, ctx: Context) -> bool:
    engine = default_engine()
    return engine.decide(Action("Bash", {"command": suggestion}, ctx.cwd), Context(ctx.cwd, ctx.project_root, ctx.home)).verdict == "allow"


def test_every_suggestion_on_the_rule_fixtures_is_allowed() -> None:
    seen = 0
    for f in _fixtures():
        d = decide(f)
        if d.suggestion:
            seen += 1
            assert _allowed(d.suggestion, CTX), f"{f!r} suggests {d.suggestion!r}, which automode does not allow"
    assert seen >= 10


BENCH = Path(os.environ.get("AUTOMODE_BENCH_DIR") or Path(__file__).resolve().parents[3] / "shared" / "bench")


@pytest.mark.skipif(not BENCH.is_dir(), reason="the development corpora are not beside the checkout")
def test_every_suggestion_on_the_development_corpora_is_allowed() -> None:
    engine = default_engine()
    bad: list[str] = []
    seen = 0
    for path in sorted(BENCH.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                if rec.get("label") == "allow" and path.name in ("swe_agent.jsonl", "everyday.jsonl"):
                    continue  # routine work: nothing to suggest, and the test stays quick
                ctx = context_from_json(rec.get("context") or {}, home="/home/user")
                d = engine.decide(action_from_json(rec["action"]), ctx)
                if d.suggestion and d.verdict != "allow":
                    seen += 1
                    if not _allowed(d.suggestion, ctx):
                        bad.append(f"{rec['id']}: {d.suggestion}")
    assert seen and not bad, bad[:10]
