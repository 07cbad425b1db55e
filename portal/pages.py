"""The reading pages: events, one event, search, and posting a comment."""

from __future__ import annotations

import logging
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from digest.compose.render import render
from portal import events, marks
from portal.auth import along
from portal.cache import VERSION_COLUMNS, version
from portal.comment import MAX_CHARS, queue_comment, waiting
from portal.http import Req
from store.direct import Direct
from store.queries import event_comments, event_updates

log = logging.getLogger(__name__)


def _page(req: Req) -> int:
    value = req.query("sida")
    return int(value) if value.isdigit() and 0 < len(value) < 7 else 1


def home(req: Req) -> Response:
    return req.redirect("/handelser" if req.who is not None else "/logga-in")


# The list's and the search's version of all events (portal/cache.py) read with the
# session, and the event page's event: one round trip fewer on each (auth.along).
def with_version(request: Request) -> tuple[Direct, dict[str, Any]]:
    return _VERSION_ALONG, {}


def with_event(request: Request) -> tuple[Direct, dict[str, Any]]:
    return events.SHOWN_ALONG, {"reference": request.path_params["reference"]}


_VERSION_ALONG = along(*VERSION_COLUMNS)


def event_list(req: Req) -> Response:
    f = events.read_filters(dict(req.request.query_params))
    page = _page(req)

    def make() -> str:
        paged = events.list_events(req.s, f, page)
        return render("portal/events_main.html.j2", paged=paged, filters=f,
                      regions=events.regions(req.s), urgencies=events.URGENCIES,
                      query=f.query())

    main = req.site.parts.get(("list", f, page, version(req.s, req.along)), make)
    return req.framed(main, title="Händelser")


def _event_or_404(req: Req) -> events.Shown | None:
    if req.along:
        return events.published_in(req.along)
    email = req.who.email if req.who is not None else None
    return events.published(req.s, req.request.path_params["reference"], email)


def not_found(req: Req) -> Response:
    return req.render("error", status=404, title="Händelsen finns inte",
                      message="Den kan ha återkallats, eller så är adressen fel.")


def event_page(req: Req, *, error: str = "", text: str = "", status: int = 200) -> Response:
    event = _event_or_404(req)
    if event is None:
        return not_found(req)
    assert req.who is not None
    event_id = int(event.id)

    def make() -> str:
        # Most events have neither comments nor corrections: no query for those.
        return render("portal/event_body.html.j2", event=event,
                      comments=event_comments(req.s, event_id) if event.comments else [],
                      history=event_updates(req.s, event_id) if event.last_update else [])

    # Keyed by the whole row (portal/cache.py): any change to the event is a new key.
    # (Without the member's own counts at the end: the body is every member's.)
    body = req.site.parts.get(("event", events.body_key(event)), make)
    known = (int(event.held or 0), int(event.queued or 0))
    return req.render("event", status=status, event=event, body=body,
                      waiting=waiting(req.s, event_id, req.who.email, known),
                      may_comment=req.who.active_member, error=error, text=text,
                      received=req.query("kommentar") == "mottagen", max_chars=MAX_CHARS)


def post_comment(req: Req) -> Response:
    event = _event_or_404(req)
    if event is None:
        return not_found(req)
    assert req.who is not None
    text = req.field("text")
    if not req.who.active_member:
        return req.render("error", status=403, title="Bara medlemmar kan kommentera",
                          message="Kommentarer skrivs av nätverkets medlemmar.")
    if not text or len(text) > MAX_CHARS:
        return event_page(req, status=400, text=text,
                          error=f"Skriv en kommentar på högst {MAX_CHARS} tecken.")
    row = queue_comment(req.s, req.site, int(event.id), event.reference, req.who.email, text)
    req.after.append(req.site.inbound_queued)
    log.info("portal comment on %s queued as inbound %s", event.reference, row)
    return req.redirect(f"/handelser/{event.reference}?kommentar=mottagen#kommentera")


def search_page(req: Req) -> Response:
    query = req.query("q")[:200]
    page = _page(req)

    def make() -> str:
        paged = events.search(req.s, query, page) if query else None
        hits = marks.marker(query).hits(paged.events) if paged is not None else []
        return render("portal/search_main.html.j2", q=query, paged=paged, hits=hits)

    main = req.site.parts.get(("search", query, page, version(req.s, req.along)), make)
    return req.framed(main, title="Sök")
