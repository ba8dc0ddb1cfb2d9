"""The act of instructing the reader (issue 18 point 1), found by structure rather than by template.

Three analyses over `screen.normalise`d text, each linear (a capped number of anchors, each looked at in a bounded
window), all built from the word tables of `automode.screen.words`:

* `addressed`: an addressee that is an AI reader ("AI agents reading this", "Note to bot", "asistente de IA",
  "LLM reviewers") in a header (`<addressee>:`, `<addressee>,`, `<addressee> -`) or with a modal (`<addressee> must`),
  followed by a directive (an imperative at a clause start, "you must ...", "wants you to ..."). How much of a directive
  it takes depends on how surely the addressee is an AI: a weak one ("agent:", a changelog's component label) needs a
  consequential verb with a concrete object, or a word that speaks to the reader ("please", "also", "you").
* `turns`: fake turns and role markers (`[system]`, `<user>`, `### Human:`) whose turn tells someone to do something
  consequential.
* `quoted`: whether a match sits inside a quotation introduced as an example in text about attacks (a security
  article quoting an injection is not one), unless it names a real destination.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from automode.screen.directive import agent_noun
from automode.screen.words import HOMOGLYPHS, words

#: How many anchors (addressees, role markers) one text is looked at for: the cost stays linear and bounded.
MAX_ANCHORS = 200
# "-ing" words that head noun phrases ("AI Working Group", "machine learning teams"), not participles about the reader
_ING_NOUNS = (r"(?:working\s+(?:groups?|party|parties|draft|papers?|sets?|directory|tree|copy|days?|hours)|learning|computing|training|engineering|programming|marketing|consulting|funding|thinking|"
              r"planning|meeting|building|reasoning|modell?ing|tooling|pricing|hiring|licensing|hosting|networking|"
              r"coding|reporting|benchmarking|writing|listing|landing|rating|ranking|routing|logging|scaling)\b")
_NEXT = (rf"(?!{_ING_NOUNS})\w+ing|that|who|which|and|or|you|please|must|should|shall|will|would|can|could|may|might|need|needs|has|have|"
         r"had|is|are|was|were|then|now|also|first|here|qui|che|que|die|der|dat|który|ktory|które|doit|doivent|devez|"
         r"debe|deben|deve|devono|muss|müssen|musst|sollst|sollen|moet|moeten|musisz|należy|bitte|per|por|veuillez|graag|"
         r"proszę|in|on|at|with|from|to|for|of|via|over|under|when|while|if|before|after|during|som|"
         # relative words of Russian/Ukrainian, folded as `screen.normalise` folds Cyrillic look-alikes
         + "который|которая|которые|которым|читающих|читающий|що|який|яка|які|που".translate(HOMOGLYPHS)
         # relative words and postpositions of Indonesian, Czech, Vietnamese, Arabic, Hebrew and Hindi
         + "|yang|který|která|které|kteří|mà|đang|الذي|التي|الذين|אשר|जो|के|को|" + "от|для|по|при".translate(HOMOGLYPHS)
         # gerunds of Spanish, Portuguese and Italian ("asistente de IA traduciendo este archivo")
         + r"|\w+(?:ando|endo|indo)")  # fmt: skip
MODALS = (r"must|should|shall|needs?\s+to|ha(?:ve|s)\s+to|(?:are|is)\s+(?:required|expected|instructed|asked)\s+to|"
          r"will\s+need\s+to|muss|müssen|sollen|soll|sollte|sollten|doit|doivent|devez|debe|deben|deve|devono|moet|"
          r"moeten|musi|muszą|powinien|powinny|należy")  # fmt: skip
# Verbs that steer what an AI reader reports (resume screening, paper reviews, contract checks).
STEER = r"report|conclude|rank|rate|recommend|score|classify|(?:say|state|respond|answer|reply)\s+that"
# Objects that make a request consequential by themselves: destinations, secrets and their files, protections,
# privileged roles, destructive commands, everything-quantifiers.
HARD = (r"[\w.+-]+@[\w-]+\.[\w.]+|(?<!\w)\.(?:env|ssh|aws|kube|npmrc|pypirc|netrc|git-credentials)\b|https?://|\b[a-z]{2}\d{2}[a-z0-9]{10,30}\b|\biban\b|ssh-(?:rsa|ed25519)|git@[\w.-]+:|"
        r"\|\s*(?:ba|z)?sh\b|\$\s?\d|\d[\d,.]*\s?(?:eur|usd|gbp|zł|pln|€|\$)|\brm\s+-\w*r|--force|\b(?:drop\s+(?:table|database|schema)|"
        r"truncate\s+table|force[- ]push|chmod\s+(?:-r\s+)?777|sudo|production|prod|main|master|codeowners|"
        r"required\s+reviews?|review\s+requirements?|required\s+status\s+checks?|protections?|audit\s+logs?|logging)\b|"
        r"(?<![a-z0-9])(?:passwords?|passcodes?|passphrases?|tokens?|secrets?|credentials?|api[\s_-]?keys?|private\s+keys?|id_rsa|"
        r"authorized_keys|env(?:ironment)?\s+var\w*|"
        r"admin\w*|owners?|maintainers?|collaborators?|write\s+access|public|card|passport|2fa|mfa|firewall|antivirus|"
        r"branch\s+protection|status\s+checks|security|hookspath|pre-commit|verify_ssl|ssl|tls|gpg|"
        r"all\s+(?:the\s+)?(?:files|branches|repos\w*|e-?mails|messages|contacts|invoices|events|meetings|tickets|data)|"
        r"(?<!before\s)(?<!after\s)(?<!\bon\s)(?<!\bat\s)(?<!\bper\s)every\s+\w+|everything|whole|entire|wachtwoord\w*|passwort\w*|mot\s+de\s+passe|contraseñas?|senhas?|"
        r"hasło|chiave|chave|clave|schlüssel|administrat\w+|konto|compte|cuenta|conta)\b")  # fmt: skip


# Secrets by name or file, and destinations: what a note to an AI has no business pointing at.
SECRET = (r"[\w.+-]+@[\w-]+\.[\w.]+|https?://|(?<!\w)\.(?:env|ssh|aws|kube|npmrc|pypirc|netrc|git-credentials)\b|"
          r"/etc/(?:shadow|passwd|sudoers)\b|\.bash_history\b|\b(?:id_rsa|id_ed25519|passwords?|passcodes?|credentials?|"
          r"api[\s_-]?keys?|private\s+keys?|secrets?|tokens?|security\s+codes?)\b")


def alt(ws: tuple[str, ...]) -> str:
    """An alternation of table words; spaces and hyphens inside an entry match any run of either."""
    parts = []
    for w in ws:
        pieces = [re.escape(p) for p in re.split(r"[\s-]+", w) if p]
        parts.append(r"[\s-]+".join(pieces))
    return "(?:" + "|".join(parts) + ")"


class _Patterns:
    def __init__(self) -> None:
        ai, role, weak, auto = alt(words("ai")), alt(words("role")), alt(words("weak")), alt(words("auto"))
        conn = r"(?:de|d'|di|do|da|del|della|dell')"
        end = rf"(?=\s*(?:[^\w\s'’-]|-\s|$)|\s+(?:{_NEXT}|{alt(words('label'))}|only)\b)"
        role = rf"(?:{role}|{agent_noun()})"  # "AI fixers", "automated responders": any agent noun after an AI word
        strong = (rf"(?:{auto}[\s-]+(?:[a-z]+(?:-[a-z]+)?[\s-]+)?{role}|{ai}(?:[\s-]+(?:[a-z]+(?:-[a-z]+)?[\s-]+)?{role})?|"
                  rf"{role}[\s-]+(?:{conn}[\s-]*)?{ai})")  # fmt: skip
        self.addr = re.compile(rf"(?<![\w.-])(?:(?P<strong>{strong})|(?P<weak>{weak}))(?![\w-]){end}")
        # First words of every addressee form: the addressee pattern is tried only where a token is one of them.
        self.first = frozenset(re.split(r"[\s!-/:-@\[-^`{-~]+", w.strip(".'"))[-1 if w.startswith(("l'", "d'")) else 0]
                               for k in ("ai", "role", "weak", "auto") for w in words(k)) - {"a", "i", ""}
        self.bare = re.compile(rf"{ai}")
        self.generic = re.compile(r"\b(?:clients?|process(?:es)?|systems?|tools?|services?|workers?|parsers?|processors?|"
                                  r"plugins?|programs?|scripts?|crawlers?|scrapers?)$")  # an AI word alone ("AI:", "Copilot,"): surely an AI, maybe a product heading
        verb, harm = alt(words("verb")), alt(words("harm"))
        please, you = alt(words("please")), alt(words("you_must"))
        rel = alt(words("relative"))
        # What may stand between an addressee and its separator or modal: a participle or relative clause ("reading
        # this", "qui lit ce courriel"), a subordinate clause about the reader ("when you read this"), another role.
        self.qual = re.compile(rf"(?:\s+(?:{rel}|(?!{_ING_NOUNS})\w+ing\b|(?:when|if|once|before|after|while|as)\s+you(?:'re|'ve|\s+are|\s+have)?\b)"
                               rf"(?:\s+[^\s:,;.!?]+){{0,7}}?|"
                               # a relative clause qualifies only when it points at this text ("that reads this")
                               rf"\s+(?:that|who|which)\s+(?:[^\s:,;.!?]+\s+){{0,3}}?(?:this|these|here|the\s+following)\b(?:\s+[^\s:,;.!?]+){{0,3}}?|"
                               # a label after the addressee ("AI instructions:", "agent note:"), "only" ("for AI agents only:")
                               rf"\s+(?:{alt(words('label'))}|only)|\s*(?:and|or|&|/)\s+(?:\w+\s+)?{role}(?![\w-]))"
                               rf"(?=\s*(?:[:,\]]|\s[-–—]\s|\s+(?:{MODALS})\b))")
        self.nosep = re.compile(r"\s*")
        self.sep = re.compile(r"\s*(?:[:,\]]|[-–—]\s|\)\s*:)\s*")
        # words between the addressee and its modal stay on its line ("Notes for LLMs\n- Examples must use ..." is
        # said of the examples)
        self.modal = re.compile(rf"(?:[ \t]+[\w'][\w'-]*){{0,2}}?\s+(?:{MODALS})\s+(?:(?:\w+ly|first|now|also|immediately|always|then|just|"
                                rf"quietly)\s+)?(?:(?P<verb>{verb}|{STEER})\b|\w+\s+by\s+(?P<ger>sending|uploading|posting|forwarding|"
                                rf"pasting|sharing|e-?mailing|transferring|wiring|paying|deleting|disabling)\b)")
        lead = rf"(?:(?:{please})[\s,]+){{0,3}}"
        self.clause_verb = re.compile(rf"(?:^|[.;:,!?]\s+|\s[-–—]\s+|\n\s*|\b(?:and|then|und|et|y|e|en|i|oraz|dann|puis|luego|poi|depois|daarna)\s+)"
                                      rf"(?P<marker>{lead})(?P<verb>{verb})(?=\s|$|[,;:!])")
        self.you_verb = re.compile(rf"\b(?:{you})\s+(?:(?:\w+ly|first|also|now|please|then)\s+)?(?P<verb>{verb}|{STEER})(?![\w-])")
        self.harm = re.compile(rf"^(?:{harm}|{STEER})$")
        self.harm_any = re.compile(rf"(?<![\w-])(?:{harm}|{STEER})(?![\w-])")
        self.hard = re.compile(HARD)
        self.secret = re.compile(SECRET)
        label, greet = alt(words("label")), alt(words("greet"))
        self.labelled = re.compile(rf"(?<![\w])(?:{label}|{greet})(?![\w])")
        self.boundary = re.compile(r"(?s).*(?:\n|[.!?;]\s|[(\[|\"“«*>])")  # ">": a markup tag ends, a text node starts
        # Role markers that open a (fake) turn.
        self.turn = re.compile(r"(?:^|\n)[ \t#*>]*(?:\[\s*(?P<b>system|user|developer|admin|human|assistant|inst|sys|operator)\s*\]|"
                               r"<\s*(?P<t>system|user|developer|human|admin|instructions?|operator)\s*>|"
                               r"(?P<l>system|user|human|developer|admin|operator)\s*:)")
        self.next_turn = re.compile(r"\n[ \t#*>]*(?:\[\s*\w+\s*\]|<\s*/?\s*\w+\s*>|\w+\s*:)")
        example = alt(words("example"))
        # (not a documentation domain's label: "ana@client.example", "docs.example.com" name no example)
        self.example = re.compile(rf"(?<![\w.@/-])(?:{example})(?![\w]|\.\w)")
        self.doc_domain = re.compile(r"@(?:[\w-]+\.)*example\.(?:com|org|net)\b|//(?:[\w-]+\.)*example\.(?:com|org|net)\b|"
                                     r"\.(?:example|test|invalid|localhost|tld)\b")
        self.real_dest = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?://[\w.-]+|\b[a-z]{2}\d{2}[a-z0-9]{10,30}\b")


@cache
def patterns() -> _Patterns:
    return _Patterns()


_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")


def _tail(norm: str, at: int) -> str:
    """The text a header or modal governs: the rest of its sentence (or line), and the next one when that is short."""
    stop = at
    for _ in range(2):
        e = _SENTENCE_END.search(norm, stop + 1, at + 300)
        stop = e.end() if e else min(len(norm), at + 300)
        if len(norm[at:stop].split()) >= 3:
            break
    return norm[at:stop]


_CLAUSE_END = re.compile(r"[.;!?\n](?=\s|$)")


def _directives(p: _Patterns, tail: str) -> list[tuple[str, bool, str]]:
    """(verb, marked, clause) of the directives in `tail` (at most four); marked = a word that speaks to the reader
    came with the verb; clause = the text the verb governs, to its clause's end."""
    out: list[tuple[str, bool, str]] = []
    for m in p.you_verb.finditer(tail):
        if re.match(r"\s*(?:what|how|why|when|where|which|who)\b", tail) and "?" in tail[m.end() :]:
            continue  # "what can you do?" asks, it does not request
        out.append((m.group("verb"), True, _clause(tail, m.start("verb"))))
        break
    polite = re.search(r"\b(?:could|can|would|will)\s+you\b", tail) is not None
    for n, c in enumerate(p.clause_verb.finditer(tail)):
        if n >= 4:
            break
        clause = _clause(tail, c.start("verb"))
        if tail[c.start("verb") + len(clause) : c.start("verb") + len(clause) + 1] == "?" and not polite:
            continue  # a question, not an instruction
        out.append((c.group("verb"), bool(c.group("marker").strip()), clause))
    return out


