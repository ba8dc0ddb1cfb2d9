"""Roles and visibility the request must name, for `naming`: a role granted or a visibility level set that the
user's words leave unnamed. Split from `naming` for the project's ~600-line limit; `naming` re-exports every
name."""

from __future__ import annotations

import re
from functools import lru_cache

from automode import lazyre
from automode.knowledge.trust_values import other_role_path, role_spelt

_WORD = lazyre.compile(r"[a-z0-9]+")


_CAMEL = lazyre.compile(r"(?<=[a-z0-9])(?=[A-Z])")


#: Words that name a role's kind or its platform, not its level (`roles/…`).
_ROLE_NOISE = frozenset({"roles", "role", "organizations", "projects", "arn", "aws", "iam", "policy"})


@lru_cache(maxsize=8192)  # read for every request of a session, per action
def _words(text: str) -> frozenset[str]:
    out: set[str] = set()
    for w in _WORD.findall(text.lower()):
        out.add(w)
        for suf in ("ing", "ed", "es", "s"):
            if w.endswith(suf) and len(w) - len(suf) >= 3:
                out.add(w[: -len(suf)])
                out.add(w[: -len(suf)] + "e")
    return frozenset(out)


#: How a reason starts when the user named another value in the action's one's place.
OTHER = ("you named ", "you asked for ")


def role_words(role: str) -> list[str]:
    """The words a role is said with: `roles/bigquery.dataViewer` -> bigquery, data, viewer."""
    parts = re.split(r"[/.:_\s-]+", _CAMEL.sub(" ", role.strip("'\"")))
    return [p.lower() for p in parts if p and p.lower() not in _ROLE_NOISE]


def _role_unnamed(role: str, msgs: list[str]) -> str:
    """The newest message that asks for an access level decides ("actually make it data editor", "let Dana see the
    logs"). A role is named when its level is the one asked for (`viewer` for "see", "read access", "viewer") and
    each of its other words is in the user's words ("BigQuery" said once, "logs" for `logging`); one of another rank
    (`roles/bigquery.admin` for "data viewer") is another role in its place."""
    from automode.judge.intent.roles import rank_of, requested
    from automode.knowledge.role_ids import ROLE_IDS

    role = ROLE_IDS.get(role.lower().strip("'\"{}"), role)  # a built-in role by its fixed id: the role of that name
    want = role_words(role)
    if not want:
        return ""
    have = rank_of(role)
    said_all = _words(" ".join(msgs))
    every = re.sub(r"[^a-z0-9]", "", " ".join(msgs))
    for m in reversed(msgs):
        ws = _words(m)
        asked = requested(m)
        if not ws & _LEVELS and not asked and not role_spelt(role, m):
            continue
        if role_spelt(role, m):
            return ""  # the role as written, or a policy by its own name (`…:policy/ReadOnlyAccess`)
        compact = re.sub(r"[^a-z0-9]", "", m)
        level_ok = all(w in ws or w in compact for w in want if w in _LEVELS) or bool(have and have == asked)
        rest_ok = all(_word_said(w, said_all, every) for w in want if w not in _LEVELS)
        if level_ok and rest_ok:
            return ""
        if have and asked and have != asked:
            return f"{OTHER[1]}{', '.join(sorted(ws & _LEVELS)[:2]) or 'another level'}; this grants `{role}`"
        return f"the role `{role}` is not the one you named"
    other = other_role_path(role, "\n".join(msgs))
    if other:
        return f"{OTHER[0]}{other}; this grants `{role}`"  # a role spelled out, and another one
    return f"the role `{role}` appears nowhere in your messages"


def _word_said(w: str, said: frozenset[str] | set[str], compact: str) -> bool:
    """A word of a name in the user's words: as it is, run together ("artifact registry"), or one a prefix of the
    other ("logs" for `logging`)."""
    return w in said or w in compact or any(len(u) >= 3 and (w.startswith(u) or u.startswith(w)) for u in said)


#: Words that name an access level ("viewer", "data editor", "admin"): a request that says one is about a role.
_LEVELS = frozenset({"read", "reader", "view", "viewer", "comment", "commenter", "write", "writer", "edit", "editor",
                     "contributor", "developer", "maintain", "maintainer", "admin", "administrator", "owner", "readonly"})


_PUBLIC = frozenset({"public", "publicly", "everyone", "anyone", "world"})  # not "open": "open a PR for this"


_PRIVATE = frozenset({"private", "privately", "secret", "internal", "unlisted"})


def _visibility_unnamed(vis: str, msgs: list[str]) -> str:
    """Who may see it, as the newest message that says it: "make it public" after "put it in a gist"."""
    for m in reversed(msgs):
        ws = _words(m)
        pub, priv = bool(ws & _PUBLIC), bool(ws & _PRIVATE)
        if not pub and not priv:
            continue
        if (vis == "public" and pub and not priv) or (vis != "public" and priv):
            return ""
        return f"{OTHER[1]}it {'private' if priv else 'public'}; this makes it {vis}"
    if vis == "public":
        return "you did not say it should be public"
    return ""  # private, internal: the narrower choice needs no words
