"""Values the user named, changed inside the named act (session 16, G3; AM-JUDGE-017).

The action does what was asked with one value swapped: another board or phone (`--port /dev/ttyUSB1` for "the board
on USB0", another serial), another image tag (`:latest` for "version 2.4.1"), a published state for the draft,
private or test-index one named (`gh release create --latest` for "as a draft", `--public` for "privado", `twine
upload` to PyPI for "TestPyPI", `npm publish` without the named `--tag`), the real form of a program where the user
spelled its dry one (`pulumi up` for "pulumi preview"), a pattern wider than the one item named (`airflow tasks clear
-t '^load_'` for `load_orders`, `kubectl delete pods -l app=worker` for one pod), a production connection read where
the user said local, and an agent instruction file granting more than the commands the user named.

The action side is knowledge (`knowledge.value_slots`: which option of which program carries the value); the user
side is read here in any language (values are language-neutral: ports, serials, versions, program names; the state
words are listed per language). The same act with the values named runs. `changed(a)` returns ("deny" | "ask",
why) or None; read by `intent.substitutions` on every allow and ask the user's words reached.
"""

from __future__ import annotations

import re
from functools import lru_cache

from automode import lazyre
from automode.judge.intent.said import joined
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.shell.parse import Command

# ------------------------------------------------------------------ the user's side
_PORT_SAID = lazyre.compile(r"(?i)(?<![\w/])(?:/dev/)?(?:tty\.?|cu\.)?(?:usb|acm|ama|xrusb)\d+\b|/dev/(?:tty|cu\.)[\w.-]+|"
                            r"\bcom\d{1,3}\b|\btty[a-z]+\d+\b|\b(?:usbserial|usbmodem|wchusbserial)[-\w]*")
_TOKEN = lazyre.compile(r"[\w][\w.:@/-]*[\w]")
_VERSION = lazyre.compile(r"(?i)(?<![\w.:/@=-])v?(\d+(?:\.\d+){1,3}(?:-[0-9a-z]+(?:\.[0-9a-z]+)*)?)(?![\w]|\.\d)")
#: The state words, by language: a draft, private, secret, pre-release, test-index request.
_STATE_WORDS: dict[str, str] = {
    "draft": r"\bdrafts?\b(?!\s+(?:the|a|an|some|up|out|my|our|its|release\s+notes|notes|changelog|text|message|"
             r"description|reply|email|summary|announcement)\b)|brouillon|borrador|rascunho|\bbozza\b|entwurf|\bszkic\w*|\bkoncept\w*|"
             r"\butkast\b|luonnos\w*|\btaslak\b|черновик\w*|чернетк\w*|\bnháp\b|\bdraf\b|草稿|下書き|ドラフト|초안|드래프트|"
             r"مسود[ةه]|טיוטה",
    "private": r"\bprivate\b|\bprivat[eoa]?\b|\bprivé[e]?s?\b|\bprivad[oa]s?\b|\bprywatn\w*|\bприватн\w*|\bзакрыт\w*|"
               r"riêng\s+tư|\bpribadi\b|비공개|非公開|私有|\bخاص[ةه]?\b|פרטי|\bözel\b|\bsoukrom\w*|\byksityi\w*",
    "secret": r"\bsecret\s+gist\b|\bgist\s+secret[oa]?\b|\bgeheim\w*",
    "internal": r"\binternal\s+(?:note|comment|reply)s?\b|\bnota\s+interna\b|\bnote\s+interne\b|\binterne\s+notiz\b|"
                r"\bnotatk\w*\s+wewnętrzn\w*|\bвнутренн\w+\s+(?:заметк|коммент)\w*",
    "prerelease": r"\bpre-?release\b|\bprerelease\b|préversion|pré-?publication|vorabversion|\bprelanzamiento\b|"
                  r"pré-?lançamento|\bpre-?rilascio\b|wydanie\s+wstępne|предрелиз\w*|プレリリース|预发布|사전\s*릴리스",
    "test-index": r"\btest\s*-?\s*pypi\b|test\.pypi\.org|\btest\s+(?:index|registry)\b",
}
_STATE_RES = {k: lazyre.compile("(?i)" + v) for k, v in _STATE_WORDS.items()}
#: "publish the draft", "mark the draft ready": the draft is what to publish, not the state to keep.
_PUBLISH_BEFORE = lazyre.compile(r"(?i)(?:publish|undraft|ready|promote|release|publica\w*|publie\w*|veröffentlich\w*|"
                                 r"pubblica\w*|opublikuj\w*|опубликуй\w*)\W+(?:\w+\W+){0,2}$")
