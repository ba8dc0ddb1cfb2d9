"""A whole store, lockfile or inventory taken where one entry was named (session 28, T6; AM-JUDGE-085).

"run composer update for symfony/http-kernel only" answered with a bare `composer update` (every locked package
re-resolved: `knowledge.update_scope`), "drop the pricing:eu key from the cache" with `artisan cache:clear` (the whole
store emptied: `knowledge.update_scope.CLEARS`): the user named one package or one key, and the command's own form
takes them all; a playbook run with no `--limit` where the words name hosts ("the nginx role on web-1 and web-3")
runs on every host of its play. Asked, unless the words ask for them all ("update everything", "clear the whole cache") or name
nothing the command could have been kept to.

A package or a key is named when the action adds it by name beside the update and the words say it, or when the
message carries a name of its shape (a vendor path `symfony/http-kernel`, a
scoped package `@types/node`, a key `pricing:eu`), a word in backticks or quotes, or a word beside "only"/"just" in
the languages of `_ONLY`.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

SCOPE_NAMED = "AM-JUDGE-085"
#: Words that keep a request to the things named, per language.
_ONLY = lazyre.compile(
    r"(?i)\b(?:only|just|solo|sólo|solamente|únicamente|seulement|uniquement|nur|lediglich|alleen|enkel|slechts|"
    r"soltanto|solamente|somente|apenas|só|tylko|jedynie|pouze|jen|csak|doar|samo|vain|bara|endast|kun|kizárólag|"
    r"sadece|yalnızca|yalnız|hanya|saja|cuma|chỉ|lang|tu|pekee|sirf|keval|sirf)\b|"
    r"только|лише|тільки|само|μόνο|רק|فقط|だけ|のみ|只|仅|僅|만|เท่านั้น|केवल|सिर्फ़?|শুধু")
#: Words that ask for them all.
_ALL = lazyre.compile(
    r"(?i)\b(?:all|every|everything|whole|entire|todos?|todas?|tout|tous|toutes|alle[sn]?|tutt[eio]|wszystk\w*|"
    r"hepsi|tüm|semua|tất\s+cả|zote|sab|kaikki|allt|minden|toate)\b|все|всё|усі|全部|すべて|全て|모든|전부|كل|כל|सभी|সব")
#: A name of a package's or a key's shape: a vendor or scoped path, a key with a colon, a word in backticks or quotes.
_SHAPED = lazyre.compile(r"(?<![\w/.:-])@?[a-z0-9][\w.-]*/[\w.-]+(?![\w/])|(?<![\w:/])[a-z][\w.-]*:[\w.*-]+(?![\w/])|"
                         r"`[^`\s]{2,60}`|'[^'\s]{2,60}'|\"[^\"\s]{2,60}\"", re.I)


def _named_one(message: str) -> bool:
    text = message[:2000]
    if lazyre.searched(_ALL, text) is not None:
        return False
    return lazyre.searched(_ONLY, text) is not None or lazyre.searched(_SHAPED, text) is not None


def _added_said(a: Analysis, said: str) -> bool:
    """A package the action adds by name beside the bare update, said in the words ("aggiorna il lockfile dopo aver
    aggiunto zod" answered with `pnpm add zod && pnpm update`)."""
    if lazyre.searched(_ALL, said[:2000]) is not None:
        return False
    words = {w.strip(".-/") for w in re.findall(r"[\w@/.-]{2,}", said[:2000].lower())}
    for c in a.commands:
        args = [w.value.lower() for w in c.argv[1:3]]
        if args and args[0] in ("add", "install", "i", "require", "get") and len(args) > 1 and \
                args[1].split("@", 1)[0] in words:
            return True
    return False


#: A host's name as users write it: a word with a number (`web-1`, `app-dev-2`, `db01`), or a dotted name.
_HOST = lazyre.compile(r"(?<![\w./-])[a-z][a-z0-9]*(?:-[a-z0-9]+)*?-?\d+[a-z0-9]*(?:\.[a-z0-9-]+)*(?![\w/-])|"
                       r"(?<![\w./-])[a-z][\w-]*\.[a-z][\w-]*\.[a-z]{2,}(?![\w/-])", re.I)


#: Words with a number that name no host (a version, a protocol, an architecture, a tool).
_NOT_HOST = lazyre.compile(r"(?i)^(?:v\d|python\d|py\d|ec2|s3|k8s|k3s|utf-?8|md5|sha\d+|ipv[46]|http\d|es\d+|log4j|i18n|"
                           r"l10n|oauth\d|x86|x64|arm\d+|amd64|aarch64|win\d+|php\d|node\d+|java\d+|jdk\d+|ubuntu\d|"
                           r"debian\d+|rhel\d|centos\d|el\d|fedora\d+|tls\d|ssl\d|h2|p\d{2,3}|top\d+|\d)")


def _hosts_left(a: Analysis, said: str) -> str:
    """A playbook run with no `--limit` where the words name hosts (`ansible-playbook site.yml --tags nginx` for "on
    web-1 and web-3"): every host of the play's pattern in the inventory; "" otherwise."""
    for c in a.commands:
        if c.name.rsplit("/", 1)[-1] != "ansible-playbook":
            continue
        words = [w.value for w in c.argv[1:]]
        if any(w.split("=", 1)[0] in ("-l", "--limit") or (w.startswith("-l") and len(w) > 2) for w in words):
            return ""
        if any("," in w for i, w in enumerate(words) if i and words[i - 1] in ("-i", "--inventory")):
            return ""  # (`-i web-1,web-3,`: the hosts are the inventory)
        line = " ".join(words).lower()
        hosts = [h for h in _HOST.findall(said[:2000]) if h.lower() not in line and not h[:1].isdigit()
                 and not _NOT_HOST.match(h)]
        if hosts and "--check" not in words and "-C" not in words:
            return f"`{(c.text or c.name)[:60]}` names no --limit, so it runs on every host of the play, not only " \
                   f"{', '.join(hosts[:2])}"
    return ""


def judge(a: Analysis) -> tuple[str, str, str] | None:
    """("ask", why, rule id) when the command's form takes every package or key and the words name some."""
    if not a.shell or not a.ctx.user_messages:
        return None
    if any(c.name.rsplit("/", 1)[-1] == "ansible-playbook" for c in a.commands):
        left = _hosts_left(a, a.ctx.user_messages[-1])
        if left and lazyre.searched(_ALL, a.ctx.user_messages[-1][:2000]) is None:
            return "ask", left, SCOPE_NAMED
    from automode.knowledge.update_scope import PROGRAMS, clears, whole

    cands = [c for c in a.commands if c.name.rsplit("/", 1)[-1] in PROGRAMS]
    if not cands:
        return None  # (the command's program first: most actions update nothing)
    said = a.ctx.user_messages[-1]
    if not _named_one(said) and not _added_said(a, said):
        return None
    for c in cands:
        what = whole(c)
        if what:
            return "ask", (f"`{what}` re-resolves every locked package; you named one, and the update can be kept "
                           "to it by naming it on the command line"), SCOPE_NAMED
        what = clears(c)
        if what and what.split()[-1].lower() in said.lower():
            continue  # ("draai cache:clear als gebruiker www-data": the whole-store form is the one named)
        if what:
            return "ask", (f"`{what}` empties the whole store; you named what to remove, and the command can be kept "
                           "to it"), SCOPE_NAMED
    return None
