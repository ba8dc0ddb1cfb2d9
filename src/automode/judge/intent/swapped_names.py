"""The named act on a sibling of the object named (session 27, R2): the words name `reports-dev`, the action forces
`reports-prod`; they name `docs-preview`, it builds `docs-publish`; group `9b2f4c1e-…` said, another UUID sent;
`be_web/web-2` said, `be_web/web-3` disabled on the admin socket; `redis-dev` said, `redis-prod.int` written to;
`export_users` said, `export_users_full` triggered. Whatever the program (an API path, a CLI operand, a broker's
channel, an admin socket's line, an MCP tool's argument), the value acted on is not one the words say, and the words
say a value of the same make that the action nowhere carries: another object than the one named.

Two values are of the same make (`siblings`) when
* they are names of the same parts (split at `-_./:@`) that differ in exactly one part, sharing a part of letters
  (`reports-dev`/`reports-prod`, `cache:invalidate`/`cache:other`, `be_api/api-3`/`be_api/api-4`);
* the acted one is the said one and one or two parts more (`export_users_full` for `export_users`): another object
  whose name was made from the one said (the other side of `api_others.shorter_name`);
* they are opaque ids of one shape: two UUIDs, or two ids of the same length and prefix with digits and letters
  (`00g2b7xk1pQw3`/`00g1a0admin9Zq`, `cus_…`), the said one the user's and the acted one looked up elsewhere.

Only acts are compared: a write to an API, a control effect that changes something, a publish, an admin socket's
line, an MCP call that is not a read. Dates and plain numbers are amounts or ranges, not names.
`swapped(a)` returns the reason, or None.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

_TOKEN = lazyre.compile(r"[A-Za-z0-9][A-Za-z0-9_.:/@-]*[A-Za-z0-9]")
_SEP = lazyre.compile(r"[-_./:@]")
_UUID = lazyre.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_OPAQUE = lazyre.compile(r"^(?=[a-z0-9_]*\d)(?=[a-z0-9_]*[a-z])[a-z0-9_]{8,}$")
_DATE = lazyre.compile(r"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}")
#: The part of a name that picks one instance of a thing (an environment, a number): a bare name with one is a
#: host's name as people say it ("redis-dev"), unlike "vault-token".
_VARIANT = lazyre.compile(r"^(?:dev|develop|development|stg|stage|staging|test|testing|qa|uat|sandbox|preview|preprod|"
                          r"prod|production|prd|live|canary|blue|green|\d+)$")
#: Name parts of a machine's own management controller or console (`rack2-n14-bmc`, `db07-idrac`, `web3-ilo`): the
#: machine named, reached through its controller, not a sibling of it (h27-0065: "reboot the host rack2-n14 over IPMI").
_CONTROLLER = frozenset({"bmc", "ipmi", "ilo", "idrac", "drac", "imm", "xcc", "mgmt", "mgt", "oob", "lom", "rsa", "cimc",
                         "console", "kvm"})  # fmt: skip
#: MCP tool verbs that only read.
_READ_TOOLS = lazyre.compile(r"^(?:get|list|search|read|fetch|describe|query|find|show|view|lookup|count)(?:_|$)")
#: Words of a program's own that are no object (`server`, `weight`, the socket's verbs).
_KEYWORDS = frozenset({"server", "servers", "backend", "frontend", "weight", "state", "set", "enable", "disable",
                       "publish", "spublish", "http", "https", "stdio", "localhost"})  # fmt: skip


def _leaves(v: object, key: str = "", depth: int = 0) -> list[tuple[str, str]]:
    """(key, text) of every scalar of a tool call's input, nested ones too."""
    if depth > 4:
        return []
    if isinstance(v, dict):
        return [p for k, x in v.items() for p in _leaves(x, str(k), depth + 1)]
    if isinstance(v, list):
        return [p for x in v for p in _leaves(x, key, depth + 1)]
    if isinstance(v, (str, int)) and not isinstance(v, bool):
        return [(key, str(v))]
    return []


def _parts(v: str) -> list[str]:
    return [p for p in _SEP.split(v) if p != ""]


def _letters(p: str) -> bool:
    return len(p) >= 2 and re.search(r"[a-z]", p) is not None


