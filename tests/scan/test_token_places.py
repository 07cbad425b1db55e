"""Each token's facts of place (line break, sentence start, quotes) as the plain rule
computes them."""

from __future__ import annotations

import random

from mailgate.scan.engine import engine
from mailgate.scan.recognizers.tokenized import (
    _ABBREVIATIONS,
    _SENTENCE_END,
    _char_before,
    tokens_of,
)
from mailgate.scan.recognizers.words import QUOTES
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
            # `Prof.` as one token, or `Mrs` and `.` as two
            abbreviated = before == "." and i > 0 and (toks[i - 1].folded in _ABBREVIATIONS or (
                i > 1 and toks[i - 1].folded == "." and toks[i - 2].folded + "." in _ABBREVIATIONS))
            assert tok.sentence_start == (tok.line_break_before or (
                before in _SENTENCE_END and not abbreviated) or before == ""), (text, tok.text)
            assert tok.quoted == (quote in QUOTES and nxt in QUOTES), (text, tok.text)
            quoted += tok.quoted
    assert quoted > 20


def test_line_styles_follow_the_plain_rule() -> None:
    """A token's line in capitals or Title Case, and its capital (none for a word in
    capitals on a line in capitals), as counting the line ends before it gives them; also
    for a text of one line."""
    from mailgate.scan.recognizers.linestyles import line_styles
    from mailgate.scan.recognizers.wordfacts import word_facts

    nlp = engine().nlp_engine
    texts = ["ANNA BERG OCH ERIK LUND RINGDE IGÅR", "Hej\nANNA BERG OCH ERIK LUND RINGDE\nMvh Sara",
             "Key Findings Increased Availability Of Pills", "Erik Berg ringde.\n"
             "Increased Availability Of Pills In Malmo\nANNA BERG OCH ERIK LUND RINGDE"]
    styled = 0
    for text in texts + sample_texts()[:40]:
        shouting, titles = line_styles(text)
        for tok in tokens_of(text, nlp.process_text(text, "sv")):
            line = text.count("\n", 0, tok.start)
            assert tok.line_is_shouting == (line in shouting), (text, tok.text)
            assert tok.line_is_title == (line in titles), (text, tok.text)
            assert tok.capital == (word_facts(tok.text)[3] and not (
                line in shouting and tok.text.isupper())), (text, tok.text)
            styled += tok.line_is_shouting + tok.line_is_title
    assert styled > 10


def test_the_shared_words_are_each_lines_own() -> None:
    """The words of three letters or more, found once per text for the line styles and the
    streets' endings, are each line's own and, together, the whole text's; asked again of
    the same text or of an equal new one, the same."""
    import re

    from mailgate.scan.recognizers.linestyles import lines_and_words, words_of

    word = re.compile(r"[^\W\d_]{3,}")
    for text in [*_texts()[:600], "", "\n", "Storgatan 12\nÅsa Öberg\n\nMVH Per", "ab\ncd"]:
        lines, words = lines_and_words(text)
        assert lines == text.split("\n")
        assert words == [word.findall(line) for line in lines]
        assert words_of(text) == set(word.findall(text))
        again = "".join(list(text))  # an equal string, another object
        assert lines_and_words(again) == (lines, words)
