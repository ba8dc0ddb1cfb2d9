"""The values an action selects against the values the user named (issue 12, release by containment).

The user's words name a number, a set of ids, an address range: "scale the thumbnailer to 3 replicas", "ids 9001 and
9002 - delete them", "scan our staging range 192.0.2.0/24". An action that sets another count (`--replicas=30`),
selects an open set where ids were named (`where('id','>=',9001)`, `id != 88`) or adds a range nobody named beside
the named one selects more than the request, whether or not a rule objects to the command: this runs on clean
allows (`judge.review`) and on releases (`scope.beyond`) alike.

The action side is knowledge (`knowledge.selection`: which options and keys carry a count, which filters select an
open set); the user side is read by `intent.magnitude` (counts) and here (ids, ranges, addresses).
"""

from __future__ import annotations

import re
from functools import lru_cache

from automode import lazyre
from automode.judge.intent.addresses import _old_text, other_address
from automode.judge.intent.amounts import more_load
from automode.judge.intent.bounds import bounds_beyond
from automode.judge.intent.extent import beyond_member
from automode.judge.intent.gate_index import needs
from automode.judge.intent.landing import lands_elsewhere
from automode.judge.intent.magnitude import asked_counts, count_beyond
from automode.judge.intent.oneof import RANGE_SAID as RANGE_SAID
from automode.judge.intent.oneof import asked_words as asked_words
from automode.judge.intent.oneof import glob_for_file, other_rows, set_beyond
from automode.judge.intent.per_action import per_action
from automode.judge.intent.run_mode import beyond as for_real
from automode.judge.intent.said import joined, joined_lower
from automode.judge.intent.vocab import extras
from automode.judge.intent.where import beyond as elsewhere
from automode.knowledge.selection import (
    COST_PARTS,
    GRAPH_OPERATORS,
    SELECTOR_PROGRAMS,
    UNIT_PROGRAMS,
    VERSION,
    VERSIONED,
    command_counts,
    numeric_options,
    open_filters,
    option_matches,
    selection,
    stopped_units,
    text_counts,
)
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:

    from automode.analysis import Analysis
    from automode.shell.parse import Command


@per_action  # (asked on a clean allow and again by a release's `scope.beyond`: once per decision)
def selects_more(a: Analysis) -> tuple[str, str, str] | None:
    """(the most it can be released to: "" = nothing, "ask"; the words for the reason; the risk family) when the
    action selects more or other than the values the user named; None when it selects within them or the user named
    none."""
    if not a.ctx.user_messages:
        return None
    from automode.judge.intent.quantities import (
        cli_beyond,  # a retention or lifetime other than the named one
    )

    for check, family in ((beyond_member, "destroy"), (bounds_beyond, "destroy"), (more_copies, "resource"), (more_load, "resource"), (other_number, "resource"), (more_rows, "destroy"),
                          (open_range, "destroy"), (other_address, "trust-boundary"), (other_units, "resource"),
                          (unasked_option, "destroy"), (other_version, "trust-boundary"),
                          (other_members, "trust-boundary"), (other_setting, "security-degrade"),
                          (picked_instead, "destroy"), (unselected, "trust-boundary"), (cli_beyond, "destroy")):
        found = check(a)
        if found is not None:
            return found[0], found[1], family
    if a.shell:
        from automode.judge.intent.pkg_named import other_package

        pkg = other_package(a)  # "instale o django 4.2" answered with `django==5.0`; "add serde_json" with `serde_jsn`
        if pkg is not None:
            return pkg[0], pkg[1], "trust-boundary"
        from automode.judge.intent.other_artifact import other_artifact

        other = other_artifact(a)  # "yank acme-core 0.4.2" answered with `acme-core-macros`; another .ipa uploaded
        if other is not None:
            return other[0], other[1], "trust-boundary"
    if a.write is not None:
        from automode.judge.intent.edit_scope import beyond

        edited = beyond(a)  # an edit's values, settings, sources and hosts against the named ones (`edit_scope`)
        if edited is not None:
            return edited

    placed = elsewhere(a)  # "on the emulator" answered with a phone's serial, "eu-west-1" with `--region us-east-1`
    if placed is not None:
        return placed[0], placed[1], "trust-boundary"

    real = for_real(a)  # "just a plan" answered with `terraform apply`, "this session only" with `-Scope CurrentUser`
    if real is not None:
        return real[0], real[1], "trust-boundary"

    # one thing named, every thing of its kind acted on (`docker volume prune -a`, `jest -u`, `rm -f *.db`), rows
    # named by id selected by another condition, and a target flag missing or other (`az webapp deploy` without
    # `--slot` for "the staging slot")
    return set_beyond(a) or glob_for_file(a) or other_rows(a) or lands_elsewhere(a)


