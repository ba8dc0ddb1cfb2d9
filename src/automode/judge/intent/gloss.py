"""Requests in other languages (issue 12): a message written in one of the languages of `lang_words` and
`lang_words_more` is read into the English the request reader understands, before it is split into clauses.

Word by word: a known word becomes its English gloss, a function word is dropped, any other word stays as it is
(names, and the technical words people leave in English: `staging`, `push`, `--no-verify`, `fix/iva-redondeo`).
Then each clause is put in the order the English reader expects, whatever the language's word order:
* a negation next to a verb ("no toques", "main не трогай", "Staging NICHT anfassen", "触らないで") becomes
  "don't VERB" at the start of its clause, so a boundary reads as "don't touch main"; a negation with no verb beside it
  is "not" where it stands ("a main no": not to main);
* "I'll do it myself" said of an act ("yayınlamayı ben yaparım") becomes "i'll VERB it myself";
* a condition that closes its clause (Japanese たら, Korean 하면, Chinese 之后: "CI が通ったら …") opens it: "once …".

The language is the one whose words the message uses most (script first: Han with kana is Japanese; Cyrillic with
і/ї/є/ґ is Ukrainian). A message in English, or whose foreign words are fewer than its English ones, is returned as
it is. Pure and cached per message text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from automode import lazyre
from automode.judge.intent import lang_words_loan as _loan
from automode.judge.intent.gloss_order import _GLOSS_VERBS as _GLOSS_VERBS
from automode.judge.intent.gloss_order import _NO_FOLD as _NO_FOLD
from automode.judge.intent.gloss_order import _VERB_BOUND as _VERB_BOUND
from automode.judge.intent.gloss_order import _VERB_FINAL as _VERB_FINAL
from automode.judge.intent.gloss_order import _VERB_GLOSS as _VERB_GLOSS
from automode.judge.intent.gloss_order import Item as Item
from automode.judge.intent.gloss_order import _canonical as _canonical
from automode.judge.intent.gloss_order import _clauses as _clauses
from automode.judge.intent.gloss_order import _fold as _fold
from automode.judge.intent.gloss_order import _is_verb as _is_verb
from automode.judge.intent.gloss_order import _render as _render
from automode.judge.intent.gloss_order import _sentences as _sentences
from automode.judge.intent.gloss_order import _separable as _separable
from automode.judge.intent.gloss_order import _Table as _Table
from automode.judge.intent.gloss_order import _verb_first as _verb_first
from automode.judge.intent.held_order import particle_first
from automode.judge.intent.lang_words import LATIN as _LATIN_FIRST
from automode.judge.intent.lang_words import SHARED_LATIN
from automode.judge.intent.lang_words_acts import ACTS, NEW_LATIN, NEW_SPACED
from automode.judge.intent.lang_words_added import INDIC, LATIN_ADDED
from automode.judge.intent.lang_words_added import LETTERS as _ADDED_LETTERS
from automode.judge.intent.lang_words_destroy import DESTROY
from automode.judge.intent.lang_words_held import HELD_ALL as HELD
from automode.judge.intent.lang_words_held import LATIN_HELD
from automode.judge.intent.lang_words_kept import FA_LETTERS, KEPT
from automode.judge.intent.lang_words_more import CYRILLIC
from automode.judge.intent.lang_words_more import SPACED as _SPACED_FIRST
from automode.judge.intent.lang_words_more import UNSPACED as _UNSPACED_FIRST
from automode.judge.intent.lang_words_named import MORE as NAMED
from automode.judge.intent.lang_words_named import SLOTS
from automode.judge.intent.lang_words_ops import LETTERS as _OPS_LETTERS
from automode.judge.intent.lang_words_ops import NEW_LATIN_OPS, NEW_UNSPACED, OPS, trade_noun
from automode.judge.intent.lang_words_said import SAID, SAID_CONSOLE, SAID_MEMBERS
from automode.judge.intent.lang_words_trust import TRUST
from automode.judge.intent.lang_words_unlink import UNLINK
from automode.judge.intent.lexicon import NOT_ENGLISH_EVIDENCE, STOP, VERBS

#: English words: the reader's verbs and stop words (a message with more of them than foreign words is English).
_ENGLISH = frozenset(STOP).union(*VERBS.values()) - NOT_ENGLISH_EVIDENCE
_PUNCT = str.maketrans({"，": ",", "。": ".", "、": ",", "？": "?", "！": "!", "；": ";", "：": ":", "（": "(", "）": ")",
                        "؟": "?", "،": ",", "؛": ";", "।": ".", "「": '"', "」": '"', "\u3000": " ", "’": "'", "‘": "'"})  # fmt: skip
_CHUNK = lazyre.compile(r"\S+")
_EDGE = lazyre.compile(r"^([(\[\"'¿¡«]*)(.*?)([)\]\"'»,.;:!?…]*)$", re.S)
#: A word that is a name, not a word of a language: a path, a branch, a flag, a host, a number, an id.
_TECH = lazyre.compile(r"[/_@#=:\d]|^-|\.\w")
#: Elided articles and pronouns (French, Italian): "l'affiche", "n'importe", "dell'ambiente".
_ELISION = lazyre.compile(r"^((?:[a-z]|qu|dell|all|nell|sull|dall|un)')(.+)$", re.I)
#: Turkish case endings after an apostrophe: "npm'e", "tag'i", "CHANGELOG.md'yi".
_TR_CASE = lazyre.compile(r"'[a-zçğıöşü]{1,5}$")
#: Turkish negative imperative: a verb stem + -ma/-me ("dokunma", "silme", "yayınlama").
_TR_NEG = ("mayın", "meyin", "masın", "mesin", "ma", "me")
#: Italian and Spanish object pronouns fused to an imperative ("despliégalo", "cancellali", "buttala").
_CLITIC = lazyre.compile(r"(?:lo|la|los|las|li|le|les|melo|mela|glielo|selo)$")
_ARABIC_PREFIX = ("وال", "فال", "بال", "لل", "ال", "و", "ف", "ب", "ل")
#: Endings that make a word of the trade an English word ("deployment", "commits", "merged").
_ENGLISH_ENDINGS = frozenset({"", "s", "es", "ed", "d", "ing", "ment", "ments", "er", "ers", "able"})
#: Clause breaks among glossed words.
_BREAKS = frozenset({",", ".", ";", ":", "!", "?", "but", "then", "(", ")"})


#: Every Latin-script and spaced-script language the reader knows (the first tables, and `lang_words_acts`'s).
LATIN: Mapping[str, Mapping[str, str]] = {**_LATIN_FIRST, **NEW_LATIN, **NEW_LATIN_OPS, **_loan.LATIN, **LATIN_ADDED,
                                          **LATIN_HELD}
#: Languages added after the first tables (a tie between languages goes to a first table's).
_LATER = frozenset({*NEW_LATIN, *NEW_LATIN_OPS, *_loan.LATIN, *LATIN_ADDED, *LATIN_HELD})
SPACED: Mapping[str, Mapping[str, str]] = {**_SPACED_FIRST, **NEW_SPACED, **INDIC}
UNSPACED: Mapping[str, Mapping[str, str]] = {**_UNSPACED_FIRST, **NEW_UNSPACED}


def _with_acts(lang: str, entries: Mapping[str, str]) -> Mapping[str, str]:
    """A language's own forms, then the further verbs of `lang_words_acts.ACTS` (a form already there keeps its gloss)."""
    out = dict(entries)
    for more in (ACTS.get(lang), NAMED.get(lang), SLOTS.get(lang), OPS.get(lang), TRUST.get(lang), DESTROY.get(lang),
                 _loan.SCRIPT.get(lang), KEPT.get(lang), SAID.get(lang), SAID_CONSOLE.get(lang),
                 SAID_MEMBERS.get(lang), HELD.get(lang), UNLINK.get(lang)):
        # (`lang_words_named`, `_ops`, `_trust`, `_destroy`, `_loan`, `_kept`, `_said`, `_held`, `_unlink`)
        for gloss_, forms in (more or {}).items():
            out[gloss_] = f"{out[gloss_]} {forms}" if gloss_ in out else forms
    return out


