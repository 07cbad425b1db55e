"""Request plumbing shared by every page: the session, CSRF, rendering, headers.

Handlers are plain functions run in a worker thread (the store is synchronous); the ASGI
side only reads the form and hands over. Every response carries the security headers.
"""

from __future__ import annotations

import asyncio
import hmac
import secrets
import threading
from collections.abc import Awaitable, Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from markupsafe import Markup
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from digest.compose.render import render as render_template
from portal.auth import Who, current_along
from portal.frame import Look
from portal.site import Site
from store.db import reading, session
from store.direct import Direct

SESSION_COOKIE = "vsn_session"
CSRF_COOKIE = "vsn_csrf"

SECURITY_HEADERS = (
    (b"content-security-policy",
     b"default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'"),
    # A login or unsubscribe link in the address bar must not leak to another site.
    (b"referrer-policy", b"no-referrer"),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
)


class SecurityHeaders:
    """Adds the headers above to every response, static files and errors included."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        await self.app(scope, receive, with_headers)


@dataclass
class Req:
    request: Request
    s: Session
    site: Site
    who: Who | None
    form: FormData | None
    anon_csrf: str
    new_anon_csrf: bool = False
    cookies: list[tuple[str, str, int | None]] = field(default_factory=list)
    # Run after the transaction committed (wake a worker for what the handler queued).
    after: list[Callable[[], None]] = field(default_factory=list)
    # The rows of the page's first read, made with the session's (Rule.along); empty
    # when there was none (a POST, or no one logged in).
    along: Sequence[Any] = ()

    @property
    def csrf(self) -> str:
        return self.who.csrf if self.who is not None else self.anon_csrf

    def field(self, name: str) -> str:
        value = self.form.get(name) if self.form is not None else None
        return value.strip() if isinstance(value, str) else ""

    def query(self, name: str) -> str:
        return self.request.query_params.get(name, "").strip()

    @property
    def client(self) -> str:
        return self.request.client.host if self.request.client else ""

    def render(self, name: str, *, status: int = 200, **context: Any) -> HTMLResponse:
        html = self._rendered(name, requests=self.site.identity.requests, **context)
        return HTMLResponse(html, status_code=status, headers={"Cache-Control": "no-store"})

    def framed(self, main: Markup, *, title: str) -> HTMLResponse:
        """A main part in the common layout (page.html.j2), the layout kept per look."""
        who = self.who
        menu = None if who is None else (who.active_member, who.moderator, who.admin)
        look = Look(title, self.request.scope["path"], self.csrf, menu)
        html = self.site.frames.around(
            look, main, lambda part: self._rendered("page", title=title, main=part))
        return HTMLResponse(html, headers={"Cache-Control": "no-store"})

    def _rendered(self, name: str, **context: Any) -> str:
        """templates/portal/<name>.html.j2 with what every page's layout shows."""
        return render_template(f"portal/{name}.html.j2", who=self.who, csrf=self.csrf,
                               path=self.request.scope["path"], **context)

    def redirect(self, to: str) -> RedirectResponse:
        return RedirectResponse(to, status_code=303)


Handler = Callable[[Req], Response]
# A page's first read for a GET, made in the session's statement (auth.along): the
# statement, and its values from the request.
Along = Callable[[Request], tuple[Direct, dict[str, Any]]]


@dataclass(frozen=True)
class Rule:
    login: bool = True
    role: str = ""          # "", "moderator" or "admin"
    csrf: bool = True       # POSTs only; False only where a URL token is the authority
    # A page that only reads (besides the session's single-statement "seen" or "ended"):
    # run without a transaction (autocommit), which saves PostgreSQL two round trips per
    # request, BEGIN and COMMIT, each waking the database server for nothing.
    reads: bool = False
    along: Along | None = None


# Pages run in a few threads of their own (the store is synchronous). anyio's default of 40
# threads for 50 busy clients on two cores mostly queued them for the GIL and for the
# connection pool's lock; 8 keep both cores busy while some wait for the database.
# One queue that all of them take from (concurrent.futures), not anyio's queue per thread:
# there a page was handed to an idle thread, asleep, and waking it cost a system call and
# a switch for every page; here a thread that finishes a page takes the next waiting one
# without sleeping, so under load pages are rarely handed to a sleeping thread.
THREADS = 8
_POOL: list[ThreadPoolExecutor] = []
_POOL_LOCK = threading.Lock()


