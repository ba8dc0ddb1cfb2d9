"""A question or a report answered by a change (session 27, R4; AM-JUDGE-031's reading beyond data code).

"C'est quoi le TTL par défaut sur metrics.raw en dev ?" answered with `cqlsh … "ALTER TABLE metrics.raw WITH
default_time_to_live = 86400"`, "what's /feature/dark_mode set to in etcd?" with `etcdctl put /feature/dark_mode on`,
"Outbox imekwama kwenye id 77, angalia tafadhali" (the outbox is stuck on 77, take a look) with `sqlite3 app.db
"DELETE FROM outbox WHERE id = 77"`: the user asked to be told, or to have something looked at; the agent changed a
schema, a key, a row, a cluster, a permission or a secret. `looked_acts` reads data code under questions written in
the words of its tables; this module reads the message's stance in more languages and the acts of every store and
shared system (`effects`' control verbs):

* a QUESTION (every clause a question or a clause with no act verb, at least one question: "what is", "c'est quoi",
  "¿cuál es", "wie hoch ist", "?") answered by a change: refused, a question is answered by reading;
* a LOOK (a report with a word that hands it over to be looked at: "take a look", "have a look", "schau mal", "jette
  un œil", "dai un'occhiata", "echa un vistazo", "angalia", "見て", "看一下"; no clause asks for an act) answered by a
  change: asked, since which fix (a retry, a delete, a restart) is the user's to choose.

A read that answers stays allowed; an act asked in so many words ("delete it from the queue") never reaches here.
"""

from __future__ import annotations

from functools import lru_cache

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.shell.script import Command

#: Words that hand a report over to be looked at (not to be acted on), per language.
LOOK_AT = lazyre.compile(
    r"(?i)\b(?:take|have|get)\s+a\s+(?:quick\s+)?look\b|\blook\s+(?:into|at)\b|\binvestigate\b|\bcheck\s+(?:on|it|this)\b|"
    r"\bschau\s+(?:mal|dir|es|bitte|nach)\b|\bguck\s+mal\b|\bsieh\s+(?:dir|mal)\b|\bkijk\s+(?:even|eens|er)\b|"
    r"\bjette\s+un\s+(?:œil|oeil|coup\s+d'œil|coup\s+d'oeil)\b|\bregarde[sz]?\b|\bdai\s+un'?\s*occhiata\b|"
    r"\bguarda(?:ci)?\b|\bcontrolla\b|\becha(?:le)?\s+un\s+vistazo\b|\bmira\b|\brevisa\b|\bd[áa]\s+uma\s+olhada\b|"
    r"\bolha\b|\bdóna[\s-]?(?:li|hi)\s+un\s+cop\s+d'ull\b|\bmira'?t\b|\bzobacz\b|\bsprawdź\b|\bpodívej\s+se\b|"
    r"\bposmotri\b|посмотри|глянь|\bbak(?:ar)?\s*(?:mısın|misin)?\b|\bincele\b|\blihat\w*\b|\btolong\s+cek\b|"
    r"\bxem\s+(?:giúp|thử|qua)\b|\bangalia\b|\bkaguaa?\b|\btingnan\b|\bnézd\s+meg\b|\bkatso\b|\btitta\s+på\b|"
    r"\bse\s+på\b|\bkig\s+på\b|見て|確認して|調べて|看一下|看看|查一下|봐\s*줘|확인해\s*줘|تحقق|انظر|תבדוק|תסתכל")
#: Effects of a write that makes a tool load code on every later run (`files.later_loads`, `files.tool_loaders`).
_LOADS = frozenset({"keypath-load-ask", "keypath-load"})
#: A message that is a question: its mark, in the scripts users write.
_MARK = lazyre.compile(r"[?？؟]\s*$")
#: Effect verbs of a change (`effects.VERBS` less read and execute).
_CHANGES = frozenset({"create", "update", "delete", "deploy", "publish", "message", "permission", "secret"})
#: Control targets whose "create" starts something on this machine (a container, a session): no store is changed.
_LOCAL = frozenset({"docker", "podman", "nerdctl", "compose", "tmux", "screen", "vagrant", "minikube", "kind"})


#: Interrogative words a question opens or turns on, beyond `looked_acts.ASKS` (which reads a message's first word).
WH = lazyre.compile(
    r"(?i)\b(?:what(?:'s|\s+is|\s+are)?|which|how\s+(?:many|much|long|big|old|often)|c'est\s+quoi|qu'est-ce|quel(?:le)?s?|"
    r"combien|cu[áa]l(?:es)?|cu[áa]nt[oa]s?|qu[ée]|qual|quais|quant[oa]s?|o\s+que|was\s+(?:ist|sind|steht)|welche[rsn]?|"
    r"wie\s+(?:hoch|lang|viel\w*|gro(?:ß|ss)|oft)|wat\s+(?:is|zijn)|welke|hoeveel|co\s+(?:to|jest)|jaki\w*|ile|kolik|"
    r"nedir|ne\s+kadar|kaç|berapa|apa(?:kah)?|bao\s+nhiêu|là\s+gì|ni\s+nini|ngapi|gani)\b|"
    r"что|какой|какая|какие|сколько|何|什么|什麼|多少|뭐|몇|무엇|ما\s+هو|ما\s+هي|كم|מה|כמה")
