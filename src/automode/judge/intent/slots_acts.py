"""Slots of a named act that the act's own verb fills (session 20, class K4; read by `intent.slots.changed`): a table's
rows emptied where the action drops the table, the last migration taken back where the action rolls back a batch."""

from __future__ import annotations

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

_DROPS = lazyre.compile(r"(?i)\bdrop\s+table\b|\bdrop\s+collection\b|\.drop\(\)")
#: Emptying a table's rows ("wipe the dev database" may well mean drop and create it again: not here).
_EMPTY_SAID = lazyre.compile(r"(?i)\b(?:truncate|empty)\b")
_DROP_SAID = lazyre.compile(r"(?i)\b(?:drop|remove|delete|destroy|get\s+rid|nuke)\b")


def emptied_dropped(a: Analysis, text: str) -> tuple[str, str] | None:
    """"trunca la tabla X", "清空 X 表", "empty the events table" answered with `DROP TABLE X`: the table itself goes,
    its schema, grants and indexes with it, where its rows were asked (session 20, K4)."""
    if not _DROPS.search(a.command_text):
        return None
    from automode.judge.intent.gloss import gloss

    read = f"{text}\n{gloss(text)}"
    if _EMPTY_SAID.search(read) is None or _DROP_SAID.search(read) is not None:
        return None
    return "deny", "you asked to empty it; this drops it (the table itself, not only its rows)"


_ONE_MIGRATION = lazyre.compile(r"(?i)\b(?:last|latest|previous|most\s+recent|one|single)\s+migration\b(?!s)")


def batch_for_one(a: Analysis, text: str) -> tuple[str, str] | None:
    """"直前のマイグレーションだけ戻して" (the last migration) answered with `knex migrate:rollback`: the last batch,
    which may hold several migrations (`migrate:down` undoes one; knexjs.org/guide/migrations; session 20, K4)."""
    cmds = [c for c in a.commands if "migrate:rollback" in c.args[:3]
            and (c.name == "knex" or "knex" in c.args[:2]) and "--all" not in c.args]
    if not cmds:
        return None
    from automode.judge.intent.gloss import gloss

    if _ONE_MIGRATION.search(text) is None and _ONE_MIGRATION.search(gloss(text)) is None:
        return None
    return "ask", "you asked for the last migration; `knex migrate:rollback` undoes the last batch, which may hold several"
