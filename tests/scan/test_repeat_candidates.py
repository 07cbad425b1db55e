"""The words a repeat could hit in a piece's core: each word's bases taken once, as before."""

from __future__ import annotations

from mailgate.scan.engine import engine
from mailgate.scan.recognizers.repeat import _CAPITAL_ONLY, _candidates, _may_repeat
from mailgate.scan.recognizers.tokenized import tokens_of
from mailgate.scan.recognizers.words import Tok
from mailgate.scan.whole import Whole
from scan.kit import sample_texts


def _plain(toks: list[Tok], inside: set[int], whole: Whole) -> set[str]:
    out: set[str] = set()
    for t in toks:
        if t.alpha and whole.in_core(t.start) and t.index not in inside and _may_repeat(t, toks):
            bases = {t.folded, t.folded[:-1], t.folded[:-2]}
            out.update(bases)
            if t.capital or (t.text.isupper() and len(t.text) >= 3):
                out.update(_CAPITAL_ONLY + b for b in bases)
    return out


def test_candidates_are_the_plain_computation() -> None:
    nlp = engine().nlp_engine
    marked = 0
    for text in sample_texts():
        toks = tokens_of(text, nlp.process_text(text, "sv"))
        inside = {t.index for t in toks[::7]}  # some words inside found names
        for core in ((0, len(text)), (len(text) // 3, 2 * len(text) // 3)):
            whole = Whole(core, False)
            expected = _plain(toks, inside, whole)
            assert _candidates(toks, inside, whole) == expected
            marked += sum(w.startswith(_CAPITAL_ONLY) for w in expected)
    assert marked > 1000
