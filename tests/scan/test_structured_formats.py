"""Structured identifiers in the many ways mail writes them, each beside a number of the same
shape that is no one's (a catalogue written for issue 12, not taken from any corpus).

Phones are from the fiction ranges (PTS 070-174 06 05..99, 08-465 004 xx, Ofcom 07700
900xxx, US 202-555-01xx); personnummer are generated (kit.pnr).
"""

from __future__ import annotations

import pytest

from mailgate.scan import publishable, scan

from .kit import pnr

P1 = pnr("780412", "123")
P2 = pnr("920715", "218")
WRONG = pnr("780412", "123", valid=False)
FLAT = P1.replace("-", "")


def _hits(text: str, target: str, kind: str) -> bool:
    start = text.index(target)
    end = start + len(target)
    return any(f.type == kind and f.start < end and start < f.end for f in scan(text))


def _masked(text: str, target: str) -> list[str]:
    start = text.index(target)
    end = start + len(target)
    return [f.text for f in publishable(scan(text)) if f.start < end and start < f.end]


PHONES = [
    ("Ring mig på +46 (0)70-174 06 12 efter fyra.", "+46 (0)70-174 06 12"),
    ("Nås på 0046 70 174 06 13 hela veckan", "0046 70 174 06 13"),
    ("Mobil: 070/174 06 14", "070/174 06 14"),
    ("tel 070-174 06 15 vx 2231", "070-174 06 15"),
    ("Direkt: 08-465 004 21, ankn. 312", "08-465 004 21"),
    ("Med vänlig hälsning\nLinnea Brandt\nMobil 070-174\n06 16", "070-174\n06 16"),
    ("Hon bad mig ringa (070-174 06 17) i morgon.", "070-174 06 17"),
    ("📱 070-174 06 21", "070-174 06 21"),
    ("ring O7O-174 O6 23 ikväll", "O7O-174 O6 23"),
    ("UK mobile: 07700 900 431", "07700 900 431"),
    ("+1 202 555 0146 (cell)", "+1 202 555 0146"),
    ("WhatsApp +46 70-174 06 24", "+46 70-174 06 24"),
    ("numret är 070.174.06.25", "070.174.06.25"),
    ("namn;telefon\nEmil Strand;070-174 06 26", "070-174 06 26"),
    ("| Sara Holm | 070 174 06 28 | kväll |", "070 174 06 28"),
    ("070-174 06 30 kl 14.30 passar", "070-174 06 30"),
    ("Ring +46(0)8-465 004 27 för tid.", "+46(0)8-465 004 27"),
    ("kontakt: 0 7 0 1 7 4 0 6 3 9", "0 7 0 1 7 4 0 6 3 9"),
    ('"phone":"+46701740612"', "+46701740612"),
    ('<a href="tel:0701740614">ring</a>', "0701740614"),
]


@pytest.mark.parametrize(("text", "number"), PHONES)
def test_phone_numbers_as_mail_writes_them(text: str, number: str) -> None:
    assert _hits(text, number, "PHONE")


# Typed onto a word: a cue (`Tel`, `Mobil`, `Hemtelefon`), a table's cells a PDF ran together,
# a JSON line's escaped break.
GLUED = [
    ("skriv till mig eller tel0701740622 så löser vi det", "0701740622"),
    ("Telefon070-174 06 21", "070-174 06 21"),
    ("TEL070 174 06 29", "070 174 06 29"),
    ("Tel+46 70 174 06 23", "+46 70 174 06 23"),
    ("070-174 06 24Ida Sund", "070-174 06 24"),
    ("Ida Sund070-174 06 25", "070-174 06 25"),
    ("Mobiltelefon:0701740626Hemtelefon:08-465 004 40", "0701740626"),
    ("mob:070 174 06 30e-post:ida@example.se", "070 174 06 30"),
    ('{"note": "ring\\n070-174 06 20\\n"}', "070-174 06 20"),
]
# The same digits typed onto a code's letters are the code's.
GLUED_CODES = [
    ("SKU0701740612 i lager", "0701740612"),
    ("Art.nr070174061 utgår", "070174061"),
    ("kod:A0701740617", "0701740617"),
    ("v0701740616b släppt", "0701740616"),
    ("Ordernummer0701740613 skickad", "0701740613"),
]


@pytest.mark.parametrize(("text", "number"), GLUED)
def test_a_phone_number_typed_onto_a_word(text: str, number: str) -> None:
    assert _hits(text, number, "PHONE")


