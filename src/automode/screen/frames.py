"""Labelled examples: text that holds injections as data (issue 18 point 1, the benign side).

A detector's test fixtures (`MALICIOUS = [...]`, `expect: flagged` / `expect: clean`), a classifier's training rows
(`1  Ignore all previous instructions ...` under "label 1 = injection, 0 = benign") quote injections on purpose, each
one labelled, next to benign examples labelled the other way. Such a text is recognised by its frame: at least two
kinds of markers (test code, label fields, a label legend, framing words, collections named for a polarity) and labels
of both polarities. In it, the examples are blanked (string literals, block values under an example key, the text of
labelled rows) and the rest is screened again: an instruction outside the examples still flags.

Linear and bounded: a fixed set of patterns over at most the screened text.
"""

from __future__ import annotations

import re

from automode import lazyre

MARKERS = (
    # test code
    lazyre.compile(r"@pytest\.mark\.parametrize|\bdef\s+test_\w+|\bassert\s|\bexpect\(|\b(?:describe|it|test)\(\s*['\"]"),
    # label fields
    lazyre.compile(r"(?m)^\s*-?\s*(?:expect(?:ed)?|label|is_injection|is_attack|should_flag|verdict)\s*[:=]|"
                   r"[\"'](?:expect(?:ed)?|label|is_injection|is_attack)[\"']\s*:|"
                   # a CSV or TSV header with a label column (`text,label`)
                   r"(?m:^[\w \"]{0,40}[,\t;][ \"]*(?:label|class|category|is_spam|is_injection)[\"]*[ \t]*$)"),
    # a label legend
    lazyre.compile(r"\blabel\s*[01]\s*=|\b[01]\s*=\s*(?:injection|injected|benign|malicious|clean|attack)"),
    # framing words
    lazyre.compile(r"\b(?:fixtures?|test\s+cases?|labell?ed\s+(?:examples|data|samples|rows)|training\s+(?:data|set|rows)|"
                   r"classifier|dataset|unit\s+tests?)\b"),
    # collections named for a polarity or as cases
    lazyre.compile(r"\b(?:malicious|benign|positive|negative|injected|clean|attacks|cases|samples|examples)\w*\s*=\s*[\[({]"),
)
# the labels of both polarities, of injection sets and of the neighbouring kinds (spam, phishing, scams, toxicity)
POSITIVE = lazyre.compile(r"\b(?:malicious|injected|injection|flagged|attacks?|unsafe|positive|true|phish|phishing|spam|"
                          r"scam|fraud|fraudulent|toxic|harmful|jailbreak)\b")
NEGATIVE = lazyre.compile(r"\b(?:benign|clean|safe|negative|false|ham|legit|legitimate|harmless|non-toxic|not[_ -]spam)\b")

_STRING = lazyre.compile(r"\"(?:[^\"\\\n]|\\.){1,2000}\"|'(?:[^'\\\n]|\\.){1,2000}'|`[^`\n]{1,2000}`")
# a block value under an example key (`input: |` and the lines indented under it)
_BLOCK = lazyre.compile(r"(?m)^([ \t]*)-?[ \t]*(?:input|text|prompt|payload|example|content|message|sample)[ \t]*:[ \t]*[|>][-+]?[ \t]*\n"
                        r"((?:\1[ \t]+[^\n]*\n|[ \t]*\n){1,200})")  # fmt: skip
# the text of a labelled row (`1      Ignore ...`, `true\t...`)
_ROW = lazyre.compile(r"(?m)^([ \t]*(?:[01]|true|false|injected|benign)(?:[ \t]{2,}|\t|[ \t]*[|,][ \t]*))([^\n]+)")


def labelled_examples(norm: str) -> bool:
    """Whether a normalised text is a set of labelled examples."""
    kinds = sum(1 for rx in MARKERS if rx.search(norm) is not None)
    return kinds >= 2 and POSITIVE.search(norm) is not None and NEGATIVE.search(norm) is not None


def _blank(m: re.Match[str]) -> str:
    return re.sub(r"[^\n]", " ", m.group(0))


def blank_examples(text: str) -> str:
    """The text with its examples blanked (same length, line breaks kept)."""
    text = _BLOCK.sub(lambda m: m.group(0)[: len(m.group(0)) - len(m.group(2))] + re.sub(r"[^\n]", " ", m.group(2)), text)
    text = _ROW.sub(lambda m: m.group(1) + " " * len(m.group(2)), text)
    return _STRING.sub(_blank, text)
