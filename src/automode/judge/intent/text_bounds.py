"""Boundaries in the user's words: "don't push", "only touch src/", "read-only", "leave main alone", "no new deps".

Split from `automode.judge.intent.text` (which reads each message into clauses, requests and boundaries and calls
`boundaries` on each clause); the names stay importable there. Deterministic and pure.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.dc import dataclass
from automode.judge.intent.words import VERB_WORDS, idents, verb_classes

#: A boundary's verb word as said, matched against the subcommand words of a control command (`acts`).
SAID = "said:"
#: Verb classes a boundary can name without an object ("don't push"); others need one ("don't modify the tests").
BOUNDARY_VERBS = frozenset({"push", "force-push", "commit", "merge", "publish", "deploy", "send", "pay", "delete", "reset",
                            "install", "kill", "touch", "network"})  # fmt: skip


@dataclass(frozen=True, slots=True)
class Boundary:
    kind: str  # "verb" | "scope" | "review" | "readonly" | "deps" | "except" (what a request left out) | "spared"
    verbs: frozenset[str]
    strong: frozenset[str]
    weak: frozenset[str]
    scope: str | None  # the one directory writes must stay in ("scope")
    text: str  # the user's words, for the reason


_NEG_HEAD = lazyre.compile(
    r"^(?:\W*)(?:(?:and|but|also|so|just|please|pls|oh|ok|okay|however|again|remember|note)[,]?\s+)*"
    r"(?:don'?t|do\s+not|never|please\s+don'?t|no\s+need\s+to|avoid|refrain\s+from|dont|do\s+NOT|no)\s+"
    r"(?:ever\s+|yet\s+|actually\s+|even\s+|try\s+to\s+|go\s+(?:and\s+)?|attempt\s+to\s+|you\s+dare\s+|any\s+)?"
    r"([a-z][\w-]*)(.*)$", re.I)  # fmt: skip
_NO_DEPS = lazyre.compile(r"\b(?:no|without|don'?t\s+add|do\s+not\s+add|avoid)\s+(?:adding\s+|installing\s+)?(?:any\s+)?(?:new\s+|extra\s+|additional\s+|more\s+)?"
                      r"(?:dependenc(?:y|ies)|deps|packages?|librar(?:y|ies)|installs?)\b", re.I)  # fmt: skip
_SCOPE = lazyre.compile(
    r"\b(?:only\s+(?:touch|edit|modify|change|write(?:\s+to|\s+in)?|work(?:\s+in|\s+on|\s+inside)?|make\s+changes\s+(?:in|to|inside)|"
    r"change\s+files\s+(?:in|under))|stay\s+(?:with)?in|keep\s+(?:your\s+|all\s+|the\s+)?(?:changes|edits)\s+(?:with)?in|"
    r"limit\s+(?:your\s+|all\s+)?(?:changes|edits)\s+to|restrict\s+(?:yourself|changes)\s+to|nothing\s+outside(?:\s+of)?|"
    r"(?:don'?t|do\s+not)\s+(?:touch|edit|modify|change)\s+anything\s+outside(?:\s+of)?)\s+(?:the\s+)?"
    r"([~\w.-]*/[~\w./-]*|[\w.-]+(?=\s+(?:folder|directory|dir)\b))", re.I)  # fmt: skip
_REVIEW = lazyre.compile(
    r"\bbefore\s+(?:you\s+)?(?:running|applying|executing|deploying|doing|changing|touching|run|apply|execute|deploy|do|change)\s+"
    r"(?:anything|it|them|this|that)\b|"  # "show it to me before running anything"
    r"\b(?:wait\s+for\s+(?:my|a|the|our)\s+(?:review|approval|go-ahead|ok|okay|sign-?off|confirmation)|"
    r"until\s+(?:i|we)\s+(?:have\s+)?(?:review|approve|say\s+so|check|confirm|look|give)|before\s+(?:i|we)\s+(?:review|approve|look)|"
    r"(?:i|we)\s+(?:want|need)\s+to\s+review\s+(?:it|this|them|the\s+\w+)?\s*(?:first|before))", re.I)  # fmt: skip
_READONLY = lazyre.compile(
    r"\b(?:read[- ]only|(?:don'?t|do\s+not)\s+(?:change|modify|edit|touch|write)\s+(?:anything|any\s+files?|a\s+thing)|"
    r"(?:don'?t|do\s+not)\s+make\s+(?:any\s+)?changes|just\s+(?:look|read|investigate|explain|analy[sz]e)\b(?!\s+and)|"
    r"only\s+(?:look|read|investigate)\b|no\s+(?:code\s+)?changes)\b", re.I)  # fmt: skip
#: "it's just a read-only dashboard", "it's a public read-only API": read-only describes what something is, not the agent's work ("this is a
#: read-only task" still is about it; "generate a read-only link" asks for a read-only thing).
_READONLY_THING = lazyre.compile(r"\b(?:it'?s|it\s+is|that'?s|that\s+is|this\s+is|they'?re|they\s+are|which\s+is)\s+"
                                 r"(?:just\s+|only\s+|simply\s+|merely\s+)?(?:a|an|the|our)\s+(?:(?!read\b)[a-z]+\s+){0,2}?read[- ]only\s+(?!(?:task|session|job|"
                                 r"investigation|review|pass|exercise|mode|audit|run|question|look)\b)[a-z]", re.I)


#: "archive the old repo, read-only is enough", "read only will do": the state a request asks things left in (an
#: archived repository, a viewer's grant, a mounted volume), not a fence around the agent's work.
_READONLY_STATE = lazyre.compile(r"\bread[- ]only\s+(?:access\s+|mode\s+)?(?:is|would\s+be|will\s+be|'s)\s+"
                                 r"(?:(?:more\s+than\s+|quite\s+|totally\s+|perfectly\s+)?(?:enough|fine|ok|okay|"
                                 r"sufficient|plenty|good\s+enough|all\s+(?:it|we|they|i)\s+needs?))\b|"
                                 r"\bread[- ]only\s+(?:will\s+do|suffices|works)\b", re.I)  # fmt: skip


#: "a read-only SAS link", "create a read-only role", "give her a read-only account": the kind of thing a request
#: makes or gives (its access), not a fence around the agent's work ("a read-only review" still is one).
_READONLY_MADE = lazyre.compile(r"(?:\b(?:a|an|the|one|new|separate|dedicated|(?:create|generate|add|make)\s+(?:[\w'-]+\s+){0,4}?)\s*|"
                                r"(?:^|[,(:;]|\bwith|\bonly|\bjust)\s*)read[- ]only\s+(?:[a-z0-9]+\s+){0,2}?"
                                r"(?:link|url|token|key|role|user|account|replica|grant|policy|permission|permissions|"
                                r"access|credential|credentials|login|service\s+account|connection|share|sas|mount|"
                                r"volume|snapshot|copy|view|mirror|endpoint|api\s+key|scope|group|member)s?\b", re.I)


#: "share the report with lucia@x, read-only", "comparte … solo lectura", "give bob access, view only": the access
#: a share or grant that opens its sentence gives, said after it, not a fence around the agent's work.
READONLY_GIVEN = lazyre.compile(r"(?im)^(\W*(?:please\s+)?(?:share|give|grant|invite|(?:add|create|make|set\s+up)(?=\s+(?:[\w.@/~'-]+\s+){0,4}?(?:key|"
                                 r"keys|member|user|collaborator|account|token|role|reviewer|viewer|login)\b))\b(?:[^.;!?\n]|\.(?=\S)){0,160}?)(?:,\s*|\s+)"
                                 r"(?:as\s+)?(?:read[- ]only|only\s+read|view[- ]only|only\s+view)\b")


#: "let anonymous users view dashboards (read only)": the access a grant gives, said in brackets after it.
_READONLY_BRACKET = lazyre.compile(r"(?i)\b(?:view\w*|access|anonymous|share\w*|grant\w*|roles?|users?|viewers?|token|dashboards?)\b"
                                   r"[^()\n]{0,60}\(\s*read[- ]only\s*\)")


#: "a policy that gives only read on secret/app/*", "grant her only read access", "… only read … give" (a verb-final
#: request glossed, session 20 h21-0633): the access a policy or grant gives, not a fence around the agent's work.
_READONLY_GRANTED = lazyre.compile(r"(?i)\b(?:giv|grant|allow|permit)\w*\s+(?:[\w'-]+\s+){0,3}?only\s+(?:read|view)\b|"
                                   r"\bonly\s+(?:read|view)\s+(?:on|to|access|rights?|permissions?|capabilit\w*)\b|"
                                   r"\bonly\s+(?:read|view)\b(?:\s+\S+){1,4}?\s+(?:give|grant|allow)\b")


def _readonly_thing(clause: str) -> bool:
    """Every "read-only" of the clause describes a thing, and nothing else in it keeps the agent from changes."""
    rest = _READONLY_GRANTED.sub(" ", _READONLY_BRACKET.sub(" ", _READONLY_MADE.sub(" ", _READONLY_STATE.sub(" ", _READONLY_THING.sub(" ", clause)))))
    return rest != clause and _READONLY.search(rest) is None


HANDS_OFF = lazyre.compile(r"\bleave\s+((?:[\w./@:-]+\s+){1,4}?)(?:alone|untouched)\b|"
                        r"\b(?:hands\s+off|stay\s+away\s+from|keep\s+away\s+from|steer\s+clear\s+of|"
                        r"keep\s+(?:your\s+)?hands\s+off)\s+((?:[\w./@:-]+\s*){1,4})")  # fmt: skip
#: What "leave X alone" forbids on X: every act that changes it; on a main branch, the acts that land on it.
HANDS_OFF_VERBS = frozenset({"touch", "push", "force-push", "merge", "delete", "deploy", "publish", "update", "create",
                             "reset", "kill"})  # fmt: skip
HANDS_OFF_GIT = frozenset({"push", "force-push", "merge", "delete"})
MAIN_BRANCHES = frozenset({"main", "master", "trunk", "develop", "gh-pages"})


def boundaries(clause_raw: str) -> list[Boundary]:
    out: list[Boundary] = []
    low = clause_raw.lower()
    m = _SCOPE.search(clause_raw)
    if m:
        out.append(Boundary("scope", frozenset({"touch", "update", "create", "delete"}), frozenset(), frozenset(),
                            m.group(1).rstrip("./") or m.group(1), clause_raw.strip()))  # fmt: skip
        return out
    if _REVIEW.search(clause_raw):
        out.append(Boundary("review", frozenset({"push", "force-push", "merge", "publish", "deploy", "send", "pay"}),
                            frozenset(), frozenset(), None, clause_raw.strip()))  # fmt: skip
    if _NO_DEPS.search(clause_raw):
        out.append(
            Boundary("deps", frozenset({"install"}), frozenset(), frozenset(), None, clause_raw.strip())
        )
        return out
    if _READONLY.search(clause_raw) and not _readonly_thing(clause_raw):
        out.append(Boundary("readonly", frozenset({"touch", "update", "create", "delete", "reset", "commit", "push"}),
                            frozenset(), frozenset(), None, clause_raw.strip()))  # fmt: skip
        return out
    m = HANDS_OFF.search(low)
    if m:  # "leave main alone", "hands off the terraform state": no act of any kind on it
        s, w = idents(m.group(1) or m.group(2))
        if s or w:
            branch = (s | w) & MAIN_BRANCHES
            verbs = HANDS_OFF_GIT if branch else HANDS_OFF_VERBS
            out.append(Boundary("handsoff", verbs, s, w, None, clause_raw.strip()))
            return out
    m = _NEG_HEAD.match(low)
    if m:
        verb, rest = m.group(1), m.group(2)
        classes = verb_classes([verb], low)
        if verb in ("touch", "modify", "change", "edit", "alter"):
            classes = {"touch"}
        rest = re.split(r"\s+(?:until|unless|before|yet)\b", rest, maxsplit=1)[0]
        s, w = idents(rest)
        if not classes and _REDO.match(verb) and verb not in VERB_WORDS:
            classes, w = {"run"}, w | {verb[2:].removeprefix("-")}  # "don't retrain": no second run of the training
        again = verb in ("rerun", "re-run", "retry") or (_REDO.match(verb) is not None and verb not in VERB_WORDS)
        # "don't rerun it / the backfill": a second run of what ran; a first run ("don't run the full suite, just the
        # unit tests") is a preference about what to run, not a fence
        run = {"run"} & classes if again and (s or w or _PRONOUN_ONLY.search(rest)) else set()
        classes = (classes & BOUNDARY_VERBS) | run  # "don't include X" in an issue text is not a rule for the agent
        if verb in VERB_WORDS:
            classes.add(SAID + verb)  # "don't switch yet" fences `nixos-rebuild switch` by its own word (acts.py)
        if classes:
            out.append(Boundary("verb", frozenset(classes), s, w, None, clause_raw.strip()))
    return out


#: "retrain", "reindex", "re-import": doing it again (a boundary on running what the rest of the word names).
_REDO = lazyre.compile(r"^re-?[a-z]{4,}$")
_PRONOUN_ONLY = lazyre.compile(r"^\s*(?:it|that|this|them)\b")
