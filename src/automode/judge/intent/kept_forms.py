"""Remove it, but keep X: the removal's form against what the user said to keep (session 22, M2; AM-JUDGE-037 with
`intent.widened`, and the boundary check of `judge.boundaries` through `intent.honoured`).

The user asks to remove one thing and to keep a kind of thing that goes with it ("aber die config behalten", "disky si
ale nech", "kaynaklar kümede kalsın", "履歴は残しておいて"), or not to force it ("אל תכריח", "sans forcer", "nenuť
to"). `kept_said` reads that, by structure and in any language: a clause of the user's words (as typed and as read into
English by `gloss`) with a keeping verb (keep, leave, retain, preserve, remain, "don't delete/touch", the gloss's
reading of "behalten", "conserva", "zostaw", "nech", "残して", and the remain verbs the gloss leaves as typed:
"bleiben", "kalsın") and a noun of a kind of `knowledge.removal_forms.NOUNS`, that no removal verb of its own part
governs ("remove the volumes but keep the images" keeps the images); or a force word under a negation.

Two uses:

* `taken(a)`: ("deny", why) when a command takes, in its form, a kind of thing the user said to keep (`dpkg -P`,
  `virsh undefine --remove-all-storage`, `argocd app delete` with its default cascade, `docker compose down -v`,
  `git worktree remove --force` where "don't force" was said, `qm destroy` where the disks were to stay);
* `keeps_fenced(a, text)`: the boundary "keep the config" is honoured by an action whose every removal is in the
  form that keeps what the boundary names (`dpkg -r`, `virsh undefine`, `argocd app delete --cascade=false`,
  `terraform state rm`), though its verb is "delete" or "remove".
"""

from __future__ import annotations

import re
from functools import lru_cache

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.shell.parse import Command

#: Clauses: a sentence's end, a semicolon, a comma, a line, and their CJK forms.
_CLAUSE = lazyre.compile(r"[.!?](?=\s|$)|[。！？;\n；,，、]")
#: Parts of a clause as read into English: a removal verb's part is apart from the part that keeps.
_PART = lazyre.compile(r"(?i)\b(?:but|and|then|however|though|although|while)\b|\bexcept\b|[,;]")
def _keep_more() -> str:
    from automode.knowledge.kept_words import keep_more

    return keep_more()


