"""Numbers, places and chains a report names to help its readers, which identify no one."""

from __future__ import annotations

import pytest

from .kit import flagged, found

# Fiction-range numbers (PTS test series) in the positions an organisation's number takes.
ORGANISATIONS_NUMBERS = [
    "Får vi nämna Giftinformationscentralens nummer 010-456 67 00 i avsnittet?",
    "Socialjourens telefon 08-465 004 20 är öppen dygnet runt.",
    "Telefon – 112 (akut), 020-84 44 48 (Alkohollinjen), 1177 (vård).",
    "Ring 031-390 06 12 (Stödlinjen) om du är orolig.",
    "Ring Fritidsgårdens expedition 040-628 04 20 för nyckel.",
    "Ungdomsmottagningen 031-390 06 30 har drop-in på onsdagar.",
]


@pytest.mark.parametrize("text", ORGANISATIONS_NUMBERS)
def test_an_organisations_number_by_its_genitive_or_bracket_is_no_ones(text: str) -> None:
    assert found(text, "PHONE") == []


@pytest.mark.parametrize("text", [
    "Eriks nummer 070-174 06 12 fanns på lappen.",
    "Hans telefon 08-465 004 21 är avstängd.",
    "Ring 070-174 06 33 (Erik) efter fem.",
    "Giftinformationscentralens handläggare Anna Berg, 070-174 06 44.",
    "Nå mig på +46 70 174 06 05 (Signal) efter kl 18.",
    "Kontakt: 070-174 06 61 (WhatsApp, Telegram).",
    "Hon sitter i expeditionen 070-174 06 22 om du undrar.",
    "Sköterskan Eva på mottagningen nås på 070-174 06 27.",
])
def test_a_persons_number_in_the_same_positions_is_still_found(text: str) -> None:
    assert len(found(text, "PHONE")) == 1


def test_a_swish_number_for_a_collection_is_the_organisations() -> None:
    text = "Kollekt via Swish 123 900 42 17 till Maskrosbarn."
    assert found(text, "BANK_ACCOUNT") == []
    assert found("Swisha 123 900 42 17 till mig innan fredag.", "BANK_ACCOUNT") != []


@pytest.mark.parametrize("text, thing", [
    ("Ingen kedja (Biltema, Jula, Bauhaus, Clas Ohlson) har någon rutin.", "Jula"),
    ("Tack till ICA Maxi och Fryshuset för stödet.", "ICA Maxi"),
    ("Samverkan med SOS Alarm, Polisen, Norrlandsflyg och Sjöfartsverket.", "Norrlandsflyg"),
    ("Fra Røde Kors Hjelpekorps Trysil: oppsummering vinter.", "Trysil"),
    ("Neste kurs i januar på Hemsedal, deretter Geilo.", "Geilo"),
])
def test_chains_helplines_rescue_services_and_ski_resorts_are_no_names(
        text: str, thing: str) -> None:
    assert not any(thing in name for name in found(text, "PERSON"))


def test_a_place_in_a_nickname_does_not_repeat_as_a_name() -> None:
    names = found("Sälen-Sune sålde piller. Vi åkte sedan till Sälen med Anna Berg.", "PERSON")
    assert "Anna Berg" in names
    assert "Sälen" not in names


@pytest.mark.parametrize("text", [
    "If you need someone to talk to, call 020-84 44 48. In an emergency call 112.",
    "Vid förgiftning som inte är akut: 010-456 67 00.",
    "Myrkytystietokeskus svarar på 0800 147 111 dygnet runt.",
])
def test_a_published_helpline_or_poison_centre_number_is_no_ones(text: str) -> None:
    assert found(text, "PHONE") == []


def test_a_number_one_digit_off_a_published_one_is_still_found() -> None:
    assert found("Ring 010-456 67 01 om du vill prata.", "PHONE") == ["010-456 67 01"]


@pytest.mark.parametrize("text", [
    "Droghjälpen svarar på 020-91 91 91 alla dagar.",
    "Kundtjänst: 0771-111 222 (vardagar).",
    "Ring 0200-22 33 44, det kostar inget.",
])
def test_a_toll_free_or_shared_cost_line_is_no_ones(text: str) -> None:
    assert found(text, "PHONE") == []


