"""Who a label or a closing names: words no list holds after a person's label opening a line
(`Presskontakt: Ilvar Tesk, kommunikatör`, `Kassör: Kryrtka` alone on its line) and after a
closing word on the same line (`… ring mig. mvh Orvik`, `Best regards, Krauvid`).

Labels and closings set a name where the lists cannot vouch for it; only a person's label
(a role, a person's compound or a name's label) and a line the name fills count.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from mailgate.scan import lexicon
from mailgate.scan.closings import SAME_LINE_CLOSINGS
from mailgate.scan.cues import PERSON_CUES
from mailgate.scan.recognizers.roles import Tok, an_unlisted_pair, role_shaped
from mailgate.scan.recognizers.wordfacts import lookup


def a_role(word: str) -> bool:
    """A job title or a person's compound no list holds as a name or a place (`Gällivare`
    ends as `tekniker` does)."""
    info = lookup(word)[0]
    return role_shaped(word, info.name or info.negative)


_SIGNATURE_TAIL: Final = frozenset({",", "(", "/"})


def signs_a_line(tok: Tok, toks: Sequence[Tok]) -> bool:
    """The closing word right before (past a comma), and the name, one or two capitalised
    words, ending its line or the text (a comma, a bracket or a slash may follow)."""
    i = tok.index - 1
    if i >= 0 and toks[i].text == ",":
        i -= 1
    if i < 0 or toks[i].folded not in SAME_LINE_CLOSINGS or tok.line_break_before:
        return False
    k = tok.index + 1
    if k < len(toks) and toks[k].capital and toks[k].alpha and not toks[k].line_break_before:
        k += 1  # a surname
    return k >= len(toks) or toks[k].line_break_before or toks[k].text in _SIGNATURE_TAIL or not (
        any(c.isalnum() for c in toks[k].text))  # mvh Orvik 🙂


# A lone word closing a text that no list holds: a name's shape, not a Swedish noun's
# (`Bilagan`, `Sammanfattning`, `Sjuksköterskorna`).
_LONE_NAME: Final = re.compile(r"^[A-ZÅÄÖ][a-zåäöéüç]{2,13}$")
_NOUN_ENDING: Final = re.compile(
    r"(?:ning|ningen|het|heten|skap|tion|ism|itet|ande|ende|are|arna|erna|orna|et|en)$")
_FOREIGN_WORDS: Final = ("english_words", "german_nouns", "places_abroad")


def an_unlisted_signature(tok: Tok) -> bool:
    """A word no list holds, shaped as a name, that may sign a text alone after its last
    sentence (`… Mitt nummer 070-174 06 49. Shahid`): no word, place, drug, unit or role."""
    info = tok.info
    if not _LONE_NAME.match(tok.text) or info.name or info.common or info.negative or (
            tok.drug_word or tok.institution or tok.is_cue_word or tok.label):
        return False
    f = tok.folded
    return not (_NOUN_ENDING.search(f) or f in _ONE_WORD_COMMENTS or a_role(f) or any(
        f in lexicon.entries(name) for name in _FOREIGN_WORDS))


# Farewells and one-word comments that close a chat's or a log's text as its last sentence
# (`… Inga fynd i kväll. Skönt`, `Provet skickat. Hejdå`): the writer's mood, not name.
_ONE_WORD_COMMENTS: Final = frozenset({
    "hejdå", "hejsan", "natti", "gonatt", "godnatt", "puss", "pussar", "adjö", "tjingeling",
    "tjabba", "hörs", "ses", "över", "slut", "klart", "klar", "färdigt", "okej", "toppen",
    "skönt", "lugnt", "tyst", "perfekt", "kanon", "jobbigt", "tråkigt", "synd", "fixat",
})


# Labels of a form or a header naming a person, besides roles and person cues.
_NAME_LABELS: Final = frozenset({"namn", "name", "nombre", "nom", "från", "from", "avsändare",
                                 "sender", "contact", "kontakta", "questions", "frågor"}) | (
    # A party's label in a judgment, a decision, a booking or a register: each names a
    # person, whatever the lists say of the name (`Tilltalad: …`, `Resenär: …`).
    frozenset({"tilltalad", "tilltalade", "åtalad", "beslutande", "föredragande", "resenär",
               "resenären", "passagerare", "passenger", "traveller", "fadder", "sökande",
               "klagande", "ledsagare", "vårdnadshavare", "defendant", "applicant"}))
_LABEL_WORDS: Final = 3  # a label's words before its colon, at a line's start


def held_by_label(tok: Tok, toks: Sequence[Tok]) -> bool:
    """Words no list holds after a person's label opening the line, filling the rest of its
    clause: `Presskontakt: Ilvar Tesk, kommunikatör`, `Kassör: Kryrtka` alone on the line."""
    i = tok.index
    if i < 2 or toks[i - 1].text != ":" or tok.line_break_before or not tok.capital:
        return False
    j = i - 2
    while j > 0 and not toks[j].line_break_before and i - 2 - j < _LABEL_WORDS:
        j -= 1
    if not (j == 0 or toks[j].line_break_before):
        return False  # the label opens its line
    label = toks[i - 2].folded
    if not (label in _NAME_LABELS or a_role(label) or _a_person_compound(label)):
        return False
    pair = an_unlisted_pair(tok, toks)
    k = i + 2 if pair else i + 1
    if k < len(toks) and not toks[k].line_break_before and not (
            pair and toks[k].text in (",", "(", "<", "/")):
        return False  # the name fills the line, or a pair is followed by its details
    return pair or not (tok.info.name or tok.info.negative or tok.drug_word)


def _a_person_compound(word: str) -> bool:
    """A compound ending in a person's word: presskontakt, nattsjuksköterskan."""
    return any(word.endswith(cue) and len(word) - len(cue) >= 3 for cue in _COMPOUND_ENDS)


_COMPOUND_ENDS: Final = ("kontakt", "kontaktperson", "sjuksköterska", "sjuksköterskan",
                         "läkare", "läkaren", "handläggare", "kurator", "vakt", "ansvarig")




# Person nouns that head an apposition besides the person cues and roles: `en gäst, Orvik,
# ringde`, `a Swedish citizen, Neimar Troföd, treated at …`, `En av dem, …`.
_APPOSITION_HEADS: Final = frozenset({
    "gäst", "gästen", "medlem", "medlemmen", "medborgare", "resenär", "resenären", "turist",
    "dem", "oss", "citizen", "student", "guest", "member", "passenger", "tourist", "mutter",
    "vater", "statsborger", "aluno", "aluna",
})


def apposed(tok: Tok, toks: Sequence[Tok]) -> bool:
    """One or two capitalised words between commas (or a comma and a bracket) right after a
    person's noun: `en kursdeltagare, Pömbrik Drökdal, hittade …`; what the lists hold is
    judged as ever (a place: `i staden, Malmö, …`)."""
    i = tok.index
    if i < 2 or toks[i - 1].text != "," or not tok.capital or tok.info.name or (
            tok.info.negative or tok.drug_word):
        return False
    head = toks[i - 2].folded
    if toks[i - 2].capital and toks[i - 2].folded not in ("dem", "oss"):
        return False  # a list's item before: Malmö, Lund, …
    if not (head in PERSON_CUES or head in _APPOSITION_HEADS or a_role(head)):
        return False
    k = i + 2 if an_unlisted_pair(tok, toks) else i + 1
    return k < len(toks) and toks[k].text in (",", "(") and not toks[k].line_break_before