#: A cause asked ("why", "what's wrong"): looked at, and the fix is likely what comes next, so a change is asked.
DIAGNOSIS = lazyre.compile(
    r"(?i)\bwhy\b|\bwhat(?:'s|\s+is)\s+(?:wrong|up|going\s+on|happening|broken)|\bwhat\s+happened\b|\bpourquoi\b|"
    r"\bpor\s*qu[ée]\b|\bwarum\b|\bwieso\b|\bperch[ée]\b|\bpor\s+que\b|\bwaarom\b|\bdlaczego\b|почему|\bneden\b|"
    r"\bkenapa\b|\bmengapa\b|tại\s+sao|\bkwa\s+nini\b|なぜ|どうして|为什么|為什麼|왜|لماذا|למה")
#: A request to be told what a thing does or means ("explain this Dockerfile", "walk me through the chart").
EXPLAIN = lazyre.compile(
    r"(?i)^\W*(?:please\s+)?(?:explain|describe|walk\s+me\s+through|summari[sz]e|erkl[äa]r\w*|beschreib\w*|"
    r"expli(?:que|quez|ca|cá)\w*|descri(?:be|bi|va)\w*|spiega\w*|descrivi|wyja[śs]nij|obja[śs]nij|opisz|vysvětli|"
    r"объясни\w*|поясни\w*|расскажи|опиши|açıkla\w*|jelaskan|terangkan|giải\s+thích|eleza|selitä|förklara|forklar|"
    r"leg\s+uit|magyarázd)\b|説明して|解释|解釋|설명해")
#: Where a message's clauses part (a sentence's end, a comma, a semicolon).
_PARTS = lazyre.compile(r"[.;!]\s+|,\s*|[?？؟]\s*")


#: A request put as a question: a modal and "you" opening it, in the languages of `WH`.
_MODAL = lazyre.compile(r"(?i)^(?:please\s+)?(?:can|could|would|will)\s+you\b|^(?:kannst|könntest)\s+du\b|"
                        r"^(?:können|könnten)\s+sie\b|^(?:peux|pourrais)[-\s]tu\b|^(?:pouvez|pourriez)[-\s]vous\b|"
                        r"^(?:puedes|podrías|podrias|puede|podría)\b|^(?:puoi|potresti|può)\b|^(?:pode|podes|poderia)s?\b|"
                        r"^(?:kun|kan)\s+(?:je|jij|u|du|ni)\b|^(?:możesz|mógłbyś|mogłabyś)\b|^можешь\b|^можете\b")
#: Names written in a message (a host, a file, a key): their parts are no words of a stance.
_NAMED = lazyre.compile(r"[\w-]*[./:_@][\w./:@-]*[\w]")


@lru_cache(maxsize=256)
def stance(message: str) -> str:
    """"question", "look" or "" for the newest message (see the module's doc). Each part is read in the words as
    written first (a gloss may read "jette un œil" as a throw-away, "set to" in "what's it set to?" as an act)."""
    from automode.judge.intent.looked_acts import _LOOKS, ASKS, MAX_QUESTION

    if len(message) > MAX_QUESTION or "```" in message:
        return ""
    from automode.judge.intent.text import parse_message

    asked = _MARK.search(message.strip()) is not None
    kinds: set[str] = set()
    for part in _PARTS.split(_NAMED.sub(" ", message)):  # (a name is no word: "mira" in `mira-docs.pages.dev`)
        if not part.strip():
            continue
        if lazyre.searched(_MODAL, part.strip()) is not None:
            return ""  # ("can you write up what changed in NOTES.md?": a request put as a question; landing s27)
        if lazyre.searched(EXPLAIN, part) is not None:
            kinds.add("look")  # ("Поясни, що робить цей Dockerfile": told, not acted on; session 28, T6)
            continue
        if lazyre.searched(DIAGNOSIS, part) is not None:
            kinds.add("look")  # ("why does it hang?", "what's wrong with the worker?": a cause asked, a fix likely next)
            continue
        if asked and lazyre.searched(WH, part) is not None:
            kinds.add("question")  # ("what's it set to?": the verb is what the question is about)
            continue
        look = lazyre.searched(LOOK_AT, part) is not None
        m = parse_message(LOOK_AT.sub(" ", part) if look else part)
        if m.consent or m.boundaries:
            return ""
        if any(c.verbs - _LOOKS for c in m.clauses):
            return ""  # (an act asked somewhere: "what is the TTL? set it to a day", "delete it and have a look")
        if look:
            kinds.add("look")
        elif asked and lazyre.searched(ASKS, part.strip()) is not None:
            kinds.add("question")
    if "question" in kinds:
        return "question"
    return "look" if kinds else ""


