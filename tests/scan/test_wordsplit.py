"""The word splitter gives spaCy's tokens, whatever it has cached and however text is spaced."""

from __future__ import annotations

import functools
import json
import random
from pathlib import Path

import pytest
from spacy.tokenizer import Tokenizer

import mailgate.scan.wordsplit as wordsplit
from mailgate.scan.nlp import swedish_tokenizer
from mailgate.scan.wordsplit import WordSplitter

CORPORA = [Path("tests/data/pii/corpus.jsonl"), Path("tests/data/pii/unseen/dev.jsonl")]
SPACED = [
    "  Hej!\n\nKlienten Erik Svensson (19900101-1234), tel 070-123 45 67.\n",
    "Mvh\t\tAnna  Berg \xa0 t.ex. kl. 14.00 , s.k. \"Micke\" /Shirin:)  \n \n Slut",
    "\n", " ", "ord", "a\u2009b\u3000c",
    "www.facebook.com/anna.s, anna@kommun.se; 1:a 2:a :-) (t.ex. ",
]


@functools.cache
def reference() -> Tokenizer:
    return swedish_tokenizer()


def spacy_tokens(text: str) -> tuple[list[str], list[int]]:
    doc = reference()(text)
    return [t.text for t in doc], [t.idx for t in doc]


