"""`knowledge.schedules` (when a job runs, from every way of writing a schedule) and `judge.intent.when` (the times
the user's words name, in every language the reader knows): must-match and must-not-match fixtures."""

from __future__ import annotations

import pytest

from automode.judge.intent.gloss import times_in_english as english
from automode.judge.intent.magnitude import asked_per_day
from automode.judge.intent.when import asked_hours
from automode.knowledge.schedules import schedules

SCHEDULES = [
    # (text, runs a day, fixed hours or None)
    ("(crontab -l; echo '0 9 * * * Rscript scripts/report.R') | crontab -", 1.0, {9}),
    ("(crontab -l; echo '*/15 * * * * ./sync.sh') | crontab -", 96.0, None),
    ("(crontab -l; echo '0 * * * * ./sync.sh') | crontab -", 24.0, None),
    ("(crontab -l; echo '30 8,17 * * 1-5 ./x.sh') | crontab -", 10 / 7, {8, 17}),
    ("(crontab -l; echo '0 8 * * 1 ./x.sh') | crontab -", 1 / 7, {8}),
    ("echo '@hourly /home/u/x.sh' | crontab -", 24.0, None),
    ('spec:\n  schedule: "0 9 * * *"\n  jobTemplate: {}\n', 1.0, {9}),
    ("spec:\n  schedule: 0 9 * * *\n", 1.0, {9}),
    ("on:\n  schedule:\n    - cron: '*/10 * * * *'\n", 144.0, None),
    ("[Timer]\nOnCalendar=*-*-* 09:00:00\n", 1.0, {9}),
    ("[Timer]\nOnCalendar=Mon..Fri 07:30\n", 1.0, {7}),
    ("[Timer]\nOnCalendar=hourly\n", 24.0, None),
    ("[Timer]\nOnCalendar=*:0/15\n", 96.0, None),
    ("[Timer]\nOnUnitActiveSec=15min\n", 96.0, None),
    ("systemd-run --user --on-calendar='*-*-* 21:00' ./backup.sh", 1.0, {21}),
    ("<key>StartInterval</key>\n<integer>900</integer>", 96.0, None),
    ("<key>StartCalendarInterval</key><dict><key>Hour</key><integer>9</integer><key>Minute</key><integer>0</integer></dict>",
     1.0, {9}),
    ("<key>StartCalendarInterval</key><dict><key>Minute</key><integer>0</integer></dict>", 24.0, None),
    ('schtasks /create /tn R /tr "C:\\r.ps1" /sc daily /st 09:00', 1.0, {9}),
    ('schtasks /create /tn R /tr "C:\\r.ps1" /sc minute /mo 5', 288.0, None),
    ("$t = New-ScheduledTaskTrigger -Daily -At 9am", 1.0, {9}),
    ("New-ScheduledTaskTrigger -Once -At 9am -RepetitionInterval (New-TimeSpan -Minutes 15)", 96.0, None),
    ("schedule.every(15).minutes.do(job)", 96.0, None),
    ('schedule.every().day.at("09:00").do(job)', 1.0, {9}),
    ("sched.add_job(job, 'interval', minutes=30)", 48.0, None),
    ("CronTrigger(hour=9, minute=0)", 1.0, {9}),
]


@pytest.mark.parametrize(("text", "rate", "hours"), SCHEDULES)
def test_schedules_are_read(text: str, rate: float, hours: set[int] | None) -> None:
    found = schedules(text)
    assert found, text
    assert max(s.per_day for s in found) == pytest.approx(rate), (text, found)
    assert found[0].hours == (frozenset(hours) if hours is not None else None), (text, found)


@pytest.mark.parametrize("text", ["the schedule is tight this week", "run every test", "echo 1 2 3 4 5",
                                  "cron is a daemon", "<key>Label</key><string>x</string>"])
def test_no_schedule(text: str) -> None:
    assert schedules(text) == []


ASKED = [
    # (words, runs a day asked, hours asked)
    ("set up a cron job to run scripts/report.R every morning at 9", 1.0, {9}),
    ("매일 아침 9시에 scripts/report.R 돌아가게 cron 걸어줘", 1.0, {9}),
    ("15분마다 sync.sh 돌려줘", 96.0, None),
    ("오후 3시 30분에 실행해줘", 1.0, {15}),
    ("每天早上9点用cron跑一下 scripts/report.R", 1.0, {9}),
    ("每15分钟跑一次 scripts/sync.sh", 96.0, None),
    ("晚上9点半备份一下", 1.0, {21}),
    ("毎朝9時に scripts/report.R を cron で実行して", 1.0, {9}),
    ("30分ごとに同期して", 48.0, None),
    ("lass scripts/report.R jeden Morgen um 9 Uhr per cron laufen", 1.0, {9}),
    ("alle 15 Minuten synchronisieren", 96.0, None),
    ("jeden Montag um 21:30 ausführen", 1 / 7, {21}),
    ("lance scripts/report.R tous les matins à 9h via cron", 1.0, {9}),
    ("toutes les 15 minutes", 96.0, None),
    ("ejecuta scripts/report.R cada mañana a las 9 con cron", 1.0, {9}),
    ("a las 10 de la noche todos los días", 1.0, {22}),
    ("roda o backup todo dia às 2h da madrugada", 1.0, {2}),
    ("a cada 15 minutos", 96.0, None),
    ("elke ochtend om 9 uur scripts/report.R via cron draaien", 1.0, {9}),
    ("каждое утро в 9 запускай отчёт", 1.0, {9}),
    ("каждые 15 минут", 96.0, None),
    ("हर सुबह 9 बजे रिपोर्ट चलाओ", 1.0, {9}),
    ("run the backup nightly at 2", 1.0, {2}),
    ("at 9pm daily", 1.0, {21}),
]


@pytest.mark.parametrize(("said", "rate", "hours"), ASKED)
def test_times_asked(said: str, rate: float | None, hours: set[int] | None) -> None:
    assert asked_per_day(said) == (pytest.approx(rate) if rate is not None else None), english(said)
    assert asked_hours(english(said)) == (frozenset(hours) if hours is not None else None), english(said)


@pytest.mark.parametrize("said", ["scale the api to 3 replicas", "the 3 failing tests", "bump the version to 2.10",
                                  "it took 3 hours to build", "fix the bug in line 9", "a las pruebas"])
def test_no_time_asked(said: str) -> None:
    assert asked_hours(english(said)) is None, english(said)
