"""A listed surname that is also a town's name (`Berg`, `Lund`, `Sala`) right after a title or
role (`dr Lund`, `överläkare Berg`, `sköterskan Lund`) is the person: a town after a role
follows a preposition (`läkare i Lund`). A town that is no surname (`kuratorn Malmö`) stays
a place. A town no list holds as a surname (`Ryd`, `Tranås`) right after a given name is hers
(`Anna Ryd`): a town after a name follows a comma or a preposition (`Anna, Ryd`, `Anna i Ryd`)."""

from __future__ import annotations

from mailgate.scan import names
from mailgate.scan.recognizers.wordfacts import STOP_WORDS
from mailgate.scan.recognizers.words import Tok
from mailgate.scan.recognizers.wordsurnames import a_word_as_surname


def titled_place_surname(tok: Tok) -> bool:
    """The word is such a surname, right after a title's or role's word in small letters: not
    after a comma (`församlingen, Vasa` is the parish's town) or a preposition."""
    if not tok.info.last or tok.drug_word or tok.place is None:
        return False
    text, at = tok.place.text, tok.start
    if at < 2 or text[at - 1] != " " or not text[at - 2].islower():
        return False
    before = text[text.rfind(" ", 0, at - 1) + 1 : at - 1]
    # The cue asked last: finding it costs more than the rest (every listed place is asked).
    return before not in STOP_WORDS and names.is_place(tok.folded) and (  # not `med Vasa`
        tok.cue == "relation")


def a_plain_negative(tok: Tok) -> bool:
    """A listed place, agency, substance or the like, and not a titled surname (`dr Lund`)."""
    return tok.info.negative and not titled_place_surname(tok)


def a_town_as_surname(given: Tok, last: Tok) -> bool:
    """`Anna Ryd`, `Jan-Olof Ryd`: a listed town one space after a given name common here that
    is no word and no place itself."""
    info = given.info
    if not (info.first and info.core) or info.common or info.negative or given.place is None or (
            given.text.isupper()):  # DAN Europe: an organisation's letters
        return False
    if last.drug_word or not last.capital or last.text.isupper() or last.line_break_before:
        return False
    return given.place.text[given.end:last.start] == " " and names.is_place(last.folded)


def a_town_or_word_as_surname(given: Tok, last: Tok) -> bool:
    """A town (`Anna Ryd`) or a colour, season or weather word (`Lisa Grön`) after a given
    name: her surname."""
    return a_town_as_surname(given, last) or a_word_as_surname(given, last)
