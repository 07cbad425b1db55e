"""A list's or a label's lettered item, not an initial and a surname: `Bilagor: A. Budget,
B. Stadgar`, `riskklass C. Hög`, `betyg A. Bra`, `Option B. Stone`.

A letter with a dot before a capitalised word reads as someone's initial (`A. Berg ringde`),
and many everyday words are surnames somewhere (`Bra`, `Karta`, `Stark`). Two things say
the letter labels an item: a word for a part, a class or an answer right before it (`typ`,
`del`, `bilaga`, `alternativ`; a colon may stand between), or the letters from `A` up to it
each opening an item in the text, one of whose words no list holds as a name (`A. Avtal,
B. Karta`). People's initials next in the alphabet, all before surnames, stay (`Närvarande:
A. Lund, B. Berg`), and so does an initial after a person's label (`Handläggare: A. Berg`).
"""

from __future__ import annotations

from typing import Final

from mailgate.scan.recognizers.textindex import indexes_where
from mailgate.scan.recognizers.words import Tok

# Words for a lettered part, class, grade or answer: the letter after one is the item's label.
ITEM_LABELS: Final = frozenset({
    "typ", "del", "delen", "bilaga", "bilagor", "bilagan", "alternativ", "alternativet",
    "svarsalternativ", "svar", "punkt", "moment", "avsnitt", "kapitel", "sektion", "steg",
    "fas", "nivå", "larmnivå", "riskklass", "klass", "kategori", "betyg", "skala", "zon",
    "stämma", "version", "variant", "modell", "plan", "facit", "bilagorna",
    "appendix", "annex", "attachment", "option", "section", "part", "grade", "type", "level",
    "step", "category", "class", "schedule", "exhibit", "item", "answer",
})
# Compounds ending in one of the longer labels are labels too: terminsbetyg, brandklass.
_LABEL_ENDINGS: Final = tuple(sorted(w for w in ITEM_LABELS if len(w) >= 5 and w.isalpha()))
_ALPHABET: Final = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_SKIPPED: Final = frozenset({":", "nr", "nr."})  # Bilaga: A. …, punkt nr B. …


def a_lettered_item(words: list[Tok], toks: list[Tok]) -> bool:
    """A run's words open with a letter (a capital and a dot), alone or after a label's word
    (`Bilaga A. Lunds kommun`), that labels an item: a label's word before it, or the
    alphabet's letters up to it opening items of things in the text."""
    if len(words) > 1 and (words[0].folded in ITEM_LABELS or words[0].folded.endswith(
            _LABEL_ENDINGS)):
        words = words[1:]
    initial = words[0]
    if len(words) < 2 or not (initial.initial and _an_initial(initial.text)):
        return False
    return _after_a_label(initial, toks) or _in_a_lettered_list(initial, toks)


def _after_a_label(initial: Tok, toks: list[Tok]) -> bool:
    k = initial.index - 1
    while k >= 0 and toks[k].folded in _SKIPPED and not toks[k].line_break_before:
        k -= 1
    return k >= 0 and (toks[k].folded in ITEM_LABELS or toks[k].folded.endswith(_LABEL_ENDINGS))


def _in_a_lettered_list(initial: Tok, toks: list[Tok]) -> bool:
    letter = initial.text[0]
    if letter not in _ALPHABET:
        return False
    items = {toks[i].text[0]: toks[i + 1] for i in indexes_where(toks, _an_initial)
             if i + 1 < len(toks)}
    wanted = _ALPHABET[: max(_ALPHABET.index(letter) + 1, 2)]  # A alone needs a B
    if not all(c in items for c in wanted):
        return False
    return any(not (word.capital and word.info.name) for word in items.values())


def _an_initial(text: str) -> bool:
    return len(text) == 2 and text[1] == "." and text[0] in _ALPHABET
