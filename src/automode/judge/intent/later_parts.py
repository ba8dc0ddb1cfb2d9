"""A later message that narrows to a part of what was named, and the action that still takes it whole (session 23,
N5: later messages).

"supprime le dossier old-checkout" … "en fait seulement le fichier config dedans"; "cache saaf karo" … "sirf pip ka
cache, baaki mat chhedna"; "borra la carpeta tmp-exports" … "en realidad solo los csv de dentro": the only-word picks
a part of the thing the first request named (a file inside the folder, one program's cache inside the caches). The
action that acts on the whole named thing (`rm -rf old-checkout`, `rm -rf ~/.cache`) is not the narrowed act, though
every name it carries was asked for before; the action that carries the part (`rm old-checkout/config.yml`, `pip
cache purge`) is.

`whole_taken(text, hint, act)`: the words after the only-word (before it, for a postposed one: "だけ", "만"), less
fillers, the words for "inside" (`WITHIN`, a table by language) and the first request's own words, hold one the
action does not carry, while the action carries the first request's named items, or a word the narrowing repeats
from the first request ("pip ka cache": the cache, said before, which the action takes without pip).
"""

from __future__ import annotations

import re

from automode.typing_lite import Protocol


class _Act(Protocol):
    """What this reads of `later_fits._Act` (not imported: `later_fits` calls this module)."""

    @property
    def asked(self) -> frozenset[str]: ...
    @property
    def asking(self) -> tuple[str, str | None]: ...
    @property
    def operands(self) -> frozenset[str]: ...
    def hit(self, said: frozenset[str] | set[str]) -> frozenset[str]: ...

#: Words for "inside it", "in there" by language: they place the part, they name nothing the action must carry.
WITHIN: dict[str, tuple[str, ...]] = {
    "en": ("inside", "within", "in", "there", "it", "of", "from", "folder", "directory"),
    "fr": ("dedans", "dans", "intérieur", "interieur", "du", "des", "de", "qui", "sont", "est", "y"),
    "es": ("dentro", "adentro", "de", "del", "que", "hay", "ahí", "ahi", "allí", "alli"),
    "pt": ("dentro", "de", "do", "da", "dos", "das", "que", "lá", "la", "nela", "nele"),
    "it": ("dentro", "interno", "di", "del", "della", "dei", "delle", "che", "ci", "lì", "li"),
    "de": ("darin", "drin", "drinnen", "innen", "darinnen", "da", "im", "in", "aus", "vom", "von", "der", "den"),
    "nl": ("erin", "binnen", "daarin", "in", "van", "uit"),
    "sv": ("inuti", "i", "därinne", "darinne", "från"),
    "pl": ("w", "środku", "srodku", "wewnątrz", "wewnatrz", "z"),
    "tr": ("içinde", "icinde", "içindeki", "icindeki", "içindekiler", "içindekileri"),
    "ru": ("внутри", "в", "из", "нём", "нем", "ней"),
    "hi": ("andar", "ke", "ka", "ki", "mein", "me", "अंदर", "के", "का", "की", "में"),
    "id": ("di", "dalam", "dalamnya", "isinya", "yang"),
    "vi": ("bên", "trong", "của", "cua"),
    "el": ("μέσα", "μεσα", "του", "της", "στο", "στη"),
    "ar": ("داخل", "جوا", "جوه", "فيه", "فيها"),
    "he": ("בפנים", "בתוך", "שבתוכו", "של"),
}  # fmt: skip
_WITHIN = frozenset(w for ws in WITHIN.values() for w in ws)
#: Words for "locally", "on this machine" by language: "άσε, μόνο τοπικά το revert" after "revert and push to main"
#: keeps the act on this machine; an action that ships it (`git push`) is not the narrowed act, one that does not is.
LOCAL: dict[str, tuple[str, ...]] = {
    "en": ("local", "locally", "offline"),
    "fr": ("localement", "local", "locale"),
    "es": ("local", "localmente"),
    "pt": ("local", "localmente"),
    "it": ("locale", "localmente", "locali"),
    "de": ("lokal", "lokale", "lokalen"),
    "nl": ("lokaal", "lokale"),
    "sv": ("lokalt", "lokal"),
    "pl": ("lokalnie", "lokalny", "lokalna"),
    "cs": ("lokálně", "lokalne"),
    "tr": ("yerel", "yerelde", "lokal", "lokalde", "lokalden"),
    "ru": ("локально", "локальн"),
    "uk": ("локально",),
    "el": ("τοπικά", "τοπικα", "τοπικό", "τοπικο"),
    "id": ("lokal", "lokalnya"),
    "vi": ("cục bộ", "cuc bo"),
    "ar": ("محلي", "محليا", "محلياً"),
    "he": ("מקומית", "לוקלית", "לוקאלית"),
    "hi": ("lokal", "लोकल"),
    "zh": ("本地",),
    "ja": ("ローカル",),
    "ko": ("로컬",),
}  # fmt: skip
_LOCAL = frozenset(w for ws in LOCAL.values() for w in ws if " " not in w)
#: The acts that take a thing off this machine: a narrowing to "locally" does not leave them standing.
SHIPS = frozenset({"push", "force-push", "publish", "deploy", "send", "upload"})


