"""Whether a request's words name an object of the action (split from `judge.intent.match`, whose `authorisation`
asks it of every object): a name of its own or a describing word, a name composed of the request's words, the
project's store of the environment said, a tool named by its kind. Read once per clause where it can be.
"""

from __future__ import annotations

import posixpath
import re
from functools import lru_cache

from automode import lazyre
from automode.judge.intent.lexicon import ENV_MARKERS, KIND_NOUNS
from automode.judge.intent.objnames import object_matches
from automode.judge.intent.places import _SPLIT, name_tokens, stem
from automode.judge.intent.text import tokens
from automode.judge.intent.trust_words import store_platform
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.judge.intent.intent_types import Said


@lru_cache(maxsize=4096)
def _letter_words(text: str) -> frozenset[str]:
    """A clause's runs of letters, lower case (read once per clause)."""
    return frozenset(re.findall(r"[a-z]+", text.lower()))


def _project_env_store(obj: str, r: Said, root: str) -> bool:
    """"The staging database" names `ledgerline_staging` in the ledgerline project: an object whose name is only the
    project's name and the environment the request names (and kind words: db, database) is that environment's one."""
    env_words = _env_words(r.weak, r.strong, r.clause.text)
    if not env_words or not root:
        return False
    toks = name_tokens(obj)
    project = name_tokens(posixpath.basename(root.rstrip("/")))
    envs = {env for w in env_words for env, ms in ENV_MARKERS.items() if w in ms}
    if "local" in envs:
        envs.add("dev")  # "my local db" is the development database this machine runs (`clinic_dev`)
    named_env = {stem(m) for env in envs for m in ENV_MARKERS[env]}
    return bool(toks & named_env) and bool(toks & project) and toks <= project | named_env | _STORE_KINDS


@lru_cache(maxsize=1024)
def _env_words(weak: frozenset[str], strong: frozenset[str], text: str) -> frozenset[str]:
    """A clause's environment words (read once per clause: `_project_env_store` asks for every object)."""
    return frozenset(w for w in weak | strong | _letter_words(text) if w in _ENV_WORDS)


_ENV_WORDS = frozenset().union(*ENV_MARKERS.values())
_STORE_KINDS = frozenset({"db", "database", "data"})
#: Words that say which environment or what kind of thing, never which one: "the dev database" names no object.
GENERIC_WORDS = frozenset().union(*ENV_MARKERS.values(), KIND_NOUNS["database"], KIND_NOUNS["cloud"])


#: Acts whose object must be named as a thing, not by the environment it lives in ("drop it" in "the dev database").
IRREVERSIBLE = frozenset({"delete", "reset", "force-push"})


#: Schemas a name lives in when nobody says which (PostgreSQL `public`, SQL Server `dbo`, SQLite `main`, Hive/Spark
#: `default`): saying the table names it there.
DEFAULT_SCHEMAS = frozenset({"public", "dbo", "main", "default"})
#: A table (or index, key) qualified by the dataset or schema it lives in: `tern-sandbox:scratch_kai.raw_events_copy`.
_QUALIFIED = lazyre.compile(r"^(?:[\w-]+:)?([\w-]+)\.([\w-]+)$")


def _names(obj: str, r: Said, *, strict: bool = False, text: str = "") -> bool:
    """Whether the request names this object (`_named`): a pure reading of the object and the request, asked again
    for the same pair by every action of a session that acts on it, so it is kept (a new message is a new request)."""
    try:
        return _named_memo(obj, r, strict, text)
    except TypeError:  # (a request built with unhashable names: read it without the memo)
        return _named(obj, r, strict=strict, text=text)


@lru_cache(maxsize=4096)
def _named_memo(obj: str, r: Said, strict: bool, text: str) -> bool:
    return _named(obj, r, strict=strict, text=text)


