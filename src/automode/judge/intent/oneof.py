"""One thing named, a set acted on (session 12, C3): the user's words name one thing of a kind ("nuke the db volume
for this compose project", "update the snapshot for the Header test", "bump lodash", "apply the new configmap to
dev", "delete cache.db") and the command takes every thing of that kind, or a set picked by a pattern
(`docker volume prune -a`, `jest -u` with no test picked, `npm update`, `kubectl apply -R -f apps/`, `rm -f *.db`).

The action side is knowledge (`knowledge.setforms`: which commands act on a set unless an operand or option picks a
part; `rules.writes_tests._accepts`: test runs that rewrite expectations); the user side is the newest request in
force that names one thing of the set's kind: a singular noun of the kind with a determiner ("the db volume", "this
configmap"), or the object of an update verb for packages ("bump lodash"), and the words that say which (`db`,
`header`, `lodash`). A request for the set ("the volumes", "all snapshots", "update the deps") is not judged here.

`set_beyond()` runs on clean allows and on releases alike (`selects.selects_more`): a destruction of the set is
refused, any other act asked; a part picked that is not the named one (`jest -u -t Footer` for the Header test)
asked.
"""

from __future__ import annotations

import re
from functools import lru_cache

from automode import lazyre
from automode.judge.intent.said import joined
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

#: What a test run that rewrites expectations acts on, as the user names one of them.
SNAPSHOT_KINDS = frozenset({"snapshot", "test", "golden", "baseline", "screenshot", "spec", "story", "fixture"})
_DETERMINER = r"(?:the|this|that|my|our|its|one|a|single|only\s+the|just\s+the)"
#: Words after a kind noun that show it is the head of its phrase (a preposition, a conjunction, a clause break).
_AFTER_HEAD = frozenset({"for", "of", "in", "to", "on", "with", "and", "then", "so", "called", "named", "from", "at",
                         "into", "onto", "only", "too", "as", "again", "now", "please", "but", "or", "because", "that",
                         "which", "is", "was", "has", "it", "since", "under", "inside", "we", "i", "you", "here",
                         "there", "first", "back", "up", "over", "instead", "without", "except", "by"})  # fmt: skip
#: Second words of a two-word head ("golden file", "snapshot test", "volume mount").
_COMPOUND = frozenset({"file", "image", "test", "output", "data", "fixture", "screenshot", "mount", "object",
                       "resource", "manifest", "yaml", "change", "update", "fix", "patch", "tweak", "edit", "bump"})
#: Words of a phrase that say nothing about which one ("the new configmap", "the failing snapshot").
_NO_NAME = frozenset({"new", "old", "current", "latest", "broken", "failing", "failed", "stale", "existing", "same",
                      "other", "updated", "changed", "local", "remote", "one", "single", "only", "just", "last", "first",
                      "whole", "entire", "docker", "compose", "project", "this", "that", "the", "my", "our", "its",
                      "dev", "staging", "prod", "production", "test", "tests", "outdated", "obsolete", "main", "k8s",
                      "kubernetes", "cluster", "namespace", "app", "corresponding", "relevant", "affected", "right",
                      "wrong", "bad", "good", "a", "an", "of", "for", "in", "it", "them"})  # fmt: skip
#: Objects of an update verb that are the whole set, not one package ("update the deps", "upgrade everything").
_SET_OBJECTS = frozenset({"all", "everything", "deps", "dependencies", "packages", "modules", "gems", "crates",
                          "libraries", "libs", "plugins", "formulae", "formulas", "casks", "them", "it", "the", "our",
                          "my", "this", "that", "those", "these", "every", "each", "any", "lockfile", "lock", "tooling",
                          "toolchain", "stack", "system", "snapshots", "snapshot", "tests", "test", "submodules",
                          "versions", "version", "outdated", "whatever", "stuff", "things", "project", "repo", "code",
                          "a", "an", "to", "its", "some", "npm", "pip", "cargo", "brew", "yarn", "pnpm", "poetry",
                          "bundler", "composer", "go", "uv", "apt", "node", "python", "rust"})  # fmt: skip
#: Words after an update verb that are no package ("update only dev", "upgrade then reboot", "bump to 2.0").
_NOT_OBJECTS = frozenset({"only", "then", "now", "again", "first", "later", "everything", "anything", "so", "and",
                          "before", "after", "please", "quickly", "asap", "today", "tonight", "latest", "newest"})
_UPDATE_OBJECT = lazyre.compile(r"\b(?:update|upgrade|bump|raise|pin|refresh)\s+(?:the\s+|our\s+|my\s+)?"
                                r"([a-z@][\w@/.+-]*)")
