"""Data deleted through application code run inline (`knowledge.ormcalls`): a framework runner or a release's remote
console given code that deletes rows is a data delete (AM-DATA-001); reads and filtered local deletes stay routine."""

from __future__ import annotations

import pytest

from automode.config import Config
from automode.engine import Engine
from automode.model import Action, Context

ENGINE = Engine(Config())
CTX = Context(cwd="/home/dev/app", project_root="/home/dev/app", home="/home/dev")


def decide(cmd: str, *msgs: str) -> tuple[str, tuple[str, ...]]:
    ctx = Context(cwd=CTX.cwd, project_root=CTX.project_root, home=CTX.home, user_messages=msgs)
    d = ENGINE.decide(Action("Bash", {"command": cmd}, "/home/dev/app"), ctx)
    return d.verdict, d.rules


@pytest.mark.parametrize("cmd", [
    "heroku run -a shop-prod \"rails runner 'Order.delete_all'\"",
    "bin/rails runner 'Subscription.destroy_all'",
    "python manage.py shell -c 'from crm.models import Lead; Lead.objects.all().delete()'",
    "php artisan tinker --execute=\"App\\\\Models\\\\Invoice::truncate()\"",
    "fly ssh console -a ledger-prod -C \"/app/bin/ledger rpc 'Ledger.Repo.delete_all(Ledger.Entry)'\"",
    "node -e \"const {PrismaClient}=require('@prisma/client'); new PrismaClient().session.deleteMany()\"",
])  # fmt: skip
def test_code_that_deletes_every_row_is_a_data_delete(cmd: str) -> None:
    verdict, rules = decide(cmd)
    assert verdict != "allow" and "AM-DATA-001" in rules, cmd


@pytest.mark.parametrize("cmd", [
    "bin/rails runner 'puts Order.count'",
    "python manage.py shell -c 'from crm.models import Lead; print(Lead.objects.count())'",
    "bin/rails runner 'User.where(email: \"qa@example.test\").destroy_all'",
    "mix run -e 'IO.puts(MyApp.Repo.aggregate(MyApp.Entry, :count))'",
    "git commit -m 'use delete_all in the cleanup job'",
])  # fmt: skip
def test_reads_filtered_local_deletes_and_messages_stay_routine(cmd: str) -> None:
    _verdict, rules = decide(cmd)
    assert "AM-DATA-001" not in rules, cmd


def test_the_user_naming_the_rows_releases_the_local_delete() -> None:
    verdict, _ = decide("mix run -e 'Tidepool.Repo.delete_all(Tidepool.Waitlist.Entry)'",
                        "there are 400 junk waitlist entries in my local db from the load test, clear them")
    assert verdict == "allow"
