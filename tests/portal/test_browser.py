"""The portal in a real Chromium against a real `vsn serve`: log in with the link read
from the Maildir outbox, browse, search, comment, change settings, unsubscribe with one
click. On every page axe-core finds no WCAG 2.1 AA violation, and at 380 px nothing
scrolls sideways. One browser and one server for the module (a driver takes ~1.2 s)."""

from __future__ import annotations

import re
import shutil
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from portalkit import IDENTITY, MODERATOR, add_event, add_member
from sqlmodel import col, select

from digest.notices.first import notify
from store.db import make_engine, session
from store.models import Event, Member

from support import Server, free_port, wait_for, write_config

pytestmark = pytest.mark.skipif(shutil.which("chromedriver") is None,
                                reason="needs Debian's chromium and chromium-driver")
webdriver = pytest.importorskip("selenium.webdriver")
from axe_selenium_python import Axe  # noqa: E402
from selenium.common.exceptions import (  # noqa: E402
    StaleElementReferenceException,
    WebDriverException,
)
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.remote.webdriver import WebDriver  # noqa: E402
from selenium.webdriver.remote.webelement import WebElement  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

MEMBER = "fia.falk@kommun.example.se"
LEAVER = "gustav.gran@kommun.example.se"
ONE_CLICK = "hanna.hed@kommun.example.se"
# The axe-core that axe-selenium-python ships (3.1) tags its WCAG 2.1 A rules wcag2a and
# knows no "wcag21a" tag: these three tags are every WCAG 2.1 A and AA rule it has.
WCAG: dict[str, object] = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa",
                                                                  "wcag21aa"]}}
LINK = re.compile(r"http://\S+/logga-in/[a-z0-9]+\S*")


@dataclass
class Portal:
    server: Server
    base: str
    driver: WebDriver
    seen: list[str]
    signed_in: str = ""  # whose session the browser holds


@pytest.fixture(scope="module")
def portal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Portal]:
    folder = tmp_path_factory.mktemp("portal")
    port, web = free_port(), free_port()
    base = f"http://127.0.0.1:{web}"
    write_config(folder, port, f'\n[portal]\nlisten = "127.0.0.1:{web}"\nbase_url = "{base}"\n',
                 moderators=(MODERATOR,))
    server = Server(folder, port).start()
    wait_for(lambda: _answers(base), 30, "the portal to listen")
    _seed(folder)
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    try:
        yield Portal(server, base, driver, [])
    finally:
        driver.quit()
        server.stop()


def _answers(base: str) -> bool:
    try:
        with urllib.request.urlopen(f"{base}/static/anchor.html", timeout=2) as r:
            return bool(r.status == 200)
    except OSError:
        return False


def _seed(folder: Path) -> None:
    engine = make_engine(f"sqlite:///{folder / 'var' / 'vsn.sqlite3'}")
    for address in (MEMBER, LEAVER, ONE_CLICK):
        add_member(engine, address)
    for n in range(24):
        add_event(engine, f"Gula tabletter {n}", "Tabletter med logga. Hög halt.",
                  days_ago=30 - n, region="Region Uppsala")
    add_event(engine, "Fentanyl i falska tabletter",
              "Tabletterna är märkta M30.\nFlera förgiftningar.", urgency="red",
              region="Region Skåne", verified=True)
    engine.dispose()


def check(p: Portal) -> None:
    """axe-core and the 380 px width check on the page the browser shows now."""
    d = p.driver
    # A page reached by a click may still be loading: axe must see the finished document.
    WebDriverWait(d, 30).until(
        lambda drv: drv.execute_script("return document.readyState") == "complete")
    Axe(d).inject()
    result = d.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, arguments[0]).then(r => done(r.violations))"
        ".catch(e => done('axe failed: ' + e));", WCAG)
    assert not isinstance(result, str), result
    violations = result
    assert violations == [], f"{d.current_url}: " + "; ".join(
        f"{v['id']}: {v['help']} ({len(v['nodes'])})" for v in violations)
    d.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                      {"width": 380, "height": 800, "deviceScaleFactor": 1, "mobile": True})
    try:
        wide = d.execute_script(
            "return [document.documentElement.scrollWidth, window.innerWidth]")
        assert wide[0] <= wide[1], f"{d.current_url} scrolls sideways at 380 px: {wide}"
    finally:
        d.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    p.seen.append(d.current_url.split("?")[0].removeprefix(p.base))


