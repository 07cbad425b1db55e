"""What a comment's review shows beyond a report's: the comment as it would be published
under its event (findings numbered as BEHÅLL refers to them). A comment is not a warning:
it has no letter to cut and no parts, so its text is the masked text and nothing else."""

from __future__ import annotations

from sqlmodel import Session

from mailgate.hold.findings import as_findings, findings_of
from mailgate.scan import mask
from store.models import Report


def comment_view(s: Session, report: Report) -> dict[str, object]:
    assert report.id is not None
    rows = findings_of(s, report.id)
    return {"comment_text": mask(report.text, as_findings(rows), numbered=True)}