@lru_cache(maxsize=32)
def _table(lang: str) -> _Table:
    if lang == "shared":
        return _Table(lang, {}, SHARED_LATIN, False)
    if lang in LATIN:
        return _Table(lang, _with_acts(lang, LATIN[lang]), SHARED_LATIN, False)
    if lang in CYRILLIC:
        return _Table(lang, _with_acts(lang, CYRILLIC[lang]), SHARED_LATIN, False)
    if lang in UNSPACED:
        return _Table(lang, _with_acts(lang, UNSPACED[lang]), None, True)
    return _Table(lang, _with_acts(lang, SPACED[lang]), None, False)


def _script_langs(text: str) -> tuple[str, ...]:
    """The languages the letters of `text` can be (empty: ASCII or Latin letters only, decided by the words)."""
    han = kana = hangul = arabic = deva = cyr = ukr = hebrew = greek = thai = tamil = bengali = 0
    for c in text:
        o = ord(c)
        if o < 0x0370:
            continue
        if 0x4E00 <= o <= 0x9FFF:
            han += 1
        elif 0x3040 <= o <= 0x30FF:
            kana += 1
        elif 0xAC00 <= o <= 0xD7AF:
            hangul += 1
        elif 0x0600 <= o <= 0x06FF:
            arabic += 1
        elif 0x0900 <= o <= 0x097F:
            deva += 1
        elif 0x0400 <= o <= 0x04FF:
            cyr += 1
            ukr += c in "іїєґІЇЄҐ"
        elif 0x0590 <= o <= 0x05FF:
            hebrew += 1
        elif 0x0370 <= o <= 0x03FF:
            greek += 1
        elif 0x0E00 <= o <= 0x0E7F:
            thai += 1
        elif 0x0B80 <= o <= 0x0BFF:
            tamil += 1
        elif 0x0980 <= o <= 0x09FF:
            bengali += 1
    counts = {"ja": kana + (han if kana else 0), "zh": han if not kana else 0, "ko": hangul, "ar": arabic, "hi": deva,
              "uk" if ukr else "ru": cyr, "he": hebrew, "el": greek, "th": thai, "ta": tamil, "bn": bengali}  # fmt: skip
    best = max(counts.items(), key=lambda kv: kv[1])
    return (best[0],) if best[1] >= 2 else ()


