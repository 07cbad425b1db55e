"""Streets are found wherever their word stands whole, each time it stands, and not inside a
longer word (address.streets reads a text's distinct street words, then finds each again)."""

from __future__ import annotations

from mailgate.scan.recognizers.address import streets


def _found(text: str) -> list[str]:
    return [m.group() for m, _ in streets(text)]


def test_a_street_named_twice_is_found_twice() -> None:
    assert _found("Han bor på Storgatan 12, hon på Storgatan 14.") == ["Storgatan 12",
                                                                        "Storgatan 14"]


def test_a_street_word_inside_a_longer_word_is_not_the_street() -> None:
    assert _found("Lillstorgatanföreningen möts på Storgatan 3.") == ["Storgatan 3"]
    assert _found("Storgatanföreningen möttes i går.") == []



def test_an_organisation_ending_the_sentence_before_leaves_the_home_an_address() -> None:
    from mailgate.scan import scan

    text = "Fordonet stod vid kyrkan. Ägare Ludvig Hammarlund, Bastionsgatan 14, 371 32 Karlskrona."
    assert "Bastionsgatan 14, 371 32 Karlskrona" in [
        text[f.start : f.end] for f in scan(text) if f.type == "ADDRESS"]
    church = "Vi samlas vid Sofia kyrkan, Folkungagatan 124, 116 30 Stockholm."
    assert [f for f in scan(church) if f.type == "ADDRESS"] == []
