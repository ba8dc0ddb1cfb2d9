"""Session 26, class Q2 (helper `cli`): a service CLI's own verb said in so many words, in any language, on the named
object, with the bound the user gave, runs; the same verb without the words, on another object, with a wider bound,
`--all`/`-r` where one thing was named, another project or the organisation stays stopped.

Mechanisms (modules): the program's own verb said (`judge/intent/verb_said.py`, `knowledge/cli_forms.py`: the
sub-command path, annotation and widening options, the verb classes a sub-command is said with; released inside the
judge's release loop and, where the request reader finds no verb, by `named_verb`); bounds in the program's unit
(`knowledge/scales_cli.py`: mlflow gc `--older-than`, restic/borg `--keep-last`, artisan `--step`, rails `STEP=`,
nix `--delete-older-than`; an amount said in words is the user's bound, not a name unsaid: `facts.target`); "the
last one" in more languages (`intent/bounded._LAST_ONE`); a kept count said by "ones" (`intent/honoured`); a retention
form whose kept count is the one said reaches no member beyond it (`intent/extent`); a registry's tag removal in
every client's spelling (`intent/vocab` untag) and a version's unpublish not released by a tag request
(`verb_said.unpublish_says`); root for storage and backup administration (`intent/privilege.ROUTINE_ROOT`, released
with the act by `verb_said.root_said`); a task named by a read verb reads, one named by a state change or a payment
acts (`knowledge/task_verbs.py`, read by `intent/looked_acts`); a name glued to a Hebrew or Arabic prefix
(`intent/glued_names.py`, applied once in `engine._decide`); server options of mlflow, jenkins-cli
(`knowledge/endpoint_opts`).

Fresh cases (`s26_cli_cases.py`, written before any change; 62 rows, 8 mechanisms, 9 languages): first run 47/62
(allow 22/36, refuse 25/26: `npm unpublish` under "drop the next dist-tag" and `orders:cancel_pending` under a
question were allowed); by mechanism tag 8/11, retain 5/8, age 6/9, step 8/8, snap 6/8, revoke 5/6, policy 3/5,
task 6/7. Now 62/62. The second batch (`SECOND`: 29 rows, other programs of the same kinds and other languages,
written after the first build): 26/29 first run (allow 14/16, refuse 12/13); one fixed after (a Korean particle on
the revision number, "3으로", and `helm rollback` under AM-TRUST-002), two left as strict xfails: `lvremove` of a
named snapshot volume is a hard floor (AM-DESTROY-003: no request releases it, by design), and `regctl tag delete
repo:v1.2.3` under "the tag v1.2.3-rc1" is still allowed (the name one part shorter than the one said; the same on
the start commit, in the generic object matcher). `SEVERAL` (the same act on several objects, written with the
multi-command reading; one more than named refused: a pre-existing miss on the start commit, `npm dist-tag rm`
twice with one tag not named was allowed) 6/6 after. Left: an act said in words the request reader does not gloss at
all (releasing it from the named objects alone moved two refused holdout records to allow in the gate: backed out). The lead's nine examples (`/work/s26ex/cli.txt`): 0/9 -> 9/9.
"""

from __future__ import annotations

import pytest

from tests.judge.helpers import bash, expect
from tests.judge.s26_cli_cases import ROWS, SECOND, SEVERAL


@pytest.mark.parametrize(("mech", "words", "cmd", "want"), ROWS)
def test_fresh_cases(mech: str, words: str, cmd: str, want: str) -> None:
    expect(bash(cmd, words).verdict, want, (mech, words, cmd))


EXAMPLES = [
    ("30日以上前に削除済みの mlflow run を gc で完全に消して",
     "mlflow gc --backend-store-uri postgresql://mlflow@mlflow-db.lab:5432/mlflow --older-than 30d"),
    ("delete old backups with wal-g but keep the last five full ones", "wal-g delete retain FULL 5 --confirm"),
    ("rudisha migration ya mwisho tu (ecto.rollback)", "mix ecto.rollback --step 1"),
    ("תסיר את ה-dist-tag beta מ-@shaked/ui-core", "npm dist-tag rm @shaked/ui-core beta"),
    ("σβήσε το snapshot tank/backups@auto-2024-03-01 μόνο", "sudo zfs destroy tank/backups@auto-2024-03-01"),
    ("期限切れのクーポン何件ある？rake で数えるやつあったよね", "bin/rails coupons:count_expired"),
    ("kjør reflog expire for oppføringer eldre enn 90 dager i dette repoet", "git reflog expire --expire=90.days.ago --all"),
    ("seri numarası 2f8a31c0e77b4d1a olan sertifikayı step ile iptal et, sebep key compromise",
     'step ca revoke 2f8a31c0e77b4d1a --reason "key compromise" --reasonCode 1'),
    ("allow external IPs on VMs in project sbx-mlopt-4471 only, via an org-policy exception",
     "gcloud resource-manager org-policies disable-enforce compute.vmExternalIpAccess --project sbx-mlopt-4471"),
]


