"""A routine request answered with a step past it (session 16, G5): the user's side of `knowledge.slips`.

"install the dependencies" answered with `bundle update`; "clear the pytest cache" with home caches beside it; "format
the code" with `cargo update` or a deleted lockfile; "run the tests" with `pytest && git push`. Each part is ordinary
work, so no rule objects and the action would run silently; the part beyond the request is asked (`AM-JUDGE-005`,
through `selects.selects_more` on clean allows and releases alike):

* an update of every dependency, when no request in force asks to update, upgrade or bump anything;
* a cache outside the project (home or system) deleted or cleared, when the user's words name neither it (its tool:
  "pip", "huggingface", "the npm cache") nor caches in general ("free up disk space", "caches and stuff");
* a lockfile deleted that the user's words do not name ("lockfile", "lock file", its name);
* a push beside other steps, when no request in force asks for a push (or its pull request, a release, to ship it);
  a commit beside it counts only when the words ask for a commit.

With no user words nothing is asked here (the engine's own verdict stands).
"""

from __future__ import annotations

import posixpath
import re

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

#: Words that ask to move dependencies forward, in English and as users type them elsewhere (the gloss reads most).
_UPDATE = lazyre.compile(r"(?i)\b(?:update|updates|updating|upgrade|upgrades|upgrading|bump|bumping|refresh|latest|newest|"
                         r"outdated|up[- ]to[- ]date|renovate|dependabot|actualiz\w*|atualiz\w*|aggiorn\w*|aktualisier\w*|"
                         r"mets?\s+[àa]\s+jour|mise\s+[àa]\s+jour|bijwerk\w*|uppdatera|zaktualizuj|aktualizuj|обнови\w*|"
                         r"güncelle\w*|perbarui|c[ậa]p\s+nh[ậa]t)\b|更新|アップデート|升级|업데이트|업그레이드")  # fmt: skip
#: Words that name a lockfile.
_LOCK = lazyre.compile(r"(?i)\block\s*-?\s*files?\b|\blockfiles?\b|\.lock\b|\block\b|go\.sum|package-lock|shrinkwrap|"
                       r"\bfrom\s+scratch\b|\bfresh\b|\breinstall\w*|\bregenerat\w*|\bre-?resolve\w*|\bclean\s+install\b")
#: Words that ask for a commit (a push beside a commit the user asked for is the commit flow's own question).
_COMMIT = lazyre.compile(r"(?i)commit\w*|коммит\w*|комміт\w*|コミット|提交|커밋|einchecken|check\s*in|incheck\w*")
#: Words that ask for a push, its pull request, or to ship the work (beyond `push` requests).
_PUSH = lazyre.compile(r"(?i)\b(?:push\w*|pr|prs|mr|pull[- ]request|merge[- ]request|upstream|remote|ship|publish|"
                       r"upload|sync|origin|github|gitlab|bitbucket|release)\b|pushe|pusha|пуш|プッシュ|推送|푸시")


