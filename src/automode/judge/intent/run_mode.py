"""The mode slot (session 13, S3): the user asked for a dry run, a plan, a check, a what-if, a diff, or for a change
that lasts only this session; the action runs for real, or for good.

The user side: the newest message that asks for a mode (and no later "for real" / "go ahead"), in the words people
use in the languages the reader knows ("dry run", "just a plan", "what would change", "without applying", "à blanc",
"en seco", "na sucho", "Probelauf", "ohne sie auszuführen", "ドライラン", "试运行"; "only for this session",
"temporarily", "nur für diese Sitzung", "このセッションだけ"). The action side is knowledge (`knowledge.modeflags`:
which programs have a dry form and which option gives it, which commands make a setting last), read on every surface:
shell and PowerShell commands, tool calls (a `dry_run`/`preview`/`validate_only` key), and the commands a sub-agent
brief spells. A command with a known dry form run without it is refused (the dry form is suggested); a change with no
dry form automode knows is asked; a lasting change where the session was asked is asked.
"""

from __future__ import annotations

from functools import lru_cache

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

_ONLY = (r"(?:just|only|juste|seulement|uniquement|nur|solo|sólo|só|somente|apenas|soltanto|tylko|jen|pouze|только|"
         r"лише|alleen|bara|endast|sadece|yalnızca|chỉ|hanya)")
