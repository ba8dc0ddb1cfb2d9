"""The option the user's words require left out, another act in the place of the one said, another identity on a post
(session 20, K2, helper `slots`; AM-JUDGE-030 through `intent.slots.changed`).

* `omitted`: the request names one task, one role, a dry run or an end time and the command leaves out the option
  that carries it, so the program's default decides (`knowledge.slot_omitted`): "pusť roli ntp na prod" answered
  with `ansible-playbook site.yml` (every role), "the load_orders task" with `airflow tasks clear etl_daily` (every
  task), "don't actually run anything" with `ansible-playbook … --diff` (applies), "mute it for two hours" with a
  mute call that has no end. When the option is given, its value must hold the value said.
* `swapped`: the request says the act ("resize", "a signed URL", "don't install", "a tunnel") and the command does
  another one of the same program (`knowledge.slot_verbs`): a rebuild that wipes the disk, a public ACL that never
  expires, an install on the device, a tunnel open to the whole network (`ssh -g`).
* `identity`: a chat post under a name or an icon the user did not choose (`username`, `icon_emoji`): asked.

The words are read in many languages; the same act with the value said runs.
"""

from __future__ import annotations

import re
from functools import lru_cache

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

#: Programs of the tables (`knowledge.slot_omitted`, `knowledge.slot_verbs`).
PROGRAMS = frozenset({"ansible-playbook", "ansible", "airflow", "dbt", "gh", "rsync", "helm", "kubectl", "oc", "terraform",
                      "tofu", "pulumi", "dog", "amtool", "hcloud", "doctl", "linode-cli", "az", "gcloud", "aws",
                      "openstack", "vultr-cli", "gsutil", "mc", "mcli", "bundletool", "adb", "xcrun", "ios-deploy",
                      "ideviceinstaller", "flutter", "gradle", "gradlew", "./gradlew", "ssh", "autossh", "git", "apt-get",
                      "apt", "pip", "pip3", "npm", "cargo", "alembic", "rclone", "puppet", "chef-client", "nixos-rebuild",
                      "darwin-rebuild", "home-manager", "glab", "docker", "docker-compose", "podman", "multipass",
                      "vagrant", "systemctl", "service", "rc-service", "invoke-rc.d", "rc-update", "update-rc.d",
                      "chkconfig", "supervisorctl", "pm2", "launchctl", "sv", "nerdctl", "podman-compose", "shutdown",
                      "poweroff", "halt", "curl", "http", "https", "xh", "wget", "vault"})  # fmt: skip
#: Needs a request must say with a word that limits it ("only the aws_instance.web resource"): a name alone may be
#: what the run is expected to touch among others.
_NEEDS_ONLY = frozenset({"target"})
_ONLY = lazyre.compile(r"(?i)\b(?:only|just|solely|nur|lediglich|solo|solamente|únicamente|seulement|uniquement|"
                       r"apenas|somente|soltanto|jen|pouze|tylko|только|лише|sadece|yalnızca|chỉ|hanya|bara|kun|alleen|"
                       r"ainoastaan|csak|doar|μόνο)\b|だけ|のみ|只|仅|만")

