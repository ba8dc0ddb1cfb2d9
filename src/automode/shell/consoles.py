"""Commands typed into a game or admin server's console (session 23, class N3): `screen -S mc -X stuff 'op steve\\n'`,
`tmux send-keys -t mc 'whitelist off' Enter`, `mcrcon -H mc -p pw 'ban-ip 10.0.0.7'`, `rcon -a host:27015 -p pw
'sv_password x'`. A console line is no shell command: `op steve` grants operator, `whitelist off` lets anyone in,
`stop` shuts the world down for its players. Each line whose first word is a console command
(`knowledge/data/control/gameservers.toml`) is lowered as `rcon-cli LINE`, the command of the RCON client that does
the same act, on the same server, so one table judges every way of typing it (the shell reading of the typed text
stays: the pane may be a shell).

Where the line is, per carrier (`CLIENTS`: program -> options that take a value, how the commands are given):
"words" = every positional word together is one command (itzg's rcon-cli, gorcon's rcon with `-a`), "each" = each
positional word is a command of its own (mcrcon(1), ARRCON). Typed text: `knowledge.carriers.TYPED` (screen `-X
stuff`, kitty/wezterm `send-text`, zellij `write-chars`, xdotool `type`) and tmux(1) `send-keys` (key names pressed,
not typed). Sources: github.com/itzg/rcon-cli, github.com/gorcon/rcon-cli (`rcon -a ADDR -p PASS CMD`),
github.com/Tiiffi/mcrcon (`mcrcon -H -P -p CMD…`), github.com/radj307/ARRCON, the Minecraft server commands
(minecraft.wiki/w/Commands), Source dedicated server cvars, Factorio's console (`/c` runs Lua), 7 Days to Die and
Rust server commands.
"""

from __future__ import annotations

import shlex

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from automode.shell.parse import Command


class Lowerer(Protocol):
    """What console lowering needs of `automode.shell.lower.Lowerer` (which imports this module)."""

    def source(self, text: str, *, via: tuple[str, ...] = (), privileged: bool = False, remote: str | None = None,
               nesting: int = 0, cwd: str | None = None) -> None: ...  # fmt: skip


#: RCON clients: program -> (options that take a value, options naming the server, how the commands are given).
CLIENTS: dict[str, tuple[frozenset[str], frozenset[str], str]] = {
    "rcon-cli": (frozenset({"--host", "--port", "--password", "-c", "--config", "--profile"}),
                 frozenset({"--host"}), "words"),
    "rcon": (frozenset({"-a", "--address", "-p", "--password", "-c", "--config", "-e", "--env", "-T", "--type",
                        "-l", "--log", "-t", "--timeout", "-H", "--host", "-P", "--port"}),
             frozenset({"-a", "--address", "-H", "--host"}), "words"),
    "mcrcon": (frozenset({"-H", "-P", "-p", "-w"}), frozenset({"-H"}), "each"),
    "arrcon": (frozenset({"-H", "--host", "-P", "--port", "-p", "--pass", "-S", "--saved", "-w", "--wait", "-f",
                          "--file", "--save-host"}), frozenset({"-H", "--host", "-S", "--saved"}), "each"),
}  # fmt: skip
PROGRAMS = frozenset({*CLIENTS, "tmux"})
#: The first word of a console command (lower case, without its `/`): what the console table knows
#: (`gameservers.toml`'s verbs), so a shell line (`rm -rf x`, `make`) is never read as one.
FIRST_WORDS = frozenset({
    "op", "deop", "ban", "ban-ip", "banip", "banid", "pardon", "pardon-ip", "unban", "kick", "kickall", "whitelist",
    "allowlist", "stop", "shutdown", "restart", "quit", "save-off", "save-on", "save-all", "reload", "difficulty",
    "gamerule", "gamemode", "defaultgamemode", "give", "tp", "teleport", "setblock", "fill", "summon", "clear",
    "kill", "worldborder", "setworldspawn", "spawnpoint", "weather", "time", "say", "tell", "msg", "w", "tellraw",
    "me", "broadcast", "announce", "list", "tps", "seed", "banlist", "players", "listplayers", "status", "c",
    "command", "silent-command", "sc", "lua", "promote", "demote", "admin", "admins", "ownerid", "moderatorid",
    "removeowner", "removemoderator", "lp", "luckperms", "pex", "sv_password", "rcon_password", "sv_cheats",
    "changelevel", "map", "server.stop", "server.save", "global.quit", "scoreboard", "data", "advancement",
    "experience", "xp", "effect", "enchant", "execute", "function", "forceload", "datapack", "whitelist-add",
    "wipe", "save", "shutdownserver", "broadcastmessage", "sp", "saveworld",
})  # fmt: skip
#: Shell programs of the same spelling read as a console command only in their console form (`kill @e[type=x]`,
#: `time set day`, `clear Steve`): a selector or a console word after them.
_SHELL_TOO = {"kill": lazyre.compile(r"^@[aeprs]"), "time": lazyre.compile(r"^(?:set|add|query)$"),
              "clear": lazyre.compile(r"^(?:@[aeprs]|[A-Za-z0-9_]{3,16})$"), "w": lazyre.compile(r"^\S+$"),
              "list": lazyre.compile(r"^(?:uuids)?$"), "sp": lazyre.compile(r"^$"),
              "data": lazyre.compile(r"^(?:get|merge|modify|remove)$"), "execute": lazyre.compile(r"^(?:as|at|if|unless|run|in|positioned|store)$"),
              "function": lazyre.compile(r"^\w+:"), "save": lazyre.compile(r"^$"), "status": lazyre.compile(r"^$"),
              "command": lazyre.compile(r"^game\."), "c": lazyre.compile(r"^game\."), "me": lazyre.compile(r"^\S")}  # fmt: skip
