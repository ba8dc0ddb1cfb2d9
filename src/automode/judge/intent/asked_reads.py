"""A read of a project secret file the user asked about (C4, session 12): "what's the db host in my .env?" is answered
by reading `.env`, so that read is the request itself, put as a question.

Only the project's own secret files whose read is an ask (`AM-EXFIL-002` on `.env`, `config/secrets.yml`: the task
may need them) are released this way, and only when the action does nothing but read, and a message names the file
(its name or its path) while asking about it (a question, or a read verb: "show me", "check", "look at").
Credentials of the user's home (`~/.aws/credentials`, keys) are never released to allow by a question. When the
user's words point at one (its file name, or the tool that keeps it: "dbt can't connect, debug it" beside
`~/.dbt/profiles.yml`), a read the rule denies becomes an ask (`owner_named`): the task may need it, a person
confirms. A credential file the user named that only goes into a login's credential input (`docker login
--password-stdin < ~/.ghcr_token`, `gh auth login --with-token < f`) never enters the session: that is allowed when
every host of the command was named too.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.paths import ANY_HOME
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.model import Finding
    from automode.shell.script import Command

#: A message that asks about something: a question, or a request to look at or show it.
_ASKS = lazyre.compile(r"(?i)\?|^\W*(?:what|which|where|how|is|are|does|do|show|print|check|look|tell|find|read|"
                       r"see|compare|confirm|verify|list|grab|get|pull)\b|\b(?:what(?:'s| is| are)|which|look\s+(?:at|in)|"
                       r"check|tell\s+me|show\s+me|is\s+there)\b")
#: Commands that only read a file to show it (their effects say which file).
_READERS = frozenset({"cat", "head", "tail", "grep", "egrep", "rg", "less", "more", "sed", "awk", "cut", "sort",
                      "wc", "bat", "type", "Get-Content", "gc", "findstr", "dotenv", "jq", "yq"})  # fmt: skip


#: Key-store tools whose listing shows what a store holds (aliases, fingerprints, certificates), never a private key
#: or a password: the options that list, and the ones that would export or change something.
_LISTERS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "keytool": (frozenset({"-list"}), frozenset({"-exportcert", "-export", "-importkeystore", "-delete", "-changealias",
                                                 "-storepasswd", "-keypasswd", "-importcert", "-genkeypair", "-genkey"})),
    "ssh-keygen": (frozenset({"-l", "-lf"}), frozenset({"-y", "-e", "-p", "-N"})),
    "gpg": (frozenset({"--list-keys", "--list-secret-keys", "-k", "-K", "--fingerprint"}),
            frozenset({"--export", "--export-secret-keys", "--armor", "-a", "--delete-keys", "--delete-secret-keys"})),
}  # fmt: skip


def _lists_only(c: Command) -> bool:
    """`keytool -list -keystore certs/app.jks -storepass:env KS_PASS`: a listing of the store, nothing exported."""
    row = _LISTERS.get(c.name)
    if row is None:
        return False
    args = {w.value.split("=", 1)[0] for w in c.argv[1:]}
    return bool(args & row[0]) and not args & row[1]


def content_asked(found: list[Finding], a: Analysis) -> str | None:
    """The message that asks about the project secret files this action only reads, or None."""
    if not found or any(f.rule.id != "AM-EXFIL-002" or f.verdict != "ask" for f in found):
        return None
    if any(e.kind not in ("read",) for e in a.effects):
        return None
    if a.shell and any((c.name not in _READERS and not _lists_only(c)) or c.remote for c in a.commands):
        return None
    if a.action.tool not in ("Read", "Grep", "Bash", "PowerShell"):
        return None
    root = (a.root or "").rstrip("/") + "/"
    read = [e.target for e in a.effects if e.kind == "read" and e.pclass == "secret"]
    if not read or not all(t.startswith(root) for t in read):
        return None
    for m in reversed(a.ctx.user_messages):
        low = m.lower()
        if not _ASKS.search(low) and not _asks_glossed(m):
            continue
        if all(_named(t[len(root):], low) for t in read):
            return m
    return None


def _asks_glossed(m: str) -> bool:
    """The message asks to look in another language ("Mira que DB_HOST ten o .env", "Schau, was in der .env steht"):
    its gloss (cached per text) opens with a read verb."""
    from automode.judge.intent.gloss import gloss

    read = gloss(m[:2000])
    return read != m[:2000] and _ASKS.search(read.lower()) is not None


def _named(rel: str, said: str) -> bool:
    """The file is named: its path in the project, or its name (`.env`, `secrets.yml`) as a word of its own."""
    base = rel.rsplit("/", 1)[-1].lower()
    if rel.lower() in said:
        return True
    return re.search(r"(?<![\w.-])" + re.escape(base) + r"(?![\w-]|\.\w)", said) is not None


#: Directory names under the home that say nothing about which tool keeps the file.
_GENERIC_DIRS = frozenset({"config", "local", "share", "cache", "library", "application support", "preferences", "etc",
                           "state", "data", "home", "users", "root", "appdata", "roaming", "secrets", "keys", "private",
                           "credentials", "tmp", "var", "opt", "lib"})  # fmt: skip
#: Options through which a login takes its credential on standard input (docker/podman/helm/oras/skopeo
#: `--password-stdin`, gh `--with-token`, `--token-stdin`, `--password-file`).
_INTAKE = lazyre.compile(r"^--?(?:password|passwd|pass|token|secret|api-?key|key)[-_]?(?:stdin|file)(?:=|$)|"
                         r"^--with-token$|^--password-from-stdin$")
#: Key material: no word releases reading it into the session.
_KEY_MATERIAL = lazyre.compile(r"(?i)/\.ssh/|/\.gnupg/|/id_[a-z0-9]+$|\.(?:pem|key|p8|p12|pfx|jks|keystore|gpg|asc|ppk)$|"
                               r"private|secring")
_HOSTISH = lazyre.compile(r"^(?:[a-z][\w+.-]*://)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?::\d+)?(?:/|$)")


#: A tool's configuration that holds a secret among its settings (`~/.dbt/profiles.yml`, `~/.databrickscfg`): debugging
#: the tool may need it. A pure credential store (`credentials`, a token, `.netrc`) answers no question a tool cannot.
_CONFIG_LIKE = lazyre.compile(r"(?i)config|profiles?\b|settings|cfg$|\.(?:ya?ml|toml|ini|conf|properties)$")
_STORE_LIKE = lazyre.compile(r"(?i)credential|token|secret|passw|auth|netrc|cookie|session")


def owner_words(target: str, home: str) -> set[str]:
    """Words that name a credential file: its name, and for a tool's configuration the tools its directories are
    named for (`~/.dbt/profiles.yml` -> dbt)."""
    h = home.rstrip("/") + "/"
    rel = target[len(h):] if home and target.startswith(h) else target.lstrip("/")
    parts = rel.split("/")
    words = {parts[-1].lower()}
    if not _CONFIG_LIKE.search(parts[-1]) or _STORE_LIKE.search(parts[-1]):
        return words  # a pure credential store (`~/.aws/credentials`, a token file): only its own name points at it
    for d in parts[:-1]:
        w = d.lstrip(".").lower()
        if len(w) >= 2 and w not in _GENERIC_DIRS:
            words.add(w)
    return words


def _says(word: str, low: str) -> bool:
    return re.search(r"(?<![\w.-])~?/?\.?" + re.escape(word.lstrip(".")) + r"(?![\w-]|\.\w)", low) is not None


def owner_named(found: list[Finding], a: Analysis) -> tuple[str, bool] | None:
    """(the message, handed) when every credential file this action reads is named by the user's words, by its name or
    the tool that keeps it; handed is True when each only goes into a login's credential option on standard input
    and every host the command names was named too. None otherwise (the rule's deny stands)."""
    if not found or any(f.rule.id != "AM-EXFIL-002" for f in found):
        return None
    secrets = {e.target for e in a.effects if e.kind == "read" and e.pclass in ("secret", "home")}
    if not secrets or any(e.kind not in ("read", "control") or (e.kind == "control" and e.verb != "read")
                          for e in a.effects):
        return None
    homes = {t: _home_of(t, a.ctx.home or "") for t in secrets}
    if any(not h or _KEY_MATERIAL.search(t) for t, h in homes.items()):
        return None  # private keys and system secrets: their tools (ssh -v, gpg --list-keys) answer the question
    for m in reversed(a.ctx.user_messages):
        low = m.lower()
        if all(any(_says(w, low) for w in owner_words(t, homes[t])) for t in secrets):
            return m, _handed(a, secrets, low)
    return None




def _home_of(target: str, home: str) -> str:
    """The home directory the file is under (the session's, or any user's: `/home/remi/.kube/config`), or ""."""
    h = home.rstrip("/") + "/"
    if home and target.startswith(h):
        return h
    m = ANY_HOME.match(target)
    return m.group(0) if m else ""


def _handed(a: Analysis, secrets: set[str], said: str) -> bool:
    if not a.shell or len(a.commands) != 1:
        return False
    c = a.commands[0]
    if c.remote or not any(_INTAKE.search(x) for x in c.args):
        return False
    hosts = {m.group(1) for x in c.args if (m := _HOSTISH.search(x.lower()))}
    return all(h in said for h in hosts) and not any(t.rsplit("/", 1)[-1] in x for x in c.args for t in secrets)  # `< f`
