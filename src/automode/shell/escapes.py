"""Backslash escapes the way bash expands them: `$'...'`, `printf FORMAT ARGS`, `echo -e`.

Escapes make bytes, not characters: `$'\\xe2\\x80\\x90'` is one U+2010, and `printf '\\x72\\x6d -rf ~' | sh` feeds
`rm -rf ~` to a shell. Each function returns the text bash would produce (UTF-8 decoded, invalid bytes replaced),
or None when the output depends on something it does not model (then the caller treats the text as unknown).
"""

from __future__ import annotations

import re

from automode import lazyre

SIMPLE = {"a": 7, "b": 8, "e": 27, "E": 27, "f": 12, "n": 10, "r": 13, "t": 9, "v": 11, "\\": 92, "'": 39, '"': 34, "?": 63}
# `\c` ends all output in `echo -e`/`%b`; in `$'...'` it is a control character.
ESC_RE = lazyre.compile(r"\\(x[0-9A-Fa-f]{1,2}|u[0-9A-Fa-f]{1,4}|U[0-9A-Fa-f]{1,8}|0[0-7]{0,3}|[1-7][0-7]{0,2}|c.?|.)", re.DOTALL)
MAX_OUTPUT = 100_000


class _Stop(Exception):
    pass


def _unescape(text: str, *, mode: str) -> tuple[str, bool]:
    """(decoded text, whether a `\\c` stopped the output). mode: "ansi" ($'...'), "printf" (format), "echo" (-e, %b)."""
    out = bytearray()
    pos = 0
    stopped = False
    for m in ESC_RE.finditer(text):
        out += text[pos : m.start()].encode("utf-8", "surrogatepass")
        pos = m.end()
        e = m.group(1)
        c = e[0]
        if c in "xuU" and len(e) == 1:
            out += ("\\" + e).encode()  # `$'\u'` with no digits: the shell keeps it as written
            continue
        if c == "x":
            out.append(int(e[1:], 16))
        elif c in "uU":
            cp = int(e[1:], 16)
            out += (chr(cp) if cp <= 0x10FFFF else "\ufffd").encode("utf-8", "surrogatepass")
        elif c.isdigit():
            digits = e[1:] if (c == "0" and mode == "echo") else e  # echo -e: \0NNN; $'' and printf: \NNN
            if mode == "echo" and c != "0":
                out += ("\\" + e).encode()
                continue
            out.append(int(digits or "0", 8) & 0xFF)
        elif c == "c":
            if mode == "ansi" and len(e) == 2:
                out.append(ord(e[1]) & 0x1F)
            else:
                stopped = True
                break
        elif c in SIMPLE and not (mode == "echo" and c in "'\"?"):
            out.append(SIMPLE[c])
        else:
            out += ("\\" + e).encode("utf-8", "surrogatepass")
        if len(out) > MAX_OUTPUT:
            break
    else:
        out += text[pos:].encode("utf-8", "surrogatepass")
    return out.decode("utf-8", "replace"), stopped


def decode_ansi_c(body: str) -> str:
    """The inside of `$'...'`."""
    return _unescape(body, mode="ansi")[0]


ECHO_FLAG_RE = lazyre.compile(r"^-[neE]+$")


def echo_output(args: list[str]) -> str:
    """What bash's builtin `echo ARGS` prints (leading -n/-e/-E flags; escapes only with -e)."""
    i = 0
    newline, escapes = True, False
    while i < len(args) and ECHO_FLAG_RE.match(args[i]):
        for f in args[i][1:]:
            if f == "n":
                newline = False
            else:
                escapes = f == "e"
        i += 1
    text = " ".join(args[i:])
    if escapes:
        text, stopped = _unescape(text, mode="echo")
        if stopped:
            return text
    return text + ("\n" if newline else "")


CONV_RE = lazyre.compile(r"%(?:%|[-+ #0]*(\d+|\*)?(?:\.(\d+|\*)?)?([sbqdiuxXoceEfgGaA]))")


def printf_output(args: list[str]) -> str | None:
    """What `printf FORMAT ARGS` prints; None for `-v` or conversions whose output is not modelled."""
    if not args or args[0] == "-v":
        return None
    if args[0] == "--":
        args = args[1:]
        if not args:
            return None
    fmt, rest = args[0], list(args[1:])
    out: list[str] = []
    for _ in range(64):  # the format is reused while arguments remain
        pos = 0
        used = False
        for m in CONV_RE.finditer(fmt):
            text, stopped = _unescape(fmt[pos : m.start()], mode="printf")
            out.append(text)
            if stopped:
                return "".join(out)
            pos = m.end()
            if m.group(0) == "%%":
                out.append("%")
                continue
            if "*" in (m.group(1) or "") + (m.group(2) or ""):
                return None
            conv = m.group(3)
            arg = rest.pop(0) if rest else ""
            used = True
            if conv == "s":
                out.append(arg)
            elif conv == "b":
                text, stopped = _unescape(arg, mode="echo")
                out.append(text)
                if stopped:
                    return "".join(out)
            elif conv == "c":
                out.append(arg[:1])
            elif conv in "diu" and re.fullmatch(r"[-+]?\d+", arg or "0"):
                out.append(str(int(arg or "0")))
            else:
                return None
        text, stopped = _unescape(fmt[pos:], mode="printf")
        out.append(text)
        if stopped or not rest or not used:
            break
    return "".join(out)
