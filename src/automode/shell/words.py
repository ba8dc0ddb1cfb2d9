"""Shell words: quote removal, escape decoding and variable lookup, the way bash would do it.

A `Word` keeps the value bash would pass to the program where that is knowable statically, and says when it is
not (`dynamic`): an unknown variable, a command substitution, arithmetic. Dynamic words never make an action look
safer: a rule that needs a concrete target treats a dynamic one as "could be anything".
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from automode import lazyre
from automode.dc import dataclass

# Characters that render as nothing; an evasion trick inside command names (`r\u200bm`).
INVISIBLE_RE = lazyre.compile("[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]")
@dataclass(slots=True)
class Word:
    """One shell word after expansion. `value` is what the program would see when `dynamic` is False."""

    value: str
    raw: str
    dynamic: bool = False
    glob: bool = False  # an unquoted glob character is present
    quoted: bool = False  # some part was quoted

    def __str__(self) -> str:
        return self.value


def literal(value: str) -> Word:
    return Word(value, value)


def unescape_unquoted(text: str) -> str:
    """Backslash removal for an unquoted word: `r\\m` -> `rm`, line continuations vanish."""
    if "\\" not in text:
        return text
    out = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            if nxt != "\n":
                out.append(nxt)
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def unescape_double(text: str) -> str:
    """Backslash handling inside double quotes: only `\\$ \\` \\" \\\\ \\<newline>` are escapes."""
    if "\\" not in text:
        return text
    out = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text) and text[i + 1] in '$`"\\\n':
            if text[i + 1] != "\n":
                out.append(text[i + 1])
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


@lru_cache(maxsize=8192)
def normalize_name(value: str) -> str:
    """Canonical command name: invisible characters dropped, confusables folded (NFKC), basename, lower case.

    `/usr/bin/RM`, `r\u200bm`, fullwidth `ｒｍ` and `git.exe` all become `rm` / `git`.
    """
    v = value if value.isascii() else INVISIBLE_RE.sub("", value)  # every invisible character is outside ASCII
    if not v.isascii():
        v = unicodedata.normalize("NFKC", v)
        v = "".join(c for c in unicodedata.normalize("NFKD", v) if not unicodedata.combining(c))
    v = v.replace("\\", "/").rstrip("/")
    v = v.rsplit("/", 1)[-1]
    v = v.lower()
    if v.endswith(".exe"):
        v = v[:-4]
    return v


BRACE_RE = lazyre.compile(r"\{([^{},]*,[^{}]*)\}")  # no backtracking: the first comma splits
MAX_BRACE_WORDS = 64


def brace_expand(value: str, limit: int = MAX_BRACE_WORDS) -> tuple[list[str], bool]:
    """Expand `{a,b}` alternatives (`{r,R}m` -> `rm Rm`): (at most `limit` words, whether that is all of them).

    Breadth-first over the leftmost group, so the work is bounded by `limit` words however many groups there are;
    an incomplete expansion must be treated as unknown by the caller (`rm {a,…,z,/}` hides `/` past the limit)."""
    todo = [value]
    done: list[str] = []
    while todo:
        v = todo.pop(0)
        m = BRACE_RE.search(v)
        if m is None:
            done.append(v)
            if len(done) >= limit and todo:
                return done, False
            continue
        alts = m.group(1).split(",")
        if len(done) + len(todo) + len(alts) > limit:
            return (done + todo + [v])[:limit], False
        todo[:0] = [v[: m.start()] + alt + v[m.end() :] for alt in alts]
    return done, True


def shell_quote(w: Word) -> str:
    """The word as shell source that reads back as the same word (a dynamic word as it was written)."""
    if w.dynamic:
        return w.raw
    v = w.value
    if v and all(c.isalnum() or c in "-_./=:,+@%^" for c in v):
        return v
    return "'" + v.replace("'", "'\\''") + "'"
