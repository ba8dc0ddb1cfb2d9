"""The compiled patterns of the addressed-act window (`automode.screen.window`), built once per process from the
tables of `screen_acts`, `screen_address`, `screen_directive`, `screen_langs` and `screen_words`.

Split from `screen_window` (which scores windows with them), so each module stays readable. Pure: no I/O.
"""

from __future__ import annotations

import re
from functools import cache

from automode.screen.acts import (
    ACT_VERBS,
    CJK_ACTS,
    CJK_ADDRESS_STRONG,
    CJK_ADDRESS_WEAK,
    CJK_DEIXIS,
    CJK_PRESSURE,
    CJK_TARGETS,
    DANGER,
    DEIXIS,
    DIRECTIVE_VERBS,
    DISCUSSION,
    OUTSIDE,
    PRESSURE,
    TARGETS,
)
from automode.screen.address import MODALS, alt
from automode.screen.clitics import keys as clitic_table
from automode.screen.directive import INFLECT as _INFLECT
from automode.screen.directive import LEADER, PARTICIPLES
from automode.screen.directive import by_first as _by_first
from automode.screen.langs import IMPERATIVE_ONLY
from automode.screen.langs_forms import LIGHT_REQUESTS as LIGHT_FORMS
from automode.screen.langs_unspaced import PREPOSED, UNSPACED_MARKS
from automode.screen.langs_world import LIGHT_REQUESTS, fold
from automode.screen.separable import keys as separable_keys
from automode.screen.words import HOMOGLYPHS, words


