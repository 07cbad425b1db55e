"""A given name after an article is a thing (`kör en Leon`) unless `som` or `who` and a
person's verb follow, or a source before the article: someone the writer does not know
(`en Viktor som säljer`, `köpt av en Kasper`)."""

from __future__ import annotations

from .kit import found


def test_someone_unknown_named_after_an_article() -> None:
    assert found("Det är en Viktor från Gävle som säljer tabletterna.", "PERSON") == ["Viktor"]
    assert found("She got them off a Callum who deals at the club.", "PERSON") == ["Callum"]


def test_a_car_or_a_shelf_after_an_article_stays_a_thing() -> None:
    assert found("Han kör en Leon som går bra i backarna.", "PERSON") == []
    assert found("Vi har en Billy från IKEA som står i hallen.", "PERSON") == []


def test_someone_something_came_from_after_an_article() -> None:
    assert found("Väskan var köpt begagnad av en Joakim på Blocket.", "PERSON") == ["Joakim"]
    assert found("He bought the pills from a Dominic in Leeds.", "PERSON") == ["Dominic"]


def test_a_thing_after_an_article_and_no_source_stays_a_thing() -> None:
    assert found("Hon köpte en Octavia av grannen förra året.", "PERSON") == []