@pytest.mark.parametrize(("text", "digits"), GLUED_CODES)
def test_digits_typed_onto_a_codes_letters_stay_the_codes(text: str, digits: str) -> None:
    assert _masked(text, digits) == []


# A reply quotes a wrapped line: the number goes on after the `>`.
QUOTED = [
    ("> Ring mig på 070-174\n> 06 99 sen", "070-174\n> 06 99"),
    ("> Mobil: 070-174 06\n> 98", "070-174 06\n> 98"),
    (">> tel 070 174\n>> 06 97", "070 174\n>> 06 97"),
    ("> tel +46 70\n> 174 06 95", "+46 70\n> 174 06 95"),
]


@pytest.mark.parametrize(("text", "number"), QUOTED)
def test_a_phone_number_wrapped_in_a_quoted_reply(text: str, number: str) -> None:
    assert _hits(text, number, "PHONE")


def test_quoted_lines_of_times_and_counts_are_no_phone_number() -> None:
    text = "> Öppet till 17\n> 08 och 12 på lördagar\n> Rum 4\n> 070 saknas"
    assert [f for f in scan(text) if f.type == "PHONE"] == []


NOT_PHONES = [
    ("Ring 112 vid nödläge.", "112"),
    ("Sjukvårdsrådgivning 1177 dygnet runt", "1177"),
    ("Polisen nås på 114 14", "114 14"),
    ("Giftinformationscentralen 010-456 67 00", "010-456 67 00"),
    ("Dnr 2026/01174-0612", "2026/01174-0612"),
    ("Order #70174061 skickad", "70174061"),
    ("Summa 1 740 612 kr", "1 740 612"),
    ("mellan 08.30-17.00 på vardagar", "08.30-17.00"),
    ("Labnr 20260612-0045", "20260612-0045"),
    ("Veckan 2026-06-12 – 2026-06-19", "2026-06-12 – 2026-06-19"),
    ("Org.nr 556677-8899", "556677-8899"),
    ("ISBN 978-91-7343-001-2", "978-91-7343-001-2"),
    ("Version 1.2.3.4 släppt", "1.2.3.4"),
    ("Ärendenummer 070-174 06 12", "070-174 06 12"),
    ("Kundnummer 0701740612", "0701740612"),
]


@pytest.mark.parametrize(("text", "number"), NOT_PHONES)
def test_service_case_and_order_numbers_stay_unmasked(text: str, number: str) -> None:
    assert _masked(text, number) == []


IDS = [
    (f"pnr {P1}", P1),
    (f"personnummer {P1.replace('-', '+')}", P1.replace("-", "+")),
    (f"Pnr: 19{FLAT[:6]} {FLAT[6:]}", f"19{FLAT[:6]} {FLAT[6:]}"),
    (f"Född 19{P1[:2]}.{P1[2:4]}.{P1[4:6]}-{P1[7:]}", f"19{P1[:2]}.{P1[2:4]}.{P1[4:6]}-{P1[7:]}"),
    (f"Personnummer (ÅÅÅÅMMDD-XXXX): 19{P2}", f"19{P2}"),
    (f"personnr {WRONG} (kan vara fel)", WRONG),
    (f"BERG, Tove {P2}", P2),
    (f"| Tove Berg | {P1} | Malmö |", P1),
    (f"pnr:{FLAT}", FLAT),
    (f"personnummer 19{P1[:6]}\n-{P1[7:]}", f"19{P1[:6]}\n-{P1[7:]}"),
    (f"Reservnummer 19{P1[:6]}-T123", f"19{P1[:6]}-T123"),
    (f"Ida Sund ({P2})", P2),
    (f"Ida Sund {P1}:s journal", P1),
    (f"?pnr=19{FLAT}&x=1", f"19{FLAT}"),
    (f"{P1}Ida Sund", P1),
    (f"> pnr {P1[:6]}-\n> {P1[7:]}", f"{P1[:6]}-\n> {P1[7:]}"),
]


@pytest.mark.parametrize(("text", "number"), IDS)
def test_personnummer_as_mail_writes_them(text: str, number: str) -> None:
    assert _hits(text, number, "ID_NUMBER")


