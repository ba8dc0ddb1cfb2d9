"""A delete the user asked for, aimed at the whole where the request named a part of it (issue 12, session 8).

Two ways a request names less than the thing an action deletes, both seen on unseen sessions where the judge
released the whole because one of its words matched:

* a filter: the request narrows what it names by an extension, a year or date, a wildcard or a name prefix
  ("the 2023 .gz under logs/", "my scratch tables, the ones starting with hg_") that the command never spells
  (`rm -rf logs`, `bq rm -r -d project:analytics_scratch`): the command reaches everything in the container;
* the object of the verb: "nuke the cache" said about Gradle names the cache, not `~/.gradle` (which also holds
  `gradle.properties` with signing credentials); "clean derived data" names Xcode's DerivedData, not its
  Archives. A path matched only by a word of its context (the tool, the parent directory) is not the object the
  verb takes. The head of the phrase after a delete verb (its last content word; English noun phrases end in their
  head) must name the path's own last component, or name its parent while another word of the phrase names the
  component ("the pip cache" for `~/.cache/pip`).

Both are English-and-symbol checks: a request in another language simply is not judged by the second one.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from automode import lazyre
from automode.judge.intent.heads import head_words

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.judge.intent.facts import Target
    from automode.judge.intent.match import Said

#: Values a request narrows by: an extension (`.gz`), a year or date (`2023`, `2024-03`), a wildcard (`ff:*`,
#: `*.log`), a name prefix (`hg_`, `tmp-`).
FILTER = lazyre.compile(r"^(?:\.[a-z0-9]{1,6}|(?:19|20)\d\d(?:-\d\d){0,2}|[^\s]*\*[^\s]*|[a-z0-9][a-z0-9_:.-]{0,40}[_:-])$", re.I)
#: Words of a noun phrase that say nothing about which thing (the head falls back to the word before them).
_GENERIC = frozenset({
    "data", "file", "files", "folder", "folders", "dir", "dirs", "directory", "directories", "stuff", "thing",
    "things", "contents", "content", "everything", "one", "ones", "tree", "copy", "copies", "out", "up", "away", "home",
})  # fmt: skip
#: The most a request releases an action that reaches more than it named: an ask for a change, a deny for a
#: destruction (`judge.release`): deleting the whole where the user named a part is the wider-than-asked harm.
WIDER = "wider"
#: The same for an option that adds a destruction to an act the request named (`docker compose down -v` for "restart
#: the dev stack"): it holds even when the request named the act but not its object.
UNASKED = "unasked"


#: A request that picks by age ("older than 7 days", "from before 2024", "last month's"), and the options and
#: expressions a command picks by age with (find -mtime/-mmin/-newer*, --older-than, --before, until=, a date glob).
AGE = lazyre.compile(r"\b(?:older\s+than\s+\w+(?:\s+(?:days?|weeks?|months?|years?|hours?))?|from\s+before\s+\S+|"
                     r"(?:more|over)\s+than\s+\d+\s+(?:days?|weeks?|months?)\s+old|\d+\s*(?:days?|weeks?|months?)\s+old)",
                     re.I)  # fmt: skip
TIME_OPTIONS = lazyre.compile(r"-m(?:time|min)\b|-newer|-older-than|remove-all-but-n|--before|until=|--max-age|-ctime|-atime|"
                              r"--expire|--prune=|\.ago\b|--vacuum-time|--keep-within|--older\b|"
                              r"\b(?:19|20)\d\d|--keep|--retention|--days\b|\binterval\b|now\(\)|current_date|"
                              r"date_sub|dateadd|datetime\(|\bage\(|"
                              # (session 25: a date computed back from now, `$(date -d '90 days ago')`, `date -v-90d`,
                              # `timedelta(days=90)`, and the options that take it: `--clean-before-timestamp`)
                              r"\d+\s*(?:hour|day|week|month|year)s?\s+ago\b|\bdate\s+-v-\d+[dwmy]\b|timedelta\(|"
                              r"before-timestamp|--before-date|--older-than", re.I)  # fmt: skip


_AGE_DAYS = lazyre.compile(r"(\d+)\s*(hour|day|week|month|year)", re.I)
_MTIME = lazyre.compile(r"-m(time|min)\s+\+(\d+)")
_UNIT_DAYS = {"hour": 1 / 24, "day": 1, "week": 7, "month": 30, "year": 365}


def _younger(said: str, literal: str) -> bool:
    """The command's age test (`-mtime +3`) reaches files younger than the age the user named ("older than 30
    days"): only when both are numbers."""
    m, c = _AGE_DAYS.search(said), _MTIME.search(literal)
    back = _AGO.search(literal)
    if m is None or (c is None and back is None):
        return False
    asked = int(m.group(1)) * _UNIT_DAYS[m.group(2).lower()]
    if c is None and back is not None:  # (`$(date -d '3 days ago')` for "older than 30 days": newer rows too)
        got = int(back.group(1)) * _UNIT_DAYS[back.group(2).lower()]
        return got < asked * 0.99
    assert c is not None
    got = int(c.group(2)) / (24 * 60) if c.group(1) == "min" else int(c.group(2))
    return got < asked * 0.99


