"""A set computed by the user's own filter (session 16, g1a): "close issues labelled stale with no update for 90+
days" answered with `gh issue list --label stale --search 'updated:<…' | xargs -I{} gh issue close {}`.

The set is computed at run time, yet the user named it exactly: by the listing's filters. Each filter of the listing
(a label, an author, an assignee, a state other than the one the act implies, a search qualifier) must be one the
user's words say, and each filter the user's words say (a label, an age) must be among the listing's: a listing with
no `--label` for "the issues labelled duplicate" is every open issue (refused); with every filter said and nothing
more, the act runs. Forge listings of GitHub and GitLab (`gh`/`glab` issue, pr/mr, run/pipeline lists).
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.judge.intent.facts import Target
    from automode.judge.intent.match import Intent, Said
    from automode.shell.parse import Command

#: Listings whose filters a user names: program -> list subcommand pairs.
_LISTERS = {"gh": frozenset({("issue", "list"), ("pr", "list"), ("run", "list"), ("release", "list"), ("cache", "list")}),
            "glab": frozenset({("issue", "list"), ("mr", "list"), ("ci", "list"), ("pipeline", "list"),
                               ("release", "list")})}  # fmt: skip
#: Options that only shape the output or say where (judged elsewhere): their values are no filter.
_SHAPE = frozenset({"--json", "--jq", "-q", "--limit", "-L", "--template", "-t", "--repo", "-R", "--per-page", "-P",
                    "--page", "-p", "--output", "-F", "--output-format", "-O"})  # fmt: skip
#: Flags with no value.
_FLAGS = frozenset({"--web", "-w", "--draft", "-d", "--all", "-A", "--closed", "-c", "--merged", "-M", "--opened",
                    "--confidential", "--paginate"})  # fmt: skip
#: Label options.
_LABEL = frozenset({"--label", "-l", "--labels"})
#: State values the act implies (closing what is open).
_IMPLIED = frozenset({"open", "opened"})
#: Search qualifiers that only say what kind of thing (GitHub search syntax).
_KIND_QUALIFIERS = frozenset({"is:open", "is:issue", "is:pr", "state:open", "type:issue", "type:pr"})
_DATE_QUAL = lazyre.compile(r"^-?(updated|created|closed|merged|pushed):[<>]=?\d{4}-\d{2}-\d{2}")
#: The words that say a label ("labelled stale", "with the label duplicate", "the wontfix label", "tagged wontfix").
_LABEL_WORD = lazyre.compile(r"label(?:l?ed|s)?|tag(?:ged|s)?")
_LABEL_TOKENS = lazyre.compile(r"[\w:./'`\"-]+")
#: The user's words for an age ("no update for 90+ days", "older than 3 months", "inactive for two weeks").
_USER_AGE = lazyre.compile(r"\b(\d+|one|two|three|four|six|twelve)\s*\+?\s*(days?|weeks?|months?|years?)\b|\bsince\s+\d{4}-\d{2}|"
                           r"\b(?:stale|inactive|untouched|old)\s+for\b|"
                           # a calendar bound ("opened before 2026-01-01", "dibuka sebelum 2026-01-01": session 21, L4)
                           r"(?<![\w-])\d{4}-\d{2}-\d{2}(?![\w-])")
#: A calendar year as the bound ("opened before 2023", "created after 2021", "since 2024"), with the words of other
#: languages for "before" ("vor 2023", "avant 2023", "antes de 2023", "przed 2023", "до 2023", "2023 年より前",
#: "2023年之前", "2023년 이전"): group 1 the word, group 2 the year (the CJK forms as "before").
_BEFORE_WORDS = (r"before|prior\s+to|earlier\s+than|older\s+than|vor|avant|antes\s+de|antes\s+del|prima\s+del?|przed|"
                 r"voor|före|innan|før|ennen|до|önce|sebelum|trước")
_YEAR_BOUND = lazyre.compile(r"(?i)(?<![\w-])(" + _BEFORE_WORDS + r"|after|since|later\s+than|nach|après|depuis|"
                             r"desde|dopo|po|seit|od)\s+(?:the\s+year\s+|dem\s+jahr\s+|l'an\s+)?((?:19|20)\d{2})(?![\w-])|"
                             r"((?:19|20)\d{2})\s*年?\s*(?:より前|以前|之前|前)|((?:19|20)\d{2})\s*년\s*(?:이전|전)")


#: A negation before "since" ("haven't been touched since 2023", "no activity since", "untouched since").
_NOT_SINCE = lazyre.compile(r"(?i)n't|\bnot\b|\bnever\b|\bno\b|\bwithout\b|\buntouched\b|\binactive\b|\bstale\b")


def _year_bounds(text: str) -> list[tuple[str, int]]:
    """("before" | "after" | "since", year) of each year bound the text says, in any of the languages above."""
    out: list[tuple[str, int]] = []
    for m in _YEAR_BOUND.finditer(text):
        if m.group(2):
            w = m.group(1).lower()
            kind = "after" if w in ("after", "later than", "nach", "après", "dopo", "po") else \
                "since" if w in ("since", "depuis", "desde", "seit", "od") else "before"
            if kind == "since" and _NOT_SINCE.search(text[max(0, m.start() - 40):m.start()]) is not None:
                kind = "until"  # "haven't been touched since 2023": last touched in 2023 or before
            out.append((kind, int(m.group(2))))
        else:
            out.append(("before", int(m.group(3) or m.group(4))))
    return out


def _year_kept(word: str, year: int, fed: Command) -> bool:
    """Every date qualifier of the listing is the year bound said: "before 2023" is `<2023-01-01` or
    `<=2022-12-31`; "after 2022" `>2022-12-31` or `>=2023-01-01`; "since 2023" `>=2023-01-01` or `>2022-12-31`."""
    before = word in ("before", "until")
    first = year if word != "after" else year + 1
    ok = {f"<{first}-01-01", f"<={first - 1}-12-31"} if before else {f">={first}-01-01", f">{first - 1}-12-31"}
    if word == "until":  # (the year itself may be in or out: either reading of "not since 2023")
        ok |= {f"<{year + 1}-01-01", f"<={year}-12-31"}
    quals = [m.group(2) for q in " ".join(fed.args).split() if (m := _QUAL_DATE.match(q.strip("'\""))) is not None]
    return bool(quals) and all(q in ok for q in quals)


_QUAL_DATE = lazyre.compile(r"^-?(updated|created|closed|merged|pushed):([<>]=?\d{4}-\d{2}-\d{2})$")
_NOT_A_LABEL = frozenset({"the", "a", "an", "with", "that", "this", "those", "these", "all", "any", "same", "its", "their",
                          "issues", "issue", "prs", "pr", "it", "them"})  # fmt: skip


def _listing(a: Analysis) -> tuple[Command, Command] | None:
    """(the forge listing, the act fed by it), None when no act of the action is fed by a forge listing."""
    if not a.shell:
        return None
    from automode.judge.intent.computed import _fed

    raw = a.action.input.get("command")
    raw = raw if isinstance(raw, str) else ""
    for c in a.commands:
        if c.name not in _LISTERS or not any(w.dynamic or w.value == "__stdin_item__" for w in c.argv[1:]):
            continue
        fed = _fed(c, a.commands, raw) or _xargs_fed(c, a.commands)
        if fed is None or fed.name != c.name or tuple(fed.args[:2]) not in _LISTERS[fed.name]:
            continue
        if fed.args[0] != c.args[0]:
            continue  # (issues listed, pull requests closed: not the set listed)
        return fed, c
    return None


def _xargs_fed(c: Command, commands: list[Command]) -> Command | None:
    """`LIST | jq … | xargs -I{} ACT {}`: the listing at the head of the pipe into the fan-out (through its filters)."""
    i = next((k for k, x in enumerate(commands) if x is c), -1)
    if i <= 0 or not c.via or c.via[-1] != "xargs" or commands[i - 1].name != "xargs":
        return None
    src = commands[i - 1].pipe_from
    for _ in range(8):
        if src is None or src.name in _LISTERS:
            break
        src = src.pipe_from
    return src


def _filters(fed: Command) -> tuple[list[str], list[str], bool]:
    """(labels, other filter values, has a date filter) of a listing."""
    labels: list[str] = []
    other: list[str] = []
    dated = False
    args = fed.args[2:]
    i = 0
    while i < len(args):
        x = args[i]
        name, eq, val = x.partition("=")
        if not x.startswith("-"):
            other.append(x)
            i += 1
            continue
        if name in _FLAGS:
            if name in ("--all", "-A", "--closed", "-c", "--merged", "-M"):
                other.append(name.lstrip("-"))
            i += 1
            continue
        if not eq:
            val = args[i + 1] if i + 1 < len(args) else ""
            i += 1
        i += 1
        if name in _SHAPE:
            continue
        if name in _LABEL:
            labels += [v for v in val.split(",") if v]
            continue
        if name in ("--search", "-S"):
            for q in val.split():
                if q.lower() in _KIND_QUALIFIERS:
                    continue
                if _DATE_QUAL.match(q):
                    dated = True
                elif q.lower().startswith("label:"):
                    labels.append(q.split(":", 1)[1].strip("\"'"))
                else:
                    other.append(q.split(":", 1)[-1].strip("\"'"))
            continue
        if name in ("--state", "-s") and val.lower() in _IMPLIED:
            continue
        other.append(val)
    return labels, other, dated


def _said(value: str, text: str) -> bool:
    v = value.lower().lstrip("@")
    return bool(v) and re.search(r"(?<![\w-])" + re.escape(v) + r"(?![\w-])", text) is not None


def _user_labels(text: str) -> list[frozenset[str]]:
    """Each label the words name, as the words it may be (either side of "label": "abertas label duplicate")."""
    out: list[frozenset[str]] = []
    toks = _LABEL_TOKENS.findall(text.lower())
    for i, w in enumerate(toks):
        if _LABEL_WORD.fullmatch(w) is None:
            continue
        after = [x for x in toks[i + 1 : i + 3] if x not in ("as", "with")][:1]
        before = toks[i - 1 : i] if w in ("label", "labels", "tag", "tags") else []
        cands = frozenset(x.strip("\"'`") for x in (*after, *before) if x.strip("\"'`") not in _NOT_A_LABEL)
        if cands:
            out.append(cands)
    return out


def listing_said(t: Target, a: Analysis, intent: Intent) -> tuple[str, str, Said | None] | None:
    """("allow", the request's words, it) when a request for the act names exactly the listing's filters; ("deny",
    why, it) when the listing is wider or other than the filter it names; None when no forge listing feeds the act
    or no request asks for the act."""
    pair = _listing(a)
    if pair is None:
        return None
    fed, _act = pair
    kept = [b for _, b in intent.boundaries if b.kind in ("handsoff", "spared", "except", "withdrawn") and b.strong]
    labels, other, dated = _filters(fed)
    for r in intent.requests:
        if not r.clause.verbs & t.verbs or r.clause.question:
            continue
        if kept:  # something was left out ("la 311 reste ouverte"): a listing never leaves it out by itself
            return "deny", f"you left out {sorted(kept[0].strong)[0]}; `{fed.name} {' '.join(fed.args[:2])}` lists it too", r
        text = r.clause.text.lower()
        raw = "\n".join(a.ctx.user_messages)[:8000]
        years = {str(y) for _, y in _year_bounds(text) + _year_bounds(raw)}  # ("before 2023": a bound, not item 2023)
        if any(x.lstrip("#").isdigit() and x not in years for x in r.strong):
            return None  # the items were named one by one ("wontfix (305, 309, 314)"): the listing is not them
        wanted = _user_labels(text)
        ages = _USER_AGE.search(text) is not None
        missing = [w for w in wanted if w.isdisjoint(x.lower() for x in labels)]
        if missing:
            return "deny", (f"you named the label {sorted(missing[0])[-1]!r}; this acts on every item `{fed.name} "
                            f"{' '.join(fed.args[:2])}` lists {'with other labels' if labels else 'whatever its labels'}"), r
        if ages and not dated:
            return "deny", "you named an age; this listing has no date filter and takes every item of any age", r
        bound = next(iter(_year_bounds(text) or _year_bounds(raw)), None)
        if bound is not None and not dated:
            return "deny", f"you named a year ({bound[1]}); this listing has no date filter and takes every item", r
        if bound is not None and not _year_kept(bound[0], bound[1], fed):
            return "deny", f"you said {bound[0]} {bound[1]}; this listing's date filter takes another span", r
        if any(not _said(x, text) for x in (*labels, *other)) or (dated and not ages) or not (labels or other or dated):
            return None  # a filter in words the reader does not know ("échoués": failure), or none at all: judged
            # as the set it is (`computed`, `scope`)
        return "allow", r.clause.text, r
    return None