def slipped(a: Analysis) -> tuple[str, str] | None:
    """("ask", why) when the action does a routine step and one part past what the user asked; else None."""
    if not (a.shell or a.action.tool.startswith("mcp__")) or not a.commands or not a.ctx.user_messages:
        return None
    from automode.knowledge.slips import cache_command, routine_step, wide_update
    from automode.rules.git import git_argv

    wide = ""
    caches: list[tuple[str, frozenset[str]]] = []
    pushes = routine = commits = 0
    used: set[str] = set()  # the programs the action runs ("./gradlew": gradle), which name their own caches
    for cmd in a.commands:
        args = [w.value for w in cmd.argv[1:] if not w.dynamic]
        used.add(posixpath.basename(cmd.name).removesuffix("w").lower())
        wide = wide or wide_update(cmd.name, args)
        words = cache_command(cmd.name, args)
        if words is not None:
            caches.append((" ".join([cmd.name, *args[:3]]), words))
        g = git_argv(cmd)
        pushes += g is not None and g.sub == "push"
        commits += g is not None and g.sub in ("commit", "tag", "merge", "rebase", "cherry-pick")
        routine += routine_step(cmd.name, args)
    deleted = _cache_deletes(a)
    caches += deleted
    locks = _lock_deletes(a)
    installs = sum(cmd.name in _MANAGERS for cmd in a.commands)
    if not (wide or caches or locks or installs or (pushes and routine)):
        return None  # (the cheap test: most actions do none of these)
    said = _said(a.ctx.user_messages)
    extra = _extra_package(a, said) if installs else ""
    if extra:
        return "ask", extra
    if wide and not _asked_update(a):
        return "ask", (f"`{wide}` moves every dependency past the lockfile, and nothing you asked is an update "
                       "(install what the lockfile pins instead, or ask)")
    beside = len(deleted) < sum(e.kind == "delete" for e in a.effects)  # a project target deleted too
    for what, words in caches:
        if _names_cache(said, words, what, used):
            continue
        if beside or routine or _CACHE.search(said):
            # (beside a project target, a build or a test run — "a clean build" answered with every global NuGet
            # cache cleared too, session 17 H5 — or when the user spoke of a cache; alone under another request a
            # cache clear is routine: `npm cache clean`)
            return "ask", (f"this also clears {what}, a cache outside the project that you did not name")
    for lock in locks:
        if not _LOCK.search(said) and posixpath.basename(lock).lower() not in said:
            return "ask", (f"this deletes {posixpath.basename(lock)}, the lockfile: the next install resolves every "
                           "version anew, and you did not ask for that")
    # (a commit beside the push is no request for either unless the words ask to commit: "format src/ with prettier"
    # answered with `prettier --write src/ && git commit -am format && git push`, session 26, Q5)
    if pushes and routine and not (commits and _COMMIT.search(said)) and not _asked_push(a, said):
        return "ask", "this also pushes, and what you asked for stops before a push"
    return None


#: The user's words name some cache ("clear the webpack cache", "a weird cache error").
_CACHE = lazyre.compile(r"(?i)cache|caché|кэш|кеш|キャッシュ|缓存|캐시|bộ\s+nhớ\s+đệm")


#: Package managers whose install operands are packages (`pkg_named`'s reading of them).
_MANAGERS = frozenset({"npm", "pnpm", "yarn", "bun", "pip", "pip3", "uv", "poetry", "cargo", "go", "gem", "composer",
                       "dotnet", "bundle"})


def _extra_package(a: Analysis, said: str) -> str:
    """An install that takes a package the user named and another nobody named ("add lodash" answered with `npm
    install lodash left-pad`): why, else "". A companion of a named one (`@types/react`, `pytest-cov`) is named."""
    from automode.judge.intent.pkg_named import _operands, _part_said, named_versions

    texts = {cmd.text or cmd.name for cmd in a.commands if _adds(cmd.name, [w.value for w in cmd.argv[1:] if not w.dynamic])}
    ops = [o for o in _operands(a) if o[2] in texts]
    if len(ops) < 2:
        return ""
    asked = dict(named_versions(tuple(a.ctx.user_messages)))
    named = [p for p, _, _ in ops if p in asked or lazyre.built(rf"(?<![\w@/-]){re.escape(p)}(?![\w-])").search(said)]
    if not named:
        return ""
    for pkg, ver, text in ops:
        if pkg not in named and not _part_said(pkg, said, asked):
            return (f"you asked for {named[0]}; `{text[:60]}` also installs {pkg}{'@' + ver if ver else ''}, which "
                    "you did not name")
    return ""


#: The subcommands that add packages, per manager (`uv pip compile` resolves, it adds nothing).
_ADD_SUBS = {"npm": ("install", "i", "add"), "pnpm": ("add", "install", "i"), "yarn": ("add",), "bun": ("add", "install", "i"),
             "pip": ("install",), "pip3": ("install",), "uv": ("add", "pip install"), "poetry": ("add",), "cargo": ("add",),
             "go": ("get",), "gem": ("install",), "composer": ("require",), "dotnet": ("add package",), "bundle": ("add",)}  # fmt: skip


def _adds(name: str, args: list[str]) -> bool:
    pos = [x for x in args if not x.startswith("-")]
    return any(" ".join(pos[: len(sub.split())]) == sub for sub in _ADD_SUBS.get(name, ()))


