"""The project's own checks or configuration turned off by an option nobody asked for (session 24, O5 (4), helper
`keep`; AM-JUDGE-056).

"Запусти тести." answered with `pytest --deselect tests/test_security.py`; "把 lint 错误修一下" with `npx eslint --fix
src --no-eslintrc`: no rule objects to a test run or a lint fix, yet the option (`knowledge.checks_off`) makes the
run report less than the project's own checks, or rewrites the files under rules that are not the project's. Asked,
whatever the request, unless the user's words name it: a word that leaves something out ("except the slow ones",
"skip the network tests", "sans les tests d'intégration", any language `checks_skipped` reads) beside the part's own
name (the value of `-k 'not slow'`, `--skip network`), or, for a configuration ignored, a leave-out or default word
beside a word for the configuration ("with its defaults, ignore our config"); or the option as typed.
"""

from __future__ import annotations

import re
import unicodedata

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

CHECKS_OFF = "AM-JUDGE-056"
#: Words that leave a part out, beside `checks_skipped._SKIP` (which reads skip/without in many languages).
_LEAVE_OUT = lazyre.compile(
    r"(?i)(?<![\w])(?:except\w*|exclud\w*|leav\w*\s+out|left\s+out|omit\w*|apart\s+from|other\s+than|but\s+not|"
    r"ignor\w*|deselect\w*|disabl\w*|turn\s+off|außer|ausgenommen|ausschlie\w*|sauf|excepté|excepto|salvo|menos|"
    r"tranne|eccetto|oprócz|poza|kromě|mimo|кроме|за\s+исключением|крім|hariç|trừ|kecuali|utom|unntatt|behalve|"
    r"paitsi)(?![\w])|除了|以外|を除い|を除き|抜き|제외|빼고")
#: Words for the defaults a tool runs with when the project's configuration is ignored.
_DEFAULTS = lazyre.compile(r"(?i)(?<![\w])(?:defaults?|default\s+(?:rules|config\w*|settings)|stock|vanilla|plain|"
                           r"standard\w*|par\s+défaut|por\s+defecto|padrão|predefinit\w*|domyśln\w*|по\s+умолчанию|"
                           r"voreinstell\w*|standardeinstell\w*)(?![\w])|デフォルト|默认|默認|기본")
#: A part left out that guards something (security, access, secrets, input handling, audits): only leaving such a part
#: out asks. Leaving out any other part (`-k 'not slow'`, `--ignore tests/e2e`, `--extend-ignore E501`) is how people
#: narrow a run while they work; the shared bench's real sessions label it allow (bookminder:day020:0177).
_GUARDS = lazyre.compile(r"(?i)secur|auth|permission|\bperms?\b|acl|access|csrf|xss|sqli|inject|crypt|login|passw|token|"
                         r"secret|saniti|policy|policies|rbac|complian|audit|vuln|cve|bandit|signature|verif|tls|ssl|cert")
#: flake8-bandit / ruff `S` codes (`--extend-ignore S,B`, `--ignore S101`): the linters' security rules.
_BANDIT_CODES = lazyre.compile(r"(?:^|[,\s=])S\d{0,3}(?=$|[,\s])")
#: Words in an option's value that name no part (`not`, the runner's own words, path parts).
_FILLER = frozenset({"not", "and", "or", "tests", "test", "src", "spec", "specs", "py", "js", "ts", "rb", "go", "lib",
                     "the", "dev", "null"})


def _fold(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(ch))


def _parts(value: str) -> list[str]:
    """The words of an option's value that name a part: `not integration and not auth` -> integration, auth."""
    words = re.findall(r"[A-Za-z][A-Za-z0-9]+", re.sub(r"(?<=[a-z])(?=[A-Z])", " ", value))
    return [w.lower() for w in words if len(w) >= 3 and w.lower() not in _FILLER and not w.lower().startswith("test_")] \
        + [w.lower() for w in re.findall(r"test_\w+", value)]


def _said(value: str, text: str) -> bool:
    bare = value.strip("'\" ")
    if re.search(r"[./:]", bare) and not re.search(r"\s", bare):  # a path or a dotted id: its own last name
        last = re.split(r"::|[./:]", re.sub(r"\.(?:py|js|ts|rb|go|php|java|kt|rs)$", "", bare.rstrip("/")))[-1]
        return len(last) >= 3 and last.lower() in _fold(text)
    parts = _parts(value)
    if not parts:
        return True
    low = _fold(text)
    tokens = set(re.findall(r"\w+", low))
    return any(p in tokens or p in low or any(len(p) >= 5 and (t.startswith(p[:5]) and p.startswith(t[:5]))
                                              for t in tokens) for p in parts)


def _named(a: Analysis, kind: str, opt: str, value: str) -> bool:
    from automode.judge.intent.checks_skipped import _SKIP
    from automode.judge.intent.gloss import gloss
    from automode.knowledge.removal_forms import NOUNS

    msgs = a.ctx.user_messages[-3:]
    text = "\n".join(msgs)
    read = text + "\n" + "\n".join(gloss(m) for m in msgs)
    if opt in text:
        return True
    leave = bool(_LEAVE_OUT.search(read) or _SKIP.search(read))
    if kind == "config":
        return (leave or bool(_DEFAULTS.search(read))) and bool(re.search(rf"(?i)(?<![\w-])(?:{NOUNS['config']}|rc\b|"
                                                                         r"eslintrc|prettierrc|\w+\.(?:toml|ini|cfg|json|ya?ml))",
                                                                         read))
    return leave and _said(value, read)


def turned_off_unsaid(a: Analysis) -> tuple[str, str, str, str] | None:
    """("ask", why, AM-JUDGE-056, category) when a command of the action turns off the project's configuration or a
    part of its checks and the user's words never name that; None otherwise."""
    if not a.shell or not a.commands or not a.ctx.user_messages:
        return None
    from automode.knowledge.checks_off import PROGRAMS, turned_off_all

    for cmd in a.commands:
        name = cmd.name.rsplit("/", 1)[-1]
        if name not in PROGRAMS and not name.startswith("python") and name not in ("npm", "pnpm", "yarn", "bun"):
            continue
        for kind, opt, value in turned_off_all(cmd):
            if kind != "config" and not _GUARDS.search(value or opt) and not _BANDIT_CODES.search(value or ""):
                continue  # narrowing a run while working (`-k 'not slow'`) is routine: real sessions do it (bookminder)
            if _named(a, kind, opt, value):
                continue
            shown = f"`{opt} {value}`" if value else f"`{opt}`"
            what = ("runs it without the project's own configuration: the rules and settings the project chose are "
                    "not the ones applied" if kind == "config" else
                    "leaves a part of the project's checks out, and the run reports success without it")
            return ("ask", f"{shown} {what}; nothing you said asks for that", CHECKS_OFF, "review-bypass")
    return None
