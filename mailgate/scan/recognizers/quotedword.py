"""A quoted capitalised word no list holds as a name: a nickname (`en kille som kallas
"Kungen"`, `av "Lillen"`), unless it is a word, as a title, a team or a programme quoted
in passing is (`Podden "Afterparty"`, `sitt "Blueprint"-program`, `bokade "Laboratoriet"`),
or names a product in drug talk (`säljs under namnet "Pink"`), or goods counted or sold as
such (quotedgoods.py: `tog 3 st "Komet"`).

An English word of eight letters or more (a dictionary lists it in lower case) is read as the
word; shorter ones are as often a nickname (`"Ghost"`, `"Shadow"`, `"Hammer"`). A word the text
says is someone's (a naming cue, `han`, a relation or a name just before) stays a nickname.
"""

from __future__ import annotations

from typing import Final

from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.everyday import english_words
from mailgate.scan.recognizers.nearby import drug_talk
from mailgate.scan.recognizers.quotedgoods import quoted_goods
from mailgate.scan.recognizers.runs import DEFINITE_NOUN, Run
from mailgate.scan.recognizers.saidofdrugs import said_of_pills
from mailgate.scan.recognizers.scores import SCORE_WEAK
from mailgate.scan.recognizers.words import QUOTES, RELATION_CUES, Tok, prev_words

# Words showing a quoted name is someone's: en kille som kallas "Kungen", han kallar sig ...
SOMEONE: Final = RELATION_CUES | {"han", "hon", "sig", "hen", "he", "she", "himself", "herself"}
_SHORTEST_WORD: Final = 8  # letters of an English word read as the word, not a nickname
# What only a person does, said right after the quote or after `som`/`who`: `"Smurf" gave him
# Lyrica`, `"Smeden" som sålde`; not `kom`, `ger`, which a parcel or an app does too.
_PERSON_VERBS: Final = frozenset({
    "sa", "sade", "säger", "sålde", "säljer", "langade", "langar", "ringde", "lovade", "hotade",
    "gav", "said", "says", "sold", "sells", "gave", "called", "told", "texted", "promised",
    "threatened"})
_WHO: Final = frozenset({"som", "who"})
# How goods sell: `Boken "Pillret" sålde bra`, `"Tesla" sold out`.
_AS_GOODS: Final = frozenset({"bra", "slut", "dåligt", "well", "out", "badly"})


def quoted_nickname(tok: Tok, run: Run, toks: list[Tok]) -> Hit | None:
    """A quoted word: someone's nickname, or None for a word or a product's name."""
    if quoted_goods(tok, toks):
        return None  # tog 3 st "Komet", they sell it as "Velvet": goods, even "Diana"
    near = toks[max(0, tok.index - 5) : tok.index]
    about_someone = (
        tok.info.first  # "Micke"
        or any(w in SOMEONE for w in prev_words(toks, tok.index, 4))  # en kille som kallas
        or any(t.capital and t.info.name and not t.info.negative for t in near)  # Sven (alias)
        or _does_as_a_person(tok, toks)  # "Smurf" gave him Lyrica, "Smeden" som sålde
    )
    if about_someone:
        return Hit(run.start, run.end, SCORE_WEAK)
    if tok.cue != "naming" and not tok.info.name and a_word(tok):
        return None  # bokade "Laboratoriet", podden "Afterparty": a word, quoted
    if not tok.cue and not tok.info.name and _inside_a_work(tok, toks):
        return None  # sufflör i "Pillerprinsessan": the work one has a part in
    if not drug_talk(toks, tok.index) and not said_of_pills(tok, toks) and (
            tok.cue or not tok.info.common):
        return Hit(run.start, run.end, SCORE_WEAK)
    return None


def _does_as_a_person(tok: Tok, toks: list[Tok]) -> bool:
    """A person's verb after the closing quote, maybe after `som`/`who`."""
    i = tok.index + 1
    if i >= len(toks) or toks[i].text not in QUOTES:
        return False
    i += 1 + (i + 1 < len(toks) and toks[i + 1].folded in _WHO)
    return i < len(toks) and toks[i].folded in _PERSON_VERBS and not toks[i].line_break_before and (
        i + 1 == len(toks) or toks[i + 1].folded not in _AS_GOODS)


# Prepositions before a quoted title that one is, acts or reads in (`rollen i "Snöblind"`,
# `citat ur "Bländat"`); a nickname follows words of whom it is from or with (`från`, `med`,
# cues of their own), and is the subject of its verb (`att "Snurran" ringt`).
_IN_A_WORK: Final = frozenset({"i", "ur", "in"})


def _inside_a_work(tok: Tok, toks: list[Tok]) -> bool:
    """`i "Pillerprinsessan"`: a preposition of being in a work, then the quote."""
    i = tok.index - 2
    return i >= 0 and toks[i + 1].text in QUOTES and toks[i].folded in _IN_A_WORK


def a_word(tok: Tok) -> bool:
    """A Swedish noun in its definite form (`Laboratoriet`), or a long English word."""
    folded = tok.folded
    return DEFINITE_NOUN.search(folded) is not None or (
        len(folded) >= _SHORTEST_WORD and folded.isalpha() and folded in english_words())