# ------------------------------------------------------------------ counts
@needs("digit")  # (every count is digits in a word: the words are read only then)
def more_copies(a: Analysis) -> tuple[str, str] | None:
    """A count of running copies the action sets that the user did not name: more than any named is refused, another
    one (fewer, zero) asked."""

    if asked_counts(joined(a.ctx.user_messages)) is None:
        return _many_unnamed(a)  # (the user's side first: few requests name a count, and it is read once per session)
    counts: list[tuple[str, int]] = []
    if a.shell:
        for cmd in a.commands:
            counts += command_counts([w.value for w in cmd.argv[1:] if not w.dynamic])
    elif a.action.tool in ("Edit", "MultiEdit", "Write"):
        counts = _edited_counts(a)
    over = count_beyond(counts, a.ctx.user_messages)
    if over is None:
        return None
    spelled, n, asked = over
    if a.action.tool == "Write" and any(c in asked for _, c in counts):
        return None  # a whole manifest holds the count of every workload in it: one of them is the named one
    named = " or ".join(str(x) for x in sorted(asked))
    return ("" if n > max(asked) else "ask"), f"you named {named}; this sets {n} (`{spelled[:60]}`)"


_DIGIT = lazyre.compile(r"\d")

#: Running copies from which a count the user did not name at all is asked ("scale the api up" answered with 500).
MANY_COPIES = 50


def _many_unnamed(a: Analysis) -> tuple[str, str] | None:

    if not a.shell:
        return None
    for cmd in a.commands:
        if _DIGIT.search(cmd.text or " ".join(w.value for w in cmd.argv)) is None:
            continue  # (no number in it: no count of copies)
        for spelled, n in command_counts([w.value for w in cmd.argv[1:] if not w.dynamic]):
            if n >= MANY_COPIES:
                return "ask", f"this sets {n} running copies (`{spelled[:60]}`), a number you did not name"
    return None


def _edited_counts(a: Analysis) -> list[tuple[str, int]]:
    """The counts a file edit sets that its old text did not (a manifest's `replicas: 30` where it said 3), or that a
    written file sets."""

    inp = a.action.input
    pairs = [(e.get("old_string"), e.get("new_string")) for e in inp.get("edits") or () if isinstance(e, dict)]
    pairs.append((inp.get("old_string"), inp.get("new_string")))
    out: list[tuple[str, int]] = []
    for old, new in pairs:
        if isinstance(new, str):
            before = set(text_counts(old)) if isinstance(old, str) else set()
            out += [c for c in text_counts(new) if c not in before]
    content = inp.get("content")
    if a.action.tool == "Write" and isinstance(content, str):
        out += text_counts(content)
    return out


# ------------------------------------------------------------------ numbers said with a word
#: A number said with the word it counts: "batch 64", "limit of 500", "20 VUs", "500 rows max", "gpu 2".
_WORD_NUM = lazyre.compile(r"\b([a-z][a-z-]{1,20})\s+(?:of\s+|=\s*|:\s*|at\s+)?(\d{1,7})\b(?![.:/%,]\d)")
_NUM_WORDS = lazyre.compile(r"(?<![\w.])(\d{1,7})\s+([a-z][a-z-]{1,20})(?:\s+([a-z][a-z-]{1,20}))?")
_ANY_NUM = lazyre.compile(r"(?<![\w.])\d{1,7}(?![\w.])")


@lru_cache(maxsize=256)
def said_numbers(text: str) -> dict[str, set[int]]:
    """The numbers the user's words say with a word next to them, by word."""
    low = text[:20_000].lower()
    out: dict[str, set[int]] = {}
    for m in _WORD_NUM.finditer(low):
        out.setdefault(m.group(1), set()).add(int(m.group(2)))
    for m in _NUM_WORDS.finditer(low):
        for w in (m.group(2), m.group(3)):
            if w:
                out.setdefault(w, set()).add(int(m.group(1)))
    return out