def click(d: WebDriver, by: str, what: str) -> None:
    """Click something that loads a new page, and wait until the new page is there."""
    old = d.find_element(By.TAG_NAME, "html")
    d.find_element(by, what).click()
    WebDriverWait(d, 30).until(lambda _: _gone(old))
    WebDriverWait(d, 30).until(
        lambda drv: drv.execute_script("return document.readyState") == "complete")


def _gone(element: WebElement) -> bool:
    """The element left the document: the page was replaced. Chromium reports a node of a
    replaced document either as stale or as one that "does not belong to the document"."""
    try:
        element.is_enabled()
    except StaleElementReferenceException:
        return True
    except WebDriverException as error:
        if "does not belong to the document" in str(error):
            return True
        raise
    return False


def log_in(p: Portal, address: str) -> None:
    d = p.driver
    d.delete_all_cookies()
    d.get(f"{p.base}/logga-in")
    check(p)
    d.find_element(By.ID, "email").send_keys(address)
    click(d, By.CSS_SELECTOR, "main button[type=submit]")
    assert "Kolla din e-post" in d.find_element(By.TAG_NAME, "h1").text
    check(p)
    mails = p.server.outbox.wait(address, "inloggningslänk", count=1, timeout=60)
    found = LINK.search(mails[-1].get_body(preferencelist=("plain",)).get_content())
    assert found is not None
    d.get(found.group(0))
    check(p)
    click(d, By.CSS_SELECTOR, "main button[type=submit]")
    assert "/handelser" in d.current_url
    for item in (p.server.outbox.path / "new").iterdir():   # one link per login here
        if "inloggningsl" in item.read_text(errors="replace"):
            item.unlink()
    p.signed_in = address


def as_member(p: Portal, address: str) -> None:
    """Each test runs alone too: it logs in unless an earlier test left this member's session."""
    if p.signed_in != address:
        log_in(p, address)


def test_log_in_browse_and_read_an_event(portal: Portal) -> None:
    d = portal.driver
    log_in(portal, MEMBER)
    check(portal)
    assert len(d.find_elements(By.CSS_SELECTOR, "ol.events > li")) == 20
    click(d, By.LINK_TEXT, "Nästa sida")
    check(portal)
    d.get(f"{portal.base}/handelser")
    click(d, By.LINK_TEXT, "Fentanyl i falska tabletter")
    check(portal)
    page = d.find_element(By.TAG_NAME, "main").text
    assert "Tabletterna är märkta M30." in page and "sprid vidare" in page.lower()


def test_filter_and_search(portal: Portal) -> None:
    as_member(portal, MEMBER)
    d = portal.driver
    d.get(f"{portal.base}/handelser")
    d.find_element(By.CSS_SELECTOR, "#bradska option[value=red]").click()
    click(d, By.CSS_SELECTOR, ".filters button")
    titles = [e.text for e in d.find_elements(By.CSS_SELECTOR, "ol.events h2")]
    assert titles == ["Fentanyl i falska tabletter"]
    d.get(f"{portal.base}/sok")
    d.find_element(By.ID, "q").send_keys("fentanyl")
    click(d, By.CSS_SELECTOR, ".search button")
    check(portal)
    marks = [m.text.lower() for m in d.find_elements(By.TAG_NAME, "mark")]
    assert "fentanyl" in marks


