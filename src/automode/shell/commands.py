"""What ordinary commands do to files and the network, as effects.

A table of small extractors keyed by command name. Each knows which arguments of its command are read, written
or deleted; redirections are handled once for every command. Paths are classified with `automode.paths`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from automode import lazyre
from automode.effects import Effect
from automode.shell import cfgmgmt, configcli
from automode.shell.agentcli import WRITERS as AGENT_CLI_WRITERS
from automode.shell.agentcli import config_writes
from automode.shell.argv import positional, short_flags
from automode.shell.commands_net import _HTTPIE_NOT_BODY as _HTTPIE_NOT_BODY
from automode.shell.commands_net import ARCHIVE_MEMBER as ARCHIVE_MEMBER
from automode.shell.commands_net import SHORT_VALUE as SHORT_VALUE
from automode.shell.commands_net import SOCAT_CONNECT_RE as SOCAT_CONNECT_RE
from automode.shell.commands_net import URL_RE as URL_RE
from automode.shell.commands_net import _http as _http
from automode.shell.commands_net import _names_its_file as _names_its_file
from automode.shell.commands_net import _nc as _nc
from automode.shell.commands_net import unbundle as unbundle
from automode.shell.editors import EXTRACTORS as EDITOR_EXTRACTORS
from automode.shell.editors import sed_inserted
from automode.shell.env_installs import NAMES as INSTALL_NAMES
from automode.shell.env_installs import installs as env_installs
from automode.shell.fileenv import Env as Env  # re-exported: the extractors' callers import it from here
from automode.shell.find import parse_find
from automode.shell.more_extractors import EXTRACTORS as MORE_EXTRACTORS
from automode.shell.more_extractors import FUSE_MOUNTS, _mount
from automode.shell.parse import Command
from automode.shell.renamers import RENAMERS, rename_writes
from automode.shell.transfer import CONTAINER_CP, container_cp, rsync, scp, sftp
from automode.shell.vcs import CLIENTS as VCS_CLIENTS
from automode.shell.vcs import CLONE_PROGRAMS, DOTFILE_MANAGERS, checkout_writes, clone_writes, dotfile_writes
from automode.shell.vcs_files import VCS_FILE_OPS
from automode.shell.vcs_files import file_ops as vcs_file_ops
from automode.shell.words import Word

Extractor = Callable[[Command, "Env"], Iterator[Effect]]


# ------------------------------------------------------------------ extractors
def _rm(cmd: Command, env: Env) -> Iterator[Effect]:
    f = short_flags(cmd)
    if cmd.name == "rmdir":
        for w in positional(cmd):
            yield env.file("delete", w, cmd, origin="empty-dir")  # only ever removes empty directories
        return
    recursive = bool({"r", "R", "--recursive"} & f)
    for w in positional(cmd):
        # Results of `find ... -exec rm {}` span a tree even without -r.
        yield env.file("delete", w, cmd, recursive=recursive or (w.glob and "/**/" in w.value))


def _shred(cmd: Command, env: Env) -> Iterator[Effect]:
    for w in positional(cmd, frozenset({"-n", "-s", "--iterations", "--size", "--random-source"})):
        yield env.file("delete", w, cmd)


def _truncate(cmd: Command, env: Env) -> Iterator[Effect]:
    for w in positional(cmd, frozenset({"-s", "-r", "--size", "--reference"})):
        yield env.file("delete", w, cmd)


def _target_dir(cmd: Command) -> Word | None:
    """The directory of `-t DIR` / `--target-directory[=]DIR` (cp, mv, install, ln): every positional is a source,
    each landing inside it (written with a trailing slash, as `mv a b dir/` is read)."""
    args = cmd.argv[1:]
    for i, w in enumerate(args):
        v = w.value
        if v in ("-t", "--target-directory") and i + 1 < len(args):
            d = args[i + 1]
        elif v.startswith("--target-directory="):
            d = Word(v.split("=", 1)[1], w.raw, w.dynamic)
        elif v.startswith("-t") and len(v) > 2 and not v.startswith("--"):
            d = Word(v[2:], w.raw, w.dynamic)
        else:
            continue
        return Word(d.value.rstrip("/") + "/", d.raw, d.dynamic)
    return None


def _mv(cmd: Command, env: Env) -> Iterator[Effect]:
    pos = positional(cmd, frozenset({"-t", "-S", "--target-directory", "--suffix"}))
    tdir = _target_dir(cmd)
    if tdir is not None:
        pos = [*pos, tdir]
    if len(pos) < 2:
        return
    dest = pos[-1]
    if dest.value == "/dev/null":
        for w in pos[:-1]:
            yield env.file("delete", w, cmd, recursive=True)
        return
    for w in pos[:-1]:
        # Moving a file away removes it from where it was.
        yield env.file("delete", w, cmd, origin="move")
    into = env.file("write", dest, cmd, origin="move")
    if not dest.dynamic and (dest.value.endswith("/") or len(pos) > 2 or into.pclass == "critical"):
        # `mv a b /tmp/`: the sources land inside the directory (`/tmp/a`), they do not replace `/tmp`.
        for w in pos[:-1]:
            name = w.value.rstrip("/").rsplit("/", 1)[-1]
            yield env.file("write", Word(f"{dest.value.rstrip('/')}/{name}", dest.raw, w.dynamic, w.glob), cmd, origin="move")
        return
    yield into


def _cp(cmd: Command, env: Env) -> Iterator[Effect]:
    pos = positional(cmd, frozenset({"-t", "-S", "--target-directory", "--suffix", "-m", "-o", "-g", "--mode", "--owner", "--group"}))
    tdir = _target_dir(cmd)
    if tdir is not None:
        pos = [*pos, tdir]
    if len(pos) < 2:
        return
    for w in pos[:-1]:
        yield env.file("read", w, cmd)
        if tdir is not None:  # `cp -t DIR a`: `a` lands as DIR/a
            name = w.value.rstrip("/").rsplit("/", 1)[-1]
            yield env.file("write", Word(tdir.value + name, tdir.raw, tdir.dynamic or w.dynamic), cmd, origin="copy")
    dest = pos[-1]
    if tdir is None and not dest.dynamic and (dest.value.endswith("/") or len(pos) > 2):
        # `cp x.pth site-packages/`, `cp a b dir`: each source lands inside the directory as dir/name, and what that
        # file is (start-up code, a hook, a control file) is judged by its own path, as for `mv`.
        for w in pos[:-1]:
            name = w.value.rstrip("/").rsplit("/", 1)[-1]
            yield env.file("write", Word(f"{dest.value.rstrip('/')}/{name}", dest.raw, w.dynamic, w.glob), cmd, origin="copy")
    tree = any(w.value in ("-r", "-R", "-a", "--recursive", "--archive") or (w.value[:1] == "-" and w.value[1:2] != "-" and
               any(c in w.value[1:] for c in "rRa")) for w in cmd.argv[1:])  # fmt: skip
    if {"l", "s", "--link", "--symbolic-link"} & short_flags(cmd):
        # `cp -l`/`cp -s` make links, not copies: each source gets a second name that writes go through.
        for w in pos[:-1]:
            yield env.file("write", pos[-1], cmd, origin="link", content=w.value)
        return
    yield env.file("write", pos[-1], cmd, origin="copy", recursive=tree)


def _dd(cmd: Command, env: Env) -> Iterator[Effect]:
    for w in cmd.argv[1:]:
        if w.value.startswith("of="):
            yield env.file("write", Word(w.value[3:], w.raw, w.dynamic), cmd)
        elif w.value.startswith("if="):
            yield env.file("read", Word(w.value[3:], w.raw, w.dynamic), cmd)


def _tee(cmd: Command, env: Env) -> Iterator[Effect]:
    append = bool({"a", "--append"} & short_flags(cmd))
    text, known = cmd.stdin_text()  # `tee f <<EOF`, `printf … | tee f`: what it copies is the file's content
    for w in positional(cmd):
        yield env.file("write", w, cmd, append=append, content=text if known else None)


def _sed(cmd: Command, env: Env) -> Iterator[Effect]:
    args = cmd.argv[1:]
    inplace = any(w.value.startswith("-i") or w.value.startswith("--in-place") or (w.value.startswith("-") and not w.value.startswith("--") and "i" in w.value[1:]) for w in args)
    pos = positional(cmd, frozenset({"-e", "-f", "--expression", "--file", "-l", "--line-length"}))
    has_script_opt = any(w.value in ("-e", "-f", "--expression", "--file") for w in args)
    files = pos if has_script_opt else pos[1:]
    added = "\n".join(t for sc in sed_scripts(cmd) if not sc.dynamic for t in [sed_inserted(sc.value)] if t) if inplace else ""
    for w in files:
        if added:  # what an in-place edit inserts is judged like an Edit adding it (`sed -i '1i // @ts-nocheck' a.ts`)
            yield env.file("write", w, cmd, content=added, append=True)
        else:
            yield env.file("write" if inplace else "read", w, cmd)
    for script in sed_scripts(cmd):
        writes, runs = sed_script_acts(script.value)
        for f in writes:
            yield env.file("write", Word(f, f, script.dynamic), cmd)
        if "" in runs:  # `s///e`, a bare `e`: the shell runs text only known at run time (a known `e CMD` is lowered)
            yield Effect("exec", f"`{cmd.name}` runs its pattern space as a shell command", detail=cmd.text[:200],
                         origin="dynamic", via=cmd.via)


def _yq(cmd: Command, env: Env) -> Iterator[Effect]:
    """yq (Go and Python) and jaq: `-i`/`--inplace`/`--in-place` write the files they read (the first word is the
    expression)."""
    inplace = any(w.value in ("-i", "--inplace", "--in-place") or w.value.startswith("--inplace=") for w in cmd.argv[1:])
    pos = positional(cmd, frozenset({"-o", "--output-format", "-p", "--input-format", "--indent", "-I", "--arg",
                                     "--argjson", "--from-file", "--expression"}))  # fmt: skip
    for w in pos[1:] if not any(w.value in ("--from-file", "--expression") for w in cmd.argv) else pos:
        yield env.file("write" if inplace else "read", w, cmd, origin="in-place" if inplace else "")


def sed_scripts(cmd: Command) -> list[Word]:
    """The script words of a sed command: each `-e`/`--expression` value, else the first positional word."""
    args = cmd.argv[1:]
    scripts = [w for i, w in enumerate(args) if i and args[i - 1].value in ("-e", "--expression")]
    scripts += [Word(w.value.split("=", 1)[1], w.raw, w.dynamic) for w in args if w.value.startswith("--expression=")]
    if not any(w.value in ("-e", "-f", "--expression", "--file") or w.value.startswith(("--expression=", "--file="))
               for w in args):  # fmt: skip
        pos = positional(cmd, frozenset({"-l", "--line-length"}))
        scripts += pos[:1]
    return scripts


#: sed commands whose argument is the rest of the line (GNU sed(1)): text, labels, files, shell commands.
_SED_LINE_ARG = frozenset("aicrRbtTwWe:")


@lru_cache(maxsize=64)
def sed_script_acts(script: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(files the script writes, shell commands it runs) of a sed script: `w FILE` and `W FILE`, the `w FILE` flag of
    `s`, `e COMMAND` and the `e` flag of `s` (which runs the pattern space: "" stands for a command not known).
    Read character by character, and asked twice per sed command (its lowering and its effects): kept for the last
    few scripts (pure, and immutable)."""
    writes: list[str] = []
    runs: list[str] = []
    i, n = 0, len(script)

    def skip_delimited(j: int, delim: str) -> int:  # the index after the next unescaped `delim`
        while j < n and script[j] != delim:
            j += 2 if script[j] == "\\" else 1
        return j + 1

    def rest_of_line(j: int, text: bool = False) -> tuple[str, int]:
        end = script.find("\n", j)
        while text and end >= 0 and script[end - 1] == "\\":  # `a\`, `i\`, `c\` text goes on past escaped newlines
            end = script.find("\n", end + 1)
        end = n if end < 0 else end
        return script[j:end].strip(), end

    while i < n:
        c = script[i]
        if c == "/":  # an address regex
            i = skip_delimited(i + 1, "/")
        elif c == "\\" and i + 1 < n:  # `\%regex%`
            i = skip_delimited(i + 2, script[i + 1])
        elif c in "sy" and i + 1 < n and script[i + 1] not in " \t\n;":
            delim = script[i + 1]
            i = skip_delimited(skip_delimited(i + 2, delim), delim)
            flags_start = i
            while i < n and (script[i].isalnum() and script[i] not in "w"):
                i += 1
            if c == "s" and "e" in script[flags_start:i]:
                runs.append("")
            if c == "s" and i < n and script[i] == "w":
                arg, i = rest_of_line(i + 1)
                if arg:
                    writes.append(arg)
        elif c in _SED_LINE_ARG:
            arg, i = rest_of_line(i + 1, text=c in "aic")
            if c in "wW" and arg:
                writes.append(arg)
            elif c == "e":
                runs.append(arg)
        else:
            i += 1
    return tuple(writes), tuple(runs)


