"""The engine: built once, explicitly, offline; safe to call from several threads."""

from __future__ import annotations

import json
import socket
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from mailgate.scan import engine as engine_module
from mailgate.scan import scan
from mailgate.scan.language import detect
from mailgate.scan.nlp import swedish_lemma


def test_engine_is_built_once_with_both_languages() -> None:
    first = engine_module.engine()
    assert engine_module.engine() is first
    assert sorted(first.supported_languages) == ["en", "sv"]
    names = {r.name for r in first.registry.recognizers}
    assert "PersonRecognizer" in names and "IdNumberRecognizer" in names
    # No stock recognizer slipped in with Presidio's defaults.
    assert not any(n.startswith(("Us", "Uk", "Au", "Credit")) for n in names)


def test_scan_from_many_threads_gives_the_same_answers() -> None:
    texts = [f"Klienten Erik Svensson ringde 070-123 45 6{i}." for i in range(10)] * 4
    expected = [scan(t) for t in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        assert list(pool.map(scan, texts)) == expected


def test_scan_never_touches_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access during scan")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    assert scan("Mejla anna@kommun.se eller se www.facebook.com/anna.s")


@pytest.mark.parametrize(
    ("text", "language"),
    [("Klienten har tagit amfetamin och mår dåligt.", "sv"),
     ("The patient was admitted after taking pills.", "en"), ("", "sv")],
)
def test_language_detection(text: str, language: str) -> None:
    assert detect(text) == language


@pytest.mark.parametrize(
    ("word", "lemma"),
    [("personnumret", "personnummer"), ("Telefonnumret", "telefonnummer"),
     ("klienten", "klient"), ("och", "och"), ("mobilnummer", "mobilnummer")],
)
def test_lemmas_let_presidio_context_words_match(word: str, lemma: str) -> None:
    assert swedish_lemma(word) == lemma


def test_the_tokenizer_is_spacys_blank_swedish_one() -> None:
    import spacy

    from mailgate.scan.nlp import swedish_tokenizer

    text = 'Pnr 19900101-1234, ring 070-123 45 67, namn[at]kommun.se. Erik A:son "Micke" /Shirin'
    assert [t.text for t in swedish_tokenizer()(text)] == [t.text for t in spacy.blank("sv")(text)]


def test_no_affix_rule_splits_a_word_of_letters() -> None:
    """The tokenizer skips its prefix, infix and suffix searches for words of letters alone;
    spaCy's rules for Swedish (and ours) never split one: tried for every letter there is."""
    from spacy.lang.sv import Swedish
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    from mailgate.scan.nlp import CELL_SEPARATORS, SCRIPT_STOPS

    rules = Swedish.Defaults
    prefixes = compile_prefix_regex(rules.prefixes or ())
    infixes = compile_infix_regex((*(rules.infixes or ()), *CELL_SEPARATORS))
    suffixes = compile_suffix_regex((*(rules.suffixes or ()), *SCRIPT_STOPS))
    letters = [chr(i) for i in range(0x110000) if chr(i).isalpha()]
    assert len(letters) > 100_000
    for c in letters:
        words = (c, c * 3, "ab" + c, "ÄB" + c, c + "ab", "ab" + c + "Cd", "A" + c + "b")
        assert not any(suffixes.search(w) or prefixes.search(w) or next(infixes.finditer(w), None)
                       for w in words), c
    # words with other characters split
    assert suffixes.search("ab.") and suffixes.search("12km") and prefixes.search("US$5")
    assert next(infixes.finditer("ord,ord"), None) is not None


def test_a_suffix_is_searched_at_a_words_last_characters_only() -> None:
    """No suffix rule but the run of dots matches more than SUFFIX_WIDEST characters, so a
    word not ending in two dots is searched at its last ones: the same match as the whole word's."""
    import re._parser as parser  # the width of each rule, as `re` reads it

    from spacy.lang.sv import Swedish
    from spacy.util import compile_suffix_regex

    from mailgate.scan.nlp import SCRIPT_STOPS, SUFFIX_WIDEST, _tail_search

    rules = (*(Swedish.Defaults.suffixes or ()), *SCRIPT_STOPS)
    wider = [rule for rule in rules if parser.parse(rule).getwidth()[1] > SUFFIX_WIDEST]
    assert wider == [r"\.\.+"]
    suffixes = compile_suffix_regex(rules)
    tail = _tail_search(suffixes)
    words = ("070-174 06 05", "19780412-1234", "12km³", "4mm²", "5US$", "100kr", "ord,",
             "(ord)", "ord...", "12...", "1.....\n", "a..\n", "a.b.", "..x", "ord\n", "12km\n",
             "a.", "år'", "Anna's", "e-post:", "x@example.org.", "»ord«", "2026-12-06", "20°C.",
             "3+", "", "…")
    for word in words:
        mine, theirs = tail(word), suffixes.search(word)
        assert (mine and mine.span()) == (theirs and theirs.span()), word


def test_the_tokenizer_splits_corpus_texts_as_spacys_blank_swedish() -> None:
    import spacy

    from mailgate.scan.nlp import swedish_tokenizer

    ours, theirs = swedish_tokenizer(), spacy.blank("sv")
    for line in Path("tests/data/pii/fresh/dev.jsonl").read_text(encoding="utf-8").splitlines():
        text = json.loads(line)["text"]
        assert [t.text for t in ours(text)] == [t.text for t in theirs(text)]


def test_no_report_text_reaches_the_logs(caplog: pytest.LogCaptureFixture) -> None:
    import logging

    with caplog.at_level(logging.DEBUG):
        scan("Klienten Erik Svensson ringde från 070-123 45 67.")
    assert "Svensson" not in caplog.text and "070-123" not in caplog.text
