"""DATE_OF_BIRTH: dates after `född`, `f.`, `DOB`; plain event dates are not personal data."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Pojken, född 12 mars 1998, kom in.", "12 mars 1998"),
        ("Klient f. -07 från Mora.", "-07"),
        ("Kvinnan (f. 1998-03-12) vårdas.", "1998-03-12"),
        ("Han är född 2006 och går i nian.", "2006"),
        ("Födelsedatum: 980312", "980312"),
        ("född den 3/4 1995 i Irak", "3/4 1995"),
        ("Patient DOB 1998-03-12, admitted.", "1998-03-12"),
        ("born 24 June 1973 in Malmö", "24 June 1973"),
        ("Flickan föddes i mars 2009.", "mars 2009"),
        ("Niklas, født 14.02.1994, med adresse i Östersund.", "14.02.1994"),
        ("Lykke (født 17.05.1998) døde i Aarhus.", "17.05.1998"),
        ("Mr  Henning  Lundqvist    DOB  07 / 09 / 1982", "07 / 09 / 1982"),
        ("Pan Nowak, urodzony 03.09.2004, w Sztokholmie.", "03.09.2004"),
        ("Pani Kowalska (ur. 7.11.1985) mieszka w Malmö.", "7.11.1985"),
        ("Den 1991-04-17-födda kvinnan togs in på akuten.", "1991-04-17"),
        ("Mme Lefèvre, née le 02/05/1979, hospitalisée.", "02/05/1979"),
        ("Sr. Gómez, nacido el 14/06/1992, ingresó.", "14/06/1992"),
        ("Herr Weber, geb. 12.03.1990, aus Berlin.", "12.03.1990"),
        ("Anna (b. 1990-03-12) came in.", "1990-03-12"),
        ("Birth date: March 12, 1990", "March 12, 1990"),
        ("His partner gave us his DOB as 14/03/1991.", "14/03/1991"),
        ("Födelsedatum är 1990-03-12 enligt journalen.", "1990-03-12"),
    ],
)
def test_dates_of_birth(text: str, date: str) -> None:
    assert date in found(text, "DATE_OF_BIRTH")


@pytest.mark.parametrize(
    "text",
    [
        "Händelsen inträffade 12 mars 2024 i Mora.",
        "Beslaget gjordes 2024-03-15 och analyserades 2024-03-20.",
        "Han var f.d. missbrukare sedan 2019.",
        "Mötet hölls den 3/4 kl 14.",
        "Admitted  3 / 11 / 2026  after  etizolam overdose.",
    ],
)
def test_event_dates_are_not_dates_of_birth(text: str) -> None:
    assert found(text, "DATE_OF_BIRTH") == []


def test_two_births_after_one_cue() -> None:
    assert found("Två män, födda -88 och -91, vårdas.", "DATE_OF_BIRTH") == ["-88", "-91"]


@pytest.mark.parametrize(
    ("text", "date"),
    [("Klient (f. 98) från Mora.", "98"), ("Födelseår: 2005", "2005"),
     ("Han är född i Irak 1990.", "1990")],
)
def test_short_years_birth_years_and_birth_places(text: str, date: str) -> None:
    assert found(text, "DATE_OF_BIRTH") == [date]
