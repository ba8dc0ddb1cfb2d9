"""The place slot (session 13, S3): where the user said to act, against where the action acts.

The user's words name a place: this machine ("locally", "my laptop", "lokal", "en local", "ローカル"), an environment
("staging", "the dev cluster", "the test database", "banco de teste"), a host (`web-staging-1`), a region
(`eu-west-1`, `europe-west1`, `westeurope`) or a device ("the emulator", "my phone", a serial). The action's places
are read on every surface by one table (`knowledge.placeflags`): options and short options per program, site aliases
(`drush @shop.prod`), stage words (`cap production deploy`), the host a remote shell runs on, variables
(`RAILS_ENV=`, `AWS_REGION=`, `ANDROID_SERIAL=`), database URLs, and the keys of tool calls (`context`, `region`,
`environment`, `device_id`). A place of the action that differs from every named place of its kind, on an action
that changes something, is not released: refused when it lands on production, on another machine where this one was
named, or destroys; asked otherwise. Reads are never a finding (looking elsewhere is not acting there).
"""

from __future__ import annotations

import re
from functools import lru_cache

from automode import lazyre
from automode.dc import dataclass
from automode.judge.intent.envdrift import _looks_only, _reads_only
from automode.knowledge import placeflags as pf
from automode.knowledge.envmarkers import env_of
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.shell.parse import Command


@dataclass(frozen=True, slots=True)
class Named:
    envs: frozenset[str]  # environment classes: production, staging, dev, local
    hosts: tuple[str, ...]  # host-like names ("web-staging-1", "db.test.internal")
    regions: frozenset[str]
    devices: frozenset[str]  # "emulator" | "device" | serials
    text: str  # the message, lower-cased


#: This machine, in the languages the reader knows (the words people use for it, not a gloss).
_LOCAL = lazyre.compile(
    r"(?i)\b(?:local(?:ly|mente|ement|e|es|i|is|aux)?|localhost|lokal(?:e|en|er|es|em|nie|nej|nym|na|ny|ni)?|lokaal|"
    r"lokálně|lokálne|lokální|yerel(?:de)?|"
    r"локальн\w*|локально|(?:this|my|own)\s+(?:machine|computer|laptop|mac|pc|box|workstation)|on\s+my\s+end|"
    r"auf\s+meinem\s+(?:rechner|laptop|computer)|sur\s+ma\s+machine|en\s+mi\s+(?:máquina|equipo|portátil|ordenador|pc)|"
    r"na\s+minha\s+máquina|sulla\s+mia\s+macchina|na\s+moim\s+komputerze|op\s+mijn\s+(?:machine|laptop))\b"
    r"|ローカル|本地|本机|로컬|स्थानीय")
#: "local" qualifying a port, not a place (a forward's local end): "al 8080 local", "local port 8080", "porta locale 9000".
_LOCAL_PORT = lazyre.compile(
    r"(?i)\b\d{2,5}\s+local\w*\b|\blocal\w*\s+(?:port|puerto|porta|porte|poort)?\s*:?\s*\d{2,5}\b|"
    r"\b(?:port|puerto|porta|porte|poort|portu?)\s+local\w*\b")
#: A test environment or database named as such ("the test db", "banco de teste", "Testdatenbank", "テスト環境").
_TEST = lazyre.compile(
    r"(?i)\btest(?:ing)?\s+(?:db|database|env|environment|server|cluster|instance|site|schema|stack|project|account)\b|"
    r"\b(?:banco|base|bd|ambiente|entorno|environnement|ambiente)\s+(?:de\s+)?(?:dados\s+de\s+|données\s+de\s+)?"
    r"(?:teste|test|prueba|pruebas)\b|\btest(?:datenbank|umgebung|server|system)\b|テスト(?:環境|サーバ|DB)|测试(?:环境|数据库|服务器)|"
    r"тестов\w+\s+(?:баз\w+|сред\w+|сервер\w*)")