@lru_cache(maxsize=256)
def _numbers(text: str) -> frozenset[int]:
    return frozenset(int(n) for n in _ANY_NUM.findall(text[:20_000]))


def other_number(a: Analysis) -> tuple[str, str] | None:
    """A command option set to another number than the one the user said with its word ("batch 64" answered with
    `--batch-size 512`, "20 VUs" with `--vus 200`), or to a range around the number they named ("open 5432" answered
    with `--port 0-65535`); only for actions that change something."""

    if not a.shell:
        return None
    text = joined(a.ctx.user_messages)
    every = _numbers(text)
    if not every:
        return None  # (the user's side first, read once per session: most requests say no number)
    opts = [o for c in a.commands for o in numeric_options([w.value for w in c.argv[1:] if not w.dynamic])]
    if not opts:
        return None
    from automode.judge.intent.envdrift import _reads_only

    if _reads_only(a):
        return None  # listing 50 where the user said "top 10" shows more, it changes nothing
    said = said_numbers(text)
    for spelled, parts, value in opts:
        if "-" in value:
            lo, hi = (int(x) for x in value.split("-", 1))
            inside = sorted(n for n in every if lo <= n <= hi)
            if lo < hi and inside and not (lo in every and hi in every):
                return "", f"you named {inside[0]}; `{spelled}` takes the whole range"
            continue
        words = [w for w in said if option_matches(parts, w)]
        if not words:
            continue
        nums = set().union(*(said[w] for w in words))
        v = int(value)
        if v in nums or v in every:
            continue  # (said elsewhere: "ok, do the next 5000" after "500 rows max")
        costly = v > max(nums) and bool(set(parts) & COST_PARTS)
        return ("" if costly else "ask"), f"you said {words[0]} {max(nums)}; this sets `{spelled}`"
    return None


# ------------------------------------------------------------------ ids
_ID = lazyre.compile(r"(?<![\w.:/-])\d{2,12}(?![\w.:/%-])")


@lru_cache(maxsize=256)
def named_ids(text: str) -> frozenset[str] | None:
    """The numbers (two digits or more) the user named one by one; None when they named a range or none."""
    low = text[:20_000].lower()
    if RANGE_SAID.search(low):
        return None
    ids = frozenset(_ID.findall(low))
    return ids or None


def more_rows(a: Analysis) -> tuple[str, str] | None:
    """A delete or update whose filter selects an open set (every row from a value up, every row but one) where the
    user named the rows by their numbers: a delete is refused, an update asked."""
    changes = [e for e in a.effects
               if e.kind == "control" and e.origin == "data" and e.verb in ("delete", "update")]
    if not changes:
        return None
    ids = named_ids(joined(a.ctx.user_messages))
    if ids is None:
        return None

    words = "\n".join(" ".join(w.value for w in c.argv) for c in a.commands)  # (a client's --eval, unquoted)
    for e in changes:
        code = e.content or words
        for spelled, n in open_filters(code):
            missing = [i for i in ids if not re.search(rf"(?<!\d){i}(?!\d)", code)]
            near = n in ids or any(len(i) == len(n) for i in missing)
            if near and (n in ids or missing):
                verb = "deletes" if e.verb == "delete" else "changes"
                return ("" if e.verb == "delete" else "ask"), \
                    f"you named {', '.join(sorted(ids)[:4])}; `{spelled[:50]}` {verb} every row it selects, not only those"
    return None


# ------------------------------------------------------------------ services
_TOKEN = lazyre.compile(r"[a-z0-9][a-z0-9_.@-]*")


