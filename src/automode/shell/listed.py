"""In-place edits and fan-outs whose files a file lister selects (session 27, class R6 "loaded"; the lister reader:
`shell.listers`): `sed -i … $(git ls-files '*.test.ts')` and `git ls-files 'spec/*_spec.rb' | xargs sed -i …` are
judged on a path of the lister's pattern, as `find -exec` is.
"""

from __future__ import annotations

import posixpath
import shlex

from automode.shell.listers import selected, substituted
from automode.shell.words import Word
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.parse import Command


#: Programs that rewrite the files they are given in place (with their in-place switch): `shell.editors`, `sed -i`.
EDITORS = frozenset({"sed", "gsed", "perl", "ruby", "gawk", "awk", "sd", "rpl", "replace", "dos2unix", "unix2dos", "sponge"})


def in_place(cmd: Command) -> Command:
    """`cmd` with each word that is a lister's substitution read as the files it selects, when `cmd` edits files in
    place (the same command otherwise)."""
    if cmd.name not in EDITORS or not any(w.dynamic for w in cmd.argv[1:]):
        return cmd
    from automode.dc import replace

    words = [substituted(w) or w for w in cmd.argv]
    return replace(cmd, argv=words) if any(a is not b for a, b in zip(words, cmd.argv, strict=True)) else cmd


def fed(cmd: Command) -> Word | None:
    """What a lister pipeline feeds `cmd` on stdin (`git ls-files 'spec/*_spec.rb' | xargs sed -i …`), as the files
    it selects, or None."""
    if not any(posixpath.basename(w.value) in EDITORS for w in cmd.argv[1:6]):
        return None  # (only an in-place edit of what it is fed: `xargs git rm` of the lock files stays an unknown list)
    stages: list[list[str]] = []
    src = cmd.pipe_from
    while src is not None and len(stages) < 8:
        if any(w.dynamic for w in src.argv):
            return None
        stages.append([w.value for w in src.argv])
        src = src.pipe_from
    if not stages or posixpath.basename(stages[-1][0]) in ("find", "fd", "fdfind"):
        return None  # (find and fd: `fanout.stdin_items` reads their expression)
    path = selected(" | ".join(shlex.join(s) for s in reversed(stages)))
    return Word(path, path, False, glob=True) if path else None
