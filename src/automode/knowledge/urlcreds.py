"""Credentials carried in a URL's query string (issue 10, point 5): `?key=gk_live_…`, `?access_token=…`,
`?api_key=…`, a presigned URL's `X-Amz-Signature`, an Azure SAS `sig`. A token whose issuer automode knows is found
by its shape (`flows.values`); this table finds the ones it does not know by the parameter that carries them.

Sources: the services' own references for where a key may be passed in a query (Google Maps Platform `key`, OAuth 2.0
bearer tokens `access_token` (RFC 6750 §2.3), GitLab `private_token`, AWS SigV4 query authentication `X-Amz-*`,
Google Cloud Storage V4 signing `X-Goog-*`, Azure Storage shared access signatures `sig`/`sv`).
"""

from __future__ import annotations

from automode import lazyre

#: Query parameters whose value is a credential, and, for signatures, the hosts that issued them (a presigned URL
#: used against its own storage service is its use; anywhere else it is a leak). () = any issuer: the credential's
#: own host is the one the user names.
PARAMS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("key", "api_key", "apikey", "api-key", "token", "access_token", "auth", "auth_token", "authtoken",
                     "secret", "client_secret", "password", "passwd", "pwd", "private_token", "refresh_token", "id_token",
                     "session", "sessionid", "session_token", "jwt", "bearer", "app_secret", "secret_key", "access_key",
                     # OpenWeather `appid`, Azure `subscription-key`, and the other spellings services document
                     "appid", "app_id", "app_key", "appkey", "api_token", "apitoken", "accesstoken", "access-token",
                     "subscription-key", "x-api-key", "client_key", "license_key", "licensekey"), ()),
    **dict.fromkeys(("x-amz-signature", "x-amz-credential", "x-amz-security-token"), ("amazonaws.com", "r2.cloudflarestorage.com")),
    **dict.fromkeys(("x-goog-signature", "x-goog-credential"), ("googleapis.com",)),
    "sig": ("core.windows.net", "azurecr.io", "azure-devices.net", "servicebus.windows.net"),
}  # fmt: skip
MIN_LEN = 12
#: Parameters whose value is a password: people choose them, so they are short and need not look random (a word
#: alone, `?secret=none`, is a setting, not one).
PASSWORDS = frozenset({"password", "passwd", "pwd", "secret", "client_secret", "app_secret", "secret_key", "db_password"})
PASSWORD_LEN = 6
#: A credential written inside another parameter's value (a config file pasted into `?cfg=`, URL-encoded): its key
#: names a secret and a literal follows (`db-password: Hx9!prod`, `API_TOKEN=...`).
_EMBEDDED = lazyre.compile(r"(?i)(?<![\w])([\w.-]*(?:password|passwd|secret|token|api[_-]?key|private[_-]?key|credentials?)[\w.-]*)"
                           r"[\s\"']*[:=][ \t\"']*([^\s\"'&,;}{]{6,})")
_RANDOM = lazyre.compile(r"^(?=.*\d)(?=.*[A-Za-z])[A-Za-z0-9+/_.~=%-]+$")
_PLACEHOLDER = lazyre.compile(r"your|example_?key|xxxx|changeme|placeholder|redacted|<|\$\{?|\{\{", flags=2)


def query_credentials(url: str, min_len: int = MIN_LEN) -> list[str]:
    """The names of the query parameters of `url` that carry a literal credential (random-looking, `min_len` long:
    shorter for a request catcher, where any key is a leak)."""
    if "?" not in url or "=" not in url:
        return []
    from urllib.parse import (  # (only for URLs with a query: a routine command never loads it)
        parse_qsl,
        urlsplit,
    )

    try:
        query = urlsplit(url.strip("'\"")).query
    except ValueError:
        return []
    out: list[str] = []
    for name, value in parse_qsl(query, keep_blank_values=False)[:64]:
        low = name.lower()
        if _PLACEHOLDER.search(value):
            continue
        if low in PARAMS and len(value) >= min_len and _RANDOM.match(value):
            out.append(low)
        elif low in PASSWORDS and len(value) >= PASSWORD_LEN and not value.startswith("/") and not value.isalpha():
            out.append(low)  # `?password=Hx9prod24`: a chosen password is short and needs no randomness
        else:
            inner = _EMBEDDED.search(value[:4000])  # (parse_qsl has URL-decoded it)
            if inner is not None and not _PLACEHOLDER.search(inner.group(2)):
                out.append(f"{low}` (its `{inner.group(1).lower()}`)")
    return out


def issued_by(param: str, host: str) -> bool:
    """The signature parameter is used against the service that signed it (`X-Amz-Signature` on an S3 host)."""
    h = host.lower().rstrip(".")
    return any(h == d or h.endswith("." + d) for d in PARAMS.get(param, ()))
