"""Commands carried by a program's options and arguments, from the program knowledge base
(`automode.knowledge.programs`): `tar --to-command=CMD`, `rsync -e CMD`, `git -c core.sshCommand=CMD`,
`vim -c '!CMD'`, `socat - EXEC:CMD`, `LESSOPEN='|CMD %s' less`, and code in a program's own language (`emacs --eval`).

`lower_hook` is the lowerer's per-command hook: inline interpreter code (`automode.shell.interp`), then each command
line found here, lowered as shell so the command it runs is judged like any other.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from automode import lazyre
from automode.knowledge.program_keys import _keyed_code, escape_prefix
from automode.knowledge.programs import _resolve, effects, lookup
from automode.shell.interp import interp_hook, interp_reads, scan_code
from automode.shell.words import Word
from automode.shell.wrappers import WRAPPERS
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.lower import Lowerer
    from automode.shell.parse import Command


#: How each interpreter named by a language escape (`python =>python3`) takes inline code.
LANG_FLAG = {"python3": "-c", "perl": "-e", "ruby": "-e", "lua": "-e", "node": "-e", "tclsh": "-c"}


def _ext_argv(text: str) -> str:
    """git-remote-ext(1): words are split at spaces, `% ` is a space inside a word and `%%` a percent sign; `%S`,
    `%s` and `%G` are git's own placeholders. As a shell command line."""
    import shlex

    words = re.split(r"(?<!%) +", text.replace("%%", "\x00"))
    return shlex.join(w.replace("% ", " ").replace("\x00", "%") for w in words if w)


#: Code words whose command line is written in a form of their own (not shell text), and how to read it.
WORD_FORMS: dict[str, Callable[[str], str]] = {"ext::": _ext_argv}


def embedded(cmd: Command) -> Iterator[tuple[str, str]]:
    """Command lines that a program runs from its options and arguments (`tar --to-command=CMD`, `rsync -e CMD`,
    `vim -c '!CMD'`, `socat - EXEC:CMD`, `sshpass -p x CMD`, `LESSOPEN='|CMD %s' less`): (shell text, label)."""
    spec = lookup(cmd.name) if cmd.argv and not cmd.name_dynamic else None
    if spec is None or not spec.carries_code:
        return
    sub, _, opts, pos = _resolve(cmd, spec)
    for o in opts:
        w = o.value
        if w is None or w.dynamic:
            continue
        if o.name in sub.code_opts:
            yield _placeholders(w.value), f"{cmd.name} {o.name}"
        elif o.name in sub.code_keys:
            k, val = _keyed_code(sub.code_keys[o.name], w.value)
            if val:
                yield _placeholders(val), f"{cmd.name} {o.name} {k}"
        elif o.name in sub.inline_opts:
            code = w.value.lstrip()
            if not any(code.startswith(escape_prefix(p)[0]) for p in sub.escape_prefixes):
                # Code in the program's own language (`julia -e`, `emacs --eval`, `rpm --eval`): read by the
                # language scanners for the calls that run commands (`system("…")`, `(shell-command "…")`).
                yield code, f"{INLINE_CODE}{o.name}"
                continue
            for p in sub.escape_prefixes:
                start, lang = escape_prefix(p)
                if code.startswith(start):
                    rest = code[len(start) :]
                    if not rest.strip() and start.strip(": !") in ("shell", "terminal", "term", "sh"):
                        rest = "sh"  # (`vim -c ':shell'`: an interactive shell, whose commands nobody sees)
                    if lang:  # `gdb -ex 'python CODE'`, `vim -c ':py3 CODE'`: the code is that language's, inline
                        import shlex

                        rest = shlex.join([lang, LANG_FLAG.get(lang, "-e"), rest])
                    yield rest, f"{cmd.name} {o.name} {start.strip()}"
                    break
    for w in pos:
        prefix = next((p for p in sub.code_words if w.value.upper().startswith(p.upper())), None)
        if prefix is not None and not w.dynamic:
            text = w.value[len(prefix) :]
            if prefix in WORD_FORMS:
                text = WORD_FORMS[prefix](text)
            yield _placeholders(text.split(",", 1)[0] if "," in text and "'" not in text else text), f"{cmd.name} {prefix}"
    first = sub.rest_from(pos)
    if first is not None:
        from automode.shell.words import shell_quote

        tail = pos[first:]
        # A first word with spaces is no program's name: the program hands it to the shell (`submodule foreach
        # 'a; b'`, `tmux send-keys 'make test' Enter`, `csvtool call 'cmd;false' file`), the rest as its words.
        shell = " " in tail[0].value.strip()  # (`"script.sh $1"`: the nested shell expands `$1` itself)
        text = " ".join([tail[0].value if shell else shell_quote(tail[0]), *(shell_quote(w) for w in tail[1:])])
        yield text, " ".join((cmd.name, *sub.rest_after))
    for k, v in cmd.assigns:
        if k in sub.env_cmd and not v.dynamic:
            yield _placeholders(v.value.lstrip("|")), f"{cmd.name} {k}"


