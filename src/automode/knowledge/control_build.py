"""Build step of the control-plane tables: write `control_index.py`, which program names each table covers.

Run `python -m automode.knowledge.control_build` after adding a table to `knowledge/data/control/` or changing a
table's `names` or `family` line; a test checks the index agrees with the tables. A hook process reads the index
(one small literal) instead of opening and searching every table (issue 14: about 2 % of a cold hook).
"""

from __future__ import annotations

import os
import pprint

from automode.knowledge.control import DATA_DIR, read_index

LITERAL = __file__.rsplit("/", 1)[0] + "/control_index.py"


def render() -> str:
    return (
        '"""Generated from knowledge/data/control/*.toml by `python -m automode.knowledge.control_build`: do not '
        'edit."""\n\n'
        "# fmt: off\n"
        f"INDEX: dict[str, tuple[str, str]] = {pprint.pformat(read_index(), width=120, sort_dicts=True)}\n\n"
        "#: The tables it was written from (another set in the directory: `control.index` reads the tables instead).\n"
        f"TABLES: tuple[str, ...] = {pprint.pformat(_tables(), width=120)}\n"
    )


def _tables() -> tuple[str, ...]:
    return tuple(sorted(f for f in os.listdir(DATA_DIR) if f.endswith(".toml")))


def build() -> str:
    text = render()
    with open(LITERAL, "w", encoding="utf-8") as f:
        f.write(text)
    return text


if __name__ == "__main__":  # pragma: no cover - build step
    build()
    print(f"wrote {LITERAL}")