NOT_IDS = [
    (f"Dnr {P1}", P1),
    ("Org.nr 556036-0793", "556036-0793"),
    ("Labnr 781234-5678", "781234-5678"),
    ("tidsperiod 20260412-20260419", "20260412-20260419"),
    ("Utbetalning 2026-04-12 kl. 12.39", "2026-04-12 kl. 12.39"),
    ("Pris 7 804 121 239 kr", "7 804 121 239"),
]


@pytest.mark.parametrize(("text", "number"), NOT_IDS)
def test_case_lab_and_organisation_numbers_are_no_personnummer(text: str, number: str) -> None:
    assert _masked(text, number) == []


# Lower case needs a word for a vehicle or its number before it: other vehicles than cars,
# and makes before their model.
LOWER_PLATES = [
    ("skotern gwt 403 stod kvar vid stugan", "gwt 403"),
    ("traktorn kxt 402 stod på gårdsplanen", "kxt 402"),
    ("bussen jtp 407 var sen", "jtp 407"),
    ("husvagnen mpl 23k stod vid sjön", "mpl 23k"),
    ("en grå toyota yaris tgj 904 utanför", "tgj 904"),
    ("han kör kia ceed kls 22a", "kls 22a"),
    ("bilnumret var kxt 402", "kxt 402"),
    ("registreringsnumret kxt402 stämmer", "kxt402"),
    ("Fick flytta: KKL 394, KCB 05A, fpr 548", "fpr 548"),  # a list's next plate
    ("Kvar i kväll: MXT 219 och hjk 40b", "hjk 40b"),
]


@pytest.mark.parametrize(("text", "plate"), LOWER_PLATES)
def test_a_plate_in_lower_case_after_a_vehicle_or_make(text: str, plate: str) -> None:
    assert _hits(text, plate, "PLATE")


NOT_PLATES = [
    ("Tom Ford FT5401 och Oakley Holbrook", "FT5401"),  # a make's word is also a name
    ("bussen till flyget SAS 1234", "SAS 1234"),  # a flight, not a foreign plate
    ("han tog abc 123 gånger, sa han", "abc 123"),  # lower case without a cue
    ("kurs i buss 123 mot centrum", "buss 123"),
    ("lämna det på SEK 450", "SEK 450"),
    ("Ärenden HGF 221, kpr 112 stängda", "kpr 112"),  # a list of case codes
    ("koder: abc 123, def 456", "def 456"),  # lower case after lower case
]


@pytest.mark.parametrize(("text", "code"), NOT_PLATES)
def test_codes_shaped_like_plates_stay_unmasked(text: str, code: str) -> None:
    assert [f for f in scan(text) if f.type == "PLATE" and f.text in code] == []


# Machines between the digits: an HTML entity, UTF-8 read as Windows-1252, an invisible
# character a word processor put there, digits typed full width.
MANGLED = [
    (f"pnr {P1[:6]}&ndash;{P1[7:]}", f"{P1[:6]}&ndash;{P1[7:]}", "ID_NUMBER"),
    (f"pnr {P1[:6]}&#8211;{P1[7:]}", f"{P1[:6]}&#8211;{P1[7:]}", "ID_NUMBER"),
    (f"pnr {P1[:6]}&#45;{P1[7:]}", f"{P1[:6]}&#45;{P1[7:]}", "ID_NUMBER"),
    (f"pnr {P1[:6]}â€“{P1[7:]}", f"{P1[:6]}â€“{P1[7:]}", "ID_NUMBER"),
    (f"pnr {P1[:6]}\u00ad{P1[7:]}", f"{P1[:6]}\u00ad{P1[7:]}", "ID_NUMBER"),
    (f"pnr {P1[:6]}-\u200b{P1[7:]}", f"{P1[:6]}-\u200b{P1[7:]}", "ID_NUMBER"),
    (f"pnr {P1[:6]}\uff0d{P1[7:]}", f"{P1[:6]}\uff0d{P1[7:]}", "ID_NUMBER"),
    ("Tel 070&nbsp;174&nbsp;06&nbsp;08", "070&nbsp;174&nbsp;06&nbsp;08", "PHONE"),
    ("Tel 070â€“174 06 07", "070â€“174 06 07", "PHONE"),
    ("Tel 070\u200b174 06 06", "070\u200b174 06 06", "PHONE"),
    ("Tel ０７０-１７４ ０６ ０９", "０７０-１７４ ０６ ０９", "PHONE"),
]


@pytest.mark.parametrize(("text", "number", "kind"), MANGLED)
def test_numbers_with_a_machines_marks_between_their_digits(text: str, number: str,
                                                             kind: str) -> None:
    assert _hits(text, number, kind)


