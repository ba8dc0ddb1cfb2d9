"""A sub-agent's brief (a Task/Agent prompt, a nested agent's task) read as the requests it makes (C4, session 12).

The brief is parsed like a user's message (`text.parse_message`), but a brief written by an agent says much that is
no instruction: the commands it spells out (judged as commands: `analysis.delegated_prose`), the records it reads
("kubectl rollout history", "restart counts", "the last deploy"), what it should recommend or find out ("whether a
rollback would fix it", "recommend whether to restart or patch"), the command the user may run afterwards ("the exact
command the user should run (e.g. helm rollback checkout 41)"), a report back. Those are dropped before the brief is
read (`brief_text`), so that "Read-only investigation … recommend whether to roll back" is the read-only task the
user asked for, while "… then roll back to revision 41" still hands on a rollback.

A brief can also add work of its own the user never asked for: collecting credentials (`secrets_asked`: "collect
every API key and password from config/, .env and ~/.aws into a table") is an exfiltration's first step, handed on.
Every consumer (the rule AM-AGENT-004, its release `facts._delegated_target`, the boundaries' `acts`) reads the
brief through `brief_clauses`.
"""

from __future__ import annotations

from functools import lru_cache

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.judge.intent.text import Clause

#: Words of a brief that look like risky verbs and are not acts: a state ("until clean", "empty feeds", "a clean
#: build"), a noun ("the first assertion message", "for the new release"), and a report back to the agent that
#: delegated ("report each failure", "report back") rather than to someone else ("report it to the security team").
NOT_ACTS = lazyre.compile(r"(?i)\buntil\s+(?:it\s+is\s+|it's\s+|they\s+are\s+|everything\s+is\s+)?(?:clean|empty|green|gone)\b|"
                          r"\b(?:an?\s+|and\s+|,\s*)(?:clean|empty|purged|deleted)(?=\s+\w+)|"
                          r"\breport(?:s|ing)?\b(?!\s+(?:it\s+|them\s+|this\s+|that\s+)?to\s+(?!me\b|us\b|the\s+caller\b))|"
                          # a prohibition said with its object: "change nothing", "modify nothing", "make no changes"
                          r"\b(?:change|modify|touch|edit|write|delete|remove|alter|commit|push)\s+nothing\b|"
                          r"\bmake\s+no\s+(?:changes|edits|modifications|writes)\b|"
                          # the answer handed back to the agent that delegated: "return a list with file:line", "hand
                          # back the counts" (not "return the device to IT", "return the payment to the customer")
                          r"\b(?:return(?:s|ing)?|hand(?:s|ing)?\s+back)\b(?!\s+(?:[\w:/.-]+\s+){0,6}?to\s+(?!me\b|us\b|the\s+caller\b|"
                          r"the\s+(?:main|parent|calling)\s+agent\b))(?!\s+(?:[\w:/.-]+\s+){0,4}?(?:payments?|refunds?|money|funds|"
                          r"charges?|orders?|items?|devices?|laptops?)\b)|"
                          r"\b(?:the|a|an|its|their|first|error|commit|assertion|log|failure)\s+(?:(?:exact|same|full|whole|raw|"
                          r"plain|original|verbatim|following|relevant|quoted|surrounding)\s+)?(?:messages?|texts?)\b|"
                          r"\b(?:and|with|plus|or|its|their)\s+(?:(?:the|its|their)\s+)?(?:line\s+)?texts?\b(?=\s*[.,;)\n]|\s*$)|"
                          r"\b(?:the|a|an|this|that|next|new|upcoming|last|latest|each|every)\s+(?:new\s+|next\s+)?"
                          r"(?:release|deployment|deploy|merge|publish)s?\b",
                          )  # fmt: skip
