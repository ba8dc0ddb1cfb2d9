"""The words of a request: its tokens, the request verbs they name (with the noun uses and spread phrases that
change what a verb word asks), and the objects it names (strong: paths, ids, quoted names; weak: plain words).

Split from `automode.judge.intent.text`, which reads messages into clauses, requests and boundaries with these.
Pure and deterministic.
"""

from __future__ import annotations

import re
from functools import lru_cache

from automode import lazyre
from automode.judge.intent.lexicon import (
    LEVEL_WORDS,
    NOUN_ACTS,
    PHRASES,
    ROLE_WORDS,
    STOP,
    VERBS,
)
from automode.judge.intent.trust_words import trust_verbs

_VERB_OF: dict[str, frozenset[str]] = {}
for _cls, _words in VERBS.items():
    for _w in _words:
        _VERB_OF[_w] = _VERB_OF.get(_w, frozenset()) | {_cls}
VERB_WORDS = frozenset(_VERB_OF)
#: Each request verb word and its classes.
VERB_CLASSES_OF: dict[str, frozenset[str]] = _VERB_OF


# Only after a modal: a bare past participle is as often a complaint ("you deleted my tests") as a wish.
# "You should have modified CLAUDE.md" is a correction that asks for it; "it must have deleted" is a guess.
_MODAL_PASSIVE = lazyre.compile(
    r"\b(?:(?:should|must|needs? to|has to|have to|ought to|can|may)\s+be|should\s+have)\s+(?:\w+ly\s+)?(\w+?e?d)\b"
)


_TOKEN = lazyre.compile(r"[A-Za-z0-9_~./@:+%#=-]+")
#: A path written with a glob in it ("/data/tmp/upload-*.part", "logs/*.gz"): one name, kept whole (the tokens
#: split it at the `*`), compared with a command's path as written (`places.path_matches`).
_PATH_GLOB = lazyre.compile(r"(?<![\w/*])(?:~|\.{1,2})?/?(?:[\w.@+-]+/)+[\w.@+-]*\*[\w.@+*-]*|(?<![\w/*])/[\w.@+-]*\*[\w.@+*-]*")
QUOTED = lazyre.compile(
    r"(?<!\w)'([^'\n]{1,200})'(?!\w)|\"([^\"\n]{1,200})\"|`([^`\n]{1,200})`|‘([^’\n]{1,200})’|“([^”\n]{1,200})”"
)


IMPERATIVE = frozenset({"please", "pls", "do", "let's", "lets", "go", "can", "could", "would", "will", "kindly", "must",
                        "should", "need", "needs", "want", "to"})  # fmt: skip
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "my", "our", "your", "their", "its", "his",
                         "her", "every", "each", "last", "next", "yesterday's", "today's"})  # fmt: skip
COPULAS = frozenset({"is", "are", "was", "were", "been", "being", "am", "isn't", "aren't", "wasn't", "weren't",
                     "looks", "seems", "stays", "remains"})  # fmt: skip


#: Verb words used as nouns in compounds ("the release notes", "the deploy script", "merge conflicts", "tell me").
_NOUN_COMPOUND = lazyre.compile(r"\b(?:release|deploy|deployment|push|publish|merge|delete|send|commit|install|upload|"
                            r"payment|reset)\s+(?:notes?|keys?|notifications?|messages?|conflicts?|buttons?|logs?|"
                            r"history|status|scripts?|pipelines?|targets?|jobs?|steps?|dialog|page|flow|docs?)\b(?![./]\w)|"
                            r"\b(?:tell|show|give)\s+(?:me|us)\b")  # fmt: skip  ("send me X": a send, to the user)


#: A verb word followed by how it went wrong is the name of a step, not a request ("pod install fails", "the deploy
#: failed again", "my push keeps timing out").
_FAILED_STEP = lazyre.compile(r"\b[a-z][\w-]*(?=\s+(?:fails|failed|is\s+failing|keeps\s+failing|breaks|broke|crashes|crashed|"
                          r"errors\s+out|errored|hangs|hung|times\s+out|timed\s+out|keeps\s+timing\s+out|is\s+broken|"
                          r"doesn'?t\s+work|does\s+not\s+work|won'?t\s+(?:start|run|work|finish))\b)")  # fmt: skip


