"""What a later message does to what was asked before (issue 12, time): the latest words win.

A message can take back the whole of what was asked before ("hold off", "wait, keep them until finance confirms",
"not yet", "I'll tell you when"), take back one named part of it ("never mind e2e, just run the unit tests", "forget
the staging deploy", "the prod run can wait"), defer it ("we'll do prod tomorrow, not today"; "add the reviewers once
it's ready, not now"), or end a permission that was given for one occasion ("skip the hook for this commit", "you can
force-push this once") by moving on to the next task. Everything here is pure text reading: `text.parse_message`
calls it per sentence and clause, `match.session_intent` applies it to the requests in order.
"""

from __future__ import annotations

import re

from automode import lazyre

#: The user keeps the moment for themselves: "I'll tell you when", "I'll let you know", "we'll give you the go".
_USER_SAYS_WHEN = (r"(?:i'?ll|i\s+will|we'?ll|we\s+will)\s+(?:(?:tell\s+you|let\s+you\s+know|say)\s+(?:when|once)|"
                   r"give\s+you\s+(?:the\s+)?(?:go|ok|signal|word|go-ahead))")
# Fillers between a stop word and the end of what it says: "hold off actually", "wait pls", "stop for now guys".
_FILLER = r"(?:\s+(?:actually|then|pls|please|now|guys|folks|man|sorry|a\s+moment|for\s+now|for\s+today|on\s+it))*"

#: A message that suspends what was asked before. A stop word holds only when it stands alone or is about the request
#: ("stop, don't", "wait a sec", "hold off on that", "never mind", "scratch that for now"); followed by an object it is
#: about that object ("never mind the flaky test", "stop the importer from deleting rows", "wait for the build").
HOLD = lazyre.compile(r"^\W*(?:(?:no|ok|okay|actually|oh|oops|sorry|hmm|um|uh|wait|stop|hang\s+on|hold\s+on)\W+)*"
                  r"(?:(?:hold\s+off|hold\s+on|hang\s+on|wait|stop|pause|not\s+yet|not\s+now|not\s+today|never\s*mind|abort|cancel)"
                  + _FILLER +
                  r"(?=\W*$|\s*[,.;:!—–-]|\s+all\W*$|\s+(?:that|it|this|everything|for\s+now|for\s+a\s+(?:sec|second|bit|minute|moment)|"
                  r"a\s+(?:sec|second|bit|minute|moment)|until|till|on\s+(?:that|it|this|the\s+\w+)|with\s+(?:that|it|this)|there|"
                  r"please|i|we|let|don'?t)\b)|don'?t\s+do\s+(?:it|that|anything)|"
                  r"cancel\s+that|forget\s+(?:it|that|about\s+(?:it|that))|scratch\s+that|hold\s+your\s+horses|"
                  # "undo that", "kill that idea", "scrap the plan": the plan taken back, not an act on its objects
                  r"(?:undo|revert|scrap|kill|abandon|ditch|cancel|drop)\s+(?:that|this|the|everything)(?:\s+(?:idea|plan|"
                  r"whole\s+thing|thing))?(?=\W*$)|(?:undo|scrap|ditch)\s+it(?=\W*$)|don'?t\s+(?:\w+\s+)?(?:it|that|anything)\s+yet|"
                  # the same in the other languages users write in ("aspetta, non ancora", "warte, noch nicht",
                  # "espera, todavía no", "attends, pas encore", "wacht, nog niet", "vänta, inte än")
                  r"(?:aspetta|warte|espera|attends|wacht|vänta|calma)(?=\W*$|\W)|non\s+ancora|noch\s+nicht|todav[ií]a\s+no|"
                  r"pas\s+encore|nog\s+niet|inte\s+än|ainda\s+n[ãa]o|"
                  # "wait no, ...", "no wait", "actually no": the user takes back what they just asked
                  r"(?:wait|hang\s+on|hold\s+on|actually)\W+no(?!\s+(?:need|one|more|longer|problem|worries)\b)|no\W+wait|"
                  # "leave it", "leave them be", "leave it as is": the thing asked about stays as it is
                  r"leave\s+(?:it|them|that|those|this|these)(?:\s+(?:be|alone|as\s+(?:it\s+)?is|there|for\s+now|untouched))?(?=\W*$)|"
                  # the user has not made up their mind: "I haven't decided yet", "not sure yet", "let me think about it"
                  r"i\s+(?:haven'?t|have\s+not|didn'?t)\s+(?:decided|made\s+up\s+my\s+mind)|not\s+(?:sure|decided)\s+yet|"
                  r"let\s+me\s+(?:think|sleep\s+on\s+it|check\s+with)|i'?ll\s+think\s+about\s+it|"
                  # the user keeps the moment for themselves: "I'll tell you when", "I'll let you know", "I'll say when"
                  + _USER_SAYS_WHEN + r")\b", re.I)  # fmt: skip
#: The same anywhere in a sentence: "Jonas is demoing on staging until 3, I'll tell you when".
USER_SAYS_WHEN = lazyre.compile(r"\b" + _USER_SAYS_WHEN + r"(?=\W*$|\s+(?:it'?s|we'?re|i'?m|to|you\s+can|ready|done|ok)\b)", re.I)

