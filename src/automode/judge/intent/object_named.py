"""The object the act changes must be the one named (session 17, H1; NOTES "Next 1").

A release compares the request's names with the action's objects, and any one of them matching used to be enough: a
`--reason rotated` value matched "it's been rotated" and released `keyctl revoke --owner team-payments` for "revoke
api key k_8f21"; the subcommand noun `worktree` released a removal fed by a listing for "remove the hotfix-311
worktree". When the request identifies its object by a name of its own (an id, a hyphenated or numbered name) that
the action spells nowhere, a match through a describing word only (the kind noun, a reason, the environment) does not
name what the act changes: the release is at most partial (an ask).
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.judge.intent.facts import Target
    from automode.judge.intent.reask import Asked as Said  # (`match.Said`: `match` imports this module)
    from automode.shell.script import Command

#: A name of its own: letters and digits joined, or words joined by `_`/`-`/`:` with a digit somewhere
#: (`k_8f21`, `hotfix-311`, `cus_Nx81KQ`, `i-0abc123`), not a count or a duration.
_ID = lazyre.compile(r"(?i)^(?=[\w:.@/-]*\d)(?=[\w:.@/-]*[a-z])[a-z0-9][\w:.@/-]{2,}$")
#: An aside: a parenthesis, or a reference after "see", "bug", "ticket", "issue", "tracked in", "cf.".
_ASIDE = lazyre.compile(r"\([^)]*\)|\b(?:see|bug|ticket|issue|jira|tracked\s+in|ref|refs|cf\.?)\s+#?[\w-]+")
#: A number with a case ending joined by a hyphen or an apostrophe (Hungarian, Finnish, Turkish: `8812-es`, `412:n`).
_CASE_ENDING = lazyre.compile(r"^(\d+)[-'’:][^\W\d_]{1,5}$")
#: A number after its kind word (`pr-57`, `mr#12`, `issue-412`, `run-8812`): the number is the name.
_KIND_NUMBER = lazyre.compile(r"^[a-z]{1,8}[-_#:]?(\d{1,12})$")
_JOINED = lazyre.compile(r"(?i)^[a-z0-9]+(?:[-_:.@][a-z0-9]+)+$")
_MEASURE = lazyre.compile(r"(?i)^\d+(?:[.,]\d+)?(?:s|m|h|d|w|y|ms|kb|mb|gb|tb|px|%|x|k)$")
#: Versions and dates name no object by themselves ("v1.4.2" may well be what a tag is; compared elsewhere).
_VERSIONISH = lazyre.compile(r"(?i)^v?\d+(?:\.\d+)+(?:[-+][\w.]+)?$|^\d{4}-\d{2}(?:-\d{2})?$")


def own_ids(r: Said, *, clause: bool = True, named: bool = False) -> list[str]:
    """The request's names of its own for its object (lower case): the clause's own (`clause`), not the names of its
    message that a pronoun refers back to ("skip that hook (known bug, SQLF-5521)"). `named`: also a joined name
    with no digit (`db-password`) and a version (a tag is named by it)."""
    out = []
    main = _ASIDE.sub(" ", r.clause.text.lower())
    for s in (r.clause.strong if clause else r.strong):
        v = _CASE_ENDING.sub(r"\1", s.lower().strip(".,;:!?'\"`()[]"))  # "a 8812-es pipeline": 8812
        if _MEASURE.match(v) or "/" in v or len(v) < 4 or v not in main:  # ("p95", "k6", "v2": too short to name)
            continue  # (an id in an aside names a reference: "(known bug, SQLF-5521)")
        if (_ID.match(v) and not _VERSIONISH.match(v)) or (named and (_JOINED.match(v) or _VERSIONISH.match(v))):
            out.append(v)
    return sorted(out)


def describing_only(objects: tuple[str, ...], r: Said, action_text: str) -> bool:
    """The request names its object by an id the action never spells, and no object of the action carries one of the
    request's own names: what matched is a describing word, not the object the act changes."""
    ids = own_ids(r)
    if not ids:
        return False
    low = action_text.lower()
    if any(i in low or i.replace("-", "_") in low or i.replace("_", "-") in low for i in ids):
        return False
    tokens = set(re.findall(r"[a-z0-9]+", low))
    if any((m := _KIND_NUMBER.match(i)) is not None and m.group(1) in tokens for i in ids):
        return False  # "PR-57" is `gh pr merge 57`
    strong = [s.lower() for s in r.clause.strong | r.strong if len(s) >= 3]
    for o in objects:
        ol = o.lower()
        if any(s in ol or (len(ol) >= 3 and ol in s) for s in strong):
            return False
        if ol in r.weak and not _kind(ol) and not _describing_value(ol, low):
            return False  # another object named by its own plain name ("stop the Spooler and W3SVC services")
    return True


