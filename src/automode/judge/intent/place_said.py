"""A place asked for in so many words (session 15, F3): the findings of `rules.places` (a debugger opened to every
interface, tests or load driven against a live host) are released only by a message that says that place, never by
a verb ("start the app", "run the tests" name no place). Read before the request reading (`judge._review`), so a
message in a language whose verbs the reading lacks ("expón el depurador en la LAN") still counts, and an unrelated
request never releases them.

- a debugger: one message names the debugging (debugger, inspector, debugpy, delve, a console, a web terminal, in
  the languages below) and the reach (0.0.0.0, the LAN, every interface, another machine, expose);
- a live run: one message names the host the run is pointed at (`shop.acme.com`, its first label) or the
  environment its host names ("against prod", "gegen staging") together with a run word.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.model import Finding

DEBUGGER_RULES = frozenset({"AM-RCE-023"})
LIVE_RULES = frozenset({"AM-SEC-051", "AM-SEC-052"})
PLACE_RULES = DEBUGGER_RULES | LIVE_RULES
#: Findings that come with a debugger on every interface and that the same words settle (the listener itself).
_WITH_DEBUGGER = frozenset({"AM-RCE-006"})
#: Every rule whose finding a place said in so many words settles (`judge.release` reads them one by one). (A load
#: tool aimed at a URL is AM-RES-014's: the host must be spelled out, an environment word only asks.)
SETTLED = PLACE_RULES | _WITH_DEBUGGER

#: Debugging, a console or a remote shell, as people name them.
DEBUG_SAID = lazyre.compile(
    r"(?i)\b(?:debug\w*|inspector|--inspect\w*|inspect|debugpy|ptvsd|delve|dlv|gdbserver|lldb-server|jdwp|rdbg|"
    r"breakpoints?|attach\w*|jupyter|notebook|console|repl|terminal|ttyd|gotty|wetty|code-server|vs\s*code|"
    r"depur\w*|d[ée]bog\w*|d[ée]bugg?\w*|debugg\w*|konsole|anh[äa]ng\w*|отлад\w*|дебаг\w*|отладчик\w*)\b|"
    r"デバッ\w*|调试|調試|디버그|디버거|ブレークポイント|断点")
#: Reach beyond this machine, as people say it.
REACH_SAID = lazyre.compile(
    r"(?i)0\.0\.0\.0|\[?::\]?(?=:\d)|\ball\s+interfaces\b|\bevery\s+interface\b|\b(?:on|over|across|from|via)\s+"
    r"(?:the\s+|our\s+|my\s+)?(?:lan|local\s+network|network|wi-?fi|vpn|tailnet|tailscale|internet)\b|\blan\b|"
    r"\bexpos\w*|\bexpón\w*|\bexpon\w*|\bexpo[sz]\w*|\bremote(?:ly)?\b|\bexternal(?:ly)?\b|\bpublic(?:ly)?\b|"
    r"\b(?:from|on)\s+(?:my|another|the\s+other|other|a|the|our)\s+(?:phone|tablet|laptop|machine|device|computer|"
    r"pc|mac|vm|box|host|container)\b|\bother\s+(?:machines|devices|computers|laptop)\b|"
    r"\b(?:todas\s+las\s+interfaces|toutes\s+les\s+interfaces|alle[n]?\s+(?:schnittstellen|interfaces)|"
    r"todas\s+as\s+interfaces|tutte\s+le\s+interfacce|red\s+local|r[ée]seau|netzwerk|rede|rete|la\s+red|"
    r"otro\s+(?:port[áa]til|equipo|ordenador|pc)|outro\s+(?:computador|notebook|pc)|autre\s+(?:machine|ordinateur|pc)|"
    r"anderen?\s+(?:rechner|laptop|computer|ger[äa]t)|remot[oa]|à\s+distance|von\s+au[ßs]en|externe?n?)\b|"
    r"ネットワーク|外部|他の(?:PC|マシン|端末)|局域网|外网|远程|遠端|외부|원격|네트워크|удал[её]нн\w*|по\s+сети|из\s+сети|"
    r"в\s+локальн\w+\s+сет\w*")


def _both(text: str) -> str | None:
    d = DEBUG_SAID.search(text)
    r = REACH_SAID.search(text)
    return text.strip()[:160] if d is not None and r is not None else None


def debugger_said(a: Analysis) -> str | None:
    """The newest message that names a debugger (or console), or the open daemon itself (`x11vnc`, "vnc", "redis",
    "mongo": `knowledge/daemons.py`), and its reach beyond this machine."""
    names = _daemon_names(a)
    for text in reversed(a.ctx.user_messages[-6:]):
        got = _both(text[:4000])
        if got is None and names and REACH_SAID.search(text[:4000]):
            low = text[:4000].lower()
            got = text.strip()[:160] if any(re.search(rf"\b{re.escape(n)}\b", low) for n in names) else None
        if got is not None:
            return got
    return None


def _daemon_names(a: Analysis) -> set[str]:
    """How people name the daemons this action opens to anyone: the program, its stem (`redis-server` -> redis,
    `mongod` -> mongo), and "vnc" for a VNC server."""
    out: set[str] = set()
    for e in a.effects:
        if e.kind == "listen" and e.verb == "execute" and e.origin:
            o = e.origin.rsplit("/", 1)[-1].lower()
            out |= {o, o.split("-", 1)[0], o.removesuffix("d")}
            if "vnc" in o:
                out.add("vnc")
    return {n for n in out if len(n) >= 3}


def said_outright(found: list[Finding], a: Analysis) -> str | None:
    """The words that ask for every place finding of this decision in so many words (None: not every one is, or a
    finding outside this module's rules is pending)."""
    ids = {f.rule.id for f in found if f.verdict != "allow"}
    if not ids or not ids <= SETTLED:
        return None
    cited = ""
    if ids & (DEBUGGER_RULES | _WITH_DEBUGGER):
        if not any(e.kind == "listen" and e.verb == "execute" for e in a.effects):
            return None  # (a plain listener: the ordinary release reads its reach)
        got = debugger_said(a)
        if got is None:
            return None
        cited = got
    if ids & LIVE_RULES:
        from automode.knowledge.liveruns import config_hosts, live_targets

        hosts = [t.host for t in live_targets(a)]
        if a.write is not None:
            hosts += config_hosts(a.write.path, a.write.new, a.write.old)
        got = _live_said(hosts, a)
        if got is None:
            return None
        cited = cited or got
    return cited or None


#: A run asked for ("run", "execute", "point", "smoke", "load test", "hit", in the languages below).
_RUN_SAID = lazyre.compile(
    r"(?i)\b(?:run\w*|rerun|execut\w*|launch|start|kick\s+off|point\w*|target\w*|against|hit|smoke|load[- ]?test\w*|fuzz\w*|"
    r"stress|test\w*|check|verify|ejecut\w*|lanz\w*|corr[eé]\w*|prueb\w*|contra|lance\w*|ex[ée]cut\w*|contre|"
    r"f[üu]hr\w*|starte\w*|gegen|rode\w*|roda\w*|execute\w*|esegu\w*|lancia\w*|uruchom\w*|запуст\w*|прогон\w*|"
    r"против)\b|実行|走らせ|テスト|运行|跑|测试|실행|테스트")


def _live_said(hosts: list[str], a: Analysis) -> str | None:
    """The newest message that names every live host (or the environment each names) with a run word."""
    from automode.knowledge.envmarkers import env_of

    if not hosts:
        return None
    for text in reversed(a.ctx.user_messages[-6:]):
        low = text[:4000].lower()
        if not _RUN_SAID.search(low):
            continue
        if all(_host_named(h, low, env_of(h)) for h in hosts):
            return text.strip()[:160]
    return None


_ENV_SAID: dict[str, str] = {
    "production": r"prod\w*|live|produc\w*|produkti\w*|本番|生产|운영|прод\w*",
    "staging": r"staging|stage|stg|uat|preprod|pre-prod|homolog\w*|recette|ステージング|预发\w*|스테이징|стейдж\w*",
    "dev": r"dev|development|desarrollo|entwicklung|sandbox",
}


def _host_named(host: str, low: str, env: str | None) -> bool:
    h = host.lower()
    if h and re.search(rf"(?<![\w.-]){re.escape(h)}(?![\w-])", low):
        return True
    first = h.split(".", 1)[0]
    labels = [x for x in h.split(".") if x not in ("www", "com", "net", "org", "io", "app", "dev", "co", "api")]
    if first not in ("www", "api", "app") and len(first) >= 4 and re.search(rf"(?<![\w.-]){re.escape(first)}(?![\w-])", low):
        return True  # "the shop-eu site" for shop-eu.example.com
    if labels and any(len(x) >= 5 and re.search(rf"(?<![\w.-]){re.escape(x)}(?![\w-])", low) for x in labels) \
            and env is None:
        return True  # the site's own name ("acme-store") where the host names no environment
    pat = _ENV_SAID.get(env or "production")
    return pat is not None and re.search(rf"(?<![\w-])(?:{pat})(?![\w-])", low) is not None
