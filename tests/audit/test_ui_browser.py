"""The page in real headless Chromium (Selenium + Debian's chromium/chromium-driver): load, filter, open a
decision, see a live decision arrive, approve a pending ask and see the waiting agent side receive it.
A screenshot is kept in artifacts/ (gitignored)."""

from __future__ import annotations

import itertools
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


TIME_RE = r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$"  # the page's one time format (the chart's ticks drop the seconds)


def _layout_rows(url: str) -> None:
    """Rows that used to break the layout: a long MCP tool name, several long rule ids, a judge rule."""
    from automode.audit.row import build_row

    s = open_store(url)
    now = time.time()
    long_tool = "mcp__company-internal-knowledge-base__search_engineering_design_documents_by_keyword"
    rules = ("AM-AGENT-CONTROL-001", "AM-SECRET-FLOW-003", "config:Bash(terraform destroy*)")
    s.insert([
        build_row(Decision("ask", "an MCP tool with a long name", rules), Action(long_tool, {"query": "x" * 300}, "/home/dev/proj"),
                  Context(cwd="/home/dev/proj", project_root="/home/dev/proj", session_id="long"), agent="claude-code",
                  ts=now - 60, uid="long-tool"),
        build_row(Decision("deny", "the user said not to push", ("AM-JUDGE-001",)), Action("Bash", {"command": "git push"}, "/home/dev/proj"),
                  Context(cwd="/home/dev/proj", user_messages=("fix it but do not push",)), agent="claude-code", ts=now - 30, uid="judge"),
    ])  # fmt: skip
    s.close()


def _check_layout(drv: Any) -> list[Any]:
    """Every visible cell (and header) keeps to its column, is cut only with its full text in its title, every rule id
    is whole inside its cell, the time and verdict are never cut, and the action keeps a readable width."""
    boxes: list[Any] = drv.execute_script("""
      const seen = (td) => getComputedStyle(td).display !== 'none';
      return [...document.querySelectorAll('#feed thead tr, #feed tbody tr')].map((tr) => [...tr.children].filter(seen).map((td) => {
        const r = td.getBoundingClientRect(), cs = getComputedStyle(td);
        return {left: r.left, right: r.right, width: r.width, clipped: cs.overflowX === 'hidden', tag: td.tagName,
                fits: td.scrollWidth <= td.clientWidth + 1, title: td.title, text: td.textContent, cls: td.className,
                chips: [...td.querySelectorAll('.rule-id')].map((c) => ({text: c.textContent, right: c.getBoundingClientRect().right,
                                                                           left: c.getBoundingClientRect().left}))};
      }));""")  # fmt: skip
    for cells in boxes:
        for a, b in itertools.pairwise(cells):
            assert a["right"] <= b["left"] + 0.5, (a["cls"], b["cls"])
        for c in cells:
            if c["tag"] == "TH" or c["cls"] in ("time", "rules") or c["cls"].startswith("v "):
                assert c["fits"], c  # headers, times, verdicts and rule lists are never cut
            assert c["fits"] or (c["clipped"] and c["title"] == c["text"]), c  # cut only with the full text at hand
            for chip in c["chips"]:
                assert c["left"] - 0.5 <= chip["left"] and chip["right"] <= c["right"] + 0.5, chip  # the whole id shows
            if c["cls"] in ("action", "c-action"):
                assert c["width"] >= 150, c
    return boxes


def test_page_layout_time_format_chart_and_keyboard_at_1280px(ui: UIServer, browser: Any) -> None:
    """Issue 15 point 6: no cell overlaps its neighbour at 1280 px, every rule id is readable in full, one time format
    in the table, the detail and the chart, a chart with axes and a legend, judge rules documented, and the feed
    usable from the keyboard. A screenshot is kept in artifacts/."""
    from selenium.webdriver.common.keys import Keys

    _layout_rows(ui.store_url)
    drv = browser
    drv.set_window_size(1280, 900)
    drv.get(ui.url)
    _wait(drv, lambda d: len(_rows(d)) == 8)
    _wait(drv, lambda d: d.find_elements(By.ID, "chart-legend"))

    boxes = _check_layout(drv)
    chips = {ch["text"] for cells in boxes for c in cells for ch in c["chips"]}
    assert {"AM-AGENT-CONTROL-001", "AM-SECRET-FLOW-003", "config:Bash(terraform destroy*)", "AM-JUDGE-001"} <= chips
    tool_cell = next(c for cells in boxes for c in cells if c["cls"] == "tool" and c["text"].startswith("mcp__company"))
    assert tool_cell["title"].endswith("by_keyword")

    import re

    times = [r.find_element(By.CSS_SELECTOR, "td.time").text for r in _rows(drv)]
    assert all(re.match(TIME_RE, t) for t in times), times
    ticks = [t.text for t in drv.find_elements(By.CSS_SELECTOR, "#chart-time text.tick-x")]
    assert len(ticks) >= 2 and all(re.match(r"^\d{4}-\d\d-\d\d \d\d:\d\d$", t) for t in ticks), ticks
    assert drv.find_elements(By.ID, "axis-x") and drv.find_elements(By.ID, "axis-y")
    legend = drv.find_element(By.ID, "chart-legend").text
    assert all(v in legend for v in ("allow", "ask", "deny")), legend
    rule_titles = [t.get_attribute("textContent") for t in drv.find_elements(By.CSS_SELECTOR, "#chart-rules g.rule-bar title")]
    assert any(t.startswith("config:Bash(terraform destroy*)") for t in rule_titles)  # the full id, not the cut label

    # Keyboard: focus the first row, arrow down, Enter opens that decision, Escape closes it and keeps the focus.
    first = _rows(drv)[0]
    drv.execute_script("arguments[0].focus()", first)
    first.send_keys(Keys.ARROW_DOWN)
    focused = drv.switch_to.active_element
    assert focused.get_attribute("data-uid") == _rows(drv)[1].get_attribute("data-uid")
    focused.send_keys(Keys.ENTER)
    _wait(drv, lambda d: d.find_element(By.ID, "detail").is_displayed())
    focused.send_keys(Keys.ESCAPE)
    _wait(drv, lambda d: not d.find_element(By.ID, "detail").is_displayed())
    assert drv.switch_to.active_element.get_attribute("data-uid") == _rows(drv)[1].get_attribute("data-uid")

    # The judge's rule is documented in the detail, and the detail's time has the same format.
    next(r for r in _rows(drv) if r.get_attribute("data-uid") == "judge").click()
    _wait(drv, lambda d: "AM-JUDGE-001" in d.find_element(By.ID, "detail").text)
    _check_layout(drv)  # with the detail open too
    detail = drv.find_element(By.ID, "detail").text
    assert "Crosses a boundary the user stated" in detail and "no documentation" not in detail and "not in this" not in detail
    dd = drv.execute_script("return [...document.querySelectorAll('#detail dt')].find((e) => e.textContent === 'time').nextElementSibling.textContent")
    assert re.match(TIME_RE, dd), dd
    ARTIFACTS.mkdir(exist_ok=True)
    drv.save_screenshot(str(ARTIFACTS / "audit-ui-1280.png"))