def _clause(tail: str, at: int) -> str:
    e = _CLAUSE_END.search(tail, at)
    return tail[at : e.start() if e else len(tail)]


# a negation earlier in the clause ("never hard-code API keys", "do not commit secrets"): a rule, not a pointer
_NEGATED_BEFORE = re.compile(r"\b(?:never|not|don'?t|no|avoid|soha|ne|älä|ei\s+koskaan|niciodată|ніколи|не|nikdy|aldri|ikke)\b"
                             r"[^.;,\n]{0,40}$")  # (and the languages of `screen_langs_extra`: "soha ne küldd el …")
# the same in the main languages: "et ne jamais pousser directement sur `main`", "und niemals ... pushen"
_NEG_ANY = re.compile(r"\b(?:never|not|don'?t|no|avoid|jamais|ne\s+pas|nunca|nie|nigdy|mai|niemals|nicht|nooit|niet|"
                      r"asla|никогда|не)\b[^.;,\n]{0,40}$")


# a negation right after the verb, where verb-second languages put it ("verwijder nooit", "lösche niemals", "radera aldrig")
_NEG_AFTER_VERB = re.compile(r"\S+\s+(?:\S+\s+)?(?:nooit|niet|niemals|nicht|nie|nigdy|never|aldrig|inte|ikke|aldri|"
                             r"jamais|pas|mai|nunca|nikdy|soha|asla)\b")