# ------------------------------------------------------------------ what the words require
_DRY = lazyre.compile(
    r"(?i)\b(?:don'?t|do\s+not|never)\s+(?:actually\s+|really\s+)?(?:run|apply|change|execute|touch|do)\s+(?:anything|it|them)\b|"
    r"\bwithout\s+(?:actually|really)\s+(?:running|applying|changing|executing|doing)\b|"
    r"\bwithout\s+(?:running|applying|changing|executing)\s+(?:it|anything|them)\b|\bdry[- ]?run\b|"
    r"\bwhat\s+(?:\S+\s+){0,3}would\s+(?:change|do|happen|be\s+changed|be\s+(?:removed|deleted|installed))\b|"
    r"\bwhat\s+would\s+(?:\S+\s+){0,3}(?:change|do|remove|delete|install|upgrade)\b|\bcheck\s+mode\b|\bsimulate\s+(?:the\s+|an?\s+)?(?:run|apply|changes?|deploy\w*|install\w*|upgrade|it)\b|"
    r"\bno-?op\s+(?:run|mode)\b|\bjust\s+(?:show|list|preview)\s+(?:me\s+)?what\b|"
    r"\bprobelauf\b|\btrockenlauf\b|\bwas\s+sich\s+ändern\s+würde|\bnichts\s+(?:wirklich\s+)?(?:ausführen|anwenden|ändern)|"
    r"\bohne\s+(?:es\s+)?anzuwenden|\bà\s+blanc\b|\bce\s+qui\s+changerait|\bsans\s+(?:rien\s+)?appliquer|"
    r"\bn'applique\s+rien|\bne\s+(?:lance|exécute|applique)\s+rien|\bqué\s+cambiar[ií]a|\bsin\s+aplicar|"
    r"\bno\s+apliques|\bno\s+ejecutes\s+nada|\bo\s+que\s+mudaria|\bsem\s+aplicar|\bnão\s+apliqu\w*|\bnão\s+execut\w*\s+nada|"
    r"\bcosa\s+cambierebbe|\bsenza\s+applicare|\bnon\s+applicare|\bnon\s+eseguire\s+nulla|\bna\s+sucho|\bnanečisto|"
    r"\bco\s+by\s+se\s+změnilo|\bnic\s+nespouštěj|\bco\s+by\s+się\s+zmieniło|\bbez\s+(?:stosowania|wprowadzania|uruchamiania)|"
    r"\bnic\s+nie\s+uruchamiaj|на\s+сухую|что\s+(?:бы\s+)?изменит\w*|ничего\s+не\s+(?:применяй|запускай|меняй)|"
    r"без\s+применения|ドライラン|何が変わるか|実行しないで|適用しないで|试运行|预演|会改变什么|不要(?:真正)?(?:执行|应用|运行)|"
    r"드라이\s*런|무엇이\s*바뀌|적용하지\s*마|실행하지\s*마|\bneyin\s+değişeceğini|\buygulamadan|\bçalıştırmadan|"
    r"\bwat\s+er\s+zou\s+veranderen|\bzonder\s+toe\s+te\s+passen|\bvad\s+som\s+skulle\s+ändras|\butan\s+att\s+(?:köra|tillämpa)|"
    r"\bhva\s+som\s+ville\s+endres|\bhvad\s+der\s+ville\s+ændre|τι\s+θα\s+άλλαζε|χωρίς\s+να\s+εφαρμ\w*|"
    r"gì\s+sẽ\s+thay\s+đổi|\bkhông\s+(?:thực\s+sự\s+)?chạy|\bapa\s+yang\s+akan\s+berubah|\btanpa\s+menerapkan")
#: Words that want the real run after all ("dry run first, then apply").
_REAL_AFTER = lazyre.compile(r"(?i)\b(?:then|and\s+then|afterwards|after\s+that|dann|danach|puis|ensuite|luego|después|"
                             r"depois|poi|potem|затем|потом)\s+(?:\w+\s+){0,2}(?:apply|run|deploy|anwenden|appliquer|"
                             r"aplicar|applicare|zastosuj|примени)|\bfor\s+real\b|\bgo\s+ahead\b|\bde\s+verdad\b|"
                             r"\bpour\s+de\s+vrai\b|\bpara\s+valer\b|\bper\s+davvero\b|\bnaprawdę\b|по-настоящему|本番で|"
                             r"\bdry[- ]?run\s+(?:is|was|looks|passed|came\s+back|went|succeeded|worked)\b")
_NAME = r"[`'\"]?([A-Za-z0-9][A-Za-z0-9_.:-]*[A-Za-z0-9]|[A-Za-z0-9])[`'\"]?"
_STOP = frozenset({"the", "a", "an", "this", "that", "it", "to", "for", "of", "on", "in", "and", "or", "na", "v", "ve",
                   "w", "z", "do", "da", "de", "di", "du", "la", "le", "el", "die", "der", "das", "den", "dem", "il",
                   "only", "just", "all", "every", "each", "nur", "solo", "seulement", "pouze", "jen", "tylko", "ansible", "airflow", "dag", "dags", "playbook", "run", "runs", "at", "with", "again", "one",
                   "same", "its", "their", "new", "failed", "und", "et", "y", "e", "i", "s", "se", "si", "je", "me",
                   "except", "but", "first", "please", "now", "today", "instances", "instance", "ids", "list", "was",
                   "is", "are", "were", "be", "as", "by", "from", "which", "who", "so", "if", "then", "still"})
