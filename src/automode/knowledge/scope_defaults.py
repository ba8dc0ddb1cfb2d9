"""The scope a command leaves at its widest when it names none (session 24, O3).

A secret or a variable set with no environment is the repository's, read by every environment's jobs (`gh secret set
X` without `--env`); a GitLab CI variable without `--scope` is `*`, every environment; a Netlify variable without
`--context` is every deploy context; a Doppler secret without `--config` lands in the config `doppler setup` chose
for the directory; a Fly or Heroku secret without `--app` in the app of the checkout's `fly.toml` or git remote; an
hcloud command without `--context` in the active context; a Kamal or helmfile run without its destination or
environment in the base one. Each row: the programs, the subcommands by their leading words (`*` any word), the
options that narrow it, the variables of the same power, and what it takes when none is given. Only changing
subcommands are listed: a listing is no act on the scope.

Sources: GitHub CLI manual (`gh secret set`, `gh variable set`: `-e/--env`, `-o/--org`), glab (`variable set`:
`-s/--scope`, default `*`), Nomad/Vault/Consul CLIs (`-address`, `NOMAD_ADDR`, `VAULT_ADDR`, `-http-addr`,
`CONSUL_HTTP_ADDR`), Netlify CLI (`env:set`: `--context`, default all), Doppler CLI (`secrets set`:
`-c/--config`, `-p/--project`), flyctl (`secrets set`: `-a/--app`), Heroku CLI (`config:set`: `-a/--app`,
`-r/--remote`), hcloud (`--context`, `HCLOUD_CONTEXT`), Kamal (`-d/--destination`), helmfile (`-e/--environment`),
Railway CLI (`variables --set`: `-e/--environment`), Supabase CLI (`secrets set`: `--project-ref`), SST (`secret
set`: `--stage`), Wrangler (`secret put`: `-e/--env`).
"""

from __future__ import annotations

from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.script import Command

#: programs, subcommands ("a b|c" = a then b or c; "," between forms), narrowing options, variables, the default.
_ROWS: tuple[tuple[str, str, str, str, str], ...] = (
    ("gh", "secret set|delete|remove, variable set|delete", "-e --env", "",
     "the whole repository: every environment's jobs read it"),
    ("glab", "variable set|update|delete|create", "-s --scope", "", "every environment (scope `*`)"),
    ("netlify ntl netlify-cli", "env:set, env:unset, env:import, env:clone", "--context", "", "every deploy context"),
    ("doppler", "secrets set|delete|upload", "-c --config", "DOPPLER_CONFIG",
     "the config `doppler setup` chose for this directory"),
    ("fly flyctl", "secrets set|unset|import", "-a --app -c --config", "FLY_APP", "the app of this checkout's fly.toml"),
    ("heroku", "config:set, config:unset, config:add, config:remove", "-a --app -r --remote", "HEROKU_APP",
     "the app of this checkout's git remote"),
    ("hcloud", "* delete|create|update|poweroff|shutdown|reset|rebuild|detach|attach|remove-rule|add-rule|"
     "set-rules|change-type|disable-protection|enable-protection", "--context", "HCLOUD_CONTEXT",
     "the active context"),
    ("kamal", "deploy, redeploy, rollback, remove, app *, accessory *, env push, secrets *", "-d --destination", "",
     "the base destination"),
    ("helmfile", "apply, sync, destroy, delete", "-e --environment", "", "the `default` environment"),
    ("railway", "variables, variable set|delete, up, redeploy, down", "-e --environment", "RAILWAY_ENVIRONMENT",
     "the linked environment"),
    ("supabase", "secrets set|unset", "--project-ref", "SUPABASE_PROJECT_REF", "the linked project"),
    ("sst", "secret set|remove|load, deploy, remove", "--stage", "SST_STAGE", "your personal stage"),
    ("wrangler", "secret put|delete|bulk, deploy, publish, rollback", "-e --env", "CLOUDFLARE_ENV",
     "the top-level (production) environment"),
    # HashiCorp CLIs: without `-address` the cluster is whatever the shell's variable or the local agent gives
    ("nomad", "job run|stop|restart|revert|dispatch|scale|promote|purge, deployment fail|pause|promote|resume, "
     "node drain|eligibility, namespace apply|delete, var put|purge, alloc stop|restart|signal, system gc, "
     "volume delete|detach|create|register|deregister", "-address -namespace -region", "NOMAD_ADDR NOMAD_NAMESPACE",
     "whatever cluster NOMAD_ADDR or the local agent points at"),
    ("vault", "kv put|delete|destroy|patch|rollback|undelete, write, delete, secrets enable|disable|move|tune, "
     "policy write|delete, auth enable|disable|tune, token revoke, lease revoke", "-address -namespace -ns",
     "VAULT_ADDR VAULT_NAMESPACE",
     "whatever server VAULT_ADDR points at"),
    ("consul", "kv put|delete, services register|deregister, acl *, config write|delete, intention create|delete",
     "-http-addr -namespace -partition", "CONSUL_HTTP_ADDR CONSUL_NAMESPACE",
     "whatever agent CONSUL_HTTP_ADDR or the local one points at"),
)  # fmt: skip

Row = tuple[frozenset[str], tuple[tuple[frozenset[str], ...], ...], frozenset[str], frozenset[str], str]


def _forms(spec: str) -> tuple[tuple[frozenset[str], ...], ...]:
    return tuple(tuple(frozenset(w.split("|")) for w in form.split()) for form in spec.split(","))


ROWS: tuple[Row, ...] = tuple(
    (frozenset(p.split()), _forms(s), frozenset(o.split()), frozenset(v.split()), d) for p, s, o, v, d in _ROWS
)


def _leading(words: list[str], opts: frozenset[str], n: int) -> list[str]:
    """The first `n` words that are not options (a narrowing option's value skipped: `--context lab-dev`)."""
    out: list[str] = []
    skip = False
    for w in words:
        if skip:
            skip = False
        elif w.startswith("-"):
            skip = w in opts
        else:
            out.append(w)
            if len(out) == n:
                break
    return out


#: Rows whose scope is a named context rather than an environment: the user names it as a context ("im Kontext
#: homelab-dev"), so a context said is what they compare with.
CONTEXT_SCOPED = frozenset({"hcloud"})


def left_wide(cmd: Command) -> tuple[str, str] | None:
    """(the options that would narrow it, what it takes instead) when `cmd` is a changing subcommand of a row that
    names no scope by option or variable; None otherwise."""
    name = cmd.name.rsplit("/", 1)[-1]
    words = [w.value for w in cmd.argv[1:]]
    for programs, forms, opts, variables, default in ROWS:
        if name not in programs:
            continue
        if any(w.split("=", 1)[0] in opts for w in words) or any(k in variables for k, _w in cmd.assigns):
            return None
        for form in forms:
            lead = _leading(words, opts, len(form))
            if len(lead) == len(form) and all("*" in alts or w in alts for w, alts in zip(lead, form, strict=True)):
                return "/".join(sorted(o for o in opts if o.startswith("--"))), default
    return None
