"""The user's words -> requests (verb classes + named objects), questions, and boundaries.

Per-message extraction is cached: a session's messages are re-sent with every action, and only the newest one is
new. Everything here is deterministic and pure.
"""

from __future__ import annotations

import re
from functools import lru_cache

from automode import lazyre
from automode.dc import dataclass
from automode.judge.intent.later import (
    AGREED,
    COND_OTHER,
    CONSENT,
    CONSENT_MAX_WORDS,
    CONSENT_TAIL,
    DEFERRED_CLAUSE,
    DEFERRED_IN,
    HOLD,
    ONCE,
    THIRD_PARTY,
    USER_SAYS_WHEN,
    asked_about,
    withdrawn,
)
from automode.judge.intent.later import kept as kept_part
from automode.judge.intent.lexicon import DRAFT_WORDS, NOUN_ACTS, PHRASES, STOP
from automode.judge.intent.money_said import stated_amounts

# Boundaries in a clause (`automode.judge.intent.text_bounds`); names other modules import from here stay importable.
from automode.judge.intent.text_bounds import BOUNDARY_VERBS as BOUNDARY_VERBS
from automode.judge.intent.text_bounds import (
    HANDS_OFF,
    HANDS_OFF_GIT,
    HANDS_OFF_VERBS,
    MAIN_BRANCHES,
    READONLY_GIVEN,
    boundaries,
)
from automode.judge.intent.text_bounds import SAID as SAID
from automode.judge.intent.text_bounds import Boundary as Boundary
from automode.judge.intent.withdraw_words import within_withdrawal

# The words of a request (`automode.judge.intent.words`); names other modules import from here stay importable here.
from automode.judge.intent.words import COPULAS as COPULAS
from automode.judge.intent.words import DETERMINERS as DETERMINERS
from automode.judge.intent.words import QUOTED as QUOTED
from automode.judge.intent.words import VERB_CLASSES_OF as VERB_CLASSES_OF
from automode.judge.intent.words import VERB_WORDS as VERB_WORDS
from automode.judge.intent.words import id_numbers as id_numbers
from automode.judge.intent.words import idents as idents
from automode.judge.intent.words import mask_nouns as mask_nouns
from automode.judge.intent.words import tokens as tokens
from automode.judge.intent.words import verb_classes

#: (an ellipsis before a lower-case word goes on with the sentence: "give service principal 0b6f... the Reader role")
_SENTENCE = lazyre.compile(r"(?<=[!?;])\s+|(?<=\.)(?<!\.\.\.)\s+(?=\S)|(?<=\.\.\.)\s+(?=[^\sa-z])|\n+|(?<=[.!?])$")
_CLAUSE = lazyre.compile(
    r",\s*(?:but|and then|then|however)\s+|\s+but\s+|\s+and then\s+|;\s*|:\s+(?=\w)|\s+[-–—]+\s+|,\s+(?=(?:please\s+)?(?:don'?t|do not|never|avoid)\b)"
    r"|,\s*so\s+(?=(?:please\s+|just\s+)?(?:go|do|you|let'?s|can|could)\b)"  # "X says we could, so go ahead"
    r"|,\s*(?=(?:just|instead|rather)\s)"  # "don't merge anything, just comment on #12": the request after the fence
    r"|,\s*(?=(?:but\s+)?(?:not|except)\s)"  # "cancel the 15h meeting, not the one with the client": what it leaves out
)
# "PR"/"MR" are too short to be names on their own; spelled out they match `gh pr create` (review_flow.opens_review).
_REVIEW_ABBREV = lazyre.compile(r"\b(PRs?|MRs?|pr|mr)\b(?![-/]|\.\w)")
_POLITE = lazyre.compile(
    r"^(?:\W*)(?:(?:can|could|would|will)\s+(?:you|u)\b|please\b|pls\b|kindly\b|mind\b|would you mind\b)"
)
#: A polite request after a report in the same sentence ("the build is red, could you take a look?").
_POLITE_AFTER = lazyre.compile(r"[,;:\u2014-]\s*(?:so\s+|and\s+)?(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?"
                           r"(?!tell\b|explain\b|say\b|figure\b|find\s+out\b|work\s+out\b|check\b|look\b|see\b|investigate\b|"
                           r"debug\b|diagnose\b|help\b|think\b|guess\b|confirm\b|verify\b)")