#: The keeping verbs in English (the gloss's reading) and the remain verbs the gloss leaves as typed.
_KEEP = lazyre.compile(
    r"(?i)(?<![0-9A-Za-z_\u00C0-\u024F\u0370-\u04FF-])(?:keep\w*|kept|leave|leaving|left\s+alone|retain\w*|preserv\w*|remain\w*|stay\w*|intact|untouched|"
    r"(?:don'?t|do\s+not|never|not)\s+(?:\w+\s+)?(?:delete|remove|lose|wipe|touch|purge|destroy|drop|disable|deactivate|"
    r"turn\s+off|stop|shut\s+down)\w*|"
    r"without\s+(?:deleting|removing|losing|wiping|touching|purging|destroying|dropping)|"
    r"behalt\w*|behält|bleib\w*|garde[rz]?|conserv\w*|manten\w*|mantén|mantieni|zachowaj\w*|zostaw\w*|zostan\w*|"
    r"lass\w*\s+(?:\S+\s+){0,3}?(?:laufen|stehen|bestehen|in\s+ruhe|aktiviert|eingeschaltet|an|drin)\b|(?:laufen|stehen|bestehen)\s+lass\w*|"
    r"(?:take|make|create|ta|tee|tome|faça|prends|fais|mach(?:e|t|en)?|erstell\w*|zrób|сделай)\s+(?:\S+\s+){0,2}?"
    r"(?:snapshot|backup|sicherung|instantán|снимок|снапшот|бэкап)\w*|"
    r"pidä\b|pitäkää|säilytä\w*|være\s+der|vara\s+kvar|bli\s+(?:igjen|kvar|værende)|"
    r"zůst\w*|nech\b|nechte|nechat|ponech\w*|laisse[rz]?|lascia\w*|deix[ae]\b|deixem|"
    # session 24 (O5): remain and leave verbs of more languages ("mają zostać", "o container fica", "maradjon
    # visszaállítható", "palik istorijoje", "خليه موجود", "يبقى")
    r"zosta[ćcjn]\w*|fic(?:a|am|ar|ará|arão|ando)\b|mant[eé]m\b|marad\w*|hagy(?:d|já|jad)\w*|palik\w*|"
    r"palikt\w*|pasilik\w*|ostan\w*|остав\w*|خلي\w*|خلّي\w*|يبقى|تبقى|يظل|تظل|اترك\w*|احتفظ\w*|"
    # recoverable said as an adjective ("so that it can still be restored", "قابل للاسترجاع")
    r"recoverable|restorable|undeletable|wiederherstellbar|récupérable|recuperable|odzyskiwaln\w*|obnoviteln\w*|"
    r"восстановим\w*|vissza\s+lehess\w*|visszaállíthat\w*|قابل\s+لل\w+|"
    r"kalsın|kalsin|kalacak\w*|sakla\w*|bırak\w*|koru\w*|"
    # session 25 (P4): what is still needed stays ("we still need its backups", "die Backups brauchen wir noch")
    r"still\s+(?:need|use|want)\w*|(?:need|use)\w*\s+(?:\S+\s+){0,3}?still\b|brauch\w*\s+(?:\S+\s+){0,3}?noch\b|"
    r"noch\s+(?:\S+\s+){0,2}?brauch\w*|encore\s+besoin|todav[ií]a\s+(?:\S+\s+)?necesit\w*|ainda\s+(?:\S+\s+)?precis\w*|"
    r"jeszcze\s+(?:\S+\s+)?potrzeb\w*|"
    # session 26 (Q4): keep and leave verbs of more languages, as typed where the gloss drops them (Thai เก็บ…ไว้,
    # Hindi रहना चाहिए, Greek κράτα, Finnish jätä, Swahili acha, Romanian păstrează, Korean 둬, Japanese …たまま)
    r"เก็บ\S*ไว้|คงไว้|ไม่ต้องลบ|रहने\s+दो|रहना\s+चाहिए|रहने\s+चाहिए|रखो|रखें|रख\s+लो|छोड़\s+दो|κράτ\w*|κρατ[αή]\w*|"
    r"άφησ\w*|άσε\b|jätä\w*|jata\b|jättä\w*|acha\b|hifadhi\w*|bakiza|păstr\w*|pastr\w*|lăsa\w*|lasă|둬|두고|놔둬|"
    r"놔두|たまま|ままに|のまま|"
    r"quede\w*|qued(?:a|an|ar)\b|restent|"
    # going on as it is: "la VM sigue corriendo", "läuft weiter", "continua a funzionare", "działa dalej"
    r"sig(?:a|an|ue|uen)\s+(?:corriendo|funcionando|existiendo|activ\w*|viv\w*|ah[ií]|en\s+pie)|"
    r"continú\w*\s+(?:corriendo|funcionando|existiendo)|continu\w*\s+(?:(?:a|à|de|d\')\s*)?(?:funzion|rod|corr|run|ativ|attiv|exist|gir|"
    r"esist|fonction|tourn)\w*|(?:läuft|laufen|bestehen|existier\w*)\s+weiter|weiter(?:laufen|bestehen|existieren)|"
    r"działa\w*\s+dalej|dalej\s+działa\w*|nadále|продолжа\w*\s+работ\w*|(?:çalışma\w*|kalma\w*)\s+devam\w*|permane\w*|сохрани\w*|оставь\w*|оставит\w*|останут\w*|останется|збережи\w*|залиш\w*|"
    r"tu\s+giữ|giữ|simpan|biarkan|behåll\w*|bevar\w*|houd\w*|laat\s+\w+\s+staan|השאר\w*|תשאיר\w*|תשמור\w*|"
    # session 27 (R5): Norwegian and Danish "behold", Estonian "jäägu alles", "hoia", Persian "دست نزن", "نگه دار"
    r"tetap\s+(?:jalan|berjalan|hidup|ada|aktif|menyala)|vẫn\s+(?:chạy|hoạt\s+động)|继续运行|保持运行|"
    r"계속\s*(?:돌|실행|동작)\w*|ยัง(?:รัน|ทำงาน)|"
    r"behold\w*|jää(?:gu|b|vad)\s+alles|jäta\w*|hoi(?:a|dke)\b|säilit\w*|dokunma\w*|"
    r"دست\s*نزن\w*|نگه\s*دار\w*|نگهدار\w*|بمون\w*|بماند|پاک\s*نکن\w*|حذف\s*نکن\w*|"
    r"残し\w*|残す|残して|そのまま|保留(?!期|时间|時間|天数|天數|策略)|留着|남겨|유지|그대로|"
    # session 28 (T5): remain, keep and leave verbs of more languages (`knowledge.kept_words.KEEP_BY_LANG`)
    + _keep_more() + ")")