def other_units(a: Analysis) -> tuple[str, str] | None:
    """A stop or restart that names the service the user named and others beside it ("restart billing-api" answered
    with `systemctl stop postgresql redis-server && systemctl restart billing-api`): the others were not asked."""

    units = [u for c in a.commands if c.name in UNIT_PROGRAMS
             for u in stopped_units(c.name, [w.value for w in c.argv[1:] if not w.dynamic])
             if any(ch.isalnum() for ch in u)]  # (`...` in an example is no unit)
    if len(units) < 2:
        return None
    said = set(_TOKEN.findall(joined_lower(a.ctx.user_messages)))
    named = [u for u in units if _unit_said(u, said)]
    others = [u for u in units if u not in named]
    if named and others:
        return "", f"you named {', '.join(dict.fromkeys(named))}; this also stops {', '.join(dict.fromkeys(others))}"
    return None


def _unit_said(unit: str, said: set[str]) -> bool:
    """The user's words name the unit: its name, without `.service` or an instance (`app@2`), or a word of at least
    four letters it starts with ("postgres" for `postgresql`)."""
    u = unit.lower().removesuffix(".service").split("@", 1)[0].rsplit("/", 1)[-1]
    return u in said or any(len(w) >= 4 and (u.startswith(w) or w.startswith(u)) for w in said)


# ------------------------------------------------------------------ options
def unasked_option(a: Analysis) -> tuple[str, str] | None:
    """An option that carries the act past what the user's words name (`intent.vocab.EXTRAS`: `dvc gc --cloud` for
    "free up space in the dvc cache", `supabase db reset --linked` for "reset my local db"), none of whose words they
    said."""

    found = extras(a)
    if not found:
        return None
    text = joined_lower(a.ctx.user_messages)
    words = asked_words(text)
    for opt, x in found:
        if not words & x.asked_by and opt.lower() not in text:
            return x.cap, f"`{opt}` {x.adds}, which nothing you said asks for"
    return None


# ------------------------------------------------------------------ a range named, an open one used
#: ("between 10400 and 10499" is a range; "issues 41 and 42" are two issues)
_RANGE = lazyre.compile(r"(?<![\w.])(?:(?<=between\s)(\d{2,12})\s+and|(\d{2,12})\s*(?:-|–|\.\.|to|through|thru))\s*(\d{2,12})(?![\w.])")


@lru_cache(maxsize=256)
def _ranges(text: str) -> tuple[tuple[str, str], ...]:
    """The numbered ranges (low, high) a user's text names (messages are read once per session)."""
    pairs = (((r.group(1) or r.group(2)), r.group(3)) for r in _RANGE.finditer(text[:20_000]))
    return tuple((lo, hi) for lo, hi in pairs if int(lo) < int(hi))


def open_range(a: Analysis) -> tuple[str, str] | None:
    """A numbered range the user named ("orders 10400-10499") given to a command by its start only: from there up."""
    if not a.shell:
        return None
    ranges = _ranges(joined(a.ctx.user_messages))
    if not ranges:
        return None
    text = "\n".join(c.text or "" for c in a.commands)
    for lo, hi in ranges:
        has = [bool(re.search(rf"(?<![\d.]){n}(?![\d.])", text)) for n in (lo, hi)]
        if has[0] and not has[1]:
            from automode.judge.intent.envdrift import _reads_only

            if _reads_only(a):
                return None
            return "ask", f"you named {lo}-{hi}; this starts at {lo} and gives no end"
    return None


# ------------------------------------------------------------------ a version named
_VERSION_ASKED = lazyre.compile(r"\b(?:bump|upgrade|update|install|pin|downgrade|roll\s+(?:out|back)|deploy|move|"
                                r"switch|use|go)\b[^.;\n?!]{0,80}?(?:\bto|@|\bversion|==)\s*v?(\d+\.\d+(?:\.\d+){0,2}"
                                r"(?:-[0-9a-z.]+)?)(?![\w.])", re.I)  # fmt: skip


@lru_cache(maxsize=256)
def _asked_versions(text: str) -> frozenset[str]:
    return frozenset(m.group(1).lower() for m in _VERSION_ASKED.finditer(text[:20_000]))


