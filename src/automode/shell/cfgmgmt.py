"""Configuration management run ad hoc, as the file it writes on every managed host (session 9, h8-0350's class).

`ansible web -b -m lineinfile -a "path=/etc/sudoers line='deploy ALL=(ALL) NOPASSWD: ALL'"` writes that line into
`/etc/sudoers` on every host of the group, as a task in a playbook or `echo … >> /etc/sudoers` on the host would.
The command is already a change of live infrastructure (AM-TRUST-002, released when the user asked for it); what the
written text does (passwordless root for every command, root login over ssh, a key nobody named) is the file
analysis's to judge, the same as for the task written into a role. Each module below is lowered to a pending
`weaken` effect (`PENDING`: the remote path as the target, the text the module writes as the content) that the
analysis resolves with `files.weaken` (`files.configset.remote_files`); no local write is modelled, the hosts'
files are not this machine's.

Modules and their arguments are the tools' own (doc per row): Ansible (docs.ansible.com ansible.builtin.lineinfile,
blockinfile, copy, replace, ini_file; ansible.posix.authorized_key), Salt (docs.saltproject.io salt.modules.file:
append, write, prepend, replace, line, blockreplace), Puppet (`puppet apply -e`: puppetlabs-stdlib file_line, the
core `file` type's `content`), pyinfra (docs.pyinfra.com operations files.line, files.block, server.user_authorized_keys),
Chef (`chef-apply -e`: docs.chef.io/resources/file `content`).
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Iterator

from automode import lazyre
from automode.effects import Effect
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.script import Command

PENDING = "remote-file"
PROGRAMS = frozenset({"ansible", "salt", "salt-call", "salt-ssh", "puppet", "pyinfra", "chef-apply"})
MAX_TEXT = 20_000

#: Ansible module -> (the path keys, the content keys, how the content is written: "line" as is, "ini" option = value).
ANSIBLE: dict[str, tuple[tuple[str, ...], tuple[str, ...], str]] = {
    "lineinfile": (("path", "dest", "destfile", "name"), ("line",), "line"),
    "blockinfile": (("path", "dest", "destfile", "name"), ("block", "content"), "line"),
    "copy": (("dest",), ("content",), "line"),
    "replace": (("path", "dest", "destfile", "name"), ("replace",), "line"),
    "ini_file": (("path", "dest"), ("option",), "ini"),
    "authorized_key": (("user",), ("key",), "key"),
}
#: Salt execution functions whose positional arguments are (path, text ...) or keyword `content=` / `repl=`.
SALT = frozenset({"file.append", "file.write", "file.prepend", "file.replace", "file.line", "file.blockreplace"})
#: pyinfra operations: (path keyword, content keyword).
PYINFRA: dict[str, tuple[str, str]] = {"files.line": ("path", "line"), "files.block": ("path", "content"),
                                       "files.replace": ("path", "replace"), "server.user_authorized_keys": ("user", "public_keys")}
_PUPPET_RES = lazyre.compile(r"""\b(file_line|file)\s*\{\s*['"]([^'"]+)['"]\s*:(?P<body>[^}]*)\}""")
#: Chef (docs.chef.io/resources/file, /resources/template): `file 'PATH' do content '...' end` given to `chef-apply -e`.
_CHEF_RES = lazyre.compile(r"""\b(?:file|cookbook_file)\s+['"]([^'"]+)['"]\s+do\b(?P<body>.*?)\bend\b""", re.S)
_CHEF_CONTENT = lazyre.compile(r"""\bcontent\s+(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")""")
_PUPPET_ATTR = lazyre.compile(r"""\b(path|line|content)\s*=>\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")""")


def _kv(text: str) -> dict[str, str]:
    """Ansible's `k=v k2='v two'` free-form arguments (or a JSON object)."""
    out: dict[str, str] = {}
    try:
        parts = shlex.split(text, posix=True)
    except ValueError:
        parts = text.split()
    for p in parts:
        k, eq, v = p.partition("=")
        if eq and re.fullmatch(r"[A-Za-z_]\w*", k):
            out[k] = v
    return out


