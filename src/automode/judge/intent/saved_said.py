"""A save said as the condition of a removal, skipped by the action (session 28, T5 "held"; AM-JUDGE-037 through
`intent.widened`).

"esporta ci-runner-3 in /srv/backups e poi cancellalo", "exporte le conteneur web-legacy puis supprime-le", "mach
zuerst einen Snapshot von vol-0… und lösch es dann", "ci-old をエクスポートしてから削除して": the user asks for the
removal only after a save of the same object (an export, a dump, a backup, a snapshot). An action that removes that
object with no save of it before the removal in the same line (`lxc delete --force ci-runner-3` alone) skips the
condition: refused. The save before it (`lxc export ci-runner-3 … && lxc delete …`, `vzdump 205 && qm destroy
205`), or a removal whose own option makes the copy (`--final-db-snapshot-identifier`), meets it.

The words: a save verb (`knowledge.saved_first.SAVE_VERBS`, any language) followed by a sequencing word
(`knowledge.kept_words.THEN`: "then", "e poi", "puis", "dann", "potem", "してから") or beside a word of "first"
(`saved_first.FIRST`), in a message that asks for a removal; the part of its sentence up to the sequencing word
names the object. The command: a removal (`knowledge.removal_forms` taking form, or a removing verb) whose object is
named in that part.
"""

from __future__ import annotations

import re
from functools import lru_cache

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.shell.parse import Command

#: A sentence: the part a save and its removal share.
_SENTENCE = lazyre.compile(r"[.!?](?=\s|$)|[。！？\n]")
_LETTER = r"[0-9A-Za-z_\u00C0-\u024F\u0370-\u04FF-]"


@lru_cache(maxsize=256)  # (a fact of the words: read once per session)
def save_parts(messages: tuple[str, ...]) -> tuple[str, ...]:
    """The parts of the messages that say a save to do before a removal, each up to its sequencing word."""
    from automode.judge.intent.gloss import gloss
    from automode.judge.intent.kept_forms import _REMOVE
    from automode.knowledge.kept_words import THEN
    from automode.knowledge.saved_first import FIRST, SAVE_VERBS

    save = lazyre.built(rf"(?i)(?<!{_LETTER})(?:{SAVE_VERBS})")
    then = lazyre.built(rf"(?i)(?<!{_LETTER})(?:{THEN})(?![0-9A-Za-z_\u00C0-\u024F\u0370-\u04FF])")
    first = lazyre.built(rf"(?i)(?<!{_LETTER})(?:{FIRST})")
    out: list[str] = []
    for m in messages:
        if _REMOVE.search(gloss(m[:4000])) is None:
            continue  # (no removal asked: a save alone is no condition)
        for text in dict.fromkeys((m[:4000], gloss(m[:4000]))):
            for sentence in _SENTENCE.split(text):
                for s in save.finditer(sentence):
                    t = then.search(sentence, s.end())
                    if t is not None and t.start() - s.end() <= 160:
                        out.append(sentence[: t.start()])
                    elif first.search(sentence) is not None:
                        out.append(sentence)
    return tuple(dict.fromkeys(p for p in out if p.strip()))


#: Removals by a database client: a program that drops (`dropdb`), or a statement that drops or empties.
_DROPPERS = frozenset({"dropdb", "dropuser", "mysqladmin"})
_DROP = lazyre.compile(r"(?i)\bdrop\s+(?:database|schema|table|collection|keyspace)\b|\btruncate\s+(?:table\s+)?\w|"
                       r"\.drop(?:Database)?\(\)|\bflushall\b|\bflushdb\b")


def _removal(c: Command) -> bool:
    from automode.judge.intent.kept_names import _removes
    from automode.knowledge.removal_forms import forms

    if c.name.rsplit("/", 1)[-1] in _DROPPERS or _DROP.search(c.text or "") is not None:
        return True  # ("dump the db reports, then drop it": `dropdb reports`, `psql -c 'DROP DATABASE reports'`)
    return _removes(c) or any(state == "takes" for _r, state, _o in forms(c))


def _makes_copy(c: Command) -> bool:
    """The removal's own option makes the copy (`--final-db-snapshot-identifier`, `--final-snapshot-identifier`)."""
    from automode.knowledge.removal_forms import forms

    return any(state == "keeps" and opt.startswith("-") and {"snapshots", "backups"} & set(row.nouns)
               for row, state, opt in forms(c))


def _said_in(names: set[str], parts: tuple[str, ...]) -> str | None:
    for p in parts:
        low = p.lower()
        for n in names:
            if len(n) >= 3 and re.search(rf"(?<![\w.-]){re.escape(n)}(?![\w-])", low) is not None:
                return p
    return None


def skipped(a: Analysis) -> tuple[str, str] | None:
    """("deny", why) when the action removes an object the user said to save first, with no save of it before the
    removal; None otherwise."""
    if not a.shell or not a.commands or not a.ctx.user_messages:
        return None
    from automode.knowledge.saved_first import _names, saves

    cmds = [c for c in a.commands if _removal(c) and not saves(c)]  # (`vzdump 205 --mode stop` is the save)
    if not cmds:
        return None
    parts = save_parts(tuple(a.ctx.user_messages[-2:]))
    if not parts:
        return None

    for c in cmds:
        mine = _names(c, 0) | {w.lower() for w in re.findall(r"[\w.-]{3,}", c.text or "")}  # (`psql -c 'DROP … x'`)
        part = _said_in(mine, parts)
        if part is None or _makes_copy(c):
            continue
        before = a.commands[: a.commands.index(c)]
        if any(saves(d) and (_names(d, 0) & mine) for d in before):
            continue
        text = (c.text or " ".join(w.value for w in c.argv))[:80]
        return "deny", f"you said {part.strip()!r} before the removal; `{text}` removes it without that save first"
    return None
