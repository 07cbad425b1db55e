"""Structured numbers a writer puts side by side or after a word naming whose they are: a
mobile and a personnummer in one run of groups, a customer's or member's number written as a
personnummer, a driving licence's number."""

from __future__ import annotations

import pytest

from .kit import found, pnr


@pytest.mark.parametrize("phone", ["070-174 06 72", "0701740674", "+46 70 174 06 73"])
@pytest.mark.parametrize("joint", [" / ", " - ", " – "])
def test_a_mobile_before_a_personnummer_in_one_run_stays_a_phone(phone: str, joint: str) -> None:
    number = pnr("910605", "600")
    text = f"Mobil {phone}{joint}{number}"
    assert found(text, "PHONE") == [phone]
    assert found(text, "ID_NUMBER") == [number]


def test_a_personnummer_alone_is_still_no_phone() -> None:
    number = pnr("050312", "234")
    assert found(f"Tel {number}", "PHONE") == []


@pytest.mark.parametrize("label", ["Kundnummer", "Kundnr:", "Medlemsnummer", "Medlems-ID",
                                   "Användar-ID:", "Customer no."])
@pytest.mark.parametrize("number", [pnr("850612", "123", century="19", valid=False),
                                    pnr("850612", "123", century="19")])
def test_a_customers_number_written_as_only_a_personnummer_is_is_theirs(
        label: str, number: str) -> None:
    assert found(f"{label} {number} ringde om leveransen.", "ID_NUMBER") == [number]


@pytest.mark.parametrize("text", [
    "Ordernr " + pnr("850612", "123", century="19", valid=False),  # no person's label
    "Kundnummer " + pnr("120506", "123", valid=False),  # ten digits: the firm's own number
    "Kundnummer " + pnr("201205", "123", century="20", valid=False),  # a birth too recent
])
def test_other_labels_and_the_firms_own_numbers_stay_unflagged(text: str) -> None:
    assert found(text, "ID_NUMBER") == []


@pytest.mark.parametrize("before", ["körkort", "Körkortsnummer:", "legitimerade sig med körkort"])
@pytest.mark.parametrize("valid", [True, False])
def test_a_driving_licences_number_is_its_holders_personnummer(before: str, valid: bool) -> None:
    number = pnr("740602", "882", valid=valid)
    assert found(f"Hyrd av kund, {before} {number}, betalt kontant", "ID_NUMBER") == [number]


@pytest.mark.parametrize("text, phone", [
    ("swisha +46 (0)70 174 06 45 och skriv ditt namn", "+46 (0)70 174 06 45"),
    ("Swish till 0046 (0) 70 174 06 46", "0046 (0) 70 174 06 46"),
    ("Hon betalar via Swish till ۰۷۰ ۱۷۴ ۰۶ ۳۱.", "۰۷۰ ۱۷۴ ۰۶ ۳۱"),
    ("swisha till (070) 174 06 47 och ett namn", "(070) 174 06 47"),
    ("Collected by: Sam Holm, Swish 070/174 06 48", "070/174 06 48"),
    ("Swish (031) 390 06 40. Inloggning från en ny enhet.", "(031) 390 06 40"),
])
def test_a_phone_swish_is_paid_to_is_no_account(text: str, phone: str) -> None:
    assert found(text, "PHONE") == [phone]
    assert found(text, "BANK_ACCOUNT") == []


@pytest.mark.parametrize("text", ["Swish 123 456 78 90", "konto 8327-9, 934 112 455-2",
                                  "konto (8327) 934 112 455"])
def test_accounts_and_swish_numbers_stay_accounts(text: str) -> None:
    assert found(text, "BANK_ACCOUNT") != []


@pytest.mark.parametrize("word", ["tjänstetelefonen", "jobbtelefonen", "hemtelefonen"])
def test_a_persons_own_phone_is_no_helpline(word: str) -> None:
    assert found(f"Ring mig gärna på {word} 054-740 50 30 i dag.", "PHONE") == ["054-740 50 30"]