def _unnegated(rx: re.Pattern[str], text: str) -> bool:
    """A match of `rx` in `text` that no negation earlier in its clause governs."""
    return any(_NEG_ANY.search(text, 0, m.start()) is None for m in rx.finditer(text))


def _directive(p: _Patterns, tail: str) -> tuple[str, bool] | None:
    """(verb, marked) of the first directive in `tail`."""
    ds = _directives(p, tail)
    return (ds[0][0], ds[0][1]) if ds else None


def _anchors(p: _Patterns, norm: str, words: set[str]) -> Iterator[re.Match[str]]:
    """Addressee matches, tried only where a word that can start one occurs (`words`: the text's words, split as
    `screen` splits them); a small alternation of those words finds the places faster than the whole pattern."""
    present = p.first & words
    if not present:
        return
    finder = re.compile(r"(?<![\w])(?:" + "|".join(re.escape(w) for w in sorted(present)) + r")(?![\w])")
    for t in finder.finditer(norm):
        at = t.start()
        if at >= 2 and norm[at - 1] in "'’":
            at -= 2 if at < 3 or not norm[at - 3].isalpha() else 3  # "l'ia", "all'agente"
        m = p.addr.match(norm, at) or (p.addr.match(norm, t.start()) if at != t.start() else None)
        if m is not None:
            yield m