#: A question that asks for something to run by itself ("can the sync script run every 15 minutes on my mac?", "is it
#: possible to have jupyter start at login?"): a wish put as a question, read as the request it is (what runs and
#: when must still be named, `intent.persist`).
_WISH = lazyre.compile(
    r"^\W*(?:(?:(?:is|does|do)\s+)?(?:[\w./~-]+\s+){0,4}?(?:can|could)|would\s+it\s+be\s+possible\s+(?:to|for)|"
    r"is\s+it\s+possible\s+(?:to|for)|is\s+there\s+a\s+way\s+(?:to|for))\b"
    r".*\b(?:every|each|nightly|daily|hourly|weekly|automatically|at\s+(?:login|logon|boot|startup)|on\s+(?:boot|startup|login|logon)|"
    r"when\s+i\s+log\s*(?:in|on)|in\s+the\s+background|on\s+a\s+schedule)\b")  # fmt: skip
#: Access asked for as a need or a permission ("Kemal needs ssh access to deploy@box", "let Kemal log into the box"):
#: a request to grant it.
_ACCESS_WISH = lazyre.compile(r"\b(?:needs?|should\s+(?:get|have)|must\s+have|requires?)\s+(?:\w+\s+){0,2}access\b|"
                              r"^\W*let\s+\S+\s+(?:log|ssh|sign)\s*(?:in|into|on)\b")
_QUESTION_START = lazyre.compile(
    r"^(?:\W*)(?:how\s+(?:do|can|would|should|could)\b|what\s+(?:happens|would|if|does|is|are)\b|should\s+(?:i|we)\b|"
    r"is\s+it\s+(?:safe|ok|okay|possible|a good idea)\b|why\b|do\s+you\s+think\b|would\s+it\b|is\s+there\b|are\s+there\b|"
    r"what's\b|whats\b|when\b|where\b|who\b|which\b|i\s+wonder\b|(?:i'm\s+|i\s+am\s+|just\s+)?wondering\b)")  # fmt: skip


_NEGATED = lazyre.compile(
    r"\b(?:don'?t|do\s+not|never|not|no\s+need|shouldn'?t|won'?t|can'?t|cannot|isn'?t|aren'?t|without)\b"
)
_QUOTE_LINE = lazyre.compile(r"^\s*>(?:\s|$)")
#: A line of code or a comment pasted into a message ("#412 has two approvals" is an issue, no comment; a channel
#: opening a line, "#release channel send …" (the gloss of "在 #release 频道发一下 …") or "#dev post …", is no comment
#: either, unless the word is a preprocessor directive or a comment tag).
_CODE_LINE = lazyre.compile(r"(?i)^\s*(?:#(?!\d+\b)(?!(?!(?:include|define|pragma|if|ifdef|ifndef|endif|else|elif|undef|"
                            r"region|endregion|import|error|warning|line|todo|fixme|xxx|hack|note)\b)[a-z][\w.-]*\s+[^\s#])|"
                            r"//|>>>|\$ |\.\.\.|    |\t)")
_FENCE = lazyre.compile(r"```.*?(?:```|$)", re.S)


@dataclass(frozen=True, slots=True)
class Clause:
    text: str  # lower case
    verbs: frozenset[str]  # verb classes requested (never those under a negation)
    strong: frozenset[str]  # specific names: paths, branches with / or -, emails, quoted strings, numbers
    weak: frozenset[str]  # other content words ("staging", "login")
    question: bool
    #: "" = ask now; "ci" = once CI passes (released only by an action that waits for it); "tests" = once the tests
    #: pass (also met by an action that runs them first: `npm test && fly deploy`); "user" = once the user
    #: says so / reviews it (suspended until a later message lifts it)
    condition: str = ""
    #: it asks for a draft only ("prepare an email to Dana, don't send it"): the draft itself is asked for
    draft: bool = False
    #: a permission for one occasion ("skip the hook for this commit", "force-push this once"): the next task ends it
    once: bool = False




@dataclass(frozen=True, slots=True)
class Message:
    clauses: tuple[Clause, ...]
    boundaries: tuple[Boundary, ...]
    amounts: frozenset[float]  # amounts the user stated with a currency
    #: "go ahead", "yes, do it", "CI is green now": consent to what was asked before, from this message on
    consent: bool = False
    #: "hold off", "wait", "not yet", "stop": what was asked before is suspended until asked again
    hold: str = ""
    #: named parts of what was asked before that this message takes back or defers ("never mind e2e", "we'll do prod
    #: tomorrow"): (the words, their strong names, their weak names, the acts taken back: none = those asked before)
    withdrawn: tuple[tuple[str, frozenset[str], frozenset[str], frozenset[str]], ...] = ()