_NOT_STATE = lazyre.compile(r"(?i)\b(?:not|no\s+longer|don'?t|without|nicht|pas|no|não|nie|не)\W+(?:\w+\W+){0,2}$")
#: A later message that publishes or opens up what an earlier one kept back ("ok, publish it", "make it public").
_LIFTS = {
    "draft": lazyre.compile(r"(?i)\b(?:publish|undraft|release\s+it|make\s+it\s+(?:live|public|final)|mark\s+it\s+ready|"
                            r"ready\s+for\s+review|go\s+live|publica\w*|publie\w*|veröffentlich\w*|pubblica\w*|"
                            r"opublikuj\w*|опубликуй\w*|公開して|发布|게시)"),
    "private": lazyre.compile(r"(?i)\b(?:make\s+it\s+public|public|öffentlich|pública?|publique|publiczn\w*|публичн\w*)\b"),
}


@lru_cache(maxsize=256)
def named_states(messages: tuple[str, ...]) -> frozenset[str]:
    """The published states the messages ask to keep ("as a draft", "jako draft", "como privado", "on TestPyPI"),
    less those a later message lifts ("ok, publish it")."""
    out: set[str] = set()
    for text in messages:
        text = text[:4000]
        for state, lift in _LIFTS.items():
            if state in out and lift.search(text):
                out.discard(state)
                if state == "private":
                    out.discard("secret")
        for state, pat in _STATE_RES.items():
            for m in pat.finditer(text):
                before = text[max(0, m.start() - 40):m.start()]
                if state == "draft" and _PUBLISH_BEFORE.search(before):
                    continue
                if _NOT_STATE.search(before):
                    continue
                out.add(state)
                break
    return frozenset(out)


@lru_cache(maxsize=256)
def named_ports(text: str) -> frozenset[tuple[str, str]]:
    from automode.knowledge.value_slots import device_key

    out = {device_key(m.group(0).strip()) for m in _PORT_SAID.finditer(text)}
    for t in _TOKEN.findall(text):  # serials, emulators, udids, adb-over-tcp addresses
        shape, key = device_key(t)
        if shape == "serial" and not ((len(t) >= 8 and any(c.isupper() for c in t) and sum(c.isdigit() for c in t) >= 2)
                                      or (len(t) >= 12 and re.fullmatch(r"[0-9a-f]+", t))):
            continue  # ("pixel7a", "stm32f4": a model, not a serial)
        if shape in ("serial", "emulator", "address", "udid"):
            out.add((shape, key))
    return frozenset(x for x in out if x[0])


@lru_cache(maxsize=256)
def named_versions(text: str) -> tuple[tuple[int, str], ...]:
    """(offset, version) of each version the text names (IP addresses left out)."""
    out: list[tuple[int, str]] = []
    for m in _VERSION.finditer(text):
        v = m.group(1)
        if v.count(".") == 3 and not m.group(0).lower().startswith("v"):
            continue  # 10.0.0.12
        out.append((m.start(), v.lower()))
    return tuple(out)


def _same_version(used: str, asked: str) -> bool:
    used, asked = used.lower().lstrip("v"), asked.lower().lstrip("v")
    return used == asked or used.startswith((asked + ".", asked + "-", asked + "+", asked + "_"))


# ------------------------------------------------------------------ the checks
#: A version-carrying variable set on a command (`TAG=latest docker compose up`, `make deploy VERSION=1.4.0`).
_VERSION_VAR_SET = lazyre.compile(r"(?i)(?:^|[\s;&|(])(?:\w+_)?(?:tag|version|release|ver)=")
#: A device picked by a long option any program may have, or a serial port named.
_DEVICEISH = lazyre.compile(r"--(?:serial|device|device-id|udid|upload-port)\b|/dev/(?:tty|cu\.)")


