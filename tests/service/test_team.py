"""A team on one service and one PostgreSQL trail (issue 16): rows carry who decided and for whom, and the page is
served by the service (sign-in sets a cookie, never a token in a URL) with per-developer and per-project filters."""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import subprocess
import sys
import time
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.service.test_serve import OTHER, TOKEN, _serving

pytest.importorskip("uvicorn")


@pytest.fixture(scope="module")
def team(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """(service URL, PostgreSQL URL): two workers recording into a real PostgreSQL."""
    from tests.audit import pg_cluster

    why = pg_cluster.missing_reason()
    if why:
        pytest.skip(why)
    with pg_cluster.cluster() as pg_url:
        env = {"AUTOMODE_AUDIT": "on", "AUTOMODE_AUDIT_URL": pg_url}
        with _serving(tmp_path_factory.mktemp("team"), "--workers", "2", "--quiet", env=env) as (_, url):
            yield url, pg_url


def _decide(url: str, command: str, project: str, token: str = TOKEN, headers: dict[str, str] | None = None) -> dict[str, Any]:
    conn = http.client.HTTPConnection(urllib.parse.urlsplit(url).netloc, timeout=30)
    body = json.dumps({"tool": "Bash", "input": {"command": command}, "cwd": project, "project_root": project})
    conn.request("POST", "/v1/decide", body=body, headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json",
                                                            **(headers or {})})  # fmt: skip
    r = conn.getresponse()
    out: dict[str, Any] = json.loads(r.read())
    assert r.status == 200 and out["audited"] is True, out
    return out


def _rows(pg_url: str, marker: str) -> list[dict[str, Any]]:
    from automode.audit.store import open_store

    store = open_store(pg_url)
    try:
        return [r for r in store.query(limit=0) if marker in (r.get("summary") or "")]
    finally:
        store.close()


def test_rows_name_the_service_the_developer_and_the_client(team: tuple[str, str], tmp_path: Path) -> None:
    url, pg_url = team
    _decide(url, "echo identity-alice", "/home/alice/src/api",
            headers={"X-Automode-User": "alice", "X-Automode-Host": "laptop-a", "User-Agent": "curl/8"})  # fmt: skip
    _decide(url, "echo identity-unnamed", "/srv/ci/api", token=OTHER)
    (row,) = _rows(pg_url, "identity-alice")
    assert (row["user_name"], row["host"]) == ("alice", "laptop-a")
    assert row["decided_by"].startswith("service automode ") and " pid " in row["decided_by"]
    assert "token payments" in row["client"] and "from 127.0.0.1" in row["client"] and "via curl/8" in row["client"]
    (row,) = _rows(pg_url, "identity-unnamed")  # no name sent, a token without a team name: say so, never guess
    assert row["user_name"] == "unknown" and row["host"] == "127.0.0.1" and "token (unnamed)" in row["client"]

    # A developer's hook with --server names its user and host; the service's row says it decided, the developer's
    # own (local) trail says the local engine did.
    project = tmp_path / "web"
    project.mkdir()
    local_db = tmp_path / "local.db"
    env = {**os.environ, "AUTOMODE_AUDIT": "on", "AUTOMODE_AUDIT_URL": str(local_db), "AUTOMODE_SERVER_TOKEN": TOKEN,
           "CLAUDE_PROJECT_DIR": str(project), "USER": "bob"}  # fmt: skip
    payload = {"session_id": "s", "transcript_path": "", "cwd": str(project), "permission_mode": "default", "hook_event_name": "PreToolUse",
               "tool_name": "Bash", "tool_input": {"command": "echo identity-bob"}, "tool_use_id": "t"}  # fmt: skip
    # The module the installed hook command runs (`python -I -m automode.adapters.run claude-code --server URL`), run
    # from this checkout (an -I interpreter would import the editable install's instead).
    p = subprocess.run([sys.executable, "-m", "automode.adapters.run", "claude-code", "--server", url], input=json.dumps(payload),
                       capture_output=True, text=True, env=env, cwd=project, timeout=60)  # fmt: skip
    assert p.returncode == 0 and "not used" not in p.stderr, p.stderr
    (row,) = _rows(pg_url, "identity-bob")
    assert row["user_name"] == "bob" and row["agent"] == "claude-code" and row["decided_by"].startswith("service ")
    assert "via automode-hook/" in row["client"] and "(claude-code)" in row["client"]
    # The hook exits within its budget; on a loaded machine its row may reach the store through the spool and the
    # drainer it forks (automode.audit.exit_within), so wait for it a little.
    deadline = time.monotonic() + 30
    mine_rows = _rows(str(local_db), "identity-bob") if local_db.exists() else []
    while not mine_rows and time.monotonic() < deadline:
        time.sleep(0.5)
        mine_rows = _rows(str(local_db), "identity-bob") if local_db.exists() else []
    (mine,) = mine_rows
    assert mine["decided_by"] == "local" and mine["client"] is None

    # `automode log` over the shared trail, per developer and per project.
    def log(*args: str) -> list[dict[str, Any]]:
        q = subprocess.run([sys.executable, "-m", "automode", "log", "--db", pg_url, "--json", "-n", "100", *args],
                           capture_output=True, text=True, timeout=60)  # fmt: skip
        assert q.returncode == 0, q.stderr
        return [json.loads(line) for line in q.stdout.splitlines()]

    assert {r["summary"] for r in log("--user", "alice")} == {"echo identity-alice"}
    assert {r["summary"] for r in log("--user", "alice@laptop-a")} == {"echo identity-alice"}
    assert {r["summary"] for r in log("--project", "api")} >= {"echo identity-alice", "echo identity-unnamed"}
    assert "echo identity-bob" not in {r["summary"] for r in log("--project", "api")}
    assert all(r["decided_by"].startswith("service ") for r in log("--user", "bob"))


