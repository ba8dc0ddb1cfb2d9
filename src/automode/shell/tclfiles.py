"""Tcl's file commands (tclsh, wish, expect, jimsh) as file effects (red team s12).

`tclsh <<< 'set f [open ~/.claude/settings.json w]; puts $f {}'` rewrote the agent's settings unseen: Tcl's words
are bare, braced or double-quoted, not the quoted call arguments the other scanners fold. Tcl's own commands (the
Tcl manual, `open(n)` and `file(n)`):

* `open NAME ?ACCESS?`: a write when ACCESS is `w`, `w+`, `a`, `a+`, `r+` (any `b` suffix) or a list of POSIX flags
  naming `WRONLY`, `RDWR`, `APPEND`, `CREAT` or `TRUNC`; a read otherwise;
* `file delete ?-force? ?--? NAME…`; `file copy|rename ?-force? ?--? SOURCE… TARGET` (TARGET is written);
  `file link ?-symbolic|-hard? LINK ?TARGET?` (LINK is written); `file attributes NAME -permissions …` (a chmod).

A word is read as Tcl reads it: `{…}` literally, `"…"` and bare words with `$env(HOME)` / `$::env(HOME)` / `~` as the
home directory and `[file join A B …]` joined; a word with another substitution is a path known only at run time
(None), which a write then asks about when its literal pieces spell a control location (`controls.control_fragment`).
"""

from __future__ import annotations

from collections.abc import Iterator

from automode import lazyre

#: `open` or `file SUBCOMMAND` at the start of a command (after `[`, `;`, a newline or `{`).
_CALL = lazyre.compile(r"(?:^|[;\n\[{])\s*(?:(open)\s+|file\s+(delete|copy|rename|link|attributes)\s+)")
_HOME = lazyre.compile(r"^(?:\$(?:::)?env\(HOME\)|\$\{(?:::)?env\(HOME\)\}|\$HOME)")
_JOIN = lazyre.compile(r"^\[\s*file\s+join\s+(.*)\]$")
_WRITE_ACCESS = lazyre.compile(r"^(?:[wa]\+?b?|r\+b?|rb\+|[wa]b\+?)$|WRONLY|RDWR|APPEND|CREAT|TRUNC")
MAX_WORDS = 16


def _words(code: str, pos: int) -> tuple[list[str], int]:
    """The raw words of the Tcl command that starts at `pos`, up to its end (`;`, a newline, or the `]` closing the
    bracket it sits in), at most MAX_WORDS; and the end position."""
    out: list[str] = []
    i, n = pos, len(code)
    while i < n and len(out) < MAX_WORDS:
        while i < n and code[i] in " \t":
            i += 1
        if i >= n or code[i] in ";\n]":
            break
        start = i
        if code[i] in '{"[':
            close = {"{": "}", '"': '"', "[": "]"}[code[i]]
            depth, i = 1, i + 1
            while i < n and depth:
                c = code[i]
                if c == "\\":
                    i += 2
                    continue
                if close != '"' and c == code[start]:
                    depth += 1
                elif c == close:
                    depth -= 1
                i += 1
        else:
            while i < n and code[i] not in " \t;\n]":
                i += 2 if code[i] == "\\" else 1
        out.append(code[start:i])
    return out, i


def value(word: str, pieces: list[str]) -> str | None:
    """What a Tcl word holds when it is a path known before the run (see the module doc), else None; its literal
    pieces go to `pieces`."""
    if word.startswith("{") and word.endswith("}"):
        pieces.append(word[1:-1])
        return word[1:-1]
    m = _JOIN.match(word)
    if m is not None:
        parts, _ = _words(m.group(1), 0)
        vals = [value(p, pieces) for p in parts]
        return "/".join(v.rstrip("/") for v in vals) if vals and all(v is not None for v in vals) else None  # type: ignore[union-attr]
    if word.startswith('"') and word.endswith('"') and len(word) >= 2:
        word = word[1:-1]
    home = _HOME.match(word)
    if home is not None:
        word = "~" + word[home.end() :]
    pieces.append(word)
    if "$" in word or "[" in word:
        return None
    return word.replace("\\", "")


def file_ops(code: str) -> Iterator[tuple[str, str | None, list[str]]]:
    """(effect kind, path or None when known only at run time, its literal pieces) of every Tcl file command."""
    for m in _CALL.finditer(code):
        words, _ = _words(code, m.end())
        if not words:
            continue
        if m.group(1):  # open NAME ?ACCESS?
            access = words[1].strip('{}"') if len(words) > 1 else "r"
            kind = "write" if _WRITE_ACCESS.search(access) else "read"
            targets = words[:1]
        else:
            sub = m.group(2)
            operands = [w for w in words if not w.startswith("-")] if sub != "attributes" else words[:1]
            if sub == "delete":
                kind, targets = "delete", operands
            elif sub in ("copy", "rename"):
                kind, targets = "write", operands[-1:] if len(operands) >= 2 else []
            elif sub == "link":
                kind, targets = "write", operands[:1]
            else:
                kind, targets = "chmod", operands if any(w == "-permissions" for w in words) else []
        for w in targets:
            pieces: list[str] = []
            yield kind, value(w, pieces), pieces
