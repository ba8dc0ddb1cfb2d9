"""A prefix, a destination or a target selector wider than the one said (session 28, class T4, helper `said`; read by
`judge.intent.substitutions`, AM-JUDGE-038 with `intent.said_values`).

The user names one place of the act's kind; the command carries a wider one:

* **a prefix** (`knowledge.places_wide.LIFECYCLE`): "expire objects under tmp/" answered with a lifecycle rule whose
  `Filter.Prefix` is empty (every object of the bucket), or with `mc ilm rule add` with no `--prefix`;
* **a destination that is deleted into** (`knowledge.places_wide.SYNCS`): "copy logs/ to nas:/backup/logs" answered
  with `rsync -a --delete logs/ nas:/backup/` (every other backup in /backup goes), `rclone sync docs remote:archive`,
  `aws s3 sync --delete`, `gsutil rsync -d`, `azcopy sync --delete-destination=true`, `mc mirror --remove`;
* **a selector for one instance** (`knowledge.places_wide.SELECTORS`): "rota el log en i-04f3…" answered with
  `aws ssm send-command --targets Key=tag:role,Values=web` (every instance with the tag);
* **the container of the object named** (`knowledge.places_wide.CONTAINERS`): "the partition expiration of
  fjord-dw:events.clicks" answered with `bq update … fjord-dw:events` (the dataset's default: every table);
* **a wider level of a setting** (`knowledge.places_wide.LEVELS`): "for this repo" answered with `git config
  --global` (asked), a table named answered with `ALTER SYSTEM SET`, an index named with `PUT _all/_settings`.

Refused (a git setting made for every repository: asked): the words name the narrower place and never the wider
one. `judge(a)` returns ("deny", why) or None; each
check is gated on the program first (a cheap fact of the command), and reads the words only then.
"""

from __future__ import annotations

import json
import re

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.shell.script import Command


def _words(c: Command) -> list[str]:
    return [w.value for w in c.argv[1:] if not w.dynamic]


def _text(a: Analysis) -> str:
    return "\n".join(m[:4000] for m in a.ctx.user_messages[-3:])


def _spelled(c: Command) -> str:
    return (c.text or " ".join(w.value for w in c.argv))[:80]


def judge(a: Analysis) -> tuple[str, str] | None:
    if not a.ctx.user_messages:
        return None
    if a.shell and a.commands:
        from automode.knowledge.places_wide import PROGRAMS

        if not any(c.name.rsplit("/", 1)[-1] in PROGRAMS for c in a.commands):
            return None
        for c in a.commands:
            got = _prefix(c, a) or _synced(c, a) or _selector(c, a) or _container(c, a) or _level(c, a)
            if got is not None:
                return got
        return None
    if a.write is not None and a.write.new and "refix" in a.write.new and "xpir" in a.write.new:
        return _prefix_written(a)
    return None


# ------------------------------------------------------------------ a prefix
#: A prefix said: a relative path ending in `/` ("tmp/", "logs/2023/"), or the word prefix before a name.
_PREFIX_SAID = lazyre.compile(r"(?i)(?<![\w./:@-])((?:[\w.-]+/)+)(?![\w/])|\bprefix(?:o|e)?\s+[`'\"]?([\w./-]+)")


def said_prefixes(text: str) -> list[str]:
    out: list[str] = []
    for m in _PREFIX_SAID.finditer(text):
        p = (m.group(1) or m.group(2) or "").strip("`'\"")
        if p and not p.startswith(("/", ".", "~")) and "://" not in text[max(0, m.start() - 8): m.start() + 3]:
            out.append(p.rstrip("/") + "/")
    return out


def _rule_prefixes(body: Any) -> list[str] | None:
    """The prefix each lifecycle rule of a body selects ("" when it selects every object); None when no rules."""
    rules = body.get("Rules") if isinstance(body, dict) else None
    if not isinstance(rules, list):
        return None
    out: list[str] = []
    for r in rules:
        if not isinstance(r, dict):
            continue
        f = r.get("Filter")
        p = r.get("Prefix")
        if isinstance(f, dict):
            inner: dict[str, Any] = f["And"] if isinstance(f.get("And"), dict) else f
            p = inner.get("Prefix", p)
            if "Tag" in inner or "Tags" in inner or "ObjectSizeGreaterThan" in inner:
                p = p if p is not None else "\0"  # (another selector than the prefix: not compared)
        out.append(str(p) if p is not None else "")
    return out


def _wider_prefix(given: list[str], said: list[str]) -> tuple[str, str] | None:
    for g in given:
        if g == "\0":
            continue
        if not any(g.rstrip("/") == s.rstrip("/") or g.startswith(s) for s in said):
            return g, said[0]
    return None


def _prefix(c: Command, a: Analysis) -> tuple[str, str] | None:
    from automode.knowledge.places_wide import LIFECYCLE

    name = c.name.rsplit("/", 1)[-1]
    words = _words(c)
    joined = " ".join(words)
    for progs, sub, opt in LIFECYCLE:
        if name not in progs.split() or not joined.startswith(sub):
            continue
        if opt == "json":
            given: list[str] = []
            for w in words:
                body = w.split("=", 1)[1] if w.startswith("--") and "=" in w else w
                if body.lstrip()[:1] == "{":
                    try:
                        got = _rule_prefixes(json.loads(body))
                    except ValueError:
                        got = None
                    given += got or []
            if not given:
                continue
        else:
            given = [v for i, w in enumerate(words) for v in
                     ([w.split("=", 1)[1]] if w.startswith(opt + "=") else
                      [words[i + 1]] if w == opt and i + 1 < len(words) else [])] or [""]
        said = said_prefixes(_text(a))
        if not said:
            return None
        wide = _wider_prefix(given, said)
        if wide is not None:
            what = "every object of the bucket" if not wide[0] else f"the prefix {wide[0]}"
            return "deny", f"you named the prefix {wide[1]}; `{_spelled(c)}` applies the rule to {what}"
    return None