#: A question embedded in a request ("review #412 and tell me if it's good to merge"), a purpose that is not yet
#: asked for ("get tile-tools ready for open sourcing"), and what a request is for ("get PR 231 approved so it can
#: merge": the outcome others or later steps bring to the thing; "so we can ..." stays, the user's own next step):
#: their verbs request nothing.
_EMBEDDED = lazyre.compile(r"\b(?:tell\s+me|let\s+me\s+know|check|see|find\s+out|figure\s+out|wondering)\s+(?:if|whether)\b.*$|"
                       r"\b(?:ready|prepared|in\s+preparation)\s+for\s+(?:the\s+|a\s+)?[\w-]+(?:\s+[\w-]+ing)?|"
                       r"\bso\s+(?:that\s+)?(?:it|this|that|the\s+[\w-]+)\s+(?:can|could|may|might)\s+"
                       r"(?:be\s+|get\s+)?[\w-]+")  # fmt: skip


#: A name right after a compound that opens its clause: the compound is a verb and its object ("delete key cart:991",
#: as a gloss drops the article: "supprime la clé cart:991"; "delete jobs 41 and 42").
_NAME_NEXT = lazyre.compile(r"\s*\S*[\d:/_@#*.]")
_CLAUSE_OPEN = lazyre.compile(r"^\W*(?:please\s+)?$")


#: Words that go on with a verb's object after a compound that opens its clause ("delete logs older than 30 days",
#: "delete logs in ./logs", "send notifications to the on-call"): the compound is a verb and its object.
_OBJECT_NEXT = lazyre.compile(r"\s+(?:older|newer|from|in|under|for|of|than|that|which|with|on|at|before|after|matching|named|"
                              r"starting|ending|to|into|except|more|larger|bigger|over|where|whose|please|now|too|first|"
                              r"only|again)\b|\W*$")  # fmt: skip


def _compound(m: re.Match[str]) -> str:
    """A noun compound masked, unless it opens the clause with a name after it, or with what goes on with an object
    ("delete logs older than 30 days"): then its verb asks."""
    if m.group(0).split()[0] in ("delete", "reset", "send", "upload", "install", "push", "publish", "deploy") \
            and _CLAUSE_OPEN.match(m.string[:m.start()]) and (_NAME_NEXT.match(m.string, m.end())
                                                               or (m.group(0).split()[0] in ("delete", "send", "upload")
                                                                   and _OBJECT_NEXT.match(m.string, m.end()))):
        return m.group(0)
    return " "


def _masked(text: str) -> str:
    return _NOUN_COMPOUND.sub(_compound, _FAILED_STEP.sub(" ", _EMBEDDED.sub(" ", text)))


def mask_nouns(text: str) -> str:
    """The clause without the spans whose verb words name no act: noun compounds ("the release notes"), failed steps
    ("the deploy failed"), embedded questions ("tell me if it's good to merge")."""
    if _NOUN_COMPOUND.search(text) or _FAILED_STEP.search(text) or _EMBEDDED.search(text):
        return _masked(text)
    return text


_PREPOSITIONS = frozenset({"from", "to", "in", "on", "at", "for", "with", "into", "onto", "of", "by", "via", "over",
                           "under", "after", "before", "and", "or", "then", "so", "but", "if", "when", "while", "again",
                           "now", "please", "here", "there", "too", "also", "first", "later", "today", "asap"})  # fmt: skip


