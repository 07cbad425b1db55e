"""Each token's facts of place (line break, sentence start, quotes) as the plain rule
computes them."""

from __future__ import annotations

import random

from mailgate.scan.engine import engine
from mailgate.scan.recognizers.words import _SENTENCE_END, QUOTES, _char_before, tokens_of
from scan.kit import sample_texts

# Spaces, tabs, quotes and line ends before words, where the quick path may go wrong.
PIECES = (" ", "  ", "\t", " \t", "\n", "\n ", '"', "”", "'", "(", ".", "-", "/", "Anna", "Berg",
          "och", "070-123", "Mvh", ":", "» ", "\xa0")


def _texts() -> list[str]:
    rng = random.Random(5)
    return sample_texts() + ["".join(rng.choice(PIECES) for _ in range(rng.randint(1, 30)))
                             for _ in range(2000)]


def test_sentence_starts_and_quotes_follow_the_plain_rule() -> None:
    nlp = engine().nlp_engine
    quoted = 0
    for text in _texts():
        toks = tokens_of(text, nlp.process_text(text, "sv"))
        for i, tok in enumerate(toks):
            quote, at = _char_before(text, tok.start)  # the plain rule, two calls
            before = _char_before(text, at)[0] if quote in QUOTES else quote
            nxt = toks[i + 1].text if i + 1 < len(toks) else ""
            # A line end anywhere between the last token and this one (words.py keeps the
            # next line end in hand instead of searching each gap).
            assert tok.line_break_before == (
                i == 0 or "\n" in text[toks[i - 1].end : tok.start]), (text, tok.text)
            assert tok.sentence_start == (tok.line_break_before or before in _SENTENCE_END
                                          or before == ""), (text, tok.text)
            assert tok.quoted == (quote in QUOTES and nxt in QUOTES), (text, tok.text)
            quoted += tok.quoted
    assert quoted > 20