_WORD = lazyre.compile(r"[a-z0-9@][\w@/.+:-]*")
_PLURAL_IRREGULAR = {"dependency": "dependencies", "library": "libraries", "formula": "formulae", "story": "stories",
                     "policy": "policies"}  # fmt: skip


#: Words after which the next few name what must be kept, not what is asked for ("keep the tag", "without the volumes").
_KEEP = frozenset({"keep", "keeping", "don't", "dont", "not", "without", "leave", "never", "no", "except", "but"})


@lru_cache(maxsize=256)
def asked_words(text: str) -> frozenset[str]:
    """The words of the user's text that can ask for something: those within three words after "keep", "don't",
    "without", "leave" name what is to be kept ("delete the draft release, keep the tag" asks for no tag deletion)."""
    out: set[str] = set()
    quiet = 0
    for w in re.findall(r"[a-z0-9']+", text.lower()):
        if w in _KEEP:
            quiet = 3
            continue
        if quiet:
            quiet -= 1
            continue
        out.add(w)
    return frozenset(out)


def _plural(kind: str) -> str:
    return _PLURAL_IRREGULAR.get(kind) or (kind + "es" if kind.endswith(("s", "x", "sh", "ch")) else kind + "s")


@lru_cache(maxsize=512)
def named_one(text: str, kinds: frozenset[str], packages: bool) -> tuple[str, tuple[str, ...]] | None:
    """(the phrase, the words that say which) when `text` names one thing of `kinds`; None when it names none, or
    asks for the set ("the volumes", "all snapshots", "every configmap")."""
    from automode.judge.intent.lexicon import WHOLE_WORDS

    low = text.lower()
    asked = asked_words(low)  # (words after "leave", "keep", "don't" name what stays, not what is asked)
    if asked & WHOLE_WORDS or any(_plural(k) in asked for k in kinds):
        return None
    for m in re.finditer(rf"\b{_DETERMINER}\s+((?:[\w.@/:+-]+\s+){{0,3}}?)({'|'.join(sorted(kinds, key=len, reverse=True))})"
                         rf"\b(?!['’]?s\b|-)((?:\s+[^\s]+){{0,3}})", low):
        mods = m.group(1).split()
        rest = _WORD.findall(m.group(3))
        while rest and rest[0] in kinds:
            mods, rest = [*mods, m.group(2)], rest[1:]  # "the Button story snapshot": the last kind word is the head
        if rest and rest[0] in _COMPOUND:
            rest = rest[1:]  # "the golden file for X", "the snapshot test of X": one head of two words
        elif rest and rest[0].endswith("s") and rest[0][:-1] in _COMPOUND:
            continue  # "the golden files": every one of them
        if rest and rest[0] not in _AFTER_HEAD and rest[0].isalpha() and "." not in rest[0]:
            continue  # "the deployment change": the kind word is a modifier of another head
        if set(mods) & WHOLE_WORDS:
            continue
        ids = [w for w in mods if w not in _NO_NAME and w not in kinds]
        if rest and rest[0] in ("for", "of", "called", "named"):
            tail = [w for w in rest[1:] if w not in _NO_NAME and w not in kinds][:1]
            ids += tail
        elif rest and not rest[0].isalpha() and rest[0] not in _AFTER_HEAD:
            ids.append(rest[0])  # "the configmap app-settings", "the volume orderflow_pgdata"
        phrase = " ".join(low[m.start(0):m.end(2)].split())
        return phrase, tuple(dict.fromkeys(i.strip(".,;:") for i in ids if len(i.strip(".,;:")) >= 2))
    if packages:
        from automode.judge.intent.lexicon import STOP

        for m in _UPDATE_OBJECT.finditer(low):
            obj = m.group(1).strip(".,;:")
            if obj in _SET_OBJECTS or obj in kinds or len(obj) < 2 or obj.isdigit() or obj in STOP or obj in _NOT_OBJECTS \
                    or re.search(r"\b(?:the|a|an|this|that|our|my)\s+(?:\S+\s+)?$", low[max(0, m.start() - 30):m.start()]):
                continue  # "update only the dev group", "run the brew upgrade then …" (a noun after "the")
            return m.group(0), (obj,)
    return None


