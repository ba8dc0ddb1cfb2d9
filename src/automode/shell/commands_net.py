"""What network commands do, for `commands`: HTTP clients (curl, wget, httpie), netcat and socat, and bundles
unpacked. Split from `commands` for the project's ~600-line limit; `commands` re-exports every name."""

from __future__ import annotations

import re
from collections.abc import Iterator

from automode import lazyre
from automode.effects import Effect
from automode.shell import curlrc
from automode.shell.argv import positional
from automode.shell.fileenv import Env
from automode.shell.parse import Command
from automode.shell.sockets import typed
from automode.shell.words import Word

ARCHIVE_MEMBER = "__archive_member__"  # a file whose name is known only when it lands (rules/agent_control.py)


URL_RE = lazyre.compile(r"^(https?|ftp|ftps|sftp|scp|s3|gs|file|ws|wss|tftp|telnet|dict|ldap|smb|rtsp|kafka|mqtts?|amqps?|nats|syslog)://", re.I)


#: Short options that take a value, per program (curl(1), wget(1)): a cluster such as `-sSfo FILE`, `-sF f=@x` or
#: `-qO-` is read as its letters, the one that takes a value last (its value is the rest of the word or the next one).
SHORT_VALUE = {"curl": frozenset("dFTXoHuAebcxrmwEKPUtzyYCQ"), "wget": frozenset("OoaPTteUiBDIXQlARw")}


def unbundle(cmd: Command) -> list[Word]:
    """The command's words with clustered short options split (`-sSfo x` -> `-s -S -f -o x`)."""
    takes = SHORT_VALUE.get(cmd.name)
    out: list[Word] = []
    for w in cmd.argv[1:]:
        v = w.value
        if takes is None or w.dynamic or len(v) < 3 or v[0] != "-" or v[1] == "-" or not v[1:2].isalpha():
            out.append(w)
            continue
        for k, c in enumerate(v[1:], 1):
            if not c.isalpha():
                out.append(w)  # `-#`, `-0`: not a cluster of letters after all
                break
            out.append(Word("-" + c, "-" + c))
            if c in takes:
                if v[k + 1 :]:
                    out.append(Word(v[k + 1 :], v[k + 1 :]))  # `-XPOST`, `-ofile`: the rest is the value
                break
    return out


#: HTTPie/xh request items that are not the body: a header (`Name:Value`, not `name:=json`) or a query parameter
#: (`name==value`).
_HTTPIE_NOT_BODY = lazyre.compile(r"^[\w!#$%&'*+.^`|~-]+(?::(?![=@])|==)")


#: Methods that only read (RFC 9110 safe methods, WebDAV's PROPFIND/REPORT/SEARCH, the QUERY draft); every other
#: method, named or invented (`PURGE`, `BAN`, `MKCOL`), may change state on the server and is a send.
SAFE_METHODS = frozenset({"", "GET", "HEAD", "OPTIONS", "TRACE", "PROPFIND", "REPORT", "SEARCH", "QUERY"})
#: HTTPie-style clients: `[METHOD] URL [ITEM...]` (HTTPie's http/https, xh/xhs, curlie's httpie-like items).
_HTTPIE = frozenset({"http", "https", "xh", "xhs", "curlie"})
#: HTTPie/xh/curlie options that take a separate value (so the value is not read as the METHOD).
_HTTPIE_VALUE_OPTS = frozenset({"-a", "--auth", "-A", "--auth-type", "-o", "--output", "-p", "--print", "-s", "--style",
                                "--session", "--session-read-only", "--verify", "--cert", "--cert-key", "--proxy", "--timeout",
                                "--pretty", "--format-options", "--max-redirects", "--default-scheme", "--ssl", "--ciphers",
                                "--response-charset", "--response-mime", "--boundary", "--max-headers", "-P", "--history-print",
                                "-H", "--header", "-X", "--request", "-d", "--data", "-u", "--user", "--resolve",
                                "--interface"})  # fmt: skip


