"""The portal's defences, each as a user or an attacker would meet it."""

from __future__ import annotations

import logging
import re
from dataclasses import replace

import pytest
from portalkit import (
    MODERATOR,
    add_event,
    add_member,
    csrf_of,
    link_in,
    log_in,
    mails_to,
    make_site,
    new_inbound,
    request_link,
)
from sqlalchemy.engine import Engine
from sqlmodel import col, select
from starlette.testclient import TestClient

from portal.app import create_app
from portal.settings import DEFAULTS
from store.db import session
from store.models import Event, EventComment, Report

MEMBER = "dora.dahl@kommun.example.se"
PAGES = ("/handelser", "/sok?q=test", "/installningar", "/avsluta", "/granskning")


def forms(html: str) -> list[str]:
    return re.findall(r"<form[^>]*method=\"post\".*?</form>", html, re.S)


def test_every_form_carries_a_csrf_token(client: TestClient, engine: Engine) -> None:
    add_member(engine, MEMBER)
    ref = add_event(engine, "T", "x")
    found = forms(client.get("/logga-in").text)
    log_in(client, engine, MEMBER)
    for path in (*PAGES, f"/handelser/{ref}"):
        found += forms(client.get(path).text)
    assert len(found) >= 6
    assert all('name="csrf"' in f for f in found)


def test_a_post_without_the_token_is_refused(client: TestClient, engine: Engine) -> None:
    add_member(engine, MEMBER)
    ref = add_event(engine, "T", "x")
    assert client.post("/logga-in", data={"email": MEMBER}).status_code == 403
    assert mails_to(engine, MEMBER) == []
    log_in(client, engine, MEMBER)
    for path in ("/installningar", "/avsluta", f"/handelser/{ref}/kommentera", "/logga-ut"):
        answer = client.post(path, data={"csrf": "forged", "text": "x", "green": "pa"})
        assert answer.status_code == 403, path
    assert client.get("/handelser", follow_redirects=False).status_code == 200  # still in


@pytest.mark.parametrize("path", ["/logga-in", "/static/portal.css", "/finns-inte",
                                  "/handelser"])
def test_security_headers_on_every_response(client: TestClient, path: str) -> None:
    answer = client.get(path, follow_redirects=False)
    csp = answer.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert answer.headers["referrer-policy"] == "no-referrer"


def test_cookies_are_httponly_lax_and_secure_on_https(engine: Engine) -> None:
    add_member(engine, MEMBER)
    site = make_site(engine, replace(DEFAULTS, base_url="https://vsn.example.se"))
    with TestClient(create_app(site), base_url="https://vsn.example.se") as client:
        log_in(client, engine, MEMBER)
        cookies = [h for h in _set_cookies(client, engine)]
    assert cookies and all("HttpOnly" in c and "SameSite=lax" in c and "Secure" in c
                           for c in cookies)


def _set_cookies(client: TestClient, engine: Engine) -> list[str]:
    client.cookies.clear()
    answer = client.get("/logga-in")
    found = answer.headers.get_list("set-cookie")
    request_link(client, MEMBER)
    link = link_in(mails_to(engine, MEMBER, "login")[-1])
    done = client.post(link, data={"csrf": csrf_of(client.get(link).text)},
                       follow_redirects=False)
    return found + done.headers.get_list("set-cookie")


def test_cookies_are_not_secure_on_plain_http(client: TestClient, engine: Engine) -> None:
    add_member(engine, MEMBER)
    cookies = _set_cookies(client, engine)
    assert cookies and all("Secure" not in c and "HttpOnly" in c for c in cookies)


def test_login_requests_are_limited_per_address(client: TestClient, engine: Engine) -> None:
    add_member(engine, MEMBER)
    codes = [request_link(client, MEMBER) for _ in range(DEFAULTS.requests_per_address + 1)]
    assert codes[:-1] == [200] * DEFAULTS.requests_per_address and codes[-1] == 429
    assert len(mails_to(engine, MEMBER, "login")) == DEFAULTS.requests_per_address


def test_login_requests_are_limited_per_client(client: TestClient, engine: Engine) -> None:
    codes = [request_link(client, f"guess{n}@example.se")
             for n in range(DEFAULTS.requests_per_client + 1)]
    assert codes[-1] == 429 and codes.count(429) == 1