# ------------------------------------------------------------------ time and consent (issue 12)
#: A clause that opens with these asks for a draft only, whatever verbs follow ("write up a plan to deploy X").
_DRAFT_HEAD = lazyre.compile(r"^\W*(?:(?:please|pls|can\s+you|could\s+you|just|first)\s+)*(?:write\s+up|show\s+me|mock\s+up|"
                         r"draw\s+up|put\s+together|come\s+up\s+with)\b")  # fmt: skip
#: What a draft request does not ask for (the consequential step that follows the draft).
DRAFT_STRIPS = frozenset({"deploy", "publish", "send", "push", "force-push", "merge", "pay", "delete", "reset", "run",
                          "install", "kill"})  # fmt: skip
#: The user keeps the act for themselves: "I'll apply it after review", "I will merge it myself".
_RESERVED = lazyre.compile(r"\b(?:i'll|i\s+will|i'm\s+going\s+to|i\s+am\s+going\s+to|i\s+want\s+to|let\s+me|i\s+can|"
                       r"i'd\s+rather)\s+(?:\w+\s+){0,2}?([a-z][\w-]*)\b(?:\s+(?:it|them|this|that))?(?:\s+myself)?", re.I)  # fmt: skip
#: Light verbs whose act is the noun that follows ("I'll do the hex publish", "I'll handle the deploy myself").
_LIGHT_VERBS = frozenset({"do", "handle", "take", "run", "manage", "own"})
_LIGHT_ACT = lazyre.compile(r"\s+(?:care\s+of\s+)?(?:the\s+|a\s+|an\s+|that\s+|this\s+)?(?:[\w.-]+\s+){0,2}?"
                            r"(publish|release|deploy|push|merge|upload|send|delete)(?:es|s|ing)?\b")
#: A request that waits for the tests: "once the test suite passes", "when the specs pass" (met by an action that runs
#: them first and goes on only when they pass, `npm test && fly deploy`, or by one that waits for CI).
_COND_TESTS = lazyre.compile(r"\b(?:once|after|when|if|as\s+soon\s+as)\s+(?:the\s+|all\s+(?:the\s+)?)?(?:test\s+suite|tests?|"
                         r"unit\s+tests|specs?|test\s+run|suite)\s+(?:(?:is|are|all|have|has)\s+)?(?:green|pass(?:es|ed)?|"
                         r"succeeds?|succeeded|ok)\b", re.I)  # fmt: skip
#: A request that waits for CI: "once CI is green", "after the checks pass", "when the pipeline passes".
_COND_CI = lazyre.compile(r"\b(?:once|after|when|if|as\s+soon\s+as)\s+(?:the\s+)?(?:ci|checks?|build|pipeline|tests?)\s+"
                      r"(?:(?:is|are|are\s+all|all|go|goes|turn|turns|get|gets|come\s+back|comes\s+back)\s+)?(?:green|pass(?:es|ed)?|succeeds?|succeeded|ok|done)\b", re.I)  # fmt: skip
#: A message to the user themselves when something finishes ("text me when the migration finishes", "ping me once
#: the deploy is done"): the agent reports on its own work; the event is the moment to send, not a wait for the user.
_NOTIFY_ME = lazyre.compile(r"\b(?:text|sms|ping|email|e-mail|mail|message|dm|call|page|notify|tell|slack)\s+me\b|"
                            r"\blet\s+me\s+know\b")
#: A request that waits for the user: "once I say so", "after I review it", "when I give the go-ahead".
_COND_USER = lazyre.compile(r"\b(?:once|after|when|until|only\s+(?:once|after|when|if))\s+(?:i|we)\s+(?:have\s+)?"
                        r"(?:say\s+so|said\s+so|review|reviewed|approve|approved|confirm|confirmed|check|checked|look|"
                        r"give|gave|sign\s+off|ok|okay)\b|\bafter\s+(?:my|our)\s+(?:review|approval|ok|okay|go-ahead)\b|"
                        r"\bafter\s+review\b|\bbefore\s+(?:we|i)\s+(?:run|execute|install|apply)\s+(?:anything|it|them|this)\b",
                        re.I)  # fmt: skip  ("show me what it does before we run anything")
#: A verb word used as the name of a numbered thing that is the subject of the sentence ("run 8812 of the docs
#: workflow has been stuck", "deploy 4512 is still pending", "build #77 keeps failing").
_NUMBERED_SUBJECT = lazyre.compile(r"^\W*(?:the\s+)?[a-z-]+\s+#?\d+\s+(?:(?:of|on|in|for|from)\s+[^,.;!?]*?\s+)?"
                                   r"(?:has|have|had|is|was|were|keeps|kept|got|seems|looks|still)\b")  # fmt: skip