_LINE_SPLIT = lazyre.compile(r"\\[nr]|\^[MJ]|\\0?1[25]|\\x0[ad]|[\r\n]")


def console_line(line: str) -> str | None:
    """`line` as a console command in its normal form (lower-case first word, without `/`), or None when it does not
    read as one."""
    s = line.strip()
    if not s:
        return None
    first, _, rest = s.partition(" ")
    word = first.lstrip("/").lower()
    if word not in FIRST_WORDS:
        return None
    if word in _SHELL_TOO and not first.startswith("/"):
        nxt = rest.split(" ", 1)[0] if rest else ""
        if not _SHELL_TOO[word].match(nxt):
            return None
    return f"{word} {rest.strip()}".strip()


def _typed_lines(cmd: Command) -> tuple[list[str], str]:
    """The lines `tmux send-keys` types (key names pressed, not typed: Enter ends a line), and the pane."""
    from automode.shell.wrappers import KEY_NAME

    vals = [w.value for w in cmd.argv[1:]]
    where = _target(vals)
    if not any(v in ("send-keys", "send") for v in vals[:4]):
        return [], where
    at = next(i for i, v in enumerate(vals) if v in ("send-keys", "send"))
    key = lazyre.compile(KEY_NAME)
    words: list[str] = []
    i = at + 1
    while i < len(vals):
        v = vals[i]
        if v in ("-t", "-N", "-c", "-F") and not words:
            i += 2
            continue
        if v.startswith("-") and not words and len(v) > 1:
            i += 1
            continue
        words.append(("\n" if v in ("Enter", "C-m", "C-j") else "") if key.match(v) else v)
        i += 1
    return split_lines(" ".join(words)), where


def _target(vals: list[str]) -> str:
    """The session, pane or window a typing command names (`-S mc`, `-t prod`, `--match title:mc`)."""
    for opt in ("-S", "-t", "--match", "--pane-id", "--window"):
        if opt in vals[:-1]:
            return vals[vals.index(opt) + 1]
    return ""


def split_lines(text: str) -> list[str]:
    """Typed text as the lines a console reads (`\n`, `\r`, `^M`, octal and hex line ends)."""
    return [x for x in _LINE_SPLIT.split(text) if x.strip()]


def _client_lines(cmd: Command) -> tuple[list[str], str]:
    """The console commands an RCON client sends, and the server it names."""
    with_value, host_opts, how = CLIENTS[cmd.name]
    words = cmd.argv[1:]
    pos: list[str] = []
    host = ""
    i = 0
    while i < len(words):
        w = words[i]
        v = w.value
        if w.dynamic and not pos:
            i += 1
            continue
        if v == "--":
            pos += [x.value for x in words[i + 1 :]]
            break
        name, eq, glued = v.partition("=") if v.startswith("--") else (v, "", "")
        if v.startswith("-") and len(v) > 1 and not pos:
            value = glued if eq else (words[i + 1].value if i + 1 < len(words) and name in with_value else "")
            if name in host_opts:
                host = value
            i += 1 if eq or name not in with_value else 2
            continue
        pos.append(v)
        i += 1
    if how == "each":
        return pos, host
    return ([" ".join(pos)] if pos else []), host


