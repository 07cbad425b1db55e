"""The portal's ASGI app: a visible table of routes, each with who may use it."""

from __future__ import annotations

from pathlib import Path

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from portal import account, login, pages, staff
from portal.http import Handler, Rule, SecurityHeaders, page
from portal.limits import ClientKey
from portal.site import Site

STATIC = Path(__file__).parent / "static"
ANYONE = Rule(login=False)
MODERATOR = Rule(role="moderator")
ADMIN = Rule(role="admin")
# The URL's token is the authority; a provider's one-click POST carries no form token.
BY_URL_TOKEN = Rule(login=False, csrf=False)
# The reading pages, each with its first read made in the session's statement.
LISTING = Rule(reads=True, along=pages.with_version)
ONE_EVENT = Rule(reads=True, along=pages.with_event)


def routes(site: Site) -> list[tuple[str, str, Handler, Rule]]:
    clients = ClientKey(site.engine)   # per-client limit: counted in the store (limits.py)
    return [
        ("GET", "/", pages.home, ANYONE),
        ("GET", "/logga-in", login.login_form, ANYONE),
        ("POST", "/logga-in", login.make_request_link(clients), ANYONE),
        ("GET", "/logga-in/{token}", login.link_page, ANYONE),
        ("POST", "/logga-in/{token}", login.use_link, ANYONE),
        ("POST", "/logga-ut", login.logout, Rule()),
        ("GET", "/handelser", pages.event_list, LISTING),
        ("GET", "/handelser/{reference}", pages.event_page, ONE_EVENT),
        ("POST", "/handelser/{reference}/kommentera", pages.post_comment, Rule()),
        ("GET", "/sok", pages.search_page, LISTING),
        ("GET", "/installningar", account.settings_page, Rule()),
        ("POST", "/installningar", account.save_settings, Rule()),
        ("GET", "/avsluta", account.leave_page, Rule()),
        ("POST", "/avsluta", account.leave, Rule()),
        ("GET", "/avregistrera/{token}", account.unsubscribe_page, ANYONE),
        ("POST", "/avregistrera/{token}", account.unsubscribe, BY_URL_TOKEN),
        ("GET", "/granskning", staff.queue, MODERATOR),
        ("POST", "/granskning/{reference}/skicka", staff.request_review, MODERATOR),
        ("GET", "/admin/medlemmar", staff.members, ADMIN),
        ("GET", "/admin/ansokningar", staff.applications, ADMIN),
    ]


def create_app(site: Site) -> Starlette:
    table: dict[str, list[tuple[str, Handler, Rule]]] = {}
    for method, path, handler, rule in routes(site):
        table.setdefault(path, []).append((method, handler, rule))
    mounted: list[Route | Mount] = []
    for path, entries in table.items():
        for method, handler, rule in entries:
            mounted.append(Route(path, page(site, handler, rule), methods=[method],
                                 name=f"{method} {path}"))
    mounted.append(Mount("/static", StaticFiles(directory=STATIC), name="static"))
    return Starlette(routes=mounted, middleware=[Middleware(SecurityHeaders)])
