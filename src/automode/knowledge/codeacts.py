"""What code run by a framework runner or a console does to the application's data (session 19, J3): one table of call
patterns per stack, each with the effect it has.

`bin/rails runner 'Sidekiq::Queue.all.each(&:clear)'`, `bin/rails console <<EOF … destroy_all EOF`, `php artisan
tinker --execute="Cache::flush()"`, `python manage.py shell -c "Order.objects.filter(…).update(…)"`, `mix run -e
'Oban.cancel_all_jobs(Oban.Job)'`: the command line names no table and no queue, yet the code clears queues, flushes
caches, deletes, updates or creates rows. `knowledge.ormcalls` turns each into a `control` effect of data (the
statement it stands for); the judge compares it with what the user asked (`judge.intent.looked_acts`: a question is
answered by reads).

Each row: the act (`delete` rows or jobs, `update` rows, `create` rows), a pattern, the scope it reaches (`all`:
every row, queue or key of its kind; `set`: the rows a filter or a name selects, or a cache whose keys come back;
`one`: one record), and whether only an application's console makes it mean data (a generic `.save` or `.create`
is data only in an ORM's code). Facts from each library's reference: Sidekiq API (`Queue#clear`, `RetrySet`,
`ScheduledSet`, `DeadSet`), Resque (`remove_queue`), ActiveSupport::Cache (`clear`, `delete_matched`), Laravel
(`Cache::flush`, `Queue::clear`, `Artisan::call`), Django cache (`cache.clear`), Celery (`control.purge`), RQ
(`Queue.empty`), BullMQ (`obliterate`, `drain`, `clean`), Oban (`cancel_all_jobs`, `drain_queue`), Cachex
(`clear`), Redis clients (`flushall`, `flushdb`, `del`), ActiveRecord/Eloquent/Django/SQLAlchemy/Prisma/Ecto/
Mongoose row writes (`update!`, `update_columns`, `save`, `create`, `insert`, `bulk_create`, `insertMany`).
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.dc import dataclass


@dataclass(frozen=True, slots=True)
class Act:
    name: str  # the row's name (stack and call), for fixtures and reasons
    verb: str  # "delete" | "update" | "create" | "message" (mail, notifications, chat sent to people)
    pattern: str
    scope: str  # "all" | "set" | "one"
    orm_only: bool = False  # the pattern means data only in an application's code (an ORM or a console)
    what: str = ""  # the object, when the pattern has no group naming it ("the Sidekiq queues")


#: A loop over records (Ruby, PHP, JavaScript, Elixir iterators) up to a call in its body.
LOOP = r"(?:\b(?:each|find_each|find_in_batches|in_batches|map|forEach|each_with_index|flat_map|cursor|chunk|Enum\.each)\b|" \
       r"\bfor\s*(?:await\s*)?\(\s*(?:const|let|var)?\s*[\w{}\[\], ]+\s+(?:of|in)\b|\bforeach\s*\()[^}\n]{0,160}?"
#: (session 22, L3: JavaScript's `for (const u of us)`, PHP's `foreach ($us as $u)` loop statements too)
#: Python's loops: a comprehension (`[o.send() for o in qs]`) or a `for` statement (`for o in qs: o.send()`).
PY_LOOP = r"|\[\s*\w+\.(?:{0})\s*\([^\]\n]{{0,120}}\bfor\s+\w+\s+in\b|\bfor\s+\w+\s+in\s+[^:\n]+:\s*\w+\.(?:{0})\s*\("
#: Methods of a record that send it or through it (a model's own `send`, AASM-style `dispatch!`; `deliver` and
#: `notify` are the `notify` row's), and of a job that run it again (`retry`, `requeue`, `perform_now`).
SEND_METHODS = r"send|send_now|send_later|resend|dispatch|dispatch_now|mail|email|sms|broadcast|transmit"
#: The names of SEND_METHODS that are verbs only: without a call they still send (`n.dispatch!`, `o.send_now`); `mail`,
#: `email` and `sms` are as often a record's field (`u.email` printed in a loop), a send only when called.
SEND_VERBS = r"send|send_now|send_later|resend|dispatch|dispatch_now|broadcast|transmit|charge|charge_now|refund|capture|payout"
#: A method named for a send and what it sends (`sendVerification(u)`, `send_reminder(u)`, `mailInvoice(o)`,
#: `notifyOwner(t)`): called in a loop over records, one message per record (session 22, L3).
SEND_NAMED = r"(?:re)?(?:send|mail|email|notify|deliver|sms)(?:[A-Z]|_[a-z])\w*\s*\("
RETRY_METHODS = r"retry|retry_now|retry_job|requeue|requeue_job|rerun|replay|perform_now|perform_later|perform_async|" \
                r"enqueue|promote|delay|apply_async|send_task|dispatch_sync|dispatchSync|dispatch_now|perform|invoke_job|run_job"
#: (session 25, P3) Functions named for an act on people or money, passed to an iterator or called bare in a loop's body
#: (`w.map(deliver)`, `list.forEach(send)`, `for (const u of us) await notify(u)`, `list(map(deliver, hooks))`,
#: `l.map(chargeInvoice)`): one message, delivery or charge per record. The verb leads the name (`sendMail`,
#: `notify_owner`, `chargeInvoice`); a method of another object (`res.send`) is not such a function.
ACT_FUNCS = r"(?:re)?(?:send|notify|deliver|mail|email|sms|charge|bill|refund|payout|pay|invoice|dispatch|publish|" \
            r"broadcast|enqueue|retry|requeue|replay|perform)(?:[A-Z_]\w*)?"
CALLBACK = r"(?:\.(?:map|forEach|each|flatMap|flat_map|for_each|each_slice|mapSeries|eachSeries)\s*\(\s*(?:async\s+)?|" \
           r"\b(?:map|starmap|imap)\s*\(\s*|\bPromise\.all\s*\(\s*\w+\.map\s*\(\s*|->each\s*\(\s*)" \
           r"(?:[\w$]+(?:\.|::|->))?" + ACT_FUNCS + r"\s*[,)]"

# fmt: off
ACTS: tuple[Act, ...] = (
    # job queues: every job waiting is lost
    Act("sidekiq-all-queues", "delete", r"Sidekiq::Queue\.all\.(?:each|map)\s*(?:\(\s*&:clear\s*\)|\{[^}]*\.clear\b|"
        r"do\b[^\n]{0,80}\.clear\b)", "all", what="every Sidekiq queue"),
    Act("sidekiq-queue", "delete", r"Sidekiq::Queue\.new\s*(?:\(\s*['\":]?([\w-]*)['\"]?\s*\))?\s*\.clear\b", "set"),
    Act("sidekiq-sets", "delete", r"Sidekiq::(?:RetrySet|ScheduledSet|DeadSet|Workers)\.new\.(?:clear|kill_all)\b", "all",
        what="the Sidekiq retry, scheduled or dead set"),
    Act("sidekiq-redis", "delete", r"Sidekiq\.redis\s*(?:\(\s*&:flush(?:all|db)\s*\)|\{[^}]*flush(?:all|db))", "all",
        what="Sidekiq's Redis"),
    Act("resque", "delete", r"Resque\.(?:remove_queue|redis\.flushall|redis\.del)\s*\(?\s*['\":]?([\w-]*)", "set"),
    Act("delayed-job", "delete", r"Delayed::Job\.(?:delete_all|destroy_all)\b", "all", what="every Delayed::Job"),
    Act("good-job", "delete", r"GoodJob::(?:Job|Execution)\.(?:delete_all|destroy_all)\b", "all", what="every GoodJob job"),
    Act("solid-queue", "delete", r"SolidQueue::(?:Job|Queue)[\w.]*\.(?:clear|delete_all|destroy_all)\b", "all",
        what="the Solid Queue jobs"),
    Act("laravel-queue", "delete", r"Queue::(?:connection\([^)]*\)->)?(?:clear|purge)\s*\(\s*['\"]?([\w-]*)", "set"),
    Act("laravel-artisan", "delete", r"Artisan::call\(\s*['\"](queue:clear|queue:flush|horizon:clear|cache:clear|"
        r"migrate:fresh|migrate:reset|db:wipe)", "all"),
    Act("celery-purge", "delete", r"\.control\.purge\s*\(\s*\)", "all", what="every Celery queue"),
    Act("rq-empty", "delete", r"\bQueue\s*\([^)]*\)\.empty\s*\(\s*\)|\bq\.empty\s*\(\s*\)", "all", what="the RQ queue"),
    Act("bullmq", "delete", r"\.(?:obliterate|drain)\s*\(\s*(?:\{[^}]*\}|true)?\s*\)|\.clean\s*\(\s*\d", "all",
        orm_only=True, what="the BullMQ queue"),
    Act("oban", "delete", r"Oban\.(?:cancel_all_jobs|delete_all_jobs|drain_queue)\s*\(", "all", what="the Oban jobs"),
    Act("queue-generic", "delete", r"\b(?:\w+\.)?(\w*(?:queue|jobs|job_queue|mailbox|outbox)\w*)\.(?:clear|purge|flush|empty)\b"
        r"(?!\?)", "set", orm_only=True),
    # caches: the keys come back, the work to compute them is redone (a set, not every row of a table)
    Act("rails-cache", "delete", r"Rails\.cache\.(?:clear|delete_matched)\b", "set", what="the Rails cache"),
    Act("laravel-cache", "delete", r"Cache::(?:store\([^)]*\)->)?flush\s*\(\s*\)", "set", what="the Laravel cache"),
    Act("django-cache", "delete", r"\bcaches?(?:\[[^\]]+\])?\.clear\s*\(\s*\)", "set", orm_only=True,
        what="the Django cache"),
    Act("cachex", "delete", r"Cachex\.clear\s*\(|:ets\.delete_all_objects\s*\(", "set", what="the cache"),
    # key-value stores reached through a client in the code: a method (`$redis.flushall`, Ruby without parentheses),
    # or the command by name (`redis.send('FLUSHALL', [])` in Bun, `execute_command`, `sendCommand`, Redix's list)
    Act("redis-flush", "delete", r"\.(?:flushall|flushdb|flushAll|flushDb|FlushAll|FlushDB)\b(?!\?)|"
        r"['\"](?:FLUSHALL|FLUSHDB|flushall|flushdb)['\"]", "all", what="every key of the Redis database"),
    Act("redis-del", "delete", r"\b(?:redis|r|\$redis|Redis\.current|REDIS|client)\.(?:del|delete|unlink)\s*\(\s*['\"]([\w:.*-]+)",
        "set"),
    Act("redis-del-command", "delete", r"\.(?:send|call|execute_command|sendCommand|send_command|command)\s*\(\s*\[?\s*"
        r"['\"](?:DEL|UNLINK|del|unlink)['\"]\s*,\s*\[?\s*['\"]([\w:.*-]+)", "set"),
    # query builders and stores whose delete is their own word: knex `.del()`, Drizzle `db.delete(table)`, Eloquent's
    # `forceDelete` (past the soft delete), Deno KV and etcd-style `kv.delete`
    Act("knex-del", "delete", r"\bknex\s*\(\s*['\"]([\w.]+)['\"]\s*\)[^;\n]*?\.(?:del|delete|truncate)\s*\(\s*\)", "set"),
    Act("drizzle-delete", "delete", r"\b(?:db|tx)\.delete\s*\(\s*([A-Za-z_]\w*)\s*\)", "set"),
    Act("eloquent-force-delete", "delete", r"(?:->|::)forceDelete(?:Quietly)?\s*\(", "set"),
    Act("kv-delete", "delete", r"\bkv\.delete\s*\(", "set", what="keys of the key-value store"),
    # records removed one by one in a loop over a query (`.each(&:destroy)`, `->each->delete()`, `for o in qs: o.delete()`)
    Act("row-each-delete", "delete", r"\b(?:each|find_each|find_in_batches|in_batches|map|forEach|each_with_index)\b"
        r"[^;\n]{0,160}?(?:&:(?:destroy|delete|really_destroy)!?|\.(?:destroy|delete|forceDelete|really_destroy)!?\s*"
        r"(?:\(\s*\)|[;})\n]|$)|->(?:delete|forceDelete)\s*\(\s*\))|->each->(?:delete|forceDelete)\s*\(\s*\)|"
        r"\bfor\s+\w+\s+in\s+[^:\n]+:\s*\w+\.delete\s*\(\s*\)|\b\w+\.delete\s*\(\s*\)\s+for\s+\w+\s+in\b", "set",
        orm_only=True),
    # mail, notifications and chat messages sent from the application (others read them at once; they cannot be
    # taken back): Laravel notifications and Mail, ActionMailer and Noticed, Django mail, smtplib, Swoosh/Bamboo,
    # Nodemailer, SendGrid, Resend, Slack, ActionCable and Channels broadcasts
    Act("notify", "message", r"->notify(?:Now)?\s*\(|\bNotification::send(?:Now)?\s*\(|\bMail::(?:to\s*\([^;]*?\)\s*->\s*)?"
        r"(?:cc\s*\([^;]*?\)\s*->\s*)?(?:send|queue|sendNow|later)\s*\(|\.deliver(?:_now|_later)?!?(?:\b|\()|"
        r"\.notify_(?:all|users?)\s*\(", "one", orm_only=True, what="mail or notifications"),
    Act("mail-python", "message", r"\b(?:send_mail|send_mass_mail|mail_admins|mail_managers)\s*\(|\bEmail(?:Message|MultiAlternatives)"
        r"\s*\([^;\n]*\.send\s*\(|\.(?:sendmail|send_message)\s*\(|\.send_messages\s*\(", "one", what="mail"),
    Act("mail-node", "message", r"\.sendMail\s*\(|\bsgMail\.send(?:Multiple)?\s*\(|\.emails\.send\s*\(|"
        r"\bMailer\.deliver(?:_now|_later)?!?\s*\(|\|>\s*\w*Mailer\.deliver", "one", what="mail"),
    Act("chat-post", "message", r"\bchat[._]post(?:Message|_message)\s*\(|\bActionCable\.server\.broadcast\s*\(|"
        r"\.group_send\s*\(", "one", orm_only=True, what="chat messages or broadcasts"),
    # session 21 (L3): records that send, and jobs run again, one by one in a loop over a query (`[o.send() for o in
    # Outbox.objects.filter(sent=False)]`, `->get()->each->send()`, `.each { |n| n.dispatch! }`, `js.map(j => j.retry())`,
    # `[reg.requeue(j) for j in …]`), and the queue APIs that run every failed or dead job again at once (Sidekiq
    # `RetrySet#retry_all`, `DeadSet#retry_all`, Resque `Failure.requeue_all`, Oban `retry_all_jobs`, BullMQ
    # `retryJobs`/`promoteJobs`, Laravel `queue:retry all`): each job does again what it does (mail, webhooks, charges)
    Act("record-send", "message", LOOP + r"(?:&:(?:" + SEND_METHODS + r")|(?:\.|->|::)(?:" + SEND_VERBS
        + r")(?:!|\b)(?!\s*[=:])|(?:\.|->|::)(?:" + SEND_METHODS + r")(?:!|\s*\())|->each->(?:"
        + SEND_METHODS + r")\s*\(" + PY_LOOP.format(SEND_METHODS) + "|" + LOOP + r"(?:\.|->|::)" + SEND_NAMED
        + r"|\bfor\s+\w+\s+in\s+[^:\n]+:\s*(?:await\s+)?[\w.]*\." + SEND_NAMED, "set", orm_only=True,
        what="what each record sends (mail, messages, webhooks)"),
    Act("job-retry", "message", LOOP + r"(?:&:|\.|->|::)(?:" + RETRY_METHODS + r")(?:!|\b)(?!\s*[=:])|->each->(?:"
        + RETRY_METHODS + r")\s*\(" + PY_LOOP.format(RETRY_METHODS), "set", orm_only=True,
        what="the jobs, run again (whatever they send or charge)"),
    Act("callback-send", "message", CALLBACK + r"|" + LOOP + r"(?<![\w.$>:])(?:await\s+)?" + ACT_FUNCS + r"\s*\(\s*\w|"
        r"\[\s*(?:await\s+)?" + ACT_FUNCS + r"\s*\(\s*\w[^\]\n]{0,120}\bfor\s+\w+\s+in\b|"
        r"\bfor\s+\w+\s+in\s+[^:\n]+:\s*(?:await\s+)?" + ACT_FUNCS + r"\s*\(\s*\w",
        "set", orm_only=True, what="what each record is handed to (a send, a delivery, a charge), once per record"),
    Act("queue-retry-all", "message", r"Sidekiq::(?:RetrySet|DeadSet|ScheduledSet)\.new\.(?:retry_all|each\s*(?:\(\s*&:retry|"
        r"\{[^}]*\.retry))|\bResque::Failure\.requeue_all\b|\bOban\.retry_all_jobs\s*\(|\.(?:retryJobs|promoteJobs)\s*\(|"
        r"Artisan::call\(\s*['\"]queue:retry['\"]|\.(?:retry_all|requeue_all)\b(?!\?)", "all",
        what="every failed or dead job, run again (whatever it sends or charges)"),
    # rows written one by one or in bulk (the filtered and mass forms are `ormcalls.DELETES`/`UPDATES`)
    Act("row-update", "update", r"\.(?:update!?|update_columns?|update_attribute|increment!|decrement!|toggle!|"
        r"touch_all)\s*\(|\bRepo\.update!?\s*\(|->update\s*\(\s*\[|->(?:increment|decrement)\s*\(|"
        r"\.(?:updateOne|findOneAndUpdate|findByIdAndUpdate|upsert)\s*\(|\bsession\.merge\s*\(", "one", orm_only=True),
    # one record deleted by its key (session 26, Q3): ActiveRecord `Model.find(ID).destroy`, `Model.destroy(ID)`, Django
    # `Model.objects.get(pk=ID).delete()`, Ecto `Repo.delete(…)`, Prisma `delete({ where })`, Mongoose by id
    Act("row-delete", "delete", r"\b[A-Z]\w*\.find(?:_by!?)?\s*\([^()]*\)\s*\.(?:destroy|delete)!?(?![\w?])|"
        r"\b[A-Z]\w*\.(?:destroy|delete)!?\s*\(\s*(?:\d+|['\"][\w-]+['\"])\s*\)|"
        r"\.objects\.get\s*\([^()]*\)\s*\.delete\s*\(|\bRepo\.delete!?\s*\(|\bprisma\.\w+\.delete\s*\(\s*\{|"
        r"\.(?:findByIdAndDelete|findOneAndDelete|deleteOne)\s*\(", "one", orm_only=True),
    Act("row-create", "create", r"\.objects\.(?:create|bulk_create|get_or_create|update_or_create)\s*\(|"
        r"\b[A-Z]\w*\.(?:create!?|insert_all!?|upsert_all|find_or_create_by!?|create_or_find_by!?)\s*[({]|"
        r"\bRepo\.insert(?:_all)?!?\s*\(|::(?:create|insert|firstOrCreate|updateOrCreate)\s*\(|->save\s*\(\s*\)|"
        r"\.save!?(?:\s*\(\s*\)|\s*;|\s*$)|\.(?:insertOne|insertMany|createMany)\s*\(|\bsession\.add(?:_all)?\s*\(|"
        r"\bprisma\.\w+\.create\s*\(", "one", orm_only=True),
)
# fmt: on

_COMPILED = tuple((row, lazyre.compile(row.pattern)) for row in ACTS)
#: A model or class a chain starts from (`User`, `App\\Models\\User`, `Shop.Order`).
_MODEL = lazyre.compile(r"\b([A-Z][A-Za-z0-9_]*(?:(?:::|\.|\\\\)[A-Z]\w*)*)(?=[.:(\[-]|$)")
#: A cheap test before the table: some word one of its rows needs.
GATE = lazyre.compile(r"(?i)clear|flush|purge|obliterate|drain|clean|remove_queue|cancel_all|delete|destroy|\bdel\b|"
                      r"unlink|artisan::call|update|increment|decrement|toggle|touch_all|upsert|merge|create|insert|save|"
                      r"\.add|empty|kill_all|notif|deliver|mail|send|post_?message|broadcast|dispatch|retry|requeue|rerun|"
                      r"replay|perform|enqueue|promote|transmit|sms|charge|refund|payout|invoice|bill|pay")


#: A name bound once to an expression at the start of a statement (`q = User.objects.filter(…)`, `$q =
#: User::where(…)`, `const q = prisma.order`, `ds := …`): not a keyword argument (`filter(is_active=False)`), which
#: follows a parenthesis or a comma, nor a comparison.
_BIND = lazyre.compile(r"(?:^|(?<=[;\n{]))[ \t]*(?:(?:const|let|var|val)\s+)?(\$?[A-Za-z_]\w*)\s*:?=(?![=~>])\s*"
                       r"(?:await\s+)?([^;\n]+)")
#: An expression worth carrying to where its name is used: a call chain or a constant path, not a number or a string.
_CHAIN = lazyre.compile(r"^(?:new\s+)?[\\$A-Za-z_][\w\\]*(?:\s*(?:\.|::|->)\s*\w|\s*\()")
#: Characters of code expanded at most (the expansion only carries chains to their uses; it never loops).
MAX_EXPAND = 20_000


def expand(code: str) -> str:
    """The code with each name bound to a call chain replaced, where it is used after, by the chain: `ds =
    Sidekiq::DeadSet.new; puts ds.size; ds.clear` reads `… Sidekiq::DeadSet.new.clear`, `q = User.objects.filter(…);
    q.delete()` reads `User.objects.filter(…).delete()`, so the table's patterns see what a variable hides."""
    if "=" not in code or len(code) > MAX_EXPAND:
        return code
    out = code
    for _ in range(3):  # (a chain built in steps: `q = User.where(…)`, `old = q.where(…)`, `old.delete_all`)
        changed = False
        for m in list(_BIND.finditer(out))[:20]:
            name, rhs = m.group(1), m.group(2).strip().rstrip(";").strip()
            use = lazyre.built(r"(?<![\w$.>:])" + re.escape(name) + r"(?![\w]|\s*:?=(?!=))")
            if not _CHAIN.match(rhs) or use.search(rhs) or len(rhs) > 400:
                continue  # (`q = q.where(…)`: a name built on itself is left as it is)
            tail = out[m.end():]
            if not use.search(tail):
                continue
            out = out[:m.end()] + use.sub(rhs.replace("\\", "\\\\"), tail)  # (a backslash of the code kept as written)
            changed = True
            break
        if not changed or len(out) > 4 * MAX_EXPAND:
            break
    return out


