"""The settings of a configuration text as key paths and values, in every structured format (session 18, class I4:
config edits wider than the line named).

`settingsdiff.settings` reads the line-oriented formats (YAML, JSON, TOML, INI, `.env`, `.properties`, HCL, constants
in code). This reader adds what those lines do not show:
* a mapping nested on one line (`coverageThreshold: { global: { branches: 80, lines: 85 } }`), to any depth;
* XML elements: each attribute is a setting under the element, the element named by its identifying attribute
  (`<logger name="com.acme" level="DEBUG"/>` is `logger[com.acme].level = DEBUG`), its text a setting of its own
  (`<domain>localhost</domain>` under `domain-config`), and property lists' `<key>K</key><true/>` pairs under the
  keys of their enclosing dictionaries (`NSExceptionDomains.api.dev.local.NSExceptionAllowsInsecureHTTPLoads`);
* directives written `name value;` or `name value` (nginx, Redis, sshd, HAProxy): `listen 0.0.0.0:8080`.

Used through `settingsdiff.changes(pairs, reader=settings)`; pure and bounded (the first 4000 lines, 200 elements
deep).
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.files.settingsdiff import settings as line_settings
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

Setting = tuple[tuple[str, ...], str]

_NESTED = lazyre.compile(r"""^\s*["']?([A-Za-z_$][\w.$-]{0,60})["']?\s*[:=]\s*(\{.*\{.*\}.*\}|\[\s*\{.*\}\s*\])\s*[,;]?\s*(?://.*)?$""")
_TAG = lazyre.compile(r"""<(/?)([A-Za-z_][\w:.-]{0,60})((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(/?)>|<!--.*?-->|<\?.*?\?>""", re.S)
_ATTR = lazyre.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
#: Attributes that name an element rather than configure it.
IDENT = ("name", "key", "id", "domain", "path", "host", "ref", "category")
_PLIST_VALUE = frozenset({"true", "false", "string", "integer", "real", "date"})
_DIRECTIVE = lazyre.compile(r"""^\s*([a-z][\w-]{1,40})[ \t]+([^\s;{}#=:][^;{}#\n]{0,160}?)\s*;?\s*(?:#.*)?$""")
#: Files whose lines are directives (`name value`): nginx, Redis, sshd, HAProxy, Apache, mosquitto, squid, unbound ...
DIRECTIVE_FILE = lazyre.compile(r"(?i)\.(?:conf|cnf|cfg)$|/(?:sshd_config|ssh_config|nginx[^/]*|haproxy[^/]*|Caddyfile|redis[^/]*|"
                                r"sites-(?:available|enabled)/[^/]+)$|/[^/.]+$")


def _flow(body: str, parents: tuple[str, ...], out: list[Setting], depth: int = 0) -> None:
    """`{ a: 1, b: { c: 2 } }` as (parents + a) = 1, (parents + b + c) = 2."""
    if depth > 8:
        return
    s = body.strip()
    if s.startswith("{") and s.endswith("}"):
        s = s[1:-1]
    i, n = 0, len(s)
    while i < n:
        m = re.match(r"""\s*,?\s*["']?([A-Za-z_$][\w.$-]*)["']?\s*[:=]\s*""", s[i:])
        if m is None:
            break
        key = m.group(1)
        i += m.end()
        if i < n and s[i] in "{[":
            open_, close = s[i], "}" if s[i] == "{" else "]"
            level, j = 0, i
            while j < n:
                if s[j] == open_:
                    level += 1
                elif s[j] == close:
                    level -= 1
                    if level == 0:
                        break
                j += 1
            inner = s[i:j + 1]
            if open_ == "{":
                _flow(inner, (*parents, key), out, depth + 1)
            elif "{" in inner:  # a list of mappings (`remotePatterns: [{ hostname: 'a' }, { hostname: 'b' }]`)
                for item in re.findall(r"\{[^{}]*\}", inner)[:50]:
                    _flow(item, (*parents, key), out, depth + 1)
            else:
                out.append(((*parents, key), inner[1:-1].strip()))
            i = j + 1
            continue
        m2 = re.match(r"""\s*("[^"]*"|'[^']*'|[^,}\s]+)""", s[i:])
        if m2 is None:
            break
        v = m2.group(1)
        out.append(((*parents, key), v[1:-1] if v[:1] in "'\"" else v))
        i += m2.end()


def _xml(text: str, out: list[Setting]) -> None:
    stack: list[str] = []
    plist: list[str] = []  # the keys of the dictionaries a property list's value sits in
    pending = ""  # a property list's `<key>` waiting for its value
    pos = 0
    for n, m in enumerate(_TAG.finditer(text[:400_000])):
        if n > 20_000 or len(stack) > 200:
            break
        tag = m.group(2)
        if tag is None:
            continue
        closing, attrs, empty = m.group(1) == "/", m.group(3) or "", m.group(4) == "/"
        between = text[pos:m.start()].strip()
        pos = m.end()
        if closing:
            if stack and between and not between.startswith("<"):
                if stack[-1] == "key":
                    pending = between
                elif stack[-1] in _PLIST_VALUE and pending:
                    out.append(((*plist, pending), between))
                    pending = ""
                else:
                    out.append((tuple(stack), between))
            while stack and stack[-1].split("[", 1)[0] != tag:
                stack.pop()
            if stack:
                stack.pop()
            if tag == "dict" and plist:
                plist.pop()
            continue
        pairs = [(k, a if a is not None and b == "" else b or a or "") for k, a, b in _ATTR.findall(attrs)]
        ident = next((v for k, v in pairs if k.lower() in IDENT and v), "")
        name = f"{tag}[{ident}]" if ident else tag
        for k, v in pairs:
            if ident and v == ident and k.lower() in IDENT:
                continue
            out.append(((*stack, name, k), v))
        if tag in ("true", "false") and empty and pending:
            out.append(((*plist, pending), tag))
            pending = ""
        elif tag == "dict" and not empty:
            plist.append(pending or "")
            pending = ""
        if not empty:
            stack.append(name)


#: A log filter of `target=level` directives (`RUST_LOG=info,hyper=trace`, `DEBUG`-style env filters).
_FILTER = lazyre.compile(r"(?i)^(?:[\w:.-]+=)?(?:trace|debug|info|warn|warning|error|off)(?:\s*,\s*(?:[\w:.-]+=)?(?:trace|debug|info|warn|warning|error|off))+$")
#: A compose service's published port (`- "127.0.0.1:5432:5432"`, `- 8080:80`): the host address is the listener.
_PORT_ITEM = lazyre.compile(r"""^\s*-\s*["']?(?:(\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-f:]*\]):)?(\d{1,5})(?:-\d+)?:(\d{1,5})(?:/\w+)?["']?\s*$""")
COMPOSE_FILE = lazyre.compile(r"(?i)(?:^|/)(?:docker-)?compose[\w.-]*\.ya?ml$")
#: A sudoers grant: `who hosts=(runas) [NOPASSWD:] commands`.
_SUDO = lazyre.compile(r"^\s*([%+]?[\w.$-]+)\s+([\w.,!-]+)\s*=\s*(?:\(([^)]*)\)\s*)?((?:(?:NO)?(?:PASSWD|SETENV|EXEC)\s*:\s*)*)(\S.*?)\s*$")


def _expand(out: list[Setting]) -> None:
    """A log filter's directives as settings of their own: `RUST_LOG=info,hyper=trace` is `RUST_LOG = info` and
    `RUST_LOG.hyper = trace`."""
    for key, value in list(out):
        if "," in value and _FILTER.match(value.strip()):
            out.remove((key, value))
            for part in value.split(","):
                target, _, lvl = part.strip().rpartition("=")
                out.append(((*key, target) if target else key, lvl))


def _compose_ports(text: str, out: list[Setting]) -> None:
    inside = False
    for line in text.splitlines()[:4000]:
        if re.match(r"^\s*ports\s*:\s*$", line):
            inside = True
            continue
        m = _PORT_ITEM.match(line)
        if inside and m is not None:
            out.append((("ports", m.group(3), "host_ip"), m.group(1) or "0.0.0.0"))
        elif line.strip() and not line.lstrip().startswith("-"):
            inside = False


def _sudoers(text: str, out: list[Setting]) -> None:
    for line in text.splitlines()[:2000]:
        if line.lstrip().startswith(("#", "Defaults", "@include", "Cmnd_Alias", "User_Alias", "Host_Alias", "Runas_Alias")):
            continue
        m = _SUDO.match(line)
        if m is not None:
            who = m.group(1)
            out.append((("sudoers", who, "runas"), m.group(3) or "root"))
            out.append((("sudoers", who, "commands"), m.group(5)))


def settings(text: str, path: str = "") -> list[Setting]:
    """Every setting of `text` with its key path: the line-oriented reading, then nested one-line mappings, XML
    elements and attributes, log filters' directives, compose ports, sudoers grants and (for directive files, by
    `path`) `name value;` lines."""
    if "NOPASSWD" in text or re.search(r"(?i)sudoers", path):
        out: list[Setting] = []
        _sudoers(text, out)
        return out
    out = list(line_settings(text))
    _expand(out)
    if COMPOSE_FILE.search(path) and "ports" in text:
        _compose_ports(text, out)
    for line in text.splitlines()[:4000]:
        m = _NESTED.match(line)
        if m is not None:
            body = m.group(2).strip()
            _flow(body if body.startswith("{") else "{" + m.group(1) + ": " + body + "}", (m.group(1),) if body.startswith("{") else (), out)
    if "<" in text and ">" in text:
        _xml(text, out)
    if path and DIRECTIVE_FILE.search(path) and not path.endswith((".json", ".yaml", ".yml", ".toml")):
        for line in text.splitlines()[:4000]:
            if "=" in line or line.lstrip().startswith(("#", "//", ";", "<")):
                continue
            d = _DIRECTIVE.match(line)
            if d is not None and not re.match(r"\s*\w+\s*:", line):
                out.append(((d.group(1),), d.group(2).strip()))
    return out


def reader(path: str) -> Callable[[str], list[Setting]]:
    """A `settingsdiff.changes` reader for the file at `path`."""
    return lambda text: settings(text, path)
