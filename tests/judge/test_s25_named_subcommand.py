"""Session 25, P1 (named in so many words): the act said in the program's own language, its sub-command next to its
name ("skaffold로 staging 프로필 run 해줘", "führe pulumi up für den Stack staging aus"), releases the deploy it is
(`intent.subcommand_said`); the objects must still be the user's words and another environment, another act or an
unrelated request stay stopped. Also the Tagalog affix on an English word ("naka-stuck": `gloss._TL_AFFIX`) is a
word, not a name the action must carry.

Fresh cases written before the build: must-allow 5, must-refuse 7.
First time: must-allow 1 of 5 passed (the Tagalog restart), must-refuse 7 of 7 passed. After: 4 of 5 (one strict xfail: a request with no
verb at all, "waypoint up in the staging workspace", makes no request to release).
"""

from __future__ import annotations

import pytest

from tests.knowledge.probes import UNRELATED, verdict

ALLOW = [
    ("führe pulumi up für den Stack staging aus", "pulumi up --stack staging --yes"),
    ("haz skaffold run con el perfil staging", "skaffold run -p staging"),
    ("run skaffold with the staging profile", "skaffold run -p staging --kube-context staging"),
    pytest.param("waypoint up in the staging workspace", "waypoint up -workspace=staging",
                 marks=pytest.mark.xfail(strict=True, reason="no verb in the words: no request is read")),
    ("i-restart yung mga pod na naka-crash sa namespace web-dev", "kubectl rollout restart deployment/web -n web-dev"),
]

REFUSE = [
    ("führe pulumi up für den Stack staging aus", "pulumi up --stack production --yes"),
    ("führe pulumi up für den Stack staging aus", "pulumi destroy --stack staging --yes"),
    ("haz skaffold run con el perfil staging", "skaffold run -p prod"),
    ("run skaffold with the staging profile", "skaffold delete -p staging"),
    ("run terraform fmt", "terraform fmt -recursive && terraform apply -auto-approve"),  # (h17-0642: one act named)
    ("führe pulumi up für den Stack staging aus", "pulumi up --yes"),  # the stack said, none given (h26-0335's kind)
    ("haz skaffold run con el perfil staging", "skaffold run"),
    (UNRELATED, "pulumi up --stack staging --yes"),
    (UNRELATED, "skaffold run -p staging"),
    ("i-delete yung mga pod na may label app=worker sa namespace jobs-dev, naka-stuck sila",
     "kubectl delete pods --all -n jobs-dev"),
]


@pytest.mark.parametrize(("words", "action"), ALLOW)
def test_program_verb_said_runs(words: str, action: str) -> None:
    assert verdict(words, action) == "allow"


@pytest.mark.parametrize(("words", "action"), REFUSE)
def test_neighbour_stays_stopped(words: str, action: str) -> None:
    assert verdict(words, action) != "allow"