@lru_cache(maxsize=1)
def _marks() -> dict[str, frozenset[str]]:
    """Whole words of each Latin-script language that are no English words: word -> languages."""
    out: dict[str, set[str]] = {}
    for lang in LATIN:
        t = _table(lang)
        for w in t.exact:
            if (len(w) > 1 or w not in _ONE_LETTER_ENGLISH) and w not in _ENGLISH:  # (Portuguese `o`, Spanish `y`)
                out.setdefault(w, set()).add(lang)
        for w in t.stems:  # a stem that is a whole word too: "installera tailscale", "installier deno"
            if len(w) >= 7 and w not in _ENGLISH:
                out.setdefault(w, set()).add(lang)
        for first, phrases in t.phrases.items():  # a phrase's first word ("ta bort": remove), with the phrase's others
            if len(first) > 1 and first not in _ENGLISH and any(len(p) >= 2 and p[1] not in _ENGLISH for p, _ in phrases):
                out.setdefault(first, set()).add(lang)
        for v, _ in t.sep:  # a separable verb's first part ("zet light.kitchen uit", "doe de lamp uit")
            if len(v) >= 3 and v not in _ENGLISH:
                out.setdefault(v, set()).add(lang)
    return {w: frozenset(v) for w, v in out.items()}


#: Letters only one of these languages writes: each counts as one of its words.
_LETTERS: Mapping[str, str] = {"tr": "ığş", "vi": "ơưăạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ", "pl": "łąęśźżń",
                               "cs": "řůěď", "pt": "ãõ", "es": "ñ¿¡", "de": "ß", "fr": "œç", "sv": "å", "ro": "șțşţ",
                               **_OPS_LETTERS, **_ADDED_LETTERS}  # fmt: skip


#: A language's "in the" joined into one word that English spells as a word of its own, before a name (a file, a key):
#: Portuguese `no`/`na`/`nos`/`nas` ("no nginx.conf, adiciona …": in nginx.conf), read as that language's beside another
#: word of it (session 26).
_IN_THE = {"pt": lazyre.compile(r"(?<![\w-])[Nn][oa]s?\s+(?=[\w-]*[._][\w.-]|[a-z]+[A-Z])")}


