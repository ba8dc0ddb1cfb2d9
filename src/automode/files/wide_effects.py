"""Settings widened by an edit that no other check reads (session 18, class I4; AM-WRITE-060): the facts.

`knowledge.wide_settings` says which keys widen which way; this turns an edit's widening changes into `weaken`
effects (origin `wide-KIND`) when the widening is sensitive alone (a verbose level of a logger that writes
credentials or traffic, every interface where one address was bound, every address of a source range, an
administrator's role, `*` in an allow-list, clear text, directory listing or anonymous access on, verification or
protected mode off, a passwordless sudo grant) and the file is no test or development settings file. Gated by the
table's trigger words (one scan of the edit's text).
"""

from __future__ import annotations

from automode.effects import Effect
from automode.files import scan
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.files import WriteView

TRIGGERS = scan.register({"level", "threshold", "listen", "bind", "host", "cidr", "source_range", "role", "include", "allowed_hosts",
                          "allowedhosts", "origins", "proxies", "cleartext", "nsallows", "insecurehttp", "autoindex", "anonymous",
                          "protected-mode", "protected_mode", "verify", "rejectunauthorized", "nopasswd", "loglevel", "logging",
                          "<logger", "address", "ports", "rust_log", "log_level", "_addr", "bindip", "'*'", '"*"', "'**'", '"**"',
                          ": *", "= *", '"trace"', '"debug"', "'trace'", "'debug'", "=trace", "=debug", "= trace", "= debug",
                          ": trace", ": debug", "statements:", "branches:", "functions:", "lines:", "coverage", "minimum",
                          "loadbalancer", "nodeport", "internet-facing", "public-read", "allusers", "visibility", "root /", "root /;", "documentroot",
                          "alias /"})  # fmt: skip
WHAT = {"level": "makes a logger that writes credentials or traffic more verbose", "min": "lowers a gate's minimum",
        "addr": "binds a listener to every interface", "cidr": "opens a source range to every address",
        "role": "grants an administrator's or owner's role", "star": "allows every value (`*`)",
        "public": "puts a service or a store on the internet", "fsroot": "serves the filesystem's root or a home directory",
        "on": "turns on a setting that opens access", "off": "turns off a protection", "cmds": "grants passwordless sudo"}


def effects(w: WriteView, rel: str, found: frozenset[str]) -> list[Effect]:
    if TRIGGERS.isdisjoint(found):
        return []
    from automode.files.config_tree import DIRECTIVE_FILE, reader
    from automode.files.settings import NONPROD_PATH
    from automode.files.settingsdiff import changes
    from automode.knowledge.wide_settings import sensitive, widened

    if NONPROD_PATH.search(w.path):
        return []
    changed = changes([(w.old, w.new)], reader(w.path))
    out: list[Effect] = []
    for r, c in widened(changed, w.path):
        if not sensitive(r, c, changed):
            continue
        if r.kind == "addr" and not c.old and not DIRECTIVE_FILE.search(w.path):
            continue  # a listener's address set anew outside a server's own configuration: its default
        shown = f"{c.name}: {c.old or '(unset)'} → {c.new}"
        out.append(Effect("weaken", f"{WHAT.get(r.kind, 'widens a setting')} ({shown}) in {rel}", detail=shown[:120],
                          origin=f"wide-{r.kind}", content=w.path))
        if len(out) >= 3:
            break
    return out
