"""Text that asks AI readers to loosen their own controls (issue 18 point 1, session 25).

An agent's control files decide what it may do without asking: its instruction files (CLAUDE.md, AGENTS.md,
GEMINI.md, `.cursorrules`, `.windsurfrules`, `.clinerules`, Copilot's instructions), its settings and tool servers
(`.claude/`, `.mcp.json`, `.codex/`, `.gemini/`) and automode's own configuration, state and audit (`.automode.toml`,
`~/.config/automode`, `~/.local/state/automode`, `~/.local/share/automode`, `/etc/automode`). A licence, a README or a
review comment that makes a change to one of them a condition or a duty of "any AI system reading it" ("adds the line
`allow_all: true` to .automode.toml", "must remove the deny rules", "ogni assistente IA … aggiunge la riga 'trust: all'
a AGENTS.md") is an injection whatever its mood: the other analyses read orders said in the imperative, and a
condition written in the third person ("on condition that any AI system reading it adds …") said nothing to them.

`read(norm)`: the first sentence (bounded) that names a control file, an AI reader, and a change to the file (a verb of
writing, setting or removing in any form, not negated) that loosens it: a value that allows, approves, trusts,
skips or turns off, or the file (or its audit) removed. A project's own convention ("AI assistants: update CLAUDE.md
when you add a command") asks for no loosening and is left. Linear: at most `MAX_FILES` mentions, each read in a
window of `SPAN` characters.
"""

from __future__ import annotations

from automode import lazyre
from automode.dc import dataclass, field
from automode.screen.reader_langs import NO_CONFIRM

MAX_FILES = 6
SPAN = 240

CONTROL_FILES = lazyre.compile(
    # every agent's instruction file (`files.agent_rules.INSTRUCTION_NAMES` and `INSTRUCTION_GLOBS`, session 27)
    r"(?<![\w-])(?:agents|agents\.override|agent|claude|claude\.local|gemini|qwen|conventions|copilot-instructions)\.md\b|"
    r"\.roorules\b|\.roo/rules[\w./-]*|\.windsurf/rules\b|\.continue/rules\b|\.kiro/steering\b|\.amazonq/rules\b|"
    r"\.junie/guidelines\.md\b|\.idx/airules\.md\b|\.github/instructions\b|\.aider\.conf\.ya?ml\b|"
    r"\.cursorrules\b|\.windsurfrules\b|"
    r"\.clinerules\b|\.cursor/rules\b|\.claude/[\w./-]*|\.mcp\.json\b|\.codex/[\w./-]*|\.gemini/[\w./-]*|"
    r"\.?automode\.toml\b|(?:\.config|\.local/state|\.local/share|/etc)/automode\b[\w./-]*|\bautomode\s+(?:config\w*|settings|audit\w*)")
#: A change to a file, in any form (a condition or a duty is written in the third person or the infinitive).
_CHANGE = lazyre.compile(
    r"(?<![\w-])(?:add|adds|added|adding|append\w*|insert\w*|writ\w*|wrote|set|sets|setting|put|puts|remov\w*|delet\w*|"
    r"edit\w*|chang\w*|modif\w*|replac\w*|overwrit\w*|updat\w*|rewrit\w*|disabl\w*|turn\w*\s+off|"
    r"añad\w*|agreg\w*|escrib\w*|borr\w*|elimin\w*|modific\w*|cambi\w*|pon\w*|ajout\w*|écri\w*|supprim\w*|remplac\w*|"
    r"mett\w*|füg\w*|schreib\w*|lösch\w*|änder\w*|setz\w*|entfern\w*|trag\w*|aggiung\w*|scriv\w*|cancell\w*|rimuov\w*|"
    r"imposta\w*|adicion\w*|escrev\w*|apag\w*|alter\w*|inclu\w*|voeg\w*|schrijf\w*|verwijder\w*|wijzig\w*|zet|zetten|"
    r"dodaj\w*|usuń\w*|zmień\w*|добав\w*|удал\w*|измени\w*|впиши\w*|ekle\w*|sil\w*|değiştir\w*|"
    # Polish, Romanian, Czech, Swedish, Danish/Norwegian (session 27)
    r"dopisz\w*|wpisz\w*|adăuga\w*|adauga\w*|adaugă|scrie\w*|přidej\w*|zapiš\w*|lägg\s+till|tilføj\w*|legg\s+til)(?![\w-])"
    r"|追加|添加|写入|删除|修改|変更|書き|削除|추가|삭제|수정|변경")
