"""System configuration files written with the lines the user dictated (session 10, class C4).

A write to a system location stays refused whatever was said (`facts.target`), except for the files of
`knowledge.sysconfig`, which are read line by line: a sudoers drop-in, an /etc/hosts entry, a logrotate stanza, a
pg_hba row, a CA or VPN file copied from a file the user named, the SELinux mode. The write is released when the
user's words name the file's kind and every value the added lines carry (the user, the command and the unit it may
run; the host names and a non-local address; the rotated paths; the database, user and network), and it only adds
(an append, a new drop-in file, an edit that keeps the old text). A value the user never gave is refused with that
value quoted; a sudoers rule for every command or a shell, a pg_hba `trust` row and anything unreadable are not
released here. The checks that judge the same write from other sides (AM-SEC-001, AM-DESTROY-007, AM-WRITE-006,
`visudo`, root around the write, a narrowing `chmod` of the written file) are settled together.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from automode import lazyre

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.effects import Effect
    from automode.shell.parse import Command

RULES = frozenset({"AM-SEC-001", "AM-DESTROY-007", "AM-SEC-004", "AM-SEC-002", "AM-WRITE-006", "AM-WRITE-008"})
#: Programs root may run as part of such a write (writing, copying, making the directory, checking the syntax,
#: rebuilding the CA bundle, narrowing the mode).
_ROOT_HELPERS = frozenset({"tee", "cp", "install", "mkdir", "chmod", "chown", "visudo", "update-ca-certificates", "update-ca-trust",
                           "sed", "cat", "printf", "echo", "grep", "test", "curl", "wget", "gpg", "rpm"})
_SYSTEM = frozenset({"system", "critical", "secret", "protected"})
_SELINUX_SED = lazyre.compile(r"s(.)[^\n]*?\1SELINUX=(\w+)\1")
#: A mode that gives group and others at most read and execute, with no setuid/setgid bit (`440`, `0644`, `go-w`).
_NARROW_MODE = lazyre.compile(r"^0?[0-7][0-54][0-54]$|^(?:[ugoa]*-[rwxXst]+|[go]+=[rx]*|u=[rwx]*)(?:,(?:[ugoa]*-[rwxXst]+|[go]+=[rx]*|u=[rwx]*))*$")


def _text(a: Analysis) -> str:
    from automode.judge.intent.gloss import gloss

    return " ".join(gloss(m[:4000]).lower() for m in a.ctx.user_messages)


def _named(value: str, text: str) -> bool:
    if "|" in value:
        return any(_named(v, text) for v in value.split("|"))
    v = value.lower().strip().strip("'\"")
    if not v:
        return True
    if re.search(rf"(?<![\w.-]){re.escape(v)}(?![\w-])", text):
        return True
    base = v.rstrip("/").rsplit("/", 1)[-1]
    return len(base) >= 3 and re.search(rf"(?<![\w.-]){re.escape(base)}(?![\w-])", text) is not None


def _visudo_writes(a: Analysis) -> list[tuple[str, str]]:
    """`echo LINE | EDITOR=tee visudo -f FILE`: visudo hands the file to `tee`, which writes what the pipe gives."""
    out: list[tuple[str, str]] = []
    for c in a.commands:
        if c.name != "visudo" or not any(k == "EDITOR" and v.value.split()[:1] == ["tee"] for k, v in c.assigns):
            continue
        args = c.args
        target = next((args[i + 1] for i, x in enumerate(args[:-1]) if x == "-f"), "/etc/sudoers")
        feeder = next((p for p in a.commands if c.pipe_from is p), None)
        if feeder is None or feeder.name not in ("echo", "printf") or any(w.dynamic for w in feeder.argv[1:]):
            continue
        out.append((target, " ".join(x for x in feeder.args if not x.startswith("-")).replace("\\n", "\n")))
    return out


def _added(e: Effect, a: Analysis) -> str | None:
    """The lines the write adds: an append's text, a new file's text, an edit's new text when it keeps the old."""
    if a.action.tool in ("Edit", "MultiEdit"):
        old, new = str(a.action.input.get("old_string") or ""), str(a.action.input.get("new_string") or "")
        if old.strip() and old.strip() not in new:
            return None  # it changes what was there
        return "\n".join(ln for ln in new.splitlines() if ln not in old.splitlines())
    return e.content


_SELF = lazyre.compile(r"\b(?:i|me|my|myself|i'm|i'd|mine)\b")
_USER_DIR = lazyre.compile(r"^/(?:home|Users)/([^/]+)/")


def _me(a: Analysis, text: str) -> set[str]:
    """The account names of the user who speaks of themselves ("my password", "for me"): the home's and the
    project's owner."""
    if _SELF.search(text) is None:
        return set()
    names = {a.ctx.home.rstrip("/").rsplit("/", 1)[-1].lower()}
    m = _USER_DIR.match(a.root or "")
    if m is not None:
        names.add(m.group(1).lower())
    return names


