"""Amounts an edit writes under a key whose unit the key's name fixes (session 24, class O2, helper `units`; read by
`judge.intent.scaled`, AM-JUDGE-045): Terraform's `retention_in_days = 1`, CloudFormation's `RetentionInDays: 1`,
an SQS module's `message_retention_seconds = 345600`, a Job's `ttlSecondsAfterFinished: 60`, Kafka's
`retention.ms=259200`, a cert-manager Certificate's `duration: 8760h`, Loki's `retention_period: 30m`.

Each row: a pattern over the key (the whole key, case-insensitive), the unit of its value (`said_units.UNIT_SPECS`
and `scaled`'s: `day`, `s`, `ms`, `hours`, `go` for a duration with its own suffix, a bare number in seconds), and what
it is. Only lines the edit adds are read (`KEY: VALUE`, `KEY = VALUE`, `"KEY": VALUE`, `KEY=VALUE`), and only in a
structured or infrastructure file (`FILES`), so a function's local `duration = 300` is not an amount of this table.

Sources: Terraform AWS provider (`aws_cloudwatch_log_group.retention_in_days`, `aws_sqs_queue.message_retention_
seconds`/`visibility_timeout_seconds`, `aws_db_instance.backup_retention_period`), CloudFormation
(`AWS::Logs::LogGroup.RetentionInDays`, `AWS::SQS::Queue.MessageRetentionPeriod`), Kubernetes Job
`ttlSecondsAfterFinished`, cert-manager Certificate `duration`/`renewBefore` (Go durations), Kafka topic configs, Loki
`retention_period`, Prometheus `retention`/`retention.time`, Elasticsearch ILM `min_age`, Velero Schedule `ttl`.
"""

from __future__ import annotations

import re

from automode import lazyre

#: (key pattern, unit, what).
KEYS: tuple[tuple[str, str, str], ...] = (
    (r"retention_in_days|retentionindays|log_retention_days|retention_days|backup_retention_period|"
     r"backupretentionperiod|expiration_days|expire_days|noncurrent_days|delete_after_days|deleteafterdays|"
     r"retention-days", "day",
     "retention in days"),
    (r"message_retention_seconds|messageretentionperiod|visibility_timeout_seconds|visibilitytimeout|"
     r"ttlsecondsafterfinished|expireafterseconds|ttl_seconds|expiry_seconds|expiryseconds|retention_seconds|"
     r"max_age_seconds|maxageseconds|delay_seconds", "s", "a time in seconds"),
    (r"retention\.ms|retention_ms|local\.retention\.ms|delete\.retention\.ms|message_ttl|x-message-ttl|"
     r"message-ttl", "ms", "a time in milliseconds"),
    (r"log\.retention\.hours|retention_hours|retention\.hours", "hours", "retention in hours"),
    (r"duration|retention_period|retentionperiod|retention\.time|min_age|max_age|"
     r"retention|ttl|max_ttl|default_lease_ttl|max_lease_ttl|expire_in", "go", "a duration"),
)
#: More keys (session 26, Q5): sizes, shares and token lifetimes, with their unit (`size`, `percent`, `fraction`:
#: a share of one, `0.1` is 10 %; `go`: a duration with its own suffix). nginx `client_max_body_size 10m`, PHP
#: `upload_max_filesize = 10M`, OpenTelemetry's `sampling_percentage`, Sentry's `traces_sample_rate`, a sampler's
#: `probability`/`ratio`.
MORE_KEYS: tuple[tuple[str, str, str], ...] = (
    (r"client_max_body_size|upload_max_filesize|post_max_size|max_body_size|max_request_body_size|"
     r"maxrequestbodysize|max_upload_size|max_file_size|maxfilesize|body_limit|bodylimit|limit_request_body|"
     r"max_content_length|retention_bytes|retention\.bytes|max_bytes", "size", "a size"),
    (r"sampling_percentage|sample_percentage|sampling_percent|percentage|rollout_percentage|traffic_percent",
     "percent", "a share"),
    (r"traces_sample_rate|tracessamplerate|sample_rate|samplerate|sampling_rate|samplingrate|sampling_probability|"
     r"sampling_ratio|sampler_arg|probability|ratio", "fraction", "a share"),
)
#: Keys of a lifetime written in code (`jwt.sign(p, k, { expiresIn: '15h' })`): read in any file, since they carry
#: nothing else. A bare number is seconds (jsonwebtoken, `expires_in` of OAuth responses).
CODE_KEYS: tuple[tuple[str, str, str], ...] = (
    (r"expiresin|expires_in|token_ttl|access_token_ttl|refresh_token_ttl|access_token_lifetime|"
     r"accesstokenlifetime|session_ttl", "go", "a token lifetime"),
)
#: `KEY VALUE;` lines (nginx, Apache, Caddy) in server configuration files.
_SPACED = lazyre.compile(r"^\s*([a-z_]+)\s+([\w.]+)\s*;\s*(?:#.*)?$")
#: `KEY: 'VALUE'` inside code (a JS/TS object, a Python dict or keyword argument).
_CODE = lazyre.compile(r"""["']?(\w+)["']?\s*[:=]\s*["']?(\d+(?:\.\d+)?\s*[a-zA-Z]*)["']?""")
#: Files whose keys are configuration, not code.
FILES = lazyre.compile(r"(?i)\.(?:tf|tfvars|hcl|ya?ml|json|toml|properties|conf|cfg|ini|env)$|(?:^|/)\.env[\w.-]*$")
_LINE = lazyre.compile(r"""^\s*(?:-\s+)?["']?([\w.-]+)["']?\s*[:=]\s*["']?(\d+(?:\.\d+)?\s+[a-zA-Z]+|[\w.+-]+)["']?\s*,?\s*"""
                       r"""(?:#.*|//.*)?$""")


