"""A name listed in one Arabic-script spelling is found in the others: Persian's ی and ک for
Arabic's ي and ك, Sorani Kurdish's written short vowels and its own letters (ێ, ۆ, ڕ, ە).
Everyday words those spellings share with no listed name stay unflagged."""

from __future__ import annotations

import pytest

from mailgate.scan import scan
from mailgate.scan.arabicfold import arabic_skeleton


def found(text: str) -> list[str]:
    return [f.text for f in scan(text) if f.type == "PERSON"]


@pytest.mark.parametrize(("one", "other"), [
    ("مەحمود", "محمود"), ("ئەحمەد", "احمد"), ("ئاراس", "اراس"), ("کاوە", "کاوه"),
    ("رێبوار", "ڕێبوار"), ("علي", "علی"), ("كريم", "کریم"),
])
def test_spellings_of_one_name_fold_alike(one: str, other: str) -> None:
    assert arabic_skeleton(one) == arabic_skeleton(other)


@pytest.mark.parametrize(("text", "names"), [
    ("ئەمڕۆ مەحمود هات بۆ کۆبوونەوەکە.", ["مەحمود"]),  # Sorani: Mahmud came today
    ("هێرۆ مەحمود تەلەفۆنی کرد.", ["هێرۆ مەحمود"]),
    ("ئەحمەد و ڕێبوار لە یانەکە بوون.", ["ئەحمەد", "ڕێبوار"]),
    ("دیروز نسرین و مهران آمدند.", ["نسرین", "مهران"]),  # Persian: Nasrin and Mehran came
])
def test_a_name_in_another_spelling_is_found(text: str, names: list[str]) -> None:
    assert found(text) == names


@pytest.mark.parametrize("text", [
    "ئەمڕۆ هەوا زۆر خۆشە.",  # Sorani: the weather is fine today
    "امروز هوا خیلی خوب است و ما به پارک رفتیم.",  # Persian: a fine day in the park
    "صبح زود بیدار شدم، هنوز سحر بود.",  # Persian: still dawn (سحر, a name elsewhere)
    "امید داریم که حالش بهتر شود.",  # Persian: we hope (امید) he gets better
])
def test_everyday_words_in_those_spellings_are_no_one(text: str) -> None:
    assert found(text) == []
