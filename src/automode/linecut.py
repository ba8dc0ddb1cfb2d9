"""The lines of a large text that hold one of a few words: what a line-local pattern needs to read.

A case-insensitive regular expression with many alternatives costs about 2 µs a character in `re`, seconds for a
1 MB Write, even where nothing matches. Cutting the text first to the lines that hold one of the pattern's literal
words (found with `str.find` on the lower-cased text, at C speed) keeps the cost of an ordinary large file linear and
small, with the same matches for any pattern that is line-local and whose every match holds one of the words.
"""

from __future__ import annotations


def lines_with(text: str, words: tuple[str, ...]) -> str:
    """The lines of `text` that hold one of `words` (lower case), in order, joined by newlines."""
    low = text.lower()
    spans: set[tuple[int, int]] = set()
    for w in words:
        i = low.find(w)
        while i != -1:
            start, end = low.rfind("\n", 0, i) + 1, low.find("\n", i)
            end = len(low) if end == -1 else end
            spans.add((start, end))
            i = low.find(w, end)
    return "\n".join(text[a:b] for a, b in sorted(spans))
