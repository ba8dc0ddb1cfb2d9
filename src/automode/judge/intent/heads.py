"""What a delete request names: the verb and the content words of each noun phrase it takes ("remove the pycache
and notebook checkpoints"). A leaf of `judge.intent` (it imports only the lexicon), read by `parts` and `destroyed`.
"""

from __future__ import annotations

from automode import lazyre

_DETERMINERS = frozenset({"the", "a", "an", "my", "our", "your", "this", "that", "these", "those", "its", "their",
                          "some", "any", "all", "old", "current", "local", "entire", "whole", "just", "only", "also",
                          "again", "now", "please", "ahead", "both", "each", "every"})  # fmt: skip
#: Words that refer back instead of naming: the phrase says nothing of its own.
_PRONOUNS = frozenset({"it", "them", "that", "this", "those", "these", "everything", "both", "all"})
#: Where the verb's object ends: a clause break, or a word that starts what follows the noun phrase.
_PHRASE_END = lazyre.compile(r"[;.!?()]|\s[-–—]\s|\b(?:then|so|because|but|to|from|in|on|at|for|under|inside|if|"
                             r"after|before|with|without|except|than|older|newer|via|by|into|onto|of|which|that|"
                             r"when|while|since|until|once)\b")
#: Between the noun phrases of a list ("pycache and notebook checkpoints", "build, dist and the egg-info").
_LIST = lazyre.compile(r",|\b(?:and|or|plus)\b|&")
_WORD = lazyre.compile(r"[a-z][a-z0-9_'-]*")


def head_words(text: str) -> tuple[str, list[list[str]]] | None:
    """(the delete verb, the content words of each noun phrase it takes) in a request, or None when the verb takes a
    pronoun, nothing, or no delete verb is said."""
    from automode.judge.intent.text import VERB_CLASSES_OF

    low = text.lower()
    for m in _WORD.finditer(low):
        if "delete" not in VERB_CLASSES_OF.get(m.group(), frozenset()):
            continue
        phrase = _PHRASE_END.split(low[m.end():], maxsplit=1)[0]
        words = _WORD.findall(phrase)
        if not words or words[0] in _PRONOUNS or (len(words) > 1 and words[0] in ("up", "out") and words[1] in _PRONOUNS):
            return None
        nps: list[list[str]] = []
        for i, np in enumerate(_LIST.split(phrase)):
            ws = [w for w in _WORD.findall(np) if w not in _DETERMINERS and w not in ("up", "out", "away")]
            if i and ws and VERB_CLASSES_OF.get(ws[0]):
                break  # "wipe the data dir and start it again": a new clause, not another thing to wipe
            if ws:
                nps.append(ws)
        if nps:
            return m.group(), nps
    return None