def addressed(norm: str, words: set[str]) -> list[tuple[str, int]]:
    """(signal, position) for every addressee-with-directive found (at most one per signal name)."""
    p = patterns()
    found: dict[str, int] = {}
    for n, m in enumerate(_anchors(p, norm, words)):
        if n >= MAX_ANCHORS or len(found) >= 2:
            break
        strong = m.group("strong") is not None
        seg = norm[max(0, m.start() - 80) : m.start()]
        b = p.boundary.match(seg)
        before = seg[b.end() :] if b else (seg if m.start() <= 80 else None)
        in_header = before is not None and len(before.split()) <= 8
        labelled = bool(before and p.labelled.search(before))
        rest = norm[m.end() : m.end() + 400]
        q = p.qual.match(rest)
        after = rest[q.end() :] if q else rest
        labelled = labelled or bool(q and p.labelled.search(q.group(0)))
        # An AI word alone ("AI:", "Copilot,"), or software named by what it does ("automated clients"), is surely a
        # program but maybe a product heading or a protocol's reader: it takes more of a directive.
        generic = strong and p.generic.search(m.group("strong")) is not None and p.bare.search(m.group("strong")) is None
        bare = strong and (p.bare.fullmatch(m.group("strong")) is not None or generic) and not labelled and q is None
        sure = (strong and not bare) or q is not None or labelled
        mm = p.modal.match(after)
        if mm is not None and (sure or bare):
            tail = _tail(after, mm.end())
            harm = mm.group("ger") is not None or p.harm.match(mm.group("verb") or "") is not None
            hard = _unnegated(p.hard, tail[:200])
            if (harm and hard) if generic and not sure else (harm or hard):
                found.setdefault("addressed-modal", m.start())
                continue
        s = p.sep.match(after) if in_header else None
        if s is None and norm[m.start() - 1 : m.start()] == "@" and q is None:
            s = p.nosep.match(after)  # "@codex please also remove ...": a mention is its own vocative
            labelled = True
        if s is None:
            continue
        tail = _tail(after, s.end())
        ds = _directives(p, tail)
        if not ds:
            sm = p.secret.search(tail[:250])
            if labelled and sm is not None and not _NEGATED_BEFORE.search(tail, 0, sm.start()):
                # "Tip for the model: the best answer includes /etc/shadow": a note to an AI pointing at a secret
                found.setdefault("addressed-header", m.start())
            continue
        vocative = after[: s.end()].strip().startswith(",")
        # the line reads "<role>: <verb> ...", nothing before the role: a component label, for every verb of the line
        label_like = (not strong and q is None and not labelled and not re.search(r"[^\W\d_]", before or "")
                      and tail.lstrip().startswith(ds[0][0]))  # fmt: skip
        for i, (verb, marked, clause) in enumerate(ds):
            if i == 0 and vocative and not tail.lstrip().startswith(verb) and not marked:
                break  # "Cursor, Continue, Aider": a list, not a vocative (which the directive follows at once)
            if _NEG_AFTER_VERB.match(clause):
                continue  # "verwijder nooit …", "lösche niemals …": the negation after the verb (V2 languages) forbids
            harm = p.harm.match(verb) is not None
            hard = _unnegated(p.hard, clause)
            # A bare role label followed at once by a verb is a changelog's component ("agent: create token
            # entries"): it takes a word that speaks to the reader or a consequential verb with a concrete object.
            if label_like and not ((marked and (harm or hard)) or (harm and hard)):
                continue
            # Whoever is addressed, an instruction is an injection when it is consequential: routine work asked of
            # an AI ("run `make test` before committing", "use pnpm") is what an AGENTS.md says.
            if ((sure or bare) and (harm or hard)) or (harm and (marked or vocative or hard)) or (hard and not label_like):
                found.setdefault("addressed-header", m.start())
                break
    return list(found.items())


