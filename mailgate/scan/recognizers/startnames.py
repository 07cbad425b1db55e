"""A given name and a surname opening a sentence before its subject's verb: `Saga Vall
ringde`, `Lisa Grön ringde` (a colour as her surname), `Ask Skog kom förbi` (a given name no
list holds before a listed surname), and a label's value (`Anhörig: Dag Svärd`). A sentence's
first capital says nothing, so both words are asked: a given name, then a surname a list
holds or a word Swedish surnames are made of (wordsurnames.py), then a verb. Organisations
and places so placed stay (`Röda Korset ringde`, `Region Gävleborg skickade`, `Team Norr
tog`): their first word is a word, a place or a listed thing, and their second no surname."""

from __future__ import annotations

from mailgate.scan.recognizers.placesurnames import a_town_or_word_as_surname
from mailgate.scan.recognizers.roles import ENGLISH_ROLES, role_shaped
from mailgate.scan.recognizers.someone import after_a_colon, verb_follows
from mailgate.scan.recognizers.vouched import DEFINITE_NOUN, NAME_SHAPE, WORD_ENDING
from mailgate.scan.recognizers.words import Tok


def opens_with_a_full_name(tok: Tok, nxt: Tok, toks: list[Tok]) -> bool:
    """`tok nxt` is a person's name though `tok` opens the sentence (runs.py asks it)."""
    if nxt.line_break_before or nxt.text.isupper() or nxt.drug_word:
        return False
    if tok.info.first and nxt.info.last and after_a_colon(tok, toks) and not nxt.info.first:
        return True  # Anhörig: Dag Svärd
    if not verb_follows(nxt, toks):
        return False
    if tok.info.first:
        return nxt.info.last or a_town_or_word_as_surname(tok, nxt)  # Saga Vall; Lisa Grön
    return nxt.info.last and not nxt.info.negative and _an_unlisted_given_name(tok)


def _an_unlisted_given_name(tok: Tok) -> bool:
    """A capitalised word no list holds, no word of the language, no role and no noun's
    ending (`Ask`, `Vide`): before a listed surname and a verb, a given name."""
    info = tok.info
    folded = tok.folded
    return not (info.name or info.common or info.negative or tok.drug_word) and (
        NAME_SHAPE.match(tok.text) is not None and WORD_ENDING.search(folded) is None
        and DEFINITE_NOUN.match(folded) is None and folded not in ENGLISH_ROLES
        and not role_shaped(folded, False))
