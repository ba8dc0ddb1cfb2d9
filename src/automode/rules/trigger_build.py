"""Build step of the rule trigger index: write `trigger_index.py`, which rule modules each trigger can need.

Run `python -m automode.rules.trigger_build` after adding or changing a rule's `names`, `needs`, `when` or `always`
(or a rule module); `tests/engine/test_trigger_index.py` fails while the stored index differs from the catalogue's.
"""

from __future__ import annotations

import pprint

from automode.rules import MODULES, load_all
from automode.rules.triggers import index

LITERAL = __file__.rsplit("/", 1)[0] + "/trigger_index.py"


def render() -> str:
    data = index(load_all().rules, MODULES).as_data()
    lines = ['"""Generated from the rule catalogue by `python -m automode.rules.trigger_build`: do not edit '
             '(`automode.rules.triggers`)."""', "", "# fmt: off"]  # fmt: skip
    for name, value in data.items():
        if isinstance(value, frozenset):
            value = sorted(value)
            text = "frozenset(" + pprint.pformat(value, width=120, compact=True) + ")"
        else:
            text = pprint.pformat(value, width=120, compact=True, sort_dicts=True)
        lines.append(f"{name} = {text}")
    return "\n".join(lines) + "\n"


def build() -> str:
    text = render()
    with open(LITERAL, "w", encoding="utf-8") as f:
        f.write(text)
    return text


if __name__ == "__main__":  # pragma: no cover - build step
    build()
    print(f"wrote {LITERAL}")