def _placeholders(text: str) -> str:
    return re.sub(r"%[a-zA-Z]|\{\}", "__item__", text)


#: Label prefix `embedded` gives code in the program's own language (not a shell command line).
INLINE_CODE = "\x00code "


def loaded_files(cmd: Command) -> list[tuple[Word, str]]:
    """The files a program's load options name (`emacs -l F`, `bash --rcfile F`, `gdb -x F`), with a label."""
    spec = lookup(cmd.name) if cmd.argv and not cmd.name_dynamic else None
    if spec is None or spec.plain:
        return []
    sub, _, opts, _pos = _resolve(cmd, spec)
    if not sub.load_opts:
        return []
    return [(o.value, f"{cmd.name} {o.name}") for o in opts if o.name in sub.load_opts and o.value is not None and not o.value.dynamic][:8]


def _exported_runs(cmd: Command, before: dict[str, Word], lw: Lowerer) -> None:
    """`export GIT_EXTERNAL_DIFF=/tmp/d.sh; git diff`: a variable exported earlier that this program runs as a command
    (its table's `env_cmd`) is the same `exec` effect as one set on the command itself (`rules.option_power`)."""
    spec = lookup(cmd.name) if cmd.argv and not cmd.name_dynamic else None
    if spec is None or not spec.env_cmd:
        return
    from automode.effects import Effect

    sub = _resolve(cmd, spec)[0]
    for k, v in cmd.assigns:
        if k not in before and k in sub.env_cmd and not v.dynamic and v.value.strip():
            lw.out.effects.append(Effect("exec", v.value[:200], detail=cmd.text[:200], origin="option", via=cmd.via,
                                         content=f"{k}={v.value}"[:400]))  # fmt: skip


#: Options whose command line the far side runs, not this machine (rsync(1) `--rsync-path`, hg `--remotecmd`, borg
#: `--remote-path`, unison `-servercmd`): lowered as a remote command on the host the arguments name, like `ssh host
#: CMD`, so its `sudo` is the far host's and its `rm -rf /srv/*` a delete there. (`-e`/`--rsh`/`-sshcmd` run here.)
FAR_SIDE = frozenset({"rsync --rsync-path", "hg --remotecmd", "borg --remote-path", "borg2 --remote-path",
                      "unison -servercmd"})
_FAR = lazyre.compile(r"^(?:[a-z][a-z0-9+.-]*://)?(?:[^@/\s:]+@)?([A-Za-z0-9_.-]+)(?::{1,2}|/)")


def _far_host(cmd: Command) -> str:
    """The host a transfer's arguments name (`user@host:path`, `host::module`, `ssh://user@host/repo`)."""
    for w in cmd.argv[1:]:
        v = w.value
        if w.dynamic or v.startswith("-") or ":" not in v:
            continue
        m = _FAR.match(v)
        if m is not None and not v.startswith(("/", ".", "~")):
            return m.group(1)
    return "the far host"