#: A mode that starts with a dash (`chmod -x FILE`, `chmod -w`, `chattr -i FILE`): the mode, not an option.
DASH_MODES = {"chmod": lazyre.compile(r"^-[rwxXst]+(?:,[ugoa]*[-+=][rwxXstugo]*)*$"), "chattr": lazyre.compile(r"^-[aAcCdDeFijmPsStTux]+$")}


def _chmod(cmd: Command, env: Env) -> Iterator[Effect]:
    recursive = bool({"R", "--recursive"} & short_flags(cmd))
    pos = positional(cmd, frozenset({"--reference"}))
    dash = DASH_MODES.get(cmd.name)
    if dash is not None:
        lead = next((w for w in cmd.argv[1:] if not w.dynamic and dash.match(w.value)), None)
        if lead is not None and (not pos or not re.match(r"^[0-7]{3,4}$|^[ugoa]*[-+=]", pos[0].value)):
            pos = [lead, *pos]  # `chmod -x FILE`: the dashed word is the mode
    if cmd.name in ("setfacl",):
        pos = [w for w in positional(cmd, frozenset({"-m", "-x", "-M", "-X", "--modify", "--remove"}))]
        mode = ""
    else:
        if not pos:
            return
        mode, pos = pos[0].value, pos[1:]
    for w in pos:
        e = env.file("chmod", w, cmd, recursive=recursive)
        yield Effect(e.kind, e.target, e.pclass, detail=f"{cmd.name} {mode}".strip(), recursive=recursive, origin=cmd.name, via=cmd.via)


