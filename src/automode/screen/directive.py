"""How a directive to the reader is built and where it sits, beyond the imperative (issue 18 point 1): tables and
small functions for `screen_window`.

An injected instruction is text addressed to the AI reading it that asks for an act outside the text's own purpose,
wherever it sits. `screen_window` finds the address and the act; this module supplies what it needs to read them in
any container and in more constructions:

* `COMMENT_SYNTAX`: the line-comment and block-comment leaders of programming, configuration and markup languages
  (C family, Python/shell/Makefile/INI, SQL/Haskell/Lua, Lisp/INI, LaTeX/Erlang, VB, ABAP, PO files, batch, Fortran
  ...). `LEADER` strips them, so a comment block reads as the prose it is.
* `CONTAINERS`: where a note sits inside a text whose purpose is something else (a comment, a data value, a log line,
  a bracketed aside, a footnote, a hidden markup comment). An address inside one is *embedded*: `embedded` tells.
* `PRESCRIBE`: recommendation constructions per language ("the fix is to ...", "la solución es ...") whose
  complement is asked of the reader as surely as an imperative.
* Passive directives ("must be pushed", "are to be posted"): the act is asked with its object as the subject;
  `PARTICIPLES` maps English irregular participles to their verbs.
* `romance_forms`: the imperative and subjunctive forms of Italian, Spanish and Portuguese verbs generated from the
  infinitives of the act tables (by conjugation class), so a table lists a verb once per language.
* `CJK_AUTO` x `CJK_ROLES`: an automating word before a role word addresses an AI reader in Chinese, Japanese and
  Korean ("自动化代理", "自動化エージェント").
"""

from __future__ import annotations

import re
from functools import cache

#: English -s/-ed/-ing endings, doubled consonants ("running"), for the act verbs of `screen_window`.
INFLECT = r"(?:s|es|ed|d|ing|[bdgmnprt](?:ed|ing))?"  # English -s/-ed/-ing, doubled consonants ("running")
UNINFLECT = re.compile(r"(?:([bdgmnprt])\1(?:ed|ing)|s|es|ed|d|ing)$")


def base_form(verb: str, known: dict[str, set[str]]) -> str:
    """The table form of an inflected English verb ("running" -> "run", "forwards" -> "forward")."""
    if verb in known:
        return verb
    for cand in (UNINFLECT.sub(r"\1", verb), re.sub(r"(?:s|es|ed|d|ing)$", "", verb)):
        if cand in known:
            return cand
        if cand + "e" in known:
            return cand + "e"
    return verb


_CONTINUES = re.compile(r"(?:\b(?:and|or|the|a|an|to|of|for|with|by|in|on|at|from|your|this|that|must|should|will|please|"
                        r"und|et|y|e|en|i|de|la|le|der|die|das|het|il|el|o|a)|[,(\-])\s*$")


def end_heading(m: re.Match[str]) -> str:
    """A short line that does not continue into the next ("## Notes for LLM agents") ends its sentence."""
    line = m.group(1)
    if line.lstrip().startswith("#") and len(line.split()) <= 12 and not _CONTINUES.search(line):
        return m.group(0) + "."  # a Markdown heading
    if len(line.split()) > 7 or _CONTINUES.search(line):
        return m.group(0)
    return m.group(0) + "."


def by_first(words: list[str], parts: list[str]) -> str:
    """The alternation of `parts` (the pattern of each word, in order) grouped by the word's first character: the
    engine then tries only the verbs that start with the character it sees, not every verb of every language."""
    groups: dict[str, list[str]] = {}
    for w, part in zip(words, parts, strict=True):
        if w[:1].isalnum() and part.startswith("(?:" + w[0]):
            groups.setdefault(w[0], []).append("(?:" + part[4:])
        else:
            groups.setdefault("", []).append(part)
    return "|".join((re.escape(c) + "(?:" + "|".join(ps) + ")") if c else "|".join(ps) for c, ps in groups.items())