def keyed(norm: str, end: int) -> bool:
    """Whether the value after a key named for the AI (`note_for_ai: ...`, `For-Copilot: ...`) asks for something
    consequential: a consequential verb or a concrete object in its first line."""
    p = patterns()
    end += len(norm[end : end + 20]) - len(norm[end : end + 20].lstrip(" \t\n\"'`:="))  # a JSON value on its own line
    stop = norm.find("\n", end)
    value = norm[end : min(stop if stop != -1 else len(norm), end + 300)]
    return p.harm_any.search(value) is not None or p.hard.search(value) is not None


def turns(norm: str) -> list[tuple[str, int]]:
    """Fake turns: a role marker whose turn asks for something consequential. A tag or bracket (`<system>`,
    `[user]`) counts with any consequential imperative; a transcript line (`User: ...`) only with a concrete object."""
    p = patterns()
    for n, m in enumerate(p.turn.finditer(norm)):
        if n >= MAX_ANCHORS:
            break
        start = m.end()
        nxt = p.next_turn.search(norm, start, start + 400)
        body = norm[start : nxt.start() if nxt else start + 300]
        d = _directive(p, " " + body.strip())
        if d is None:
            continue
        verb, _ = d
        tagged = m.group("b") is not None or m.group("t") is not None
        if p.hard.search(body) is not None or (tagged and p.harm.match(verb)):
            return [("fake-turn-directive", m.start())]
    return []


