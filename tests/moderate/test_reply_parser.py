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


# What moderators write without thinking, in the three ways clients quote the review.
REVIEW = (
    "Ny rapport att granska: 2026-0007\n"
    "Brådskandegrad: GUL (angiven av rapportören)\n\n"
    "== Förslag till publicerbar text / Proposed text ==\n"
    "Gröna tabletter märkta ”Tesla” med hög halt MDMA i Umeå.\n\n"
    "== Så svarar du / How to answer ==\n"
    "  GODKÄNN                publicera / APPROVE\n"
    "  GODKÄNN RÖD            publicera med ändrad brådskandegrad (RÖD, GUL, GRÖN)\n"
    "  AVSLÅ: <skäl>          publicera inte; rapportören får skälet / REJECT: <reason>\n"
    "Referens: 2026-0007")


def outlook(own: str) -> str:
    """Outlook desktop: own text on top, the review below a header block, unquoted."""
    return (f"{own}\n\nFrån: VSN Varningssystem Narkotika <vsn@vsn.example.se>\n"
            "Skickat: den 3 december 2026 10:12\nTill: Karin Lund <karin.lund@fhm.example.se>\n"
            "Ämne: [VSN-granskning 2026-0007] Tesla-tabletter\n\n" + REVIEW)


def gmail(own: str) -> str:
    quoted = "\n".join("> " + line for line in REVIEW.splitlines())
    return (f"{own}\n\nDen tors 3 dec. 2026 kl. 10:12 skrev VSN Varningssystem Narkotika <\n"
            f"vsn+review-abc@vsn.example.se>:\n\n{quoted}\n")


def apple(own: str) -> str:
    quoted = "\n".join("> " + line for line in REVIEW.splitlines())
    return (f"{own}\n\nSkickat från min iPhone\n\n> 3 dec. 2026 kl. 10:12 skrev VSN "
            f"<vsn+review-abc@vsn.example.se>:\n>\n{quoted}\n")


def gmail_below(own: str) -> str:
    """Bottom-posted in Gmail: attribution, the quote, then the moderator's own lines."""
    quoted = "\n".join("> " + line for line in REVIEW.splitlines())
    return (f"Den tors 3 dec. 2026 kl. 10:12 skrev VSN <vsn+review-abc@vsn.example.se>:\n"
            f"{quoted}\n\n{own}\n")


def apple_below(own: str) -> str:
    quoted = "\n".join("> " + line for line in REVIEW.splitlines())
    return (f"> 3 dec. 2026 kl. 10:12 skrev VSN <vsn+review-abc@vsn.example.se>:\n>\n"
            f"{quoted}\n\n{own}\n\nSkickat från min iPad\n")


def outlook_below(own: str) -> str:
    """Outlook never marks quoted lines: below its header block nothing is the author's."""
    return outlook("") + f"\n\n{own}\n"


QUOTING = {"outlook": outlook, "gmail": gmail, "apple": apple, "gmail_below": gmail_below,
           "apple_below": apple_below, "outlook_below": outlook_below}