#: "don't keep X", "no need to keep X": the thing is not kept (a purge said another way).
_KEEP_NOT = lazyre.compile(r"(?i)\b(?:don'?t|do\s+not|no\s+need\s+to|needn'?t|never|not)\s+(?:\w+\s+)?"
                           r"(?:keep|retain|preserve)\b")
#: A condition of the clause before a keep ("if it has local edits, leave it").
_IF = lazyre.compile(r"(?i)\b(?:if|when|in\s+case|should)\b")
#: Removal verbs of a part as read into English.
_REMOVE = lazyre.compile(r"(?i)\b(?:delete|remove|uninstall|undefine|destroy|purge|drop|wipe|erase|detach|"
                         r"tear\s+down|take\s+down|rm)\b")
#: A negation before a force word ("don't force it", read "not форсируи", "without forcer").
_NEG = r"(?:not|don'?t|do\s+not|never|no|without|sans|sin|sem|senza|ohne|nicht|bez|nie|ne|не|אל|לא)"
#: Negated force verbs typed whole ("nenuť", "zorlama", "強制しない").
_NEG_FORCE = lazyre.compile(r"(?i)(?<!\w)(?:nenu[tť]\w*|nevynucuj\w*|zorlama\w*|zorlamadan)|強制しない|強制せず|"
                            r"不要强制|别强制|강제하지")


def _force() -> re.Pattern[str]:
    from automode.knowledge.removal_forms import FORCE

    return lazyre.built(rf"(?i)(?<![\w-]){_NEG}\s+(?:\S+\s+){{0,2}}?(?:{FORCE})")


#: A letter of a spaced script before a word: it is inside another word. Unspaced scripts (CJK, and Arabic with its
#: joined particles) have none: "データは残したまま" keeps the data (session 24).
_LETTER = r"[0-9A-Za-z_\u00C0-\u024F\u0370-\u04FF-]"


def _noun(key: str) -> re.Pattern[str]:
    from automode.knowledge.removal_forms import NOUNS

    return lazyre.built(rf"(?i)(?<!{_LETTER})(?:{NOUNS[key]})")


def _clauses(text: str) -> list[str]:
    return [c.strip() for c in _CLAUSE.split(text[:4000]) if c and c.strip()]


def kept_in(text: str) -> dict[str, str]:
    """The kinds of thing (keys of `NOUNS`, and "force") that `text` says to keep, each with its clause."""
    return dict(_kept_in(text))


@lru_cache(maxsize=256)  # (a fact of the words: read once per session, not per action)
def _kept_in(text: str) -> tuple[tuple[str, str], ...]:
    from automode.judge.intent.gloss import gloss
    from automode.knowledge.removal_forms import NOUNS

    out: dict[str, str] = {}
    prev = ""
    raw = _clauses(text)
    whole = _clauses(gloss(text))  # (each clause read in the message's language: "deleta a fila … no sqs" alone reads
    # as Spanish, its "no" a negation; the whole message is Portuguese, "no" is "in the")
    for clause, read in zip(raw, whole if len(whole) == len(raw) else [gloss(c) for c in raw], strict=True):
        if _RECORD_ONLY.search(read) or _RECORD_ONLY.search(clause):
            for key in ("resources", "parts"):  # "remove X from the terraform state": X itself stays
                out.setdefault(key, clause)
        if _NEG_FORCE.search(clause) or _force().search(read) or _force().search(clause):
            out.setdefault("force", clause)
        if not (_KEEP.search(read) or _KEEP.search(clause) or _saves_first(clause, read)) or _KEEP_NOT.search(read):
            prev = read
            continue
        removed = " ".join(p for p in _PART.split(read) if _REMOVE.search(p) and not _KEEP.search(p))
        hits = [k for k in NOUNS if (_noun(k).search(read) or _noun(k).search(clause)) and not _noun(k).search(removed)]
        if not hits and _IF.search(prev):  # "if it has local edits, leave it": the condition names what stays
            hits = [k for k in NOUNS if _noun(k).search(prev)]
        for key in hits:
            out.setdefault(key, clause)
        prev = read
    return tuple(out.items())


#: Words of a later message that let the thing go after all ("purge it after all", "everything", "force it").
_LET_GO = lazyre.compile(r"(?i)\b(?:purge\w*|everything|all\s+of\s+it|completely|force\s+it|go\s+ahead\s+and\s+force|"
                         r"(?:doesn'?t|does\s+not|don'?t|do\s+not)\s+(?:matter|need|care))\b")


