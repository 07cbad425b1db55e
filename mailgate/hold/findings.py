"""A held report's findings: stored numbered as moderators refer to them, read back, and
renewed when a moderator sends corrected text; the title proposed for the event."""

from __future__ import annotations

import re

from sqlalchemy import insert
from sqlmodel import Session, col, delete, select

from mailgate.scan import WARNING_TYPES, Finding, mask, publishable, scan
from store.models import FindingRow, Report

# "RÖD: …", "[GUL] …", "Akut - …", "För kännedom: …" (green's own words): the urgency label
# is shown apart, not in the title.
_URGENCY_LABEL = re.compile(r"^\s*\[?\s*(röd|rod|red|gul|yellow|grön|gron|green|akut|urgent|"
                            r"för kännedom|for kannedom|fyi)\b\s*\]?\s*[:\-–—]?\s*", re.I)


def proposed_title(report: Report) -> str:
    """The event title unless the moderator gives one: the subject, masked like the text.

    The reporter's subject is never scanned with the body, so it is scanned here: a name
    in a subject must not reach every member through the title.
    """
    subject = _URGENCY_LABEL.sub("", report.title or report.subject, count=1).strip()
    subject = subject or report.title or report.subject
    return mask(subject, scan(subject)) if subject else report.reference


def findings_of(s: Session, report_id: int) -> list[FindingRow]:
    stmt = select(FindingRow).where(col(FindingRow.report_id) == report_id)
    return list(s.exec(stmt.order_by(col(FindingRow.number), col(FindingRow.start))))


def as_findings(rows: list[FindingRow]) -> list[Finding]:
    return [Finding(r.type, r.start, r.end, r.score, r.recognizer, r.text)
            for r in rows if r.number > 0]


def keep_findings(s: Session, report_id: int, found: list[Finding],
                  rows: list[FindingRow] | None = None) -> None:
    """Numbered findings (as the moderator will refer to them) and unnumbered warnings, in
    one insert (`rows`: finding_rows(found), made already): a long forwarded thread has a
    hundred thousand, and SQLite holds every other worker's writes while they are stored."""
    values = [{**_fields(r), "report_id": report_id} for r in rows or finding_rows(found)]
    if values:
        s.execute(insert(FindingRow), values)


def finding_rows(found: list[Finding]) -> list[FindingRow]:
    """The rows keep_findings stores, in memory and in findings_of's order (warnings, then
    the numbered findings): a review can be prepared before the report is written."""
    numbered = [_row(number, f) for number, f in enumerate(publishable(found), start=1)]
    warnings = [_row(0, f) for f in found if f.type in WARNING_TYPES]
    return sorted(warnings, key=lambda r: r.start) + numbered


def _row(number: int, f: Finding) -> FindingRow:
    return FindingRow(report_id=0, number=number, type=f.type, start=f.start, end=f.end,
                      score=f.score, recognizer=f.recognizer, text=f.text)


def _fields(row: FindingRow) -> dict[str, object]:
    return {"number": row.number, "type": row.type, "start": row.start, "end": row.end,
            "score": row.score, "recognizer": row.recognizer, "text": row.text}


def replace_text(s: Session, report: Report, text: str) -> list[Finding]:
    """A moderator's corrected text becomes the report's text, scanned and stored afresh."""
    assert report.id is not None
    found = scan(text)
    s.execute(delete(FindingRow).where(col(FindingRow.report_id) == report.id))
    report.text, report.masked_text = text, mask(text, found)
    s.add(report)
    keep_findings(s, report.id, found)
    s.flush()
    return found


def add_findings(s: Session, report: Report, extra: list[Finding]) -> list[int]:
    """Findings the publication guard made, stored beside the old ones and all numbered
    afresh; the new numbers of the added findings (for the note in the next review)."""
    assert report.id is not None
    rows = findings_of(s, report.id)
    old = [Finding(r.type, r.start, r.end, r.score, r.recognizer, r.text) for r in rows]
    combined = old + extra
    s.execute(delete(FindingRow).where(col(FindingRow.report_id) == report.id))
    report.masked_text = mask(report.text, combined)
    s.add(report)
    keep_findings(s, report.id, combined)
    s.flush()
    return [n for n, f in enumerate(publishable(combined), start=1)
            if any(f.start < e.end and e.start < f.end for e in extra)]
