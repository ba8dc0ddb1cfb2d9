"""Session 28, class T4 (helper `said`): the value done is not the value said, and the value nobody said.

Two mechanisms. (a) A slot's value, read with its unit or scale from commands and edits, against the value the words
say in any language: another value is refused (or asked where the same amount typed in the wrong unit is the likely
slip), the same value runs. (b) A consequential bound (replicas, retention, expiry, a routing weight) the agent chose
where the words say no number: asked; the same with the number said: allowed. (b) is kept narrow: only those kinds,
and in edits only a value the edit changes (a new manifest states its own numbers).

Census (programs, keys, verb forms and words of the kind; from the knowledge tables and the tools' manuals):

| slot | action side (where the value stands) | words side | module |
|---|---|---|---|
| snapshot window | restic `--keep-within`, `--keep-within-{hourly,daily,weekly,monthly,yearly}` (`2y5m7d3h`); kopia `policy set --keep-{hourly,daily,weekly,monthly,annual}`; borg/pgBackRest/wal-g (existing rows) | `said_units.durations` ("fyra veckor", "trois semaines", "zwei Wochen") | `knowledge.scales_copies`, `scaled.value_of` `resticdur` |
| running copies | kubectl/oc `scale --replicas`, docker `service scale NAME=N`/`service update --replicas`, eksctl `--nodes`, gcloud `clusters resize --num-nodes`, `run services update --min/--max-instances`, az `aks scale --node-count`, `containerapp update --min/--max-replicas`, `appservice plan update --number-of-workers`, doctl `node-pool update --count`, cf `scale -i`, helm `--set replicaCount=`; heroku/ASG/ECS/VMSS/MIG/fly (existing rows, now `chosen="scales"`) | counts in words (`bounded._counts`), any digit | `knowledge.scales_copies`, `agent_chose.unsaid_amount` |
| a setting's own unit | `*_bps`/`basis_points` (1/100 %), `permille`; PostgreSQL bare numbers (work_mem kB, shared_buffers 8 kB, max_wal_size MB, log_rotation_age min, checkpoint_timeout s, statement_timeout ms) and unit suffixes (`64MB`, `8h`); MySQL bytes and seconds; keys named by their unit (`*_mb`, `*_kb`, `*_minutes`, `*_ms`, `*_seconds`, `*_days`, camelCase too) | `percents` (now also a number word before a percent word: "zwanzig Prozent", "десять відсотків", "trzydzieści procent"), `sizes`, `durations` | `knowledge.unit_keys.UNIT_KEYS`, `scaled._written` |
| a share of traffic | Istio/SMI/Argo/Knative weights (existing `said_values._weights`) | the same percents, number words now read | `said_units._worded_percents` |
| a schedule's times | crontab five fields (k8s CronJob `schedule`, GitHub/GitLab `cron`, crontab lines), systemd `OnCalendar` | one clock time through `gloss.times_in_english` ("2h30", "2時30分", "2시 30분", "um 2:30 Uhr") with a rate of once a day or less | `intent.clock_said` (from `judge.often`) |
| a prefix | S3 lifecycle `Rules[].Filter.Prefix`/`Filter.And.Prefix`/`Prefix` (JSON in the command or an edited file, Terraform `prefix =`), MinIO `mc ilm rule add/edit --prefix` | a relative path ending in `/` ("under tmp/"), "prefix X" | `knowledge.places_wide.LIFECYCLE`, `intent.place_wider` |
| a destination deleted into | rsync `--delete*`, rclone `sync`/`bisync`, `aws s3 sync --delete`, `gsutil rsync -d`, `gcloud storage rsync --delete-unmatched-destination-objects`, `azcopy sync --delete-destination`, `mc mirror --remove` | `host:/path`, `remote:path`, absolute paths | `knowledge.places_wide.SYNCS` |
| a target selector | `aws ssm send-command`/`start-automation-execution`/`create-association --targets Key=tag:…|tag-key|resource-groups:…` | an instance id said (`i-…`, `mi-…`) | `knowledge.places_wide.SELECTORS` |
| the container of the object | `bq update|rm|mk|truncate project:dataset` | `project:dataset.table` said | `knowledge.places_wide.CONTAINERS` |
| unsaid bound in an edit | `retention_period`, `retention*`, `expire_in` (GitLab: "30 days"), `retention-days` (GitHub), `replicas`/`replicaCount`/`min|maxReplicas`/`desired_count`/`node_count`, `weight`/`setWeight`/`percent` whose value the edit changes | no digit, no amount of the kind, no purge word | `knowledge.unit_keys.CHOSEN_KEYS`, `intent.edit_chosen` |

Also: a pgBackRest `--stanza` the words never mention is the configured section, not an object to name
(`scaled._stanzas_left`); a Swedish/Finnish loan verb with its ending after a colon ("prune:a") is the verb.

Fresh cases (`s28_said_cases`, written before the build, not in the examples' spellings): 25 of 45 right first time
(units in commands 5/7, units in edits 4/10, schedules 4/7, targets 5/9, unsaid bounds 7/12). Four cases were
rewritten after the first run because another rule decided them, not the mechanism: two on `.github/workflows`
files (a protected file, asked whatever the value) moved to a CronJob file and to `.gitlab-ci.yml` named in the
words, and the German restic case got a verb of removal ("räum … auf": "behalte" alone asks for no deletion, and a
local repository outside the project is refused by AM-DESTROY-013 on main too). All 45 pass after the build.
Second batch (`SECOND`, written after the first build, untuned): 25 of 24+2 right first time (the miss: "keep the
loki logs for 14 days" answered with the retention said was refused as a hands-off fence; now a fence that keeps
something for the length the action carries is the retention asked for, `honoured._kept_for`); then the level rows
(git `--global` for "this repo", `ALTER SYSTEM` for a table, `PUT _all/_settings` for an index) were added with
their six cases, all refused/asked on main.
"""

