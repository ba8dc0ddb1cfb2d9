"""How much (session 13, S2): the user named a MEMBER, the action hits its CONTAINER or every member.

"remove numpy from the ml env" answered with `conda env remove -n ml`, "delete the pod api-5f7d9 in shop" with
`kubectl delete namespace shop`, "destroy the snapshot tank/data@2024-01-01" with `zfs destroy -r tank/data`,
"uninstall node 16 from nvm" with `rm -rf ~/.nvm`, "uninstall PSReadLine 2.0.0" with `-AllVersions`, "drop the last
commit" with `git reset --hard HEAD~10`. One comparison over every surface:

* the action side (`hits`): what it acts on as a whole, from knowledge: the command forms that act on a container or
  on every member (`knowledge.extent.CONTAINERS`: subcommands, widening options, empty or all-meaning selectors), a
  recursive delete of a whole environment or a tool's home (`HOME_DIRS`), a tool call whose arguments widen it
  (`recursive`, `cascade`, `all_versions`, `purge_everything`: `WIDE_KEYS`), and a count of history entries
  (`HEAD~10`, `STEP=5`) against the count named;
* the user side (`member_said`): the newest request in force for the act (any language, read through the gloss):
  the container or "all/every/whole/recursively" named releases it; a member noun of the container ("pod",
  "package", "version", "snapshot", "key"), a name the request gives that the action never spells, or the object of
  the verb before its place ("remove numpy from …") is a member: the action goes beyond it.

A destruction beyond the member is refused, anything else asked. Runs on clean allows and releases alike
(`selects.selects_more`).
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.dc import dataclass
from automode.knowledge.extent import PROGRAMS, WIDE_KEYS, container_of, home_dir_of
from automode.knowledge.extent_more import CONTAINS, LINES
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.judge.intent.match import Said


@dataclass(frozen=True, slots=True)
class Hit:
    act: str  # "delete" | "kill" | "rollback" | "update"
    itself: bool  # the container itself goes (else every member of it)
    container: frozenset[str]
    members: frozenset[str]
    how: str  # the words of the action that make it reach the container


#: The request verb classes (`words.VERB_CLASSES_OF`) that ask for each act.
_ASKS: dict[str, frozenset[str]] = {
    "delete": frozenset({"delete", "reset", "forget", "unpublish", "invalidate"}),
    "push": frozenset({"push", "force-push"}),
    "change": frozenset({"update", "install", "deploy", "delete", "reset", "run", "create", "touch", "privilege",
                         "configure", "skip"}),
    "kill": frozenset({"kill", "delete"}),
    "rollback": frozenset({"rollback", "reset", "delete"}),
    "update": frozenset({"update", "install", "deploy"}),
}
#: Words that ask for the whole or every member, as the gloss gives them in English.
WHOLE_SAID = frozenset({"all", "every", "everything", "whole", "entire", "entirely", "each", "recursive", "recursively",
                        "cascade", "completely", "altogether", "descendants", "children", "wholesale", "any"})  # fmt: skip
#: Prepositions after which a request names the place, not what the verb takes ("remove numpy FROM the env").
_PLACE = frozenset({"from", "in", "inside", "within", "of", "on", "under", "out", "off", "at", "for", "via", "with",
                    "using", "through", "because", "since", "so", "as", "but", "and", "then", "to"})  # fmt: skip
_NAME = lazyre.compile(r"[\w@/.:+~='’-]+")
_NAME_PUNCT = lazyre.compile(r"[\w@/.:+~='’-]+[,;!?]?")  # (a name with the clause's punctuation after it)
#: Verbs of two or three words, read as their first ("tear down the review app", "get rid of the env").
_PHRASAL = lazyre.compile(r"(?i)\b(?:tear|take|shut|bring)\s+down\b|\bget\s+rid\s+of\b|\b(?:clean|clear)\s+(?:up|out)\b|"
                          r"\b(?:wipe|blow|throw)\s+(?:out|away)\b")
#: Nouns that say what kind of thing, not which ("the review app", "the old service"): no name of a member.
_KIND = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                   "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
                   "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekend",
                   "yesterday", "today", "week", "month", "year", "quarter", "app", "apps", "application", "service", "thing", "stuff", "data", "one", "ones", "copy", "instance",
                   "setup", "install", "installation", "environment", "env", "build", "artifact", "artefact", "output",
                   "outputs", "junk", "mess", "leftovers", "space", "disk"})  # fmt: skip


#: Nouns of members and containers in the languages the gloss reads (it glosses verbs and function words, not
#: nouns): the English noun they stand for.
NOUNS: dict[str, str] = {}
for _noun, _forms in {
    "version": "versione versioni versión versiones versão versões versie versies wersja wersji wersję verze verzi "
               "sürüm sürümü версия версию версии バージョン 版本 버전",
    "package": "paket pakete pacchetto pacchetti paquete paquetes pacote pacotes pakket pakketten pakiet pakietu balík "
               "paketi пакет пакета пакеты パッケージ 包 软件包 패키지",
    "prefix": "präfix prefijo prefisso préfixe prefixo prefiks prefix předpona önek префикс プレフィックス 前缀 접두사",
    "snapshot": "schnappschuss instantánea instantánea istantanea instantâneo migawka migawkę снимок снапшот "
                "スナップショット 快照 스냅샷 checkpoint prüfpunkt",
    "migration": "migrazione migrazioni migración migraciones migracion migração migrações migratie migrering "
                 "migracja migrację migrace migrasyon миграция миграцию миграции マイグレーション 迁移 마이그레이션",
    "commit": "commits コミット 提交 커밋 коммит коммита коммиты",
    "key": "schlüssel clave chiave chave sleutel klucz klíč anahtar ключ キー 键 키",
    "topic": "thema tema tópico temat топик トピック 主题 토픽",
    "job": "auftrag trabajo lavoro tâche tarefa zadanie zadania úloha görev задача задачу задание ジョブ 作业 任务 작업",
    "table": "tabelle tabla tabella tabela tableau tabel таблица таблицу テーブル 表 테이블",
    "file": "datei dateien archivo archivos fichier fichiers ficheiro arquivo bestand plik soubor dosya файл ファイル "
            "文件 파일",
    "image": "abbild imagen immagine imagem obraz образ イメージ 镜像 이미지",
    "environment": "umgebung entorno ambiente environnement omgeving środowisko prostředí ortam окружение 環境 环境 환경",
    "queue": "warteschlange cola coda fila wachtrij kolejka fronta kuyruk очередь キュー 队列 큐",
    "branch": "zweig rama ramo branche tak gałąź větev dal ветка ветку ブランチ 分支 브랜치",
    "record": "datensatz registro enregistrement rekord záznam kayıt запись レコード 记录 레코드",
    "row": "zeile fila riga linha ligne rij wiersz řádek satır строка строку 行",
    "pod": "ポッド 파드",
    "service": "dienst servicio servizio serviço usługa služba servis сервис サービス 服务 서비스",
    "container": "contenedor contenitore contêiner conteneur kontener kontejner konteyner контейнер コンテナ 容器 컨테이너",
}.items():
    for _f in _forms.split():
        NOUNS[_f] = _noun
#: Numbers up to ten in those languages ("elimina gli ultimi due commit").
_NUMBERS: dict[str, int] = {}
for _n, _forms in {
    1: "un uno una eins ein eine um uma één jeden jedna bir один одну 一 一つ 하나",
    2: "zwei dos deux due dois twee två två dwa dva iki два две 二 二つ 두 둘",
    3: "drei tres trois tre três drie tre trzy tři üç три 三 三つ 세 셋",
    4: "vier cuatro quatre quattro quatro fyra cztery čtyři dört четыре 四 네",
    5: "fünf cinco cinq cinque vijf fem pięć pět beş пять 五 다섯",
}.items():
    for _f in _forms.split():
        _NUMBERS[_f] = _n


def _en(w: str) -> str:
    return NOUNS.get(w, w)


def _sing(w: str) -> str:
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ses", "xes", "ches", "shes")):
        return w[:-2]
    return w[:-1] if w.endswith("s") and not w.endswith("ss") and len(w) > 3 else w


# ------------------------------------------------------------------ the action side
def hits(a: Analysis) -> list[Hit]:
    """What the action acts on as a whole (see the module's doc)."""

    out: list[Hit] = []
    for c in a.commands:
        if any(v.startswith("script ") for v in c.via):
            continue  # lines of a script being written: they run later, if ever
        found = container_of(c.name, [w.value for w in c.argv[1:] if not w.dynamic])
        if found is not None:
            row, how = found
            out.append(Hit(row.act, "itself" in row.when.split(), row.container, row.members, how))

    for e in a.effects:
        if e.kind == "delete" and e.recursive:
            home = home_dir_of(e.target)
            if home is not None:
                out.append(Hit("delete", True, home[1], home[2], f"rm -r {e.target}"))
        elif e.kind == "delete" and "*" not in e.target:
            base = e.target.rstrip("/").rsplit("/", 1)[-1].lower()
            if "." in base:  # a whole file (`.env`, `known_hosts.old`, `crontab.txt`) where a line of it was named
                out.append(Hit("delete", True, frozenset({"file", base, base.lstrip(".")}), LINES, f"rm {e.target}"))
    tool = a.action.tool
    if tool.startswith("mcp__"):
        out += _wide_call(tool, a.action.input)
    raw = a.action.input.get("command")
    if isinstance(raw, str) and "|" in raw and "-" in raw:
        out += _piped_all(raw)
    texts = [c.text or " ".join(w.value for w in c.argv) for c in a.commands] if a.shell else \
        [v for v in a.action.input.values() if isinstance(v, str)] if tool.startswith("mcp__") else []
    out += [h for t in texts if _STATEMENT_GATE.search(t) for h in _statements(t)]
    return out


#: Statements of a data store that take a whole store, a whole table or collection, or every row their own condition
#: selects: (pattern, act, the container itself goes, container nouns, member nouns).
_STORE_MEMBERS = frozenset({"row", "record", "document", "doc", "entry", "item", "key", "value", "user", "order",
                            "customer", "event", "session", "message", "line"})  # fmt: skip
_STATEMENTS: tuple[tuple[str, str, bool, frozenset[str], frozenset[str]], ...] = (
    (r"(?i)\bdrop\s+(?:schema|database)\b", "delete", True, frozenset({"schema", "database", "db"}),
     _STORE_MEMBERS | {"table", "view", "function", "column", "index", "collection"}),
    (r"(?i)\b(?:drop|truncate)\s+(?:table\s+)?[\w.\"`]+(?:\s*,\s*[\w.\"`]+)*\s+cascade\b", "delete", False,
     frozenset({"cascade", "dependents", "dependent"}), frozenset({"table", "view"})),
    (r"(?i)\btruncate\s+(?:table\s+)?[\w.\"`]+", "delete", False, frozenset({"table"}), _STORE_MEMBERS),
    (r"(?i)\bdelete\s+from\s+[\w.\"`]+\s*(?:;|$|'|\")", "delete", False, frozenset({"table"}), _STORE_MEMBERS),
    (r"(?i)\b(?:delete\s+from|update)\s+[\w.\"`]+.*\bwhere\s+(?:1\s*=\s*1|true)\b", "delete", False,
     frozenset({"table"}), _STORE_MEMBERS),
    (r"\.dropDatabase\s*\(", "delete", True, frozenset({"database", "db"}), _STORE_MEMBERS | {"collection", "table"}),
    (r"\bdb\.\w+\.drop\s*\(\s*\)", "delete", True, frozenset({"collection"}), _STORE_MEMBERS),
    (r"\.(?:deleteMany|remove)\s*\(", "delete", False, frozenset({"collection"}), _STORE_MEMBERS),
    (r"\.updateMany\s*\(", "update", False, frozenset({"collection"}), _STORE_MEMBERS),
)
_STATEMENT_GATE = lazyre.compile(r"(?i)\bdrop\b|\btruncate\b|\bdelete\s+from\b|\.(?:deleteMany|remove|updateMany|"
                                 r"dropDatabase)\s*\(")


def _statements(text: str) -> list[Hit]:
    out: list[Hit] = []
    for pattern, act, itself, cont, mem in _STATEMENTS:
        m = lazyre.built(pattern).search(text)
        if m is not None:
            out.append(Hit(act, itself, cont, mem, m.group(0).strip()[:50]))
    return out


#: A PowerShell listing piped into a cmdlet that removes or stops what it gets (`Get-VMSnapshot -VMName dev01 |
#: Remove-VMSnapshot`): every item the listing yields, unless the listing or a filter between picks some.
_PIPED = lazyre.compile(r"(?i)\bGet-(\w+)\b([^|;\n]*)((?:\|[^|;\n]*)*?)\|\s*(?:%\s*\{\s*|ForEach-Object\s*\{\s*)?"
                        r"(Remove|Stop|Disable|Uninstall|Clear|Unregister|Suspend|Delete|Restart)-(\w+)\b([^|;\n]*)")
#: Parameters that pick items by name or id (of the listing or of the removing cmdlet), and filter stages.
_PS_PICKS = lazyre.compile(r"(?i)(?:^|\s)-(?:Name|Id|Filter|Include|LiteralPath|SnapshotName|DisplayName|TaskName|"
                           r"ProcessName|PackageFullName|InstanceId|Identity|Key)\b|\bWhere-Object\b|(?:^|\|)\s*\?\s*\{|"
                           r"\bSelect-Object\s+-First\b")


def _piped_all(raw: str) -> list[Hit]:
    out: list[Hit] = []
    for m in _PIPED.finditer(raw):
        if _PS_PICKS.search(m.group(2)) or _PS_PICKS.search(m.group(3)) or _PS_PICKS.search(m.group(6)):
            continue
        noun = [w.lower() for w in re.findall(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+", m.group(5))] or [""]
        verb = m.group(4).lower()
        act = "kill" if verb in ("stop", "disable", "suspend") else "restart" if verb == "restart" else "delete"
        members = frozenset({noun[-1], "".join(noun), NOUNS.get(noun[-1], noun[-1])})
        out.append(Hit(act, False, frozenset(), members, f"Get-{m.group(1)} | {m.group(4)}-{m.group(5)}"))
    return out


def _wide_call(tool: str, inp: object) -> list[Hit]:

    if not isinstance(inp, dict):
        return []
    name = tool.rsplit("__", 1)[-1].lower()
    words = set(re.split(r"[_\-.]+", re.sub(r"([a-z])([A-Z])", r"\1_\2", tool.rsplit("__", 1)[-1]).lower()))
    from automode.judge.intent.words import VERB_CLASSES_OF

    acts = set().union(*(VERB_CLASSES_OF.get(w, frozenset()) for w in words))
    act = "delete" if acts & {"delete", "reset"} else "kill" if "kill" in acts else "update" if acts else ""
    if not act:
        return []
    members = frozenset(_sing(w) for w in words if w not in VERB_CLASSES_OF and len(w) > 2)
    for k, v in inp.items():
        key = re.sub(r"([a-z])([A-Z])", r"\1_\2", str(k)).lower().replace("-", "_")
        if key in WIDE_KEYS and (v is True or (isinstance(v, str) and v.lower() in ("true", "all", "*", "yes"))):
            return [Hit(act, False, frozenset(), members, f"{name} with {k}={v}")]
    for k, v in inp.items():
        if str(k).lower() in _SELECTOR_KEYS and v in ({}, "", "*", "{}", []) and act in ("delete", "update"):
            return [Hit(act, False, frozenset(), members, f"{name} with an empty {k} (every item)")]
    held = container_call(tool)
    if held is not None and act == "delete":
        return [Hit(act, True, frozenset({held[0]}), held[1], name)]
    return []


#: Arguments of a tool call that select what it acts on: empty, they select everything.
_SELECTOR_KEYS = frozenset({"filter", "query", "where", "selector", "match", "conditions", "q", "jql", "search"})


def container_call(tool: str) -> tuple[str, frozenset[str]] | None:
    """(the container noun, what it holds) when a tool's name takes a container (`delete_repository`,
    `drop_collection`): its last noun is one of `knowledge.extent_more.CONTAINS`."""
    from automode.judge.intent.words import VERB_CLASSES_OF

    words = re.split(r"[_\-.]+", re.sub(r"([a-z])([A-Z])", r"\1_\2", tool.rsplit("__", 1)[-1]).lower())
    nouns = [w for w in words if w and w not in VERB_CLASSES_OF and w not in ("by", "all", "a", "the")]
    if not nouns or not any(w in VERB_CLASSES_OF for w in words):
        return None
    last = _sing(nouns[-1])
    return (last, frozenset(CONTAINS[last].split())) if last in CONTAINS else None


# ------------------------------------------------------------------ the user side
def _request(h: Hit, a: Analysis) -> Said | None:
    from automode.judge.intent.match import session_intent

    want = _ASKS.get(h.act, frozenset({h.act}))
    for r in session_intent(a.ctx.user_messages, (), ()).requests:
        if r.index >= 0 and not r.clause.question and r.clause.verbs & want:
            return r
    return None


def _spelled(word: str, literal: str, tokens: set[str]) -> bool:
    w = word.lower().strip(".,;:!?'\"()")
    if not w or w in literal:
        return True
    parts = [p for p in re.findall(r"[a-z0-9]+", w) if len(p) >= 2]
    if bool(parts) and all(p in tokens for p in parts):
        return True
    bare = "".join(parts)  # ("pub/sub" is `pubsub`)
    return len(bare) >= 4 and bare in re.sub(r"[^a-z0-9]", "", literal)


def _object_words(text: str, want: frozenset[str]) -> list[str] | None:
    """The words the request's verb takes before a place ("remove numpy from the env": numpy), in English order;
    None when no verb of the act stands before its object (a verb-final clause, a verb the table lacks)."""
    from automode.judge.intent.words import VERB_CLASSES_OF

    low = _PHRASAL.sub(lambda m: "delete", text.lower()) if "delete" in want else text.lower()
    words = [w.removesuffix("'s").removesuffix("’s") for w in _NAME_PUNCT.findall(low)]
    for i, w in enumerate(words):
        if VERB_CLASSES_OF.get(w.strip(".,;:!?"), frozenset()) & want:
            obj: list[str] = []
            for x in words[i + 1:]:
                bare = x.strip(".,;:!?")
                if bare in _PLACE:
                    break
                obj.append(bare)
                if x != bare:
                    break  # the clause's punctuation closes the phrase
            return obj if i + 1 < len(words) else None
    return None


def _inside(named: str, literal: str) -> bool:
    """The action spells a place strictly inside the named one (`named` followed by more of a path)."""
    i = literal.find(named.rstrip("/"))
    while i >= 0:
        rest = literal[i + len(named.rstrip("/")):]
        if rest[:1] == "/" and len(rest) > 1 and not rest[1:2].isspace() and rest[1:2] not in ("'", '"'):
            return True
        i = literal.find(named.rstrip("/"), i + 1)
    return False


def _heads(w: str) -> tuple[str, ...]:
    """A word and its last hyphenated part, singular ("python-version": version)."""
    return (_sing(w), _sing(w.rsplit("-", 1)[-1])) if "-" in w else (_sing(w),)


#: Languages whose noun phrases end in their head ("stagingのnamespaceにあるjob": the job); the others the gloss reads
#: put the head first and what it belongs to after ("l'ultima migrazione dell'app": the migration).
_HEAD_LAST = frozenset({"en", "ja", "zh", "ko", "tr"})


def _language(index: int, messages: tuple[str, ...]) -> str:
    from automode.judge.intent.gloss import language

    return (language(messages[index][:2000]) or "en") if 0 <= index < len(messages) else "en"


def _kind_compound(word: str, tokens: set[str]) -> bool:
    """`rds-instansen`, `zfs-poolen`: a word the command spells joined to a kind's noun with its case ending (the RDS
    instance, the ZFS pool), not a name of its own (session 23)."""
    from automode.knowledge.extent_marks import kind_suffix

    head, dash, rest = word.partition("-")
    return bool(dash) and head in tokens and kind_suffix(rest)


def member_said(r: Said, h: Hit, literal: str, a_messages: tuple[str, ...] = ()) -> str | None:
    """The member the request names where the action reaches the container (its words), else None: the request
    named the container, asked for every member, or named nothing of it."""
    from automode.judge.intent.lexicon import QUALIFIERS, STOP
    from automode.judge.intent.match import GENERIC_WORDS
    from automode.judge.intent.oneof import asked_words

    text = " ".join(_en(w) for w in r.clause.text.lower().split())  # (nouns the gloss leaves: "migrazione")
    asked = asked_words(text)  # (words after "keep", "don't", "except" name what stays)
    tokens = set(re.findall(r"[a-z0-9]+", literal))
    whole = bool(asked & WHOLE_SAID)
    if any(len(x) >= 4 and ("/" in x or ":" in x) and _inside(x.lower(), literal) for x in r.strong):
        return None  # the user named the place and the action picks parts inside it (`s3://b/web/` → `…/web/2022-04/`)
    from automode.judge.intent.lexicon import KIND_NOUNS

    kinds = frozenset().union(*KIND_NOUNS.values()) | _KIND
    skip = (STOP | QUALIFIERS | GENERIC_WORDS | WHOLE_SAID | kinds | {"please", "pls", "kindly", "up", "out", "away", "down"}) \
        - h.container - h.members  # ("bucket", "version" are words of the trade, and here the very question)

    def member(w: str) -> bool:
        return any(x in h.members for x in _heads(w)) and w.split("-")[-1] in asked | {w}

    def container(w: str) -> bool:
        return w in h.container or any(x in h.container for x in _heads(w))

    def some(ws: list[str], among: set[str]) -> bool:  # "the pods", "the recordings": plural, no qualifier picking some
        return all(w != _sing(w) for w in ws) and not among & QUALIFIERS

    obj = _object_words(text, _ASKS.get(h.act, frozenset()))
    lang = _language(r.index, a_messages)
    foreign = lang != "en"
    if obj is not None:  # English order: what the verb takes decides
        words = [w for w in obj if len(w) > 1 and w not in skip and not _kind_compound(w, tokens)]
        named = [w for w in words if w in r.strong and not _spelled(w, literal, tokens)]
        if named and not whole:
            return " ".join(named[:2])  # a name of its own the action never spells ("java 11.0.20-tem")
        nouns = [w for w in words if member(w) or container(w)]
        head = nouns[-1] if nouns and lang in _HEAD_LAST else nouns[0] if nouns else ""
        if head and member(head) and not container(head) and not (len(words) == 1 and "-" in head and _spelled(
                head, literal, tokens)):  # the head: "the sessions table" is a table (not `legacy-billing-db`, the
            # name the command acts on, whose last part only looks like a member's kind)
            if h.itself or not (whole or some([w for w in nouns if member(w)], set(obj))):
                return " ".join(words[:3])  # the container goes, or not every member was asked for
            return None
        if nouns:
            return None
        names = [w for w in words if not _spelled(w, literal, tokens) and not ((foreign or h.act == "change") and w not in r.strong)
                 and not (w.isalpha() and w != _sing(w) and not h.itself)]  # (a plural noun: the set of them)
        # (in a glossed request an unspelled plain word is as likely a noun the gloss left as a name: "buckecie")
        return " ".join(names[:3]) if names and not whole else None
    plain = [w for w in re.findall(r"[\w.@/:+-]+", text) if len(w) > 1 and w not in skip]
    mem = [w for w in plain if member(w)]
    if mem:
        if h.itself:
            return " ".join(mem[:2])
        if whole or some(mem, set(plain)):
            return None
        return " ".join(mem[:1] + [s for s in r.strong if not _spelled(s, literal, tokens)][:1])
    if any(container(w) for w in plain) or whole:
        return None
    names = [s for s in r.strong if not _spelled(s, literal, tokens)]
    return names[0] if names else None


# ------------------------------------------------------------------ counts of history entries
_HEAD = lazyre.compile(r"^(?:HEAD|@)(~\d*|\^+)$")
_STEP = lazyre.compile(r"(?i)^(?:STEP=|--step=)(\d+)$")
_HISTORY = frozenset({"commit", "migration", "revision", "change", "changeset"})


def _action_count(a: Analysis) -> tuple[int, str] | None:
    for c in a.commands:
        args = [w.value for w in c.argv[1:] if not w.dynamic]
        if c.name == "git" and args[:1] == ["reset"]:
            for x in args[1:]:
                m = _HEAD.match(x)
                if m:
                    g = m.group(1)
                    n = (int(g[1:]) if len(g) > 1 else 1) if g.startswith("~") else len(g)
                    return n, f"git reset {x}"
        for x in args:
            m = _STEP.match(x)
            if m:
                return int(m.group(1)), f"{c.name} {x}"
        for k, v in c.assigns:
            if k == "STEP" and not v.dynamic and v.value.isdigit():
                return int(v.value), f"STEP={v.value}"
        if c.name == "alembic" and args[:1] == ["downgrade"] and len(args) > 1 and re.fullmatch(r"-\d+", args[1]):
            return int(args[1][1:]), f"alembic downgrade {args[1]}"
    return None


def said_count(text: str) -> int | None:
    """How many history entries the request names: "the last commit" 1, "the last 3 commits" 3, "two migrations"
    2; None when it names none or their number is not said ("the commits")."""
    from automode.judge.intent.magnitude import NUMBER_WORDS

    words = [_en(w) for w in re.findall(r"\w+", text.lower())]
    for i, w in enumerate(words):
        if _sing(w) in _HISTORY:
            before = words[max(0, i - 3):i]
            for b in reversed(before):
                if b.isdigit():
                    return int(b)
                if b in NUMBER_WORDS or b in _NUMBERS:
                    return int(NUMBER_WORDS.get(b) or _NUMBERS[b])
            if w in _HISTORY and not set(before) & {"all", "every", "those", "these", "the"} - {"the"}:
                return 1
            return None
    return None


def more_history(a: Analysis) -> tuple[str, str] | None:
    if not a.shell:
        return None
    got = _action_count(a)
    if got is None:
        return None
    from automode.judge.intent.match import session_intent

    for r in session_intent(a.ctx.user_messages, (), ()).requests:
        if r.index < 0 or r.clause.question or not r.clause.verbs & (_ASKS["rollback"] | {"commit"}):
            continue
        n = said_count(r.clause.text)
        if n is not None and got[0] > n:
            return "", f"you named {n} {'entry' if n == 1 else 'entries'} of the history; `{got[1]}` takes {got[0]}"
        return None
    return None


# ------------------------------------------------------------------ the check
_COUNTED = lazyre.compile(r"(?i)\bHEAD\b|@~|\bSTEP=|--step=|\bdowngrade\s+-\d")


def _worth(a: Analysis) -> bool:

    raw = a.action.input.get("command")
    return any(c.name.rsplit("/", 1)[-1].lower() in PROGRAMS for c in a.commands) \
        or any(e.kind == "delete" for e in a.effects) \
        or (isinstance(raw, str) and (bool(_COUNTED.search(raw)) or ("|" in raw and bool(_PIPED.search(raw)))
                                      or bool(_STATEMENT_GATE.search(raw))))


def _lines() -> frozenset[str]:

    return LINES


def _of_named(r: Said, literal: str) -> bool:
    """The request names the action's own object by its name (spelled in the command) and a number of the request
    stands inside that name: what the number counts (a PR, a ticket) says whose the object is (`tsumiki-pr-418`)."""
    nums = set(re.findall(r"(?<![\w.-])\d{2,}(?![\w.-])", r.clause.text))
    return bool(nums) and any(len(x) >= 4 and lazyre.whole(x.lower(), literal, r"[\w.-]", r"[\w.-]") is not None
                              and nums & set(re.findall(r"\d+", x)) for x in r.strong)


def beyond_member(a: Analysis) -> tuple[str, str] | None:
    """("" = refuse or "ask", why) when the action reaches the container of, or every member beside, the member
    the user named; None otherwise."""
    if not a.ctx.user_messages:
        return None
    if a.shell and not _worth(a):
        return None  # (the cheap gate: no program of the tables, no tree deleted, no history count)
    counted = more_history(a)
    if counted is not None:
        return counted
    found = hits(a)
    if not found:
        return None
    literal = "\n".join(c.text or " ".join(w.value for w in c.argv) for c in a.commands).lower()
    if a.action.tool.startswith("mcp__"):
        import json

        literal += "\n" + json.dumps(a.action.input, default=str).lower()
    for h in found:
        r = _request(h, a)
        if r is None:
            continue
        if h.members is _lines() and not any(x and x in r.clause.text.lower() for x in h.container - {"file"}):
            continue  # a line of some other file ("line 16" of a traceback): the file deleted was never named
        member = member_said(r, h, literal, a.ctx.user_messages)
        if member is not None and _of_named(r, literal):
            continue  # "PR 418 のプレビュー環境 tsumiki-pr-418": the PR says whose the named app is, no member of it
        if member is not None and a.shell:
            from automode.judge.intent.kept_forms import kept_member

            if kept_member(member, a.ctx.user_messages[-2:]):
                continue  # "delete the statefulset, keep the pods": the pods are named to stay (`intent.kept_forms`)
        if member is not None and a.shell:
            from automode.judge.intent.scaled import exact

            if exact(a):
                continue  # "behalte die letzten 10" and `restic forget --keep-last 10`: the bound said picks what goes
        if member is not None:
            cap = "" if h.act in ("delete", "kill", "rollback") or " with " in h.how else "ask"  # (a call's all=true too)
            whole = "its whole container" if h.itself else "every member of it"
            return cap, f"you named {member}; `{h.how}` reaches {whole}"
    return None