def verb_classes(tokens: list[str], text: str) -> set[str]:
    if _NOUN_COMPOUND.search(text) or _FAILED_STEP.search(text) or _EMBEDDED.search(text):
        masked = _masked(text)
        tokens = _tokenize(masked)
        text = masked
    out: set[str] = set()
    prev = prev2 = ""
    seen = False  # a verb or an imperative marker came before: what follows is its object, not a subject
    for i, t in enumerate(tokens):
        seen = seen or prev in _VERB_OF or prev in IMPERATIVE
        # "the password is empty": a state; "the staging deploy failed", "a new release": a noun, not a request
        # (only in the subject, before any verb: "change the permissions", "start a rolling restart" keep theirs);
        # "plan looks fine": the subject of a copula
        if prev in COPULAS or (not seen and (prev in DETERMINERS or (prev2 in DETERMINERS and prev not in _VERB_OF
                                                                    and prev not in STOP)
                                             or (i + 1 < len(tokens) and tokens[i + 1] in COPULAS))):
            prev2, prev = prev, t
            continue
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if seen and t in _VERB_OF and nxt and nxt not in STOP and nxt not in DETERMINERS and nxt not in _VERB_OF \
                and nxt not in _PREPOSITIONS \
                and (prev in DETERMINERS or (prev2 in DETERMINERS and prev not in _VERB_OF and prev not in STOP)):
            prev2, prev = prev, t
            continue  # "export the linux release build", "push the release branch": a noun inside the object
        prev2, prev = prev, t
        out |= _VERB_OF.get(t, frozenset())
        if prev2 in ("that", "which") and t.endswith("s") and _VERB_OF.get(t[:-1], frozenset()) & {"delete", "reset"}:
            out |= _VERB_OF[t[:-1]]  # "a cell that drops every table": what the thing asked for does
        if t.endswith("ing") and len(t) > 5:
            base = t[:-3]
            for cand in (base, base[:-1] if base[-1] == base[-2] else "", base + "e"):  # running, deleting
                if cand in _VERB_OF:
                    out |= _VERB_OF[cand]
                    break
    for phrase, cls in PHRASES:
        if phrase in text:
            out.add(cls)
    for pattern, cls in SPREAD_PHRASES:  # "roll settlement-service out", "scale the workers down to zero"
        if pattern.search(text):
            out.add(cls)
    out |= trust_verbs(text)  # "attach ReadOnlyAccess to ci", "10% of the traffic" (`trust_words`)
    for m in _LIGHT.finditer(text):  # "force a new deployment", "cut the v3.2.0 release": the noun is the act
        for w in m.group(1).split()[:3]:
            if w in NOUN_ACTS:
                out |= NOUN_ACTS[w]
                break
    if _FROM_STATE.search(text):
        out.discard("delete")  # "drop it from the tofu state": the state's record of it, not the resource
        out.add("forget")
    if out & {"push"} and REWRITE.search(text):
        out.add("force-push")  # "rebase my branch on main and push it": a rewritten branch is pushed with force
    for m in _MODAL_PASSIVE.finditer(text):  # "the settings should be removed", "you should have updated X"
        p = m.group(1)
        for stem_ in (p[:-1], p[:-2], p[:-3] + "y" if p.endswith("ied") else ""):
            if stem_ in _VERB_OF:
                out |= _VERB_OF[stem_]
                break
    return out