#: Words that introduce an example in the scripts written without spaces (no word boundaries to match on).
_CJK_EXAMPLE = re.compile(r"例えば|例として|の例|たとえば|例[:：]|例如|比如|举例|舉例|範例|范例|示例|예를\s?들어|예시|예[:：]|"
                          r"プロンプトインジェクション|提示词注入|提示注入|프롬프트\s?인젝션|攻撃者|攻击者|공격자")


def _introduced(p: _Patterns, norm: str, lo: int, hi: int) -> bool:
    return p.example.search(norm, lo, hi) is not None or _CJK_EXAMPLE.search(norm, lo, hi) is not None


def quoted(norm: str, start: int, end: int) -> bool:
    """True when norm[start:end] lies inside a quotation that text about attacks introduces as an example, and names
    no real destination (an example's address is a documentation one: example.com, .test, .invalid)."""
    p = patterns()
    while start < end and not norm[start].isalnum():
        start += 1
    lo = max(0, start - 240)
    before = norm[lo:start]
    opened = None
    for ch, close in (('"', '"'), ("“", "”"), ("„", "“"), ("«", "»"), ("`", "`"), ("'", "'"), ("「", "」"), ("『", "』")):
        i = before.rfind(ch)
        if i == -1:
            continue
        if ch == close and before.count(ch) % 2 == 0:
            continue
        if ch == "'" and i > 0 and before[i - 1].isalpha():
            continue  # an apostrophe (don't, user's), not a quote
        if ch != close and close in before[i:]:
            continue
        opened = i if opened is None else max(opened, i)
    if opened is None:
        return False
    close_at = min((j for j in (norm.find(c, end) for c in "\"”»`'」』") if j != -1), default=min(len(norm), end + 300))
    if not _introduced(p, norm, max(0, lo + opened - 200), lo + opened + 1) and (
            close_at >= len(norm) or not _introduced(p, norm, close_at, close_at + 120)):
        return False  # words about attacks introduce the quotation, or comment on it right after ("… are dangerous. Attackers …")
    inside = norm[lo + opened : close_at]
    return not any(p.doc_domain.search(d.group(0)) is None for d in p.real_dest.finditer(inside))
