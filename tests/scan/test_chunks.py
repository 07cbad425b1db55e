"""A long text scanned in overlapping pieces has exactly the findings of a whole scan.

Speed is measured in bench/poison; here linearity is checked by structure: the pieces tile
the text, each reads a bounded stretch, and all of them together read little more than the
text (twice at most, when names found late must be repeated early).
"""

from __future__ import annotations

import itertools
import random
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench" / "pii"))
from evaluate import load

from mailgate.scan import Finding, chunks, scan
from mailgate.scan.engine import analyze
from mailgate.scan.honorifics import with_titles
from mailgate.scan.language import detect
from mailgate.scan.resolve import resolve
from mailgate.scan.whole import Whole

from .kit import pnr

CORPUS = [case["text"] for case in load()]


def whole_scan(text: str) -> list[Finding]:
    return resolve(analyze(text, detect(text)))


def piece_scan(text: str, core: int, margin: int = chunks.MARGIN) -> tuple[list[Finding], int]:
    """Findings scanned in pieces, and the characters all pieces read together."""
    language, read = detect(text), [0]

    def counted(piece: str, whole: Whole) -> list[Finding]:
        read[0] += len(piece)
        return analyze(piece, language, whole)

    return resolve(chunks.scan_long(text, counted, core, margin)), read[0]


def joined(texts: list[str], seps: list[str]) -> str:
    return "".join(t + s for t, s in zip(texts, itertools.cycle(seps), strict=False))


@pytest.mark.parametrize("sep", ["\n\n", "\n", " "])
@pytest.mark.parametrize("core", [3_000, 12_000, chunks.CORE])
def test_corpus_scanned_in_pieces_as_whole(sep: str, core: int) -> None:
    texts = CORPUS * (3 if core == chunks.CORE else 1)
    random.Random(core).shuffle(texts)
    text = sep.join(texts)
    assert len(text) > 2 * (core + 2 * chunks.MARGIN)  # several pieces, several boundaries
    found, _ = piece_scan(text, core)
    assert found == whole_scan(text)


def test_scan_cuts_long_texts_and_finds_the_same() -> None:
    text = "\n\n".join(CORPUS * 4)
    assert chunks.is_long(text) and len(chunks.cut(text)) >= 3
    assert scan(text) == with_titles(text, whole_scan(text))


def test_a_name_found_in_one_piece_is_masked_in_every_other() -> None:
    # "Qelaj" is in no list: a name only after `heter`, and then everywhere.
    filler = "\n".join(random.Random(3).sample(CORPUS, 40))
    text = (f"Qelaj var där först.\n\n{filler}\n\nKlienten heter Dritan Qelaj, "
            f"{pnr('850412')}.\n\n{filler}\n\nSenare sågs Qelaj i trappuppgången igen.\n")
    assert not scan("Senare sågs Qelaj i trappuppgången igen.")
    found, _ = piece_scan(text, core=3_000)
    assert found == whole_scan(text)
    people = {f.start for f in found if f.type == "PERSON" and f.text == "Qelaj"}
    assert {0, text.rindex("Qelaj")} <= people  # before and after the piece naming him


def test_ages_count_when_date_and_small_municipality_are_pieces_apart() -> None:
    filler = "\n".join(random.Random(5).sample(CORPUS, 40))
    text = (f"En 15-årig pojke kom in.\n\n{filler}\n\nHändelsen var i Ydre.\n\n{filler}\n\n"
            "Det hände 2024-03-02.\n")
    found, _ = piece_scan(text, core=3_000)
    assert found == whole_scan(text)
    assert any(f.type == "QUASI" and f.text == "15-årig" for f in found)


def test_ages_do_not_count_in_pieces_when_the_whole_text_lacks_a_date() -> None:
    filler = "Inget beslag gjordes. Ärendet följs upp nästa vecka.\n" * 80
    text = f"En 15-årig pojke kom in.\n\n{filler}\n\nHändelsen var i Ydre.\n\n{filler}\n"
    found, _ = piece_scan(text, core=3_000)
    assert found == whole_scan(text)
    assert not any(f.type == "QUASI" and f.text == "15-årig" for f in found)


def test_pieces_tile_the_text_and_read_a_bounded_stretch() -> None:
    text = "\n".join(CORPUS) * 3
    core, margin = 5_000, 1_000
    pieces = chunks.cut(text, core, margin)
    assert pieces[0].core_start == 0 and pieces[-1].core_end == len(text)
    for a, b in itertools.pairwise(pieces):
        assert a.core_end == b.core_start
    for p in pieces:
        assert p.start <= p.core_start < p.core_end <= p.end
        assert p.end - p.start <= core + core // 4 + 2 * (margin + chunks.LONG_LINE)
        assert p.start == 0 or p.core_start - p.start >= margin
        assert p.end == len(text) or p.end - p.core_end >= margin
        assert p.start == 0 or text[p.start - 1] == "\n"  # short lines: whole lines read
    assert len(pieces) <= len(text) // (core - core // 4) + 1


def test_work_grows_linearly_with_the_text() -> None:
    unit = "\n\n".join(CORPUS[:60])
    reads = []
    for copies in (2, 4, 8):
        text = "\n\n".join([unit] * copies)
        _, read = piece_scan(text, core=6_000)
        reads.append(read / len(text))
    # The share of characters read again (margins, second passes) stays flat: at most every
    # piece read twice plus its margins, however long the text.
    assert max(reads) <= 3.0 and max(reads) - min(reads) < 0.25


def test_a_line_longer_than_a_piece_is_cut_at_spaces() -> None:
    text = " ".join(c.replace("\n", " ") for c in CORPUS[:80])
    pieces = chunks.cut(text, 3_000, 500)
    assert len(pieces) > 3
    assert all(p.start == 0 or text[p.start - 1] == " " for p in pieces)
    found, _ = piece_scan(text, core=3_000, margin=500)
    assert found == whole_scan(text)


SEPARATORS = st.sampled_from(["\n", "\n\n", " ", "\n\n\n", ". ", "\n- "])


@settings(max_examples=15, deadline=None)
@given(
    st.lists(st.integers(0, len(CORPUS) - 1), min_size=12, max_size=30),
    st.lists(SEPARATORS, min_size=1, max_size=4),
    st.integers(1_500, 4_000),
)
def test_any_cut_gives_the_whole_findings(picks: list[int], seps: list[str], core: int) -> None:
    text = joined([CORPUS[i] for i in picks], seps)
    found, _ = piece_scan(text, core)
    assert found == whole_scan(text)


@pytest.mark.parametrize("unit", ["a:b:", "(", "…", "a'", "x" * 7])
def test_a_run_without_spaces_reaches_the_tokenizer_in_short_words(unit: str) -> None:
    # spaCy splits affixes in time quadratic in a word's length; no word it sees is long.
    from mailgate.scan.engine import engine
    from mailgate.scan.nlp import LONG_SPAN

    text = "Klienten Erik " + unit * (3 * LONG_SPAN // len(unit) + 1) + " ringde"
    artifacts = engine().nlp_engine.process_text(text, "sv")
    for word, start in zip(artifacts.tokens, artifacts.tokens_indices, strict=True):
        assert len(word) <= LONG_SPAN and text[start : start + len(word)] == word
    assert artifacts.tokens[:2] == ["Klienten", "Erik"] and artifacts.tokens[-1] == "ringde"
