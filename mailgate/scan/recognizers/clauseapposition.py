"""A name set after a clause that spoke of a person, ending the sentence: `Vi har en till som
hjälper till på torsdagar, Rawand.`, `Thanks to our volunteer, Keon.`, `Ett stort tack till
vår nya kassör, Yrsa!`.

The clause names someone by a role, a person's cue or a relative `som`/`who`, and the word
after its comma says who: a capitalised word in no list (vouched.unlisted_name) or a given
name, then the sentence's end. A word after a clause about no one (`…, tack.`, `…, Tensta.`,
a place the lists hold) or in a list of capitals (`Gävle, Sandviken.`) stays. Only a text's
commas are read (textindex), each with a few tokens back.
"""

from __future__ import annotations

from typing import Final

from mailgate.scan.cues import PERSON_CUES
from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.roles import ENGLISH_ROLES, role_shaped
from mailgate.scan.recognizers.scores import SCORE_WEAK
from mailgate.scan.recognizers.textindex import positions
from mailgate.scan.recognizers.vouched import unlisted_name
from mailgate.scan.recognizers.words import Tok

# Words of a clause about someone besides roles and cues: a relative pronoun, a helper.
_ABOUT_SOMEONE: Final = frozenset({
    "som", "who", "frivillig", "frivillige", "volontär", "volontären", "ledare", "ledaren",
    "samordnare", "samordnaren", "helper", "friend", "colleague", "mate",
})
# Words of faith and thanks that close a sentence as a name would: `…, Inshallah.`
_CLOSINGS: Final = frozenset({"inshallah", "inshalla", "mashallah", "alhamdulillah", "amen",
                              "hallelujah", "halleluja", "cheers", "skål"})
_ENDS: Final = frozenset({".", "!", "?", "…"})
_CLAUSE_WORDS: Final = 10  # tokens read back from the comma for the clause's person


def names_after_a_clause(toks: list[Tok]) -> list[Hit]:
    """The one word after a person's clause and its comma, ending the sentence."""
    out = []
    for c in positions(toks).get(",", ()):
        i = c + 1
        if c < 2 or i >= len(toks) or not _ends_after(toks, i):
            continue
        tok, before = toks[i], toks[c - 1]
        if tok.line_break_before or tok.line_is_shouting or before.capital or not before.alpha:
            continue  # Gävle, Sandviken.: a list of capitals; a line's own word
        if _name_word(tok) and _about_someone(toks, c):
            out.append(Hit(tok.start, tok.end, SCORE_WEAK))
    return out


def _ends_after(toks: list[Tok], i: int) -> bool:
    return i + 1 == len(toks) or toks[i + 1].text in _ENDS


def _name_word(tok: Tok) -> bool:
    info = tok.info
    if not tok.capital or not tok.alpha or tok.text.isupper() or tok.is_cue_word or (
            tok.folded in _CLOSINGS):
        return False
    return unlisted_name(tok) or (info.first and not (
        info.common or info.negative or tok.drug_word or tok.institution))


def _about_someone(toks: list[Tok], comma: int) -> bool:
    """A person's word in the clause before the comma (back to its sentence's start or an
    earlier comma, three words at least), which names no one itself: `Lina Ros, reporter,
    Nordh` signs with her firm."""
    about, words = False, 0
    for j in range(comma - 1, max(-1, comma - 1 - _CLAUSE_WORDS), -1):
        t = toks[j]
        if t.text in _ENDS or t.text == ",":
            break
        f = t.folded
        info = t.info
        if t.capital and info.name and not (info.common or info.negative or t.is_cue_word):
            return False  # a name in the clause: the word after is no apposition of it
        words += t.alpha
        about = about or f in _ABOUT_SOMEONE or f in PERSON_CUES or f in ENGLISH_ROLES or (
            t.alpha and role_shaped(f, info.name))
        if t.line_break_before:
            break
    return about and words >= _FEWEST_WORDS


_FEWEST_WORDS: Final = 3  # a clause, not a list's item (`reporter, Nordh`)
