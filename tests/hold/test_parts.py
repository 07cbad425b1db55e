"""The warning's parts proposed from a report's text: what (substances, markings) and where
(the region named, or the county of the municipalities named)."""

from __future__ import annotations

import pytest

from mailgate.hold.findings import proposed_title
from mailgate.hold.parts import propose_what, propose_where
from store.models import Report

WHAT = [
    ("Blå tabletter märkta M30 som såldes som oxykodon innehöll fentanyl.",
     "M30, oxykodon, fentanyl"),
    ("Falska Xanax-tabletter med bromazolam, stämpel Tesla.", "Xanax, bromazolam, Tesla"),
    ("Två svarade på naloxon efter heroin med nitazen.", "heroin, nitazen"),
    ("Molly och Tina var på festen, de drack vitt vin.", ""),      # names and everyday words
    ("Vi ser mer HHC-vape, spice och kokain.", "HHC, kokain"),
]
WHERE = [
    ("Tre överdoser i Malmö och Lund.", "Skåne län", ("Malmö", "Lund")),
    ("Region Skåne larmar, fall i Göteborg.", "Skåne län", ("Skåne", "Göteborg")),
    ("Beslag i Sörmland.", "Södermanlands län", ("Sörmland",)),
    ("Socialtjänsten i Umeå ser HHC.", "Västerbottens län", ("Umeå",)),
    ("Händelser i Rinkeby.", "", ("Rinkeby",)),
    ("Med handen på hjärtat: inget nytt.", "", ()),   # the place "Handen" is capitalised
    ("Inget ställe nämns.", "", ()),
]


@pytest.mark.parametrize(("text", "what"), WHAT)
def test_what_is_proposed_from_the_lexicon(text: str, what: str) -> None:
    assert propose_what(text) == what


@pytest.mark.parametrize(("text", "region", "places"), WHERE)
def test_where_is_proposed_from_places_named(text: str, region: str,
                                             places: tuple[str, ...]) -> None:
    where = propose_where(text)
    assert (where.region, where.places) == (region, places)


@pytest.mark.parametrize("subject", ["RÖD: Blå M30", "GUL - Blå M30", "För kännedom: Blå M30",
                                     "[Grön] Blå M30", "FYI: Blå M30"])
def test_urgency_words_leave_the_title(subject: str) -> None:
    report = Report(reference="2026-0001", inbound_id=1, sender="a@b.se", subject=subject,
                    urgency="red", title=subject)
    assert proposed_title(report) == "Blå M30"


def test_a_word_that_starts_like_an_urgency_stays() -> None:
    report = Report(reference="2026-0001", inbound_id=1, sender="a@b.se",
                    subject="Gulf-tabletter i Malmö", urgency="red", title="Gulf-tabletter i Malmö")
    assert proposed_title(report) == "Gulf-tabletter i Malmö"


def test_a_long_threads_parts_are_proposed_from_its_opening() -> None:
    # A forwarded thread of megabytes names its warning at the top; the rest is older mail.
    from mailgate.hold.proposal import PROPOSAL_READS, propose

    opening = "Fentanyl i blå tabletter märkta M30, två fall i Malmö.\n"
    older = "> Tidigare meddelanden i tråden.\n" * (PROPOSAL_READS // 20)
    text = opening + older + "> Kokain i Umeå, förra året.\n"
    proposal = propose(Report(reference="2026-0001", text=text, subject="s"), [])
    assert proposal.what == "Fentanyl, M30"
    assert (proposal.region, proposal.places) == ("Skåne län", ("Malmö",))
