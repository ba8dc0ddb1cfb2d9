"""A system service's configuration changed key by key, as the user named it (session 23, N5, helper `named`).

"raise memory_limit to 512M in php.ini", "bump memory_limit for the www pool to 512M", "on the legacy vhost enable TLS
1.2 as well as 1.3", "skapa en systemd-timer som kör pg-backup.service kl 04:15 varje natt": the write lands in a system
location (AM-DESTROY-007, never released by a request in general), and it is exactly the act named when it is one
of `knowledge.sys_keys`' files and every line it changes sets a key the user named (by its name, its words or a word
users say for it) to values the user said or the line already had. Released then; a changed line whose key nobody
named, a value nobody said, a key that opens the service (`sys_keys.NEVER`) or a line this cannot read is left to the
rules (refused as before). An Edit, a MultiEdit, or a Write of a new timer unit.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from automode import lazyre

if TYPE_CHECKING:
    from automode.analysis import Analysis

#: Rules such a write settles (the system location; the timer's schedule).
RULES = frozenset({"AM-DESTROY-007", "AM-PERSIST-001"})
_UNIT_BEFORE = lazyre.compile(r"(\d)\s+(kb|mb|gb|k|m|g|ms|s|min|h|d|(?:sec|second|minute|hour|day|week|month|year)s?)\b")
_WORD_BEFORE = lazyre.compile(r"\b([a-z]+)v?\s+(\d+(?:\.\d+)?)\b")


def _text(a: Analysis) -> str:
    from automode.judge.intent.gloss import gloss, times_in_english

    raw = "\n".join(m[:4000] for m in a.ctx.user_messages)
    return f"{raw.lower()}\n{' '.join(gloss(m[:4000]).lower() for m in a.ctx.user_messages)}\n" \
           f"{times_in_english(raw).lower()}"


def _said(value: str, text: str) -> bool:
    """`value` (alternatives joined by `|`) written in `text` as a whole word, a number's unit joined or spaced, a
    version beside the word it belongs to ("TLS 1.2" for `TLSv1.2`)."""
    if "|" in value:
        return any(_said(v, text) for v in value.split("|"))
    v = value.lower().strip().strip("'\"")
    if not v:
        return True
    texts = (text, _UNIT_BEFORE.sub(r"\1\2", text), _WORD_BEFORE.sub(r"\1\2", text))
    forms = {v, re.sub(r"(?<=[a-z])v(?=\d)", "", v)}
    if re.fullmatch(r"\d+[kmg]", v):
        forms.add(v + "b")
    return any(lazyre.whole(f, t, r"[\w.-]", r"[\w-]|\.\d") is not None for f in forms for t in texts)


#: A change said from one value to another, in the languages of the requests ("from 128M to 512M", "de 100 a 300",
#: "von 100 auf 300", "da 100 a 300", "z 100 na 300", "с 100 до 300"): (the value it goes from, the value it goes to).
_FROM_TO = lazyre.compile(r"(?<![\w])(?:from|de|desde|von|da|van|vanaf|od|z|ze|от|с|från|fra)\s+([\w.]*\d[\w.]*)\s*"
                          r"(?:to|a|à|al|ao|até|para|auf|zu|bis|naar|tot|na|do|до|на|till|til|->|→|-)\s+([\w.]*\d[\w.]*)",
                          re.I)


def _old_said(value: str, text: str) -> bool:
    """`value` is said only as the value a setting goes from, never as one it goes to."""
    v = value.lower().strip("'\"")
    pairs = _FROM_TO.findall(text)
    if not pairs:
        return False
    norm = {re.sub(r"b$", "", x.lower()) for _f, x in pairs}
    return v in {re.sub(r"b$", "", f.lower()) for f, _x in pairs} and re.sub(r"b$", "", v) not in norm


def _key_said(key: str, text: str) -> bool:
    from automode.knowledge.sys_keys import ALIASES

    last = key.rsplit(".", 1)[-1] if not key.startswith(("vm.", "net.", "kernel.", "fs.")) else key
    forms = {key, last, re.sub(r"[_.-]", " ", key), re.sub(r"[_.-]", " ", last),
             *ALIASES.get(key, ()), *ALIASES.get(last, ())}
    return any(f and _said(f, text) for f in forms)


def _edits(a: Analysis, syntax: str) -> list[tuple[str, str]] | None:
    inp = a.action.input if isinstance(a.action.input, dict) else {}
    if a.action.tool == "Edit":
        return [(str(inp.get("old_string") or ""), str(inp.get("new_string") or ""))]
    if a.action.tool == "MultiEdit" and isinstance(inp.get("edits"), list):
        return [(str(e.get("old_string") or ""), str(e.get("new_string") or "")) for e in inp["edits"] if isinstance(e, dict)]
    if a.action.tool == "Write" and syntax == "timer":
        return [("", str(inp.get("content") or ""))]
    return None


def keyed(a: Analysis) -> tuple[str, str] | None:
    """("allow", the words) when the action's one write is a named key set to the value said in a service's config
    file; ("deny", why) when a key named is set to a value nobody said; None when this is not such a write."""
    from automode.knowledge.sys_keys import kind_of

    if not a.ctx.user_messages or not isinstance(a.action.input, dict):
        return None
    if a.shell:
        from automode.judge.intent.sed_keys import keyed_sed

        seds = keyed_sed(a)  # `sudo sed -i 's/^memory_limit = .*/memory_limit = 512M/' FILE`: that key's line
        if not seds:
            from automode.judge.intent.sed_literal import addressed, dropins

            # `printf '[Journal]\nSystemMaxUse=500M\n' | sudo tee /etc/systemd/journald.conf.d/size.conf`: a new
            # drop-in of the named keys; `sed -i '/^LogFormat .* combined$/s/" combined/ %D" combined/'`: values added
            return dropins(a, _keyed_file) or addressed(a, _keyed_file)
        said: tuple[str, str] | None = None
        from automode.judge.intent.sed_literal import olds

        spelled = olds(a)  # `s/^LogFormat "…" combined/LogFormat "… %D" combined/`: the line it replaces, written out
        for path, lines in seds:
            kind = kind_of(path)
            if kind is None:
                return None
            old = "{} =" if kind[1] == "ini" else "{} ?"
            got = _keyed_file(a, path, kind, [spelled.get(new) or (old.format(k), new) for k, new in lines])
            if got is None or got[0] != "allow":
                return got
            said = said or got
        return said
    path = str(a.action.input.get("file_path") or "")
    kind = kind_of(path)
    if kind is None:
        return None
    return _keyed_file(a, path, kind, _edits(a, kind[1]))


def _keyed_file(a: Analysis, path: str, kind: tuple[tuple[str, ...], str],
                edits: list[tuple[str, str]] | None, new_file: bool = False) -> tuple[str, str] | None:
    from automode.knowledge.sys_keys import NEVER, SYNTAX_NEVER, line_of, timer_values

    words, syntax = kind
    if not edits:
        return None
    text = _text(a)
    stem = path.rsplit("/", 1)[-1].rsplit(".", 1)[0].lower()
    if not any(_said(w, text) or _said(w, text.replace("-", " ")) for w in words) and not (len(stem) >= 4 and _said(stem, text)):
        return None  # the file's kind is not what the user spoke of
    unit = ""
    if syntax == "timer":  # the service the timer starts: its `Unit=`, else the one of its own name
        units = re.findall(r"(?im)^\s*unit\s*=\s*(\S+?)(?:\.service)?\s*$", "\n".join(n for _o, n in edits))
        unit = units[0] if len(units) == 1 else stem if not units else ""
        if not unit or not (_said(unit, text) or _said(unit + ".service", text)):
            return None
    for old, new in edits:
        if syntax != "timer" and not old.strip() and not new_file:
            return None  # text added with nothing it replaces: not a key changed (a new drop-in's keys are set)
        old_lines, new_lines = old.splitlines(), new.splitlines()
        before: dict[str, list[str]] = {}
        for ln in old_lines:
            got = line_of(syntax, ln)
            if got is None:
                return None
            if got[0]:
                before.setdefault(got[0], []).extend(v.lower() for v in got[1])
        after: set[str] = set()
        for ln in new_lines:
            got = line_of(syntax, ln)
            if got is None:
                return None
            key, vals = got
            if not key:
                continue
            after.add(key)
            if ln in old_lines:
                continue
            if key in NEVER or key in SYNTAX_NEVER.get(syntax, ()):
                return None
            if syntax == "timer":
                need = timer_values(key, vals[0] if vals else "", "")
                if need is None:
                    return None
                missing = [v for v in need if not _said(v, text)]
                if missing:
                    return ("deny", f"this schedules `{ln.strip()[:60]}` in {path}, which you did not give")
                continue
            if not _key_said(key, text):
                return None
            kept = before.get(key, [])
            missing = [v for v in vals if v.lower() not in kept and not _said(v, text)]
            if missing:
                return ("deny", f"this sets `{key}` to `{' '.join(vals)[:60]}` in {path}, a value you did not give")
            olds = [v for v in vals if _old_said(v, text)]
            if olds:  # "de 100 a 300", "from 128M to 512M": the value it had, not the one it goes to
                return ("deny", f"this sets `{key}` to `{olds[0]}` in {path}, the value you said it goes from")
        for key in before:
            if key not in after and not _key_said(key, text):
                return None  # a setting removed that nobody named
    said = next((m for m in a.ctx.user_messages[::-1] if m.strip()), "")
    return ("allow", said)


def tuning_only(a: Analysis) -> bool:
    """Every key the action changes in a sysctl file is a tuning key (`knowledge.sys_keys.tuning`): by `sed -i` or by
    the new lines of an Edit."""
    from automode.knowledge.sys_keys import line_of, tuning

    if a.shell:
        from automode.judge.intent.sed_keys import keyed_sed

        seds = keyed_sed(a)
        keys = [k for _p, lines in seds or [] for k, _new in lines]
    else:
        edits = _edits(a, "ini") or []
        keys = [got[0] for _o, new in edits for ln in new.splitlines() if (got := line_of("ini", ln)) and got[0]]
    return bool(keys) and all(tuning(k) for k in keys)