def changed(a: Analysis) -> tuple[str, str] | None:
    """("deny" | "ask", why) when the action carries another value than one the user named for it; None otherwise."""
    msgs = a.ctx.user_messages
    if not msgs:
        return None
    text = joined(msgs)
    if a.commands:
        from automode.knowledge import value_slots as vs

        names = {c.name for c in a.commands}
        if names & _programs() or any(n.startswith(("python", "idevice")) for n in names) or \
                _DEVICEISH.search(a.command_text) or _VERSION_VAR_SET.search(a.command_text):
            for check in (_device, _tag, _state, _dry_spelled, _selector):
                got = check(a, text)
                if got is not None:
                    return got
        if names & vs.DB_CLIENTS:
            got = _connection(a, text)
            if got is not None:
                return got
    if a.write is not None:
        from automode.judge.intent.permits import wider_permit

        got = wider_permit(a, text) or _file_tag(a, text)
        if got is not None:
            return got
    if a.action.tool.startswith("mcp__"):
        return _mcp_state(a, text)
    return None


@lru_cache(maxsize=1)
def _programs() -> frozenset[str]:
    from automode.knowledge import value_slots as vs
    from automode.knowledge.placeflags import DEVICE, SHORT
    from automode.knowledge.publish import CHANNEL_TABLE

    return frozenset({*(p for (p, _), k in SHORT.items() if k == DEVICE), *vs.PORT_OPERAND, *vs.SPELLED, *vs.SELECTOR_OPTS, *(r.program for r in vs.KEPT),
                      *(p for row in CHANNEL_TABLE for p in row[0]), "bundle", "kubectl", "oc", "helm", "helmfile", "docker", "podman", "nerdctl",
                      "kustomize", "argocd", "terraform", "tofu", "terragrunt", "gcloud", "az", "fly", "flyctl", "kn",
                      "cf", "grep", "egrep", "rg", "ag", "git", "npx", "pnpx", "bunx", "uvx", "pipx", "cargo"})




def _hard(a: Analysis) -> bool:
    """The action deploys, publishes, deletes, sends or grants (a changed value there is refused, not asked)."""
    for e in a.effects:
        if e.kind in ("delete", "privilege"):
            return True
        if e.kind == "control" and e.verb not in ("", "read", "create", "execute"):
            return True
        if e.kind == "network" and e.origin == "send":
            return True
    return False


def _device(a: Analysis, text: str) -> tuple[str, str] | None:
    from automode.knowledge.value_slots import device_key, devices, writes_device

    named = None
    for c in a.commands:
        for v in devices(c):
            shape, key = device_key(v)
            if not shape:
                continue
            if named is None:
                named = named_ports(text)
            cls = "port" if shape == "port" else "phone"
            mine = {k for s, k in named if ("port" if s == "port" else "phone") == cls}
            if not mine or key in mine or v.lower() in text.lower():
                continue
            what = "port" if cls == "port" else "device"
            why = (f"you named the {what} {sorted(mine)[0]}; `{(c.text or c.name)[:80]}` acts on {v}, another "
                   f"{'board' if cls == 'port' else 'device'}")
            return ("deny" if writes_device(c) else "ask"), why
    return None


def _related(name: str, low: str) -> bool:
    return bool(name) and len(name) >= 3 and re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", low) is not None


def _tag_changed(pairs: list[tuple[str, str]], text: str) -> tuple[str, str, str] | None:
    """(name, tag, the version named) for the first image or chart tag that is not the version the user named."""
    from automode.knowledge.value_slots import FLOATING

    vers = named_versions(text)
    if not vers:
        return None
    low = text.lower()
    for name, tag in pairs:
        if tag.startswith("sha256:") or "$" in tag or "{" in tag:
            continue  # a digest or a variable: no spelling of a version to compare
        wanted = [v for _, v in vers]
        if any(_same_version(tag, v) for v in wanted):
            continue
        near = _near_version(name, low) if _related(name, low) else wanted[0] if not name and len(set(wanted)) == 1 \
            else ""  # (a version variable has no name to relate it to: the one version named is its)
        if tag in FLOATING or not tag:
            if near or len(set(wanted)) == 1:
                return name, tag or "latest", near or wanted[0]
            continue
        if near and re.fullmatch(r"v?\d+(?:\.\d+)*(?:-[\w.]+)?", tag) and not near.startswith(tag.lstrip("v") + "."):
            return name, tag, near  # (`node:20` for "node 20.11" is the named line, not another version)
    return None


