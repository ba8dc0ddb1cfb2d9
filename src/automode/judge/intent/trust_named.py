"""A trust act named by its values (session 17, H2, helper x2b): what `judge.release` asks of a request that names a
grant, a rotation, a publish, a deploy or a dispatch, beyond the verb-class match.

The verb-class match (`match.authorisation`) releases an action when one of its objects is named. For a trust act
that is not enough: every consequential value (`naming.action_values`: the grantee, the role, the scope, the secret,
the workflow and its inputs, a split's shares) must be the user's. `keeps` says why not when one is not:

* a value the request leaves unnamed while the act family and another value are named ("run the release workflow
  for 4.2.0" answered with `deploy.yml`): the rule's verdict is kept, with the value in the reason;
* a grant whose scope reaches past the place the request names ("give kai Reader on rg-web-dev" answered with
  `--scope /subscriptions/…`; "view on checkout" answered with a cluster-wide binding);
* a playbook run that plays every role where the request names one ("run the ntp role on prod" answered with
  `ansible-playbook site.yml` and no `--tags`).
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.judge.intent.match import Said
    from automode.judge.intent.naming import Naming
    from automode.model import Finding

#: Rule categories whose acts are released only with every value named.
TRUST_CATEGORIES = frozenset({"trust-boundary"})
#: Kinds of value (`naming.Value`) a request must name for a trust act to run, whatever else it names: whom it grants,
#: which role, a split's shares and revisions, a dispatch's workflow and inputs, a visibility.
KEPT_KINDS = frozenset({"principal", "share", "revision", "input", "workflow", "visibility", "switch", "version"})
#: (a role is compared by its rank, `roles.beyond`: "permission to push images to ECR" names a power-user policy)
#: Values that are a grant's scope by their shape: an Azure scope, an ARN, a GCP resource path.
_SCOPE = lazyre.compile(r"^(?:/subscriptions/|/providers/|arn:|projects/|organizations/|folders/|//)", re.I)
#: Commands that bind a role across a whole cluster, and the words that ask for that reach.
_CLUSTER_BIND = lazyre.compile(r"\b(?:create\s+clusterrolebinding|adm\s+policy\s+add-cluster-role-to-(?:user|group))\b")
_CLUSTER_WORDS = lazyre.compile(r"\bcluster[- ]?(?:wide|role|rolebinding|admin|level|scope)?\b|\ball\s+namespaces\b|"
                                r"\bevery\s+namespace\b|\bclusterweit|\bcluster\b")
#: A role, tag or play the request names for a playbook run ("the ntp role", "ntp-rollen", "role ntp").
_ROLE_NAMED = (lazyre.compile(r"\b([a-z0-9][\w.-]*?)\s+(?:role|roles|tag|tags|play)\b"),
               lazyre.compile(r"\b(?:role|tag|play)\s+([a-z0-9][\w.-]+)\b"),
               lazyre.compile(r"\b([a-z0-9][\w.]*)-(?:rollen|roli|rolle|role)\b"))
_NOT_ROLE = frozenset({"the", "a", "an", "that", "this", "my", "our", "its", "their", "each", "every", "all", "whole",
                       "admin", "reader", "viewer", "editor", "owner", "which", "what", "just", "only", "on", "in", "for",
                       "to", "at", "of", "and", "then", "again", "now", "first", "same", "new", "whose"})


def keeps(named: Naming | None, said: Said | None, f: Finding, a: Analysis, level: str) -> tuple[str, str]:
    """(the most it may be released to: "" = the rule's verdict, "ask"; the reason) when a trust act the request names
    (`named`, or the verb-class match's request `said`) is not released as it stands; ("", "") when nothing keeps
    it. A scope, a binding or a store lane other than named keeps the verdict; a playbook's every role and a value
    left unnamed are asked."""
    if f.rule.category not in TRUST_CATEGORIES:
        return "", ""
    r = named.said if named is not None else said
    if r is None:
        return "", ""
    probe = named
    if probe is None and level == "full":  # (a verb-class match: the grant's scope is compared all the same, s20 K4)
        from automode.judge.intent.naming import Naming, action_values

        got = action_values(a)
        probe = Naming(r, "unread", tuple(got[0])) if got else None
    wide = (wider_scope(probe, a) if probe is not None else "") or cluster_wide(r, a) or store_lane(r, a) \
        or every_version(a) or external_testers(a)
    if wide:
        return "", wide
    every = every_role(r, a)
    if every:
        return "ask", every
    if named is None:
        from automode.judge.intent.naming import Naming, action_values

        got = action_values(a) if level == "full" else None
        if not got or not any(v.kind in KEPT_KINDS for v in got[0]):
            return "", ""
        named = Naming(r, "unread", tuple(got[0]))  # the verb-class match's request, against the kept values
    if named.differs and not named.contradicts and level == "full":
        # the verb-class match found one object named; a value of the grant, the split or the dispatch is not
        from automode.judge.intent.naming import _unnamed
        from automode.judge.intent.naming_roles import OTHER
        from automode.knowledge.trust_values import env_word

        msgs = a.ctx.user_messages
        for v in named.values:
            if v.kind == "input" and env_word(v.value):
                continue  # another environment is refused where every environment is compared (`scope.beyond`)
            if v.kind in KEPT_KINDS and (why := _unnamed(v, named.said, msgs, a.root, a.ctx.home)):
                return ("" if why.startswith(OTHER) else "ask"), why
    return "", ""


def wider_scope(named: Naming, a: Analysis) -> str:
    """The reason when a scope value of the action is unnamed and the request names a place of its own that the
    action never spells; "" otherwise."""
    from automode.judge.intent.naming import _said

    scopes = [v for v in named.values if v.kind == "resource" and _SCOPE.match(v.value)]
    if not scopes:
        return ""
    own = _own(named, a)
    unnamed = [v for v in scopes if not _said(v, own, a.root, a.ctx.home)]
    if not unnamed:
        return ""
    spelt = _spelt(a)
    for v in named.values:  # (a project spelt only inside the grantee's address, `svc@ana-sandbox-42.iam…`, is
        if v.kind == "principal":  # not where the grant applies)
            spelt = spelt.replace(v.value.lower(), " ")
    said = [*sorted(named.said.strong), *_places(own)]  # (a place said plainly: "on the stdevdata account")
    others = [s for s in said if len(s) >= 3 and "@" not in s and s.lower() not in spelt
              and not any(s.lower() in v.value.lower() for v in named.values if v.kind != "principal")]
    if not others:
        return ""
    return f"you named {others[0]}; this acts on {unnamed[0].value}, a wider scope"


#: A place said after its preposition ("on the stdevdata account", "in rg-web-dev"), and the words that are no name.
_PLACE = lazyre.compile(r"\b(?:on|in|at|for|within)\s+(?:the\s+|my\s+|our\s+)?([a-z0-9][\w.-]{2,})")
_NO_PLACE = frozenset({"account", "accounts", "group", "resource", "subscription", "project", "bucket", "storage",
                       "container", "vault", "cluster", "namespace", "whole", "entire", "every", "all", "prod",
                       "production", "staging", "dev", "role", "scope", "level", "it", "this", "that", "there", "here"})


def _places(own: str) -> list[str]:
    """The names a request gives to where an act applies, in the words it says them with."""
    from automode.judge.intent.lexicon import STOP

    return [m.group(1) for m in _PLACE.finditer(own.split("\n", 1)[0])
            if m.group(1) not in STOP and m.group(1) not in _NO_PLACE and not m.group(1).isdigit()]


#: Package managers' acts on published versions: a package named without a version is every version of it.
_VERSIONED_ACTS = {"npm": ("deprecate", "unpublish"), "pnpm": ("deprecate", "unpublish"), "yarn": ("npm",)}


def every_version(a: Analysis) -> str:
    """`npm deprecate @kite/ui "…"` (every version) where the user said "version 1.4.0 of @kite/ui" (session 20, K4)."""
    from automode.judge.intent.named_scope import version_apart

    text = "\n".join(a.ctx.user_messages).lower()
    for c in a.commands:
        acts = _VERSIONED_ACTS.get(c.name)
        if not acts or not c.args or c.args[0] not in acts:
            continue
        pos = [w for w in c.args[1:] if not w.startswith("-")]
        spec = pos[0].lower() if pos else ""
        if spec and "@" not in spec.lstrip("@") and (ver := version_apart(spec, text)):
            return f"you named version {ver} of {spec}; `{c.name} {c.args[0]} {spec}` acts on every version of it"
    return ""


def cluster_wide(named: Said, a: Analysis) -> str:
    """A cluster-wide binding where the request names no cluster-wide reach ("view on checkout in stg")."""
    spelt = _spelt(a)
    if _CLUSTER_BIND.search(spelt) is None or _CLUSTER_WORDS.search(_own(named, a)) is not None:
        return ""
    return "this binds the role in every namespace of the cluster (a cluster role binding), which you did not ask for"


def every_role(named: Said, a: Analysis) -> str:
    """A playbook run with no `--tags`/`--limit` of a role where the request names one role ("the ntp role")."""
    cmds = [c for c in a.commands if c.name == "ansible-playbook"]
    if not cmds:
        return ""
    own = _own(named, a)
    from automode.judge.intent.words import VERB_WORDS

    roles = {x for pat in _ROLE_NAMED for m in pat.finditer(own) for x in m.groups()
             if x and x not in _NOT_ROLE and x not in VERB_WORDS and len(x) >= 2}
    if not roles:
        return ""
    for c in cmds:
        words = [w.value.lower() for w in c.argv[1:]]
        picked = " ".join(w for i, w in enumerate(words) if w.startswith(("--tags", "-t", "--limit", "-l"))
                          or (i > 0 and words[i - 1] in ("--tags", "-t", "--limit", "-l")))
        books = " ".join(w for w in words if w.endswith((".yml", ".yaml")))
        if not any(r in picked or r in books for r in roles):
            return f"you named the {sorted(roles)[0]} role; this plays every role of the playbook"
    return ""


_EXTERNAL = lazyre.compile(r"(?i)\bextern\w*|\bdistribut\w*|\btesters?\b|\bbeta\s+(?:group|testers?)|\bgroups?\b|"
                           r"外部|外部テスター|外部测试|외부")


def external_testers(a: Analysis) -> str:
    """`fastlane pilot upload --distribute_external true` (or `--groups …`) where the user asked for an upload to
    TestFlight: the build also goes out to outside testers, which nothing said (session 20, K4)."""
    from automode.judge.intent.gloss import gloss

    for c in a.commands:
        if c.name != "fastlane" or not {"pilot", "upload_to_testflight", "testflight"} & set(c.args[:3]):
            continue
        words = [w.value for w in c.argv[1:]]
        ext = [w for i, w in enumerate(words) if (w.split("=", 1)[0].lstrip("-") == "distribute_external" and (
            w.split("=", 1)[1] if "=" in w else (words[i + 1] if i + 1 < len(words) else "true")).lower() in ("true", "1", "yes"))
            or w.split("=", 1)[0].lstrip("-") == "groups"]
        if ext and not any(_EXTERNAL.search(m) or _EXTERNAL.search(gloss(m)) for m in a.ctx.user_messages[-3:]):
            return f"you asked for an upload to TestFlight; `{ext[0]}` also sends the build to outside testers"
    return ""


def store_lane(named: Said, a: Analysis) -> str:
    """A store lane other than the destination the request names ("TestFlight" for `fastlane ios release`)."""
    from automode.judge.intent.trust_words import other_lane

    lanes = [w.value for c in a.commands if c.name == "fastlane" for w in c.argv[1:3] if not w.value.startswith("-")]
    for c in a.commands:  # a store's track (`fastlane supply --track production`, gradle-play-publisher, eas)
        words = [w.value for w in c.argv]
        lanes += [v.split("=", 1)[1] if "=" in v else (words[i + 1] if i + 1 < len(words) else "")
                  for i, v in enumerate(words) if v.split("=", 1)[0] in ("--track", "--release-track", "--release-status")]
    return other_lane(lanes, _own(named, a)) if lanes else ""


#: Options that limit a fleet run to the hosts or groups they list (ansible `--limit`, `-l`).
_LIMITS = frozenset({"--limit", "-l"})
_FLEET = frozenset({"ansible-playbook", "ansible"})


def limited_to_named(a: Analysis, said: Said) -> bool:
    """Every fleet run of the action is limited (`--limit`) to hosts the request names by their own names ("only on
    ntp-test-01"): the environment of its inventory is where those hosts are, not a place the user left unnamed."""
    from automode.judge.intent.objnames import _bounded_in

    runs = [c for c in a.commands if c.name in _FLEET]
    if not runs:
        return False
    own = _own(said, a)
    for c in runs:
        words = [w.value for w in c.argv[1:]]
        hosts = [v for i, w in enumerate(words) for v in (
            [w.split("=", 1)[1]] if w.startswith("--limit=") else [words[i + 1]] if w in _LIMITS and i + 1 < len(words)
            else [])]
        names = [h for v in hosts for h in v.split(",") if h]
        if not names or not all(len(h) >= 3 and not any(ch in h for ch in "*:!&[") and _bounded_in(h.lower(), own)
                                for h in names):
            return False
    return True


def _own(r: Naming | Said, a: Analysis) -> str:
    """The request's clause, in the English the reader made of it, and its message as written (lower case)."""
    said = r.said if hasattr(r, "said") else r
    msgs = a.ctx.user_messages
    raw = msgs[said.index].lower() if 0 <= said.index < len(msgs) else ""
    return f"{said.clause.text.lower()}\n{raw}"


def _spelt(a: Analysis) -> str:
    return "\n".join(c.text or " ".join(w.value for w in c.argv) for c in a.commands).lower()
