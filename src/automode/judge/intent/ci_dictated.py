"""A CI file edited exactly as the user dictated (session 17, class H3): "给 build job 加 20 分钟超时" is
`timeout-minutes: 20` on `build`, "mets un timeout de 15 minutes sur le job e2e" is `timeout: 15m` on `e2e`, "switch
the labeler workflow to pull_request_target" is that trigger in `labeler.yml`, "add a step that runs npm run lint"
is `- run: npm run lint`.

Read for the protected-file finding of a CI configuration (AM-AGENT-003) and the trigger switch (AM-WRITE-009's
question), in `named_acts`. Every line the edit adds must be:
* structure (a brace, a key that opens a block: the user wrote that key, or it is one of the CI file's own
  containers), or
* a setting whose key the user named (its name, one of its words, or the word in their language: `KEY_WORDS`) with
  the value they named (a duration in any unit and language: "15 minutes" is `15m`, "20 分钟" is `20` under
  `timeout-minutes`), or
* a command step (`- run: npm run lint`, `- npm run lint` under `script:`) whose command the user wrote out.
Where the user named a workflow ("the labeler workflow", `labeler.yml`) another workflow file is not it: the edit is
refused to an ask, and the reason says which they named (`files.ci_triggers.other_workflow`, which the trigger rule
reads too). Anything else: None (left to the other readings).
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

_CI_FILE = lazyre.compile(r"(?:^|/)(?:\.github/workflows/[^/]+\.ya?ml|\.gitlab-ci\.ya?ml|\.gitlab/ci/[^/]+\.ya?ml|"
                          r"\.buildkite/[^/]+\.ya?ml|azure-pipelines[\w.-]*\.ya?ml|\.drone\.ya?ml|\.woodpecker[\w./-]*\.ya?ml|"
                          r"bitbucket-pipelines\.ya?ml|\.circleci/config\.ya?ml|\.pre-commit-config\.ya?ml)$")
#: A hook's id in a pre-commit configuration: a setting added under it is that hook's, which the user must name.
_HOOK_ID = lazyre.compile(r"^\s*-\s+id:\s*[\"']?(?P<id>[\w.-]+)")
#: A path written as an anchored pattern (`^test/fixtures/fake_keys\.json$`): the one file, nothing wider.
_ONE_PATH = lazyre.compile(r"^\^?(?P<p>(?:[\w/-]|\\\.)+)\$?$")
MAX_LINES = 8
_SETTING = lazyre.compile(r"""^\s*(?:-\s+)?["']?(?P<k>[A-Za-z_][\w.-]{0,60})["']?\s*:\s*["']?(?P<v>[^"'#\n]{1,120}?)["']?\s*(?:#.*)?$""")
_OPEN = lazyre.compile(r"""^\s*(?:-\s+)?["']?(?P<k>[A-Za-z_][\w./-]{0,60})["']?\s*:\s*(?:\||>)?\s*(?:#.*)?$""")
_ITEM = lazyre.compile(r"""^\s*-\s+["']?(?P<v>[^"'#\n]{1,200}?)["']?\s*$""")
_STRUCT = lazyre.compile(r"^\s*(?:[\]\)\}]+[,;]?|[\{\[]|---)?\s*$")
#: Keys that hold commands (a step's or a job's script).
_COMMAND_KEYS = frozenset({"run", "script", "before_script", "after_script", "command", "commands", "cmd", "bash", "pwsh", "powershell"})
#: A key's words in the languages users write (what a key's own words do not say).
KEY_WORDS: dict[str, tuple[str, ...]] = {
    "timeout": ("timeout", "time limit", "time-out", "超时", "超時", "タイムアウト", "타임아웃", "zeitlimit", "zeitüberschreitung",
                "délai", "tiempo límite", "tiempo de espera", "limite de tempo", "tempo limite", "limit czasu", "таймаут", "тайм-аут",
                "zaman aşımı", "thời gian chờ", "batas waktu"),
    "retry": ("retry", "retries", "重试", "リトライ", "재시도", "wiederhol", "réessa", "reintent", "tentativa", "ponow", "повтор"),
    "concurrency": ("concurrency", "并发", "同時実行", "동시", "nebenläufig", "concurrence", "concurrencia", "concorrência"),
}
_DURATION = lazyre.compile(
    r"(?i)(\d+(?:[.,]\d+)?)\s*(?:(小时|小時|時間|시간|分钟|分鐘|分間?|분|秒|초)|(h|hours?|hrs?|heures?|stunden?|horas?|ore|godzin\w*|"
    r"m|min|mins|minutes?|minuten?|minutos?|minuti|minut\w*|минут\w*|s|sec|secs|seconds?|sekunden?|segundos?|secondes?|secondi)(?![\w]))?")
_UNIT = {"h": 3600, "m": 60, "s": 1}


def _unit(u: str) -> int:
    u = u.lower()
    if not u:
        return 0
    if u[0] == "h" or u in ("ore", "小时", "小時", "時間", "시간") or u.startswith(("godzin", "stund")):
        return 3600
    if u[0] == "s" or u in ("秒", "초", "secondi") or u.startswith(("sekund", "segund", "second")):
        return 1
    return 60


def _seconds(value: str, key: str) -> float | None:
    """A duration value in seconds (`15m`, `1h30m`, `900`, `20` under `timeout-minutes`), or None."""
    v = value.strip().lower()
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*([a-z]*)", v)
    if m is None:
        parts = re.findall(r"(\d+)\s*([hms])", v)
        return float(sum(int(n) * _UNIT[u] for n, u in parts)) if parts and "".join(n + u for n, u in parts) == v.replace(" ", "") else None
    n, u = float(m.group(1)), m.group(2)
    if u:
        return n * _unit(u) if u in ("h", "m", "s", "min", "mins", "minute", "minutes", "sec", "secs", "second", "seconds", "hour", "hours") else None
    k = key.lower()
    return n * (60 if "minute" in k else 3600 if "hour" in k else 1 if "second" in k else 0) or None


def _durations(msg: str) -> list[tuple[float, float | None]]:
    """(the number, its seconds when a unit follows) for each number the message writes."""
    out: list[tuple[float, float | None]] = []
    for m in _DURATION.finditer(msg):
        n = float(m.group(1).replace(",", "."))
        u = m.group(2) or m.group(3)
        out.append((n, n * _unit(u) if u else None))
    return out


def _key_said(key: str, msg: str) -> bool:
    k = key.lower()
    if lazyre.whole(k, msg, r"[\w-]", r"[\w-]") is not None:
        return True
    words = [w for w in re.split(r"[_\-.]+|(?<=[a-z])(?=[A-Z])", key) if len(w) >= 4]
    for w in words:
        forms = KEY_WORDS.get(w.lower(), (w.lower(),))
        if any(f in msg if not f.isascii() else f in msg and lazyre.built(r"(?<!\w)" + re.escape(f)).search(msg) is not None
               for f in forms):
            return True
    return False


def _value_said(key: str, value: str, msg: str) -> bool:
    v = value.strip().strip("'\"")
    secs = _seconds(v, key)
    if secs is not None:
        said = _durations(msg)
        bare = re.fullmatch(r"\d+(?:\.\d+)?", v) is not None
        return any(s == secs or (s is None and bare and n == float(v)) for n, s in said)
    if v.lower() in ("true", "false", "yes", "no", "on", "off"):
        return False  # a switch is read by its own readings (`ci_nonblocking`, `dictated`)
    if lazyre.whole(v.lower(), msg, r"[\w.-]", r"[\w-]") is not None:
        return True
    one = _ONE_PATH.match(v) if v != (plain := v.replace("\\.", ".")) or v.startswith("^") else None
    # ("exclude test/fixtures/fake_keys.json from detect-secrets": `exclude: ^test/fixtures/fake_keys\.json$`)
    return one is not None and "/" in plain and lazyre.whole(one.group("p").replace("\\.", ".").lower(), msg,
                                                              r"[\w.-]", r"[\w-]") is not None


def _command_said(cmd: str, msg: str) -> bool:
    c = " ".join(cmd.split()).lower()
    return len(c) >= 3 and c in " ".join(msg.replace("`", " ").split())


def settle(a: Analysis) -> tuple[str, str] | None:
    """("allow", the words) when every added line of a CI file is the user's dictation; ("ask", why) when the user
    named another workflow; None otherwise."""
    w = a.write
    if w is None or a.action.tool == "Bash" or not a.ctx.user_messages or _CI_FILE.search(w.path) is None:
        return None
    from automode.files.ci_triggers import other_workflow, prt_asked

    other = other_workflow(a)
    if other is not None:
        return ("ask", f"you named the {other} workflow; this edits {w.path.rsplit('/', 1)[-1]}")
    from automode.files.settingsdiff import pairs_of
    from automode.judge.intent.said import lowered

    msgs = [*reversed([m.lower() for m in a.ctx.user_messages]), *reversed(lowered(tuple(a.ctx.user_messages)))]
    said: str | None = None
    total = 0
    for old, new in pairs_of(a.action.tool, a.action.input, a.action.before):
        before = set(old.splitlines())
        lines = new.splitlines()
        parent = hook = ""
        for ln in lines:
            h = _HOOK_ID.match(ln)
            hook = h.group("id") if h is not None else hook
            if ln in before:
                o = _OPEN.match(ln)
                parent = o.group("k") if o is not None else parent
                continue
            if hook and not any(lazyre.whole(hook.lower(), m, r"[\w.-]", r"[\w-]") is not None for m in msgs):
                return None  # a setting of a hook the user did not name (`exclude:` under gitleaks for detect-secrets)
            if not ln.strip() or ln.lstrip().startswith("#") or _STRUCT.match(ln):
                continue
            total += 1
            if total > MAX_LINES:
                return None
            o = _OPEN.match(ln)
            if o is not None:
                parent = o.group("k")
                if parent.lower() in _COMMAND_KEYS:
                    continue
                if parent == "pull_request_target" and (asked := prt_asked(a)) is not None:
                    said = said or asked.lower()
                    continue
                hit = next((m for m in msgs if lazyre.whole(parent.lower(), m, r"[\w-]", r"[\w-]") is not None), None)
                if hit is None:
                    return None
                said = said or hit
                continue
            s = _SETTING.match(ln)
            item = _ITEM.match(ln)
            if s is not None and s.group("k").lower() in _COMMAND_KEYS:
                hit = next((m for m in msgs if _command_said(s.group("v"), m)), None)
            elif s is not None:
                hit = next((m for m in msgs if _key_said(s.group("k"), m) and _value_said(s.group("k"), s.group("v"), m)), None)
            elif item is not None and parent.lower() in _COMMAND_KEYS:
                hit = next((m for m in msgs if _command_said(item.group("v"), m)), None)
            else:
                return None
            if hit is None:
                return None
            said = said or hit
    return ("allow", said) if said is not None else None