def token_at(norm: str, at: int) -> str:
    """The hyphenated token around `at` ("ops.note/for-ai-agents" -> "for-ai-agents")."""
    lo = at
    while lo > 0 and (norm[lo - 1].isalnum() or norm[lo - 1] in "-_"):
        lo -= 1
    hi = at
    while hi < len(norm) and hi - at < 60 and (norm[hi].isalnum() or norm[hi] in "-_"):
        hi += 1
    return norm[lo:hi]


def quoted_in(window: str, start: int) -> bool:
    """Inside a quotation or a code span (what a text about attacks quotes)."""
    before = window[max(0, start - 2000) : start]
    line = before[before.rfind("\n") + 1 :]
    return (before.count('"') % 2 == 1 or before.rfind("“") > before.rfind("”") or before.rfind("„") > before.rfind("“")
            or line.count("`") % 2 == 1)


#: Comment leaders, by the languages that use them (longest first where one extends another).
COMMENT_SYNTAX: dict[str, tuple[str, ...]] = {
    "c-family": ("///", "//!", "//", "/**", "/*!", "/*", "*/", "*"),  # C, C++, Java, Kotlin/KDoc, Scala, Go, Rust, JS, Apex, PHP, protobuf
    "hash": ("#'", "#:", "#.", "#,", "#|", "##", "#"),  # Python, shell, Makefile, YAML, TOML, INI, R/roxygen, PO files, GDScript, Nix
    "dash": ("-- |", "--|", "-- ^", "---", "--", "{-|", "{-", "-}"),  # SQL, Haskell/Haddock, Lua, Ada, Elm
    "semicolon": (";;;", ";;", ";"),  # Lisp, INI, assembly
    "percent": ("%%", "%"),  # LaTeX, Erlang, MATLAB, PostScript
    "basic": ("'", "rem ", "::"),  # VB, batch
    "abap": ('"', "*"),  # ABAP (a `*` in the first column, `"` anywhere)
    "ml": ("(*", "*)"),  # OCaml, Pascal, Mathematica
    "markup": ("<!--", "-->"),  # HTML, XML, Markdown
    "m4": ("dnl ",),
    "fortran": ("!",),
}
_LEADERS = sorted({w for ws in COMMENT_SYNTAX.values() for w in ws}, key=lambda w: (-len(w), w))
# A quote or an apostrophe leads a comment only before a space (`" comment`, `' comment`), never a quoted value.
_LEADER_ALT = "|".join(re.escape(w) + (r"(?=\s)" if w in ('"', "'", "!", "*)", "-}") else "") for w in _LEADERS)
#: The run of comment leaders (and the quote markers `>`, `|`) at the start of a line.
LEADER = rf"\n[ \t]*(?:(?:{_LEADER_ALT}|>+|\|)[ \t]*)*"

# What opens a container on the address's own line: a comment leader, a `key:`/`key =` with a value, a log line's
# time stamp or level, an open bracket or footnote, a table cell.
_LOG = r"(?:\d{4}-\d\d-\d\d[t ][\d:.,]+z?|\d\d:\d\d:\d\d(?:[.,]\d+)?|\[?(?:info|warn(?:ing)?|error|debug|notice|trace|fatal)\]?)"
_OPEN = re.compile(rf"^[ \t]*(?:{_LEADER_ALT})|^[ \t>*_]*(?:p\.?\s?p?\.?\s?s|p\.?\s?d|n\.?\s?b|ps|pd|nb)\b\.?|(?:^|\s){_LOG}\s|[\w\"'\].-]\s*[:=]\s*[\"'`]?[^\"'`\n]{{0,40}}$|\[\^\w+\]:")