def written(path: str, old: str, new: str) -> list[tuple[str, str, str, str]]:
    """(key, value as written, unit, what) for every amount of the table on a line `new` adds to the file."""
    before = set(old.splitlines())
    if not FILES.search(path):
        return _in_code(new, before)
    out: list[tuple[str, str, str, str]] = []
    for line in new.splitlines()[:400]:
        if line in before:
            continue
        m = _LINE.match(line) or _SPACED.match(line)
        if m is None:
            continue
        key, value = m.group(1), m.group(2)
        for pat, unit, what in (*KEYS, *MORE_KEYS, *CODE_KEYS):
            if re.fullmatch(pat, key, re.I):
                if unit == "go" and not re.fullmatch(r"\d+(?:\.\d+)?(?:\s?[a-zA-Z]+\d*)*", value):
                    break  # (a duration must be a number, with or without its suffix)
                out.append((key, value, unit, what))
                break
    return out


def _in_code(new: str, before: set[str]) -> list[tuple[str, str, str, str]]:
    out: list[tuple[str, str, str, str]] = []
    for line in new.splitlines()[:400]:
        if line in before:
            continue
        for m in _CODE.finditer(line):
            key, value = m.group(1), m.group(2).replace(" ", "")
            out += [(key, value, unit, what) for pat, unit, what in CODE_KEYS if re.fullmatch(pat, key, re.I)]
    return out


#: Fixtures (`tests/knowledge/test_s24_scales.py`): (path, old, new, the amounts as (key, value, unit)).
FIXTURES: tuple[tuple[str, str, str, tuple[tuple[str, str, str], ...]], ...] = (
    ("infra/logs.tf", "  retention_in_days = 30\n", "  retention_in_days = 1\n", (("retention_in_days", "1", "day"),)),
    ("deploy/cert.yaml", "", "spec:\n  duration: 8760h\n  renewBefore: 360h\n", (("duration", "8760h", "go"),)),
    ("k8s/job.yaml", "", "spec:\n  ttlSecondsAfterFinished: 60\n", (("ttlSecondsAfterFinished", "60", "s"),)),
    ("src/anim.ts", "", "const duration = 300;\n", ()),
    ("config/loki.yaml", "", "  retention_period: 30m\n", (("retention_period", "30m", "go"),)),
    ("config/app.yaml", "", "  ttl: ${CACHE_TTL}\n", ()),
    ("deploy/nginx.conf", "", "    client_max_body_size 10g;\n", (("client_max_body_size", "10g", "size"),)),
    ("otel/collector.yaml", "", "  sampling_percentage: 1\n", (("sampling_percentage", "1", "percent"),)),
    ("src/auth/jwt.ts", "", "  return jwt.sign(p, key, { expiresIn: '15h' });\n", (("expiresIn", "15h", "go"),)),
    ("src/anim.ts", "", "  ratio: 0.5,\n", ()),
    (".gitlab-ci.yml", "    expire_in: 30 days\n", "    expire_in: 1 hour\n", (("expire_in", "1 hour", "go"),)),
)