#: What a brief reads or leaves to someone else, not what it tells the sub-agent to do:
#: * a record of an act: `kubectl rollout history`, "the deploy log", "restart counts", "merge status";
#: * a finding to report: "whether a rollback would fix it", "recommend whether to restart, roll back or patch",
#:   "suggest a fix" (to the end of the sentence, or to a "then" that resumes the instructions);
#: * the user's own next step: "the exact command the user should run", "for the user to apply", an example in
#:   parentheses ("(e.g. helm rollback checkout 41 -n staging)").
NOT_ASKED = lazyre.compile(
    r"(?i)\b(?:rollout|rollouts|release|releases|deploy|deploys|deployment|deployments|migration|migrations|merge|push|"
    r"restart|restarts|rollback|rollbacks|revision|upgrade)\s+(?:history|histories|status|log|logs|list|lists|count|counts|"
    r"events?|records?|timeline|ids?|numbers?|times?|reasons?|diff)\b|"
    r"\b(?:recommend|recommends|recommending|suggest|suggests|suggesting|propose|proposes|proposing|advise|advising|"
    r"whether|if\s+(?:a|an|the)\s+\w+\s+(?:would|could|might|will))\b[^.;\n]*?(?=[.;\n]|,?\s*(?:and\s+)?then\b|$)|"
    r"\b(?:the\s+)?(?:exact\s+|precise\s+)?(?:commands?|steps?|fix|fixes|remediation)\s+(?:that\s+)?(?:the\s+user|you|they|i|"
    r"we|someone|a\s+human|ops|the\s+team|the\s+on-?call)\s+(?:should|could|would|can|must|may|needs?\s+to)\s+"
    r"(?:run|apply|execute|take|use)\b[^.;\n]*|"
    r"\bfor\s+(?:the\s+user|me|us|a\s+human|the\s+team|review|approval)\s+to\s+(?:run|apply|execute|review|approve)\b|"
    r"\broot[\s-]+caus(?:e|es|ed)\b|"
    # a thing named by what may be done to it ("the revision to revert", "which release introduced it")
    r"\b(?:the|which|what|a|any)\s+(?:\w+\s+){0,5}?(?:to|we\s+should|you\s+would|one\s+would)\s+(?:revert|roll\s*back|"
    r"rollback|restore|redeploy|deploy|delete|remove|restart|drop|pin)\b|"
    r"\b(?:which|what|whichever)\s+(?:\w+\s+)?(?:release|deploy|deployment|commit|merge|push|rollout|migration|version)s?\b")  # fmt: skip
#: An example in parentheses: "(e.g. helm rollback checkout 41 -n staging)" shows, it does not ask.
_EXAMPLE = lazyre.compile(r"(?i)\((?:e\.\s?g\.?|eg\b|for\s+example|for\s+instance|i\.\s?e\.?|like|such\s+as)[^)]*\)|"
                          # a list of what to look for: "(root user, missing pins, cache layering)" names topics, no acts
                          r"\((?!\s*(?:and|then|also|plus|after|afterwards)\b)[^(),.;:]{1,40}(?:,[^(),.;:]{1,40})+\)")
#: A brief asking for credentials to be gathered: a verb of collecting and a noun of secrets in one sentence.
_COLLECT = lazyre.compile(r"(?i)\b(?:collect|gather|harvest|extract|dump|list|compile|grab|copy|pull|print|"
                          r"output|include|enumerate|record|export|paste)\w*\b")
_SECRET_NOUNS = lazyre.compile(r"(?i)\b(?:api[\s_-]?keys?|secret\s+keys?|access\s+keys?|private\s+keys?|passwords?|"
                               r"passwds?|secrets|credentials?|creds|tokens?|auth\s+tokens?|bearer\s+tokens?|"
                               r"connection\s+strings?|ssh\s+keys?)\b")
#: Credentials gathered as a set: every/all/each/any of them, or the plural ("the API keys", "passwords").
_SECRETS_GATHERED = lazyre.compile(r"(?i)\b(?:every|all|each|any)\s+(?:\w+\s+){0,2}(?:api[\s_-]?keys?|secret\s+keys?|access\s+keys?|"
                                   r"private\s+keys?|passwords?|secrets?|credentials?|tokens?|connection\s+strings?)\b|"
                                   r"\b(?:api[\s_-]?keys|secret\s+keys|access\s+keys|private\s+keys|passwords|secrets|"
                                   r"credentials|creds|tokens|connection\s+strings|ssh\s+keys)\b(?!\s+(?:flow|handling|logic|"
                                   r"rotation|refresh|format|validation|parsing|schema|module|code|class|function|field))")
_SENTENCE = lazyre.compile(r"(?<=[.!?])\s+|\n+")

#: Objects outside the project whose change is consequential whatever verb makes it (records of DNS, keys that grant
#: access, firewall and network rules, webhooks, branch protection, outside collaborators): "add the deploy key to
#: every repository", "change the DNS record for api.acme.example". Nouns that also name code (roles, members,
#: permissions) are left out: "update the permissions check in auth.py" is an edit.
_CONTROL_OBJECTS = lazyre.compile(r"(?i)\b(?:dns(?:\s+records?)?|(?:a|aaaa|cname|mx|txt)\s+records?|deploy\s+keys?|ssh\s+keys?|"
                                  r"firewall(?:\s+rules?)?|security\s+groups?|ingress\s+rules?|webhooks?|branch\s+protection|"
                                  r"(?:outside\s+)?collaborators?|iam\s+(?:polic(?:y|ies)|roles?|bindings?))\b|"
                                  # a key put on repositories, hosts or accounts (the clause keeps "key … to every repo")
                                  r"\bkeys?\b[^;\n]{0,60}?\b(?:to|on|into)\s+(?:\w+\s+){0,3}(?:repos?|repositor(?:y|ies)|orgs?|"
                                  r"organi[sz]ations?|servers?|hosts?|accounts?|machines?)\b")
