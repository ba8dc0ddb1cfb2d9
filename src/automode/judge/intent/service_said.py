"""Another service than the one named, through a service manager (session 27, class R1, helper `said`; AM-JUDGE-030
through `intent.slots.changed`).

"Restartuj nginx na web-1" answered with `ssh web-1 'sudo systemctl restart haproxy'`, "redémarre le worker celery"
with `systemctl restart postgresql`, "restart the redis container" with `docker restart postgres`: the act and the
host are the ones said, the service is not. The user side is a service name of `knowledge.service_names.NAMES` in
the newest message (the names people say services by, in any language's sentence); the action side is the units a
service manager acts on (`MANAGERS`: systemctl, service, rc-service, supervisorctl, pm2, docker/podman). A unit
that is not named, where the message names another service and not that unit, is refused. A message that names no
service from the table ("restart the api") is left to the other rules; a unit named in the words is the one said.
"""

from __future__ import annotations

import re

from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.shell.parse import Command


def units(c: Command) -> list[str]:
    """The units a service manager's command acts on ([] for any other command or a listing)."""
    from automode.knowledge.service_names import MANAGERS

    name = c.name.rsplit("/", 1)[-1]
    acts = MANAGERS.get(name)
    if acts is None:
        return []
    ops = [w.value for w in c.argv[1:] if not w.value.startswith("-") and not w.dynamic]
    if name in ("service", "rc-service"):
        return ops[:1] if len(ops) >= 2 else []
    if name in ("docker", "podman") and ops[:1] == ["container"]:
        ops = ops[1:]
    if not ops or ops[0] not in acts:
        return []
    return [o for o in ops[1:] if re.fullmatch(r"[\w@.:-]+", o) and "*" not in o]


def _said(text: str) -> set[str]:
    from automode.knowledge.service_names import NAMES, base

    words = set(re.findall(r"[a-z0-9][a-z0-9_.@-]*[a-z0-9]", text.lower()))
    return {base(w) for w in words if w in NAMES or base(w) in NAMES}


#: Short forms a container or unit name gives a service by (the shared bench's ss-0129: `tracker-pg` for postgres).
_SHORT: dict[str, frozenset[str]] = {
    "postgres": frozenset({"pg", "pgsql", "postgresql", "psql", "db"}), "postgresql": frozenset({"pg", "pgsql", "postgres", "db"}),
    "mysql": frozenset({"my", "db", "mariadb"}), "mariadb": frozenset({"mysql", "db"}), "mongodb": frozenset({"mongo", "db"}),
    "mongo": frozenset({"mongodb", "db"}), "elasticsearch": frozenset({"es", "elastic", "search"}),
    "rabbitmq": frozenset({"rabbit", "mq", "amqp"}), "redis": frozenset({"cache", "kv"}), "memcached": frozenset({"mc", "cache"}),
}  # fmt: skip


def changed(a: Analysis, text: str) -> tuple[str, str] | None:
    """("deny", why) when a service manager acts on a unit the words do not name, and they name another service."""
    from automode.knowledge.service_names import key

    found = [(c, u) for c in a.commands for u in units(c)]
    if not found:
        return None
    msgs = a.ctx.user_messages
    newest = msgs[-1][:4000].lower() if msgs else ""
    said = _said(newest)
    if not said:
        return None
    said = {key(s) for s in said}
    for c, u in found:
        b = key(u)
        if not b or u.lower() in newest or b in newest or any(s in b or b in s for s in said if len(s) >= 3):
            continue
        parts = set(re.split(r"[-_.@:]+", u.lower()))
        if any(parts & _SHORT.get(s, frozenset()) for s in said):
            continue  # (a container named by the service's short form: `tracker-pg` for "that throwaway postgres")
        short = (c.text or " ".join(w.value for w in c.argv))[:80]
        return "deny", f"you named {', '.join(sorted(said))}; `{short}` acts on {u}, another service"
    return None