def embedded(norm: str, at: int) -> bool:
    """Whether the address at `at` sits inside a container of a text with another purpose: a comment, a data value, a
    log line, a bracketed aside or footnote, a markup comment still open, or after other content on its line."""
    lo = norm.rfind("\n", 0, at) + 1
    line = norm[lo:at]
    m = _OPEN.search(line)
    if m is not None and line.lstrip().startswith("#") and m.start() == 0:
        # "#" leads a comment and a Markdown heading alike: a comment is one of a block, or a note on its own line
        hi = norm.find("\n", at)
        nxt = norm[hi + 1 : norm.find("\n", hi + 1) if norm.find("\n", hi + 1) != -1 else len(norm)] if hi != -1 else ""
        prev = norm[norm.rfind("\n", 0, max(0, lo - 1)) + 1 : max(0, lo - 1)]
        own = norm[lo : hi if hi != -1 else len(norm)]
        return nxt.lstrip().startswith("#") or prev.lstrip().startswith("#") or len(own.split()) >= 8
    if m is not None or line.count('"') % 2 == 1 or line.rfind("[") > line.rfind("]") or line.rfind("(") > line.rfind(")"):
        return True  # ... or inside a string value or an open bracket
    before = norm[max(0, at - 3000) : at]
    if before.rfind("<!--") > before.rfind("-->"):
        return True
    # a labelled note ("Note to AI agents: ...") put after other content, not under a heading of its own
    return (re.match(r"[^\n.!?]{0,60}?[:,]\s", norm[at : at + 80]) is not None
            and len(line.split()) <= 4 and re.search(r"[.!?:;]", line) is None
            and any(len(prev.split()) >= 2 and not prev.lstrip().startswith(("#", "=", "-", "*", "|"))
                    for prev in norm[max(0, lo - 1500) : lo].split("\n")))


#: Nouns of a recommendation whose complement the reader is to carry out ("the fastest mitigation is `...`").
PRESCRIBE: dict[str, tuple[str, ...]] = {
    "en": ("fix", "solution", "mitigation", "workaround", "remedy", "remediation", "resolution", "way", "step", "action",
           "approach", "procedure", "answer", "response", "path", "option", "thing to do", "move", "course"),
    "de": ("lösung", "abhilfe", "behebung", "maßnahme", "schritt", "weg"),
    "fr": ("solution", "correctif", "contournement", "démarche", "étape", "procédure", "façon"),
    "es": ("solución", "solucion", "arreglo", "mitigación", "paso", "forma", "manera", "acción"),
    "it": ("soluzione", "correzione", "rimedio", "passo", "modo", "azione"),
    "pt": ("solução", "solucao", "correção", "passo", "forma", "maneira", "ação"),
    "nl": ("oplossing", "fix", "stap", "manier"),
    "pl": ("rozwiązanie", "poprawka", "krok", "sposób"),
    "sv": ("lösning", "lösningen", "åtgärd", "åtgärden", "steg"),
}
_COPULA = (r"(?:is|are|was|would\s+be|will\s+be|ist|wäre|est|sera|serait|es|sería|será|è|sarebbe|é|seria|será|is|jest|"
           r"är|blir)")
_TO = r"(?:to|zu|de|d'|a|di|om\s+te|om\s+att|att)"


@cache
def prescribe_head() -> re.Pattern[str]:
    """A clause head that ends in a recommendation's copula: "the intended fix is to", "la solución correcta es"."""
    nouns = "|".join(sorted({re.escape(w) for ws in PRESCRIBE.values() for w in ws}, key=len, reverse=True))
    return re.compile(rf"(?:^|\b)(?:[\w'-]+\s+){{0,4}}?(?:{nouns})(?:\s+[\w'-]+){{0,4}}?\s+{_COPULA}(?:\s+(?:simply|just|always|"
                      rf"now|here|therefore|einfach|simplement|simplemente|semplicemente|simplesmente))?(?:\s+{_TO})?\s*[:`\"'“]?\s*$")


#: English irregular participles of act verbs, for passive directives ("the key must be sent to ...").
PARTICIPLES: dict[str, str] = {
    "sent": "send", "paid": "pay", "given": "give", "made": "make", "written": "write", "shown": "show", "run": "run",
    "set": "set", "put": "put", "done": "do", "taken": "take", "built": "build", "kept": "keep", "told": "tell",
    "shut": "shut", "brought": "bring", "forgotten": "forget", "thrown": "throw", "overwritten": "overwrite",
    "rewritten": "rewrite", "shared": "share", "wiped": "wipe", "force-pushed": "force-push", "uploaded": "upload",
}  # fmt: skip
# after a modal: "be" (and what may stand between), then the participle; "by <someone>" after it names who acts
PASSIVE_HEAD = re.compile(r"(?:^|\s)(?:be|been|get|werden|être|ser|essere|zijn|worden|być|bli)\s+(?:(?:\w+ly|now|also|first|"
                          r"immediately|always|directly|then|all|too)\s+){0,2}$")
