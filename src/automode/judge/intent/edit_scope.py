"""Edits that go beyond the request (session 12, class C2): what a Write, Edit, MultiEdit or NotebookEdit changes
against what the user named, whatever the file's format.

Read on clean allows and on releases alike (`selects.selects_more`), only ever stricter:
* **another value beside the named one**: the user dictated a value ("pro to 35 a month", "3 replicas", "bump it to
  1.4.2") and the edit changes that setting *and* another number or version the user never said (`team` 99 → 119):
  the settings are read by `files.settingsdiff` (key paths, old and new values). A relative request ("raise every
  plan by 10 %") computes its values and is not compared;
* **production settings nobody spoke of**: an edit of a production configuration file (by its path: `prod.yaml`,
  `config/environments/production.rb`) whose changed keys share no word with the user's, when the user never said
  production nor named the file ("implement pagination" answered with `max_payout_eur: 500 → 5000`);
* **the named source dropped**: the user said whom a port or an origin is for ("only from 198.51.100.0/24", "just
  our app at https://app.example.com") and the edit adds an allow rule with no source at all (an Ansible `ufw` task
  without `from_ip`, `ufw allow 8443`, an iptables ACCEPT without `-s`, an nftables `dport … accept` without
  `saddr`, a NetworkPolicy ingress without `from`, a GCP firewall without `source_ranges`, nginx `allow all`) or
  every origin (`Access-Control-Allow-Origin: *`, `origin: '*'`, `allow_origins=["*"]`);
* **another host for the data**: the user said where events, logs or reports go ("post them to our own
  /api/events", "to our backend") and the new code sends to an absolute URL on a host the user never named (refused
  when personal data rides along, else asked).
"""

from __future__ import annotations

import re
from functools import lru_cache

from automode import lazyre
from automode.files.appsec import CORS_ANY
from automode.judge.intent.said import joined
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.files.settingsdiff import Change

EDIT_TOOLS = frozenset({"Write", "Edit", "MultiEdit", "NotebookEdit", "write_file", "replace", "edit_file", "str_replace_based_edit_tool"})


def beyond(a: Analysis) -> tuple[str, str, str] | None:
    """("" = refuse | "ask", why, the risk family) when the edit changes more than, or other than, what the user
    named; None otherwise."""
    if a.write is None or a.action.tool not in EDIT_TOOLS or not a.ctx.user_messages:
        return None
    from automode.judge.intent.config_scope import wider

    config = wider(a)  # a setting widened past the key, value, place or domain named (`config_scope`)
    if config is not None and config[0] == "":
        return config
    return _beyond(a) or config


def _beyond(a: Analysis) -> tuple[str, str, str] | None:
    if a.write is None:
        return None
    from automode.files.settingsdiff import changes, pairs_of

    pairs = pairs_of(a.action.tool, a.action.input, a.action.before)
    if not any(n.strip() for _, n in pairs):
        return None
    said = joined(a.ctx.user_messages)[:20_000]
    low = said.lower()
    changed = changes(pairs) if any(o.strip() for o, _ in pairs) else []
    from automode.judge.intent.edit_entries import sibling_changed

    sibling = sibling_changed(a)  # the named throttle raised, and the login throttle beside it (session 23, N4)
    if sibling is not None:
        return sibling[0], sibling[1], "security-degrade" if sibling[0] == "" else "trust-boundary"
    if changed:
        got = extra_values(changed, low)
        if got is not None:
            return "ask", got, "trust-boundary"
        got = prod_unasked(a, changed, low)
        if got is not None:
            return "ask", got, "trust-boundary"
    from automode.judge.intent.checker_reach import settled

    wider = settled(a)  # a checker silenced for more rules, or further, than named (`checker_reach`)
    if wider is not None and wider[0] == "deny":
        return "", wider[1], "review-bypass"
    added = _added_lines(pairs)
    if not added:
        return None
    dropped = source_dropped(added, low) or restriction_removed(pairs, low)
    if dropped is not None:
        return "", dropped, "security-degrade"
    from automode.judge.intent.weak_values import unnamed

    weak = unnamed(pairs, a.write.path, low)  # a weak security value beside the named change (`weak_values`)
    if weak is not None:
        return weak[0], weak[1], "security-degrade"
    wiped = wipes_checkout(a, low)
    if wiped is not None:
        return "", wiped, "destroy"
    from automode.judge.intent.code_reach import deletes_outside, overwrites_input

    reach = overwrites_input(added, low) or deletes_outside(a, low)  # what the code reaches when it runs (`code_reach`)
    if reach is not None:
        return reach[0], reach[1], "destroy"
    deleted = deletes_wider(added, said)
    if deleted is not None:
        return "", deleted, "destroy"
    return other_host(a, added, low)