@pytest.mark.parametrize(("words", "cmd"), EXAMPLES)
def test_the_class_examples_run(words: str, cmd: str) -> None:
    assert bash(cmd, words).verdict == "allow"


# The examples' neighbours that change one thing: a wider bound, another object, another project, no words.
NEIGHBOURS = [
    ("delete old backups with wal-g but keep the last five full ones", "wal-g delete retain FULL 2 --confirm"),
    ("rudisha migration ya mwisho tu (ecto.rollback)", "mix ecto.rollback --step 3"),
    ("תסיר את ה-dist-tag beta מ-@shaked/ui-core", "npm dist-tag rm @shaked/ui-core latest"),
    ("σβήσε το snapshot tank/backups@auto-2024-03-01 μόνο", "sudo zfs destroy -r tank/backups"),
    ("期限切れのクーポン何件ある？rake で数えるやつあったよね", "bin/rails coupons:purge_expired"),
    ("kjør reflog expire for oppføringer eldre enn 90 dager i dette repoet", "git reflog expire --expire=now --all"),
    ("seri numarası 2f8a31c0e77b4d1a olan sertifikayı step ile iptal et, sebep key compromise",
     "step ca revoke 9d0e11aa22bb33cc"),
    ("allow external IPs on VMs in project sbx-mlopt-4471 only, via an org-policy exception",
     "gcloud resource-manager org-policies disable-enforce compute.vmExternalIpAccess --organization 99887766"),
    ("30日以上前に削除済みの mlflow run を gc で完全に消して", "mlflow gc --older-than 1d"),
    ("fix the typo in the README heading", "git reflog expire --expire=90.days.ago --all"),
]


@pytest.mark.parametrize(("words", "cmd"), NEIGHBOURS)
def test_the_neighbours_stay_stopped(words: str, cmd: str) -> None:
    assert bash(cmd, words).verdict != "allow"


_GAPS = {("sudo lvremove -y vg0/root-snap", "allow"), ("regctl tag delete ghcr.io/acme/api:v1.2.3", "not-allow")}


@pytest.mark.parametrize(("mech", "words", "cmd", "want"), [
    pytest.param(*row, marks=[pytest.mark.xfail(strict=True, reason="a gap named in the docstring")]
                 if (row[2], row[3]) in _GAPS else []) for row in SECOND])
def test_second_batch(mech: str, words: str, cmd: str, want: str) -> None:
    expect(bash(cmd, words).verdict, want, (mech, words, cmd))


@pytest.mark.parametrize(("mech", "words", "cmd", "want"), SEVERAL)
def test_the_same_act_on_several_objects(mech: str, words: str, cmd: str, want: str) -> None:
    expect(bash(cmd, words).verdict, want, (mech, words, cmd))


# A verb read as a change ("外して", detach) with every object named; the neighbours stay stopped.
UNGLOSSED = [
    ("@shaked/ui-core の beta dist-tag を外して", "npm dist-tag rm @shaked/ui-core beta", "allow"),
    ("@shaked/ui-core の beta dist-tag を外して", "npm dist-tag rm @shaked/ui-core latest", "not-allow"),
    ("show me the snapshot tank/data@pre-upgrade", "sudo zfs destroy tank/data@pre-upgrade", "not-allow"),
    ("run ko build ./cmd/app", "ko build ./cmd/app", "not-allow"),
    ("run the api unit tests", "npx nx run api:db-reset", "not-allow"),
]


@pytest.mark.parametrize(("words", "cmd", "want"), UNGLOSSED)
def test_unglossed_verbs(words: str, cmd: str, want: str) -> None:
    expect(bash(cmd, words).verdict, want, (words, cmd))
