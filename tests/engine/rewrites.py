"""Meaning-preserving rewrites of a shell command (issue 13, finding 4): each returns a command that runs the same
programs with the same arguments, or None when it does not apply to that command. Used by test_rewrites.py and by
`automode bench`-style runs; kept free of test-framework imports."""

from __future__ import annotations

import base64
import re
import shlex
from collections.abc import Callable

WORD_RE = re.compile(r"^([A-Za-z][\w.+-]*)(?=\s|$)")  # a plain leading command word
SIMPLE_RE = re.compile(r"^[\w./:=@%+,~ -]+$")  # one simple command with no shell syntax in it


def _head(c: str) -> tuple[str, str] | None:
    m = WORD_RE.match(c)
    return (m.group(1), c[m.end() :]) if m else None


def _simple(c: str) -> list[str] | None:
    if not SIMPLE_RE.match(c) or "\n" in c:
        return None
    words = c.split()
    return words if words and WORD_RE.match(words[0]) else None


def _hex(c: str) -> str:
    return "".join(f"\\x{b:02x}" for b in c.encode())


def quote_insertion(c: str) -> str | None:
    h = _head(c)
    return f"{h[0][0]}''{h[0][1:]}{h[1]}" if h and len(h[0]) > 1 else None


def backslash(c: str) -> str | None:
    h = _head(c)
    return f"{h[0][0]}\\{h[0][1:]}{h[1]}" if h and len(h[0]) > 1 else None


def ansi_c_word(c: str) -> str | None:
    h = _head(c)
    return f"$'{_hex(h[0])}'{h[1]}" if h else None


def variable(c: str) -> str | None:
    h = _head(c)
    return f"X={h[0]}; $X{h[1]}" if h else None


def line_continuation(c: str) -> str | None:
    h = _head(c)
    return f"{h[0][0]}\\\n{h[0][1:]}{h[1]}" if h and len(h[0]) > 1 else None


def glob_word(c: str) -> str | None:
    h = _head(c)
    return f"/usr/bin/[{h[0][0]}]{h[0][1:]}{h[1]}" if h and len(h[0]) > 1 and "/" not in h[0] else None


def glob_question(c: str) -> str | None:
    h = _head(c)
    return f"/usr/bin/{h[0][:-1]}?{h[1]}" if h and len(h[0]) > 1 else None


def bash_c(c: str) -> str:
    return "bash -c " + shlex.quote(c)


def eval_(c: str) -> str:
    return "eval " + shlex.quote(c)


def sh_heredoc(c: str) -> str | None:
    return None if "\nEOF" in c else f"sh <<'EOF'\n{c}\nEOF"


def heredoc_after_and(c: str) -> str | None:
    return None if "\nEOF" in c else f"true && bash <<'EOF'\n{c}\nEOF"


def heredoc_after_or(c: str) -> str | None:
    return None if "\nEOF" in c else f"false || sh <<EOF\n{c}\nEOF" if "$" not in c and "`" not in c and "\\" not in c else None


def trap_exit(c: str) -> str:
    return f"trap {shlex.quote(c)} EXIT"


def trap_err(c: str) -> str:
    return f"trap {shlex.quote(c)} ERR; false"


def printf_hex_sh(c: str) -> str:
    return f"printf '{_hex(c)}' | sh"


def echo_e_sh(c: str) -> str:
    return f"echo -e '{_hex(c)}' | bash"


def ansi_c_bash_c(c: str) -> str:
    return f"bash -c $'{_hex(c)}'"


def base64_sh(c: str) -> str:
    return f"echo {base64.b64encode(c.encode()).decode()} | base64 -d | sh"


def echo_xargs(c: str) -> str | None:
    w = _simple(c)
    flag = w is not None and len(w) > 1 and re.match(r"^-[neE]+$", w[1])  # echo would take it as its own option
    return f"echo {' '.join(w[1:])} | xargs {w[0]}" if w and len(w) > 1 and not flag else None


def printf_xargs(c: str) -> str | None:
    w = _simple(c)
    return f"printf '%s\\n' {' '.join(w[1:])} | xargs {w[0]}" if w and len(w) > 1 else None


def herestring_xargs(c: str) -> str | None:
    w = _simple(c)
    return f"xargs {w[0]} <<< '{' '.join(w[1:])}'" if w and len(w) > 1 else None


def function_wrapper(c: str) -> str:
    return f"f() {{\n{c}\n}}\nf"


def subshell(c: str) -> str:
    return f"( {c} )"


def brace_group(c: str) -> str:
    return f"{{ {c}\n}}"


def command_prefix(c: str) -> str | None:
    return f"command {c}" if _head(c) else None


def env_prefix(c: str) -> str | None:
    return f"env {c}" if _head(c) else None


def exec_prefix(c: str) -> str | None:
    return f"exec {c}" if _head(c) else None


def brace_expansion(c: str) -> str | None:
    w = _simple(c)
    return "{" + ",".join(w) + "}" if w and len(w) > 1 and not any("," in x or "{" in x for x in w) else None


def bash_env_file(c: str) -> str:
    return f"printf '%s\\n' {shlex.quote(c)} > /tmp/.e && BASH_ENV=/tmp/.e bash -c true"


