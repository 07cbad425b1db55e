"""A landline a desk, a shop or an agency answers, as phone lists and English or foreign
writers label it, is no one's; a person's phone beside the same words stays found."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize(
    "text",
    [
        "Store phone 040-628 04 00. Ask for the manager.",
        "Police airport unit: 114 14\nCustoms: 040-628 04 00",
        "Phone list\nDuty manager: 08-465 004 00 (switchboard)\nSupervisor: see rota",
        "Не приймайте Трамадол з Ібупрофен! Телефон реєстратури 010-441 40 00.",
        "Clinic phone 040-628 04 30, weekdays 8–16.",
    ],
)
def test_a_desks_landline_is_no_ones(text: str) -> None:
    assert not found(text, "PHONE")


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Kontakta Anette Sjöstedt på 011-15 00 00 (vxl).", "011-15 00 00"),
        ("Erik Holm 08-465 004 00 (switchboard)", "08-465 004 00"),
        ("Lisa Ek, reception 08-465 004 12", "08-465 004 12"),
        ("Duty manager: Hanna Lindvall 070-174 06 18", "070-174 06 18"),
        ("Заберіть речі у Олени. Телефон 010-441 40 12.", "010-441 40 12"),
        ("Store phone 070-174 06 33, that is my own mobile.", "070-174 06 33"),
    ],
)
def test_a_persons_phone_beside_a_desks_words_stays(text: str, phone: str) -> None:
    assert phone in found(text, "PHONE")