_WORDS_BEFORE = {
    "task": r"task|tâche|tarea|tarefa|aufgabe|compito|zadani[ae]|zadanie|задач\w*|úloh\w*|görev\w*|taak|uppgift\w*|tehtävä\w*",
    "role": r"role|roli|rolę|rola|rollen?|rôle|rol|ruolo|роль|роли|ロール|角色|역할|rolü|tags?",
    "model": r"models?|modell|modèle|modelo|modello|модел\w*|モデル|模型|모델",
    "ref": r"branch|branche|rama|ramo|zweig|gałęzi|gałąź|ветк\w*|ブランチ|分支|브랜치|dal\w*",
    "target": r"resource|ressource|recurso|risorsa|zas[oó]b\w*|ресурс\w*|リソース|资源|리소스|kaynağ\w*|target",
}
_WORDS_AFTER = {
    "task": r"task|টাস্ক\w*|タスク|任务|任務|태스크|작업|görevi|-?task|-tehtäv\w*|-aufgabe|-görev\w*",  # ("load_orders-tehtävä")
    "role": r"role|rolle|rôle|roli|rolü|ロール|角色|역할|tag",
    "model": r"model|modell|モデル|模型|모델",
    "ref": r"branch|branche|ブランチ|分支|브랜치",
    "target": r"resource|ressource|リソース|资源|리소스",
}


