"""Effects (SPEC §4): what an action does to the world, whatever tool or spelling it used.

`rm -rf build`, `find build -delete`, `python -c "shutil.rmtree('build')"` and a `Write` tool call all become the
same few effect kinds, so one rule covers every spelling.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from automode.paths import PathClass

EffectKind = Literal[
    "read",  # a file's content is read
    "write",  # a file is created, overwritten or appended to
    "delete",  # a file or directory is removed (or emptied: truncate, shred)
    "chmod",  # permissions or ownership change
    "network",  # data leaves or arrives over the network
    "exec",  # code runs that is not a plain command: downloaded, decoded, inline, dynamic
    "mcp",  # an MCP tool call
    "delegate",  # a prompt handed to a sub-agent
]


@dataclass(frozen=True, slots=True)
class Effect:
    kind: EffectKind
    target: str  # path, URL/host, tool name ...
    pclass: PathClass | None = None  # for file effects
    detail: str = ""  # short human text: the command or construct that produced it
    recursive: bool = False  # delete/chmod of a tree
    append: bool = False  # write that appends
    origin: str = ""  # exec: "remote" | "decoded" | "dynamic" | "inline" | "stdin"; network: "fetch" | "send"
    content: str | None = None  # write content where known (Write tool, heredoc, echo)
    via: tuple[str, ...] = ()
