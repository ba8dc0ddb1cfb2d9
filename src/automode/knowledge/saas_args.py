"""The argument names of SaaS tool calls (MCP servers and their REST APIs) that carry what a call picks, how widely,
for how long and how much: the values the judge compares with the user's words (`judge.intent.mcp_scope`).

Inventory, from the servers' tool schemas and READMEs: the reference Slack server (`slack_post_message {channel_id,
text}`, `slack_reply_to_thread {channel_id, thread_ts}`) and korotovsky's (`conversations_add_message {channel_id:
"#general" | "@user"}`); github/github-mcp-server (`add_issue_comment {owner, repo, issue_number, body}`, `update_issue
{state, labels, assignees}`); Linear's (`update_issue {id, stateId | state, assigneeId}`); PagerDuty's official server
(`manage_incidents {incident_ids, status}`) and community ones (`resolve_incident {incident_id}`,
`resolve_incidents {incident_ids | resolve_all}`); Datadog (`mute_monitor {monitor_id | monitorId, scope, end}`,
`create_downtime {scope, monitor_id, start, end}`); Twilio (`send_sms {to, from, body}`, the API's `To`/`From`/`Body`);
Cloudflare (`create_dns_record {zone_id, name, type, content, proxied}`, `purge_cache {files | purge_everything}`);
Stripe's agent toolkit (`create_refund {payment_intent, amount}`, `create_coupon {percent_off, duration,
duration_in_months}`); Zendesk (`create_ticket_comment {ticket_id, body, public}`); Notion (`API-patch-page {page_id,
archived}`); Atlassian (`transitionJiraIssue {issueIdOrKey, transition}`, `addCommentToJiraIssue {issueIdOrKey,
commentBody}`); Sentry (`update_issue {issueId, status}`); Home Assistant (`call_service {domain, service,
service_data | data}`, `recorder.purge {keep_days}`, intent tools `HassTurnOn/Off {name, area, domain}`); MongoDB
(`delete-many {filter}`); Pulsar's admin API (`retentionTimeInMinutes`, `retentionSizeInMB`, -1 = infinite); Kafka
topic configs (`retention.ms`, -1 = infinite). `FIXTURES` holds must-match / must-not-match cases.
"""

from __future__ import annotations

import re
from functools import lru_cache

from automode import lazyre
from automode.typing_lite import Any


