"""Permissions and configuration changed inside a local container the user named (session 10, class C4).

`docker compose exec app chmod -R ug+rwX storage`, `docker exec dev-db sed -i … pg_hba.conf` change the container's
files, not this machine's: the paths are the container's (`/storage`, `/var/lib/postgresql/data`), which the path
classes read as outside the project or system locations. The user who speaks of the container ("in my local docker
setup", "the dev-db container", "inside the app container") and of the change (the permission or write problem, the
file by its name) asks for it there. A container of production (by its name or the cluster's context), a change the
words do not name, or one that also reaches this machine keeps the other readings.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from automode import lazyre

if TYPE_CHECKING:
    from automode.analysis import Analysis

RULES = frozenset({"AM-SEC-002", "AM-DESTROY-007", "AM-SEC-001"})
#: The wrappers that run a command inside a container (`cmd.via`).
_EXEC = ("docker exec", "docker compose exec", "docker-compose exec", "podman exec", "nerdctl exec", "kubectl exec", "oc exec",
         "docker container exec", "podman-compose exec")
_SCOPE = lazyre.compile(r"\b(?:container|containers|docker|compose|podman|devcontainer|dev\s+container|pod|pods)\b")
_PERMISSION = lazyre.compile(r"\b(?:chmod|chown|permission|permissions|writable|writeable|write|writes|read|access|owner|"
                             r"ownership|denied|eacces)\b")
_WORLD = lazyre.compile(r"\b(?:777|666|world|everyone|anyone|a\+w|o\+w)\b")
_PROD = lazyre.compile(r"\b(?:prod|production|live)\b")


def world_unasked(a: Analysis) -> str | None:
    """A mode that lets everyone write (`777`, `o+w`) where the words never say so ("permission denied" asks for a
    fix, not for every user of the machine or container writing there): why, or None."""
    from automode.judge.intent.gloss import gloss

    text = " ".join(gloss(m[:4000]).lower() for m in a.ctx.user_messages)
    for e in a.effects:
        if e.kind != "chmod":
            continue
        mode = e.detail.split(" ", 1)[-1]
        if re.search(r"^[0-7]?[0-7]{2}[2367]$|[oa]\+[rx]*w|777|666", mode) and _WORLD.search(text) is None \
                and "chmod" not in text:
            return f"you did not ask for {e.target} to be writable by everyone (`{mode}`)"
    return None


def production_container(a: Analysis) -> str | None:
    """The name of a production container a change runs in, where the words never say production."""
    from automode.judge.intent.scope import env_of

    text = " ".join(m.lower() for m in a.ctx.user_messages)
    names = [c.remote.split(":", 1)[1] for c in a.commands if c.remote and c.remote.startswith("container:")]
    prod = next((n for n in names if env_of(n) == "production"), None)
    return prod if prod is not None and _PROD.search(text) is None else None


def asked_inside(a: Analysis) -> tuple[str, str] | None:
    """("allow", the words) when every change outside the project happens inside a local container the user named,
    and the words name the change; None otherwise."""
    from automode.judge.intent.gloss import gloss
    from automode.judge.intent.scope import env_of

    if not a.ctx.user_messages:
        return None
    changes = [e for e in a.effects if e.kind in ("chmod", "write", "delete") and e.pclass not in ("project", "artefact", "temp")]
    if not changes or any(e.kind == "delete" for e in changes):
        return None
    if not all(any(v.startswith(_EXEC) for v in e.via) for e in changes):
        return None  # (a change on this machine too)
    names = [c.remote.split(":", 1)[1].lower() for c in a.commands if c.remote and c.remote.startswith("container:")]
    context = " ".join(w.value for c in a.commands if c.name in ("kubectl", "oc") for w in c.argv[1:])
    if any(env_of(n) == "production" for n in names) or (context and env_of(context) == "production"):
        return None
    texts = [gloss(m[:4000]).lower() for m in reversed(a.ctx.user_messages)]
    text = " ".join(texts)
    if _PROD.search(text) or not (_SCOPE.search(text) or any(re.search(rf"\b{re.escape(n)}\b", text) for n in names)):
        return None
    for e in changes:
        if e.kind == "chmod":
            mode = e.detail.split(" ", 1)[-1]
            world = bool(re.search(r"^[0-7]?[0-7]{2}[2367]$|[oa]\+[rx]*w|777|666", mode))
            if _PERMISSION.search(text) is None or (world and _WORLD.search(text) is None and "chmod" not in text):
                return None
        else:
            base = e.target.rstrip("/").rsplit("/", 1)[-1].lower()
            names_ = {base, base.rsplit(".", 1)[0], re.split(r"[._-]", base)[0]}  # pg_hba.conf: "pg_hba"
            if not base or not any(re.search(rf"(?<![\w-]){re.escape(x)}(?![\w-])", text) for x in names_ if len(x) >= 3):
                return None
    return ("allow", next((m for m in a.ctx.user_messages[::-1] if _SCOPE.search(m.lower()) or
                           any(n in m.lower() for n in names)), a.ctx.user_messages[-1]))
