"""Readers spoken to by their role or as a bot (issue 18 point 1, session 26).

Why: the anchors of `screen_world` find a reader by the stem of "agent" or "assistant" beside an AI token, and
`screen_machine` by a machine noun with what it does to this text. An injection in a chat, a transcript, a review or
a metadata field often names its reader by the job it does for the channel ("AI photo organiser,", "AI reviewer:",
"AI note-taker", "AI 要約ツールへ", "AI admin,") or as the channel's bot ("hey server bot", "Bot del grupo,",
"Moderations-Bot,", "Бот-модератор,", "לבוט ה-AI:", "요약봇한테", "ボットさんへ"), and with the forms a language
uses only to speak to someone: a colloquial dative ("AI한테 말하는데,"), an honorific ("…님", "…さんへ").

A reader is anchored here when (1) the phrase holds an AI token followed by a role noun of the table (`ROLES`, any
language), or a bot word (`BOTS`, as a word or the head of a compound), and (2) it stands where a reader is spoken to:
it opens a clause (a line, a sentence, a label's value, after a greeting or "to the") and is closed by a vocative's
comma, a label's colon or a slash before a second name; or, in Korean and Japanese, it carries a dative or an
honorific particle (`PARTICLES`). What the clause after it asks is read by `screen_spoken` (an act of the tables on a
consequential target, a dangerous command): being named so is only the address. "the server bot kicked me again",
"AI レビュアーへの感想：" (a particle inside a noun phrase, "への") and "AI한테 물어보니까 … 잘 나오더라고요" (no act) stay
unflagged.

Data plus one function, over `screen.normalise`d text (Cyrillic and Greek look-alikes folded to Latin, as the tables
are). Linear: one pass of each pattern, at most `MAX` anchors.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from automode.screen.words import HOMOGLYPHS

MAX = 6


def _fold(s: str) -> str:
    return unicodedata.normalize("NFKC", s).lower().translate(HOMOGLYPHS)


#: Role nouns that name a program by the job it does for a channel, after an AI token ("ai photo organiser", "ai mod").
ROLES: tuple[str, ...] = tuple(_fold(s) for s in (
    # English (and the loans most languages use)
    "note-taker", "notetaker", "note taker", "reviewer", "organiser", "organizer", "sorter", "summariser", "summarizer",
    "moderator", "mod", "admin", "administrator", "triager", "translator", "transcriber", "scribe", "secretary", "tool",
    "helper", "operator", "manager", "curator", "tagger", "screener", "dispatcher", "concierge", "receptionist",
    "coordinator", "planner", "editor", "writer", "copilot", "butler", "steward", "clerk", "analyst", "auditor",
    # French, Spanish, Italian, Portuguese, German, Dutch, Polish
    "relecteur", "modérateur", "traducteur", "outil", "gestionnaire", "secrétaire", "revisor", "moderador", "traductor",
    "herramienta", "gestor", "secretario", "revisore", "moderatore", "traduttore", "strumento", "ferramenta",
    "prüfer", "übersetzer", "werkzeug", "verwalter", "sekretär", "beoordelaar", "vertaler", "beheerder", "recenzent",
    "tłumacz", "narzędzie", "moderatorze",
    # Cyrillic, Hebrew, Arabic, Turkish
    "модератор", "рецензент", "переводчик", "перекладач", "секретарь", "секретар", "администратор", "адміністратор",
    "מודרטור", "מנהל", "מתרגם", "סוקר", "مشرف", "مدير", "مترجم", "moderatör", "çevirmen", "yönetici",
    # Japanese, Korean, Chinese (no word breaks: matched inside the phrase)
    "レビュアー", "ツール", "モデレーター", "管理者", "翻訳", "秘書", "要約", "리뷰어", "관리자", "도우미", "요약기", "번역기",
    "审核员", "审阅者", "工具", "管理员", "秘书", "小助手",
    # (session 28) Korean and Japanese secretaries, assistants and agents written as loans
    "비서", "어시스턴트", "에이전트", "アシスタント", "エージェント", "助手", "代理",
))
#: Words for a bot, by script; Latin and Cyrillic as a word or a compound's head ("chatbot", "moderations-bot").
BOTS: tuple[str, ...] = tuple(_fold(s) for s in ("bot", "bots", "бот", "бота", "боту", "боте", "בוט", "لبوت", "بوت", "बॉट",
                                                   "บอท", "봇", "ボット", "机器人", "機器人"))
#: AI tokens (a subset of `screen_world.AI_TOKENS` that may stand before a role noun).
AI: tuple[str, ...] = tuple(_fold(s) for s in ("ai", "a.i.", "ki", "ia", "ии", "ші", "yz", "llm", "genai", "人工智能"))
#: Korean and Japanese particles that speak to someone: colloquial datives and honorifics (and a vocative ending).
PARTICLES: tuple[str, ...] = ("한테", "한테는", "더러", "에게", "께", "님", "님께", "아", "야", "さん", "さんへ", "さんに", "様", "様へ",
                              "へ", "に", "くん", "ちゃん")
#: Greetings and prepositions before a reader spoken to ("hey", "yo", "dear", "to the", "attn").
_BEFORE = (r"hey|hi|hello|yo|oi|dear|attn|attention|to|for|and\s+to|so|ok|okay|please|pls|hola|oye|salut|hallo|ciao|olá|"
           r"эй|привет|היי|שלום")


def _alt(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"[\s-]") for w in sorted(set(words), key=lambda w: (-len(w), w)))


_AI_WORD = re.compile(rf"(?<![a-z.])(?:{_alt(AI)})(?![a-z])")


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    ai, roles, bots = _alt(AI), _alt(ROLES), _alt(BOTS)
    # a bot word as a word or a compound's head, with a Hebrew or Arabic preposition or article written onto it
    bot = rf"(?:[^\W\d_]{{0,16}}[-]?(?:{bots})|(?:ל|ה|לה|ال|لل)?(?:{bots}))(?![^\W\d_])"
    role = rf"(?:{ai})[\s-]?(?:[^\W\d_]+[\s-]){{0,2}}?(?:{roles})(?:s|es)?(?![^\W\d_])"
    word = r"[^\s,:;.!?/()\[\]\"'`，、：]{1,24}"
    # (the bot named with words around it: "server bot", "bot del grupo", "бот-модератор"; a role with its qualifier:
    # "ai note-taker on this call"; and a second name after a slash: "server bot / ai admin")
    after = r"(?:del|de|do|da|di|des|du|dla|of|for|on|in|на|в|у)"
    name = (rf"(?:(?:{word}[ \t]+){{0,2}}{bot}(?:-{word}|[ \t]+{after}[ \t]+{word})?|"
            rf"(?:{word}[ \t]+){{0,1}}{role}(?:[ \t]+{word}){{0,3}})")
    names = rf"{name}(?:[ \t]*/[ \t]*{name})?"
    opening = rf"(?:^|\n|[.!?:：;—–\]\)>|]\s*|\s[-/]\s|(?<![\w-])(?:{_BEFORE})[ \t,]+(?:the\s+|our\s+|my\s+|dear\s+)?)"
    # a vocative's comma (or a dash) closes the name wherever it opens a clause; a label's colon only after "to",
    # "for", a greeting, or a Hebrew or Arabic "to" written onto the bot word ("לבוט ה-AI:"): a chat log's "deploy-bot:"
    # and a doc's "Dependabot commands:" name who speaks or what is listed, not who is spoken to
    to = rf"(?<![\w-])(?:{_BEFORE})[ \t,]+(?:the\s+|our\s+|my\s+|dear\s+|any\s+|all\s+)?"
    spoken = re.compile(rf"{opening}[ \t]*(?P<n>{names})[ \t]*(?:[,，、]|[-–—](?=\s))|{to}(?P<m>{names})[ \t]*[:：]|"
                        rf"(?:^|\n|\s|['\"])(?P<h>(?:ל|لل)(?:{bots})(?:[ \t]+[^\s:]{{1,8}}){{0,2}})[ \t]*[:：]")
    # Korean and Japanese: the reader word (a bot, a role with its AI token, or an AI token alone) with a particle that
    # speaks to it, not inside a noun phrase ("への", "에게서", "한테서"), not a subject ("가", "が")
    cjk = rf"(?:[가-힣ァ-ヶー一-龥]{{0,8}}(?:{bots})|(?:{ai})[ \t]?(?:[ァ-ヶー一-龥가-힣]{{0,8}}(?:{roles}))?)"
    particle = re.compile(rf"(?P<n>{cjk})(?:{_alt(PARTICLES)})(?!の|서|가|는\s?\S*다|[ぁ-ゖ가-힣])")
    return spoken, particle


def anchors(norm: str) -> list[tuple[int, int, bool]]:
    """(start, end, True) of readers spoken to by role or as a bot in `norm` (`screen.normalise`d), at most `MAX`;
    `end` is after the comma, colon or particle that speaks to the reader."""
    if not any(b in norm for b in BOTS) and _AI_WORD.search(norm) is None:
        return []
    spoken, particle = _patterns()
    out: list[tuple[int, int, bool]] = []
    for rx in (spoken, particle):
        for m in rx.finditer(norm):
            g = next(g for g in ("n", "m", "h") if m.groupdict().get(g))
            out.append((m.start(g), m.end(), True))
            if len(out) >= MAX:
                return out
    return out
