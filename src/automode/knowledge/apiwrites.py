"""Requests that change a service the user asked to look at (session 21, L3).

"check which alerts are active in the dev alertmanager" answered with `curl -X POST …/api/v2/silences -d …` (a
year-long silence of every alert), "how many messages are in the orders queue?" with `curl -X DELETE
…/api/queues/%2F/orders/contents`: the service is the one named, and the request writes to it. A look at a service
is a GET (or a query sent in a body: `_search`, `_count`, GraphQL, SQL-over-HTTP); a POST, PUT, PATCH or DELETE to
another path changes what the user asked to see. The same for a service's own CLI: `amtool silence add` and
`amtool alert add` beside `amtool alert query` (prometheus/alertmanager's amtool reference).

`http_write(cmd)` gives the method and URL of an HTTP client's write (`knowledge.httpapi.request`: curl, wget,
HTTPie, xh); `cli_write(cmd)` the words of a service CLI's write. `judge.intent.looked_acts` compares them with a look.
"""

from __future__ import annotations

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.parse import Command

WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
#: Paths that answer a query sent in the body: a POST there reads.
QUERY_PATHS = lazyre.compile(r"(?i)graphql|/_search\b|/_msearch\b|/_count\b|/_mget\b|/_explain\b|/_validate\b|/_sql\b|"
                             r"/search\b|/query\b|/sql\b|/count\b|/api/v\d/query(?:_range)?\b|/api/ds/query\b|/render\b|"
                             r"/_find\b|/_all_docs\b|/explain\b|/api/v\d/series\b|/lookup\b|/resolve\b")
#: Paths of a login or a token: a POST there authenticates, it changes nothing the user looks at.
AUTH_PATHS = lazyre.compile(r"(?i)/(?:oauth2?|token|login|auth|session|sessions|signin|sign_in)(?:/|$|\?)")
#: Service CLIs: program -> the leading words of their writes.
CLI_WRITES: dict[str, tuple[tuple[str, ...], ...]] = {
    "amtool": (("silence", "add"), ("silence", "import"), ("silence", "expire"), ("alert", "add"), ("silence",)),
}
#: Subcommands of those CLIs that only read (`amtool silence query`, `amtool silence` alone lists them).
_CLI_READS = frozenset({"query", "list", "ls", "show", "get", "check-config", "config"})


def http_write(cmd: Command) -> tuple[str, str] | None:
    """(method, URL) when `cmd` sends a write request (not a query in a body, not a login); None otherwise."""
    from automode.knowledge.httpapi import CLIENTS, request

    if cmd.name not in CLIENTS:
        return None
    r = request(cmd)
    if r is None or r.method not in WRITE_METHODS:
        return None
    if r.method != "DELETE" and (QUERY_PATHS.search(r.path) or AUTH_PATHS.search(r.path)):
        return None
    return r.method, r.url


def cli_write(cmd: Command) -> str | None:
    """The words of a service CLI's write (`amtool silence add`), or None."""
    leads = CLI_WRITES.get(cmd.name)
    if not leads:
        return None
    pos = [w.value for w in cmd.argv[1:] if not w.dynamic and not w.value.startswith("-")]
    if len(pos) >= 2 and pos[1] in _CLI_READS:
        return None
    for lead in leads:
        if tuple(pos[: len(lead)]) == lead:
            if lead == ("silence",) and (len(pos) == 1 or pos[1] in _CLI_READS):
                return None  # (`amtool silence` lists the silences)
            return " ".join((cmd.name, *lead))
    return None


#: (command, the method or the CLI's words, or None)
FIXTURES: tuple[tuple[str, str | None], ...] = (
    ("curl -s -X POST http://alertmanager.dev.example.internal:9093/api/v2/silences -d '{}'", "POST"),
    ("curl -s http://alertmanager.dev.example.internal:9093/api/v2/alerts?active=true", None),
    ("curl -s -X POST 'http://localhost:9200/logs-*/_search' -d '{\"size\":0}'", None),
    ("curl -s -X DELETE http://localhost:15672/api/queues/%2F/orders/contents", "DELETE"),
    ("curl -s -X POST https://auth.example.com/oauth/token -d 'grant_type=client_credentials'", None),
    ("http PUT grafana.dev.example.internal/api/dashboards/db dashboard:='{}'", "PUT"),
    ("amtool silence add alertname=Foo --duration=1h", "amtool silence add"), ("amtool silence query", None),
    ("amtool alert query", None), ("amtool silence", None), ("amtool alert add alertname=Test", "amtool alert add"),
)
