"""Code a command runs somewhere the command line does not show (issue 13, session 8 red team): text typed into
another terminal session or bound to a key (`knowledge.carriers.typed`, `bound`), files an option or a variable makes
a program load before its own work (`emacs -l F`, `bash --rcfile F`, `NODE_OPTIONS='--require F'`, `ZDOTDIR=D zsh`),
and code held in a variable (`PERL5DB`).

A loaded file is judged as the program running it when its text is known: written earlier in this action, or changed
during the session (`Context.run_files`, read by the adapters); a file of the project's own is judged like running it
directly (`node F`), by the command. Called by the lowerer for every command (`knowledge.programs_carry.lower_hook`).
"""

from __future__ import annotations

from automode.knowledge import carriers
from automode.shell.words import Word
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.lower import Lowerer
    from automode.shell.parse import Command

SHELLS = frozenset({"sh", "bash", "zsh", "dash", "ksh", "mksh", "ash", "yash", "posh", "rbash"})


def lower(name: str, cmd: Command, lw: Lowerer, loaded: list[tuple[Word, str]]) -> None:
    """Lower what `cmd` runs elsewhere or first, as commands and code of this action. `loaded`: the files its load
    options name, with a label (`knowledge.programs_carry.loaded_files`: `emacs -l F`, `bash --rcfile F`, `gdb -x F`)."""
    for text, label in carriers.typed(cmd):
        if text.strip():
            _source(lw, cmd, text, label)
            from automode.shell.consoles import typed

            typed(lw, cmd, text, len(cmd.via) + 1)  # a game or admin console's command, if it reads as one (`shell.consoles`)
    for text, label in carriers.bound(cmd):
        if text.strip():
            _source(lw, cmd, text, label)
            from automode.effects import Effect

            # (run by the program on the item under the cursor: `rules.option_power` judges the program it names)
            lw.out.effects.append(Effect("exec", text.replace("{}", "__item__")[:200], detail=cmd.text[:200],
                                         origin="option", via=cmd.via, content=f"{label.split(' ', 1)[-1]} {text}"[:400]))
    for w, label in loaded:
        _run_file(lw, cmd, name, w, label)
    env = carriers.environment(cmd, lw.exported) if (cmd.assigns or lw.exported) else {}
    for var, w in env.items():
        if w.dynamic:
            continue
        if var in carriers.LOADER_VARS:
            lang = carriers.LOADER_VARS[var][0]
            for path in carriers.loader_paths(var, w.value):
                _run_file(lw, cmd, lang, Word(path, path), f"{var}")
        elif var in carriers.CODE_VARS and w.value.strip():
            from automode.shell.interp import scan_code

            scan_code(carriers.CODE_VARS[var], w.value, cmd, lw)
        elif var in carriers.STARTUP_DIRS and name in carriers.STARTUP_DIRS[var][0]:
            for f in carriers.STARTUP_DIRS[var][1]:
                p = w.value.rstrip("/") + "/" + f
                _run_file(lw, cmd, name, Word(p, p), f"{var} {f}")


def _run_file(lw: Lowerer, cmd: Command, lang: str, w: Word, label: str) -> None:
    text = lw.written_file(w, cmd)
    if text is None:
        return
    if lang in SHELLS:
        _source(lw, cmd, text, f"{label} (a file this session wrote)")
        return
    from automode.knowledge.optpower import loaded_commands

    form = loaded_commands(lang, text)
    if form is not None:  # a config whose lines run commands (`neofetch --config`, minicom's `! cmd`, procmail's `| cmd`)
        from automode.effects import Effect

        for line in form:
            _source(lw, cmd, line, f"{label} (a file this session wrote)")
            # (run by the program with arguments of its own: `rules.option_power` judges the program it names)
            lw.out.effects.append(Effect("exec", line[:200], detail=cmd.text[:200], origin="option", via=cmd.via,
                                         content=f"{label.split(' ', 1)[-1]} {line}"[:400]))  # fmt: skip
        return
    from automode.shell.interp import scan_code

    scan_code(lang, text, cmd, lw)


def _source(lw: Lowerer, cmd: Command, text: str, label: str) -> None:
    lw.source(text, via=(*cmd.via, label), privileged=cmd.privileged, remote=cmd.remote, nesting=len(cmd.via) + 1,
              cwd=cmd.cwd)  # fmt: skip