@lru_cache(maxsize=32)
def _name_res(need: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    return (re.compile(rf"(?i)(?<![\w-])(?:{_WORDS_BEFORE[need]})(?![\w'’-])\s*[:=]?\s*(?:(?:named|called)\s+)?{_NAME}(?![\w-])"),
            re.compile(rf"(?i)(?<![\w./-]){_NAME}\s*(?:{_WORDS_AFTER[need]})(?![a-z])"))


@lru_cache(maxsize=256)
def names_said(text: str, need: str) -> tuple[str, ...]:
    """The names the text gives one thing of `need` ("task load_orders", "the ntp role", "load_orders টাস্কটা")."""
    from automode.judge.intent.name_match import matched_names

    return matched_names(text, _name_res(need), _STOP)



_NUM = (r"\d+(?:[.,]\d+)?|an?|one|two|three|four|five|six|ten|twelve|half\s+an|ein(?:e|en)?|zwei|drei|vier|une?|deux|"
        r"trois|quatre|una?|dos|tres|cuatro|duas|dois|três|quatro|due|tre|quattro|jedn\w*|dwie|dwa|trzy|cztery|одну|один|"
        r"два|две|три|четыре|μία|μια|ένα|δύο|τρεις|τέσσερις|bir|iki|üç|dört|một|hai|ba|bốn|satu|dua|tiga|empat|en|ett|"
        r"to|tre|fire|een|twee|drie|vier|yksi|kaksi|kolme|dvě|dva|tři|一|二|两|三|四|한|두|세|네")
_UNIT = (r"hours?|hrs?|h|minutes?|mins?|m|days?|d|stunden?|std|minuten|tage?n?|heures?|jours?|horas?|minutos?|d[ií]as?|"
         r"ore|ora|minuti|giorni|godzin\w*|minut\w*|dni|dzień|час\w*|минут\w*|дн\w*|день|ώρ\w*|λεπτ\w*|μέρ\w*|saat|dakika|"
         r"gün|giờ|tiếng|phút|ngày|jam|menit|hari|timm\w*|timer?|dag\w*|uur|tunti\w*|hodin\w*|hodiny|óra|時間|分|日|小时|"
         r"個小時|个小时|分钟|天|시간|분|일")
_DURATION = lazyre.compile(rf"(?i)(?<![\w])(?:{_NUM})[\s-]*(?:{_UNIT})(?![a-zà-ÿ])|"
                           r"\b(?:until|till|bis|jusqu'?(?:à|a)|hasta|até|fino\s+a(?:lle)?|do\s+godziny|до|kadar|đến|"
                           r"sampai|tot|tills|μέχρι)\s+\S*\d|\d\S*\s*(?:まで|까지)|直到")


def said_need(text: str, need: str) -> tuple[str, ...] | None:
    """What the newest request says for `need`: () when it requires the option with no value to compare (a dry run,
    an end), the names said (a task, a role), None when it does not say it."""
    if need == "dry":
        m = _DRY.search(text)
        return () if m and not _REAL_AFTER.search(text) else None
    if need == "end":
        return () if _DURATION.search(text) else None
    got = names_said(text, need)
    return got or None


def _carried(value: str, names: tuple[str, ...]) -> bool:
    parts = {p for p in re.split(r"[,\s|]+", value.lower()) if p}
    return any(n.lower() in parts or re.search(rf"(?<![\w]){re.escape(n.lower())}(?![\w])", value.lower()) for n in names)


def _playbook_named(cmd_words: list[str], names: tuple[str, ...]) -> bool:
    """A playbook named after the role said (`ntp.yml`, `playbooks/ntp-servers.yml`): it runs that role."""
    for w in cmd_words:
        if w.endswith((".yml", ".yaml")) and not w.startswith("-"):
            stem = w.rsplit("/", 1)[-1].rsplit(".", 1)[0].lower()
            if any(n.lower() in re.split(r"[-_.]", stem) or n.lower() == stem for n in names):
                return True
    return False


def omitted(a: Analysis, text: str) -> tuple[str, str] | None:
    """("deny" | "ask", why) when the newest request requires an option the command leaves out, or gives it another
    value than the one said."""
    from automode.knowledge.slot_omitted import omitted as rows

    newest = a.ctx.user_messages[-1][:4000]
    for c in a.commands:
        for row, value in rows(c):
            said = said_need(newest, row.needs)
            if said is None or (row.needs in _NEEDS_ONLY and not _ONLY.search(newest)):
                continue
            words = [w.value for w in c.argv[1:]]
            if row.needs == "role" and _playbook_named(words, said):
                continue
            short = (c.text or " ".join(w.value for w in c.argv))[:80]
            if value is None:
                what = {"dry": "said not to run it for real", "end": "gave an end"}.get(row.needs, f"named the {row.needs} "
                                                                                      f"{said[0] if said else ''}")
                opt = f" ({' / '.join(sorted(row.opts)[:2])})" if row.opts else ""
                return row.verdict, (f"you {what.strip()}; `{short}` leaves that out{opt}, so {row.without} "
                                     f"(instead: {row.instead})")
            if said and value and not _carried(value, said):
                return row.verdict, f"you named the {row.needs} {said[0]}; `{short}` gives {value!r}"
    return None


def swapped(a: Analysis, text: str) -> tuple[str, str] | None:
    """("deny", why) when the newest request says an act and the command does another act of the same program."""
    from automode.knowledge.slot_verbs import ASKS_OTHER, SAID, SWAPS

    newest = a.ctx.user_messages[-1][:4000]
    for c in a.commands:
        name = c.name.rsplit("/", 1)[-1]
        rows = [r for r in SWAPS if name in r.programs or c.name in r.programs]
        if not rows:
            continue
        body = " ".join(w.value for w in c.argv[1:])
        for row in rows:
            if not lazyre.built(row.act).search(body) or not lazyre.built("(?i)" + SAID[row.said]).search(newest):
                continue
            if _wanted(ASKS_OTHER[row.said], newest):
                continue  # ("resize it, or rebuild it if that is simpler": the other act is asked for too)
            if row.said == "restart" and _brought_back(a, c):
                continue  # (`docker compose down && docker compose up -d`, `systemctl stop X; systemctl start X`)
            if row.said == "tunnel" and _reach_said(a):
                continue  # "a tunnel my colleagues can use from the LAN": the reach is asked for
            if row.said == "no_install" and _install_after_no(newest):
                continue
            return "deny", f"{row.why} (you asked for it otherwise; instead: {row.instead})"
    return None


#: A negation before the word (within three words) or after it (the languages that put it last), in the languages
#: requests come in: "no drain", "without draining", "ما بدي أي drain", "drain はしないで", "不要 drain", "ohne drain".
_NEG_BEFORE = lazyre.compile(r"(?i)(?:\b(?:no|not|don'?t|do\s+not|never|without|nor|nicht|kein\w*|ohne|pas|sans|ni|sin|"
                             r"sem|nem|não|nao|senza|non|bez|nie|не|без|ни|niet|geen|zonder|inte|utan|ikke|uden|ei|"
                             r"ilman|değil|yok|không|đừng|chẳng|jangan|tanpa|bukan|μην|δεν|χωρίς|ne)\b|"
                             r"(?<!\w)(?:ما|لا|مش|بدون|بلا|لن|لم|אל|לא|בלי|ללא|नहीं|मत|बिना|不要|别|別|不|没有|無し|なし))"
                             r"\W+(?:\w+\W+){0,2}$")
_NEG_AFTER = lazyre.compile(r"^\W*(?:\w+\W+)?(?:は|を)?\s*(?:しない|せず|しないで|不要|하지\s*마|하지\s*않|말고|نہیں|नहीं|मत)")


def _wanted(pattern: str, text: str) -> bool:
    """The act of `pattern` asked for in `text`: an occurrence that no negation governs ("cordon it, no drain" asks
    for none; "cordon and drain node-7" asks for the drain)."""
    for m in re.finditer("(?i)" + pattern, text):
        if _NEG_BEFORE.search(text[max(0, m.start() - 40):m.start()]) or _NEG_AFTER.search(text[m.end():m.end() + 20]):
            continue
        return True
    return False


#: Words of a command that brings a service back after it was stopped (`… up -d`, `start`, `enable --now`).
_BACK = frozenset({"start", "up", "restart", "reload", "enable", "bootstrap", "load", "kickstart", "run", "resurrect",
                   "-r", "--reboot"})


def _brought_back(a: Analysis, c: object) -> bool:
    """A later command of the same program that starts what `c` stopped: a stop and a start make the restart said."""
    cmds = list(a.commands)
    if c not in cmds:
        return False
    i = cmds.index(c)
    name = cmds[i].name.rsplit("/", 1)[-1]
    return any(d.name.rsplit("/", 1)[-1] == name and any(w.value in _BACK for w in d.argv[1:]) for d in cmds[i + 1:])


def _reach_said(a: Analysis) -> bool:
    from automode.judge.release import _REACH

    return any(_REACH.search(m) for m in a.ctx.user_messages[-3:])


_INSTALL_LATER = lazyre.compile(r"(?i)\b(?:now|then|after\s+all|actually)\s+(?:\w+\s+){0,2}install\b")


def _install_after_no(text: str) -> bool:
    """A later clause of the same message that asks for the install after all ("don't install yet … now install")."""
    return _INSTALL_LATER.search(text) is not None


# ------------------------------------------------------------------ tool calls: an end, a poster's identity
def _keys(obj: object) -> dict[str, object]:
    out: dict[str, object] = {}
    if isinstance(obj, dict):
        for k, v in obj.items():
            out[str(k).lower()] = v
            out.update(_keys(v))
    elif isinstance(obj, list):
        for v in obj:
            out.update(_keys(v))
    return out


def end_missing(a: Analysis, text: str) -> tuple[str, str] | None:
    """("deny", why) when a mute or silence call carries no end and the newest request gives one ("for two hours")."""
    from automode.knowledge.slot_omitted import END_KEYS, END_TOOLS

    tool = a.action.tool.split("__")[-1]
    if not re.search(END_TOOLS, tool) or re.search(r"(?i)^(?:un|get|list|describe|search)", tool):
        return None
    newest = a.ctx.user_messages[-1][:4000]
    if said_need(newest, "end") is None:
        return None
    keys = _keys(a.action.input)
    if any((k in END_KEYS or _END_KEY.search(k)) and v not in (None, "", 0, False) for k, v in keys.items()):
        return None
    return "deny", (f"you gave it an end; `{tool}` carries none, so it stays that way until someone undoes it "
                    "(instead: give the call its end time)")


#: Keys that carry an end, however a tool spells them (`scheduled_until`, `endTime`, `expiresAt`, `duration_minutes`).
_END_KEY = lazyre.compile(r"(?:^|_)(?:end|ends|until|expir\w*|duration\w*|ttl|timeout|minutes|hours|stop)|"
                          r"(?:end|until)_?(?:at|time|date|ts)?$")
_POST_TOOL = lazyre.compile(r"(?i)post|send|message|chat|reply|comment|publish|notify")
_IDENTITY_KEYS = frozenset({"username", "icon_emoji", "icon_url", "author_name", "display_name", "sender_name",
                            "from_name", "bot_name", "avatar_url", "persona"})


def identity(a: Analysis, text: str) -> tuple[str, str] | None:
    """("ask", why) when a post carries a name or an icon to post under that the user's words do not give."""
    if not _POST_TOOL.search(a.action.tool.split("__")[-1]) or not isinstance(a.action.input, dict):
        return None
    low = text.lower()
    for k, v in a.action.input.items():
        if str(k).lower() not in _IDENTITY_KEYS or not isinstance(v, str) or not v.strip():
            continue
        if v.lower().strip(":") in low or v.lower() in low:
            continue
        return "ask", f"this posts under {k} {v!r}, which you did not choose"
    return None