#: An emulator or simulator, and a physical device, as people name them.
_EMULATOR_SAID = lazyre.compile(r"(?i)\b(?:[eé]mula(?:tor|teur|dor|tore)\w*|simula(?:tor|teur|dor|tore)\w*|avd|"
                                r"virtual\s+device|エミュレータ\w*|シミュレータ\w*)|模拟器|에뮬레이터|эмулятор\w*|симулятор\w*")
_DEVICE_SAID = lazyre.compile(r"(?i)\b(?:my|the|a|real|physical|test|usb|connected|plugged[- ]in)\s+(?:phone|device|handset|tablet|pixel|"
                              r"iphone|ipad|galaxy)\b|\b(?:physical|real|usb)\s+device\b|実機|真机|실기기|"
                              r"\b(?:mi|meu|mon|mein(?:em)?|mio|mój|moim|мой|моём|mijn)\s+(?:teléfono|móvil|celular|"
                              r"téléphone|portable|handy|smartphone|telefono|telefon\w*|телефон\w*)\b")
#: Cloud regions as the providers spell them (AWS `eu-west-1`, GCP `europe-west1`, Azure `westeurope`, `eastus2`).
_REGION = lazyre.compile(
    r"(?i)\b(?:(?:us|eu|ap|sa|ca|me|af|il|mx)-(?:gov-)?(?:north|south|east|west|central|northeast|southeast|northwest|"
    r"southwest)-\d|(?:us|europe|asia|australia|northamerica|southamerica|me|africa)-(?:north|south|east|west|central|"
    r"northeast|southeast|northwest|southwest)\d{1,2}|(?:east|west|north|south|central|northcentral|southcentral|"
    r"westcentral)us\d?|(?:west|north)europe|uk(?:south|west)|francecentral|germanywestcentral|swedencentral|"
    r"switzerlandnorth|norwayeast|japan(?:east|west)|australia(?:east|southeast)|(?:south)?eastasia|canada(?:central|"
    r"east)|brazilsouth|centralindia|koreacentral)\b")
_CITY = lazyre.compile("(?i)" + "|".join(sorted(pf.REGION_PLACES, key=len, reverse=True)))
_IPV4 = lazyre.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w.])")
#: Host-like names: two or more labels joined by `-` or `.`, with a letter and a digit or a dot.
_HOSTLIKE = lazyre.compile(r"(?i)(?<![\w/.-])(?:[\w.-]+@)?([a-z][a-z0-9]*(?:[-.][a-z0-9]+)+)(?![\w/-])")
_FILE_EXT = lazyre.compile(r"(?i)\.(?:py|js|ts|tsx|jsx|rb|go|rs|java|kt|php|md|txt|json|ya?ml|toml|cfg|ini|conf|sql|sh|"
                           r"lock|csv|log|html|css|env|tf|tfvars|zip|tar|gz|tgz|whl|xml|swift|dart|apk|ipa)$")
_ENV_WORDS: dict[str, str] = {
    **dict.fromkeys(("staging", "stage", "stg", "uat", "qa", "preprod", "pre-prod", "preproduction", "homologação",
                     "homologacao", "homologación"), "staging"),
    **dict.fromkeys(("dev", "development", "sandbox", "desarrollo", "desenvolvimento", "entwicklung"), "dev"),
    **dict.fromkeys(("prod", "production", "prd", "producción", "produção", "produktion", "produzione", "produkcja",
                     "продакшн", "прод", "本番", "生产"), "production"),
    **dict.fromkeys(("ステージング", "预发", "预发布", "스테이징", "recette", "préprod", "collaudo", "acceptatie", "стейджинг",
                     "стейдж", "staging-server", "homolog"), "staging"),
    **dict.fromkeys(("produktiv", "produktivsystem", "produkcji", "produkcyjny", "produkcyjnej", "productie", "canlı",
                     "боевой", "бою", "продакшен", "продакшене", "продакшн", "производственн"), "production"),
    **dict.fromkeys(("non-prod", "nonprod", "non-production", "lower-env"), "nonprod"),
}  # fmt: skip
_WORDS = lazyre.compile(r"[^\W\d_][\w-]*|[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]+")
#: Compatible environment classes (a dev setup on this machine is "local"; the test database is a dev one).
_SAME = {"local": frozenset({"local", "dev"}), "dev": frozenset({"dev", "local"}),
         "nonprod": frozenset({"local", "dev", "staging"})}


