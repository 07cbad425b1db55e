"""Drug names as reports write them, beyond the listed forms: never a person's name.

A warning inflects and compounds a substance's, medicine's or street name (`Xanaxen`,
`Subutexet`, `Trammorna`, `Xanaxtabletter`, `zombiedrogen`, `Benzo-Fury`), quotes it among
other drugs or stamps (`"Ronaldo", "Messi", "Zlatan"`, `2C-B ("Nexus", "Bees")`), quotes a
product or drink holding one (`"Cali Haze Bites"`, `"Jack and Coke"`), or names the pill
(`en halv "Zlatan"`, `pillren kallas "Zlatan"`). A person's nickname stays a name: after a
naming or relation cue (`kallad "Lean"`, `alias "Charlie"`, `säljaren kallas "Zlatan"`) and
as a first name glued to a drug (`Kristall-Kim`, `Metadon-Micke`).
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import Final

from mailgate.scan import lexicon
from mailgate.scan.cues import NAMING_CUES
from mailgate.scan.drugcues import PILL_WORDS, STAMP_WORDS
from mailgate.scan.drugshape import drug_shaped
from mailgate.scan.misspelt import misspelt_drug
from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.scores import SCORE_ALONE
from mailgate.scan.recognizers.traded import sold_as
from mailgate.scan.recognizers.words import QUOTES, RELATION_CUES, Tok, prev_words

# Swedish endings put on a drug's name: genitive, definite, plural and definite plural
# (Xanors, Xanaxen, Subutexet, Oxyn, Xanaxar, Rivotrilerna, Trammorna).
ENDINGS: Final = ("s", "n", "t", "en", "et", "ns", "ts", "ens", "ets", "ar", "arna", "er", "erna",
                  "or", "orna", "na")
# Nouns that end a compound naming a drug, pill or powder (Xanaxtabletter, Kristallpulvret,
# zombiedrogen, Benzo-Fury's English kin Benzo-pills), longest first.
FORM_NOUNS: Final = tuple(sorted({
    "tablett", "tabletten", "tabletter", "tabletterna", "piller", "pillret", "pillren",
    "pillerna", "pulver", "pulvret", "kapsel", "kapseln", "kapslar", "kapslarna", "plåster",
    "plåstret", "plåstren", "drog", "drogen", "droger", "drogerna", "knark", "knarket",
    "kristaller", "kristallerna", "strips", "lappar", "lapparna", "godis", "godiset",
    "gummies", "pills", "tabs", "powder", "drug", "drugs", "dope",
}, key=len, reverse=True))
# Words that make a word after them a dose of a pill: en halv "Zlatan", half a Tesla.
DOSES: Final = frozenset({"halv", "halva", "halvt", "half", "kvarts", "kvart", "quarter"})
# Words joining the items of a list: "Ronaldo", "Messi" och "Zlatan".
_LIST_JOINERS: Final = frozenset({",", "och", "and", "eller", "or", "/", "&", "samt", "+"})
_SHORTEST_STEM: Final = 3


@functools.cache
def _known() -> frozenset[str]:
    return lexicon.drugs() | lexicon.entries("pill_stamps")


@functools.lru_cache(maxsize=1 << 14)
def drug_form(word: str) -> bool:
    """`word` names a drug: listed, inflected (Xanaxen, Trammorna, Ketten), a compound ending
    in a drug's or pill's noun (Xanaxtabletter, zombiedrogen) or a listed drug's compound
    with a word that is no given name (Benzo-Fury; Kristall-Kim is a person's nickname)."""
    folded = word.casefold().strip("-")
    known = _known()
    if folded in known or drug_shaped(folded):
        return True  # also by a new substance's stem: deschloroetizolam, isotonitazen
    if "-" in folded:
        head, _, tail = folded.partition("-")
        return tail in FORM_NOUNS or (_inflected(head, known) and not _given_name(tail))
    return _inflected(folded, known) or any(
        folded.endswith(noun) and len(folded) - len(noun) >= _SHORTEST_STEM
        for noun in FORM_NOUNS)


def _inflected(folded: str, known: frozenset[str]) -> bool:
    if folded in known:
        return True
    for ending in ENDINGS:
        stem = folded[: -len(ending)]
        if not folded.endswith(ending) or len(stem) < _SHORTEST_STEM:
            continue
        # Lyricorna (Lyrica), Ketten (Ket), Jibbet (Jib): a dropped -a, a doubled consonant.
        if stem in known or stem + "a" in known or (
                stem[-1] == stem[-2] and stem[:-1] in known):
            return True
    return False


def _core_name(word: str) -> bool:
    """A given name common here (Tina, Molly; not Kristall, a rare one)."""
    from mailgate.scan import names

    info = names.lookup(word.capitalize(), frozenset())
    return info.first and info.core


def _given_name(folded: str) -> bool:
    from mailgate.scan import names  # the lists load once; names imports nothing of ours

    return names.lookup(folded.capitalize(), frozenset()).first


def dealer_nicknames(toks: list[Tok]) -> list[Hit]:
    """A drug glued to a given name is a dealer's nickname wherever it stands: `kallas
    Metadon-Micke`, `från "Tramadol-Tommy" på Snapchat`, `Kristall-Kim`, in lower case too
    (`tjack-Anton`, `kola-Jimmy`). The name is masked, the drug before it is left for the
    warning (`Kristall-[NAMN]`, `tjack-[NAMN]`)."""
    return [Hit(t.start + t.text.index("-") + 1, t.end, SCORE_ALONE) for t in toks
            if "-" in t.text and t.text[:1].isalpha() and _a_dealer(t.text)]


def without_the_drug(hit: Hit, text: str) -> Hit:
    """A found name that starts with a drug glued to a given name keeps only the name:
    `"Kristall-Kim"` found whole by a cue is masked as `Kristall-[NAMN]`."""
    found = text[hit.start : hit.end]
    cut = found.find("-")
    if cut <= 0 or not found[:1].isalpha() or not _a_dealer(found.split()[0]) or _core_name(
            found[:cut]):
        return hit  # Tina-Marie, Molly-Ann: a double given name stays whole
    return Hit(hit.start + cut + 1, hit.end, hit.score)


@functools.lru_cache(maxsize=1 << 12)
def _a_dealer(word: str) -> bool:
    """The name after the hyphen is capitalised, as a person's is: `Naloxon-kit` is a kit."""
    head, _, tail = word.partition("-")
    return tail[:1].isupper() and _given_name(tail.casefold()) and _inflected(
        head.casefold(), _known())


def names_a_drug(run: list[Tok], toks: list[Tok], before: list[str] | None = None) -> bool:
    """The run of capitalised words names a drug, a pill or a product holding one.
    `before`: `prev_words(toks, run[0].index, 2)` when the caller has read them."""
    first, last = run[0].index, run[-1].index
    if before is None:
        before = prev_words(toks, first, 2)  # the words before, read once for every test
    if before and before[-1] in NAMING_CUES and _pill_named(prev_words(toks, first, 6)):
        return True
    if _named_as_someone(before):
        return False
    if len(run) == 1 and not run[0].info.name and (
            drug_form(run[0].text) or misspelt_drug(run[0].text)):
        return True  # "Xanaxen", Oxycontintabletterna, Zombiedrogen, Xanaks
    span = _quoted_span(first, last, toks)
    if span is None:
        return _a_dose(before)
    opening, closing = span
    inside = toks[opening + 1 : closing]
    if not _a_title(inside):
        return False  # a quoted message, not a name: "till Jonny från Patrik, 20 st sobbe"
    if any(_a_drug(t) for t in inside):
        return True  # "Cali Haze Bites", "Jack and Coke", "Keta Queen STHLM"
    return _a_dose(before) or _listed_with_drugs(opening, closing, toks)


def in_a_drug_name(tok: Tok, toks: list[Tok]) -> bool:
    """A name found elsewhere stands here in a drug's name, so this is no repeat of it:
    `en "Jack and Coke"` beside Jack Eriksson, `såld som Vanilla Sky` beside the seller
    `kallad Vanilla Sky`."""
    if not tok.capital:
        return False
    if not tok.info.name and drug_form(tok.text):
        return True  # Tramadol beside the dealer Tramadol-Tommy
    first = tok.index
    while first > 0 and toks[first - 1].capital and not toks[first].line_break_before:
        first -= 1  # Sky in `såld som Vanilla Sky`: from the run's first word
    if sold_as(first, toks):
        return True
    span = _quoted_span(tok.index, tok.index, toks)
    if span is None:
        return False
    inside = toks[span[0] + 1 : span[1]]
    return _a_title(inside) and any(_a_drug(t) for t in inside if t is not tok)


def _a_title(inside: list[Tok]) -> bool:
    """A quoted name of a product, a drink or a channel: capitalised words and joiners only
    (not a quoted message: "till Jonny från Patrik, 20 st sobbe")."""
    return len(inside) <= 5 and all(
        t.capital or (t.folded in _LIST_JOINERS and t.text != ",") for t in inside)


def _a_drug(tok: Tok) -> bool:
    """A drug's name that is no given name (Molly and Tina are judged in person.py), nor a
    single capital (`"Micke G"`: G is his initial, though slang for GHB)."""
    return tok.alpha and not tok.info.first and not tok.initial and drug_form(tok.text)


def _named_as_someone(before: list[str]) -> bool:
    """kallad "Lean", alias Charlie, säljaren "Buppe": someone's nickname, whatever it says."""
    return not NAMING_CUES.isdisjoint(before[-2:]) or (
        bool(before) and before[-1] in RELATION_CUES)


def _quoted_span(first: int, last: int, toks: list[Tok]) -> tuple[int, int] | None:
    """The indexes of the quotes around toks[first..last], within a few words on its line."""
    if not _quote_near(first, last, toks):
        return None
    opening = first - 1
    while opening >= 0 and first - opening <= 6 and toks[opening].text not in QUOTES:
        if toks[opening].line_break_before or toks[opening].text in (".", "(", ")"):
            return None
        opening -= 1
    closing = last + 1
    while closing < len(toks) and closing - last <= 6 and toks[closing].text not in QUOTES:
        if toks[closing].line_break_before or toks[closing].text in (".", "(", ")"):
            return None
        closing += 1
    if opening < 0 or closing >= len(toks) or toks[opening].text not in QUOTES or (
            toks[closing].text not in QUOTES):
        return None
    return opening, closing


_QUOTE: Final = re.compile("[" + re.escape("".join(sorted(QUOTES))) + "]")
_REACH: Final = 7  # _quoted_span's walks look at most this many tokens to either side


def _quote_near(first: int, last: int, toks: list[Tok]) -> bool:
    """A quote may stand within _quoted_span's reach: most runs have none in their text,
    found with one search instead of a walk over a dozen tokens (20,000 runs per dense MB)."""
    place = toks[first].place
    if place is None:
        return True  # tokens with no text to search: walk
    quotes = place.quotes
    if quotes is None:  # found once per text: most texts have few quotes, many none
        quotes = place.quotes = [m.start() for m in _QUOTE.finditer(place.text)]
    if not quotes:
        return False
    lo, hi = toks[max(0, first - _REACH)].start, toks[min(len(toks) - 1, last + _REACH)].end
    at = bisect.bisect_left(quotes, lo)
    return at < len(quotes) and quotes[at] < hi


def _a_dose(before: list[str]) -> bool:
    """en halv "Zlatan", half a Tesla: what is halved is a pill."""
    return bool(before) and (before[-1] in DOSES or (
        len(before) >= 2 and before[-2] in DOSES and before[-1] == "a"))


def _listed_with_drugs(opening: int, closing: int, toks: list[Tok]) -> bool:
    """A quoted item in a list of quoted items that holds a drug or stamp, or that a stamp's
    word or a drug in brackets introduces: stamped "Dolce & Gabbana" and "Scorpion",
    2C-B ("Nexus", "Bees"), "Ronaldo", "Messi", "Zlatan"."""
    items = _list_items(opening, closing, toks)
    drugs = sum(1 for o, c in items if (o, c) != (opening, closing) and any(
        _a_drug(t) or t.drug_word or t.info.negative or t.in_negative_phrase
        for t in toks[o + 1 : c]))
    # A given name needs a list of them beside it: "Lasse" och "Krokodil" may be a person.
    if drugs >= (2 if any(t.info.first for t in toks[opening + 1 : closing]) else 1):
        return True
    head = min(o for o, _ in items)
    before = toks[head - 1] if head > 0 else None
    if before is not None and before.text == "(" and head > 1:
        return _a_drug(toks[head - 2]) or toks[head - 2].folded in lexicon.drugs()
    words = prev_words(toks, head, 2)
    return any(w in STAMP_WORDS or w in PILL_WORDS for w in words)


def _list_items(opening: int, closing: int, toks: list[Tok]) -> list[tuple[int, int]]:
    """The quoted items joined to the one between toks[opening] and toks[closing]."""
    items = [(opening, closing)]
    i = opening - 1
    while i >= 1 and toks[i].folded in _LIST_JOINERS and toks[i - 1].text in QUOTES:
        before = _opening_of(i - 1, toks)
        if before is None:
            break
        items.append((before, i - 1))
        i = before - 1
    i = closing + 1
    while i + 1 < len(toks) and toks[i].folded in _LIST_JOINERS and toks[i + 1].text in QUOTES:
        after = _closing_of(i + 1, toks)
        if after is None:
            break
        items.append((i + 1, after))
        i = after + 1
    return items


def _opening_of(end: int, toks: list[Tok]) -> int | None:
    for i in range(end - 1, max(-1, end - 7), -1):
        if toks[i].text in QUOTES:
            return i
    return None


def _closing_of(start: int, toks: list[Tok]) -> int | None:
    for i in range(start + 1, min(len(toks), start + 7)):
        if toks[i].text in QUOTES:
            return i
    return None


def _pill_named(before: list[str]) -> bool:
    """pillren kallas "Zlatan", tabletterna som kallas Hulk: a pill's name, unless a person
    stands in the clause (säljaren av pillren kallas "Zlatan")."""
    if not before or before[-1] not in NAMING_CUES:
        return False
    clause = before[:-1]
    if any(w in RELATION_CUES for w in clause):
        return False
    subject = [w for w in clause if w not in ("som", "ofta", "även", "också", "numera")]
    return bool(subject) and (subject[-1] in PILL_WORDS or drug_form(subject[-1]))