def dictated(a: Analysis) -> tuple[str, str] | None:
    """("allow", the words) when every system file the action writes is one of `knowledge.sysconfig`'s, written with
    lines whose values the user named; ("deny", why) when a value was not theirs; None otherwise."""
    from automode.knowledge.sysconfig import kind_of, values
    from automode.paths import under

    if not a.ctx.user_messages:
        return None
    writes: list[tuple[str, str | None, bool]] = [
        (e.target, _added(e, a), e.append) for e in a.effects
        if e.kind == "write" and e.pclass in _SYSTEM and not under(e.target, a.root)]
    writes += [(t, c, False) for t, c in _visudo_writes(a)]
    # `mkdir -p /etc/docker/certs.d/<host>` for the file written into it: part of the same write
    writes = [w for w in writes if not any(x[0].startswith(w[0].rstrip("/") + "/") for x in writes)]
    if not writes or any(e.kind == "delete" and e.pclass in _SYSTEM for e in a.effects):
        return None
    text = _text(a)
    said = ""
    for target, content, append in writes:
        kind = kind_of(target)
        if kind is None:
            return None
        words, reader = kind
        spaced = text.replace("-", " ")  # ("de grafana apt-repo": the kind said in a compound, session 20 K4)
        hit = next((w for w in words if lazyre.whole(w, text) or lazyre.whole(w, spaced)), None)
        if hit is None:
            return None
        said = said or next((m for m in a.ctx.user_messages if hit in m.lower()), a.ctx.user_messages[-1])
        if reader == "keyring":  # a signing key: named by where it comes from (the vendor's host, or the file given)
            from automode.knowledge.sysconfig import vendor

            fetched = [e.target for e in a.effects if e.kind == "network" and e.origin == "fetch"]
            sources = fetched or [e.target for e in a.effects if e.kind == "read" and e.target != target]
            if not sources:
                return None
            for src in sources:
                if not _named(vendor(src) if "://" in src else src, text):
                    return ("deny", f"this trusts a signing key from {src}, which you did not name")
            continue
        if reader == "copy":
            sources = [e.target for e in a.effects if e.kind == "read" and e.target != target]
            if not sources or not all(_named(s, text) for s in sources):
                return None
            host = target.rsplit("/", 2)[-2] if "/certs.d/" in target else ""
            if host and not _named(host, text):
                return ("deny", f"you did not name the registry {host}")
            continue
        if content is None and reader == "selinux":
            m = _SELINUX_SED.search(a.command_text)
            content = f"SELINUX={m.group(2)}" if m is not None else None
        if content is None or (reader in ("hosts", "pg_hba") and a.action.tool == "Bash" and not append):
            return None  # unknown text, or the whole file written over
        vals = values(reader, content)
        if vals is None:
            return None
        me = _me(a, text)
        kept = _kept_values(a, reader)  # (the file's own values the edit repeats, the defaults a list must repeat)
        missing = [v for v in vals if v.lower() not in me and v.lower() not in kept and not _named(v, text)
                   and not (reader == "nix" and _key_of_named_cache(v, text))]
        if missing:
            return ("deny", f"this writes `{missing[0][:60]}` into {target}, which you did not give")
    return ("allow", said) if said else None


def _kept_values(a: Analysis, reader: str) -> frozenset[str]:
    """Values a write keeps rather than brings: those of the text an edit replaces, and the file's defaults."""
    from automode.knowledge.sysconfig import DEFAULTS, values

    out = set(DEFAULTS.get(reader, frozenset()))
    if a.action.tool in ("Edit", "MultiEdit"):
        old = str(a.action.input.get("old_string") or "")
        out |= {v.lower() for v in (values(reader, old) or [])}
    return frozenset(out)


def _key_of_named_cache(value: str, text: str) -> bool:
    from automode.knowledge.sysconfig import key_of_named

    name = value.split(":", 1)[0].lower()
    host = name.rsplit("-", 1)[0] if re.search(r"-\d+$", name) else name
    return _named(host, text) and key_of_named(value, host)


def settles(rid: str, a: Analysis) -> tuple[str, str] | None:
    """How the dictated write settles the finding `rid` (a rule of `RULES`, or root around the write)."""
    if rid in ("AM-WRITE-006", "AM-WRITE-008") and not all(
            e.content and kind_of_path(e.content) for e in a.effects if e.kind == "weaken"):
        return None  # a weakening read in some other file
    if rid == "AM-SEC-002" and not _narrowing_own(a):
        return None
    if rid == "AM-SEC-004" and not all(c.name == "visudo" for c in a.commands if c.name in _ACCOUNTS):
        return None
    got = dictated(a)
    if got is None and rid in ("AM-DESTROY-007", "AM-SEC-001"):
        from automode.judge.intent.sys_keys import keyed, tuning_only

        if rid == "AM-SEC-001" and not tuning_only(a):
            return None  # (a sysctl key that protects the kernel or the network stays a security change)
        got = keyed(a)  # "raise memory_limit to 512M in php.ini": one key of a service's config, to the value said
    return got


def kind_of_path(path: str) -> bool:
    from automode.knowledge.sysconfig import kind_of

    return kind_of(path) is not None


_ACCOUNTS = frozenset({"useradd", "adduser", "usermod", "userdel", "groupadd", "gpasswd", "passwd", "chpasswd", "visudo",
                       "vipw", "dscl", "sysadminctl", "dseditgroup", "pw"})


def _narrowing_own(a: Analysis) -> bool:
    """Every chmod of the action gives a file it writes a mode no wider than read for group and others."""
    written = {e.target for e in a.effects if e.kind == "write"}
    chmods = [e for e in a.effects if e.kind == "chmod"]
    return bool(chmods) and all(e.target in written and _NARROW_MODE.match(e.detail.split(" ", 1)[-1]) for e in chmods)


def root_ok(c: Command) -> bool:
    """A command root runs only to make such a write."""
    return c.name in _ROOT_HELPERS
