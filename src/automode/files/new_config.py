"""A tool's configuration file created, or written whole with its old content unknown, that turns the tool's gate down
(issue 11, session 23: a new higher-precedence config file).

A Write of `mypy.ini` with `ignore_errors = True`, of `.coveragerc` with `omit = *`, of `pytest.ini` with `--co` in
`addopts`, of a subdirectory's `.eslintrc.json` with `root: true` and no rule: the tool reads that file first and
ignores the project's (`knowledge.tool_configs.TOOLS`), so the project's stricter settings stop applying without
being touched. The edit checks compare an old text with a new one; here the old text is another file, or unknown.

* Unknown (the bench and many hooks cannot read the disk): the file is judged on the values alone
  (`knowledge.tool_configs.WEAK`), in the tool's global section only: a per-module section (`[mypy-generated.*]`,
  `[[tool.mypy.overrides]]`), a per-file ignore or an omitted folder is the narrow, named form and is left alone.
* Known (the adapter read the files the new one shadows, `Action.shadowed`): a weak value the shadowed file already
  had lowers nothing; one it did not have is reported as a deny even where the unknown case asks; and the new file
  compared with the shadowed one (`knowledge.tool_configs.STRICT`): a strictness switch, a minimum or a rule the
  shadowed file had and the new one drops is the gate lowered too.

Findings are `Weakening`s of the existing families (gates → AM-WRITE-003, gates-ask → its ask, tests → AM-WRITE-001):
the rules' reasons, release words and the judge apply unchanged.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.files.diff import Weakening, _rel
from automode.knowledge.tool_configs import STRICT, TOOLS, WEAK, ToolConfig, Weak
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.files import WriteView

Pair = tuple[str, str, str]  # (section, key, value)

_SECTION = lazyre.compile(r"^\s*\[\[?\s*([^\]\n]+?)\s*\]\]?\s*(?:[#;].*)?$")
_KV = lazyre.compile(r"""^["']?([A-Za-z_][\w.-]{0,60})["']?\s*[=:]\s*(.*?)\s*$""")
_ITEM = lazyre.compile(r""""((?:[^"\\]|\\.)*)"|'([^']*)'""")
#: Every file name any tool reads (the cheap test before anything else).
NAMES = frozenset(f for t in TOOLS for f in t.files)


def _unquote(v: str) -> str:
    v = v.strip()
    if len(v) >= 2 and v[0] == v[-1] and v[0] in "\"'":
        return v[1:-1]
    return v


def pairs(text: str) -> list[Pair]:
    """The (section, key, value) of an INI or TOML text: continuation lines and multi-line arrays joined, comment
    lines left out (bounded: the first 4,000 lines)."""
    out: list[Pair] = []
    section = ""
    lines = text.splitlines()[:4000]
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        s = line.strip()
        if not s or s.startswith(("#", ";")):
            continue
        m = _SECTION.match(line)
        if m is not None and "=" not in m.group(1):
            section = m.group(1).strip().strip("\"'")
            continue
        if line[:1] in " \t":
            continue  # a continuation line read with its key
        kv = _KV.match(line)
        if kv is None:
            continue
        key, value = kv.group(1), kv.group(2)
        if value.startswith("[") and value.count("[") > value.count("]"):
            while i < len(lines) and value.count("[") > value.count("]"):
                value += "\n" + lines[i].split("#", 1)[0]
                i += 1
        elif not value.startswith(("[", "{", '"', "'")):
            while i < len(lines) and lines[i][:1] in " \t" and lines[i].strip():
                if not lines[i].strip().startswith(("#", ";")):
                    value += "\n" + lines[i].strip()
                i += 1
        out.append((section, key, value.strip()))
    return out


def items(value: str) -> list[str]:
    """A value's items: a TOML/JSON array's strings, else the comma-, blank- or newline-separated words."""
    v = value.strip()
    if v.startswith("["):
        return [a if a or b == "" else b for a, b in _ITEM.findall(v)] if _ITEM.search(v) else []
    return [x for x in re.split(r"[,\s]+", _unquote(v)) if x]


def _scalar(value: str) -> str:
    v = value.strip()
    if v.startswith("["):
        return " ".join(items(v))
    return _unquote(v)


def _kv_hit(w: Weak, t: ToolConfig, ps: list[Pair]) -> str | None:
    sect = lazyre.built(w.section or t.sections or r"^$")
    key = lazyre.built(rf"(?i)^(?:{w.key})$")
    val = lazyre.built(rf"(?is)^(?:{w.value})$")
    for section, k, v in ps:
        if not key.match(k) or not sect.search(section):
            continue
        if w.items:
            xs = items(v)
            if (xs and all(val.match(x) for x in xs)) or (not xs and val.match(_scalar(v))):
                return f"{k} = {' '.join(_scalar(v).split())[:60]}"
        elif val.match(_scalar(v)):
            return f"{k} = {' '.join(_scalar(v).split())[:60]}"
    return None


def hits(t: ToolConfig, text: str, ps: list[Pair] | None = None) -> list[tuple[Weak, str]]:
    """The weak values of tool `t` in `text`: (entry, the setting as written)."""
    out: list[tuple[Weak, str]] = []
    for w in WEAK:
        if w.tool != t.tool:
            continue
        if w.unless and lazyre.built(w.unless).search(text):
            continue
        if w.shape == "kv":
            ps = pairs(text) if ps is None else ps
            got = _kv_hit(w, t, ps)
        else:
            m = lazyre.built(w.pattern).search(text)
            got = " ".join(m.group(0).split())[:80] if m is not None else None
        if got is not None:
            out.append((w, got))
    return out


def tools_of(path: str, text: str) -> list[ToolConfig]:
    """The tools that read the file at `path` as their configuration (a shared file: those whose section it holds)."""
    base = path.rsplit("/", 1)[-1]
    if base not in NAMES:
        return []
    names = _sections(text)
    out: list[ToolConfig] = []
    for t in TOOLS:
        if base not in t.files:
            continue
        if base in t.shared:
            if t.sections:
                if not any(re.search(t.sections, s) for s in names if s):
                    continue
            elif not ((t.tool == "eslint" and "eslintConfig" in text) or (t.tool == "jest" and re.search(r'"jest"\s*:', text))):
                continue
        out.append(t)
    return out


def _sections(text: str) -> list[str]:
    return [m.group(1).strip().strip("\"'") for m in re.finditer(r"(?m)^\s*\[\[?\s*([^\]\n]+?)\s*\]\]?\s*$", text[:200_000])]


def _shadowed_by(t: ToolConfig, path: str, shadowed: tuple[tuple[str, str], ...], new: str = "") -> list[tuple[str, str]]:
    """The files among `shadowed` that tool `t` would read if `path` were not there: a lower-precedence file of the
    same directory, or (for tools that read the nearest file) the same tool's file in a directory above."""
    d, _, base = path.rpartition("/")
    out: list[tuple[str, str]] = []
    # ESLint's legacy files merge with the parent directories' unless `root: true` stops the cascade
    cascade_stops = t.tool != "eslint" or re.search(r"""\broot["']?\s*:\s*true\b""", new) is not None
    for p, text in shadowed:
        pd, _, pb = p.rpartition("/")
        if pb not in t.files or (pb in t.shared and not tools_here(t, pb, text)):
            continue
        if (pd == d and t.files.index(pb) > t.files.index(base)) or (t.nearest and d.startswith(pd + "/") and cascade_stops):
            out.append((p, text))
    return out


def tools_here(t: ToolConfig, base: str, text: str) -> bool:
    return any(x.tool == t.tool for x in tools_of("/" + base, text))


def _strict_values(t: ToolConfig, text: str) -> dict[str, str]:
    """The strictness settings of tool `t` in a text (`STRICT`), by key: INI/TOML keys in the tool's sections, the
    pytest `addopts` flags, JSON keys."""
    want = dict(STRICT.get(t.tool, ()))
    out: dict[str, str] = {}
    if not want:
        return out
    sect = lazyre.built(t.sections or r"^$")
    for section, k, v in pairs(text):
        if not sect.search(section) and t.sections:
            continue
        if k in want:
            out.setdefault(k, _scalar(v) if want[k] != "set" else " ".join(items(v)))
        if k == "addopts":
            for flag in want:
                if not flag.startswith("--"):
                    continue
                m = re.search(rf"(?<![\w-]){re.escape(flag)}(?:[= ]([\d.]+))?(?![\w-])", _scalar(v))
                if m is not None:
                    out.setdefault(flag, m.group(1) or "true")
    if t.tool == "tsc":
        for k in want:
            m = re.search(rf'"{k}"\s*:\s*(true|false)', text)
            if m is not None:
                out.setdefault(k, m.group(1))
    for k, kind in want.items():
        if kind == "list":
            xs = _list(text, k)
            if xs:
                out.setdefault(k, " ".join(xs))
    if t.tool == "golangci" and re.search(r"(?m)^\s*(?:enable-all\s*:\s*true|default\s*:\s*all)\s*$", text):
        out["enable"] = "ALL"
    if t.tool == "phpstan":
        m = re.search(r"(?m)^\s*level\s*:\s*(\d+|max)\s*$", text)
        if m is not None:
            out["level"] = "10" if m.group(1) == "max" else m.group(1)
    return out


_LIST_ITEM = lazyre.compile(r""""([^"\n]*)"|'([^'\n]*)'|([\w@/:.-]+)""")


def _list(text: str, key: str) -> list[str]:
    """The items of the first `key` list of a YAML, JSON or JS text (a flow or JSON array, a YAML block list, or one
    string)."""
    m = re.search(rf"""(?m)^[ \t]*["']?{re.escape(key)}["']?[ \t]*[:=][ \t]*(.*)$""", text[:200_000])
    if m is None:
        return []
    rest = m.group(1).strip()
    if rest.startswith("["):
        end = text.find("]", m.start(1))
        body = text[m.start(1) + 1:end if end > 0 else len(text)]
        return [a or b or c for a, b, c in _LIST_ITEM.findall(body)][:100]
    if rest and rest[0] in "\"'":
        return [rest.rstrip(",").strip("\"'")]
    if rest:
        return [rest.rstrip(",")]
    out: list[str] = []
    for line in text[m.end():].splitlines()[1:200]:
        item = re.match(r"^\s*-\s*(.+?)\s*$", line)
        if item is None:
            if line.strip() and not line.lstrip().startswith("#"):
                break
            continue
        out.append(item.group(1).strip("\"'"))
    return out


def _num(v: str) -> float | None:
    try:
        return float(v.strip().rstrip("%"))
    except ValueError:
        return None


def _one_set(vals: dict[str, str], sets: list[str]) -> dict[str, str]:
    """`vals` with the rule lists of `sets` joined under the first key (absent when none was set)."""
    out = {k: v for k, v in vals.items() if k not in sets}
    if any(k in vals for k in sets):
        out[sets[0]] = " ".join(vals.get(k, "") for k in sets).strip()
    return out


def _dropped(t: ToolConfig, was: dict[str, str], now: dict[str, str]) -> tuple[str, str] | None:
    """What the new file drops or weakens of the shadowed file's strictness, in words, and the family that reports it
    (a switch or a minimum: gates; rules, linters or shared configurations left out: gates-ask); None when nothing."""
    kinds = dict(STRICT.get(t.tool, ()))
    sets = [k for k, kind in kinds.items() if kind == "set"]
    if sets:  # `select` and `extend-select` together are the rules checked
        was, now = _one_set(was, sets), _one_set(now, sets)
    for k, old in was.items():
        kind, new = kinds.get(k, ""), now.get(k)
        if kind == "bool" and old.lower() in ("true", "yes", "on", "1") and (new is None or new.lower() in ("false", "no", "off", "0")):
            return f"{k} = {old} → {new or 'absent'}", "gates"
        if kind == "flag" and new is None:
            return f"{k} → absent", "gates"
        if kind == "number":
            a, b = _num(old), _num(new) if new is not None else None
            if a is not None and a > 0 and (b is None or b < a):
                return f"{k} {old} → {new if new is not None else 'absent'}", "gates"
        if kind in ("set", "list"):
            before = set(old.split())
            after = set((new or "").split())
            if "ALL" in after:
                continue
            gone = sorted(x for x in before if x not in after and not any(x.startswith(y) for y in after))
            if gone:
                return f"{k} no longer {'checks' if kind == 'set' else 'includes'} {', '.join(gone[:6])}", "gates-ask"
    return None


def weakenings(w: WriteView, root: str, shadowed: tuple[tuple[str, str], ...] = ()) -> list[Weakening]:
    """What a tool configuration file written whole turns down (for a Write whose old content is empty or unknown)."""
    path = w.path
    if path.rsplit("/", 1)[-1] not in NAMES or not w.new.strip():
        return []
    rel = _rel(w, root)
    out: list[Weakening] = []
    text = w.new
    ps: list[Pair] | None = None
    for t in tools_of(path, text):
        under = _shadowed_by(t, path, shadowed, text)
        shadow = ", ".join(p.rsplit("/", 1)[-1] for p, _ in under[:3])
        reads = f"read before {shadow}" if shadow else ""
        if ps is None:
            ps = pairs(text)
        for entry, setting in hits(t, text, ps):
            check = entry.check
            if under:
                if any(x.id == entry.id for _, other in under for x, _ in hits(t, other)):
                    continue  # the shadowed file had the same value: nothing lowered
                if check == "gates-ask":
                    check = "gates"
            where = f"{rel} ({reads})" if reads else rel
            out.append(Weakening(check, f"{entry.what} ({setting}) in {where}", setting))
        if under and not any(x.check.startswith("gates") for x in out):
            now = _strict_values(t, text)
            for p, other in under:
                if _inherits(text, p):
                    continue  # `extends: ../tsconfig.json`, `inherit_from`, ruff `extend`: its settings still apply
                got = _dropped(t, _strict_values(t, other), now)
                if got is not None:
                    lost, check = got
                    out.append(Weakening(check, f"shadows the stricter {t.tool} settings of {_rel_path(p, root)} ({lost}) with the new "
                                                f"file {rel}, which {t.tool} reads first", lost))
                    break
    return out[:3]


#: A setting that takes another configuration file's settings as the base (`extends`, `extend`, `inherit_from`).
_INHERIT = lazyre.compile(r"""(?m)^[ \t]*["']?(?:extends?|inherit_from)["']?\s*[:=]\s*(.*(?:\n[ \t]+-.*)*)""")


def _inherits(text: str, path: str) -> bool:
    """The new text takes the file at `path` as its base (names it, by its name, in `extends`/`extend`/`inherit_from`)."""
    base = path.rsplit("/", 1)[-1]
    return any(base in m.group(1) for m in _INHERIT.finditer(text))


def _rel_path(p: str, root: str) -> str:
    r = root.rstrip("/") + "/"
    return p[len(r):] if p.startswith(r) else p


def found(path: str, text: str) -> list[tuple[Weak, str]]:
    """Every weak value of every tool that reads the file at `path` (for the judge: `judge.intent.config_said`)."""
    if path.rsplit("/", 1)[-1] not in NAMES or not text.strip():
        return []
    ps = pairs(text)
    return [h for t in tools_of(path, text) for h in hits(t, text, ps)]


def candidates(path: str, stop: str = "") -> list[str]:
    """The files a new configuration file at `path` may shadow, for the adapter to read (absolute paths, at most 12):
    the lower-precedence files of the same directory, then, for tools that read the nearest file, the same tools'
    files in each directory above, up to `stop` (the project's directory; without it, the same directory only)."""
    d, _, base = path.rpartition("/")
    if base not in NAMES:
        return []
    tools = [t for t in TOOLS if base in t.files]
    out = [f"{d}/{f}" for t in tools for f in t.files[t.files.index(base) + 1:]]
    stop = stop.rstrip("/")
    up = d
    while stop and up.startswith(stop + "/") and len(out) < 40:
        up = up.rpartition("/")[0]
        out += [f"{up}/{f}" for t in tools if t.nearest for f in t.files]
    return list(dict.fromkeys(out))[:12]
