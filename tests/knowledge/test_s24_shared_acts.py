"""Session 24, O1 (helper `outward`): the facts `knowledge.shared_acts` gives the outward check, one table row each."""

from __future__ import annotations

import pytest

from automode.knowledge.shared_acts import (
    ISSUES,
    broker_host,
    issued,
    local_mail_senders,
    made_credential,
    reads_by_post,
    shared_host,
    url_object,
)
from automode.shell.parse import Command, ShellState, default_env, parse_script


def _cmd(text: str) -> Command:
    return parse_script(text, ShellState("/p", default_env("/h", "/p"))).commands[0]


@pytest.mark.parametrize(("host", "shared"), [
    ("es-dev.internal", True), ("10.0.4.12", True), ("broker.factory.lan", True), ("kafka.svc.cluster.local", True),
    ("grafana.corp.example.com", True), ("localhost", False), ("127.0.0.1", False), ("host.docker.internal", False),
    ("app.test", False), ("shop.localhost", False), ("api", False), ("[::1]", False),
])
def test_where_a_host_is(host: str, shared: bool) -> None:
    assert shared_host(host) is shared


@pytest.mark.parametrize(("path", "body", "reads"), [
    ("/logs-*/_search", "", True), ("/api/v1/query", "", True), ("/graphql", '{"query":"{ viewer { id } }"}', True),
    ("/graphql", '{"query":"mutation { deleteUser(id: 1) }"}', False), ("/_ilm/policy/logs", "", False),
    ("/v1/kv/config/x", "", False), ("/", "", False),
])
def test_which_posts_only_read(path: str, body: str, reads: bool) -> None:
    assert reads_by_post(path, body) is reads


@pytest.mark.parametrize(("command", "kind"), [
    ("step ca certificate a.internal a.crt a.key", "cert"), ("step ca revoke 0x3f", "revoke"),
    ("step ca token a.internal", "token"), ("step ca provisioner add ci --type JWK", "account"),
    ("cfssl gencert -remote ca:8888 csr.json", "cert"), ("cfssl gencert -initca csr.json", None),
    ("openssl ca -config c.cnf -in r.csr", "cert"), ("openssl ca -config c.cnf -revoke x.pem", "revoke"),
    ("openssl x509 -in a.crt -noout", None), ("step certificate inspect a.crt", None),
    ("nomad acl token create -type=client", "token"), ("nomad acl token list", None),
    ("easyrsa build-client-full bob nopass", "cert"), ("certbot certificates", None),
    ("step ca certificate --help", None),
])
def test_what_issues_or_revokes(command: str, kind: str | None) -> None:
    got = issued(_cmd(command))
    assert (got[0] if got else None) == kind


def test_every_issuer_row_names_a_known_kind() -> None:
    assert {k for rows in ISSUES.values() for _s, k in rows} <= {"cert", "revoke", "token", "account"}


@pytest.mark.parametrize(("command", "host"), [
    ("mosquitto_pub -h broker.lan -t a -m b", "broker.lan"), ("amqp-publish -u amqp://mq.internal -r q -b x", "mq.internal"),
    ("pulsar-client --url pulsar://p.internal:6650 produce t -m x", "p.internal"), ("mosquitto_pub -t a -m b", ""),
    ("kcat -b k1.internal:9092,k2.internal:9092 -P -t x", "k1.internal"),
])
def test_where_a_broker_client_sends(command: str, host: str) -> None:
    assert broker_host(_cmd(command)) == host


@pytest.mark.parametrize(("url", "leaf"), [
    ("https://api.fastly.com/service/S/purge/product:8812", "product:8812"), ("http://kc.internal/admin/users/42", "42"),
    ("http://es.internal:9200/_ilm/policy/logs-dev", "logs-dev"), ("http://j.internal/job/x/build", ""),
    ("https://api.example.com", ""),
])
def test_the_object_a_url_acts_on(url: str, leaf: str) -> None:
    assert url_object(url) == leaf


@pytest.mark.parametrize(("command", "made"), [
    ("vault token create -policy=x", True), ("aws iam create-access-key --user-name ci", True),
    ("gcloud iam service-accounts keys create k.json --iam-account a@b", True), ("vault token lookup", False),
    ("gh auth token", False), ("vault kv get secret/x", False),
])
def test_a_credential_the_command_makes(command: str, made: bool) -> None:
    assert made_credential(_cmd(command)) is made


@pytest.mark.parametrize(("command", "senders"), [
    ("swaks --server localhost:1025 --to a@x.test --from bot@x.test", ["bot@x.test"]),
    ("swaks --server smtp.gmail.com:587 --to a@x.test --from bot@x.test", []),
    ("swaks --to a@x.test --from bot@x.test", []),
    ("curl smtp://127.0.0.1:1025 --mail-from bot@x.test --mail-rcpt a@x.test -T m.eml", ["bot@x.test"]),
])
def test_the_sender_of_a_mail_to_a_local_catcher(command: str, senders: list[str]) -> None:
    assert local_mail_senders(_cmd(command)) == senders