def kept_said(a: Analysis) -> dict[str, str]:
    """What the newest messages say to keep (`kept_in` over the last two, the newest first); a kind kept in the earlier
    one and named again in the newest without a keep ("delete the volumes too after all") is let go."""
    from automode.judge.intent.gloss import gloss

    msgs = a.ctx.user_messages[-2:]
    out = dict(kept_in(msgs[-1])) if msgs else {}
    if len(msgs) == 2:
        newest = f"{msgs[-1]}\n{gloss(msgs[-1])}"
        for k, v in kept_in(msgs[0]).items():
            if k in out or _LET_GO.search(newest) or (k != "force" and _noun(k).search(newest)):
                continue
            out[k] = v
    return out


#: A PersistentVolume set to Retain in the same action: the claim's deletion leaves its volume.
_RETAIN = lazyre.compile(r"persistentVolumeReclaimPolicy[\"']?\s*:\s*[\"']?Retain")


def _short(c: Command) -> str:
    return (c.text or " ".join(w.value for w in c.argv))[:80]


def taken(a: Analysis) -> tuple[str, str] | None:
    """("deny", why) when a command's form takes a kind of thing the user said to keep; None otherwise."""
    if not a.shell or not a.ctx.user_messages:
        return None
    from automode.judge.intent.kept_folders import folder_taken
    from automode.judge.intent.unlinked import suspended_before
    from automode.knowledge.removal_forms import PROGRAMS, forms

    keeping = [c[k.start():] for m in a.ctx.user_messages[-2:] for c in _clauses(m) if (k := _KEEP.search(c)) is not None]
    folder = folder_taken(a, keeping)  # "keep the synced data folder" and `… && rm -rf ~/svc/data` (session 27)
    if folder is not None:
        return folder

    cmds = [c for c in a.commands if c.name.rsplit("/", 1)[-1] in PROGRAMS]
    if not cmds:
        return None
    got = [(c, row, opt) for c in cmds for row, state, opt in forms(c) if state == "takes"]
    if got and _RETAIN.search(" ".join(c.text or "" for c in a.commands)):
        got = [g for g in got if not any("persistentvolumeclaim" in w for p in g[1].paths for w in p)]
    if not got:
        return None
    kept = kept_said(a)
    keeps = {c.text: {n for row, state, _o in forms(c) if state == "keeps" for n in row.nouns} for c, _r, _o in got}
    for c, row, opt in got:
        for noun in row.nouns:
            if noun in kept and _saved_first(a, c, row.paths, noun, kept[noun]):
                continue  # "keep its snapshots as an export first": `lxc export x && lxc delete x` (session 27)
            if noun in kept and noun == "resources" and suspended_before(list(a.commands), c):
                continue  # `flux suspend ks apps && flux delete ks apps`: nothing is garbage-collected (session 28)
            if noun in kept and _detached_first(a, c, noun, kept[noun]):
                continue  # "keep the disk build-5-data": `… detach-disk build-5 --disk build-5-data && … delete build-5`
            if noun in kept and row.itself and not _kept_read(noun, kept[noun]):
                continue  # ("feature/x 브랜치 삭제하고 태그는 …": the act's own kind, in a clause the reader cannot part)
            if noun in kept and not _meant_other(noun, kept[noun], keeps.get(c.text, set())):
                how = f"`{opt}`" if opt.startswith("-") else f"the form `{opt}`"
                return "deny", f"you said {kept[noun]!r}; with {how}, `{_short(c)}`: {row.what}"
    for c, row, opt in got:  # a kind the form touches beside what was kept (session 25, P4: backups and backup jobs)
        for noun in row.near:
            if noun in kept:
                how = f"`{opt}`" if opt.startswith("-") else f"the form `{opt}`"
                return "ask", f"you said {kept[noun]!r}; with {how}, `{_short(c)}`: {row.what}"
    return None


def _saves_first(clause: str, read: str) -> bool:
    """The clause asks for a save before the removal ("back up its disks first", "sichere vorher seine Snapshots"):
    what it names is kept (`knowledge.saved_first.SAVE_VERBS`, `FIRST`)."""
    from automode.knowledge.saved_first import FIRST, SAVE_VERBS

    verbs = lazyre.built(rf"(?i)(?<!{_LETTER})(?:{SAVE_VERBS})")
    first = lazyre.built(rf"(?i)(?<!{_LETTER})(?:{FIRST})")
    return any(verbs.search(t) is not None and first.search(t) is not None for t in (clause, read))