READERS = frozenset(
    {"cat", "tac", "head", "tail", "less", "more", "bat", "batcat", "nl", "strings", "xxd", "od", "hexdump", "base64",
     "base32", "wc", "sort", "uniq", "cut", "diff", "cmp", "md5sum", "sha1sum", "sha256sum", "sha512sum", "file",
     "stat", "view", "vim", "vi", "nano", "emacs", "source", ".", "jq", "yq", "column", "fold", "fmt", "paste",
     "expand", "rev", "tr", "iconv", "zcat", "gunzip", "openssl", "gpg", "pr", "look", "split", "comm", "join",
     "readlink", "realpath", "ls", "tree", "du", "lsattr", "getfacl", "sqlite3", "mdls", "plutil", "defaults"})  # fmt: skip
NON_FILE_READERS = frozenset({"ls", "tree", "du", "stat", "file", "readlink", "realpath", "lsattr", "getfacl", "mdls"})


def _reader(cmd: Command, env: Env) -> Iterator[Effect]:
    if cmd.name in NON_FILE_READERS:
        return  # metadata only
    opts = frozenset({"-n", "-c", "-s", "-t", "-k", "-o", "-d", "-f", "-l", "-w", "--lines", "--bytes", "-e", "-in", "-out", "-passin"})
    for w in positional(cmd, opts)[:32]:
        if "=" in w.value and cmd.name not in ("cat",):
            continue
        yield env.file("read", w, cmd)