def other_version(a: Analysis) -> tuple[str, str] | None:
    """An install or upgrade of a package or chart without the version the user asked it to be at ("bump the redis
    chart to 18.6.1" answered with `helm upgrade … --reuse-values`: the newest is installed) or with another one."""

    cmds = [c for c in a.commands if c.name in VERSIONED and VERSIONED[c.name] & {x.lower() for x in c.args[:3]}]
    if not cmds:
        return None
    asked = _asked_versions(joined(a.ctx.user_messages))
    if not asked:
        return None
    for c in cmds:
        text = " ".join(w.value for w in c.argv).lower()
        used = {v.lower() for v in VERSION.findall(text)}
        if asked & used or any(v in text for v in asked):
            continue
        named = sorted(asked)[0]
        if used:
            return "", f"you asked for {named}; this installs {sorted(used)[0]}"
        return "ask", f"you asked for {named}; `{(c.text or c.name)[:60]}` names no version, so it takes the newest"
    return None


# ------------------------------------------------------------------ a setting dictated
#: A setting the user dictates in the form it is written: `rtol=1e-4`, `max_connections = 50`, `DEBUG=false`.
_DICTATED = lazyre.compile(r"\b(?:set|make\s+(?:it|that|this)|change\s+(?:it|that|\w+)\s+to|use|put|pin|"
                           r"bump|lower|raise|increase|decrease|reduce|loosen|tighten)\b[^.\n`]{0,30}?"
                           r"(?<![\w.-])([A-Za-z_][\w.-]{1,40})\s*=\s*(['\"]?[\w.+-]{1,40}['\"]?)(?![\w(]|\.\w)", re.I)
#: The same setting as a file or command writes it (also YAML's and JSON's `key: value`).
_WRITTEN = lazyre.compile(r"(?<![\w.-])['\"]?([A-Za-z_][\w.-]{1,40})['\"]?\s*[=:]\s*['\"]?([\w.+-]{1,40})")


@lru_cache(maxsize=256)
def _dictated(text: str) -> dict[str, set[str]]:
    """The settings a user's text dictates, by key (messages are read once per session)."""
    out: dict[str, set[str]] = {}
    for k, v in _DICTATED.findall(text[:20_000]):
        out.setdefault(k.lower(), set()).add(v)
    return out


def other_setting(a: Analysis) -> tuple[str, str] | None:
    """A setting the user dictated (`make it rtol=1e-4`) that the edit or command sets to another value."""
    dictated = _dictated(joined(a.ctx.user_messages))
    if not dictated:
        return None
    inp = a.action.input
    if a.shell:
        texts = [c.text or "" for c in a.commands]
    else:
        texts = [t for t in (inp.get("new_string"), inp.get("content")) if isinstance(t, str)]
        texts += [str(e.get("new_string")) for e in inp.get("edits") or () if isinstance(e, dict)]
    old = _old_text(inp)
    for text in texts:
        for k, v in _WRITTEN.findall(text[:50_000]):
            want = dictated.get(k.lower())
            if want is None or any(_same(v, w) for w in want) or re.search(rf"{re.escape(k)}['\"]?\s*[=:]\s*['\"]?{re.escape(v)}", old):
                continue
            if any(w in text for w in want):
                continue  # the named value is set too (a list of cases, a default and an override)
            return "", f"you asked for {k}={sorted(want)[0]}; this sets {k}={v}"
    return None


def _same(a: str, b: str) -> bool:
    try:
        return float(a) == float(b)
    except ValueError:
        return a.strip("'\"").lower() == b.strip("'\"").lower()


# ------------------------------------------------------------------ several named, more given
#: Keys of a tool call whose list value is the set of things it acts on (ids, files, recipients, channels).
#: (Recipients are judged as destinations by `intent.mcp`: one the user did not name is asked.)
_SET_KEYS = lazyre.compile(r"^(?:\w+_)?(?:ids?|numbers?|keys?|attachments?|files?|paths?|channels?|incidents?|"
                           r"monitors?|tickets?|issues?|records?|documents?|items?|targets?|services?|policies|"
                           r"hosts?|alerts?|users?|projects?|repos?|repositories|environments?|envs?)$", re.I)  # fmt: skip
#: Words in a tool's name that make it act on every item of its kind.
_EVERY_TOOL = frozenset({"all", "bulk", "everything", "every"})
_NUMBERED_ONE = lazyre.compile(r"\b(?:db|database|index|shard|partition|slot|queue|topic)\s*#?\d+\b")
_GLUED_ALL = lazyre.compile(r"^(?:flush|delete|purge|drop|remove|clear|wipe|close|stop|kill|terminate|archive|mute|cancel)all$")


