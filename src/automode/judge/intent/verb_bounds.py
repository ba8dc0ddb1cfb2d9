"""The bound a service CLI's command carries, read as the user's (session 26, Q2, helper `cli`; split from
`intent.verb_said` so that `facts.target` reads it without an import cycle).

* `bounds(a)`: the amounts of `knowledge.scales` rows the action carries, when each is the one the newest request
  says, and the rows' path words;
* `bound_words(a)`: those words, which are then no object a request must name (`wal-g delete retain FULL 5` for
  "conserva los últimos cinco completos");
* `unpublish_says(a)`: the words a request must say for a version's removal from a registry when it names a tag.
"""

from __future__ import annotations

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis


def bounds(a: Analysis) -> tuple[set[str], set[str]] | None:
    """(the amounts as written, the row path words) of every `knowledge.scales` amount the action carries, when each
    is the one the newest request says; None when one is another amount or none was said."""
    from automode.judge.intent.scaled import compared
    from automode.knowledge.scales import carried

    got = compared(a)
    if any(g[4] is not True for g in got):
        return None
    raws = {g[1].lower() for g in got}
    rows = {p.lower() for c in a.commands for row, _, _, _ in carried(c) for part in row.path for p in part.split("|")}
    return raws, rows


def bound_words(a: Analysis) -> frozenset[str]:
    """The words of the one command that say its bound, not an object, when the bound is the one said: the amount
    (`5` of `wal-g delete retain FULL 5`, `30d`, `90.days.ago`) and the row's path words (`retain`, `full`). Read by
    `facts.target`: an amount said in words ("los últimos cuatro") is the user's bound, not a name left unsaid."""
    if not a.shell or not a.ctx.user_messages:
        return frozenset()
    got = bounds(a)
    if got is None or not got[0]:
        return frozenset()
    raws, rows = got
    out = set(rows)
    for raw in raws:
        out.add(raw)
    return frozenset(out)


#: Words that name a registry's channel pointer, not a version ("the next dist-tag", "the beta tag", "канал").
_TAG_WORDS = lazyre.compile(r"(?i)\bdist-?tags?\b|\btags?\b|\bchannels?\b|タグ|标签|태그|\bétiquette\b|\betikett\w*")
#: Words that name a published version or its removal ("unpublish 3.0.0-next.1", "yank the version").
UNPUBLISH_SAYS = frozenset({"unpublish", "unpublished", "yank", "yanked", "version", "versions", "release",
                            "releases", "build", "builds"})


def unpublish_says(a: Analysis) -> frozenset[str]:
    """The words a request must say for a version's removal from a registry (`npm unpublish`, `cargo yank`) when its
    newest message names a tag or channel: "drop the next dist-tag from @acme/icons" takes a pointer off, which
    `npm unpublish @acme/icons@3.0.0-next.1` is not (the version is gone for everyone). Empty: no such words needed."""
    from automode.judge.intent.vocab import action_act

    act = action_act(a)
    if act is None or act.name != "unpublish" or not a.ctx.user_messages:
        return frozenset()
    return UNPUBLISH_SAYS if _TAG_WORDS.search(a.ctx.user_messages[-1]) else frozenset()
