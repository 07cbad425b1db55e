"""The other entries of a ledger in which a person was found (`Tehrani 650 kr⏎Sköld 650
kr⏎Strand 1 300 kr`, `jonna 200⏎Rosa 50 (vape)`): a listed name there is someone too, even one
that is also a word (`Strand`, `Frisk`, `Rosa`), which alone a sum says nothing of. A ledger
of things stays so: no entry of it is a person (`Öl 45 kr, Lax 189 kr`)."""

from __future__ import annotations

from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.scores import SCORE_WEAK
from mailgate.scan.recognizers.someone import LEDGER_REACH, ledger_entry
from mailgate.scan.recognizers.textindex import index_by_start, indexes_where
from mailgate.scan.recognizers.wordfacts import STOP_WORDS
from mailgate.scan.recognizers.words import Tok


def ledger_mates(toks: list[Tok], found: list[Hit], inside: set[int]) -> list[Hit]:
    """Listed names entered beside a found person's entry, the ledger growing entry by entry.
    `inside`: the indexes of the tokens in names found. An entry is one word; a person's
    entry is a name found as just that word (not the end of `Marc Jacobs 211`, a brand's)."""
    by_start = index_by_start(toks)
    people = []
    for h in found:  # a found name that is one word before a number: an entry
        i = by_start.get(h.start)
        if i is not None and toks[i].end == h.end and i + 1 < len(toks) and (
                toks[i + 1].text.isdigit()) and toks[i].text.isalpha() and ledger_entry(toks, i):
            people.append(i)
    if not people:
        return []  # most texts: no person entered in a ledger
    entries = [j - 1 for j in indexes_where(toks, str.isdigit)
               if j > 0 and toks[j - 1].text.isalpha() and ledger_entry(toks, j - 1)]
    out = []
    grown = True
    while grown:  # an entry may stand above the first person found, or reach only the next
        grown = False
        for i in entries:
            if i in inside or i in people or not _a_name(toks[i]):
                continue
            if any(abs(i - j) <= LEDGER_REACH for j in people):
                out.append(Hit(toks[i].start, toks[i].end, SCORE_WEAK))
                people.append(i)
                grown = True
    return out


def _a_name(tok: Tok) -> bool:
    info = tok.info
    return info.name and not (info.negative or tok.drug_word or tok.is_cue_word) and (
        tok.folded not in STOP_WORDS)
