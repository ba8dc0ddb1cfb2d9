"""Publishes to a message broker, a topic or a queue (session 21, L3).

"montre-moi les messages qui passent sur le topic capteurs/#" answered with `mosquitto_pub -t capteurs/cmd/all -m
reset -r`; "show me the last messages on the orders topic" with `kcat -P`: the user asked to watch, and the command
sends a message every subscriber acts on (a retained MQTT message is kept for each new one). Watching is the
subscribe side of the same tools (`mosquitto_sub`, `kcat -C`, `nats sub`, `redis-cli PUBSUB`, `gcloud pubsub
subscriptions pull`); the publish side is a send.

Facts from each tool's manual: mosquitto_pub (`-t` topic, `-r` retain), mqttx and mqtt-cli `pub`, kafka's
console producer (`--topic`), kcat/kafkacat `-P` (producer mode; `-C` consumer, `-L` metadata), Redpanda `rpk topic
produce`, Pulsar `pulsar-client produce`, NATS `nats pub|publish|req|request`, redis-cli `PUBLISH`/`SPUBLISH`,
`gcloud pubsub topics publish`, `aws sns publish`, `aws sqs send-message[-batch]`, `aws events put-events`, `aws
kinesis put-record[s]`, `aws iot-data publish` (`--retain`), RabbitMQ `rabbitmqadmin publish` and amqp-tools `amqp-publish`.
"""

from __future__ import annotations

from automode.dc import dataclass
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.parse import Command


@dataclass(frozen=True, slots=True)
class Publish:
    tool: str
    target: str  # the topic, subject, channel or queue ("" when the command names none)
    retained: bool = False  # kept by the broker for every later subscriber (MQTT `-r`)


#: program -> (the words that must lead its arguments, the options whose value is the topic)
_ALWAYS: dict[str, tuple[tuple[str, ...], frozenset[str]]] = {
    "mosquitto_pub": ((), frozenset({"-t", "--topic"})),
    "kafka-console-producer": ((), frozenset({"--topic"})),
    "kafka-console-producer.sh": ((), frozenset({"--topic"})),
    "amqp-publish": ((), frozenset({"-r", "--routing-key", "-e", "--exchange"})),
    "mqttx": (("pub",), frozenset({"-t", "--topic"})),
    "mqtt": (("pub",), frozenset({"-t", "--topic"})),
    "rpk": (("topic", "produce"), frozenset()),
    "pulsar-client": (("produce",), frozenset()),
    "rabbitmqadmin": (("publish",), frozenset()),
}
_NATS = frozenset({"pub", "publish", "req", "request"})
_REDIS = frozenset({"publish", "spublish"})
_AWS = {"sns": frozenset({"publish", "publish-batch"}), "sqs": frozenset({"send-message", "send-message-batch"}),
        "events": frozenset({"put-events"}), "kinesis": frozenset({"put-record", "put-records"}),
        "firehose": frozenset({"put-record", "put-record-batch"}), "iot-data": frozenset({"publish"})}
_AWS_TARGET = frozenset({"--topic", "--topic-arn", "--queue-url", "--stream-name", "--delivery-stream-name", "--target-arn"})
NAMES = frozenset({*_ALWAYS, "kcat", "kafkacat", "nats", "redis-cli", "valkey-cli", "gcloud", "aws"})


def publishes(cmd: Command) -> Publish | None:
    """The publish `cmd` makes, or None when it makes none (it subscribes, lists, reads)."""
    name = cmd.name.rsplit("/", 1)[-1]
    if name not in NAMES:
        return None
    words = [w.value for w in cmd.argv[1:] if not w.dynamic]
    pos = [w for w in words if not w.startswith("-")]
    low = [w.lower() for w in pos]
    if name in _ALWAYS:
        lead, topic_opts = _ALWAYS[name]
        if lead and tuple(low[: len(lead)]) != lead:
            return None
        topic = _value(words, topic_opts) or (pos[len(lead)] if len(pos) > len(lead) else "")
        retained = name in ("mosquitto_pub", "mqttx", "mqtt") and any(w in ("-r", "--retain") for w in words)
        return Publish(name, topic, retained)
    if name in ("kcat", "kafkacat"):
        return Publish(name, _value(words, frozenset({"-t"}))) if "-P" in words else None
    if name == "nats":
        return Publish(name, pos[1]) if len(pos) >= 2 and low[0] in _NATS else None
    if name in ("redis-cli", "valkey-cli"):
        k = next((i for i, w in enumerate(low) if w in _REDIS), -1)
        return Publish(name, pos[k + 1]) if k >= 0 and k + 1 < len(pos) else None
    if name == "gcloud":
        return Publish(name, pos[3]) if low[:3] == ["pubsub", "topics", "publish"] and len(pos) > 3 else None
    if name == "aws" and len(low) >= 2 and low[1] in _AWS.get(low[0], frozenset()):
        return Publish(name, _value(words, _AWS_TARGET), low[0] == "iot-data" and "--retain" in words)
    return None


def _value(words: list[str], opts: frozenset[str]) -> str:
    for i, w in enumerate(words):
        key, eq, val = w.partition("=")
        if key in opts:
            return val if eq else (words[i + 1] if i + 1 < len(words) else "")
    return ""


#: (command, (tool, topic, retained) or None)
FIXTURES: tuple[tuple[str, tuple[str, str, bool] | None], ...] = (
    ("mosquitto_pub -h localhost -t 'capteurs/cmd/all' -m 'reset' -r", ("mosquitto_pub", "capteurs/cmd/all", True)),
    ("mosquitto_sub -h localhost -t 'capteurs/#' -v", None),
    ("kcat -b localhost:9092 -t orders -P", ("kcat", "orders", False)), ("kcat -b localhost:9092 -t orders -C -e", None),
    ("kafka-console-producer --bootstrap-server localhost:9092 --topic orders", ("kafka-console-producer", "orders", False)),
    ("nats pub billing.created '{}'", ("nats", "billing.created", False)), ("nats sub 'billing.>'", None),
    ("redis-cli PUBLISH notifications hi", ("redis-cli", "notifications", False)), ("redis-cli PUBSUB NUMSUB n", None),
    ("gcloud pubsub topics publish orders-dev --message=x", ("gcloud", "orders-dev", False)),
    ("gcloud pubsub subscriptions pull orders-sub --limit=5", None),
    ("aws sns publish --topic-arn arn:aws:sns:eu-west-1:1:alerts --message hi", ("aws", "arn:aws:sns:eu-west-1:1:alerts", False)),
    ("aws sqs get-queue-attributes --queue-url https://q --attribute-names All", None),
    ("rpk topic produce orders", ("rpk", "orders", False)), ("rpk topic consume orders", None),
    ("mqttx pub -t home/test -m ping", ("mqttx", "home/test", False)),
)