def _latin_lang(words: list[str], raw: str = "") -> str | None:
    """The Latin-script language most of these words belong to, when they outnumber the English ones (`raw`: the
    text the words were read from, for the forms read on it)."""
    marks = _marks()
    letters = set("".join(words))
    seen: dict[str, int] = {lang: 1 for lang, ls in _LETTERS.items() if letters & set(ls)}
    for w in words:
        for lang in marks.get(w, ()):
            seen[lang] = seen.get(lang, 0) + 1
        if w not in marks and len(w) >= 7 and w not in _ENGLISH:  # an inflected verb by its stem ("aggiungi": aggiung*)
            for lang in LATIN:
                g = _table(lang).word(w)
                if g is not None and g[1] >= 6:
                    seen[lang] = seen.get(lang, 0) + 1
    if not seen:
        return None  # (the cheap test: English text has hardly any of these words)
    english = sum(1 for w in words if w in STOP and w not in _loan.TRADE_STOP)  # (the verbs of the trade are every
    # language's: push, deploy; and so are its nouns: "pakidelete yung remote branch na …")
    best, hits = None, 0
    # (ties go the same way in every process, set order following the hash seed; a language of the first tables wins a
    # tie over one added later: "alle 15 Minuten" is German before it is Danish)
    for lang in sorted(seen, key=lambda x: (x in _LATER, x)):
        t = _table(lang)
        n = sum(1 for w in words if w not in _ENGLISH and len(w) > 1 and t.word(w) is not None)
        heads = {v for v, _ in t.sep}
        n += sum(1 for w in words if w in heads and w not in _ENGLISH and len(w) >= 3)  # ("zet … uit")
        if words and words[0] not in _ENGLISH and (g := t.word(words[0])) is not None and g[0] and g[0] != words[0]:
            n += 1  # a message opening with a verb of the language ("installeer next 14 in de web app")
        elif words and _phrases_in(words[:4], t, opening=True):
            n += 1  # or with a verb phrase of it ("ta bort xgb-sweep-07": Swedish, not Portuguese `ta`)
        n += _phrases_in(words, t)  # "ta bort" (Swedish: remove), "mag weg" (Dutch: may go)
        n += sum(1 for w in words if len(w) >= 5 and w not in _ENGLISH and t.word(w) is None and _loan.loan_verb(w))
        # (a verb of the trade inflected the language's way, "pakidelete": no English word)
        n += lang in _LETTERS and bool(letters & set(_LETTERS[lang]))
        if n:  # a one-letter word of the language counts beside a longer one ("remova o java": Portuguese `o`)
            n += sum(1 for w in words if len(w) == 1 and w not in _ONE_LETTER_ENGLISH and t.word(w) is not None)
            n += len(_IN_THE[lang].findall(raw)) if lang in _IN_THE else 0  # ("no nginx.conf", "no log_format")
        if n > hits:
            best, hits = lang, n
    if best is not None and english and hits >= 2:
        bt = _table(best)  # a one-letter article of the language is not English ("töröld a … indexet": Hungarian `a`),
        # nor a short function word both languages spell alike ("no httpd.conf, adiciona %D …": Portuguese `no`, in the)
        english -= sum(1 for w in words if w in STOP and (w in _ONE_LETTER_ENGLISH or w in _SHARED.get(best, ()))
                       and bt.word(w) is not None)
    return best if best is not None and hits > english and (hits >= 2 or not english) else None


_WORDS = lazyre.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_ONE_LETTER_ENGLISH = frozenset({"a", "i"})  # (the one-letter words of English)
#: Words English reads as its own that a language spells alike as one of its contractions: Portuguese `no`/`nos` ("in
#: the"), `do` ("of the"), `as` ("the"); in a message of that language they are its words, not English ones.
_SHARED: dict[str, frozenset[str]] = {"pt": frozenset({"no", "nos", "do", "as"})}