def _grep(cmd: Command, env: Env) -> Iterator[Effect]:
    opts = frozenset({"-e", "-f", "-m", "-A", "-B", "-C", "--include", "--exclude", "--exclude-dir", "-d", "-D",
                      "--regexp", "--file", "--max-count", "--context", "--after-context", "--before-context",
                      "--color", "--colour", "-g", "--glob", "-t", "--type", "-T", "--type-not", "--pre", "-j",
                      "--threads", "--max-depth", "-M", "--max-columns"})  # fmt: skip
    pos = positional(cmd, opts)
    has_pattern_opt = any(w.value in ("-e", "-f", "--regexp", "--file") for w in cmd.argv[1:])
    files = pos if has_pattern_opt else pos[1:]
    for w in files[:32]:
        yield env.file("read", w, cmd)


#: Property-list editors (defaults(1), plutil(1), PlistBuddy(8)): the verbs that change the file they are given.
_PLIST_VERBS = frozenset({"write", "import", "delete", "rename"})
_PLUTIL_EDITS = frozenset({"-insert", "-replace", "-remove", "-create", "-convert"})


def _plist(cmd: Command, env: Env) -> Iterator[Effect]:
    """`defaults write ~/Library/LaunchAgents/x.plist ProgramArguments …`, `plutil -replace K -string V f.plist`,
    `PlistBuddy -c 'Set :K V' f.plist`: the property list named by its path is written (a domain name such as
    `com.apple.dock` is the program's own preferences)."""
    words = [w for w in cmd.argv[1:] if not w.value.startswith("-currentHost") and w.value != "-host"]
    if cmd.name == "defaults":
        if len(words) >= 2 and words[0].value in _PLIST_VERBS and ("/" in words[1].value or words[1].dynamic):
            path = words[1]
            yield env.file("write", path if path.value.endswith(".plist") else Word(path.value + ".plist", path.raw, path.dynamic), cmd)
    elif cmd.name == "plutil":
        out = next((words[i + 1] for i, w in enumerate(words[:-1]) if w.value == "-o"), None)
        if out is not None:  # `-o OUT`: the operand is read, OUT (`-`: standard output) written
            if out.value != "-":
                yield env.file("write", out, cmd)
        elif any(w.value in _PLUTIL_EDITS for w in words) and words and not words[-1].value.startswith("-"):
            yield env.file("write", words[-1], cmd)
    elif any(w.value == "-c" for w in words) and words and not words[-1].value.startswith("-") \
            and any(v in w.value for w in words for v in ("Set ", "Add ", "Delete ", "Merge ", "Import ", "Clear ")):
        yield env.file("write", words[-1], cmd)


