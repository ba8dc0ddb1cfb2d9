"""A small line scanner for the YAML that configures what runs later (CI workflows, compose, pre-commit, Taskfile,
kubeconfig): it yields every scalar with its key path, block scalars (`run: |`) joined, list items included.

Not a YAML parser: no anchors, flow mappings or multi-document semantics. It only has to find the few keys that
hold commands or security settings, in whole files and in the fragments an Edit carries, in linear time and without
a dependency on the path of ordinary edits. Unknown shapes yield nothing (the checks that use it look for specific
keys), never an error.
"""

from __future__ import annotations

from collections.abc import Iterator

from automode import lazyre
from automode.dc import dataclass

_KEY = lazyre.compile(r"""^(-\s+)*(?:"([^"]+)"|'([^']+)'|([^\s#'"{\[][^:#]*?))\s*:(?:\s+|$)(.*)$""")
_BLOCK = lazyre.compile(r"^[|>][-+0-9]*\s*(#.*)?$")
MAX_LINES = 50_000


@dataclass(frozen=True, slots=True)
class Item:
    path: tuple[str, ...]  # enclosing keys, outermost first; list items do not add a level
    key: str  # the last key ("" for a bare list item)
    value: str  # the scalar, unquoted; a block scalar's lines joined with newlines
    line: int  # 0-based line of the key


def unquote(v: str) -> str:
    v = v.strip()
    if len(v) >= 2 and v[0] == v[-1] and v[0] in "'\"":
        inner = v[1:-1]
        return inner.replace("\\\"", '"').replace("\\\\", "\\") if v[0] == '"' else inner.replace("''", "'")
    if " #" in v:
        v = v.split(" #", 1)[0].rstrip()
    return v


def scan(text: str) -> Iterator[Item]:
    lines = text.splitlines()[:MAX_LINES]
    stack: list[tuple[int, str]] = []  # (indent of the key, key)
    i = 0
    n = len(lines)
    while i < n:
        raw = lines[i]
        stripped = raw.strip()
        if not stripped or stripped.startswith("#") or stripped in ("---", "..."):
            i += 1
            continue
        indent = len(raw) - len(raw.lstrip(" "))
        body = raw[indent:]
        dash = 0
        while body.startswith("- ") or body == "-":
            dash += 2
            body = body[2:].lstrip(" ") if body != "-" else ""
        key_indent = indent + dash
        while stack and stack[-1][0] >= (indent if dash else key_indent):
            stack.pop()
        m = _KEY.match(body) if body else None
        if m is None:
            if dash and body:
                yield Item(tuple(k for _, k in stack), "", unquote(body), i)
            i += 1
            continue
        key = (m.group(2) or m.group(3) or m.group(4) or "").strip()
        rest = m.group(5)
        path = tuple(k for _, k in stack)
        if _BLOCK.match(rest.strip()):
            folded = rest.strip().startswith(">")
            j = i + 1
            block: list[str] = []
            bind: int | None = None
            while j < n:
                ln = lines[j]
                if ln.strip() == "":
                    block.append("")
                    j += 1
                    continue
                ind = len(ln) - len(ln.lstrip(" "))
                if ind <= key_indent:
                    break
                if bind is None:
                    bind = ind
                block.append(ln[min(bind, ind):])
                j += 1
            value = ("\n".join(block) if not folded else " ".join(x for x in block if x)).strip("\n")
            yield Item(path, key, value, i)
            i = j
            continue
        value = rest.strip()
        if value and not value.startswith("#"):
            yield Item(path, key, unquote(value), i)
        else:
            stack.append((key_indent, key))
        i += 1


def values(text: str, *keys: str) -> Iterator[Item]:
    """The items whose own key is one of `keys`, or list items directly under such a key."""
    want = set(keys)
    for it in scan(text):
        if it.key in want or (it.key == "" and it.path and it.path[-1] in want):
            yield it