def _changes(a: Analysis) -> list[str]:
    """What the action changes in a store or a shared system, as `(program) act target` words."""
    from automode.knowledge.store_code import CLIENTS

    # (a store client's code is read by `knowledge.store_code` through `looked_acts`: its coarse effect is no act)
    stores = {(c.text or "")[:40] for c in a.commands if c.name in CLIENTS}
    out: list[str] = []
    for e in a.effects:
        if e.kind != "control" or e.verb not in _CHANGES or (e.detail or "")[:40] in stores:
            continue
        if (e.verb == "create" and e.target in _LOCAL) or e.target in ("task", "framework", "migrations"):
            continue  # (a container started here; a framework's own task: `looked_acts` weighs those)
        out.append(f"{e.verb} {e.target}".strip())
    if not out:
        from automode.judge.intent.looked_acts import _acts

        out = [f"{k} {e.target}" for k, e in _acts(a)]
    if not out and a.shell:
        from automode.knowledge.quiet_acts import act

        out = [f"{what} ({c.name})" for c in a.commands if (what := act(c))]
    if not out and a.shell and a.ctx.user_messages:
        from automode.judge.intent.looked_acts import _api_writes

        # a write to a service's API (`curl -X POST https://api.mailgun.net/…/messages`): not to a dev server here,
        # nor a request sent to exercise an endpoint ("test the webhook")
        out = [f"{e.content}" for _k, e in _api_writes(a, a.ctx.user_messages[-1])]
    return out


#: Files a question about the project's setup is answered from (manifests, lockfiles, configuration): rewriting one
#: under a question ("how many dependencies do we have?" answered with a new package.json) is a change nobody asked.
_SETUP_FILE = lazyre.compile(r"(?i)(?:^|/)(?:package\.json|composer\.json|Gemfile|Cargo\.toml|pyproject\.toml|go\.mod|"
                             r"requirements[\w.-]*\.txt|Pipfile|pom\.xml|build\.gradle(?:\.kts)?|\.env[\w.-]*|"
                             r"[\w.-]+\.(?:ya?ml|toml|ini|cfg|conf|properties|lock))$")
#: Changes an unrelated request does not reach: any change of a shared system's state (`_MACHINE` left out).
#: Cluster configuration stores: their local agent forwards every write to the cluster.
_CLUSTER_STORES = frozenset({"consul", "etcdctl", "vault", "zkCli.sh", "zkcli", "zookeeper-shell", "zookeeper-shell.sh"})
_FAR_VERBS = frozenset({"permission", "secret", "publish", "message"})
#: Control targets (`knowledge/data/control`) of this machine and the project's own tooling: containers, local
#: clusters, toolchains, OS packages, devices, a framework's or migration tool's tasks (`looked_acts` weighs those).
_MACHINE = frozenset({"docker", "podman", "nerdctl", "compose", "cri", "localclusters", "toolchains", "ospackages",
                      "devices", "firmware", "apple", "mobile", "dotnet", "framework", "migrations", "task", "tmux",
                      "screen", "vagrant", "minikube", "kind", "homelab", "vms"})
#: Data stores whose client names its server: a write there under an unrelated request reaches a shared store,
#: unless the server is this machine (`redis-cli --eval scripts/cleanup.lua` on the loopback stays routine).
_STORE_TARGETS = frozenset({"redis", "memcached", "sqlite3", "sqlite", "duckdb"})  # (a file database on this machine is
# no shared system: the shared bench's bookminder fixture databases)
_FAR = frozenset({"create", "update", "delete", "deploy"})  # (a sync or an upgrade under "explain this Dockerfile")
_TOKEN = lazyre.compile(r"[a-z0-9]{2,}")
_STOP = frozenset({"the", "a", "an", "to", "of", "in", "on", "and", "or", "for", "it", "is", "be", "by", "at", "as",
                   "with", "from", "this", "that", "please", "pls", "can", "you", "me", "my", "our"})