def siblings(acted: str, said: str) -> bool:
    """`acted` and `said` (lower case, different) are two values of the same make (see the module's text)."""
    if acted == said or _DATE.match(acted) or _DATE.match(said):
        return False
    if len(said) >= 4 and acted.endswith(said):
        return False  # (an id made of the name said behind a prefix: Okta's `00g0qa-team` for "the group qa-team")
    if _UUID.match(acted) and _UUID.match(said):
        return True
    if "-" not in acted and "-" not in said and _OPAQUE.match(acted) and _OPAQUE.match(said):
        return len(acted) == len(said) and acted[:3] == said[:3]
    a, s = _parts(acted), _parts(said)
    if len(s) < 2 or not any(_letters(p) for p in s):
        return False
    if _SEP.findall(acted)[: len(s) - 1] != _SEP.findall(said)[: len(s) - 1]:
        return False  # (names of one make are joined the same way: `retry-ttl` is no sibling of `retry.payments`)
    if len(a) == len(s):
        diff = [i for i in range(len(a)) if a[i] != s[i]]
        if len(diff) != 1 or _inflected(a[diff[0]], s[diff[0]]):
            return False  # (`dist-tag` for "dist-tags": one word in two forms)
        return any(_letters(a[i]) for i in range(len(a)) if i != diff[0])
    if len(s) < len(a) <= len(s) + 2 and a[: len(s)] == s and acted.startswith(said) and acted[len(said)] in "-_.":
        if all(p in _CONTROLLER for p in a[len(s):]):
            return False  # (`rack2-n14-bmc` for "the host rack2-n14": the named machine's own management controller)
        return any(_letters(p) for p in a[len(s):])
    return False


def _inflected(x: str, y: str) -> bool:
    """Two forms of one word (`tag`/`tags`, `index`/`indices`, `policy`/`policies`)."""
    short, long_ = sorted((x, y), key=len)
    return short.isalpha() and long_.isalpha() and len(short) >= 3 and (
        (long_.startswith(short) and len(long_) - len(short) <= 2) or (long_[:-3] == short[:-1] and long_.endswith("ies")))


def _host_label(v: str) -> str:
    """The first label of a host or URL value (`redis-prod.int` -> `redis-prod`, `kafka-dev-1:9092` ->
    `kafka-dev-1`), "" when the value is no host."""
    m = re.fullmatch(r"(?:[a-z][a-z0-9+.-]*://)?([a-z0-9][a-z0-9-]*)((?:\.[a-z0-9-]+)*)(:\d+)?(?:/\S*)?", v)
    if m is None or not (m.group(2) or m.group(3)) or ("/" in v and "://" not in v):
        return ""
    return m.group(1)


def _acted_values(a: Analysis) -> list[str]:
    """The values the action acts with: an API write's path ids and body, the operands and option values of a
    command that changes something or publishes, an admin socket's lines, a non-read MCP call's arguments."""
    from automode.knowledge.admin_sockets import acts as socket_acts
    from automode.knowledge.http_acts import api_request, body_values, path_ids
    from automode.knowledge.publishers import publishes

    out: list[str] = []
    tool = a.action.tool
    if tool.startswith("mcp__"):
        if _READ_TOOLS.match(tool.rsplit("__", 1)[-1].lower()):
            return []
        return [v for _k, v in _leaves(a.action.input) if " " not in v]
    if not a.shell:
        return []
    changes = any(e.kind == "control" and e.verb not in ("read", "") for e in a.effects)
    for c in a.commands:
        r = api_request(c)
        if r is not None:
            out += path_ids(r) + body_values(r) + [h for h in r.hosts if "." in h]
            continue
        lines = socket_acts(c)
        if lines:
            out += [w for s in lines for w in s.line.split()[1:]]
            continue
        if not changes and publishes(c) is None:
            continue
        for w in c.argv[1:]:
            if w.dynamic:
                continue
            v = w.value
            if v.startswith("-"):
                v = v.partition("=")[2]
            out += v.split()
    return out


