"""A configuration edit against the line the user named (session 18, class I4; AM-JUDGE-027).

The edit's settings are read in every structured format (`files.config_tree`), the changes that widen a setting
are found by `knowledge.wide_settings` (a minimum lowered, a logger made more verbose, every interface, every
address, an administrator's role, `*`, a switch that opens turned on or one that protects turned off). Each is
compared with the user's words:
* the **value** they said: "INFO" is not TRACE, "60" is not 0, "127.0.0.1" is not `0.0.0.0`, `roles/storage.objectViewer`
  is not `roles/storage.admin`, "prometheus" is not `*`, "localhost" is not every domain (refused: AM-JUDGE-027);
* the **key** they said: "branches" is not `lines` and `functions` beside it, "the kafka logger" is not
  `org.apache.kafka.common.security` beside it (refused);
* the **place** they said: "in packages/ui" is not the shared base config every package reads (refused);
* nothing of it said (an unrelated request): a question for the sensitive ones (the rule AM-WRITE-060 says so
  without any words too).
When every widening change is named (the key, the value, the place and the domain), `settle` releases the rules that
report it (`weakening.asked`): the exact edit asked for runs.
"""

from __future__ import annotations

import re
from functools import lru_cache

from automode import lazyre
from automode.judge.intent.per_action import per_action
from automode.knowledge.wide_settings import WORLD_SAID as WORLD
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.knowledge.wide_settings import Change, Row
    from automode.model import Finding

#: Rules whose finding is a widened setting of this table, released when every widening is named.
RELEASED = frozenset({"AM-WRITE-003", "AM-WRITE-004", "AM-WRITE-005", "AM-WRITE-006", "AM-WRITE-008", "AM-SEC-053", "AM-WRITE-060"})
_EDIT_TOOLS = frozenset({"Write", "Edit", "MultiEdit", "write_file", "replace", "edit_file", "str_replace_based_edit_tool"})
#: Words for every interface of a listener.
_ALL_IFACES = lazyre.compile(r"(?i)\b(?:all|every|any)\s+interfaces?\b|0\.0\.0\.0|\bexternally\b|\bon\s+the\s+(?:lan|network)\b|"
                             r"\bfrom\s+(?:other|another)\s+(?:machines?|devices?|hosts?)\b")
_ALL_ITEMS = lazyre.compile(r"(?i)(?<![\w*])\*(?![\w*])|\b(?:every|all|any)\s+(?:\w+\s+)?(?:endpoints?|hosts?|origins?|proxies|domains?)\b|"
                            r"\bwildcard\b")
#: A quantifier over every setting of a kind ("set every global coverage threshold to 0").
_EVERY = lazyre.compile(r"(?i)\b(?:every|all|each|todos?|todas?|tous|toutes|alle[nms]?|wszystk\w*|tutt[ie])\b|全部|すべて|모든")
_IP = lazyre.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?:/\d{1,2})?(?::\d+)?(?![\w.])")
_NUM = lazyre.compile(r"(?<![\w.])(\d{1,3}(?:[.,]\d+)?)\s*%?(?![\w.])")
_DIR_SAID = lazyre.compile(r"(?<![\w@/.:])(?:\./)?((?:[\w-]+/)+[\w-]+)/?(?![\w./-])")
#: Keys that only say "level" (named by the logger they sit under, never by themselves).
_LEVEL_KEYS = frozenset({"level", "loglevel", "log_level_root", "threshold", "verbosity"})
_GENERIC_PARTS = frozenset({"org", "com", "net", "io", "apache", "springframework", "microsoft", "system", "logger", "logging", "level",
                            "common", "internal", "client", "server", "core", "main", "root", "http"})  # fmt: skip


@lru_cache(maxsize=64)
def _words(msgs: tuple[str, ...]) -> str:
    from automode.judge.intent.gloss import gloss

    return "\n".join([*msgs, *(g for m in msgs if (g := gloss(m)) != m)])[:20_000].lower()


def _has(word: str, low: str) -> bool:
    w = word.lower()
    if not w:
        return False
    if not w.isascii():
        return w in low
    return w in low and lazyre.built(r"(?<![\w-])" + re.escape(w)).search(low) is not None