#: Options whose value says why or how, never what the act changes (`--reason rotated`, `-m "…"`).
_DESCRIBING = lazyre.compile(r"(?i)(?:--(?:reason|message|comment|description|desc|note|notes|title|summary|body|"
                             r"label|tag)|\s-m)[=\s]+['\"]?$")


def _describing_value(value: str, action_text: str) -> bool:
    """`value` stands in the action only as the value of a describing option."""
    at = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(value)}(?![\w-])", action_text)]
    return bool(at) and all(_DESCRIBING.search(action_text[max(0, i - 40):i]) is not None for i in at)


def _kind(word: str) -> bool:
    """A kind noun (`worktree`, `key`, `service`): what sort of thing, not which one."""
    from automode.judge.intent.lexicon import KIND_NOUNS
    from automode.knowledge.extent_marks import KIND_SUFFIXES

    w = word.rstrip("s") if len(word) > 3 else word
    return word in KIND_SUFFIXES or w in KIND_SUFFIXES or word in _MORE_KINDS or any(
        word in ws or w in ws for ws in KIND_NOUNS.values())


_MORE_KINDS = frozenset({"worktree", "worktrees", "tag", "tags", "stash", "remote", "label", "labels", "hook", "hooks",
                         "lease", "leases", "token", "tokens", "user", "users", "group", "groups", "file", "files",
                         "record", "records", "row", "rows", "entry", "item", "items", "run", "runs", "pipeline"})


#: A cloud's own identity by its address: a Google service account (`name@project.iam.gserviceaccount.com`).
_CLOUD_IDENTITY = lazyre.compile(r"^([a-z][\w-]{1,62})@([a-z][\w-]{2,61})\.iam\.gserviceaccount\.com$")


def cloud_identity_named(value: str, text: str) -> bool:
    """A service account named by its name and its project in the user's words ("the ci service account in proj"):
    an identity acted on, not a recipient the agent chose."""
    m = _CLOUD_IDENTITY.match(value)
    return m is not None and all(re.search(rf"(?<![\w-]){re.escape(p)}(?![\w-])", text) for p in m.groups())


#: The act words of a command or tool that revokes (`vault lease revoke`, `gh auth token revoke`, `revoke_token`).
_REVOKES = frozenset({"revoke", "revoke-token", "revoke-lease", "revoke-prefix"})


def revoke_named(t: Target, a: Analysis) -> Target:
    """A command whose own act word is "revoke" is named by a request to revoke (the `rotate` class of the words):
    "revoke every lease under database/creds/reporting-ro" names `vault lease revoke -prefix …`; a deletion
    (`aws iam delete-access-key`) is still not named by "rotate the key"."""
    if "rotate" in t.verbs or not t.verbs:
        return t
    if not any({x.lower() for x in c.args[:3]} & _REVOKES for c in a.commands) and "revoke" not in a.action.tool.lower() \
            and not any(_api_revoke(c) for c in a.commands):
        return t
    from automode.dc import replace

    return replace(t, verbs=t.verbs | {"rotate"}, says=t.says | {"revoke", "revoked", "revoking"} if t.says else t.says)


#: Path segments of an API's credentials and grants: a DELETE on one of them revokes it (`…/access_tokens/4411`).
_CREDENTIAL_SEGMENT = lazyre.compile(r"(?i)(?:^|/)(?:(?:personal_|project_|group_|deploy_|impersonation_)?(?:access_)?tokens|"
                                     r"(?:deploy_|ssh_|gpg_|api_|access_)?keys|authorizations|credentials|sessions|"
                                     r"grants|invitations|app_passwords)/[^/\s]+/?$")


def _api_revoke(c: Command) -> bool:
    """An API call (`gh api`, `glab api`, curl) that sends DELETE to one credential's path."""
    args = [w.value for w in c.argv[1:] if not w.dynamic]
    if "DELETE" not in {x.upper().removeprefix("-X") for x in args} and not any(x.upper() in ("-XDELETE", "--METHOD=DELETE",
                                                                                          "--REQUEST=DELETE") for x in args):
        return False
    return any(_CREDENTIAL_SEGMENT.search(x.split("?", 1)[0]) for x in args if not x.startswith("-"))


def pointer_named(t: Target, a: Analysis) -> Target:
    """A command that moves a name onto a version (`knowledge.pointers`: an alias, a dist-tag, an image tag) is named
    by a request to point, set, move or switch it ("point the staging alias at version 42"), not only by the rule's
    own verbs (deploy, publish); its values (the name, the version) are compared like any other."""
    if not t.verbs or not t.verbs & {"deploy", "publish", "push"}:
        return t
    from automode.knowledge.pointers import POINTER_VERBS, moves_pointer

    if not any(moves_pointer(c) for c in a.commands):
        return t
    from automode.dc import replace

    return replace(t, verbs=t.verbs | POINTER_VERBS)
