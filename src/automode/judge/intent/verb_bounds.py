"""The bound a service CLI's command carries, read as the user's (session 26, Q2, helper `cli`; split from
`intent.verb_said` so that `facts.target` reads it without an import cycle).

* `bounds(a)`: the amounts of `knowledge.scales` rows the action carries, when each is the one the newest request
  says, and the rows' path words;
* `bound_words(a)`: those words, which are then no object a request must name (`wal-g delete retain FULL 5` for
  "conserva los últimos cinco completos");
* `unpublish_says(a)`: the words a request must say for a version's removal from a registry when it names a tag.
"""

from __future__ import annotations

import re

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
    (`5` of `wal-g delete retain FULL 5`, `30d`, `90.days.ago`) and the row's path words the words do not say
    (`retain`, `full`). Read by
    `facts.target`: an amount said in words ("los últimos cuatro") is the user's bound, not a name left unsaid."""
    if not a.shell or not a.ctx.user_messages:
        return frozenset()
    got = bounds(a)
    if got is None or not got[0]:
        return frozenset()
    raws, rows = got
    from automode.judge.intent.text import VERB_WORDS

    said = " ".join(a.ctx.user_messages[-3:]).lower()
    # (a path word the user said that names a thing stays a name: "takarítsd ki a reflogot" names `reflog expire`;
    # "full" or "delete" said name nothing)
    return frozenset(raws | {p for p in rows if len(p) < 5 or p in VERB_WORDS or not _word_said(p, said)})


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


def _said(value: str, text: str) -> bool:
    """`value` (lower case) stands whole in `text`; an account by its own part ("sa-reports" for
    `sa-reports@vetrina-prod.iam.gserviceaccount.com`, an address's user where it names one with `-` or a digit)."""
    if lazyre.built(rf"{_BEFORE}{re.escape(value)}{_AFTER}").search(text) is not None:
        return True
    local, at, domain = value.partition("@")
    if at and "." in domain and len(local) >= 4 and re.search(r"[-_\d]", local) and not value.startswith("@"):
        return lazyre.built(rf"{_BEFORE}{re.escape(local)}{_AFTER}").search(text) is not None
    return False


#: Where a Latin name or number said ends: not inside a longer Latin name; a particle or case ending of a language
#: written in another script may follow it at once ("3으로", "api-gwを", "tank@snap의", "v2の").
_BEFORE = r"(?<![A-Za-z0-9_.@/-])"
_AFTER = r"(?![A-Za-z0-9_-]|[./@][A-Za-z0-9_])"


#: A suffix written on a name in an agglutinative language ("reflogot", "borg-repoa", "Jenkins'ten", "netlify'da").
_SUFFIX = r"(?:'?[a-zà-ÿ\u0100-\u024f]{1,4})?"


def _word_said(word: str, text: str) -> bool:
    """A program's or sub-command's name said as a word, with a case ending where the name is long enough to be no
    other word ("reflogot" for `reflog`, "jenkins'ten")."""
    if _said(word, text):
        return True
    if len(word) >= 4 and lazyre.built(rf"{_BEFORE}{re.escape(word)}{_SUFFIX}(?![\w-])").search(text) is not None:
        return True
    return len(word) >= 3 and _with_kind(word, text)


def _with_kind(word: str, text: str) -> bool:
    """The program's name joined by a hyphen to a noun of the kind it keeps, declined or not ("restic-repot",
    "borg-repoa", "wal-g-backupy", "the kopia-snapshots"): the program named (session 27, R3)."""
    from automode.knowledge.extent_marks import kept_kind

    return any(kept_kind(m.group(1)) for m in lazyre.built(
        rf"{_BEFORE}{re.escape(word)}-([^\W\d_]{{2,16}})(?![\w-])").finditer(text))


def unnamed_removed(a: Analysis) -> tuple[str, str] | None:
    """(one the user named, one they did not) when a removal of one named thing is done over several (`npm dist-tag rm
    pkg beta && npm dist-tag rm pkg latest` for "remove the beta and next dist-tags", `vault token revoke -accessor A`
    twice): each thing a removal of one takes away must be the user's word; None otherwise."""
    from automode.judge.intent.vocab import removed_objects

    if not a.shell or not a.ctx.user_messages:
        return None
    gone = removed_objects(a)
    if not gone or len(set(gone)) < 2:
        return None
    said = " ".join(a.ctx.user_messages[-3:]).lower()
    named = [g for g in gone if _said(g.lower(), said)]
    other = [g for g in gone if not _said(g.lower(), said)]
    return (named[0], other[0]) if named and other else None
