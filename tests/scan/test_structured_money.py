"""Structured identifiers in money and booking voices (issue 12, struct12), each beside the
look-alike that must stay unflagged: a personnummer whose date is grouped as no form does, an
order's number after a number sign, Nordic numbers in a signature or after a Nordic town,
e-mail hyphenated over a line or written with middle dots, an IP address's port, zone and
prefix, and the plates of Iceland and Austria. Every value is synthetic: personnummer with a
computed check digit (or a deliberately wrong one), mail at example.com/org/net, addresses
from RFC 5737 and 3849, Swedish phones from PTS's fiction range.
"""

from __future__ import annotations

import pytest

from .kit import flagged, found, pnr

TWELVE = pnr("570914", "091", sep="", century="19")  # a birth in 1957, twelve digits
BAD = pnr("570914", "091", sep="", century="19", valid=False)
YOUNG = pnr("200412", "123", sep="", century="20")  # born 2020: a date's, uncued
SPLIT = f"{TWELVE[:4]}-{TWELVE[4:8]}-{TWELVE[8:]}"  # CCYY-MMDD-NNNN
FOURS = f"{TWELVE[:4]} {TWELVE[4:8]} {TWELVE[8:]}"
TEN_SPLIT = f"{TWELVE[2:6]}-{TWELVE[6:8]}-{TWELVE[8:]}"  # 5709-14-0916
DASHED_PAIRS = f"{TWELVE[2:4]}-{TWELVE[4:6]}-{TWELVE[6:8]}-{TWELVE[8:]}"


@pytest.mark.parametrize("text,number", [
    (f"Löneunderlag: Maja Ek {SPLIT}, 162 tim.", SPLIT),
    (f"Sökande (medsökande): {FOURS}", FOURS),
    (f"pnr {TEN_SPLIT} enligt låneansökan", TEN_SPLIT),
    (f"Utbetalning stoppad för {DASHED_PAIRS}, kontrollera.", DASHED_PAIRS),
    (f"Personnummer {BAD[:4]}-{BAD[4:8]}-{BAD[8:]}", f"{BAD[:4]}-{BAD[4:8]}-{BAD[8:]}"),
])
def test_a_personnummer_with_its_date_split_oddly_is_found(text: str, number: str) -> None:
    assert found(text, "ID_NUMBER") == [number]


@pytest.mark.parametrize("text", [
    f"Ärendenummer {SPLIT} gäller din reklamation.",  # a case's label claims it
    f"Mötet {YOUNG[:4]}.{YOUNG[4:6]}.{YOUNG[6:8]} {YOUNG[8:]} i sal 3",  # a recent date, a time
    f"Kortnummer 4571 {FOURS}",  # a card's sixteen digits
    f"Uppgiften {BAD[:4]}-{BAD[4:8]}-{BAD[8:]} stämmer inte",  # check fails, no cue
    "Ring 0701-74 0633 i kväll",  # a phone's grouping
])
def test_a_number_grouped_so_but_no_ones_stays_unread_as_a_personnummer(text: str) -> None:
    assert found(text, "ID_NUMBER") == []


def test_a_number_sign_makes_an_orders_number() -> None:
    number = pnr("570914", "091")
    assert found(f"Beställning #{number} levererad", "ID_NUMBER") == []
    assert found(f"pnr #{number}", "ID_NUMBER") == [number]
    assert found(f"Kontakt #3: Lina Berg {number}", "ID_NUMBER") == [number]


@pytest.mark.parametrize("text,number", [
    ("Mvh\nSindre Haug\n934 12 578", "934 12 578"),
    ("Med venlig hilsen\nJesper Lund\n28 41 77 03", "28 41 77 03"),
    ("Mormor i Tromsø har 47 91 23 45, ring efter sju.", "47 91 23 45"),
    ("Kusinen i Aalborg: 28 41 77 03", "28 41 77 03"),
])
def test_a_nordic_number_in_a_signature_or_after_a_nordic_town_is_a_phone(
        text: str, number: str) -> None:
    assert found(text, "PHONE") == [number]


@pytest.mark.parametrize("text", [
    "Hälsningar\nLina Berg\n412 345 kr",  # an amount under a name
    "Fakturanr 412 34 567, förfaller 2026-12-31",  # an invoice's label
    "Lina Berg ringde i går.\n412 34 567",  # prose above, no signature
])
def test_such_digits_elsewhere_stay_no_phone(text: str) -> None:
    assert found(text, "PHONE") == []


@pytest.mark.parametrize("text,address", [
    ("Kvitto skickas till anna.berg@exam-\nple.org efter betalning.",
     "anna.berg@exam-\nple.org"),
    ("> Min adress är jonas.wik@\n> example.com om ni behöver den",
     "jonas.wik@\n> example.com"),
    ("e-post: sofia·berg＠example·com", "sofia·berg＠example·com"),
])
def test_mail_hyphenated_quoted_or_in_middle_dots_is_found(text: str, address: str) -> None:
    assert found(text, "EMAIL") == [address]


def test_a_middle_dot_between_words_is_no_address() -> None:
    assert found("Priset · 300 kr · per@example.com", "EMAIL") == ["per@example.com"]
    assert found("Kaffe · bullar · te, allt för 40 kr", "EMAIL") == []


