"""Which environment a name points at: production, staging, dev or the local machine (issue 10, point 3).

Markers are whole tokens of a name, a context, a profile, a project, a host, a URL, a file name or a variable name:
`eks-prod-use1`, `clinic_production`, `cache-prod.x.internal`, `$PRODUCTION_DATABASE_URL`, `settings.production`,
`fly.production.toml` are production; `gke_orbitcast-staging_…`, `uat` are staging; `sprocket_dev`, `--target dev`
are dev; `localhost`, `127.0.0.1`, a `kind-`/`minikube`/`docker-desktop` context are the local machine. Tokens are
split on every non-alphanumeric character and at lower→upper case changes, so `preprod` is staging (not production)
and `product` or `prodigy` are nothing. Several markers in one action: the most consequential wins, since that is
where the action may land.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from automode import lazyre

#: Marker token -> environment. Sources: the naming conventions of the cloud providers' and platforms' own docs
#: (AWS/GCP/Azure landing-zone guides, Heroku/Fly/Vercel pipelines, Rails/Django/Laravel environment names, dbt
#: targets), kept to tokens that are not ordinary English words in names.
MARKERS: dict[str, str] = {
    **dict.fromkeys(("prod", "production", "prd", "prods", "live"), "production"),
    **dict.fromkeys(("staging", "stage", "stg", "preprod", "uat", "qa", "preproduction", "prestaging"), "staging"),
    **dict.fromkeys(("dev", "development", "develop", "devel", "test", "testing", "sandbox", "sbx", "scratch", "preview",
                     "ci", "tmp", "temp", "demo", "playground", "experiment", "experiments"), "dev"),
    **dict.fromkeys(("localhost", "local", "minikube", "kind", "k3d", "orbstack", "colima", "localstack"), "local"),
}
#: Whole names that mean this machine, however they are split.
LOCAL_NAMES = frozenset({"localhost", "127.0.0.1", "0.0.0.0", "::1", "[::1]", "host.docker.internal",
                         "docker-desktop", "rancher-desktop", "docker.for.mac.localhost"})  # fmt: skip
RANK = {"": 0, "local": 1, "dev": 2, "staging": 3, "production": 4}
#: Public top-level domains spelled like a marker (IANA root zone: `.dev`, `.live`, `.test` is reserved for testing
#: and stays dev): `api.kestrel.dev` is a public name, not a dev environment.
PUBLIC_TLDS = frozenset({"dev", "live", "stage", "app"})
_HOSTNAME = lazyre.compile(r"^[a-z0-9-]+(\.[a-z0-9-]+)+$")

_SPLIT = lazyre.compile(r"[^A-Za-z0-9]+")
_CAMEL = lazyre.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def tokens(text: str) -> list[str]:
    out: list[str] = []
    for part in _SPLIT.split(text):
        if part:
            out.extend(t.lower() for t in _CAMEL.split(part) if t)
    return out


@lru_cache(maxsize=8192)
def env_of(text: str) -> str:
    """The environment one name points at, "" when it carries no marker."""
    if not text:
        return ""
    low = text.lower().strip("'\"")
    host = low.split("://", 1)[-1].split("@", 1)[-1].split("/", 1)[0].rsplit(":", 1)[0] if "://" in low else low
    if host in LOCAL_NAMES or low in LOCAL_NAMES or host.startswith("127."):
        return "local"
    tld = host.rsplit(".", 1)[-1]
    if tld in PUBLIC_TLDS and _HOSTNAME.match(host):
        at = text.lower().find(host) + len(host) - len(tld) - 1  # the name without its top-level domain
        text = text[:at] + text[at + len(tld) + 1 :]
    best = ""
    for t in tokens(text[:400]):
        e = MARKERS.get(t, "") or _numbered(t)
        if RANK[e] > RANK[best]:
            best = e
    return best


_NUMBERED = lazyre.compile(r"^(prod|prd|stg|staging|uat|qa|dev)\d{1,3}$")


def _numbered(token: str) -> str:
    """A marker numbered in a fleet of its kind (`prod01`, `stg2`, `dev3`: session 24, O3)."""
    m = _NUMBERED.match(token)
    return MARKERS.get(m.group(1), "") if m else ""


def strongest(envs: Iterable[str]) -> str:
    """The most consequential of several environments (production > staging > dev > local > unknown)."""
    best = ""
    for e in envs:
        if RANK.get(e, 0) > RANK[best]:
            best = e
    return best