@lru_cache(maxsize=2048)
def gloss(text: str, hint: str | None = None) -> str:
    """`text` read into English when it is written in another language; `text` itself otherwise. `hint` is the
    language of the conversation so far: a short reply in it ("ok, okno údržby začalo, pusť to") is read in it when
    one of its words is that language's, though as many of them are English ("ok", "to")."""
    if text.isascii() and not _WORDS.search(text):
        return text
    norm = text.translate(_PUNCT)
    lang = _language(norm)
    if lang is None and hint is not None and hint in LATIN and _loan.spoken_in(
            [w.lower() for w in _WORDS.findall(_NAMED_TOKEN.sub(" ", norm[:4000]))], hint, _marks(), _LETTERS.get(hint, "")):
        lang = hint
    if lang is None:
        return _loan.loans_only(text)  # "droppa tabellen tmp_x": a borrowed verb in a language no table tells
    from automode.judge.intent.when import english_times

    norm = english_times(norm, lang)  # "매일 아침 9시에", "alle 15 Minuten": the English of a time (`intent.when`)
    norm = _loan.durations_in_english(norm)  # "älter als 30 Tage", "lebih dari 30 hari": 30 days (`lang_words_loan`)
    norm = _loan.alone_words(norm, lang)  # "잡 다 취소해줘": all
    norm = particle_first(norm, lang)  # "das Topic aber nicht löschen": but the topic, not (`intent.held_order`)
    if lang == "he":
        norm = _HE_PREFIX.sub("", norm)  # "ל-tor-staging": to tor-staging (a prefix joined to a name by a hyphen)
    if lang == "tl":
        norm = _TL_AFFIX.sub("", norm)  # "naka-stuck", "mag-deploy": the English word a Tagalog affix is joined to (P1)
    t = _table(lang)
    items = _unspaced_items(norm, t) if t.pattern is not None else _spaced_items(norm, t)
    # Persian, read with the Arabic table, closes its clause with the verb ("… به reza@persia.example بده")
    return _render(items, t, lang == "ar" and any(c in FA_LETTERS for c in norm))


@lru_cache(maxsize=256)
def times_in_english(text: str) -> str:
    """`text` (one message or several, one a line) with the times and recurrences of each line's language in English
    (`intent.when`), the rest as it is."""
    from automode.judge.intent.when import english_times

    return "\n".join(gloss(line) if language(line) in _LATER else english_times(line, language(line))
                     for line in text.split("\n"))  # (a language `intent.when` has no times of: its gloss has them)


@lru_cache(maxsize=2048)
def language(text: str) -> str | None:
    """The language `text` is written in, when it is one of the tables' and not English."""
    if text.isascii() and not _WORDS.search(text):
        return None
    return _language(text.translate(_PUNCT))


#: Hebrew one-letter prefixes (to, in, the, from, and, that, as) joined to a Latin name by a hyphen.
_HE_PREFIX = lazyre.compile(r"(?<!\S)[\u05dc\u05d1\u05d4\u05de\u05d5\u05e9\u05db][-\u05be](?=[A-Za-z0-9])")
#: Tagalog affixes joined by a hyphen to an English word ("naka-stuck", "mag-deploy", "nag-crash"): the word is
#: English, not a name; "i-" stays (`lang_words_ops` glosses "i-delete" as a whole).
_TL_AFFIX = lazyre.compile(r"(?<![\w-])(?:naka|mag|nag|pag|ipa|pina|maki|naki|nakaka|ma|na|pa)-(?=[a-z]{3,}\b(?![-/=.:@\d]))")
#: A token with a digit is a name (a UUID, a version, `catalog-v41`): its letters are no words of any language.
_NAMED_TOKEN = lazyre.compile(r"\S*\d\S*")


def _language(norm: str) -> str | None:
    langs = _script_langs(norm)
    if langs == ("ru",):
        return _cyrillic_by_words(norm)
    if langs:
        return langs[0]
    # (an initialism in capitals is no word of a language: "publish once CI passes" is not Italian `ci`; session 28)
    return _latin_lang([w.lower() for w in _WORDS.findall(_NAMED_TOKEN.sub(" ", norm[:4000]))
                        if not (w.isupper() and 2 <= len(w) <= 5)], norm[:4000])