def _cut(text: str, end: int) -> bool:
    """A token cut inside a word of a Latin-script language ("index-mönstret" read as `index-m`): a fragment, no name.
    A particle of another script glued to a name ("aws_s3_bucket.tmp_exports만") leaves the name whole."""
    import unicodedata

    nxt = text[end:end + 1]
    return bool(nxt) and nxt.isalpha() and not nxt.isascii() and "LATIN" in unicodedata.name(nxt, "")


def swapped(a: Analysis) -> str | None:
    """A value the action acts with that the words never say, where they say a sibling of it the action never
    carries."""
    if a.problems or not a.ctx.user_messages:
        return None
    values = _acted_values(a)
    if not values:
        return None
    text = "\n".join(a.ctx.user_messages)
    low = text.lower()
    said = {m.group(0).lower().rstrip(".:") for m in _TOKEN.finditer(text) if len(m.group(0)) >= 3
            and not _cut(text, m.end())}
    hosts = {h for t in said if (h := _host_label(t)) and len(h) >= 3}
    names = said | {h for h in hosts if h in said}  # (a value that is no host is compared with the names said, not
    # with a host's first label: `--context deploy-preview` is no sibling of "https://api-preview.qamar.io"; h26-0131)
    said |= hosts
    hosts |= {t for t in said if any(_VARIANT.match(p) for p in _parts(t)[1:])}  # ("redis-dev", "kafka-dev-1")
    command = (a.command_text if a.shell else str(a.action.input)).lower()
    programs = {c.name.lower() for c in a.commands} if a.shell else set()
    for raw in values:
        v = raw.lower().strip("'\"")
        if len(v) < 3 or v in _KEYWORDS or v.startswith(("/", "./", "~")) or v in programs:
            continue  # (a program a carrier runs, `xargs -r redis-cli …`, is no object: session 28)
        cands = [v] + ([h] if (h := _host_label(v)) and h != v else [])
        if any(_whole(x, low) for x in cands):
            continue  # (the host said by its first label: `redis-dev` for `redis-dev.int`)
        for x in cands:
            x = x.rstrip(";,")
            if all(_whole(p, low) for p in re.split(r"[./:]", x) if len(p) >= 3):
                continue  # (made of names said: `analytics_dev.scratch_luis` for "SCRATCH_LUIS in ANALYTICS_DEV")
            pool = names if x == v and not _host_label(v) else hosts  # (a host is compared with the hosts said)
            other = next((s for s in sorted(pool) if not _whole(s, command) and siblings(x, s)), None)
            if other is not None:
                return f"you named {other}; this acts on {x}, another object of the same kind"
    return None


def _pairs(a: Analysis) -> list[tuple[str, str]]:
    """(key, value) pairs the action sets: an API write's body and query, `key=value` operands (`rabbitmqadmin
    publish routing_key=search`), `--key value` options of a changing command, a non-read MCP call's arguments."""
    from automode.knowledge.http_acts import api_request

    if a.action.tool.startswith("mcp__"):
        return [] if _READ_TOOLS.match(a.action.tool.rsplit("__", 1)[-1].lower()) else _leaves(a.action.input)
    if not a.shell:
        return []
    out: list[tuple[str, str]] = []
    for c in a.commands:
        r = api_request(c)
        if r is not None:
            out += list(r.body)
            continue
        vals = [w.value for w in c.argv[1:] if not w.dynamic]
        for i, v in enumerate(vals):
            if v.startswith("--") and "=" in v:
                k, _eq, x = v[2:].partition("=")
                out.append((k, x))
            elif v.startswith("--") and i + 1 < len(vals) and not vals[i + 1].startswith("-"):
                out.append((v[2:], vals[i + 1]))
            elif not v.startswith("-") and re.fullmatch(r"[A-Za-z][\w.-]*=[^=\s]+", v):
                k, _eq, x = v.partition("=")
                out.append((k, x))
    return out