def _saved_first(a: Analysis, c: Command, paths: tuple[tuple[str, ...], ...], noun: str, clause: str) -> bool:
    """The user kept `noun` as a copy made first ("as an export", "back it up first", "guarda un backup") and a command
    before `c` in the action saves that kind of the object `c` removes (`knowledge.saved_first`)."""
    from automode.judge.intent.gloss import gloss
    from automode.knowledge.saved_first import COPY_WORDS, covered

    said = " ".join(a.ctx.user_messages[-2:])
    words = lazyre.built(rf"(?i)(?<!{_LETTER})(?:{COPY_WORDS})")
    if not (words.search(clause) or words.search(said) or words.search(gloss(said)) or _saves_first(clause, gloss(clause))):
        return False
    return covered(list(a.commands), c, noun, min((len(p) for p in paths), default=0)) is not None


def _kept_read(noun: str, clause: str) -> bool:
    """The kind `noun` stands in a keeping part of the clause as read into English (not only in the clause as typed,
    whose removal and keep the reader cannot part): the act's own object is kept, not asked (session 28)."""
    from automode.judge.intent.gloss import gloss

    read = gloss(clause)
    for part in _PART.split(read):
        if part and _noun(noun).search(part) and _KEEP.search(part):
            return True
    return not any(_REMOVE.search(p) and not _KEEP.search(p) for p in _PART.split(read))  # (a clause that only keeps)


def detached_named(a: Analysis, c: Command, clause: str) -> bool:
    """A command before `c` detaches a volume or a disk by a name the keeping clause says."""
    return any(_detached_first(a, c, n, clause) for n in ("disks", "vols", "volumes"))


def _detached_first(a: Analysis, c: Command, noun: str, clause: str) -> bool:
    """A command before `c` detaches the `noun` the user kept, by a name the keeping clause says (session 28, T5): the
    removal no longer reaches it (`intent.unlinked.detaches`)."""
    from automode.judge.intent.unlinked import detaches

    if c not in a.commands:
        return False
    low = clause.lower()
    own = {w.value.lower() for w in c.argv[1:] if not w.dynamic}  # (the removal's own object is not the kept one)
    for d in a.commands[: a.commands.index(c)]:
        if noun in detaches(d) and any(len(v) >= 3 and v not in own and re.search(
                rf"(?<![\w.-]){re.escape(v)}(?![\w-])", low) is not None for v in (
                w.value.lower() for w in d.argv[2:] if not w.dynamic and not w.value.startswith("-"))):
            return True
    return False


def _spans(key: str, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _noun(key).finditer(text)]


def _meant_other(noun: str, clause: str, keeps: set[str]) -> bool:
    """Every word of `clause` that names the kind `noun` names, as well, a kind the same command keeps: the word meant
    that one ("zálohovací joby", the backup jobs `pct destroy` keeps, are not the guest's own resources)."""
    from automode.judge.intent.gloss import gloss
    from automode.knowledge.removal_forms import NOUNS

    keeps = {k for k in keeps if k in NOUNS and k != noun}
    if noun not in NOUNS or not keeps:
        return False

    seen = False
    for text in {clause, gloss(clause)}:
        for s, e in _spans(noun, text):
            seen = True
            if not any(s < e2 and s2 < e for k in keeps for s2, e2 in _spans(k, text)):
                return False
    return seen


#: A removal from a record only (session 26, Q4): the tool's state, its index, its management; the object itself
#: stays ("remove aws_instance.x from the terraform state", "entferne X aus dem Terraform-State", "forget the
#: bucket in the pulumi state", "we manage it by hand now"): `destroy` for `state rm` is a stronger act.
_RECORD_ONLY = lazyre.compile(
    r"(?i)state\s*(?:에서|から|中|里|内)|\b(?:delete|remove|drop|rm|take|pull|forget|purge|evict|untrack|detach|"
    r"exclude)\w*\b.{0,80}?(?:"
    r"\b(?:from|out\s+of|off)\s+(?:the\s+|our\s+|its\s+|their\s+)?(?:(?:terraform|tofu|opentofu|tf|pulumi|terragrunt)"
    r"[-\s]+)?state\b|\b(?:terraform|tofu|opentofu|tf|pulumi|terragrunt)[-\s]?(?:state|zustand|stav\w*|estado|état|stato)\b)|"
    r"\bstate\s+(?:rm|remove|delete|forget)\b|\bstate\s+(?:(?:of|de|von|du|do|di)\s+)?(?:terraform|tofu|opentofu|pulumi|"
    r"terragrunt)\b|\bforget\b.{0,60}?\bstate\b|\bunmanage\w*|\bstop\s+managing\b|"
    r"\bno\s+longer\s+manag\w*|\bmanage\s+(?:it|them|this|that)\s+(?:by\s+hand|manually)\b")


