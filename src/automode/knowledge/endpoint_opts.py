"""Options that say where a command's server is, not what it acts on (session 25, P1): `vault token revoke
-address=https://vault-dev.example:8200 -accessor X` revokes the accessor the user named, on the Vault the project
talks to. The value of such an option is a place (its environment is judged apart, as the tool's own), so a request
that names the object is not made partial by the address nobody spells out.

`ENDPOINT_OPTIONS`: options of any program whose value is its server; `PROGRAM_ENDPOINTS`: a program's own ones.
A value counts only when it looks like a place (a URL, a host with a dot or a port).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

ENDPOINT_OPTIONS = frozenset({"-address", "--address", "-addr", "--addr", "--server", "-server", "--endpoint",
                              "--endpoint-url", "--endpoints", "--api-url", "--api-endpoint", "--base-url", "--url",
                              "--host", "-host", "--hostname", "--vault-addr", "--server-url", "--instance-url",
                              "--gitlab-url", "--jenkins-url", "--grafana-url", "--cluster-url", "--api-server"})  # fmt: skip
PROGRAM_ENDPOINTS: Mapping[str, frozenset[str]] = {
    "vault": frozenset({"-address", "--address"}), "nomad": frozenset({"-address", "--address"}),
    "consul": frozenset({"-http-addr", "--http-addr"}), "boundary": frozenset({"-addr"}),
    "oc": frozenset({"--server", "-s"}), "kubectl": frozenset({"--server", "-s"}), "step": frozenset({"--ca-url"}),
    "jf": frozenset({"--url", "--server-id"}), "cf": frozenset({"-a"}),
    # where a tracking or metadata service keeps its records (session 26, Q2): `mlflow gc --backend-store-uri
    # postgresql://…` collects the runs the user named from the store the project uses; Airflow's, Prefect's and
    # DVC's own server options likewise
    "mlflow": frozenset({"--backend-store-uri", "--tracking-uri", "--artifacts-destination", "--registry-store-uri"}),
    "jenkins-cli": frozenset({"-s"}), "prefect": frozenset({"--api-url"}), "dvc": frozenset({"--remote-url"}),
    "pgbackrest": frozenset({"--pg1-host", "--repo1-host"}), "barman": frozenset({"--server"}),
    # where a backup tool keeps its repository (session 27, R3): "rensa restic-repot" names the repository the
    # project's backups use, as `-r sftp:backup@nas:/srv/restic/laptop` spells it (restic(1) `-r`/`--repo`,
    # `--repository-file`, its password's file; borg 2 `--repo`; borgmatic `--repository`; kopia's config file)
    "restic": frozenset({"-r", "--repo", "--repository-file", "-p", "--password-file", "--password-command"}),
    "rustic": frozenset({"-r", "--repository", "--password-file", "-P"}),
    "borg": frozenset({"-r", "--repo"}), "borg2": frozenset({"-r", "--repo"}),
    "borgmatic": frozenset({"--repository", "-c", "--config"}), "kopia": frozenset({"--config-file"}),
}  # fmt: skip
_PLACE = re.compile(r"^(?:[a-z][a-z0-9+.-]*://\S+|[\w-]+(?:\.[\w-]+)+(?::\d+)?/?|[\w.-]+:\d{2,5}/?)$", re.I)


def endpoint_option(program: str, opt: str) -> bool:
    """`opt` names `program`'s server."""
    return opt in ENDPOINT_OPTIONS or opt in PROGRAM_ENDPOINTS.get(program, ())


def place_value(value: str) -> bool:
    """`value` is a place: a URL, a dotted host or a host with a port."""
    return _PLACE.match(value) is not None