def lower_hook(name: str, code: str, cmd: Command, lw: Lowerer) -> None:
    """The lowerer's per-command hook: inline interpreter code, then command lines carried by options."""
    interp_hook(name, code, cmd, lw)
    if code:
        return
    from automode.knowledge import elsewhere

    elsewhere.lower(name, cmd, lw, loaded_files(cmd))  # typed into another terminal, bound to a key, loaded first
    from automode.knowledge import dbus_calls

    dbus_calls.lower(name, cmd, lw)  # `busctl call … Manager StartUnit ss x.service replace`: `systemctl start x.service`
    if lw.exported and any(k not in dict(cmd.assigns) for k in lw.exported):
        from automode.dc import replace

        # `export GIT_SSH_COMMAND=…; git fetch`: variables exported earlier in the action hold commands as well
        before = dict(cmd.assigns)
        cmd = replace(cmd, assigns=[*cmd.assigns, *((k, v) for k, v in lw.exported.items() if k not in before)])
        _exported_runs(cmd, before, lw)
    if cmd.assigns or lw.exported:
        from automode.knowledge import option_vars
        from automode.knowledge.carriers import environment

        # `TAR_OPTIONS='--to-command=CMD' tar -x`, `LESS='+!CMD' git log`: variables read as more of its options
        for text, label in option_vars.lines(name, [w.value for w in cmd.argv[1:]], environment(cmd, lw.exported),
                                             lambda w: lw.written_file(w, cmd)):
            lw.source(text, via=(*cmd.via, label), privileged=cmd.privileged, remote=cmd.remote,
                      nesting=len(cmd.via) + 1, cwd=cmd.cwd)  # fmt: skip
    if name in WRAPPERS:
        # A wrapper the lowerer looks through: its own options still do things (`unshare -r`, `strace -o FILE`).
        from automode.shell.commands import Env

        env = Env(lw.home, lw.cwd or "/__project__")
        lw.out.effects.extend(e for e in effects(cmd, env) if e.origin != "argument")
        for text, label in embedded(cmd):  # (`strace -o '|CMD'`: a command its settings carry runs as well)
            if not label.startswith(INLINE_CODE) and text.strip() and len(parts := label.split(" ")) == 3 and parts[1].startswith("-"):
                lw.source(text, via=(*cmd.via, label), privileged=cmd.privileged, remote=cmd.remote,
                          nesting=len(cmd.via) + 1, cwd=cmd.cwd)  # fmt: skip
        return
    for text, label in embedded(cmd):
        if label.startswith(INLINE_CODE):
            if not interp_reads(name):  # (python -c, node -e, awk, … are read by interp_hook already)
                scan_code(name, text, cmd, lw)
        elif text.strip():
            far = _far_host(cmd) if label in FAR_SIDE else None  # (`--rsync-path 'sudo rsync'` runs on the far host)
            lw.source(text, via=(*cmd.via, label), privileged=cmd.privileged, remote=far or cmd.remote,
                      nesting=len(cmd.via) + 1, cwd=cmd.cwd)  # fmt: skip
    if len(cmd.argv) > 1 or cmd.assigns:
        from automode.knowledge.carriers import carried

        spec = lookup(cmd.name) if cmd.argv and not cmd.name_dynamic else None
        known = spec.with_arg | spec.flag_opts if spec is not None else frozenset()
        env_known = spec.env_cmd | spec.env_code if spec is not None else frozenset()
        from automode.shell.remote_shells import carried_options

        known |= carried_options(cmd)  # (lowered once, on the far host: `gcloud compute ssh VM --command CMD`)
        for text, label in carried(cmd, spec is not None, known, env_known):
            if text.strip():
                from automode.effects import Effect

                # the program runs it on its own, with arguments of its own (`rules.option_power`)
                lw.out.effects.append(Effect("exec", text[:200], detail=cmd.text[:200], origin="option", via=cmd.via,
                                             content=f"{label.split(' ', 1)[-1]} {text}"[:400]))  # fmt: skip
                lw.source(text, via=(*cmd.via, label), privileged=cmd.privileged, remote=cmd.remote,
                          nesting=len(cmd.via) + 1, cwd=cmd.cwd)  # fmt: skip
