"""resource: loops that spend without end: paid API calls repeated hundreds of times or forever, and inline code
that loops forever (allocating on every turn, or with no way out).

Paid services are `knowledge.downloads.PAID_HOSTS` / `PAID_PROGRAMS`; a loop's number of turns is read from its
header (`for i in $(seq 1 N)`, `for i in {1..N}`, `for ((i=0; i<N; i++))`, `while true`).
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.rules.base import Hit, rule
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

#: Loop headers and how many turns they make (None: endless), with the body up to `done`.
_SEQ = lazyre.compile(r"\bfor\s+\w+\s+in\s+\$\(\s*seq\s+(?:-?\d+\s+){0,2}?(\d+)\s*\)\s*;?\s*do\b((?:(?!\bdone\b).){0,4000})", re.S)
_BRACE = lazyre.compile(r"\bfor\s+\w+\s+in\s+\{(\d+)\.\.(\d+)(?:\.\.\d+)?\}\s*;?\s*do\b((?:(?!\bdone\b).){0,4000})", re.S)
_CSTYLE = lazyre.compile(r"\bfor\s*\(\(\s*\w+\s*=\s*(\d+)\s*;\s*\w+\s*<(=?)\s*(\d+)[^)]*\)\)\s*;?\s*do\b((?:(?!\bdone\b).){0,4000})", re.S)
_FOREVER = lazyre.compile(r"\b(?:while\s+(?:true|:|\[\s*1\s*\]|\(\(\s*1\s*\)\))|until\s+false|for\s*\(\(\s*;\s*;\s*\)\))\s*;?\s*do\b"
                          r"((?:(?!\bdone\b).){0,4000})", re.S)  # fmt: skip
#: Turns of a loop of paid calls from which it asks, and from which it is refused (or endless).
PAID_TURNS = (100, 10_000)
_PAID_WORDS = ("curl", "wget", "http", "xh", "openai", "llm", "aichat", "sgpt", "claude", "gemini", "aws", "gcloud",
               "replicate")


def _loops(text: str) -> list[tuple[float, str]]:
    """(turns, body) of each counted or endless loop in the text (turns is `inf` for an endless one)."""
    out: list[tuple[float, str]] = []
    for m in _SEQ.finditer(text):
        out.append((float(m.group(1)), m.group(2)))
    for m in _BRACE.finditer(text):
        out.append((float(abs(int(m.group(2)) - int(m.group(1))) + 1), m.group(3)))
    for m in _CSTYLE.finditer(text):
        out.append((float(int(m.group(3)) - int(m.group(1)) + (1 if m.group(2) else 0)), m.group(4)))
    for m in _FOREVER.finditer(text):
        out.append((float("inf"), m.group(1)))
    return out


@rule(
    "AM-RES-017",
    category="resource",
    verdict="deny",
    kind="action",
    needs={f"command:{n}" for n in _PAID_WORDS},
    title="Calls a paid API in a long or endless loop",
    what="A loop of 100 turns or more (`for i in $(seq 1 N)`, `{1..N}`, `for ((…))`) whose body calls a paid API "
    "(OpenAI, Anthropic, Gemini, Bedrock, Mistral, Replicate …, by host or by its CLI; `knowledge/downloads.py`) asks; "
    "10,000 turns or an endless loop (`while true`) is refused. A count the user named is theirs.",
    why="Every call is billed: a loop the user did not size spends their money for as long as it runs.",
    example="for i in $(seq 1 100000); do curl -s https://api.openai.com/v1/chat/completions -d @p.json; done",
    instead="Make the few calls the task needs (one, or the number the user named), and show the cost first.",
    must_match=["for i in $(seq 1 100000); do curl -s https://api.openai.com/v1/chat/completions -d @p.json >> out; done",
                "for i in {1..500}; do llm -m gpt-4o 'write a haiku' >> h.txt; done",
                "while true; do curl -s https://api.anthropic.com/v1/messages -d @m.json; done",
                "for ((i=0; i<1000; i++)); do aws bedrock-runtime invoke-model --model-id m --body file://b.json o$i.json; done"],
    must_not_match=["for i in 1 2 3; do curl -s https://api.openai.com/v1/models; done",
                    "for i in $(seq 1 5); do curl -s https://api.openai.com/v1/chat/completions -d @p.json; done",
                    "for i in $(seq 1 1000); do curl -s http://localhost:8080/health; done",
                    "curl -s https://api.openai.com/v1/models"],
)  # fmt: skip
def paid_loop(a: Analysis) -> str | Hit | None:
    from automode.knowledge.downloads import paid_call

    text = a.command_text[:20_000]
    loops = [(n, body) for n, body in _loops(text) if n >= PAID_TURNS[0]]
    if not loops:
        return None
    said = "\n".join(a.ctx.user_messages).lower().replace(",", "")
    for c in a.commands:
        service = paid_call(c.name, c.args, c.text)
        if service is None:
            continue
        for n, body in loops:
            if c.text[:40] not in body:
                continue
            if n != float("inf") and re.search(rf"(?<![\d.]){int(n)}(?![\d.])", said):
                continue  # "generate 500 samples": the user's own count
            if n == float("inf"):
                return f"calls {service} in an endless loop, billed on every turn"
            why = f"calls {service} {n:,.0f} times in a loop, billed on every turn"
            return why if n >= PAID_TURNS[1] else Hit(why, "ask")
    return None


def _inline_programs(name: str) -> bool:
    from automode.shell.interp import INLINE_FLAGS, PYTHONS

    return bool(PYTHONS.match(name)) or name in INLINE_FLAGS


def _inline_code(a: Analysis) -> list[str]:
    """The code given on the command line to interpreters (`python3 -c CODE`, `node -e CODE`)."""
    from automode.shell.interp import INLINE_FLAGS, PYTHONS

    out: list[str] = []
    for c in a.commands:
        if not c.name:
            continue
        flags = ("-c",) if PYTHONS.match(c.name) else INLINE_FLAGS.get(c.name)
        if not flags:
            continue
        args = c.args
        out += [args[i + 1] for i, x in enumerate(args[:-1]) if x in flags]
    return out


#: Endless loops as inline code writes them (Python, JavaScript, Ruby, Perl, PHP).
_CODE_FOREVER = lazyre.compile(r"\bwhile\s*\(\s*(?:true|1|True)\s*\)|\bwhile\s+(?:True|1)\s*:|\bfor\s*\(\s*;\s*;\s*\)|"
                               r"\bloop\s+do\b|\bloop\s*\{|\bwhile\s+true\b")  # fmt: skip
#: A way out of such a loop, or a pause in it.
_CODE_EXITS = lazyre.compile(r"\b(?:break|return|exit|raise|throw|die|last|sleep|setTimeout|setInterval|await|input|"
                             r"accept|recv|select|wait|join|usleep|_exit|quit)\b")  # fmt: skip
#: What grows on every turn: a list, an array, a buffer, a process or a thread.
_CODE_GROWS = lazyre.compile(r"\.(?:append|push|extend|concat)\s*\(|\+=|\bnew\s+(?:Array|Buffer)\b|Buffer\.alloc|\bmalloc\b|"
                             r"\bbytearray\s*\(|\bfork\s*\(|\bThread\s*\(|\bProcess\s*\(|\bspawn\s*\(|<<")  # fmt: skip
#: A single allocation of 10**10 items or more (`' ' * 10**12`, `bytearray(10**11)`).
_HUGE_ALLOC = lazyre.compile(r"10\s*\*\*\s*(\d{2,})|\b\d+e(\d{2,})\b")


@rule(
    "AM-RES-018",
    category="resource",
    verdict="deny",
    kind="action",
    when=_inline_programs,
    title="Runs inline code that loops forever or allocates without bound",
    what="Code given on the command line (`python3 -c`, `node -e`, `ruby -e`, `perl -e`, `php -r`) with an endless "
    "loop (`while True:`, `while(true)`, `for(;;)`, `loop do`) and no way out or pause in it: refused when something "
    "grows on every turn (a list, an array, a process, a thread), asked otherwise; a single allocation of 10**10 "
    "items or more asks.",
    why="It eats the machine's memory or CPU until the kernel kills something, often the user's own programs.",
    example="python3 -c \"a=[]\nwhile True: a.append(' ' * 10**6)\"",
    instead="Run a bounded loop (a count, a timeout) of the size the task needs.",
    must_match=["python3 -c \"a=[]\nwhile True: a.append(' ' * 10**9)\"", "node -e \"const a=[]; while(true) a.push(new Array(1e6))\"",
                "ruby -e 'loop do; x = \"a\" * 1000; end'", "python3 -c \"x = ' ' * (10**12)\""],
    must_not_match=["python3 -c 'print(1)'", "python3 -c \"import time\nwhile True:\n    print(1); time.sleep(5)\"",
                    "while true; do node w.js & done", "python3 -m http.server & while true; do curl -s localhost:8000; sleep 1; done",
                    "node -e \"while(true){ if (check()) break; }\"", "python3 -c 'print(10**3)'"],
)  # fmt: skip
def inline_forever(a: Analysis) -> str | Hit | None:
    text = "\n".join(_inline_code(a))[:20_000]
    if not text:
        return None
    m = _CODE_FOREVER.search(text)
    if m is not None and not _CODE_EXITS.search(text, m.end()):
        if _CODE_GROWS.search(text, m.end()):
            return "inline code grows something on every turn of an endless loop"
        return Hit("inline code loops forever with no way out or pause", "ask")
    big = _HUGE_ALLOC.search(text)
    if big is not None and int(big.group(1) or big.group(2)) >= 10:
        return Hit(f"inline code allocates {big.group(0)} items at once", "ask")
    return None
