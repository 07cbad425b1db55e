"""A store with many published events, members and their portal sessions, written fast
(one executemany per table). Synthetic text only."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import insert, text
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
COMMON = ("och", "att", "som", "har", "med", "för", "efter", "flera", "personer", "det",
          "sökt", "vård", "använt", "såldes", "hög", "halt", "misstänkt", "dos", "på", "i")
TOPICAL = ("märkta", "blå", "gröna", "rosa", "vita", "gula", "förgiftningar", "överdos",
           "akutmottagningen", "sprutbytet", "rapporterar", "förväxling", "medvetslös",
           "andningsstopp", "naloxon", "polisen", "beslag", "festival", "skolan", "ungdomar",
           "nätet", "darknet", "telegram", "förpackning", "logga", "stämpel", "styrka",
           "mikrogram", "milligram", "analys", "laboratoriet", "bekräftad", "okänd", "ny")
# Many rare words, as real reports have (places, products, details): a Zipf-like spread
# gives each searched word a share of the events instead of all of them.
RARE = tuple(f"{a}{b}" for a in ("kal", "mor", "sten", "berg", "lund", "vik", "ås", "dal")
             for b in ("by", "sund", "köping", "näs", "torp", "hamn", "ström", "holm",
                       "fors", "hult"))
SEARCH_WORDS = (*SUBSTANCES, *FORMS, *TOPICAL, *RARE)


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
    settle(engine)
    return Seeded(refs, cookies)


def settle(engine: Engine) -> None:
    """On PostgreSQL, what autovacuum does to a live database within a minute of a bulk
    load, done now, before the load begins: the planner's statistics (without them it
    walked every event by the status index instead of reading the search index), and a
    vacuum (which also merges the entries GIN's fast update keeps pending). SQLite has
    no autovacuum or automatic ANALYZE, and the service runs none: measured as loaded."""
    if engine.dialect.name != "postgresql":
        return
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("VACUUM ANALYZE"))


def _event(rnd: random.Random, n: int, ref: str, at: object) -> dict[str, object]:
    substance, form = rnd.choice(SUBSTANCES), rnd.choice(FORMS)
    pool = (*COMMON, *rnd.sample(TOPICAL, 6), *rnd.sample(RARE, 4), substance, form)
    body = " ".join(rnd.choice(pool) for _ in range(rnd.randint(60, 160)))
    return {"id": n, "report_id": n, "reference": ref, "title": f"{substance.capitalize()} "
            f"som {form} i {rnd.choice(REGIONS)}", "text": body.capitalize() + ".",
            "urgency": rnd.choices(("red", "yellow", "green"), (1, 4, 5))[0],
            "verified": rnd.random() < 0.4, "region": rnd.choice(REGIONS),
            "status": "published", "published_at": at}