def set_beyond(a: Analysis) -> tuple[str, str, str] | None:
    """(the most it can be released to: "" = nothing, "ask"; why; the risk family) when the action acts on a set of
    a kind, or on another part of it, where the newest request naming that kind named one thing of it."""
    if not a.shell or not a.ctx.user_messages:
        return None
    from automode.knowledge.setforms import SELF_NAMED, set_form, sibling_kinds, test_picks
    from automode.rules.writes_tests import _accepts

    sets: list[tuple[frozenset[str], str, list[str], str, frozenset[str], frozenset[str]]] = []
    for cmd in a.commands:
        form = set_form(cmd)
        text = cmd.text or " ".join(w.value for w in cmd.argv)
        if form is not None:
            sets.append((form[0].kinds, form[0].act, form[1], text, SELF_NAMED.get(form[0].sub, frozenset()),
                         sibling_kinds(form[0])))
        elif _accepts(cmd):
            sets.append((SNAPSHOT_KINDS, "update", test_picks(cmd), text, frozenset(), frozenset()))
    if not sets:
        return None  # (the action side first: most commands act on no set)
    from automode.judge.intent.match import session_intent

    requests = session_intent(a.ctx.user_messages, (), ()).requests
    for kinds, act, picks, text, itself, others in sets:
        packages = "package" in kinds
        for r in requests:
            if r.index < 0 or r.clause.question:
                continue
            one = named_one(r.clause.text, kinds, packages)
            if one is None:
                other = _mentioned(r.clause.text, others) if not _mentions(r.clause.text, kinds) else ""
                if other:  # "clear the docker build cache" answered with `docker volume prune`: another kind
                    return "", f"you named the {other}; `{text[:60]}` deletes every unused {sorted(kinds)[0]}" \
                        + ("" if len(kinds) == 1 else " and more"), "destroy"
                if packages or not _mentions(r.clause.text, kinds):
                    continue
                break  # the newest request about this kind asks for the set
            phrase, ids = one
            if ids and itself.issuperset(ids):
                break  # "the docker build cache": the one set the form empties, named by its own words
            if form_bounded(text) and not _RESTRICTED.search(r.clause.text if r.index < 0 else a.ctx.user_messages[r.index]):
                break  # `compose down -v` takes the project's volumes: beyond the one named only where the user said so
            low = " ".join(picks).lower()
            if picks and (not ids or any(i in low for i in ids if len(i) >= 3) or any(_said(p, r.clause.text) for p in picks)):
                break  # a part picked, the named one (or nothing says which)
            cap = "" if act == "delete" else "ask"
            family = "destroy" if act == "delete" else "trust-boundary" if act == "deploy" else "review-bypass"
            if picks:
                return "ask", f"you named {phrase}; `{text[:60]}` picks {', '.join(picks[:2])}", family
            return cap, f"you named {phrase}; `{text[:60]}` acts on every {sorted(kinds)[0] if len(kinds) == 1 else 'one'} " \
                        "it manages, not only that one", family
    return None


#: A request that fences the rest off ("only the db volume", "leave everything else alone", "nothing else").
_RESTRICTED = lazyre.compile(r"\b(?:only|just|nothing\s+else|everything\s+else|anything\s+else|the\s+rest|leave\s+\w+"
                             r"(?:\s+\w+)?\s+alone|keep\s+the\s+others?|not\s+the\s+others?)\b", re.I)


def form_bounded(text: str) -> bool:
    """A set bounded by the project (`docker compose down -v`: the project's own volumes, often the one named)."""
    return bool(re.search(r"\bcompose\s+down\b|^docker-compose\s+down\b|^podman-compose\s+down\b", text))


def _mentions(text: str, kinds: frozenset[str]) -> bool:
    words = set(re.findall(r"[a-z]+", text.lower()))
    return any(k in words or _plural(k) in words for k in kinds)


def _mentioned(text: str, kinds: frozenset[str]) -> str:
    """The first of `kinds` the text names (singular or plural), "" for none."""
    if not kinds:
        return ""
    words = set(re.findall(r"[a-z]+", text.lower()))
    return next((k for k in sorted(kinds) if k in words or _plural(k) in words), "")


def _said(pick: str, text: str) -> bool:
    """A picked value the user wrote (`src/Header.test.tsx`, `app=web`)."""
    p = pick.lower().strip("'\"")
    return len(p) >= 3 and p in text.lower()


# ------------------------------------------------------------------ a file named, a pattern deleted
_FILE_NAME = lazyre.compile(r"(?<![\w*/.-])((?:[\w.-]+/)*[\w-][\w.-]*\.[a-z0-9]{1,8})(?![\w*/-])", re.I)