_ART = r"(?:a|an|the|un|une|le|la|el|um|uma|o|ein|einen|eine|den|die|das|een|de|il|lo)"
#: A request for a dry run, a plan, a what-if, a check or a diff (not a topic: "fix the preview page" asks none).
_DRY = lazyre.compile(
    r"(?i)\bdry[- _]?runs?\b|\bdryrun\b|--dry-run|\bwhat-if\b|-whatif\b|\bsimulate\s+(?:the|a|an|it|this|that|what|how)\b|"
    r"\b(?:in\s+)?simulation\s+mode\b|--noop\b|--pretend\b|"
    r"\bcheck[- ]mode\b|\bcheck[- ]only\b|\bplan[- ]only\b|\bread[- ]only\s+(?:run|mode|pass)\b|"
    rf"\b{_ONLY}\s+(?:{_ART}\s+)?(?:plan|plano|piano|diff|preview|aperçu|vorschau|podgląd|check|lint|report|simulation|"
    r"simulación|simulação|simulazione|anteprima|vista\s+previa|pré-visualização|проверк\w+)\b|"
    r"\b(?:show|tell|list)\s+(?:me\s+|us\s+)?(?:first\s+)?(?:what|which)\s+(?:\w+\s+){0,4}?(?:would|will|is\s+going\s+to)\b|"
    r"\bwhat\s+(?:would|will)\s+(?:\w+\s+){0,3}?(?:change|happen|be\s+(?:deleted|removed|changed|applied|migrated|synced|"
    r"copied|uploaded|dropped|touched|overwritten))\b|"
    r"\b(?:show\s+me|see|preview|review)\s+(?:the\s+)?(?:diff|plan|changes)\s+(?:first|before)\b|\bdiff\s+first\b|"
    r"\b(?:just|only)\s+show\s+(?:me|us)\b|^\W*(?:please\s+)?preview\s+(?:the|what|it|this|that|my|our)\b|"
    r"\bzeig\s+mir\s+nur\b|\bnur\s+(?:an)?zeigen\b|\bmontre[sz]?(?:-moi)?\s+(?:juste|seulement)\b|"
    r"\b(?:muéstrame|enséñame)\s+(?:solo|sólo)\b|\b(?:solo|sólo)\s+(?:muéstrame|enséñame|mostrar)\b|"
    r"\b(?:mostra-me|me\s+mostra|mostre-me)\s+(?:só|apenas)\b|\b(?:só|apenas)\s+(?:me\s+)?(?:mostra|mostre)\b|"
    r"\bmostrami\s+solo\b|\bsolo\s+mostrami\b|\b(?:pokaż\s+tylko|tylko\s+pokaż)\b|\b(?:покажи\s+только|"
    r"только\s+покажи)\b|\btoon\s+(?:me\s+)?alleen\b|\bvisa\s+bara\b|\bsadece\s+göster\b|見せるだけ|表示だけ|"
    r"只(?:是)?(?:看看|显示|展示|预览)|보여주기만|"
    r"\bwithout\s+(?:actually\s+)?(?:applying|executing|running\s+it|making\s+(?:any\s+)?changes|changing\s+anything|"
    r"writing\s+anything|committing\s+anything)\b|"
    r"\bdon'?t\s+(?:actually\s+)?(?:apply|execute|run\s+it\s+for\s+real)\s+(?:anything|it|them|yet|any\w*)\b|"
    r"\bnot\s+for\s+real\b|"
    # other languages
    r"\b(?:à\s+blanc|en\s+seco|a\s+seco|a\s+secco|na\s+sucho|nanečisto|всухую|на\s+сухую|proefdraai\w*|torrkörning|"
    r"kuru\s+çalıştır\w*|probelauf|trockenlauf|testlauf)\b|"
    r"\b(?:simuliere|simulier\s+(?:es|das)|simulez|simule[sz]?\s+(?:le|la|les|el|lo|o|a|il)|simula\s+(?:el|la|lo|o|a|il|"
    r"l')|symuluj|modo\s+(?:de\s+)?simulaç?[ãa]o|modo\s+(?:de\s+)?simulación|mode\s+simulation|simulationsmodus|"
    r"modalità\s+(?:di\s+)?simulazione|trybie\s+symulacji)\b|"
    r"\b(?:ohne|sans|sin|sem|senza|bez|zonder|utan\s+att|без)\s+(?:\w+\s+){0,2}?(?:auszuführen|anzuwenden|appliquer|"
    r"exécuter|aplicar|ejecutar|executar|applicare|eseguire|wykonywania|wykonania|stosowania|uit\s+te\s+voeren|"
    r"toe\s+te\s+passen|köra|tillämpa|применения|выполнения)\b|\bsans\s+rien\s+(?:modifier|changer|appliquer)\b|"
    r"\bohne\s+(?:etwas|was)\s+zu\s+ändern\b|\bsin\s+(?:cambiar|tocar|aplicar)\s+nada\b|\bsem\s+(?:alterar|mudar|aplicar)\s+nada\b|"
    # "don't apply (it)" as the imperative is negated in each language
    r"\bне\s+(?:применяй\w*|выполняй\w*|запускай\w*|меняй\w*|накатывай\w*)|"
    r"\bне\s+застосовуй\w*|\b(?:nicht|noch\s+nicht)\s+(?:anwenden|ausführen|übernehmen|einspielen)\b|"
    r"\bwende\b[^.?!\n]{0,30}\bnicht\b[^.?!\n]{0,20}\ban\b|\bn'?(?:e\s+)?(?:l'|les\s+)?(?:applique|exécute|lance)[sz]?\s+pas\b|"
    r"\bno\s+(?:lo\s+|la\s+|los\s+)?(?:apliques|ejecutes|apliquen)\b|"
    r"\bnão\s+(?:o\s+|a\s+)?(?:aplique|aplica|execute|executa|apliques)\b|\bnon\s+(?:applicare|eseguire|applicarlo|"
    r"eseguirlo|applicate|eseguite)\b|\bnie\s+(?:stosuj|wykonuj|uruchamiaj|wdrażaj)\w*|"
    r"\bniet\s+(?:toepassen|uitvoeren|doorvoeren)\b|\binte\s+(?:tillämpa|köra|verkställ)\w*|"
    r"\b(?:uygulamadan|çalıştırmadan)\b|\bкроме\s+плана\b|\b(?:только|лише)\s+(?:план|покажи|посмотр\w+|diff)\b|"
    r"\b(?:was|welche\w*)\b[^.?!\n]{0,60}\bwürden?\b|\bce\s+qui\s+(?:\w+\s+){0,2}?(?:serait|seraient|changerait)\b|\bce\s+qui\s+(?:\w+\s+){0,2}?(?:changerait|serait|se\s+passerait)\b|"
    r"\blo\s+que\s+(?:\w+\s+){0,2}?(?:cambiaría|se\s+borraría|pasaría|haría)\b|\bo\s+que\s+(?:\w+\s+){0,2}?(?:mudaria|"
    r"seria|aconteceria|faria)\b|\bcosa\s+(?:\w+\s+){0,2}?(?:cambierebbe|succederebbe|farebbe)\b|"
    r"ドライ\s?ラン|シミュレーション|実行せず|適用せず|実行しないで|適用しないで|試運転|试运行|演练|预演|模拟运行|不要(?:真正)?(?:执行|应用)|"
    r"드라이\s?런|시뮬레이션|실행하지\s*말고|적용하지\s*말고")