@pytest.mark.parametrize("text,address", [
    ("fe: client [2001:db8::42]:443 reset by peer", "[2001:db8::42]:443"),
    ("link-local fe80::1c2a:3bff:fe4d:5e6f%eth0 svarar inte", "fe80::1c2a:3bff:fe4d:5e6f%eth0"),
    ('remote_addr="192.0.2.146:60314" status=402', "192.0.2.146:60314"),
    ("deny src=198.51.100.23/32 port 22", "198.51.100.23/32"),
    ("ssh från [2001:db8:1::ab9:c0a8:102] nekad", "[2001:db8:1::ab9:c0a8:102]"),
])
def test_an_ip_address_keeps_its_port_zone_prefix_and_brackets(text: str, address: str) -> None:
    assert found(text, "IP") == [address]


@pytest.mark.parametrize("text,address", [
    ("Mötet 10:30:00, ip 192.0.2.5:30:00", "192.0.2.5"),  # a time after it: no port
    ("Se [2001:db8::1]. Och 192.0.2.4/ sedan", "[2001:db8::1]"),
])
def test_what_is_no_port_stays_outside(text: str, address: str) -> None:
    assert found(text, "IP")[0] == address


@pytest.mark.parametrize("text,plate", [
    ("Íslenskur bíll, númer KT 482, leigður í Keflavík.", "KT 482"),
    ("Hyrbilen från Reykjavík hade nummer RZ 541.", "RZ 541"),
    ("Österrikisk bil W 48213 K stod på min plats i två dygn.", "W 48213 K"),
    ("Auto mit Kennzeichen G 418 KT (Graz) parkte falsch.", "G 418 KT"),
    ("Austrian van L 7412 B seen at the ferry terminal", "L 7412 B"),
])
def test_plates_of_iceland_and_austria_are_found(text: str, plate: str) -> None:
    assert found(text, "PLATE") == [plate]


@pytest.mark.parametrize("text", [
    "Isländsk flygning FI 204 landade sent.",  # a flight
    "Hyrbil till Arlanda, sedan flyg SK 123 till Oslo.",  # a vehicle word, a flight's code
    "Diarienummer KS 412 gäller bygglovet.",
    "Rum W 48 i Wien-huset, vån 2",
])
def test_their_shapes_as_codes_stay_unflagged(text: str) -> None:
    assert found(text, "PLATE") == [] and not [f for f in flagged(text) if f.type == "PLATE"]


@pytest.mark.parametrize("text,number", [
    ("Kari Nordby | 412 34 567", "412 34 567"),
    ("Hilsen Kari Nordby – 934 12 578", "934 12 578"),
])
def test_a_nordic_number_after_a_signatures_bar_or_dash_is_a_phone(text: str, number: str) -> None:
    assert found(text, "PHONE") == [number]


def test_an_amount_after_a_name_and_colon_stays_no_phone() -> None:
    assert found("Anna Berg: 612 345 678 kr", "PHONE") == []


def test_a_line_break_after_the_domains_last_dot_keeps_the_address() -> None:
    assert found("Kontakt: anna.berg@example.\ncom", "EMAIL") == ["anna.berg@example.\ncom"]
    assert found("> anna.berg@example.\n> com skrev:", "EMAIL") == ["anna.berg@example.\n> com"]
    assert found("Mejla anna@example.\nSedan ringer jag.", "EMAIL") == []


def test_an_ipv4_address_mapped_into_ipv6_is_one_address() -> None:
    assert found("Inloggad från ::ffff:192.0.2.33 i natt", "IP") == ["::ffff:192.0.2.33"]


def test_a_no_break_space_may_part_the_split_date() -> None:
    number = f"{TWELVE[:4]}\u00a0{TWELVE[4:8]}\u00a0{TWELVE[8:]}"
    assert found(f"pnr {number}", "ID_NUMBER") == [number]


# Switchboards: an organisation's switchboard is public and left unmasked (a member needs it
# to reach the agency); a person's direct line beside it, and a number only a bracketed `vxl`
# after a person's name calls a switchboard, are the person's.
@pytest.mark.parametrize("text,phones", [
    ("Handläggare Åsa Lind, direkt 08-465 004 27 (växel 08-465 004 00)", ["08-465 004 27"]),
    ("Mvh\nÅsa Lind\nSocialtjänsten, Solna stad\nDirekt: 08-465 004 27\nVäxel: 08-465 004 00",
     ["08-465 004 27"]),
    ("Borgenär: Leif Sandberg, tel. 070-174 06 33, vxl 08-465 004 00", ["070-174 06 33"]),
    ("Växel 08-465 004 00 (Socialtjänsten)", []),
    ("Åsa Lind, 08-465 004 00 (vxl)", ["08-465 004 00"]),
    # a switchboard one preposition before its number; a person so reached stays hers
    ("Har du frågor, ring växeln på 08-465 004 10.", []),
    ("Call our switchboard on 031-390 06 00 or me directly on +46 8 465 004 03.",
     ["+46 8 465 004 03"]),
    ("Ring Lena på 08-465 004 00, växeln på 08-465 004 27.", ["08-465 004 00", "08-465 004 27"]),
])
def test_a_switchboard_is_the_organisations_and_a_direct_line_the_persons(
        text: str, phones: list[str]) -> None:
    assert found(text, "PHONE") == phones


def test_a_marked_date_a_blank_and_four_stay_a_date_uncued() -> None:
    dated = f"{TWELVE[:4]}-{TWELVE[4:6]}-{TWELVE[6:8]} {TWELVE[8:]}"
    assert found(f"Inloggad {dated} från kontoret", "ID_NUMBER") == []
    assert found(f"pnr {TWELVE[:4]}-{TWELVE[4:8]} {TWELVE[8:]}", "ID_NUMBER") == [
        f"{TWELVE[:4]}-{TWELVE[4:8]} {TWELVE[8:]}"]