def _named(obj: str, r: Said, *, strict: bool = False, text: str = "") -> bool:
    """The request names this object: a name of its own, or a describing word, unless the request gave a specific
    name of the same kind that is another one ("acme-staging-logs" does not name `acme-staging-assets`, though
    both say "staging"). Destroying a qualified name (`dataset.table`) named by its own part needs its dataset to be
    one the user's words name too: "drop raw_events_copy" said of scratch_priyanka is not `scratch_kai.raw_events_copy`."""
    q = _QUALIFIED.match(obj.lower()) if strict and text else None
    if q is not None and q.group(2) in r.strong and q.group(1) not in r.strong and q.group(1) not in DEFAULT_SCHEMAS \
            and not _written(q.group(1), text):
        return False
    if object_matches(obj, r.strong, frozenset()):
        return True
    if "." in obj and "/" not in obj and any(s.endswith("/" + obj.lower()) for s in r.strong):
        return True  # a selection's file by its base name (`staging.enc.env`), named by its path (session 24, O3)
    if store_platform(obj, r.clause.text):
        return True  # "send it for App Store review" names the `ios` of `fastlane ios release` (`trust_words`)
    scoped, stems_, compound = _strong_parts(r.strong)
    if "/" in obj and scoped and obj.lower().rstrip("/").rsplit("/", 1)[1] in scoped:
        return True  # "@pollen/core" names the workspace package `packages/core`
    if "://" in obj:
        tail = obj.split("://", 1)[1].split("?", 1)[0].rstrip("/").rsplit("/", 1)
        if len(tail) == 2 and tail[1] and (tail[1].lower() in r.strong or _composed(name_tokens(tail[1]), r)):
            return True  # a queue or index URL named by its last part ("the dev orders queue": `…/orders-dev`)
    if len(obj) >= 4 and not obj.replace("-", "").replace("_", "").isalnum() and _written(obj.lower(), r.clause.text):
        return True  # a key or pattern written as it is ("evict user:4412:profile", "clear the ff:* keys")
    if not strict and obj.lower() in stems_:
        return True  # "~/bin/sync-notes.sh" names the unit `sync-notes` that runs it (not for irreversible acts)
    tokens_ = name_tokens(obj)
    if strict and ("://" in obj or "/" in obj):
        # An irreversible act on a URL or path needs its last part said whole: "old-logs" names `gs://old-logs`,
        # not `gs://old-logs-archive` (one part more is another bucket).
        last = name_tokens(re.split(r"[/:]", obj.rstrip("/"))[-1]) or tokens_
        if any(n and n <= tokens_ and _whole(last, n) for n in compound):
            return True
    elif any(n and n <= tokens_ for n in compound):
        return True  # `label-printer` names `aws_ecr_repository.label_printer`
    if any(len(n & tokens_) >= 2 for n in compound):
        return False
    if _composed(tokens_, r):
        return True
    # Deploying "to staging" names its target by the environment; deleting needs the thing's own name.
    return object_matches(obj, frozenset(), r.weak - GENERIC_WORDS if strict else r.weak)


def _whole(last: frozenset[str], said: frozenset[str]) -> bool:
    """The last part of a name is the one said: nothing more, or (for a version said, "the 0.9.0 rc tags") only the
    version's own marks (`v0.9.0-rc1`)."""
    extra = last - said
    return not extra or (any(t.isdigit() for t in said) and all(any(c.isdigit() for c in t) for t in extra))


@lru_cache(maxsize=1024)
def _strong_parts(strong: frozenset[str]) -> tuple[frozenset[str], frozenset[str], tuple[frozenset[str], ...]]:
    """What `_names` compares of a clause's names, read once per clause: the last parts of scoped package names
    (`@pollen/core`: core), the stems of paths and file names (`~/bin/sync-notes.sh`: sync-notes), and the tokens of
    compound names (`label-printer`)."""
    scoped = frozenset(s.rsplit("/", 1)[1] for s in strong if s.startswith("@") and "/" in s)
    stems_ = frozenset(_path_stem(s) for s in strong if "/" in s or "." in s)
    compound = tuple(name_tokens(s) for s in strong if len(s) >= 4 and ("-" in s or "_" in s or "." in s))
    return scoped, stems_, compound


