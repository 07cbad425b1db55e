"""Names and numbers written in other scripts, as interpreters, refugee helpers and relatives
write them in reports: Cyrillic and Greek names by their Latin spellings, Ethiopic (Tigrinya,
Amharic) names by the syllables' readings, Arabic-script names from their own list (no
capitals there), and phone numbers in Arabic-Indic or Persian digits."""

from __future__ import annotations

import pytest

from mailgate.scan import scan
from mailgate.scan.transliterate import latin_spellings


def found(text: str, kind: str = "PERSON") -> list[str]:
    return [f.text for f in scan(text) if f.type == kind]


@pytest.mark.parametrize(("word", "spelling"), [
    ("оксана", "oksana"), ("шевчук", "shevchuk"), ("сергей", "sergei"),
    ("σοφία", "sofia"), ("αντωνίου", "antoniou"), ("ሉዋም", "luwam"), ("ትዕግስት", "tigist"),
])
def test_a_word_in_another_script_is_read_in_latin_letters(word: str, spelling: str) -> None:
    assert spelling in latin_spellings(word)


@pytest.mark.parametrize(("text", "names"), [
    ("Список на экскурсию: Бондаренко Тарас, Ковальчук Ірина. Ліки: Зіртек.",
     ["Бондаренко Тарас", "Ковальчук Ірина"]),
    ("Η κυρία Ελένη Παπαδοπούλου ήρθε στο εστιατόριο με τον γιο της.",
     ["Ελένη Παπαδοπούλου"]),
    ("ሓቢርና ምስ ዳዊት ተስፋይ ተዛሪብና፡ ሕማም የብሉን።", ["ዳዊት ተስፋይ"]),
    ("قال المريض إن أخاه خالد العلي يبيع الحبوب في الحي.", ["خالد العلي"]),
    ("برادران ما: علی، مهدی و خواهر پریسا در بیمارستان هستند.", ["علی", "مهدی", "پریسا"]),
])
def test_names_in_other_scripts_are_found(text: str, names: list[str]) -> None:
    assert found(text) == names


def test_a_name_given_in_both_scripts_is_found_twice() -> None:
    text = "A mother, Oksana Kovalenko (Оксана Коваленко), asked about the pills."
    assert found(text) == ["Oksana Kovalenko", "Оксана Коваленко"]


@pytest.mark.parametrize("text", [
    "Η εκκλησία Άγιος Νεκτάριος είναι στο κέντρο.",
    "ሰላም ኩልኹም፡ ሎሚ ኣኼባ ኣሎና።",
    "التحليل أظهر ترامادول في العينة، والطبيب طلب فحصاً آخر.",
])
def test_saints_greetings_and_drug_words_in_other_scripts_are_no_one(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("phone", ["٠٧٠-١٧٤ ٠٦ ٢٧", "۰۷۰ ۱۷۴ ۰۶ ۳۱"])
def test_a_phone_number_in_arabic_or_persian_digits(phone: str) -> None:
    assert found(f"رقمها {phone} في المساء", "PHONE") == [phone]
