"""Queue verbs that move, redeliver or replay messages (session 22, L3).

"how many messages are in orders-dlq right now?" answered with `aws sqs start-message-move-task --source-arn …
orders-dlq && aws sqs get-queue-attributes …`: the count is read after a redrive that moved every dead letter back to
the live queue, where its consumers process it again (charges, mails, webhooks run a second time). Deleting a queue's
messages is the control tables' (`purge-queue`, `purge_queue`, `stream purge`); this is the other half of the class:
the verbs that hand messages to consumers again. Under a question they are a send; under a request their own rules
judge.

Facts from each tool's reference: AWS SQS `start-message-move-task` (a DLQ redrive: to the source queue or
`--destination-arn`), EventBridge `events start-replay` (archived events sent to the bus again), Google Pub/Sub
`subscriptions seek` (`--time` or `--snapshot`: acknowledged messages redelivered, or the backlog dropped), Kafka
`kafka-consumer-groups --reset-offsets --execute` (a group re-reads or skips), RabbitMQ shovels (`rabbitmqctl
set_parameter shovel NAME …`: messages moved between queues), NATS `nats consumer next --ack` is a read that
acknowledges (left to the control table), Azure Service Bus has no CLI move.
"""

from __future__ import annotations

from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.parse import Command

#: program -> ((the leading positional words, the option that must be there or ""), …), what the verb does to the queue
MOVES: dict[str, tuple[tuple[tuple[str, ...], str, str], ...]] = {
    "aws": ((("sqs", "start-message-move-task"), "", "moves every message of the dead-letter queue back to be processed"),
            (("events", "start-replay"), "", "sends the archived events to the event bus again")),
    "awslocal": ((("sqs", "start-message-move-task"), "", "moves every message of the dead-letter queue back to be processed"),),
    "gcloud": ((("pubsub", "subscriptions", "seek"), "", "redelivers or drops the subscription's messages"),),
    "kafka-consumer-groups": (((), "--execute", "moves the group's offsets: its messages are read again or skipped"),),
    "kafka-consumer-groups.sh": (((), "--execute", "moves the group's offsets: its messages are read again or skipped"),),
    "rabbitmqctl": ((("set_parameter", "shovel"), "", "moves the queue's messages to another queue"),),
}


def moves(cmd: Command) -> str | None:
    """What `cmd` does to a queue's messages when it moves, redelivers or replays them, or None."""
    name = cmd.name.rsplit("/", 1)[-1]
    rows = MOVES.get(name)
    if rows is None:
        return None
    words = [w.value for w in cmd.argv[1:] if not w.dynamic]
    pos = [w for w in words if not w.startswith("-")]
    opts = {w.split("=", 1)[0] for w in words if w.startswith("-")}
    if name.startswith("kafka-consumer-groups") and "--reset-offsets" not in opts:
        return None
    for lead, opt, what in rows:
        if tuple(pos[: len(lead)]) == lead and (not opt or opt in opts):
            return f"`{' '.join((name, *lead)) if lead else name}` {what}"
    return None


#: (command, a move or None)
FIXTURES: tuple[tuple[str, bool], ...] = (
    ("aws sqs start-message-move-task --source-arn arn:aws:sqs:eu-central-1:1:orders-dlq", True),
    ("aws sqs list-message-move-tasks --source-arn arn:aws:sqs:eu-central-1:1:orders-dlq", False),
    ("aws sqs get-queue-attributes --queue-url https://sqs/1/orders-dlq --attribute-names All", False),
    ("aws events start-replay --replay-name r1 --event-source-arn arn:a --destination Arn=arn:b "
     "--event-start-time 2024-01-01 --event-end-time 2024-01-02", True),
    ("gcloud pubsub subscriptions seek orders-sub --time=2024-01-01T00:00:00Z", True),
    ("gcloud pubsub subscriptions describe orders-sub", False),
    ("kafka-consumer-groups --bootstrap-server k:9092 --group g --reset-offsets --to-earliest --topic t --execute", True),
    ("kafka-consumer-groups --bootstrap-server k:9092 --group g --reset-offsets --to-earliest --topic t", False),
    ("kafka-consumer-groups --bootstrap-server k:9092 --describe --group g", False),
    ("rabbitmqctl set_parameter shovel drain-dlq '{\"src-queue\": \"orders-dlq\", \"dest-queue\": \"orders\"}'", True),
)
