"""The login pages: ask for a link, open it, log out.

The answer to a request is the same page whether or not the address may log in, so the
form tells no one who is a member. Opening a link shows a button first: mail scanners
that fetch every link in a message must not spend it.
"""

from __future__ import annotations

import logging
import re
from datetime import timedelta

from starlette.responses import Response

from digest.compose.message import Draft, compose
from digest.compose.render import render
from digest.outbox import enqueue
from portal import auth
from portal.http import SESSION_COOKIE, Handler, Req
from portal.limits import ClientKey, address_allowed, client_allowed
from store.models import Member

log = logging.getLogger(__name__)

_ADDRESS = re.compile(r"^[^@\s]{1,200}@[^@\s]{1,200}\.[^@\s]{1,60}$")


def _next(req: Req) -> str:
    wanted = req.query("nasta") or req.field("nasta")
    # Only a path on this site: never a redirect elsewhere.
    return wanted if wanted.startswith("/") and not wanted.startswith("//") else "/handelser"


def login_form(req: Req) -> Response:
    if req.who is not None:
        return req.redirect("/handelser")
    return req.render("login", nasta=_next(req), error="", email="")


def make_request_link(clients: ClientKey) -> Handler:
    def request_link(req: Req) -> Response:
        email = req.field("email").lower()
        if not _ADDRESS.match(email):
            return req.render("login", status=400, nasta=_next(req), email=email,
                              error="Skriv en hel e-postadress, till exempel namn@kommun.se.")
        site = req.site
        client = clients.of(req.client)
        window = timedelta(minutes=site.settings.window_minutes)
        if not client_allowed(req.s, client, site.settings.requests_per_client, window) \
                or not address_allowed(req.s, email, site.settings.requests_per_address,
                                       window):
            auth.audit(req.s, "request", email, client, "limited")
            log.info("login request refused: rate limit")
            return req.render("error", status=429, title="För många försök",
                              message="Vänta en stund och försök sedan igen.")
        allowed = auth.may_log_in(req.s, site, email)
        if allowed is not False:
            _send_link(req, email, allowed if not isinstance(allowed, bool) else None)
        auth.audit(req.s, "request", email, client, "sent" if allowed is not False else "refused")
        return req.render("login_sent", minutes=int(auth.LINK_LIFETIME.total_seconds() // 60))
    return request_link



def _send_link(req: Req, email: str, member: Member | None) -> None:
    site = req.site
    token = auth.issue_link(req.s, email, member)
    link = f"{site.settings.base_url}/logga-in/{token}"
    if req.query("nasta") or req.field("nasta"):
        link += f"?nasta={_next(req)}"
    text = render("portal/login_mail.txt.j2", link=link,
                  minutes=int(auth.LINK_LIFETIME.total_seconds() // 60))
    draft = Draft(to=email, subject="VSN: din inloggningslänk", text=text,
                  auto_submitted="auto-replied")
    enqueue(req.s, "login", site.bounce_address, compose(site.identity, draft))
    req.after.append(site.outbox_queued)


def link_page(req: Req) -> Response:
    return req.render("login_confirm", token=req.request.path_params["token"],
                      nasta=_next(req))


def use_link(req: Req) -> Response:
    email, outcome = auth.spend_link(req.s, req.request.path_params["token"])
    client = ""
    if email is not None and auth.may_log_in(req.s, req.site, email) is False:
        email, outcome = None, "not_allowed"   # suspended or left since the link was sent
    auth.audit(req.s, "login", email or "", client, outcome)
    if email is None:
        log.info("login link refused (%s)", outcome)
        return req.render("error", status=400, title="Länken fungerar inte",
                          message="Länken har redan använts eller är för gammal. "
                          "Begär en ny länk på inloggningssidan.", login_link=True)
    cookie = auth.start_session(req.s, email)
    req.cookies.append((SESSION_COOKIE, cookie, int(auth.ABSOLUTE.total_seconds())))
    log.info("portal login")
    return req.redirect(_next(req))


def logout(req: Req) -> Response:
    assert req.who is not None
    auth.end_session(req.s, req.who.session_id)
    auth.audit(req.s, "logout", req.who.email, "", "ok")
    req.cookies.append((SESSION_COOKIE, "", None))
    return req.redirect("/logga-in?utloggad=1")
