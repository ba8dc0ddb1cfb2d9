"""A certificate authority the user named (session 16, G1): a package manager, VCS or runtime pointed at the CA file
the user gave, so that verification stays on and trusts their company's root too.

"yarn 이 사내 레지스트리 인증서 때문에 실패해, CA 는 ./certs/hanul-ca.pem" asks for `httpsCaFilePath: ./certs/hanul-ca.pem`
in `.yarnrc.yml`; "git refuse le certificat de notre gitlab interne, le CA est dans certs/gitlab-ca.pem" for `git config
http.sslCAInfo certs/gitlab-ca.pem`. The settings are read from what the action adds, on every surface (`KEYS`: a
config file's added lines, a tool's config command, a variable exported): released when every setting it makes is a
CA-file setting, each file is one the user named (its path or its file name) and the user's words speak of a
certificate. A CA file nobody named is asked; a setting that switches verification off (`strict-ssl false`,
`sslVerify false`) is none of these and stays with the trust readings (`intent.trusted`).

Sources: yarnrc httpsCaFilePath/caFilePath, npm-config cafile/ca, pip `cert`, git-config http.sslCAInfo/sslCAPath,
cargo http.cainfo, conda ssl_verify (a path), Node NODE_EXTRA_CA_CERTS, Python REQUESTS_CA_BUNDLE/SSL_CERT_FILE,
curl CURL_CA_BUNDLE/--cacert, Helm --ca-file, Docker/kubectl certificate-authority, Go/AWS AWS_CA_BUNDLE, gem
ssl_ca_cert, Maven/Gradle javax.net.ssl.trustStore.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

#: Rules that fire on such a setting (a protected tool file edited, a trust-store option, git configuration).
RULES = frozenset({"AM-AGENT-003", "AM-SUPPLY-001", "AM-GIT-004", "AM-WRITE-004", "AM-SEC-003", "AM-SUPPLY-002"})
#: CA-file settings, folded (lower case, `-`/`_`/`.` dropped), with or without a tool's prefix.
KEYS = frozenset({"httpscafilepath", "cafilepath", "cafile", "ca", "cert", "sslcainfo", "httpsslcainfo", "sslcapath",
                  "httpsslcapath", "cainfo", "httpcainfo", "sslverify", "nodeextracacerts", "requestscabundle",
                  "sslcertfile", "sslcertdir", "curlcabundle", "awscabundle", "sslcacert", "cacert", "certificateauthority",
                  "globalcert", "npmconfigcafile", "yarnhttpscafilepath", "pipcert", "gitsslcainfo", "cabundle",
                  "javaxnetssltruststore", "truststore"})
#: Keys whose value must be a path to count (`ssl_verify: /etc/corp-ca.pem` in condarc; `false` is verification off).
_PATH_ONLY = frozenset({"sslverify", "ca", "cert"})
_PATHLIKE = lazyre.compile(r"^(?:~|\.{1,2})?/?[\w.@~/-]*[\w-]+\.(?:pem|crt|cer|der|p7b|bundle|jks|p12|pfx|ca)$|"
                           r"^(?:~|\.{1,2}|/)[\w.@~/-]+$")
#: A setting as a line of a config file (`key: value`, `key = value`, `key=value`, `export KEY=value`).
_LINE = lazyre.compile(r"""^\s*(?:export\s+|\$env:|set\s+)?["']?([\w.-]+)["']?\s*[:=]\s*["']?([^"'\s#]+)["']?\s*(?:#.*)?$""")
#: Words of a message about a certificate, in the languages users write.
_CERT_WORDS = lazyre.compile(r"(?i)\b(?:ca|cas|cert|certs|certificate|certificates|certificat|certificats|certificado|"
                             r"certificados|certificato|zertifikat\w*|certyfikat\w*|сертификат\w*|sertifika\w*|varmenne\w*|"
                             r"tls|ssl|x509|root)\b|인증서|証明書|证书|證書|प्रमाणपत्र")
_CONFIG_CMD = frozenset({"npm", "pnpm", "yarn", "pip", "pip3", "git", "conda", "cargo", "gem", "bundle", "helm", "poetry"})


_CA_KEY_TEXT = lazyre.compile(r"(?i)ca_?file|cafilepath|sslcainfo|sslcapath|cainfo|extra_ca_certs|ca_bundle|cacert|"
                              r"ssl_cert_file|certificate-authority|truststore|\bcert\b|\bca\b\s*[=:]|ssl_verify")


def may_apply(a: Analysis) -> bool:
    """Cheap: the action's text holds a CA-file setting at all (read before a request-less message is weighed)."""
    if a.write is not None and a.action.tool != "Bash":
        return _CA_KEY_TEXT.search(a.write.new[:20_000]) is not None
    return _CA_KEY_TEXT.search(a.command_text[:20_000]) is not None


def fold(key: str) -> str:
    return re.sub(r"[-_.\s]", "", key.lower())


def _key_ok(key: str, value: str) -> bool:
    k = fold(key)
    if k not in KEYS and not any(k.endswith(x) for x in ("sslcainfo", "cafilepath", "cafile", "cabundle")):
        return False
    return k not in _PATH_ONLY or _PATHLIKE.match(value) is not None


def settings(a: Analysis) -> list[tuple[str, str]] | None:
    """The (key, value) settings the action makes, None when it makes anything else too (or nothing)."""
    out: list[tuple[str, str]] = []
    if a.write is not None and a.action.tool != "Bash":
        old = set(a.write.old.splitlines()) if a.write.old else set()
        added = [ln for ln in a.write.new.splitlines() if ln.strip() and ln not in old and not ln.strip().startswith("#")]
        for ln in added:
            m = _LINE.match(ln)
            if m is None or not _key_ok(m.group(1), m.group(2)):
                return None
            out.append((m.group(1), m.group(2)))
        return out or None
    for c in a.commands:
        args = [w.value for w in c.argv[1:] if not w.dynamic]
        if c.name in _CONFIG_CMD and "config" in args[:2]:
            rest = [x for x in args[args.index("config") + 1:] if not x.startswith("-") and x not in ("set", "--set")]
            if len(rest) == 2 and _key_ok(rest[0].rsplit(".", 1)[-1] if c.name != "git" else rest[0], rest[1]):
                out.append((rest[0], rest[1]))
                continue
            if len(rest) == 1 and "=" in rest[0]:
                k, v = rest[0].split("=", 1)
                if _key_ok(k, v):
                    out.append((k, v))
                    continue
            return None
        for name, word in c.assigns:
            if _key_ok(name, word.value):
                out.append((name, word.value))
        if c.name in ("export", "setx") and args:
            k, _, v = args[0].partition("=")
            if not v and len(args) > 1:
                v = args[1]
            if _key_ok(k, v):
                out.append((k, v))
                continue
            return None
        if c.name not in ("export", "setx") and not c.assigns:
            return None
    return out or None


def _named(value: str, text: str) -> bool:
    v = value.strip().strip("'\"").lower()
    if not v:
        return False
    forms = {v, v.removeprefix("./"), v.rsplit("/", 1)[-1]}
    return any(len(f) >= 5 and re.search(rf"(?<![\w.-]){re.escape(f)}(?![\w-])", text) for f in forms)


def settle(a: Analysis) -> tuple[str, str] | None:
    """("allow", the words) when the action only points tools at CA files the user named, speaking of a certificate;
    ("ask", why) when one of the files is not theirs; None when it does anything else."""
    if not a.ctx.user_messages:
        return None
    got = settings(a)
    if not got:
        return None
    msgs = [m[:4000] for m in a.ctx.user_messages]
    text = "\n".join(msgs).lower()
    said = next((m for m in reversed(msgs) if _CERT_WORDS.search(m) and any(_named(v, m.lower()) for _, v in got)), None)
    if said is None:
        return None
    for k, v in got:
        if not _named(v, text):
            return "ask", f"this points {k} at {v}, a file you did not name"
    return "allow", said