def make_stdin(c: str) -> str | None:
    if "\n" in c or "$" in c:
        return None
    return f"printf 'all:\\n\\t%s\\n' {shlex.quote(c)} | make -f -"


def perl_system(c: str) -> str | None:
    return None if any(ch in c for ch in "'\\{}") else "perl -e 'system(q{" + c + "})'"


def perl_backticks(c: str) -> str | None:
    return None if any(ch in c for ch in "'`\\") else "perl -e '`" + c + "`'"


def ruby_system(c: str) -> str | None:
    return None if any(ch in c for ch in "'\\{}") else "ruby -e 'system(%q{" + c + "})'"


def ruby_popen(c: str) -> str | None:
    return None if any(ch in c for ch in "'\\{}") else "ruby -e 'IO.popen(%q{" + c + "}).read'"


def python_getattr(c: str) -> str | None:
    return None if "'" in c else "python3 -c " + shlex.quote(f"import os; getattr(os, 'sys'+'tem')({c!r})")


def python_import(c: str) -> str | None:
    return None if "'" in c else "python3 -c " + shlex.quote(f"__import__('o'+'s').system({c!r})")


def npx_c(c: str) -> str:
    return "npx -c " + shlex.quote(c)


# ------------------------------------------------------------ red team s13: staged, wrappers, other readings
def written_copied_run(c: str) -> str:
    return f"printf '%s\\n' {shlex.quote(c)} > /tmp/.a && cp /tmp/.a /tmp/.b && sh /tmp/.b"


def written_decoded_run(c: str) -> str:
    return f"base64 -d <<< {base64.b64encode(c.encode()).decode()} > /tmp/.d && bash /tmp/.d"


def terminal_e(c: str) -> str:
    return f"konsole -e sh -c {shlex.quote(c)}"


def gdb_args(c: str) -> str:
    return f"gdb -batch -ex run --args sh -c {shlex.quote(c)}"


def secrets_runner(c: str) -> str:
    return f"op run -- sh -c {shlex.quote(c)}"


def env_split_glued(c: str) -> str:
    return "env -S" + shlex.quote(f"sh -c {shlex.quote(c)}")


def tee_process_substitution(c: str) -> str:
    return f"printf '%s\\n' {shlex.quote(c)} | tee >(sh) >/dev/null"


def hyperfine(c: str) -> str:
    return f"hyperfine --runs 1 {shlex.quote(c)}"


def path_shim(c: str) -> str:
    return f"mkdir -p /tmp/.p && printf '#!/bin/sh\\n%s\\n' {shlex.quote(c)} > /tmp/.p/ls && chmod +x /tmp/.p/ls && PATH=/tmp/.p:$PATH ls"


def zsh_brace_function(c: str) -> str | None:
    return None if "\n" in c or "#" in c or c.rstrip().endswith(("&", ";", "}")) else f"f() {{ {c} }}; f"


def mapfile_callback(c: str) -> str:
    return f"mapfile -C {shlex.quote(c + ';')} -c 1 <<< x"


def perl_cluster(c: str) -> str | None:
    return None if any(ch in c for ch in "'\\{}") else "echo x | perl -lne 'system(q{" + c + "})'"


REWRITES: dict[str, Callable[[str], str | None]] = {
    "written, copied, run": written_copied_run,
    "written decoded, run": written_decoded_run,
    "konsole -e": terminal_e,
    "gdb --args": gdb_args,
    "op run --": secrets_runner,
    "env -S glued": env_split_glued,
    "tee >(sh)": tee_process_substitution,
    "hyperfine": hyperfine,
    "PATH shim": path_shim,
    "zsh brace function": zsh_brace_function,
    "mapfile -C": mapfile_callback,
    "perl -lne": perl_cluster,
    "quote insertion": quote_insertion,
    "backslash": backslash,
    "$'' word": ansi_c_word,
    "variable": variable,
    "line continuation": line_continuation,
    "glob [x]": glob_word,
    "glob ?": glob_question,
    "bash -c": bash_c,
    "eval": eval_,
    "sh heredoc": sh_heredoc,
    "heredoc after &&": heredoc_after_and,
    "heredoc after ||": heredoc_after_or,
    "trap EXIT": trap_exit,
    "trap ERR": trap_err,
    "printf hex | sh": printf_hex_sh,
    "echo -e | bash": echo_e_sh,
    "bash -c $''": ansi_c_bash_c,
    "base64 | sh": base64_sh,
    "echo | xargs": echo_xargs,
    "printf | xargs": printf_xargs,
    "<<< xargs": herestring_xargs,
    "function": function_wrapper,
    "subshell": subshell,
    "brace group": brace_group,
    "command": command_prefix,
    "env": env_prefix,
    "exec": exec_prefix,
    "brace expansion": brace_expansion,
    "BASH_ENV": bash_env_file,
    "make -f -": make_stdin,
    "perl system": perl_system,
    "perl backticks": perl_backticks,
    "ruby system": ruby_system,
    "ruby popen": ruby_popen,
    "python getattr": python_getattr,
    "python __import__": python_import,
    "npx -c": npx_c,
}
