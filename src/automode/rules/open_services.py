"""security-degrade: a service container started with its authentication off and its port published to the network
(AM-SEC-060). The compose-file form of the same thing is AM-WRITE-056 (`files.keypaths`); this is `docker run`'s.

`docker run -p 5432:5432 -e POSTGRES_HOST_AUTH_METHOD=trust postgres` publishes on every interface of the host (a
port without a host address binds 0.0.0.0), so anyone on the same network gets a database without a password.
The table below is each image's documented switch that turns its login off; `-p 127.0.0.1:…` or no published port
keeps it on this machine and is routine.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.rules.base import Hit, rule
from automode.rules.containers import CONTAINER_CLIS, _container_args
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.shell.parse import Command

#: `KEY=value` environment settings that switch a service's login off (the images' docs on Docker Hub: postgres
#: "POSTGRES_HOST_AUTH_METHOD", mysql/mariadb "MYSQL_ALLOW_EMPTY_PASSWORD", bitnami "ALLOW_EMPTY_PASSWORD",
#: elasticsearch "xpack.security.enabled", opensearch "DISABLE_SECURITY_PLUGIN", neo4j "NEO4J_AUTH=none", grafana
#: "GF_AUTH_ANONYMOUS_ENABLED", mongo-express "ME_CONFIG_BASICAUTH", jupyter "JUPYTER_TOKEN" empty, clickhouse
#: "CLICKHOUSE_SKIP_USER_SETUP", couchdb/rabbitmq have no such switch and are left out).
AUTH_OFF = lazyre.compile(
    r"^(?:POSTGRES_HOST_AUTH_METHOD=trust|(?:MYSQL|MARIADB)_ALLOW_EMPTY(?:_ROOT)?_PASSWORD=(?:yes|true|1)|"
    r"ALLOW_EMPTY_PASSWORD=(?:yes|true|1)|xpack\.security\.enabled=false|DISABLE_SECURITY_PLUGIN=true|"
    r"plugins\.security\.disabled=true|NEO4J_AUTH=none|GF_AUTH_ANONYMOUS_ENABLED=true|GF_AUTH_DISABLE_LOGIN_FORM=true|"
    r"ME_CONFIG_BASICAUTH=false|JUPYTER_TOKEN=|CLICKHOUSE_SKIP_USER_SETUP=1|REDIS_ARGS=.*--protected-mode\s+no.*|"
    r"KC_HOSTNAME_STRICT_HTTPS=false|SECURITY_ENABLED=false|AUTH_ENABLED=false)$",
    re.I,
)
#: A published port bound to this machine only (`127.0.0.1:5432:5432`, `[::1]:…`, `localhost:…`).
LOOPBACK = lazyre.compile(r"^(?:127\.\d+\.\d+\.\d+|localhost|\[::1\]|::1):")


def _published_widely(opts: list[tuple[str, str]]) -> str | None:
    for k, v in opts:
        if k in ("-p", "--publish") and v and not LOOPBACK.match(v):
            return v
        if k in ("-P", "--publish-all") and v.lower() not in ("false", "0"):
            return "every exposed port"
        if k in ("--network", "--net") and v == "host":
            return "the host's network"
    return None


@rule(
    "AM-SEC-060",
    category="security-degrade",
    verdict="ask",
    kind="command",
    names=CONTAINER_CLIS,
    title="Starts a service with its login off on a published port",
    what="`docker|podman|nerdctl run|create` with an image's own switch that turns its authentication off "
    "(`POSTGRES_HOST_AUTH_METHOD=trust`, `MYSQL_ALLOW_EMPTY_PASSWORD=yes`, bitnami `ALLOW_EMPTY_PASSWORD=yes`, "
    "`xpack.security.enabled=false`, `NEO4J_AUTH=none`, anonymous Grafana, an empty `JUPYTER_TOKEN`…) and a port "
    "published on every interface (`-p 5432:5432`, `-P`, `--network host`). Published on `127.0.0.1` or not at all "
    "it is routine.",
    why="A port without a host address binds 0.0.0.0: anyone on the same network (a café, a shared office, a cloud "
    "VM's public address) reaches a database or console that asks for no password.",
    example="docker run -d -p 5432:5432 -e POSTGRES_HOST_AUTH_METHOD=trust postgres:16",
    instead="Publish on the loopback address (`-p 127.0.0.1:5432:5432`) or set a password.",
    must_match=["docker run -d -p 5432:5432 -e POSTGRES_HOST_AUTH_METHOD=trust postgres:16",
                "docker run -d -e MYSQL_ALLOW_EMPTY_PASSWORD=yes -p 3306:3306 mysql:8",
                "podman run -d -e ALLOW_EMPTY_PASSWORD=yes -p 6379:6379 bitnami/redis",
                "docker run -d -e xpack.security.enabled=false -p 9200:9200 elasticsearch:8.13.0",
                "docker run -d --env NEO4J_AUTH=none -P neo4j:5", "nerdctl run -d --net host -e GF_AUTH_ANONYMOUS_ENABLED=true grafana/grafana",
                "docker run -d -p 0.0.0.0:8888:8888 -e JUPYTER_TOKEN= jupyter/base-notebook"],
    must_not_match=["docker run -d -p 127.0.0.1:5432:5432 -e POSTGRES_HOST_AUTH_METHOD=trust postgres:16",
                    "docker run -d -e POSTGRES_HOST_AUTH_METHOD=trust postgres:16",
                    "docker run -d -p 5432:5432 -e POSTGRES_PASSWORD=dev postgres:16",
                    "docker run --rm -e MYSQL_ALLOW_EMPTY_PASSWORD=no -p 3306:3306 mysql:8",
                    "docker run --network appnet -e ALLOW_EMPTY_PASSWORD=yes bitnami/redis",
                    "docker run --rm alpine env POSTGRES_HOST_AUTH_METHOD=trust"],
)  # fmt: skip
def open_service(cmd: Command, a: Analysis) -> str | Hit | None:
    parsed = _container_args(cmd)
    if parsed is None or parsed[0] == "exec":
        return None
    opts = parsed[1]
    off = next((v for k, v in opts if k in ("-e", "--env") and AUTH_OFF.match(v)), None)
    if off is None:
        return None
    where = _published_widely(opts)
    if where is None:
        return None
    return Hit(f"`{off}` turns the service's login off and {where} is published to the network", "ask")
