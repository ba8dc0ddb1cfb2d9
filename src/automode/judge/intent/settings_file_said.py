"""The settings file the user named, and the one the command loads (session 25, lead; issue 12, class O3).

"run liquibase update with the dev settings (liquibase.dev.properties)" answered with `liquibase update`: with no
`--defaults-file` liquibase reads `liquibase.properties`, whatever database that names. The same for `flyway
-configFiles`, `alembic -c`, `ansible-playbook -i`, `terraform -var-file`, `kubectl --kubeconfig`, env files
(`dotenv -e`, `env-cmd -f`): the file the user named decides where the act lands, and a command of that program that
loads no file, or another one, lands where its default or that file says. No rule objects (nothing on the line names
production), so the check runs on clean allows: a command that changes something is asked about; one that only
looks is routine (looking with the default settings harms nothing).

Knowledge: `knowledge.envselect.CONFIG_FILE_OPTS` / `ENV_FILE_OPTS` (the option each program loads a file with); the
request side is a file name in the newest message whose name carries the program's name or whose program the
message names (a file name alone, "use .env.staging", counts for env-file loaders).
"""

from __future__ import annotations

import re
from functools import lru_cache

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.shell.parse import Command

#: A settings file named in prose: a name with a settings extension, or a dotenv name (`.env.staging`).
_FILE_SAID = lazyre.compile(r"(?<![\w/.-])((?:[\w.-]+/)*(?:[\w-][\w.-]*\.(?:properties|ya?ml|toml|ini|conf|cfg|json|"
                            r"hcl|tfvars|xml|env|kubeconfig)|\.env(?:\.[\w-]+)?))(?![\w-])", re.I)


def _said_files(message: str) -> list[str]:
    return list(_files_in(message[:4000]))


@lru_cache(maxsize=1024)  # (a fact of the message: read once per session, not per action)
def _files_in(text: str) -> tuple[str, ...]:
    return tuple(m.group(1) for m in _FILE_SAID.finditer(text))


def _base(path: str) -> str:
    return path.rstrip("/").rsplit("/", 1)[-1].lower()


def _loaders(cmd: Command) -> tuple[str, list[str]] | None:
    """(program, files it loads by option) for a program that loads a settings file by an option, else None."""
    from automode.knowledge.envselect import CONFIG_FILE_OPTS, ENV_FILE_OPTS, config_files, env_files

    name = cmd.name.rsplit("/", 1)[-1]
    words = [w.value for w in cmd.argv[1:]]
    if name in ("docker", "podman") and "compose" in words[:3]:
        name = "docker-compose"
    if name not in CONFIG_FILE_OPTS and name not in ENV_FILE_OPTS:
        return None
    if any(w.startswith("$") or (w.startswith("--defaults") and "$" in w) for w in words):
        return None  # (a file chosen at run time: the environment checks judge the variable)
    return name, [*config_files(cmd), *env_files(cmd)]


def unloaded(a: Analysis) -> tuple[str, str] | None:
    """("ask", why) when the newest message names a settings file for a program and a command of that program that
    changes something loads none, or another one; None otherwise."""
    msgs = a.ctx.user_messages
    if not msgs or not a.shell or not a.commands:
        return None
    said = _said_files(msgs[-1])
    if not said:
        return None
    low = msgs[-1].lower()
    for cmd in a.commands:
        got = _loaders(cmd)
        if got is None:
            continue
        prog, loads = got
        stem = prog.split("-", 1)[0]
        mine = [f for f in said if stem in _base(f) or (stem in low and len(stem) >= 3)
                or (_base(f).startswith(".env") and prog not in _CONFIG_ONLY)]
        if not mine:
            continue
        named = {_base(f) for f in mine}
        if any(_base(f) in named for f in loads) or any(n in a.command_text.lower() for n in named):
            continue  # (loaded, or the file is the command's own operand or output: `sops -e … > secrets.enc.json`)
        from automode.judge.intent.envdrift import _reads_only

        if _reads_only(a) is True:
            return None
        text = (cmd.text or cmd.name)[:120]
        if loads:
            return "ask", f"you named `{mine[0]}`; `{text}` loads `{loads[0]}` instead"
        return "ask", f"you named `{mine[0]}`; `{text}` loads no settings file, so {prog}'s default settings decide where it lands"
    return None


#: Programs whose option takes a settings file, never a dotenv file (a `.env.x` said is not theirs).
_CONFIG_ONLY = frozenset({"kubectl", "helm", "helmfile", "oc", "talosctl", "ansible", "ansible-playbook", "terraform",
                          "tofu", "terragrunt", "mysql", "mysqladmin", "mariadb", "rclone", "kcat"})  # fmt: skip
