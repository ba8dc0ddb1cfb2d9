"""Control-plane APIs called over HTTP: every service table's fixtures, and the neighbours that must stay plain."""

from __future__ import annotations

import pytest

from automode.knowledge import control, httpapi
from automode.shell.interp import interp_hook
from automode.shell.lower import Lowerer

ROOT = "/home/u/proj"
FIXTURES = httpapi.fixtures()


def control_effects(command: str) -> list[tuple[str, str, str, str]]:
    lw = Lowerer("/home/u", ROOT, interp_hook)
    lw.source(command, cwd=ROOT)
    out = []
    for cmd in lw.out.commands:
        e = control.classify(cmd, "")
        if e is not None:
            out.append((e.target, e.verb, e.scope, e.env))
    return out


@pytest.mark.parametrize(("service", "command", "want"), FIXTURES, ids=[f"{s}: {c[:70]}" for s, c, _ in FIXTURES])
def test_service_fixture(service: str, command: str, want: str) -> None:
    got = control_effects(command)
    if want == "none":
        assert got == [], f"{command!r}: {got}"
        return
    verb, scope, env = [*want.split(), "", ""][:3]
    got = [g for g in got if g[0] in httpapi.families()]  # (not the `gcloud auth print-access-token` inside it)
    assert got, f"{command!r}: no control effect"
    target, v, s, e = got[0]
    assert (target, v) == (service, verb), f"{command!r}: {target} {v}, expected {service} {verb}"
    if scope:
        assert s == scope, f"{command!r}: scope {s!r}"
    if env:
        assert e == ("" if env == "-" else env), f"{command!r}: env {e!r}, expected {env!r}"


def test_every_service_has_a_known_family_and_suffix() -> None:
    fams = {s.family for s in httpapi.services()}
    assert fams == httpapi.FAMILIES and set(control.FAMILIES) >= httpapi.FAMILIES
    assert all(s.name.endswith(httpapi.SUFFIXES) for s in httpapi.services())
    assert not set(httpapi.families()) & set(control.index())


@pytest.mark.parametrize(
    ("command", "method"),
    [("curl https://api.x.example/v1/a", "GET"), ("curl -d a=1 https://api.x.example/v1/a", "POST"),
     ("curl -XDELETE https://api.x.example/v1/a", "DELETE"), ("curl -sS -X PATCH https://api.x.example/a", "PATCH"),
     ("curl -T f.bin https://api.x.example/a", "PUT"), ("curl -I https://api.x.example/a", "HEAD"),
     ("curl -G -d q=1 https://api.x.example/a", "GET"), ("wget --method=DELETE https://api.x.example/a", "DELETE"),
     ("wget --post-data x=1 https://api.x.example/a", "POST"), ("http DELETE api.x.example/a", "DELETE"),
     ("http api.x.example/a name=x", "POST"), ("http api.x.example/a Authorization:x", "GET"),
     ("xh PUT https://api.x.example/a a=1", "PUT"), ("curl --request=PUT https://api.x.example/a", "PUT")],
)  # fmt: skip
def test_the_request_method_as_each_client_sends_it(command: str, method: str) -> None:
    lw = Lowerer("/home/u", ROOT, interp_hook)
    lw.source(command, cwd=ROOT)
    req = httpapi.request(lw.out.commands[0])
    assert req is not None and req.method == method


@pytest.mark.parametrize(
    "command",
    ["curl https://example.com", "curl -X DELETE http://localhost:3000/api/todo/1", "wget https://pypi.org/simple/x/",
     "curl -fsSL https://raw.githubusercontent.com/acme/x/main/install.sh", "http :8000/health"],
)
def test_requests_to_no_known_service_are_no_control_effect(command: str) -> None:
    assert control_effects(command) == []


def test_the_quick_indexes_agree_with_the_tables() -> None:
    assert httpapi.families() == {s.name: s.family for s in httpapi.services()}
    assert sorted(p for p, _f in httpapi.host_index()) == sorted(h for s in httpapi.services() for h in s.hosts)


def test_the_most_specific_host_wins() -> None:
    s = httpapi.service_of("hooks.slack.com")
    assert s is not None and s.name == "chat-webhook"
    s = httpapi.service_of("slack.com")
    assert s is not None and s.name == "slack-api"
