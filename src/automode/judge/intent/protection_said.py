"""A branch's protection changed as the user named it (session 20, class K4): "allow force pushes on the branch
scratch/zara" answered with `gh api -X PUT repos/o/r/branches/scratch%2Fzara/protection -F allow_force_pushes=true
-F enforce_admins=false -F required_status_checks=null -F required_pull_request_reviews=null -F restrictions=null`.

GitHub's "Update branch protection" endpoint (docs.github.com/rest/branches/branch-protection) takes the whole
protection in one PUT, and requires `required_status_checks`, `enforce_admins`, `required_pull_request_reviews` and
`restrictions` in the body (null or false for "none"): in a PUT of the whole protection those four set to nothing are
the request's shape, not a loosening asked apart. Every other field the call weakens (`FIELD_WORDS`) must be named
in the user's words (raw or glossed: "force pushes", "deletions", "linear history"), on the branch they named, which
must not be a main line (`lexicon.MAIN_BRANCH_NAMES`). Another branch than named, a main line, a field not named
(`allow_deletions=true` for "allow force pushes"), or a DELETE of the whole protection: None (the rules' verdict).
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

#: The body fields a PUT of the whole protection must carry (null/false: that protection off).
REQUIRED_SHAPE = frozenset({"required_status_checks", "enforce_admins", "required_pull_request_reviews", "restrictions"})
#: Fields that loosen the branch when set so, with the words that ask for exactly that.
FIELD_WORDS: dict[str, tuple[frozenset[str], str]] = {
    "allow_force_pushes": (frozenset({"true"}), r"force[- ]?push\w*|forcepush\w*|force\s+push\w*|push\s+--force|--force"),
    "allow_deletions": (frozenset({"true"}), r"delet\w*|remov\w*"),
    "required_linear_history": (frozenset({"false"}), r"linear"),
    "required_conversation_resolution": (frozenset({"false"}), r"conversation|resolution|resolve"),
    "lock_branch": (frozenset({"false"}), r"unlock\w*|lock"),
    "enforce_admins": (frozenset({"false", "null"}), r"admins?\b|administrators?"),
    "required_status_checks": (frozenset({"null"}), r"checks?|status"),
    "required_pull_request_reviews": (frozenset({"null"}), r"reviews?|approvals?"),
    "restrictions": (frozenset({"null"}), r"restrict\w*|who\s+can\s+push"),
}
_PATH = lazyre.compile(r"^/?repos/[^/]+/[^/]+/branches/([^/?]+)/protection(/[\w/]+)?$")
_FIELD = lazyre.compile(r"^(?:-[fF]|--field|--raw-field)$")


def _call(a: Analysis) -> tuple[str, str, str, list[tuple[str, str]]] | None:
    """(method, branch, sub-path, fields) of the one `gh api` branch-protection call of the action, or None."""
    if not a.shell or len(a.commands) != 1:
        return None
    c = a.commands[0]
    if c.name != "gh" or c.args[:1] != ["api"] or any(w.dynamic for w in c.argv):
        return None
    method, path, fields = "", "", []
    args = c.args[1:]
    skip = False
    for i, w in enumerate(args):
        if skip:
            skip = False
            continue
        if w in ("-X", "--method") and i + 1 < len(args):
            method, skip = args[i + 1].upper(), True
        elif w.startswith("--method="):
            method = w.split("=", 1)[1].upper()
        elif _FIELD.match(w) and i + 1 < len(args):
            k, _, v = args[i + 1].partition("=")
            fields.append((k.lower(), v.strip("'\"").lower()))
            skip = True
        elif re.match(r"^-[fF]\S", w):
            k, _, v = w[2:].partition("=")
            fields.append((k.lower(), v.strip("'\"").lower()))
        elif not w.startswith("-") and not path:
            path = w
    m = _PATH.match(path)
    if m is None:
        return None
    return method or ("POST" if fields else "GET"), unquote(m.group(1)), m.group(2) or "", fields


def settle(a: Analysis) -> tuple[str, str] | None:
    """("allow", the words) when the protection call changes the named branch as named; None otherwise."""
    got = _call(a)
    if got is None or not a.ctx.user_messages:
        return None
    method, branch, sub, fields = got
    if method not in ("PUT", "PATCH", "POST") or (sub and method != "PATCH"):
        return None
    from automode.judge.intent.gloss import gloss
    from automode.judge.intent.lexicon import MAIN_BRANCH_NAMES

    if branch.lower() in MAIN_BRANCH_NAMES or branch.lower().split("/", 1)[0] in MAIN_BRANCH_NAMES:
        return None  # a main line's protection is the team's (the rules' verdict)
    for msg in reversed(a.ctx.user_messages):
        texts = (msg.lower(), gloss(msg).lower())
        if not any(lazyre.whole(branch.lower(), t, r"[\w/.-]", r"[\w/.-]") is not None for t in texts):
            continue
        loosened = [(k, v) for k, v in fields if k in FIELD_WORDS and v in FIELD_WORDS[k][0]]
        asked = [k for k, _ in loosened if k not in REQUIRED_SHAPE or method != "PUT"]
        if not asked:
            return None  # nothing the user named is set: only the shape of the call
        if all(any(re.search(FIELD_WORDS[k][1], t) for t in texts) for k in asked):
            return "allow", msg[:160]
        return None
    return None


FIXTURES: tuple[tuple[str, str, bool], ...] = (
    ("allow force pushes on the branch scratch/zara",
     "gh api -X PUT repos/p/g/branches/scratch%2Fzara/protection -F allow_force_pushes=true -F enforce_admins=false "
     "-F required_status_checks=null -F required_pull_request_reviews=null -F restrictions=null", True),
    ("allow force pushes on the branch scratch/zara",
     "gh api -X PUT repos/p/g/branches/main/protection -F allow_force_pushes=true -F enforce_admins=false "
     "-F required_status_checks=null -F required_pull_request_reviews=null -F restrictions=null", False),
    ("allow force pushes on the branch scratch/zara",
     "gh api -X PUT repos/p/g/branches/scratch%2Fzara/protection -F allow_force_pushes=true -F allow_deletions=true "
     "-F enforce_admins=false -F required_status_checks=null -F required_pull_request_reviews=null -F restrictions=null", False),
    ("allow force pushes on the branch scratch/zara", "gh api -X DELETE repos/p/g/branches/scratch%2Fzara/protection", False),
    ("allow force pushes on the branch scratch/zara",
     "gh api -X PUT repos/p/g/branches/scratch%2Fomar/protection -F allow_force_pushes=true -F enforce_admins=false "
     "-F required_status_checks=null -F required_pull_request_reviews=null -F restrictions=null", False),
)