#: A clause that leaves something out of the request before it ("…, not the one with the client", "except staging").
_EXCLUDE = lazyre.compile(r"^[^\w$]*(?:but\s+)?(?:not|except(?:\s+for)?|apart\s+from|other\s+than)\s+(?!yet\b|now\b|sure\b|"
                          r"really\b|just\b|only\b|until\b|before\b|if\b|that\b|too\b)(.+)$")  # fmt: skip
#: Auto-merge asked for: a merge that waits for the checks (`gh pr merge --auto`, `glab mr merge --auto-merge`).
AUTO_MERGE = lazyre.compile(r"\bauto[- ]?merge\b")
#: "the vendor's usual installer is fine", "curl | sh is ok here": a permission stated about a thing, not a verb.
PERMIT = lazyre.compile(r"^(.*?)\b(?:is|are|'s|would\s+be)\s+(?:totally\s+|perfectly\s+|also\s+|absolutely\s+)?"
                     r"(?:fine|ok|okay|allowed|acceptable|good\s+to\s+go)\b", re.I)  # fmt: skip






#: A later message that starts by keeping something ("oh and keep the hotfix/ ones", "but spare release/*"): the part
#: of an earlier deletion that is to stay, as after a "wait".
_KEEP_LEAD = lazyre.compile(r"^\W*(?:(?:oh|ah|also|and|but|just|please|pls|ok|okay)\W+)*(?:keep|spare)\b")
#: "keep the drive in sync", "keep it running", "keep the docs up to date": a state to maintain, not a thing to spare.
_KEEP_STATE = lazyre.compile(r"^\W*(?:\w+\W+)*?(?:keep|spare)\s+(?:[\w./@:-]+\s+){0,4}?(?:in\s+sync|synced|up[- ]to[- ]date|updated|"
                             r"running|alive|going|open|current|fresh|clean|green|passing|quiet|short|small|consistent)\b")
#: A copy to keep, said after the deletion it goes with ("…, keep a final snapshot", "…, but take a backup first").
_KEEP_COPY = lazyre.compile(r"[,;]\s*(?:but\s+|and\s+|just\s+|please\s+)?(?:keep|take|make)\s+(?:a|an|the)\s+"
                            r"((?:final\s+|last\s+)?(?:snapshot|backup|dump|copy))\b")


def _negated(toks: list[str]) -> bool:
    """A negation before the clause's first verb ("we don't need to ..."), not after it ("delete it, not that")."""
    for t in toks:
        if t in VERB_WORDS and t not in ("need", "want"):
            return False
        if t in (
            "don't",
            "dont",
            "not",
            "never",
            "no",
            "shouldn't",
            "won't",
            "can't",
            "cannot",
            "without",
            "isn't",
            "aren't",
        ):
            return True
    return False


# A quote opens after a space, a colon or a bracket and closes before one (or the end): not the span between the
# closing quote of one name and the opening quote of the next (`copy "a" to "b"`).
_REPORTED = lazyre.compile(r"(?:^|(?<=[\s:(\[]))(?:'(\S(?:[^'\n]|(?<=\w)'(?=\w)|\n(?!\n\n)){11,3000}?)'|"
                           r"\"(\S[^\"]{11,3000}?)\"|“(\S[^”]{11,3000}?)”)(?<!\s.)(?=$|[\s.,;:!?)\]])")  # fmt: skip
#: Words in a quote that make it a passage rather than a name.
_REPORTED_MIN_WORDS = 5


def _reported(m: re.Match[str]) -> str:
    q = next(g for g in m.groups() if g is not None)
    if len(q.split()) < _REPORTED_MIN_WORDS:
        return m.group(0)
    s, w = idents(q)  # its names stay as context ("order 5120"), its verbs do not
    return " (" + " ".join(sorted(s | w)) + ") "


#: "I'm done with it", "it's broken", "we're finished": a state said with a contracted copula.
_STATE_CONTRACTION = lazyre.compile(r"\b(?:i'm|it's|we're|they're|that's|he's|she's|you're)\b")


def _observed(toks: list[str]) -> bool:
    """The clause opens with a present participle and no subject: a report of what is happening ("getting 401s",
    "seeing timeouts since the deploy"), not a request."""
    first = toks[0] if toks else ""
    return len(first) > 5 and first.endswith("ing") and first not in VERB_WORDS and first not in _ING_NOUNS


#: Words ending in -ing that are no participle ("something's off, restart the api").
_ING_NOUNS = frozenset({"something", "nothing", "everything", "anything", "morning", "evening", "string", "strings",
                        "ceiling", "building", "setting", "settings", "thing", "things", "meeting", "warning", "warnings",
                        "logging", "staging", "pending", "during", "according"})  # fmt: skip