#: Phrases whose words are apart: "roll X out", "scale X down", "ask in #channel".
SPREAD_PHRASES: tuple[tuple[re.Pattern[str], str], ...] = (
    # "disable mrossi's account", "lock the user pnovak", "suspend her login": an account's state changed (an update;
    # "disable the lint check" stays a skip)
    (lazyre.compile(r"\b(?:disable|deactivate|lock|suspend|block|ban|freeze)\b[^.;!?]{0,40}?\b(?:accounts?|users?|logins?|"
                    r"members?)\b|\b(?:accounts?|users?|logins?)\b[^.;!?]{0,30}?\b(?:disable|deactivate|lock|suspend|block)\b"),
     "update"),
    (lazyre.compile(r"\broll\s+(?:[\w.@/:-]+\s+){1,6}?out\b"), "deploy"),  # "roll the new api image 9.9 out"
    # "file a linear issue", "file a P2 bug in jira", "file an incident": opening one in a tracker
    (lazyre.compile(r"\bfile\s+(?:an?\s+|the\s+)?(?:[\w.#-]+\s+){0,2}?(?:issues?|bugs?|tickets?|incidents?|reports?|"
                    r"tasks?|stories|story|epics?|requests?)\b"), "create"),
    (lazyre.compile(r"\broll\s+(?:[\w.@/:-]+\s+){1,4}?back\b"), "rollback"),
    # "tear it down", "tear the preview stack down": a teardown; "take the sandbox down", "spin them down": a stop
    (lazyre.compile(r"\btear\s+(?:[\w.@/:-]+\s+){1,4}?down\b"), "delete"),
    (lazyre.compile(r"\b(?:take|spin|shut|bring)\s+(?:[\w.@/:-]+\s+){1,4}?down\b"), "kill"),
    (lazyre.compile(r"\bset\s+(?:[\w.@/:-]+\s+){0,3}?up\b"), "create"),  # "set something up that ...", "set it up"
    (lazyre.compile(r"\bscale\s+(?:[\w.@/:-]+\s+){0,8}?(?:down|to\s+(?:zero|0))\b"), "kill"),
    # brought down to no replicas in other words, the number said where the language puts it ("scale edge-proxy về 0",
    # "image-resizer 0'a düşür": reduce image-resizer 0)
    (lazyre.compile(r"\b(?:scale|reduce|lower|decrease)\s+(?:[\w.@/:'-]+\s+){0,6}?(?:(?:down\s+)?to\s+)?(?:zero|0)(?![\w.])"), "kill"),
    # the number before the verb, as a language that puts its verb last says it ("worker deployment ko 0 par scale
    # karo", read "worker deployment ko 0 scale karo"; session 23)
    (lazyre.compile(r"(?<![\w.])(?:zero|0)\s+(?:(?:replicas?|pods?|instances?|par|pe|tak|ko|a|e|ye|'?a|'?e)\s+)?"
                    r"(?:scale|reduce|lower|decrease)\b(?!\s+up\b)"), "kill"),
    # "set report-gen to 0 replicas" ("mets report-gen à 0 replicas"): the count said with its unit (session 20, K4)
    (lazyre.compile(r"\b(?:set|put|bring|take|drop)\s+(?:[\w.@/:'-]+\s+){0,6}?(?:(?:down\s+)?to\s+|at\s+)?(?:zero|0)\s+"
                    r"(?:replicas?|pods?|instances?)\b"), "kill"),
    # "load the LaunchAgent I wrote", "bootstrap it into launchd": a login item turned on
    (lazyre.compile(r"\b(?:load|bootstrap|register)\b(?:[^.;!?]|\.(?=\w)){0,60}?\b(?:launch\s*agents?|launch\s*daemons?|launchd|launchctl|"
                    r"[\w.-]+\.plist)\b"), "enable"),
    # "enable auto-merge on PR 57", "set it to automerge", "auto-merge #57": a merge that waits for the checks (the
    # clause's condition is CI: `text.AUTO_MERGE`); "turn off auto-merge" is not one
    (lazyre.compile(r"\b(?:enable|turn\s+on|switch\s+on|set|put|add|arm|activate|queue|mark|schedule|stellen|stell|"
                    r"stelle|activa|active|attiva|ative|aktiviere|einschalten)\b[^.;!?]{0,40}?\bauto[- ]?merge\b|"
                    r"^\W*(?:(?:ok|okay|then|so|alright)\W+)*auto[- ]?merge\W*$|^\W*auto[- ]?merge\s+"
                    r"(?:pull-request|merge-request|it|#?\d+)|\bauto[- ]?merge\b[^.;!?]{0,30}\b(?:aktivieren|einschalten|stellen)\b|"
                    # "turn auto-merge on for 412", "jetzt auto-merge an für 412" (a re-ask after a pause; session 21)
                    r"\bauto[- ]?merge\s+(?:back\s+|wieder\s+)?(?:on|an|ein)\b(?!\s*-)|"
                    # the mode word last, as a verb-final language says "make it auto-merge" (the gloss reads "にして",
                    # "でお願い", "로 해줘" as "please" or drops them: "MR 88 auto-merge please", "QA, auto-merge"; session 23)
                    r"^(?!.*\b(?:off|disable|disabled|cancel|remove|stop|no|not|don'?t|without)\b)(?:.*\bauto[- ]?merge\s+"
                    r"(?:please|pls)\W*$|.*[,;]\s*auto[- ]?merge\W*$)"),
     "merge"),
    (lazyre.compile(r"\b(?:ask|post|reply|say|write|drop\s+a\s+(?:note|line|message))\s+(?:\w+\s+)?(?:in|on|to)\s+"
                    r"(?:#|the\s+#)[\w-]+"), "send"),  # ("say in #atelier-dev that I'm on it": a message there)
    # "write in the deploys channel that …", "schreib im Kanal deploys" (read "write channel deploys"): a message there
    (lazyre.compile(r"\b(?:write|say|post|reply)\s+(?:(?:in|on|to|into)\s+(?:the\s+|our\s+|a\s+)?(?:[\w#.-]+\s+){0,2}?|)"
                    r"(?:channel|chat\s+room|group\s+chat|thread)\b"), "send"),
    # "ask Rosa in a DM whether …", "ask Kenji over slack if …": a message to that person
    (lazyre.compile(r"\bask\s+(?:[\w@.'-]+\s+){1,2}?(?:in|on|via|over|by)\s+(?:an?\s+)?(?:dm|pm|direct\s+message|slack|"
                    r"teams|chat|e-?mail|mail|message|text|sms)\b"), "send"),
    # "let the team know in #x that ...", "give lars@x view access to the sheet"
    (lazyre.compile(r"\blet\s+(?!me\b)(?:[\w#@.'-]+\s+){1,3}?know\b"), "send"),
    (lazyre.compile(r"\bgive\s+(?:[\w.@+'-]+\s+){1,3}?(?:view|read|edit|comment|write|viewer|reader|editor|commenter)?\s*access\b"), "send"),
    # access given: "give Sam read access", "give it that permission", "let Dana see the staging logs"
    (lazyre.compile(r"\bgive\s+(?:[\w.@+()'-]+\s+){0,4}?(?:\w+\s+)?(?:access|permissions?|role|rights)\b"), "grant"),
    (lazyre.compile(r"\blet\s+(?!me\b|us\b|it\b)(?:[\w.@+()'-]+\s+){1,3}?(?:see|view|read|access|edit|look\s+at)\b"), "grant"),
    # a user's tag, policy or group given: "give the rabbitmq user grafana the monitoring tag", "gib dem Benutzer
    # grafana den Tag monitoring", "attach the readonly policy to bob"
    (lazyre.compile(r"\b(?:give|grant|set|assign)\s+(?:[\w.@+'-]+\s+){1,6}?(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:user\s+)?"
                    r"tags?\b|\b(?:give|grant|assign|attach)\s+(?:[\w.@+'-]+\s+){0,4}?(?:policy|policies)\s+(?:to|on)\b"),
     "grant"),
    # a role named as what is given: "give priya@x viewer on orchard-dev", "make her a data editor", "assign X the
    # Storage Blob Data Reader role"
    # (a role by its path: "give ci-reader@x roles/viewer on acme-dev", "grant … roles/storage.objectViewer")
    (lazyre.compile(r"\b(?:give|grant|assign|make)\s+(?:[\w.@+()'-]+\s+){0,7}?(?:an?\s+)?(?:[\w:-]*(?:roles?|policy)/[\w.-]*?|"
                    r"[a-z]+_(?:data)?)?(?:" + "|".join(LEVEL_WORDS) + r")s?\b"),  # (SQL Server's `db_datareader`)
     "grant"),
    # a deploy made, as a noun: "make a preview deployment", "mach ein Preview-Deployment" (session 20, K4)
    (lazyre.compile(r"\b(?:make|do|create|push|run|ship|trigger|kick\s+off)\s+(?:an?\s+|the\s+|one\s+)?(?:[\w]+[\s-])?"
                    r"deploy(?:ment)?s?\b"), "deploy"),
    # any role by its path, whatever its level word: "give sara@x roles/browser on dana-dev" (session 20, K4; the role's
    # power against the one said is `naming`'s and `roles`' to compare)
    (lazyre.compile(r"\b(?:give|grant|assign)\s+(?:[\w.@+()'-]+\s+){0,7}?(?:[\w:-]*/)?roles/[\w.-]+"), "grant"),
    # a review's comments left where the user says: "leave my two nits on PR 412 as a review comment"
    (lazyre.compile(r"\bleave\s+(?:[\w.#@'-]+\s+){0,8}?(?:as\s+)?(?:an?\s+)?(?:review\s+)?(?:comments?|notes?|nits?|feedback|"
                    r"suggestions?)\b"), "send"),
    # effects named instead of acts: "stop the bill on that box" stops it; "nobody outside can read that bucket" and
    # "make it private" change who may read it
    (lazyre.compile(r"\b(?:stop|end|cut|kill)\s+(?:the\s+)?(?:bill|billing|charges|costs?|spend(?:ing)?)\b|\bstop\s+paying\s+for\b"), "kill"),
    # a signal named as what is sent: "send HUP to pid 2211", "SIGUSR1 an 4410", "envoie un SIGHUP au pid 812" (the
    # signal itself is the kill's slot: another signal than the one said is `signals_past`'s to compare)
    (lazyre.compile(r"(?<![\w-])sig(?:hup|usr[12]|term|int|quit|winch|cont|tstp|ttin|ttou|alrm|pipe)\b|"
                    r"\b(?:send|deliver|signal)\s+(?:it\s+|an?\s+|the\s+)?(?:hup|usr[12]|winch|ttin|ttou)\b"), "kill"),
    # "free port 3000", "port 3000 is in use … free it", "release the port": stop what holds it
    (lazyre.compile(r"\b(?:free|release|clear)\s+(?:up\s+)?(?:the\s+|that\s+|this\s+)?(?:port\b|it\b|:?\d{2,5}\b)"), "kill"),
    (lazyre.compile(r"\b(?:nobody|no\s+one|no-one|noone)\b(?:\s+[\w-]+){0,3}\s+(?:can|could|should|may|is\s+able\s+to)\s+"
                    r"(?:read|see|access|view|download|list|reach)\b"), "update"),
    # history rewritten to remove something: "get the dataset out of history", "scrub it from the branch's history"
    (lazyre.compile(r"\b(?:get|take|scrub|purge|strip|remove|drop|wipe|erase|delete|rip|cut|expunge|clean)\s+(?:[\w.@/:'-]+\s+)"
                    r"{0,5}?(?:out\s+of|from|off)\s+(?:the\s+|this\s+|my\s+|its\s+|our\s+|git\s+)*(?:(?:branch|repo)'?s?\s+)?"
                    r"history\b"), "delete"),
    # the machine itself stopped: "shut the mac down", "power the workstation off", "turn this box off"
    (lazyre.compile(r"\b(?:shut|power|turn|switch)\s+(?:the\s+|my\s+|this\s+|that\s+)?(?:mac|macbook|laptop|machine|"
                    r"computer|pc|box|server|workstation|vm|host|desktop|it)\s+(?:down|off)\b|\bshut\s+(?:[\w.'-]+\s+){1,3}?down\b"),
     "shutdown"),
    # a schedule dictated: "every night at 2 back up my notes", "each monday, rotate the logs", "nightly, sync X"
    (lazyre.compile(r"^\W*(?:(?:every|each)\s+(?:other\s+)?(?:\d+\s+)?(?:night|day|morning|evening|hour|minute|week|weekday|"
                    r"weekend|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?|nightly|daily|hourly|weekly|"
                    r"monthly|once\s+a\s+(?:day|week|night|month))\b|"
                    r"^\W*(?:please\s+)?(?:run|do|execute|regenerate|rebuild|refresh|sync|back\s*up|build|generate|fetch|pull|"
                    r"send|rotate|clean|renew|check|make)\b.*\b(?:every|each)\s+(?:other\s+)?(?:\d+\s+)?(?:night|day|morning|evening|"
                    r"hour|minute|week|weekday|weekend|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b"),
     "create"),
    # a copy kept somewhere else goes there: "back up my notes to the NAS", "backup the db onto the external disk"
    (lazyre.compile(r"\bback\s*up\s+(?:[\w.@/:'~-]+\s+){0,4}?(?:to|onto)\s+"), "send"),
    # a copy brought to this machine: "pull the raw data down", "pull the icons into assets/", "mirror the bucket locally"
    (lazyre.compile(r"\bpull\s+(?:[\w.@/:'-]+\s+){0,5}?(?:down|locally|into|onto)\b|\bmirror\s+(?:the\s+|my\s+|our\s+|a\s+)?"
                    r"[\w.@/:'-]+(?:\s+[\w.@/:'-]+){0,6}?\s+(?:locally|down|into|to)\b"), "read"),
    # a build put where others install it from is published, whatever the verb: "push the package to our internal
    # feed", "upload the build to the beta track", "put the snap on the edge channel", "push it to itch"
    (lazyre.compile(r"\b(?:push|upload|put|send|ship|get|drop|deliver)\w*\s+(?:[\w.@/:'+-]+\s+){0,6}?(?:to|on|onto|into|in)\s+"
                    r"(?:the\s+|our\s+|my\s+|a\s+|an\s+|its\s+)?(?:[\w.'-]+\s+){0,2}?(?:feed|registry|channel|track|"
                    r"store|marketplace|itch(?:\.io)?|pypi|testpypi|npm|npmjs|crates\.io|nuget|rubygems|hackage|hex|"
                    r"cocoapods|artifactory|nexus|jsr|galaxy|app\s+store|play\s+store|snap\s+store|flathub)\b"), "publish"),
    # "the whole staging bucket can go": a thing that may go is a thing to delete ("we can go ahead" is consent)
    (lazyre.compile(r"\b(?:can|may|should)\s+go\b(?=\s*(?:$|[,.;!)]|\s+(?:now|too|as\s+well|away|entirely)\b))"), "delete"),
)
#: A light verb and the act it names by a noun ("force a new deployment", "trigger a redeploy", "do a rollout").
_LIGHT = lazyre.compile(r"\b(?:force|trigger|kick\s+off|do|start|perform|run|issue|cut|make|apply)\s+(?:a\s+|an\s+|the\s+)?"
                    r"((?:[\w.@/:-]+\s+){0,2}[a-z-]+)")  # up to two modifiers: "a new", "the v3.2.0", "a rolling"  # fmt: skip
