"""What `scope` checks the request named: the directory an action runs in, the selection it acts on, its data
options and what it is described as. Split from `scope` for the project's ~600-line limit; `scope` re-exports
every name."""

from __future__ import annotations

import re

from automode import lazyre
from automode.judge.intent.lexicon import WHOLE_WORDS
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.judge.intent.facts import Target
    from automode.judge.intent.match import Said


_ONLY = lazyre.compile(r"\b(?:only|just)\b")


def _runs_in_named(a: Analysis, only: str) -> bool:
    """The action runs in a directory (its working directory, `-chdir=`, `--cwd`) that one of the named words names."""
    from automode.judge.intent.places import name_tokens

    root = a.root.rstrip("/") + "/" if a.root else ""
    places = [c.cwd[len(root):] for c in a.commands if root and c.cwd and c.cwd.startswith(root)]
    places += [w.value.split("=", 1)[1] for c in a.commands for w in c.argv[1:]
               if w.value.startswith(("-chdir=", "--chdir=", "--cwd=", "--dir=", "--working-dir="))]
    from automode.knowledge.envselect import chosen

    places += [v for c in a.commands for v in chosen(c)]  # `terraform workspace select staging && terraform apply`
    words = {w.strip() for w in only.split(",")}
    return any(name_tokens(p) & {t for w in words for t in name_tokens(w)} for p in places if p)


def _selection_named(a: Analysis, words: set[str]) -> bool:
    """The workspace, stack or context chosen for the action (`terraform workspace select dev && terraform apply`)
    is one the request names ("apply it to the dev workspace"): what the apply reaches there is what was named."""
    from automode.judge.intent.places import name_tokens
    from automode.knowledge.envselect import chosen

    return any(len(t) >= 3 and t in words for c in a.commands for v in chosen(c) for t in name_tokens(v))


def _only_named(t: Target, r: Said) -> str:
    """The things a request limited itself to ("only the catalog service") when the action names none of its own and
    so acts on all that its tool manages (`helmfile apply`, `terraform apply`); "" when that is not the case."""
    if not _ONLY.search(r.clause.text):
        return ""
    from automode.judge.intent.match import GENERIC_WORDS
    from automode.judge.intent.places import name_tokens

    if any(not name_tokens(o) <= GENERIC_WORDS for o in (*t.objects, *t.paths)):
        return ""  # it names a thing of its own (an environment, `-e production`, is no thing)
    tool = set().union(*(name_tokens(k) for k in t.kinds))
    own = sorted(w for w in r.weak | r.strong if w not in GENERIC_WORDS and w not in WHOLE_WORDS
                 and not name_tokens(w) <= tool and len(w) >= 3)  # fmt: skip
    return ", ".join(own[:3])


#: A description closing a request ("…, it's the rate-limit test db"): what the named object is, not more objects.
_DESCRIBED = lazyre.compile(r",\s*(?:it'?s|it\s+is|that'?s|this\s+is|which\s+is)\s+(?:just\s+|only\s+)?(?:the|a|an|our|my)\s+(.*)$")


def _described(text: str) -> frozenset[str]:
    m = _DESCRIBED.search(text)
    return frozenset(w for w in re.split(r"[\s,;]+", m.group(1)) if w) if m is not None else frozenset()


def _what(r: Said) -> str:
    named = sorted(r.strong) or sorted(w for w in r.weak if w not in WHOLE_WORDS)[:3]
    return ", ".join(named[:3]) if named else "one thing"


#: Long options that widen a clean-up to data (`docker system prune --volumes`): named or not asked for.
def _unnamed_data_options(t: Target, a: Analysis, words: set[str]) -> str:
    if not t.implicit or not any(e.kind == "control" and e.origin == "data" and e.scope in ("set", "all")
                                 for e in a.effects):
        return ""
    for cmd in a.commands:
        if cmd.substituted or any(c.pipe_from is cmd for c in a.commands):
            continue  # a listing that feeds the act (`aws s3api list-objects-v2 --bucket b | xargs …`): it only reads
        for w in cmd.argv[1:]:
            v = w.value
            if v.startswith("--") and len(v) > 4 and "=" not in v:
                parts = [p for p in re.split(r"[-_]", v[2:].lower()) if p]
                if parts and not any(p in words or p.rstrip("s") in words for p in parts) and v not in _HARMLESS:
                    return v
    return ""


#: Options that say how, not what: never data of their own.
_HARMLESS = frozenset({"--force", "--yes", "--all", "--quiet", "--verbose", "--dry-run", "--filter", "--no-color"})