#: A request for a change that lasts only this session.
_SESSION = lazyre.compile(
    r"(?i)\b(?:(?:just|only)\s+)?(?:for|in)\s+(?:this|the\s+current|my\s+current|the)\s+(?:session|shell|terminal|"
    r"process|window|console)(?:\s+only)?\b|\bsession[- ]only\b|\btemporarily\b|\bnot\s+permanent\w*\b|"
    r"\b(?:don'?t|do\s+not)\s+(?:make\s+it\s+permanent|persist|save\s+it)\b|\buntil\s+(?:i\s+)?(?:restart|reboot|log\s+out|"
    r"close)\w*\b|"
    r"\bnur\s+für\s+(?:diese|die\s+aktuelle)\s+(?:sitzung|session|shell)\b|\bvorübergehend\b|"
    r"\bnicht\s+dauerhaft\b|\b(?:seulement|uniquement|juste)\s+pour\s+cette\s+(?:session|console)\b|\btemporairement\b|"
    r"\b(?:solo|sólo)\s+(?:para|en)\s+esta\s+sesión\b|\btemporalmente\b|\b(?:só|somente|apenas)\s+(?:para|nesta)\s+"
    r"(?:esta\s+)?sessão\b|\btemporariamente\b|\bsolo\s+per\s+questa\s+sessione\b|\btemporaneamente\b|\btylko\s+(?:dla|w)\s+"
    r"tej\s+sesji\b|\btymczasowo\b|\bтолько\s+для\s+(?:этой|текущей)\s+сессии\b|\bвременно\b|"
    r"このセッションだけ|このセッションのみ|一時的に|今回だけ|仅(?:限)?(?:本|当前)(?:次)?会话|只在(?:这个|当前)会话|이번\s*세션에서만|임시로")
#: The dry run is over, or the user wants it done for real.
_GO = lazyre.compile(r"(?i)\bfor\s+real\b|\bgo\s+ahead\b|\b(?:now\s+)?(?:apply|run|do|ship)\s+it(?:\s+for\s+real|\s+now)?\b|"
                     r"\bproceed\b|\blooks\s+good\b|\bno\s+(?:more\s+)?dry[- ]?run\b|\bdry[- ]?run\s+(?:is|was|looks|"
                     r"looked|went|passed)\b")


#: A later message that asks for the act itself ("ok that looks right, apply that plan", "ship it", "run the migration").
_ACT = lazyre.compile(r"(?i)\b(?:apply|run|deploy|execute|migrate|publish|push|sync|release|ship|roll\s+out|upgrade|install|"
                      r"delete|remove|do|proceed|go)\b|\blgtm\b|\blooks\s+(?:good|right|fine|ok)\b|\bapproved\b")


#: A test or dry run named as what something was, not asked for ("lösch das Release v0.9.0-rc.1, war ein Testlauf",
#: "it was a dry run").
_DESCRIBED = lazyre.compile(r"(?i)\b(?:war|waren|ist|was|were|is|era|fue|était|etait|foi|было|был|была|byl|była|był)\s+"
                            r"(?:nur\s+|just\s+|only\s+|solo\s+|juste\s+)?(?:ein|eine|a|an|un|une|una|um|uma|een)?\s*"
                            r"(?:testlauf|probelauf|trockenlauf|test[- ]run|dry[- ]?run|proefdraai)\b")


@lru_cache(maxsize=256)
def asked_mode(messages: tuple[str, ...]) -> tuple[str, str] | None:
    """("dry" | "session", the message) for the newest message that asks for a mode, unless a later one asks for the
    act itself (or the same one says to do it for real); None otherwise."""
    from automode.judge.intent.mode_words import general

    later = False
    for m in reversed(messages[-3:]):
        text = _DESCRIBED.sub(" ", m[:4000])
        rest = _GO.sub(" ", text)
        if _GO.search(text) and not _DRY.search(rest) and not general(rest):
            return None
        if _DRY.search(text) or general(text) or _dry_read(text):  # (and "в режиме check", "with --check": `mode_words`)
            return None if later else ("dry", text)
        if _SESSION.search(text):
            return "session", text
        later = later or _ACT.search(text) is not None
    return None


def _dry_read(text: str) -> bool:
    """A dry run asked in a language the mode words do not list, read through the gloss ("ลอง change set ก่อนนะ
    ยังไม่ต้อง execute": don't execute yet; session 25, P4: the execution is what the user held back)."""
    from automode.judge.intent.gloss import gloss, language

    if language(text) is None:
        return False
    read = gloss(text)
    return read != text and _DRY.search(read) is not None and not _GO.search(read)


#: Tool-call keys that make a call a dry run when set.
_DRY_KEYS = frozenset({"dry_run", "dryrun", "preview", "validate_only", "validateonly", "what_if", "whatif", "plan_only",
                       "check_mode", "simulate", "noop"})
