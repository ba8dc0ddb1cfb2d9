"""Assignment forms beyond `k = v` / `k: v` / `k v`, one per config or DSL syntax (read by `files.named`).

`files.named` reads the forms every format shares itself (`k = v`, `k := v`, `k <- v`, `k: v`, `'k' => v`, `k v`,
`--k=v`, `<k>v</k>`, `.k(v)`, decorators). The syntaxes here write a setting's name and value in their own way: an
Erlang tuple, a Lisp keyword pair or `setq`, a CMake `set()` / `option()` / call argument, an environment variable set
by a directive (`SetEnv`, `ENV`, `Environment=`, `$env:`), a .NET `<add key= value=>`, a plist `<key>` with `<true/>`
on the next line, a bare option line (`skip-grant-tables`), a row of `pg_hba.conf`. Each `Form` is data: the paths it
applies to, a cheap substring the line must hold, the pattern (groups `k` and `v`, or a fixed `key`), and the syntax's
own spellings of on and off (`nil` / `t` in Lisp). Every form has a fixture row in `tests/engine/test_settings_matrix.py`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from automode.dc import dataclass

BEAM = r"\.(?:erl|hrl|ex|exs|config|app\.src|script)$|/rebar\.config$"
LISP = r"\.(?:clj|cljs|cljc|edn|el|lisp|lsp|fnl|scm|ss|rkt|janet)$|/(?:project\.clj|deps\.edn|bb\.edn|\.emacs|init\.el)$"
CMAKE = r"/CMakeLists\.txt$|\.cmake(?:\.in)?$"
R_FILE = r"\.[Rr](?:md)?$|/\.Rprofile$|/Rprofile(?:\.site)?$"
#: Files whose lines may be a bare option that switches a feature by its presence (my.cnf `skip-grant-tables`, a
#: Caddyfile `tls_insecure_skip_verify`, an INI flag): server configuration files, not lists of names.
OPTION_FILE = (r"\.(?:cnf|conf|cfg|ini)(?:\.j2|\.tpl|\.erb)?$|/Caddyfile$|/my\.cnf\.d/|/mysql/conf\.d/|/\.?my\.cnf$|"
               r"/sshd?_config(?:\.d/[^/]*)?$|/redis[^/]*$")


@dataclass(frozen=True, slots=True)
class Form:
    name: str
    pattern: str  # groups `k` (the name) and `v` (the value; absent: the option's presence switches it on)
    paths: str = ""  # the file's path must match this (empty: any file that is not prose)
    hint: str = ""  # a substring the line must hold (the cheap gate; empty: every line read)
    key: str = ""  # a fixed name when the pattern has no `k` group (a table row: `pg_hba.conf`'s method column)
    spellings: tuple[tuple[str, str], ...] = ()  # the syntax's own values -> their plain meaning (`nil` -> false)
    joined: bool = False  # the value may sit on the next line (a plist's `<key>` then `<true/>`)
    doc: str = ""  # where the syntax is documented


FORMS: tuple[Form, ...] = (
    Form("erlang-tuple", r"""\{\s*:?(?P<k>[a-z_][\w]*)\s*,\s*(?P<v>:?[\w.@]+|"[^"\n]{0,200}"|'[^'\n]{0,200}'|\[\s*\])\s*\}""",
         paths=BEAM, hint="{", doc="erlang.org/doc ssl(3) options `{verify, verify_none}`; rebar3 config tuples"),
    Form("lisp-keyword", r"""(?<![\w?!*:./-])(?P<k>:[A-Za-z][\w?!*.-]*)\s+(?P<v>true|false|nil|t|:[\w.-]+|"[^"\n]{0,200}"|-?\d+)(?=[\s)}\],]|$)""",
         paths=LISP, hint=":", spellings=(("nil", "false"), ("t", "true")),
         doc="clj-http `:insecure? true`; Leiningen sample.project.clj `:checksum :ignore`"),
    Form("lisp-setq", r"""\((?:setq|setq-default|setopt|setf|defvar|defcustom|def)\s+(?P<k>[\w?!*.-]+)\s+(?P<v>'?[\w.:-]+|"[^"\n]{0,200}")\s*\)""",
         paths=LISP, hint="(", spellings=(("nil", "false"), ("t", "true")), doc="GNU Emacs manual, `setq` (`gnutls-verify-error`)"),
    Form("scheme-field", r"""\((?P<k>[a-z][\w?!*-]*)\s+(?P<v>#t|#f|#true|#false|'[\w-]+|"[^"\n]{0,200}")\s*\)""",
         paths=LISP, hint="(", spellings=(("#t", "true"), ("#f", "false"), ("#true", "true"), ("#false", "false")),
         doc="GNU Guix manual, openssh-configuration record fields (`(permit-root-login #t)`)"),
    Form("haproxy-option", r"""(?<=\s)(?P<k>verify|verifyhost|ca-ignore-err|crt-ignore-err)\s+(?P<v>none|required|all|\S+)""",
         paths=r"haproxy[^/]*$|/haproxy/", hint="verify", doc="HAProxy configuration manual, server and bind `verify [none|required]`"),
    Form("cmake-set", r"""(?i)\bset\(\s*(?P<k>\w+)\s+(?P<v>"[^"\n]{0,200}"|[^\s)]+)""", paths=CMAKE, hint="set(",
         doc="cmake.org set(); CMAKE_TLS_VERIFY"),
    Form("cmake-option", r"""(?i)\boption\(\s*(?P<k>\w+)\s+"[^"\n]*"\s+(?P<v>\w+)""", paths=CMAKE, hint="option(", doc="cmake.org option()"),
    Form("cmake-argument", r"""(?<![\w${(])(?P<k>[A-Z][A-Z0-9_]{2,})\s+(?P<v>ON|OFF|TRUE|FALSE|YES|NO)\b""", paths=CMAKE,
         doc="cmake.org file(DOWNLOAD ... TLS_VERIFY <ON|OFF>)"),
    Form("setenv-directive", r"""^\s*(?:SetEnv|ENV|setenv|setx|PassEnv)\s+(?P<k>[A-Za-z_]\w*)\s+(?P<v>"[^"\n]{0,200}"|'[^'\n]{0,200}'|\S+)\s*$""",
         doc="Apache mod_env SetEnv; Dockerfile `ENV k v`; csh setenv; Windows setx"),
    Form("systemd-environment", r"""(?:^\s*Environment\s*=\s*"?|(?<=\s)"?)(?P<k>[A-Za-z_]\w*)=(?P<v>"[^"\n]{0,200}"|[^\s"]+)""",
         hint="Environment", doc="systemd.exec(5) Environment="),
    Form("powershell-env", r"""\$env:(?P<k>[A-Za-z_]\w*)\s*=\s*(?P<v>"[^"\n]{0,200}"|'[^'\n]{0,200}'|\S+)""", hint="$env:",
         doc="PowerShell about_Environment_Variables"),
    Form("set-env-call", r"""SetEnvironmentVariable\(\s*["'](?P<k>\w+)["']\s*,\s*(?P<v>"[^"\n]{0,200}"|'[^'\n]{0,200}'|\w+)""",
         hint="SetEnvironmentVariable", doc=".NET Environment.SetEnvironmentVariable"),
    Form("xml-add", r"""<add\s+key\s*=\s*["'](?P<k>[^"']+)["']\s+value\s*=\s*["'](?P<v>[^"']*)["']""", hint="<add",
         doc="nuget.config <config><add key= value=>; .NET appSettings"),
    Form("plist", r"""<key>(?P<k>[^<]{1,100})</key>\s*<(?P<v>true|false)\s*/>""", paths=r"\.plist$", hint="<key>", joined=True,
         doc="Apple Information Property List (NSAppTransportSecurity)"),
    Form("r-right-assign", r"""(?P<v>TRUE|FALSE|-?\d+L?|"[^"\n]{0,200}")\s*->\s*(?P<k>[\w.]+)""", paths=R_FILE, hint="->",
         doc="R language definition, assignment `->`"),
    Form("bare-option", r"""^\s*(?P<k>[A-Za-z][\w.-]*[A-Za-z0-9])\s*;?\s*$""", paths=OPTION_FILE,
         doc="MySQL option files (`skip-grant-tables`); Caddyfile subdirectives without arguments"),
    # A `local` (Unix socket) row or a loopback address reaches no one else: not read.
    Form("pg-hba-row", r"""^\s*host(?:ssl|nossl|gssenc|nogssenc)?\s+\S+\s+\S+\s+(?!127\.|::1/|::1\s|localhost\s|samehost\s)(?:\S+\s+){1,2}?"""
         r"""(?P<v>trust|reject|md5|password|scram-sha-256|gss|sspi|ident|peer|ldap|radius|cert|pam|bsd)(?:\s|$)""",
         paths=r"/pg_hba[^/]*$", key="auth method", doc="PostgreSQL manual, The pg_hba.conf File (auth-method column)"),
)


@lru_cache(maxsize=1)
def _compiled() -> tuple[tuple[Form, re.Pattern[str], re.Pattern[str] | None, dict[str, str]], ...]:
    return tuple((f, re.compile(f.pattern, re.M), re.compile(f.paths) if f.paths else None, dict(f.spellings)) for f in FORMS)


Pair = tuple[int, str, "str | None", str]  # (column of the name, the name, the raw value or None, the construct)


def pairs(lines: list[str], i: int, path: str) -> Iterator[Pair]:
    """The settings line `i` writes in the syntaxes of `FORMS` that apply to `path`."""
    line = lines[i]
    for f, rx, where, spell in _compiled():
        if (where is not None and where.search(path) is None) or (f.hint and f.hint not in line):
            continue
        text = line
        if f.joined and i + 1 < len(lines):
            text = line + "\n" + lines[i + 1]
        for m in rx.finditer(text):
            if m.start() > len(line):
                break
            groups = m.groupdict()
            key = groups.get("k") or f.key
            raw = groups.get("v")
            if raw is not None:
                raw = spell.get(raw, raw)
            col = m.start("k") if groups.get("k") else m.start()
            yield col, key, raw, " ".join(m.group(0).split())[:80]
