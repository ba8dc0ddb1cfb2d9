"""Digits of other scripts in the user's words, read as the ASCII digits every reader compares (session 21, L5):
"پورت ۵۴۳۲ رو باز کن" names port 5432, "db ३" database 3, "ポート５４３２" port 5432."""

from __future__ import annotations

from automode.dc import replace
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.model import Context

#: The zero of each decimal digit block in use (Arabic-Indic, Persian, Devanagari, Bengali, Gurmukhi, Gujarati, Oriya,
#: Tamil, Telugu, Kannada, Malayalam, Thai, Lao, Tibetan, Myanmar, Khmer, Mongolian, fullwidth).
_ZEROS = (0x0660, 0x06F0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66, 0x0E50, 0x0ED0,
          0x0F20, 0x1040, 0x17E0, 0x1810, 0xFF10)
DIGITS = str.maketrans({chr(z + i): str(i) for z in _ZEROS for i in range(10)})


def ascii_digits(text: str) -> str:
    """`text` with every digit of another script written as its ASCII digit."""
    return text if text.isascii() else text.translate(DIGITS)


def digits_context(ctx: Context) -> Context:
    """The session with the user's messages' digits in ASCII (the same context when they have none of another script)."""
    if all(m.isascii() for m in ctx.user_messages):
        return ctx
    msgs = tuple(ascii_digits(m) for m in ctx.user_messages)
    return ctx if msgs == ctx.user_messages else replace(ctx, user_messages=msgs)


FIXTURES = [("پورت ۵۴۳۲", "پورت 5432"), ("db ३", "db 3"), ("ポート５４３２", "ポート5432"), ("port 5432", "port 5432"),
            ("منفذ ٨٠٨٠", "منفذ 8080")]
