"""Things a list names with their noun or in lower case, a list's items of two words read as a
register's `Surname, Given`, and a system's number for a user are no one; people in the same
frames are still found."""

from __future__ import annotations

import pytest

from .kit import flagged, found


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Erbjudanden: basmati 10 kg 189 kr, Shan kryddor, Tapal te, National pickles.", "Shan"),
        ("Dieter: Atkins, Dukan, South Beach, Paleo, Montignac, Scarsdale.", "Atkins"),
        ("Inköpslista: mjölk, Maggi buljong, ägg och bröd.", "Maggi"),
        ("Tränade i kväll: Kimura, armbar, triangel och choke.", "Kimura"),
        ("I skåpet: Felix ketchup, Zeta pasta, Wilkinson rakblad och tops.", "Felix"),
    ],
)
def test_a_brand_in_a_list_of_things_is_no_one(text: str, thing: str) -> None:
    assert not [p for p in found(text, "PERSON") if thing in p]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Vi träffade Maja, grannar och vänner.", "Maja"),
        ("Jag ringde Holmqvist, socialtjänsten och skolan.", "Holmqvist"),
        ("Hon kom med Lindqvist, barnen och hunden.", "Lindqvist"),
        ("Bilen: Erik körde, Sara satt bak, väskor och mat i bagaget.", "Sara"),
        ("Vi bjöd Okonkwo, Adeyemi, Nwachukwu och kaffe.", "Okonkwo"),
        ("Deltagare: Fävrek, Brindel, Talgast och två lärare.", "Brindel"),
    ],
)
def test_people_listed_with_things_stay(text: str, person: str) -> None:
    assert any(person in p for p in found(text, "PERSON"))


@pytest.mark.parametrize(
    "text",
    [
        "Beställda flugor: Black Zulu, Pheasant Tail, Mickey Finn, Royal Coachman.",
        "Behandlingar i kväll: Hot Stone, Aurora Facial, Nordic Ritual.",
        "Spa treatments tonight: Hot Stone, Aurora Facial, Deep Tissue, Nordic Ritual.",
    ],
)
def test_a_comma_between_two_items_is_no_register_name(text: str) -> None:
    assert not [p for p in found(text, "PERSON") if ", " in p]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Kontakt: Anna Lindqvist, Maja Berg och Erik Holm.",
         ["Anna Lindqvist", "Maja Berg", "Erik Holm"]),
        ("Vittnen: Sara Holm, Lindqvist, Maja och Per Ek.", ["Sara Holm", "Lindqvist, Maja"]),
        ("Misstänkt: HOLMGREN, Per, född 1988.", ["HOLMGREN, Per"]),
        ("Personal i kväll: Anna Lindqvist, Maja Bar, Erik Holm.", ["Lindqvist, Maja"]),
    ],
)
def test_register_names_and_full_names_in_lists_stay(text: str, names: list[str]) -> None:
    people = found(text, "PERSON")
    assert all(any(name in p for p in people) for name in names)


@pytest.mark.parametrize(
    "text",
    [
        "Reported profile (user id u_88412093) was banned.",
        "Last account u_88213 logged in at 22:31.",
        "Kontot id_55102 spärrades i natt.",
        "Spelaren player_88120 bannades.",
    ],
)
def test_a_users_number_is_no_one(text: str) -> None:
    assert not flagged(text)


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("Kontot erik_92 spärrades i natt.", "erik_92"),
        ("Användaren anna_berg skrev i tråden.", "anna_berg"),
        ("Moderator note: account Bear_Johan removed.", "Bear_Johan"),
    ],
)
def test_a_handle_with_a_name_stays(text: str, handle: str) -> None:
    assert handle in found(text, "PERSON")
