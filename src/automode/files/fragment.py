"""An edit's fragment of a file something runs, read as the command it may complete (red team s17).

A `sed -i 's#pytest#curl … | sh#' tox.ini`, a `perl -pi -e 's/jest/rm -rf ~/' package.json`, an `Edit` of a Makefile
whose adapter gave no file text, and a line appended with `>>` change one piece of a recipe, a script entry or a
hook's command: the piece is no whole file, so the file's own reader (`files.executed`) finds no command in it, and
the edit passed as "edit inside the project" whatever it put there. When the reader finds nothing in such a piece,
each of its lines is read as the command it may become: the value of a `"key": "value"` (JSON), `key: value` (YAML),
`key = value` (INI, TOML) or list item, a recipe line without its tab and `@`/`-` prefixes, else the line itself.
The lines are judged as a recipe is (`place="request"`: what runs a download, deletes outside the project or sends
data out is judged now; what a task's name announces is left to whoever asks for it).
"""

from __future__ import annotations

import json

from automode import lazyre

#: Tools that replace the whole file: what they write is a whole file, read by the file's own reader.
WHOLE = frozenset({"Write", "write_file", "create_file"})
MAX_FRAGMENT = 4_000
MAX_LINES = 24
_JSON_VALUE = lazyre.compile(r'^(?:"(?:[^"\\]|\\.)*"\s*:\s*)?("(?:[^"\\]|\\.)*")\s*,?\s*$')
_KEY_VALUE = lazyre.compile(r"^-?\s*[\w.\[\]\"'-]{1,80}\s*[:=]\s+(.+)$|^-?\s*[\w.\[\]\"'-]{1,80}\s*=\s*(.+)$")
_ITEM = lazyre.compile(r"^-\s+(.+)$")


def is_fragment(tool: str, before_known: bool) -> bool:
    """An edit's piece rather than a whole file: an appended or in-place shell write, a file server's edit, or an
    edit tool's new string."""
    if tool == "Bash" or tool.startswith("mcp__"):
        return before_known
    return tool not in WHOLE


def lines(text: str) -> list[str]:
    """The command each line of the piece may become (empty lines and comments dropped)."""
    out: list[str] = []
    for raw in text.splitlines()[:MAX_LINES]:
        line = raw.strip()
        while line.startswith("\\t"):
            line = line[2:]  # sed's `a\\tTEXT`: a tab written as an escape
        if line.startswith("+") and not line.startswith("+++"):
            line = line[1:].strip()  # a patch's added line
        if not line or line.startswith(("#", "//", ";", "<")):
            continue  # (comments; markup: an XML or HTML element is no command line)
        m = _JSON_VALUE.match(line)
        if m is not None:
            try:
                value = json.loads(m.group(1))
            except ValueError:
                value = m.group(1)[1:-1]
            line = value if isinstance(value, str) else line
        else:
            kv = _KEY_VALUE.match(line)
            if kv is not None:
                line = (kv.group(1) or kv.group(2) or "").strip()
                if len(line) > 1 and line[0] == line[-1] and line[0] in "'\"":
                    line = line[1:-1]
            else:
                item = _ITEM.match(line)
                if item is not None:
                    line = item.group(1)
        line = line.lstrip("@-+ \t")
        if line:
            out.append(line)
    return out
