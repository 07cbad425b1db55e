"""PERSON's shortcuts for a run that names a thing give the plain computation's answers."""

from __future__ import annotations

import random

from mailgate.scan.engine import engine
from mailgate.scan.recognizers import things, traded
from mailgate.scan.recognizers.tokenized import release, tokens_of
from mailgate.scan.recognizers.words import Tok, prev_words
from scan.kit import sample_texts

# Phrases said of a substance, among words that start none, to reach every branch.
PIECES = ("Erik", "Berg", "säljs", "sprids", "har", "blivit", "vanligare", "blir", "is", "sold",
          "becoming", "more", "has", "become", "spreading", ".", ",", "och", "KemI", "DreamHack",
          "AnnaKarin", "McDonald", "TEDI", "\n")


def _texts() -> list[str]:
    rng = random.Random(13)
    return sample_texts() + [" ".join(rng.choice(PIECES) for _ in range(rng.randint(1, 12)))
                             for _ in range(1500)]


def _spreads_plain(last: int, toks: list[Tok]) -> bool:
    after = tuple(t.folded for t in toks[last + 1 : last + 4])
    return any(after[: len(words)] == words for words in traded._SPREADS)


def test_shortcuts_answer_as_the_plain_rules() -> None:
    nlp = engine().nlp_engine
    spread = 0
    for text in _texts():
        toks = tokens_of(text, nlp.process_text(text, "sv"))
        for i, tok in enumerate(toks):
            # The nearest two words before are the last two of the nearest three.
            assert prev_words(toks, i, 3)[-2:] == prev_words(toks, i, 2), (text, i)
            assert traded.spreads(i, toks) == _spreads_plain(i, toks), (text, i)
            spread += _spreads_plain(i, toks)
            # Remembered per word: the same answer as asked afresh.
            assert things._inner_capital(tok.text) == things._inner_capital.__wrapped__(
                tok.text), tok.text
        release(toks)
    assert spread > 50