@lru_cache(maxsize=4096)
def _acts_englished(text: str) -> str:
    from automode.knowledge.act_words import englished

    return englished(text, _known_english())


@lru_cache(maxsize=1)
def _known_english() -> frozenset[str]:
    from automode.judge.intent.lexicon import STOP, VERBS

    return frozenset(STOP).union(*VERBS.values())


@lru_cache(maxsize=4096)  # (a session's messages are read once: session 25's act-word bridge was inserted above it)
def parse_message(text: str, hint: str | None = None) -> Message:
    """One message's clauses and boundaries; `hint` is the language of the user's message before it (`gloss`)."""
    text = text[:20_000].replace("\u2019", "'").replace("\u2018", "'")
    from automode.judge.intent.gloss import gloss
    from automode.judge.intent.stance import strip_exclusions
    from automode.judge.intent.stance_withdraw import withdraws_all

    own = text  # the user's own words, before the gloss: what they take back is read in their language (`stance`)
    text = gloss(text, hint)  # another language, read into the English this reader understands (`intent.gloss`)
    text = _acts_englished(text)  # an act word no gloss table knows ("arhivē", "revokera"): its English verb (P1)
    glossed = text != own
    text = _REVIEW_ABBREV.sub(lambda m: "pull-request" if m.group(1)[0] in "Pp" else "merge-request", text)
    clauses: list[Clause] = []
    bounds: list[Boundary] = []
    # Code in a message (pasted snippets, comments) states nothing to the agent.
    # ... nor do lines quoted from someone else ("> Steps: 1. Delete course 'intro-stats' in the admin", an e-mail
    # reply's "> " lines): the user's own words around them ask
    prose = "\n".join(line for line in _FENCE.sub("\n", text).splitlines()
                      if not _CODE_LINE.match(line) and not _QUOTE_LINE.match(line))
    prose = asked_about(prose)  # "what does step 3 of this runbook do?" and the runbook's steps: material, no request
    # Someone else's words quoted at length (a customer's e-mail, a ticket, a runbook line) ask the agent nothing;
    # a short quote is a name ('git status -sb', "the Q3 report") and stays.
    prose = _REPORTED.sub(_reported, prose)
    prose = READONLY_GIVEN.sub(r"\1 with read access", prose)  # "share X with Y, read-only": the access given
    condition = ("user" if _COND_USER.search(prose) else "" if _NOTIFY_ME.search(prose) else "tests"
                 if _COND_TESTS.search(prose) else "ci" if _COND_CI.search(prose) else "")  # fmt: skip
    # ("text me when the build is done": the message is sent when the agent sees it done, not waited on CI)
    if not condition and USER_SAYS_WHEN.search(prose):
        condition = "user"  # "deploy staging after the demo, I'll tell you when"
    hold = ""
    taken: list[tuple[str, frozenset[str], frozenset[str], frozenset[str]]] = []
    for sentence in _SENTENCE.split(prose):
        sentence = sentence.strip()
        if not sentence:
            continue
        low_s = sentence.lower()
        h = HOLD.match(sentence) or USER_SAYS_WHEN.search(low_s)
        if h and not hold:
            hold = sentence[:120]
        keep = kept_part(low_s) if h or (_KEEP_LEAD.match(low_s) and not _KEEP_STATE.search(low_s)) else None
        copy = _KEEP_COPY.search(low_s) if keep is None else None
        if copy is not None:  # "delete the analytics-dev cluster, keep a final snapshot": the copy is to stay
            keep = copy.group(1)
        if keep:  # "wait, keep beta-search": a part taken back, not the whole request ("keep them": the whole)
            ks, kw = idents(keep)
            if ks or kw:
                bounds.append(Boundary("verb", frozenset({"delete", "reset"}), ks, kw, None, sentence.strip()))
        for part in withdrawn(low_s):  # "never mind e2e", "we'll do prod tomorrow": that part of the request
            ws, ww = idents(part)
            if ws or ww:
                taken.append((sentence.strip(), ws, ww, frozenset()))
        # Another's condition holds the sentence it is in ("deploy it after Marta signs off"), not the whole message
        # ("write a draft reply. I'll send it myself after legal looks at it").
        cond_s = condition or ("user" if COND_OTHER.search(low_s) and not _RESERVED.search(low_s)
                               and not _NOTIFY_ME.search(low_s) else "")
        # "run 8812 of the deploy-docs workflow has been stuck": a report about run 8812, no request (per clause below)
        first = next(iter(tokens(low_s)), "")
        # a question in another language stays one: the gloss puts its verb first ("지워도 될까?" -> "delete …?")
        imperative = first in VERB_WORDS and first not in ("what", "check", "see", "look") and not (
            glossed and sentence.rstrip().endswith(("?", "？")))
        polite = _POLITE.match(low_s) or _POLITE_AFTER.search(low_s)  # "ssh-agent forgets my key, can you fix that?"
        question = (sentence.rstrip().endswith("?") and not polite and not imperative) or bool(
            _QUESTION_START.match(low_s) and not (low_s.startswith("when") and _NOTIFY_ME.search(low_s)
                                                  and not low_s.rstrip().endswith("?"))
        )  # ("when the build is done, text me": a request for later, not a question)
        wish = question and _WISH.match(low_s) is not None
        if wish:
            question = False  # "can the backup run every night?": a wish put as a question, for it to be set up
        for raw in _CLAUSE.split(sentence):
            if not raw or not raw.strip():
                continue
            b = boundaries(raw)
            low = raw.lower()
            off = HANDS_OFF.search(low) if b and all(x.kind == "handsoff" for x in b) else None
            stated = bool(b) and off is None
            if off is not None:  # "leave the config as is and just redeploy shop-staging": the rest still asks
                low = (low[: off.start()] + " " + low[off.end():]).strip()
            low = strip_exclusions(low)  # "fix/c stays, leave it", "leave w3svc running": no request
            # "I'll apply it after review": the user keeps that act; the rest of the clause may still ask for some.
            kept = _RESERVED.search(low)
            if kept is not None:
                end = kept.end()
                reserved = verb_classes([kept.group(1)], kept.group(1)) & DRAFT_STRIPS
                kept_on: frozenset[str] = frozenset()  # what a kept act of any verb is about
                mine = re.search(r"\bmyself\b", low[kept.start():kept.end() + 60])
                if not reserved and mine is not None:  # "i'll open the PR myself": that act on that thing
                    reserved = verb_classes([kept.group(1)], kept.group(1)) - {"read"}
                    kept_on = frozenset(p for w in re.findall(r"[a-z][a-z-]{1,}", low[kept.end():kept.start() + mine.start() + 1])
                                        for p in w.split("-") if len(p) >= 2 and p not in STOP)
                    kept_on |= {"pr"} if {"pull", "request"} <= kept_on else set()  # (`gh pr create`)
                    reserved = reserved if kept_on else set()
                light = _LIGHT_ACT.match(low, end) if kept.group(1) in _LIGHT_VERBS else None
                if not reserved and light is not None:  # "I'll do the hex publish from my other machine"
                    reserved = verb_classes([light.group(1)], light.group(1)) & DRAFT_STRIPS
                    end = light.end()
                if reserved:
                    b.append(Boundary("reserved", frozenset(reserved), frozenset(), kept_on, None, raw.strip()))
                    low = (low[: kept.start()] + low[end:]).strip()
            bounds.extend(b)
            toks = tokens(low)
            # A negated clause requests nothing ("I don't think we need to set up hooks"), nor does one that reports
            # what is happening ("getting auth failures from quarry", "seeing 502s from the gateway").
            # nor does someone else's suggestion ("the data team says we could delete it")
            said_by_others = (THIRD_PARTY.match(low) is not None and AGREED.search(prose) is None
                              and not (toks and toks[0] in VERB_WORDS))  # "add an AGENTS.md that says we use pnpm"
            reported = _NUMBERED_SUBJECT.match(low.strip()) is not None
            verbs = set() if stated or reported or said_by_others or _negated(toks) or _observed(toks) \
                else verb_classes(toks, low)
            if reported and "," in low and not stated:
                # "job 123 is stuck, kill it": the report ends at the comma, what follows may ask
                after = low.split(",", 1)[1]
                verbs = verb_classes(tokens(after), after)
            elif not verbs and "," in low and not stated and not question and not _negated(toks):
                # "my dev db is messed up after the rebase, recreate it": a report of a state, then an imperative
                before, after = low.rsplit(",", 1)
                first = next(iter(tokens(after)), "")
                if (first in VERB_WORDS or any(first == p.split()[0] for p, _ in PHRASES)) \
                        and (COPULAS & set(tokens(before)) or _STATE_CONTRACTION.search(before)):
                    verbs = verb_classes(tokens(after), after)  # ("tear it down": a phrase's verb)
            if wish and verbs:
                verbs = set(verbs) | {"create", "enable"}
            if not verbs and not stated and not question and _ACCESS_WISH.search(low):
                verbs = {"grant"}
            permit = PERMIT.match(low)
            if permit is not None and not question:  # "the vendor's usual installer is fine"
                subject = tokens(permit.group(1))
                verbs |= verb_classes(subject, permit.group(1))
                for t in subject:
                    verbs |= NOUN_ACTS.get(t, frozenset())
            draft = _is_draft(toks, low)
            if draft:
                verbs -= DRAFT_STRIPS
                verbs.add("draft")  # the draft is asked for: a draft e-mail, an unpublished release or incident
                if _DRY_RUN.search(low):  # "run the cleanup in dry-run mode": the same run without the dry run is not asked
                    ds, dw = idents(_DRY_RUN.sub(" ", low))
                    if ds or dw:
                        bounds.append(Boundary("dryrun", frozenset({"run"}), ds, dw - DRY_WORDS, None, raw.strip()))
            s, w = idents(raw)
            if verbs and not stated and not question:  # "commit the fix, push later": that act held back (`held_back`)
                verbs = _held_back(low, verbs, bounds, raw)
            ex = _EXCLUDE.match(low) if not verbs and not stated and clauses and clauses[-1].verbs else None
            if ex is not None:  # "cancel the 15h meeting, not the one with the client": what the request leaves out
                xs, xw = idents(ex.group(1))
                if xs or xw:
                    bounds.append(Boundary("except", clauses[-1].verbs - {"read", "draft"}, xs, xw, None, raw.strip()))
            if DEFERRED_CLAUSE.match(low) and not verbs and clauses and clauses[-1].verbs and not clauses[-1].question:
                # "add Ana and Marco as reviewers once it's ready, not now": the request before it waits for the user
                c = clauses.pop()
                clauses.append(Clause(c.text, c.verbs, c.strong, c.weak, c.question, "user", c.draft, c.once))
                if c.verbs & LATER_VERBS and (c.strong or c.weak):
                    taken.append((f"{c.text}, {low}", c.strong, c.weak, c.verbs & LATER_VERBS))
            deferred = bool(verbs) and DEFERRED_IN.search(low) is not None  # "deploy it tomorrow"
            if "merge" in verbs and not cond_s and AUTO_MERGE.search(low):
                cond_s = "ci"  # "enable auto-merge on PR 57": merged once the checks pass, by the forge
                s = frozenset(x for x in s if AUTO_MERGE.fullmatch(x) is None)  # (the act's name, no object: "put it on auto-merge")
            clauses.append(Clause(low, frozenset(verbs), s, w, question, "user" if deferred else cond_s if verbs else "",
                                  draft, bool(verbs) and ONCE.search(low) is not None))
    amounts: set[float] = set()
    amounts |= stated_amounts(text, own if glossed else "")  # ("12.50 ユーロ": the gloss drops the currency)
    flat = " ".join(prose.split())[:200]
    consent = bool(CONSENT.match(flat)) or (
        len(flat.split()) <= CONSENT_MAX_WORDS and not flat.rstrip().endswith("?") and _NEGATED.search(flat.lower()) is None
        and CONSENT_TAIL.search(flat) is not None)  # fmt: skip
    bounds += _spared(own, text, bounds, any(c.verbs and not c.question for c in clauses))
    whole = "" if consent else withdraws_all(own) or withdraws_all(text)  # "nvm", "laisse tomber", "やっぱりやめて"
    if not hold:
        hold = whole  # (a hold read first keeps its words; the whole phrase still says which words are its own)
    if hold and any((b.strong or b.weak) and not (whole and within_withdrawal(b.strong | b.weak, whole)) for b in bounds):
        hold = ""  # "wait, keep beta-search" / "wait, don't touch the prod db": only what it names is taken back
    return Message(tuple(clauses), tuple(bounds), frozenset(amounts), consent, "" if consent else hold, tuple(taken))