def _pool() -> ThreadPoolExecutor:
    """The pages' threads, started with the first page (shared by every event loop: a
    thread is not bound to a loop; the result comes back through the awaiting loop)."""
    with _POOL_LOCK:
        if not _POOL:
            _POOL.append(ThreadPoolExecutor(THREADS, thread_name_prefix="portal-page"))
        return _POOL[0]


def page(site: Site, handler: Handler, rule: Rule = Rule()) -> Callable[
        [Request], Awaitable[Response]]:
    async def endpoint(request: Request) -> Response:
        form = await request.form() if request.method == "POST" else None
        return await asyncio.get_running_loop().run_in_executor(
            _pool(), _run, site, handler, rule, request, form)
    return endpoint


def _run(site: Site, handler: Handler, rule: Rule, request: Request,
         form: FormData | None) -> Response:
    if not (rule.reads and request.method == "GET"):
        return _once(site, site.engine, handler, rule, request, form)
    try:
        return _once(site, site.reader, handler, rule, request, form)
    except DBAPIError as exc:
        # The reader's pool does not ping (Site.reader): a connection the database closed
        # (a restart) fails its first use, and the pool drops every connection as old.
        # A page that only reads is simply read again, on a new connection.
        if not exc.connection_invalidated:
            raise
        return _once(site, site.reader, handler, rule, request, form)


def _once(site: Site, engine: Engine, handler: Handler, rule: Rule, request: Request,
          form: FormData | None) -> Response:
    statement, values = (rule.along(request) if rule.along is not None
                         and request.method == "GET" else (None, None))
    with (reading if engine is not site.engine else session)(engine) as s:
        who, rows = current_along(s, site, request.cookies.get(SESSION_COOKIE),
                                  statement, values)
        anon = request.cookies.get(CSRF_COOKIE, "")
        req = Req(request, s, site, who, form, anon or secrets.token_urlsafe(24),
                  new_anon_csrf=not anon, along=rows)
        response = _guarded(req, handler, rule)
    for call in req.after:
        call()
    _set_cookies(req, response)
    return response


def _guarded(req: Req, handler: Handler, rule: Rule) -> Response:
    if rule.login and req.who is None:
        if req.request.method == "POST":
            return req.render("error", status=403, title="Du är inte inloggad",
                              message="Logga in igen och försök en gång till.")
        return req.redirect("/logga-in?nasta=" + quote(req.request.url.path))
    if rule.role and not _has_role(req.who, rule.role):
        return req.render("error", status=403, title="Ingen behörighet",
                          message="Den här sidan är till för moderatorer och administratörer.")
    if req.request.method == "POST" and rule.csrf and not csrf_ok(req):
        return req.render("error", status=403, title="Formuläret kunde inte skickas",
                          message="Sidan var för gammal. Ladda om den och försök igen.")
    return handler(req)


def _has_role(who: Who | None, role: str) -> bool:
    if who is None:
        return False
    return who.admin if role == "admin" else (who.moderator or who.admin)


def csrf_ok(req: Req) -> bool:
    sent = req.field("csrf")
    expected = req.who.csrf if req.who is not None else req.request.cookies.get(CSRF_COOKIE, "")
    return bool(sent and expected) and hmac.compare_digest(sent, expected)


def _set_cookies(req: Req, response: Response) -> None:
    secure = req.site.settings.secure_cookies
    if req.new_anon_csrf and req.who is None:
        response.set_cookie(CSRF_COOKIE, req.anon_csrf, httponly=True, samesite="lax",
                            secure=secure, path="/")
    for name, value, max_age in req.cookies:
        if value:
            response.set_cookie(name, value, max_age=max_age, httponly=True, samesite="lax",
                                secure=secure, path="/")
        else:
            response.delete_cookie(name, path="/", httponly=True, samesite="lax",
                                   secure=secure)