# (how the client quotes, what the moderator wrote, action or problem, urgency)
LOOSE = [
    ("outlook", "Godkänd", "approve", None),
    ("gmail", "godkänner", "approve", None),
    ("apple", "Godkänner.", "approve", None),
    ("outlook", "OK publicera", "approve", None),
    ("gmail", "Ok, publicera", "approve", None),
    ("apple", "ok publicera!", "approve", None),
    ("outlook", "Ja, godkänn", "approve", None),
    ("gmail", "ja godkänn tack", "approve", None),
    ("outlook", "Approved", "approve", None),
    ("apple", "Approved.", "approve", None),
    ("outlook", "Godkänn, men ändra till gul", "approve", "yellow"),
    ("gmail", "godkänn men sätt den som röd", "approve", "red"),
    ("apple", "Ja, godkänn – men ändra till grön.", "approve", "green"),
    ("gmail", "Approve, but change it to red", "approve", "red"),
    ("gmail", "Hej!\n\nPublicera.\n\n/Karin", "approve", None),
    ("outlook", "Ja, publicera den", "approve", None),
    ("apple", "Godkänn den här, tack", "approve", None),
    ("gmail", "OK att publicera", "approve", None),
    ("outlook", "Ser bra ut, godkänn", "approve", None),
    ("gmail", "Godkänn den som röd", "approve", "red"),
    ("apple", "Publicera den men ändra till gul", "approve", "yellow"),
    ("gmail", "Looks good, approve it", "approve", None),
    ("outlook", "Godkänner, bra rapport!", "approve", None),
    ("gmail", "Godkänn, bra jobbat. RÖD", "approve", "red"),
    ("apple", "Approve, great report", "approve", None),
    # Bottom-posted: the command below the quoted review.
    ("gmail_below", "GODKÄNN", "approve", None),
    ("gmail_below", "Godkänd, röd", "approve", "red"),
    ("apple_below", "Ok, publicera", "approve", None),
    ("apple_below", "AVSLÅ: samma händelse som 2026-0005", "reject", None),
    ("gmail_below", "Mvh Karin\n\nGODKÄNN", "empty", None),  # below a closing: not hers
    # Ambiguous: instructions back, never a guess.
    ("outlook", "godkänn inte", "unreadable", None),
    ("gmail", "Godkänner inte denna", "unreadable", None),
    ("apple", "Publicera inte förrän vi hört av polisen", "unreadable", None),
    ("outlook", "OK?", "no_command", None),
    ("gmail", "Ser bra ut?", "no_command", None),
    ("outlook", "Publicera den?", "unreadable", None),
    ("apple", "Publicera den inte", "unreadable", None),
    ("gmail", "Bra, men publicera inte ännu", "no_command", None),
    ("gmail", "Ok, publicera?", "unreadable", None),
    ("apple", "Godkänn?", "unreadable", None),
    ("outlook", "GODKÄNN\nAVSLÅ: fel region", "conflicting", None),
    ("gmail", "Godkänn, men ändra till gul\nGODKÄNN RÖD", "conflicting", None),
    ("gmail", "Godkänn, men ändra rubriken", "unreadable", None),
    ("outlook", "Godkänn inte, bra försök", "unreadable", None),
    ("apple", "Godkänn, bra, men vänta", "unreadable", None),
    ("outlook", "Ok", "no_command", None),
    ("outlook_below", "GODKÄNN", "empty", None),  # only "> " quoting marks where it ends
    ("gmail", "GODKÄNN", "approve", None),  # the quoted GODKÄNN RÖD never counts
]


@pytest.mark.parametrize(("quoting", "own", "expected", "urgency"), LOOSE)
def test_what_moderators_write_without_thinking(quoting: str, own: str, expected: str,
                                                urgency: str | None) -> None:
    command = read_command(QUOTING[quoting](own), "SV: [VSN-granskning 2026-0007] Tesla")
    got = str(command.problem) if isinstance(command, Unclear) else str(command.action)
    assert got == expected
    if isinstance(command, Command):
        assert command.urgency == urgency


def test_top_and_bottom_both_count_so_a_conflict_stays_a_conflict() -> None:
    quoted = "\n".join("> " + line for line in REVIEW.splitlines())
    text = f"GODKÄNN\n\nDen 3 dec. 2026 skrev VSN <vsn@vsn.example.se>:\n{quoted}\n\nAVSLÅ\n"
    assert read_command(text) == Unclear(Problem.CONFLICTING)


def test_a_wrapped_quote_line_never_reads_as_a_command() -> None:
    # Thunderbird wraps a long quoted line; the tail "GRÖN)" is unquoted but inside the quote.
    text = ("Den 3 dec. 2026 skrev VSN <vsn@vsn.example.se>:\n"
            "> GODKÄNN RÖD publicera med ändrad brådskandegrad (RÖD, GUL,\nGRÖN)\n"
            "> Referens: 2026-0007\n\nGODKÄNN\n")
    command = read_command(text)
    assert isinstance(command, Command) and command.urgency is None


def test_a_bottom_posted_text_block_is_the_corrected_text() -> None:
    command = read_command(gmail_below("--- TEXT ---\nTesla-tabletter, Umeå.\n--- SLUT ---"))
    assert isinstance(command, Command) and command.action == "edit"
    assert command.text == "Tesla-tabletter, Umeå."


def test_a_reason_below_a_bare_avsla_is_kept_as_written() -> None:
    command = read_command("AVSLÅ:\nOk, publicera inte förrän Örebro bekräftat.\n")
    assert isinstance(command, Command) and command.action == "reject"
    assert command.reason == "Ok, publicera inte förrän Örebro bekräftat."


def test_an_unreadable_loose_line_is_quoted_back_as_written() -> None:
    assert read_command("Godkänner inte denna") == Unclear(Problem.UNREADABLE,
                                                           "Godkänner inte denna")


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