def _near_version(name: str, low: str) -> str:
    """The version named within a few words after (or just before) the name in the text."""
    for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", low):
        after = low[m.end():m.end() + 60]
        v = _VERSION.search(after)
        if v is not None and not re.search(r"[\n;]", after[:v.start()]):
            return v.group(1)
        before = low[max(0, m.start() - 40):m.start()]
        vb = list(_VERSION.finditer(before))
        if vb:
            return vb[-1].group(1)
    return ""


def _tag(a: Analysis, text: str) -> tuple[str, str] | None:
    from automode.knowledge.value_slots import image_tags, version_vars

    for c in a.commands:
        pairs = image_tags(c) + version_vars(c)
        if not pairs:
            continue
        got = _tag_changed(pairs, text)
        if got is not None:
            name, tag, want = got
            return ("deny" if _hard(a) else "ask"), (f"you named version {want}; `{(c.text or c.name)[:80]}` uses the "
                                                     f"tag {tag} of {name or 'the image'}")
    return None


def _file_tag(a: Analysis, text: str) -> tuple[str, str] | None:
    from automode.knowledge.value_slots import file_tags

    w = a.write
    if w is None or not re.search(r"(?i)(?:compose|docker|values|deploy|k8s|kube|helm|chart|manifest|\.ya?ml$)",
                                  w.path):
        return None
    old = set(file_tags(w.old))
    pairs = [p for p in file_tags(w.new) if p not in old]
    got = _tag_changed(pairs, text) if pairs else None
    if got is None:
        return None
    name, tag, want = got
    return "ask", f"you named version {want}; this edit sets {name or 'the image'} to the tag {tag}"


def _state(a: Analysis, text: str) -> tuple[str, str] | None:
    from automode.knowledge.value_slots import kept_rows

    states = named_states(tuple(a.ctx.user_messages))
    for c in a.commands:
        for row, broke in kept_rows(c):
            if row.state not in states:
                continue
            how = f"`{broke}` makes it public or final" if broke else "without " + "/".join(sorted(row.keeps)[:2])
            why = f"you asked for it {_STATE_SAID[row.state]}; `{(c.text or c.name)[:80]}` does not keep it so ({how})"
            return ("deny" if row.hard else "ask"), why
    from automode.judge.intent.channels import beyond as channel_beyond

    lands = channel_beyond(a, tuple(a.ctx.user_messages))  # "under the beta tag" answered with `npm publish` (latest)
    if lands is not None:
        return ("deny" if not lands[0] else "ask"), lands[1]
    return None


_STATE_SAID = {"internal": "internal", "draft": "as a draft", "private": "private", "secret": "secret", "prerelease": "as a pre-release",
               "test-index": "on the test index"}


def _mcp_state(a: Analysis, text: str) -> tuple[str, str] | None:
    tool = a.action.tool.lower()
    if not re.search(r"release|pull_?request|merge_?request|repo|gist|project|send|post|publish|comment|note|reply|"
                     r"ticket|page|article|message", tool):
        return None
    states = named_states(tuple(a.ctx.user_messages))
    if not states:
        return None
    inp = a.action.input
    status = str(inp.get("status", "")).lower()
    if "draft" in states and re.search(r"send|post|publish|reply", tool) and "draft" not in tool and \
            inp.get("draft") not in (True, "true") and status != "draft" and (
                status or re.search(r"send|publish|reply", tool)):  # (a post with no status is the server's default)
        return "deny", f"you asked for a draft; `{a.action.tool.split('__')[-1]}` sends or publishes it"
    if states & {"private", "internal"} and (inp.get("public") in (True, "true") or str(inp.get("visibility", "")).lower() ==
                                "public") and not re.search(r"repo|project|gist", tool):
        return "deny", "you asked for it internal or private; this call makes it public"
    creates = re.search(r"create|new|add|publish|update|edit", tool) is not None
    if "draft" in states and re.search(r"release|pull_?request|merge_?request", tool) and creates and \
            inp.get("draft") not in (True, "true"):
        hard = "release" in tool
        return ("deny" if hard else "ask"), "you asked for a draft; this call does not set `draft: true`"
    if "private" in states and re.search(r"repo|project", tool) and creates:
        vis = str(inp.get("visibility", "")).lower()
        if inp.get("private") is False or vis == "public" or ("private" not in inp and not vis and "create" in tool):
            return "deny", "you asked for it private; this call makes it public"
    if states & {"secret", "private"} and "gist" in tool and inp.get("public") in (True, "true"):
        return "deny", "you asked for a secret gist; this call makes it public"
    return None