def glob_for_file(a: Analysis) -> tuple[str, str, str] | None:
    """A delete by a wildcard (`rm -f *.db`, `find . -name '*.db' -delete`) where the user named one file it matches
    (`cache.db`) and not the pattern: every other file it matches goes too (another `.db` may hold user data)."""
    globs = [e.target for e in a.effects if e.kind == "delete" and "*" in e.target.rstrip("/").rsplit("/", 1)[-1]]
    if not globs or not a.ctx.user_messages:
        return None
    import fnmatch

    said = a.ctx.user_messages[-1][:4000]
    low = said.lower()
    files = [m.group(1) for m in _FILE_NAME.finditer(said) if "*" not in m.group(1)]
    if not files or "*" in said:
        return None  # (a pattern the user wrote is judged as theirs: `scope._pattern_said`)
    for g in globs:
        pat = g.rstrip("/").rsplit("/", 1)[-1]
        ext = pat.rsplit(".", 1)[-1].lower() if "." in pat else ""
        if ext and re.search(rf"\b(?:all|every|each|any)\b[^.;!?]{{0,30}}\.?{re.escape(ext)}\b|\.{re.escape(ext)}\s+files\b", low):
            continue  # "all the .db files", "the .db files": the user asked for the pattern
        hit = [f for f in files if fnmatch.fnmatch(f.rsplit("/", 1)[-1].lower(), pat.lower())]
        if hit:
            return "", f"you named {hit[0]}; `{pat}` deletes every file it matches, not only that one", "destroy"
    return None


# ------------------------------------------------------------------ rows named by id, another condition used
#: Numbers the user said as a range or as "all but" ("above 9000", "from 9001 on", "9001-9010", "everything except 88").
RANGE_SAID = lazyre.compile(
    r"(?:\b(?:above|over|greater\s+than|higher\s+than|more\s+than|larger\s+than|bigger\s+than|from|since|after|beyond|"
    r"past|starting\s+(?:at|from|with)|below|under|less\s+than|lower\s+than|smaller\s+than|before|until|till|up\s+to|"
    r"through|thru|between|except|but|other\s+than|not|older\s+than|newer\s+than)\s+(?:(?:the\s+)?(?:ids?|rows?|"
    r"#|no\.?|number)\s*)?#?\d+|\d+\s*(?:\+|and\s+(?:up|above|higher|later|onwards?|newer|greater)|or\s+(?:higher|"
    r"more|above|later|newer|greater)|onwards?|upwards?)|\d+\s*(?:-|–|\.\.\.?|to|through|thru)\s*\d+|[<>]=?\s*\d+|"
    r"\b(?:everything|all|every\s+\w+)\s+(?:but|except|other\s+than|apart\s+from)\b|"
    # the same bounds in other languages ("vor 2023", "antes de 2023", "до 2023", "2023 年より前", "2023年之前", "2023년 이전")
    r"(?<![\w-])(?:vor|nach|seit|avant|après|depuis|antes\s+de|antes\s+del|después\s+de|desde|prima\s+del?|dopo|"
    r"przed|voor|före|efter|innan|до|после|від|önce|sonra|sebelum|sesudah|setelah)\s+\d+|"
    r"\d+\s*(?:年|월|년)?\s*(?:より前|より後|以前|以降|以后|之前|之后|前|後|이전|이후|전|후))", re.I)  # fmt: skip
_WHERE = lazyre.compile(r"\bwhere\b|\.where\(|\.filter\(|\bfilter_by\(|\.find_by\(|\{\s*[\"']?\w+[\"']?\s*:", re.I)


#: Ids a store generates (a Mongo ObjectId, a UUID, a long hex key): named one by one like numbers.
_GENERATED_ID = lazyre.compile(r"(?i)\b(?:[0-9a-f]{24}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b")


def other_rows(a: Analysis) -> tuple[str, str, str] | None:
    """A delete or update of rows whose condition holds none of the ids the user named ("delete merchants 9001 9002
    9003" answered with `WHERE created_at >= current_date`): it selects by another condition, whatever rows that is
    (asked: the rows it selects may be the named ones; an open filter from a named id up is `selects.more_rows`)."""
    changes = [e for e in a.effects if e.kind == "control" and e.origin == "data" and e.verb in ("delete", "update")
               and e.content]
    if not changes:
        return None
    from automode.judge.intent.words import id_numbers

    text = joined(a.ctx.user_messages)
    ids = id_numbers(text) | frozenset(m.lower() for m in _GENERATED_ID.findall(text[:20_000]))
    if not ids or RANGE_SAID.search(text.lower()):
        return None
    for e in changes:
        code = e.content or ""
        if any(re.search(rf"(?i)(?<![\d.]){i}(?![\d.])", code) for i in ids):
            continue
        if not _WHERE.search(code) and not re.search(r"\bdelete\s+from\b|\bupdate\s+\w", code, re.I):
            continue  # no row condition the statement shows (a stored procedure, a script): not judged here
        shown = sorted(ids)[:3]
        verb = "deletes" if e.verb == "delete" else "changes"
        return "ask", f"you named {', '.join(shown)}; `{code[:60]}` {verb} the rows its own condition selects, not those", "destroy"
    return None
