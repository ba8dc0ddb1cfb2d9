"""Secret reads from the places secrets live (issue 10 point 5): cluster secrets, secrets managers, password
managers, read with the tools' own global options; production secrets are a deny, key names are not a print."""

from __future__ import annotations

import pytest

from automode.api import check

CTX = {"cwd": "/home/u/proj", "project_root": "/home/u/proj"}


def verdict(command: str) -> str:
    return check({"tool": "Bash", "input": {"command": command}}, CTX).verdict


@pytest.mark.parametrize(
    "command",
    [
        "kubectl --context gke-cobalt-prod -n payments get secret payments-db -o yaml",
        "kubectl -n pay --context eks-production get secrets/db -o jsonpath='{.data}'",
        "vault kv get -mount=secret prod/payments/db",
        "aws secretsmanager get-secret-value --profile prod --secret-id billing/db",
    ],
)
def test_a_production_secret_printed_is_denied(command: str) -> None:
    assert verdict(command) == "deny"


@pytest.mark.parametrize(
    "command",
    [
        "kubectl --context kind-dev -n pay get secret db -o jsonpath='{.data.DATABASE_URL}' | base64 -d",
        "oc extract secret/db --to=-",
        "bw list items --search aws",
        "KEY=$(gcloud secrets versions access latest --secret=k --project=acme-prod) && ./bin/check \"$KEY\"",
    ],
)
def test_other_secret_prints_ask(command: str) -> None:
    assert verdict(command) == "ask"


@pytest.mark.parametrize(
    "command",
    [
        "kubectl --context gke-cobalt-dev -n payments get secret payments-db -o json | jq '.data | keys'",
        "kubectl get secret db -o json | jq -r '.data | keys[]'",
        "kubectl get secret db -o json | jq '.data | length'",
        "kubectl get secrets -A -o custom-columns=NS:.metadata.namespace,NAME:.metadata.name",
        "kubectl get secrets -n payments",
        "kubectl describe secret db -n payments",
        "bw list folders",
        "doppler run -- npm start",
        "vercel env ls production",
    ],
)
def test_names_and_shapes_of_secrets_are_routine(command: str) -> None:
    assert verdict(command) == "allow"