def _touch_mkdir(cmd: Command, env: Env) -> Iterator[Effect]:
    for w in positional(cmd, frozenset({"-m", "--mode", "-d", "-t", "-r", "--date", "--reference"})):
        yield env.file("write", w, cmd, origin="create")


def _ln(cmd: Command, env: Env) -> Iterator[Effect]:
    pos = positional(cmd, frozenset({"-t", "-S", "--target-directory", "--suffix"}))
    if len(pos) >= 2:
        yield env.file("write", pos[-1], cmd, origin="link", content=pos[0].value)


def _install(cmd: Command, env: Env) -> Iterator[Effect]:
    pos = positional(cmd, frozenset({"-m", "-o", "-g", "-t", "-S", "--mode", "--owner", "--group", "--target-directory"}))
    tdir = _target_dir(cmd)
    if tdir is not None:
        for w in pos:  # `install -t DIR a b`: each lands as DIR/NAME
            name = w.value.rstrip("/").rsplit("/", 1)[-1]
            yield env.file("write", Word(tdir.value + name, tdir.raw, tdir.dynamic or w.dynamic), cmd, origin="copy")
    elif len(pos) >= 2:
        yield env.file("write", pos[-1], cmd, origin="copy")
    for w in pos if tdir is not None else pos[:-1]:
        yield env.file("read", w, cmd)  # (it copies its sources, as `cp` does: `install /etc/shadow /tmp/x`)
    mode = next((cmd.argv[i + 1].value for i, w in enumerate(cmd.argv[:-1]) if w.value in ("-m", "--mode")), "")
    if re.match(r"^[2467][0-7]{3}$|.*[ug][-+=]*[rwx]*s", mode) and len(pos) >= (1 if tdir is not None else 2):
        # `install -m 4755 x /tmp/x`: a set-user-id copy, judged as `chmod 4755` on what it makes
        e = env.file("chmod", tdir if tdir is not None else pos[-1], cmd)
        yield Effect(e.kind, e.target, e.pclass, detail=f"chmod {mode}", origin="chmod", via=cmd.via)