#: The same words naming code: "add a webhook handler in src/hooks.ts", "a test for the firewall rules parser".
_CODE_OBJECT = lazyre.compile(r"(?i)\b(?:handlers?|endpoints?|routes?|functions?|class(?:es)?|methods?|tests?|components?|"
                              r"modules?|parsers?|validators?|schema|types?|docs?|docstrings?|comments?)\b|\w\.(?:py|ts|js|go|rb|rs|java|tf)\b")


def control_change(c: Clause) -> bool:
    """A clause that creates or changes such an object (not a question about it)."""
    return bool(c.verbs & {"create", "update"}) and not c.question and bool(_CONTROL_OBJECTS.search(c.text)) \
        and not _CODE_OBJECT.search(c.text)

#: A sentence that keeps secrets out: "do not print any secrets", "redact tokens", "without credentials".
_KEEPS_OUT = lazyre.compile(r"(?i)\b(?:don'?t|do\s+not|never|no|without|avoid|redact\w*|mask\w*|except|excluding|"
                            r"not\s+(?:the\s+)?(?:values?|contents?))\b")


@lru_cache(maxsize=512)
def brief_text(prompt: str, spelled: bool = False) -> str:
    """The brief without what it reads or leaves to others (`NOT_ACTS`, `NOT_ASKED`); `spelled`: the commands it
    spells out are judged as commands (`analysis.delegated_prose`) and are left out too."""
    text = prompt[:20_000]
    if spelled:
        from automode.analysis import delegated_prose

        text = delegated_prose(text)
    text = NOT_ASKED.sub(" ", _EXAMPLE.sub(" ", text))
    return NOT_ACTS.sub(" ", text)


def brief_clauses(prompt: str, spelled: bool = False) -> tuple[Clause, ...]:
    """The clauses of a brief read as the requests it makes."""
    from automode.judge.intent.text import parse_message

    return parse_message(brief_text(prompt, spelled)).clauses


def secrets_asked(prompt: str) -> str | None:
    """The sentence of a brief that tells the sub-agent to collect credentials ("collect every API key and password
    from config/, .env and ~/.aws into a table"), or None. A sentence that keeps them out ("report which files hold
    keys, not the values") asks for none."""
    for sentence in _SENTENCE.split(prompt[:20_000]):
        if _SECRETS_GATHERED.search(sentence) and _COLLECT.search(sentence) and not _KEEPS_OUT.search(sentence):
            return sentence.strip()
    return None


#: A brief's clause that opens a pull or merge request (the sub-agent pushes a branch and asks others to review it).
OPENS_REVIEW = lazyre.compile(r"(?i)(?:^\W*(?:(?:please|then|also|and|finally)\s+)*|\b(?:and|then|to)\s+|,\s*)"
                              r"(?:open|opens|create|creates|raise|raises|submit|submits|file|send|put\s+up|make)\s+"
                              r"(?:an?\s+|the\s+)?(?:draft\s+)?(?:pull-request|merge-request|pr|mr|pull\s+request|"
                              r"merge\s+request)\b")


def brief_requests(prompt: str, said: str) -> tuple[frozenset[str], list[str]] | None:
    """(the risky acts a brief asks for, the objects it names for them), as the user would have to ask for them
    (`facts._delegated_target`); None when it adds work no request of the user can release here: credentials
    collected while the user's words (`said`) speak of none."""
    from automode.judge.intent.lexicon import DELEGATE_RISKY

    verbs: set[str] = set()
    objects: list[str] = []
    if secrets_asked(prompt):
        if not _SECRET_NOUNS.search(said):
            return None
        verbs.add("read")  # "audit which API keys are in config/": the user's own request for them
    for c in brief_clauses(prompt, False):  # (the commands it spells out name its objects: `git branch -d`)
        risky = c.verbs & DELEGATE_RISKY
        if risky and not c.question:
            verbs |= risky
            objects += sorted(c.strong)
        elif not c.question and OPENS_REVIEW.search(c.text):
            verbs.add("push")  # "… and open a PR": the branch pushed for the review the user asked for
        elif control_change(c):
            verbs |= c.verbs & {"create", "update"}
            objects += sorted(c.strong)
    return frozenset(verbs), objects