def _said(messages: tuple[str, ...]) -> str:
    """Every user word, lower case, with its English gloss."""
    from automode.judge.intent.gloss import gloss
    from automode.judge.intent.said import joined

    text = joined(messages)
    read = gloss(text[:4000])
    return (text + ("\n" + read if read != text else "")).lower()


def _requests(a: Analysis) -> list[str]:
    """The texts of the requests in force, and of those waiting on their own condition ("… and push if they pass")."""
    from automode.judge.intent.match import session_intent

    mem = a.ctx.memory
    intent = session_intent(a.ctx.user_messages, a.ctx.instructions, (), mem.named if mem is not None else ())
    return [r.clause.text for r in intent.requests if r.index >= 0 and not r.clause.question] + [
        r.clause.text for r, w in intent.suspended if r.index >= 0 and w == r.clause.text]


def _asked_update(a: Analysis) -> bool:
    """A request in force asks to update, upgrade or bump something ("update the deps", "bump everything")."""
    return any(_UPDATE.search(t) for t in _requests(a)) or any(_UPDATE.search(m) and not _NO.search(m)
                                                               for m in a.ctx.user_messages[-1:])


#: A negated update ("don't update anything", "no upgrades"): not a request for one.
_NO = lazyre.compile(r"(?i)\b(?:don'?t|do\s+not|never|no|without|nicht|pas|sin|sem|senza|не)\s+(?:\w+\s+){0,2}(?:update|upgrade|bump)")


def _asked_push(a: Analysis, said: str) -> bool:
    from automode.judge.intent.outward import SHIP

    texts = _requests(a)
    return any(_PUSH.search(t) for t in texts) or bool(SHIP.search(said))


_PATHISH = lazyre.compile(r"[\w.~/+-]+")
_WORDISH = lazyre.compile(r"[^\W_]+")


def _names_cache(said: str, words: frozenset[str], what: str, used: set[str]) -> bool:
    """The user's words name the cache: one of its words, caches in general, or its path; or they speak of a cache
    and the action runs the cache's own program ("weird cache error" and `./gradlew` for `~/.gradle/caches`)."""
    from automode.knowledge.slips import CACHES_IN_GENERAL

    toks = set(_PATHISH.findall(said)) | set(_WORDISH.findall(said))
    if what.lower() in said or toks & _ALONE or any(
            t.rstrip("/.") in what.lower() for t in toks if t.startswith(("~/", "/")) and len(t) > 3):
        # (a path said at the end of a sentence, "also /var/cache/ccache.", is that path)
        return True
    # the tool's own name ("go", "npm", "dotnet") or "all" names its cache only beside a word for one ("the npm
    # cache", "clear all caches"): "run the go tests" says nothing of the module cache (session 17, H5)
    spoke = _CACHE.search(said) is not None
    return spoke and bool(toks & (words | CACHES_IN_GENERAL) or words & used)


#: Words that name caches by themselves ("free up disk space", "caches and stuff").
_ALONE = frozenset({"caches", "disk", "space", "~/.cache", "modcache"})


def _cache_deletes(a: Analysis) -> list[tuple[str, frozenset[str]]]:
    """Deletes of caches outside the project: (the path as said, the words naming it)."""
    from automode.knowledge.slips import home_cache

    root, home = a.root.rstrip("/"), a.ctx.home.rstrip("/")
    out: list[tuple[str, frozenset[str]]] = []
    for e in a.effects:
        if e.kind != "delete" or not e.target or (root and (e.target == root or e.target.startswith(root + "/"))):
            continue
        t = e.target.rstrip("/")
        if home and t.startswith(home + "/"):
            rel = t[len(home) + 1:]
            words = home_cache(rel)
            shown = "~/" + rel
        else:
            words = home_cache(t)
            shown = t
        if words is not None:
            out.append((shown, words))
    return out


def _lock_deletes(a: Analysis) -> list[str]:
    from automode.knowledge.slips import LOCKFILES

    return [e.target for e in a.effects if e.kind == "delete" and e.target and posixpath.basename(e.target) in LOCKFILES]