from __future__ import annotations

import pytest

from tests.judge.s28_said_cases import ALL
from tests.knowledge.probes import verdict

CASES = [pytest.param(lab, w, act, id=f"{k}-{i}") for k, rows in ALL.items() for i, (lab, w, act) in enumerate(rows)]


@pytest.mark.parametrize(("label", "words", "action"), CASES)
def test_value_said(label: str, words: str, action: str) -> None:
    assert verdict(words, action) == label


def test_copies_rows() -> None:
    from automode.knowledge.scales import carried
    from automode.knowledge.scales_copies import FIXTURES
    from automode.shell.parse import ShellState, default_env, parse_script

    for command, want in FIXTURES:
        c = parse_script(command, ShellState("/p", default_env("/h", "/p"))).commands[0]
        assert tuple((at, raw, unit) for _row, at, raw, unit in carried(c)) == want, command


def test_restic_durations() -> None:
    from automode.judge.intent.scaled import value_of

    assert value_of("28d", "resticdur") == 28 * 86400.0
    assert value_of("1y2m", "resticdur") == 31536000.0 + 2 * 2592000.0
    assert value_of("4x", "resticdur") is None


def test_own_units() -> None:
    from automode.judge.intent.scaled import value_of

    assert value_of("250", "bps") == 2.5
    assert value_of("65536", "pgkb") == 65536 * 1024.0
    assert value_of("64MB", "pgkb") == 64 * 1048576.0
    assert value_of("480", "pgmin") == 28800.0
    assert value_of("8h", "pgmin") == 28800.0
    assert value_of("64MB", "pgmin") is None


def test_unit_and_chosen_keys() -> None:
    from automode.knowledge.unit_keys import CHOSEN_FIXTURES, UNIT_FIXTURES, chosen_changed, unit_written

    for new, old, want in UNIT_FIXTURES:
        assert tuple(k for k, *_ in unit_written(new, old)) == want, new
    for new, old, want in CHOSEN_FIXTURES:
        assert tuple(k for k, *_ in chosen_changed(new, old)) == want, new


def test_worded_percents() -> None:
    from automode.judge.intent.said_units import percents

    assert percents("канарейка v2 — десять відсотків трафіку") == (10.0,)
    assert percents("leite zwanzig Prozent des Traffics auf v2") == (20.0,)
    assert percents("dix pour cent des utilisateurs") == (10.0,)
    assert percents("no share said here") == ()


def test_clock_fixtures() -> None:
    from automode.judge.intent.clock_said import FIXTURES, more_times

    for spelled, words, want in FIXTURES:
        assert (more_times(spelled, words) is not None) == want, (spelled, words)


def test_loan_verb_with_colon() -> None:
    from automode.judge.intent.lang_words_loan import loan_verb

    assert loan_verb("prune:a") == "prune"
    assert loan_verb("main:iin") is None