_KIND_WORDS = frozenset(stem(w) for k, ws in KIND_NOUNS.items() for w in (k, *ws))


def _composed(toks: frozenset[str], r: Said) -> bool:
    """A name made of the request's own words, a number among them: `preview-pr-88` for "the preview namespace for PR
    88", `review-app-412` for "the review app of 412". Every part must be said; one part more (`preview-pr-88-db`)
    or another number (`preview-pr-8`) is another thing."""
    if len(toks) < 2 or not any(t.isdigit() or (len(t) >= 3 and t not in GENERIC_WORDS and t not in _KIND_WORDS)
                                for t in toks):
        return False  # ("the dev queue" is no name: `queue-dev` is composed of kind and environment words only)
    said = _said_stems(r.clause.text, r.strong, r.weak)
    if toks <= said:
        return True
    # The environment of a pull request named by its number: `preview-pr-88` for "the neon branch for PR 88" (the
    # words a preview environment's name is made of are the convention's, not another thing's).
    return bool({"pr", "mr"} & said & toks) and any(t.isdigit() and t in said for t in toks) \
        and toks - said <= _REVIEW_ENV_WORDS


@lru_cache(maxsize=1024)
def _said_stems(text: str, strong: frozenset[str], weak: frozenset[str]) -> frozenset[str]:
    """The stems of a clause's words and names, "pr" and "mr" for "pull request" and "merge request" (read once per
    clause: `_composed` asks for every object of every action)."""
    said = {stem(p) for w in (*text.split(), *strong, *weak) for p in _SPLIT.split(w.lower()) if p}
    for long, short in (("pull", "pr"), ("merge", "mr")):
        if long in said and "request" in said:
            said.add(short)  # ("PR" is spelled out before matching)
    return frozenset(said)


#: The words a pull request's preview environment is named with, beside "pr" and its number.
_REVIEW_ENV_WORDS = frozenset({"preview", "review", "deploy", "ephemeral", "pr", "mr"})


def _written(name: str, text: str) -> bool:
    """`name` stands in `text` as a whole word of its own (not inside a longer name)."""
    return lazyre.whole(name, text, r"[\w*:./-]", r"[\w*/-]") is not None


def _path_stem(word: str) -> str:
    """A file's name without its directory and suffix (`~/bin/sync-notes.sh` -> `sync-notes`)."""
    return re.split(r"[/\\]", word)[-1].split(".", 1)[0].lower()


@lru_cache(maxsize=4096)
def _kind_said(text: str) -> frozenset[str]:
    """A clause's word stems and the stems of their parts, as `_names_kind` compares them (read once per clause)."""
    return frozenset(stem(p) for w in tokens(text) for p in (w, *re.split(r"[-/.]", w)) if p)


@lru_cache(maxsize=4096)  # pure: the kinds of a session's actions against its clauses
def _names_kind(kind: str, said: frozenset[str]) -> bool:
    """`merge-request` is named by "merge request"; `pvesubscription` by "subscription" (a long enough part)."""
    parts = [p for p in re.split(r"[-/._]", kind) if p]
    if parts and all(stem(p) in said for p in parts):
        return True
    if any(len(w) >= 4 and kind.startswith(w) and len(kind) - len(w) <= 3 for w in said):
        return True  # "cron" names `crontab`, "redis" names `redis-cli`
    from automode.judge.intent.lexicon import ENV_MARKERS

    env = next((e for e, marks in ENV_MARKERS.items() if kind in marks), "")
    if env and any(w in ENV_MARKERS[env] for w in said if len(w) >= 3):
        return True  # `vercel deploy --prod` is named by "production", `--stg` by "staging"
    return any(len(w) >= 6 and w in kind for w in said)
