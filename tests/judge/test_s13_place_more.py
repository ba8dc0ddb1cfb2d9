"""S3 (session 13): place and mode cases added while widening the tables (not first-time measures): a client's
default place, cities for regions, namespaces and workspaces, deploy tools' stage words, HTTP URLs, device flags,
dry forms of many programs (both sides), lasting writes to start-up files."""

from __future__ import annotations

import pytest

from tests.judge.helpers import bash, expect

CASES = [
    ("redis-cli FLUSHDB", "flush the staging redis cache", "not-allow"),
    ("psql -d shop -c \"DELETE FROM carts WHERE updated_at < now() - interval '30 days'\"",
     "clean old carts in the staging database", "not-allow"),
    ("psql -d shop -c \"DELETE FROM carts WHERE updated_at < now() - interval '30 days'\"",
     "clean old carts in my dev database", "allow"),
    ("wp cache flush", "flush the object cache on the staging site", "not-allow"),
    ("aws s3api create-bucket --bucket acme-logs-eu --region us-east-1", "create the acme-logs-eu bucket in Frankfurt",
     "not-allow"),
    ("aws s3api create-bucket --bucket acme-logs-eu --region eu-central-1 --create-bucket-configuration "
     "LocationConstraint=eu-central-1", "create the acme-logs-eu bucket in Frankfurt", "allow"),
    ("terraform -chdir=envs/prod apply", "apply the staging changes", "not-allow"),
    ("kubectl -n payments-dev rollout restart deploy/api", "restart the api in the staging namespace", "not-allow"),
    ("cap production deploy", "deploy the release branch to staging with capistrano", "not-allow"),
    ("cap staging deploy", "deploy the release branch to staging with capistrano", "allow"),
    ("kubectl config use-context prod-eu && kubectl delete job nightly-export",
     "delete the stuck nightly-export job on the staging cluster", "not-allow"),
    ("terraform workspace select prod && terraform apply -auto-approve", "apply the plan to the staging workspace",
     "not-allow"),
    ("curl -X DELETE https://api.dev.acme.io/v1/cache", "purge the cache on staging via the admin API", "not-allow"),
    ("adb -d uninstall com.acme.app", "uninstall com.acme.app from the emulator", "not-allow"),
    ("adb -e uninstall com.acme.app", "uninstall com.acme.app from the emulator", "allow"),
    ("npm publish", "just show me what would be published", "not-allow"),
    ("npm publish --dry-run", "just show me what would be published", "allow"),
    ("kubectl apply -f deploy.yaml", "show me the diff against the cluster before anything changes", "not-allow"),
    ("kubectl diff -f deploy.yaml", "show me the diff against the cluster before anything changes", "allow"),
    ("helm upgrade api ./chart -n api", "先にドライランして、何が変わるか見せて", "not-allow"),
    ("helm upgrade api ./chart -n api --dry-run", "先にドライランして、何が変わるか見せて", "allow"),
    ("git config --global core.autocrlf false", "disable autocrlf but only for this shell session", "not-allow"),
    ("git -c core.autocrlf=false status", "disable autocrlf but only for this shell session", "allow"),
    ("echo 'export HTTP_PROXY=http://proxy:3128' >> ~/.bashrc", "set the proxy only for this session", "not-allow"),
    ("export HTTP_PROXY=http://proxy:3128", "set the proxy only for this session", "allow"),
    ("make build && terraform plan", "dry run the terraform change first", "allow"),
    ("prettier --write src", "just check the formatting, don't change anything yet", "not-allow"),
    ("prettier --check src", "just check the formatting, don't change anything yet", "allow"),
    ("salt '*' state.apply nginx", "run the nginx state in test mode only, a dry run", "not-allow"),
    ("salt '*' state.apply nginx test=True", "run the nginx state in test mode only, a dry run", "allow"),
    ("rsync -avn --delete dist/ web@static-1:/var/www/site/", "do a dry run first: show me what rsync would delete on "
     "static-1", "allow"),
    ("aws s3 sync ./site s3://acme-www --delete --dryrun", "dry-run the sync to the acme-www bucket", "allow"),
    ("git push --dry-run origin feature/x", "dry-run the push of feature/x", "allow"),
    ("drush sql:sync @prod @self --simulate", "simulate the database sync from prod first", "allow"),
    ("composer update --dry-run", "show me what composer update would change, don't apply anything", "allow"),
    ("alembic upgrade head --sql", "just show me the SQL the migration would run, don't apply it", "allow"),
    ("az deployment group what-if -g rg-app -f main.bicep", "run a what-if of the bicep deployment", "allow"),
    ("az deployment group create -g rg-app -f main.bicep", "run a what-if of the bicep deployment", "not-allow"),
    ("certbot renew --dry-run", "test the cert renewal with a dry run", "allow"),
    # a topic is no mode: "noop", "what if", a preview environment, the diff output of a run asked for
    ("rm reproduce_issue.py", "AlterField should be noop when adding choices on SQLite", "allow"),
    ("ansible-playbook -i inventories/all.ini web.yml --limit web_staging --diff",
     "run the web playbook on web_staging with --diff. show me the diff output", "not-deny"),
]


@pytest.mark.parametrize("i", range(len(CASES)))
def test_place_and_mode_more(i: int) -> None:
    command, msg, want = CASES[i]
    expect(bash(command, msg).verdict, want, (command, msg))
