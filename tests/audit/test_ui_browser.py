"""The page in real headless Chromium (Selenium + Debian's chromium/chromium-driver): load, filter, open a
decision, see a live decision arrive, approve a pending ask and see the waiting agent side receive it.
A screenshot is kept in artifacts/ (gitignored)."""

from __future__ import annotations

import shutil
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from automode.audit.asks import open_ask, wait_for_answer
from automode.audit.recorder import Recorder
from automode.audit.store import open_store
from automode.audit.web import UIServer
from automode.model import Action, Context, Decision

from .web_fixtures import server

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"

try:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select, WebDriverWait
except ImportError:  # pragma: no cover
    webdriver = None  # type: ignore[assignment]

pytestmark = pytest.mark.skipif(
    CHROMIUM is None or DRIVER is None or webdriver is None,
    reason="headless Chromium not available: run .ci/deps.d/50-chromium.sh (Debian chromium + chromium-driver) "
    "and install selenium (the dev extra)",
)


@pytest.fixture
def browser() -> Iterator[Any]:
    profile = tempfile.mkdtemp(prefix="automode-chromium-")
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM or ""
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", f"--user-data-dir={profile}", "--window-size=1400,1000"):  # fmt: skip
        opts.add_argument(flag)
    drv = webdriver.Chrome(service=Service(executable_path=DRIVER or ""), options=opts)
    drv.set_page_load_timeout(30)
    try:
        yield drv
    finally:
        drv.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture
def ui(db_path: str) -> Iterator[UIServer]:
    with server(db_path) as s:
        yield s


def _wait(drv: Any, cond: Any, timeout: float = 15) -> Any:
    return WebDriverWait(drv, timeout, poll_frequency=0.1).until(cond)


def _rows(drv: Any) -> list[Any]:
    return list(drv.find_elements(By.CSS_SELECTOR, "#feed tbody tr"))


def test_page_feed_filter_detail_and_ask(ui: UIServer, browser: Any) -> None:
    drv = browser
    drv.get(ui.url)
    _wait(drv, lambda d: len(_rows(d)) == 6)
    _wait(drv, lambda d: d.find_element(By.ID, "live").text == "live")
    # Charts: inline SVG bars for the day and the top rules.
    _wait(drv, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#chart-time rect")) >= 3)
    assert len(drv.find_elements(By.CSS_SELECTOR, "#chart-rules g.rule-bar")) == 3

    # Filter by verdict.
    Select(drv.find_element(By.ID, "f-verdict")).select_by_visible_text("deny")
    _wait(drv, lambda d: len(_rows(d)) == 2)
    assert {r.get_attribute("class") for r in _rows(drv)} == {"verdict-deny"}

    # Open a decision: reason, rule, the user's words.
    row = next(r for r in _rows(drv) if "git push" in r.text)
    row.click()
    _wait(drv, lambda d: d.find_element(By.ID, "detail").is_displayed())
    detail = drv.find_element(By.ID, "detail").text
    assert "reason for git push --force origin main" in detail
    assert "AM-GIT-001" in detail and "fix the failing test, but do not push" in detail

    # A decision recorded by another process shows up live (it passes the deny filter).
    rec = Recorder(url=ui.store_url)
    rec.record(Decision("deny", "live denial", ("AM-LIVE-001",)), Action("Bash", {"command": "shred -u notes.txt"}, "/p"),
               Context(session_id="live"), agent="codex")  # fmt: skip
    assert rec.flush()
    rec.close()
    _wait(drv, lambda d: any("shred -u notes.txt" in r.text for r in _rows(d)))

    # A pending ask: the agent side waits; the user approves on the page; the agent side gets "allow".
    store = open_store(ui.store_url)
    ask_id = open_ask(Decision("ask", "deploys to staging", ("AM-DEPLOY-001",)),
                      Action("Bash", {"command": "make deploy-staging"}, "/p"), Context(session_id="sess-1"),
                      agent="mcp-gateway", timeout=60, store=store)  # fmt: skip
    store.close()
    got: list[str] = []
    waiter = threading.Thread(
        target=lambda: got.append(wait_for_answer(ask_id, 45, store=open_store(ui.store_url)))
    )
    waiter.start()
    card = _wait(drv, lambda d: d.find_element(By.ID, f"ask-{ask_id}"))
    assert "make deploy-staging" in card.text and "deploys to staging" in card.text
    ARTIFACTS.mkdir(exist_ok=True)
    drv.save_screenshot(str(ARTIFACTS / "audit-ui.png"))
    card.find_element(By.CSS_SELECTOR, "button[data-answer=allow]").click()
    waiter.join(20)
    assert got == ["allow"]
    _wait(drv, lambda d: not d.find_elements(By.ID, f"ask-{ask_id}"))
    ask = open_store(ui.store_url).get_ask(ask_id)
    assert ask is not None and ask["status"] == "allow" and ask["answered_by"] == "web"


def test_page_refuses_missing_token(ui: UIServer, browser: Any) -> None:
    browser.get(f"http://127.0.0.1:{ui.port}/")
    assert "missing or wrong token" in browser.page_source
    time.sleep(0)


def test_open_logs_the_browser_in_without_the_token_on_its_command_line(ui: UIServer, browser: Any) -> None:
    """`automode ui --open` hands the browser a 0600 file that goes to a one-time URL (issue 13, finding 8d): the
    page loads and works, and the token is in neither the file nor the URL the browser was given."""
    path = ui.launch_file()
    assert ui.token not in path and ui.token not in Path(path).read_text()
    drv = browser
    drv.get("file://" + path)
    _wait(drv, lambda d: len(_rows(d)) == 6)
    _wait(drv, lambda d: d.find_element(By.ID, "live").text == "live")
    assert ui.token not in drv.current_url
