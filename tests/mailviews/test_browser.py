"""Every HTML mail opened in a real Chromium (Debian's chromium and chromium-driver, no
browser download) at desktop (800 px) and phone (380 px) width: nothing scrolls sideways
on a phone, axe-core finds no WCAG 2.1 AA violation, and the visible text never runs two
lines together. One browser for the whole module: it takes a second to start."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from axe_selenium_python import Axe
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

from mailviews.kit import View, html_views

CHROMIUM = Path("/usr/bin/chromium")
DRIVER = Path("/usr/bin/chromedriver")
WIDTHS = (800, 380)
# The axe-core that axe-selenium-python ships (3.1) tags WCAG 2.1 A rules wcag2a and the
# 2.1 AA additions wcag21aa; it has no "wcag21a" tag and rejects a run that names one.
AXE_OPTIONS = json.dumps({"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21aa"]}})
AXE_RUN = ("var done = arguments[arguments.length - 1];"
           "axe.run(document, %s).then(done, function (e) { done({error: String(e)}); });")
RUN_TOGETHER = re.compile(r"[a-zåäö]{2}\.[A-ZÅÄÖ][a-zåäö]|>[A-ZÅÄÖ][a-zåäö]+:")
VIEWS = html_views()

pytestmark = pytest.mark.skipif(not (CHROMIUM.exists() and DRIVER.exists()),
                                reason="needs chromium and chromium-driver "
                                       "(scripts/install-servers.sh installs them)")


@pytest.fixture(scope="module")
def browser() -> Iterator[webdriver.Chrome]:
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                 "--disable-gpu"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(str(DRIVER)), options=options)
    driver.set_script_timeout(30)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Each HTML part written to a file, as a mail client would hold it."""
    folder = tmp_path_factory.mktemp("mails")
    found = {}
    for view in VIEWS:
        html = view.pair()[1]
        assert html is not None
        path = folder / f"{view.name}.html"
        path.write_text(html, encoding="utf-8")
        found[view.name] = path.as_uri()
    return found


def _open(browser: webdriver.Chrome, url: str, width: int) -> None:
    # Headless Chromium will not make a window narrower than 500 px: emulate the width.
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 500})
    browser.get(url)


def test_every_html_mail_is_opened() -> None:
    assert {v.stem for v in VIEWS} == {"member/notice", "member/digest", "moderator/review",
                                       "member/comment_notice"}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("view", VIEWS, ids=lambda v: v.name)
def test_fits_the_width_and_passes_axe(browser: webdriver.Chrome, pages: dict[str, str],
                                       view: View, width: int) -> None:
    _open(browser, pages[view.name], width)
    scroll, inner = browser.execute_script(
        "return [document.documentElement.scrollWidth, window.innerWidth]")
    assert inner == width
    assert scroll <= inner, f"{view.name} scrolls sideways at {width} px"
    Axe(browser).inject()
    result = browser.execute_async_script(AXE_RUN % AXE_OPTIONS)
    assert "error" not in result
    assert [(v["id"], [n["target"] for n in v["nodes"]]) for v in result["violations"]] == []


@pytest.mark.parametrize("view", VIEWS, ids=lambda v: v.name)
def test_visible_text_keeps_its_breaks(browser: webdriver.Chrome, pages: dict[str, str],
                                       view: View) -> None:
    _open(browser, pages[view.name], 800)
    text = browser.execute_script("return document.body.innerText")
    assert not RUN_TOGETHER.search(text)
    if view.name == "notice_red":
        # Paragraphs and line breaks, not pre-wrap: the advice keeps its three lines.
        assert "Ha naloxon nära till hands.\nAnvänd inte ensam." in text
        assert text.count("Under helgen har vi haft") == 1
