"""Nicknames of sellers in quotes, told by what they do: `köpte av "Smeden"`, `fick dem
från "Gubben"`, `"Bagarn" säljer Subutex`, `"Ringo" gave her a bag`. A dealer's nickname
identifies as well as a name, and is often no name at all, so the trade word decides, not
the lists; drugs, pills, places, shops and brands in the same place (`köpt av "Tesla"`,
`köpte från "Apoteket"`, `"ChemsNord" säljer`, `"Glasmästare Bergh" säljer`) stay unmasked.
"""

from __future__ import annotations

from typing import Final

from mailgate.scan import lexicon
from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.drugforms import drug_form
from mailgate.scan.recognizers.nickname import SCORE_NICKNAME
from mailgate.scan.recognizers.textindex import indexes_where
from mailgate.scan.recognizers.tradefirms import a_trade_firm
from mailgate.scan.recognizers.words import QUOTES, Tok

# Buying from someone: the word before `av` (or English `off`) and the quoted nickname.
BUYS: Final = frozenset({"köp", "köpa", "köpt", "köpte", "köper", "köpit", "handla", "handlar",
                         "handlat", "handlade", "beställ", "beställt", "beställde", "buy", "bought",
                         "buying", "buys", "got", "get", "scored",
                         # getting: fick tabletterna av, fått drycken av, received them from
                         "fick", "fått", "få", "received"})
FROM_SELLER: Final = frozenset({"av", "off", "från", "from"})
# Selling: the verb right after the quoted nickname.
SELLS: Final = frozenset({"säljer", "sålde", "langar", "langade", "levererar", "sells", "sold",
                          "deals", "dealt", "pushes", "gav", "ger", "gave", "gives", "erbjöd",
                          "offered"})
_MAX_WORDS: Final = 2
# Words after a quoted name that make it a firm's: "Geneza" labs, "Nordic" Pharma AB.
_FIRM_TAILS: Final = frozenset({"ab", "hb", "lab", "labs", "pharma", "shop", "store", "butik",
                                "butiken", "ltd", "inc", "gmbh", "oy", "as"})
_WORDS_TO_VERB: Final = 4  # köp inte av, köpte grejer av, köpte 10 st via Snapchat från


def seller_nicknames(toks: list[Tok]) -> list[Hit]:
    out = []
    for i in indexes_where(toks, QUOTES.__contains__):  # an opening quote: no other passes
        tok = toks[i]
        if tok.text not in QUOTES or i + 2 >= len(toks):
            continue
        close = next((j for j in range(i + 2, min(i + 2 + _MAX_WORDS, len(toks)))
                      if toks[j].text in QUOTES), None)
        if close is None:
            continue
        words = toks[i + 1 : close]
        if not all(nickname_word(t) for t in words) or a_trade_firm(words, toks):
            continue  # a shop's sign: handlaren "Glasmästare Bergh" säljer
        if close + 1 < len(toks) and toks[close + 1].folded in _FIRM_TAILS:
            continue  # köpt från "Geneza" labs: a maker's name
        if _bought_from(toks, i) or _sells(toks, close, words):
            out.append(Hit(words[0].start, words[-1].end, SCORE_NICKNAME))
    return out


def nickname_word(tok: Tok) -> bool:
    text = tok.text.replace("-", "")
    return (tok.capital and text.isalpha() and not tok.line_break_before and not (
        tok.drug_word or tok.stamp_compound or tok.info.negative or tok.in_negative_phrase
        or is_drug(tok.folded) or drug_form(tok.text)))


def _bought_from(toks: list[Tok], quote: int) -> bool:
    """`köp inte av "X"`, `bought off "X"`, `fick dem från "X"`: `av` or `från` right before
    the quote, a buying or getting verb a few words before it."""
    if quote < 2 or toks[quote - 1].folded not in FROM_SELLER:
        return False
    window = toks[max(0, quote - 1 - _WORDS_TO_VERB) : quote - 1]
    return any(t.folded in BUYS for t in window)


def _sells(toks: list[Tok], close: int, words: list[Tok]) -> bool:
    """`"Bagarn" säljer`: one word with no capital inside (CamelCase is a shop's or brand's),
    a selling verb right after the closing quote."""
    if close + 1 >= len(toks) or toks[close + 1].folded not in SELLS:
        return False
    return all(not any(ch.isupper() for ch in t.text[1:].replace("-", "")) for t in words)


def is_drug(folded: str) -> bool:
    """A substance or medicine, also in a definite form (`tesla`, `subutexen`)."""
    drugs = lexicon.drugs()
    return folded in drugs or any(
        len(folded) - k >= 4 and folded[:-k] in drugs for k in (1, 2, 3))
