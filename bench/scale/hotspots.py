"""Where a worker's CPU goes for one report: cProfile over the inbound path (parse, triage,
scan, hold, review and acknowledgement mail, commit) for reports already stored.

    .venv/bin/python bench/scale/hotspots.py [--reports 100] [--url sqlite:///...]

Without --url a temporary SQLite store is used. The reports look like smtp-source's (the
load of bench/scale) or, with --prose, like a reporter's Swedish text.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import pstats
import sys
import tempfile
import time
from collections import defaultdict
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

PROSE = ("Hej, igår kväll hittades en klient medvetslös efter att ha tagit blå tabletter "
         "märkta M30 på sprutbytet i Malmö. Personalen gav naloxon två gånger. Tabletterna "
         "köptes enligt klienten via Telegram och ska innehålla oxykodon men vi misstänker "
         "fentanyl eller nitazener. Var vaksamma. ") * 4
FILLER = "\n".join(f"La de da de da {i}." for i in range(100))


def message(n: int, prose: bool) -> bytes:
    msg = EmailMessage()
    msg["From"] = "anna.lindqvist@malmo.example.se"
    msg["To"] = "vsn@vsn.example.se"
    msg["Subject"] = "Gul: blå tabletter märkta K9 på sprutbytet"
    msg["Message-ID"] = f"<{n}.{time.time()}@bench.example>"
    msg.set_content(PROSE if prose else FILLER)
    return msg.as_bytes()


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--reports", type=int, default=100)
    p.add_argument("--url", help="store URL (default: a temporary SQLite file)")
    p.add_argument("--prose", action="store_true")
    p.add_argument("--plain", action="store_true", help="time only, no profiler overhead")
    args = p.parse_args()

    from mailgate.config.settings import from_mapping
    from mailgate.context import Context
    from mailgate.flow import process
    from mailgate.scan import warm_up
    from store.db import create_schema, make_engine, session
    from store.models import InboundMail

    tmp = tempfile.mkdtemp(prefix="vsn-profile-")
    url = args.url or f"sqlite:///{tmp}/vsn.sqlite3"
    ctx = Context(from_mapping({"store": {"url": url}, "moderation": {
        "moderators": ["moderator@fhm.example.se"]}}, source="<profile>", base_dir=Path(tmp)))
    engine = make_engine(url)
    create_schema(engine)
    warm_up()
    with session(engine) as s:
        rows = []
        for n in range(args.reports + 1):
            raw = message(n, args.prose)
            rows.append(InboundMail(raw=raw, size=len(raw), sha256=hashlib.sha256(raw).hexdigest(),
                                    rcpt_tos=["vsn@vsn.example.se"], status="processing"))
        s.add_all(rows)
        s.flush()
        ids = [r.id or 0 for r in rows]
    process(engine, ctx, ids[0])   # first one outside the profile: caches filled
    profiler = cProfile.Profile(time.process_time)   # CPU, not wall: the machine is shared
    started, cpu = time.perf_counter(), time.process_time()
    if not args.plain:
        profiler.enable()
    for row_id in ids[1:]:
        process(engine, ctx, row_id)
    profiler.disable()
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    print(f"{args.reports} reports: {1000 * wall / args.reports:.1f} ms wall, "
          f"{1000 * cpu / args.reports:.1f} ms CPU per report ({engine.dialect.name})\n")
    if args.plain:
        return 0
    print(by_area(profiler, args.reports))
    pstats.Stats(profiler).sort_stats("tottime").print_stats(20)
    return 0


AREAS = (("scan (presidio, recognisers)", ("presidio", "mailgate/scan", "phonenumbers",
                                             "spacy", "regex")),
         ("parse (email, html)", ("mailgate/parse", "email/", "inscriptis")),
         ("render (jinja2 templates)", ("jinja2", "digest/render")),
         ("database (SQLAlchemy, driver)", ("sqlalchemy", "sqlmodel", "psycopg", "sqlite3")),
         ("compose (headers, MIME)", ("digest/compose", "digest/bulk")))


def by_area(profiler: cProfile.Profile, reports: int) -> str:
    """Own time of every function, summed by the area its file belongs to."""
    stats = pstats.Stats(profiler)
    totals: dict[str, float] = defaultdict(float)
    for (filename, _, _), (_, _, own, _, _) in stats.stats.items():  # type: ignore[attr-defined]
        area = next((name for name, keys in AREAS if any(k in filename for k in keys)),
                    "other")
        totals[area] += own
    return "\n".join(f"  {name:32} {1000 * t / reports:6.1f} ms per report"
                     for name, t in sorted(totals.items(), key=lambda kv: -kv[1])) + "\n"


if __name__ == "__main__":
    sys.exit(main())