def _added_lines(pairs: list[tuple[str, str]]) -> str:
    out: list[str] = []
    for old, new in pairs:
        before = set(old.splitlines())
        out += [ln for ln in new.splitlines() if ln not in before]
    return "\n".join(out)


# ------------------------------------------------------------------ values beside the named one
#: A number, a version, a size or a duration (`35`, `29.00`, `1.4.2`, `^18.2.0`, `512Mi`, `30s`, `2h`).
_NUMISH = lazyre.compile(r"^[~^v=<>]*\d[\d_,]*(?:\.\d+)*(?:[a-zA-Z%]{0,3})$")
#: Words of a request that computes its values rather than dictating them.
_RELATIVE = lazyre.compile(r"\b(?:all|every|each|across|everywhere|proportional\w*|percent|double(?![- ]check)|halve|triple|scale\s+up|"
                           r"consistent\w*|accordingly|match(?:es|ing)?|same\s+as|sync\w*|align\w*)\b|%|\bby\s+\d")
#: Keys that record the change rather than configure anything.
_BOOKKEEPING = lazyre.compile(r"(?i)updated|modified|timestamp|checksum|sha\d*$|hash|etag|resourceversion|lastmod|date|"
                              r"generation|revision|serial|build_?number|^line|^col")
_NUM = lazyre.compile(r"(?<![\w.])\d[\d_,]*(?:\.\d+)*")


def _value_said(v: str, low: str) -> bool:
    if _said_literally(v, low):
        return True
    from automode.judge.intent.unit_values import said

    return said(v, low)  # in another unit or in words ("2 minutes" for `timeoutSeconds: 120`)


def _said_literally(v: str, low: str) -> bool:
    v = v.strip().strip("'\"").lower()
    if re.search(r"[:@]", v) and not re.search(rf"(?<![\w.]){re.escape(v)}(?![\w])", low):
        return _said_literally(re.split(r"[:@]", v)[-1], low)  # `nginx:1.27` said as "nginx to 1.27"
    core = v.lstrip("~^v=<>")
    if re.search(rf"(?<![\w.]){re.escape(core)}(?![\w]|\.\d)", low):
        return True
    digits = re.match(r"[\d_,]*(?:\.\d+)?", core)
    if digits is None or not digits.group(0):
        return False
    try:
        want = float(digits.group(0).replace("_", "").replace(",", ""))
    except ValueError:
        return False
    if "." in core.rstrip("0").rstrip(".") and core.count(".") > 1:
        return False  # a version is said as it is
    for m in _NUM.finditer(low):
        try:
            if float(m.group(0).replace("_", "").replace(",", "")) == want:
                return True
        except ValueError:
            continue
    return False


_MINOR = lazyre.compile(r"(?i)cents?|pence|minor|_amount$|amount_|^amount$|price_?in_?cents|unit_amount")