def kept_local(text: str, hint: str | None) -> bool:
    """The only-word picks "locally" ("μόνο τοπικά", "só local", "nur lokal", "只在本地"): the act stays here."""
    from automode.judge.intent.gloss import gloss

    words = set(_narrowed_words(text)) | set(_narrowed_words(gloss(text, hint)))
    if words & _LOCAL:
        return True
    low = text.lower()
    return any(w in low for w in ("本地", "ローカル", "로컬", "cục bộ")) and bool(words)
_WORD = re.compile(r"[^\W_][\w./@+-]*[^\W_]|[^\W_]")


def _narrowed_words(text: str) -> list[str]:
    """The words the only-word picks: up to four after it, or two before a postposed one."""
    from automode.judge.intent.fences_narrow import _ONLY

    m = _ONLY.search(text)
    if m is None:
        return []
    after = _WORD.findall(text[m.end():].split(",")[0].split(".")[0])[:4]
    if after:
        return [w.lower() for w in after]
    return [w.lower() for w in _WORD.findall(text[:m.start()])[-2:]]


def whole_taken(text: str, hint: str | None, act: _Act) -> bool:
    """The narrowing names a part of what the first request named, and the action takes the whole (module doc)."""
    from automode.judge.intent.gloss import gloss
    from automode.judge.intent.later_fits import _hit, _words
    from automode.judge.intent.lexicon import ENV_MARKERS, STOP
    from automode.judge.intent.stance import is_item

    picked = _narrowed_words(text)
    read = gloss(text, hint)
    if read != text and not picked:
        picked = _narrowed_words(read)
    said_before = _words(" ".join(act.asked)) | frozenset(w.lower() for w in _WORD.findall(act.asking[0][:4000]))
    envs = frozenset(m for marks in ENV_MARKERS.values() for m in marks)
    from automode.judge.intent.later_fits import _MARK_WORDS, _POINTER
    from automode.judge.intent.match import _NARROW_HEADS

    fill = STOP | _WITHIN | _POINTER | _MARK_WORDS | _NARROW_HEADS  # (articles and pointers: "solo los csv")
    kept = frozenset(w.lower() for w in _WORD.findall(read))  # (a word the gloss read as a filler: "bitte", "pls")
    words = [w for w in picked if len(w) >= 3 and w not in fill and w in kept
             and w not in envs and not is_item(w)]
    if not words or any(is_item(w) for w in picked):
        return False
    new = [w for w in words if w not in said_before]
    unhit = [w for w in new if not act.hit({w})]
    if not unhit or len(unhit) < len(new):
        return False  # (the action carries a word of the part: `rm old-checkout/config.yml` for "le fichier config")
    repeated = [w for w in words if w in said_before and act.hit({w})]
    whole = frozenset(w for w in act.asked if is_item(w))
    return bool(repeated) or (bool(whole) and _hit(whole, act.operands) == whole)
