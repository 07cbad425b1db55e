"""A pupil named by a word (a month, a plant) before a school class, beside subjects and
months in the same frame."""

from __future__ import annotations

from .kit import found


def test_a_pupil_named_by_a_month_or_a_plant_before_a_class() -> None:
    assert found("Oro kring Maj i 8B, hon har synts med vapes.", "PERSON") == ["Maj"]
    assert found("Mentorn har pratat med Vide i 7C om tabletterna.", "PERSON") == ["Vide"]


def test_a_subject_or_a_month_before_a_class_is_no_pupil() -> None:
    assert found("Matte i 9B ställs in på fredag.", "PERSON") == []
    assert found("Juni i år var lugnare än maj i 9A.", "PERSON") == []


def test_the_pupils_word_again_is_the_pupil_but_not_a_dates_month() -> None:
    text = "Oro kring Juni i 9B. Juni nämns i chatten. Nästa möte 14 Juni."
    assert found(text, "PERSON") == ["Juni", "Juni"]