def _opt(words: list[str], *names: str) -> str | None:
    for i, w in enumerate(words):
        for n in names:
            if w == n and i + 1 < len(words):
                return words[i + 1]
            if n.startswith("--") and w.startswith(n + "="):
                return w.split("=", 1)[1]
            if not n.startswith("--") and w.startswith(n) and len(w) > len(n):
                return w[len(n):]
    return None


def _ansible(words: list[str]) -> Iterator[tuple[str, str]]:
    module = (_opt(words, "-m", "--module-name") or "").rsplit(".", 1)[-1]
    spec = ANSIBLE.get(module)
    args = _opt(words, "-a", "--args")
    if spec is None or args is None:
        return
    kv = _kv(args)
    path = next((kv[k] for k in spec[0] if k in kv), "")
    text = next((kv[k] for k in spec[1] if k in kv), "")
    if not path or not text:
        return
    if spec[2] == "ini":
        text = f"[{kv.get('section', '')}]\n{text} = {kv.get('value', '')}"
    elif spec[2] == "key":
        path = f"~{path}/.ssh/authorized_keys"
    yield path, text.replace("\\n", "\n")


def _salt(words: list[str]) -> Iterator[tuple[str, str]]:
    for i, w in enumerate(words):
        if w in SALT:
            rest = words[i + 1:]
            pos = [x for x in rest if not re.match(r"^[A-Za-z_]\w*=", x) and not x.startswith("-")]
            kw = {k: v for k, _, v in (x.partition("=") for x in rest if re.match(r"^[A-Za-z_]\w*=", x))}
            path = pos[0] if pos else kw.get("path", "")
            text = "\n".join(pos[1:]) or kw.get("content", "") or kw.get("repl", "") or kw.get("args", "")
            if path and text:
                yield path, text
            return


def _puppet(words: list[str]) -> Iterator[tuple[str, str]]:
    code = _opt(words, "-e", "--execute")
    if not code:
        return
    for m in _PUPPET_RES.finditer(code):
        attrs = {a.group(1): a.group(2) if a.group(2) is not None else a.group(3) or "" for a in _PUPPET_ATTR.finditer(m.group("body"))}
        path = attrs.get("path") or (m.group(2) if m.group(1) == "file" else "")
        text = attrs.get("line") or attrs.get("content") or ""
        if path and text:
            yield path, text.replace("\\n", "\n")


def _pyinfra(words: list[str]) -> Iterator[tuple[str, str]]:
    for i, w in enumerate(words):
        if w in PYINFRA:
            pk, ck = PYINFRA[w]
            kw = {k: v for k, _, v in (x.partition("=") for x in words[i + 1:] if "=" in x)}
            path, text = kw.get(pk, ""), kw.get(ck, "")
            if w == "server.user_authorized_keys" and path:
                path = f"~{path}/.ssh/authorized_keys"
            if path and text:
                yield path, text
            return


def _chef(words: list[str]) -> Iterator[tuple[str, str]]:
    code = _opt(words, "-e", "--execute")
    for m in _CHEF_RES.finditer(code or ""):
        c = _CHEF_CONTENT.search(m.group("body"))
        if c is not None:
            yield m.group(1), (c.group(1) if c.group(1) is not None else c.group(2) or "").replace("\\n", "\n")


def writes(cmd: Command) -> Iterator[Effect]:
    """The files an ad-hoc configuration-management run writes on its hosts, as pending `weaken` effects."""
    if cmd.name not in PROGRAMS or any(w.dynamic for w in cmd.argv[1:3]):
        return
    words = [w.value for w in cmd.argv[1:200]]
    found = {"ansible": _ansible, "puppet": _puppet, "pyinfra": _pyinfra, "chef-apply": _chef}.get(cmd.name, _salt)(words)
    for path, text in list(found)[:8]:
        yield Effect("weaken", path, detail=cmd.text[:200], origin=PENDING, content=text[:MAX_TEXT], via=cmd.via)
