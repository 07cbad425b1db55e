"""An acronym looked up in the text's token set and capital initials (built once per text)
answers as the walk over every token did."""

from __future__ import annotations

import random

from mailgate.scan.engine import engine
from mailgate.scan.recognizers import things
from mailgate.scan.recognizers.textindex import token_texts
from mailgate.scan.recognizers.tokenized import release, tokens_of
from mailgate.scan.recognizers.words import Tok
from scan.kit import sample_texts

PIECES = ("Trans", "European", "Drug", "Information", "TEDI", "TED", "EDI", "tedi", "och",
          "Anna", "Berg", "AB", "ABC", "\x00", "A\x00B", ".", "\n", "Ö", "ÖBA", "Öberg", "Bo",
          "Alm", "BA", "KemI")


def _texts() -> list[str]:
    rng = random.Random(21)
    return sample_texts() + [" ".join(rng.choice(PIECES) for _ in range(rng.randint(1, 15)))
                             for _ in range(1500)]


def _spelled_out_plain(acronym: str, toks: list[Tok]) -> bool:
    n = len(acronym)
    return any("".join(t.text[:1] for t in toks[i : i + n]) == acronym
               and all(t.capital for t in toks[i : i + n]) for i in range(len(toks) - n + 1))


def test_acronyms_are_found_as_by_the_walk() -> None:
    nlp = engine().nlp_engine
    rng = random.Random(3)
    spelled = 0
    for text in _texts():
        toks = tokens_of(text, nlp.process_text(text, "sv"))
        capitals = [t.text[0] for t in toks if t.capital]
        words = sorted({t.text for t in toks if len(t.text) >= 2})
        asked = set(rng.sample(words, min(len(words), 12))) | {
            "".join(rng.sample(capitals, min(len(capitals), 3))) for _ in range(3)} | {"A\x00B"}
        for word in sorted(asked):
            expected = _spelled_out_plain(word, toks)
            assert things._spelled_out(word, toks) == expected, (text, word)
            assert (word in token_texts(toks)) == any(t.text == word for t in toks)
            spelled += expected
        release(toks)
        # Released, or a list made otherwise: the same answers, computed afresh.
        assert token_texts(toks[1:]) == frozenset(t.text for t in toks[1:])
    assert spelled > 100
