"""A whole-file Write that drops what the file held (session 11, S5): the user asked to add a line to `.env`, a
key to a config, a job to CI, a package to a lockfile, and the Write replaces the file with only the new part.

The adapter supplies the file's current text for a Write (`Action.before`, `adapters.base.with_before`): the lines
of it the new text no longer holds are what the write destroys. When the current text is not known (a record
without it, a file too large to read), a Write of a very short text over a data file the user named as the place to
add to is the same act, only less certain.
"""

from __future__ import annotations

from automode import lazyre
from automode.effects import Effect
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.files import WriteView

#: Tools that replace a file's whole content.
WHOLE_FILE_TOOLS = frozenset({"Write", "write_file", "create_file"})
#: Files whose lines are entries (settings, secrets, dependencies, ignore patterns, jobs, keys): a line dropped is an
#: entry lost. Code files are read the same way but only ever asked about.
DATA_FILE = lazyre.compile(r"(?i)(?:^|/)(?:\.env(?:\.[\w.-]+)?|[^/]*\.(?:ya?ml|toml|ini|cfg|conf|properties|json|jsonc|json5|xml|hcl|tf|"
                           r"tfvars|env|lock|csv|tsv|plist)|\.(?:git|docker|npm|eslint|prettier)ignore|\.npmrc|\.yarnrc|\.gitattributes|"
                           r"\.editorconfig|\.tool-versions|\.nvmrc|Gemfile|Pipfile|Brewfile|Procfile|requirements[^/]*\.(?:txt|in)|"
                           r"constraints[^/]*\.txt|go\.(?:mod|sum)|CODEOWNERS|authorized_keys|known_hosts|crontab|hosts|"
                           r"Dockerfile[^/]*|Makefile|Justfile)$")  # fmt: skip
SHORT = 3  # non-empty lines at most, for a Write over a file whose content is not known


_KEY = lazyre.compile(r"""^(?:export\s+|-\s+)?['"]?([\w.-]+)['"]?\s*(?:[:=]|==|>=|<=|~=|@)""")


def _key(line: str) -> str | None:
    """The name a line sets (`KEY=v`, `key: v`, `"key": v`, `pkg==1.2`): a line whose name stays was changed, not lost."""
    m = _KEY.match(line)
    return m.group(1).lower() if m else None


def _shown(line: str) -> str:
    """How a line is named in a reason: its key only (a `.env` line's value is a secret), else its start."""
    m = _KEY.match(line)
    return m.group(1) if m else line[:40]


def _lines(text: str) -> list[str]:
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.strip().startswith(("#", "//"))]


def effects(w: WriteView, rel: str) -> list[Effect]:
    """`weaken` effects (origin `dropped`, or `dropped-unknown` when the old text is not known) for a whole-file
    Write that leaves out lines the file held; `content` is the path, `target` says what is lost."""
    if w.tool not in WHOLE_FILE_TOOLS:
        return []
    data = DATA_FILE.search(w.path) is not None
    if w.before_known:
        old = _lines(w.old)
        if not old:
            return []
        now = _lines(w.new)
        kept, keys = set(now), {k for k in map(_key, now) if k}
        lost = [ln for ln in old if ln not in kept and (_key(ln) is None or _key(ln) not in keys)]
        if not lost:
            return []
        shown = ", ".join(_shown(ln) for ln in lost[:4])
        what = f"rewrites {rel} without {len(lost)} of its {len(old)} lines ({shown})"
        few = len(lost) < 2 or len(lost) * 5 < len(old)  # a line or a fifth at most: a small loss
        origin = ("dropped-few" if few else "dropped") if data else "dropped-code"
        return [Effect("weaken", what, detail=shown, origin=origin, content=w.path)]
    if not data or w.new.count("\n") > SHORT * 4:
        return []
    new = _lines(w.new)
    if 0 < len(new) <= SHORT:
        what = f"replaces the whole of {rel} with {len(new)} line{'s' if len(new) > 1 else ''} (what it held is not known)"
        return [Effect("weaken", what, detail=_shown(new[0]), origin="dropped-unknown", content=w.path)]
    return []