#: Environment words that are also ordinary words ("QA wants the data", "the dev team", "stage the files"): they name
#: a place only in a place phrase (`_PLACE_OF`).
_WEAK = frozenset({"qa", "stage", "dev", "live"})


def _envs(text: str) -> set[str]:
    out: set[str] = set()
    for w in _WORDS.findall(text):
        low = w.lower()
        parts = [low] if low in _ENV_WORDS else low.split("-")  # "Staging-Server", "prod-Datenbank"
        for x in parts:
            e = _ENV_WORDS.get(x)
            if e and (x not in _WEAK or _PLACE_OF.search(text)):
                out.add(e)
    for jp, e in (("ステージング", "staging"), ("本番", "production"), ("生产", "production"), ("预发", "staging"),
                  ("운영", "production"), ("프로덕션", "production"), ("개발 서버", "dev"), ("개발 환경", "dev"),
                  ("手元", "local"), ("测试环境", "dev")):
        if jp in text:
            out.add(e)
    if _LOCAL.search(_LOCAL_PORT.sub(" ", text) if "local" in text.lower() else text):
        out.add("local")  # (not a port's local end: "port-forward crm-api al 8080 local", "to local port 8080")
    if _TEST.search(text):
        out.add("dev")
    return out


#: An environment said as the place of an act ("on staging", "the staging redis"), not as a team or a word.
_PLACE_PHRASE = lazyre.compile(
    r"(?i)\b(?:on|in|to|against|at|into|from)\s+(?:the\s+|our\s+|my\s+)?(?:staging|stage|stg|uat|qa|preprod|prod|production|"
    r"live)\b|\b(?:staging|stage|stg|uat|qa|preprod|prod|production|live)\s+(?:db|database|server|site|box|host|cluster|"
    r"env|environment|instance|redis|mysql|postgres|pg|mongo|wordpress|wp|drupal|magento|store|shop|stack|machine|vm|"
    r"node|container|cache|queue|app)s?\b|\b(?:auf|en|em|na|su|sur|w)\s+(?:der\s+|el\s+|la\s+|le\s+|o\s+|a\s+)?"
    r"(?:staging|prod\w*|produ\w+)\b")
#: A weak environment word in a place phrase ("on dev", "the dev cluster", "to qa", "the live site").
_PLACE_OF = lazyre.compile(
    r"(?i)\b(?:on|in|to|against|at|into|from|onto)\s+(?:the\s+|our\s+|my\s+)?(?:qa|stage|dev|live)\b|\b(?:qa|stage|dev|live)\s+"
    r"(?:db|database|server|site|box|host|cluster|env|environment|instance|redis|mysql|postgres|pg|mongo|wordpress|store|"
    r"shop|stack|machine|vm|node|namespace|project|account|subscription|context|slot|bucket|deployment|api|app|worker|"
    r"function|lambda|queue|cache|install\w*)s?\b")
#: A message that puts a place off or leaves it out ("we'll do prod tomorrow, not today"): it names where not to act
#: yet, so the place named before it still holds.
_DEFERS = lazyre.compile(r"(?i)\b(?:tomorrow|later|not\s+(?:today|yet|now)|next\s+(?:week|time)|don'?t|do\s+not|never|"
                         r"hold\s+off|after\s+the)\b")


