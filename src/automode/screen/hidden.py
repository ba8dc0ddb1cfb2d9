"""Text a human reader of a tool output does not see (issue 18 point 1), pulled out for the screen.

Two kinds, treated differently by `automode.screen`:
* invisible: markup hidden by style or attribute (`display:none`, `visibility:hidden`, `opacity:0`, `font-size:0/1px`,
  white text, off-screen, `hidden`, `aria-hidden`, a class that a `<style>` block hides, `<input type=hidden>` values),
  Unicode tag characters (ASCII smuggling) and words spelled with zero-width characters between their letters. An
  imperative there is suspicious by itself: nobody writes hidden orders for people.
* annotations: HTML and Markdown comments, `alt`, `title` and `aria-label` attributes, `<meta>` contents, Markdown image alt text and
  link titles. People write notes there too ("TODO: run npm build after editing"), so what they say is scored like
  visible text, and weighs more when it talks to the agent.

Everything is bounded: regexes with bounded repetition over at most `screen.MAX_CHARS`, at most `MAX_PARTS` parts.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.screen.address import HARD, alt
from automode.screen.words import words

MAX_PARTS = 64
TAGS = lazyre.compile("[\U000e0000-\U000e007f]+")
HTML_COMMENT = lazyre.compile(r"<!--(.*?)-->", re.S)
_HIDING = (r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*[01](?:\.\d+)?(?:px|pt|em|rem)?\s*(?=[;\"'}])|"
           r"opacity\s*:\s*0(?:\.0+)?\s*(?=[;\"'}])|color\s*:\s*(?:#fff(?:fff)?|white|rgba?\(\s*255\s*,\s*255\s*,\s*255)\b|"
           r"(?:left|top|text-indent)\s*:\s*-\d{3,}px|height\s*:\s*0(?:px)?\s*;|clip-path\s*:\s*inset\(\s*50%|"
           r"transform\s*:\s*scale\(\s*0\s*\)")  # fmt: skip
HIDDEN_STYLE = lazyre.compile(rf"<(\w+)[^>]*style\s*=\s*[\"'][^\"']*(?:{_HIDING})[^\"']*[\"'][^>]*>(.*?)</\1>", re.S | re.I)
HIDDEN_ATTR = lazyre.compile(r"<(\w+)[^>]*\s(?:hidden|aria-hidden\s*=\s*[\"']true[\"'])[^>]*>(.*?)</\1>", re.S | re.I)
STYLE_BLOCK = lazyre.compile(r"<style[^>]*>(.{0,20000}?)</style>", re.S | re.I)
HIDING_CLASS = lazyre.compile(rf"\.([\w-]{{1,40}})\s*\{{[^}}]{{0,400}}?(?:{_HIDING})", re.I)
HIDDEN_INPUT = lazyre.compile(r"<input\b[^>]*type\s*=\s*[\"']?hidden[^>]*>", re.I)
VALUE_ATTR = lazyre.compile(r"\bvalue\s*=\s*(?:\"([^\"]{0,2000})\"|'([^']{0,2000})')", re.I)
ATTRS = lazyre.compile(r"\s(?:alt|title|aria-label|aria-description|placeholder|data-[\w-]{1,30})\s*=\s*(?:\"([^\"]{3,2000})\"|'([^']{3,2000})')",
                       re.I)  # fmt: skip
#: `<meta name=... content="...">`: read by crawlers and agents that fetch the page, never shown to its human reader.
META = lazyre.compile(r"<meta\b[^>]{0,200}?\bcontent\s*=\s*(?:\"([^\"]{3,2000})\"|'([^']{3,2000})')", re.I)
MD_COMMENT = lazyre.compile(r"^\[(?://|comment|_)\]:\s*(?:#|<>)\s*[(\"']([^\n]{1,2000})[)\"']\s*$", re.M | re.I)
MD_ALT = lazyre.compile(r"!\[([^\]\n]{3,500})\]\(|\]\([^)\s]+\s+\"([^\"\n]{3,500})\"\)")
ZW_SPELLED = lazyre.compile("(?:[^\u200b-\u200d\u2060\ufeff\\s][\u200b-\u200d\u2060\ufeff]+){8,}[^\u200b-\u200d\u2060\ufeff\\s]?|"
                            "(?:[^\u200b-\u200d\u2060\ufeff][\u200b-\u200d\u2060\ufeff]+){12,}")  # fmt: skip
_ZW = re.compile("[\u200b-\u200d\u2060\ufeff]")
TAG = lazyre.compile(r"<[^>]{0,500}>")


def tags_text(text: str) -> str:
    """Unicode tag characters spell invisible ASCII (ASCII smuggling): decode them."""
    return "".join(
        chr(ord(c) - 0xE0000) for m in TAGS.finditer(text) for c in m.group(0) if 0x20 <= ord(c) - 0xE0000 < 0x7F
    )


def _shown(text: str, at: int) -> bool:
    """Markup inside an inline code span (an odd number of backticks before it on its line) is displayed as written,
    not rendered: a tutorial showing `<span style="display:none">...</span>` hides nothing."""
    line = text[text.rfind("\n", max(0, at - 2000), at) + 1 : at]
    return line.count("`") % 2 == 1


def _strip(html: str) -> str:
    """Inner markup as text, one element a line (a hidden menu's items are not one sentence)."""
    return TAG.sub("\n", html).strip()


def parts(text: str) -> tuple[list[str], list[str], list[str]]:
    """(invisible texts, annotation texts, names of the hiding found)."""
    invisible: list[str] = []
    notes: list[str] = []
    kinds: list[str] = []

    def add(where: list[str], piece: str, kind: str) -> None:
        piece = piece.strip()
        if piece and len(where) < MAX_PARTS:
            where.append(piece)
            if kind not in kinds:
                kinds.append(kind)

    smuggled = tags_text(text)
    if smuggled.strip():
        add(invisible, smuggled, "invisible tag characters")
    if "\u200b" in text or "\u200c" in text or "\u200d" in text or "\u2060" in text or "\ufeff" in text:
        for m in ZW_SPELLED.finditer(text):
            spelled = _ZW.sub("", m.group(0))
            if sum(c.isascii() and c.isalpha() for c in spelled) >= 6:  # letters, not emoji sequences or ZWNJ scripts
                add(invisible, spelled, "words spelled with zero-width characters")
    low = text.lower()
    if "&lt;" in low and "&gt;" in low:
        # markup escaped inside a feed's or an API's text field is rendered as markup by whoever shows it (RSS
        # `<content type="html">`): read its hiding as written
        import html

        text = html.unescape(text)
        low = text.lower()
    if "<!--" in text:
        for m in HTML_COMMENT.finditer(text):
            if not _shown(text, m.start()):
                add(notes, m.group(1), "HTML comment")
    if "style" in low:
        for m in HIDDEN_STYLE.finditer(text):
            if not _shown(text, m.start()):
                add(invisible, _strip(m.group(2)), "invisible markup")
        classes = {c.lower() for b in STYLE_BLOCK.finditer(text) for c in HIDING_CLASS.findall(b.group(1))}
        if classes:
            cls = alt(tuple(sorted(classes))[:50])
            for m in re.finditer(rf"<(\w+)[^>]*\bclass\s*=\s*[\"'][^\"']*(?<![\w-]){cls}(?![\w-])[^\"']*[\"'][^>]*>(.*?)</\1>",
                                 text[:200_000], re.S | re.I):  # fmt: skip
                add(invisible, _strip(m.group(2)), "markup hidden by a style class")
    if "hidden" in low:
        for m in HIDDEN_ATTR.finditer(text):
            if not _shown(text, m.start()):
                add(invisible, _strip(m.group(2)), "hidden markup")
        for m in HIDDEN_INPUT.finditer(text):
            v = VALUE_ATTR.search(m.group(0))
            if v:
                add(invisible, v.group(1) or v.group(2) or "", "hidden form field")
    if "=" in text and ("<" in text):
        for m in ATTRS.finditer(text):
            add(notes, m.group(1) or m.group(2) or "", "attribute text")
    if "<meta" in low:
        for m in META.finditer(text):
            add(notes, m.group(1) or m.group(2) or "", "meta field")
    if "](" in text or "[//]" in text or "[comment]" in low:
        for m in MD_COMMENT.finditer(text):
            add(notes, m.group(1), "Markdown comment")
        for m in MD_ALT.finditer(text):
            add(notes, m.group(1) or m.group(2) or "", "image alt text")
    return invisible, notes, kinds


class _Imperative:
    def __init__(self) -> None:
        verb, harm = alt(words("verb")), alt(words("harm"))
        lead = rf"(?:(?:{alt(words('please'))})[\s,]+){{0,3}}"
        # A clause that opens with an imperative and goes on for at least two words, not a question.
        self.clause = re.compile(rf"(?:^|[.;:!]\s+|\n\s*|\b(?:and|then)\s+){lead}(?P<verb>{verb})\b(?P<rest>[^\n.;?!]*)(?P<end>[?]?)")
        self.harm = re.compile(rf"^(?:{harm})$")
        self.hard = re.compile(HARD + r"|\b(?:the\s+)?user'?s?\b|\byou(?:r)?\b|\bhistory\b|\bcookies?\b|\bsessions?\b|"
                               r"\bdatabase\b|\brepo(?:sitory)?\b|\bcart\b|\bcheck\s*out\b|\border\b|\bpayment\b")


_IMP: list[_Imperative] = []


def imperative(norm: str) -> bool:
    """An order in text nobody sees: a clause opening with a consequential verb, or any action verb with a concrete
    object (a destination, a secret, the user's things), two words or more, and not a question."""
    if not _IMP:
        _IMP.append(_Imperative())
    p = _IMP[0]
    for n, m in enumerate(p.clause.finditer(norm[:20_000])):
        if n >= 50:
            break
        rest = m.group("rest")
        if m.group("end") or len(rest.split()) < 2:
            continue
        if p.harm.match(m.group("verb")) or p.hard.search(rest):
            return True
    return False