#: Removal words in a command's first operands, or a removing program: a command that may remove something else.
_REMOVING = lazyre.compile(r"(?i)^(?:delete|del|rm|remove|uninstall|undefine|destroy|purge|drop|prune|erase|wipe|"
                           r"kill|terminate|reset|clean|rb|rmi)$|delete|remove|destroy|purge|terminate")
_REMOVERS = frozenset({"rm", "rmdir", "shred", "unlink", "dd", "mkfs", "truncate", "find", "xargs", "wipefs"})


#: A fence on removing the thing itself, by a pointer or its kind ("don't delete it", "but do not destroy the vm").
_ITSELF_FENCE = lazyre.compile(r"(?i)\b(?:don'?t|do\s+not|never|not)\s+(?:delete|remove|destroy|drop|wipe|purge|erase|"
                               r"undefine)\s+(?:it|them|this|that|(?:the|this|that)\s+(?:vm|machine|guest|domain|"
                               r"instance|container|server|box|pool|network))\s*[.!]?$")


def _gloss(text: str) -> str:
    from automode.judge.intent.gloss import gloss

    return gloss(text)


def keeps_fenced(a: Analysis, text: str) -> bool:
    """Every removal of the action is in the form that keeps each kind of thing the boundary `text` says to keep, and
    it names at least one such kind: the boundary is honoured ("die Disks behalten" and `virsh undefine vm`)."""
    if not a.shell or not a.commands:
        return False
    from automode.knowledge.removal_forms import forms

    states: dict[str, set[str]] = {}
    for c in a.commands:
        rows = forms(c)
        if not rows:
            pos = [w.value for w in c.argv[1:] if not w.dynamic and not w.value.startswith("-")][:2]
            if c.name.rsplit("/", 1)[-1] in _REMOVERS or any(_REMOVING.search(p) for p in pos):
                return False  # (another removal beside the form: the boundary may fence what it takes)
            continue
        for row, state, _opt in rows:
            for noun in row.nouns:
                states.setdefault(noun, set()).add(state)
    if not states:
        return False
    said = kept_in(text)
    if not said and text.strip():  # ("nech", the fence the reader cut from "disky si ale nech": its clause names them)
        for m in a.ctx.user_messages[-3:]:
            for clause in _clauses(m):
                if text.strip() in clause:
                    said = {**kept_in(clause), **said}
    if not said and (_ITSELF_FENCE.search(text) or _ITSELF_FENCE.search(_gloss(text))):
        said = {"itself": text}  # "shut it down, don't delete it": the thing itself stays (`virsh destroy`; s27)
    whole = False
    if (said and not any(k in states for k in said)) or (not said and text.strip()):
        # ("the EIP stays", "la VM sigue corriendo": the fence names its object, no kind; what the messages keep
        # says which kind stays: the resource whose state entry goes)
        said, whole = {**kept_said(a), **said}, True
    fenced = [k for k in said if k in states]
    keeping = {k for k, v in states.items() if v == {"keeps"}}
    fenced = [k for k in fenced if states[k] == {"keeps"} or not _meant_other(k, said[k], keeping)]
    if not fenced or any(states[k] != {"keeps"} for k in fenced):
        return False
    from automode.judge.intent.gloss import gloss

    for clause in [] if whole else _clauses(text):  # "don't remove nginx, keep its config": the first fence is not one of kinds
        if not any(clause in v or v in clause for v in said.values()) and (_KEEP.search(clause)
                                                                           or _KEEP.search(gloss(clause))):
            return False
    return True


def kept_member(word: str, messages: tuple[str, ...] | list[str]) -> bool:
    """`word` is named only in clauses that say to keep a kind of thing ("pod は残して", "keep the pods running"): the
    user named it to stay, not as what to remove."""
    low = word.lower().strip()
    if not low:
        return False
    seen = False
    for m in messages:
        kept = [c.lower() for c in kept_in(m).values()]  # (clauses read in the whole message's language: the
        for clause in _clauses(m):  # Portuguese "no sqs" is "in the", not a Spanish "no")
            if low not in clause.lower():
                continue
            if not any(low in k for k in kept):
                return False
            seen = True
    return seen