#: A removal from the infrastructure's state ("drop it from the terraform state", "take X out of the state").
_FROM_STATE = lazyre.compile(r"\b(?:drop|remove|delete|rm|take|get|pull|kick|forget)\w*\s+(?:[\w.@/:'\[\]\"-]+\s+){0,5}?"
                             r"(?:out\s+of|from|off)\s+(?:the\s+|its\s+|our\s+)?(?:terraform\s+|tofu\s+|pulumi\s+|tf\s+)?state\b")
#: History rewritten before a push ("rebase", "squash", "amend"): the push that follows must force.
REWRITE = lazyre.compile(r"\b(?:rebase[ds]?|rebasing|squash(?:ed|ing)?|amend(?:ed|ing)?|reword|fixup|rewrite\s+(?:the\s+)?history)\b")


def tokens(text: str) -> list[str]:
    # A leading dot stays: `.claude/settings.json`, `.env` and `../x` are names, not punctuation.
    if len(text) <= 4000:
        return list(_tokens(text))  # (a clause of the user's: tokenised once per session)
    return [t.rstrip(".,:;!?)(-'\"").lstrip(",:;!?)(-'\"").lower() for t in _TOKEN.findall(text)]


@lru_cache(maxsize=4096)
def _tokens(text: str) -> tuple[str, ...]:
    return tuple(t.rstrip(".,:;!?)(-'\"").lstrip(",:;!?)(-'\"").lower() for t in _TOKEN.findall(text))