def _httpie_method(args: list[Word]) -> str:
    """The METHOD of an HTTPie-style command (upper case), or "" when the first positional word is the URL: options may
    come first (`http --ignore-stdin -v post URL`); a method is letters only and is followed by the URL."""
    i = 0
    while i < len(args):
        v = args[i].value
        if v.startswith("-") and v != "-":
            i += 2 if v in _HTTPIE_VALUE_OPTS else 1
            continue
        return v.upper() if v.isalpha() and i + 1 < len(args) else ""
    return ""


def _http(cmd: Command, env: Env) -> Iterator[Effect]:
    args = curlrc.expand(cmd, unbundle(cmd))  # (`curl -K - <<EOF`, `wget -e post_file=x`: options from a config)
    upload: list[str] = []
    out_files: list[Word] = []
    urls: list[str] = []
    data_opts = {"-d", "--data", "--data-binary", "--data-raw", "--data-urlencode", "--data-ascii", "-F", "--form",
                 "--form-string", "--json", "--post-data", "--post-file", "--body-data", "--body-file", "-T",
                 "--upload-file"}  # fmt: skip
    method_post = False
    out_dir: Word | None = None
    i = 0
    while i < len(args):
        w = args[i]
        v = w.value
        key, _, glued = v.partition("=") if v.startswith("--") else (v, "", "")
        if key in data_opts or (v.startswith("-d") and len(v) > 2 and not v.startswith("--")):
            val = glued if glued else (v[2:] if v.startswith("-d") and len(v) > 2 else (args[i + 1].value if i + 1 < len(args) else ""))
            if key in ("-F", "--form") and re.match(r"^[^=<@]*=<", val):
                val = val.replace("=<", "=@", 1)  # `-F 'content=<file'`: the file's text as the field's value
            upload.append(val if key not in ("-T", "--upload-file", "--post-file", "--body-file") else "@" + val)
            i += 1 if (glued or (v.startswith("-d") and len(v) > 2)) else 2
            continue
        # (`-m` is curl's --max-time, wget's --mirror, lwp-request's method)
        if key in ("-X", "--request", "--method", "-m") and (glued or i + 1 < len(args)) \
                and (key != "-m" or cmd.name == "lwp-request"):
            method_post = (glued or args[i + 1].value).upper() not in SAFE_METHODS
            i += 1 if glued else 2
            continue
        if v in ("-o", "--output", "-O", "--output-document") and i + 1 < len(args) and not (cmd.name == "curl" and v == "-O"):
            out_files.append(args[i + 1])
            i += 2
            continue
        if (v in ("-P", "--directory-prefix") and cmd.name == "wget") or (v == "--output-dir" and cmd.name == "curl"):
            if i + 1 < len(args):
                out_dir = args[i + 1]
            i += 2
            continue
        if v.startswith(("--directory-prefix=", "--output-dir=")) or (v.startswith("-P") and len(v) > 2 and cmd.name == "wget"):
            val = v.split("=", 1)[1] if "=" in v else v[2:]
            out_dir = Word(val, w.raw, w.dynamic)
            i += 1
            continue
        if v == "-m" and cmd.name == "wget":
            i += 1  # (wget's `-m` is --mirror, no value)
            continue
        if v in ("-H", "--header", "-u", "--user", "-A", "--user-agent", "-e", "--referer", "-b", "--cookie", "-c",
                 "--cookie-jar", "-x", "--proxy", "--resolve", "-m", "--max-time", "--connect-timeout", "-w",
                 "--write-out", "-r", "--range", "-E", "--cert", "--key", "--cacert", "-K", "--config", "-P",
                 "--retry", "-t", "--tries", "-T", "--timeout", "-U", "--header-file"):  # fmt: skip
            i += 2
            continue
        if not v.startswith("-"):
            if URL_RE.match(v) or re.match(r"^[\w.-]+\.[a-z]{2,}(:\d+)?(/|$)", v, re.I) or re.match(r"^(localhost|\d+\.\d+\.\d+\.\d+)(:\d+)?(/|$)", v):
                urls.append(v)
            elif cmd.name in _HTTPIE and ("=" in v or ":" in v) and not _HTTPIE_NOT_BODY.match(v):
                upload.append(v)  # (a `Header:Value` or `param==value` item is no body: HTTPie's request items)
        i += 1
    if cmd.name in _HTTPIE and _httpie_method(args) not in SAFE_METHODS:
        method_post = True  # (`http --ignore-stdin POST url`: HTTPie's METHOD is its first positional word)
    # A URL without a scheme is the client's default (`curl -X POST api.kite.int/x`: http): the same host as with one.
    scheme = "https://" if cmd.name in ("https", "xhs") else "http://"
    urls = [u if "://" in u else scheme + u for u in urls]
    for u in urls or ["<unknown>"]:
        yield Effect("network", u, detail=cmd.text[:200], origin="send" if (upload or method_post) else "fetch",
                     content=" ".join(upload) or None, via=cmd.via)  # fmt: skip
    for w in out_files:
        if w.value not in ("-", "/dev/null"):
            yield env.file("write", w, cmd, origin="download")
    if out_dir is None and not out_files and _names_its_file(cmd):
        out_dir = Word(".", ".")  # `wget URL`, `curl -O URL`: the file lands in the working directory
    if out_dir is not None:
        # `wget -P DIR URL`, `curl -O --output-dir DIR URL`: the file lands in DIR under the URL's last segment
        # (unknown when the URL has none: judged like an archive's members).
        for u in urls or [""]:
            name = u.split("?", 1)[0].split("#", 1)[0].rstrip("/").rsplit("/", 1)[-1] if "/" in u.split("://", 1)[-1] else ""
            name = name or ARCHIVE_MEMBER
            yield env.file("write", Word(f"{out_dir.value.rstrip('/')}/{name}", out_dir.raw, out_dir.dynamic), cmd, origin="download")