def test_comment_waits_for_review(portal: Portal) -> None:
    as_member(portal, MEMBER)
    d = portal.driver
    d.get(f"{portal.base}/handelser")
    click(d, By.LINK_TEXT, "Fentanyl i falska tabletter")
    d.find_element(By.ID, "text").send_keys("Vi har också sett M30-tabletter i Lund.")
    click(d, By.CSS_SELECTOR, "#kommentera button")
    assert "väntar på granskning" in d.find_element(By.ID, "kommentera").text
    check(portal)
    # The worker takes it like a mailed comment: the member gets the acknowledgement.
    portal.server.outbox.wait(MEMBER, "Mottaget", count=1, timeout=90)
    review = portal.server.outbox.wait(MODERATOR, "Kommentar till", count=1, timeout=90)
    assert review


def test_change_settings(portal: Portal) -> None:
    as_member(portal, MEMBER)
    d = portal.driver
    d.get(f"{portal.base}/installningar")
    check(portal)
    assert d.find_element(By.ID, "green").is_selected()    # every urgency at once by default
    d.find_element(By.ID, "green").click()                  # green in the digest only
    click(d, By.CSS_SELECTOR, "main form button")
    assert "sparade" in d.find_element(By.TAG_NAME, "main").text
    assert not d.find_element(By.ID, "green").is_selected()
    check(portal)
    d.get(f"{portal.base}/avsluta")
    check(portal)


def test_staff_pages(portal: Portal) -> None:
    log_in(portal, MODERATOR)
    d = portal.driver
    d.get(f"{portal.base}/granskning")
    check(portal)
    assert "Kommentar" in d.find_element(By.TAG_NAME, "table").text
    assert "Ingen" in d.find_element(By.CSS_SELECTOR, "td.open").text
    # Ask for the comment's review mail: the serve's job sends it, and the queue says
    # who has it open.
    click(d, By.XPATH, "//button[starts-with(normalize-space(), 'Skicka granskningsmejlet')]")
    assert "skickas till dig" in d.find_element(By.CSS_SELECTOR, "p.notice").text
    assert d.find_element(By.CSS_SELECTOR, "td.open").text.startswith("Öppen hos: du sedan ")
    check(portal)
    reviews = portal.server.outbox.wait(MODERATOR, "Kommentar till", count=2, timeout=90)
    text = reviews[-1].get_body(preferencelist=("plain",)).get_content()
    assert "Du bad om det här granskningsmejlet i portalen" in text


def test_unsubscribe_with_one_click(portal: Portal) -> None:
    engine = make_engine(portal.server.store_url.replace(
        "sqlite:///var", f"sqlite:///{portal.server.folder}/var"))
    with session(engine) as s:
        event = s.exec(select(Event).where(col(Event.urgency) == "red")).one()
        notify(s, replace(IDENTITY, portal_url=portal.base), "vsn-bounces@vsn.example.se",
               event)
    url = {}
    for address in (LEAVER, ONE_CLICK):
        (notice,) = portal.server.outbox.wait(address, "[VSN RÖD]", count=1, timeout=60)
        url[address] = str(notice["List-Unsubscribe"]).split(">")[0].lstrip("<")
    d = portal.driver
    d.delete_all_cookies()
    d.get(url[LEAVER])           # a person in a browser: a page with a button
    check(portal)
    click(d, By.CSS_SELECTOR, "main button")
    assert "avslutat" in d.find_element(By.TAG_NAME, "h1").text
    check(portal)
    # A mail provider's one-click: a POST without any session (RFC 8058).
    request = urllib.request.Request(url[ONE_CLICK], data=b"List-Unsubscribe=One-Click",
                                     method="POST")
    with urllib.request.urlopen(request, timeout=10) as answer:
        assert answer.status == 200
    with session(engine) as s:
        status = {m.email: m.status for m in s.exec(select(Member))}
    engine.dispose()
    assert status[LEAVER] == "left" and status[ONE_CLICK] == "left"
    assert status[MEMBER] == "active"


def test_every_page_was_checked(portal: Portal) -> None:
    kinds = {re.sub(r"/[a-z0-9]{20,}$|/\d{4}-\d{4}$", "/*", p) for p in portal.seen}
    assert {"/logga-in", "/logga-in/*", "/handelser", "/handelser/*", "/sok",
            "/installningar", "/avsluta", "/granskning", "/avregistrera/*"} <= kinds