def _find(cmd: Command, env: Env) -> Iterator[Effect]:
    fx = parse_find(cmd)
    if not fx.delete:
        return
    for root in fx.roots:
        # `find /tmp -delete` removes /tmp too; `find / -name '*.pyc' -delete` only the matching files; a -delete
        # written before its tests (`find . -delete -name '*.orig'`) removes everything.
        yield env.file("delete", fx.action_item(root, fx.unfiltered_delete), cmd, recursive=True)


def _archive(cmd: Command, env: Env) -> Iterator[Effect]:
    """`tar czf out.tgz dir`, `zip -r out.zip dir`: the inputs are read (and may leave the machine next)."""
    pos = positional(cmd, frozenset({"-f", "--file", "-C", "--directory", "-X", "--exclude-from", "-T", "--files-from", "-x"}))
    creating = cmd.name in ("zip", "7z", "rar") or any(
        (w.value.startswith("-") and "c" in w.value) or (w.value.startswith("c") and w is cmd.argv[1]) for w in cmd.argv[1:2] + cmd.argv[1:]
    )
    if not creating:
        return
    if cmd.name == "tar" and cmd.argv[1:] and not cmd.argv[1].value.startswith("-") and "f" in cmd.argv[1].value:
        pos = pos[1:]  # `tar czf out.tgz dir`: the first positional is the archive
    elif cmd.name in ("zip", "7z", "rar"):
        pos = pos[1:]
    for w in pos[:32]:
        yield env.file("read", w, cmd)


EXTRACTORS: dict[str, Extractor] = {
    "tar": _archive, "zip": _archive, "7z": _archive, "rar": _archive,
    "find": _find,
    "rm": _rm, "rmdir": _rm, "unlink": _rm, "srm": _rm, "wipe": _rm, "trash": _rm, "trash-put": _rm, "rimraf": _rm,
    "shred": _shred, "truncate": _truncate, "mv": _mv, "cp": _cp, "rsync": rsync, "dd": _dd,
    "tee": _tee, "sed": _sed, "gsed": _sed, "chmod": _chmod, "chown": _chmod, "chgrp": _chmod, "chattr": _chmod,
    "setfacl": _chmod, "grep": _grep, "egrep": _grep, "fgrep": _grep, "rg": _grep, "ag": _grep, "ack": _grep,
    "touch": _touch_mkdir, "mkdir": _touch_mkdir, "ln": _ln, "link": _ln, "mount": _mount, **dict.fromkeys(FUSE_MOUNTS, _mount), "install": _install, "curl": _http, "wget": _http, "curlie": _http, "xhs": _http, "lwp-request": _http,
    "http": _http, "https": _http, "xh": _http, "scp": scp, "sftp": sftp, "nc": _nc, "ncat": _nc, "netcat": _nc,
    "telnet": _nc, "socat": _nc, "yq": _yq, "jaq": _yq, "defaults": _plist, "plutil": _plist, "PlistBuddy": _plist, "plistbuddy": _plist,
}  # fmt: skip

