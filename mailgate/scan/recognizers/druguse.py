"""A given name used or sought now, where only a drug fits: the object of a use verb in the
present after its subject (`han röker Emma`, `hon snortar Jack`) or of an infinitive after
`att` (`för att köpa Henry`), the clause ending or a seller or a time after it, taken in the
negative imperative (`ta aldrig Emma`), put in a drink (`fått Henry i drinken`), asked for by
the amount (`got any Henry?`), on offer (`Jack finns att köpa`) or weighed against a drink or
a drug (`Emma är värre än alkohol`). A person is taken somewhere or bought something, and
stands as the subject before the verb (`Nu röker Erik`, `köper Emma en glass`, `ta Henry med
dig`, `Emma är snällare än Jack`): those stay."""

from __future__ import annotations

from typing import Final

from mailgate.scan import lexicon
from mailgate.scan.recognizers.words import Tok

# Subjects before a verb in the present: `han röker Emma` puts the name after the verb as its
# object; `Nu röker Erik` puts the subject there, so only a pronoun before the verb counts.
_SUBJECTS: Final = frozenset({"jag", "du", "han", "hon", "hen", "vi", "ni", "de", "dom",
                              "man", "folk", "alla", "många", "i", "you", "he", "she", "we",
                              "they", "people"})
# Not `droppa` (`droppa Emma vid skolan` drops her off) nor `testa` (a pupil is tested).
_USING_NOW: Final = frozenset({"röker", "snortar", "sniffar", "injicerar", "köper", "smokes",
                               "snorts", "smoke", "snort", "röka", "köpa", "snorta"})
# The infinitive's own `att`, or a modal before it: `för att köpa Henry`, `vill testa Emma`.
_INFINITIVE_BEFORE: Final = frozenset({"att", "vill", "ska", "kan", "skulle", "kunde", "får",
                                       "tänkte", "tänker", "brukar", "to"})
# What follows a drug so used: the clause's end, a seller, a price, a time or a way; a
# person bought something has it after the name (`köper Emma glass`, `ta Henry med dig`).
_DRUG_AFTER: Final = frozenset({".", ",", "!", "?", ":", ";", "av", "från", "för", "varje",
                                "ibland", "ofta", "hela", "via", "igen", "online", "om", "på",
                                "utan", "när", "off", "from", "every", "again", "if", "for",
                                "tonight", "today"})
# Asked for by the amount, in English: `got any Henry?`, `need some Jack for Saturday`.
_ASKED_FOR: Final = frozenset({(verb, amount) for verb in ("got", "have", "has", "need",
                                                           "want", "get", "sell", "selling",
                                                           "buy", "bought", "find")
                               for amount in ("any", "some", "more")})
# A drink a drug is put in: `fick Henry i drinken`; not `slog Emma i näsan`.
_DRINKS: Final = frozenset({"drinken", "drinkarna", "drinken.", "glaset", "ölen", "vinet",
                            "läsken", "drink", "drinks"})
_IN: Final = frozenset({"i", "in"})
# A night spent on it: `efter en natt på Emma`.
_NIGHTS: Final = frozenset({"natt", "natten", "nätter", "nätterna", "dygn", "helg", "helgen"})
# On offer: `Jack finns att köpa`, `Henry går att beställa`.
# Not `Emma finns att nå på 070-…`: reached, not bought.
_ON_OFFER: Final = frozenset({("finns", "att"), ("går", "att")})
_BOUGHT: Final = frozenset({"köpa", "köpas", "beställa", "beställas"})
# Weighed against a drink or a drug: `Emma är värre än alkohol`.
_IS: Final = frozenset({"är", "var", "is", "was"})
_COMPARED: Final = frozenset({"värre", "farligare", "starkare", "billigare", "dyrare",
                              "vanligare", "worse", "stronger", "cheaper", "safer",
                              "säkrare", "lättare", "mildare"})
_THAN: Final = frozenset({"än", "than"})
_DRINKS_COMPARED: Final = frozenset({"alkohol", "sprit", "alcohol", "booze", "weed", "gräs",
                                     "hasch", "snus"})


def used_now(tok: Tok, toks: list[Tok]) -> bool:
    """The name is used or sought now, put in a drink, on offer or weighed against a drug."""
    i = tok.index - (2 if tok.quoted else 1)
    after = tok.index + (2 if tok.quoted else 1)
    nxt = toks[after].folded if after < len(toks) else "."
    if i >= 1 and toks[i].folded in _USING_NOW and toks[i].text.islower() and (
            toks[i - 1].folded in _SUBJECTS or toks[i - 1].folded in _INFINITIVE_BEFORE) and (
            nxt in _DRUG_AFTER):
        return True  # han röker Emma, för att köpa Henry; not `köper Emma en glass`
    if i >= 1 and toks[i].folded in ("inte", "aldrig") and toks[i - 1].folded == "ta" and (
            nxt in _DRUG_AFTER and nxt != "på"):  # not `ta inte Henry på allvar`
        return True  # Ta aldrig Emma om du tar antidepressiva
    if i >= 1 and toks[i].folded == "på" and toks[i - 1].folded in _NIGHTS and not (
            tok.text.endswith("s")):
        return True  # en natt på Rita; not `en natt på Ritas soffa`
    if i >= 1 and (toks[i - 1].folded, toks[i].folded) in _ASKED_FOR and (
            nxt in _DRUG_AFTER or nxt == "left"):
        return True  # got any Henry?, need some Jack tonight; not `know any Bengt`
    if nxt in _IN and after + 1 < len(toks) and toks[after + 1].folded in _DRINKS:
        return True  # fått Henry i drinken
    if after + 2 < len(toks) and (nxt, toks[after + 1].folded) in _ON_OFFER and (
            toks[after + 2].folded in _BOUGHT):
        return True  # Jack finns att köpa
    return _compared_to_a_drug(toks, after)


def _compared_to_a_drug(toks: list[Tok], j: int) -> bool:
    if j + 3 >= len(toks) or toks[j].folded not in _IS or toks[j + 1].folded not in _COMPARED:
        return False  # nearly every name
    if toks[j + 2].folded not in _THAN:
        return False
    other = toks[j + 3]
    return other.folded in _DRINKS_COMPARED or (
        other.alpha and not other.info.first and other.folded in lexicon.drugs())
