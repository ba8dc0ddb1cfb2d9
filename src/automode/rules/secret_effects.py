"""What the secret rules (`automode.rules.secrets`) ask of one effect: a token or secret variable in a request to a
host that is not its service's, a credential file uploaded, a reading command whose output only a count or digest
shows, and the files in secret directories that hold no secret."""

from __future__ import annotations

import re

from automode import lazyre
from automode.knowledge import flows
from automode.rules.exfiltrate import is_private_data
from automode.shell.codeflow import ENV_MARK
from automode.shell.commands import url_host
from automode.typing_lite import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.effects import Effect


def _secret_in_request(e: Effect) -> bool:
    """A token or a secret variable in the URL or body; a credential sent to its own service's hosts is its use."""
    host = url_host(e.target)
    payload = (e.content or "") + " " + e.target
    if payload.startswith(ENV_MARK + "the whole environment"):
        return True  # code that posts `dict(os.environ)`, `process.env`: like `env | curl -d @-`
    found = flows.values(payload) + [flows.Secret(n, flows.env_service(n.upper()), "env")
                                     for n in flows.ENV_REF.findall(payload) + flows.ENV_ACCESS.findall(payload)
                                     if flows.secret_env_name(n)]  # fmt: skip  # (`$(printenv X | rev)` too)
    from automode.knowledge.outbound import named_home

    return any((not s.service or flows.host_relation(s.service, host) != "own") and not (s.kind == "env" and named_home(s.what, host))
               for s in found)


def _secret_upload(e: Effect, a: Analysis) -> str | None:
    """`curl --data-binary @/etc/shadow http://127.0.0.1/`: a credential file is sent, whatever the host."""
    from automode.paths import is_secret_path, resolve

    for m in re.finditer(r"@([^\s]+)", e.content or ""):
        p = resolve(m.group(1), a.cwd, a.ctx.home)
        if is_secret_path(p, a.ctx.home) or is_private_data(p, a.ctx.home):
            return f"uploads {m.group(1)} to {e.target[:60]}"
    return None


FILE_REF = lazyre.compile(r"(^|[\s=])@[^\s]")  # `-d @file`, `-F f=@file`: a file's content is sent
UPLOAD_OPT = lazyre.compile(r"(^|\s)(-T|--upload-file)(\s|=|$)")


_HIDDEN: tuple[Any, frozenset[str]] = (None, frozenset())  # (analysis, texts of commands whose output is hidden)


def _output_hidden(e: Effect, a: Analysis) -> bool:
    """The reading command, or the one its output is piped into, prints only a count, a name or a digest. (The set
    of such commands is built once per action: every read effect asks.)"""
    global _HIDDEN
    cur = _HIDDEN
    if cur[0] is not a:
        into_hider = {id(d.pipe_from) for d in a.commands if d.pipe_from is not None and flows.hides_output(d)}
        hidden = frozenset(c.text[:200] for c in a.commands if c.text and (id(c) in into_hider or flows.hides_output(c)))
        cur = _HIDDEN = (a, hidden)
    return e.detail in cur[1]


#: Files in a secret directory that hold no secret, beside the ones that do: the SSH client configuration names hosts,
#: users, ports and the paths of keys (ssh_config(5)), never key material, and known_hosts holds host keys, which
#: are public; the AWS CLI's `config` holds profiles, regions and roles (its keys are in `credentials`); gcloud's
#: named configurations (`configurations/config_*`, `active_config`: account, project, region; the tokens are in
#: `credentials.db`/`access_tokens.db`); the Azure CLI's `config`, `clouds.config` and `azureProfile.json`
#: (subscriptions; tokens are in `msal_token_cache`); gh's `config.yml` (its token is in `hosts.yml`); the OCI
#: CLI's `config` (names the key file and its fingerprint, not the key); docker's context metadata. Reading one to
#: answer "which profile/project/subscription is in use" is no credential read.
NO_SECRET_INSIDE = lazyre.compile(r"/\.ssh/(?:config|known_hosts(?:\.old)?)$|/\.aws/config$|/\.config/gcloud/"
                                  r"(?:configurations/config_[\w-]+|active_config)$|/\.azure/(?:config|clouds\.config|"
                                  r"azureProfile\.json)$|/\.config/gh/config\.yml$|/\.oci/config$|/\.docker/contexts/meta/")
