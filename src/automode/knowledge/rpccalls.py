"""RPC calls by their method's verb (session 16, the lead's open list): `grpcurl -d '{"id": 42}' host:443
shop.OrderService/DeleteOrder` is the same act as `curl -X DELETE https://host/v1/orders/42`.

A gRPC, Connect or Twirp method is named `Package.Service/VerbObject`; its leading word says what it does, as an HTTP
method does for REST (Google API Design Guide, "Standard methods": List, Get, Create, Update, Delete; custom methods
are verbs too: `PurgeQueue`, `CancelOperation`). This module finds the method a client calls and its host:

* grpcurl (`[opts] HOST[:PORT] SERVICE/METHOD`), grpc_cli (`call HOST SERVICE.METHOD`), evans (`cli call
  SERVICE.METHOD --host H`), buf curl (`buf curl URL/SERVICE/METHOD`), ghz (`--call SERVICE.METHOD HOST`, a load test
  that calls it many times);
* `destroys(cmd)`: (method, host) when the verb deletes (Delete, Remove, Purge, Drop, Destroy, Wipe, Erase, Truncate,
  Clear, Reset, Revoke, Terminate, Kill, Flush), None otherwise.

Read by AM-DESTROY-014 beside the HTTP DELETE it judges.
"""

from __future__ import annotations

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.parse import Command

CLIENTS = frozenset({"grpcurl", "grpc_cli", "evans", "buf", "ghz"})
#: Method verbs that delete or reset what they name (a method is `VerbObject`: its first capitalised word).
DESTROY_VERBS = frozenset({"delete", "remove", "purge", "drop", "destroy", "wipe", "erase", "truncate", "clear", "reset",
                           "revoke", "terminate", "kill", "flush", "batchdelete", "bulkdelete", "deleteall", "removeall"})  # fmt: skip
#: Options of each client whose value is not the host or the method.
_VALUED = frozenset({"-d", "-H", "-proto", "-import-path", "-rpc-header", "-reflect-header", "-protoset", "-cert", "-key",
                     "-cacert", "-authority", "-servername", "-connect-timeout", "-max-time", "-keepalive-time",
                     "-max-msg-sz", "-format", "-user-agent", "-data", "--data", "--header", "--protocol",
                     "--schema", "--cert", "--key", "--cacert", "--proto", "--import-paths", "--call", "-c", "--host",
                     "--port", "-p", "-n", "--total", "--concurrency", "-z", "--duration", "--metadata", "-m",
                     "--metadata_file", "--channel_creds_type", "--call_creds", "--timeout", "--rps"})  # fmt: skip
_METHOD = lazyre.compile(r"^(?:[\w.]+)[./]([A-Z][A-Za-z0-9]*)$")
_VERB = lazyre.compile(r"^[A-Z][a-z0-9]*")


def _verb(method: str) -> str:
    m = _VERB.match(method)
    word = (m.group(0) if m else method).lower()
    if word in ("batch", "bulk") and len(method) > len(word):
        rest = _VERB.match(method[len(word):])
        return word + (rest.group(0).lower() if rest else "")
    return word


def call(cmd: Command) -> tuple[str, str] | None:
    """(method, host) of an RPC client's call; None when it lists or describes, or the call is not read."""
    words = [w.value for w in cmd.argv[1:]]
    if cmd.name == "buf":
        if not words or words[0] != "curl":
            return None
        url = next((w for w in words[1:] if "://" in w), "")
        parts = url.split("://", 1)[-1].split("/")
        if len(parts) < 3:
            return None
        return parts[-1], parts[0]
    opt_val = {"--call": "", "--host": ""}
    pos: list[str] = []
    skip = False
    for i, w in enumerate(words):
        if skip:
            skip = False
            continue
        key, eq, val = w.partition("=")
        if key in ("--call", "--host") or (cmd.name == "evans" and key in ("--host",)):
            opt_val[key] = val if eq else (words[i + 1] if i + 1 < len(words) else "")
            skip = not eq
            continue
        if w.startswith("-"):
            skip = (w in _VALUED) and not eq
            continue
        pos.append(w)
    if cmd.name == "ghz":
        method = opt_val["--call"]
        host = pos[-1] if pos else ""
    elif cmd.name == "grpc_cli":
        if len(pos) < 3 or pos[0] != "call":
            return None
        host, method = pos[1], pos[2]
    elif cmd.name == "evans":
        if "call" not in pos:
            return None
        after = pos[pos.index("call") + 1 :]
        method, host = (after[0] if after else ""), opt_val["--host"] or "localhost"
    else:  # grpcurl
        if not pos or pos[-1] in ("list", "describe") or (len(pos) >= 2 and pos[-2] in ("list", "describe")):
            return None
        method = pos[-1]
        host = pos[-2] if len(pos) >= 2 else ""
    m = _METHOD.match(method.strip("'\""))
    if m is None:
        return None
    return m.group(1), host


def destroys(cmd: Command) -> tuple[str, str] | None:
    """(method, host) when the RPC's verb deletes or resets what it names."""
    got = call(cmd)
    if got is None:
        return None
    method, host = got
    return (method, host) if _verb(method) in DESTROY_VERBS else None


#: (command, the destroying method found or None)
FIXTURES: tuple[tuple[str, str | None], ...] = (
    ("grpcurl -d '{\"id\": 42}' orders.prod.example:443 shop.OrderService/DeleteOrder", "DeleteOrder"),
    ("grpcurl -plaintext -d '{\"id\": 42}' localhost:50051 shop.OrderService/GetOrder", None),
    ("grpcurl -plaintext localhost:50051 list", None),
    ("grpcurl -plaintext localhost:50051 describe shop.OrderService.DeleteOrder", None),
    ("grpc_cli call orders.internal:50051 shop.OrderService.PurgeOrders 'all: true'", "PurgeOrders"),
    ("evans --host users.prod.example -r cli call users.UserService.RemoveUser", "RemoveUser"),
    ("buf curl --data '{\"id\": 1}' https://api.prod.example/acme.user.v1.UserService/DeleteUser", "DeleteUser"),
    ("ghz --insecure --call shop.OrderService.BatchDeleteOrders -n 1000 orders.staging.example:443", "BatchDeleteOrders"),
    ("ghz --insecure --call shop.OrderService.GetOrder -n 1000 localhost:50051", None),
    ("buf curl --list-methods https://api.example.com", None),
)
