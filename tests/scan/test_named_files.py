"""A quoted name given to a file, a folder, a chat or an account, and a phone's contact or a
message's sender saved as a place or a service, stay readable (`Mappen har namnet
"Ekonomi"`, `kontakten "Skolan"`); people named in the same frames are masked (`kontakten
"Zack"`, `Hon gav oss namnet "Pajen"`)."""

from __future__ import annotations

import pytest

from tests.scan.kit import found


@pytest.mark.parametrize(("text", "word"), [
    ('Filen har namnet "Rapport" och ligger på skrivbordet.', "Rapport"),
    ('Dokumentet fick ett namn, "Utkast", innan det delades.', "Utkast"),
    ('Gruppchatten heter "Grannarna" sedan i våras.', "Grannarna"),
    ('Kontakten "Jobbet" har ringt tre gånger.', "Jobbet"),
    ('Avsändaren "Banken" ville att jag loggade in via länken.', "Banken"),
    ('Användaren "Admin" ändrade lösenordet i natt.', "Admin"),
])
def test_a_things_or_a_services_name_stays(text: str, word: str) -> None:
    assert word not in found(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    ('I telefonen fanns kontakten "Zack" med åtta samtal.', "Zack"),
    ('Hon gav oss namnet "Pajen" och gick.', "Pajen"),
    ('Killen i gruppchatten kallar sig "Kungen".', "Kungen"),
    ('Kontakten "Morsan" var hans riktiga mamma.', "Morsan"),
])
def test_a_person_named_so_is_masked(text: str, name: str) -> None:
    assert name in found(text, "PERSON")
