"""Registry packages a manifest edit adds by name: the write-side twin of `npm install NAME` / `pip install NAME`.

`knowledge.manifests` reads the dependencies a manifest points at a repository, an archive or another registry;
a plain name added to `package.json` or `requirements.txt` is the same act as installing it (the next `npm install`
or `pip install -r` fetches it and runs its install scripts), so the supply rules (AM-SUPPLY-003 look-alikes,
AM-SUPPLY-006 packages nobody named) read these too. Only what the edit adds: a name already in the old text is
not new. Ecosystems: npm (`package.json` dependency tables, or an edit fragment's `"name": "^1.2.3"` pairs) and
PyPI (`requirements*.txt`, `constraints*.txt`, PEP 621 `dependencies = [...]` and Poetry's
`[tool.poetry.dependencies]` in `pyproject.toml`).
"""

from __future__ import annotations

import json
import re

from automode import lazyre
from automode.knowledge.supply import Package

_NPM_TABLES = ("dependencies", "devDependencies", "optionalDependencies", "peerDependencies")
#: A version range as npm writes it (`^1.2.3`, `~0.4`, `>=2 <3`, `1.x`, `latest`, `*`): a registry name's value.
_NPM_RANGE = lazyre.compile(r"^(?:[~^<>=]*\s*v?\d[\w.+-]*(?:\s*(?:\|\||-|<|>|=)+\s*v?\d[\w.+-]*)*|\d+\.x(?:\.x)?|latest|next|\*)$")
_NPM_PAIR = lazyre.compile(r'"(@?[a-z0-9][\w.-]*(?:/[\w.-]+)?)"\s*:\s*"([^"\n]{1,60})"')
#: `package.json` keys whose value is a version but that are no dependency.
_NPM_NOT = frozenset({"version", "node", "npm", "yarn", "pnpm", "packageManager", "typescript-version"})
_REQ_LINE = lazyre.compile(r"(?m)^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]\n]*\])?\s*(?:[<>=!~;]|$)")
_PEP621 = lazyre.compile(r"""["']\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*(?:[<>=!~;,"']|$)""")
_TOML_KEY = lazyre.compile(r"""(?m)^\s*["']?([A-Za-z0-9][A-Za-z0-9._-]*)["']?\s*=\s*(?:["'][^"'\n]*["']|\{)""")
_REQ_FILE = lazyre.compile(r"(?:^|/)(?:requirements|constraints)[\w.-]*\.(?:txt|in)$")


def _npm(text: str) -> set[str]:
    try:
        data = json.loads(text) if text.lstrip().startswith("{") else None
    except ValueError:
        data = None
    if isinstance(data, dict):
        return {k for t in _NPM_TABLES if isinstance(data.get(t), dict) for k, v in data[t].items()
                if isinstance(v, str) and _NPM_RANGE.match(v.strip())}  # fmt: skip
    return {m.group(1) for m in _NPM_PAIR.finditer(text) if m.group(1) not in _NPM_NOT and _NPM_RANGE.match(m.group(2).strip())}


_SECTION = lazyre.compile(r"(?m)^\s*\[\s*([^\]\n]+?)\s*\]\s*$")
_LIST_SECTIONS = frozenset({"project.optional-dependencies", "dependency-groups"})


def _pyproject(text: str) -> set[str]:
    """PEP 621 `dependencies` and optional-dependency lists, PEP 735 groups, Poetry's dependency tables; in an edit
    fragment without a section header, a `dependencies = [...]` list."""
    out: set[str] = set()
    heads = list(_SECTION.finditer(text))
    parts = [("", text[: heads[0].start()] if heads else text)] + [
        (h.group(1), text[h.end(): heads[i + 1].start() if i + 1 < len(heads) else len(text)]) for i, h in enumerate(heads)]
    for name, body in parts:
        if name in ("", "project"):
            for m in re.finditer(r"(?ms)^\s*dependencies\s*=\s*\[(.*?)\]", body):
                out |= {x.group(1) for x in _PEP621.finditer(m.group(1))}
        elif name in _LIST_SECTIONS:
            for m in re.finditer(r"(?ms)^\s*[\w-]+\s*=\s*\[(.*?)\]", body):
                out |= {x.group(1) for x in _PEP621.finditer(m.group(1))}
        elif re.match(r"tool\.poetry\.(?:dev-)?(?:group\.[\w-]+\.)?dependencies$", name):
            out |= {x.group(1) for x in _TOML_KEY.finditer(body) if x.group(1).lower() != "python"}
    return out


def _requirements(text: str) -> set[str]:
    return {m.group(1) for m in _REQ_LINE.finditer(text) if not m.group(1).startswith("-")}


def added(path: str, new: str, old: str) -> list[Package]:
    """Registry packages named in `new` and not in `old`, for the manifests above; [] for any other file."""
    base = path.rsplit("/", 1)[-1]
    if base == "package.json":
        eco, read, how = "npm", _npm, "package.json dependency"
    elif base == "pyproject.toml":
        eco, read, how = "pypi", _pyproject, "pyproject.toml dependency"
    elif _REQ_FILE.search(path):
        eco, read, how = "pypi", _requirements, "requirements file dependency"
    else:
        return []
    fresh = read(new[:200_000])
    if not fresh:
        return []
    norm = (lambda n: re.sub(r"[-_.]+", "-", n.lower())) if eco == "pypi" else str.lower
    before = {norm(n) for n in read(old[:200_000])} if old else set()
    return [Package(eco, n, how, False) for n in sorted(fresh) if norm(n) not in before][:20]


#: (path, new text, old text, the names added): fixtures run by the tests.
FIXTURES: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("/p/package.json", '"dependencies": {"left-pad-evil": "^1.0.0", "express": "^4.19.2",', '"dependencies": {"express": "^4.19.2",',
     ("left-pad-evil",)),
    ("/p/package.json", '{"name": "app", "version": "1.0.0", "devDependencies": {"vitest": "^1.6.0", "@acme/x": "~2.1"}}', "",
     ("@acme/x", "vitest")),
    ("/p/requirements.txt", "requests==2.32.3\nbackoff-retry-utils==0.0.3\n", "requests==2.32.3\n", ("backoff-retry-utils",)),
    ("/p/requirements-dev.txt", "pytest>=8\n-r requirements.txt\n", "", ("pytest",)),
    ("/p/pyproject.toml", '[project]\ndependencies = [\n  "httpx>=0.27",\n  "reqeusts",\n]\n', '[project]\ndependencies = [\n  "httpx>=0.27",\n]\n',
     ("reqeusts",)),
    ("/p/pyproject.toml", '[tool.poetry.dependencies]\npython = "^3.12"\nfastapi = "^0.111"\n', "", ("fastapi",)),
    # must not match: versions changed, local and repository references, other files, nothing new
    ("/p/package.json", '"express": "^4.19.3"', '"express": "^4.19.2"', ()),
    ("/p/package.json", '"version": "1.2.0"', '"version": "1.1.0"', ()),
    ("/p/package.json", '"x": "file:../x", "y": "github:o/y"', "", ()),
    ("/p/requirements.txt", "Requests==2.32.4\n", "requests==2.32.3\n", ()),
    ("/p/README.md", '"left-pad-evil": "^1.0.0"', "", ()),
    ("/p/pyproject.toml", '[tool.ruff.lint]\nselect = ["E", "F"]\n[project]\nclassifiers = ["Typing :: Typed"]\n', "", ()),
    ("/p/pyproject.toml", '[project.optional-dependencies]\ndev = ["pytest>=8", "ruff"]\n', "", ("pytest", "ruff")),
)