def _names_its_file(cmd: Command) -> bool:
    """Whether a download saves under the URL's own name in the working directory: `wget URL` (unless `-O`,
    `--spider`, `-i`), `curl -O`/`--remote-name`/`-J` (curl prints to stdout otherwise)."""
    if cmd.name == "curl":
        return any(v in ("--remote-name", "--remote-name-all", "--remote-header-name")
                   or (v.startswith("-") and not v.startswith("--") and ("O" in v[1:] or "J" in v[1:])) for v in cmd.args)  # fmt: skip
    if cmd.name == "wget":
        return not any(v in ("--spider", "--output-document", "-i", "--input-file", "-r", "--recursive", "-m", "--mirror")
                       or v.startswith("--output-document=")
                       or (v.startswith("-") and not v.startswith("--") and ("O" in v[1:] or "i" in v[1:])) for v in cmd.args)  # fmt: skip
    return False


SOCAT_CONNECT_RE = lazyre.compile(r"^(?:TCP[46]?|UDP[46]?|OPENSSL|SSL|SCTP|SOCKS4A?|PROXY):([^:,]+)", re.I)


def _nc(cmd: Command, env: Env) -> Iterator[Effect]:
    pos = positional(cmd, frozenset({"-p", "-s", "-w", "-i", "-q", "-e", "-c", "-x", "-X", "-O", "-I"}))
    if cmd.name == "socat":
        # socat's addresses: only the connecting ones (`TCP:host:port`, `OPENSSL:host:port`) name a destination.
        pos = [Word(m.group(1), w.raw) for w in pos if (m := SOCAT_CONNECT_RE.match(w.value))]
    if pos:  # (with a protocol's commands typed in the command, which are no local data: `shell.sockets`)
        yield Effect("network", pos[0].value, detail=cmd.text[:200], origin="send", via=cmd.via, content=typed(cmd, pos))
