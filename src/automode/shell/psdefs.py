"""PowerShell aliases and functions defined earlier in the same text, inlined where they are called (issue 13,
session 13 red team).

`Set-Alias ls Remove-Item; ls ~ -Recurse -Force` and `function ls { Remove-Item ~ -Recurse -Force }; ls` ran
`Remove-Item` under a name that reads as harmless. Before the text is read (`pstext.as_bash`), a later call of
an alias defined in it (`Set-Alias`, `New-Alias`, `sal`, `nal`, with or without `-Name`/`-Value`) is spelled as
its target, and a call of a function or filter defined in it as the script block it runs (`& { BODY }`), which the
PowerShell reading lowers like any script block.
"""

from __future__ import annotations

import re

from automode import lazyre

_ALIAS = lazyre.compile(r"(?i)(?:^|(?<=[\s;|{(]))(?:Set-Alias|New-Alias|sal|nal)\s+(?:-Name\s+)?['\"]?([\w.-]+)['\"]?\s+"
                        r"(?:-Value\s+)?['\"]?([\w.:\\/-]+)['\"]?")
_FUNCTION = lazyre.compile(r"(?i)(?:^|(?<=[\s;|{(]))(?:function|filter)\s+(?:global:|script:|local:)?([\w-]+)\s*(?:\([^)]*\))?\s*\{")
#: Where a command starts: the text's start, after a statement or pipe separator, an opening brace or parenthesis.
_AT = r"(?i)(?:^|(?<=[;|{(\n])|(?<=&&)|(?<=\|\|))(\s*)"
MAX_DEFS = 16


def _block_end(text: str, start: int) -> int:
    """The index of the `}` that closes the `{` at `start` (quotes respected), or -1."""
    depth, quote = 0, ""
    for i in range(start, len(text)):
        c = text[i]
        if quote:
            if c == quote:
                quote = ""
            continue
        if c in "'\"":
            quote = c
        elif c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return i
    return -1


_CONCAT = lazyre.compile(r"""\(\s*((?:'[^'\n]*'|"[^"$`\n]*")(?:\s*\+\s*(?:'[^'\n]*'|"[^"$`\n]*"))+)\s*\)""")
_PIECE = lazyre.compile(r"'([^'\n]*)'|\"([^\"$`\n]*)\"")


_QUOTED_CALL = lazyre.compile(r"""(?:^|(?<=[;|{(\n]))\s*[.&]\s+(?=['"][\w-]+['"])""")


def _fold(m: re.Match[str]) -> str:
    """`('Remove-'+'Item')` -> `'Remove-Item'`: literals joined where the text joins them."""
    joined = "".join(p.group(1) if p.group(1) is not None else p.group(2) for p in _PIECE.finditer(m.group(1)))
    return "'" + joined.replace("'", "''") + "'"


def inline(text: str) -> str:
    """`text` with literal concatenations folded (`& ('Remove-'+'Item') …`) and the calls of the aliases and
    functions it defines spelled as what they run."""
    if len(text) > 100_000:
        return text
    if "+" in text:
        text = _CONCAT.sub(_fold, text)
        text = _QUOTED_CALL.sub(" ", text)  # `& 'Remove-Item' …`, `. 'Remove-Item' …`: that command
    if not re.search(r"(?i)alias|\bsal\b|\bnal\b|function|filter", text):
        return text
    defs: list[tuple[int, str, str]] = []  # (where the definition ends, name, replacement)
    for m in list(_ALIAS.finditer(text))[:MAX_DEFS]:
        defs.append((m.end(), m.group(1), m.group(2)))
    spans: list[tuple[int, int]] = []
    for m in list(_FUNCTION.finditer(text))[:MAX_DEFS]:
        end = _block_end(text, m.end() - 1)
        if end > 0:
            defs.append((end + 1, m.group(1), "(" + text[m.end() : end].strip().rstrip(";") + ")"))
            spans.append((m.start(), end + 1))
    for end, name, what in sorted(defs, reverse=True):
        head, tail = text[:end], text[end:]
        tail = re.sub(_AT + re.escape(name) + r"(?![\w-])", "\\1" + what.replace("\\", "\\\\"), tail)
        text = head + tail
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + ":" + text[end:]  # a definition runs nothing: its body runs where it is called
    return text
