"""The bound said, left out or given another amount (session 22, M1, helper `bounds`; AM-JUDGE-044).

The user bounds the act: one version ("@acme/sdk の 0.3.1"), one revision ("to revision 12"), one step of a job
("only the rebuild-index task"), one database ("db 3"), one function or resource ("just the sendWelcome function",
session 25), a length of time ("zwei Stunden", "30 分"), an age ("older
than 7 days", "一週間より古い"), a size ("2 GB"), a count ("the last migration"). The command leaves out the option or
the operand that carries the bound, so the program's default reaches further (`knowledge.bounding`: every version,
the previous revision, every step, every database, the role's maximum, every file whatever its age), or carries
another amount than the one said, compared in one unit (`intent.said_units`: `2h` is "zwei Stunden", `2d` is not).

What the words say is read by kind, never by a phrase: a version is a dotted number, a revision or a database a
number beside its noun, a step or a queue a name beside its noun, an amount a number with its unit. Left out, or
wider than said: the row's verdict (refused where more is destroyed, granted or run; asked where the default is only
somewhat wider); an amount on the narrow side of the one said is left alone (`find -size +5000000b`, 2.5 GB, for
"bigger than 5MB" deletes less than asked), unless the row compares any other value (a key's expiry).

`bounded(a)` returns ("deny" | "ask", why) or None; read by `intent.substitutions` on every allow and ask the user's
words reached.
"""

from __future__ import annotations

import re
from functools import lru_cache

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.knowledge.bounding import Bound

_PROGRAMS: frozenset[str] | None = None


def _programs() -> frozenset[str]:
    global _PROGRAMS
    if _PROGRAMS is None:
        from automode.knowledge.bounding import BOUNDS

        _PROGRAMS = frozenset(p for r in BOUNDS for p in r.programs)
    return _PROGRAMS


# ------------------------------------------------------------------ what the words say, by kind
_VERSION = lazyre.compile(r"(?<![\w.-])v?(\d+\.\d+(?:\.\d+)?(?:-[0-9A-Za-z][0-9A-Za-z.-]*)?)(?![\w.]*\.\d)(?![\w])")
_REV_WORDS = (r"rev|revs|revision|revisions|revisión|revisão|révision|revisione|rewizj\w*|ревизи\w*|ревізі\w*|"
              r"revizyon\w*|revize|リビジョン|修订版?|版本|리비전|release|releases|релиз\w*|versión|version|versão|"
              r"wersj\w*|верси\w*|sürüm\w*|phiên\s+bản|versi|deployment\s+revision")
_NO = r"(?:no\.?|nr\.?|n[°º]|#|number|número|numéro|nummer|numer|номер|numara\w*|番号|号|번)?"
_REVISION = lazyre.compile(rf"(?i)(?<![\w-])(?:{_REV_WORDS})\s*{_NO}\s*[:#]?\s*v?(\d{{1,6}})(?![\w.])|"
                           rf"(?<![\w.])v?(\d{{1,6}})\s*(?:번째?\s*|番目?の?\s*|号\s*|-?(?:ci|cı|cu|cü|nci|ncı|ncu|ncü)\s+)?"
                           rf"(?:{_REV_WORDS})(?![\w])|(?<![\w.-])v(\d{{1,6}})(?![\w.])")
_DB_WORDS = (r"db|dbs|database|databases|base\s+de\s+datos|base\s+de\s+données|base\s+de\s+dados|banco(?:\s+de\s+dados)?|"
             r"datenbank\w*|banca\s+dati|database\w*|baz[aęy]\w*(?:\s+danych)?|баз[аыеуой]\w*(?:\s+данных)?|"
             r"veritaban\w*|cơ\s+sở\s+dữ\s+liệu|データベース|数据库|資料庫|데이터베이스|index|base")
_DB = lazyre.compile(rf"(?i)(?<![\w-])(?:{_DB_WORDS})\s*{_NO}\s*[:#]?\s*(\d{{1,2}})(?![\w.])|"
                     rf"(?<![\w.])(\d{{1,2}})\s*(?:번\s*|号\s*|番\s*)?(?:{_DB_WORDS})(?![\w])|(?<![\w-])db(\d{{1,2}})(?![\w.])")