def _http(url: str, method: str, path: str, body: bytes | None = None, headers: dict[str, str] | None = None) -> tuple[int, bytes, Any]:
    conn = http.client.HTTPConnection(urllib.parse.urlsplit(url).netloc, timeout=30)
    conn.request(method, path, body=body, headers=headers or {})
    r = conn.getresponse()
    data = r.read()
    conn.close()
    return r.status, data, r


def test_the_page_is_served_for_the_team_behind_a_sign_in(team: tuple[str, str]) -> None:
    url, _pg_url = team
    _decide(url, "echo page-dora", "/home/dora/src/web-api", headers={"X-Automode-User": "dora"})
    _decide(url, "echo page-carol", "/home/carol/src/billing", headers={"X-Automode-User": "carol"})

    # Without a session: a sign-in form, and the API refuses.
    status, body, _ = _http(url, "GET", "/")
    assert status == 200 and b'action="/login"' in body and b'type="password"' in body and b"page-dora" not in body
    for path in ("/api/decisions", "/api/stats", "/api/asks", "/api/events", "/api/decision/x"):
        assert _http(url, "GET", path)[0] == 401, path
    assert _http(url, "GET", "/api/decisions", headers={"Authorization": "Bearer wrong-token-0123456789"})[0] == 401

    # API clients: the bearer token, and the per-developer / per-project filters.
    bearer = {"Authorization": f"Bearer {TOKEN}"}
    status, body, _ = _http(url, "GET", "/api/decisions?user=dora", headers=bearer)
    assert status == 200 and {d["summary"] for d in json.loads(body)["decisions"]} == {"echo page-dora"}
    status, body, _ = _http(url, "GET", "/api/decisions?project=billing", headers=bearer)
    assert {d["summary"] for d in json.loads(body)["decisions"]} == {"echo page-carol"}

    # A browser: the token goes once in a form body; the cookie holds no token; the page names the team.
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    assert _http(url, "POST", "/login", b"token=not-a-token-of-this-service", form)[0] == 401
    assert _http(url, "POST", "/login", f"token={TOKEN}".encode(), {**form, "Origin": "http://evil.example"})[0] == 403
    status, _, resp = _http(url, "POST", "/login", f"token={TOKEN}".encode(), {**form, "Origin": url})
    assert status == 303 and resp.getheader("Location") == "/"
    cookie_header = resp.getheader("Set-Cookie")
    assert "HttpOnly" in cookie_header and "SameSite=strict" in cookie_header.replace("Strict", "strict")
    cookie = cookie_header.split(";", 1)[0]
    assert TOKEN not in cookie
    status, body, resp = _http(url, "GET", "/", headers={"Cookie": cookie})
    assert status == 200 and b'id="feed"' in body and b"payments" in body and TOKEN.encode() not in body
    assert "default-src 'none'" in resp.getheader("Content-Security-Policy")
    status, body, _ = _http(url, "GET", "/api/decisions?user=carol", headers={"Cookie": cookie})
    assert status == 200 and {d["summary"] for d in json.loads(body)["decisions"]} == {"echo page-carol"}
    status, body, _ = _http(url, "GET", "/static/app.js")
    assert status == 200 and b"automode ui" in body

    # A forged or altered cookie is refused; answering an ask needs the same origin and a JSON body.
    name, _, value = cookie.partition("=")
    forged = f"{name}={value[:-4]}beef"
    assert _http(url, "GET", "/api/decisions", headers={"Cookie": forged})[0] == 401
    other_team = value.split(".")
    other_team[1] = "b3RoZXI="  # "other"
    assert _http(url, "GET", "/api/decisions", headers={"Cookie": f"{name}={'.'.join(other_team)}"})[0] == 401
    ans = {"Cookie": cookie, "Content-Type": "application/json"}
    assert _http(url, "POST", "/api/asks/nope", b'{"answer":"allow"}', {**ans, "Origin": "http://evil.example"})[0] == 403
    assert _http(url, "POST", "/api/asks/nope", b'{"answer":"allow"}', {**ans, "Content-Type": "text/plain"})[0] == 415
    assert _http(url, "POST", "/api/asks/nope", b'{"answer":"allow"}', ans)[0] == 409  # no such pending ask

    # Sign out ends the session in the browser.
    status, _, resp = _http(url, "POST", "/logout", headers={"Cookie": cookie, "Origin": url})
    assert status == 303 and 'Max-Age=0' in (resp.getheader("Set-Cookie") or "").replace("max-age", "Max-Age")


