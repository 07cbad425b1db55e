"""A token's cue, found when first asked, is the one found for every token up front."""

from __future__ import annotations

import pytest

from mailgate.scan.engine import engine
from mailgate.scan.recognizers import linestyles, textindex, tokenized, words
from mailgate.scan.recognizers.person import PersonRecognizer
from mailgate.scan.recognizers.tokensplit import split_tokens
from scan.kit import sample_texts


def _eager_cues(text: str, artifacts: object) -> list[str]:
    """The plain computation: every capitalised word's or listed name's cue, right after
    the tokens are described and before anything else looks at them."""
    texts, starts = split_tokens(artifacts.tokens, artifacts.tokens_indices)  # type: ignore[attr-defined]
    shouting, titles = linestyles.line_styles(text)
    newlines = [i for i, c in enumerate(text) if c == "\n"] if shouting or titles else []
    toks = tokenized._described(texts, starts, text, shouting, titles, newlines, words.Place(text))
    return [words._cue_before(t, toks, text) if t.capital or t.info.name else "" for t in toks]


def test_cues_asked_late_and_in_any_order_are_the_eager_ones() -> None:
    nlp = engine().nlp_engine
    recognizer = PersonRecognizer(language="sv")
    named = 0
    for text in sample_texts():
        artifacts = nlp.process_text(text, "sv")
        toks = tokenized.tokens_of(text, artifacts)
        recognizer._names(text, toks, artifacts)  # the helpers ask for some cues first
        lazy = [t.cue for t in reversed(toks)][::-1]
        assert lazy == _eager_cues(text, artifacts), text[:80]
        named += sum(c != "" for c in lazy)
    assert named > 200


def test_a_released_token_refuses_to_guess_its_cue() -> None:
    text = "Klienten Erik Svensson ringde."
    toks = tokenized.tokens_of(text, engine().nlp_engine.process_text(text, "sv"))
    tokenized.release(toks)
    with pytest.raises(RuntimeError):
        _ = toks[1].cue


def test_tokens_inside_hits_from_the_kept_index_are_the_plain_ones() -> None:
    from mailgate.scan.recognizers.base import Hit

    nlp = engine().nlp_engine
    inside = 0
    for text in sample_texts():
        toks = tokenized.tokens_of(text, nlp.process_text(text, "sv"))
        hits = [Hit(t.start, toks[min(t.index + 2, len(toks) - 1)].end, 0.5) for t in toks[::5]]
        hits += [Hit(t.start + 1, t.end, 0.5) for t in toks[::9]]  # no token starts there
        plain = {t.index for hit in hits for t in toks if hit.start <= t.start and (
            t.end <= hit.end) and any(u.start == hit.start for u in toks)}
        first = textindex.tokens_inside(toks, hits)
        assert first == textindex.tokens_inside(toks, hits) == plain  # built, then kept
        inside += len(first)
    assert inside > 1000