@lru_cache(maxsize=256)
def named(messages: tuple[str, ...]) -> Named | None:
    """The places the newest message naming any place names (with the one before it when it only defers or fences a
    place); None when no message names one."""
    got = _named(messages)
    if got is None or not _DEFERS.search(got[1]):
        return got[0] if got is not None else None
    before = _named(messages[: got[2]])
    if before is None:
        return got[0]
    a, b = got[0], before[0]
    return Named(a.envs | b.envs, a.hosts + b.hosts, a.regions | b.regions, a.devices | b.devices, a.text + "\n" + b.text)


#: A clause that fences a place rather than naming where to act ("prod is frozen, don't touch it", "not on prod").
_FENCE = lazyre.compile(r"(?i)\b(?:don'?t|do\s+not|never|not|no|avoid|without|except|frozen|off[- ]limits|nicht|kein\w*|"
                        r"i'?ll|i\s+will|myself|i'?m\s+going\s+to|let\s+me|"  # the user's own act there, not the agent's

                        r"nie|nunca|jamais|pas|não|non|niet|inte|не|ни)\b|しないで|触らないで|不要|别碰|하지\s*마")
_CLAUSES = lazyre.compile(r"[.;:!?,]+(?=\s|$)|[;!?,]+|\n+|。|、|，|\s(?:but|aber|mais|pero|mas|ma|ale|но)\s")


#: Portuguese, where "no"/"nos" is "in the" ("instala no emulador"), not a negation.
_PT = lazyre.compile(r"(?i)\b(?:o|os|do|da|dos|das|um|uma|em|pra|você|meu|minha|nele|nela)\b|ção\b|ções\b")


def _fenced(clause: str) -> bool:
    m = _FENCE.search(clause)
    if m is None:
        return False
    # "instala o apk no emulador": a place, not a fence
    return not (m.group(0).lower() == "no" and _PT.search(clause) and not any(
        x.group(0).lower() != "no" for x in _FENCE.finditer(clause)))


def _unfenced(text: str) -> str:
    """The message without its clauses that fence a place."""
    return " . ".join(c for c in _CLAUSES.split(text) if c.strip() and not _fenced(c))


def _named(messages: tuple[str, ...]) -> tuple[Named, str, int] | None:
    for i in range(len(messages) - 1, max(-1, len(messages) - 7), -1):
        m = messages[i]
        text = _unfenced(m[:4000])
        low = text.lower()
        hosts = tuple(h for h in (x.group(1).lower() for x in _HOSTLIKE.finditer(text))
                      if not _FILE_EXT.search(h) and not re.fullmatch(r"[\d.]+", h) and (any(c.isdigit() for c in h) or "." in h
                      or env_of(h)))  # fmt: skip
        hosts += tuple(m.group(0) for m in _IPV4.finditer(text) if not m.group(0).startswith("127."))
        envs = _envs(text) | {e for h in hosts if (e := env_of(h)) and e != "local"}
        regions = {r.group(0).lower() for r in _REGION.finditer(text)}
        if _CITY.search(low):  # "in Frankfurt": that city's regions on each cloud
            regions |= {c for w, codes in pf.REGION_PLACES.items() if re.search(rf"\b{w}\b", low) for c in codes}
        devices = set()
        if _EMULATOR_SAID.search(text):
            devices.add("emulator")
        if _DEVICE_SAID.search(text):
            devices.add("device")
        if envs or hosts or regions or devices:
            return Named(frozenset(envs), hosts, frozenset(regions), frozenset(devices), low), text, i
    return None


#: The kind of a place no option names: the program's own default (this machine for `LOCAL_DEFAULT`).
DEFAULT = "default"
#: A variable name that holds where a client connects.
CONN_NAME = lazyre.compile(r"(?i)(?:URL|URI|DSN|HOST|CONN|ADDR|SERVER|ENDPOINT)")


@dataclass(frozen=True, slots=True)
class Place:
    kind: str
    value: str
    where: str  # the command or key it came from, for the reason
    looks: bool = False  # the command it came from only reads there


