"""Every template rendered with realistic synthetic data: the views the golden-file and
browser tests share. One View per mail a person can get; a template with no View fails
test_every_template_has_a_view, so a new template needs one here.

The reports are written in several voices (a nurse, a social worker, a harm-reduction
volunteer, a police officer, an English-speaking researcher); names, numbers and addresses
are invented, the personnummer below has a valid Luhn digit and a date in the future.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from digest.compose.render import render, render_pair
from digest.weekly.items import Item, Note, sections
from digest.weekly.week import Week
from mailgate.hold.review import review_view
from mailgate.members.preferences import Change
from mailgate.moderate.notes import NOTES
from mailgate.service.quarantine import ADVICE as QUARANTINE_ADVICE
from store.inbound import Reason
from store.models import (
    Application,
    Attachment,
    Decision,
    Event,
    EventComment,
    EventUpdate,
    FindingRow,
    Member,
    Question,
    Report,
)
from store.status import ReportStatus

AT = datetime(2026, 11, 24, 8, 30, tzinfo=UTC)
REQUESTS = "vsn-request@vsn.example.se"
REPORTS = "vsn@vsn.example.se"
REVIEW_ADDRESS = "vsn+review-k2Jd9sQfLm3xPq7R@vsn.example.se"
EVENT_ADDRESS = "vsn+event-p4Tq8wZc2nVb6yXs@vsn.example.se"

NURSE = """Hej,
Under helgen har vi haft tre överdoser på akuten i Malmö efter blå tabletter
märkta M30 som såldes som oxykodon. Två av patienterna svarade först på upprepade
doser naloxon. Analysen från labbet visar fentanyl. En av patienterna, Erik
Johansson (pnr 20991231-0008), uppger att tabletterna köpts via Telegram.

Kontakta mig gärna på 070-123 45 67 om ni vill ha mer information.

Med vänlig hälsning
Anna Lind
Sjuksköterska, Akutmottagningen
Skånes universitetssjukhus"""

SOCIAL = """Hejsan! Vi på socialtjänstens uppsökande team i Umeå har sett att flera unga
använder vape med HHC som säljs i kiosker. Några har fått panikångest och kräkningar.
Hör av dig om du vill veta mer.
Tack på förhand!
/Kalle"""

VOLUNTEER = """Till VSN

Sprutbytet i Göteborg: flera besökare berättar om "tranq" – heroin blandat med xylazin.
Sår som inte läker på armar och ben.

- Ge inte upp om naloxon inte verkar hjälpa, ring 112.
- Sårvård finns på mottagningen.

Hälsningar
Volontärerna"""

RESEARCHER = """Dear colleagues,

We have detected bromazolam in counterfeit Xanax tablets bought online and delivered to
Stockholm. The tablets look genuine. Please contact me if you need the lab report.