def test_a_session_cookie_is_bound_to_a_token_that_still_exists() -> None:
    from automode.service.page import session_cookie, team_of_cookie

    tokens = {TOKEN: "payments", OTHER: ""}
    c = session_cookie(TOKEN, "payments")
    assert team_of_cookie(c, tokens) == "payments"
    assert team_of_cookie(c, {OTHER: ""}) is None  # the token was removed from the file: its sessions end
    assert team_of_cookie(session_cookie(TOKEN, "payments", now=0), tokens) is None  # expired
    assert team_of_cookie(session_cookie(TOKEN, "platform"), tokens) is None  # a team its token does not have
    assert team_of_cookie(session_cookie(OTHER, ""), tokens) == ""


def test_the_team_page_in_a_browser_sign_in_feed_filters_and_live_rows(team: tuple[str, str]) -> None:
    """The service's page in headless Chromium: sign in with the form, see the shared trail, filter by developer and
    project, and see a decision another developer's hook makes arrive live; the token is never in a URL."""
    from tests.audit import test_ui_browser as ui

    if ui.CHROMIUM is None or ui.DRIVER is None or ui.webdriver is None:
        pytest.skip("headless Chromium not available")
    url, _ = team
    _decide(url, "echo browser-frank", "/home/frank/src/mobile", headers={"X-Automode-User": "frank"})
    _decide(url, "echo browser-gina", "/home/gina/src/payments-api", headers={"X-Automode-User": "gina"})
    By = ui.By
    gen = ui.browser.__wrapped__()  # the fixture's generator: a fresh Chromium profile
    drv = next(gen)
    try:
        drv.set_window_size(1280, 900)
        drv.get(url + "/")
        drv.find_element(By.ID, "token").send_keys(TOKEN)
        drv.find_element(By.CSS_SELECTOR, "#login button[type=submit]").click()
        def actions(d: Any) -> list[str]:  # read in one script: the feed re-renders while filters change
            return list(d.execute_script("return [...document.querySelectorAll('#feed tbody td.action')].map((td) => td.textContent)"))

        ui._wait(drv, lambda d: len(actions(d)) >= 2)
        assert TOKEN not in drv.current_url and "payments" in drv.find_element(By.ID, "who").text
        drv.find_element(By.ID, "f-user").send_keys("frank")
        ui._wait(drv, lambda d: actions(d) == ["echo browser-frank"])
        drv.find_element(By.ID, "f-user").clear()
        drv.find_element(By.ID, "f-project").send_keys("payments-api")
        ui._wait(drv, lambda d: actions(d) == ["echo browser-gina"])
        ui._wait(drv, lambda d: d.find_element(By.ID, "live").text == "live")
        _decide(url, "echo browser-live", "/home/hana/src/payments-api", headers={"X-Automode-User": "hana"})
        ui._wait(drv, lambda d: "echo browser-live" in actions(d), timeout=30)
        users = drv.execute_script("return [...document.querySelectorAll('#feed tbody td.user')].map((td) => td.title)")
        assert any(u.startswith("hana@") for u in users), users
        ui.ARTIFACTS.mkdir(exist_ok=True)
        drv.save_screenshot(str(ui.ARTIFACTS / "team-page.png"))
    finally:
        with contextlib.suppress(StopIteration):
            next(gen)