@lru_cache(maxsize=4096)  # pure: a call's keys recur in every check that reads them
def snake(key: str) -> str:
    """A key as lower-case snake words (`resolveAll` -> `resolve_all`, `retention.ms` -> `retention_ms`)."""
    return re.sub(r"[^a-z0-9]+", "_", re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", key).lower()).strip("_")


#: Boolean keys whose `true` makes a call act on every record of its kind (`resolve_all`, `purge_everything`,
#: `all: true`, `apply_to_all_environments`, `deleteAll`), after `snake`.
BULK_KEY = lazyre.compile(r"^(?:all|every|everything|bulk|global|\w+_all|all_\w+|\w+_everything|\w+_all_\w+|"
                          r"apply_to_all\w*|include_all\w*|select_all|for_all)$")
#: Keys that pick records by a condition: an empty condition (`{}`, `""`, `"*"`) picks every record.
FILTER_KEY = lazyre.compile(r"^(?:filter|filters|where|selector|query|match|scope|target|ids|items)$")
#: Keys naming the conversation a message goes to (Slack, Teams, Discord, Mattermost, Google Chat, Telegram).
CHANNEL_KEY = lazyre.compile(r"^(?:channel|channel_id|channel_name|channels|conversation|conversation_id|room|room_id|"
                             r"chat_id|space|space_name|stream|topic_channel|to_channel)$")
#: Keys naming a phone number a call texts or calls (Twilio `To`, Vonage `to`, MessageBird `recipients`).
PHONE_KEY = lazyre.compile(r"^(?:to|to_number|phone|phone_number|recipient|recipients|number|destination|msisdn|"
                           r"to_phone|mobile)$")
#: Keys that end a mute, snooze, silence, downtime, hold or share (epoch seconds or ISO text).
END_KEY = lazyre.compile(r"^(?:end|ends|end_time|end_at|ends_at|end_date|end_ts|end_timestamp|until|expires|expires_at|"
                         r"expiration|expiration_time|expiry|mute_until|muted_until|snooze_until|snoozed_until|"
                         r"silence_until|valid_until|end_datetime)$")
START_KEY = lazyre.compile(r"^(?:start|starts|start_time|start_at|starts_at|start_date|start_ts|start_timestamp|"
                           r"start_datetime|begin|begins_at)$")
#: Keys whose number is a length of time, with the unit their name gives (`duration_minutes`, `keep_days`,
#: `retention_ms`, `ttl`); a unit-less `duration` or `timeout` takes text ("2h") or seconds.
TIME_UNIT_WORDS: dict[str, float] = {
    "ms": 0.001, "millis": 0.001, "milliseconds": 0.001, "s": 1.0, "sec": 1.0, "secs": 1.0, "seconds": 1.0,
    "min": 60.0, "mins": 60.0, "minutes": 60.0, "h": 3600.0, "hr": 3600.0, "hrs": 3600.0, "hours": 3600.0,
    "d": 86400.0, "day": 86400.0, "days": 86400.0, "week": 604800.0, "weeks": 604800.0, "months": 2592000.0,
    "month": 2592000.0,
}  # fmt: skip
#: Words of a key that make its number a length of time (with the unit, when the key names none, in seconds).
TIME_KEY_WORDS = frozenset({"duration", "ttl", "retention", "keep", "expire", "expires", "expiry", "snooze", "mute",
                            "lifetime", "period", "window", "age", "older", "retain"})  # fmt: skip
#: Words of a key that make its number a size, with their unit in bytes (`retentionSizeInMB`, `size_gb`).
SIZE_UNIT_WORDS: dict[str, float] = {"b": 1.0, "bytes": 1.0, "kb": 1e3, "mb": 1e6, "gb": 1e9, "tb": 1e12, "kib": 1024.0,
                                     "mib": 1024.0**2, "gib": 1024.0**3, "tib": 1024.0**4}  # fmt: skip
SIZE_KEY_WORDS = frozenset({"size", "bytes", "quota", "capacity", "disk", "storage", "volume"})
#: Key words that name how many of a thing a call makes (`replicas`, `gpuCount`, `instance_count`, `node_count`).
COUNT_NOUNS = frozenset({"replica", "replicas", "instance", "instances", "node", "nodes", "worker", "workers", "gpu",
                         "gpus", "pod", "pods", "shard", "shards", "partition", "partitions", "seat", "seats",
                         "machine", "machines", "server", "servers", "vm", "vms", "task", "tasks", "container",
                         "containers", "cpu", "cpus", "core", "cores"})  # fmt: skip
#: Values that mean "no limit" in retention and quota keys (-1 in Pulsar, Kafka, Elasticsearch ILM), and a zero in a
#: keep/retention key ("keep 0 days": keep nothing).
UNLIMITED = frozenset({-1.0})
#: Text values that mean no end (Stripe coupons' `duration: forever`, links' `expiration: never`).
NO_END = frozenset({"forever", "never", "unlimited", "infinite", "indefinite", "permanent", "none"})

#: Tool words of calls that silence something for a while (their end or length is what the user named).
SILENCING = frozenset({"mute", "snooze", "silence", "downtime", "downtimes", "maintenance", "pause", "suppress",
                       "hold", "muting", "snoozing", "silencing", "suppression", "suppressions", "silences",
                       "mutes"})  # fmt: skip
#: Tool words of the record a call attaches to, not the thing it makes (`add_issue_comment` makes a comment).
CONTAINERS = frozenset({"issue", "issues", "ticket", "tickets", "pull", "request", "pr", "repo", "repository",
                        "page", "pages", "channel", "channels", "incident", "incidents", "thread", "project", "doc",
                        "document", "database", "jira", "linear", "github", "gitlab", "zendesk", "notion",
                        "confluence", "slack", "to", "on", "in", "of", "for", "a", "an", "the", "new", "api"})  # fmt: skip
#: Keys that only locate the record (never a change a user names): ids, owners, repositories, zones, teams.
LOCATING_KEY = lazyre.compile(r"^(?:id|ids|\w+_id|\w+_ids|number|\w+_number|key|\w+_key|owner|repo|repository|org|"
                              r"organization|project|workspace|team|zone|domain|site|cloud_id|id_or_key|"
                              r"issue_id_or_key|account|path|ref|uuid|slug|name)$")


#: Settings a user names with a number, and the words they say for each (`climate.set_temperature {temperature:
#: 21}` for "the thermostat to 21 degrees", `light.turn_on {brightness_pct: 40}` for "dim it to 40%").
SETTING_WORDS: dict[str, tuple[str, ...]] = {
    "temperature": ("thermostat", "temperature", "temp", "heating", "heat", "degrees", "°"),
    "temp": ("thermostat", "temperature", "temp", "degrees", "°"),
    "setpoint": ("thermostat", "setpoint", "temperature", "degrees", "°"),
    "brightness": ("brightness", "bright", "dim", "%"),
    "volume": ("volume", "loud", "%"),
    "position": ("position", "open", "%"),
    "humidity": ("humidity", "%"),
    "speed": ("speed", "%"),
    "percentage": ("%", "percent"),
    "limit": ("limit",),
    "threshold": ("threshold",),
    "priority": ("priority",),
}  # fmt: skip


def setting_of(key: str) -> tuple[str, ...]:
    """The words a user says for the setting a numeric key holds, () when it is none of `SETTING_WORDS`."""
    for w in reversed(key.split("_")):
        if w in SETTING_WORDS:
            return SETTING_WORDS[w]
    return ()


def keys_of(inp: Any, depth: int = 0) -> list[tuple[str, Any]]:
    """(snake key, value) of every entry of a call's input, nested ones too (lists' items keep their key)."""
    out: list[tuple[str, Any]] = []
    if depth > 5:
        return out
    if isinstance(inp, dict):
        for k, v in list(inp.items())[:200]:
            out.append((snake(str(k)), v))
            if isinstance(v, (dict, list)):
                out += [(sk if sk else snake(str(k)), sv) for sk, sv in keys_of(v, depth + 1)]
    elif isinstance(inp, list):
        for v in inp[:200]:
            out += keys_of(v, depth + 1)
    return out


def bulk_switch(inp: Any) -> str:
    """The key that makes the call act on every record (`resolve_all: true`, `purge_everything: true`, `filter: {}`,
    `scope: "*"`), "" when none does."""
    for k, v in keys_of(inp):
        if v is True and BULK_KEY.match(k):
            return k
        if FILTER_KEY.match(k) and (v == "*" or v == ["*"] or (k in ("filter", "filters", "where", "selector") and v in ({}, ""))):
            return k
    return ""


def time_unit(key: str) -> float | None:
    """Seconds per unit of a key whose number is a length of time (`keep_days` 86400, `retention_ms` 0.001,
    `duration` 1), None when the key names no time."""
    words = key.split("_")
    if END_KEY.match(key) or START_KEY.match(key) or words[-1] in ("at", "date", "on", "until"):
        return None  # a moment, not a length of time
    if not (set(words) & TIME_KEY_WORDS or key in TIME_KEY_WORDS or any(w in ("days", "hours", "minutes", "seconds")
                                                                         for w in words)):
        return None
    if set(words) & SIZE_KEY_WORDS:
        return None
    for w in reversed(words):
        if w in TIME_UNIT_WORDS and (w not in ("s", "d", "h", "min") or len(words) > 1):
            return TIME_UNIT_WORDS[w]
        if w.startswith("in") and w[2:] in TIME_UNIT_WORDS:  # retentionTimeInMinutes -> retention_time_in_minutes
            return TIME_UNIT_WORDS[w[2:]]
    return 1.0


def size_unit(key: str) -> float | None:
    """Bytes per unit of a key whose number is a size (`retention_size_in_mb` 1e6, `size_gb` 1e9), None otherwise."""
    words = key.split("_")
    if not set(words) & SIZE_KEY_WORDS and not any(w in SIZE_UNIT_WORDS and w not in ("b",) for w in words):
        return None
    for w in reversed(words):
        if w in SIZE_UNIT_WORDS:
            return SIZE_UNIT_WORDS[w]
    return 1.0


def count_noun(key: str) -> str:
    """The thing a key counts (`replicas`, `gpu_count` -> gpu, `instance_count` -> instance), "" for none."""
    words = key.split("_")
    hits = [w for w in words if w in COUNT_NOUNS]
    return hits[0].rstrip("s") if hits and (len(words) == 1 or set(words) & {"count", "number", "num", "replicas",
                                                                            "instances", "nodes", "workers", "size"}
                                            or words[-1] in COUNT_NOUNS) else ""


_DURATION_TEXT = lazyre.compile(r"(?i)^\s*(-?\d+(?:\.\d+)?)\s*(ms|s|sec|secs|seconds?|m|min|mins|minutes?|h|hr|hrs|"
                                r"hours?|d|days?|w|weeks?)?\s*$")
_SIZE_TEXT = lazyre.compile(r"(?i)^\s*(-?\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib|t|tb|tib)?\s*$")


def seconds(value: Any, unit: float) -> float | None:
    """A key's value as seconds: a number in the key's unit, or text with its own ("2h", "90m", "7d", "-1")."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return float(value) * unit if value >= 0 else float(value)
    if str(value).strip().lower() in NO_END:
        return -1.0  # Stripe coupon `duration: forever`, a share `expiration: never`
    m = _DURATION_TEXT.match(str(value))
    if m is None:
        return None
    n = float(m.group(1))
    if n < 0:
        return n
    u = (m.group(2) or "").lower()
    per = (({"m": 60.0, "w": 604800.0}.get(u) or TIME_UNIT_WORDS.get(u) or TIME_UNIT_WORDS.get(u + "s") or unit) if u
           else unit)  # ("604800000" for `retention.ms`: the key's unit)
    return n * per


def size_bytes(value: Any, unit: float) -> float | None:
    """A key's value as bytes: a number in the key's unit, or text with its own ("20G", "512MB", "-1")."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return float(value) * unit if value >= 0 else float(value)
    m = _SIZE_TEXT.match(str(value))
    if m is None:
        return None
    n = float(m.group(1))
    if n < 0:
        return n
    u = (m.group(2) or "").lower()
    per = (SIZE_UNIT_WORDS.get(u) or SIZE_UNIT_WORDS.get(u + "b") or unit) if u else unit
    return n * per


# --- fixtures --------------------------------------------------------------------------------------------------------

#: (function, input, expected): what the function returns for the input.
FIXTURES: list[tuple[str, Any, object]] = [
    ("bulk", {"service_id": "PSVC1", "resolve_all": True}, "resolve_all"),
    ("bulk", {"resolveAll": True}, "resolve_all"),
    ("bulk", {"zone": "x.example", "purge_everything": True}, "purge_everything"),
    ("bulk", {"database": "app", "collection": "sessions", "filter": {}}, "filter"),
    ("bulk", {"scope": "*", "monitor_id": 4}, "scope"),
    ("bulk", {"all": True}, "all"),
    ("bulk", {"incident_ids": ["Q1"], "status": "resolved"}, ""),
    ("bulk", {"zone": "x.example", "files": ["https://x.example/a.js"]}, ""),
    ("bulk", {"filter": {"age": {"$gt": 30}}}, ""),
    ("bulk", {"resolve_all": False}, ""),
    ("bulk", {"allow_public": True}, ""),
    ("time", "keep_days", 86400.0),
    ("time", "retention_ms", 0.001),
    ("time", "retention_time_in_minutes", 60.0),
    ("time", "duration", 1.0),
    ("time", "duration_minutes", 60.0),
    ("time", "ttl", 1.0),
    ("time", "retention_size_in_mb", None),
    ("time", "monitor_id", None),
    ("time", "end", None),
    ("time", "expires_at", None),
    ("time", "snooze_until", None),
    ("time", "request_timeout", None),
    ("size", "retention_size_in_mb", 1e6),
    ("size", "size_gb", 1e9),
    ("size", "disk_size_gb", 1e9),
    ("size", "keep_days", None),
    ("count", "replicas", "replica"),
    ("count", "gpu_count", "gpu"),
    ("count", "instance_count", "instance"),
    ("count", "monitor_id", ""),
    ("count", "node_pool", ""),
    ("seconds", ("2h", 1.0), 7200.0),
    ("seconds", ("-1", 60.0), -1.0),
    ("seconds", (10, 86400.0), 864000.0),
    ("seconds", ("7d", 1.0), 604800.0),
    ("seconds", ("soon", 1.0), None),
    ("seconds", ("forever", 1.0), -1.0),
    ("seconds", ("604800000", 0.001), 604800.0),
    ("bytes", ("20G", 1.0), 20e9),
    ("bytes", (-1, 1e6), -1.0),
    ("bytes", (512, 1e6), 512e6),
    ("setting", "temperature", SETTING_WORDS["temperature"]),
    ("setting", "brightness_pct", SETTING_WORDS["brightness"]),
    ("setting", "target_temp_high", SETTING_WORDS["temp"]),
    ("setting", "monitor_id", ()),
]


def run_fixture(fn: str, arg: Any) -> object:
    if fn == "bulk":
        return bulk_switch(arg)
    if fn == "time":
        return time_unit(arg)
    if fn == "size":
        return size_unit(arg)
    if fn == "count":
        return count_noun(arg)
    if fn == "seconds":
        return seconds(*arg)
    if fn == "bytes":
        return size_bytes(*arg)
    if fn == "setting":
        return setting_of(arg)
    raise ValueError(fn)
