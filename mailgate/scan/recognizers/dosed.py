"""A given name right before a medicine it is given or takes: `fick Ove Citodon`, `gav Bo
Stesolid`, `ges Tor Atarax 25 mg`, a medicine round's `Kvällsrundan: Siv Alvedon 1 g`.

A run of a given name and a medicine is trimmed to the name, and a name that is also a word
(`Bo`) or a pill's print (`Elsa`) trimmed off a product is dropped as the rest of the
product's name. A verb of giving or taking right before the name, or an item's start and a
dose right after the medicine, shows a person given the medicine: a pill is not given a
medicine, and a product's name does not open a round's item before a dose. Only runs already
holding both words are asked (judged.py), so ordinary texts pay nothing.
"""

from __future__ import annotations

from typing import Final

from mailgate.scan import lexicon
from mailgate.scan.recognizers.words import Tok, prev_words

# Verbs of a medicine given, received or taken, right before the one who gets it.
# Not taking's verbs: `tog Molly Xanax` took two drugs.
GIVING_VERBS: Final = frozenset({
    "fick", "får", "gav", "ger", "ges", "gavs", "gett", "getts", "givit", "givits", "erhöll",
    "erhåller", "ordinerade", "ordinerat", "ordineras", "förskrev", "förskrivs",
    "gave", "gives", "given",
})

# A subject between the verb and the name: `gav vi Nore Propavan`.
SUBJECTS: Final = frozenset({"vi", "jag", "hon", "han", "de", "dom", "ni", "man", "we", "they"})

# A dose after the medicine: its number, or its unit written first (`en dospåse`).
DOSE_WORDS: Final = frozenset({
    "mg", "g", "ml", "mikrogram", "µg", "st", "tabl", "tablett", "tabletter", "droppar",
    "dospåse", "dospåsar", "kapsel", "kapslar", "en", "ett", "två", "1/2",
})

# What opens a round's or list's item before its name.
ITEM_OPENERS: Final = frozenset({":", ",", ";", "-", "–", "•", "*"})


def dosed(raw: list[Tok], kept: list[Tok], toks: list[Tok]) -> bool:
    """The run is a given name and a medicine, trimmed to the name, and the frame shows the
    name given it or taking it."""
    if len(raw) != 2 or len(kept) != 1 or kept[0] is not raw[0]:
        return False
    name, drug = raw
    drugs = lexicon.drugs()
    if not name.info.first or drug.folded not in drugs or name.folded in drugs:
        return False  # not a street name: `gav Molly Xanax`
    before = prev_words(toks, name.index, 2)
    if before and before[-1] in SUBJECTS:
        before = before[:-1]
    if before and before[-1] in GIVING_VERBS:
        return True
    return not name.drug_word and _opens_item(name, toks) and _dose_after(drug, toks)


def _opens_item(tok: Tok, toks: list[Tok]) -> bool:
    """The name opens a line or follows an item's mark: `Kvällsrundan: Siv …`."""
    return tok.line_break_before or (tok.index > 0 and toks[tok.index - 1].text in ITEM_OPENERS)


def _dose_after(drug: Tok, toks: list[Tok]) -> bool:
    """A number or a dose's word right after the medicine: `Alvedon 1 g`, `Movicol en
    dospåse`."""
    i = drug.index + 1
    if i >= len(toks):
        return False
    word = toks[i].text.casefold()
    return word[:1].isdigit() or word in DOSE_WORDS