def _opt_value(args: list[str], i: int) -> tuple[str, str, int]:
    """(option, value, words used) at position i: `--opt=v`, `--opt v`, `-uv`-free short forms."""
    w = args[i]
    if w.startswith("--") and "=" in w:
        o, v = w.split("=", 1)
        return o, v, 1
    if w.startswith("-") and "=" in w and not w.startswith("--"):
        o, v = w.split("=", 1)  # flyway `-url=jdbc:…`
        return o, v, 1
    return w, (args[i + 1] if i + 1 < len(args) else ""), 2


#: A file written whose name or folder names an environment (`values-prod.yaml`, `config/deploy/staging.rb`,
#: `envs/dev/main.tf`, `.env.production`): the written place is that environment's.
_ENV_SEGMENT = frozenset({"prod", "production", "prd", "staging", "stage", "stg", "uat", "qa", "preprod", "dev",
                          "development", "sandbox"})
_CONFIG_EXT = lazyre.compile(r"(?i)\.(?:ya?ml|json|toml|rb|tfvars|tf|hcl|env|ini|conf|cfg|properties|php|py|js|ts|xml)$|"
                             r"(?:^|/)\.env(?:\.[\w-]+)?$")
_CONN_REF = lazyre.compile(r"^\$\{?([A-Za-z_]\w*)\}?$")


def _file_place(path: str, root: str) -> Place | None:
    rel = path[len(root.rstrip("/")) + 1:] if root and path.startswith(root.rstrip("/") + "/") else path
    if not _CONFIG_EXT.search(rel) or "/test" in "/" + rel.lower():
        return None
    for t in re.split(r"[/._-]+", rel.lower()):
        if t in _ENV_SEGMENT:
            return Place(pf.ENV, t, rel)
    return None


def _remote_place(remote: str, text: str) -> Place | None:
    """Where a command lowered from a remote shell runs: `deploy@web-1` (ssh), `wp:host`, `drush:alias`; a container
    or a device shell is no host (its own options say which: `adb -s`)."""
    if not remote or remote in ("hosts", "remote") or remote.startswith(("container:", "docker", "adb:", "kubectl:", "oc:")):
        return None
    prog, sep, target = remote.partition(":")
    if sep and prog.isalpha() and "@" not in prog and "." not in prog:
        if target in ("", "remote"):
            return None
        return Place(pf.ALIAS if prog in pf.ALIAS_PROGRAMS and "@" not in target else pf.HOST, target, text)
    return Place(pf.HOST, remote, text)


def places(a: Analysis) -> list[Place]:
    """Every place the action names, on every surface."""
    out: list[Place] = []
    tool = a.action.tool
    if tool.startswith("mcp__"):
        for k, v in a.action.input.items():
            kind = pf.MCP_KEYS.get(k.lower().replace("-", "_"))
            if kind and isinstance(v, str) and v and len(v) <= 200:
                out.append(Place(kind, v, f"{k}: {v}"))
        return out
    if tool in ("Write", "Edit", "MultiEdit", "NotebookEdit"):
        p = a.action.input.get("file_path") or a.action.input.get("notebook_path")
        got = _file_place(p, a.root) if isinstance(p, str) else None
        return [got] if got is not None else []
    if tool in ("Task", "Agent"):
        prompt = _unfenced(str(a.action.input.get("prompt", ""))[:4000])
        out += [Place(pf.ENV, e, "the brief") for e in _envs(prompt) - {"local"}]
    if not a.shell and tool not in ("Task", "Agent"):
        return out
    builds = any(pf.BUILDS.search(c.text or c.name) for c in a.commands)
    for name, value in a.assignments:
        kind = _var_kind(name, builds)
        if kind and value:
            out.append(Place(kind, value, f"{name}={value}"))
    for cmd in a.commands:
        out += _command_places(cmd, a)
    return out


def _var_kind(name: str, build: bool) -> str:
    """The kind of place a variable names ("" none; a build mode such as `NODE_ENV` names none)."""
    if name in pf.BUILD_VARS:
        return ""
    kind = pf.VARS.get(name) or (pf.ENV if pf.VAR_SUFFIX.search(name) else "")
    return "" if kind == pf.ENV and build else kind


