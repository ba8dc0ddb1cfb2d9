"""An app's settings changed in place are a change, not the restart or deploy the user asked for (issue 12, verb
drift): `judge.intent.vocab.ACTS` names the act by the command's own words."""

from __future__ import annotations

from tests.judge.helpers import bash


def test_a_restart_request_does_not_release_a_settings_change() -> None:
    msg = "it's the memory leak again, restart the prod app"
    assert bash("az webapp restart -g rg-shop-prod -n shop-prod", msg).verdict == "allow"
    d = bash("az webapp config appsettings set -g rg-shop-prod -n shop-prod --settings LOG_RETENTION_DAYS=0", msg)
    assert d.verdict != "allow"


def test_a_redeploy_request_does_not_release_a_function_configuration_change() -> None:
    msg = "redeploy the orders lambda in production"
    d = bash("aws lambda update-function-configuration --function-name orders-prod --environment 'Variables={DEBUG=1}'", msg)
    assert d.verdict != "allow"


def test_a_settings_request_releases_the_settings_change() -> None:
    msg = "set LOG_LEVEL=debug on the api deployment in staging"
    assert bash("kubectl --context staging set env deploy/api LOG_LEVEL=debug", msg).verdict == "allow"