def test_markup_in_events_and_comments_is_shown_as_text(client: TestClient,
                                                        engine: Engine) -> None:
    add_member(engine, MEMBER)
    ref = add_event(engine, "Tabletter <script>alert(1)</script>", "<b>fet</b> & <i>kursiv</i>")
    with session(engine) as s:
        event = s.exec(select(Event).where(col(Event.reference) == ref)).one()
        report = Report(reference="C-9", inbound_id=new_inbound(s), sender="x@y.se",
                        urgency="yellow", status="published", event_id=event.id)
        s.add(report)
        s.flush()
        s.add(EventComment(event_id=event.id or 0, report_id=report.id or 0,
                           text='<img src=x onerror="alert(2)">'))
    log_in(client, engine, MEMBER)
    for page in (client.get(f"/handelser/{ref}").text, client.get("/handelser").text):
        assert "<script>alert" not in page and "<img src=x" not in page
        assert "&lt;script&gt;" in page
    marked = client.get("/sok?q=tabletter").text   # the highlighting escapes too
    assert "<script>alert" not in marked
    assert "<mark>Tabletter</mark> &lt;script&gt;alert(1)&lt;/script&gt;" in marked
    assert "&lt;b&gt;fet&lt;/b&gt; &amp; &lt;i&gt;" in client.get(f"/handelser/{ref}").text


def test_a_login_link_never_redirects_off_site(client: TestClient, engine: Engine) -> None:
    add_member(engine, MEMBER)
    form = client.get("/logga-in?nasta=//evil.example/x")
    client.post("/logga-in?nasta=//evil.example/x",
                data={"email": MEMBER, "csrf": csrf_of(form.text), "nasta": "//evil.example"})
    link = link_in(mails_to(engine, MEMBER, "login")[-1])
    done = client.post(link + "?nasta=https://evil.example",
                       data={"csrf": csrf_of(client.get(link).text)}, follow_redirects=False)
    assert done.headers["location"] == "/handelser"


def test_no_personal_data_in_logs(client: TestClient, engine: Engine,
                                  caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    add_member(engine, MEMBER)
    ref = add_event(engine, "T", "x")
    log_in(client, engine, MEMBER)
    page = client.get(f"/handelser/{ref}")
    client.post(f"/handelser/{ref}/kommentera",
                data={"csrf": csrf_of(page.text), "text": "Min kommentar om Lund"})
    request_link(client, "stranger@example.se")
    token = link_in(mails_to(engine, MEMBER, "login")[-1]).rsplit("/", 1)[1]
    # The test's own HTTP client logs its requests; the server's records are the others.
    logged = "\n".join(r.getMessage() for r in caplog.records
                       if not r.name.startswith("httpx"))
    assert logged   # the portal does log what happens
    for secret in (MEMBER, "dora", "stranger", token, "Min kommentar", "testclient"):
        assert secret not in logged


def test_staff_pages_are_for_staff(client: TestClient, engine: Engine) -> None:
    log_in(client, engine, MODERATOR)
    assert client.get("/granskning").status_code == 200
    assert client.get("/admin/ansokningar").status_code == 403


def test_login_limits_hold_across_processes(engine: Engine) -> None:
    # Two apps on one database, as two `vsn serve` on PostgreSQL: requests through either
    # count towards one limit per client and one per address.
    apps = [TestClient(create_app(make_site(engine)), base_url="http://127.0.0.1:8080")
            for _ in range(2)]
    codes = [request_link(apps[n % 2], f"guess{n}@example.se")
             for n in range(DEFAULTS.requests_per_client + 1)]
    assert codes[-1] == 429 and codes.count(429) == 1
    add_member(engine, MEMBER)
    other = [TestClient(create_app(make_site(engine)), base_url="http://127.0.0.1:8080",
                        client=(f"10.0.0.{n}", 50000)) for n in range(2)]
    codes = [request_link(other[n % 2], MEMBER)
             for n in range(DEFAULTS.requests_per_address + 1)]
    assert codes[:-1] == [200] * DEFAULTS.requests_per_address and codes[-1] == 429
    assert len(mails_to(engine, MEMBER, "login")) == DEFAULTS.requests_per_address