def _split(name: str) -> list[str]:
    return [w.lower() for w in re.split(r"[\s_.:/\[\]=-]+|(?<=[a-z0-9])(?=[A-Z])", name) if w]


def _key_named(r: Row, c: Change, siblings: list[Change], low: str, single: bool = False) -> bool:
    from automode.knowledge.wide_settings import logger

    if r.kind == "level":
        name = logger(c, siblings)
        if _has(name, low) or (len(c.path[-1]) >= 6 and c.path[-1].lower() not in _LEVEL_KEYS and _has(c.path[-1], low)):
            return True  # (the key itself said: "set LOG_LEVEL=debug in .env.development", session 26)
        parts = [p for p in _split(name) if len(p) >= 4 and p not in _GENERIC_PARTS]
        return any(_has(p, low) for p in parts) or (name == "root" and _has("root", low))
    last = c.path[-1]
    if _has(last, low) or _has(" ".join(_split(last)), low):
        return True
    if r.kind == "min" and not single and not _EVERY.search(low):
        return False  # of several thresholds each is named by its own key ("branches"): the gate's words name them all
    return any(_has(w, low) for w in r.words)


def _domains(c: Change, siblings: list[Change]) -> list[str] | None:
    """The domains a clear-text switch is limited to (an Android `domain-config`'s domains, an ATS exception's
    domain), [] for every domain (`base-config`, arbitrary loads), None when the key says nothing of domains."""
    path = [p.lower() for p in c.path]
    if "domain-config" in path:
        i = path.index("domain-config")
        return [s.new for s in siblings if len(s.path) == i + 2 and s.path[: i + 1] == c.path[: i + 1]
                and s.path[i + 1].split("[", 1)[0].lower() == "domain" and ("." in s.new or s.new == "localhost")]
    if "nsexceptiondomains" in path:
        i = path.index("nsexceptiondomains")
        return [c.path[i + 1]] if len(c.path) > i + 2 else None
    if path[-1] in ("cleartexttrafficpermitted", "usescleartexttraffic") or path[-1].startswith("nsallowsarbitraryloads"):
        return []
    return None


def _value(r: Row, c: Change, siblings: list[Change], low: str) -> tuple[str, str]:
    """("named" | "other" | "", what was said): the value the user said for this setting."""
    from automode.knowledge.wide_settings import LEVELS, level

    new = c.new.strip().strip("\"'")
    if r.kind == "level":
        said = {LEVELS[w] for w in re.findall(r"[a-z]+", low) if w in LEVELS and w not in ("all", "none", "off", "config", "fine")}
        got = level(new)
        if not said or got is None:
            return "", ""
        if got in said or got >= min(said):
            return "named", ""
        word = next(w for w in re.findall(r"[a-z]+", low) if w in LEVELS and LEVELS[w] in said)
        return "other", word.upper()
    if r.kind == "min":
        nums = [float(m.group(1).replace(",", ".")) for m in _NUM.finditer(low)]
        try:
            n = float(new.rstrip("%"))
        except ValueError:
            return "", ""
        if not nums:
            return "", ""
        if any(abs(n - x) < 1e-9 or abs(n - x / 100) < 1e-9 for x in nums):
            return "named", ""
        return "other", f"{nums[0]:g}"
    if r.kind == "addr":
        if _has(new, low) or _ALL_IFACES.search(low) or WORLD.search(low):
            return "named", ""
        ips = _IP.findall(low)
        return ("other", ips[0]) if ips else ("", "")
    if r.kind == "cidr":
        if WORLD.search(low):
            return "named", ""
        ips = _IP.findall(low)
        return ("other", ips[0]) if ips else ("", "")
    if r.kind == "role":
        role = re.split(r"[/:]", new)[-1]
        if _has(role, low) or _has(new, low):
            return "named", ""
        role_said = re.search(r"roles/[\w.]+|\b[\w.-]*(?:viewer|reader|writer|editor|admin|owner|user|developer|operator|"
                         r"contributor|access)\b", low)
        return ("other", role_said.group(0)) if role_said else ("", "")
    if r.kind == "star":
        if _ALL_ITEMS.search(low):
            return "named", ""
        items = [x.strip().strip("\"'") for x in re.split(r"[,\s\[\]]+", c.old) if x.strip().strip("\"'")]
        extra = [w for w in re.findall(r"[a-z][\w.-]{2,}", low) if w not in {i.lower() for i in items}]
        return ("other", "") if extra else ("", "")
    if r.kind == "cmds":
        return _commands(new, low)
    if r.kind == "public":
        return ("named", "") if _has(new, low) or _has(" ".join(_split(new)), low) else ("", "")
    domains = _domains(c, siblings)
    if domains is not None:
        named_hosts = re.findall(r"(?<![\w.-])(?:localhost|(?:\d{1,3}\.){3}\d{1,3}|[a-z0-9-]+(?:\.[a-z0-9-]+)+)(?![\w-])", low)
        if not domains:
            if named_hosts and not _ALL_ITEMS.search(low):
                return "other", named_hosts[0]
            return "", ""
        if all(_has(d, low) for d in domains):
            return "named", ""
        return "other", named_hosts[0] if named_hosts else ""
    return "named", ""