@pytest.mark.parametrize("text, number", [
    ("Numbers: 112, 1177 and the Thai embassy: 08-791 73 40.", "08-791 73 40"),
    ("Nummer: 112, 1177, Thailands ambassad 08-791 73 40.", "08-791 73 40"),
    ("Felaktigt debiterade samtal till betalnummer (0939-10 10 10) under tiden.", "0939-10 10 10"),
    ("Varuslag: kosttillskott. Tulltaxenummer 2106 90 92.", "2106 90 92"),
])
def test_embassies_premium_lines_and_customs_codes_are_no_ones_phone(text: str,
                                                                    number: str) -> None:
    assert not any(number in f.text for f in flagged(text))


@pytest.mark.parametrize("text, number", [
    ("Ring mig på 08-791 73 40 efter fem.", "08-791 73 40"),
    ("Ring henne på 090-71 23 45 i Umeå.", "090-71 23 45"),
])
def test_a_persons_landline_is_still_a_phone(text: str, number: str) -> None:
    assert number in [f.text for f in flagged(text) if f.type == "PHONE"]


@pytest.mark.parametrize("text, code", [
    ("Flyg TK 1797, AWB 235-44120913, kom i går.", "AWB 235"),
    ("Please pay to the account below, reference LYC-882, by Friday.", "LYC-882"),
    ("Han kom med en påse SARMs (Ostarine, RAD-140) från en sajt.", "RAD-140"),
])
def test_codes_shaped_like_plates_are_no_plates(text: str, code: str) -> None:
    assert not any(f.type == "PLATE" for f in flagged(text)), code


def test_a_plate_written_with_a_dash_is_still_a_plate() -> None:
    assert [f.text for f in flagged("Bilen ABC-123 stod på gatan.") if f.type == "PLATE"] == [
        "ABC-123"]


@pytest.mark.parametrize("text, number", [
    ("Stöd: Veteranlinjen 020-66 66 66, Soldathemsförbundet.", "020-66 66 66"),
    ("Konsulatet i Málaga: +34 952 00 00 00. Styrelsen hälsar.", "+34 952 00 00 00"),
    ("Tfn till kansliet 06 320 0000, vardagar.", "06 320 0000"),
    ("Lot LT2611X, kolli 00 1234 5678 9012 3456, kom i går.", "00 1234 5678"),
])
def test_a_line_office_or_parcel_number_is_no_ones_phone(text: str, number: str) -> None:
    assert not any(number in f.text for f in flagged(text))


def test_a_plate_after_a_sentence_naming_an_org_number_is_still_a_plate() -> None:
    text = "Vagnens reg.nr? Nej, det är vårt org.nr. Vagnen: EFD 034."
    assert [f.text for f in flagged(text) if f.type == "PLATE"] == ["EFD 034"]


@pytest.mark.parametrize("text", [
    "Kontakta UD:s konsulära jour på +46 8 405 50 05 dygnet runt.",
    "Kundtjänsten nås på +46 771 84 00 00.",
])
def test_an_agencys_or_a_service_line_written_the_international_way(text: str) -> None:
    assert found(text, "PHONE") == []


@pytest.mark.parametrize("text", [
    "Handläggaren får kopia.\nUngdomstjänsten Halmstad, 040-628 04 00",
    "Frågor om beslutet:\nSocialtjänsten, 08-465 004 20",
])
def test_a_units_own_line_with_its_town_and_number_is_the_units(text: str) -> None:
    assert found(text, "PHONE") == []


@pytest.mark.parametrize("text", [
    "Hälsningar\nIda Berg\nSocialtjänsten Malmö, 08-465 004 31",  # under her name: her line
    "Hälsningar\nHandläggare Socialtjänsten, 08-465 004 31",  # a role first: someone's
    "ring Johanna på apoteket, 040-628 04 01",  # prose
    "Hälsningar Ida\nBergqvist Halmstad, 040-628 04 00",  # a surname, no unit
    "Mvh Gunnel\nEvenemangsenheten, 08-465 004 86",  # signed on the sign-off's line
    "Mvh Gunnel\nSocialtjänsten\n08-465 004 86",
])
def test_a_persons_line_beside_a_unit_is_still_found(text: str) -> None:
    assert len(found(text, "PHONE")) == 1