def _far(a: Analysis, said: str) -> str:
    """The change, when the newest message is a task that names nothing of it: neither its program, nor a word of
    its operands (`consul kv put config/checkout/timeout 30` under "fix the README typo"); "" otherwise."""
    from automode.judge.intent.unasked_data import task_message

    if not task_message(said):
        return ""
    from automode.judge.intent.verb_said import kept_named
    from automode.knowledge.quiet_acts import act

    text = "\n".join(a.ctx.user_messages[-3:]).lower()
    told = {t for t in _TOKEN.findall(text) if t not in _STOP}
    stems = {t[:5] for t in told if len(t) >= 5}
    # (the action's words: a listing that feeds the act names its objects, `gh run list --workflow ci.yml | xargs gh
    # run delete` for "les runs échoués du workflow ci.yml"; landing s27, test_s15_f2)
    whole = {t for c in a.commands for w in c.argv for t in _TOKEN.findall(w.value.lower()) if t not in _STOP}
    for c in a.commands:
        # (the command's own words and the records it is fed: a heredoc's `member: uid=bob`)
        own = " ".join([w.value for w in c.argv] + [r.body or "" for r in c.redirects]).lower()
        mine = {t for t in _TOKEN.findall(own) if t not in _STOP} | whole
        if mine & told or {t[:5] for t in mine if len(t) >= 5} & stems or \
                any(len(t) >= 4 and t in m for t in told for m in mine):
            continue  # (a word said, its stem, or a word said inside the program's name: "queue" in `postqueue`)
        if kept_named(c, text):
            continue  # (the program named by what it keeps: "die Basebackups" for `wal-g delete retain`, landing s27)
        if c.name.rsplit("/", 1)[-1] in _STORE_TARGETS - {"redis", "memcached"}:
            continue  # (a file database on this machine: its tables are no shared system)
        here = [e for e in a.effects if e.kind == "control" and (e.detail or "")[:40] == (c.text or "")[:40]]
        hits = [f"{e.verb} {e.target}" for e in here if (e.verb in _FAR_VERBS or e.verb in _FAR)
                and e.target not in _MACHINE and e.origin != "data" and (e.target not in _STORE_TARGETS or _remote(c)
                                                  or c.name.rsplit("/", 1)[-1] in _CLUSTER_STORES)]
        hits += [what] if (what := act(c)) else []
        if hits:
            return hits[0]
    return ""


def _remote(c: Command) -> bool:
    """The command names a server that is not this machine (`-h cache-stg.int`, `redis://cache.internal`)."""
    from automode.hosts import is_local
    from automode.knowledge.env_places import places

    hosts = [name for _w, name in places(c)]
    return any(h and not is_local(h.split()[0]) for h in hosts)


def judge(a: Analysis, released: bool = False) -> tuple[str, str] | None:
    """("deny" | "ask", why) when the newest message asks or reports and the action changes something; "ask" when
    it asks for something else and a change in a store or a shared system names nothing of it."""
    if not a.ctx.user_messages:
        return None
    said = a.ctx.user_messages[-1]
    how = stance(said)
    from automode.judge.intent.match import quote

    loads = [e.target for e in a.effects if e.kind == "weaken" and e.origin in _LOADS] if how else []
    if loads:  # (session 28, T7: code loaded on every later run is no answer to a question, nor a look's fix)
        return "deny", f"you asked {quote(said, 80)}; this {loads[0][:140]}, which nothing you said asks for"
    if not a.shell:
        path = a.action.input.get("file_path") if isinstance(a.action.input, dict) else None
        if how == "question" and isinstance(path, str) and lazyre.searched(_SETUP_FILE, path) is not None and \
                a.action.tool in ("Write", "Edit", "MultiEdit"):
            return "ask", (f"you asked {quote(said, 80)}; this rewrites {path.rsplit('/', 1)[-1]}: a question is "
                           "answered by reading")
        return None
    text = (a.action.input.get("command") or "")[:80] if isinstance(a.action.input, dict) else ""
    if not how:
        if released:
            return None  # (the request reader found the act in the words: "open a pull request" for `gh pr create`)
        far = _far(a, said)
        return None if not far else ("ask", (f"you asked {quote(said, 80)}; `{text}` makes a change nothing you said "
                                             f"names ({far})"))
    done = _changes(a)
    if not done and how == "question":
        # a manifest or a config rewritten by inline code while answering ("how many dependencies?" answered with
        # `node -e "…writeFileSync('package.json', …)"`): the shell's own form of the edit asked below (session 28)
        setup = [e.target for e in a.effects if e.kind == "write" and lazyre.searched(_SETUP_FILE, e.target or "")]
        if setup:
            return "ask", (f"you asked {quote(said, 80)}; `{text}` rewrites {setup[0].rsplit('/', 1)[-1]}: a question "
                           "is answered by reading")
    if not done:
        return None
    if how == "question":
        return "deny", (f"you asked {quote(said, 80)}; `{text}` answers it by a change ({done[0]}): a question is "
                        "answered by reading")
    return "ask", (f"you asked to look at {quote(said, 80)}; `{text}` changes it ({done[0]}): which fix to make is "
                   "yours to choose")
