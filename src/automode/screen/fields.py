"""A table's column named for the reader (issue 18 point 1, session 23): its header says who every cell below is for.

A CSV or TSV file, a pipe table or a query result names its columns once, in the header row; a cell under a column
called `action_for_importer_model` or `note_to_ai` is a message to that reader, like the value of a JSON key of that
name (`flatten` already lays a JSON key beside its value). Reading the cell alone loses the address. So when a header
field is named for a reader (`screen_window_patterns.key_label`, or a key the stem reader names: `screen_world`), each
cell of that column is laid out as `header: cell` after the text, and the screen reads it like a keyed value.

Linear: the header is the first non-empty line; at most `MAX_ROWS` rows are split, each by one delimiter.
"""

from __future__ import annotations

import csv
import io

from automode.screen import world as screen_world
from automode.screen.window_patterns import patterns

MAX_ROWS = 200
_DELIMITERS = (",", ";", "\t", "|")


def fields(text: str) -> str:
    """`header: cell` lines for the cells of columns named for a reader, or "" when the text is no such table."""
    head_end = text.find("\n")
    if head_end == -1:
        return ""
    header = text[:head_end].strip().lower()
    delim = max(_DELIMITERS, key=header.count)
    if header.count(delim) < 1 or len(header) > 2000:
        return ""
    names = [h.strip(" \"'`") for h in header.split(delim)]
    second = text[head_end + 1 : text.find("\n", head_end + 1) if "\n" in text[head_end + 1 :] else len(text)]
    if any(len(h) > 48 for h in names) or second.count(delim) < 1:
        return ""  # prose ("Dear AI assistant, please ..."), not a header row over a table's rows
    key = patterns().key_label
    wanted = [i for i, h in enumerate(names) if h and (key.search(h) or screen_world.anchors(h + ":", 1))]
    if not wanted:
        return ""
    out: list[str] = []
    rows = csv.reader(io.StringIO(text[head_end + 1 :]), delimiter=delim)
    for n, row in enumerate(rows):
        if n >= MAX_ROWS:
            break
        for i in wanted:
            cell = row[i].strip() if i < len(row) else ""
            if cell:
                out.append(f"{names[i]}: {cell}")
    return "\n".join(out)