_EVERY_COMMAND = lazyre.compile(r"(?i)\b(?:any|every|all)\s+(?:\w+\s+)?commands?\b|\banything\b|\bfull\s+(?:root|sudo)\b|\bunrestricted\b")
_VERBS = frozenset({"restart", "start", "stop", "reload", "status", "enable", "disable", "run", "exec"})


def _commands(cmds: str, low: str) -> tuple[str, str]:
    """A sudo grant's commands against the ones the user named: every command (`ALL`, a trailing `*`) needs words
    for every command; each listed one needs its object (`nginx` of `systemctl restart nginx`, `test` of `make
    test`) said."""
    items = [x.strip() for x in cmds.split(",") if x.strip()]
    said = re.findall(r"`([^`]{2,80})`", low)
    if any(x.upper() == "ALL" or x.rstrip().endswith("*") or " * " in x for x in items):
        if _EVERY_COMMAND.search(low):
            return "named", ""
        return "other", said[0] if said else ""
    for x in items:
        words = [w.rsplit("/", 1)[-1].lower() for w in x.split()[1:] if not w.startswith(("-", "/"))]
        objects = [w for w in words if w not in _VERBS] or words or [x.split()[0].rsplit("/", 1)[-1].lower()]
        parts = {p for w in objects for p in re.findall(r"[a-z]{3,}", w) if p not in ("service", "usr", "bin", "sbin")}
        if any(_has(p, low) for p in parts):
            return "named", ""  # a command of the grant is the one the user named (its companions ride along)
    return "other", said[0] if said else ""


def _place(a: Analysis, low: str, rel: str) -> str | None:
    """A folder the user named that the edited file is not in (the shared base config for "in packages/ui")."""
    root = (a.ctx.project_root or a.ctx.cwd or "").rstrip("/")
    if root and rel.startswith(root + "/"):
        rel = rel[len(root) + 1:]
    for m in _DIR_SAID.finditer(low):
        d = m.group(1).strip("/")
        if "/" not in d or re.search(r"(?i)^(?:https?|roles|org|com)\b", d) or re.fullmatch(r"[\d/]+", d):
            continue
        if ("/" + rel.lower()).find("/" + d + "/") >= 0 or rel.lower().startswith(d + "/"):
            return None
        return d
    return None


_PROD_SAID = lazyre.compile(r"(?i)\b(?:prod|production|prd|live|produc\w*|produktion\w*|prodotto|produkc\w*)\b|本番|生产|生產|운영")


def _prod_unsaid(a: Analysis, low: str, path: str) -> bool:
    """The file is a production configuration and the request spoke neither of production nor of the file."""
    from automode.knowledge.envmarkers import env_of

    root = (a.ctx.project_root or a.ctx.cwd or "").rstrip("/") + "/"
    rel = path[len(root):] if path.startswith(root) else path
    if env_of(rel) != "production" or _PROD_SAID.search(low):
        return False
    return rel.rsplit("/", 1)[-1].lower() not in low


