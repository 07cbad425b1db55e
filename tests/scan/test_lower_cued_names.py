"""Lower-case names after a person's or a family's word, where the surname is also a word."""

from __future__ import annotations

from .kit import found


def test_a_lower_case_name_after_a_role_or_a_family_word() -> None:
    text = "fällde eken hos familjen strand, kunden mats strand sa att lådan var sonens"
    assert found(text, "PERSON") == ["strand", "mats strand"]


def test_verbs_adverbs_and_prepositions_after_the_same_words_stay() -> None:
    assert found("familjen bor kvar och familjen själv hämtar honom", "PERSON") == []
    assert found("patienten mår bättre, kunden per telefon sa nej", "PERSON") == []