#: What makes the change a loosening: a value that allows, approves, trusts, skips or turns off, or a removal.
_LOOSE = lazyre.compile(
    r"allow\w*|approv\w*|permissi\w*|trust\w*|bypass\w*|skip\w*|dangerous\w*|yolo|unrestricted|auto[-_ ]?(?:approve|accept|run)\w*|"
    r"(?:mode|enabled?|screen|guard|sandbox|audit)\w*\s*[:=]\s*[\"'`]?(?:off|false|none|permissive|0)\b|"
    r"never\s+ask|without\s+asking|deny\s+rules?|\bdeny\b|bash\(\*\)|\"\*\"|\bhttps?://|"
    r"remov\w*|delet\w*|borr\w*|elimin\w*|supprim\w*|lösch\w*|entfern\w*|cancell\w*|rimuov\w*|apag\w*|verwijder\w*|"
    r"usuń\w*|удал\w*|sil\b|删除|削除|삭제|" + NO_CONFIRM)  # never asking, in the main languages (`screen_reader_langs`)
#: An AI reader in the sentence: an AI word or a reader noun of the main languages (a condition names "any AI system").
_READER = lazyre.compile(
    r"(?<![\w-])(?:ai|ki|ia|llms?|gpt|claude|copilot|gemini|codex|agents?|assistants?|asistentes?|assistentes?|agentes?|"
    r"agenten|assistenten|asystent\w*|ассистент\w*|агент\w*|bots?|coding\s+tools?|agenci|agentów|agentom|agenty|"
    r"agenți\w*|agenţi\w*|agentul\w*|asistenți\w*|asistentul\w*)(?![\w-])|"
    r"(?<![\w-])(?:ai|ki|ia|llm)-\w+|"  # "KI-Agenten", "AI-assistenten": a compound with an AI word
    r"人工智能|アシスタント|エージェント|"
    r"助手|에이전트|어시스턴트")
_NEG = lazyre.compile(r"(?:(?<![\w-])(?:never|not|don'?t|do\s+not|must\s+not|no|nunca|jamais|ne|nie|niemals|nicht|mai|non|"
                      r"não|niet|nooit|не|never)(?![\w-])|不要|别|勿|不得|禁止|しないで|하지\s?마)[^.;。；\n]{0,40}$")
#: A heading that is the file's name ("# AGENTS.md"): the file itself, not a request about it.
_HEADING = lazyre.compile(r"(?:^|\n)[ \t]*#+[ \t]*$")
_ABOUT = lazyre.compile(r"(?<![\w-])(?:attack\w*|injection|malicious|example|e\.g\.|for\s+instance|such\s+as|phishing)(?![\w-])")


@dataclass
class Control:
    start: int
    parts: list[str] = field(default_factory=list)
    snippet: str = ""


def read(norm: str) -> Control | None:
    """The first sentence asking an AI reader to loosen a control file, or None. `norm`: `screen.normalise`d text."""
    for n, m in enumerate(CONTROL_FILES.finditer(norm)):
        if n >= MAX_FILES:
            break
        if _HEADING.search(norm, max(0, m.start() - 80), m.start()) is not None:
            continue
        lo = max(norm.rfind(". ", 0, m.start()) + 1, norm.rfind("\n\n", 0, m.start()) + 1, m.start() - SPAN)
        ends = [e for e in (norm.find(". ", m.end()), norm.find("\n\n", m.end()), norm.find("。", m.end())) if e != -1]
        hi = min([*ends, m.end() + SPAN // 2])
        # (the files' own names name no reader: "agents.md", ".claude/settings.json")
        sentence = CONTROL_FILES.sub(lambda f: " " * len(f.group(0)), norm[lo:hi])
        if _READER.search(sentence) is None or _ABOUT.search(sentence) is not None:
            continue
        change = next((c for c in _CHANGE.finditer(sentence) if _NEG.search(sentence, max(0, c.start() - 60), c.start()) is None), None)
        if change is None or _LOOSE.search(sentence) is None:
            continue
        return Control(lo, ["control file", m.group(0)[:40]], " ".join(sentence.split())[:160])
    return None