def _held_back(low: str, verbs: set[str], bounds: list[Boundary], raw: str) -> set[str]:
    """The verbs of a clause asked now; each part put off to later ("push later", "publish it next week") becomes a
    boundary on its acts and its own objects (session 25, P4: `intent.held_back`)."""
    from automode.judge.intent.held_back import asked_now, postponed, without_time

    later = postponed(low)
    if not later:
        return verbs
    held: set[str] = set()
    now = asked_now(low)
    for part, acts in later:
        ps, pw = idents(without_time(part))
        if not (ps or pw):
            acts = acts - now  # ("push the branch, push the tag later": no name tells the two pushes apart)
            if not acts:
                continue
        bounds.append(Boundary("verb", acts | {SAID + v for v in acts}, ps, pw, None, part.strip()))
        held |= acts
    return set(verbs) - (held - now)


#: Words of a language that English reads as a refusal and that language as something else: Portuguese and Galician
#: `no`/`nos` are "em" + the article ("no httpd.conf": in httpd.conf).
_NOT_NEGATION = {"pt": lazyre.compile(r"(?i)^\W*nos?\s")}


def _spared(own: str, glossed: str, bounds: list[Boundary], asks: bool) -> list[Boundary]:
    """Hands-off boundaries for the objects a message leaves out, in any word order and language (`stance`): every
    change act on them is fenced (on a main branch, the acts that land on it), until a later request names them.
    Left out of a request in the same message ("sync data/ except the csv files") they are "spared": a filter of the
    action that leaves them out honours it (`boundaries._acts_on_named`)."""
    from automode.judge.intent.gloss import language
    from automode.judge.intent.stance import exclusions

    seen = {(b.strong, b.weak) for b in bounds if b.kind in ("handsoff", "spared")}
    out: list[Boundary] = []
    theirs = _NOT_NEGATION.get(language(own) or "") if glossed != own else None
    for clause, strong, weak in exclusions(own) + (exclusions(glossed) if glossed != own else ()):
        if theirs is not None and theirs.search(clause) and not theirs.search(glossed):
            continue  # ("no httpd.conf, adiciona %D …": Portuguese `no` is "in the", a place, no refusal; session 26)
        if (strong, weak) in seen:
            continue
        if strong and not (strong & idents(clause)[0]) and _old_one(clause):
            continue  # ("…, das alte bleibt vorerst": the old one stays, not the new one the request names; s28)
        seen.add((strong, weak))
        verbs = HANDS_OFF_GIT if (strong | weak) & MAIN_BRANCHES else HANDS_OFF_VERBS | {"send"}
        out.append(Boundary("spared" if asks else "handsoff", verbs, strong, weak, None, clause))
    return out