def _command_places(cmd: Command, a: Analysis) -> list[Place]:

    out: list[Place] = []
    prog = cmd.name.rsplit("/", 1)[-1]
    text = (cmd.text or " ".join(w.value for w in cmd.argv))[:80]
    far = _remote_place(cmd.remote or "", text)
    if far is not None:
        out.append(far)
    build = pf.BUILDS.search(text) is not None
    for k, w in cmd.assigns:
        kind = _var_kind(k, build)
        if kind and not w.dynamic and w.value:
            out.append(Place(kind, w.value, f"{k}={w.value}"))
    before = len(out)
    words = cmd.argv[1:]
    args = [w.value for w in words]
    if args and (prog.startswith(("php", "python")) or prog == "xcrun") and \
            args[0].rsplit("/", 1)[-1] in ("artisan", "manage.py", "magento", "simctl", "devicectl"):
        prog, words, args = args[0].rsplit("/", 1)[-1], words[1:], args[1:]
    if prog in pf.DEVICE_PROGRAMS:
        out.append(Place(pf.DEVICE, pf.DEVICE_PROGRAMS[prog], text))
    elif prog == "devicectl":
        out.append(Place(pf.DEVICE, "a physical iOS device", text))
    pos: list[str] = []
    named_env = False
    elsewhere = bool(cmd.remote)
    i = 0
    while i < len(args):
        x = args[i]
        if (prog, x) in pf.FLAG_PLACES:
            out.append(Place(*pf.FLAG_PLACES[(prog, x)], text))
            elsewhere = True
            i += 1
            continue
        if x.startswith("-") and len(x) > 1:
            opt, val, used = _opt_value(args, i)
            kind = pf.option_kind(prog, opt)
            if kind:
                dyn = words[i + used - 1].dynamic if i + used - 1 < len(words) else True
                if val and not dyn and not val.startswith("-"):
                    out.append(Place(kind, val, text))
                elsewhere = True
                i += used
                continue
            i += 1
            continue
        pos.append(x)
        ref = _CONN_REF.match(words[i].raw.strip("\"'")) if words[i].dynamic else None
        if ref is not None and CONN_NAME.search(ref.group(1)):
            elsewhere = True  # `psql "$STAGING_DATABASE_URL"`: the variable's name says where
            if env_of(ref.group(1)):
                out.append(Place(pf.DB, ref.group(1), text))
        elif words[i].dynamic:
            elsewhere = True
        if pf.DB_SCHEMES.match(x) or (prog in pf.LOCAL_DEFAULT and "://" in x):
            out.append(Place(pf.DB, x, text))
            elsewhere = True
        elif prog in pf.HTTP_CLIENTS and "://" in x:
            out.append(Place(pf.ENV, x.split("?", 1)[0], text))  # compared by the environment its host names
        elif prog in pf.POSITIONAL_ENV and env_of(x):
            out.append(Place(pf.ENV, x, text))  # `zappa update production`, `eb deploy shop-prod`
        i += 1
    if prog in pf.LOCAL_DEFAULT and not elsewhere:
        for x in args:  # `mysql app_staging`, `wp --path=/var/www/staging`: a database or site of that name
            v = x.split("=", 1)[-1]
            if env_of(v) and not v.startswith("@"):
                named_env = True
                out.append(Place(pf.ENV, v, text))
    if prog in pf.ALIAS_PROGRAMS and pos and pos[0].startswith("@") and len(pos[0]) > 1:
        out.append(Place(pf.ALIAS, pos[0][1:], text))
        elsewhere = True
    at = pf.STAGE_POSITION.get(prog)
    if at is not None and len(pos) > at[0] and prog not in ("ssh", "mosh", "autossh") and prog not in pf.POSITIONAL_ENV:
        out.append(Place(at[1], pos[at[0]], text))
    for sub, kind in pf.SELECTS_BY_PROGRAM.get(prog, ()):
        if tuple(pos[: len(sub)]) == sub and len(pos) > len(sub):
            out.append(Place(kind, pos[len(sub)], text))  # `terraform workspace select prod && terraform apply`
    if prog in pf.CWD_PROGRAMS and cmd.cwd and a.root and cmd.cwd.startswith(a.root.rstrip("/") + "/"):
        rel = cmd.cwd[len(a.root.rstrip("/")) + 1:]
        if env_of(rel):
            out.append(Place(pf.ENV, rel, f"{text} (in {rel})"))
    assigned = any(_var_kind(k, False) for k, _ in (*cmd.assigns, *a.assignments))
    if prog in pf.LOCAL_DEFAULT and not elsewhere and not named_env and not assigned and len(out) == before:
        out.append(Place(DEFAULT, "localhost", text))
    if out and _looks_only(cmd.name, cmd.args, a) and not any(c.remote for c in a.commands):
        out = [Place(p.kind, p.value, p.where, True) for p in out]
    return out


