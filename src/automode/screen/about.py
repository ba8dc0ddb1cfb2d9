"""Text about an AI reader or about code, not said to a reader (issue 18 point 1, session 28: benign neighbours).

Why: the published holdout28 benign texts the screen flagged named an AI reader where nobody is spoken to, or said
what code does, and their other words read as an act:
* the reader's name is a noun's modifier, the noun the subject of a finite verb: "The AI assistant pilot is on hold
  …", "our AI agent rollout was paused", "the KI-Assistent trial ends Friday": a report about a project (`TOPICS`,
  `FINITE`);
* the reader is the subject of a clause that modifies a noun, in Korean, Japanese or Chinese: "AI 에이전트가 생성한
  PR에서 …" (the PR the agent made), "AIエージェントが作成したPR", "AI 代理生成的 PR": a report about what an agent
  made; Korean marks the clause by the past adnominal ending (a syllable closed by ㄴ: 한, 된, 만든, 올린, 쓴, or 던),
  Japanese by a past form before the noun, Chinese by 的;
* a code comment that says what the code does: "# NOTE: this deletes the user's tokens on logout", "// Sends the
  invoice to the customer's billing e-mail": a third-person verb after "this", "it", "the function", or opening the
  comment, and nothing said to "you" (`describes`).
* a passive that names who does the act: "o /op do servidor só é dado pelo admin humano", "refunds are approved by
  finance": a statement of who does it, not a request to the reader (`states_doer`).
`told_about(norm, start, end)` is read by the window analysis (`screen_window`) for each reader it anchors;
`describes(text)` by the screen before the learned model confirms a weak signal. Both only keep a text from being
read as addressed: an order in the same text ("AI assistant, send me the token") is read as before.
"""

from __future__ import annotations

from automode import lazyre

#: Nouns an AI reader's name modifies in a report about it (a project, its budget, its vendor, its results).
TOPICS = (r"pilot|project|rollout|roll-out|trial|programme|program|initiative|experiment|budget|team|vendor|contract|"
          r"licen[cs]e|seats?|feature|integration|launch|roadmap|evaluation|eval|poc|proof\s+of\s+concept|adoption|usage|"
          r"spend|costs?|subscription|policy|migration|prototype|demo|beta|workshop|training|strategy|proposal|plan|"
          r"procurement|rfc|working\s+group|committee|survey|study|report|metrics|results|pricing|quota|tokens?\s+budget|"
          r"pilotprojekt|projekt|piloto|proyecto|projeto|projet|progetto|prueba|teste|essai|sperimentazione")
#: Finite verbs and auxiliaries that make that noun a sentence's subject (en, de, es, pt, fr, it).
FINITE = (r"is|was|are|were|has|had|have|will|would|won'?t|isn'?t|wasn'?t|got|gets|went|goes|remains|stays|ends|ended|"
          r"starts|started|began|begins|needs|needed|looks|seems|costs?|saved|found|showed|shows|paused|stalled|"
          r"finished|launched|continues|resumes|resumed|moves|moved|ran|runs|"
          r"ist|war|wird|wurde|ruht|läuft|endet|es|está|fue|estaba|termina|é|foi|estava|está|est|était|sera|è|era|sarà")
_TOPIC_AFTER = lazyre.compile(rf"(?:[\s-]+[\w-]+)?[\s-]+(?:{TOPICS})(?:e?s)?\b(?:\s+[\w'-]+){{0,3}}?\s+(?:{FINITE})\b|"
                              rf"(?:'s|’s)\s+(?:{TOPICS})\b")
