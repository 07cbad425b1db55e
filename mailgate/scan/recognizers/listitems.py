"""A list's items around a word, and whether an item is a drug's (listed.py and thinglists.py
judge the list): items are read back and forth across joiners (`,`, `och`, `/`), up to four
words each, stopping at a bracket, a colon, a sentence's end or a line break; quotes round an
item are stepped over (`"Dust", "Nuke"`).
"""

from __future__ import annotations

from typing import Final

from mailgate.scan import lexicon
from mailgate.scan.recognizers.drugforms import drug_form
from mailgate.scan.recognizers.words import QUOTES, Tok

JOINERS: Final = frozenset({",", "och", "and", "eller", "or", "/", "&", "samt", "og", "+"})
# Where a list stops: a line break, a bracket, a colon or dash before its first item.
EDGES: Final = frozenset({"(", ")", ":", "–", "—", ".", ";", "!", "?", "[", "]"})
ITEM_WORDS: Final = 4  # an item longer than this is a clause, not a list's item
_ITEM_ENDS: Final = JOINERS | EDGES  # once, not per word read


def items_before(index: int, toks: list[Tok]) -> list[list[Tok]]:
    """The items joined before toks[index], nearest last."""
    items: list[list[Tok]] = []
    i = skip_quotes(index - 1, toks, -1)
    while i >= 0 and toks[i].folded in JOINERS and not toks[index].line_break_before:
        item, i = _item_back(skip_quotes(i - 1, toks, -1), toks)
        if not item:
            break
        items.insert(0, item)
        index = item[0].index
        i = skip_quotes(i, toks, -1)
    return items


def items_after(index: int, toks: list[Tok]) -> list[list[Tok]]:
    items: list[list[Tok]] = []
    i = skip_quotes(index + 1, toks, 1)
    while i < len(toks) and toks[i].folded in JOINERS and not toks[i].line_break_before:
        item, i = _item_forward(skip_quotes(i + 1, toks, 1), toks)
        if not item:
            break
        items.append(item)
        i = skip_quotes(i, toks, 1)
    return items


def _item_back(i: int, toks: list[Tok]) -> tuple[list[Tok], int]:
    item: list[Tok] = []
    if i >= 0 and toks[i].alpha and not toks[i].capital and a_drug([toks[i]]):
        return [toks[i]], i - 1  # intag av amfetamin och …: the drug alone is the item
    while i >= 0 and len(item) <= ITEM_WORDS and toks[i].folded not in _ITEM_ENDS and (
            toks[i].text not in QUOTES):
        if item and item[0].capital and toks[i].alpha and not toks[i].capital:
            return item, i  # säljs som Pajjen: the item is the capitalised words
        item.insert(0, toks[i])
        if toks[i].line_break_before:
            return item, i - 1
        i -= 1
    return (item if len(item) <= ITEM_WORDS else []), i


def _item_forward(i: int, toks: list[Tok]) -> tuple[list[Tok], int]:
    item: list[Tok] = []
    while i < len(toks) and len(item) <= ITEM_WORDS and not (
            toks[i].folded in _ITEM_ENDS or toks[i].text in QUOTES or (
                item and toks[i].line_break_before)):
        item.append(toks[i])
        i += 1
    return (item if len(item) <= ITEM_WORDS else []), i


def rest_of_item(index: int, toks: list[Tok]) -> list[Tok]:
    """The tokens after toks[index] up to the next joiner, quote or edge: `"Lina 2g"`."""
    item, _ = _item_forward(index + 1, toks)
    return item


def skip_quotes(i: int, toks: list[Tok], step: int) -> int:
    while 0 <= i < len(toks) and toks[i].text in QUOTES:
        i += step
    return i


UNITS: Final = frozenset({"g", "mg", "gram", "st", "ml", "kr", "x"})


def a_dose(item: list[Tok]) -> bool:
    """`"Lina 2g"`, `Temesta 2 st`: an amount in the item makes it a drug's."""
    for i, t in enumerate(item):
        head = t.text.rstrip("gmlstkrGMLx")
        if head.isdigit() and (head != t.text or (
                i + 1 < len(item) and item[i + 1].folded in UNITS)):
            return True
    return False


@lexicon.table
def _drugs_and_stamps() -> frozenset[str]:
    return lexicon.drugs() | lexicon.entries("pill_stamps")


def a_drug(item: list[Tok]) -> bool:
    """A drug's name, maybe with its brand's or dose's words: `Paralgin forte`, `Lina 2g`;
    not a clause about one (`, säljer shabu`: `Rodel` is a person in apposition)."""
    known = _drugs_and_stamps()
    if "".join(t.text for t in item).casefold() in known or " ".join(
            t.text.casefold() for t in item if t.alpha) in known:
        return True  # 3-CMC, 2C-B, Dr Feelgood, Vanilla Sky
    drugs = [t for t in item if t.alpha and (t.drug_word or drug_form(t.text))]
    return bool(drugs) and all(
        t in drugs or t.capital or not t.alpha or t.folded in UNITS for t in item)


_SHORTEST_HEAD: Final = 4


def drug_compound(folded: str) -> bool:
    """A compound whose head is a drug: lustgastuber, ketaminflaskor, GHB-dunkar."""
    known = lexicon.drugs()
    return any(folded[:n].rstrip("-") in known
               for n in range(len(folded) - 3, _SHORTEST_HEAD - 1, -1))