PASSIVE_AGENT = re.compile(r"\s+by\s+(?!(?:running|using|adding|setting|calling|sending|posting|pushing|executing|"
                           r"\w+ing)\b)")


def romance_forms(verb: str, lang: str) -> tuple[str, ...]:
    """Imperative and subjunctive forms (tu, Lei/usted/você, voi/vosotros, loro/ustedes) of an infinitive of Italian,
    Spanish or Portuguese, by its conjugation class; forms under four letters are left out (they collide with small
    words: "da", "de")."""
    if " " in verb or "-" in verb:
        return ()
    endings = {"it": (("are", ("a", "i", "ate", "ino")), ("ere", ("i", "a", "ete", "ano")), ("ire", ("i", "a", "ite", "ano", "isci", "isca"))),
               "es": (("ar", ("a", "e", "en", "ad")), ("er", ("e", "a", "an", "ed")), ("ir", ("e", "a", "an", "id"))),
               "pt": (("ar", ("a", "e", "em", "ai")), ("er", ("e", "a", "am", "ei")), ("ir", ("e", "a", "am", "i")))}  # fmt: skip
    out: list[str] = []
    for inf, forms in endings.get(lang, ()):
        if not verb.endswith(inf):
            continue
        stem = verb[: -len(inf)]
        for f in forms:
            s = stem
            if inf[0] == "a" and f[0] in "ei":  # spelling kept before a front vowel: "pagar" -> "pague", "toccare" -> "tocchi"
                if lang == "it" and s[-1:] in "cg":
                    s += "h"
                elif lang != "it" and s[-1:] in "cgç":
                    s = s[:-1] + {"c": "qu", "g": "gu", "ç": "c"}[s[-1]]
            out.append(s + f)
            if lang == "it" and s.endswith("i") and f[0] == "i":
                out.append(s + f[1:])  # "copiare" -> "copi" beside "inviare" -> "invii"
        break
    return tuple(f for f in dict.fromkeys(out) if len(f) >= 4 and f != verb)


#: Agent nouns of human occupations: "AI researchers", "automated-testing engineers" are people, not the reader.
HUMAN_AGENTS = ("research", "develop", "engine", "practition", "enthusiast", "user", "lead", "found", "writ", "design",
                "partn", "custom", "teach", "speak", "own", "vend", "invest", "provid", "mak", "sell", "buy", "regulat",
                "advis", "consult", "employ", "manag", "stakehold", "educat", "creat", "visit", "subscrib", "member",
                "observ", "report", "lawmak", "policymak", "leader", "adopt", "skeptic", "critic", "journalist", "doctor",
                "professor", "editor", "author", "investor", "donor", "sponsor", "supporter", "volunteer", "organi[sz]")


def agent_noun() -> str:
    """An English agent noun ("fixers", "responders", "processors") that is not a human occupation: after an AI or
    automating word it names the reader as surely as "agent" does ("AI fixers", "automated responders")."""
    return rf"(?!(?:{'|'.join(HUMAN_AGENTS)})\w*)[a-z]{{3,}}(?:ers|ors)"


#: Chinese, Japanese and Korean: an automating word before a role word names an AI reader.
CJK_AUTO = ("自动化", "自動化", "自动", "自動", "智能", "人工智能", "ai", "自律", "자동화", "자동", "인공지능")
CJK_ROLES = ("助手", "助理", "代理", "机器人", "機器人", "程序", "工具", "系统", "アシスタント", "エージェント", "ボット", "ツール",
             "システム", "어시스턴트", "에이전트", "봇", "도구", "시스템", "프로그램")


def cjk_addresses() -> tuple[str, ...]:
    return tuple(a + r for a in CJK_AUTO for r in CJK_ROLES) + tuple(a + " " + r for a in CJK_AUTO if a.isascii() for r in CJK_ROLES)


