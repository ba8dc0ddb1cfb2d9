"""The settings an edit changes: key paths and values of the lines that differ between the old and the new text
(session 12, class C2: edits that go beyond the request).

One reader for the line-oriented configuration formats and for constants in code: YAML (`key: value`, nested by
indentation, `- key: value` in lists), JSON and JS/TS objects (`"key": value,` nested by indentation or braces), TOML
and INI (`[section]` then `key = value`), `.env`, `.properties` and HCL (`block "name" {` then `key = value`), and
assignments in code (`MAX_RETRIES = 5`, `const LIMIT = 10;`, `limit: int = 3`). A setting's path is its parents' keys
(the section, the block's labels) and its own key, so `pro.monthly_eur` and `team.monthly_eur` are two settings.

Only what the edit's own text shows is read: an Edit's `old_string` and `new_string`, each pair of a MultiEdit, a
Write against the previous content when the adapter supplied it.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.dc import dataclass
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from automode.typing_lite import Any


@dataclass(frozen=True, slots=True)
class Change:
    path: tuple[str, ...]  # the parents' keys and the key (`("plans", "team", "monthly_eur")`)
    old: str  # "" when the setting is new
    new: str

    @property
    def name(self) -> str:
        return ".".join(self.path)


_KV = lazyre.compile(r"""^([ \t]*)(?:-[ \t]+)?(?:(?:export|const|let|var|final|static|public|private|protected|readonly|val|"""
                     r"""def|set|define)\s+)*["']?([A-Za-z_$][\w.$-]{0,60})["']?(?:\s*:\s*[A-Za-z_][\w\[\], .|]{0,30}(?==))?"""
                     r"""\s*(?::|=>|=)\s*(.*?)\s*$""")
_SECTION = lazyre.compile(r"^\s*\[+\s*([^\]\n]{1,80}?)\s*\]+\s*$")
_BLOCK = lazyre.compile(r"""^([ \t]*)([A-Za-z_][\w-]*)((?:\s+"[^"\n]+")*)\s*\{\s*$""")
_OPENERS = ("", "{", "[", "|", ">", "|-", ">-", "(", "{{")
_FLOW = lazyre.compile(r"^\{([^{}]*)\}\s*[,;]?$")
_PAIR = lazyre.compile(r"""["']?([A-Za-z_$][\w.$-]*)["']?\s*(?::|=)\s*("[^"]*"|'[^']*'|[^,\s]+)""")
_TRAIL = lazyre.compile(r"""\s*(?:[,;]|\{\s*\}|//.*|#.*)?\s*$""")


def _scalar(v: str) -> str | None:
    """The scalar a value spells (quotes and a trailing comma or comment taken off), None for a structure or code."""
    v = v.strip()
    if v.startswith(("'", '"')) and len(v) >= 2:
        q = v[0]
        end = v.find(q, 1)
        return v[1:end] if end > 0 else None
    v = _TRAIL.sub("", v).strip()
    if not v or len(v) > 80 or v[-1] in "{[(" or "(" in v or " " in v.strip():
        return None
    return v


def settings(text: str) -> list[tuple[tuple[str, ...], str]]:
    """The (path, value) of every scalar setting in a piece of configuration or code, in order."""
    out: list[tuple[tuple[str, ...], str]] = []
    section: tuple[str, ...] = ()
    stack: list[tuple[int, str]] = []
    for line in text.splitlines()[:4000]:
        if not line.strip() or line.lstrip().startswith(("#", "//", ";", "<!--", "*")):
            continue
        m = _SECTION.match(line)
        if m is not None and "=" not in line and ":" not in m.group(1).replace("::", ""):
            section = tuple(p.strip().strip("\"'") for p in m.group(1).split(".") if p.strip())
            stack = []
            continue
        b = _BLOCK.match(line)
        if b is not None:
            ind = len(b.group(1))
            while stack and stack[-1][0] >= ind:
                stack.pop()
            labels = re.findall(r'"([^"]+)"', b.group(3))
            stack.append((ind, ".".join([b.group(2), *labels])))
            continue
        m = _KV.match(line)
        if m is None:
            continue
        ind = len(m.group(1)) + (2 if line.lstrip().startswith("- ") else 0)
        while stack and stack[-1][0] >= ind:
            stack.pop()
        key, raw = m.group(2), m.group(3)
        flow = _FLOW.match(raw.strip())
        if flow is not None:  # `starter: { monthly: 9 },`: a mapping on one line
            parents = (*section, *(k for _, k in stack), key)
            for k, v in _PAIR.findall(flow.group(1)):
                sv = _scalar(v)
                if sv is not None:
                    out.append(((*parents, k), sv))
            continue
        if raw.strip() in _OPENERS or raw.rstrip().endswith(("{", "[", "(")):
            stack.append((ind, key))
            continue
        v = _scalar(raw)
        if v is not None:
            out.append(((*section, *(k for _, k in stack), key), v))
    return out


def changes(pairs: list[tuple[str, str]], reader: Callable[[str], list[tuple[tuple[str, ...], str]]] | None = None) -> list[Change]:
    """The settings whose value differs between each pair's old and new text, and the settings the new text adds
    (`reader`: another reader of a text's settings than `settings`, e.g. `files.config_tree.settings`)."""
    read = reader or settings
    out: list[Change] = []
    for old, new in pairs:
        before: dict[tuple[str, ...], str] = {}
        by_key: dict[str, list[str]] = {}
        every: set[tuple[tuple[str, ...], str]] = set()
        for p, v in read(old):
            before.setdefault(p, v)
            by_key.setdefault(p[-1], []).append(v)
            every.add((p, v))
        seen: set[tuple[str, ...]] = set()
        for p, v in read(new):
            if p in seen:
                if (p, v) not in every:  # a repeated element with a value of its own (a second `<domain>`): added
                    every.add((p, v))
                    out.append(Change(p, "", v))
                continue
            seen.add(p)
            if p in before:
                if before[p] != v:
                    out.append(Change(p, before[p], v))
                continue
            olds = by_key.get(p[-1], [])
            if len(olds) == 1 and not any(q[-1] == p[-1] and q != p for q in before):
                if olds[0] != v:  # the same key under parents the snippet does not show the same way
                    out.append(Change(p, olds[0], v))
                continue
            out.append(Change(p, "", v))
    return out


def pairs_of(tool: str, inp: Mapping[str, Any], before: str | None = None) -> list[tuple[str, str]]:
    """The (old, new) texts of a file tool's call."""
    edits = inp.get("edits")
    if isinstance(edits, list):
        return [(str(e.get("old_string") or ""), str(e.get("new_string") or "")) for e in edits if isinstance(e, dict)]
    new = next((v for k in ("new_string", "new_str", "new_source", "content", "file_text") if isinstance(v := inp.get(k), str)), "")
    old = next((v for k in ("old_string", "old_str", "old_source") if isinstance(v := inp.get(k), str)), None)
    if old is None:
        old = before or ""
    return [(old, new)]
