"""Whether a capitalised run is printed on a pill: a stamp word before it, a pill word before
and `på`/`on` after it, a print's noun after it (`Messi-motiv`, `a Hofmann portrait`), or a
pill's colour or word before it and its dose in milligrams after it (`Bruna Snoop Dogg på
170 mg`, `röd Jay-Z, 220 mg MDMA`): a person has a colour and a dose only as a patient, whose
name no colour opens (`Rosa Lind, 50 mg` stays hers: `rosa` only as a lower-case word)."""

from __future__ import annotations

from typing import Final

from mailgate.scan.drugcues import (
    MILLIGRAM_ENDINGS,
    MILLIGRAMS,
    PILL_LOOKS,
    PILL_WORDS,
    STAMP_WORDS,
)
from mailgate.scan.recognizers.runs import Run
from mailgate.scan.recognizers.words import Tok, prev_words

# Prepositions that begin a new phrase after a stamp word: `märkt växtnäring, till Leila
# Moradi` sends the parcel to someone; what is printed follows the stamp word directly.
_RECIPIENT: Final = frozenset({"till", "åt", "hos", "från", "to", "for", "from"})
# Prepositions naming where pills came from, right before a name.
_SOURCES: Final = frozenset({"från", "av", "from", "off", "by"})


def stamped(words: list[str]) -> bool:
    """A stamp word among `words` (nearest last) with no recipient preposition after it."""
    if STAMP_WORDS.isdisjoint(words):
        return False  # nearly every run: no walk
    at = max(i for i, w in enumerate(words) if w in STAMP_WORDS)
    return _RECIPIENT.isdisjoint(words[at + 1 :])


def on_a_pill(run: Run, toks: list[Tok]) -> bool:
    """Pillren med Emil på, pills with Messi on them: a pill word before, `på`/`on` after;
    not what comes from someone (`got pills from Mehmet on Friday`, `piller av Ali på
    festen`): a source's preposition right before says who gave them."""
    i = run.toks[-1].index + 1
    if i < len(toks) and toks[i].folded in _BEFORE_A_DOSE and _a_dose_at(toks, i + 1) and (
            _coloured(run, toks)):
        return True  # Bruna Snoop Dogg på 170 mg, röd Jay-Z, 220 mg
    if i >= len(toks) or toks[i].folded not in ("på", "on"):
        return False
    before = prev_words(toks, run.toks[0].index, 3)
    return any(w in PILL_WORDS for w in before) and before[-1] not in _SOURCES


# Nouns after a name printed on a pill or blotter: "a Albert Hofmann portrait", "Messi-motiv".
_PRINTED: Final = frozenset({"portrait", "porträtt", "porträttet", "motiv", "motivet", "print",
                             "tryck", "trycket", "logo", "logga", "loggan", "stamp", "stämpel",
                             "stämpeln"})


def next_is_stamp(run: Run, toks: list[Tok]) -> bool:
    i = run.toks[-1].index + 1
    return i < len(toks) and (toks[i].stamp_compound or toks[i].folded in _PRINTED or (
        toks[i].folded in _PILLS_AFTER and _coloured_abroad(run, toks)))


# A pill's noun right after a print a colour opens: `orange Taylor Swift tablets`, `gule Elon
# Musk piller`; a person is no colour's (`Rosa Lind`: `rosa` stays a given name, as above).
_PILLS_AFTER: Final = frozenset({"pills", "pill", "tablets", "tablet", "tabs", "piller",
                                 "tabletter", "pillerne", "pillene", "tabletterne",
                                 "tablettene", "presses"})
_LOOKS_ABROAD: Final = frozenset({
    "blue", "pink", "green", "yellow", "red", "white", "grey", "gray", "purple", "black",
    "brown", "orange", "lyserøde", "lyserosa", "blå", "gule", "grønne", "røde", "hvide",
    "hvite", "lilla", "sorte", "svarte", "brune",
})


def _coloured_abroad(run: Run, toks: list[Tok]) -> bool:
    """A colour, any of the languages', opens the run or stands right before it."""
    first = run.toks[0]
    if len(run.toks) > 1 and first.folded not in _NAMED_LOOKS and (
            first.folded in _LOOKS_ABROAD or first.folded in PILL_LOOKS):
        return True  # Orange Taylor Swift tablets: the sentence's capital
    before = prev_words(toks, first.index, 1)
    return bool(before) and (before[-1] in _LOOKS_ABROAD or before[-1] in PILL_LOOKS) and (
        before[-1] not in _NAMED_LOOKS)


# Between a pill's print and its dose: `Snoop Dogg på 170 mg`, `Jay-Z, 220 mg`.
_BEFORE_A_DOSE: Final = frozenset({"på", ",", "med", "with", "(", "–", "-", "at"})
# Colours that are given names too open a run only as a pill's (`Rosa Lind`, someone).
_NAMED_LOOKS: Final = frozenset({"rosa"})


def _a_dose_at(toks: list[Tok], k: int) -> bool:
    """toks[k] is a number of milligrams: `170 mg`, `170mg`."""
    if k >= len(toks) or not toks[k].text[:1].isdigit():
        return False
    glued = toks[k].folded.endswith(MILLIGRAM_ENDINGS)
    return glued or (k + 1 < len(toks) and toks[k + 1].folded in MILLIGRAMS)


def _coloured(run: Run, toks: list[Tok]) -> bool:
    """A pill's colour opens the run (`Bruna Snoop Dogg`), or a colour or a pill's word
    stands right before it (`röd Jay-Z`, `Tabletterna Snoop Dogg`)."""
    first = run.toks[0]
    if len(run.toks) > 1 and first.folded not in _NAMED_LOOKS and (
            first.folded in PILL_LOOKS or first.folded in PILL_WORDS):
        return True  # Bruna Snoop Dogg, Tabletterna Jay-Z: the sentence's capital
    before = prev_words(toks, first.index, 1)
    return bool(before) and (before[-1] in PILL_LOOKS or before[-1] in PILL_WORDS)