def test_the_finding_covers_the_marks_as_written() -> None:
    text = f"Pnr: {P1[:6]}&ndash;{P1[7:]} (Ida)"
    [finding] = [f for f in scan(text) if f.type == "ID_NUMBER"]
    assert finding.text == f"{P1[:6]}&ndash;{P1[7:]}"


def test_an_entity_between_a_range_of_amounts_stays_an_amount() -> None:
    assert _masked("Priset 100&ndash;200 kr per gram", "100&ndash;200") == []


# A personnummer typed onto a word, as a PDF's table comes out: a right check digit needed.
def test_a_personnummer_typed_onto_a_name() -> None:
    assert _hits(f"Ida Sund{P1} Malmö", P1, "ID_NUMBER")


def test_a_code_typed_onto_digits_with_a_wrong_check_digit_stays_a_code() -> None:
    assert _masked(f"Ida Sund{WRONG} Malmö", WRONG) == []
    assert _masked(f"Dnr{P1}", P1) == []


# American numbers: the area code in brackets is no Swedish shape; dots after a cue.
US = [
    ("US office (202) 555-0143", "(202) 555-0143"),
    ("cell (202) 555 0147", "(202) 555 0147"),
    ("tel 202.555.0150", "202.555.0150"),
    ("tel: 1-202-555-0145", "1-202-555-0145"),
]


@pytest.mark.parametrize(("text", "number"), US)
def test_american_numbers(text: str, number: str) -> None:
    assert _hits(text, number, "PHONE")


@pytest.mark.parametrize("text", ["Fakturan (202) 555-0143 kr", "Ordernr (202) 555-0143",
                                  "ärende 1-202-555-0145", "Beloppet 202 555 0143"])
def test_american_shapes_after_a_label_or_as_amounts_stay_unmasked(text: str) -> None:
    assert [f for f in scan(text) if f.type == "PHONE"] == []


@pytest.mark.parametrize(("text", "times"), [
    ("Öppet 08.00 12.00 och 13.00 16.30", "08.00 12.00"),
    ("Temperatur 07.00 12.30 18.00", "07.00 12.30 18.00"),
    ("Tider: 07.30 12.00 – 16.30", "07.30 12.00 – 16.30"),
])
def test_a_row_of_times_is_no_phone_number(text: str, times: str) -> None:
    assert _masked(text, times) == []


@pytest.mark.parametrize(("text", "number"), [
    ("numret är 070.174.06.25", "070.174.06.25"),
    ("tel 08.465.004.21", "08.465.004.21"),
])
def test_a_number_written_with_dots_is_still_one(text: str, number: str) -> None:
    assert _hits(text, number, "PHONE")


def test_a_version_number_is_no_address_and_an_address_beside_it_is() -> None:
    text = "Firmware 4.12.0.3 installerad; inloggning från 203.0.113.9"
    assert [f.text for f in scan(text) if f.type == "IP"] == ["203.0.113.9"]
    assert _masked("version 10.2.0.1 av appen", "10.2.0.1") == []


IBANS = [
    ("IBAN: SE 45 5000 0000 0583 9825 7466", "SE 45 5000 0000 0583 9825 7466"),
    ("iban se45 5000 0000 0583 9825 7466", "se45 5000 0000 0583 9825 7466"),
    ("IBAN SE45 5000 0000\n0583 9825 7466", "SE45 5000 0000\n0583 9825 7466"),
    # a slip of the keyboard after the word IBAN: still the account
    ("IBAN SE45 5000 0000 0583 9825 7467", "SE45 5000 0000 0583 9825 7467"),
]


@pytest.mark.parametrize(("text", "iban"), IBANS)
def test_ibans_as_mail_writes_them(text: str, iban: str) -> None:
    assert _hits(text, iban, "IBAN")


@pytest.mark.parametrize("text", [
    "ref SE45 5000 0000 0583 9825 7467",  # no check, no IBAN word
    "IBAN SE45 5000 0000 0583 9825 746",  # too short for a Swedish one
])
def test_a_failing_iban_without_its_word_or_length_is_none(text: str) -> None:
    assert [f for f in scan(text) if f.type == "IBAN"] == []


