"""What the words before a street name say of it when they speak of a drug, not a person: a
drug's adjective (`misstänkt Tina`), a thing that is called so (`pillren som heter Tina`,
`det heter Gina`), the one a drug is given to before it (`gav sin kompis Tina`), and pills
said to be a quoted word no list holds (`they were "Blått"`).
"""

from __future__ import annotations

from typing import Final

from mailgate.scan.recognizers.nearby import drug_talk
from mailgate.scan.recognizers.nickname import whose
from mailgate.scan.recognizers.words import QUOTES, RELATION_CUES, Tok, prev_words

# A drug's adjective, not a person's cue, before a street name: `misstänkt GHB`, `misstänkt
# Tina` (a suspect is `den misstänkte`).
_SUSPECTED: Final = frozenset({"misstänkt", "suspected", "trolig", "troligen", "probable"})


# Verbs of giving whose first object is the one given to, the street name after it the
# drug given: `gav sin kompis Tina`, `försökte ge brukaren Molly och Theralen`.
_GIVES: Final = frozenset({"gav", "ge", "ger", "gett", "givit", "erbjöd", "erbjuda", "erbjuder",
                           "erbjudit", "bjöd", "bjuda", "sålde", "sälja", "säljer", "langade",
                           "gave", "give", "gives", "offered", "offer", "sold", "sell"})
# Words opening what is given after the one given to: `gav sin kompis Tina en kram`.
_ANOTHER_OBJECT: Final = frozenset({"en", "ett", "lite", "något", "nåt", "pengar", "a", "an",
                                    "some", "money", "the", "sin", "sitt", "sina", "hans"})
_POSSESSIVES: Final = frozenset({"sin", "sitt", "sina", "hans", "hennes", "deras", "min", "din",
                                 "en", "ett", "his", "her", "their", "a", "the"})


def said_of_a_drug(toks: list[Tok], index: int) -> bool:
    """The cue right before the street name toks[index] speaks of a drug: `misstänkt Tina`,
    `pillren som heter Tina`, `motmedel, heter Nyxoid` (but `hon heter Tina`)."""
    j = index - 1
    while j >= 0 and toks[j].text in QUOTES:
        j -= 1
    if j < 0:
        return False
    if toks[j].folded in _SUSPECTED:
        return True
    if toks[j].folded in ("heter", "hette", "is", "called"):
        return (j > 0 and toks[j - 1].folded in ("det", "den", "it")) or (
            whose(toks, j - 1) is False)
    if toks[j].folded not in RELATION_CUES:
        return False
    k = j - 1  # gav sin kompis Tina, erbjöd chauffören Molly
    while k >= 0 and toks[k].folded in _POSSESSIVES:
        k -= 1
    after = toks[index + 1].folded if index + 1 < len(toks) else ""
    return k >= 0 and toks[k].folded in _GIVES and after not in _ANOTHER_OBJECT


_BACK: Final = 8  # how far back a pill word makes a quoted unknown word a product
# Pronouns for pills or powder right before a quoted word: `they were "Blått"`, `de hette "X"`.
_PILLS_PRONOUNS: Final = frozenset({"de", "dom", "den", "det", "they", "it"})


def said_of_pills(tok: Tok, toks: list[Tok]) -> bool:
    """A quoted word no list names, said of pills or powder further back in the sentence:
    `pills from a stranger who said they were "Blått"` (not `messages from "Spidey"`)."""
    if tok.info.name or tok.index < _BACK:
        return False
    near = prev_words(toks, tok.index, 2)
    return not _PILLS_PRONOUNS.isdisjoint(near) and drug_talk(toks, tok.index - _BACK, _BACK - 1)
