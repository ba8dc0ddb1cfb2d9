"""A message published to a broker, asked for in so many words (session 26, Q1): "publish 'calibrate' to
kas/zone3/cmd on the test greenhouse broker (mqtt-test.local)" answered with `mosquitto_pub -h mqtt-test.local -t
kas/zone3/cmd -m calibrate` is that publish (AM-TRUST-004 refused it as a message in other people's view).

The release needs every part of the publish to be the user's (`knowledge.publishers` reads the tool, the topic and
whether the broker keeps the message): the act (`act_words`' publish class, any language, outside a negation), the
topic, the payload and the broker's host when the command names one. A message the broker keeps for every later
subscriber (MQTT `-r`/`--retain`) is released only when the words say so (`retain_said`); otherwise it is refused
beside the named act (`api_others.retained`). A credential written into the command is never released here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.shell.parse import Command

#: Options whose value is the message (mosquitto_pub/mqttx/mqtt-cli `-m`, kafka/kcat/rpk read stdin, nats positional,
#: `aws sns publish --message`, `gcloud pubsub topics publish --message`, redis `PUBLISH ch msg` positional).
MESSAGE_OPTS = frozenset({"-m", "--message", "--msg", "--payload", "--body", "--data"})
#: Options whose value is where the broker is (host, URL, server).
BROKER_OPTS = frozenset({"-h", "--host", "-L", "--url", "-s", "--server", "-b", "--brokers", "--broker", "-H",
                         "--hostname"})  # fmt: skip
#: Options that choose the project, account, region or cluster the publish goes to (`gcloud --project`, `aws
#: --profile/--region`, `kubectl --context`): like the broker's host, each value must be the user's (h26-0029: the
#: dev project named, `--project=lumen-bi-prod` given).
SCOPE_OPTS = frozenset({"--project", "--profile", "--region", "--account", "--context", "--endpoint-url", "--cluster",
                        "--subscription", "--namespace"})  # fmt: skip
#: Options of a publish that carry a secret or a file no word names: never released here.
SECRET_OPTS = frozenset({"-P", "--pw", "--password", "--creds", "--nkey", "--token", "-f", "--file", "-s", "--stdin-file",
                         "-l", "--stdin-line"})  # fmt: skip
#: Words that ask for the broker to keep the message (MQTT retain), in the languages of `act_words`.
_RETAIN = lazyre.compile(r"(?i)\bretain|\bretained\b|\bbehalt|\bbeibehalt|\bpersist|\bsticky\b|\bconserv|\bmanten|"
                         r"\bmantén|\bbewaar|\bzachowa|保留|保持|リテイン|유지")  # fmt: skip


@lru_cache(maxsize=256)  # (a fact of the words, asked on every shell action: once per session)
def retain_said(text: str) -> bool:
    """The words ask that the broker keep the message for later subscribers."""
    return _RETAIN.search(text) is not None


def _said(value: str, text: str) -> bool:
    v = value.lower().strip("'\"")
    return bool(v) and re.search(r"(?<![\w.-])" + re.escape(v) + r"(?![\w-]|\.\w)", text) is not None


def _host(v: str) -> str:
    return re.sub(r"^[a-z][a-z0-9+.-]*://", "", v.lower()).split("/", 1)[0].rsplit(":", 1)[0]


def _parts(cmd: Command) -> tuple[list[str], list[str], bool] | None:
    """(the hosts, the payloads, a secret or file given) of a publish command; None when some value is computed."""
    if any(w.dynamic for w in cmd.argv):
        return None
    vals = [w.value for w in cmd.argv[1:]]
    hosts: list[str] = []
    payloads: list[str] = []
    secret = False
    name = cmd.name.rsplit("/", 1)[-1]
    i = 0
    while i < len(vals):
        key, eq, glued = vals[i].partition("=") if vals[i].startswith("--") else (vals[i], "", "")
        val = glued if eq else (vals[i + 1] if i + 1 < len(vals) else "")
        step = 1 if eq else 2
        if name in ("kcat", "kafkacat") and key in ("-P", "-C", "-L", "-Q", "-G"):
            step = 1  # (kcat's mode: produce, consume, list; no value)
        elif name == "nats" and key in ("-s", "--server"):
            hosts.append(_host(val))
        elif key in SECRET_OPTS:
            secret = True
        elif key in BROKER_OPTS:
            hosts.append(_host(val))
        elif key in SCOPE_OPTS:
            hosts.append(val.lower())
        elif key in MESSAGE_OPTS:
            payloads.append(val)
        else:
            step = 1
        i += step
    if name in ("redis-cli", "valkey-cli"):  # `PUBLISH channel message`: the message is the positional after it
        low = [v.lower() for v in vals]
        k = next((i for i, v in enumerate(low) if v in ("publish", "spublish")), -1)
        payloads += vals[k + 2:k + 3] if k >= 0 else []
        secret = secret or any(v in ("-a", "--pass", "--user", "-u") for v in vals)
    if name == "nats":
        pos = [v for v in vals if not v.startswith("-")]
        pos = [v for v in pos if _host(v) not in hosts]
        payloads += pos[2:3]
    return hosts, payloads, secret


def _label_said(host: str, text: str) -> bool:
    """The broker's host said by its first label (`redis-stg` for `redis-stg.int`), a name of its own (a part that
    picks it among the others: a `-`, a digit)."""
    first = host.split(".", 1)[0]
    return "." in host and len(first) >= 4 and re.search(r"[-\d]", first) is not None and _said(first, text)


def publish_named(a: Analysis) -> str | None:
    """The user's words that ask for this publish, when the action is one publish every part of which they say."""
    from automode.judge.intent.act_line import the_act
    from automode.knowledge.act_words import said_acts
    from automode.knowledge.publishers import publishes

    if not a.shell or not a.ctx.user_messages:
        return None
    cmd = the_act(a)
    if cmd is None:
        return None
    if cmd.remote:
        return None
    pub = publishes(cmd)
    if pub is None or not pub.target or any(c in pub.target for c in "#+*>"):
        return None  # (a wildcard topic is no topic a user names)
    got = _parts(cmd)
    if got is None:
        return None
    hosts, payloads, secret = got
    if secret or not payloads:
        return None
    for msg in reversed(a.ctx.user_messages):
        text = msg.lower()
        if "publish" not in said_acts(msg) or (pub.retained and not retain_said(text)):
            continue
        if _said(pub.target, text) and all(_said(p, text) for p in payloads) and all(
                _said(h, text) or _label_said(h, text) for h in hosts):
            return msg
    return None
