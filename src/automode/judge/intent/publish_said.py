"""A publish the user asked for with any verb of moving a build (issue 12): "push a beta of 4.2 to TestFlight",
"send the release apk to the testers on Firebase", "carica una build su TestFlight", "загрузи на CPAN".

People rarely say "publish" to a store: they push, send, upload or submit a build *to* a named place. When the
message names the place this publish goes (the registry's name, the channel or track, the service's own name), a
verb of moving it there (`push`, `send`, `publish` classes, and `upload` glossed from other languages) asks for
it. Without the place named, "push" stays a git push and "send" a message: the rule's own verb list is unchanged.
"""

from __future__ import annotations

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

#: Request verb classes (`lexicon.VERBS`) that move a build to the place named.
#: ("deploy" too: "把 billing-sdk 发布到 npm" reads "deploy … npm", and a registry named as the place is a publish there)
TRANSFER = frozenset({"push", "send", "publish", "deploy"})
_WORD = lazyre.compile(r"[\w.-]+")
_PARTS = lazyre.compile(r"[\s:=/]+")


def said_verbs(a: Analysis) -> frozenset[str]:
    """The request verbs a publish is also named by: a transfer's when the user names where it lands (`dest_said`),
    and "run" when they name the lane or task that publishes by its name ("run the iOS beta lane")."""
    out = TRANSFER if dest_said(a) else frozenset()
    return out | {"run"} if lane_said(a) else out


#: The words a store runner's unit of work is called by ("the beta lane", "la lane internal", "die beta-Lane").
_LANE = lazyre.compile(r"(?i)\blanes?\b|レーン|레인|流水线|车道")
#: Runners whose positional words name a lane (`fastlane ios beta`, `bundle exec fastlane android internal`).
LANE_RUNNERS = frozenset({"fastlane"})


def lane_said(a: Analysis) -> bool:
    """A message names the lane the action runs: the word "lane" and the lane's own name (its last word)."""
    msgs = [m[:4000].lower() for m in a.ctx.user_messages]
    if not any(_LANE.search(m) for m in msgs):
        return False
    for cmd in a.commands:
        if cmd.name not in LANE_RUNNERS:
            continue
        pos = [w.lower() for w in cmd.args if not w.startswith("-") and ":" not in w]
        if pos and any(_LANE.search(m) and lazyre.whole(pos[-1], m) for m in msgs):
            return True
    return False


def dest_said(a: Analysis) -> bool:
    """Some message names where a publish command of the action lands: its registry, its channel or track (and that
    channel's aliases: Apple's beta is TestFlight), or the publishing service's own program name (`firebase`,
    `kaggle`, `butler`)."""
    if not a.ctx.user_messages:
        return False
    from automode.judge.intent.gloss import gloss
    from automode.knowledge.publish import CHANNEL_ALIASES, CHANNEL_WORDS, REGISTRY_WORDS

    msgs = [m[:4000] for m in a.ctx.user_messages]  # (as written, and as the reader made them English: "прод" production)
    said = " ".join([*msgs, *(g for m in msgs if (g := gloss(m)) != m)]).lower()
    words = set(_WORD.findall(said))
    # (the publish rule fired on this action: any of its commands may be the publisher)
    for cmd in a.commands:
        names = {cmd.name.lower(), *REGISTRY_WORDS.get(cmd.name, ())}
        for w in cmd.args:
            for part in _PARTS.split(w.lower()):
                if part in CHANNEL_WORDS:
                    names |= {part, *CHANNEL_ALIASES.get(part, frozenset())}
        if any((n in words) if " " not in n else (n in said) for n in names if len(n) > 2):
            return True
        slug = next((w for w in cmd.args if _SLUG.match(w) and lazyre.whole(w.lower(), said, r"[\w/.-]", r"[\w/.-]")), None)
        if slug is not None and _sends_what_named(cmd.args, slug, said):
            return True  # the hub repository by its `owner/name` ("envoie les poids sur le repo HF privé yunhe/churn-xgb")
    return False


#: A repository of a hub or forge written as `owner/name` (not a path: no leading `.`, `/`, `~`).
_SLUG = lazyre.compile(r"^[A-Za-z0-9][\w.-]*/[\w.-]*[A-Za-z0-9]$")


_PATH_SAID = lazyre.compile(r"(?<![\w/.-])(?:\.{0,2}/)?[\w.-]+/[\w./-]*")


def _sends_what_named(args: list[str], slug: str, said: str) -> bool:
    """The folders or files a hub upload sends are the ones the user named, when they named any ("push the model in
    models/churn-xgb-v3 to tallgrass/churn-xgb" is not `upload tallgrass/churn-xgb data/`)."""
    named = {p.strip("./").rstrip("/") for p in _PATH_SAID.findall(said) if p.lower() != slug.lower()}
    if not named:
        return True
    sent = [w.strip("./").rstrip("/") for w in args if w != slug and not w.startswith("-") and ("/" in w or w == ".")]
    return all(any(x.lower() == n.lower() or x.lower().startswith(n.lower() + "/") for n in named) for x in sent if x)