#: In a withdrawal, what is to stay ("wait, keep beta-search, marketing uses it"): deleting it is fenced.
KEEP = lazyre.compile(r"\b(?:keep|spare|leave)\s+([^,.;:!?]+)")
#: Where the kept thing's name ends: "keep them until finance confirms", "keep it for now", "keep it, we need it".
_KEEP_END = lazyre.compile(r"\s+(?:until|till|til|for\s+now|for\s+the\s+moment|for\s+a\s+while|while|because|since|as|in\s+case|"
                       r"around|a\s+bit|a\s+while|as\s+is|as\s+they\s+are|as\s+it\s+is|alone|intact|untouched|there)\b.*$")  # fmt: skip
#: Words that point back at what was named before rather than naming something ("keep them", "keep those files").
POINTERS = frozenset({"it", "them", "that", "this", "those", "these", "everything", "all", "both", "files", "ones",
                      "the", "for", "now", "around", "as", "is"})  # fmt: skip


def kept(sentence: str) -> str | None:
    """The name of what a withdrawal keeps ("wait, keep beta-search"), "" when it keeps what was named before ("keep
    them until finance confirms"), None when it keeps nothing."""
    m = KEEP.search(sentence)
    if m is None:
        return None
    what = _KEEP_END.sub("", " " + m.group(1)).strip()
    words = re.findall(r"[\w./@:-]+", what)
    return "" if all(w in POINTERS for w in words) else what


#: A withdrawal of one named part of what was asked ("never mind e2e", "forget the staging deploy", "hold off on the
#: migration", "scratch the email", "the prod run can wait", "no e2e after all"): group 1 or 2 is what it names.
_WITHDRAW = lazyre.compile(
    r"(?:^|[,;.]\s*|\b(?:actually|ok|okay|oh|wait|hmm|so|and)\W+)(?:never\s*mind|forget(?:\s+about)?|scratch|hold\s+off\s+on|"
    r"don'?t\s+bother\s+with|no\s+need\s+for|skip\s+the)\s+(?!it\b|that\b|this\b|them\b|about\s+(?:it|that)\b|everything\b)"
    r"([^,.;:!?]+?)(?=\s*(?:$|[,.;:!?—–]|\s+(?:and|but|just|instead|for\s+now|after\s+all|then|we|i|let'?s|please|pls)\b))|"
    r"(?:^|[,;.]\s*)(?:the\s+)?([^,.;:!?]{2,60}?)\s+can\s+wait\b", re.I)  # fmt: skip
#: A deferral that names what it defers: "we'll do prod tomorrow", "let's run the prod backfill next week", "prod
#: after the maintenance window" (group 1 is what it names).
_DEFER = lazyre.compile(
    r"\b(?:we'?ll|we\s+will|i'?ll|i\s+will|let'?s|we\s+can|you\s+can)\s+(?:do|run|handle|tackle|deal\s+with|take\s+care\s+of)\s+"
    r"(?:the\s+)?([^,.;:!?]{2,60}?)\s+(?:tomorrow|later|tonight|next\s+\w+|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"after\s+(?:the|lunch|the\s+weekend)|once\s+the|when\s+the)\b", re.I)  # fmt: skip


def withdrawn(sentence: str) -> list[str]:
    """The named parts a sentence takes back or defers, as the user wrote them."""
    out = [m.group(1) or m.group(2) for m in _WITHDRAW.finditer(sentence)]
    out += [m.group(1) for m in _DEFER.finditer(sentence)]
    return [w.strip() for w in out if w and w.strip()]


#: A clause that only says "not now" about the request before it in the same message ("add Ana and Marco as reviewers
#: once it's ready, not now"; "deploy it later, not today"). "Not before" after a condition only repeats the condition.
DEFERRED_CLAUSE = lazyre.compile(r"^\W*(?:but\s+|and\s+)?(?:not\s+(?:now|yet|today|tonight|right\s+now|right\s+away|this\s+week)|"
                             r"some\s+other\s+time|another\s+time)\W*$")  # fmt: skip
#: A request that says in itself that it is not for now: "merge it, but not yet", "deploy it tomorrow, not today".
#: (A time alone is no deferral of the request: "we'll fix the errors next sprint" is about another act.)
DEFERRED_IN = lazyre.compile(r"\bnot\s+(?:now|yet|today|tonight|right\s+now|right\s+away)\b")

#: A permission given for one occasion: "skip the hook for this commit", "you can force-push this once", "just this
#: time". A later message that asks for the next task ends it.
ONCE = lazyre.compile(r"\b(?:(?:just\s+)?this\s+(?:once|one\s+time|time(?!\s+(?:of|zone)))|only\s+once|one\s+time\s+only|"
                  r"for\s+(?:this|that)\s+(?:one\s+)?(?:commit|push|run|deploy|release|build|merge|change|pr|pull-request|"
                  r"time|call|request|one))\b")  # fmt: skip


