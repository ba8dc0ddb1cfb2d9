"""Whether the user still wants it (S4, session 13): the user's words read into (object, polarity) over time.

A request stands until a later word takes it back. This module reads, from the user's own text and in any of the
languages users write in, the words that do:

* a whole withdrawal ("nvm", "scratch that", "laisse tomber", "vergiss es", "やっぱりやめて", "算了", "boşver"):
  `withdraws_all` (the message suspends what was asked before, `match.session_intent`);
* an exclusion of named objects, whether the object comes after the word ("leave ENG-7", "except tmp-c",
  "garde vm-2", "lascia stare la 42", "保留 v1.1") or before it ("fix/c stays, leave it", "ENG-102 is still needed",
  "tmp-b brauchen wir noch", "la 42 no", "W3SVC bleibt"): `exclusions` gives each one's clause and object names;
  a clause that only points back ("…, leave it", "lass den stehen") takes the names of the clause before it;
* a narrowing ("only tmp_a", "just the worker") leaves out the other members of the list it picks from: `siblings`.

`text.parse_message` turns exclusions into hands-off boundaries (every change act on the object is fenced, on every
surface: argv, MCP values, edits, sub-agent briefs), `mcp_scope.excluded` reads its record ids from here, and
`match._narrowing` fences the members a narrowing leaves out. A later request that names the object again lifts the
fence (`match._lifted`). Pure text reading; no action is looked at here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from automode import lazyre
from automode.judge.intent.stance_withdraw import _CJK_WAIT_RE as _CJK_WAIT_RE
from automode.judge.intent.stance_withdraw import _LEAD as _LEAD
from automode.judge.intent.stance_withdraw import _READ_LEAD as _READ_LEAD
from automode.judge.intent.stance_withdraw import _SENTENCE_END as _SENTENCE_END
from automode.judge.intent.stance_withdraw import _TO_READ as _TO_READ
from automode.judge.intent.stance_withdraw import _TO_READ_CJK as _TO_READ_CJK
from automode.judge.intent.stance_withdraw import _TO_READ_RE as _TO_READ_RE
from automode.judge.intent.stance_withdraw import _TO_READ_WORDS as _TO_READ_WORDS
from automode.judge.intent.stance_withdraw import _WAIT_RE as _WAIT_RE
from automode.judge.intent.stance_withdraw import _WHOLE as _WHOLE
from automode.judge.intent.stance_withdraw import _WHOLE_CJK as _WHOLE_CJK
from automode.judge.intent.stance_withdraw import _WHOLE_RE as _WHOLE_RE
from automode.judge.intent.stance_withdraw import _pause as _pause
from automode.judge.intent.stance_withdraw import withdraws_all as withdraws_all

# ------------------------------------------------------------------ exclusions of named objects
#: Words that keep the object AFTER them ("leave ENG-7", "keep tmp-b", "except #general", "garde vm-2", "lascia stare
#: la 42", "保留 v1.1"), per language. Negation particles count only in short clauses (`_NEG`).
_BEFORE_EN: tuple[str, ...] = (
    r"keep", r"spare", r"leave(?!\s+(?:a|an|some|me|us|comments?|notes?|reviews?|feedback)\b)(?:\s+out)?", r"preserve",
    r"retain", r"except(?:\s+for)?", r"excluding", r"apart\s+from", r"other\s+than", r"besides",
    r"aside\s+from", r"save\s+for", r"but\s+not", r"hands\s+off", r"hold\s+off\s+on",
    r"(?:skip|without)(?=\s+(?:the\s+)?[#@]?[A-Za-z_-]*\d)",  # before a numbered id: "skip the pre-commit hook" is an act
    r"(?:don'?t|do\s+not|never|not|let'?s\s+not)\s+touch(?:ing)?",  # ("don't send it" fences the send only: `text._NEG_HEAD`)
    r"nothing\s+(?:in|on|under|from|of)", r"(?:stay|keep)\s+(?:away|off)\s+from", r"off\s+limits\s*:",
)  # fmt: skip
_BEFORE: tuple[str, ...] = (
    # de
    r"behalte?n?", r"behalt", r"lass(?:t|en)?", r"au(?:ß|ss)er", r"nicht\s+anfassen", r"finger\s+weg\s+von",
    # fr
    r"garde[rsz]?", r"gardez", r"laisse[rsz]?", r"laissez", r"conserve[rsz]?", r"sauf", r"hormis", r"[àa]\s+part",
    r"ne\s+touche[sz]?\s+pas\s+(?:[àa]|aux?)", r"touche\s+pas\s+(?:[àa]|aux?)",
    # es / pt / it
    r"d[ée]ja(?:la|lo|las|los)?", r"dejen", r"mant[ée]n(?:ga|gan)?", r"conserva", r"excepto", r"salvo", r"menos",
    r"no\s+(?:la|lo|las|los)?\s*toques", r"deix[ae](?:m)?", r"mant[ée]m", r"mantenha", r"exceto", r"n[ãa]o\s+mexa?\s+(?:n[oa]s?|em)",
    r"lascia(?:te)?(?:\s+(?:stare|perdere))?", r"tieni", r"mantieni", r"tranne", r"eccetto", r"non\s+toccare",
    # nl / sv / da
    r"laat", r"houd", r"hou", r"behoud", r"behalve", r"niet\s+aankomen\s+aan", r"beh[åa]ll(?:er)?", r"l[åa]t", r"utom", r"f[öo]rutom",
    r"bortsett\s+fr[åa]n", r"behold", r"undtagen",
    # pl / cs / ru / uk / tr
    r"zostaw(?:cie)?", r"zachowaj", r"opr[óo]cz", r"poza", r"nie\s+ruszaj", r"nech(?:te)?", r"ponech(?:te)?", r"krom[ěe]",
    r"nesahej\s+na", r"остав(?:ь|ьте)", r"не\s+трогай(?:те)?", r"кроме", r"залиш(?:и|іть)?", r"не\s+чіпай", r"крім",
    r"b[ıi]rak", r"dokunma",
    # vi / id / hi / ar
    r"gi[ữu]", r"[đd][ểe]\s+nguy[êe]n", r"tr[ừu]", r"ngo[ạa]i\s+tr[ừu]", r"biarkan", r"simpan", r"kecuali", r"selain",
    r"jangan\s+(?:hapus|sentuh|tutup)", r"اترك", r"احتفظ\s+ب", r"ما\s+عدا", r"باستثناء",
)  # fmt: skip
#: Words that keep the object BEFORE them ("fix/c stays", "ENG-102 is still needed", "tmp-b brauchen wir noch",
#: "W3SVC bleibt", "vm-2 reste", "la 42 se queda", "v1.1 は残して", "v1.1 以外", "pr-12 can wait").
_AFTER_EN: tuple[str, ...] = (
    r"stays?(?!\s+(?:in|within|inside|on|under|away|out|focused|on\s+topic)\b)", r"remains?", r"can\s+(?:stay|wait)",
    r"should\s+stay", r"must\s+stay", r"(?:is|are)\s+(?:still\s+(?:used|live|active)|(?:still\s+)?(?:needed|in\s+use|required|off[- ]limits))",
    # (a bare "X is used" / "is active" describes code in a bug report: "the optimization is used (even when …)")
    r"still\s+(?:needed|need(?:s|ed)?|in\s+use|used|using|required|requires?|running|relevant|useful)",
    r"(?:we|they|someone|somebody|people|users|the\s+client|customers?)\s+(?:still\s+)?(?:need|use|uses|using)\s+(?:it|them|that|those|this)",
)  # fmt: skip
_AFTER: tuple[str, ...] = (
    r"(?:brauch(?:en|e|t)?|benutz(?:en|t))\s+(?:wir|ich|die|man)?\s*(?:aber\s+|doch\s+|schon\s+)?noch",  # ("aber noch": a particle) r"noch\s+(?:gebraucht|n[öo]tig|in\s+benutzung)",
    r"bleib(?:t|en)(?:\s+(?:so|stehen|drin|offen))?", r"(?:ist|sind)\s+tabu",
    r"(?:on\s+en\s+a\s+)?encore\s+besoin", r"reste(?:nt)?", r"(?:se\s+)?queda(?:n)?", r"sigue(?:n)?", r"(?:la|lo|las|los)?\s*necesit\w*\s+todav[ií]a",
    r"todav[ií]a\s+(?:la|lo|las|los)?\s*necesit\w*", r"a[uú]n\s+(?:la|lo|las|los)?\s*(?:necesit|se\s+usa)\w*",
    r"ainda\s+(?:[ée]\s+)?(?:precis|us)\w*", r"precisamos\s+(?:dele|dela|deles|delas)?\s*ainda", r"fica(?:m)?",
    r"serv(?:e|ono)\s+ancora", r"ci\s+serv(?:e|ono)", r"resta(?:no)?", r"rimane", r"nog\s+nodig", r"blijf?t", r"blijven",
    r"beh[öo]v(?:er|s)\s+(?:\w+\s+)?fortfarande", r"fortfarande\s+beh[öo]v\w*", r"stannar", r"blir\s+kvar",
    r"(?:nadal|jeszcze|wci[ąa][żz])\s+potrzeb\w*", r"zostaje", r"(?:je[šs]t[ěe]|st[áa]le)\s+pot[řr]eb\w*",
    r"(?:е[щш]ё|еще|пока)\s+нуж\w*", r"нуж\w*\s+(?:е[щш]ё|еще)", r"ще\s+потріб\w*", r"(?:hala|h[âa]l[âa])\s+(?:laz[ıi]m|gerek\w*|kullan\w*)",
    r"kals[ıi]n", r"hari[çc]", r"d[ıi][şs][ıi]nda", r"v[ẫa]n\s+c[ầa]n", r"masih\s+(?:perlu|dipakai|butuh|dipake)",
    r"अभी\s+भी\s+चाहिए", r"को\s+छोड़कर", r"ما\s+زلنا\s+نحتاج",
)  # fmt: skip
#: The same in the languages written without spaces (either side of the object).
_CJK = (r"残して", r"残す", r"そのまま", r"触らないで", r"消さないで", r"削除しないで", r"まだ(?:使|必要)", r"以外", r"除いて", r"は(?:やめて|なしで|いい)",
        r"保留(?!期|时间|時間|天数|天數|策略)", r"留着", r"别动", r"不要动", r"别删", r"不要删", r"还要用", r"还需要", r"还在用", r"除了", r"之外",
        r"남겨", r"그대로", r"아직\s*필요", r"아직\s*써", r"제외", r"빼고", r"말고", r"건드리지\s*마")  # fmt: skip
#: Negation particles that leave out what they stand beside in a short clause ("actually not #announcements", "la 42
#: no", "aber nicht tmp-b", "mais pas vm-2", "ale nie 42"). English "not" is here; English "no" is not (no e2e = skip).
_NEG = (r"not", r"nicht", r"pas", r"non", r"no", r"n[ãa]o", r"niet", r"inte", r"ikke", r"nie", r"ne", r"не", r"ні",
        r"de[ğg]il", r"kh[ôo]ng", r"bukan", r"tidak", r"नहीं", r"ليس", r"不要", r"不", r"别", r"じゃなくて", r"안")  # fmt: skip
_NEG_SKIP = r"(?!\s+(?:yet|now|sure|really|just|only|until|before|if|too|much|a\s+lot|all|ancora|encore|noch|todav[ií]a|a[uú]n|ainda|nog|[äa]n|jeszcze|ещё|еще)\b)"

_BEFORE_RE = lazyre.compile(r"(?i)(?<![\w$@.-])(?:(?P<en>" + "|".join(_BEFORE_EN) + r")|" + "|".join(_BEFORE) + r")(?![\w-])")
_AFTER_RE = lazyre.compile(r"(?i)(?<![\w-])(?:(?P<en>" + "|".join(_AFTER_EN) + r")|" + "|".join(_AFTER) + r")(?![\w-])")
#: A Latin-letter word after a CJK marker: the marker's own object, said as a word of the trade ("不要删除 topic").
_OBJECT_AFTER = lazyre.compile(r"^[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]{0,3}\s*(?:的\s*)?[A-Za-z][A-Za-z-]+")
_CJK_RE = lazyre.compile(r"(?:" + "|".join(_CJK) + r")")
_NEG_RE = lazyre.compile(r"(?i)(?<![\w-])(?:" + "|".join(_NEG[:-4]) + r")(?![\w-])" + _NEG_SKIP + r"|(?:" + "|".join(_NEG[-4:]) + r")")
#: "keep it short", "keep going", "keep me posted", "keep the docs up to date", "leave a comment": a manner or a state
#: to maintain, not a thing spared.
_NOT_SPARING = lazyre.compile(r"(?i)\bkeep\s+(?:\w+ing\b|me\b|us\b|an?\s+eye|in\s+mind|track|trying|(?:it|them|this|things)\s+"
                              r"(?:short|simple|brief|small|clean|tidy|minimal|focused))|\b(?:keep|leave)\s+(?:[\w./@:#-]+\s+){0,4}?"
                              r"(?:in\s+sync|synced|up[- ]to[- ]date|updated|going|posted|informed|consistent|green|passing|"
                              r"compatible|working\s+on|to\s+me|to\s+us|for\s+(?:me|later|review))\b|"
                              r"\bkeep\s+(?:[\w./@:#-]+\s+){0,4}?(?:out\s+of|away\s+from)\b|"
                              # "leave my two nits on PR 412 as a review comment": something posted, not spared
                              r"\bleave\s+(?:[\w./@:#'-]+\s+){0,3}?(?:nits?|comments?|notes?|thoughts?|feedback|reviews?|remarks?|"
                              r"suggestions?|repl(?:y|ies)|reactions?|emoji|approvals?|messages?|a\s+note)\b|"
                              r"\bleave\s+(?:[\w./@:#'-]+\s+){0,6}?as\s+an?\s+(?:review\s+)?(?:comment|note|reply|review)\b|"
                              # "leave it as a draft": the state asked for, not a thing spared
                              r"\b(?:keep|leave)\s+(?:it|them|this|that)\s+(?:as\s+)?an?\s+(?:draft|wip|pre-?release|private)\b|"
                              # "lass einen Subagenten Release-Notes entwerfen", "laat de agent de tests draaien": a
                              # causative (have someone do it), not a thing spared ("lass den stehen", "lass es bleiben")
                              r"\b(?:lass(?:t|en)?|laat)\s+(?:[\w./@:#'-]+\s+){1,12}?(?!(?:bleiben|stehen|sein|liegen|stecken|offen|bestehen|erhalten|behalten|drinnen|"
                              r"blijven|staan|zijn|liggen)\b)[a-zäöüß]{3,}(?:en|ern|eln)\s*$")  # fmt: skip
#: Where a clause ends: punctuation, and the words that join two clauses.
_CLAUSE = lazyre.compile(r"(?i)[,;!?。、，；！？\n]|[.:](?:\s|$)|\s[-–—]\s|\s(?:but|though|however|aber(?!\s+(?:noch|doch|auch|schon)\b)|mais|pero|mas|ma|maar|men|ale|"
                         r"но|ама|fakat|tapi|nhưng)\s|(?:でも|けど|但是|可是|하지만)")  # fmt: skip
_TOKEN = lazyre.compile(r"[#@]?[\w][\w./@:+'-]*")
#: Words beside an object that are not objects: articles, pointers, fillers, states.
_SKIP = frozenset({
    "the", "a", "an", "my", "our", "your", "this", "that", "these", "those", "it", "them", "one", "ones", "both", "all",
    "though", "still", "please", "pls", "actually", "also", "too", "for", "now", "open", "running", "alive", "up", "around",
    "as", "is", "are", "alone", "untouched", "intact", "there", "place", "in", "on", "of", "be", "wait", "ok", "okay", "oh",
    "and", "or", "then", "just", "yet", "live", "active", "needed", "used", "required", "because", "since", "anyway", "we",
    "need", "use", "out", "off", "no", "not", "i", "you", "they", "its", "sorry", "hmm", "so", "well", "way", "le",
    "la", "les", "l", "un", "une", "der", "die", "das", "den", "dem", "el", "los", "las", "lo", "o", "os", "il", "gli",
    "de", "het", "een", "en", "et", "und", "y", "e", "och", "og", "и", "ve", "va", "dan", "everything", "else",
    "anything", "nothing", "rest", "other", "others", "until", "till", "confirms", "check", "finance",
    "vi", "wir", "nous", "noi", "wij", "biz", "мы", "ми", "ainda", "noch", "encore", "ancora", "nog",
})  # fmt: skip
_POINTERS = frozenset({"it", "them", "that", "this", "those", "these", "es", "ihn", "sie", "den", "die", "das", "le", "la",
                       "les", "ça", "ca", "lo", "los", "las", "eso", "esa", "ese", "isso", "esse", "essa", "dele", "dela",
                       "li", "quello", "quella", "het", "dat", "go", "ją", "его", "её", "их", "это", "onu", "bunu",
                       "det"})  # fmt: skip
#: Conjunctions that may carry on a list of objects ("keep tmp-b and tmp-c") or start another act ("garde vm-2 et
#: supprime vm-1": a word after one that is no object ends the list).
_AND = frozenset({"and", "or", "&", "et", "ou", "und", "oder", "y", "o", "e", "en", "of", "och", "eller", "og", "i", "lub",
                  "и", "или", "і", "ve", "veya", "và", "dan", "atau", "a", "/"})  # fmt: skip
#: Words of an English clause that are no objects even when they are nouns (request words and generic ones).
_STATE = frozenset({"stays", "stay", "remains", "remain", "keep", "leave", "spare", "except", "excluding", "skip", "hold",
                    "preserve", "retain", "besides", "running", "open", "alive", "client", "customer", "team", "someone",
                    "somebody", "people", "users", "reviewing", "thing", "things", "stuff", "wait", "can", "should", "must"})


@lru_cache(maxsize=16384)  # pure; asked for every word of every message, per action (issue 14)
def is_item(tok: str) -> bool:
    """An identifier as users write one in any language: a digit, a separator or a sigil in it (`ENG-102`, `tmp_b`,
    `fix/c`, `#general`, `v1.1`, `42`)."""
    t = tok.strip("'\".,")
    if len(t) < 2 and not t.isdigit():
        return False
    return any(c.isdigit() for c in t) or (any(c in t for c in "-_./:#@") and any(c.isalnum() for c in t))


def _english_word(tok: str) -> bool:
    from automode.judge.intent.words import VERB_WORDS

    return tok.isascii() and tok.isalpha() and len(tok) >= 3 and tok not in VERB_WORDS and tok not in _SKIP and tok not in _STATE


_ASCII_ITEM = lazyre.compile(r"[#@]?[A-Za-z0-9][A-Za-z0-9./:@_+-]*")


def _objects(toks: list[str], english: bool) -> list[str]:
    """The objects a run of words names, nearest first: identifiers, and in English the nouns; a word that is no
    object after a conjunction ends the run ("garde vm-2 et supprime vm-1": vm-2), as does an English verb."""
    from automode.judge.intent.words import VERB_WORDS

    out: list[str] = []
    joined = False
    det = False
    pointed = False
    for t in toks:
        low = t.lower().strip("'\".,")
        if (low in _ENDS and (out or low not in ("i",))) or ((out or pointed) and low in _PREPS):
            break  # ("except the csv files to s3://bucket/": the destination is no part of what is left out;
            # "keep them for the audit": what follows a pointer is why, not what)
        pointed = pointed or (not out and low in _POINTERS)
        if low in _AND:
            joined = True
            continue
        noun = english and det and low.isalpha() and len(low) >= 3 and low not in _SKIP  # "keep the tag": a noun
        det = low in _DETS
        if is_item(low) or (english and _english_word(low)) or noun:
            out.append(low.rstrip("/") or low)
            joined = False
            continue
        if (joined and low not in _SKIP) or (english and out and low in VERB_WORDS):
            break
    return out


#: A marker undone by the words before it ("no need to keep", "don't leave", "stop keeping").
_UNDONE = lazyre.compile(r"(?i)(?:no\s+need\s+to|don'?t|do\s+not|not|never|needn'?t|no\s+reason\s+to|stop|nicht|pas|no|non)\s*$")
#: Words that end an object run: a subordinate clause or a new subject ("keep it until I check with Ana").
_ENDS = frozenset({"until", "till", "til", "because", "since", "while", "when", "if", "so", "once", "before", "after",
                   "unless", "i", "we", "you", "they", "he", "she", "bis", "jusqu'à", "hasta", "até", "finché", "tot"})


_DETS = frozenset({"the", "my", "our", "this", "that", "these", "those", "your", "its", "their"})
#: "The rest" kept beside a narrowing ("only 2025/, the rest stays", "lo demás se queda", "der Rest bleibt", "나머지는
#: 그대로"): what is left out is everything but the named member, never the member itself.
_REST = lazyre.compile(r"(?i)(?<!\w)(?:(?:the\s+)?rest|everything\s+else|all\s+(?:the\s+)?others?|(?:lo|los|las)\s+dem[áa]s|"
                       r"el\s+resto|o\s+resto|os\s+outros|il\s+resto|tutto\s+il\s+resto|(?:tout\s+)?le\s+reste|"
                       r"der\s+rest|alles\s+andere|de\s+rest|resten|reszta|остальн\w*|решт\w*|geri\s+kalan\w*|sisanya|"
                       r"ph[ầa]n\s+c[òo]n\s+l[ạa]i|zbytek|ostatn\w*)(?!\w)(?!\s+(?:api|apis|endpoints?|clients?|servers?|services?|calls?|routes?)\b)|나머지|其他|其余|剩下|残り|他は")  # fmt: skip


_PREPS = frozenset({"to", "into", "onto", "from", "in", "on", "at", "for", "with", "via", "by", "under", "over", "nach",
                    "vers", "dans", "sur", "en", "a", "al", "para", "per", "naar", "till", "do", "в", "на"})


def _content(toks: list[str]) -> bool:
    return any(t.lower() not in _SKIP and t.lower() not in _POINTERS for t in toks)


def _pointer(toks: list[str]) -> bool:
    return any(t.lower() in _POINTERS for t in toks)


def _excluded_in(clause: str, prev: list[str]) -> tuple[list[str], int, int] | None:
    """The objects one clause leaves out and where its marker starts, None when it leaves nothing out. A clause that
    only points back ("leave it", "lass den stehen") leaves out the objects of the clause before (`prev`)."""
    if _NOT_SPARING.search(clause):
        return None
    m = _BEFORE_RE.search(clause)
    after = True
    if m is None:
        m = _AFTER_RE.search(clause)
        after = False
    if m is not None:
        english = m.group("en") is not None
        ahead, behind = _TOKEN.findall(clause[m.end():]), _TOKEN.findall(clause[: m.start()])[::-1]
        first, second = (ahead, behind) if after else (behind, ahead)
        if _UNDONE.search(clause[: m.start()]):
            return None  # "no need to keep the generated fixtures": the opposite of keeping them
        if _REST.search(clause[m.end():] if after else clause[: m.start()]):
            return None  # "solo la carpeta 2025/, lo demás se queda": the rest stays, a narrowing to what was named
        # the object on the marker's own side; the other side only when nothing stands there ("lass den stehen")
        objs = _objects(first, english) or (_objects(second, english) if not _content(first) else [])
        if not objs and not english and _content(first + second):
            objs = _kept_nouns(clause)  # "den Tag behalten", "garde le tag": the tag, not the release before it
        return (objs or (prev if _pointer(first + second) or not (first or second) else []), m.start(), m.end())
    c = _CJK_RE.search(clause)
    if c is not None:
        held = _held_part(clause)  # "feature/y ブランチは消して タグは消さないで": only the tag is left out (session 25)
        if held is not None:
            return held or prev, c.start(), c.end()
        objs = [x.lower() for x in _ASCII_ITEM.findall(clause) if is_item(x)] or _kept_nouns(clause)
        if not objs and _OBJECT_AFTER.search(clause[c.end():]):
            return [], c.start(), c.end()  # ("取消订阅 X，不要删除 topic": its own object, a kind, not X before it; s27)
        return objs or prev, c.start(), c.end()
    n = _NEG_RE.search(clause)
    if n is None:
        return None
    place = _NOT_IN.search(clause)  # "not in prod", "not the payments one": an English noun after "not" + a preposition
    if place is not None and _english_word(place.group(1).lower()):
        return [place.group(1).lower()], n.start(), n.end()
    toks = _TOKEN.findall(clause[: n.start()] + " " + clause[n.end():])
    objs = [t.lower() for t in toks if is_item(t)]
    rest = [t for t in toks if not is_item(t) and t.lower() not in _SKIP and t.lower() not in _POINTERS]
    if len(rest) > 1 or not (objs or (_pointer(toks) and prev)):
        return None  # ("the 42 is not the one" is a statement; only "not #announcements", "la 42 no" leave out)
    if not objs and rest:
        from automode.judge.intent.words import VERB_WORDS

        if not any(t.lower() in VERB_WORDS for t in rest):
            return None  # "den används inte", "it's not used": a reason about it, not it left out ("den nicht löschen")
        kept = _kept_nouns(clause)  # "den Tag nicht": the tag (a part's noun the reader also knows as a verb), not
        if kept:  # the branch named before it (session 25, P4)
            return kept, n.start(), n.end()
    return objs or prev, n.start(), n.end()


#: The negated part of a glossed clause that asks for an act before it ("delete feature/y branch, don't delete the tag").
_HELD_PART = lazyre.compile(r"(?i)\w.*?(?:,\s*|\s+but\s+)((?:don'?t|not)\s+.*)$")


def _held_part(clause: str) -> list[str] | None:
    """The objects of the part a clause holds back after asking for another act (`gloss_order._held_cut`), None when
    the clause is not read so."""
    from automode.judge.intent.gloss import gloss

    read = gloss(clause)
    m = _HELD_PART.match(read) if read != clause else None
    if m is None:
        return None
    part = m.group(1)
    return [x.lower() for x in _ASCII_ITEM.findall(part) if is_item(x)] or [
        w for w in re.findall(r"[a-z][a-z-]+", part.lower()) if w in _PART_NOUNS]


def _kept_nouns(clause: str) -> list[str]:
    """The kind of thing a clause with no identifier keeps, read through the gloss ("タグは残しておいて": the tag),
    so that what it keeps is that part and not the object of the clause before it (the release; session 20, K4)."""
    from automode.judge.intent.gloss import gloss

    read = gloss(clause)
    if read == clause:
        return []
    words = [w for w in re.findall(r"[a-z][a-z-]+", read.lower()) if w in _PART_NOUNS]
    return words + (["tag"] if "label" in words else [])  # (标签, ラベル: a tag or a label, one word for both)


#: Parts a request may keep of the thing it removes ("…, den Tag behalten", "garde les volumes", "タグは残して").
_PART_NOUNS = frozenset({"tag", "tags", "branch", "branches", "volume", "volumes", "data", "database", "bucket", "image",
                         "images", "backup", "backups", "snapshot", "snapshots", "logs", "history", "notes", "files",
                         "disk", "disks", "secrets", "config", "configuration", "release", "releases", "objects", "label"})


def may_take_back(text: str) -> bool:
    """The cheap test: the text holds a word of some withdrawal or exclusion (then `exclusions` reads it)."""
    return bool(_BEFORE_RE.search(text) or _AFTER_RE.search(text) or _CJK_RE.search(text) or withdraws_all(text))


_NOT_IN = lazyre.compile(r"(?i)^\W*(?:(?:but|and|just|actually|please)\s+)*not\s+(?:in|on|to|for|from|under|the|my|our|that|"
                         r"those)\s+(?:the\s+)?([a-z][\w-]{2,})\b(?:\s+(?:one|ones|env\w*|environment|cluster|db|database|"
                         r"server|service|branch|bucket|project|table|account|side))?\W*$")  # fmt: skip


#: Words beyond which a message reads as a pasted report rather than a conversational instruction.
_LONG_WORDS = 80


def _clauses(text: str) -> list[str]:
    return [c.strip() for c in _CLAUSE.split(text) if c and c.strip()]


@lru_cache(maxsize=2048)
def exclusions(text: str) -> tuple[tuple[str, frozenset[str], frozenset[str]], ...]:
    """Each clause of a message that leaves objects out: (its words, the identifiers, the English nouns), in any
    word order and language ("wait, fix/c stays, leave it"; "tmp-b brauchen wir noch"; "la 42 no")."""
    out: list[tuple[str, frozenset[str], frozenset[str]]] = []
    prev: list[str] = []
    # A long message (a pasted bug report, a spec) describes: "impossible (besides overriding _af_new)", "the cache
    # is still needed by the parser" are statements there. In it only an instruction leaves something out: the
    # marker opening its clause ("keep X", "leave X alone", "don't touch X") or a clause of a few words ("fix/c stays").
    long = len(text.split()) > _LONG_WORDS
    for clause in _clauses(text[:4000]):
        got = _excluded_in(clause, prev)
        if got is not None and long and got[1] > 3 and len(clause.split()) > 6:
            got = None
        if got is None:
            prev = [t.lower() for t in _TOKEN.findall(clause) if is_item(t)] or prev
            continue
        objs = got[0]
        if objs:
            strong = {o for o in objs if is_item(o)}
            strong |= {o[1:] for o in strong if o.startswith("#") and o[1:].isdigit()}  # "#318": 318
            out.append((clause, frozenset(strong), frozenset(o for o in objs if not is_item(o))))
        prev = objs or prev
    return tuple(out)


def strip_exclusions(clause: str) -> str:
    """The clause without its parts that only leave objects out ("leave w3svc running though", "fix/c stays"), so
    they ask for nothing; a part with a request before its marker ("delete X but keep Y": delete X) stays."""
    from automode.judge.intent.words import VERB_WORDS

    if not (_BEFORE_RE.search(clause) or _AFTER_RE.search(clause) or _CJK_RE.search(clause) or _NEG_RE.search(clause)):
        return clause
    kept: list[str] = []
    prev: list[str] = []
    for part in _clauses(clause):
        got = _excluded_in(part, prev)
        if got is not None and got[0] and not any(t.lower() in VERB_WORDS and t.lower() not in _STATE and t.lower() not in _SKIP
                                       for t in _TOKEN.findall(part[: got[1]] + " " + part[got[2]:])):
            prev = got[0] or prev
            continue  # ("keep vm-2 and delete vm-1" asks to delete vm-1: it stays)
        kept.append(part)
        prev = [t.lower() for t in _TOKEN.findall(part) if is_item(t)] or prev
    return ", ".join(kept)


# ------------------------------------------------------------------ narrowing
_ENUM_ITEM = r"[#@]?[\w][\w./@:+-]*"
_ENUM = lazyre.compile(r"(?i)" + _ENUM_ITEM + r"(?:\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&|und|et|y|e|en|och|i|и|ou|oder|o|と)\s+)"
                       r"(?:the\s+)?" + _ENUM_ITEM + r")+")  # fmt: skip


#: Positions a narrowing picks by ("just the first one", "nur den letzten", "solo el primero", "the first two").
_ORDINALS: tuple[tuple[int, str], ...] = (
    (0, r"first|1st|erste[nrs]?|premi[eè]re?|primer[oa]?|prim[oa]|pierwsz\w*|перв\w*|ilk|eerste|f[öo]rsta|primeir[oa]"),
    (1, r"second|2nd|zweite[nrs]?|deuxi[eè]me|segund[oa]|second[oa]|drug\w*|втор\w*|ikinci|tweede|andra"),
    (2, r"third|3rd|dritte[nrs]?|troisi[eè]me|tercer[oa]?|terz[oa]|trzeci\w*|трет\w*|[üu][çc][üu]nc[üu]|derde|tredje"),
    (-1, r"last|latest|newest|letzte[nrs]?|derni[eè]re?|[úu]ltim[oa]|ostatni\w*|последн\w*|sonuncu|laatste|sista"),
)  # fmt: skip
_ORDINAL_RE = [(i, lazyre.compile(r"(?i)(?<![\w-])(?:" + p + r")(?![\w-])")) for i, p in _ORDINALS]
_FIRST_N = lazyre.compile(r"(?i)\b(?:first|erste[nrs]?|premiers?|primer[oa]s|prim[ei])\s+(two|three|2|3|zwei|drei|deux|trois|dos|tres|due|tre)\b")
_NUMBER = {"two": 2, "2": 2, "zwei": 2, "deux": 2, "dos": 2, "due": 2, "three": 3, "3": 3, "drei": 3, "trois": 3, "tres": 3,
           "tre": 3}  # fmt: skip


def narrowed_to(request: str, narrowing: str, named: frozenset[str]) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """What a narrowing keeps of a request's list and what it leaves out: (picked by position, left-out identifiers,
    left-out nouns). "just the first one" picks by position in the list the request named ("snap-a, snap-b and
    snap-c": snap-a); "only tmp_a" picks by name (picked is then empty: the narrowing's own names stand)."""
    items = next((x for x in _lists(request) if len(x) >= 2), [])
    at: list[int] = []
    m = _FIRST_N.search(narrowing)
    if items and m is not None:
        at = list(range(_NUMBER.get(m.group(1).lower(), 0)))
    elif items:
        at = [i for i, r in _ORDINAL_RE if r.search(narrowing)][:1]
    if at:
        picked = frozenset(items[i] for i in at if -len(items) <= i < len(items))
        rest = [x for x in items if x not in picked]
        return picked, frozenset(x for x in rest if is_item(x)), frozenset(x for x in rest if not is_item(x))
    ls, lw = siblings(request, named)
    if not ls and not lw:
        ls = _named_siblings(request, named)
    return frozenset(), ls, lw


def _named_siblings(request: str, picked: frozenset[str]) -> frozenset[str]:
    """The request's identifiers (paths, names with a dot, a dash, a digit) that a narrowing did not pick, when it
    picks exactly one of them by its name or a word of it and the list has a shape `_lists` does not read: each member
    after its own kind noun or with a leading dot ("supprime le dossier .cache et le fichier config.old.json" … "en
    fait seulement le fichier config": .cache is left out)."""
    from automode.judge.intent.words import idents

    names = sorted(idents(request)[0])
    low_picked = {p.lower() for p in picked}
    hit = [x for x in names if x in low_picked or low_picked & set(_ITEM_WORDS.split(x.lower()))]
    if len(names) < 2 or len(hit) != 1:
        return frozenset()
    return frozenset(x for x in names if x not in hit)


_ONLY_WORD = lazyre.compile(r"(?i)^\W*" + _LEAD + r"(?:only|just|s[óo]lo|nur|seulement|uniquement|apenas|s[óo]|alleen|enkel|bara|endast|kun|bare|tylko|jen|pouze|"
                            r"только|лише|sadece|yaln[ıi]zca|ch[ỉi]|hanya|cuma)(?=\s)")
_ONLY_AFTER = lazyre.compile(r"(?i)^\W*(.+?)\s+only\W*$")


def opens_narrowing(text: str) -> bool:
    """The message opens with an only-word in any language, after its leads ("trouwens, alleen wt-a")."""
    return _ONLY_WORD.match(text.strip()[:300]) is not None


def narrowing_text(text: str) -> str:
    """A narrowing read in English order ("nur den worker", "solo tmp_a", "session:1 だけ": "only …")."""
    from automode.judge.intent.gloss import gloss

    # (a lead before the only-word, in the message's own language, goes: "en fait seulement le fichier config",
    # "förresten, bara old-checkout" read as "only le fichier config", "only old-checkout")
    read = _ONLY_WORD.sub("only", gloss(_ONLY_WORD.sub("only", text, count=1)), count=1)
    m = _ONLY_AFTER.match(read) if read != text else None
    return f"only {m.group(1)}" if m is not None else read


_VERB_ONLY = lazyre.compile(r"(?i)^(\W*(?:(?:actually|wait|sorry|ok|okay|oh|no|hmm|but|and)\W+)*)([a-z][\w-]*)\s+(?:only|just)\s+")
_ONLY_VERB = lazyre.compile(r"(?i)^(\W*(?:(?:actually|wait|sorry|ok|okay|oh|no|hmm|but|and)\W+)*(?:only|just)\s+)([a-z][\w-]*)\s+")


def act_said_again(text: str, verbs: frozenset[str]) -> str:
    """A narrowing that says the act again ("oh, only drop tmp_a", "just delete the first one") without it, when the
    act is one of the request's `verbs`: what it picks is read as for "only tmp_a"; `text` itself otherwise."""
    from automode.judge.intent.words import VERB_CLASSES_OF

    m = _ONLY_VERB.match(text)
    if m is not None and VERB_CLASSES_OF.get(m.group(2).lower(), frozenset()) & verbs:
        return m.group(1) + text[m.end():]
    m = _VERB_ONLY.match(text)  # "actually drop only tmp_a"
    if m is not None and VERB_CLASSES_OF.get(m.group(2).lower(), frozenset()) & verbs:
        return f"{m.group(1)}only {text[m.end():]}"
    return text


def ordinal(text: str) -> bool:
    """The words pick by position ("the first one", "den letzten")."""
    return any(r.search(text) for _, r in _ORDINAL_RE)


def _lists(text: str) -> list[list[str]]:
    return [[x.lower() for x in re.findall(_ENUM_ITEM, m.group(0)) if x.lower() not in _AND and x.lower() not in _SKIP]
            for m in _ENUM.finditer(text)]


_ITEM_WORDS = lazyre.compile(r"[^a-z0-9]+")


def siblings(text: str, picked: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The members of a list in `text` ("tmp_a, tmp_b and tmp_c", "the api and worker deployments") that stand
    beside one of the `picked` names and were not picked: what a narrowing ("only tmp_a") leaves out."""
    strong: set[str] = set()
    weak: set[str] = set()
    low_picked = {p.lower() for p in picked}
    for items in _lists(text):
        # a member is picked by its name or by a word of it ("only the config file": config/app.yaml)
        by_word = {x for x in items if x not in low_picked and is_item(x) and low_picked & set(_ITEM_WORDS.split(x))}
        if len(items) < 2 or not (low_picked & set(items) or len(by_word) == 1):
            continue
        for x in items:
            if x in low_picked or x in by_word:
                continue
            if is_item(x):
                strong.add(x)
            elif _english_word(x):
                weak.add(x)
    return frozenset(strong), frozenset(weak)


# ------------------------------------------------------------------ records left out, for tool-call values
_ID = r"(?:#[\w-]+|@[\w.-]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[a-z]+-\d+|(?=[a-z]*\d)[a-z0-9_]{5,}|\d{2,})"
#: "don't close ORB-512", "never page @dana": the numbered records a negated act names are left out of every call.
_DONT_IDS = lazyre.compile(r"(?i)\b(?:don'?t|do\s+not|never|no)\s+(?!forget\b|miss\b)[a-z]+(?:\s+(?:on|in|to|the|out))*\s+(" + _ID +
                           r"(?:\s*(?:,|and|or|/|&)\s*" + _ID + r")*)")  # fmt: skip
_ID_RE = lazyre.compile(r"(?i)" + _ID)


@lru_cache(maxsize=1024)
def left_out(text: str) -> frozenset[str]:
    """The record ids (`ORB-512`, `#general`, `@dana`, `8813`) one message leaves out, lower case, in any word order
    and language: `exclusions`' identifiers and those a negated act names."""
    out = {x for _, strong, _ in exclusions(text) for x in strong}
    out |= {x.lower() for m in _DONT_IDS.finditer(text) for x in _ID_RE.findall(m.group(1))}
    return frozenset(out)