def _host_of(v: str) -> str:
    low = v.lower().strip("'\"")
    if "://" in low:
        low = low.split("://", 1)[1].split("/", 1)[0]
        low = low.rsplit("@", 1)[-1].split(":", 1)[0]
        return low
    return low.rsplit("@", 1)[-1].split(":", 1)[0].split("/", 1)[0]


def _said(v: str, n: Named) -> bool:
    low = v.lower().strip("'\"")
    if not low:
        return True
    if low in n.text and lazyre.built(rf"(?<![\w.-]){re.escape(low)}(?![\w-])").search(n.text):
        return True
    h = _host_of(low)
    if not h:
        return False
    if h in n.hosts or (h in n.text and lazyre.built(rf"(?<![\w.-]){re.escape(h)}(?![\w-])").search(n.text) is not None):
        return True
    first = h.split(".", 1)[0]  # "web-1" names web-1.internal
    return "." in h and len(first) >= 3 and first in n.text and \
        lazyre.built(rf"(?<![\w.-]){re.escape(first)}(?![\w-])").search(n.text) is not None


def _fits(env: str, n: Named) -> bool:
    return any(env in _SAME.get(x, frozenset({x})) for x in n.envs)


def _differs(p: Place, n: Named) -> str | None:
    """Why `p` is not a place the user named (None: it is, or nothing says)."""
    if _said(p.value, n):
        return None
    v = p.value.lower()
    if p.kind == pf.REGION:
        if n.regions and not any(v == r or v.startswith(r + "-") or (v.startswith(r) and len(v) == len(r) + 1)
                                 for r in n.regions):
            return f"you named {', '.join(sorted(n.regions))}; this acts in {p.value}"
        return None
    if p.kind == pf.DEVICE:
        emu = pf.EMULATOR.match(v) is not None
        if "emulator" in n.devices and "device" not in n.devices and not emu:
            return f"you named the emulator; `{p.where}` acts on the device {p.value}"
        if "device" in n.devices and "emulator" not in n.devices and emu:
            return f"you named a device; `{p.where}` acts on the emulator {p.value}"
        return None
    if p.kind == DEFAULT:
        far = n.envs - {"local", "dev"}
        if far and not (n.envs & {"local", "dev"}) and not n.hosts and _PLACE_PHRASE.search(n.text):
            return f"you named {', '.join(sorted(far))}; `{p.where}` names no host or site, so it acts on this machine"
        return None
    host = _host_of(v) if p.kind in (pf.HOST, pf.DB) else v
    env = env_of(host if p.kind in (pf.HOST, pf.DB) else v)
    if env and n.envs:
        if not _fits(env, n):
            named_env = "this machine" if n.envs == {"local"} else ", ".join(sorted(n.envs - {"local"}) or n.envs)
            return f"you named {named_env}; `{p.where}` acts on {env if env != 'local' else 'this machine'}"
        return None
    if p.kind in (pf.HOST, pf.DB, pf.ALIAS) and env != "local" and "local" in n.envs and not (n.envs - {"local", "dev"}) \
            and not n.hosts:
        return f"you named this machine; `{p.where}` acts on {host or p.value}"
    return None  # (another host of the same kind as a named one is the object slot's: `intent.identity`)