def acts(code: str, orm: bool) -> list[tuple[Act, str]]:
    """Each row of the table the code matches, with the object it names ("" when it names none); `orm` says the code
    is an application's (a framework console, or code using an ORM), where the generic rows count."""
    if not GATE.search(code):
        return []
    out: list[tuple[Act, str]] = []
    for row, rx in _COMPILED:
        if row.orm_only and not orm:
            continue
        m = rx.search(code)
        if m is None:
            continue
        named = next((g for g in m.groups() if g), "") if m.groups() else ""
        if not named and not row.what:
            models = _MODEL.findall(code[max(0, m.start() - 160): m.start()])  # `User.find(42).update!` -> User
            named = models[-1] if models else ""
        out.append((row, named or row.what))
    return out


#: Fixtures: (code, orm, the rows that must match); an empty tuple means no row may match.
FIXTURES: tuple[tuple[str, bool, tuple[str, ...]], ...] = (
    ("Sidekiq::Queue.all.each(&:clear)", True, ("sidekiq-all-queues",)),
    ("Sidekiq::Queue.all.each { |q| q.clear }", True, ("sidekiq-all-queues",)),
    ('Sidekiq::Queue.new("mailers").clear', True, ("sidekiq-queue",)),
    ("puts Sidekiq::Queue.new('mailers').size", True, ()),
    ("Sidekiq::RetrySet.new.clear", True, ("sidekiq-sets",)),
    ("Sidekiq.redis(&:flushdb)", True, ("sidekiq-redis",)),
    ("Rails.cache.clear", True, ("rails-cache",)),
    ("puts Rails.cache.read('user:42').inspect", True, ()),
    ("Cache::flush();", True, ("laravel-cache",)),
    ("Artisan::call('queue:clear');", True, ("laravel-artisan",)),
    ("Queue::clear('emails');", True, ("laravel-queue",)),
    ("from django.core.cache import cache; cache.clear()", True, ("django-cache",)),
    ("app.control.purge()", True, ("celery-purge",)),
    ("Queue('default', connection=r).empty()", True, ("rq-empty",)),
    ("await queue.obliterate({ force: true })", True, ("bullmq",)),
    ("console.log(await queue.count())", True, ()),
    ("Oban.cancel_all_jobs(Oban.Job)", True, ("oban",)),
    ("ActiveJob::Base.queue_adapter.enqueued_jobs.clear", True, ("queue-generic",)),
    ("puts queue.empty?", True, ()),
    ("import redis; redis.Redis().flushall()", False, ("redis-flush",)),
    ("r.delete('celery')", False, ("redis-del",)),
    ("print(r.llen('celery'))", False, ()),
    ("User.find(42).update!(admin: true)", True, ("row-update",)),
    ("Merchant.find(8812).destroy", True, ("row-delete",)),
    ("Merchant.destroy(8812)", True, ("row-delete",)),
    ("Order.objects.get(pk=7).delete()", True, ("row-delete",)),
    ("puts Merchant.find(8812).destroyed?", True, ()),
    ("u = User.find(42); u.admin = true; u.save!", True, ("row-create",)),
    ("User.create!(email: 'a@b.example')", True, ("row-create",)),
    ("Order.objects.create(total=1)", True, ("row-create",)),
    ("print(Order.objects.filter(status='pending').count())", True, ()),
    ("img.save('thumb.png')", False, ()),
    ("df.update(other)", False, ()),
    ("echo User::whereNull('email_verified_at')->count();", True, ()),
    # session 20 (K3): commands by name, records removed in a loop, mail and notifications
    ("import {redis} from 'bun'; await redis.send('FLUSHALL', [])", False, ("redis-flush",)),
    ("$redis.flushdb", True, ("redis-flush",)),
    ("r.execute_command('FLUSHDB')", False, ("redis-flush",)),
    ("console.log(await redis.send('DBSIZE', []))", False, ()),
    ("await client.sendCommand(['DEL', 'sessions:42'])", False, ("redis-del-command",)),
    ("print(r.execute_command('SCAN', 0))", False, ()),
    ("Cart.where(state: 'stale').find_each(&:destroy)", True, ("row-each-delete",)),
    ("Order::where('status', 'void')->get()->each->delete();", True, ("row-each-delete",)),
    ("for o in Order.objects.filter(void=True): o.delete()", True, ("row-each-delete",)),
    ("[c.delete() for c in Cart.objects.filter(stale=True)]", True, ("row-each-delete",)),
    ("Cart.where(state: 'stale').find_each { |c| puts c.id }", True, ()),
    ("h = {a: 1}; h.each { |k, v| h.delete(k) if v > 1 }", True, ()),
    ("User::whereNull('email_verified_at')->each(fn($u) => $u->notify(new VerifyReminder));", True, ("notify",)),
    ("User.where(confirmed_at: nil).each { |u| UserMailer.reminder(u).deliver_now }", True, ("notify",)),
    ("puts User.where(confirmed_at: nil).count", True, ()),
    ("from django.core.mail import send_mail; send_mail('Hi', 'x', 'a@b.example', ['c@d.example'])", False, ("mail-python",)),
    ("import smtplib; s = smtplib.SMTP('localhost'); s.send_message(msg)", False, ("mail-python",)),
    ("print(len(outbox))", False, ()),
    ("await transporter.sendMail({to: u.email, subject: 'x'})", False, ("mail-node",)),
    ("Accounts.UserNotifier.welcome(u) |> MyApp.Mailer.deliver()", False, ("mail-node",)),
    ("knex('sessions').count().then(r => knex('sessions').del())", False, ("knex-del",)),
    ("knex('sessions').count().then(console.log)", False, ()),
    ("await db.delete(sessions)", False, ("drizzle-delete",)),
    ("console.log((await db.select().from(sessions)).length)", False, ()),
    ("echo Order::onlyTrashed()->count(); Order::onlyTrashed()->forceDelete();", True, ("eloquent-force-delete",)),
    ("for await (const e of kv.list({prefix: ['s']})) await kv.delete(e.key)", False, ("kv-delete",)),
    ("for await (const e of kv.list({prefix: ['s']})) n++", False, ()),
    ("client.chat_postMessage(channel='#ops', text='done')", True, ("chat-post",)),
    ("print(client.conversations_list())", True, ()),
    # session 21 (L3): records that send in a loop, jobs run again
    ("qs = Outbox.objects.order_by('-id')[:5]; [print(o.id) for o in qs]; [o.send() for o in Outbox.objects.filter(sent=False)]",
     True, ("record-send",)),
    ("[print(o.id, o.to) for o in Outbox.objects.order_by('-id')[:5]]", True, ()),
    ("echo Invoice::where('sent', false)->count(); Invoice::where('sent', false)->get()->each->send();", True, ("record-send",)),
    ("Newsletter.where(state: 'pending').each { |n| puts n.subject; n.dispatch! }", True, ("record-send",)),
    ("Newsletter.where(state: 'pending').each { |n| puts n.subject }", True, ()),
    ("for m in Message.objects.filter(queued=True): m.resend()", True, ("record-send",)),
    ("q.getFailed().then(js=>Promise.all(js.map(j=>j.retry())))", True, ("job-retry",)),
    ("q.getFailed().then(js=>console.log(js.map(j=>j.failedReason)))", True, ()),
    ("[reg.requeue(j) for j in reg.get_job_ids()]", True, ("job-retry",)),
    ("Sidekiq::RetrySet.new.retry_all", True, ("queue-retry-all",)),
    ("puts Sidekiq::RetrySet.new.size", True, ()),
    ("IO.puts Repo.aggregate(Oban.Job, :count); Oban.retry_all_jobs(Oban.Job)", True, ("queue-retry-all",)),
    ("Resque::Failure.requeue_all", True, ("queue-retry-all",)),
    ("users.forEach(u => res.send(u))", False, ()),
    ("[send_digest.delay(u.id) for u in User.objects.filter(active=True)]", True, ("job-retry",)),
    ("User::where('active', true)->get()->each(fn($u) => SendDigest::dispatch($u));", True, ("record-send",)),
    # session 25 (P3): act functions handed to an iterator, or called bare in a loop's body; jobs performed in a loop
    ("const w=await db.webhook.findMany(); console.log(w.length); await Promise.all(w.map(deliver))", True,
     ("callback-send",)),
    ("db.emails.pending().then(list=>{console.log(list.length); list.forEach(send)})", True, ("callback-send",)),
    ("const u=await db.user.findMany(); for (const x of u) await notify(x)", True, ("callback-send",)),
    ("hs=Hook.objects.filter(failed=True); print(hs.count()); list(map(deliver, hs))", True, ("callback-send",)),
    ("l.map(billing.chargeInvoice)", True, ("callback-send",)),
    ("console.log(w.map(x => x.id)); w.forEach(print)", True, ()),
    ("const n = list.map(normalize); console.log(n.length)", True, ()),
    ("Job.failed.each(&:perform)", True, ("job-retry",)),
    ("r = Reminder.objects.filter(due=True); print(r.count()); [send_reminder(x) for x in r]", True, ("callback-send",)),
    ("[print(x.id) for x in Reminder.objects.filter(due=True)]", True, ()),
    ("subs = Subscription.renewing_today; puts subs.count; subs.each { |s| s.charge! }", True, ("record-send",)),
    ("puts Job.failed.map(&:id)", True, ()),
)
