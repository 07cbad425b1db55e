"""The command reader, table-driven over real-looking replies (tests/data/replies/*.eml):
Outlook desktop and web, Gmail, Apple Mail on iPhone and Mac, Thunderbird, HTML-only
mail, Swedish and English. Each .eml has a .json with the command a moderator meant."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import pytest

from mailgate.moderate.commands import Command, Problem, Unclear, read_command
from mailgate.parse import parse

REPLIES = Path(__file__).resolve().parent.parent / "data" / "replies"
CASES = sorted(p.stem for p in REPLIES.glob("*.eml"))


def reading(name: str) -> dict[str, object]:
    mail = parse((REPLIES / f"{name}.eml").read_bytes(), domain="vsn.example.se")
    command = read_command(mail.text, mail.subject)
    if isinstance(command, Unclear):
        return {"unclear": str(command.problem)}
    assert isinstance(command, Command)
    found = asdict(command)
    found["keep"] = list(command.keep)
    redact = found.pop("redact")
    if redact:   # MASKERA n; the older cases do not name it
        found["redact"] = list(redact)
    return {k: (str(v) if k in ("action", "urgency") and v is not None else v)
            for k, v in found.items()}


PART_DEFAULTS = {"what": None, "region": None, "advice": None, "keep_letter": False}


def test_there_are_enough_real_looking_replies() -> None:
    assert len(CASES) >= 30
    clients = {name.split("_")[0] for name in CASES}
    assert {"outlook", "owa", "gmail", "iphone", "thunderbird", "html"} <= clients


@pytest.mark.parametrize("name", CASES)
def test_reply_reads_as_the_moderator_meant(name: str) -> None:
    expected = json.loads((REPLIES / f"{name}.json").read_text(encoding="utf-8"))
    if "unclear" not in expected:   # fields added later (the warning's parts) default
        expected = {**PART_DEFAULTS, **expected}
    assert reading(name) == expected


# Short cases for the rules themselves, beside the corpus above.
RULES = [
    ("GODKÄNN", "approve"),
    ("GoDkÄnN", "approve"),
    ("APPROVED", "approve"),
    ("godkänn röd\nröd", "approve"),                # the same urgency twice is no conflict
    ("GODKÄNN\n\nRöd text i rapporten stämmer", "approve"),  # prose after the command
    ("Keep me posted", "unreadable"),
    ("BEHÅLL två", "unreadable"),
    ("RUBRIK:", "unreadable"),
    ("FRÅGA till rapportören: var?", "unreadable"),
    ("AVSLÅ", "reject"),                           # no reason is still a clear rejection
    ("AVSLÅ: dubblett\nBEHÅLL 2", "conflicting"),
    ("FRÅGA: var?\nGODKÄNN", "conflicting"),
    ("> GODKÄNN", "empty"),
    ("   \n\n", "empty"),
    ("OK", "no_command"),
    ("--- TEXT ---\n\n--- SLUT ---", "edit"),
]


@pytest.mark.parametrize(("text", "expected"), RULES)
def test_rule(text: str, expected: str) -> None:
    command = read_command(text)
    got = str(command.problem) if isinstance(command, Unclear) else str(command.action)
    assert got == expected


def test_reject_reason_keeps_case_and_diacritics() -> None:
    command = read_command("avslå: Rapporten gäller Örebro, inte Malmö")
    assert isinstance(command, Command) and command.reason == "Rapporten gäller Örebro, inte Malmö"


def test_quoted_commands_never_count() -> None:
    text = "Tack!\n\nDen 14 maj 2024 kl. 09:02 skrev VSN <vsn@vsn.example.se>:\n> GODKÄNN\n"
    assert read_command(text) == Unclear(read_command("Tack!").problem)  # type: ignore[union-attr]


# The warning's parts, set by a line each; prose that starts with the same word stays prose.
PARTS = [
    ("GODKÄNN\nVAD: Falska oxykodontabletter (M30) med fentanyl",
     {"what": "Falska oxykodontabletter (M30) med fentanyl"}),
    ("Godkänn röd\nRegion: Skåne", {"region": "Skåne", "urgency": "red"}),
    ("GODKÄNN\nRÅD: Ha naloxon hemma. Använd inte ensam.",
     {"advice": "Ha naloxon hemma. Använd inte ensam."}),
    ("GODKÄNN\nRÅD:\nHa naloxon nära.\nAnvänd inte ensam.\n\nTack",
     {"advice": "Ha naloxon nära.\nAnvänd inte ensam."}),
    ("GODKÄNN\nrad: Testa med fentanylstickor", {"advice": "Testa med fentanylstickor"}),
    ("GODKÄNN\nVad bra att ni skickade detta!", {}),
    ("GODKÄNN\nRåd behövs nog, men det får bli senare", {}),
    ("GODKÄNN\nVar försiktig med texten", {}),
    ("BEHÅLL HÄLSNING\nGODKÄNN", {"keep_letter": True}),
    ("GODKÄNN\nBehåll hälsningen och 2", {"keep_letter": True, "keep": [2]}),
    ("GODKÄNN\nKEEP GREETING", {"keep_letter": True}),
    ("--- TEXT ---\nNy text\n--- SLUT ---\nREGION: Gotland", {"region": "Gotland",
                                                             "text": "Ny text"}),
]


@pytest.mark.parametrize(("text", "changed"), PARTS)
def test_parts_are_set_by_a_line_each(text: str, changed: dict[str, object]) -> None:
    command = read_command(text)
    assert isinstance(command, Command)
    got = {k: v for k, v in asdict(command).items()
           if k not in ("action", "reason") and v not in (None, False, ())}
    want = {k: v for k, v in changed.items()}
    if "keep" in want:
        want["keep"] = tuple(want["keep"])  # type: ignore[arg-type]
    assert {k: (str(v) if k == "urgency" else v) for k, v in got.items()} == want


def test_parts_without_text_or_two_values_are_unclear() -> None:
    assert read_command("GODKÄNN\nRÅD:") == Unclear(Problem.UNREADABLE, "RÅD:")
    assert read_command("GODKÄNN\nREGION: Skåne\nREGION: Halland") == Unclear(
        Problem.CONFLICTING)
    assert read_command("AVSLÅ: dubblett\nVAD: fentanyl") == Unclear(Problem.CONFLICTING)


@pytest.mark.parametrize(("text", "expected"), [
    ("MASKERA 3", (3,)),
    ("Maskera 2, 5\n\nMvh\nModerator", (2, 5)),
    ("REDACT 4", (4,)),
])
def test_maskera_names_findings_of_the_published_text(text: str,
                                                      expected: tuple[int, ...]) -> None:
    command = read_command(text)
    assert isinstance(command, Command)
    assert str(command.action) == "redact" and command.redact == expected


@pytest.mark.parametrize("text", ["MASKERA", "MASKERA telefonnumret", "MASKERA 3\nGODKÄNN"])
def test_maskera_without_numbers_or_beside_another_command_does_nothing(text: str) -> None:
    assert isinstance(read_command(text), Unclear)