def _old_one(clause: str) -> bool:
    """The clause names "the old one" (`removal_forms.NOUNS["old"]`, any language)."""
    from automode.judge.intent.kept_forms import _noun

    return _noun("old").search(clause) is not None


#: Acts a deferral within a request keeps from happening now ("add the reviewers once it's ready, not now").
LATER_VERBS = frozenset({"push", "force-push", "merge", "publish", "deploy", "send", "pay", "delete", "reset", "install",
                         "kill", "run", "create", "update"})  # fmt: skip


_DRY_RUN = lazyre.compile(r"\bdry[- ]?run(?:s|ning)?\b|\bdryrun\b")
#: Words around a dry-run request that name no program ("in dry-run mode so we can see what it would do").
DRY_WORDS = frozenset({"mode", "see", "would", "what", "preview", "only", "first", "output", "show", "run", "runs"})
#: Options and subcommands that make a run a dry run (`--dry-run`, `terraform plan`, `ansible --check`, `rsync -n`).
DRY_FLAGS = frozenset({"--dry-run", "--dryrun", "--dry_run", "-n", "--check", "--plan", "--what-if", "--whatif", "--noop",
                       "--simulate", "--preview", "plan", "diff", "--diff", "--list", "-whatif", "--no-act", "--pretend"})  # fmt: skip


