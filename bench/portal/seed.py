"""A store with many published events, members and their portal sessions, written fast
(one executemany per table). Synthetic text only."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import insert
from sqlalchemy.engine import Engine

from portal.auth import start_session
from store.db import session
from store.models import Event, InboundMail, Member, Report
from store.types import utcnow

SUBSTANCES = ("fentanyl", "kokain", "amfetamin", "ketamin", "heroin", "cannabis", "MDMA",
              "nitazener", "oxykodon", "bensodiazepiner", "tramadol", "metamfetamin")
FORMS = ("tabletter", "pulver", "kristaller", "vätska", "kapslar", "plåster")
REGIONS = ("Region Stockholm", "Region Skåne", "Västra Götalandsregionen", "Region Uppsala",
           "Region Östergötland", "Region Jönköpings län", "Region Norrbotten")
WORDS = ("flera", "personer", "har", "sökt", "vård", "efter", "att", "ha", "använt", "som",
         "såldes", "med", "hög", "halt", "märkta", "blå", "gröna", "rosa", "förgiftningar",
         "akutmottagningen", "sprutbytet", "rapporterar", "misstänkt", "förväxling", "dos")
SEARCHES = ("fentanyl", "tabletter", "kokain pulver", "blå tabletter", "ketamin",
            "nitazener förgiftningar", "hög halt", "kapslar", "metamfetamin kristaller")


@dataclass(frozen=True)
class Seeded:
    references: list[str]
    cookies: list[str]


def seed(engine: Engine, events: int, members: int, rnd: random.Random) -> Seeded:
    now = utcnow()
    year = now.year
    refs = [f"{year}-{n:05d}" for n in range(1, events + 1)]
    with session(engine) as s:
        s.execute(insert(InboundMail), [
            {"id": n, "received_at": now, "source": "bench", "peer": "", "mail_from": "",
             "rcpt_tos": [], "raw": b"", "size": 0, "sha256": "0" * 64, "status": "done",
             "attempts": 0} for n in range(1, events + 1)])
        rows = [_event(rnd, n, ref, now - timedelta(minutes=30 * (events - n)))
                for n, ref in enumerate(refs, start=1)]
        s.execute(insert(Report), [
            {"id": n, "reference": ref, "inbound_id": n, "sender": "reporter@kommun.example.se",
             "sender_name": "", "forwarded_from": "", "subject": r["title"], "text": r["text"],
             "masked_text": r["text"], "urgency": r["urgency"], "urgency_given": True,
             "status": "published", "verified": r["verified"], "title": r["title"],
             "created_at": now} for n, (ref, r) in enumerate(zip(refs, rows, strict=True),
                                                            start=1)])
        s.execute(insert(Event), rows)
        s.execute(insert(Member), [
            {"email": f"medlem{n}@kommun{n % 40}.example.se", "name": "", "organisation": "",
             "org_type": "", "role": "", "region": "", "status": "active", "joined_at": now,
             "bounce_score": 0.0, "verp": f"{n:016x}", "immediate": {}, "digest": True}
            for n in range(members)])
    with session(engine) as s:
        cookies = [start_session(s, f"medlem{n}@kommun{n % 40}.example.se")
                   for n in range(members)]
    return Seeded(refs, cookies)


def _event(rnd: random.Random, n: int, ref: str, at: object) -> dict[str, object]:
    substance, form = rnd.choice(SUBSTANCES), rnd.choice(FORMS)
    body = " ".join(rnd.choice((*WORDS, substance, form)) for _ in range(rnd.randint(60, 160)))
    return {"id": n, "report_id": n, "reference": ref, "title": f"{substance.capitalize()} "
            f"som {form} i {rnd.choice(REGIONS)}", "text": body.capitalize() + ".",
            "urgency": rnd.choices(("red", "yellow", "green"), (1, 4, 5))[0],
            "verified": rnd.random() < 0.4, "region": rnd.choice(REGIONS),
            "status": "published", "published_at": at}
