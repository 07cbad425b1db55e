"""Patterns compiled first-character-first match exactly what their guard-first source does."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

import mailgate.scan.recognizers  # noqa: F401  (defines every recognizer's patterns)
from mailgate.scan.recognizers.anchored import ANCHORED, Anchored
from mailgate.scan.recognizers.contact import EmailRecognizer
from mailgate.scan.recognizers.digitlead import (
    ASTRAL_CHECK,
    DIGIT_FIRST,
    DIGIT_LED,
    digits_and,
)
from mailgate.scan.recognizers.digitsfirst import DIGITS_FIRST
from mailgate.scan.recognizers.gated import GATED, Gated, literal_words
from mailgate.scan.recognizers.handovers import _ARROW, _TAKER, ARROW_SOURCE
from mailgate.scan.recognizers.leading import (
    PREFILTERED,
    REWRITTEN,
    Prefiltered,
    Scanner,
    fast,
    first_char_first,
)
from mailgate.scan.recognizers.prefilter import prefiltered, starts_of
from mailgate.scan.recognizers.quasi import AGE, AGE_SOURCE

DATA = Path(__file__).resolve().parents[1] / "data" / "pii"
CORPORA = ("corpus.jsonl", "unseen/dev.jsonl", "fresh/dev.jsonl")

# Pieces the patterns start with or stop at, so random strings reach their edges.
PIECES = ("0", "1", "2", "7", "9", "19", "20", "123", "070", "850412", " ", "  ", "\n", "\t",
          "-", "‐", "–", "+", "/", ".", ",", ":", "(", ")", "@", "_", "a", "x", "Ö", "Box ",
          "c/o ", "C/O ", "SE", "45", "ABC", "abc", "kalle_k", "skolan", "Lund", "Street",
          "A", "Z", "é", "ſ", "\u212a", "Född ", "HVB", "1.2.3.4", "Baker ", "12 ", "85041212345",
          "12345", "XX", "**", "O", "KPR",
          # digits of other scripts and characters past the plane (digitlead.py)
          "\u0663", "\uff11", "\U0001d7d9", "\U0001f600", "\U00010000")

EXAMPLES = ("KRISTER (spelas av Magnus Ågren)", "Vera – played by Anna Lind",
            'Amanda Rydell (spelar "Vera")', "Manus sc. 23", "Act III", "take 4",
            "lgh 0401 (Tell)", "flat 0703 (Gren)", "KPR 8O1", "XYZ  O12", "ABO12", "abc-12d",
            "kpr–801", "GB82 WEST 1234 5698 7654 32", "T R N 4 8 2", "LKP 4 8 2", "ZTR.482",
            "NWL\u00a0482", "BHX \n552", "VolvoV70KRT491", "-KGE 387", "_kge 387_",
            "12 Baker Street", "4 Long Lane Road", "fe80::1", "2001:db8::ff00:42:8329",
            "9 Kings Rd.", "14:30:00", "470812-XXXX", "19470812 - ****", "470812-12xx",
            "85-04-12 +1234", "1985.04.12-1234", "Box 1234", "c/o Berg", "@kalle.k",
            "SE45 5000 0000 0583 9825 7466", "SE 45 5000 0000 0583 9825 7466", "1.2.3.4",
            "850412-A12B", "850412-1234",
            "85041212345", "123 456 78 90", "ABC 123", "Lundaskolan", "ali_k", "19850412-1234",
            "1985-04-12-1234", "85.04.12 - 1234", "1985 04 12-1234", "850412-R123",
            "19850412 R123", "198504121234", "850412/1234", "20850412 1234",
            "reservnummer 19850412-R123", "CPR-nr 120485-1234", "PESEL 85041212345",
            "hetu: 120485-123A", "fødselsnummer 12048512345", "Født 12.04.85", "klass 7B",
            "åk 9", "HVB-hemmet Solrosen", "lgh 1102", "NA22b", "insta: kalle_k",
            "snapchat heter @kalle", "född -88 och -91", "KLASS 9A", "HVB hem",
            "anna.berg@kommun.se", "anna [at] kommun (dot) se", "erik at gmail.com",
            "anna(a)kommun.se", "https://example.org/x", "www.vsn.se", "fb.com/kalle",
            "m.facebook.com/profile.php?id=1", "t.me/kalle", "anna＠kommun.se", "850412-XXXX",
            "Ujváry I, Christie R, et al.", "Castiglioni S m.fl.", "Andersson & Berg (2019)",
            "J o u n i  S a l o", "aliboom#2211", "Hamnplan 23A", "Stureplan 4",
            "SE-722 14 Västerås", "722 14 VÄSTERÅS", "Ringvägen 3, 12345 Malmö",
            "19850412-12**", "Posted by u/throwaway_lund_88", "pixelmoa — Today at 23:02",
            "Tøyengata 31, 0578 Oslo", "Prinsengracht 441-2, 1016 HT Amsterdam",
            "Calle Mayor 14", "Rue de la Paix 12", "12 rue Victor Hugo", "ul. Długa 5 m. 3",
            "anna @ example . com", "Tue 13 Jan", "Tor 12/2", "Thu, 27 Nov", "lör. 3 maj",
            "Ord som ser ut som namn: Mr Green", "Names on our menu that are not people:",
            "varumärken som är personnamn", "INTE personer:", "liknar personnamn",
            "SEK 6 200  5489 145 867 761-7",
            "uppkallade efter personer", "looks like people's names", "bor på Kungsg. 5",
            "adress Sveav. 101", "bor i Lillby 312", "fynd (Tamm 2020; Lerche et al. 2021)",
            "198.51.100[.]77", "203[.]0[.]113[.]45", "för Tobias' skull", "Jonas’ mamma",
            "Antecknat av MLD", "justerat av AB.", "skrivet av CD och ",
            "2026-11-21,0701740605,+46701740606", "\U0001f600850412-1234",
            "\U0001d7d9\U0001d7da0412-1234", "\u0663\u0663 12 23 10 60 11", "KRT\U0001f6004 91")
BEFORE = ("", " ", "a", "Ö", "1", "+", "-", "‐", ".", ",", "/", ":", "@", "_", "\n", "1.")


def _texts() -> list[str]:
    texts = []
    for name in CORPORA:
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            texts.append(json.loads(line)["text"])
    # Each example after every kind of character a guard looks at.
    texts += [before + example for example in EXAMPLES for before in BEFORE]
    rng = random.Random(2026)
    # ... in mixed case, for the patterns that ignore case (ſ and the Kelvin sign fold too).
    texts += ["".join(c.swapcase() if rng.random() < 0.4 else c for c in before + example)
              for example in EXAMPLES for before in BEFORE]
    texts += ["".join(rng.choice(PIECES) for _ in range(rng.randint(1, 30)))
              for _ in range(4000)]
    return texts


TEXTS = _texts()


def _matches(pattern: Scanner, text: str) -> list[object]:
    return [(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(text)]


def test_the_recognizers_patterns_are_rewritten() -> None:
    assert len(REWRITTEN) >= 10


@pytest.mark.parametrize("source, flags, compiled", REWRITTEN,
                         ids=[s[:40] for s, _, _ in REWRITTEN])
def test_a_rewritten_pattern_matches_what_its_source_matches(
        source: str, flags: int, compiled: re.Pattern[str]) -> None:
    reference = re.compile(source, flags)
    assert compiled.pattern != source
    assert sum(1 for text in TEXTS if reference.search(text)) >= 5  # the texts reach it
    for text in TEXTS:
        assert _matches(compiled, text) == _matches(reference, text), text


# Patterns as written before this rewrite, kept here as references.
OLD = (
    (r"(?<![\w+])(?<!\d[.,/‐‑‒–—−-])(?P<date>\d{6})[ \t]?(?P<tail>\d{5})"
     r"(?![\w]|[.,/‐‑‒–—−-]\d)", 0),
    (r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.]\d)", 0),
    (r"(?<![\w])[A-Z]{2}\d{2}(?:[ \t-]?\n?[A-Z0-9]){11,30}(?![\w])", re.IGNORECASE),
    (r"(?<![\w@.])@(?P<name>[A-Za-z][\w.]{1,29}(?<!\.)(?![\w@]))", 0),
    (r"(?<![\w])\d{1,4}\s(?:[A-Z][a-z]+\s){1,3}(?:Street|St\.|Road)", 0),
    (r"(?<![\w+-])\d+?[\d ,.-]{5,22}\d(?![\w])", 0),
)


@pytest.mark.parametrize("source, flags", OLD)
def test_an_old_pattern_and_its_rewrite_match_alike(source: str, flags: int) -> None:
    reference = re.compile(source, flags)
    rewritten = fast(reference)
    assert rewritten is not reference
    for text in TEXTS:
        assert _matches(rewritten, text) == _matches(reference, text), text


# Patterns whose branches shared a first character, as written before it was taken out of
# them by hand (so fast() can move the guards behind it), and the recognizer's pattern now.
FACTORED = (
    (r"(?<![\w,.-])(?:\d{3} ?|(?!19|20)\d{4}[ -]?)(?P<letters>[A-Z]{3})(?![\w-])", DIGITS_FIRST),
)


@pytest.mark.parametrize("source, pattern", FACTORED)
def test_a_pattern_factored_by_hand_matches_what_it_matched(
        source: str, pattern: re.Pattern[str]) -> None:
    reference = re.compile(source, pattern.flags)
    texts = TEXTS + [f"{d} ABC" for d in range(1000, 10000, 7)] + ["1999 ABC", "2019 GLS"]
    assert sum(1 for text in texts if reference.search(text)) >= 5
    for text in texts:
        assert _matches(pattern, text) == _matches(reference, text), text


# Patterns led by hand with the class of their first characters, their flags' sources beside.
LED = ((AGE_SOURCE, re.IGNORECASE, AGE),)


@pytest.mark.parametrize("source, flags, pattern", LED)
def test_a_pattern_led_by_hand_matches_what_its_source_matches(
        source: str, flags: int, pattern: re.Pattern[str]) -> None:
    reference = re.compile(source, flags)
    texts = [*TEXTS, "7-åriga", "(7)", "Aged 12", "AGED 3", "x7 år", "12 YEAR-OLD", "5 År",
             "(12) (123)", "en 15-årig", "3 år gammal", "aged\t4", "år 7 år"]
    assert sum(1 for text in texts if reference.search(text)) >= 5
    for text in texts:
        assert _matches(pattern, text) == _matches(reference, text), text


def test_an_arrow_is_found_where_its_taker_follows() -> None:
    """_ARROW finds the arrows and dashes its source found that a taker follows."""
    reference = re.compile(ARROW_SOURCE)
    texts = [*TEXTS, "Anna -> Erik: klart", "Anna → Erik: ok", "Anna – Erik : ok", "a->b",
             "Anna-Erik: x", "Anna --> Erik: x", "2026-12-06 Erik: x", "Anna ->Erik:"]
    reached = 0
    for text in texts:
        wanted = [m.span() for m in reference.finditer(text) if _TAKER.match(text, m.end())]
        reached += len(wanted)
        assert [m.span() for m in _ARROW.finditer(text)] == wanted, text
    assert reached >= 5


def test_a_needle_of_plain_words_is_looked_for_by_its_words() -> None:
    assert literal_words("skola|gymnasi") == ("skola", "gymnasi")
    assert literal_words(r"(?:rue|quai)\s") == ("rue", "quai")
    assert literal_words(r"Rd\.|Blvd\.?") == ("Rd.", "Blvd")
    assert literal_words(r"(?:\[\.\]|\(\.\))") is None
    assert literal_words(r"\s(?:19|20)\d\d") is None
    assert literal_words(r"(?i:at|a)") is None


def test_the_guards_follow_the_first_character() -> None:
    assert first_char_first(r"(?<![\w+])\d{6}-") == r"\d(?<![\w+](?s:.))\d{5}-"
    assert first_char_first(r"(?<!x)(?P<d>\d+)") == r"(?P<d>\d(?<!x(?s:.))\d*)"


@pytest.mark.parametrize("source", [
    r"(?<![\w+])(?P<century>18|19|20)?\d{6}",  # first item optional
    r"(?<![\w])(?:född|f\.)",  # several branches: measured slower
    r"(?<![\w])(?i:klass)\s\d",  # a flag group
    r"(?<![\w.+-])[\w][\w.]{0,63}@",  # a word character: nothing to skip
    r"\d{6}",  # no guard
    r"(?<!x)(?:(\d)\.){3}",  # its group would be written twice
])
def test_a_start_that_cannot_move_is_kept(source: str) -> None:
    assert first_char_first(source) is None
    pattern = re.compile(source)
    assert fast(pattern) is pattern


@pytest.mark.parametrize("scanner", PREFILTERED, ids=[p.pattern.pattern[:40] for p in PREFILTERED])
def test_a_prefiltered_pattern_finds_what_the_pattern_finds(scanner: Prefiltered) -> None:
    assert any(scanner.pattern.search(text) for text in TEXTS)  # the texts reach it
    for text in TEXTS:
        assert _matches(scanner, text) == _matches(scanner.pattern, text), text
        for match in scanner.pattern.finditer(text):  # the prefilter is a necessary prefix
            assert scanner.starts.match(text, match.start()), text


def test_a_word_list_is_found_by_its_first_four_characters() -> None:
    pattern = re.compile(r"(?<![\w])(?:HVB|LSS|stöd)[-]?hem")
    assert starts_of(pattern) == (
        r"[HLs](?=[SVt])(?<![\w](?s:.))"
        r"(?:(?<=[H])[V][B](?:[\-]|[h])|(?<=[L])[S][S](?:[\-]|[h])|(?<=[s])[t][ö][d])")
    assert starts_of(re.compile(r"(?<![\w])(?:\d{2}|ab)")) is None  # digits: too many
    assert starts_of(re.compile(r"(?<![\w])\w+")) is None


@pytest.mark.parametrize("scanner", GATED, ids=[g.pattern.pattern[:40] for g in GATED])
def test_a_gated_pattern_holds_its_needle_in_every_match(scanner: Gated) -> None:
    reached = 0
    for text in TEXTS:
        for match in scanner.pattern.finditer(text):
            reached += 1
            assert scanner.needle.search(match.group()), match.group()
            if scanner.reach is not None:  # its needle within reach of its start
                needle = scanner.needle.search(text, match.start())
                assert needle is not None and needle.start() - match.start() <= scanner.reach
                before = text[match.start() : needle.start()]  # none of `apart` before it
                assert not any(character in before for character in scanner.apart), before
        assert _matches(scanner, text) == _matches(scanner.pattern, text), text
    assert reached


def test_a_guard_keeps_the_patterns_flags() -> None:
    pattern = re.compile(r"(?<=[a-z])(?:abc|abd)", re.IGNORECASE)
    scanner = prefiltered(pattern)
    assert isinstance(scanner, Prefiltered)
    assert [m.span() for m in scanner.finditer("XABC Yabd")] == [(1, 4), (6, 9)]


def test_the_longest_address_is_found_near_its_at() -> None:
    """Four parts of 64 characters joined by written-out dots, before the @: what reach
    allows, and the address is still found whole (a shorter reach would lose its start)."""
    local = " [dot] ".join(["a" * 63 + "b"] * 4)
    text = "Skriv till " + ("ord " * 200) + local + " [at] example [dot] se idag."
    gated = EmailRecognizer.PATTERNS[0]
    assert isinstance(gated, Gated)
    assert _matches(gated, text) == _matches(gated.pattern, text)
    assert next(m.group() for m in gated.finditer(text)).startswith("a" * 63 + "b [dot]")


def test_a_word_list_is_asked_only_where_its_words_may_begin() -> None:
    """A word list's prefilter is asked at the starts of words whose first two characters
    may begin a match (wordstarts.py), and finds what the pattern finds: at the text's
    start, before its end, never inside a word."""
    scanner = prefiltered(re.compile(r"(?<![\w])(?i:lgh|lägenhet)\.?\s?\d{3,4}"))
    assert isinstance(scanner, Prefiltered) and scanner.pairs is not None
    text = "Lgh 1102, ej flgh 1103 men LÄGENHET 0904 och lgh1201"
    assert [m.group() for m in scanner.finditer(text)] == ["Lgh 1102", "LÄGENHET 0904",
                                                           "lgh1201"]
    assert scanner.pairs.positions(text) == [0, 27, 45]  # flgh, men, och are not asked
    assert _matches(scanner, text) == _matches(scanner.pattern, text)


@pytest.mark.parametrize("scanner", ANCHORED, ids=[a.pattern.pattern[:40] for a in ANCHORED])
def test_an_anchored_pattern_finds_what_the_pattern_finds(scanner: Anchored) -> None:
    reached = 0
    for text in TEXTS:
        starts = [c.start(c.lastindex or 0) for c in scanner.candidates.finditer(text)]
        assert len(set(starts)) == len(starts), text  # no start named twice
        for match in scanner.pattern.finditer(text):  # every match starts at a candidate
            reached += 1
            assert match.start() in starts, text
        assert _matches(scanner, text) == _matches(scanner.pattern, text), text
    assert reached >= 5


def test_a_digit_first_is_what_d_matches_at_every_code_point() -> None:
    """digitlead.py's class lets every digit through, refuses every other character of the
    plane, and with its check after refuses the rest too."""
    led = re.compile(DIGIT_FIRST + ASTRAL_CHECK)
    first, digit = re.compile(DIGIT_FIRST), re.compile(r"\d")
    phone = re.compile(digits_and("(+"))  # candidates.CANDIDATE's first character
    for code in range(0x110000):
        c = chr(code)
        assert bool(led.fullmatch(c)) == bool(digit.fullmatch(c)), hex(code)
        assert bool(first.fullmatch(c)) == bool(digit.fullmatch(c) or code > 0xFFFF), hex(code)
        assert bool(phone.fullmatch(c)) == bool(first.fullmatch(c) or c in "(+"), hex(code)


@pytest.mark.parametrize("source, compiled", DIGIT_LED, ids=[s[:40] for s, _ in DIGIT_LED])
def test_a_digit_led_pattern_matches_what_its_source_matches(
        source: str, compiled: re.Pattern[str]) -> None:
    reference = re.compile(source)
    assert compiled.pattern != source
    assert sum(1 for text in TEXTS if reference.search(text)) >= 5  # the texts reach it
    for text in TEXTS:
        assert _matches(compiled, text) == _matches(reference, text), text
