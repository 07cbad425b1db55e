"""An initial and a short surname no list holds, in running text: `skrevs av M. Ask`,
`Närvarande: A. Sund, P. Strand, T. Hed`, `Enligt B. Ahl …`.

A listed surname after an initial is read with the capitalised run (`J. Ek`); a short one
no list holds (often a word too: `Ask`, `Lax`) is left unjudged there. After a function word
or a list's punctuation, a person's cue or a role (`Protokollförare E. Tall`) the initial and
the word are someone's. A letter that ends a sentence is no initial (`vitamin D. Ask din
läkare`, `hus B. Tre personer`: another noun stands before it), nor are a list's lettered
items (`Bilagor: A. Avtal, B. Karta`: letters from `A` on label the items) or a line's
opening letter (`A. Mat`).
"""

from __future__ import annotations

from typing import Final

from mailgate.scan import lexicon
from mailgate.scan.cues import PERSON_CUES
from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.letteritems import a_lettered_item
from mailgate.scan.recognizers.roles import role_shaped
from mailgate.scan.recognizers.scores import SCORE_ALONE
from mailgate.scan.recognizers.textindex import indexes_where
from mailgate.scan.recognizers.words import STOP_WORDS, Tok
from mailgate.scan.recognizers.wordsurnames import WORD_SURNAMES

_BEFORE: Final = frozenset({":", ",", "(", "/", "–", "-", "&", "+"})
_SHORTEST: Final = 2
_LONGEST: Final = 5  # letters of a short surname (`Ask`, `Hed`, `Ahl`, `Öst`)
_ALPHABET: Final = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_FEWEST_ITEMS: Final = 2


def _an_initial(text: str) -> bool:
    return len(text) == 2 and text[1] == "." and text[0].isupper()


def initial_and_short_surname(toks: list[Tok]) -> list[Hit]:
    at = indexes_where(toks, _an_initial)
    if not at:
        return []
    letters = {toks[i].text[0] for i in at}
    out = []
    for i in at:
        if i == 0 or i + 1 >= len(toks) or toks[i].line_break_before:
            continue
        if not _after_a_function_word(toks[i - 1]) or _lettered(toks[i].text[0], letters):
            continue
        surname = toks[i + 1]
        if not _short_surname(surname) or _run_goes_on(toks, i + 2) or (
                a_lettered_item([toks[i], surname], toks)):
            continue  # del C. Resa, riskklass C. Hög: an item's label
        out.append(Hit(toks[i].start, surname.end, SCORE_ALONE))
    return out


def _after_a_function_word(tok: Tok) -> bool:
    """A function word, a list's punctuation, or a person's role or cue (`Protokollförare
    E. Tall`, `läkaren R. Bok`): a noun naming no person may end a sentence with a letter."""
    return tok.text in _BEFORE or tok.folded in STOP_WORDS or tok.folded in PERSON_CUES or (
        role_shaped(tok.folded, tok.info.name))


def _lettered(letter: str, letters: set[str]) -> bool:
    """A run of letters from `A` holds it, two or more: a list's items (`A. Avtal, B.
    Karta`); people's initials next in the alphabet stay (`K. Öst, L. Hed`)."""
    if letter not in _ALPHABET:
        return False
    k = _ALPHABET.index(letter)
    run = _ALPHABET[: k + 1]
    return (len(run) >= _FEWEST_ITEMS and all(c in letters for c in run)) or (
        k == 0 and _ALPHABET[1] in letters)


def _short_surname(tok: Tok) -> bool:
    """A capitalised word of two to five letters no list holds as a name, place or drug, or a
    word Swedish surnames are made of that a list holds as something else (`Grön`, `Snö`)."""
    info = tok.info
    if not (tok.alpha and tok.capital) or tok.line_break_before or tok.text.isupper():
        return False
    if not _SHORTEST <= len(tok.text) <= _LONGEST or tok.folded in STOP_WORDS:
        return False
    if tok.folded in WORD_SURNAMES and not (tok.drug_word or tok.folded in lexicon.drugs()):
        return True  # Handläggare M. Grön: a colour a list holds as a grade, her surname here
    return not (info.first or info.last or info.negative or tok.drug_word
                or tok.in_negative_phrase or tok.stamp_compound)


def _run_goes_on(toks: list[Tok], k: int) -> bool:
    """A capitalised word follows on the line: a longer name, a place's or a thing's."""
    return k < len(toks) and toks[k].capital and toks[k].alpha and not (
        toks[k].line_break_before)