def _cyrillic_by_words(norm: str) -> str:
    """Russian, or Ukrainian when none of its own letters (і ї є ґ) is written but more of its words are the Ukrainian
    table's alone than the Russian's ("видали DNS-запис 18828411 з домену": видали, запис and домену are Ukrainian)."""
    words = [w.lower() for w in _WORDS.findall(norm[:4000])]
    uk, ru = _table("uk"), _table("ru")
    only_uk = sum(1 for w in words if uk.word(w) is not None and ru.word(w) is None)
    only_ru = sum(1 for w in words if ru.word(w) is not None and uk.word(w) is None)
    return "uk" if only_uk > only_ru else "ru"


def _phrases_in(words: list[str], t: _Table, opening: bool = False) -> int:
    """How many words of a table's phrases of two words or more stand in `words` (a phrase counts as one word of it,
    and as each of its words no other entry of the table knows: "ta bort" is two Swedish words, "ta" alone none); with
    `opening`, whether one opens them."""
    n = 0
    for i, w in enumerate(words[:1] if opening else words):
        for phrase, _g in t.phrases.get(_fold(w) if t.fold else w, ()):
            k = len(phrase)
            if k >= 2 and tuple(_fold(x) if t.fold else x for x in words[i:i + k]) == phrase:
                n += 1 if opening else max(1, sum(1 for x in phrase if t.word(x) is None))
                break
    return n


_MARKERS = {"NEG": "n", "RESERVE": "r", "COND": "c"}


def _gloss_items(g: str) -> list[Item]:
    """A gloss as items: English words, and the markers it carries ("pass COND": Japanese 通ったら)."""
    if not g:
        return []
    words = g.split(" ")
    if not any(w in _MARKERS for w in words):
        return [("g", g)]
    out: list[Item] = []
    for w in words:
        if w in _MARKERS:
            out.append((_MARKERS[w], w))
        elif out and out[-1][0] == "g":
            out[-1] = ("g", out[-1][1] + " " + w)
        else:
            out.append(("g", w))
    return out


def _unspaced_items(text: str, t: _Table) -> list[Item]:
    assert t.pattern is not None
    out: list[Item] = []
    pos = 0
    for m in t.pattern.finditer(text):
        out += _plain_items(text[pos : m.start()])
        out += _gloss_items(_unspaced_gloss(t, m.group(0)))
        pos = m.end()
    out += _plain_items(text[pos:])
    return out


@lru_cache(maxsize=4096)
def _unspaced_gloss(t: _Table, form: str) -> str:
    found = "".join(form.split())
    return next(g for f, g in t.unspaced if f.replace("_", "") == found)


def _plain_items(segment: str) -> list[Item]:
    """The names, English words and punctuation between the glossed words of an unspaced language."""
    out: list[Item] = []
    for m in re.finditer(r"[A-Za-z0-9_~./@:+%#=-]+|[,.;:!?()]", segment):
        s = m.group(0)
        out.append(("p", s) if s in _BREAKS else ("w", s))
    return out


def _spaced_items(text: str, t: _Table) -> list[Item]:
    out: list[Item] = []
    chunks = _CHUNK.findall(text)
    i = 0
    while i < len(chunks):
        lead, core, trail = _EDGE.match(chunks[i]).groups()  # type: ignore[union-attr]
        out += [("p", c) for c in lead if c in "("]
        i += 1
        if t.lang == "tr":
            core = _TR_CASE.sub("", core)
        elif (named := _loan.name_in_case(core, t.lang)) is not None:
            core = named  # "a dev-en": on dev (`lang_words_loan.CASE_AFTER_NAME`)
            core = _loan.name_in_case(core, t.lang) or core  # ("dag_run-id-d": the IDs of dag_run, two endings)
        if not core:
            pass
        elif ":" in core and (loan := _loan.loan_verb(core)) is not None:
            out.append(("g", loan))  # "prune:a", "deploy:aa": a loan verb with its ending joined by a colon
        elif _TECH.search(core) or (core.isascii() and core.lower() in _ENGLISH and t.word(core.lower()) is None):
            out.append(("w", core))
        else:
            phrase = _phrase(t, core, chunks, i) if not trail else None
            if phrase is None and t.fold and not core.isascii() and _WORDS.fullmatch(core) and t.word(core.lower()) is None:
                core = _fold(core)  # an unknown word without its accents: "catálogo" stays one word for the reader
            if phrase is not None:
                g, used = phrase
                i += used
                out += _gloss_items(g)
                trail = _EDGE.match(chunks[i - 1]).group(3) if used else trail  # type: ignore[union-attr]
            else:
                out += _word_items(t, core)
        out += [("p", c) for c in trail if c in ",.;:!?)"][:1]
    return out


