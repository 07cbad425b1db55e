"""FRÅGA: a moderator's question goes to the reporter; the answer returns to the review.

The reporter answers by replying to the question mail, whose Reply-To carries a token bound
to (question, reporter). The answer is shown to the moderators in a fresh review mail; it is
never published (a moderator who wants its content published edits the text).
"""

from __future__ import annotations

import logging

from sqlmodel import Session

from mailgate.context import Context
from mailgate.hold.review import review_subject, send_reviews
from mailgate.moderate.authority import (
    Refusal,
    Refused,
    admit,
    audit,
    refuse,
    report_waits_for_decision,
)
from mailgate.moderate.subjects import Prefix
from mailgate.parse import Mail
from mailgate.parse.reply_text import own_lines
from mailgate.receive.routes import reply_address
from mailgate.replies import answer
from mailgate.triage import Triage
from store import tokens
from store.models import InboundMail, Question, Report, Token
from store.queries import lock_row
from store.status import TokenPurpose
from store.types import utcnow

log = logging.getLogger(__name__)


def ask_reporter(s: Session, ctx: Context, report: Report, moderator: str,
                 text: str) -> Question:
    assert report.id is not None
    question = Question(report_id=report.id, asked_by=moderator, question=text)
    s.add(question)
    s.flush()
    assert question.id is not None
    token = tokens.issue(s, TokenPurpose.ANSWER, question.id, report.sender, report.expires_at)
    address = reply_address(ctx.settings.gateway, TokenPurpose.ANSWER, token)
    answer(s, ctx, report.sender, "reporter/question", limited=False,
           kind="moderation", reply_to=address,
           subject=f"Fråga om din rapport {report.reference}", report=report, question=text)
    answer(s, ctx, moderator, "moderator/asked", limited=False,
           subject=f"{Prefix.ASKED}: {review_subject(report)}", report=report, question=text)
    return question


def question_waits(s: Session, token: Token) -> Refusal | None:
    question = s.get(Question, token.object_id)
    report = lock_row(s, Report, question.report_id) if question is not None else None
    return report_waits_for_decision(report)


def handle_answer(s: Session, ctx: Context, inbound: InboundMail, mail: Mail,
                  triage: Triage) -> None:
    gate = admit(s, ctx, mail, triage.route, TokenPurpose.ANSWER, question_waits)
    question = s.get(Question, gate.token.object_id) if gate.token is not None else None
    report = s.get(Report, question.report_id) if question is not None else None
    text = "\n".join(own_lines(mail.text)).strip()  # above the quote, or below it
    refusal = gate.refusal or (None if text else Refusal.UNCLEAR)
    if refusal is not None or gate.token is None or question is None or report is None:
        _refuse(s, ctx, inbound, mail, report, refusal or Refusal.UNKNOWN, gate.detail)
        return
    tokens.spend(s, gate.token)
    question.answer, question.answered_at = text, utcnow()
    s.add(question)
    send_reviews(s, ctx, report, note="Rapportören har svarat på en fråga: se Frågor och svar.")
    answer(s, ctx, mail.sender, "reporter/answered", limited=False,
           kind="moderation", in_reply_to=mail.message_id,
           subject=f"Tack för ditt svar ({report.reference})", report=report)
    audit(s, inbound, mail.sender, report.id, "answer", detail=f"question {question.id}")
    log.info("report %s: the reporter answered question %s", report.reference, question.id)


def _refuse(s: Session, ctx: Context, inbound: InboundMail, mail: Mail, report: Report | None,
            refusal: Refusal, detail: str = "") -> None:
    refused = Refused("answer", refusal, detail, report.id if report else None,
                      report.reference if report else "")
    refuse(s, ctx, inbound, mail, refused, template="reporter/refused",
           subject=f"Ditt svar kunde inte tas emot: {mail.subject}")