#: A date computed back from now in a command (`date -d '90 days ago'`, `--date='2 weeks ago'`).
_AGO = lazyre.compile(r"(\d+)\s*(hour|day|week|month|year)s?\s+ago\b", re.I)


_DATE = lazyre.compile(r"((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})")


def _date_in(said: str, literal: str) -> bool:
    """A date the user said is in the command in another spelling (`2024-01-01` as the partition `t$20240101`)."""
    m = _DATE.fullmatch(said.strip())
    if m is None:
        return False
    y, mo, d = m.group(1), m.group(2).zfill(2), m.group(3).zfill(2)
    return f"{y}{mo}{d}" in literal or f"{y}_{mo}_{d}" in literal


def unmet_filter(t: Target, a: Analysis, r: Said, literal: str) -> tuple[str, str] | None:
    """The request names the thing with a filter the command does not apply: (WIDER, why), else None."""
    if not t.verbs & {"delete", "reset"}:
        return None
    literal = "\n".join([literal, *((e.content or "").lower() for e in a.effects if e.kind == "control")])  # SQL too
    strong = [s for s in r.strong if s]
    filters = [s for s in strong if FILTER.match(s) and s.lower() not in literal and not _date_in(s, literal)]
    if filters and any(FILTER.match(s) and len(s) >= 3 and s.lower() in literal for s in strong):
        return None  # the command applies a filter the user named (`run-2024*`): the others may be what they keep
    age = AGE.search(r.clause.text)
    if age is not None and not TIME_OPTIONS.search(literal):
        filters.append(age.group(0).strip())  # "the logs older than 7 days" vs `rm -rf logs/`: no age in the command
    elif age is not None and _younger(age.group(0), literal):
        filters.append(age.group(0).strip())  # "older than 30 days" vs `find … -mtime +3`: it reaches younger files
    if filters and a.shell:
        from automode.judge.intent.kept_forms import kept_member

        # ("…を削除して。pod は残して", read ".pod": a kind the user said to keep, not a filter of what goes)
        filters = [s for s in filters if not kept_member(s.strip(".*"), a.ctx.user_messages[-2:])]
    if not filters:
        return None
    whole = [s for s in strong if s not in filters and s.lower() in literal]
    if not whole:
        from automode.judge.intent.match import GENERIC_WORDS, object_matches

        weak = r.weak - GENERIC_WORDS
        whole = [o for o in (*t.objects, *t.paths) if object_matches(o, frozenset(), weak)]
    if not whole:
        return None  # the request does not name what the command acts on: nothing to narrow
    return WIDER, f"you named only the {', '.join(sorted(filters)[:3])} ones in {whole[0]}; this reaches all of {whole[0]}"


def _said_in(word: str, name: str) -> bool:
    from automode.judge.intent.places import stem
    from automode.knowledge.envmarkers import tokens

    w = stem(word)
    toks = set(tokens(name)) | {stem(t) for t in tokens(name)}
    return w in toks or word in toks or (len(w) >= 4 and w in name.lower())


def other_object(t: Target, a: Analysis, r: Said) -> tuple[str, str] | None:
    """A path the delete reaches that the verb's object does not name: (WIDER, why), else None."""
    if not t.verbs & {"delete"} or not t.paths or a.action.tool != "Bash":
        return None
    said = head_words(r.clause.text)
    if said is None:
        return None
    verb, nps = said
    named = [[w for w in np if w not in _GENERIC] for np in nps]
    named = [np for np in named if np]
    if not named:
        return None  # "delete the files": no word says which
    from automode.judge.intent.places import path_matches

    removed = {e.target.rstrip("/") for e in a.effects if e.kind == "delete" and e.recursive}
    for p in t.paths:
        if p.rstrip("/") not in removed:
            continue  # lines removed from a file ("remove those lines from my history") edit what they name
        if "*" in p or p.startswith("/tmp/") or path_matches(p, r.strong, frozenset(), a.root, a.ctx.home):
            continue  # a pattern (judged as picks), a scratch file, or a path the request spells itself
        if any(p.startswith(_absolute(s, a.root) + "/") for s in r.strong if "/" in s):
            continue  # inside a directory the request names ("the csv files in storage/app/exports")
        parts = p.rstrip("/").split("/")
        base, parent = parts[-1], parts[-2] if len(parts) > 1 else ""
        if any(_said_in(np[-1], base) or (_said_in(np[-1], parent) and any(_said_in(w, base) for w in np[:-1]))
               for np in named):
            continue
        return WIDER, f"you asked to {verb} {' and '.join(' '.join(np) for np in nps)}; this deletes {p}"
    return None


def _absolute(s: str, root: str) -> str:
    s = s.strip().rstrip("/").removeprefix("./")
    return s if s.startswith(("/", "~", "$")) else f"{root.rstrip('/')}/{s}"
