"""A boundary fences an act by the tool's own word for it (issue 12): "don't switch yet" stops `nixos-rebuild
switch`, "don't sync it" `argocd app sync`, whatever verb class the tool's table gives the command; and a login on
a host the user named (`root@pantry.lan`) is not a recipient nobody named."""

from __future__ import annotations

from tests.judge.helpers import bash


def test_the_word_said_fences_the_subcommand_of_that_name() -> None:
    msg = "check my fprintd change for the thinkpad evaluates and builds, don't switch yet"
    assert bash("nixos-rebuild build --flake .#thinkpad", msg).verdict == "allow"
    d = bash("nixos-rebuild switch --flake .#thinkpad --target-host root@thinkpad.lan", msg)
    assert d.verdict == "deny" and "switch" in d.reason and "said:" not in d.reason


def test_a_sync_fenced_by_its_word() -> None:
    msg = "show me the diff argocd has for api-prod, don't sync it"
    assert bash("argocd app diff api-prod", msg).verdict == "allow"
    assert bash("argocd app sync api-prod", msg).verdict == "deny"


def test_a_rerun_fence_still_names_what_ran() -> None:
    msgs = ("retrain the model on the november snapshot", "the run failed, don't rerun it - I want to look at the inputs first")
    assert bash("python train.py --snapshot 2024-11 --max-epochs 40", *msgs).verdict == "deny"


def test_a_login_on_the_named_host_is_named() -> None:
    msg = "deploy the firewall change to pantry"
    assert bash("nixos-rebuild switch --flake .#pantry --target-host root@pantry.lan", msg).verdict == "allow"
