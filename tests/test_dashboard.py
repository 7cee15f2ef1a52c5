"""The dashboard in headless Chromium (Selenium) against uvicorn serving a hand-made test DB:
load, pick a dyad, see the series, click an event, see the highlighted sentence. Screenshots go
to test-artifacts/. Skips cleanly when chromium / chromedriver are absent."""

from __future__ import annotations

import shutil
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from detente.api import create_app
from detente.store import Store
from tests.store_factories import make_db

pytestmark = pytest.mark.browser
REPO = Path(__file__).resolve().parent.parent
ARTIFACTS = REPO / "test-artifacts"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import uvicorn

    db = make_db(tmp_path_factory.mktemp("dash") / "d.duckdb")
    store = Store(db, read_only=True)
    port = _free_port()
    config = uvicorn.Config(create_app(store=store), host="127.0.0.1", port=port,
                            log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            if httpx.get(url + "/health", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.1)
    yield url
    srv.should_exit = True
    thread.join(timeout=10)
    store.close()


@pytest.fixture(scope="module")
def driver() -> Iterator[object]:
    if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
        pytest.skip("chromium / chromedriver not installed (scripts/browser-deps.sh)")
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="detente-chromium-")
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 "--disable-dev-shm-usage", "--window-size=1400,1000",
                 f"--user-data-dir={profile}"):
        opts.add_argument(flag)
    try:
        drv = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    except Exception as err:  # a broken local browser install is not a dashboard bug
        pytest.skip(f"cannot start headless chromium: {err}")
    yield drv
    drv.quit()
    shutil.rmtree(profile, ignore_errors=True)


def _shot(drv: object, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    drv.save_screenshot(str(ARTIFACTS / f"dashboard-{name}.png"))  # type: ignore[attr-defined]


def test_dashboard_dyad_then_event_then_highlighted_sentence(server: str, driver) -> None:  # type: ignore[no-untyped-def]
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import Select, WebDriverWait

    wait = WebDriverWait(driver, 40, ignored_exceptions=(StaleElementReferenceException,))
    driver.get(server + "/")
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#dyad-chart rect.bar"))
    assert "detente" in driver.title
    # pick a dyad explicitly with the two actor pickers
    Select(driver.find_element(By.ID, "actor-a")).select_by_value("USA")
    Select(driver.find_element(By.ID, "actor-b")).select_by_value("CHN")
    Select(driver.find_element(By.ID, "period")).select_by_value("month")
    driver.find_element(By.ID, "dyad-go").click()
    wait.until(EC.text_to_be_present_in_element((By.ID, "dyad-summary"), "USA \u2194 CHN"))
    wait.until(lambda d: d.find_element(By.ID, "dyad-chart").get_attribute("data-periods") == "3")
    assert driver.find_elements(By.CSS_SELECTOR, "#dyad-chart path.tension-line")
    assert len(driver.find_elements(By.CSS_SELECTOR, "#dyad-chart rect.bar")) >= 3
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#dyad-events tr.event-row"))
    _shot(driver, "1-dyad")
    # the threat, reported by three articles: open it (the table may re-render meanwhile)
    def click_threat(d) -> bool:  # type: ignore[no-untyped-def]
        rows = d.find_elements(By.CSS_SELECTOR, "#dyad-events tr.event-row")
        threat = next((r for r in rows if "THREATEN" in r.text), None)
        if threat is None:
            return False
        threat.click()
        return True

    wait.until(click_threat)
    wait.until(EC.visibility_of_element_located((By.ID, "article-panel")))
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#article-text mark.hl-trigger"))
    sentence = driver.find_elements(By.CSS_SELECTOR, "#article-text mark.hl-sentence")
    assert sentence and "the United States" in " ".join(m.text for m in sentence)
    assert driver.find_element(By.CSS_SELECTOR, "#article-text mark.hl-source").text == "Xi"
    assert driver.find_element(By.CSS_SELECTOR,
                               "#article-text mark.hl-target").text == "the United States"
    assert "rule:" in driver.find_element(By.ID, "article-event").text
    _shot(driver, "2-article")


def test_dashboard_other_views(server: str, driver) -> None:  # type: ignore[no-untyped-def]
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    wait = WebDriverWait(driver, 40, ignored_exceptions=(StaleElementReferenceException,))
    driver.get(server + "/")
    driver.find_element(By.CSS_SELECTOR, "#tabs button[data-view=events]").click()
    wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#events-table tr.event-row")) == 8)
    driver.find_element(By.CSS_SELECTOR, "#events-table th[data-sort=goldstein]").click()
    # highest Goldstein first after sorting
    wait.until(lambda d: "6.4" in d.find_elements(
        By.CSS_SELECTOR, "#events-table tr.event-row")[0].text)
    _shot(driver, "3-events")
    driver.find_element(By.CSS_SELECTOR, "#tabs button[data-view=map]").click()
    wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#map circle.map-point")) == 3)
    _shot(driver, "4-map")
    driver.find_element(By.CSS_SELECTOR, "#tabs button[data-view=network]").click()
    wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#network g.node")) == 5)
    _shot(driver, "5-network")
    driver.find_element(By.CSS_SELECTOR, "#tabs button[data-view=quotes]").click()
    wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#quotes-list .quote")) == 2)
    _shot(driver, "6-quotes")
