"""An in-process desk on SQLite or PostgreSQL, and the life of a report in it: reported
with an image, asked about, answered, decided. The purge tests age it and look at what
remains."""

from __future__ import annotations

import io
import uuid
from datetime import datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import text

from mailgate.config.settings import from_mapping
from mailgate.context import Context
from store.db import open_store, session
from store.models import Member
from store.types import utcnow

from moderate.kit import ADMIN, DOMAIN, MODERATORS, REPORTER, Desk, reply, report
from synthetic import FICTIONAL_MOBILE, personnummer

MOD = MODERATORS[0]
ANSWER_NAME = "Greta Lindqvist"            # only in the reporter's answer to a question
ANSWER_PNR = personnummer("920101", "456")
SECRETS = (REPORTER, "Kalle Svensson", FICTIONAL_MOBILE, ANSWER_NAME, ANSWER_PNR)


class StoreDesk(Desk):
    """moderate.kit.Desk on any store URL."""

    def __init__(self, folder: Path, url: str) -> None:
        data = {
            "gateway": {"domain": DOMAIN},
            "store": {"url": url},
            "delivery": {"url": f"maildir://{folder / 'outbox'}"},
            "moderation": {"moderators": list(MODERATORS), "admins": [ADMIN]},
        }
        self.ctx = Context(from_mapping(data, source="<test>", base_dir=folder))
        self.engine = open_store(self.ctx.settings.store.url)

    def add_member(self, address: str) -> None:
        with session(self.engine) as s:
            s.add(Member(email=address, name="Medlem A"))

    def delivered(self) -> None:
        """Everything queued is sent, as the couriers would have done."""
        with self.engine.begin() as conn:
            conn.execute(text("UPDATE outbox SET status = 'sent'"))

    def scalar(self, sql: str, **params: object) -> object:
        with self.engine.connect() as conn:
            return conn.execute(text(sql), params).scalar()

    def count(self, table: str, where: str = "1=1", **params: object) -> int:
        return int(self.scalar(f"SELECT count(*) FROM {table} WHERE {where}", **params) or 0)

    def back(self, days: float) -> None:
        """Every clock in the store moved `days` into the past, as if that time had gone by."""
        shift = timedelta(days=days)
        columns = {"inbound_mail": ["received_at", "processed_at"],
                   "report": ["created_at", "decided_at", "expires_at"],
                   "outbox": ["created_at", "sent_at"], "outbox_body": ["created_at"],
                   "token": ["created_at", "expires_at", "used_at", "revoked_at"],
                   "decision": ["at"]}
        with self.engine.begin() as conn:
            for table, names in columns.items():
                for name in names:
                    rows = conn.execute(text(f"SELECT id, {name} FROM {table} "
                                             f"WHERE {name} IS NOT NULL")).all()
                    for row_id, when in rows:
                        conn.execute(text(f"UPDATE {table} SET {name} = :w WHERE id = :i"),
                                     {"w": _as_stored(when) - shift, "i": row_id})


def _as_stored(when: object) -> datetime:
    if isinstance(when, str):   # SQLite hands back text
        return datetime.fromisoformat(when)
    assert isinstance(when, datetime)
    return when


def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'vsn.sqlite3'}"
    postgres = request.getfixturevalue("postgres")
    return str(postgres.create_database(f"retention_{uuid.uuid4().hex[:12]}"))


def png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (4, 4), (200, 10, 10)).save(out, format="PNG")
    return out.getvalue()


def report_with_image(subject: str) -> EmailMessage:
    msg = report(subject=subject)
    msg.add_attachment(png(), maintype="image", subtype="png", filename="tabletter.png")
    return msg


def held(desk: StoreDesk, subject: str) -> str:
    """A report with an image, asked about and answered; still held. Its reference."""
    desk.deliver(report_with_image(subject))
    reference = desk.report().reference
    desk.deliver(reply(desk.one(MOD, reference), MOD, "FRÅGA: Var hittades tabletterna?"))
    question = desk.one(REPORTER, "Fråga om din rapport")
    desk.deliver(reply(question, REPORTER,
                       f"I Malmö, hos {ANSWER_NAME} ({ANSWER_PNR})."))
    return reference


def decide(desk: StoreDesk, reference: str, command: str) -> None:
    review = desk.sent(MOD, reference)[-1]
    desk.deliver(reply(review, MOD, command))


def now_plus(days: float) -> datetime:
    return utcnow() + timedelta(days=days)
