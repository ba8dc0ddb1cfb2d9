"""A written configuration read as key paths and values (session 15, class F1; shared by `files.keypath_read` and
`files.framework_read`): `files.settingsdiff.settings` for YAML, JSON, TOML/INI sections, HCL blocks, `.properties`
and `.env`, plus `key value` lines of server files, XML elements and `class` attributes, Dockerfile `ENV`/`ARG`,
flow lists and `--key[=value]` flags in compose commands and units; and `Meaning`, what one of them means."""

from __future__ import annotations

from automode import lazyre
from automode.dc import dataclass

_SPACED_FILE = lazyre.compile(r"\.(conf|cnf)$|/(?:redis|sentinel|my|mongod|httpd|nginx)[\w.-]*$")
_SPACED = lazyre.compile(r"^[ \t]*([A-Za-z_][\w.-]*)(?:[ \t]+([^\s#;]*(?:[ \t]+[^\s#;]+)*))?[ \t]*;?[ \t]*$")
_XML_EL = lazyre.compile(r"<([A-Za-z_][\w.-]*)>\s*([^<\n]{0,120}?)\s*</\1>")
_XML_CLASS = lazyre.compile(r"""<([A-Za-z_][\w.-]*)\s+class\s*=\s*["']([^"'\n]{1,200})["']""")
_DOCKER_ENV = lazyre.compile(r"(?im)^[ \t]*(?:ENV|ARG)[ \t]+")
_FLAG = lazyre.compile(r"""(?<![\w-])--([A-Za-z][\w.-]*[A-Za-z0-9])(?:[= ]["']?([^\s"',\]]+))?""")
_LONG = lazyre.compile(r"(?m)^[ \t]*([A-Za-z_][\w.-]*)[ \t]*[=:][ \t]*(\S[^\n]{80,400})$")
#: A key whose value is a flow list (`"hosts": ["unix://…", "tcp://0.0.0.0:2375"]`), which `settingsdiff` leaves out.
_FLOWLIST = lazyre.compile(r"""(?m)^[ \t]*(?:-[ \t]+)?["']?([A-Za-z_][\w.-]*)["']?[ \t]*[:=][ \t]*(\[[^\]\n]{0,400}\])""")
_FLAG_FILE = lazyre.compile(r"compose[\w.-]*\.ya?ml$|/Dockerfile[^/]*$|\.(ya?ml|json|env|service|conf)$")


@dataclass(frozen=True, slots=True)
class Meaning:
    id: str  # the row's or shape's id
    check: str  # off | open | ask
    what: str  # plain words
    construct: str  # as written
    key: str  # the key path ("" for a shape)
    value: str  # the value as written ("" for a shape)
    said: tuple[str, ...]  # the user's words for the control


def _plain(v: str) -> str:
    return v.strip().strip(",;").strip().strip("\"'`").strip().lower()


def pairs(text: str, path: str) -> list[tuple[str, str, str]]:
    """(dotted lower-case key path, value as written, construct) of every setting in a piece of configuration."""
    from automode.files.settingsdiff import settings

    if _DOCKER_ENV.search(text):
        text = _DOCKER_ENV.sub("", text)
    out = [(".".join(p.strip("\"'") for p in k).lower(), v, f"{k[-1]}: {v}") for k, v in settings(text)]
    if _SPACED_FILE.search(path):
        for ln in text.splitlines()[:4000]:
            m = _SPACED.match(ln)
            if m is not None and "=" not in ln and ":" not in ln.split()[0]:
                out.append((m.group(1).lower(), m.group(2) or "", " ".join(ln.split())[:80]))
    out += [(m.group(1).lower(), m.group(2), m.group(0)[:80]) for m in _LONG.finditer(text)]  # (beyond settingsdiff's 80)
    if "[" in text:
        out += [(m.group(1).lower(), m.group(2), " ".join(m.group(0).split())[:80]) for m in _FLOWLIST.finditer(text)]
    if "<" in text:
        out += [(m.group(1).lower(), m.group(2), m.group(0)[:80]) for m in _XML_EL.finditer(text)]
        out += [(m.group(1).lower() + ".class", m.group(2), m.group(0)[:80]) for m in _XML_CLASS.finditer(text)]
    if "--" in text and _FLAG_FILE.search(path):
        out += [(m.group(1).lower(), m.group(2) or "true", m.group(0)[:80]) for m in _FLAG.finditer(text)]
    return out
