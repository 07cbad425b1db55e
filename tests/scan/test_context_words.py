"""The context-word search answers as Presidio's substring matching over the words near,
a short context word counting only at a word's start."""

from __future__ import annotations

from mailgate.scan import recognizers, scan
from mailgate.scan.context_words import SHORT_CUE, Marks, _supporting
from mailgate.scan.engine import engine
from scan.kit import pnr, sample_texts

CONTEXTS = [list(cls.CONTEXT) for cls in recognizers.RECOGNIZERS if cls.CONTEXT]


def _plain(words: list[str], context: list[str]) -> str:
    """Presidio's rule: the first context word that is part of one of the words; a short
    one only at a word's start."""
    return next((cue for cue in context if any(
        w.startswith(cue.lower()) if len(cue) <= SHORT_CUE else cue.lower() in w
        for w in words)), "")


def test_a_short_context_word_counts_only_at_a_words_start() -> None:
    assert _supporting(["registrering", "hotell", "mobil"], ["ring", "tel", "bil"]) == ""
    assert _supporting(["folkbokföring", "ringde"], ["ring"]) == "ring"
    assert _supporting(["hemtelefon"], ["telefon"]) == "telefon"


def test_no_context_word_holds_a_line_end() -> None:
    assert CONTEXTS and all("\n" not in cue for context in CONTEXTS for cue in context)


def test_supporting_word_is_presidios_over_the_words_near_every_token() -> None:
    nlp = engine().nlp_engine
    supported = 0
    for text in sample_texts():
        artifacts = nlp.process_text(text, "sv")
        marks = Marks(artifacts)
        for start in artifacts.tokens_indices[:: 3]:
            near = list(marks.around(start, 6, 1))
            for context in CONTEXTS:
                expected = _plain(near, context)
                assert _supporting(near, context) == expected, (near, context)
                supported += bool(expected)
    assert supported > 1000


def test_holds_answers_as_the_supporting_word_near_every_token() -> None:
    nlp = engine().nlp_engine
    held = 0
    for text in sample_texts():
        artifacts = nlp.process_text(text, "sv")
        marks = Marks(artifacts)
        starts = artifacts.tokens_indices[:: 2]
        for before, after in ((6, 1), (3, 4)):
            for context in CONTEXTS:
                expected = [_supporting(list(marks.around(s, before, after)), context) != ""
                            for s in starts]
                assert marks.holds(starts, before, after, tuple(context)) == expected
                held += sum(expected)
    assert held > 1000


def test_a_word_ending_in_ring_raises_no_phone_over_an_identity_number() -> None:
    number = pnr("021105", "334", sep="", valid=False)
    types = {f.type for f in scan(f"Vid registreringen uppgav han {number}.")}
    assert "ID_NUMBER" in types