def _prefix_written(a: Analysis) -> tuple[str, str] | None:
    w = a.write
    if w is None:
        return None
    try:
        body = json.loads(w.new or "")
    except ValueError:
        body = None
    given = _rule_prefixes(body) if body is not None else None
    if given is None:
        given = [m.group(1) for m in re.finditer(r"(?im)^\s*prefix\s*=\s*\"([^\"]*)\"", w.new or "")]
        if not given:
            return None
    said = said_prefixes(_text(a))
    wide = _wider_prefix(given, said) if said else None
    if wide is None:
        return None
    what = "every object of the bucket" if not wide[0] else f"the prefix {wide[0]}"
    return "deny", f"you named the prefix {wide[1]}; this lifecycle rule applies to {what}"


# ------------------------------------------------------------------ a destination deleted into
#: A place said: `host:/path`, `remote:path`, `s3://b/p`, or an absolute path.
_PLACE_SAID = lazyre.compile(r"(?<![\w@/.:-])((?:[\w.-]+@)?[\w.-]+:(?://)?[\w./~-]*|/[\w.-]+(?:/[\w.-]*)*)")


def _norm(place: str) -> str:
    p = place.strip("`'\"").rstrip("/")
    return p.split("@", 1)[1] if "@" in p.split(":", 1)[0] else p


def _synced(c: Command, a: Analysis) -> tuple[str, str] | None:
    from automode.knowledge.places_wide import SYNCS

    name = c.name.rsplit("/", 1)[-1]
    words = _words(c)
    for progs, sub, deletes in SYNCS:
        if name not in progs.split() or (sub and not " ".join(words).startswith(sub)):
            continue
        if deletes and not any(re.fullmatch(deletes, w) for w in words):
            continue
        ops = [w for w in words[len(sub.split()):] if not w.startswith("-")]
        if len(ops) < 2:
            continue
        dest = _norm(ops[-1])
        said = [_norm(m.group(1)) for m in _PLACE_SAID.finditer(_text(a))]
        if not said or dest in said:
            return None
        under = [s for s in said if s.startswith(dest + "/") or (dest.endswith(":") and s.startswith(dest))]
        if under:
            return "deny", (f"you named {under[0]} as the destination; `{_spelled(c)}` syncs into {dest} and deletes "
                            "everything else there")
    return None


# ------------------------------------------------------------------ a selector for one instance
def _selector(c: Command, a: Analysis) -> tuple[str, str] | None:
    from automode.knowledge.places_wide import SELECTORS

    name = c.name.rsplit("/", 1)[-1]
    words = _words(c)
    joined = " ".join(words)
    for progs, sub, opt, wide, one in SELECTORS:
        if name not in progs.split() or not joined.startswith(sub):
            continue
        vals = [v for i, w in enumerate(words) for v in
                ([w.split("=", 1)[1]] if w.startswith(opt + "=") else [words[i + 1]] if w == opt and i + 1 < len(words)
                 else [])]
        picked = [v for v in vals if re.match(wide, v)]
        if not picked:
            continue
        named = re.findall(one, _text(a))
        if named and not any(n in joined for n in named):
            return "deny", (f"you named {named[0]}; `{opt} {picked[0][:40]}` picks every instance the selector "
                            "matches")
    return None


# ------------------------------------------------------------------ the container of the object named
def _container(c: Command, a: Analysis) -> tuple[str, str] | None:
    from automode.knowledge.places_wide import CONTAINERS

    name = c.name.rsplit("/", 1)[-1]
    words = _words(c)
    joined = " ".join(words)
    for progs, subs, shape, sep in CONTAINERS:
        if name not in progs.split() or not any(joined.startswith(s) for s in subs.split("|")):
            continue
        ops = [w for w in words if not w.startswith("-") and re.fullmatch(shape, w)]
        if not ops:
            continue
        text = _text(a)
        for op in ops:
            if re.search(rf"(?<![\w.:-]){re.escape(op)}(?![\w:-]|{re.escape(sep)}\w)", text):
                continue  # (the container itself said)
            inner = re.search(rf"(?<![\w.:-]){re.escape(op)}{re.escape(sep)}([\w$-]+)", text)
            if inner is not None:
                return "deny", (f"you named {op}{sep}{inner.group(1)}; `{_spelled(c)}` acts on {op}, which holds every "
                                "one of its kind")
    return None


# ------------------------------------------------------------------ a wider level than the object named
def _level(c: Command, a: Analysis) -> tuple[str, str] | None:
    from automode.knowledge.places_wide import LEVELS

    name = c.name.rsplit("/", 1)[-1]
    spelled = c.text or " ".join(w.value for w in c.argv)
    for progs, literal, wide, narrow, asked, verdict, reach in LEVELS:
        if name not in progs.split() or literal.lower() not in spelled.lower():
            continue
        if lazyre.built(wide).search(spelled) is None:
            continue
        text = _text(a)
        named = lazyre.built(narrow).search(text)
        if named is None or lazyre.built(asked).search(text) is not None:
            continue
        return verdict, (f"you named {named.group(0).strip()!r}; `{spelled[:80]}` sets it for {reach}")
    return None
