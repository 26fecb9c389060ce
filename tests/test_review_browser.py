"""The review page in real headless Chromium: renders offline, without errors, and runs no bulletin code.

Needs Debian's ``chromium`` and ``chromium-driver`` (``make browser-deps``). Without
them the test skips on a developer machine and fails under CI, where they must be.
The screenshot goes to artifacts/review.png (copy it to docs/review.png to refresh the
README's picture); the test never rewrites tracked files.
"""
from __future__ import annotations

import csv
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.review import element_id

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[1]
CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--window-size=1280,1600"]
HOSTILE = ('Hostile County spent 5 million yuan in 2019 on <script>window.__pwned = 1</script> roads.\n'
           'It built 300 schools in 2020. "><img src=x onerror="window.__pwned = 2"> '
           "<svg onload=\"window.__pwned = 3\"></svg>\n")


def require_browser() -> None:
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    try:
        import selenium  # noqa: F401
    except ImportError:
        missing.append("selenium (pip install -e '.[test]')")
    if missing:
        reason = f"{', '.join(missing)} missing: run `make browser-deps` (apt-get install chromium chromium-driver)"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    require_browser()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in FLAGS + [f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"]:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    yield driver
    driver.quit()


def review_page(corpus: Path, work: Path) -> tuple[Path, Path]:
    """Extract ``corpus`` and write its review page; returns (page, out_dir)."""
    out, page = work / "out", work / "review.html"
    runner = CliRunner()
    result = runner.invoke(main, ["extract", str(corpus), "--out", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["review", str(out), "--corpus", str(corpus), "--html", str(page)])
    assert result.exit_code == 0, result.output
    return page, out


def open_page(driver, page: Path) -> tuple[list[dict], set[str]]:
    """Load ``page``; return its console entries and the URLs it requested."""
    from selenium.webdriver.support.ui import WebDriverWait
    driver.get_log("browser")
    driver.get_log("performance")
    driver.get(page.as_uri())
    WebDriverWait(driver, 30).until(lambda d: d.execute_script(
        "return document.readyState === 'complete' && document.querySelectorAll('.chart').length === "
        "document.querySelectorAll('.chart svg.marks').length"))
    console = driver.get_log("browser")
    requests = set()
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        # Chromium's own pages (the new-tab page at start-up) are not the review page's doing.
        if message["method"] == "Network.requestWillBeSent" and \
                not message["params"].get("documentURL", "").startswith("chrome"):
            requests.add(message["params"]["request"]["url"])
    return console, requests


def rows(out: Path, table: str) -> list[dict[str, str]]:
    with (out / f"{table}.csv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def corpus_page(browser, tmp_path_factory):
    page, out = review_page(REPO / "corpus", tmp_path_factory.mktemp("review"))
    console, requests = open_page(browser, page)
    return browser, page, out, console, requests


def test_review_browser_shows_no_console_errors(corpus_page):
    _, _, _, console, _ = corpus_page
    assert [e for e in console if e["level"] == "SEVERE"] == []


def test_review_browser_makes_no_network_request(corpus_page):
    _, page, _, _, requests = corpus_page
    assert {u for u in requests if not u.startswith("data:")} == {page.as_uri()}


def test_review_browser_highlights_every_mention(corpus_page):
    driver, _, out, _, _ = corpus_page
    shown = driver.execute_script("return document.querySelectorAll('mark.m[id][tabindex]').length")
    assert shown == len(rows(out, "mentions")) > 0


def test_review_browser_filters_the_records_table(corpus_page):
    driver, _, out, _, _ = corpus_page
    records = rows(out, "indicators")
    assert driver.execute_script("return document.querySelectorAll('#records tbody tr').length") == len(records)
    indicator = records[0]["indicator"]
    shown = driver.execute_script("""
        const s = document.getElementById('f-indicator'); s.value = arguments[0];
        s.dispatchEvent(new Event('input'));
        const visible = [...document.querySelectorAll('#records tbody tr')].filter(tr => !tr.hidden);
        const result = visible.map(tr => tr.dataset.indicator);
        s.value = ''; s.dispatchEvent(new Event('input'));
        return result;""", indicator)
    assert shown == [indicator] * sum(r["indicator"] == indicator for r in records)


@pytest.mark.parametrize("direction", ["ascending", "descending"])
def test_review_browser_sorts_the_records_table(corpus_page, direction):
    driver = corpus_page[0]
    header = driver.find_element("xpath", "//table[@id='records']//th[button='value']")
    for _ in range(2):
        if header.get_attribute("aria-sort") != direction:
            header.find_element("tag name", "button").click()
    values = driver.execute_script(
        "return [...document.querySelectorAll('#records tbody tr')].map(tr => parseFloat(tr.cells[1].dataset.sort))")
    assert header.get_attribute("aria-sort") == direction
    assert values == sorted(values, reverse=direction == "descending")


def test_review_browser_draws_the_charts(corpus_page):
    driver, _, out, _, _ = corpus_page
    charted = {r["indicator"] for r in rows(out, "indicators") if r["indicator"] != "other" and r["year_end"]}
    drawn = driver.execute_script(
        "return [...document.querySelectorAll('.chart')].filter(c => c.querySelector('svg.marks path, "
        "svg.marks .mark-symbol')).length")
    assert drawn == len(charted) > 0


def test_review_browser_shows_a_tooltip_on_focus(corpus_page):
    """Following a record's evidence link focuses its mention, whose tooltip then shows."""
    driver, _, out, _, _ = corpus_page
    record = rows(out, "indicators")[0]
    link = driver.find_element("css selector", f'#records a[href="#{element_id("m-", record["record_id"])}"]')
    link.click()
    active = driver.switch_to.active_element
    tip = driver.find_element("id", active.get_attribute("aria-describedby"))
    assert (active.tag_name, active.get_attribute("id")) == ("mark", element_id("m-", record["record_id"]))
    assert tip.is_displayed()
    assert record["indicator"] in tip.text and "value" in tip.text
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", active)
    shot = driver.get_screenshot_as_png()
    target = REPO / "artifacts" / "review.png"
    target.parent.mkdir(exist_ok=True)
    target.write_bytes(shot)


def test_review_browser_runs_nothing_from_a_hostile_bulletin(browser, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    page, _ = review_page(corpus, tmp_path)
    console, requests = open_page(browser, page)
    assert browser.execute_script("return typeof window.__pwned") == "undefined"
    assert browser.execute_script("return document.querySelectorAll('main img, main svg:not(.marks)').length") == 0
    assert "<script>window.__pwned = 1</script>" in browser.find_element("id", "documents").text
    assert [e for e in console if e["level"] == "SEVERE"] == []
    assert {u for u in requests if not u.startswith("data:")} == {page.as_uri()}
