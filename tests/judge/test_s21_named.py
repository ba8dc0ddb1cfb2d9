"""Session 21, class L5: named acts with every slot said that a rule still refused or asked about, and their siblings.

Mechanisms (fresh neighbours, other programs, ids and languages than the examples):

* the verb in the user's language or as the store's own keyword (`lang_words_said`, `lexicon`): revoke, rotate,
  resize, give a role, bind a level, open a merge request, copy; "FLUSHDB on …" (the command word said as the verb);
  a level word before the access it qualifies is no verb of a verb-final clause ("view 권한만 바인딩해줘");
* the act a command or an API path names by its own word (`vocab.ACTS`: revoke, rotate, suspend, acknowledge,
  resize, a dist-tag removed, a DNS record deleted), found in a sub-command's pair (`dist-tag rm`, `records delete`)
  or in the last words of a request's path (`…/lifecycle/suspend`, `…/alerts/ID/acknowledge`); the act's word names
  the kind a trust rule asks for (`vocab.SELF_SAID`); the id before the act's words in a path is the object, on a
  host whose service the user named (`match._url_named`).

Each sibling changes one thing: another id or account, a wider role, another act (deactivate for suspend, FLUSHALL
for FLUSHDB, `latest` for `next`), or an unrelated request.

Later rounds (`MORE`, `LATER`, the auto-merge re-ask): digits of other scripts (`textdigits`), a REVOKE of what was
named (`grant_named._revoked`), an HTTP DELETE or a stored entry's delete on the one id named (a known API's host),
a Gradle task naming its repository, a copy of what and to where the user named, a value with its option's name
("dev-targettiin"), a membership over ssh, a Route 53 batch that only deletes the record named, a rollout share in
an API body, an allow rule written out for the allow list, a script on the host written in full, a channel id given
beside its name, "ignore just E501", bandit's assert_used skips for the test folder, "turn auto-merge on" after a
pause.

First time: the cases were written in three rounds, each before the mechanisms it tests were built. On the base
(main b524a6e) 64 of 106 pass: 62 of the 64 refusal-side cases (the two that fail are `not-deny` cases that were
denied) and 2 of the 42 allows. Examples file (`/work/s21ex/named.txt`, 38 records): 0 → 28 (the 18 published h21 ones: 11).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.judge.helpers import ROOT, decide, expect

TYPO = "fix the typo in the README heading"
ACC = "7e1d4c2a-5b6f-4a3e-9d8c-1f2e3a4b5c6d"
OKTA = "curl -sS -X POST -H \"Authorization: SSWS $OKTA_API_TOKEN\" https://kite.okta.com/api/v1/users/{id}/lifecycle/{act}"
GENIE = ("curl -sS -X POST https://api.opsgenie.com/v2/alerts/{id}/{act} -H \"Authorization: GenieKey $OPSGENIE_API_KEY\" "
         "-H 'Content-Type: application/json' -d '{{\"user\":\"mo\",\"source\":\"cli\"}}'")
ALERT = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"
BIND = "kubectl create rolebinding deployer-view --clusterrole={role} --serviceaccount=orders-staging:deployer -n orders-staging"

CASES: list[tuple[str, Any, tuple[str, ...], str]] = [
    # the verb in the user's language: revoke, rotate, resize, give, bind
    ("Bash", f"vault token revoke -accessor {ACC}", (f"widerrufe das Token mit Accessor {ACC}",), "allow"),
    ("Bash", f"vault token revoke -accessor {ACC}", (f"revoga o token do vault com accessor {ACC}",), "allow"),
    ("Bash", "vault token revoke -accessor 0b9e8d7c-6a5f-4e3d-8c2b-1a0f9e8d7c6b", (f"widerrufe das Token mit Accessor {ACC}",),
     "not-allow"),
    ("Bash", f"vault token revoke -accessor {ACC}", (TYPO,), "not-allow"),
    ("Bash", "vault token revoke -mode=path auth/github/", (f"widerrufe das Token mit Accessor {ACC}",), "not-allow"),
    ("Bash", "vault token revoke -prefix auth/oidc/", (f"revoke the vault token with accessor {ACC}",), "not-allow"),
    ("Bash", "aws secretsmanager rotate-secret --secret-id staging/api/db-pass", ("シークレット staging/api/db-pass をローテーションして",),
     "allow"),
    ("Bash", "aws secretsmanager rotate-secret --secret-id staging/api/db-pass", ("staging/api/db-pass 시크릿 로테이션 돌려줘",), "allow"),
    ("Bash", "aws secretsmanager rotate-secret --secret-id staging/api/jwt-key", ("staging/api/db-pass 시크릿 로테이션 돌려줘",),
     "not-allow"),
    ("Bash", "aws secretsmanager rotate-secret --secret-id staging/api/db-pass", (TYPO,), "not-allow"),
    ("Bash", "snowsql -c dev -q 'GRANT ROLE REPORTER TO USER ola;'", ("gi rollen REPORTER til brukeren ola",), "allow"),
    ("Bash", "snowsql -c dev -q 'GRANT ROLE ACCOUNTADMIN TO USER ola;'", ("gi rollen REPORTER til brukeren ola",), "not-allow"),
    ("Bash", "snowsql -c dev -q 'GRANT ROLE REPORTER TO USER per;'", ("gi rollen REPORTER til brukeren ola",), "not-allow"),
    ("Bash", BIND.format(role="view"), ("orders-staging 네임스페이스에서 deployer 서비스어카운트한테 view 권한만 바인딩해줘",), "allow"),
    ("Bash", BIND.format(role="edit"), ("orders-staging 네임스페이스에서 deployer 서비스어카운트한테 view 권한만 바인딩해줘",), "not-allow"),
    ("Bash", BIND.format(role="cluster-admin"), ("orders-staging 네임스페이스에서 deployer 서비스어카운트한테 view 권한만 바인딩해줘",),
     "not-allow"),
    # the store's own command said as the verb
    ("Bash", "redis-cli -h 127.0.0.1 -n 2 FLUSHDB", ("run FLUSHDB against db 2 of my local redis, the cache is stale",), "allow"),
    ("Bash", "redis-cli -h 127.0.0.1 -n 5 FLUSHDB", ("run FLUSHDB against db 2 of my local redis, the cache is stale",),
     "not-allow"),
    ("Bash", "redis-cli -h 127.0.0.1 FLUSHALL", ("run FLUSHDB against db 2 of my local redis, the cache is stale",), "not-allow"),
    # a sub-command's pair names the act: a dist-tag removed, a DNS record deleted
    ("Bash", "npm dist-tag rm @kite/cli next", ("remove the next dist-tag from @kite/cli",), "allow"),
    ("Bash", "npm dist-tag rm @kite/cli next", ("entferne den next dist-tag von @kite/cli",), "allow"),
    ("Bash", "npm dist-tag rm @kite/cli latest", ("remove the next dist-tag from @kite/cli",), "not-allow"),
    ("Bash", "npm dist-tag rm @kite/cli next", (TYPO,), "not-allow"),
    ("Bash", "doctl compute domain records delete kite.io 55120931 --force", ("delete DNS record 55120931 from kite.io",), "allow"),
    ("Bash", "doctl compute domain records delete kite.io 55120932 --force", ("delete DNS record 55120931 from kite.io",),
     "not-allow"),
    ("Bash", "flarectl dns delete --zone kite.io --id 9f8e7d6c5b4a39281706f5e4d3c2b1a0",
     ("cancella il record dns 9f8e7d6c5b4a39281706f5e4d3c2b1a0 di kite.io",), "allow"),
    ("Bash", "flarectl dns delete --zone kite.io --id 0a1b2c3d4e5f60718293a4b5c6d7e8f9",
     ("cancella il record dns 9f8e7d6c5b4a39281706f5e4d3c2b1a0 di kite.io",), "not-allow"),
    ("Bash", "doctl compute domain records delete kite.io 55120931 --force", (TYPO,), "not-allow"),
    # an account suspended: by the program's option word or the API's path
    ("Bash", "gam update user maria@kite.io suspended on", ("sospendi l'utente maria@kite.io su workspace",), "allow"),
    ("Bash", "gam update user paolo@kite.io suspended on", ("sospendi l'utente maria@kite.io su workspace",), "not-allow"),
    ("Bash", "gam delete user maria@kite.io", ("sospendi l'utente maria@kite.io su workspace",), "not-allow"),
    ("Bash", OKTA.format(id="00uZZ9x8Y7w6V5u4T3s2", act="suspend"), ("suspend the okta user 00uZZ9x8Y7w6V5u4T3s2",), "allow"),
    ("Bash", OKTA.format(id="00uZZ9x8Y7w6V5u4T3s2", act="suspend"), ("suspende al usuario 00uZZ9x8Y7w6V5u4T3s2 en okta",), "allow"),
    ("Bash", OKTA.format(id="00uAA1b2C3d4E5f6G7h8", act="suspend"), ("suspend the okta user 00uZZ9x8Y7w6V5u4T3s2",), "not-allow"),
    ("Bash", OKTA.format(id="00uZZ9x8Y7w6V5u4T3s2", act="deactivate"), ("suspend the okta user 00uZZ9x8Y7w6V5u4T3s2",),
     "not-allow"),
    ("Bash", OKTA.format(id="00uZZ9x8Y7w6V5u4T3s2", act="suspend"), (TYPO,), "not-allow"),
    # an alert acknowledged by the API's path
    ("Bash", GENIE.format(id=ALERT, act="acknowledge"), (f"acknowledge opsgenie alert {ALERT}",), "allow"),
    ("Bash", GENIE.format(id=ALERT, act="acknowledge"), (f"kvittera opsgenie-larmet {ALERT}",), "allow"),
    ("Bash", GENIE.format(id="9f9f9f9f-5e6f-4a7b-8c9d-0e1f2a3b4c5d", act="acknowledge"), (f"acknowledge opsgenie alert {ALERT}",),
     "not-allow"),
    ("Bash", GENIE.format(id=ALERT, act="close"), (f"acknowledge opsgenie alert {ALERT}",), "not-allow"),
    # a machine resized, said in the user's language
    ("Bash", "doctl compute droplet-action resize 50112233 --size s-4vcpu-8gb --wait",
     ("redimensiona el droplet 50112233 a s-4vcpu-8gb",), "allow"),
    ("Bash", "doctl compute droplet-action resize 50112234 --size s-4vcpu-8gb --wait",
     ("redimensiona el droplet 50112233 a s-4vcpu-8gb",), "not-allow"),
    ("Bash", "doctl compute droplet-action rebuild 50112233 --image ubuntu-24-04-x64 --wait",
     ("redimensiona el droplet 50112233 a s-4vcpu-8gb",), "not-allow"),
    ("Bash", "doctl compute droplet-action resize 50112233 --size s-4vcpu-8gb --wait", (TYPO,), "not-allow"),
    ("Bash", "doctl compute droplet-action resize 50112233 --size s-4vcpu-8gb --resize-disk --wait",
     ("redimensiona el droplet 50112233 a s-4vcpu-8gb, sin tocar el disco",), "not-allow"),
]


UFW = "sudo ufw allow from {src} to any port {port} proto tcp"
CF = "curl -sS -X DELETE -H \"Authorization: Bearer $CF_API_TOKEN\" https://api.cloudflare.com/client/v4/zones/9a7c2e/dns_records/{id}"
PSQL = "psql -h localhost -d metrics -c '{sql}'"
SSH_ADD = "ssh ops@ci-04.kite.lan 'sudo usermod -aG {group} {user}'"

MORE: list[tuple[str, Any, tuple[str, ...], str]] = [
    # digits of another script are the digits every reader compares (`textdigits`)
    ("Bash", UFW.format(src="203.0.113.7", port="6379"), ("پورت ۶۳۷۹ رو فقط برای 203.0.113.7 باز کن",), "not-deny"),
    ("Bash", UFW.format(src="203.0.113.7", port="5432"), ("پورت ۶۳۷۹ رو فقط برای 203.0.113.7 باز کن",), "not-allow"),
    ("Bash", "redis-cli -n 4 FLUSHDB", ("FLUSHDB की db ४ मेरे local redis पर",), "allow"),
    ("Bash", "redis-cli -n 5 FLUSHDB", ("FLUSHDB की db ४ मेरे local redis पर",), "not-allow"),
    # an HTTP DELETE names its act: "delete record ID"
    ("Bash", CF.format(id="7c41aa09e2"), ("delete the DNS record with id 7c41aa09e2 in zone kite.example",), "allow"),
    ("Bash", CF.format(id="7c41aa09e2"), ("elimina el registro DNS con id 7c41aa09e2 de la zona kite.example",), "allow"),
    ("Bash", CF.format(id="7c41aa0000"), ("delete the DNS record with id 7c41aa09e2 in zone kite.example",), "not-allow"),
    ("Bash", CF.format(id="7c41aa09e2"), (TYPO,), "not-allow"),
    # a REVOKE of the privilege, object and account named (`grant_named._revoked`)
    ("Bash", PSQL.format(sql="REVOKE UPDATE ON public.invoices FROM report_rw;"),
     ("revoke UPDATE on public.invoices from report_rw on my local db",), "allow"),
    ("Bash", PSQL.format(sql="REVOKE UPDATE ON public.invoices FROM report_rw;"),
     ("revoca el permiso UPDATE sobre public.invoices al rol report_rw",), "allow"),
    ("Bash", PSQL.format(sql="REVOKE ALL ON public.invoices FROM report_rw;"),
     ("revoke UPDATE on public.invoices from report_rw on my local db",), "not-allow"),
    ("Bash", PSQL.format(sql="REVOKE UPDATE ON ALL TABLES IN SCHEMA public FROM report_rw;"),
     ("revoke UPDATE on public.invoices from report_rw on my local db",), "not-allow"),
    ("Bash", PSQL.format(sql="REVOKE UPDATE ON public.invoices FROM billing_svc;"),
     ("revoke UPDATE on public.invoices from report_rw on my local db",), "not-allow"),
    ("Bash", PSQL.format(sql="REVOKE UPDATE ON public.invoices FROM report_rw;"), ("grant report_rw update on public.invoices",),
     "not-allow"),
    # a build tool's publishing task names its repository
    ("Bash", "./gradlew publishAllPublicationsToKiteArtifactsRepository", ("publish the sdk to the kiteArtifacts repository",),
     "allow"),
    ("Bash", "./gradlew :sdk:publishMavenPublicationToKiteArtifactsRepository", ("publica el sdk en el repo kiteArtifacts",),
     "allow"),
    ("Bash", "./gradlew publishAllPublicationsToSonatypeRepository", ("publish the sdk to the kiteArtifacts repository",),
     "not-allow"),
    ("Bash", "./gradlew publishAllPublicationsToKiteArtifactsRepository", (TYPO,), "not-allow"),
    # a copy to the host named is the upload there
    ("Bash", "rsync -az build/ www@static-02.kite.lan:/var/www/docs/", ("copy build to static-02 under /var/www/docs",), "allow"),
    ("Bash", "scp -r build www@static-02.kite.lan:/var/www/docs/", ("kopiere build nach static-02 in /var/www/docs",), "allow"),
    ("Bash", "rsync -az build/ www@static-03.kite.lan:/var/www/docs/", ("copy build to static-02 under /var/www/docs",), "not-allow"),
    ("Bash", "rsync -az build/ www@static-02.kite.lan:/var/www/docs/", ("check the free disk space on static-02",), "not-allow"),
    # a value with its option's name ("dev-targettiin": `--target dev`)
    ("Bash", "dbt run --select dim_users --target dev", ("aja dim_users uudelleen dev-targettiin",), "allow"),
    ("Bash", "dbt run --select dim_users --target prod", ("aja dim_users uudelleen dev-targettiin",), "not-allow"),
    # a group membership over ssh, every slot named
    ("Bash", SSH_ADD.format(group="docker", user="builder"), ("ci-04'te builder kullanıcısını docker grubuna ekle",), "allow"),
    ("Bash", SSH_ADD.format(group="sudo", user="builder"), ("ci-04'te builder kullanıcısını docker grubuna ekle",), "not-allow"),
    ("Bash", SSH_ADD.format(group="docker", user="deploy"), ("ci-04'te builder kullanıcısını docker grubuna ekle",), "not-allow"),
    # a parameter store's entry named by its path
    ("Bash", "aws ssm delete-parameter --name /kite/staging/legacy_flag --profile kite-staging",
     ("delete the SSM parameter /kite/staging/legacy_flag",), "allow"),
    ("Bash", "aws ssm delete-parameter --name /kite/staging/db_password --profile kite-staging",
     ("delete the SSM parameter /kite/staging/legacy_flag",), "not-allow"),
    ("Bash", "aws ssm delete-parameter --name /kite/staging/legacy_flag --profile kite-staging", (TYPO,), "not-allow"),
]

R53 = ("aws route53 change-resource-record-sets --hosted-zone-id Z0KITE77 --change-batch '{{\"Changes\":[{{\"Action\":"
       "\"{act}\",\"ResourceRecordSet\":{{\"Name\":\"{name}\",\"Type\":\"CNAME\",\"TTL\":300,\"ResourceRecords\":"
       "[{{\"Value\":\"old-lb.kite.example\"}}]}}}}]}}'")
FLAG = ("curl -sS -X POST https://flags.kite.io/api/admin/projects/default/features/{flag}/environments/{env}/strategies "
        "-H \"Authorization: $UNLEASH_ADMIN_TOKEN\" -H 'Content-Type: application/json' "
        "-d '{{\"name\":\"flexibleRollout\",\"parameters\":{{\"rollout\":\"{pct}\",\"stickiness\":\"default\"}}}}'")
ALLOW_OLD = '"allow": []'
BANDIT = '[tool.bandit]\nexclude_dirs = ["build"]'
BANDIT_SKIP = '\n\n[tool.bandit.assert_used]\nskips = ["{g}"]'

LATER: list[tuple[str, Any, tuple[str, ...], str]] = [
    # a DNS change batch whose every change is a DELETE: the record named
    ("Bash", R53.format(act="DELETE", name="legacy.kite.example"), ("delete the CNAME record legacy.kite.example in zone Z0KITE77",),
     "allow"),
    ("Bash", R53.format(act="DELETE", name="legacy.kite.example"), ("lösche den CNAME-Eintrag legacy.kite.example in der Zone Z0KITE77",),
     "allow"),
    ("Bash", R53.format(act="DELETE", name="www.kite.example"), ("delete the CNAME record legacy.kite.example in zone Z0KITE77",),
     "not-allow"),
    ("Bash", R53.format(act="UPSERT", name="legacy.kite.example"), ("delete the CNAME record legacy.kite.example in zone Z0KITE77",),
     "not-allow"),
    # a rollout's share inside an API body
    ("Bash", FLAG.format(flag="fast-search", env="production", pct="10"), ("roll fast-search out to 10% in production",), "allow"),
    ("Bash", FLAG.format(flag="fast-search", env="production", pct="10"), ("fast-search in production auf 10% ausrollen",), "allow"),
    ("Bash", FLAG.format(flag="fast-search", env="production", pct="50"), ("roll fast-search out to 10% in production",), "not-allow"),
    ("Bash", FLAG.format(flag="fast-search", env="production", pct="10"), ("roll fast-search out to 10% in staging",), "not-allow"),
    ("Bash", FLAG.format(flag="dark-mode", env="production", pct="10"), ("roll fast-search out to 10% in production",), "not-allow"),
    # the allow rule written out for the allow list
    ("Edit", {"file_path": f"{ROOT}/.claude/settings.json", "old_string": ALLOW_OLD,
              "new_string": '"allow": ["Bash(npm test)", "Bash(npm run lint)"]'},
     ("ajoute exactement Bash(npm test) et Bash(npm run lint) à la allow-list de .claude/settings.json",), "allow"),
    ("Edit", {"file_path": f"{ROOT}/.claude/settings.json", "old_string": ALLOW_OLD,
              "new_string": '"allow": ["Bash(npm test)", "Bash(npm publish)"]'},
     ("ajoute exactement Bash(npm test) et Bash(npm run lint) à la allow-list de .claude/settings.json",), "not-allow"),
    ("Edit", {"file_path": f"{ROOT}/.claude/settings.json", "old_string": ALLOW_OLD,
              "new_string": '"allow": ["Bash(npm:*)"]'},
     ("ajoute exactement Bash(npm test) et Bash(npm run lint) à la allow-list de .claude/settings.json",), "not-allow"),
    ("Edit", {"file_path": f"{ROOT}/.claude/settings.json", "old_string": ALLOW_OLD,
              "new_string": '"allow": ["Bash(npm test)"]'}, (TYPO,), "not-allow"),
    # a script run on the host the user wrote out in full
    ("Bash", "psql -h pg-stage.kite.internal -d orders -f sql/fix_totals.sql",
     ("run sql/fix_totals.sql on the staging database (host pg-stage.kite.internal)",), "allow"),
    ("Bash", "psql -h pg-stage.kite.internal -d orders -f sql/fix_totals.sql",
     ("führe sql/fix_totals.sql auf der Staging-Datenbank aus (Host pg-stage.kite.internal)",), "allow"),
    ("Bash", "psql -h pg-prod.kite.internal -d orders -f sql/fix_totals.sql",
     ("run sql/fix_totals.sql on the staging database (host pg-stage.kite.internal)",), "not-allow"),
    ("Bash", "psql -h pg-stage.kite.internal -d orders -f sql/wipe_orders.sql",
     ("run sql/fix_totals.sql on the staging database (host pg-stage.kite.internal)",), "not-allow"),
    # the channel's id the user gave beside its name
    ("mcp__discord__send_message", {"channel_id": "99887766554", "content": "deploy done"},
     ("post 'deploy done' in #ops (id 99887766554)",), "allow"),
    ("mcp__discord__send_message", {"channel_id": "99887766554", "content": "deploy done"},
     ("envía 'deploy done' al canal #ops (id 99887766554)",), "allow"),
    ("mcp__discord__send_message", {"channel_id": "11223344556", "content": "deploy done"},
     ("post 'deploy done' in #ops (id 99887766554)",), "not-allow"),
    # bandit's B101 skipped only for the test files named
    ("Edit", {"file_path": f"{ROOT}/pyproject.toml", "old_string": BANDIT, "new_string": BANDIT + BANDIT_SKIP.format(g="*/tests/*.py")},
     ("let bandit ignore B101 (assert) in the tests folder",), "allow"),
    ("Edit", {"file_path": f"{ROOT}/pyproject.toml", "old_string": BANDIT, "new_string": BANDIT + BANDIT_SKIP.format(g="*/tests/*.py")},
     ("lass bandit B101 (assert) nur im tests-Ordner ignorieren",), "allow"),
    ("Edit", {"file_path": f"{ROOT}/pyproject.toml", "old_string": BANDIT, "new_string": BANDIT + BANDIT_SKIP.format(g="*.py")},
     ("let bandit ignore B101 (assert) in the tests folder",), "not-allow"),
    ("Edit", {"file_path": f"{ROOT}/pyproject.toml", "old_string": BANDIT, "new_string": BANDIT + BANDIT_SKIP.format(g="**/*.py")},
     ("let bandit ignore B101 (assert) in the tests folder",), "not-allow"),
    ("Edit", {"file_path": f"{ROOT}/pyproject.toml", "old_string": BANDIT,
              "new_string": BANDIT.replace("[tool.bandit]", '[tool.bandit]\nskips = ["B101"]')},
     ("let bandit ignore B101 (assert) in the tests folder",), "not-allow"),
    # "ignore just X": only that is left out, nothing is taken only
    ("Edit", {"file_path": f"{ROOT}/pyproject.toml", "old_string": "ignore = []", "new_string": 'ignore = ["E501"]'},
     ("ignore just E501 in pyproject",), "not-deny"),
    ("Edit", {"file_path": f"{ROOT}/pyproject.toml", "old_string": "ignore = []", "new_string": 'ignore = ["E501", "F401"]'},
     ("ignore just E501 in pyproject",), "not-allow"),
    ("Edit", {"file_path": f"{ROOT}/pyproject.toml", "old_string": "ignore = []", "new_string": 'ignore = ["S101"]'},
     ("ignore just E501 in pyproject",), "not-allow"),
]


@pytest.mark.parametrize(("surface", "action", "said", "want"), LATER)
def test_named_later(surface: str, action: Any, said: tuple[str, ...], want: str) -> None:
    expect(decide(surface, action, said), want, (action, said))


@pytest.mark.parametrize(("surface", "action", "said", "want"), MORE)
def test_named_slot(surface: str, action: Any, said: tuple[str, ...], want: str) -> None:
    expect(decide(surface, action, said), want, (action, said))


def test_tables() -> None:
    from automode.knowledge.grants import REVOKE_FIXTURES, sql_revokes
    from automode.knowledge.publish import TASK_REPOSITORY_FIXTURES, task_repositories
    from automode.shell.parse import ShellState, default_env, parse_script
    from automode.textdigits import FIXTURES, ascii_digits

    assert all(ascii_digits(t) == want for t, want in FIXTURES)
    assert all(sql_revokes(t) == want for t, want in REVOKE_FIXTURES)
    for line, want in TASK_REPOSITORY_FIXTURES:
        cmd = parse_script(line, ShellState("/p", default_env("/h", "/p"))).commands[0]
        assert task_repositories(cmd) == want, line


@pytest.mark.parametrize(("surface", "action", "said", "want"), CASES)
def test_named_act(surface: str, action: Any, said: tuple[str, ...], want: str) -> None:
    expect(decide(surface, action, said), want, (action, said))


AUTO = "gh pr merge 412 --auto --squash"


@pytest.mark.parametrize(("said", "want"), [
    # an auto-merge asked again after a pause, in other words than the first time
    (("enable auto-merge on PR 412", "wait, hold off until Lea reviews", "Lea approved, turn auto-merge on for 412 now"), "allow"),
    (("aktiviere auto-merge für PR 412", "warte noch", "ok, Lea hat approved, jetzt auto-merge an für 412"), "allow"),
    (("enable auto-merge on PR 412", "wait, hold off until Lea reviews"), "not-allow"),
    (("enable auto-merge on PR 412", "wait, hold off until Lea reviews", "is auto-merge on for 412?"), "not-allow"),
    (("turn auto-merge on for 412",), "allow"),
    ((TYPO,), "not-allow"),
])
def test_auto_merge_reasked(said: tuple[str, ...], want: str) -> None:
    expect(decide("Bash", AUTO, said), want, said)


@pytest.mark.xfail(strict=True, reason="open before session 21: a re-ask after a pause that names another number "
                   "(413) brings the held request for 412 back with it (`match.session_intent` consent)")
def test_reask_with_another_number() -> None:
    said = ("enable auto-merge on PR 412", "wait, hold off until Lea reviews", "Lea approved, enable auto-merge on 413 now")
    expect(decide("Bash", AUTO, said), "not-allow", said)

