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

