"""Names the lists do not make names where the frame does: two capitalised words after a
relation or a role or in a list of full names, and a pupil named by a word before a class."""

from __future__ import annotations

from .kit import found


def test_a_pair_with_a_word_for_a_name_after_a_role_or_a_relation() -> None:
    assert found("Ansvarig farmaceut Rich Dalby har spärrat receptet.", "PERSON") == [
        "Rich Dalby"]
    assert found("Mormor Rose-Marie Hall ringde om tabletterna.", "PERSON") == [
        "Rose-Marie Hall"]


def test_a_pair_between_full_names_in_a_list() -> None:
    assert found("Gänget: Jonas Ek, Adam Dal, Melker Holm.", "PERSON") == [
        "Jonas Ek", "Adam Dal", "Melker Holm"]


def test_offices_firms_titles_and_boats_in_the_same_frames_stay() -> None:
    assert found("Läkare Region Skåne har svarat på remissen.", "PERSON") == []
    assert found("Chauffören Taxi Kurir väntade utanför.", "PERSON") == []
    assert "Molly Moonshine" not in " ".join(
        found("Jag uppträder som Miss Molly Moonshine på klubben.", "PERSON"))
    assert found("Mannen hittades på trålaren Ellen Marie i morse.", "PERSON") == []
    assert found("Inspektör: Sara Hjort, Förarprov Nord", "PERSON") == ["Sara Hjort"]
    assert found("Referent: Ulla Berg, fd chef Lunds Plåt & Smide", "PERSON") == ["Ulla Berg"]


def test_a_table_of_tabs_parts_words_that_would_be_a_pair() -> None:
    text = "Förråd\tHyresgäst\tTel\tSkuld\nB-114\tDennis Kjellberg\t0701740605\t4 320\n"
    assert found(text, "PERSON") == ["Dennis Kjellberg"]


def test_a_pupil_named_by_a_month_or_a_plant_before_a_class() -> None:
    assert found("Oro kring Maj i 8B, hon har synts med vapes.", "PERSON") == ["Maj"]
    assert found("Mentorn har pratat med Vide (7C) om tabletterna.", "PERSON") == ["Vide"]


def test_a_subject_or_a_month_before_a_class_is_no_pupil() -> None:
    assert found("Matte i 9B ställs in på fredag.", "PERSON") == []
    assert found("Juni i år var lugnare än maj i 9A.", "PERSON") == []