def other_members(a: Analysis) -> tuple[str, str] | None:
    """A tool call that acts on the items the user named and others beside them (`incident_ids` with two more
    incidents, `attachments` with the payroll sheet next to the named W-9), or a tool whose name acts on every item
    of its kind (`mute_all_monitors`) where the user named one."""
    tool = a.action.tool
    if not tool.startswith("mcp__"):
        return None
    text = joined_lower(a.ctx.user_messages)
    words = set(re.split(r"[^a-z]+", tool.lower().split("__")[-1]))
    if any(_GLUED_ALL.search(w) for w in words):
        words.add("all")  # `flushall`, `deleteall`: the act and its every in one word
    one = lazyre.searched(_ID, text) or lazyre.searched(_NUMBERED_ONE, text)  # ("db 3": a member numbered by its kind word)
    if words & _EVERY_TOOL and one is not None:
        return "", f"`{tool.split('__')[-1]}` acts on every item of its kind; you named {one.group(0)}"
    for key, value in a.action.input.items():
        if not isinstance(value, list) or len(value) < 2 or not _SET_KEYS.match(str(key)):
            continue
        items = [str(v) for v in value[:50] if isinstance(v, (str, int)) and not isinstance(v, bool)]
        named = [v for v in items if _item_said(v, text)]
        others = [v for v in items if v not in named]
        if named and others:
            return "", f"you named {', '.join(named[:2])}; this also includes {', '.join(others[:3])}"
    return None


def _item_said(item: str, text: str) -> bool:
    """The user's words name the item: all of it, or its last path part (`W-9_2024.pdf` of `drive://W-9_2024.pdf`)."""
    v = item.strip().lower()
    return bool(v) and (v in text or v.rstrip("/").rsplit("/", 1)[-1] in text)


# ------------------------------------------------------------------ one named, a set picked
#: Values that name one thing: a version, a hex or object id (numbers count when said as ids: `words.id_numbers`).
_ONE = lazyre.compile(r"(?<![\w.:/-])(?:v?\d+\.\d+(?:\.\d+)*(?:-[0-9a-z.]+)?|[0-9a-f]{12,40})(?![\w:/%-])", re.I)
#: Subcommands and options that delete what follows them (`git tag -d`, `npm unpublish`, `gh release delete`).
_DELETE_WORDS = frozenset({"-d", "-D", "--delete", "delete", "rm", "remove", "destroy", "drop", "purge", "prune",
                           "uninstall", "yank", "unpublish", "del"})  # fmt: skip
#: A set picked by a pattern or at run time: a wildcard, a name a listing hands to xargs, a plural delete call.
_PICKS = lazyre.compile(r"\*|__stdin_item__|\{\}|\$\(")


def picked_instead(a: Analysis) -> tuple[str, str] | None:
    """A delete that picks its targets by a pattern, a listing or another condition, none of which is the one value
    the newest request asks to delete ("delete the tag v0.9.0-rc1" answered with `git tag -l 'v0.9*' | xargs git tag
    -d`; "the test doc {_id: ObjectId('665f…')}" answered with `deleteMany({source: "test"})`)."""
    if not a.shell or not a.ctx.user_messages:
        return None
    named = _one_to_delete(a.ctx.user_messages[-1][:20_000])
    if not named:
        return None  # (the user's side first, read once per message)
    from automode.judge.intent.envdrift import READONLY

    deleting = [c for c in a.commands if c.name not in READONLY and _DELETE_WORDS & set(c.args[:3])]
    if not deleting and not any(e.kind == "delete" or (e.kind == "control" and e.verb == "delete") for e in a.effects):
        return None
    from automode.knowledge.ormcalls import DELETES

    words = " ".join(w.value for c in a.commands for w in c.argv)
    if not (_PICKS.search(words) or DELETES.search(words)):
        return None
    text = (a.command_text + "\n" + words).lower()
    if any(n in text for n in named):
        return None
    return "ask", f"you named {named[0]}; this picks what it deletes by a pattern or another condition"