#: Control verbs that change what a store, site or service holds (a build or a start of a container does not).
_DATA_VERBS = frozenset({"delete", "update", "deploy", "permission", "secret", "execute"})
#: A request to copy data out of a place ("dump my local db", "clone the staging data"): where it is read from is then
#: the request's place too.
_COPY_SAID = lazyre.compile(r"(?i)\b(?:dump|export|back\s*up|backup|copy|clone|download|snapshot|mirror|replicate|extract)"
                            r"\w*\b|\bvolcar|\bexportie\w*|\bsauvegard\w*|\bkopi\w*|\bcopi\w*|ダンプ|导出|备份")
#: Kinds of place that nest (a namespace in a cluster, a database on a host, a stage in an account).
_NESTED = frozenset({pf.ENV, pf.CONTEXT, pf.PROFILE, pf.ALIAS, pf.DB, pf.HOST})


def _changes(a: Analysis) -> bool:

    return _reads_only(a) is not True


def _object_envs(a: Analysis, ps: list[Place], n: Named) -> frozenset[str]:
    """The environments the user named only as the whole name of an object the action acts on (an alias, a slot, a
    stage called `staging`), never as one of its places."""
    from automode.knowledge.pointers import moves_pointer

    if not any(moves_pointer(c) for c in a.commands):
        return frozenset()  # (a pointer's name: elsewhere an environment word is where the act lands)
    at = {p.value.lower() for p in ps}
    names = {w.value.lower() for c in a.commands for w in c.argv[1:] if not w.dynamic and not w.value.startswith("-")}
    return frozenset(e for e in n.envs if any(env_of(v) == e and v not in at and re.search(
        rf"(?<![\w.-]){re.escape(v)}(?![\w-])", n.text) for v in names))


def beyond(a: Analysis) -> tuple[str, str] | None:
    """("" = refuse | "ask", why) when the action changes something in a place other than the one the user named;
    None when it acts where they said, or they named no place."""
    if not a.ctx.user_messages:
        return None
    ps = places(a)
    if not ps:
        return None  # (the action side first: most actions name no place)
    n = named(tuple(a.ctx.user_messages))
    if n is None or not _changes(a):
        return None
    if not _COPY_SAID.search(n.text):
        ps = [p for p in ps if not p.looks]  # (looking there is not acting there, unless what is read is the request's)
    if n.envs and (own := _object_envs(a, ps, n)):
        # "point the staging alias at version 42" (`--name staging` with `--profile dev`): the word names the object
        # the action acts on by its own name, not a place; the places are then compared with the envs left
        n = Named(n.envs - own, n.hosts, n.regions, n.devices, n.text)
    if n.envs and any(_fits(e, n) for p in ps if p.kind in _NESTED and (e := env_of(p.value))):
        # one place is the named one (the sandbox namespace): the cluster or account it sits in is no other place
        ps = [p for p in ps if p.kind not in _NESTED or not env_of(p.value)]
    for p in ps:
        why = _differs(p, n)
        if why is None:
            continue
        if p.kind == DEFAULT:
            if not any(e.kind == "delete" or (e.kind == "control" and e.verb in _DATA_VERBS) for e in a.effects):
                continue  # (a client's default is judged only where the action is known to change what it holds)
            return "ask", why  # (what a client's defaults point at may be set where automode cannot see)
        env = env_of(_host_of(p.value) if p.kind in (pf.HOST, pf.DB) else p.value)
        hard = env == "production" or (p.kind in (pf.HOST, pf.DB, pf.ALIAS) and n.envs == {"local"}) or any(
            e.kind == "delete" or (e.kind == "control" and e.verb == "delete") for e in a.effects)
        return ("" if hard else "ask"), why
    return None
