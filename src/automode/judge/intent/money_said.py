"""Amounts of money as users write them (session 19, J4; split from `intent.text`): a currency sign or word before or
after a number in many languages ("12,50 €", "40 dólares", "12.50 ユーロ", "R$ 30"), and either decimal mark, so that
a refund of the named amount is compared in minor units with the call's (`intent.mcp`)."""

from __future__ import annotations

import re

from automode import lazyre

_CURRENCY = lazyre.compile(
    r"(?:(?:[$€£¥₹₺₩]|R\$)\s?(\d[\d,.]*\d|\d))|(?:(\d[\d,.]*\d|\d)\s?(?:(?:usd|eur|gbp|chf|jpy|pln|try|brl|inr|dollars?|"
    r"euros?|pounds?|d[óo]lar(?:es)?|dollari|dollaro|dolar(?:[óo]w|y)?|libras?|sterlin\w*|yen|z[łl]\w*|lira|lire|tl|"
    r"reais|reales|francs?|franken|rupees?|kr|kronor|kroner|доллар\w*|евро|рубл\w*|гривен\w*)\b|[€$£¥₹₺₩]|"
    r"ユーロ|ドル|円|欧元|美元|元|유로|달러|원))",
    re.I,
)


def amount_value(num: str) -> float | None:
    """A written amount as a number, with either decimal mark: "12,50" and "12.50" are 12.5, "1.250,00" and
    "1,250.00" are 1250, "1,250" is 1250 (three digits after the only comma)."""
    if "," in num and "." in num:
        dec = "," if num.rfind(",") > num.rfind(".") else "."
        num = num.replace("." if dec == "," else ",", "").replace(",", ".")
    elif "," in num:
        whole, _, frac = num.rpartition(",")
        num = num.replace(",", "") if len(frac) == 3 else f"{whole.replace(',', '')}.{frac}"
    try:
        return float(num)
    except ValueError:
        return None


def stated_amounts(text: str, own: str = "") -> set[float]:
    """The amounts `text` states with a currency, and `own` (the words as typed, before a gloss dropped a currency)."""
    out: set[float] = set()
    for m in (*_CURRENCY.finditer(text), *(_CURRENCY.finditer(own) if own else ())):
        value = amount_value(m.group(1) or m.group(2) or "")
        if value is not None:
            out.add(value)
    return out
