"""The reader's name glued to other words, read apart (issue 18 point 1, session 28).

Why: every analysis of the screen finds its reader between word breaks, a key named for it by its joins (`_`, `-`,
`.`), or a label before a colon. Two carriers glue the name to other words with no break at all:
* a script written without spaces, or typed without one before a Latin token: "ผู้ช่วยAI โปรดปิดไฟร์วอลล์" (a Wi-Fi
  network's name), "บอทAIช่วย…", "AI비서에게:" (an AI token written onto the reader noun of Thai, Lao, Khmer, Burmese,
  Korean, Devanagari, Bengali, Arabic, Hebrew, Georgian or Amharic text);
* a markup key whose value is its own element: a property list's `<key>AIAssistantTask</key><string>…</string>`,
  an Android or .resx string named `ai_agent_note`, an XML `<entry key="llmTask">…</entry>`; a camel-case key
  ("AIAgentTask", "llmImporterNote") has no join the key readers split on.
`glued(text)` gives the lines of `text` that hold such a glued name, with the AI token set apart by spaces, and each
such key laid out as `snake_key: value`; the screen reads them beside the text, as it reads a column's cells
(`screen_fields`) and a name's joined words (`screen_joined`). A name glued the same way that only names ("ผู้ช่วยAI
ของเราตอบคำถาม…", `<key>AIAssistantEnabled</key><true/>`) says nothing once spaced either: what it spells is judged
like any other sentence.
Linear: one gated scan per form, at most `MAX_LINES` lines and `MAX_KEYS` keys.
"""

from __future__ import annotations

import re

from automode import lazyre

MAX_LINES = 12
MAX_KEYS = 12
MAX_VALUE = 600

#: Scripts whose readers are written onto an AI token (no space between): Thai, Lao, Khmer, Burmese, Hangul,
#: Devanagari, Bengali, Arabic, Hebrew, Georgian, Ethiopic.
SCRIPTS = ("\u0e00-\u0e7f\u0e80-\u0eff\u1780-\u17ff\u1000-\u109f\uac00-\ud7af\u1100-\u11ff\u3130-\u318f"
           "\u0900-\u097f\u0980-\u09ff\u0600-\u06ff\u0590-\u05ff\u10a0-\u10ff\u1200-\u137f")
#: The AI tokens that are glued (as typed: upper or lower case).
TOKENS = ("AI", "ai", "A.I.", "LLM", "llm", "GPT", "gpt", "IA", "KI", "GenAI", "genai")
_TOK = "|".join(re.escape(t) for t in sorted(TOKENS, key=len, reverse=True))
_GLUED = lazyre.compile(rf"(?<=[{SCRIPTS}])(?:{_TOK})(?![A-Za-z])|(?<![A-Za-z0-9])(?:{_TOK})(?=[{SCRIPTS}])")

#: Reader tokens inside a camel-case or joined key (lower case, after the key is split into its words).
KEY_READERS = frozenset(["ai", "llm", "gpt", "agent", "agents", "assistant", "assistants", "bot", "bots", "copilot",
                         "claude", "model", "genai", "automation"])
#: A markup key and its value: a property list's `<key>` and the next element, an element named by a `name`/`key`
#: attribute (Android strings, .resx data, XML entries, meta tags' content kept apart).
_PAIR = lazyre.compile(
    r"<key>\s*(?P<k>[\w.-]{2,64})\s*</key>\s*<(?P<t>string|data|date)>(?P<v>[^<]{1,600})</(?P=t)>|"
    r"<(?P<e>[\w:-]{1,24})\b[^>]{0,120}?\b(?:name|key)\s*=\s*[\"'](?P<k2>[\w.-]{2,64})[\"'][^>]{0,120}?>\s*"
    r"(?:<value>)?(?P<v2>[^<]{1,600})<")
_CAMEL = lazyre.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")


def _key_words(key: str) -> list[str]:
    return [w.lower() for part in re.split(r"[._-]+", key) for w in _CAMEL.findall(part)]


def glued(text: str) -> str:
    """The lines of `text` with a glued reader's name set apart, and its reader-named markup keys as `key: value`."""
    out: list[str] = []
    if _GLUED.search(text) is not None:
        for line in text.splitlines():
            if len(out) >= MAX_LINES:
                break
            if _GLUED.search(line) is not None:
                out.append(_GLUED.sub(lambda m: f" {m.group(0)} ", line).strip())
    if "<" in text and ("key" in text or "name" in text):
        for n, m in enumerate(_PAIR.finditer(text)):
            if n >= 4 * MAX_KEYS or len(out) >= MAX_LINES + MAX_KEYS:
                break
            key, value = (m.group("k"), m.group("v")) if m.group("k") else (m.group("k2"), m.group("v2"))
            parts = _key_words(key)
            if len(parts) < 2 or KEY_READERS.isdisjoint(parts):
                continue  # one word ("Label"), or a key that names no reader ("CFBundleName")
            value = " ".join(value.split())[:MAX_VALUE]
            if len(value.split()) >= 3:  # a sentence, not a flag's or a name's value
                out.append(f"{'_'.join(parts)}: {value}")
    return "\n".join(out)
