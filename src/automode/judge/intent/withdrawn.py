"""An action that does what the user took back (session 16, G2): the act on the objects of a suspended request.

"delete logs older than 30 days in ./logs" … "nvm, keep them for the audit"; "delete the dist folder" … "scratch
that, I need the old build"; "set the timeout in config/app.yaml to 30s" … "actually leave it, ops owns that file".
A whole withdrawal or a pause (`stance_withdraw.withdraws_all`, `later.HOLD`) suspends the requests before it
(`match.session_intent`); the consequential acts it fences are denied by the boundary path whatever they touch. What
that leaves through is an act no rule calls consequential: deleting build output or logs, rewriting a project file.
Here such an act is denied when it acts on what the suspended request named (its paths, names, or two of its words),
and, for an edit, only when the withdrawing message asks for nothing else ("wait, also fix the signup page" is no
withdrawal of the edit asked before). A later request that asks for it again (`reask`, "ok, go ahead") lifts it.
Called by `judge.boundaries.boundary` for a "hold" boundary.
"""

from __future__ import annotations

import posixpath

from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.judge.intent.acts import Acts
    from automode.judge.intent.match import Intent, Said

#: Request acts whose instances this check looks for (beyond `acts.classes`: any delete, any file written).
_ACTS = frozenset({"delete", "reset", "update", "create", "install", "run", "push", "publish", "deploy", "send", "merge"})
_EDITS = frozenset({"update", "create", "touch"})
#: Verb classes of the withdrawing message that ask for nothing of their own ("forget that, it's fine as is").
_SAYS_NOTHING = frozenset({"forget"})


def taken_back(a: Analysis, act: Acts, intent: Intent, words: str) -> str:
    """Why the action is refused, when it does what a request suspended by `words` asked, on what it named; ""."""
    from automode.judge.intent.match import GENERIC_WORDS, quote

    held = [r for r, w in intent.suspended if w == words and r.index >= 0]
    if not held:
        return ""
    classes = set(act.classes)
    paths = list(act.writes)
    for e in a.effects:  # build output, logs, caches: deletes and writes `acts` leaves out
        if e.kind == "delete" and e.target:
            classes.add("delete")
            paths.append(e.target)
        elif e.kind == "write" and e.target:
            classes |= _EDITS
            paths.append(e.target)
    for r in held:
        hit = r.clause.verbs & _ACTS & classes
        if not hit or _asked_again(r, intent) or _newer_covers(r, intent, classes, act, paths, a):
            continue
        strong = frozenset(s for s in r.clause.strong if not s.isdigit())
        weak = r.clause.weak - GENERIC_WORDS
        if not (strong or weak) or not (_on(strong, weak, act, paths, a) or _spelled(r, weak, act, hit)):
            continue
        if hit <= _EDITS and not _quiet(a.ctx.user_messages, r.index, words):
            continue
        return (f"you asked {quote(r.clause.text, 80)}, then took it back ({quote(words, 80)}); this still does it")
    return ""


def _asked_again(r: Said, intent: Intent) -> bool:
    """A later request in force asks for the act again: about the same objects, or re-asked (`reask`)."""
    from automode.judge.intent.places import stem

    for q in intent.requests:
        if q.index <= r.index or not q.clause.verbs & r.clause.verbs:
            continue
        if r.clause.text in q.clause.text or q.strong & r.clause.strong:
            return True
        if {stem(w) for w in q.clause.weak} & {stem(w) for w in r.clause.weak if len(w) >= 3}:
            return True
    return False


def _newer_covers(r: Said, intent: Intent, classes: set[str], act: Acts, paths: list[str], a: Analysis) -> bool:
    """A request asked after the withdrawal is for this kind of act, on what it names or naming nothing ("nvm, just
    rebuild it"): it decides. ("nvm, delete the tmp files instead" does not cover deleting the logs.)"""
    from automode.judge.intent.match import GENERIC_WORDS

    for q in intent.requests:
        if q.index <= r.index or not q.clause.verbs & classes - _EDITS:
            continue
        strong = frozenset(s for s in q.clause.strong if not s.isdigit())
        weak = q.clause.weak - GENERIC_WORDS
        if not (strong or weak) or _on(strong, weak, act, paths, a):
            return True
    return False


def _on(strong: frozenset[str], weak: frozenset[str], act: Acts, paths: list[str], a: Analysis) -> bool:
    """The action acts on what the request named: a name or path of it, or its words (two, or its one)."""
    from automode.judge.intent.match import object_matches
    from automode.judge.intent.places import name_tokens, path_matches, stem

    root, home = a.root, a.ctx.home
    if strong and (any(path_matches(p, strong, frozenset(), root, home) for p in paths)
                   or any(object_matches(n, strong, frozenset()) for n in act.names)):
        return True
    said = {stem(w) for w in weak if len(w) >= 3}
    if not said:
        return False
    if said & {stem(posixpath.splitext(posixpath.basename(p.rstrip("/")))[0].lower()) for p in paths}:
        return True  # "rewrite the README from scratch": the file by its name
    have = set().union(*(name_tokens(p) for p in paths), *(name_tokens(n) for n in act.names)) if paths or act.names \
        else set()
    return len(said & have) >= min(2, len(said))


def _spelled(r: Said, weak: frozenset[str], act: Acts, hit: frozenset[str] | set[str]) -> bool:
    """The command spells the held request's own verb word and one of its object words: "prune the old LFS objects"
    … "hold that thought" and `git lfs prune` (a program's act with no path to compare)."""
    from automode.judge.intent.places import stem
    from automode.judge.intent.words import VERB_CLASSES_OF

    names = {n.lower() for n in act.names}
    said = set(r.clause.text.lower().split())
    if not any(VERB_CLASSES_OF.get(w, frozenset()) & hit for w in said & names):  # (the act taken back, spelled)
        return False
    return bool({stem(w) for w in weak if len(w) >= 3} & {stem(n) for n in names})


def _quiet(messages: tuple[str, ...], after: int, words: str) -> bool:
    """The message that took the request back asks for nothing of its own ("actually leave it, ops owns that file";
    not "wait, also fix the signup page")."""
    from automode.judge.intent.text import parse_message

    for m in messages[after + 1:]:
        msg = parse_message(m)
        if msg.hold == words:
            return not any(c.verbs - _SAYS_NOTHING and not c.question for c in msg.clauses)
    return False


def deletes_named(a: Analysis, strong: frozenset[str], weak: frozenset[str]) -> bool:
    """A delete of the action (build output and logs included, which `acts` leaves out) is of what `strong`/`weak`
    name: "delete dist and build" … "nur dist" fences `rm -rf dist build` on build."""
    from automode.judge.intent.acts import Acts

    paths = [e.target for e in a.effects if e.kind == "delete" and e.target]
    if not paths or not (strong or weak):
        return False
    return _on(strong, weak, Acts(frozenset(), frozenset(), (), ()), paths, a)