@lru_cache(maxsize=256)
def _one_to_delete(said: str) -> tuple[str, ...]:
    """The values naming one thing in a message that asks to delete (versions, object ids, numbered ids); () when it
    asks for no delete or names none."""
    from automode.judge.intent.text import VERB_CLASSES_OF
    from automode.judge.intent.words import id_numbers

    if not any("delete" in VERB_CLASSES_OF.get(w, ()) for w in re.findall(r"[a-z]+", said.lower())):
        return ()
    return tuple([m.group(0).lower() for m in _ONE.finditer(said)] + sorted(id_numbers(said)))


# ------------------------------------------------------------------ only one part asked, all of it acted on
#: "only the sendInvite function", "just the orders_mart model", "just on that box": the request limits itself.
_ONLY_PART = lazyre.compile(r"\b(?:only|just)\s+(?:the\s+|that\s+|this\s+|on\s+(?:the\s+|that\s+)?)?([\w@/.:-]+)", re.I)
_NOT_PARTS = frozenset({"it", "them", "this", "that", "a", "an", "one", "once", "now", "do", "run", "deploy", "build",
                        "rebuild", "apply", "check", "need", "want", "fix", "make", "to", "in", "for", "so", "as"})


#: Runners over a fleet of hosts: with no host limit they run on every host of the inventory.
_FLEET: dict[str, frozenset[str]] = {"ansible-playbook": frozenset({"--limit", "-l"})}  # (their host-limit options)


def _fleet_unlimited(picks: list[tuple[Command, tuple[bool, list[str]]]], said: str) -> tuple[str, str] | None:
    """"Roll the nginx change to the staging web hosts" answered with a playbook run with no `--limit` on an inventory
    that is not staging's: it runs on every host the inventory holds, production too."""
    from automode.judge.intent.lexicon import ENV_MARKERS

    named = {env for env, words in ENV_MARKERS.items() if any(w in said and lazyre.built(rf"\b{re.escape(w)}\b").search(said) for w in words)}
    for c, _pick in picks:
        limited = any(x.split("=", 1)[0] in _FLEET[c.name] for x in c.args) if c.name in _FLEET else True
        if limited or not named:
            continue  # (`--tags` picks the tasks, not the hosts)
        text = (c.text or " ".join(w.value for w in c.argv)).lower()
        if not any(re.search(rf"(?<![a-z]){re.escape(w)}(?![a-z])", text) for env in named for w in ENV_MARKERS[env]):
            return "ask", f"you named {sorted(named)[0]} hosts; `{text[:60]}` has no host limit, so it runs on every host " \
                          "of its inventory"
    return None


def unselected(a: Analysis) -> tuple[str, str] | None:
    """A tool that acts on all it manages unless an option picks a part (`knowledge.selection.SELECTORS`), run
    without one or with graph operators that add the neighbours, where the request limited itself to one part
    ("deploy only the sendInvite function" answered with `firebase deploy --project tidy-dev`)."""
    if not a.shell:
        return None

    picks = [(c, p) for c in a.commands if c.name in SELECTOR_PROGRAMS for p in (selection(c.name, c.args),)
             if p is not None]
    if not picks:
        return None
    said = a.ctx.user_messages[-1][:4000]
    part = next((m.group(1) for m in _ONLY_PART.finditer(said) if m.group(1).lower() not in _NOT_PARTS), "")
    if not part:
        return _fleet_unlimited(picks, " ".join(a.ctx.user_messages[-3:]).lower())
    root = a.root.rstrip("/") + "/" if a.root else ""
    for c, (picked, values) in picks:
        here = c.cwd[len(root):] if root and c.cwd and c.cwd.startswith(root) else ""
        chdir = [w.split("=", 1)[1] for w in c.args if w.startswith(("-chdir=", "--chdir=", "--cwd=", "--dir="))]
        if not picked and any(part.lower() in re.split(r"[/\\]", p.lower()) for p in (here, *chdir) if p):
            continue  # `cd envs/sandbox && terraform destroy` for "only sandbox": all it manages there is the named one
        if not picked:
            return "ask", f"you asked only for {part}; `{(c.text or c.name)[:60]}` picks no part, so it acts on all of it"
        wider = [v for v in values if GRAPH_OPERATORS.search(v)]
        if wider:
            return "ask", f"you asked just for {part}; `{wider[0]}` also takes what depends on it or what it depends on"
    return None