#: Someone else's suggestion, reported: "the data team says we could delete tern-raw-2019", "Ana suggested we drop
#: it", "support thinks we should refund her" (the user's own "I think we should …" is theirs, and is not here).
THIRD_PARTY = lazyre.compile(r"^\W*(?!i\b|we\b|i'|we')(?:the\s+)?[\w'.-]+(?:\s+[\w'.-]+){0,3}?\s+(?:says?|said|suggests?|suggested|"
                         r"thinks?|thought|reckons?|mentioned|proposes?|proposed|told\s+(?:me|us))\s+(?:that\s+)?"
                         r"(?:we|you|i)\s+(?:could|can|should|might|may|ought\s+to|\w+)\b")  # fmt: skip

#: The user makes a reported suggestion theirs: "…, and I agree", "go ahead", "let's do it".
AGREED = lazyre.compile(r"\b(?:i\s+agree|agreed|go\s+ahead|go\s+for\s+it|do\s+it|let'?s\s+do\s+(?:it|that)|sounds\s+good|"
                    r"makes\s+sense|they'?re\s+right|fair\s+enough)\b", re.I)  # fmt: skip

#: A question line, and the list of steps or commands it asks about ("what does step 3 of this runbook do?" followed
#: by "1. kubectl cordon …"): the listed lines are material for the question, not requests.
_QUESTION_LINE = lazyre.compile(r"^\s*(?:what|why|how|which|is|are|does|do|should|can|could|would|when|where)\b[^\n]*\?\s*$", re.I)
_LIST_LINE = lazyre.compile(r"^\s*(?:\d{1,2}[.)]|[-*•])\s+")


def asked_about(prose: str) -> str:
    """The prose without the list lines that follow a question about them."""
    if "?" not in prose:
        return prose
    out: list[str] = []
    asking = False
    for line in prose.splitlines():
        if _QUESTION_LINE.match(line):
            asking = True
        elif asking and _LIST_LINE.match(line):
            continue
        elif line.strip():
            asking = False
        out.append(line)
    return "\n".join(out)


# ------------------------------------------------------------------ consent and conditions
CONSENT = lazyre.compile(r"^\W*(?:(?:ok|okay|alright|great|cool|good|perfect|thanks|fine|sure|yes|yep|yeah|ci\s+(?:is\s+)?"
                      r"(?:green|passed|passing)(?:\s+now)?|checks?\s+passed|looks\s+good|lgtm|approved|reviewed)\W+)*"
                      r"(?:go\s+ahead|go\s+for\s+it|do\s+it|proceed|ship\s+it|go|yes|yep|yeah|approved|lgtm|you\s+can\s+(?:go|do\s+it|proceed)"
                      r"|ci\s+(?:is\s+)?(?:green|passed)(?:\s+now)?|it's\s+green|all\s+green)\W*(?:now|then|please)?\W*$", re.I)  # fmt: skip
#: A short message whose last words give the go-ahead: "ok Priya's done, go", "ok now go", "tests pass, ship it".
CONSENT_TAIL = lazyre.compile(r"(?:^|[\s,.;!-])(?:go\s+ahead|go\s+for\s+it|do\s+it|proceed|ship\s+it|go|you\s+can\s+(?:go|do\s+it|proceed)|"
                           r"(?:ci|checks?|build|pipeline|tests?)(?:'s|\s+is|\s+are)?\s+(?:green|passing|passed)|"
                           r"(?:it'?s|all)\s+green)(?:\s+(?:now|then|please|ahead))?"
                           r"(?:\s+(?:with|on|for)\s+(?:the\s+)?[\w.-]+(?:\s+[\w.-]+)?|\s+(?!(?:yet|and|but|not|no|without|"
                           r"till|until|when|if|after|before|later|tomorrow)\b)[\w.-]+)?\W*$", re.I)  # fmt: skip
#: ("go ahead with staging", "go for it on prod", "go ahead gc" glossed from "lanjut gc-nya": the go-ahead for the
#: part it names)
CONSENT_MAX_WORDS = 10
#: A request waiting on something the agent cannot see met: a person ("after Marta signs off"), a check that is not CI
#: ("if the smoke tests pass"), an event ("once the migration is merged"). Like a condition on the user: asked, but
#: suspended until the user says it is met. Conditions on the agent's own work ("once you've fixed it") are a sequence.
COND_OTHER = lazyre.compile(r"\b(?:only\s+)?(?:if|once|after|when|as\s+soon\s+as|provided(?:\s+that)?)\s+"
                         r"(?!you\b|you'|it\b|it'|that\b|this\b|i\b|i'|we\b|we')(?:[\w'-]+\s+){1,4}?"
                         r"(?:signs?\s+off|signed\s+off|approves?|approved|confirms?|confirmed|pass(?:es|ed)?|succeeds?|succeeded|"
                         r"(?:is|are)\s+(?:green|done|merged|back|ready|over|fixed|finished|deployed|live|approved)|says?\s+(?:so|ok|yes)|"
                         r"gives?\s+(?:the\s+)?(?:ok|go|green)|oks?|okays?|finish(?:es|ed)?|lands?|landed|merges?|merged|"
                         r"reviews?|reviewed|checks?\s+(?:it|this|that)|looks?\s+at)\b", re.I)  # fmt: skip