@pytest.mark.parametrize(("text", "address"), [
    ("ida.sund&#64;example.com", "ida.sund&#64;example.com"),
    ("lina.ek [at] example [dot] se", "lina.ek [at] example [dot] se"),
    ("lina punkt ek snabel-a example punkt se", "lina punkt ek snabel-a example punkt se"),
    ("Ida Sund <ida.sund@example.com>", "ida.sund@example.com"),
])
def test_addresses_however_written(text: str, address: str) -> None:
    assert _hits(text, address, "EMAIL")


@pytest.mark.parametrize(("text", "number"), [
    (f"pnr {P1[:6]}--{P1[7:]}", f"{P1[:6]}--{P1[7:]}"),  # the dash typed twice
    (f"pnr {P1[:6]}-{P1[7:9]} {P1[9:]}", f"{P1[:6]}-{P1[7:9]} {P1[9:]}"),  # tail in pairs
])
def test_a_personnummer_with_a_doubled_dash_or_its_tail_in_pairs(text: str, number: str) -> None:
    assert _hits(text, number, "ID_NUMBER")


@pytest.mark.parametrize(("text", "number"), [
    (f"Ordernr {P1[:6]}-{P1[7:9]} {P1[9:]}", f"{P1[:6]}-{P1[7:9]} {P1[9:]}"),
    ("Tid 2026-04-12 12 39", "2026-04-12 12 39"),
])
def test_the_same_shapes_after_a_label_or_as_a_date_and_time(text: str, number: str) -> None:
    assert _masked(text, number) == []


def test_a_phone_number_in_chats_italics() -> None:
    assert _hits("ring _070-174 06 21_ ikväll", "070-174 06 21", "PHONE")


@pytest.mark.parametrize(("text", "plate"), [
    ("bilen ABC  123 stod kvar", "ABC  123"),
    ("bil ABC–123 utanför", "ABC–123"),
    ("bilen KPR 8O1 stod", "KPR 8O1"),
])
def test_plates_with_odd_spacing_or_an_o_for_a_zero(text: str, plate: str) -> None:
    assert _hits(text, plate, "PLATE")


def test_an_o_among_the_digits_without_a_vehicle_is_a_code() -> None:
    assert [f for f in scan("Kod ABC 1O3 i listan") if f.type == "PLATE"] == []


def test_a_landline_under_an_organisation_in_a_signature_is_the_persons() -> None:
    text = "Med vänlig hälsning\nIda Sund\nHandläggare, Socialtjänsten\n08-465 004 27"
    assert _hits(text, "08-465 004 27", "PHONE")


def test_the_organisations_line_without_a_name_above_stays_theirs() -> None:
    assert _masked("Kontakt:\nSocialtjänsten\n08-465 004 27", "08-465 004 27") == []


S1 = pnr("850161", "238")  # a samordningsnummer: the day plus 60


@pytest.mark.parametrize(("text", "number"), [
    (f"samnr {S1}", S1),
    (f"sam.nr {S1}", S1),
    (f"persnummer {P1}", P1),
    (f"pesonnummer {P1}", P1),
])
def test_shortened_and_misspelt_id_words_are_no_labels_of_another_number(text: str,
                                                                          number: str) -> None:
    assert _hits(text, number, "ID_NUMBER")


@pytest.mark.parametrize("sep", [" ", ": ", "\n"])
def test_a_signatures_number_on_or_under_the_organisations_line(sep: str) -> None:
    text = f"Hälsningar\nIda Sund\nSocialsekreterare\nSocialtjänsten{sep}08-465 004 27"
    assert _hits(text, "08-465 004 27", "PHONE")


@pytest.mark.parametrize("above", ["Kontakta", "Ida Sund ringde i går."])
def test_without_a_signatures_name_the_organisations_number_stays_theirs(above: str) -> None:
    text = f"{above}\nSocialtjänsten 08-465 004 27"
    assert _masked(text, "08-465 004 27") == []


@pytest.mark.parametrize(("text", "plate"), [
    ("bilen ABC 123s förare flydde", "ABC 123"),  # a genitive's s
    ("Regnr ABC 123 m.fl. noterades", "ABC 123"),  # m.fl. is no metre
])
def test_a_plate_before_a_genitive_or_an_abbreviation(text: str, plate: str) -> None:
    assert _hits(text, plate, "PLATE")


@pytest.mark.parametrize("text", ["XYZ 100s är en modell", "bil ABC 123 m bort"])
def test_plural_codes_and_distances_are_no_plates(text: str) -> None:
    assert [f for f in scan(text) if f.type == "PLATE"] == []