#: "write a draft e-mail", "leave it as a draft", "keep it a draft": the thing asked for is a draft.
_A_DRAFT = lazyre.compile(r"\b(?:write|make|create|compose|save|keep|leave)\s+(?:it\s+|them\s+)?(?:as\s+)?(?:(?:a|an|the)\s+)?draft\b")


#: The dry run is over: "publish 0.9.2 for real", "no dry run this time", "the dry run was clean" (a report on it).
FOR_REAL = lazyre.compile(r"\bfor\s+real\b|\b(?:no|without(?:\s+the|\s+a)?|not\s+a)\s+(?:--)?dry[- ]?run\b|"
                           r"\b(?:the\s+)?dry[- ]?run\s+(?:is|was|looks|looked|went|came\s+back|passed|succeeded)\b")  # fmt: skip


def _is_draft(toks: list[str], low: str) -> bool:
    """The clause asks only for a draft: its first verb is draft / prepare / plan / show me, or it says dry-run (not
    "for real", nor as a report on the dry run that was done)."""
    if FOR_REAL.search(low):
        return bool(_DRAFT_HEAD.match(low) or _A_DRAFT.search(low))
    if re.search(r"\bdry[- ]?run\b", low) or _DRAFT_HEAD.match(low) or _A_DRAFT.search(low):
        return True
    for i, t in enumerate(toks):
        if t in DRAFT_WORDS and not (i + 1 < len(toks) and toks[i + 1] in COPULAS):  # "plan looks fine": a noun
            return True
        if t in VERB_WORDS and t not in ("please", "can", "could", "you"):
            return False
    return False
