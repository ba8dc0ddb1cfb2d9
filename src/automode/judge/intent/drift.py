"""Value drift (issue 12, release by containment): the user named one value, the action uses another of its kind.

A request that names a specific value ("the secret kestrel/legacy-mapbox-token", "tag v4.1.0", "sync payments-staging",
"add the TXT record") does not release an action whose consequential value is a different one of the same kind
(`kestrel/mapbox-token`, `v4.2.0`, `payments-prod`, a `CNAME`): the values differ in exactly the part that says
which one. Two values are of a kind when they are versions, when they share a leading name part up to a separator
(`payments-` in `payments-staging` / `payments-prod`, `ch_` in `ch_test_1` / `ch_live_2`, `kestrel/`), or when they
are members of one closed vocabulary (`VOCABULARIES`: DNS record types, HTTP methods, …). An action that acts on the
named value and on an unnamed sibling of it too ("upload it to itch, linux channel" pushing `:linux` and `:windows`)
goes beyond the request.

The action's values are the structured ones the analysis produced (`Effect.values` of control-plane operations) and
the scalar values of a tool call; free text (titles, bodies, messages) and file paths are not values here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from automode import lazyre
from automode.knowledge.role_ids import role_id_named

#: Closed sets of values where any two members are different things of one kind (a request naming one names
#: none of the others).
VOCABULARIES: Mapping[str, frozenset[str]] = {
    "DNS record type": frozenset({"a", "aaaa", "cname", "txt", "mx", "ns", "srv", "caa", "ptr", "soa", "alias", "https",
                                  "svcb", "spf", "ds", "dnskey", "naptr", "tlsa", "sshfp"}),
    "HTTP method": frozenset({"get", "post", "put", "patch", "delete", "head", "options"}),
    "visibility": frozenset({"public", "private", "internal"}),
}  # fmt: skip
#: Vocabulary members too common as plain words to count when the user writes them lower case in prose ("a record").
_PROSE_AMBIGUOUS = frozenset({"a", "ns", "ds", "alias", "https", "get", "post", "put", "patch", "delete", "head",
                              "options", "public", "private", "internal"})  # fmt: skip

_VERSION = lazyre.compile(r"^v?\d+(?:\.\d+){1,3}(?:[-+][\w.]+)?$")
_SEP = lazyre.compile(r"[/:._-]+")
#: Keys of a tool call whose values are free text or a file, not the thing it acts on.
_TEXT_KEYS = lazyre.compile(r"^(?:body|content|text|description|subject|title|message|note|notes|summary|comment|query|"
                            r"prompt|caption|reason|details|data|html|markdown|path|file|file_?path|filename)$", re.I)  # fmt: skip


def _is_value(v: str) -> bool:
    """A name of one thing: no spaces, not a file path with an extension, not a bare count."""
    if not v or len(v) > 200 or v.isdigit() or v.startswith(("-", "./", "/", "~")) or any(c in v for c in " \n=$"):
        return False  # (`pr_number=142` is an option's setting; `s3://${BUCKET}/` is known only at run time)
    return _FILE.search(v.rsplit("/", 1)[-1]) is None


#: A file name's extension: a file is what a call carries, not the thing it acts on.
_FILE = lazyre.compile(r"\.(?:py|js|ts|json|ya?ml|toml|md|txt|sh|cfg|ini|lock|csv|tf|sql|rb|go|rs|java|xml|pdf|png|jpe?g|"
                       r"gif|svg|zip|gz|tgz|tar|docx?|xlsx?|pptx?|log|html?|apk|ipa|whl|jar|exe|dmg|msi)$", re.I)  # fmt: skip


def _head(v: str) -> str:
    """The leading name part of a value, up to its first separator ("" when it has none): `payments` of
    `payments-prod`, `ch` of `ch_live_1`, `kestrel` of `kestrel/mapbox-token`."""
    m = _SEP.search(v)
    return v[: m.start()] if m and m.start() >= 2 else ""


#: A name qualified by its schema, dataset or database (`raw.events_2023`, `analytics.orders`), not a host or a file.
_QUALIFIED = lazyre.compile(r"^[a-z_][a-z0-9_]*\.([a-z_][a-z0-9_]*)$")


def siblings(v: str, s: str) -> bool:
    """`v` and `s` are two different values of one kind (see the module's doc), neither a part of the other; a name
    qualified by its schema next to one that is not (`raw.events_2023` beside the named `events_2022`) is also
    compared by its own name."""
    v, s = v.lower().strip(), s.lower().strip().rstrip("/")
    if v and s and v != s and _SLUG.match(v) and _SLUG.match(s) and v.split("/")[0] == s.split("/")[0] and \
            _env_apart(v.split("/")[1], s.split("/")[1]):
        return True  # `acme/api` beside the named `acme/api-sandbox`: two repositories of one owner (session 24)
    if not v or not s or v == s or s in v or v in s:
        return False
    if _siblings(v, s):
        return True
    qv, qs = _QUALIFIED.match(v), _QUALIFIED.match(s)
    if bool(qv) == bool(qs):
        return False
    v, s = (qv.group(1) if qv else v), (qs.group(1) if qs else s)
    return v != s and _siblings(v, s)


#: Shapes of generated identifiers (a UUID, a long hex id, a cloud resource id with its kind prefix, an IPv4 address):
#: two different values of one shape are two different things ("lock 1b2c…" is not lock 9f9f…, i-0a1b… not i-0c2d…).
_ID_SHAPES = tuple(re.compile(p) for p in (
    r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$",
    r"^(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{8,64}$",
    r"^[a-z]{1,8}-[0-9a-f]{8,17}$",
    r"^\d{1,3}(?:\.\d{1,3}){3}(?:/\d{1,2})?$",
))  # fmt: skip


def _siblings(v: str, s: str) -> bool:
    if _VERSION.match(v) and _VERSION.match(s):
        return True
    if any(p.match(v) and p.match(s) for p in _ID_SHAPES) and (not v[:2].isalpha() or v.split("-", 1)[0] == s.split("-", 1)[0]):
        return True  # (a cloud id's kind is its prefix: `sg-…` and `i-…` are not of one kind)
    hv, hs = _head(v), _head(s)
    if not hv or hv != hs or hv.isdigit():
        return False
    # the part after the shared head must differ in a name, not only in a suffix added (`api` / `api-v2` is inside)
    rest_v, rest_s = set(_SEP.split(v[len(hv):])) - {""}, set(_SEP.split(s[len(hs):])) - {""}
    return bool(rest_v) and bool(rest_s) and rest_v != rest_s


def vocabulary_member(v: str) -> str:
    v = v.lower().strip()
    for kind, members in VOCABULARIES.items():
        if v in members:
            return kind
    return ""


def named_members(text: str) -> dict[str, set[str]]:
    """The vocabulary members the user's words name, by kind: written as a name (upper case "TXT", a quote) or, for
    the unambiguous ones, as a word ("the txt record")."""
    out: dict[str, set[str]] = {}
    for tok in re.findall(r"[A-Za-z-]+", text[:20_000]):
        low = tok.lower()
        kind = vocabulary_member(low)
        if kind and (tok.isupper() or low not in _PROSE_AMBIGUOUS):
            out.setdefault(kind, set()).add(low)
    return out


def call_values(inp: Mapping[str, object], depth: int = 0, key: str = "") -> list[tuple[str, str]]:
    """(key, value) of the scalar values of a tool call that name things (not its free text or files)."""
    out: list[tuple[str, str]] = []
    if depth > 4:
        return out
    for k, v in list(inp.items())[:100]:
        if _TEXT_KEYS.match(str(k)):
            continue
        if isinstance(v, Mapping):
            out += call_values(v, depth + 1, str(k))
        elif isinstance(v, (list, tuple)):
            out += [(str(k), str(x)) for x in v[:50] if isinstance(x, (str, int)) and not isinstance(x, bool)]
        elif isinstance(v, (str, int)) and not isinstance(v, bool):
            out.append((str(k), str(v)))
    return out


def drift(values: Iterable[str], named: Iterable[str], said_text: str, user_text: str,
          named_here: Iterable[str] = ()) -> tuple[str, str] | None:
    """(the most the action can be released to: "" = nothing, "ask"; the words for the reason) when the action's
    `values` hold a value of the kind the user `named` that is not the one named, or an unnamed sibling of one it
    `named_here` (named by the request's describing words); None when every value is within what was named.
    `said_text` is the request's words, `user_text` every word the user wrote (lower case)."""
    vals = [v for v in dict.fromkeys(values) if _is_value(v)]
    names = [s.lower() for s in dict.fromkeys(named) if len(s) >= 2 and not s.isdigit()]
    described = [n.lower() for n in named_here]
    words = set(re.findall(r"[a-z0-9]+", user_text))
    for v in vals:
        low = v.lower()
        if _SLUG.match(low) and not _slug_mentioned(low, user_text):
            pass  # (`acme/api` inside the named `acme/api-sandbox` is not named by it)
        elif _mentioned(low, user_text) or _mentioned(low.removeprefix("./"), user_text):
            continue  # (`./scripts/x.sh` is the `scripts/x.sh` the user wrote)
        if role_id_named(low, user_text):
            continue  # a built-in role by its fixed id, named by its name (`knowledge.role_ids`)
        for s in names:
            if siblings(low, s) and not _described(low, s, words):
                return "", f"you named {s}; this acts on {v}"
        if low in described:
            continue  # "the two Holbrook invoices": each of them is named by the description
        for n in described:
            if siblings(low, n) and not _described(low, n, words):
                return "ask", f"you named {n}; this also acts on {v}"
    members = named_members(said_text)
    for v in vals:
        kind = vocabulary_member(v)
        if kind and kind in members and v.lower() not in members[kind]:
            return "", f"you asked for {'/'.join(sorted(m.upper() for m in members[kind]))} ({kind}); this uses {v}"
    return None


#: An `owner/name` slug (a repository, a project path): one name in two parts, compared whole.
_SLUG = lazyre.compile(r"^[a-z0-9][\w.-]*/[a-z0-9][\w.-]*$")


def _env_apart(a: str, b: str) -> bool:
    """Two names of one owner that differ by an environment (`devportal` / `devportal-sandbox`, `api-prod` /
    `api-staging`), not by a version or a word (`login` / `login-v2`: one is inside the other)."""
    from automode.knowledge.envmarkers import env_of

    return env_of(a) != env_of(b)


def _slug_mentioned(v: str, text: str) -> bool:
    """The slug written whole: not as the head of a longer one (`acme/api` in `acme/api-sandbox`)."""
    return lazyre.built(rf"(?<![\w./-]){re.escape(v)}(?![\w/-]|\.\w)").search(text) is not None


def _mentioned(v: str, text: str) -> bool:
    return lazyre.whole(v, text) is not None


def _described(v: str, s: str, words: set[str]) -> bool:
    """What `v` has that its sibling `s` has not is in the user's words ("the sandbox project" for `tern-sandbox`
    next to the named topic `tern-test-events`): another thing they described, not a drift from `s`."""
    if _VERSION.match(v):
        return False
    qv, qs = _QUALIFIED.match(v), _QUALIFIED.match(s)
    if qv and not qs:
        v = qv.group(1)  # the schema is where it lives, not what it is: "the analytics dataset" describes no table
    extra = {t for t in _SEP.split(v) if t} - {t for t in _SEP.split(s) if t}
    return any(t in words or t.rstrip("s") in words for t in extra if len(t) >= 3)
