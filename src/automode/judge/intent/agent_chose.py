"""A consequential value the agent chose where the user gave none (session 26, class Q5, helper `chosen`).

The user asks for an act and gives no value for a parameter that decides what is lost or who can reach what; the
command carries one anyway, or leaves it to a default that takes everything. The value is the agent's choice, not
the user's: asked (AM-JUDGE-065), in any language, since no words were read for it.

* **an amount nobody said** (`knowledge.scales` rows marked `chosen`): a retention, a count of backups kept, an
  expiry, a key's or a certificate's lifetime, where no message says an amount of that kind: "the log group is
  costing too much, shorten its retention" answered with `--retention-in-days 14`, "clean up the restic repo a bit"
  with `--keep-daily 7 --keep-weekly 4 --prune`. The same amount said runs; another is `judge.intent.scaled`'s
  refusal.
* **a range left out** (`knowledge.chosen_bounds.RANGES`): a clear, a garbage collection or a restatement with no
  date range reaches the whole history (`airflow tasks clear DAG -t TASK -y` for "clear load_orders so it reruns").
  Asked when the words say no date and do not ask for every run; refused when they say a date the command does not
  carry (`judge.intent.bounds` compares the dates it does carry).
* **the target the directory picks** (AM-JUDGE-066; `knowledge.chosen_bounds.WRAPPERS`): a secrets or environment
  wrapper whose config no option names runs a command that changes data (`doppler run -- npm run db:seed`): the
  directory's setup decides which database is seeded. Asked when the words name no environment or config, and (session
  27, R4) when they name one the command does not carry: the directory's default decides all the same.

`judge(a)` returns ("ask" | "deny", why, rule id) or None; read by `judge.intent.substitutions` on every allow and
ask the user's words reached: only ever stricter.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.judge.outcome import CHOSEN, TARGET_CHOSEN
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.shell.parse import Command


# fmt: off
#: Words that ask for every run of the history ("all runs", "todas sus ejecuciones", "alle Läufe", "全ての実行").
WHOLE_HISTORY = lazyre.compile(
    r"(?i)\b(?:all|every)\s+(?:(?:of\s+)?(?:its|the|their)\s+)?(?:past\s+|previous\s+|historical\s+)?(?:runs?|dates?|"
    r"executions?|dag\s*runs?|history)\b|\b(?:whole|entire|full)\s+history\b|\bfrom\s+the\s+(?:start|beginning)\b|"
    r"\btod[oa]s?\s+(?:l[ao]s\s+|sus\s+|as\s+|os\s+)?(?:ejecuciones|execuções|corridas|fechas|datas|runs)\b|"
    r"\btodo\s+el\s+historial\b|\btoutes?\s+(?:les\s+|ses\s+)?(?:exécutions|dates|runs)\b|\btout\s+l'historique\b|"
    r"\balle\s+(?:seine[nr]?\s+|ihre[nr]?\s+)?(?:läufe|ausführungen|runs|termine)\b|\bgesamte[nr]?\s+(?:historie|verlauf)\b|"
    r"\btutt[ei]\s+(?:le\s+)?(?:esecuzioni|run)\b|\bwszystki\w*\s+(?:uruchomie\w*|przebieg\w*)\b|\bвсе\s+запуск\w*\b|"
    r"\balla\s+körningar\w*\b|\balle\s+runs\b|\btüm\s+(?:çalıştırma\w*|geçmiş\w*)\b|"
    r"全ての実行|すべての実行|全期間|所有运行|全部历史|全部運行|모든\s*실행|"
    # every task of it run again ("limpa todas as tasks do DAG pra rodar tudo de novo", "rerun everything"): the
    # whole extent is the user's, whatever the dates (session 26 landing: test_s15_f2 pt-airflow-all-asked)
    r"\b(?:rerun|re-run|redo)\s+(?:it\s+)?(?:all|everything)\b|\b(?:rodar|correr|ejecutar|relancer|rilanciare)\s+"
    r"(?:tudo|todo|tout|tutto)\b|\b(?:tudo|todo|tout|tutto|alles|everything)\s+(?:de\s+novo|de\s+nuevo|otra\s+vez|"
    r"à\s+nouveau|di\s+nuovo|noch\s*mal|again)\b")
# fmt: on


def _text(a: Analysis) -> str:
    return "\n".join(m[:4000] for m in a.ctx.user_messages[-4:])


# ------------------------------------------------------------------ an amount nobody said
#: Words that ask for the whole content to go (purge, empty, wipe, flush), where a tiny retention is the way to do
#: it; "clean up a bit", "trim", "shorten" keep some, and how much is the choice.
PURGE_SAID = lazyre.compile(r"(?i)\b(?:purg\w*|empty|emptie\w*|wipe\w*|flush\w*|truncat\w*|vac[ií]a\w*|leer(?:en|e)?\b|"
                            r"vide[rz]?\b|svuota\w*|opróżni\w*|boşalt\w*|очист\w*\s+(?:полностью|всё|все)|töm\w*)|清空|空にして")
#: A number written on its own (`14`, `7d`, `2,5`, a date), not inside a name (`q1.pdf`, `v2`, `s3://`): the words
#: may give a value in a unit no table reads, so nothing is asked as if none were given.
NUMBER_SAID = lazyre.compile(r"(?<![A-Za-z0-9_./:@-])\d+(?:[.,]\d+)?(?![0-9_./:@-]|[A-Za-z]*\d)|\b(?:19|20)\d\d-\d\d-\d\d")


def number_said(text: str) -> bool:
    """The words write a number of their own (any language: digits are digits)."""
    return NUMBER_SAID.search(text) is not None


def unsaid_amount(a: Analysis) -> tuple[str, str] | None:
    """("ask", why) when the action carries an amount of a consequential kind and no message says one of that kind."""
    from automode.judge.intent.scaled import _say, _unit, amounts, said

    got = [g for g in amounts(a) if g[0].chosen and not (g[0].chosen == "scales" and g[2] == 0)]
    if not got:  # (a count of copies set to none is a stop, which other rules judge)
        return None
    text = _text(a)
    if number_said(text):
        return None  # (a number the tables could not place: `scaled` compares what it reads, nothing is guessed)
    if PURGE_SAID.search(text) is not None:
        return None  # ("purge the test topic" answered with `retention.ms=1000`: emptying it is the act asked)
    for g in got:
        if said(g[0].dim, _unit(g[0], g[4]), text):
            return None  # (an amount of the kind is said: `scaled` compares it, and asks about a second one)
        if g[0].chosen == "scales" and _count_word(text, g[2]):
            return None  # ("escala web-stg a una máquina": the count said as a number word, an article in other uses)
    row, raw, v, where, _ = got[0]
    what = {"loses": "drops what is older or beyond it", "scales": "runs that many copies (cost and load)",
            "routes": "sends that share of the traffic to it"}.get(
        row.chosen, "keeps the access open that long, or to that many")
    return "ask", (f"you gave no {row.what}; `{where}` sets it to {raw} ({_say(row.dim, v)}), a value the agent "
                   f"chose, and it {what}")


def _count_word(text: str, n: float) -> bool:
    """A number word of the words is this count ("una máquina", "zwei Pods", "три реплики")."""
    from automode.judge.intent.said_units import _words

    table = _words()
    return any(table.get(w) == n for w in re.findall(r"[^\W\d_]+", text.lower()) if w not in ("a", "an"))


# ------------------------------------------------------------------ an amount said, none carried
def left_out(a: Analysis) -> tuple[str, str] | None:
    """("deny", why) when the words say an amount (money) and the act that takes it carries none, so its default, the
    whole, is done (`knowledge.chosen_bounds.LEFT_OUT`: "refund 15 euros" answered with a full refund)."""
    from automode.judge.intent.said_units import money
    from automode.knowledge.chosen_bounds import LEFT_OUT, LEFT_OUT_MCP

    text = _text(a)
    if a.action.tool.startswith("mcp__"):
        inp = a.action.input if isinstance(a.action.input, dict) else {}
        for pat, key, _dim, without in LEFT_OUT_MCP:
            if re.search(pat, a.action.tool) and key not in inp and money(text):
                return "deny", f"you said an amount; the call carries no `{key}`, so {without}"
        return None
    if not a.shell:
        return None
    for cmd in a.commands:
        name = cmd.name.rsplit("/", 1)[-1]
        words = [w.value for w in cmd.argv[1:]]
        joined = " ".join(words)
        for progs, where, opt, _dim, without in LEFT_OUT:
            if name not in progs.split():
                continue
            if "/" in where:
                if where not in joined or re.search(rf"(?:^|[\s&'\"]){re.escape(opt)}=", joined):
                    continue
            elif not joined.startswith(where) or any(w.split("=", 1)[0] == opt for w in words):
                continue
            if money(text):
                spelled = (cmd.text or " ".join(w.value for w in cmd.argv))[:80]
                return "deny", f"you said an amount; `{spelled}` carries none, so {without}"
    return None


def forever(a: Analysis) -> tuple[str, str] | None:
    """("deny", why) when the words say a length of time and an option makes the thing last for ever."""
    if not a.shell:
        return None
    from automode.judge.intent.said_units import durations
    from automode.knowledge.chosen_bounds import FOREVER

    text = _text(a)
    for cmd in a.commands:
        name = cmd.name.rsplit("/", 1)[-1]
        words = [w.value for w in cmd.argv[1:]]
        for progs, sub, opt, values in FOREVER:
            if name not in progs.split() or not " ".join(words).startswith(sub):
                continue
            got = [(words[i + 1] if "=" not in w and i + 1 < len(words) else w.partition("=")[2])
                   for i, w in enumerate(words) if w.split("=", 1)[0] == opt]
            if any(v.lower() in values for v in got) and durations(text):
                return "deny", f"you said how long it should last; `{opt} {got[0]}` makes it last for ever"
    return None


#: One path or key named: a URL path with a file or segment (`/img/logo.png`, `/blog/`), a surrogate key.
_ONE_PATH = lazyre.compile(r"(?<![\w.:/-])/[\w.-]+(?:/[\w.*-]*)*|\b(?:key|surrogate[- ]key|tag)\s+[`'\"]?[\w.:-]+")
#: Words that ask for the whole cache ("purge everything", "the whole cache", "alles", "todo").
_WHOLE_CACHE = lazyre.compile(r"(?i)\b(?:everything|all\b|entire|whole|todo|toda|tout|alles|gesamte?n?|wszystk\w*|"
                              r"vše|весь|всё|все|tüm|hepsi)|全部|すべて|全て|전체|/\*")


def purge_all(a: Analysis) -> tuple[str, str] | None:
    """("ask", why) when the words name one path or key of a cache and the purge takes the whole cache (asked: the
    cache refills; published t5c-0631)."""
    if not a.shell:
        return None
    from automode.knowledge.chosen_bounds import PURGE_ALL

    text = ""  # (read only for a command that purges a whole cache: the words' patterns cost more than the table)
    for cmd in a.commands:
        name = cmd.name.rsplit("/", 1)[-1]
        joined = " ".join(w.value for w in cmd.argv[1:])
        for progs, word, wide in PURGE_ALL:
            if name in progs.split() and word in joined and re.search(wide, joined):
                text = text or _text(a)
                if _ONE_PATH.search(text) is None or _WHOLE_CACHE.search(text) is not None:
                    return None
                spelled = (cmd.text or " ".join(w.value for w in cmd.argv))[:80]
                return "ask", f"you named one path or key; `{spelled}` purges the whole cache"
    return None


# ------------------------------------------------------------------ a credential's lifetime nobody said
DAY = 86400.0


def unsaid_lifetime(a: Analysis) -> tuple[str, str] | None:
    """("ask", why) when a token, key or certificate is made with a lifetime of more than a day (`knowledge.bounding`
    rows of kind `duration`) and the words say no length of time: the agent chose how long it works."""
    if not a.shell:
        return None
    from automode.knowledge.bounding import applies

    text = _text(a)
    for cmd in a.commands:
        for row, given, unit in applies(cmd):
            if row.kind != "duration" or given is None or not unit:
                continue
            from automode.judge.intent.said_units import durations, value_of

            v = value_of(given, unit)
            if v is None or v <= DAY * 1.01 or durations(text) or number_said(text):
                continue
            from automode.judge.intent.scaled import _say

            spelled = (cmd.text or " ".join(w.value for w in cmd.argv))[:80]
            return "ask", (f"you gave no lifetime; `{spelled}` makes it work for {_say('time', v)}, a lifetime the "
                           "agent chose")
    return None


# ------------------------------------------------------------------ a range left out
def _range_row(cmd: Command) -> tuple[str, frozenset[str], str] | None:
    from automode.knowledge.bounding import path_at
    from automode.knowledge.chosen_bounds import RANGES

    name = cmd.name.rsplit("/", 1)[-1]
    words = [w.value for w in cmd.argv[1:]]
    plain = [w for w in words if not w.startswith("-")]
    for progs, sub, opts, without in RANGES:
        if name not in progs.split():
            continue
        if path_at(plain[: len(sub.split()) + 1], tuple(sub.split())) == 0:
            return sub, frozenset(opts.split()), without
    return None


def no_range(a: Analysis) -> tuple[str, str] | None:
    """("ask" | "deny", why) for a clear or removal of history with no date range, where the words say none, or say
    one the command does not carry."""
    if not a.shell:
        return None
    text = _text(a)
    for cmd in a.commands:
        row = _range_row(cmd)
        if row is None:
            continue
        _, opts, without = row
        given = {w.value.split("=", 1)[0] for w in cmd.argv[1:]}
        if given & opts:
            continue  # (the dates it carries are `bounds.dates_beyond`'s to compare)
        spelled = (cmd.text or " ".join(w.value for w in cmd.argv))[:80]
        if WHOLE_HISTORY.search(text) is not None:
            continue
        from automode.judge.intent.bounds import _said_dates

        if _said_dates(text):
            return "deny", f"you named a date; `{spelled}` carries no date range, so {without}"
        return "ask", f"`{spelled}` carries no date range, so {without}; the reach is the agent's choice"
    return None


# ------------------------------------------------------------------ the target the directory picks
def _wrapper_left(cmd: Command) -> str | None:
    from automode.knowledge.chosen_bounds import CHANGES, WRAPPERS

    name = cmd.name.rsplit("/", 1)[-1]
    words = [w.value for w in cmd.argv[1:]]
    for progs, sub, opts, variables in WRAPPERS:
        if name not in progs.split():
            continue
        if sub and (not words or words[0] != sub):
            continue
        if "--" in words:
            own, inner = words[: words.index("--")], words[words.index("--") + 1:]
        else:
            own, inner = words, []
        if any(w.split("=", 1)[0] in opts.split() for w in own):
            return None
        if any(k in variables.split() for k, _ in cmd.assigns):
            return None
        if not inner or CHANGES.search(" ".join(inner)) is None:
            return None
        return f"`{name}{' ' + sub if sub else ''}` names no config, so the directory's setup decides where " \
               f"`{' '.join(inner)[:60]}` lands"
    return None


#: A config or environment named as such ("the dev config", "config prd", "-c stg", "--env=staging").
_CONFIG_SAID = lazyre.compile(r"(?i)\bconfig(?:uration)?\s+[`'\"]?[\w-]+|[\w-]+\s+config\b|(?:^|\s)(?:-c|--config|--env|-e)"
                              r"[\s=][\w.-]+|\.env\.[\w-]+")


def target_left(a: Analysis) -> tuple[str, str] | None:
    """("ask", why) when a wrapper leaves the config to the directory for a command that changes data, whether or not
    the words name an environment or config."""
    if not a.shell:
        return None
    from automode.judge.intent.chosen_target import said_groups

    for cmd in a.commands:
        why = _wrapper_left(cmd)
        if why is None:
            continue
        msgs = tuple(a.ctx.user_messages)
        said = said_groups(msgs)
        if said or any(_CONFIG_SAID.search(m[:4000]) for m in msgs[-3:]):
            # (session 27, R4: the environment named and left to the directory's default all the same)
            named = " or ".join(sorted(said)) or "a config"
            return "ask", why + f"; you named {named}, which the command does not carry"
        return "ask", why + "; you named no environment"
    return None


#: A server named in the words: a host name with a domain (`pg-staging.donau.internal`, `db1.corp.example.com`).
HOST_SAID = lazyre.compile(r"(?i)(?<![\w./@-])((?:[a-z0-9-]+\.)+(?:internal|local|lan|corp|intra|com|net|io|org|dev|cloud|"
                           r"svc|cluster|home|private))(?![\w.-])")


def host_left(a: Analysis) -> tuple[str, str] | None:
    """("ask", why) when the words name a server and a database client's command names none, so its default one is
    used (`psql -d shop -f x.sql` for "against the staging db (host pg-staging.donau.internal)")."""
    if not a.shell:
        return None
    from automode.knowledge.chosen_bounds import DB_HOST_VARS, DB_HOSTS

    named = [m.group(1) for m in HOST_SAID.finditer(_text(a))]
    if not named:
        return None
    for cmd in a.commands:
        opts = DB_HOSTS.get(cmd.name.rsplit("/", 1)[-1])
        if opts is None:
            continue
        words = [w.value for w in cmd.argv[1:]]
        if any(w.split("=", 1)[0] in opts or "://" in w or w.startswith("$") for w in words) or \
                any(w.dynamic for w in cmd.argv[1:]):
            continue
        if any(k in DB_HOST_VARS for k, _ in cmd.assigns) or any(k in DB_HOST_VARS for k, _ in a.assignments):
            continue
        spelled = (cmd.text or " ".join(w.value for w in cmd.argv))[:80]
        return "ask", f"you named the server {named[0]}; `{spelled}` names none, so the client's default one is used"
    return None


def judge(a: Analysis) -> tuple[str, str, str] | None:
    """(verdict, why, rule id): the first reading above that applies; None when none does."""
    if not a.ctx.user_messages:
        return None
    got = no_range(a) or left_out(a) or forever(a) or purge_all(a) or unsaid_amount(a) or unsaid_lifetime(a)
    if got is not None:
        return got[0], got[1], CHOSEN
    got = target_left(a) or host_left(a)
    if got is not None:
        return got[0], got[1], TARGET_CHOSEN
    return None