_tokenize = tokens  # `verb_classes` takes a parameter named `tokens`


#: A number that names one thing: after "id", "#", "no.", "number", or long enough to be no count ("booking 88213",
#: "id 88213", "#4512"); "200 jobs", "the last 30 rows" are how many.
_ID_NUMBER = lazyre.compile(r"(?:\bids?\b\s*[:=#]?\s*|#|\bno\.\s*|\bnumber\s+|\bnr\.?\s*)(\d{2,})\b|\b(\d{5,})\b", re.I)


@lru_cache(maxsize=1024)
def id_numbers(text: str) -> frozenset[str]:
    """The numbers in the user's words that identify one thing rather than count some."""
    return frozenset(m.group(1) or m.group(2) for m in _ID_NUMBER.finditer(text[:20_000]))


#: "next" is a word of time ("next week") except where it names npm's pre-release dist-tag ("as next", "@next").
_NEXT_CHANNEL = lazyre.compile(r"(?:\bas|\bto|\bon|--tag|\btag|@)[\s=]*(next)\b(?!\s+(?:week|month|time|step|release|version|one))|"
                               r"\b(next)\s+(?:channel|dist-tag|tag)\b")
_QUANTITY = lazyre.compile(r"^\d+(?:\.\d+)?(?:[kmgtp]i?b|[kmgt]|ms|s|m|h|d|w|mo|y|x|%|gigs?|megs?)$")