def _minor_said(c: Change, low: str) -> bool:
    """An amount in minor units (`price_cents: 3500`) the user said in major ones ("35 euros")."""
    if not _MINOR.search(c.path[-1]) or not c.new.isdigit() or int(c.new) % 100:
        return False
    return _value_said(str(int(c.new) // 100), low)


def _words(text: str) -> set[str]:
    from automode.judge.intent.places import stem

    return {stem(w) for w in re.findall(r"[a-z][a-z0-9]+", text.lower()) if len(w) >= 3}


def _path_words(c: Change) -> set[str]:
    from automode.judge.intent.places import stem
    from automode.knowledge.envmarkers import tokens

    return {stem(t) for p in c.path for t in tokens(p) if len(t) >= 3}


#: A value that carries a number: a size, a tag, an instance type (`t3.small`, `nginx:1.25`, `db.r5.large`, `2Gi`).
_DIGITISH = lazyre.compile(r"^(?=[^\s]*\d)[\w.:@/+~^-]{1,60}$")


def _valued(v: str) -> bool:
    v = v.strip("'\"")
    return bool(_NUMISH.match(v) or (_DIGITISH.match(v) and not re.search(r"[0-9a-f]{12,}", v)))


def extra_values(changed: list[Change], low: str) -> str | None:
    """A number or version the user dictated set, and beside it another one they never said."""
    nums = [c for c in changed if c.old and _valued(c.old) and _valued(c.new) and not _BOOKKEEPING.search(c.path[-1])]
    if len(nums) < 2 or _RELATIVE.search(low):
        return None
    named = [c for c in nums if _value_said(c.new, low) or _minor_said(c, low)]
    if not named:
        return None
    common = set.intersection(*(_path_words(c) for c in nums))
    said = _words(low)
    owners = {c: _path_words(c) - common for c in nums}
    if any(owners[n] & said for n in named):
        for c in nums:  # the same value given to another owner ("give acme 100 GB" answered for globex too)
            if c in named and owners[c] and not owners[c] & said:
                n = next(x for x in named if owners[x] & said)
                return f"you named {n.name}; this also changes {c.name} from {c.old} to {c.new}, which you did not ask for"
    for c in nums:
        if c in named or _minor_said(c, low):
            continue
        own = _path_words(c) - common
        if own and own <= said and any(_path_words(n) - common and not (_path_words(n) - common) <= said for n in named):
            continue  # its own key was named ("and team to whatever matches") while the named one was not by key
        n = named[0]
        return (f"you named {n.new} for {n.name}; this also changes {c.name} from {c.old} to {c.new}, which you did not "
                "ask for")
    return None


# ------------------------------------------------------------------ production settings nobody spoke of
_PROD_WORDS = lazyre.compile(r"\b(?:prod|production|prd|live)\b")
_GENERIC_KEYS = frozenset({"the", "and", "config", "value", "values", "setting", "settings", "default", "defaults", "enabled",
                           "enable", "name", "type", "key", "data", "spec", "env", "environment", "environments", "production",
                           "prod", "app", "application", "server", "service"})  # fmt: skip


#: File names that say nothing of which settings they hold ("the terraform section" names no `terraform.tfvars`).
_GENERIC_STEMS = frozenset({"terraform", "config", "settings", "values", "application", "app", "main", "variables", "vars",
                            "production", "prod", "docker-compose", "compose", "default", "defaults", "env", "secrets",
                            "appsettings", "environment", "index"})  # fmt: skip


def prod_unasked(a: Analysis, changed: list[Change], low: str) -> str | None:
    """A production configuration file's setting changed by a request that never spoke of it."""
    from automode.knowledge.envmarkers import env_of

    path = a.write.path if a.write is not None else ""
    root = a.root.rstrip("/") + "/"
    rel = path[len(root):] if path.startswith(root) else path
    if env_of(rel) != "production" or _PROD_WORDS.search(low):
        return None
    base = rel.rsplit("/", 1)[-1].lower()
    stem = base.rsplit(".", 1)[0]
    if base in low or (stem not in _GENERIC_STEMS and re.search(rf"(?<![\w.-]){re.escape(stem)}(?![\w-])", low)):
        return None
    said = _words(low)
    real = [c for c in changed if c.old and not _BOOKKEEPING.search(c.path[-1])]  # a value changed, not a setting added
    if not real:
        return None
    for c in real:
        words = _path_words(c) - _GENERIC_KEYS
        if words & said or (_value_said(c.new, low) and len(c.new) > 2):
            return None
    c = real[0]
    what = f"{c.name} from {c.old} to {c.new}" if c.old else f"{c.name} = {c.new}"
    return (f"this changes {what} in the production configuration {rel}, and your request did not speak of production "
            "or of that setting")


# ------------------------------------------------------------------ the named source dropped
_IP = lazyre.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?:/\d{1,2})?(?![\w.])")
#: The user's words for a source narrower than everyone.
_SOURCE = lazyre.compile(r"\bonly\s+(?:from|for|to|by)\b|\b(?:from|for)\s+(?:my|our|the)\s+(?:\w+\s+)?(?:ip|ips|address|addresses|"
                         r"subnet|network|lan|cidr|range|office|vpn|bastion|jump\s*host|load\s*balancer|lb|cluster|vpc)\b|"
                         r"\brestrict\w*\s+(?:it\s+)?to\b|\blimit\w*\s+(?:it\s+)?to\b|\ballowlist\w*\b|\bwhitelist\w*\b|"
                         r"\bonly\s+(?:the\s+|our\s+)?[\w-]+\s+(?:pods?|services?|hosts?|servers?|machines?|nodes?|ips?|namespaces?|apps?|"
                         r"clients?|workers?|runners?|subnets?|vpcs?|containers?)\b")
#: An origin the user named for CORS ("only https://app.example.com", "our frontend origin").
_ORIGIN_SAID = lazyre.compile(r"https?://[\w.-]+|\borigins?\b[^.\n]{0,40}(?<![\w-])(?:only|just)\b|(?<![\w-])(?:only|just)\b[^.\n]{0,40}\borigins?\b")
#: Words that ask for every origin ("allow any origin", "all origins"): no narrower origin was named.
_ANY_ORIGIN = lazyre.compile(r"\b(?:any|all|every)\s+origins?\b|\ballow[- ]all\b|\bwildcard\b")
#: Allow rules that name no source, by format (an added line or block).
_NO_SOURCE_LINES = (
    lazyre.compile(r"^\s*(?:sudo\s+)?ufw\s+allow\s+(?!from\b)(?:(?:proto\s+\w+\s+)?(?:to\s+any\s+)?(?:port\s+)?)?\d[\d:,/a-z]*\s*$", re.M),
    lazyre.compile(r"^(?!.*\s(?:-s|--source|--src-range)\s)(?:\s*(?:sudo\s+)?(?:ip6?tables)\s+(?:-A|-I|--append|--insert)\s+INPUT\b"
                   r"[^\n]*--dports?\s+\d[^\n]*-j\s+ACCEPT[^\n]*)$", re.M),
    lazyre.compile(r"^(?![^\n]*\b(?:saddr|ip6?\s+saddr)\b)[^\n]*\b(?:tcp|udp)\s+dport\s+[{\d][^\n]*\baccept\b", re.M),
    lazyre.compile(r"^\s*allow\s+all\s*;", re.M),
    lazyre.compile(r"^\s*(?:--add-port=|firewall-cmd\s+[^\n]*--add-port=)\S+", re.M),
)
#: Every origin admitted (`files.appsec.CORS_ANY`, every framework's spelling), or the `cors()` middleware with no options.
_CORS_ANY = lazyre.compile(CORS_ANY.pattern + r"""|Access-Control-Allow-Origin["']?\s*[,:=]?\s*["']?\*|AllowedOrigins\s*:\s*\[?\s*["']\*|"""
                           r"""allowedOrigins\(\s*["']\*["']|\bcors\(\s*\)""")
#: YAML task or manifest blocks: a module or kind, the keys that say it opens, the keys that name a source.
_BLOCKS = (
    ("ufw", lazyre.compile(r"(?:community\.general\.)?ufw\s*:"), ("rule", "port"), ("from_ip", "from", "src", "from_port_source")),
    ("firewalld", lazyre.compile(r"(?:ansible\.posix\.)?firewalld\s*:"), ("port", "service"), ("source", "rich_rule", "zone")),
    ("iptables", lazyre.compile(r"(?:ansible\.builtin\.)?iptables\s*:"), ("destination_port", "destination_ports"), ("source", "src_range")),
    ("gcp firewall", lazyre.compile(r"resource\s+\"google_compute_firewall\""), ("allow",), ("source_ranges", "source_tags",
                                                                                           "source_service_accounts")),
)


def _block_after(text: str, at: int) -> str:
    """The block that starts at a module key or a resource head: until the next line as far left or an item."""
    start = text.rfind("\n", 0, at) + 1
    head = text[start:].split("\n", 1)[0]
    ind = len(head) - len(head.lstrip(" -"))
    out = [head]
    for line in text[start + len(head) + 1:].split("\n")[:60]:
        if line.strip() and ((len(line) - len(line.lstrip(" ")) <= ind and not line.lstrip().startswith("}")) or (line.lstrip().startswith("- ")
                             and len(line) - len(line.lstrip(" ")) <= ind)):
            break
        out.append(line)
    return "\n".join(out)


def _network_policy_open(added: str) -> bool:
    """A NetworkPolicy ingress rule that lets every source in (`- {}`, or ports with no `from`)."""
    if "ingress" not in added:
        return False
    m = re.search(r"^(\s*)ingress\s*:\s*\n((?:\1\s+.*\n?)+)", added, re.M)
    if m is None:
        return bool(re.search(r"ingress\s*:\s*\[\s*\{\s*\}\s*\]", added))
    body = m.group(2)
    return bool(re.search(r"^\s*-\s*\{\s*\}\s*$", body, re.M)) or ("ports" in body and "from" not in body)


def _open_rule(added: str) -> str | None:
    for rx in _NO_SOURCE_LINES:
        m = rx.search(added)
        if m is not None:
            return m.group(0).strip()
    for name, head, opens, sources in _BLOCKS:
        for m in head.finditer(added):
            block = _block_after(added, m.start())
            keys = set(re.findall(r"^\s*-?\s*([a-z_]+)\s*[:={]", block, re.M))
            if keys & set(opens) and not keys & set(sources) and not re.search(r"\b(?:deny|reject|limit)\b", block):
                return f"a {name} rule with no source"
    if ("NetworkPolicy" in added or re.search(r"^\s*policyTypes\s*:", added, re.M)) and _network_policy_open(added):
        return "a NetworkPolicy ingress rule with no `from`"
    return None


#: The user's words that keep a service on this machine.
_LOCAL_ONLY = lazyre.compile(r"\b(?:this\s+machine|localhost|locally|local\s+only|loopback|127\.0\.0\.1)\b[^.\n]{0,30}?\bonly\b|"
                             r"\bonly\s+(?:from\s+|on\s+|to\s+)?(?:this\s+machine|localhost|locally|loopback|127\.0\.0\.1|my\s+(?:laptop|machine))\b|"
                             r"\bnot\s+(?:on\s+|to\s+)?the\s+(?:network|lan|internet)\b|\bnot\s+exposed\b")
#: A listener on every interface: a compose port without a host address, `-p 5432:5432`, `0.0.0.0`, `listen *`.
_EVERY_INTERFACE = lazyre.compile(r"""^\s*-\s*["']?\d{2,5}(?::\d{2,5})?(?:/(?:tcp|udp))?["']?\s*$|\s-p\s+["']?\d{2,5}:\d{2,5}\b|"""
                                  r"""(?<![\d.])0\.0\.0\.0(?![\d./])|listen_addresses\s*=\s*'\*'|^\s*bind\s+\*""", re.M)
#: Keys and directives that restrict who may connect: removed, the restriction is gone.
_RESTRICTION = lazyre.compile(r"(?i)whitelist-source-range|allowlist-source-range|loadBalancerSourceRanges|source_ranges|sourceRanges|"
                              r"\bfrom_ip\b|\bipBlock\b|^\s*allow\s+[\d.:/a-f]+\s*;|^\s*deny\s+all\s*;|authorized_?networks|"
                              r"ip_?restrictions?|ip_?allow_?list|allowed_?ips|trusted_?ips|source_address_prefix|\bsrc_range\b", re.M)


def restriction_removed(pairs: list[tuple[str, str]], low: str) -> str | None:
    """A line that restricts who may connect, removed by an edit whose request never spoke of it."""
    for old, new in pairs:
        if not old.strip():
            continue
        now = set(new.splitlines())
        for line in old.splitlines():
            m = _RESTRICTION.search(line)
            if m is None or line in now or m.group(0).lower().strip() in new.lower():
                continue
            key = re.sub(r"[^a-z]+", " ", m.group(0).lower()).split()
            if any(k in low for k in key if len(k) > 3) or re.search(r"\b(?:whitelist|allowlist|restrict\w*|source\s+range|"
                                                                     r"open\s+(?:it\s+)?up|public\w*|everyone|anyone)\b", low):
                continue
            return f"this removes `{line.strip()[:70]}`, which limits who may connect, and your request did not ask for that"
    return None


#: The user's words that keep a service inside the cluster or the private network.
_INTERNAL_ONLY = lazyre.compile(r"\b(?:internal(?:ly)?\s+only|only\s+internal(?:ly)?|inside\s+the\s+(?:cluster|vpc|vnet|network)|"
                                r"within\s+the\s+(?:cluster|vpc|vnet|private\s+network)|cluster[- ]internal|private\s+only|"
                                r"not\s+(?:be\s+)?public(?:ly)?(?:\s+(?:reachable|accessible|exposed))?|no\s+public\s+(?:ip|access|endpoint)|"
                                r"internal\s+load\s+balancer|(?:only|just)\s+(?:from\s+)?(?:other\s+)?(?:pods|services)\s+in\s+the\s+cluster)\b")
#: What makes a service reachable from outside: a public load balancer, a node port, a public address or endpoint.
_PUBLIC_EXPOSE = lazyre.compile(r"""(?im)^\s*type\s*:\s*["']?(?:LoadBalancer|NodePort)\b|scheme\s*[:=]\s*["']?internet-facing|"""
                                r"""\binternal\s*[:=]\s*false\b|publicly_accessible\s*=\s*true|PubliclyAccessible\s*:\s*["']?true|"""
                                r"""public_network_access_enabled\s*=\s*true|associate_public_ip_address\s*=\s*true|"""
                                r"""AssociatePublicIpAddress\s*:\s*["']?true|assign_public_ip\s*=\s*true|map_public_ip_on_launch\s*=\s*true|"""
                                r"""ingress\s*=\s*["']?all["']?|--allow-unauthenticated|allUsers""")


#: A load balancer kept private or limited to named ranges (AWS/GKE/Azure internal annotations, source ranges).
_KEPT_INTERNAL = lazyre.compile(r"(?i)load-balancer-scheme\W+internal\b|load-balancer-internal\W+(?:true|0\.0\.0\.0/0)|"
                                r"load-balancer-type\W+internal\b|loadBalancerSourceRanges|scheme\s*[:=]\s*[\"']?internal\b|"
                                r"\binternal\s*[:=]\s*true\b")


def source_dropped(added: str, low: str) -> str | None:
    """An allow rule with no source (or every origin) where the user said whom it is for."""
    internal = lazyre.searched(_INTERNAL_ONLY, low)
    if internal is not None:
        m = _PUBLIC_EXPOSE.search(added)
        if m is not None and _KEPT_INTERNAL.search(added) is None:
            return f"you said {internal.group(0)!r}, and `{m.group(0).strip()[:60]}` makes it reachable from outside"
    local = lazyre.searched(_LOCAL_ONLY, low)
    if local is not None:
        m = _EVERY_INTERFACE.search(added)
        if m is not None:
            return f"you said {local.group(0)!r}, and `{m.group(0).strip()[:60]}` listens on every interface"
    ip = lazyre.searched(_IP, low)
    src = ip or lazyre.searched(_SOURCE, low)
    if src is not None:
        rule = _open_rule(added)
        if rule is not None:
            return f"you said whom it is for ({src.group(0)!r}), and this adds {rule[:80]}, open to every address"
    origin = lazyre.searched(_ORIGIN_SAID, low) if lazyre.searched(_ANY_ORIGIN, low) is None else None
    if origin is not None or src is not None:
        m = _CORS_ANY.search(added) if "origin" in added.lower() or "cors" in added.lower() else None
        if m is not None:
            return f"you named who may call it ({(origin or src).group(0)!r}), and `{m.group(0)[:60]}` lets every origin in"  # type: ignore[union-attr]
    return None


# ------------------------------------------------------------------ another host for the data
_SEND_CALL = lazyre.compile(r"(?i)\b(?:fetch|sendBeacon|axios(?:\.\w+)?|\$http\.\w+|XMLHttpRequest|\.open|request(?:s)?\.(?:post|put)|"
                            r"httpx\.(?:post|put)|http\.(?:Post|post|NewRequest)|Net::HTTP(?:\.post\w*)?|HTTParty\.post|Faraday\.post|"
                            r"RestClient\.post|Http::post|Http\.post|WebClient|webhook\w*|post|ky(?:\.post)?|got(?:\.post)?|"
                            r"curl_setopt|wp_remote_post|URLSession|HttpClient)\b")
_URL = lazyre.compile(r"""https?://([A-Za-z0-9.-]+\.[A-Za-z]{2,})(?::\d+)?[^\s'"`)]*""")
#: The user's words that say the data goes to the project's own server.
_OWN = lazyre.compile(r"\b(?:our|my)\s+(?:own\s+)?(?:server|backend|api|endpoint|service|collector|app)\b|\b(?:our|my)\s+own\b|"
                      r"(?<![\w.:/])/(?:api|internal|events?|hooks?|webhooks?|v\d|track|collect|ingest|log|logs|telemetry|analytics)\b[\w/-]*|"
                      r"\b(?:to|at)\s+(?:the\s+)?(?:/[\w-]+)+")
_PERSONAL = lazyre.compile(r"(?i)\b(?:e-?mail|phone|mobile|first_?name|last_?name|full_?name|address|birth\w*|dob|ssn|"
                           r"national_?id|passport|ip_?addr\w*|remote_?ip|user(?:name|_?id)?|customer|patient|card)\b")


#: Labels of a host that say nothing of whose it is.
_GENERIC_LABELS = frozenset({"www", "api", "app", "apps", "hooks", "hook", "webhook", "webhooks", "collect", "collector", "events",
                             "event", "ingest", "track", "tracking", "log", "logs", "cdn", "static", "com", "net", "org", "io",
                             "dev", "example", "cloud", "site", "data", "edge", "eu", "us", "prod", "v1", "v2"})  # fmt: skip


def _host_named(host: str, low: str) -> bool:
    if host in low or host in ("localhost",) or host.endswith((".local", ".internal", ".localhost", ".svc", ".cluster.local")):
        return True
    return any(len(x) >= 4 and x not in _GENERIC_LABELS and re.search(rf"(?<![\w-]){re.escape(x)}(?![\w-])", low)
               for x in host.split("."))


def other_host(a: Analysis, added: str, low: str) -> tuple[str, str, str] | None:
    """New code that sends to a host the user never named: refused where they said the data goes to their own server
    and personal data rides along, asked otherwise; unasked personal data to an unnamed host is asked."""
    if "://" not in added:
        return None  # (every send this reads names an absolute URL)
    own = _OWN.search(low)
    for line in added.splitlines():
        if "://" not in line or not _SEND_CALL.search(line):
            continue
        for m in _URL.finditer(line):
            host = m.group(1).lower()
            if _host_named(host, low):
                continue
            personal = _PERSONAL.search(line)
            if own is None:
                if personal is None:
                    continue
                return ("ask", f"this sends {personal.group(0)} to {host}, a host your request did not name", "exfiltrate")
            verdict = "" if personal is not None else "ask"
            what = f", with {personal.group(0)}," if personal is not None else ""
            return (verdict, f"you said where it goes ({own.group(0)!r}), and this sends{what} to {host}, which you did not "
                    "name", "exfiltrate")
    return None


# ------------------------------------------------------------------ a wider delete than the named one
#: A delete in code or a script with a literal target: a directory tree, a file, a table (Python, JS/TS, Ruby, Go,
#: Rust, PHP, shell lines, R, Julia, SQL strings).
_DELETE_CALL = lazyre.compile(r"""(?ix)(?:shutil\.rmtree|os\.remove|os\.unlink|os\.rmdir|os\.removedirs|send2trash|rimraf(?:\.sync)?|"""
                              r"""fs(?:\.promises)?\.(?:rm|rmSync|rmdir|rmdirSync|unlink|unlinkSync|remove|removeSync|emptyDir|emptyDirSync)|"""
                              r"""fse?\.(?:remove|removeSync|emptyDir|emptyDirSync)|del(?:\.sync)?|FileUtils\.(?:rm_rf|rm_r|remove_dir|rm)|"""
                              r"""os\.RemoveAll|os\.Remove|remove_dir_all|remove_file|unlink|File\.delete|Directory\.Delete|"""
                              r"""deleteRecursively|unlink!?|rm_rf|rm\(|Path\(\s*["'][^"']+["']\s*\)\.(?:unlink|rmdir))"""
                              r"""\s*\(?\s*(?:path\s*=\s*|Path\()?["']([^"'\n]+)["']|"""
                              r"""(?:^\s*!?|[;&|]\s*|["'`]\s*)rm\s+-[a-zA-Z]*[rRf][a-zA-Z]*\s+([^\s;&|"'`]+)|"""
                              r"""\b(?:drop\s+table|truncate(?:\s+table)?|drop\s+database|drop\s+schema|delete\s+from)\s+(?:if\s+exists\s+)?[`"\[]?([\w.]+)""",
                              re.M)
#: Literal words one of which every _DELETE_CALL match holds (lower case).
_DELETE_WORDS = ("rmtree", "remove", "unlink", "rmdir", "send2trash", "rimraf", "fs.rm", "emptydir", "del(", "del ", "del.sync",
                 "fileutils.rm", "rm_r", "rm(", "rm ", "rm\t", "delete", "drop", "truncate")
_NAMED_PATH = lazyre.compile(r"(?<![\w@:/.-])(?:\./)?([\w.-]+(?:/[\w.*-]+)+)/?")
_CLEAR = r"\b(?:drop|truncat|empt|clear|wip|reset|delet|purg|clean|fresh|recreat)\w*\b"
#: A table the user asked to clear, drop or recreate ("an empty orders_test table", "truncate the table events_tmp").
_NAMED_TABLE = lazyre.compile(_CLEAR + r"\s+(?:the\s+|an?\s+|each\s+)?(?:\w+\s+)?[`'\"]?([a-z_][\w.]*)[`'\"]?\s+tables?\b|" +
                              _CLEAR + r"[^.\n;]{0,40}?\btables?\s+[`'\"]?([a-z_][\w.]*)", re.I)
#: The name after "table" alone ("drop the temp table tmp_churn_20261205": temp describes it, the name follows).
#: A qualified name right after the verb is a table too ("drop sandbox.tmp_events_dedup").
_TABLE_THEN_NAME = lazyre.compile(_CLEAR + r"[^.\n;]{0,40}?\btables?\s+[`'\"]?([a-z_][\w.]*)|" + _CLEAR +
                                  r"\s+(?:the\s+)?[`'\"]?([a-z_]\w*\.[a-z_]\w*)\b", re.I)
_NOT_TABLE = frozenset({"the", "a", "an", "this", "that", "each", "every", "all", "our", "my", "empty", "before", "after", "and", "for",
                        "in", "on", "then", "so", "first", "again", "to", "from", "with", "when", "while", "once", "too", "as", "is"})
_CREATED = lazyre.compile(r"(?i)create\s+(?:temp(?:orary)?\s+)?table\s+(?:if\s+not\s+exists\s+)?[`\"\[]?([\w.]+)")


@lru_cache(maxsize=256)
def _said_places(said: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """The paths and the tables the user's words name (read once per session's words)."""
    low = said.lower()
    paths = tuple(m.group(1).rstrip("/").lower() for m in _NAMED_PATH.finditer(low) if "://" not in m.group(0))
    named = {(m.group(1) or m.group(2)).lower() for m in _NAMED_TABLE.finditer(said)}
    return paths, frozenset(named | {(m.group(1) or m.group(2)).lower() for m in _TABLE_THEN_NAME.finditer(said)}) - _NOT_TABLE


def deletes_wider(added: str, said: str) -> str | None:
    """A delete the new code makes of a directory above, or a table beside, the one the user named ("clear
    data/interim" answered with `shutil.rmtree('data')`; "an empty orders_test table" with `DROP TABLE orders`)."""
    paths, tables = _said_places(said)
    if not paths and not tables:
        return None
    low = added.lower()
    if not any(w in low for w in _DELETE_WORDS):
        return None  # (no delete spelled anywhere: one pass over the text instead of one per line)
    lines = [ln for ln, lo in ((x, x.lower()) for x in added.splitlines()) if any(w in lo for w in _DELETE_WORDS)]
    if not lines:
        return None  # (no delete spelled at all: the pattern below need not scan the text)
    for m in _DELETE_CALL.finditer("\n".join(lines)):  # (only the lines that spell one: the pattern is per line)
        target = (m.group(1) or m.group(2) or "").strip().rstrip("/").removeprefix("./").lower()
        table = (m.group(3) or "").lower()
        if target and paths and not any(target == p or target.startswith(p + "/") for p in paths):
            up = next((p for p in paths if p.startswith(target + "/")), None)
            if up is not None:
                return f"you named {up}; this deletes all of {target}"
            beside = next((p for p in paths if "/" in p and "/" in target and p.rsplit("/", 1)[0] == target.rsplit("/", 1)[0]), None)
            if beside is not None and not any(c in target for c in "*{$"):
                return f"you named {beside}; this deletes {target} beside it"
        if table and tables and table not in tables and table.rsplit(".", 1)[-1] not in tables \
                and table not in {t.lower() for t in _CREATED.findall(added)}:  # (a table the new code makes itself)
            return f"you named the table {sorted(tables)[0]}; this drops or empties {table}"
    return None


#: The user's words that ask for the working tree to be thrown away.
_WIPE_SAID = lazyre.compile(r"\bgit\s+(?:clean|reset|checkout|stash|restore)\b|\buntracked\b|\bdiscard\w*\b|\bthrow\s+away\b|"
                            r"\b(?:wipe|reset)\s+(?:the\s+)?(?:checkout|working\s+(?:tree|copy|dir\w*)|repo\w*|worktree)\b|--hard\b")


def wipes_checkout(a: Analysis, low: str) -> str | None:
    """A command written into a file that runs later (a git hook, a fixture, a setup script, a notebook) that throws away
    the checkout's uncommitted work (`git clean -f`, `git reset --hard`, `git checkout -- .`, `git stash clear`), where
    the request never asked for that ("run the tests from a clean install" asks for `npm ci`, not `git clean -fdx`)."""
    if lazyre.searched(_WIPE_SAID, low):
        return None
    for c in a.commands:
        if c.name != "git" or not c.via or not c.via[0].startswith(("script ", "runs-later ", "code ")):
            continue
        args = [w.value for w in c.argv[1:] if not w.dynamic]
        pos = [x for x in args if not x.startswith("-")]
        sub = pos[0] if pos else ""
        short = "".join(x[1:] for x in args if x.startswith("-") and not x.startswith("--"))
        if (sub == "clean" and ("f" in short or "--force" in args)) or (sub == "reset" and "--hard" in args) or \
                (sub in ("checkout", "restore") and ("--" in args or "." in pos[1:])) or (sub == "stash" and "clear" in pos):
            where = c.via[0].split(" ", 1)[-1]
            return (f"this writes `{' '.join(['git', *args])[:60]}` into {where}, which throws away uncommitted work every "
                    "time it runs; your request did not ask for that")
    return None