def corpus_texts() -> list[str]:
    return [json.loads(line)["text"] for path in CORPORA
            for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("text", SPACED)
def test_spacing_and_exceptions_give_spacys_tokens(text: str) -> None:
    splitter = WordSplitter(swedish_tokenizer())
    assert splitter.split(text) == spacy_tokens(text)
    assert splitter.split(text) == spacy_tokens(text)  # again, from the cache


def test_every_corpus_text_gives_spacys_tokens() -> None:
    splitter = WordSplitter(swedish_tokenizer())
    texts = corpus_texts()
    for text in texts + texts:  # the second round is answered from the cache
        assert splitter.split(text) == spacy_tokens(text)


def test_a_full_cache_starts_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    import mailgate.scan.wordsplit as wordsplit

    monkeypatch.setattr(wordsplit, "CACHE_LIMIT", 5)
    splitter = WordSplitter(swedish_tokenizer())
    for text in SPACED:
        assert splitter.split(text) == spacy_tokens(text)



def test_threads_sharing_a_splitter_get_spacys_tokens(monkeypatch: pytest.MonkeyPatch) -> None:
    """Worker threads share one splitter; a fresh cache started by one never loses another's
    stretches."""
    from concurrent.futures import ThreadPoolExecutor

    import mailgate.scan.wordsplit as wordsplit

    monkeypatch.setattr(wordsplit, "CACHE_LIMIT", 50)  # fresh caches all the time
    splitter = WordSplitter(swedish_tokenizer())
    texts = corpus_texts()[:120]
    expected = [spacy_tokens(t) for t in texts]
    with ThreadPoolExecutor(max_workers=6) as pool:
        assert list(pool.map(splitter.split, texts * 3)) == expected * 3


def numberish_stretches() -> list[str]:
    """Every NUMBERISH stretch of the corpora, then random ones of every form the pattern
    allows: digit runs of 2 to 12, up to three dashes, each bracket and mark."""
    found = [s for text in corpus_texts() for s in text.split()
             if wordsplit.NUMBERISH.fullmatch(s)]
    rng = random.Random(13)
    made = []
    for _ in range(3000):
        runs = ["".join(rng.choice("0123456789") for _ in range(rng.randint(2, 12)))
                for _ in range(rng.randint(1, 4))]
        left, right = rng.choice([("", ""), ("(", ")"), ("[", "]"), ("(", ""), ("", ")"),
                                  ("[", ""), ("", "]")])
        made.append(left + "-".join(runs) + right + rng.choice(["", ",", ".", ":", ";"]))
    return found + made


def test_numbers_of_one_shape_get_spacys_tokens() -> None:
    """Stretches like `(850312-1234),` share the cuts of the first of their shape: each
    one's tokens are spaCy's own, in running text and alone."""
    stretches = numberish_stretches()
    assert all(wordsplit.NUMBERISH.fullmatch(s) for s in stretches)
    splitter = WordSplitter(swedish_tokenizer())
    text = " ".join(f"tel {s} och" for s in stretches)
    assert splitter.split(text) == spacy_tokens(text)
    for s in stretches:
        assert splitter.split(s) == spacy_tokens(s), s


def test_no_exception_is_numberish() -> None:
    """spaCy's exceptions (`8)`, `0.0`) are single strings a shape cannot stand for."""
    assert not [k for k in reference().rules if wordsplit.NUMBERISH.fullmatch(k)]


def plain_words() -> list[str]:
    """Words of letters: spaCy's own exceptions, words of the corpora and word lists, and
    random ones of Latin, Greek, Cyrillic, Arabic, Thai and other scripts' letters."""
    found = {w.strip(",;:!?.") for text in corpus_texts() for w in text.split()}
    for path in Path("mailgate/scan/data").glob("*.txt"):
        found.update(path.read_text(encoding="utf-8").split()[:3000])
    letters = [chr(c) for c in range(0x41, 0x3000) if chr(c).isalpha()]
    rng = random.Random(29)
    made = {"".join(rng.choice(letters) for _ in range(rng.randint(1, 7))) for _ in range(8000)}
    return sorted(w for w in found | made | set(reference().rules) if w.isalpha())


def test_plain_words_and_their_marks_get_spacys_tokens() -> None:
    """Words of letters, with or without a comma, colon, `!`, `?` or full stop after them,
    are cut without asking spaCy: the cuts are spaCy's own, exceptions (`Mvh`, `hörru`,
    `kl.`) and initials (`A.`) included."""
    words = plain_words()
    splitter = WordSplitter(swedish_tokenizer())
    stretches = [w + mark for w in words for mark in ("", ",", ";", ":", "!", "?", ".")]
    text = " ".join(stretches)
    assert splitter.split(text) == spacy_tokens(text)
    fresh = WordSplitter(swedish_tokenizer())
    wrong = [s for s in stretches[:20000] if fresh.split(s) != spacy_tokens(s)]
    assert wrong == []


def shaped_stretches() -> list[str]:
    """Words in brackets and quotes, with marks after them, joined by hyphens, slashes and
    colons: words of the corpora and random ones of Latin letters, spaCy's exceptions
    among them."""
    rng = random.Random(31)
    marks = list("()[]{}\"'’‘“”„«»,;:!?*&…/–—-.")
    letters = "abcdefghijklmnopqrstuvwxyzåäöéüßøæłńśźżčšžğışABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖÉÜØÆŁŃŚĞİŞ"
    words = sorted({w for text in corpus_texts() for w in text.split() if w.isalpha()})
    words += sorted(k for k in reference().rules if k.isalpha())

    def core() -> str:
        if rng.random() < 0.5:
            return rng.choice(words)
        return "".join(rng.choice(letters) for _ in range(rng.randint(1, 9)))

    made = set()
    for _ in range(30000):
        lead = "".join(rng.choice(marks) for _ in range(rng.choice((0, 0, 1, 1, 2))))
        tail = "".join(rng.choice(marks) for _ in range(rng.choice((0, 1, 1, 2, 3))))
        middle = core() + (rng.choice("-’'/:.") + core() if rng.random() < 0.2 else "")
        made.add(lead + middle + tail)
    return sorted(made)


def test_words_of_one_shape_get_spacys_tokens() -> None:
    """Stretches like `(Anna),` and `(Annabella),` share the cuts of the first of their
    shape (wordshapes.py): each one's tokens are spaCy's own, whatever came first."""
    stretches = shaped_stretches()
    random.Random(3).shuffle(stretches)
    splitter = WordSplitter(swedish_tokenizer())
    for k in range(0, len(stretches), 500):
        splitter.split(" ".join(stretches[k:k + 500]))
    wrong = [s for s in stretches if splitter.split(s) != spacy_tokens(s)]
    assert wrong == []
    shaped = [s for s in stretches if wordsplit.wordshapes.shape(
        s, splitter._exceptions, splitter._longest) is not None]
    assert len(shaped) > len(stretches) // 2  # most take a shape's cuts, not spaCy's