@pytest.mark.parametrize("line", ["Föräldratelefonen", "Jourtelefonen"])
def test_a_helplines_number_stays_unflagged(line: str) -> None:
    assert found(f"Ring {line} 031-390 06 00", "PHONE") == []


@pytest.mark.parametrize("yymmdd", ["081110", "030125", "881110"])
@pytest.mark.parametrize("valid", [True, False])
def test_a_personnummer_with_its_date_in_dots_is_no_stockholm_number(
        yymmdd: str, valid: bool) -> None:
    ten = pnr(yymmdd, "861", sep="", valid=valid)
    number = f"{ten[:2]}.{ten[2:4]}.{ten[4:6]}-{ten[6:]}"
    text = f"Från: Roger Blixt, {number}\nJag har köpt tabletter på nätet."
    assert found(text, "ID_NUMBER") == [number]
    assert found(text, "PHONE") == []


@pytest.mark.parametrize("phone", ["08.465.004.31", "08-46 50 04 31"])
def test_a_stockholm_number_in_dots_or_pairs_stays_a_phone(phone: str) -> None:
    assert found(f"Ring {phone} i dag", "PHONE") == [phone]


@pytest.mark.parametrize("dash", ["–", "—"])
def test_a_personnummer_with_a_typographic_dash_under_an_account_is_no_account(
        dash: str) -> None:
    number = pnr("871028", "585", sep=dash, century="19", valid=False)
    text = f"Konto 9150 111 903 462-5\nLotta Ekberg {number}\nOrg.nr följer"
    assert found(text, "ID_NUMBER") == [number]
    assert [a for a in found(text, "BANK_ACCOUNT") if a in number] == []


@pytest.mark.parametrize("text, plate", [
    ("Följebil GBP 13R.", "GBP 13R"),
    ("den vita sprintern mrz 82g igen", "mrz 82g"),
    ("Craftern kdm749 stod vid lastkajen", "kdm749"),
])
def test_plates_a_currency_or_a_vans_model_opens(text: str, plate: str) -> None:
    assert found(text, "PLATE") == [plate]


@pytest.mark.parametrize("text", ["Taxi SEK 895", "Följebil kostade GBP 132 om dagen."])
def test_an_amount_in_a_currency_is_no_plate(text: str) -> None:
    assert found(text, "PLATE") == []


@pytest.mark.parametrize("valid", [True, False])
def test_a_personnummer_with_its_date_in_spaces_or_its_tail_in_pairs_is_no_phone(
        valid: bool) -> None:
    ten = pnr("800821", "737", sep="", valid=valid)
    spaced = f"19{ten[:2]} {ten[2:4]} {ten[4:6]}-{ten[6:]}"
    paired = f"{ten[:6]}-{ten[6:8]} {ten[8:]}"
    for number in (spaced, paired):
        text = f"Jag heter Susanne Falk, {number}, och bor i Visby."
        assert found(text, "ID_NUMBER") == [number]
        assert found(text, "PHONE") == []


@pytest.mark.parametrize("phone", ["08 21-73 78", "070174-06 05"])
def test_numbers_in_pairs_after_their_area_code_stay_phones(phone: str) -> None:
    assert found(f"Tel {phone}", "PHONE") == [phone]


def test_a_mobile_in_dots_is_no_padded_address() -> None:
    text = "Pappa Peter Holmberg kom från Visby, 070.174.06.49."
    assert found(text, "PHONE") == ["070.174.06.49"]
    assert found(text, "IP") == []
    assert found("Loggen: IP 192.168.001.010 kl 14.", "IP") == ["192.168.001.010"]


def test_a_personnummer_in_five_pairs_after_a_name_is_no_stockholm_number() -> None:
    ten = pnr("800821", "737", sep="")
    number = " ".join(ten[i : i + 2] for i in range(0, 10, 2))
    for text in (f"Klient Rosita Lindberg ({number}) fick paket.",
                 f"Rosita Lindberg, {number}, fick paket."):
        assert found(text, "ID_NUMBER") == [number]
        assert found(text, "PHONE") == []
    assert found(f"Rum 12, {number[3:]}", "PHONE") == [number[3:]]
