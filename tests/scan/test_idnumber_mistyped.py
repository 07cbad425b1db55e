"""ID_NUMBER without a cue word and with a wrong check digit, beside numbers that are not one.

A hurried reporter mistypes a digit; the birth date and most digits still identify. Every
date-valid shape is flagged (at a lower score); diary, case, lab and organisation numbers,
written in the same shapes, stay unflagged. The two tables are meant to be read side by side.
"""

from __future__ import annotations

import pytest

from mailgate.scan import publishable, scan
from mailgate.scan.engine import SCORE_THRESHOLD

from .kit import pnr

BAD = {"valid": False}

# (voice, text with {n}, the number): none has a cue word before the number.
FLAGGED = [
    ("short note, twelve digits", "Ett av fallen gällde en man, {n}, i Malmö.",
     pnr("780412", "123", century="19", **BAD)),
    ("ten digits and dash", "Uppgiven som {n} i journalanteckningen.", pnr("911130", "482", **BAD)),
    ("ten bare digits", "Skrev ner {n} på en lapp åt oss.", pnr("640229", "318", sep="", **BAD)),
    ("twelve bare digits", "Såg {n} på kortet.",
     pnr("050607", "771", sep="", century="20", **BAD)),
    ("space as separator", "Hon lämnade {n} vid receptionen.", pnr("880101", "240", sep=" ",
                                                                    **BAD)),
    ("plus: born over a hundred years ago", "Äldre man, {n}, vårdad på avdelning 4.",
     pnr("201224", "902", sep="+", **BAD)),
    ("samordningsnummer, day + 60", "Han har {n} men inget pass.",
     pnr("990371", "555", century="19", **BAD)),
    ("valid number, no cue", "Uppgifterna: {n}, boende i Gävle.", pnr("720815", "316")),
    ("english voice", "The man we met, {n}, had taken two pills.", pnr("830517", "129", **BAD)),
    ("in a list", "Berörda:\n- {n}\n- okänd", pnr("001010", "447", century="20", **BAD)),
    ("after a report label and a comma", "Anmälan: en man, {n}, greps på Centralen.",
     pnr("850101", "445", sep=" ", **BAD)),
    ("after a birth date word", "Han är född {n} enligt honom själv.",
     pnr("780412", "123", sep=" ", **BAD)),
]


@pytest.mark.parametrize(("voice", "template", "number"), FLAGGED)
def test_a_date_valid_number_is_flagged_whatever_its_check_digit(
        voice: str, template: str, number: str) -> None:
    text = template.format(n=number)
    hits = [f for f in scan(text) if f.type == "ID_NUMBER"]
    assert [f.text for f in hits] == [number], voice
    assert all(f.score > SCORE_THRESHOLD for f in hits)
    assert number not in [f.text for f in publishable(scan(text)) if f.type != "ID_NUMBER"]


def test_a_wrong_check_digit_lowers_the_score_and_keeps_the_finding() -> None:
    good, bad = pnr("850312", "234"), pnr("850312", "234", valid=False)
    score = {n: [f.score for f in scan(f"Mannen, {n}, kom in.") if f.type == "ID_NUMBER"]
             for n in (good, bad)}
    assert score[bad] and score[good]
    assert SCORE_THRESHOLD < score[bad][0] < score[good][0]


NOT_FLAGGED = [
    ("diary number", "Dnr {ok} gäller ärendet."),
    ("diary number, bad digit", "Diarienummer {bad} har registrerats."),
    ("case number", "Ärende {bad} är avslutat."),
    ("lab number", "Labnr: {bad} avser beslaget i Borås."),
    ("sample number", "Provnummer {ok} analyserades."),
    ("organisation number with dash", "Bolaget (556677-8899) säljer tillbehör."),
    ("organisation number bare", "Org 5560123456 står på fakturan."),
    ("organisation number, month 20", "Föreningen 802012-3456 driver caféet."),
    ("organisation number, month 24", "Stiftelsen har nummer 812400-1113."),
    ("thirteenth month", "Beteckning 851312-2345 på kartongen."),
    ("31 February", "Koden 850231-2345 fanns på påsen."),
    ("future birth date", "Serienummer 20991231-1234 på vågen."),
    ("iso date", "Händelsen skedde 2024-03-15 kl 14.30."),
    ("date and time run together", "Loggat 2024-03-15 14:30 i systemet."),
    ("a period between two dates", "Under perioden 2025-10-01–2025-11-30 gjordes 27 beslag."),
    ("a period, hyphen", "Kampanjen 2025-10-01-2025-11-30 är slut."),
    ("invoice", "Fakturanr {bad} förfaller i maj."),
    ("receipt", "Kvitto {ok} från apoteket."),
    ("serial number", "Serienummer {ok} på vågen."),
    ("forensic number", "RMV-nummer {bad} gäller provet."),
    ("parcel", "Kolli {ok} skannades i Malmö."),
    ("police event number", "Händelsenummer {bad} hos polisen."),
    ("tracking number", "Spårningsnummer {okspace} hos PostNord."),
    ("customer number", "Kundnummer {ok} i webbshopen."),
    ("phone with cue", "Ring mobil {phone} i kväll."),
    ("part of a longer run", "Kolli 12{badbare}99 skannades."),
    ("weight", "Beslaget vägde 1234567890 mikrogram enligt en felskrivning."),
]


@pytest.mark.parametrize(("kind", "template"), NOT_FLAGGED)
def test_case_lab_and_organisation_numbers_stay_unflagged(kind: str, template: str) -> None:
    text = template.format(
        ok=pnr("850312", "234"), bad=pnr("850312", "234", valid=False),
        badbare=pnr("850312", "234", sep="", valid=False), okspace=pnr("850312", "234", sep=" "),
        phone=pnr("070123", "456", sep="", valid=False),
    )
    assert [f.text for f in scan(text) if f.type == "ID_NUMBER"] == [], kind


def test_a_mistyped_mobile_number_keeps_its_phone_reading() -> None:
    number = pnr("070123", "456", sep="", valid=False)  # "born" 2007-01-23, wrong digit
    kinds = [f.type for f in publishable(scan(f"Numret {number} stod på lappen."))]
    assert kinds == ["PHONE"]