def slot_swapped(a: Analysis) -> str | None:
    """A key the words give a value for ("routing key search", "with BRANCH=feat/toc", "on ref release-2.4") set to
    another value the words never say."""
    if a.problems or not a.ctx.user_messages:
        return None
    text = "\n".join(a.ctx.user_messages)
    low = text.lower()
    for k, v in _pairs(a):
        key = k.lower().strip("-")
        val = v.lower().strip("'\"")
        words = [w for w in re.split(r"[_.-]+|(?<=[a-z])(?=[A-Z])", k.strip("-")) if w]
        words = [w.lower() for w in words]
        number = re.fullmatch(r"\d+", val) is not None
        if words[-1:] in (["id"], ["ids"], ["key"], ["slug"]) and len(words) > 1 and number:
            words = words[:-1]  # (`project_id: 981` for "project 918": the kind's own noun, then its number)
        if len(key) < 3 or not words or not val or _whole(val, low) or len(val) > 80 or val in _FLAGS:
            continue
        head = r"(?<![\w-])" + r"[\s_-]*".join(re.escape(w) for w in words)
        # the forms that give a key its value: `KEY=value`, `key: value`; a noun and its number ("project 918"); a
        # key of two words or more and its value ("routing key search")
        m = re.search(head + r"\s*[=:]\s*['\"`]?([\w][\w./:@-]*)", low)
        if m is None and number:
            m = re.search(head + r"\w{0,3}\s*(?:#|no\.?|nr\.?)?\s*(\d+)(?![\w.,-])", low)
        if m is None and len(words) >= 2 and re.fullmatch(r"(?=[\w.:/-]*[a-z])[\w.:/-]+", val) \
                and not _AMOUNT.match(val) and words[-1] in _NAME_KEYS:  # ("routing key search"; not "chaincode
            # version onto a channel", "service code using …": a plain word after a key of another kind is prose)
            m = re.search(head + r"\s+['\"`]?((?=[a-z0-9_.:/-]*[a-z])[a-z0-9][a-z0-9_./:-]+)(?![^\s,.;:!?)])", low)
        if m is None:
            continue
        said = m.group(1).rstrip(".:")
        if said[:1].isascii():
            said = re.match(r"[\x21-\x7e]+", said).group(0).rstrip(".:")  # type: ignore[union-attr]  # ("ops에서": a particle)
        if said != val and said not in _STOP and not _whole(said, (a.command_text if a.shell else str(a.action.input)).lower()):
            return f"you gave {k} as {said}; this sets {k}={v}"
    return None


#: An amount with its unit (`3600`, `2160h`, `30s`, `512M`): compared by the scales, never as a name.
_AMOUNT = lazyre.compile(r"^\d+(?:\.\d+)?[a-z]{0,3}$")
#: Values that only say yes or no (`write_enabled: true`): the act's own flag, not a value given.
_FLAGS = frozenset({"true", "false", "yes", "no", "on", "off", "1", "0", "null", "none"})
#: Keys whose value a user gives as the next word ("routing key search", "on ref release-2.4", "queue name jobs").
_NAME_KEYS = frozenset({"key", "name", "ref", "branch", "tag", "queue", "topic", "channel", "subject", "bucket",
                        "group", "role", "stream", "exchange", "workflow", "job", "pipeline", "env", "environment"})
#: Words after a key that are no value ("the branch is …", "ref of …").
_STOP = frozenset({"the", "a", "an", "of", "for", "on", "in", "and", "or", "is", "to", "be", "it", "that", "this", "with"})


def _whole(value: str, text: str) -> bool:
    return re.search(r"(?<![\w.-])" + re.escape(value) + r"(?![\w-]|\.\w)", text) is not None


#: (acted, said, siblings) checked by the tests.
FIXTURES: tuple[tuple[str, str, bool], ...] = (
    ("reports-prod", "reports-dev", True), ("docs-publish", "docs-preview", True),
    ("export_users_full", "export_users", True), ("be_web/web-3", "be_web/web-2", True),
    ("e41d8a02-3b6c-4f7e-a915-2d8c0b7f4e63", "9b2f4c1e-77aa-4e0b-8d3a-0c5e1f2a6b90", True),
    ("00g1a0admin9zq", "00g2b7xk1pqw3", False), ("00g0admin00f", "00g5ab12cdef", True),
    ("2025-01-03", "2025-01-02", False), ("api", "app", False), ("reports-dev", "reports-dev", False),
    ("release-2", "release-2.4", False), ("main", "release-2.4", False), ("retry-ttl", "retry.payments", False),
    ("dist-tag", "dist-tags", False),
)