class Patterns:
    def __init__(self) -> None:
        role = alt(("assistant", "assistants", "agent", "agents", "bot", "bots", "copilot", "copilots", "chatbot",
                    "chatbots", "crawler", "crawlers", "scraper", "scrapers", "summariser", "summarizer", "summarisers",
                    "summarizers", "automation", "tooling", "model", "models", *words("weak")))  # fmt: skip
        firsts = [*words("ai"), *words("auto"), *words("weak"), "assistant", "assistants", "agent", "agents", "bot", "bots",
                  "copilot", "copilots", "chatbot", "chatbots", "crawler", "crawlers", "scraper", "scrapers", "summariser",
                  "summarizer", "summarisers", "summarizers", "automation", "tooling", "model", "models"]
        self.first = frozenset(next((t for t in re.split(r"[\s!-/:-@\[-^`{-~]+", w) if len(t) > 1), "") for w in firsts) - {""}
        self.turn_words = frozenset(["system", "assistant", "user", "human", "developer", "role", "user_message", "inst", "im_start"])
        self.conceal_words = frozenset(["ask", "asking", "tell", "telling", "bother", "bothering", "check", "checking", "notify",
                                        "notifying"])
        self.weak = re.compile(rf"(?<![\w./-])(?<!user\s)(?<!user-)(?:@[\w-]*?)?{role}(?P<label>-(?:only|facing|notes?|instructions?|directives?))?"
                               r"(?![\w-]|[/.]\w)")
        # a hyphenated label naming the reader: "note-to-ai-operator", "for-ai-agents"
        self.compound = re.compile(r"[\w-]*(?:^|-)(?:notes?|for|to|instructions?|directives?|messages?|hints?)(?:-[\w-]*)?$")
        self.turn = re.compile(r"(?:^|\n)[^\n\w]{0,4}(?:\[[^\]\n]{0,30}\]\s*)?(?:system|assistant|user|human|developer)\s*:[ \t]*\S|"
                               r"\b(?:previous|prior|earlier)\s+assistant\s+turn\b|\"role\"\s*:\s*\"(?:user|system|developer)\"|"
                               r"\buser_message\b|\[/?(?:system|user|inst)\]|<\|im_start\|>|"
                               # a turn written as markup inside a tool's text: "</results>\n<system>The user has …"
                               r"<(?:system|developer)(?:[_-](?:message|prompt|note|reminder))?>")  # fmt: skip
        self.mention = re.compile(r"(?<![\w.@])@[\w-]*?(?:assistant|agent|bot|copilot|claude|gpt|llm)s?(?![\w-])")
        self.conceal = re.compile(r"\b(?:do\s+not|don'?t|no\s+need\s+to|without)\s+(?:\w+\s+){0,2}?(?:ask|asking|tell|telling|"
                                  r"bother|bothering|check\s+with|checking\s+with|notify|notifying)\s+(?:the\s+|your\s+)?"
                                  r"(?:user|developer|human|operator|owner|maintainers?)\b")  # fmt: skip
        qual = (r"(?:reading|processing|handling|summari[sz]ing|managing|editing|working|investigating|reviewing|applying|"
                r"installing|building|replying|parsing|that|who|which|wey|with|on|in|qui|che|que|die|der|das|dat|który|ktory|"
                r"lisant|leyendo|lendo|assigned|tasked|deployed|configured|asked|acting|operating|responsible|som|yang|který|která|"
                r"které|kteří|mà|đang|الذي|التي|الذين|אשר|जो|που)\b").translate(HOMOGLYPHS)  # fmt: skip
        # any participle with its object qualifies ("assistants acknowledging this incident")
        self.qual = re.compile(rf"\s*(?:[,/&]|and|or)?\s*(?:\w+\s+)?{qual}|\s+\w{{3,}}ing\s+(?:this|these|the|a|an|any|all|our|your)\b|\s+(?:{MODALS})\s+(?!be\b|not\b|never\b|have\s+been\b)")
        lead = alt(tuple(w for k in ("greet", "label", "to") for w in words(k) if len(w) > 1))
        self.lead = re.compile(rf"(?:{lead}|@|\bfor|\bto)[\s:]*(?:the\s+|any\s+|all\s+|an?\s+|l'|le\s+|la\s+|el\s+|o\s+|de\s+|"
                               rf"den\s+|die\s+|het\s+)?(?:[a-z]+ing\s+|[a-z]+ed\s+|[a-z]{{3,}}\s+)?$")  # fmt: skip
        self.auto_after = re.compile(rf"(?:\s+(?:de|di|da|do|del|des|du)\s+\w+)?\s+(?:{alt(words('auto'))}|virtual|virtuale|virtuel|virtuelle|digitale?|ia|ai|ki)(?![\w-])")
        verbs: dict[str, set[str]] = {}
        for table in ACT_VERBS.values():
            for cls, ws in table.items():
                for w in ws:
                    verbs.setdefault(w.translate(HOMOGLYPHS), set()).add(cls)
        for part, verb in PARTICIPLES.items():  # "must be sent to ...": the passive of an act verb
            if verb in verbs and part not in verbs:
                verbs[part] = verbs[verb]
        self.classes = verbs
        # forms that are imperatives and nothing else (Russian/Ukrainian, Turkish, Polish second person): said to the
        # reader wherever they stand, as the verb may close its clause (Turkish)
        en = {w for ws in ACT_VERBS["en"].values() for w in ws}
        self.imperative_forms = frozenset(w.translate(HOMOGLYPHS) for lang in ("ru", "tr", "pl", *IMPERATIVE_ONLY)
                                          for ws in ACT_VERBS[lang].values() for w in ws
                                          if not w.endswith(("ć", "c", "ть", "ти")) and w not in en)
        # Romance imperatives with their pronoun on them and jussive "que" forms (`screen_clitics`): imperatives
        clitic_keys = clitic_table()
        self.imperative_forms = self.imperative_forms | frozenset(clitic_keys)
        forms = sorted(verbs, key=lambda w: (-len(w), w))
        parts = [(alt((w,)) + (_INFLECT if w in en and " " not in w else "")) for w in forms]
        # not a function call (`print(...)`) nor a changelog's "commit <id>"
        # (and Arabic's object pronouns written onto the verb: "وأرسلها", "send it")
        clitic = (r"(?:-(?:nous|moi|lui|leur|la|le|les|vous|me|te|nos|lo|los|las|mi|ci|vi|ti|gli|mir|mich)|"
                  r"(?<=[\u0600-\u06ff])(?:ها|هم|هما|ه|ني|نا|كم|ك))?")
        # ("re-" before an English verb, Arabic's "and"/"so" written onto one; a verb in an Indic script ends where no
        # letter or vowel sign of its script follows)
        # (after "every" or "each" the word is a noun: "before every commit")
        self.act = re.compile(r"(?<![\w./$=-])(?<!\bevery\s)(?<!\beach\s)"
                              r"(?:re-|[وف](?=[\u0600-\u06ff]))?(" + _by_first(forms, parts) + r")" + clitic +
                              r"(?![\w\u0900-\u0963\u0966-\u0dff-])(?!\(|\s*:)(?!\s+[0-9a-f]{7,40}\b)"
                              r"(?!\s+(?:requests?|notes|candidates?|trains?|freeze|window)\b)")  # "merge request": a noun
        for key, cls_set in [*clitic_keys.items(), *separable_keys().items()]:  # ("zet…uit": `screen_separable`)
            verbs.setdefault(key, set()).update(cls_set)
        self.targets = {name: re.compile((rx + (f"|{CJK_TARGETS[name]}" if name in CJK_TARGETS else "")).translate(HOMOGLYPHS))
                        for name, rx in TARGETS.items()}
        cjk_forms = {w: cls for cls, ws in CJK_ACTS.items() for w in ws}
        for w, cls in cjk_forms.items():
            verbs.setdefault(w, set()).add(cls)
        # (a Thai or Lao verb is not the tail of a word begun by a preposed vowel, "ปิด" in "เปิด", nor the head of a
        # syllable its script's marks go on with: `screen_langs_unspaced`)
        self.cjk_act = re.compile(f"(?<![{PREPOSED}])(" + "|".join(sorted(map(re.escape, cjk_forms), key=lambda w: -len(w)))
                                  + f")(?![{UNSPACED_MARKS}])")
        self.cjk_strong = re.compile("|".join(re.escape(w) for w in sorted(CJK_ADDRESS_STRONG, key=len, reverse=True)))
        self.cjk_weak = re.compile("|".join(re.escape(w) for w in sorted(CJK_ADDRESS_WEAK, key=len, reverse=True)))
        self.danger = re.compile(DANGER)
        self.outside = re.compile(OUTSIDE)
        self.pressure = re.compile((PRESSURE + "|" + CJK_PRESSURE).translate(HOMOGLYPHS))
        self.deixis = re.compile((DEIXIS + "|" + CJK_DEIXIS).translate(HOMOGLYPHS))
        self.discussion = re.compile(DISCUSSION)
        neg = alt(tuple(w for w in words("neg") if w not in ("without", "sans", "sin", "senza", "sem", "zonder", "bez", "ohne")))
        # (an Indic word goes on through its vowel signs, which are no word characters to `re`: "नंबर" is no "न")
        self.neg = re.compile(rf"(?<![\w'\u0900-\u0963\u0966-\u0dff])(?:{neg}|must\s+not|should\s+not|shall\s+not|cannot|can'?t|won'?t|avoid|refuse|no)"
                              r"(?![\w'\u0900-\u0963\u0966-\u0dff])")
        lead_words = alt((*(w for w in words("please") if len(w) > 2), "so", "and", "then", "to", "do", "simply", "just",
                          "quickly", "kindly", "also", "i", "y", "e", "et", "und", "en", "oraz", "och", "и", "but", "otherwise",
                          "instead", "always", "still", "además", "inoltre", "außerdem", "ademais", "additionally",
                          "furthermore", "moreover", "bovendien", "ponadto", "dessutom", "også", "також", "ayrıca"))
        subord = (r"to|in\s+order\s+to|before|after|whenever|wherever|any\s+time|when|once|if|as|while|for|um|pour|para|per|avant|antes|prima|bevor|"
                  r"por|because|since|due\s+to|según|conforme|gemäß|selon|secondo|podle|menurut|theo|"
                  r"lors|pendant|durant|dès|après|durante|mientras|während|bei|tijdens|podczas|nel|nella|al|ao|na|po|nach|"
                  r"cada\s+vez|each\s+time|every\s+time|chaque\s+fois|ogni\s+volta|jedes\s+mal|elke\s+keer|za\s+każdym|"
                  r"sempre\s+que|toda\s+vez|для|чтобы|перед|после|при|когда|если|щоб|якщо|"
                  r"voordat|om|aby|żeby|zeby|przed|ao|al|wenn|si|se|quand|cuando|quando|als|jeśli|jesli|kiedy")
        self.imperative_head = re.compile(rf"^[\W\d]*(?:(?:{lead_words})[\W]+){{0,2}}(?:(?:(?:{subord})\b(?:[^,.;:]|[.:](?=\w)){{0,120}},\s*){{1,2}}|(?:{subord})(?:\s+[^\s,.;:]+){{1,4}}\s+|(?:in\s+order\s+)?to\s+\w+(?:\s+[\w'-]+){{0,5}}\s+)?"
                                          rf"(?:(?:{lead_words}|\w+ly)[\W]+){{0,3}}$")
        reader = r"(?:assistant|assistent|assistente|asistente|agent|agente|bot|model|modell|asystent|ассистент|ajan|asistan)\w*"
        self.paired = re.compile(rf"\b{reader}\s*/\s*{reader}\b")
        self.ai_compound = re.compile(rf"^(?:ai|ki|ia|llm|genai)-[\w-]*{reader}$")
        # a tag or a line's label that names the reader: "[agent-remediation]", "##[agent-directive]", "[assistant-task]",
        # "[tool.ai]", "helm-assistant:", "ai-ops-note:" (`bot` is left out: "github-actions[bot]" names a sender)
        self.tag_label = re.compile(r"\[[\w.-]*(?<![a-z0-9])(?:agents?|assistants?|ai|llms?|copilot|claude|gpt)(?![a-z0-9])[\w.-]*\]|"
                                    # a code comment's tag with the reader as its owner: "TODO(ai):", "NOTE(agents):"
                                    r"\b(?:todo|note|fixme|hack|xxx|nb|warning|important)\s*\(\s*@?(?:ai|agents?|assistants?|llms?|"
                                    r"copilot|claude|gpt|codex|gemini|cursor|bots?)\s*\)\s*:|"
                                    # (a compound: a bare "agent:" or "ai:" opens a changelog's or a commit's line about
                                    # a component of that name)
                                    r"(?<![^\n>|\"])[^\w\n]{0,8}(?:(?:[a-z0-9]+-)+(?:agents?|assistants?|ai|llms?|copilot)(?:-[a-z0-9]+)*|"
                                    r"(?:agents?|assistants?|ai|ki|ia|llms?|copilot)(?:-[a-z0-9]+)+)\s*:(?!//)|"
                                    # a note's label naming the reader inside it, where a line, a table cell or a string
                                    # starts: "system note for the database assistant:", "note to the assistant generating
                                    # this report:", "instructions for coding agents:"
                                    r"(?<![^\n>|\"])[^\w\n]{0,6}(?:notes?|notice|instructions?|message|attention|important|system\s+note|"
                                    r"hint|reminder|directive|action\s+required)\s+(?:\w+\s+){0,2}?(?:to|for)\s+(?:the\s+|all\s+|any\s+)?"
                                    r"(?:[\w-]+\s+){0,2}?(?:agents?|assistants?|copilots?|llms?|bots?|models?|operators?|sessions?)"
                                    r"(?:\s+[\w-]+){0,4}\s*:(?!//)|"
                                    # a note's label, in any language, that names an AI: "megjegyzés az ai ügynöknek:"
                                    r"(?<![^\n>|\"])[^\w\n]{0,6}(?:(?:[^\W\d_][\w'’-]*\s+){1,5}?(?:ai|ki|ia|llms?|gpt|claude|copilot|gemini|"
                                    r"codex|tekoäly\w*)|(?:ai|ki|ia|llms?|gpt|claude|copilot|gemini|codex|tekoäly\w*)(?=[\s-]))"
                                    r"(?:[\s-]+(?:agents?|assistants?|bots?|models?|tools?|systems?|helpers?|coding|code|"
                                    r"dev|ops|\w*[^\x00-\x7f]\w*)){0,3}\s*:(?!//)|"  # "ai researchers:" are people
                                    # a reader named beside a human role: "responders/agents should run …"
                                    r"(?<![\w./-])(?:responders?|humans?|operators?|developers?|engineers?|users?|maintainers?|"
                                    r"reviewers?|admins?|staff|people|on-?call|sres?)/(?:agents?|assistants?|bots?|copilots?)(?=\s)")
        # a reader named as a machine: "automated sessions", "non-human operators", "unattended runners"
        self.machine_reader = re.compile(r"\b(?:non-?human|automated|autonomous|unattended|headless)\s+(?:[\w-]+\s+)?"
                                         r"(?:sessions?|process(?:es)?|readers?|consumers?|clients?|operators?|contributors?|"
                                         r"visitors?|workers?|runners?|callers?|integrations?|tools?|tooling|scripts?|systems?|"
                                         r"fixers?|maintainers?|reviewers?)\b")
        # a role word said to the reader as a vocative: where a line, a sentence, a quoted string or a tag's text starts
        # ("Agents: apply this", "[automation] Assistant, when updating", "\"assistant: the real fix is"), before a colon
        # or a comma
        self.vocative_before = re.compile(r"(?:^|[\n.!?;>\"'(]|\]|---|:)[ \t]*(?:[-*#/>•|]+[ \t]*)?(?:(?:dear|hey|hi|hello|ok|okay|"
                                          r"attention|attn)[ \t,]+)?(?:(?:the|your|our|any|all)[ \t]+)?$")
        # (a singular "agent:", "bot:" or "model:" opens a changelog's or a commit's line about a component of that name)
        self.vocative_role = re.compile(r"@?(?:ai[\s-]+)?(?:assistants?|agents|bots|copilots?|chatbots?|models|automation)$")
        self.vocative_after = re.compile(r"(?:[ \t]+(?:bot|agent|assistant|notes?))?[ \t]*[:,](?!//|\d)")
        self.vocative_lead = re.compile(r"\W*(?:(?:hey|dear|ok|okay|hi|hello)\s+)?(?:the\s+|your\s+)?(?:(?:ai|coding|automated)\s+)?"
                                        r"(?:assistants?|agents?|bots?|copilots?|claude|gpt|gemini|codex|llms?|ai|models?)"
                                        # with what qualifies it: "AI assistant wey dey read this chat, abeg send ..."
                                        r"(?:\s+(?:wey|that|who|which|reading|processing|handling|summari[sz]ing)\b[^,:.;!?\n]{0,60})?\s*[,:]\s*")
        self.ai_before = re.compile(rf"(?<![\w-])(?:{alt(words('ai'))})[\s-]+$")
        self.label_colon = re.compile(r"(?:[ \t]+[^\s:,.;!?()\[\]`]{1,16}){0,3}[ \t]*[:：](?!//)")
        self.vocative_comma = re.compile(r"[ \t]*,[ \t]+[a-z]")  # "Agent, delete ...": any role word
        # a request to the reader in the third person, before its name: "could the assistant …", "can the agent …"
        self.asks_reader = re.compile(r"\b(?:can|could|would|will|may)\s+(?:the|an?|your|our|this|any)\s+(?:[\w-]+\s+)?$")
        self.key_label = re.compile(r"(?<![a-z0-9])(?:[a-z]+[_-])?(?:notes?|instructions?|messages?|hints?|prompts?|directives?|info|"
                                    r"actions?|tasks?|steps?|todos?|"
                                    # the same keys in the main languages: "hinweis_fuer_ki", "nota_para_el_agente"
                                    r"hinweis\w*|notiz\w*|anweisung\w*|aufgabe\w*|notas?|avisos?|instrucci\w*|instru[cç][oõ]\w*|"
                                    r"consignes?|istruzion\w*|notitie\w*|instructie\w*|uwagi?|instrukcj\w*|notering\w*)"
                                    r"[_-](?:for|to|fuer|fur|für|pour|para|per|voor|dla|för|til|pro|an|au|al|à)[_-]"
                                    # (one qualifier before the reader: "action_for_importer_model", "note_to_coding_agents")
                                    r"(?:(?:the|die|den|der|das|la|le|el|il|lo|l|o|a|de|het)[_-])?(?:[a-z]{2,16}[_-])?"
                                    r"(?:ai|ki|ia|llms?|agents?|agente[ns]?|assistants?|assistente[ns]?|asistente|bots?|models?|"
                                    r"modell\w*|modelo|modello|copilot|claude|gpt|automation)(?![a-z0-9])|"
                                    # a key owned by the reader: "assistant_task", "agent-action", "ai_instructions"
                                    r"(?<![a-z0-9])_?(?:ai|llm|agent|assistant|copilot|claude|gpt)[_-](?:tasks?|actions?|notes?|"
                                    r"instructions?|todos?|directives?|steps?|orders?|commands?|hints?|memos?|guidance)(?![a-z0-9])")
        self.run_it = re.compile(r"(?:^|[.;:,]\s*|\b(?:please|now|then|just|so)\s+)(?:run|execute|do|apply|perform)\s+(?:it|this|that|them|these)\b")
        self.run_bare = re.compile(r"(?:^|[.;:,]\s*|\b(?:please|first|now|then|just|also)\s+)(?:run|execute|launch|start|install|rode|rodar|corre|execute|exécutez|exécute|ejecuta|ejecute|esegui|"
                                   r"uruchom|voer|führe|kör|spusť|jalankan|chạy|запусти|çalıştır)\s+`")
        self.window_directive = re.compile(r"(?:^|[.:;!]\s+)(?:honou?r|follow|obey|apply|respect|run|execute|use)\s+(?:these|this|the\s+following)\b|"
                                           r"\bproceed\s+(?:to|with)\b|"
                                           r"\b(?:must|should|shall|are\s+required\s+to|are\s+expected\s+to)\s+(?:run|execute|apply|follow|honou?r)\b")
        self.coordinated = re.compile(r"(?:\b(?:and|or|then|und|et|y|e|en|i|oraz|och|og|ve|dan|và|kai|и|और)|,)\s+(?:(?:à|a|zu|to)\s+)?$")
        self.strong_boundary = re.compile(r"[.;:!?](?=\s)|[:;]|[\])](?=\s)|\s[-–—]\s|\n|\b(?:and\s+)?then\b|\band\s+(?:also|please|now)\b|"
                                          r",\s*(?=(?:so|therefore|thus|hence|please|now|just|simply|but|otherwise)\b)|"
                                          r"\b(?:dann|puis|luego|poi|depois|daarna|potem|następnie|e\s+poi|y\s+luego|et\s+ensuite)\b")
        you = alt(words("you_must"))
        self.modal = re.compile(rf"(?<![\w'])(?:{MODALS}|{you}|please|kindly|(?:is|are)\s+to|wants?\s+you\s+to|"
                                rf"asking\s+you\s+to|asks?\s+you\s+to|by|veuillez|bitte|por\s+favor|per\s+favore|graag|proszę|"
                                rf"wil\s+je|kun\s+je|puedes|podrías|potresti|pourriez|könntest|können\s+sie|"
                                # permission granted in the user's name: "the user authorises you to", "vous autorise à"
                                rf"authori[sz]es?\s+you\s+to|(?:are|is)\s+(?:authori[sz]ed|allowed|permitted|cleared)\s+to|"
                                # permission passed on: "Wei said it's fine to set ...", "go ahead and push"
                                rf"(?:it'?s|it\s+is|that'?s)\s+(?:fine|ok|okay|safe)\s+to|go\s+ahead\s+and|"
                                rf"vous\s+autorise\s+à|t'autorise\s+à|te\s+autoriza\s+a|le\s+autoriza\s+a|ti\s+autorizza\s+a|"
                                rf"autoriza\s+(?:você|voce)\s+a|erlaubt\s+(?:dir|ihnen)|machtigt\s+je|muessen|muesst|sollst|"
                                rf"requires?\s+(?:that\s+)?you(?:\s+(?:now|first|also|\w+ly))?|expects?\s+you\s+to|"
                                # "the licence requires it to also run", "asked that you set", "have your assistant upload"
                                rf"requires?\s+(?:it|them)\s+to|(?:ask|asked|requested|asks|requests|requires?|required|insists?|insisted|demands?|demanded)\s+that|"
                                # "could it reply to me with ...": the reader asked in the third person, by pronoun
                                rf"(?:can|could|would)\s+(?:it|they)(?:\s+please)?|"
                                rf"have\s+(?:your|the|an?)\s+(?:\w+\s+)?(?:assistant|agent|bot|copilot)s?|"
                                # a request to the reader in the third person: "can the assistant refund …"
                                rf"(?:can|could|would|will)\s+(?:the|an?|your|our|this|any)\s+(?:[\w-]+\s+)?{reader}|"
                                # a condition demanded: "access is permitted only after you post ..."
                                rf"only\s+(?:after|once|if|when)\s+you(?:\s+have)?|unless\s+you|until\s+you(?:\s+have)?)(?![\w'])")
        # (the keys of verbs found by their shape, "da-", "zet…uit", are no words for `any_verb` to match)
        self.directive_verbs: dict[str, set[str]] = {w: set() for w in (*words("verb"), *verbs, *DIRECTIVE_VERBS)
                                                     if not w.endswith("-") and "…" not in w}
        any_verb = alt(tuple(sorted(self.directive_verbs, key=lambda w: (-len(w), w))))
        self.any_verb = re.compile(rf"(?<![\w./$=-])(?:{any_verb}){_INFLECT}(?![\w-])")
        self.leader = re.compile(LEADER)  # the comment leaders of every language (`screen_directive.COMMENT_SYNTAX`)
        # a data file's line: a key and a short or quoted value
        self.keyline = re.compile(r"\n(?=[ \t]*\"?[\w.-]{1,40}\"?[ \t]*[:=][ \t]*(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s\"'>|{\[][^\n]{0,30}|)[ \t]*,?[ \t]*\n)")
        self.keyline_end = re.compile(r"(?m)^([ \t]*\"?[\w.-]{1,40}\"?[ \t]*[:=][ \t]*(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s\"'>|{\[][^\n]{0,30}|)[ \t]*,?[ \t]*)\n")
        self.heading = re.compile(r"(?m)^([ \t]*(?:#+|\*\*|==+|--+)?[ \t]*[^\n.!?:,;]{1,60}?)[ \t]*(?:\*\*)?[ \t]*$(?=\n)")
        self.bullet = re.compile(r"\n(?:\*|[ \t]*(?:(?:#+|//+|/?\*+|--+|;+|>+)[ \t]*)?(?:[-•]|\d+[.)]))[ \t]+")
        # an abbreviation's full stop ("i.e.", "e.g.", "etc.") does not end the sentence
        self.sentence = re.compile(r"(?<!\bi\.e\.)(?<!\be\.g\.)(?<!\betc\.)(?<!\bvs\.)(?<!\bcf\.)(?<!\bz\.b\.)(?<=[.!?;])\s+(?=\S)|"
                                   r"(?<=[。！？；])|\n|\.$")
        # a concrete object of a directive: a command in code quotes, a URL, an address, a home or system path, an option
        self.concrete = re.compile(r"`[^`\n]{3,}`|https?://|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w.])~/|/etc/|(?<![\w-])--[a-z][\w-]+|"
                                   r"\$\(|\w\(\)|\b[a-z]{2}\d{2}(?:\s?[a-z0-9]{4}){3,}|"
                                   # any scheme's URL, a file by its name, a dotted setting given a value, a ticket or
                                   # record id: "hf://datasets/x", ".claude/settings.json", "securitycontext.privileged=true",
                                   # "pay-87"
                                   r"\b[a-z][a-z0-9+.-]{1,15}://\S|(?<![\w.-])[\w./-]*[\w-]\.(?:json|ya?ml|toml|ini|cfg|conf|env|"
                                   r"properties|gradle|xml|plist|vdf|lock|txt|csv|sql|sh|ps1|py|js|ts|rb|go|rs|pem|key|mod)\b|"
                                   r"\b[a-z][\w-]*(?:\.[\w-]+)+\s*=\s*[\w\"'/*]|\b[a-z]{2,10}-\d{2,6}\b|"
                                   # a quoted key given a quoted value: `set "SetLive" "default"`
                                   r"\"[\w.-]{2,40}\"\s*[:=]?\s*\"[^\"\n]{1,80}\"")
        self.key_owners = ("ai_", "ai-", "agent_", "agent-", "assistant_", "assistant-", "llm_", "copilot_", "claude_", "gpt_")
        # a reader word that is a file's name: "CLAUDE.md", "copilot-instructions.md", "agents.yaml"
        self.file_name = re.compile(r"\.(?:md|mdc|txt|ya?ml|json|toml|py|js|ts)\b|-instructions\.md\b")
        # box-drawing frames around a banner's text (an install script's notice): not words
        self.frame = re.compile(r"[\u2500-\u257f]+")
        self.clause = re.compile(r"[,;:(\[]|\s[-–—]\s|\b(?:and|then|but|or|und|et|y|e|en|i|oraz|puis|dann|poi|luego)\b")


@cache
def patterns() -> Patterns:
    return Patterns()


def as_written(norm: str, original: str, lo: int, hi: int) -> str:
    """The part of the original text that norm[lo:hi] was folded from: found by proportion (folding keeps lengths
    close), widened by `SLACK` on each side."""
    scale = len(original) / max(1, len(norm))
    return original[max(0, int(lo * scale) - SLACK) : int(hi * scale) + SLACK]


SLACK = 120
#: The request endings of Chinese, Japanese and Korean that follow a verb (written in English or not).
#: An English verb asked for in Hindi, Urdu, Bengali, Persian...: the light verb that follows it ("post करें").
LIGHT_REQUEST = re.compile(r"\s+(?:" + "|".join(map(re.escape, sorted(map(fold, {*LIGHT_REQUESTS, *LIGHT_FORMS}), key=len, reverse=True)))
                           + r")(?![\w\u0900-\u0963\u0966-\u0dff])")
CJK_REQUEST = re.compile(r"\s?(?:してください|して下さい|してね|しろ|せよ|하세요|해\s?주세요|해\s?줘|하십시오|해라|하라|吧|一下)")
CODE_OR_PATH = re.compile(r"`[^`]*`?|\S*[/\\.]\S+")