def _phrase(t: _Table, core: str, chunks: list[str], i: int) -> tuple[str, int] | None:
    low = core.lower()
    for first in (low, _fold(low)):
        for words, g in sorted(t.phrases.get(first, ()), key=lambda x: -len(x[0])):
            rest = [_EDGE.match(c).group(2).lower() for c in chunks[i : i + len(words) - 1]]  # type: ignore[union-attr]
            if len(rest) == len(words) - 1 and all(r in (w, _fold(w)) or _fold(r) == w for r, w in zip(rest, words[1:], strict=True)):
                return g, len(words) - 1
    return None


def _word_items(t: _Table, core: str) -> list[Item]:
    low = core.lower()
    m = _ELISION.match(low) if t.lang in ("fr", "it") else None
    if m is not None:
        return _word_items(t, m.group(1)) + _word_items(t, m.group(2))
    if t.lang == "ar":
        for p in ("", *_ARABIC_PREFIX):
            if low.startswith(p) and len(low) - len(p) >= 2 and (hit := t.word(low[len(p):])) is not None:
                return _gloss_items(hit[0])
        return [("w", core)]
    if t.sep and any(_fold(low) in (v, v + "e", v + "t", v + "st") for v, _p in t.sep):
        return [("s", low)]  # perhaps a separable verb: its particle later in the clause decides (`_separable`)
    if t.sep and any(low == p for _v, p in t.sep):
        return [("q", low)]  # a separable verb's particle, or a word of its own (`_separable`)
    hit = t.word(low)
    if hit is None and t.lang == "id" and len(low) > 5 and low.endswith("nya"):
        return _word_items(t, core[:-3].rstrip("-"))  # "datanya": its data; "gc-nya": the gc
    if hit is None and t.lang in ("es", "it", "pt", "ca") and (c := _CLITIC.search(low)) is not None and c.start() >= 4:
        base = low[: c.start()]  # "destrúyela", "cancellali": the verb with its object pronoun (session 28)
        for b in dict.fromkeys((base, _fold(base))):
            if (h := t.word(b)) is not None and h[0] in _VERB_GLOSS:
                return [*_gloss_items(h[0]), ("g", "it")]
    if hit is None and (trade := trade_noun(low, t.lang)) is not None:
        return [("w", trade)]  # "cronjoba", "stagingu": the word of the trade, its case ending off (`lang_words_ops`)
    if hit is None and (loan := _loan.loan_verb(low)) is not None:
        return [("g", loan)]  # "pakidelete", "droppa", "pushnij": the English verb of the trade, inflected (`lang_words_loan`)
    if hit is None:
        parts = low.split("-")
        gone = [x for x in parts if (w := t.word(x)) is not None and not w[0]]  # (a part the gloss would drop)
        if len(parts) > 1 and all(parts) and any(t.word(x) and not _table("shared").word(x) for x in parts) and not (
                gone and any(x not in gone and not t.word(x) and x not in _ENGLISH for x in parts)):
            return [x for part in parts for x in _word_items(t, part)]  # "Staging-Datenbank": staging database (not
            # "ci-builder": a name, though "ci" is an Italian word)
        return [("w", core)]
    g, n = hit
    if n and low.isascii() and low[n:] in _ENGLISH_ENDINGS and _table("shared").word(low) == hit:
        return [("w", core)]  # "deployment", "pushed": an English word the English reader knows better
    if t.lang == "tr" and n and g in _VERB_GLOSS and low[n:] in _TR_NEG:
        return [("g", f"don't {g}")]
    items = _gloss_items(g)
    if n and t.lang in ("es", "it") and g in _VERB_GLOSS and len(low) - n >= 2 and _CLITIC.search(low[n:]):
        items.append(("g", "it"))
    return items