Best regards,
Dr. Jane Doe
Karolinska Institutet"""


def _rows(text: str, found: list[tuple[str, str, float]]) -> list[FindingRow]:
    """FindingRows as the scanner stores them, placed where the snippet stands in text."""
    rows = []
    for number, (kind, snippet, score) in enumerate(found, start=1):
        start = text.index(snippet)
        rows.append(FindingRow(id=number, report_id=1, number=number, type=kind, start=start,
                               end=start + len(snippet), score=score, recognizer="test",
                               text=snippet))
    return rows


def report(text: str, subject: str, urgency: str = "red", **fields: Any) -> Report:
    return Report(id=1, reference="2026-0017", inbound_id=1, sender="anna.lind@region.example.se",
                  sender_name="Anna Lind", subject=subject, text=text, masked_text=text,
                  urgency=urgency, urgency_given=urgency == "red", title=subject,
                  created_at=AT, expires_at=AT + timedelta(days=14), **fields)


def event(urgency: str = "red", **fields: Any) -> Event:
    values: dict[str, Any] = {
        "id": 5, "report_id": 1, "reference": "2026-0017",
        "title": "Blå tabletter märkta M30 innehåller fentanyl", "urgency": urgency,
        "verified": True, "region": "Skåne län", "published_at": AT,
        "what": "Falska oxykodontabletter (blå, märkta M30) med fentanyl",
        "advice": "Ha naloxon nära till hands.\nAnvänd inte ensam.\n"
                  "Ring 112 vid andningsproblem eller om någon inte går att väcka.",
        "text": ("Under helgen har vi haft tre överdoser på akuten i Malmö efter blå tabletter\n"
                 "märkta M30 som såldes som oxykodon. Två av patienterna svarade först på\n"
                 "upprepade doser naloxon. Analysen från labbet visar fentanyl. En av\n"
                 "patienterna, [NAMN] ([PERSONNUMMER]), uppger att tabletterna köpts via "
                 "Telegram."),
    }
    values.update(fields)
    return Event(**values)


MEMBER = Member(id=3, email="anna.lind@region.example.se", name="Anna Lind",
                organisation="Region Skåne, Akutmottagningen", region="Skåne", role="sjuksköterska")
APPLICATION = Application(id=7, email="per.ek@kommun.example.se", name="Per Ek",
                          organisation="Lunds kommun, socialtjänsten", org_type="kommun",
                          role="socialsekreterare", region="Skåne",
                          motivation="Vi möter unga som använder narkotika.", created_at=AT,
                          decided_by="admin@fhm.example.se", status="approved")


def _nurse_review(**extra: Any) -> dict[str, Any]:
    r = report(NURSE, "Blå tabletter märkta M30 – tre överdoser i Malmö")
    rows = _rows(NURSE, [("PERSON", "Erik\nJohansson", 0.85), ("ID_NUMBER", "20991231-0008", 0.95),
                         ("PHONE", "070-123 45 67", 0.75), ("PERSON", "Anna Lind", 0.5)])
    rows.append(FindingRow(id=9, report_id=1, number=0, type="QUASI", start=0, end=0, score=0.4,
                           recognizer="test", text="ålder och arbetsplats tillsammans"))
    return review_view(r, rows, REVIEW_ADDRESS, member=MEMBER, **extra)


def _views() -> list[tuple[str, str, dict[str, Any]]]:
    red, yellow, green = event("red"), event("yellow", verified=False), event(
        "green", what="", advice="", region="", title="Ökad förekomst av HHC-vape i Umeå")
    update = EventUpdate(id=2, event_id=5, kind="correction", title="", at=AT,
                         text="Tabletterna är märkta M30, inte M20 som vi först skrev.")
    retraction = EventUpdate(id=3, event_id=5, kind="retraction", title="", at=AT,
                             text="Analysen visade inte fentanyl.")
    decided = Decision(id=1, report_id=1, actor="mod1@fhm.example.se", action="approve",
                       accepted=True, at=AT)
    social = report(SOCIAL, "HHC-vape i kiosker", urgency="yellow")
    comment = EventComment(id=4, event_id=5, report_id=2, published_at=AT,
                           text="Vi ser samma tabletter i Lund.\n\nFlera har sökt vård.")
    question = Question(id=1, report_id=1, asked_by="mod1@fhm.example.se",
                        question="Vilket labb gjorde analysen?",
                        answer="Labbet i Lund.\nRapport nr 12.")
    base = {"requests": REQUESTS}
    return [
        ("review_red", "moderator/review", _nurse_review(attachments=[Attachment(
            id=1, report_id=1, filename="tabletter.jpg", content_type="image/jpeg", size=48213)],
            questions=[question])),
        ("review_escalated", "moderator/review", _nurse_review(banner="ESKALERING 1, väntat 60 min",
                                                               note="Texten har ändrats.")),
        ("review_yellow", "moderator/review", review_view(social, [], REVIEW_ADDRESS)),
        ("review_green_english", "moderator/review", review_view(
            report(RESEARCHER, "För kännedom: bromazolam i falska Xanax", urgency="green"),
            _rows(RESEARCHER, [("PERSON", "Jane Doe", 0.85)]), REVIEW_ADDRESS)),
        ("review_comment", "moderator/review", review_view(
            report("Vi ser samma sak i Lund.", "SV: [VSN RÖD] Blå tabletter", event_id=5),
            [], REVIEW_ADDRESS, commented=red)),
        # moderator-loop: a comment's own review, the note to the other moderators, and
        # what a reporter gets after the acknowledgement.
        ("comment_review", "moderator/comment_review", {**review_view(
            report("Vi ser samma sak i Lund. Ring Per på 070-123 45 67.",
                   "Kommentar till 2026-0017: Blå tabletter", event_id=5),
            [], REVIEW_ADDRESS, commented=red, member=MEMBER),
            "comment_text": "Vi ser samma sak i Lund. Ring [NAMN 1] på [TELEFON 2]."}),
        ("decided_note", "moderator/decided_note", {
            "report": social, "what": "Rapport", "held": False,
            "done": NOTES[ReportStatus.PUBLISHED].done.format(by="Karin Lund"),
            "english": NOTES[ReportStatus.PUBLISHED].english.format(by="Karin Lund")}),
        ("decided_note_edit", "moderator/decided_note", {
            "report": social, "what": "Rapport", "held": True,
            "done": NOTES[ReportStatus.HELD].done.format(by="Karin Lund"),
            "english": NOTES[ReportStatus.HELD].english.format(by="Karin Lund")}),
        ("addition_after", "moderator/addition_after", {
            "report": social, "event": red, "days": 90,
            "numbered": "Det var i Lund, inte Malmö. Ring [TELEFON 1].",
            "findings": _rows("070-123 45 67", [("PHONE", "070-123 45 67", 0.75)]),
            "note_link": f"mailto:{EVENT_ADDRESS}?subject=R%C3%84TTELSE&body=R%C3%84TTELSE%3A",
            "text_link": f"mailto:{EVENT_ADDRESS}?subject=R%C3%84TTELSE&body=---%20TEXT"}),
        ("published_reporter", "reporter/published", {"report": social, "event": red,
                                                      "comment": None}),
        ("published_comment_reporter", "reporter/published", {
            "report": social, "event": red, "comment": comment}),
        ("comment_ack", "reporter/comment_ack", {"report": social, "event": red}),
        ("addition_received", "reporter/addition_received", {"report": social,
                                                             "published": False}),
        ("addition_received_after", "reporter/addition_received", {"report": social,
                                                                   "published": True}),
        ("addition_refused", "reporter/addition_refused", {"refusal": "already_decided",
                                                           "report": social}),
        ("help_empty_to_reports", "common/help", {"member": None, "unknown": False,
                                                  "misdirected": "empty", "reports": REPORTS,
                                                  **base}),
        ("notice_red", "member/notice", {"event": red, **base}),
        ("notice_yellow", "member/notice", {"event": yellow, **base}),
        ("notice_green", "member/notice", {"event": green, **base}),
        ("digest", "member/digest", _digest({5})),
        ("digest_unnoticed", "member/digest", _digest(set())),
        ("update_correction", "member/update", {"event": red, "update": update}),
        ("update_retraction", "member/update", {"event": red, "update": retraction}),
        ("search", "member/search", {"events": [red, yellow], "limit": 10, "query": "fentanyl",
                                     **base}),
        ("settings", "member/settings", {"changes": [Change("yellow", False, True),
                                                     Change("red", False, False)],
                                         "at_once": {"red": True, "yellow": False, "green": False},
                                         "changeable": {"red": False, "yellow": True,
                                                        "green": True}, "digest": True, **base}),
        ("settings_confirm", "member/settings_confirm", {
            "wanted": [Change("yellow", False, True), Change("red", False, False)], "days": 7,
            **base}),
        ("settings_refused", "member/settings_refused", {"problem": "auth_unverified",
                                                         "detail": "dmarc=none", **base}),
        ("comment_notice", "member/comment_notice", {"event": red, "comment": comment,
                                                     "org_type": "kommun", **base}),
        ("show", "member/show", {"asked": "2026-0017", "event": red, "updates": [update],
                                 "comments": [(comment, "kommun")], **base}),
        ("show_missing", "member/show", {"asked": "2026-9999", "event": None, **base}),
        ("paused", "member/paused", {"days": 14, "member": MEMBER, **base}),
        ("reactivate_confirm", "member/reactivate_confirm", {"days": 14, "moves": True}),
        ("reactivate_refused", "member/reactivate_refused", {"problem": "other_domain",
                                                             **base}),
        ("reactivated", "member/reactivated", base),
        ("admin_reactivated", "admin/reactivated", {"member": MEMBER,
                                                    "old": "anna.lind@old.example.se"}),
        ("comment_refused", "member/comment_refused", {"event": red, "problem": "empty", **base}),
        ("join_decided", "member/join_decided", {"approved": True, "reason": "", **base}),
        ("join_form", "member/join_form", {"missing": ["organisation", "role"],
                                           "fields": {"name": "Per Ek"}, **base}),
        ("join_member", "member/join_member", base),
        ("join_received", "member/join_received", {"pending": False}),
        ("leave_confirm", "member/leave_confirm", {"days": 7, **base}),
        ("leave_refused", "member/leave_refused", {"problem": "expired_token", **base}),
        ("leave_unknown", "member/leave_unknown", base),
        ("left", "member/left", base),
        ("members_only", "member/members_only", {"member": None, "verb": "search", **base}),
        ("help", "common/help", {"member": MEMBER, "unknown": True, "reports": REPORTS, **base}),
        ("application", "admin/application", {"application": APPLICATION}),
        ("application_decided", "admin/decided", {"application": APPLICATION, "approved": True}),
        ("application_refused", "admin/refused", {"application": APPLICATION,
                                                  "problem": "already_decided"}),
        ("imap_failure", "admin/imap_failure", {"count": 3, "error": "LOGIN failed",
                                                "folder": "INBOX", "host": "imap.example.se"}),
        ("suspended", "admin/suspended", {"member": MEMBER, "score": 5.0, "threshold": 3.0,
                                          "window_days": 30}),
        ("quarantined", "admin/quarantined", {
            "row_id": 412, "received": "2026-11-30 21:14", "size": 4_312_881, "attempts": 3,
            "reason": "time_limit", "advice": QUARANTINE_ADVICE[Reason.TIME_LIMIT]}),
        ("asked", "moderator/asked", {"question": "Vilket labb gjorde analysen?",
                                      "report": social}),
        ("comment_published", "moderator/comment_published", {"event": red, "report": social}),
        ("escalation", "moderator/escalation", {"report": social, "rounds": 2, "waited": 120}),
        ("expired", "moderator/expired", {"days": 14, "report": social}),
        ("published", "moderator/published", {"days": 30, "event": red, "report": social,
                                              "update": None, "findings": [],
                                              "numbered": ""}),
        ("published_with_findings", "moderator/published", {
            "days": 30, "event": red, "report": social, "update": None,
            "findings": _rows(red.text, [("PERSON", "Telegram", 0.5)]),
            "numbered": red.text.replace("Telegram", "[NAMN 1]")}),
        ("published_correction", "moderator/published", {"days": 30, "event": red,
                                                         "report": social, "update": update,
                                                         "findings": [], "numbered": ""}),
        ("refused_unclear", "moderator/refused", {
            "refusal": "unclear", "detail": "conflicting", "decided": None, "decided_by": "",
            "findings": [], "line": "", "report": social, "correction": False}),
        ("refused_correction", "moderator/refused", {
            "refusal": "unclear", "detail": "unreadable", "decided": None, "decided_by": "",
            "findings": [], "line": "ÅTERKALLA analysen visade koffein", "report": None,
            "correction": True}),
        ("refused_unverified", "moderator/refused", {
            "refusal": "auth_unverified", "detail": "dmarc=none", "decided": None,
            "decided_by": "", "findings": [], "line": "", "report": social,
            "correction": False}),
        ("batch", "moderator/batch", {"now": AT, "entries": [{
            "report": report(SOCIAL, "HHC-vape i kiosker", urgency="yellow"),
            "address": REVIEW_ADDRESS, "excerpt": SOCIAL,
            "approve_link": f"mailto:{REVIEW_ADDRESS}?subject=GODK%C3%84NN",
            "discard_link": f"mailto:{REVIEW_ADDRESS}?subject=KASTA"}]}),
        ("refused_decided", "moderator/refused", {
            "refusal": "already_decided", "detail": "", "decided": decided,
            "decided_by": "mod1@fhm.example.se", "findings": [], "line": "", "report": social,
            "correction": False}),
        ("refused_title", "moderator/refused", {
            "refusal": "personal_data", "detail": "title", "decided": None, "decided_by": "",
            "findings": _rows("Erik Johansson", [("PERSON", "Erik Johansson", 0.85)]),
            "line": "", "report": social, "correction": False}),
        ("rejected_moderator", "moderator/rejected", {"reason": "Dubblett av 2026-0012",
                                                      "report": social}),
        ("retracted", "moderator/retracted", {"event": red, "report": social}),
        ("waiting", "moderator/waiting", {"now": AT + timedelta(hours=5),
                                          "reports": [social, report(NURSE, "Blå tabletter")]}),
        ("ack", "reporter/ack", {"report": report(NURSE, "Blå tabletter")}),
        ("answered", "reporter/answered", {"report": social}),
        ("expired_reporter", "reporter/expired", {"days": 14, "report": social}),
        ("question", "reporter/question", {"question": "Vilket labb gjorde analysen?",
                                           "report": social}),
        ("refused_reporter", "reporter/refused", {"refusal": "wrong_sender"}),
        ("rejected_reporter", "reporter/rejected", {"reason": "Dubblett", "report": social}),
    ]


def _digest(noticed: set[int]) -> dict[str, Any]:
    week = Week(2026, 48)
    red = event("red")
    items = [
        Item(event_id=5, reference=red.reference, title=red.title, text=red.text, urgency="red",
             verified=True, region=red.region, published_at=AT, new=True, updated=True,
             corrected=True,
             retracted=False,
             comments=("Vi har sett samma tabletter i Lund.\nTack för varningen.",),
             notes=(Note("correction", "Märkta M30, inte M20.", AT + timedelta(days=1)),),
             what=red.what, advice=red.advice),
        Item(event_id=6, reference="2026-0018", title="HHC-vape säljs i kiosker",
             text="Socialtjänsten i Umeå ser att unga köper vape med HHC i kiosker.",
             urgency="yellow", verified=False, region="Västerbottens län", published_at=AT,
             new=True, updated=False, retracted=False, comments=()),
        Item(event_id=7, reference="2026-0015", title="Ketamin i pulver sålt som kokain",
             text="Uppgiften stämde inte.", urgency="green", verified=False, region="",
             published_at=AT - timedelta(days=2), new=True, updated=False, retracted=True,
             comments=(), notes=(Note("retraction", "Analysen visade inget ketamin.", AT),)),
    ]
    start = datetime(2026, 11, 22, 23, 0, tzinfo=UTC)
    return {"week": week, "start": start, "last": start + timedelta(days=7, seconds=-1),
            "sections": sections(items), "count": len(items), "noticed": frozenset(noticed),
            "requests": REQUESTS}


@dataclass(frozen=True)
class View:
    name: str
    stem: str
    context: dict[str, Any]

    def text(self) -> str:
        return render(f"{self.stem}.txt.j2", **self.context)

    def pair(self) -> tuple[str, str | None]:
        return render_pair(self.stem, **self.context)


def views() -> list[View]:
    return [View(name, stem, context) for name, stem, context in _views()]


def html_views() -> list[View]:
    return [v for v in views() if v.pair()[1] is not None]