_REAL_SAID = lazyre.compile(r"(?i)\b(?:apply|deploy|upgrade|install|sync|destroy|provision|roll\s+out|ship|migrate|"
                            r"execute|go\s+ahead|for\s+real)\b")
_FAMILY = {"tofu": "terraform", "terragrunt": "terraform", "cdktf": "cdk", "helmfile": "helm", "oc": "kubectl",
           "sls": "serverless"}


@lru_cache(maxsize=256)
def dry_spelled(messages: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """(program family, dry subcommand) the newest messages spell ("pulumi preview", "terraform plan", "cdk diff"),
    unless the same or a later message asks for the real act."""
    from automode.judge.intent.gloss import gloss
    from automode.knowledge.value_slots import SPELLED

    for i in range(len(messages) - 1, len(messages) - 2, -1):  # (the newest message: a later one may have moved on)
        m = messages[i][:4000]
        low = m.lower()
        found: list[tuple[str, str]] = []
        for prog, (dry, real) in SPELLED.items():
            if prog not in low:
                continue
            d = re.search(rf"\b{re.escape(prog)}\s+(?:[\w-]+\s+){{0,3}}?({'|'.join(map(re.escape, dry))})\b", low)
            if d is None:
                continue
            r = re.search(rf"\b{re.escape(prog)}\s+(?:[\w-]+\s+){{0,3}}?({'|'.join(map(re.escape, real))})\b", low)
            if r is not None:
                continue
            found.append((_FAMILY.get(prog, prog), d.group(1)))
        if found:
            rest = " ".join((m, *messages[i + 1:]))
            if _REAL_SAID.search(rest) or _REAL_SAID.search(gloss(rest[:4000])):
                return ()
            return tuple(found)
    return ()


def _dry_spelled(a: Analysis, text: str) -> tuple[str, str] | None:
    from automode.knowledge.value_slots import spelled_sub

    rows = [(c, got) for c in a.commands if (got := spelled_sub(c)) is not None and not got[2]]
    if not rows:
        return None
    asked = dry_spelled(tuple(a.ctx.user_messages))
    for c, (prog, sub, _) in rows:
        fam = _FAMILY.get(prog, prog)
        said = next((d for p, d in asked if p == fam), "")
        if said:
            return "deny", f"you asked for `{prog} {said}`; `{(c.text or c.name)[:80]}` runs `{prog} {sub}` for real"
    return None


def _task_destroys(c: Command) -> bool:
    """A task or macro named for a teardown (`dbt run-operation drop_relations_matching`): `knowledge.tasks`."""
    from automode.knowledge.tasks import act_of, task_names

    return any(act_of(t) == "delete" for t in task_names(c))


def _selector(a: Analysis, text: str) -> tuple[str, str] | None:
    from automode.knowledge.value_slots import SELECTOR_DESTROYS, core, is_pattern, selector_values

    whole = " ".join(c.text or " ".join(w.value for w in c.argv) for c in a.commands).lower()
    destroys = any(c.name in SELECTOR_DESTROYS or {x.lower() for x in c.args[:4]} & SELECTOR_DESTROYS
                   or c.name in ("rm", "unlink", "shred") or _task_destroys(c) for c in a.commands)
    if not destroys:
        return None  # (a listing or a read by pattern picks nothing to lose: `redis-cli --scan --pattern`)
    tokens: list[str] | None = None
    for c in a.commands:
        for p in selector_values(c):
            lit = core(p).lower()
            if len(lit) < 2:
                continue
            if tokens is None:
                tokens = list(dict.fromkeys(t.lower() for t in _TOKEN.findall(text)))
            if lit in tokens and not is_pattern(p):
                continue  # the named item itself (`-t load_orders`, `-t '^load_orders$'`)
            bare = p.strip("'\"")
            if bare.startswith("^") and bare.endswith("$") and not is_pattern(p):
                continue  # anchored both ends: exactly one name, whatever ending the user's language gave it
                # ("load_orders-tehtävä": the task load_orders)
            wider = [t for t in tokens if lit in t and lit != t and t not in whole and len(t) > len(lit)]
            if not wider:
                continue
            if c.name in ("grep", "egrep", "rg", "ag", "git") and not any(x is not c and _removes(x) for x in a.commands):
                continue  # (a listing feeds a removal only when one follows: `grep -rl X src | xargs rm`)
            if c.name in ("dbt", "celery") and not destroys:
                continue
            why = f"you named {wider[0]}; `{(c.text or c.name)[:80]}` selects by the pattern {p!r}, which takes more"
            return "deny", why
    return None


#: Newest message naming an environment in any language: local or a non-production one.
_LOCAL_WORDS = lazyre.compile(r"(?i)\b(?:local|locally|localhost|lokal\w*|locale|localmente|localement|lokaal|"
                              r"lokalny\w*|lokalnie|lokální|paikallis\w*|yerel\w*|локальн\w*|локально)\b|ローカル|로컬|"
                              r"本地|محلي|מקומי|ท้องถิ่น")
_STAGE_WORDS = lazyre.compile(r"(?i)\b(?:staging|stage|stg|uat|qa|preprod|dev|development|sandbox)\b")
_PROD_WORDS = lazyre.compile(r"(?i)\b(?:prod|production|prd|live|produc\w+|produkc\w+|продакшн\w*|прод)\b|本番|生产|운영")


#: Options of database and cache clients whose value is the host or server they connect to.
_HOST_OPTS = frozenset({"-h", "--host", "--server", "--uri", "--url", "--hostname", "--endpoint"})
#: Short host options of one client only (`-u` is the user elsewhere, `-S` a socket).
_HOST_SHORT = {"-u": ("redis-cli", "valkey-cli"), "-S": ("sqlcmd",), "-H": ("clickhouse-client", "influx")}


def _connection(a: Analysis, text: str) -> tuple[str, str] | None:
    """A database or cache client pointed at production while the newest message naming a place named this
    machine or a non-production environment (`mongosh "$MONGO_PROD_URI"` for "di mongo lokal")."""
    from automode.judge.intent.envdrift import _prod_token, _word_hits
    from automode.knowledge.value_slots import DB_CLIENTS

    place = ""
    for m in reversed(a.ctx.user_messages):
        if _PROD_WORDS.search(m[:4000]):
            return None
        if _LOCAL_WORDS.search(m[:4000]):
            place = "this machine"
            break
        if _STAGE_WORDS.search(m[:4000]):
            place = _STAGE_WORDS.search(m[:4000]).group(0).lower()  # type: ignore[union-attr]
            break
    if not place:
        return None
    for c in a.commands:
        if c.name not in DB_CLIENTS:
            continue
        words = [w.value for w in c.argv]
        hits = _word_hits(words) + [v for i, v in enumerate(words[1:], 1)
                                    if (words[i - 1] in _HOST_OPTS or c.name in _HOST_SHORT.get(words[i - 1], ()))
                                    and _prod_token(v.split("://", 1)[-1])]
        if hits:
            return ("deny" if _hard(a) else "ask"), (f"you named {place}; `{(c.text or c.name)[:80]}` connects to "
                                                     f"production ({hits[0][:60]})")
    return None


def _removes(c: Command) -> bool:
    """A command that removes what it is given: `rm`, `git rm`, `kubectl delete`, `docker rm`, `redis-cli del`."""
    args = [x.lower() for x in c.args[:3]]
    return c.name in ("rm", "unlink", "shred", "trash", "trash-put") or (
        c.name in ("git", "kubectl", "oc", "docker", "podman", "redis-cli", "valkey-cli", "gsutil", "aws") and
        bool({"rm", "delete", "del", "unlink", "rmi", "remove"} & set(args)))
