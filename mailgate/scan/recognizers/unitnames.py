"""A care home, ward, preschool, tent or hall named by a given name right after its noun:
`äldreboendet Ingrid`, `förskolan Ronja`, `tältet Tove`, `konferensrummet Greta`.

Homes, preschools and rooms are often named after a woman or a child's book; the name after
the place's definite noun is the place's own, as `byn Sandberg` is a village (cues.PLACE_HEADS
takes surnames there; a given name may open a clause, so it is read here by what follows).
The name is the place's when nothing but a sign, a preposition or the line's end follows
(`boendet Vera, natten mot fredag`, `gruppboendet Vendela i mars`), or when the place's noun
opens its sentence and a verb follows (`Sjukhemmet Karin stänger`: the home is the
subject; a person there would stand after the verb). A person stays where a verb follows a
place further into the sentence (`Vi kom till boendet Amanda var redan där`, a comma left
out), where a comma stands between (`gruppboendet, Vendela Ek`), and with a surname.
"""

from __future__ import annotations

from typing import Final

from mailgate.scan import lexicon
from mailgate.scan.endings import Endings
from mailgate.scan.recognizers.someone import verb_follows
from mailgate.scan.recognizers.words import Tok

# Definite nouns of places a given name may name, alone or ending a compound
# (`korttidsboendet`, `sjukhemmet`, `konferensrummet`). Not `gården` (a farm is a surname's
# place, cues.PLACE_HEADS) nor `huset` (`i huset Anna` may be hers).
UNIT_ENDS: Final = ("boendet", "hemmet", "förskolan", "tältet", "rummet", "salen",
                    "avdelningen", "mottagningen", "enheten", "paviljongen")
_A_UNIT: Final = Endings(UNIT_ENDS)
# Neuter definite nouns (`projektet`, `folkhälsopriset`, `systemet`) name a thing when a given
# name follows: a person's noun of that form is rare, and these few are kept out (`barnet
# Elsa`, `ombudet Maria`, `offret Anna`). Counted over the dev halves, things named so
# (`Projektet Hedvig`, `Priset Elsa i maj`) outnumbered persons.
_PERSON_NEUTERS: Final = Endings(("barnet", "vittnet", "ombudet", "biträdet", "rådet", "paret",
                                  "syskonet", "offret", "budet", "helgonet", "geniet",
                                  "proffset", "befälet", "sällskapet", "statsrådet", "vitnet",
                                  # a name's own words: namnet Anna, smeknamnet Nisse
                                  "namnet", "ordet"))
_NEUTER_LEAST: Final = 6  # `huset`, `laget` (five letters) may be a home's or a team's talk
# Words after the name that keep it the place's: prepositions of time and place.
_AFTER: Final = frozenset({"i", "på", "vid", "sedan", "efter", "till", "från", "bakom", "bredvid",
                           "nära", "under",
                           "med", "för", "mot", "utanför", "in", "at", "on", "since"})
_SIGNS: Final = frozenset({",", ".", ";", ":", ")", "(", "|", "–", "—", "-", "!", "?", "/"})


def a_unit_named(tok: Tok, toks: list[Tok]) -> bool:
    """The given name `tok` names the home, ward or room whose noun stands right before it."""
    i = tok.index
    if i == 0 or tok.line_break_before:
        return False
    if not _A_UNIT.of(toks[i - 1].folded):  # a thing's neuter: only before a break, as
        return a_thing_neuter(toks[i - 1]) and a_break_after(tok, toks)  # Pillret Elin gav
    if a_break_after(tok, toks):
        return True
    return _opens_its_sentence(toks[i - 1], toks) and verb_follows(tok, toks)


def a_break_after(tok: Tok, toks: list[Tok]) -> bool:
    """A sign, a preposition or the line's end right after the name: `boendet Vera, …`,
    `Folkhälsopriset Elsa i maj`; not a verb (`Pillret Elin gav mig`: the one who gave it)."""
    i = tok.index + 1
    return i >= len(toks) or toks[i].line_break_before or toks[i].text in _SIGNS or (
        toks[i].folded in _AFTER)


def _opens_its_sentence(noun: Tok, toks: list[Tok]) -> bool:
    j = noun.index
    return j == 0 or noun.line_break_before or noun.sentence_start or (
        toks[j - 1].text in (".", "!", "?"))


def a_thing_neuter(noun: Tok) -> bool:
    """A Swedish neuter noun in its definite form, of no person: `Projektet`, `rummet`."""
    folded = noun.folded
    return len(folded) >= _NEUTER_LEAST and folded.endswith("et") and noun.text[1:].islower() and (
        not noun.info.name and not _PERSON_NEUTERS.of(folded)
        and folded not in lexicon.entries("english_words"))  # Budget, Market, Planet
