"""Names written glued to a prefix of another script (session 26, Q2, helper `cli`): Hebrew writes its one-letter
prepositions and the article on a Latin name with a hyphen or a maqaf ("מ-@shaked/ui-core", from @shaked/ui-core;
"ה-dist-tag", the dist-tag; "ל־staging", to staging), Arabic with a tatweel or a hyphen ("الـbucket", "بـ-prod").
Every reader of the user's words (names said, objects named, the other object selected) compares whole names, so
the prefix is set apart with a space before anything reads the words: the name is then the user's own word.

`unglue(messages)` returns the messages with each such prefix set apart (the same tuple when none has one)."""

from __future__ import annotations

from functools import lru_cache

from automode import lazyre

#: A prefix of one to three letters of a right-to-left script, at the start of a word, joined by a hyphen, a maqaf or
#: a tatweel to a name in another script (Latin letters, digits, or the marks names start with: `@`, `.`, `/`, `~`).
#: Hebrew: the prepositions and conjunctions written on the word (ב ה ו כ ל מ ש, and their pairs: "וה-", "מה-",
#: "שב-"); Arabic: the article and the one-letter prepositions (ال، بـ، لـ، و، ف، ك، بال، لل).
_GLUED = lazyre.compile(
    r"(?<![\w\u0590-\u05ff\u0600-\u06ff])((?:[\u05d1\u05d4\u05d5\u05db\u05dc\u05de\u05e9]{1,3})|"
    r"(?:[\u0648\u0641]?(?:[\u0628\u0644\u0643]?\u0627\u0644|\u0644\u0644|[\u0628\u0644\u0643])))"
    r"[-\u05be\u0640]+(?=[A-Za-z0-9@./~$])")


@lru_cache(maxsize=256)
def unglue(messages: tuple[str, ...]) -> tuple[str, ...]:
    if not any(_GLUED.search(m) for m in messages):
        return messages
    return tuple(_GLUED.sub(r"\1 ", m) for m in messages)
