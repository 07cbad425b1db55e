"""Tokens with the facts the PERSON recognizer weighs: capitals, sentence starts, lists, cues."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from mailgate.scan import names
from mailgate.scan.closings import CLOSING_WORDS, CLOSINGS, SAME_LINE_CLOSINGS, SIGNATURE_CUES
from mailgate.scan.cues import NAMING_CUES, PERSON_CUES, PERSON_CUES_WEAK
from mailgate.scan.drugcues import DRUG_TALK
from mailgate.scan.recognizers.holders import (
    a_role,
    an_unlisted_signature,
    apposed,
    held_by_label,
    signs_a_line,
)
from mailgate.scan.recognizers.roles import (
    PERSON_COMPOUND,
    an_unlisted_pair,
    in_apposition,
    signs_with_role,
)
from mailgate.scan.recognizers.wordfacts import (
    ALNUM,
    NOTHING,
)

# Re-exported: recognizers long imported the lists from here (wordfacts.py holds them).
from mailgate.scan.recognizers.wordfacts import NORDIC_STOP_WORDS as NORDIC_STOP_WORDS
from mailgate.scan.recognizers.wordfacts import STOP_WORDS as STOP_WORDS

QUOTES: Final = frozenset("\"'“”„«»‘’`")
_STOPS: Final = frozenset({".", "!", "?", "…"})
# Prepositions of place and English articles: a cue before one is not the next word's
# (`patient in Bay 4`, `met the Dean`). Not `med`, `with`, `till`, `på`: pratade med Anna,
# träffade på Erik. `om`, `about`: what is talked about is a topic as often as someone
# (`pratade om Bristolskalan`, `Anna` is found by her list).
_CUE_BREAKERS: Final = frozenset({"i", "in", "at", "on", "vid", "från", "from", "inom", "near",
                                  "into", "the", "a", "an", "om", "about"})
RELATION_CUES: Final = PERSON_CUES - NAMING_CUES


class Tok:
    """A token and the facts PERSON weighs. A plain class with its own `__init__`, not a
    dataclass: compiled by mypyc (setup.py) it is built natively, where a dataclass's
    generated `__init__` runs interpreted (a dense MB has 215 000 tokens)."""

    __slots__ = (  # no __dict__ when plain
        "after_place_word", "alpha", "capital", "drug_word", "end", "folded",
        "in_negative_phrase", "index", "info", "initial", "institution", "is_cue_word",
        "known_cue", "label", "line_break_before", "line_is_shouting", "line_is_title",
        "particle", "place", "quoted", "sentence_start", "stamp_compound", "start", "text",
    )

    def __init__(
        self, index: int, text: str, start: int, end: int,
        alpha: bool = False, capital: bool = False, initial: bool = False,
        particle: bool = False, sentence_start: bool = False, line_break_before: bool = False,
        line_is_shouting: bool = False, line_is_title: bool = False, drug_word: bool = False,
        stamp_compound: bool = False, in_negative_phrase: bool = False,
        after_place_word: bool = False, quoted: bool = False, is_cue_word: bool = False,
        label: bool = False, institution: bool = False, known_cue: str | None = None,
        folded: str = "", info: names.Word = NOTHING, place: Place | None = None,
    ) -> None:
        self.index = index
        self.text = text
        self.start = start
        self.end = end
        self.alpha = alpha
        self.capital = capital
        self.initial = initial
        self.particle = particle
        self.sentence_start = sentence_start
        self.line_break_before = line_break_before
        self.line_is_shouting = line_is_shouting
        self.line_is_title = line_is_title  # Key Findings: Increased Availability Of...
        self.drug_word = drug_word
        self.stamp_compound = stamp_compound  # Trump-piller, Escobar-stämpel
        self.in_negative_phrase = in_negative_phrase
        self.after_place_word = after_place_word
        self.quoted = quoted
        self.is_cue_word = is_cue_word
        self.label = label  # dnr, labnr: a number label
        self.institution = institution  # Mälarsjukhuset, Vasaskolan: a place, not a person
        self.known_cue = known_cue  # `cue`, once asked
        self.folded = folded
        self.info = info
        self.place = place  # the text and tokens it stands in, to find its cue

    @property
    def cue(self) -> str:
        """The cue before a capitalised word or a listed name: "relation", "naming",
        "weak", "signature" or "". Found when first asked: most tokens never are (a dense
        MB has 46 000 such words, and its names are judged without their cue)."""
        if self.known_cue is None:
            place = self.place
            if place is None or place.toks is None:
                raise RuntimeError("the cue of a token whose text was released")
            self.known_cue = _cue_before(self, place.toks, place.text) if (
                self.capital or self.info.name) else ""
        return self.known_cue


@dataclass(slots=True)
class Place:
    """A text and its tokens, for the cues the tokens are asked for (`release` when done:
    the tokens refer to it and it to them)."""

    text: str
    toks: list[Tok] | None = None
    words: list[str] | None = None  # each token's text, as toks
    word_starts: list[int] | None = None  # each token's start, as toks
    starts: dict[int, int] | None = None  # token index by start (tokens_inside), once built
    texts: frozenset[str] | None = None  # every token's text (token_texts), once built
    initials: str | None = None  # (capital_initials), once built
    folded: frozenset[str] | None = None  # every token's folded form (token_folded)
    quotes: list[int] | None = None  # where each quote stands in the text, once found
    at: dict[str, list[int]] | None = None  # each distinct text's token indexes (positions)
    passing: list[list[list[int]]] | None = None  # per word test, its words' (textindex)
    ends_text: bool = True  # its end is the end of the text (a long text's last piece)


def _cue_before(tok: Tok, toks: list[Tok], text: str) -> str:
    i, info = tok.index, tok.info
    prev = toks[i - 1].text if i else ""
    if i and _another_cell(tok, toks[i - 1], text):
        return ""  # Namn<TAB>Bälte: a table's header cells, each its own
    # A compound's last part is the cue: 16-åringen, ex-pojkvännen, 17-year-old.
    before = [w.rsplit("-", 1)[-1] if "-" in w else w for w in prev_words(toks, i, 2)]
    if len(before) == 2 and (before[-1] in DRUG_TALK or before[-1] in _CUE_BREAKERS):
        # klienten tog Xanor: the drug verb stands between cue and word; patient in Bay 4,
        # met the Dean: no name follows
        before = before[-1:]
    # Set tests, not a generator per cue list; and each check below asked only where what
    # it reads first holds (a quote, a colon, a comma before; a listed name): a text's
    # capitalised words all ask this, and most have no cue.
    if not RELATION_CUES.isdisjoint(before) and not _a_subject_line(tok, toks):
        return "relation"
    if not NAMING_CUES.isdisjoint(before):
        return "naming"
    if before and before[-1] in SIGNATURE_CUES and tok.line_break_before:
        return "signature"  # Mvh / Anna on the next line
    if prev in ("/", "//") and not tok.line_break_before and (
            toks[i - 1].line_break_before or toks[i - 1].sentence_start):
        return "signature"  # "/Shirin" closing a mail
    if (prev in QUOTES and _nickname(tok, toks)) or (info.first and introduces_self(tok, toks)):
        return "naming"  # Erik "Ragge" Svensson; Nomagugu här.
    if _closes_a_line(tok, toks) or (info.name and tok.line_break_before and signs_with_role(
            tok, toks)) or (info.first and not info.negative and _after_a_closing(tok, toks)):
        return "signature"
    if i > 1 and prev == ":" and (tok.initial or info.name) and (
            before and a_role(before[-1])):
        return "relation"  # Provtagare: E. Nordmark, a role's label and who holds it
    if before and PERSON_COMPOUND.match(before[-1]) and tok.capital and tok.alpha and not (
            info.negative or tok.drug_word):
        return "relation"  # gymkompis Fadi, jobbarkompisen Fadi: a compound's person
    if before and (info.name or in_apposition(tok, toks) or an_unlisted_pair(tok, toks)) and (
            a_role(before[-1])) and not (
            tok.text.isupper() and len(tok.text) <= 4):  # Avdelningschef, IVA: a unit
        return "relation"  # Butikschef Lena, Tekniker: Đức, en stamkund, Gullan, som …
    if before and before[-1] in SAME_LINE_CLOSINGS and signs_a_line(tok, toks):
        return "signature"  # … 08-465 004 52. mvh Orvik
    if prev == "," and apposed(tok, toks):
        return "relation"  # en gäst, Orvik, ringde 112
    if prev == ":" and held_by_label(tok, toks):
        return "relation"  # Presskontakt: Ilvar Tesk, Kassör: Kryrtka on its own line
    return "" if PERSON_CUES_WEAK.isdisjoint(before) else "weak"


def _another_cell(tok: Tok, prev: Tok, text: str) -> bool:
    """A tab between the word and the one before (not a label's colon): another cell."""
    return prev.text != ":" and text.find("\t", prev.end, tok.start) != -1


def _a_subject_line(tok: Tok, toks: list[Tok]) -> bool:
    """`Subject: RE: SAR 2026-0441`: a mail's subject line, where `subject` is a header."""
    i = tok.index - 1
    while i > 0 and not toks[i].line_break_before and tok.index - i < 6:
        i -= 1
    return i + 1 < len(toks) and toks[i].folded in ("subject", "ämne") and (
        toks[i + 1].text == ":")


def _closes_a_line(tok: Tok, toks: list[Tok]) -> bool:
    """The last word of the text or its line, after only closing words on that line; or
    the text's last word, a sentence of its own (`… ring mig på 070-174 06 45. Tõnu`)."""
    if tok.line_break_before:
        return signs_the_text(tok, toks)  # alone on the text's last line: Tack!⏎Yasmin
    if tok.index + 1 < len(toks) and not toks[tok.index + 1].line_break_before and toks[
            tok.index + 1].text not in _STOPS:
        return False
    if signs_the_text(tok, toks):
        return True
    words = []
    i = tok.index - 1
    while i >= 0 and not toks[i].line_break_before:
        words.append(toks[i])
        i -= 1
    if i >= 0:
        words.append(toks[i])
    said = [t.folded for t in words if t.alpha]
    return bool(said) and all(w in CLOSINGS for w in said)


_CLOSING_MARKS: Final = frozenset({",", "!", "!!", ":", "-", "–", "/"})


def _after_a_closing(tok: Tok, toks: list[Tok]) -> bool:
    """The first word after a line's closing words, on the same line: a signature run
    together (`Vänligen, Britt Sommar, bokningen, Konferens …`, `Kind regards, Rose …`),
    where the rest of the line may be written in Title Case. A listed given name only: an
    imperative follows `Vänligen` too (`Vänligen Kontakta Kundtjänst`)."""
    if not tok.info.first or tok.info.negative:
        return False
    i = tok.index - 1
    said = 0
    while i >= 0 and (toks[i].text in _CLOSING_MARKS or toks[i].folded in CLOSING_WORDS):
        said += toks[i].folded in CLOSING_WORDS
        if toks[i].line_break_before:
            return said > 0 and toks[i].folded in CLOSING_WORDS
        i -= 1
    return False


def signs_the_text(tok: Tok, toks: list[Tok]) -> bool:
    """A given name alone after the last sentence: the writer's, as a signature line is. A
    word no list holds only after the full stop on the same line (`… 070-174 06 49.
    Shahid`): alone on a last line it is as often a heading or a footer (`Bilaga`), and with
    a full stop of its own it is a sentence of one word (`… inga larm. Lugnt.`, `Skickat.`)."""
    i = tok.index
    if tok.place is None or not tok.place.ends_text:
        return False  # a piece's end inside a long text signs nothing
    return i > 0 and (toks[i - 1].text in _STOPS or tok.line_break_before) and (
        tok.info.first or (not tok.line_break_before and i + 1 == len(toks) and (
            an_unlisted_signature(tok)))) and not (
        tok.info.negative or tok.info.common) and all(
        toks[j].text in _STOPS for j in range(i + 1, len(toks)))  # no copy of the rest


def _nickname(tok: Tok, toks: list[Tok]) -> bool:
    """Erik "Ragge" Svensson, or "Svullo" (Linnea Ghebrehiwet): a quoted word beside a name."""
    i = tok.index
    if not (0 < i < len(toks) - 1 and toks[i - 1].text in QUOTES and toks[i + 1].text in QUOTES):
        return False
    left = toks[i - 2] if i >= 2 else None
    right = toks[i + 3] if i + 3 < len(toks) and toks[i + 2].text == "(" else (
        toks[i + 2] if i + 2 < len(toks) else None)
    return any(t is not None and t.capital and t.info.name and not t.info.negative
               for t in (left, right))


# `Anna här`: the writer names themself, in Swedish, Norwegian, Danish or English.
_HERE: Final = frozenset({"här", "her", "here"})
# What may follow `här`: the end of its clause.
_CLAUSE_ENDS: Final = frozenset({".", ",", "!", ":", "-", "–", "—"})


def introduces_self(tok: Tok, toks: list[Tok]) -> bool:
    """A given name opening the text or a line, then `här` and the clause's end: the writer
    (`Nomagugu här.`, `Zahur here,`), named with no cue word before. A given name alone in
    brackets (`rum 6 (Bernharð)`) was tried too and left out: in text nobody had tuned on it
    flagged a word in brackets as often as it found a name."""
    i = tok.index
    if not (i == 0 or tok.line_break_before) or i + 1 >= len(toks):
        return False
    info = tok.info
    if toks[i + 1].folded not in _HERE or not tok.capital or not info.first or (
            info.common or info.negative or tok.drug_word):
        return False
    return i + 2 >= len(toks) or toks[i + 2].text in _CLAUSE_ENDS or toks[i + 2].line_break_before


def prev_words(toks: list[Tok], index: int, n: int) -> list[str]:
    """Case-folded words before toks[index], skipping punctuation and quotes, nearest last."""
    out: list[str] = []
    i = index - 1
    while i >= 0 and len(out) < n:
        t = toks[i]
        if t.text in _STOPS:
            break  # cues do not reach across a sentence end
        if t.alpha or t.initial or ALNUM.search(t.text):
            out.insert(0, t.text.casefold().rstrip("."))
        i -= 1
    return out
