"""Every template renders with realistic data; text parts match their golden files, lines
never run together, HTML parts never rely on pre-wrap, and warnings read in the order
members need: what happened, where, what to do, the text.

Regenerate the golden files after an intended change of wording or layout:

    VSN_REGENERATE_GOLDEN=1 .venv/bin/pytest -q tests/mailviews/test_templates.py

and read the diff (git diff tests/mailviews/golden) before committing it.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from digest.compose.render import FINDING_SV, URGENCY_COLOUR, URGENCY_INK, environment
from mailgate.scan import PLACEHOLDERS

from mailviews.kit import View, views

GOLDEN = Path(__file__).resolve().parent / "golden"
REGENERATE = os.environ.get("VSN_REGENERATE_GOLDEN") == "1"
VIEWS = {v.name: v for v in views()}
# "…se>Medlem: ja", "verifierad.Referens": a template lost a line break or a space.
RUN_TOGETHER = re.compile(r">[A-ZÅÄÖ][a-zåäö]+:|[a-zåäö]{2}\.[A-ZÅÄÖ][a-zåäö]")


def test_every_template_has_a_view() -> None:
    stems = {name.removesuffix(".txt.j2").removesuffix(".html.j2")
             for name in environment().list_templates(extensions=["j2"])}
    # Partials are rendered inside the mails; portal/ holds web pages (tests/portal).
    stems = {s for s in stems
             if not s.rsplit("/", 1)[-1].startswith("_") and not s.startswith("portal/")}
    assert stems <= {v.stem for v in VIEWS.values()}


@pytest.mark.parametrize("name", sorted(VIEWS))
def test_text_part_matches_its_golden_file(name: str) -> None:
    text = VIEWS[name].text()
    golden = GOLDEN / f"{name}.txt"
    if REGENERATE or not golden.exists():
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8"), f"regenerate: see {__doc__}"


@pytest.mark.parametrize("name", sorted(VIEWS))
def test_lines_never_run_together(name: str) -> None:
    text, html = VIEWS[name].pair()
    assert not RUN_TOGETHER.search(text)
    assert "\n\n\n\n" not in text
    if html is not None:
        assert "pre-wrap" not in html and "<pre" not in html   # Outlook drops pre-wrap
        assert 'width="640"' not in html and "width: 640px" not in html


def _order(view: View, *parts: str) -> list[int]:
    text = view.text()
    return [text.index(p) for p in parts]


@pytest.mark.parametrize("name", ["notice_red", "notice_yellow", "digest_unnoticed"])
def test_warning_reads_what_where_advice_text(name: str) -> None:
    view = VIEWS[name]
    positions = _order(view, "Vad: Falska oxykodontabletter", "Var: Skåne län",
                       "Vad du kan göra", "Ha naloxon", "Under helgen har vi haft")
    assert positions == sorted(positions)


def test_red_notice_carries_the_text_once() -> None:
    text, html = VIEWS["notice_red"].pair()
    assert html is not None
    assert text.count("Under helgen har vi haft") == 1
    assert html.count("Under helgen har vi haft") == 1
    assert text.count("Ha naloxon") == 1


def test_review_puts_text_first_then_findings_then_commands() -> None:
    html = VIEWS["review_red"].pair()[1]
    assert html is not None
    order = _order(VIEWS["review_red"], "Under helgen", "[1] NAMN", "== Så svarar du",
                   "GODKÄNN  ")
    assert order == sorted(order)
    assert html.index("Under helgen") < html.index("Personuppgifter som") < html.index(
        "GODKÄNN / APPROVE")


def test_review_marks_every_finding_and_lists_possible_ones_apart() -> None:
    text, html = VIEWS["review_red"].pair()
    assert html is not None
    assert "[[NAMN 1]]" in text and "[[PERSONNUMMER 2]]" in text
    assert "20991231-0008" not in text.split("== Personuppgifter")[0]
    assert html.count("<mark") >= 3   # the legend and each placeholder
    possible = text.split("== Möjliga personuppgifter")[1].split("==")[1]
    assert "[4] NAMN: Anna Lind" in possible
    assert "[4]" not in text.split("== Möjliga")[0].split("== Personuppgifter")[1]


def test_review_shows_the_letter_as_removed_and_asks_red_for_advice() -> None:
    text = VIEWS["review_red"].text()
    removed = text.split("== Borttaget")[1].split("\n==")[0]
    assert "Hej," in removed and "Kontakta mig gärna" in removed
    assert "Med vänlig hälsning" in removed and "BEHÅLL HÄLSNING" in removed
    proposed = text.split("== Texten som")[1].split("== Borttaget")[0]
    assert "Hej," not in proposed and "Kontakta mig" not in proposed
    assert "En RÖD varning behöver råd" in text
    assert "En RÖD varning behöver råd" not in VIEWS["review_yellow"].text()


def test_comment_review_offers_no_warning_parts() -> None:
    assert "Varningens delar" not in VIEWS["review_comment"].text()


def test_finding_types_are_named_as_placeholders() -> None:
    assert {k: v for k, v in FINDING_SV.items() if k in PLACEHOLDERS} == PLACEHOLDERS


def _luminance(colour: str) -> float:
    def channel(c: int) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


@pytest.mark.parametrize("urgency", sorted(URGENCY_COLOUR))
def test_banner_text_meets_wcag_aa_contrast(urgency: str) -> None:
    a, b = sorted((_luminance(URGENCY_COLOUR[urgency]), _luminance(URGENCY_INK[urgency])))
    assert (b + 0.05) / (a + 0.05) >= 4.5