def lower(lw: Lowerer, cmd: Command, nesting: int) -> None:
    """Lower the console commands an RCON client sends, or `tmux send-keys` types, as `rcon-cli LINE` on the same
    server. (tmux: `shell.unwrap` calls this for `send-keys`, which it lowers and does not hand back; the other
    typing programs' text comes through `typed`, from `knowledge.elsewhere`.)"""
    if cmd.name in CLIENTS:
        lines, where = _client_lines(cmd)
    elif cmd.name == "tmux":
        lines, where = _typed_lines(cmd)
    else:
        return
    _lower_lines(lw, cmd, lines, where, nesting, direct=cmd.name == "rcon-cli")


def typed(lw: Lowerer, cmd: Command, text: str, nesting: int) -> None:
    """Text a program types into a terminal (`screen -X stuff`, `kitty @ send-text`: `knowledge.carriers.typed`)."""
    _lower_lines(lw, cmd, split_lines(text), _target([w.value for w in cmd.argv[1:]]), nesting)


#: Console commands whose words after the command (after the player, for a whisper) are one text said to players:
#: command -> how many words before the text (Minecraft `say`, `me`, `tell|msg|w PLAYER TEXT`; `broadcast`,
#: `announce`, Palworld's `broadcastmessage`).
MESSAGE_TEXT = {"say": 0, "me": 0, "broadcast": 0, "announce": 0, "broadcastmessage": 0, "tell": 1, "msg": 1, "w": 1}


def console_words(form: str) -> list[str]:
    """A console command's words as `rcon-cli` takes them: a message said to players is one word, the text as the
    user dictated it (`say backup in 5 minutes`: the text "backup in 5 minutes"), every other command word by word."""
    words = form.split()
    lead = MESSAGE_TEXT.get(words[0]) if words else None
    if lead is None or len(words) <= lead + 1:
        return words
    return [*words[: lead + 1], " ".join(words[lead + 1 :])]


def local_pane(cmd: Command) -> bool:
    """A console line typed through a multiplexer or terminal of this machine (`tmux send-keys -t fact:0`, `screen -S
    mc -X stuff`): its `console:` place is a pane or session the user points at, not a server they must name."""
    return bool(cmd.via) and cmd.via[-1].split(" ", 1)[0] not in CLIENTS and " console" in cmd.via[-1] and (
        cmd.remote or "").startswith("console")


def _lower_lines(lw: Lowerer, cmd: Command, lines: list[str], where: str, nesting: int, *, direct: bool = False) -> None:
    label = f"{cmd.name} console{' ' + where if where else ''}"
    for line in lines[:16]:
        form = console_line(line)
        if form is None or (direct and any(w.value == form.split()[0] for w in cmd.argv[1:])):
            continue  # (`rcon-cli op steve` is its own table's command already; `rcon-cli 'op steve'` is not)
        lw.source("rcon-cli " + " ".join(shlex.quote(x) for x in console_words(form)), via=(*cmd.via, label),
                  remote=cmd.remote or (f"console:{where}" if where else "console"), nesting=nesting + 1, cwd=cmd.cwd)  # fmt: skip


#: Terminal programs whose sessions live on this machine: text typed into one runs here (`screen -X stuff`, `tmux
#: send-keys`, `kitty @ send-text`), unlike an RCON client's, which reaches the server it names.
_TERMINALS = frozenset({"tmux", "screen", "kitty", "wezterm", "zellij", "byobu", "dtach", "abduco", "konsole", "tmate"})


def typed_here(cmd: Command) -> bool:
    """`cmd` is a console line lowered from text typed into a terminal session of this machine (its carrier is a
    terminal program and no `ssh` carried it there): a game server's console typed into here is this machine's
    (nl2bash:09056, `screen -x $PROCESS -p 0 -X stuff "stop\\r"`)."""
    r = cmd.remote or ""
    if not (r == "console" or r.startswith("console:")) or not cmd.via:
        return False
    return cmd.via[-1].split(" ", 1)[0] in _TERMINALS and not any(v.startswith(("ssh ", "mosh ")) for v in cmd.via)
