"""A token's cue, found when first asked, is the one found for every token up front."""

from __future__ import annotations

import pytest

from mailgate.scan.engine import engine
from mailgate.scan.recognizers import words
from mailgate.scan.recognizers.person import PersonRecognizer
from scan.kit import sample_texts


def _eager_cues(text: str, artifacts: object) -> list[str]:
    """The plain computation: every capitalised word's or listed name's cue, right after
    the tokens are described and before anything else looks at them."""
    split = words._split_leading(artifacts.tokens, artifacts.tokens_indices)  # type: ignore[attr-defined]
    shouting, titles = words._line_styles(text)
    newlines = [i for i, c in enumerate(text) if c == "\n"] if shouting or titles else []
    toks = words._described(split, text, shouting, titles, newlines, words.Place(text))
    return [words._cue_before(t, toks, text) if t.capital or t.info.name else "" for t in toks]


def test_cues_asked_late_and_in_any_order_are_the_eager_ones() -> None:
    nlp = engine().nlp_engine
    recognizer = PersonRecognizer(language="sv")
    named = 0
    for text in sample_texts():
        artifacts = nlp.process_text(text, "sv")
        toks = words.tokens_of(text, artifacts)
        recognizer._names(toks, artifacts)  # the helpers ask for some cues first
        lazy = [t.cue for t in reversed(toks)][::-1]
        assert lazy == _eager_cues(text, artifacts), text[:80]
        named += sum(c != "" for c in lazy)
    assert named > 200


def test_a_released_token_refuses_to_guess_its_cue() -> None:
    text = "Klienten Erik Svensson ringde."
    toks = words.tokens_of(text, engine().nlp_engine.process_text(text, "sv"))
    words.release(toks)
    with pytest.raises(RuntimeError):
        _ = toks[1].cue