def _written(a: Analysis) -> tuple[str, list[tuple[str, str]]] | None:
    """The file an action writes and its (old, new) texts: a file tool's edit, or a shell heredoc's or `tee`'s text."""
    from automode.files.settingsdiff import pairs_of

    if a.write is not None and a.action.tool in _EDIT_TOOLS:
        return a.write.path, pairs_of(a.action.tool, a.action.input, a.action.before)
    if a.write is not None:
        return a.write.path, [(a.write.old, a.write.new)]
    if a.shell:
        for e in a.effects:
            if e.kind == "write" and e.content:
                return e.target, [("", e.content)]
    return None


def _findings(a: Analysis) -> tuple[str, list[tuple[Row, Change]], list[Change]] | None:
    written = _written(a)
    if written is None:
        return None
    from automode.files.config_tree import reader
    from automode.files.settingsdiff import changes
    from automode.knowledge.wide_settings import widened

    path, pairs = written
    if not any(n.strip() for _, n in pairs):
        return None
    changed: list[Change] = list(changes(pairs, reader(path)))
    wide = widened(changed, path)
    return (path, wide, changed) if wide else None


@per_action
def judged(a: Analysis) -> tuple[str, str, bool] | None:
    """("deny" | "ask" | "named", why, sensitive) for a configuration edit that widens a setting of the table."""
    if not a.ctx.user_messages:
        return None
    found = _findings(a)
    if found is None:
        return None
    path, wide, changed = found
    from automode.knowledge.wide_settings import sensitive

    low = _words(tuple(a.ctx.user_messages))
    place = _place(a, low, path)
    unsaid_prod = _prod_unsaid(a, low, path)
    count: dict[str, int] = {}
    for r, _ in wide:
        count[r.name] = count.get(r.name, 0) + 1
    named_rows = {r.name for r, c in wide if _key_named(r, c, changed, low, count[r.name] == 1)}
    ask: tuple[str, str, bool] | None = None
    for r, c in wide:
        shown = f"{c.name} from {c.old or '(unset)'} to {c.new}"
        if place is not None:
            return "deny", f"you named {place}; this edits a file outside it ({shown}), which reaches wider", True
        value, said = _value(r, c, changed, low)
        key = _key_named(r, c, changed, low, count[r.name] == 1)
        # a level other than the one said keeps the rule's own verdict (wire logging is refused by its rule, a verbose
        # security logger asked); every other setting past the named one is refused
        refuse = "keep" if r.kind == "level" else "deny"
        if value == "other":
            what = f"you said {said}" if said else "you named other values"
            return refuse, f"{what}; this sets {shown}", True
        if not key and r.name in named_rows:
            return refuse, f"this also changes {shown}, which you did not name", True
        if unsaid_prod:
            pass  # a production file the request never spoke of: nothing in it is named
        elif (key and (value == "named" or r.kind in ("on", "off", "public"))) or (value == "named" and r.kind in ("cidr", "addr")):
            continue  # (every address or interface said names the source or the listener it is about)
        if sensitive(r, c, changed) and ask is None:
            ask = ("ask", f"this changes {shown}, which you did not ask for", True)
    return ask or ("named", "", True)


def wider(a: Analysis) -> tuple[str, str, str] | None:
    """For `edit_scope.beyond`: ("" = refuse | "ask", why, family) when the edit widens past the line named."""
    got = judged(a)
    if got is None or got[0] == "named":
        return None
    return ("" if got[0] == "deny" else "ask"), got[1], "security-degrade"  # ("keep": the rule decides; none fired: ask)


def settle(f: Finding, a: Analysis) -> tuple[str, str] | None:
    """For `weakening.asked`: ("deny", why) when the widening goes past the words, ("allow", the words) when every
    widening is named, None otherwise."""
    if f.rule.id not in RELEASED:
        return None
    got = judged(a)
    if got is None:
        return None
    if got[0] in ("deny", "keep"):
        return ("deny" if got[0] == "deny" else f.verdict, got[1])
    if got[0] == "named":
        return ("allow", " ".join(a.ctx.user_messages)[:200])
    return None
