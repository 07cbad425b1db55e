"""A given name after an article is a thing (`kör en Leon`) unless `som` or `who` and a
person's verb follow: someone the writer does not know (`en Viktor som säljer`)."""

from __future__ import annotations

from .kit import found


def test_someone_unknown_named_after_an_article() -> None:
    assert found("Det är en Viktor från Gävle som säljer tabletterna.", "PERSON") == ["Viktor"]
    assert found("She got them off a Callum who deals at the club.", "PERSON") == ["Callum"]


def test_a_car_or_a_shelf_after_an_article_stays_a_thing() -> None:
    assert found("Han kör en Leon som går bra i backarna.", "PERSON") == []
    assert found("Vi har en Billy från IKEA som står i hallen.", "PERSON") == []
