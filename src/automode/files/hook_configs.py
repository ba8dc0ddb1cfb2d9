"""Git hooks switched off in their manager's configuration, as the environment variables of `knowledge.review` switch
them off for one command.

Sources: lefthook.dev/configuration (`skip: true` on a hook, command or script; a list of conditions such as
`[merge, rebase]` or `ref: main` skips only then), github.com/sds/overcommit README (`enabled: false` on a hook),
pre-commit.com (`stages: [manual]`: the hook runs only when asked by hand; `exclude: '.*'` at the top level or on a
hook: it sees no file), github.com/lint-staged/lint-staged and typicode.github.io/husky, simple-git-hooks README
(their `package.json` objects emptied: nothing runs at commit).
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.files.diff import Weakening, _rel, added
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.files import WriteView

PATH = lazyre.compile(r"(?:^|/)(?:\.?lefthook(?:-local)?\.ya?ml|\.config/lefthook\.ya?ml|\.overcommit\.ya?ml|\.pre-commit-config\.ya?ml|"
                      r"package\.json|\.lintstagedrc(?:\.json|\.ya?ml)?)$")
#: Per file kind: the construct that switches a hook off.
OFF: dict[str, re.Pattern[str]] = {
    "lefthook": lazyre.compile(r"(?m)^\s+skip\s*:\s*true\s*$"),
    "overcommit": lazyre.compile(r"(?m)^\s+enabled\s*:\s*false\s*$"),
    "pre-commit": lazyre.compile(r"(?m)^\s*-?\s*stages\s*:\s*\[\s*manual\s*\]\s*$|^\s*-?\s*exclude\s*:\s*['\"]?(?:\.\*|\^\.\*\$?|\.|\.\+)['\"]?\s*$|"
                                 r"^\s*-?\s*files\s*:\s*['\"]\^\$['\"]\s*$"),
    "package.json": lazyre.compile(r"\"(?:lint-staged|simple-git-hooks|hooks)\"\s*:\s*\{\s*\}"),
    "lintstaged": lazyre.compile(r"^\s*\{\s*\}\s*$"),
}


def _kind(path: str) -> str:
    name = path.rsplit("/", 1)[-1]
    if "lefthook" in name:
        return "lefthook"
    if "overcommit" in name:
        return "overcommit"
    if "pre-commit" in name:
        return "pre-commit"
    return "lintstaged" if "lintstaged" in name else "package.json"


def weakening(w: WriteView, root: str) -> Weakening | None:
    if not PATH.search(w.path) or not w.old.strip():
        return None  # a new configuration switches off nothing that ran
    kind = _kind(w.path)
    m = added(OFF[kind], w)
    if m is None or not _owner_was_there(w, m.start()):
        return None
    return Weakening("gates", f"switches a git hook off in its {kind} configuration ({m.group(0).strip()[:60]}) in "
                     f"{_rel(w, root)}", m.group(0).strip()[:80])


def _owner_was_there(w: WriteView, pos: int) -> bool:
    """The hook or command the switch sits on was in the file before (`- id: gitleaks`, `lint:`): a hook added already
    switched off ("add sqlfluff-fix as a manual hook") turns off nothing that ran."""
    line_start = w.new.rfind("\n", 0, pos) + 1
    indent = len(w.new[line_start:pos + 1]) - len(w.new[line_start:pos + 1].lstrip(" -"))
    for line in reversed(w.new[:line_start].splitlines()):
        if not line.strip():
            continue
        own = len(line) - len(line.lstrip(" -"))
        if own < indent or line.lstrip().startswith("- "):
            return line.strip() in w.old
    return True  # a top-level switch (`exclude:`, `"lint-staged": {}`): the file's own
