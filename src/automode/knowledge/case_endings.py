"""Case endings written on a Latin loanword with a hyphen or an apostrophe (session 27, R3, helper `cli`): Serbian,
Croatian, Czech, Slovak, Polish and Slovene decline an English technical noun by a hyphenated ending ("u namespace-u
checkout-dev", "v namespace-u web-dev", "w namespace-ie prod"), Finnish, Estonian and Hungarian join their local
cases with a hyphen or colon ("namespace-ssa", "namespace-ben"), Turkish with an apostrophe ("namespace'inde"), and
the Cyrillic languages with a hyphen in their own script ("namespace-е", "неймспейс-а"). A reader that takes the
word before a slot word as its value ("the payments namespace") must then not read the preposition before the
declined noun as the value ("u", "v", "w": `PREPOSITIONS`).

`ENDINGS` is a regex alternation of the endings, longest first; `DECLINED` the optional hyphen/apostrophe group a
slot word may carry (`knowledge.slot_values.PLACE_WORDS` is read with it by `judge.intent.slots`).

Sources: the declension tables of each language (nominative/genitive/dative/accusative/locative/instrumental
singular of masculine and feminine nouns); Finnish and Hungarian local cases; Turkish locative/ablative/genitive
with vowel harmony and the buffer consonant after a vowel-final loanword.
"""

from __future__ import annotations

#: language family -> endings written after a hyphen (or an apostrophe, Turkish) on a Latin loanword
_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    # South and West Slavic, Latin script (sr, hr, bs, sl, cs, sk, pl): singular and plural cases
    "slavic_latin": ("u", "a", "e", "i", "y", "o", "om", "em", "ом", "ie", "ach", "ami", "ima", "ama", "ov", "ovi",
                     "ów", "ą", "ę", "ú", "ě", "ou", "em", "ovima", "ech", "ech", "och", "ach"),
    # Russian, Ukrainian, Bulgarian, Serbian Cyrillic, written on a Latin word
    "slavic_cyrillic": ("а", "у", "е", "и", "ы", "ом", "ем", "ов", "ах", "ам", "ами", "ів", "ї", "ът", "то"),
    # Finnish and Estonian local and grammatical cases
    "finnic": ("n", "ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "ksi", "ä", "ia", "ista", "iin",
               "s", "st", "sse", "l", "lt", "le", "ga", "ni", "hin"),
    # Hungarian cases and the accusative
    "hungarian": ("ban", "ben", "ba", "be", "ból", "ből", "ra", "re", "ról", "ről", "on", "en", "ön", "hoz", "hez",
                  "nál", "nél", "t", "et", "ot", "öt", "ot", "ja", "je", "ben", "nak", "nek"),
    # Turkish, Azerbaijani (apostrophe or hyphen), with harmony and the buffer consonant
    "turkic": ("da", "de", "ta", "te", "dan", "den", "tan", "ten", "ı", "i", "u", "ü", "ın", "in", "un", "ün", "nda",
               "nde", "ndan", "nden", "ya", "ye", "yı", "yi", "yu", "yü", "nin", "nın", "nun", "nün", "ndaki", "ndeki",
               "daki", "deki", "inde", "ında", "unda", "ünde"),
}

#: Every ending, longest first (a regex alternation).
ENDINGS = "|".join(sorted({e for es in _BY_LANGUAGE.values() for e in es}, key=lambda e: (-len(e), e)))
#: The optional declension a slot word carries: a hyphen or apostrophe, then one ending, then the word ends.
DECLINED = rf"(?:[-'’](?:{ENDINGS})(?![\w-]))?"

#: One-letter prepositions and conjunctions of the Slavic languages (Latin and Cyrillic), never a place's name:
#: "u namespace-u X" (sr/hr: in), "v namespace-u X" (cs/sk/sl), "w namespace X" (pl), "z", "s", "k", "o", "i", "a",
#: "в", "у", "с", "к", "о", "и".
PREPOSITIONS = frozenset({"u", "v", "w", "z", "s", "k", "o", "i", "a", "y", "e", "в", "у", "с", "к", "о", "и", "з", "ў"})