for _name in VCS_CLIENTS:
    EXTRACTORS[_name] = checkout_writes
for _name in DOTFILE_MANAGERS:
    EXTRACTORS[_name] = dotfile_writes
for _name in RENAMERS:
    EXTRACTORS[_name] = rename_writes
for _names, _sub, _where in AGENT_CLI_WRITERS:
    for _name in _names:
        EXTRACTORS[_name] = config_writes
for _name in CONTAINER_CP:
    EXTRACTORS.setdefault(_name, container_cp)
for _name in READERS:
    EXTRACTORS.setdefault(_name, _reader)


def _also_read(extra: Extractor) -> Extractor:
    def run(cmd: Command, env: Env) -> Iterator[Effect]:
        yield from _reader(cmd, env)
        yield from extra(cmd, env)

    return run


for _name, _extra in MORE_EXTRACTORS.items():  # gio, TLS clients (red team s21), beside the generic reader they had
    EXTRACTORS[_name] = _also_read(_extra) if _name in READERS else _extra


#: Extractors that add an effect but do not say which of their arguments are read: the generic scan of secret
#: arguments still runs for them (`openssl req -keyout certs/dev.key`, `gio cat ~/.ssh/id_rsa`, `sshfs -o IdentityFile=…`).
IMPRECISE = frozenset(MORE_EXTRACTORS) | (FUSE_MOUNTS - {"bindfs"})


def redirect_effects(cmd: Command, env: Env) -> Iterator[Effect]:
    for r in cmd.redirects:
        if r.target is None or r.op.startswith("<<"):
            continue
        t = r.target
        if r.op in (">&", "<&") and (t.value.isdigit() or t.value == "-"):
            continue  # fd duplication, not a file
        if r.op.startswith(">") or r.op.startswith("&>") or r.op == ">|":
            yield env.file("write", t, cmd, append=r.op.endswith(">>"), content=cmd.stdin_text()[0] if cmd.name == "cat" else _echo_text(cmd))
        elif r.op == "<":
            yield env.file("read", t, cmd)


def _echo_text(cmd: Command) -> str | None:
    if cmd.name in ("echo", "printf"):
        return " ".join(cmd.args)
    return None

_SIDE: dict[str, Extractor] = {**dict.fromkeys(VCS_FILE_OPS, vcs_file_ops), **dict.fromkeys(INSTALL_NAMES, env_installs)}


def command_effects(cmd: Command, env: Env) -> list[Effect]:
    out = list(redirect_effects(cmd, env))
    ex = EXTRACTORS.get(cmd.name)
    if ex is not None:
        out.extend(ex(cmd, env))
    more = EDITOR_EXTRACTORS.get(cmd.name)  # in-place and scripted writers (shell/editors.py)
    if more is not None:
        out.extend(more(cmd, env))
    side = _SIDE.get(cmd.name)  # moves and removals of a version-control work tree, installs into an environment
    if side is not None:
        out.extend(side(cmd, env))
    if cmd.name in CLONE_PROGRAMS:  # one use of git/gh (a clone), not a model of all they write
        out.extend(clone_writes(cmd, env))
    if configcli.concerns(cmd):  # one use of the program (its config CLI), not a model of all it writes
        out.extend(configcli.writes(cmd, env))
    if cmd.name in cfgmgmt.PROGRAMS:  # an ad-hoc configuration-management run: the file it writes on its hosts
        out.extend(cfgmgmt.writes(cmd))
    return out


def url_host(url: str) -> str:
    if not URL_RE.match(url):
        url = "http://" + url
    try:
        from urllib.parse import urlsplit  # only for a URL; a cold hook rarely needs it

        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""