#: Start-up files of the shells and the system's environment (what a new session loads).
_STARTUP = lazyre.compile(r"(?:^|/)(?:\.(?:bashrc|bash_profile|bash_login|profile|zshrc|zprofile|zshenv|zlogin|kshrc|"
                          r"cshrc|tcshrc|pam_environment|envrc)|config/fish/(?:config\.fish|conf\.d/[^/]+)|environment|"
                          r"profile\.d/[^/]+|sysctl\.(?:conf|d/[^/]+)|Microsoft\.PowerShell_profile\.ps1|profile\.ps1)$")


def _startup_write(a: Analysis) -> str:
    """A start-up file the action writes (a shell rc, `/etc/environment`, a PowerShell profile, another program's init
    file of `knowledge.later_files`); "" when none."""
    from automode.knowledge.later_files import later_words

    for e in a.effects:
        if e.kind == "write" and e.target and (_STARTUP.search(e.target) or later_words(e.target, a.ctx.home) is not None):
            return e.target
    return ""


def _changes(a: Analysis) -> str:
    """The consequential change an action makes with no dry form automode knows ("" when none)."""
    from automode.knowledge.modeflags import dry_form

    dry = {(c.text or "").strip() for c in a.commands if dry_form(c)} - {""}
    for e in a.effects:
        if dry and e.detail.strip() in dry:
            continue  # (the command's own dry form: `salt … test=True`)
        if e.kind == "delete" and not e.target.startswith(("/tmp/", "/dev/")):
            return f"deletes {e.target}"
        if e.kind == "control" and e.verb in ("delete", "deploy", "publish", "permission", "secret", "message", "update",
                                              "create", "execute"):
            return f"{e.verb}s ({e.detail[:60] or e.target})"
        if e.kind == "network" and e.origin == "send":
            return f"sends to {e.target}"
    return ""


def beyond(a: Analysis) -> tuple[str, str] | None:
    """("" = refuse | "ask", why) when the action runs for real or for good where the user asked for a dry run or for
    this session only; None otherwise."""
    if not a.ctx.user_messages:
        return None
    got = asked_mode(tuple(a.ctx.user_messages))
    if got is None:
        return _own_mode(a)
    mode, text = got
    said = text.lower()
    from automode.knowledge import modeflags

    tool = a.action.tool
    if mode == "session":
        for cmd in a.commands:
            last = modeflags.lasting(cmd)
            if last is not None:
                return "ask", f"you asked for this session only; `{last[0][:80]}` makes it last (session form: {last[1]})"
        kept = _startup_write(a)
        if kept:
            return "ask", f"you asked for this session only; this writes {kept}, which every later session loads"
        return None
    if tool.startswith("mcp__"):
        from automode.judge.intent.mcp import tool_classes

        inp = a.action.input
        if any(str(k).lower().replace("-", "_") in _DRY_KEYS and v not in (False, "false", 0, None, "")
               for k, v in inp.items()):
            return None
        classes = tool_classes(tool)[0]
        if classes - {"read", "draft"}:
            hard = bool(classes & {"delete", "deploy", "publish", "send", "pay"})
            return ("" if hard else "ask"), f"you asked for a dry run; `{tool.split('__')[-1]}` runs for real"
        return None
    if tool in ("Task", "Agent") and _DRY.search(str(a.action.input.get("prompt", ""))):
        return None  # the brief carries the dry run on
    if not a.shell and tool not in ("Task", "Agent"):
        return None
    for cmd in a.commands:  # (a brief's spelled commands are among them: `analysis._delegated_commands`)
        real = modeflags.real_run(cmd, said)
        if real is not None:
            return "", f"you asked for a dry run; `{real[0][:80]}` runs for real (dry form: {real[1]})"
    if not a.shell:
        return None
    change = _changes(a)
    if change:
        return "ask", f"you asked for a dry run; this {change}, and automode knows no dry form of it"
    return None


def _own_mode(a: Analysis) -> tuple[str, str] | None:
    """("", why) when the newest message names a program's own dry mode ("in test mode" for salt's `test=True`,
    "terraform in plan mode") and a command of that program runs for real (`mode_words.names_of`)."""
    if not a.shell:
        return None
    from automode.judge.intent.mode_words import names_of, said
    from automode.knowledge import modeflags

    text = a.ctx.user_messages[-1][:4000]
    names = said(text)
    if not names or _GO.search(text):
        return None
    for cmd in a.commands:
        row = modeflags.row_of(cmd)
        if row is None or names.isdisjoint(names_of(row)):
            continue
        real = modeflags.real_run(cmd, text.lower())
        if real is not None:
            return "", f"you asked for its {sorted(names & names_of(row))[0]} mode; `{real[0][:80]}` runs for real (dry form: {real[1]})"
    return None
