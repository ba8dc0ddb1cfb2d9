"""How a user names what a command acts on when they name nothing specific: the tool, or for general tools the
subcommand ("clean up the docker volumes" may release `docker system prune --volumes`; "add a test" must not
release `crontab -`)."""

from __future__ import annotations

from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.parse import Command

REVIEW_WORDS = {"pr": "pull-request", "mr": "merge-request"}  # as `intent.text` spells the user's "PR"/"MR"
#: What users call the files .gitignore ignores (build output, caches): what `git clean -X` removes, and only that.
IGNORED_WORDS = ("ignored", "build", "junk", "artifacts", "artefacts", "generated", "cruft", "outputs")
#: Tools too general to say what was asked for: their subcommand does (`git clean`, `sudo crontab`).
GENERIC_TOOLS = frozenset(
    {"git", "sudo", "doas", "env", "bash", "sh", "zsh", "npx", "uvx", "pipx", "command", "exec"}
)


def command_kind(cmd: Command) -> list[str]:
    """How a user would name what this command acts on when they name nothing specific: the tool, or for general
    tools the subcommand. "Add a test" must not release `crontab -`; "clean up the docker volumes" may release
    `docker system prune --volumes`."""
    from automode.judge.intent.text import VERB_WORDS

    words = [w.value.lower() for w in cmd.argv[1:] if not w.dynamic and w.value]
    flags = [w.lstrip("-") for w in words if w.startswith("--") and len(w) > 4]  # `--volumes`, `--halt`
    pos = [w for w in words if not w.startswith("-")]
    pos = [REVIEW_WORDS.get(p, p) for p in pos]
    if cmd.name == "git" and pos:
        short = "".join(
            w.value[1:] for w in cmd.argv[1:] if w.value.startswith("-") and not w.value.startswith("--")
        )
        if pos[0] == "clean" and "X" in short and "x" not in short:
            flags += list(IGNORED_WORDS)  # `git clean -X`: only what .gitignore ignores, "the build junk"
        return [
            f"git-{pos[0]}",
            *flags,
        ]  # "clean the build" is not `git clean -fdx`; "git clean" or "clean git" is
    if cmd.name in GENERIC_TOOLS:
        return pos[:1] + flags
    return [cmd.name, *[p for p in pos[:2] if p not in VERB_WORDS], *flags]
