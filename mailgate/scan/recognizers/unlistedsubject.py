"""One word no list holds, or a given name left unjudged, opening a sentence as its subject,
the sentence then about a person: `Ruslana berättade att hon sover dåligt`, `Taisiya och
hennes son bor kvar`, `Kaveh said he was fine`.

A firm, an office or a group does things too (`Telia sa att felet …`), but what follows
it is no `han` or `hon`; a noun in its definite or plural form, a role and a person's noun
are left out all the same (`Grannar berättade att hon …`, `Flickan sa att hon …`). Only the
capitalised runs no other rule judged a name are asked, so ordinary texts pay nothing.
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan.cues import IMPERATIVES, PERSON_CUES, SUBJECT_VERBS
from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.runs import Run
from mailgate.scan.recognizers.scores import SCORE_WEAK
from mailgate.scan.recognizers.someone import PAST_TENSE
from mailgate.scan.recognizers.vouched import unlisted_name
from mailgate.scan.recognizers.words import STOP_WORDS, Tok

# Pronouns of a person later in the sentence: who did it is a he or a she.
PERSON_PRONOUNS: Final = frozenset({
    "han", "hon", "hen", "honom", "henne", "he", "she", "him", "her",
})
# `X och hennes son`: a person's own after the name.
OWN: Final = frozenset({"hans", "hennes", "his", "her"})
# Swedish nouns' definite and plural forms at a sentence's start: Flickan, Grannar, Barnen.
# Not `-na` alone, which ends many given names (Ruslana, Alina): `-rna` of Flickorna.
_NOUN_FORM: Final = re.compile(r"(?:an|en|et|rn|rna|ar|er|or)$")
# Subjects right after the verb: the first word was fronted (`Klart sa hon att …`).
_INVERTED: Final = frozenset({"han", "hon", "hen", "jag", "du", "vi", "ni", "de", "dom", "man"})
_SENTENCE_ENDS: Final = frozenset({".", "!", "?", ";"})
_LOOK: Final = 12  # tokens of the sentence read after the verb


def unlisted_subjects(unjudged: list[Run], toks: list[Tok]) -> list[Hit]:
    """Each one-word run no rule judged that opens its sentence before a subject's verb,
    a person's pronoun following in the sentence."""
    out = []
    for run in unjudged:
        if len(run.toks) == 1 and _a_subject(run.toks[0], toks):
            out.append(Hit(run.start, run.end, SCORE_WEAK))
    return out


def _a_subject(tok: Tok, toks: list[Tok]) -> bool:
    i = tok.index
    if not (tok.sentence_start or tok.line_break_before or i == 0) or i + 2 >= len(toks):
        return False
    if tok.folded in STOP_WORDS or tok.folded in PERSON_CUES or _NOUN_FORM.search(tok.folded):
        return False
    if not (unlisted_name(tok) or (tok.info.first and not (tok.info.negative or tok.drug_word))):
        return False  # a listed given name its place left unjudged: Taisiya och hennes son
    verb = toks[i + 1].folded
    if verb == "och":
        return toks[i + 2].folded in OWN
    if tok.folded in IMPERATIVES or (verb not in SUBJECT_VERBS and (
            PAST_TENSE.match(verb) is None or verb in STOP_WORDS)):
        return False  # Köp inte Tina, hon …: a command, and `inte` is no past tense
    if toks[i + 2].folded in _INVERTED or toks[i + 2].capital:
        return False  # Klart sa hon, Efteråt sa Ben: a fronted word, the subject after it
    for t in toks[i + 2 : i + 2 + _LOOK]:
        if t.line_break_before or t.text in _SENTENCE_ENDS:
            return False
        if t.folded in PERSON_PRONOUNS:
            return True
    return False