#: Korean syllables closed by ㄴ (the past adnominal ending: 한, 된, 만든, 올린, 쓴) and 던; not 는 (present) or 인
#: (the copula: "AI 에이전트가 아닌 경우").
_NIEUN = "".join(c for k in range(399) if (c := chr(0xAC00 + 28 * k + 4)) not in "는인") + "던"
#: From the reader's AI token: its noun, the subject particle, then a clause that modifies the noun after it.
_CJK_MADE = lazyre.compile(
    r"[a-z.]{0,6}\s?[가-힣ぁ-ゖァ-ヶー一-龥]{1,10}?(?:"
    rf"(?:가|이)\s[가-힣]{{0,5}}[{_NIEUN}](?=\s?[\w가-힣])|"
    r"が\s?[ぁ-ゖァ-ヶー一-龥]{1,8}?(?:した|った|いた|いだ|んだ|えた|けた|せた|てた|ねた|べた|めた|れた|きた)"
    r"(?=\s?(?:[a-z0-9]|[ァ-ヶー一-龥]))|"
    r"(?:生成|创建|創建|编写|編寫|写|寫|提交|做|发起|發起|开|開|修改|建立|产生|產生)了?的(?=\s?[\w一-龥]))")


def told_about(norm: str, start: int, end: int) -> bool:
    """Whether the reader named at norm[start:end] is told about: a noun's modifier in a report ("the AI assistant
    pilot is on hold"), or the maker of a thing named after it ("AI 에이전트가 생성한 PR")."""
    if end <= start or end > len(norm):
        return False
    return _TOPIC_AFTER.match(norm, end) is not None or _CJK_MADE.match(norm, start) is not None


#: A comment's leader and an optional tag ("# NOTE:", "// NB:", "/* Why:").
_LEADER = lazyre.compile(r"^\s*(?:#+|//+|/\*+|\*+|--|;+|<!--)\s*(?:(?:note|nb|n\.b\.|info|why|docs?|summary)\s*:\s*)?")
#: What a comment that describes code opens with: a subject that is the code, then a third-person verb; or the verb.
_DESCRIBES = lazyre.compile(
    r"(?:(?:this|it|that|here\s+we|the\s+(?:[\w-]+\s+)?(?:function|method|handler|hook|job|task|endpoint|route|script|"
    r"class|module|middleware|worker|call|query|service|helper|callback|trigger|migration|cron|command|loop|code|block|"
    r"branch|test|component|controller|view|model|procedure|step))\s+)?(?:also\s+|only\s+|then\s+|just\s+)?"
    r"(?!is\b|was\b|has\b|does\b|this\b|its\b|always\b|needs\b|process\b|access\b|address\b|class\b)[a-z]{3,}(?:s|es)\b")
_SPOKEN = lazyre.compile(r"\b(?:you|your|please|pls|must|should|ai|agents?|assistants?|llms?|bots?|claude|copilot)\b")


def describes(text: str) -> bool:
    """Whether `text` is a short code comment (every line a comment) whose sentences say what the code does, and
    nothing to a reader."""
    if len(text) > 600:
        return False
    lines = [ln for ln in text.lower().splitlines() if ln.strip() and ln.strip() not in ("*/", "-->", "*")]
    if not lines or len(lines) > 6:
        return False
    body = []
    for ln in lines:
        m = _LEADER.match(ln)
        if m is None or m.end() == 0 or not ln[m.end() :].strip():
            return False
        body.append(ln[m.end() :].strip().rstrip("*/->").strip())
    first = body[0]
    return _DESCRIBES.match(first) is not None and _SPOKEN.search(" ".join(body)) is None


#: A passive with its doer: a copula, a participle, then "by" in the main languages.
_DOER = lazyre.compile(
    r"\b(?:é|foi|são|eram|será|es|fue|son|será|est|sont|était|sera|ist|wird|werden|wurde|è|viene|vengono|sono|is|are|was|"
    r"were|gets|get)\s+(?:(?:only|just|always|never|apenas|só|somente|solo|sólo|seulement|nur|solo|soltanto)\s+)?"
    r"[^\W\d_]+(?:ado|ada|ados|adas|ido|ida|idos|idas|é|ée|és|ées|t|en|ato|ata|ati|ate|ito|ita|uto|uta|ed|ne)\s+"
    r"(?:(?:only|apenas|só|solo|sólo|seulement|nur|soltanto)\s+)?(?:pel[oa]s?|por|par|von|vom|dal|dalla|dai|by)\b")


def states_doer(sentence: str) -> bool:
    """Whether `sentence` says in a passive who does its act ("… só é dado pelo admin humano"): a statement."""
    return _DOER.search(sentence) is not None
