"""A named directory emptied, whatever carries the removal (session 26, Q3, helper `carried`): "empty /var/cache/ccache
in container builder-2" answered with `machinectl shell builder-2 /bin/sh -c 'rm -rf /var/cache/ccache/*'`, "vide
/var/lib/apt/lists dans le conteneur builder" with `lxc exec builder -- sh -c 'rm -rf /var/lib/apt/lists/*'`.

A glob over the contents of a literal directory (`DIR/*`, `DIR/.[!.]*`, `find DIR -mindepth 1 -delete`) is no
target known only at run time (AM-DESTROY-006 guards `"$DIR"/*` with DIR unknown): it is everything in DIR, which is
what "empty DIR" names. Released when the words name DIR by its path and an act that empties it (in any language, read
through the gloss: empty, clear, clean, purge, wipe, flush, delete). Another directory, a parent, a top-level one
(`/var/*`, `/etc/*`) or a glob with a variable stays as the rule says.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

#: The contents of a literal directory: `DIR/*`, `DIR/.*`, `DIR/.[!.]*`, `DIR/{*,.*}`, `DIR/**`.
_CONTENTS = lazyre.compile(r"^(?P<dir>(?:/|\./|~/)?[\w.@+:-]+(?:/[\w.@+:-]+)*)/(?:\*\*?|\.\*|\.\[!\.\]\*|\.\?\?\*|"
                           r"\{\*,\.\*\}|\{\.\*,\*\})$")
#: Words (English, or the gloss of another language) that empty a directory.
_EMPTY_WORDS = frozenset({"empty", "emptied", "clear", "cleared", "clean", "purge", "wipe", "flush", "delete", "remove",
                          "erase", "prune", "truncate", "nuke"})


def _dir_said(d: str, text: str) -> bool:
    return re.search(r"(?<![\w./~-])" + re.escape(d.rstrip("/")) + r"/?(?:\*|\.\*)?(?![\w.-]*[\w/-])", text) is not None


def emptied_named(a: Analysis) -> str | None:
    """The user's message that names each directory the action empties by a glob over its contents, and an act that
    empties it; None otherwise."""
    from automode.judge.intent.gloss import gloss
    from automode.knowledge.act_words import said_acts

    dyn = [e for e in a.effects if e.kind == "delete" and e.pclass == "dynamic"]
    if not dyn or not a.ctx.user_messages:
        return None
    dirs: set[str] = set()
    for e in dyn:
        m = _CONTENTS.match(e.target)
        if m is None:
            return None
        d = m.group("dir")
        if d.startswith("/") and d.count("/") < 2:
            return None  # (`/var/*`, `/etc/*`: a top-level tree, whatever was said)
        dirs.add(d)
    for msg in reversed(a.ctx.user_messages[-3:]):
        if not all(_dir_said(d, msg) for d in dirs):
            continue
        words = set(re.findall(r"[a-z]+", gloss(msg[:4000]).lower())) | set(re.findall(r"[a-z]+", msg.lower()))
        if words & _EMPTY_WORDS or "delete" in said_acts(msg):
            return msg
    return None