_STEP_WORDS = (r"step|steps|stage|stages|krok\w*|schritt\w*|étape|paso|passo|etapa|шаг\w*|этап\w*|крок\w*|adım\w*|"
               r"stap|steg|vaihe\w*|lépés\w*|pas|ステップ|步骤|단계")
_QUEUE_WORDS = (r"queue|queues|cola|fila|file\s+d'attente|warteschlange|coda|kolejk\w*|очеред\w*|черг\w*|kuyru\w*|"
                r"wachtrij|kö|キュー|队列|큐")


@lru_cache(maxsize=64)
def _name_res(words: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    name = r"[`'\"]?([A-Za-z0-9][A-Za-z0-9_.:-]*[A-Za-z0-9]|[A-Za-z0-9])[`'\"]?"
    return (re.compile(rf"(?i)(?<![\w-])(?:{words})(?![\w'’-])\s*[:=]?\s*(?:(?:named|called)\s+)?{name}(?![\w-])"),
            re.compile(rf"(?i)(?<![\w./-]){name}\s*(?:{words})(?![a-z])"))


#: Words after a step's noun that name no step.
_STOP = frozenset({"the", "a", "an", "this", "that", "it", "to", "for", "of", "on", "in", "and", "or", "with", "only",
                   "just", "all", "every", "each", "is", "are", "was", "run", "runs", "one", "first", "last", "de", "da",
                   "do", "du", "la", "le", "el", "die", "der", "das", "den", "dem", "il", "z", "w", "na", "v", "ve",
                   "nur", "solo", "tylko", "jen", "pouze", "then", "please", "now", "again", "its", "their", "new"})
_TASK_WORDS = (r"task|tasks|tâche|tarea|tarefa|aufgabe|compito|zadani[ae]|zadanie|задач\w*|úloh\w*|görev\w*|taak|"
               r"uppgift\w*|tehtävä\w*|タスク|任务|任務|태스크|작업")


#: A member of a deployed kind said by its name beside the kind's noun, in the singular ("just the sendWelcome
#: function", "la función sendInvoice"; "deploy functions" names none).
_FUNCTION_WORDS = (r"function|función|fonction|funktion|funzione|função|funkcj[aęi]|функци[юяи]|функці[юяї]|"
                   r"fonksiyon(?:u|unu)?|functie|funktio(?:n|ta)?|lambda|関数|函数|함수")
_RESOURCE_WORDS = r"resource|recurso|ressource|risorsa|zasób|ресурс|kaynak|リソース|资源|리소스|module|modul|módulo|モジュール|模块|모듈"
#: A terraform resource address (`aws_s3_bucket.logs`, `module.net.aws_vpc.main`, `google_sql_database.app`): a
#: provider's type (not a file name such as `user_service.py`) or a module.
_ADDRESS = lazyre.compile(r"(?<![\w./-])((?:module\.[a-z0-9_-]+\.)*(?:data\.)?(?:aws|google|azurerm|azuread|kubernetes|helm|"
                          r"random|null|local|tls|cloudflare|github|gitlab|datadog|digitalocean|vault|consul|nomad|docker|"
                          r"oci|ibm|alicloud|hcloud|linode|vsphere|okta|auth0|snowflake|postgresql|mysql|grafana|"
                          r"pagerduty|newrelic|fastly|heroku|time|archive)_[a-z0-9_]+\.[a-z0-9_-]+|module\.[a-z0-9_-]+)"
                          r"(?![\w/-])")
#: Words that narrow an act to the member named ("only", "just", "nur", "solo", "だけ"): a resource mentioned
#: beside an apply is a bound only so.
_ONLY = lazyre.compile(r"(?i)\b(?:only|just|solely|nur|bloß|solo|solamente|únicamente|seulement|uniquement|"
                       r"apenas|somente|soltanto|tylko|jedynie|только|лише|тільки|sadece|yalnızca|alleen|enkel|endast|"
                       r"bara|kun|vain|pouze|jen|csak|doar|chỉ|hanya|target)\b|-target|だけ|のみ|仅|只|만")


def _names(text: str, words: str) -> tuple[str, ...]:
    from automode.judge.intent.name_match import matched_names

    return matched_names(text, _name_res(words), _STOP)


_PART_WORDS = (r"partitions?|partición|particiones|partição|partições|partizion[ei]|partycj\w*|раздел\w*|"
               r"партици\w*|партиці\w*|bölüm\w*|partíci\w*|partitie\w*|osio\w*|分区|分區|パーティション|파티션|"
               r"قسم|پارتیشن|מחיצה|विभाजन|phân\s+vùng")
_PART_ID = lazyre.compile(r"(?<![\w$-])((?:19|20)\d{2}(?:-?\d{2}){1,2}(?:\d{2})?|__NULL__|__UNPARTITIONED__)(?![\w-])")


#: Month names and their stems (en, es, fr, de, it, pt, nl, pl, sv, tr): "March 12, 2024", "12. März 2024".
_MONTHS: dict[str, int] = {w: i + 1 for i, ws in enumerate((
    "jan january enero janvier januar gennaio janeiro januari stycz ocak", "feb february febrero février fevrier februar "
    "febbraio fevereiro februari lut şubat", "mar march marzo mars märz maerz março maart marca mart", "apr april abril "
    "avril aprile kwiet nisan", "may mayo mai maggio maio mei maj mayıs", "jun june junio juin juni giugno junho czerw "
    "haziran", "jul july julio juillet juli luglio julho lip temmuz", "aug august agosto août aout augustus sierp ağustos",
    "sep sept september septiembre septembre settembre setembro wrzes eylül", "oct october octubre octobre oktober "
    "ottobre outubro paźdz ekim", "nov november noviembre novembre novembro listop kasım", "dec december diciembre "
    "décembre dezember dicembre dezembro grud aralık").__iter__()) for w in ws.split()}
_WRITTEN = lazyre.compile(r"(?i)(?<![\w])(?:([^\W\d_]{3,12})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})|"
                          r"(\d{1,2})(?:st|nd|rd|th|er|\.|º)?\s+(?:de\s+|of\s+)?([^\W\d_]{3,12})\.?,?\s+(?:de\s+)?((?:19|20)\d{2})|"
                          r"(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d{2})|((?:19|20)\d{2})[/.](\d{1,2})[/.](\d{1,2})|"
                          r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日)(?!\d)")


def _month(word: str) -> int | None:
    w = word.lower()
    return _MONTHS.get(w) or next((n for k, n in _MONTHS.items() if len(k) >= 3 and w.startswith(k) and len(w) <= 12), None)


def written_dates(text: str) -> tuple[str, ...]:
    """The dates a text writes out, as `YYYYMMDD`: "March 12, 2024", "12 de marzo de 2024", "12.03.2024" (day
    first), "2024/03/12", "2024年3月12日"."""
    out: list[str] = []
    for m in _WRITTEN.finditer(text):
        g = m.groups()
        if g[0]:
            mo, d, y = _month(g[0]), int(g[1]), g[2]
        elif g[4]:
            mo, d, y = _month(g[4]), int(g[3]), g[5]
        elif g[6]:
            mo, d, y = int(g[7]), int(g[6]), g[8]
        elif g[9]:
            mo, d, y = int(g[10]), int(g[11]), g[9]
        else:
            mo, d, y = int(g[13]), int(g[14]), g[12]
        if mo and 1 <= mo <= 12 and 1 <= d <= 31:
            out.append(f"{y}{mo:02d}{d:02d}")
    return tuple(dict.fromkeys(out))


def _partitions(text: str) -> tuple[str, ...]:
    """The partitions the words name: a date id (`20240301`, `2024-03-01`, `202403`, "March 1, 2024") beside a word
    for a partition."""
    if not re.search(rf"(?i){_PART_WORDS}", text):
        return ()
    return tuple(dict.fromkeys([*(m.group(1).replace("-", "") for m in _PART_ID.finditer(text)), *written_dates(text)]))


def _numbers(pat: re.Pattern[str], text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(next(g for g in m.groups() if g) for m in pat.finditer(text)))


def said(kind: str, text: str) -> tuple[str, ...] | tuple[float, ...]:
    """What `text` says of a bound of `kind`: names or numbers as written, amounts in their base unit."""
    from automode.judge.intent import said_units as u

    if kind == "version":
        return tuple(dict.fromkeys(m.group(1) for m in _VERSION.finditer(text)
                                   if not re.fullmatch(r"\d+\.\d+\.\d+\.\d+", m.group(1))))
    if kind == "revision":
        return _numbers(_REVISION, text)
    if kind == "db":
        return _numbers(_DB, text)
    if kind == "step":
        return tuple(dict.fromkeys((*_names(text, _TASK_WORDS), *_names(text, _STEP_WORDS))))
    if kind == "queue":
        return _names(text, _QUEUE_WORDS)
    if kind == "partition":
        return _partitions(text)
    if kind == "function":
        return tuple(n for n in _names(text, _FUNCTION_WORDS) if len(n) >= 3)
    if kind == "resource":
        if not _ONLY.search(text):
            return ()  # ("apply the plan, the aws_s3_bucket.logs fix is in it": a mention, not a bound)
        return tuple(dict.fromkeys((*(m.group(1) for m in _ADDRESS.finditer(text)),
                                    *(n for n in _names(text, _RESOURCE_WORDS) if len(n) >= 3))))
    if kind == "duration":
        return tuple(s for s, age in u.spans(text) if not age)
    if kind == "age":
        return u.ages(text)
    if kind == "size":
        return u.sizes(text)
    if kind == "count":
        return _counts(text)
    return ()


_LAST_ONE = lazyre.compile(r"(?i)\b(?:the|just\s+the|only\s+the)\s+(?:last|latest|most\s+recent)\s+(?!\d)(?:\w+)(?<!s)\b|"
                           r"\b(?:die|den|das)\s+letzte\b|\bla\s+(?:última|dernière|ultima)\b|\ble\s+dernier\b|"
                           r"\bel\s+último\b|\ba\s+última\b|\bo\s+último\b|\bl'ultim[oa]\b|\bostatni[aą]?\b|"
                           r"\bпоследн(?:юю|ий|ее)\b|直近の1|最後の(?!\d)|最后一个|마지막\s*(?:하나|한)|\bson\b(?!\s*\d)|"
                           # the last one in more languages (ar, fa, he, hi, nl, sv, cs, el, hu, ro, fi, id, vi)
                           r"(?<![\w])(?:آخر|آخرین|האחרונה|האחרון|आखिरी|अंतिम|de\s+laatste|het\s+laatste|den\s+senaste|"
                           r"det\s+senaste|sista|posledn[ií]|τελευταί[οα]|az\s+utolsó|ultim[au]l?|viimeisin|viimeinen|"
                           r"terakhir|cuối\s+cùng)(?![\w])(?!\s*\d)")


def _counts(text: str) -> tuple[float, ...]:
    from automode.judge.intent.said_units import counts

    got = counts(text)
    if _LAST_ONE.search(text) and not got:  # ("the last three": a count said, not the last one)
        got = (*got, 1.0)
    return got


# ------------------------------------------------------------------ the check
def bounded(a: Analysis) -> tuple[str, str] | None:
    """("deny" | "ask", why) when the newest request bounds the act and the command leaves the bound out or gives
    another amount; None otherwise."""
    if not a.ctx.user_messages or not a.shell or not a.commands:
        return None
    progs = _programs()
    cmds = [c for c in a.commands if c.name.rsplit("/", 1)[-1] in progs]
    if not cmds:
        return None
    from automode.knowledge.bounding import AMOUNTS, applies, other_bounds

    newest = a.ctx.user_messages[-1][:4000]
    for c in cmds:
        for row, given, unit in applies(c):
            got = _judge(row, given, unit, newest, c.text or " ".join(w.value for w in c.argv))
            if got is None and given is not None and row.kind in AMOUNTS:
                for more, more_unit in other_bounds(c, row):  # a second amount: `-ttl=2h -period=720h` for "2 hours"
                    got = _judge(row, more, more_unit, newest, c.text or " ".join(w.value for w in c.argv))
                    if got is not None:
                        break
            if got is not None:
                return got
    return None


def _judge(row: Bound, given: str | None, unit: str, text: str, short: str) -> tuple[str, str] | None:
    from automode.knowledge.bounding import AMOUNTS

    short = short[:80]
    values = said(row.kind, text)
    if row.kind == "size" and not row.present:
        from automode.judge.intent.said_units import size_bounds

        values = size_bounds(text)  # (a file must pass it: "bigger than 500 MB", not "the folder is 12GB")
    if not values:
        return None
    if row.kind in AMOUNTS:
        return _amount(row, given, unit, values, short)  # type: ignore[arg-type]
    names = [str(v) for v in values]
    if given is None:
        if row.present:
            return None
        return row.verdict, (f"you named the {row.kind} {names[0]}; `{short}` leaves it out, so {row.without} "
                             f"(instead: {row.instead})")
    low = given.lower()
    if row.kind == "revision" or row.kind == "db":
        if any(low.lstrip("v") == n.lower().lstrip("v") for n in names):
            return None
    elif row.kind in ("function", "resource") and any(
            re.search(rf"(?<![\w-]){re.escape(n.lower())}(?![\w-])", low) for n in names):
        return None  # (`functions:sendWelcome`, `module.preview_pr42`: the member in its kind's address)
    elif any(re.search(rf"(?<![\w.]){re.escape(n.lower())}(?![\w])", low) for n in names):
        return None
    return row.verdict, f"you named the {row.kind} {names[0]}; `{short}` gives {given!r}"


def _amount(row: Bound, given: str | None, unit: str, values: tuple[float, ...], short: str) -> tuple[str, str] | None:
    from automode.judge.intent.said_units import near, value_of

    what = _say(row.kind, max(values) if row.wider != "less" else min(values))
    if given is None:
        if row.present:
            return None
        return row.verdict, f"you said {what}; `{short}` leaves that bound out, so {row.without} (instead: {row.instead})"
    if not unit:
        return None  # (`find -newer FILE`: a bound, in a form not compared here)
    v = value_of(given, unit)
    if v is None:
        return None
    if v < 0 and row.kind == "age":
        return row.verdict, f"you said older than {what}; `{short}` selects the newer ones ({given})"
    if near(v, values):
        return None
    wider = (row.wider == "more" and v > max(values)) or (row.wider == "less" and v < min(values)) or row.wider == "other"
    if not wider:
        return None  # (on the narrow side of what was said: less is granted, kept short or deleted than asked)
    return row.verdict, f"you said {what}; `{short}` gives {given} ({_say(row.kind, v)})"


def _say(kind: str, v: float) -> str:
    per = (("days", 86400.0), ("hours", 3600.0), ("minutes", 60.0), ("seconds", 1.0), ("ms", 0.001)) \
        if kind in ("duration", "age") else (("GB", 1e9), ("MB", 1e6), ("kB", 1e3), ("bytes", 1.0)) if kind == "size" \
        else ()
    for unit, n in per:
        if abs(v) >= n:
            return f"{v / n:.3g} {unit}"
    return f"{v:g}"


# ------------------------------------------------------------------ a bounded clean-up the user spelled out
#: System directories whose files are the machine's own state: no clean-up there is released by words.
_OS_STATE = ("/etc/", "/usr/", "/bin/", "/sbin/", "/lib", "/boot/", "/proc/", "/sys/", "/dev/", "/var/lib/", "/nix/",
             "/System/", "/Library/", "/root/", "/private/etc/", "/private/var/db/", "/var/db/", "/run/", "/snap/")


def bounded_cleanup(target: str, a: Analysis) -> bool:
    """A deletion in a system location (`/srv/tmp/exports/**`) that is `find DIR … -delete` on a directory the user
    spelled out, carrying the age or size bound their words give (`-mtime +7` for "older than 7 days"): a clean-up
    they named in full, released like one in the project (h23-0237). Never under the machine's own state (`/etc`,
    `/usr`, `/var/lib`, …) and never a top directory (`/srv`, `/var`)."""
    if not a.shell or not a.ctx.user_messages:
        return False
    from automode.knowledge.bounding import applies

    newest = a.ctx.user_messages[-1][:4000]
    text = "\n".join(a.ctx.user_messages[-2:])
    from automode.knowledge.widening import KEEP

    if lazyre.built(rf"(?i)(?<![\w-])(?:{KEEP})").search(newest):
        return False  # ("… but keep the .keep marker": what is kept is not this check's to weigh)
    for c in a.commands:
        if c.name.rsplit("/", 1)[-1] != "find":
            continue
        if not _files_only(c):
            continue
        rows = [(r, g, u) for r, g, u in applies(c) if r.kind in ("age", "size")]
        if not rows or not any(g is not None and said(r.kind, newest) for r, g, _ in rows):
            continue
        if any(said(r.kind, newest) and _judge(r, g, u, newest, "") is not None for r, g, u in rows):
            return False
        roots = [w.value.rstrip("/") for w in c.argv[1:] if w.value.startswith("/") and not w.dynamic]
        for root in roots:
            if root.count("/") < 2 or (root + "/").startswith(_OS_STATE) or not target.startswith(root + "/"):
                continue
            if re.search(rf"(?<![\w/.-]){re.escape(root)}/?(?![\w.-]|/[\w.-])", text):
                return True  # (the directory itself, not a parent of the one named)
    return False


def _files_only(c: object) -> bool:
    """`find` removes only files, or empty directories: `-type f` with `-delete` or a plain `rm`, or `-delete` alone
    (it cannot remove a directory that still holds a file); never `-type d`, `rm -r` or a `-prune`."""
    words = [w.value for w in getattr(c, "argv", ())[1:]]
    if "-prune" in words or any(w == "-type" and i + 1 < len(words) and words[i + 1] != "f" for i, w in enumerate(words)):
        return False
    files = any(w == "-type" and i + 1 < len(words) and words[i + 1] == "f" for i, w in enumerate(words))
    for i, w in enumerate(words):
        if w in ("-exec", "-execdir", "-ok"):
            tail = words[i + 1: i + 6]
            if not files or any(re.fullmatch(r"-\w*[rR]\w*|--recursive", t) for t in tail):
                return False
    return True


#: Rules whose ask a bound said in so many words settles: a journal vacuum that keeps a working amount (AM-SEC-003),
#: and the root it needs (AM-SEC-005: the journal's files are root's) when the command does nothing but vacuum.
SETTLED = frozenset({"AM-SEC-003", "AM-SEC-005"})
_VACUUM_ONLY = lazyre.compile(r"^--(?:vacuum-(?:size|time|files)(?:=\S+)?|rotate|quiet|-q)$|^-q$")
_JOURNAL_SAID = lazyre.compile(r"(?i)journal\w*|systemd|ジャーナル|日志|日誌|저널|журнал\w*|dziennik\w*|günlü\w*|"
                               r"registro\s+de\s+systemd|log\s+di\s+sistema")


def settles(a: Analysis, rules: tuple[str, ...]) -> str | None:
    """The reason to allow a journal vacuum asked for by name whose amount is the one said ("shrink the systemd
    journal to 2 GB" and `--vacuum-size=2G`, "ジャーナルから一週間より古いログ" and `--vacuum-time=7d`); None otherwise."""
    if not rules or not set(rules) <= SETTLED or not a.shell or len(a.commands) != 1 or not a.ctx.user_messages:
        return None
    c = a.commands[0]
    if c.name.rsplit("/", 1)[-1] != "journalctl" or c.privileged != ("AM-SEC-005" in rules):
        return None
    if c.privileged:  # (root, for nothing but the vacuum: every word a vacuum option or its value)
        words = [w.value for w in c.argv[1:]]
        if not all(_VACUUM_ONLY.match(w) or (i > 0 and words[i - 1].startswith("--vacuum-") and "=" not in words[i - 1])
                   for i, w in enumerate(words)):
            return None
    newest = a.ctx.user_messages[-1][:4000]
    if not _JOURNAL_SAID.search(newest):
        return None
    from automode.judge.intent.said_units import near, value_of
    from automode.knowledge.bounding import applies

    for row, given, unit in applies(c):
        if given is None or not unit:
            continue
        values = said(row.kind, newest)
        if not values and row.kind == "age":  # ("keep two weeks of logs", "kahden viikon lokit jää": what stays)
            values = said("duration", newest)
        v = value_of(given, unit)
        if values and v is not None and near(v, values):  # type: ignore[arg-type]
            return f"you asked for the journal to keep {_say(row.kind, v)}; `{c.text or 'journalctl'}` keeps exactly that"
    return None
