"""surname_shaped answers what SURNAME_SHAPE.search answers: over every ending's tails and
extensions, the Tigrinya heads with too few letters after them, words with a last line break,
and the words of the name lists."""

from __future__ import annotations

from mailgate.scan import lexicon
from mailgate.scan.surnameshape import (
    SURNAME_ENDINGS,
    SURNAME_HEADS,
    SURNAME_SHAPE,
    surname_shaped,
)


def _words() -> set[str]:
    words = {"", "a", "berg", "Berg", "andersson", "svensson\n", "svensk\n", "gebre", "gebreab",
             "gebremariam", "gebre-mar", "gebre mar", "xgebremariam", "haile_ab", "tesfa12x",
             "amedî", "ostrowska", "polska", "lindqvist\n\n", "ghebre\n", "wolde\nab"}
    for ending in SURNAME_ENDINGS:
        for cut in range(len(ending) + 1):
            tail = ending[cut:]
            words |= {tail, "x" + tail, "ö" + tail, tail + "s", tail[:-1], tail + "\n"}
    for head in SURNAME_HEADS:
        words |= {head + rest for rest in ("", "a", "ab", "abc", "ab-", "ab c", "éöå", "12_")}
    return words


def test_the_tables_answer_as_the_pattern() -> None:
    for word in _words():
        assert surname_shaped(word) == (SURNAME_SHAPE.search(word) is not None), repr(word)


def test_the_name_lists_answer_as_the_pattern() -> None:
    for name in ("surnames", "first_names", "name_words"):
        for word in lexicon.entries(name):
            assert surname_shaped(word) == (SURNAME_SHAPE.search(word) is not None), word


def test_shapes_and_look_alikes() -> None:
    assert surname_shaped("hjalmarsson") and surname_shaped("kovačević")
    assert surname_shaped("gebremariam") and surname_shaped("habtemichael")
    assert not surname_shaped("polska") and not surname_shaped("hakaniemi")
    assert not surname_shaped("gebreab")  # two letters after the head: too few
    assert surname_shaped("nillson") and surname_shaped("bengtson")
    assert surname_shaped("gustafson") and surname_shaped("jonsdottir")
    assert not surname_shaped("person") and not surname_shaped("sonson")
    assert not surname_shaped("crimson") and not surname_shaped("grandson")
    assert surname_shaped("achakzai") and surname_shaped("hamidullah")
    assert not surname_shaped("mullah")
    assert surname_shaped("nordblom") and surname_shaped("wallroth")
    assert not surname_shaped("danmark") and not surname_shaped("virusstam")
    assert surname_shaped("abeysinghe") and surname_shaped("kodituwakkuratne")
    assert surname_shaped("thirunavukkarasulingam") and surname_shaped("sivasubramaniyanathan")
    assert surname_shaped("wijewardena") and surname_shaped("weerasooriya")
    assert not surname_shaped("dissekera") and not surname_shaped("maharajah")