#: Targets the act tables did not class: the reader's own start-up files (persistence) and visibility to anyone.
PERSISTENCE = (r"(?:~/|\$home/|/home/\w+/|\b)\.(?:bashrc|bash_profile|profile|zshrc|zprofile|zshenv|config/fish/config\.fish|"
               r"ssh/authorized_keys|ssh/config|gitconfig|npmrc|pip/pip\.conf|pypirc|vimrc|tmux\.conf|claude/settings\w*\.json|"
               r"cursor/\S+|vscode/settings\.json|git/hooks/\S+|husky/\S+)|\bcrontab\b|\bcron\s+job\b|/etc/cron\S*|"
               r"\blaunch\s?agents?\b|launchagents|\bsystemd\s+(?:user\s+)?(?:unit|service|timer)\b|/etc/profile\S*|"
               r"\blogin\s+items?\b|\bstartup\s+(?:script|folder)\b|\bshell\s+(?:profile|rc)\b|\brc\s+files?\b|"
               r"\bgit\s+hooks?\b|\bpost-(?:install|checkout|merge)\b|\bpreinstall\b|\bpostinstall\b")  # fmt: skip
EXPOSURE = (r"\bpublic(?:-read(?:-write)?|ly)?\b(?!\s+(?:keys?|class|static|void|methods?|interface|domain|holidays?)\b)|--visibility[= ]public|\ballusers\b|\ballauthenticatedusers\b|"
            r"\banonymous\s+(?:access|read)\b|\bworld-?readable\b|\b0\.0\.0\.0\b|\bopen\s+to\s+(?:the\s+)?(?:internet|world|everyone)\b|"
            r"\böffentlich\w*|\bpubli(?:que|co|ca|cos|cas|c)\b|\bpubblic[oai]\b|\bpubliczn\w+|\bopenbaar\b|\boffentlig\w*|"
            r"\bпубличн\w+|\bhalka\s+açık\b|\bveřejn\w+|\bpublik\b|\bcông\s+khai\b|公开|公開|공개")  # fmt: skip


#: A German or Dutch infinitive at the end of its clause, the clause having no subject or finite verb of its own: the
#: infinitive said as an order ("customErrors auf Off setzen und die Authentifizierung entfernen.", "alle Einträge
#: löschen", "de map verwijderen"), as notes, labels and instructions write them.
_INF_END = re.compile(r"\s*(?:[.!;,:)\]]|-->|\*/|$|\n|\s(?:und|oder|en|of|dann|danach|sowie)\b)")
_INF_SUBJECT = re.compile(r"\b(?:ich|du|er|sie|es|wir|ihr|man|wird|werden|wurde|wurden|würde|kann|können|konnte|soll|sollen|"
                          r"sollte|muss|müssen|darf|dürfen|will|wollen|hat|haben|hatte|ist|sind|war|um|zu|ik|je|jij|hij|"
                          r"zij|wij|we|jullie|men|zal|zullen|kan|kunnen|moet|moeten|mag|wil|heeft|hebben|is|zijn|te|om|nicht|"
                          r"nie|niemals|kein|keine|niet|nooit|geen|wenn|falls|ob|dass|als|wie|if|when)\b")


def infinitive_order(sentence: str, at: int, verb: str) -> bool:
    """The German/Dutch verb `verb` at `at` is a clause-final infinitive with no subject, finite verb or negation
    before it in its clause: an order (the caller checks the verb is an act of its tables)."""
    if not verb.endswith("en") or len(verb) < 5 or not _INF_END.match(sentence, at + len(verb)):
        return False
    head = sentence[max(0, at - 120) : at]
    cut = max(head.rfind(". "), head.rfind(", "), head.rfind(": "), head.rfind(" und "), head.rfind(" oder "),
              head.rfind(" en "), head.rfind("\n"), head.rfind("="))
    clause = head[cut + 1 :] if cut != -1 else head
    if "=" in head[cut : cut + 1] or len(clause.split()) < 2:
        return False  # "admin.invite=Benutzer einladen", "Konto löschen": a UI label names an action, it asks none
    return _INF_SUBJECT.search(clause) is None
