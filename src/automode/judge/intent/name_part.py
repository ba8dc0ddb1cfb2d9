"""The object's name said, a part of it acted on (session 27, class R1, helper `said`; AM-JUDGE-030 through
`intent.slots.changed`).

"publish a test message to orders.test" answered with `kafka-console-producer --topic orders`, "purge the
jobs-staging queue" with `rabbitmqadmin purge queue name=jobs`, "trigger the nightly-dev job" with
`curl -X POST …/job/nightly/build`: the name said is the name acted on plus one part that says which copy
(`.test`, `-staging`, `_dev`, `-v2`, `-old`; `api_others._VARIANT`), so the act lands on the other copy, the one the
said name was made from. `intent.api_others.shorter_name` reads this for the values a control effect or an API path
carries and for names joined by `-`/`_`; this reads the object slot of any command (`OPTS`: the options that name a
topic, queue, stream, subject, job, group, index, bucket, table, channel or subscription; `key=value` words of
those keys; a URL path segment after such a kind word) and names joined by `.` too (Kafka and NATS topics, RabbitMQ
queues). The name said whole anywhere in the words, or on the command line beside it, is the one acted on.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

#: Options (and `key=` words) that name the object a broker, scheduler, search or storage CLI acts on.
_KINDS = (r"topic|topics|queue|queues|stream|streams|subject|subjects|job|jobs|job-name|jobname|group|consumer-group|"
          r"index|indices|bucket|table|channel|subscription|exchange|vhost-queue|pipeline|workflow|dag|dag-id|dag_id|"
          r"task|schedule|cronjob|function|function-name|lambda|state-machine|repository|repo|database|db|keyspace|"
          r"collection|namespace-name|entity-name")
OPTS = lazyre.compile(rf"(?i)^(?:--?(?:{_KINDS})|-t)$")
_KEYWORD = lazyre.compile(rf"(?i)^(?:{_KINDS}|name)=(.+)$")
_PATH = lazyre.compile(rf"(?i)/(?:{_KINDS})/([\w.-]+)")
_NAME = lazyre.compile(r"[A-Za-z0-9][\w.-]*[A-Za-z0-9]")


def _values(a: Analysis) -> list[str]:
    out: list[str] = []
    for c in a.commands:
        words = [w.value for w in c.argv[1:] if not w.dynamic]
        for i, w in enumerate(words):
            key, eq, val = w.partition("=")
            if OPTS.match(key):
                v = val if eq else (words[i + 1] if i + 1 < len(words) else "")
                if v and not v.startswith("-"):
                    out.append(v)
            elif (m := _KEYWORD.match(w)) is not None:
                out.append(m.group(1))
            elif "://" in w or w.startswith("/"):
                out += _PATH.findall(w.split("?", 1)[0])
    return [v.strip("'\"") for v in out if 3 <= len(v) <= 120]


def _longer(value: str, names: set[str]) -> str | None:
    from automode.judge.intent.api_others import _VARIANT

    for n in sorted(names, key=len):
        if len(n) <= len(value) + 1 or n.count(".") > 1:
            continue  # (a host's name is not a copy of a topic: `billing-dev.acme.lan`)
        if n.startswith(value) and n[len(value)] in "-_." and _VARIANT.match(n[len(value) + 1:]):
            return n
        if n.endswith(value) and n[-len(value) - 1] in "-_." and _VARIANT.match(n[:-len(value) - 1]):
            return n
    return None


def changed(a: Analysis, text: str) -> tuple[str, str] | None:
    """("deny", why) when an object slot holds a name the said name was made from, and the said name is not acted on."""
    if not a.shell or not a.commands:
        return None
    vals = _values(a)
    if not vals:
        return None
    from automode.judge.intent.api_others import _whole

    low = text.lower()
    names = {m.group(0).lower() for m in _NAME.finditer(low)}
    cmd = a.command_text.lower()
    for v in vals:
        lv = v.lower()
        if _whole(lv, low) or not re.search(r"[a-z]", lv):
            continue
        longer = _longer(lv, names)
        if longer is not None and longer not in cmd:
            return "deny", f"you named {longer}; this acts on {v}, another object (the name without its last part)"
    return None