#: A number spelt with the word of what it numbers, as one token (`pr-57`, `pr#57`, `mr!12`, `gh-4`).
_NUMBERED = lazyre.compile(r"(?:pr|mr|gh|pull|issue)[-#!]?(\d+)")
_UUID = lazyre.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


#: Words of a package source's kind: a compound of them only ("apt-repo", "signing-key", "yum-repo") names no object.
_KIND_PARTS = frozenset({"apt", "yum", "dnf", "deb", "rpm", "ppa", "zypper", "repo", "repos", "repository", "key", "keys",
                         "gpg", "pgp", "signing", "keyring", "package", "packages", "pkg", "source", "sources"})


def _foreign_kind(word: str) -> bool:
    from automode.knowledge.extent_marks import foreign_kind

    return foreign_kind(word)


#: A number with a case ending joined by a hyphen, a colon or an apostrophe (Hungarian, Finnish, Turkish).
_CASED = lazyre.compile(r"(\d+)[-'’:][^\W\d_]{1,5}")


@lru_cache(maxsize=4096)  # the same messages are read for every request and value of a session
def idents(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """(strong, weak) object names in a piece of user text."""
    strong: set[str] = set()
    weak: set[str] = set()
    for m in QUOTED.finditer(text):
        q = next(g for g in m.groups() if g is not None).strip().lower()
        if q:
            strong.add(q)
    weak.update(m.group(1) or m.group(2) for m in _NEXT_CHANNEL.finditer(text.lower()))  # "publish it as next"
    strong.update(m.group(0).lower().rstrip(".,:;!?") for m in _PATH_GLOB.finditer(text[:20_000]))  # `/data/tmp/up-*.part`
    for t in tokens(text):
        if not t or t in STOP or _QUANTITY.match(t):
            continue  # "40gb", "30d", "90%": how much, not which one
        if t.startswith("#") and t[1:].isdigit():
            strong.add(t[1:])  # "#318": the pull request or issue 318
        elif (n := _NUMBERED.fullmatch(t)) is not None:
            strong.add(n.group(1))  # "PR-57", "mr!12", "gh-4": the number 57, 12, 4
        elif _UUID.fullmatch(t) is not None:
            strong.add(t.replace("-", ""))  # a UUID as APIs also spell it, without its dashes (Notion, Jira ids)
        if "-" in t and all(p in _KIND_PARTS for p in t.split("-")):
            weak.update(t.split("-"))  # "apt-repo", "gpg-key": the kind of thing, no name (session 20, K4)
            continue
        if (
            any(c in t for c in "/._@:~#=")
            or any(c.isdigit() for c in t)
            or ("-" in t and t not in VERB_WORDS)
        ):
            strong.add(t.rstrip("/") or t)
            if (c := _CASED.fullmatch(t)) is not None:
                strong.add(c.group(1))  # "a 311-es VM-et", "412:n", "8812'yi": the number too (session 28)
            head, _, tail = t.rpartition("-")
            if len(head) >= 3 and _foreign_kind(tail):
                strong.add(head)  # "mailhog-kontti", "nginx-konteynerini": the name before its kind's noun
            if "-" in t:  # a compound's role word ("Lint-Workflow", "CI-Pipeline"): the role it names
                weak.update(p for p in t.split("-") if p in ROLE_WORDS)
        elif (len(t) >= 3 or t in ROLE_WORDS) and t not in VERB_WORDS:
            weak.add(t)
    return frozenset(strong), frozenset(weak)
