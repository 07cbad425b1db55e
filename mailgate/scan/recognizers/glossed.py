"""Words a text explains as drugs: glossaries, definitions and clipped names.

Warnings teach street names by glossing them: `"Tina" → Tina (metamfetamin)`, `Molly / E /
emma = ecstasy`, `"Meto" brukar vara metoprolol`, `metonitazen, samma som "Meto"`, `Henry
(en åttondels uns)`, and clip a drug's name beside it (`"Palle" och "Palexia"`). A word so
glossed names the drug, whatever lists of given names hold it; a person glossed by a role
(`Erik = langaren`, `Anna är GHB-påverkad`) is not, as the gloss must be a drug's own name or a
quantity, and a word after a relation cue (`klienten Tina (GHB)`) stays someone.

Also drugs by their company: a dose (`Marcello 7,5 mg`), a test's finding (`positivt prov för
X`) and a table's drug column (`Substans`). What the words before a street name say of a drug
(`misstänkt Tina`, `gav sin kompis Tina`, `pillren som heter Tina`, `they were "Blått"`) is
saidofdrugs.py's.
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan import drugcues, lexicon
from mailgate.scan.drugshape import drug_shaped
from mailgate.scan.recognizers.columns import column_header
from mailgate.scan.recognizers.drugforms import drug_form
from mailgate.scan.recognizers.nearby import word_before
from mailgate.scan.recognizers.whatcalled import what_is_called
from mailgate.scan.recognizers.words import QUOTES, RELATION_CUES, Tok

# Signs and phrases between a word and what it means: `X = Y`, `X → Y`, `X brukar vara Y`.
MARKS: Final = frozenset({"=", "→", "⇒", "≈", "~"})
GLOSSES: Final[tuple[tuple[str, ...], ...]] = (
    # the same said again or named as a word: `Conny, alltså Concerta`, `X is their word for
    # crack`, `X bruges om Ritalin`
    (",", "alltså"), ("alltså",), (",", "dvs"), ("dvs",), (",", "i.e."), ("i.e.",),
    (",", "that", "is"), ("is", "their", "word", "for"), ("is", "the", "word", "for"),
    ("is", "our", "word", "for"), ("is", "a", "name", "for"), ("is", "another", "name", "for"),
    ("is", "short", "for"), ("är", "kort", "för"), ("är", "ett", "namn", "på"),
    ("är", "ett", "annat", "namn", "på"), ("är", "namnet", "på"), ("är", "ordet", "för"),
    ("bruges", "om"), ("brukes", "om"), ("används", "om"), ("används", "för"),
    ("brukar", "vara"), ("är", "slang", "för"), ("är", "gatunamn", "för"), ("betyder",),
    ("står", "för"), ("means",), ("is", "slang", "for"), ("is", "street", "name", "for"),
    ("är",), ("is",), ("=",), ("→",), ("⇒",), ("≈",), ("~",),
)
# Phrases between a drug and a word that names the same: `metonitazen, samma som "Meto"`.
SAME_AS: Final[tuple[tuple[str, ...], ...]] = (
    ("samma", "som"), ("same", "as"), ("även", "kallat"), ("också", "kallat"), ("=",), ("→",),
    ("aka",), ("alias",), ("a.k.a",), ("kallas",), ("kallas", "för"), ("is", "called"),
    ("also", "called"), ("also", "known", "as"), ("known", "as"),
)
_GLOSS_FIRST: Final = frozenset(phrase[0] for phrase in GLOSSES)
# The glosses by their first word, in GLOSSES's order.
_GLOSSES_BY_FIRST: Final[dict[str, tuple[tuple[str, ...], ...]]] = {
    first: tuple(p for p in GLOSSES if p[0] == first) for first in _GLOSS_FIRST}
_SAME_AS_LAST: Final = frozenset(phrase[-1] for phrase in SAME_AS)
# Quantities a street name is sold by: Henry (en åttondels uns), Lina (1 g).
QUANTITIES: Final = frozenset({
    "uns", "ounce", "oz", "gram", "g", "mg", "µg", "ug", "ml", "kilo", "kg", "åttondels",
    "åttondel", "eighth", "quarter", "kvarts", "halv", "st", "tabletter", "tablett", "piller",
    "pills", "påse", "påsar", "lina", "linor", "dos", "doser", "dose",
})
# A table's headers over a column of drugs (columns.py reads them).
DRUG_HEADERS: Final = frozenset({
    "substans", "substanser", "substance", "substances", "drog", "droger", "drug", "drugs",
    "preparat", "läkemedel", "medicine", "medication", "stämpel", "stamp", "gatunamn",
    "street name", "produkt", "product", "fynd", "beslag", "analysresultat", "resultat",
})
_ARTICLES: Final = frozenset({"en", "ett", "a", "an", "the", "ca", "cirka"})
_JOINERS: Final = frozenset({"/", ",", "eller", "or", "och", "and"})
_CLIP: Final = 3  # letters a clipped name shares with its drug: Palle (Palexia), Meto
_CLIP_REACH: Final = 4  # a list's next item: a joiner and quotes between
_ITEMS: Final = 5  # items of a list before one gloss: Molly / E / emma = ecstasy


def glossed(first: int, last: int, toks: list[Tok]) -> bool:
    """toks[first..last] (one name, maybe quoted) is glossed or clipped as a drug."""
    opening, closing = _quotes_around(first, last, toks)
    start, end = (opening, closing) if opening >= 0 else (first, last)
    if opening < 0 and not _may_tell(toks, start, end):
        return False  # nearly every run: nothing that could gloss it stands beside it
    street = any(t.drug_word for t in toks[first : last + 1])
    if (not street or opening < 0) and start > 0 and word_before(toks, start) in RELATION_CUES:
        return False  # klienten Tina (GHB); but kontakt "Gina leverans" = GHB-säljare
    return (_glossed_after(end + 1, toks, street, opening >= 0 or _after_a_mark(start, toks))
            or _same_as_before(start, toks)
            or (opening >= 0 and first == last and _clipped(toks[first], toks))
            or (last - first < 2 and _under_a_drug_header(toks[first]))
            or ((street or not any(t.info.core for t in toks[first : last + 1])) and (
                _dosed(end + 1, toks) or _after_a_finding(start, toks)))
            or (opening >= 0 and _after_a_finding(start, toks, LAB_FINDINGS)))


def _may_tell(toks: list[Tok], start: int, end: int) -> bool:
    """A bracket, gloss, joiner or number after the run, a phrase's last word before it, or a
    table's cell opening at it: only then is any test below worth asking."""
    if end + 1 < len(toks):
        nxt = toks[end + 1]
        if nxt.text in ("(", "-") or nxt.folded in _GLOSS_FIRST or nxt.folded in _JOINERS or (
                nxt.text[:1].isdigit()):
            return True
    prev = toks[start - 1].folded if start > 0 else ""
    return prev in _SAME_AS_LAST or prev in _FINDING_ENDS or _opens_a_cell(toks[start])


def _opens_a_cell(tok: Tok) -> bool:
    place = tok.place
    if place is None:
        return False
    text, j = place.text, tok.start - 1
    while j >= 0 and text[j] == " ":
        j -= 1
    return j < 0 or text[j] in "\t;|\n"


# Words of a test's or seizure's result right before what was found: `positivt för X`,
# `spår av X`, `intag av X`, `contains X`.
FINDINGS: Final[tuple[tuple[str, ...], ...]] = (
    ("positivt", "för"), ("positiv", "för"), ("positivt", "prov", "för"), ("positive", "for"),
    ("spår", "av"), ("traces", "of"), ("intag", "av"), ("överdos", "av"), ("overdose", "of"),
    ("påvisat",), ("påvisad",), ("påvisades",), ("innehöll",), ("innehåller",), ("contains",),
    ("contained",), ("tested", "as"), ("testade", "som"), ("analyserat", "som"),
    ("analysed", "as"), ("analyzed", "as"), ("beslag", "av"), ("seizure", "of"),

)
_FINDING_ENDS: Final = frozenset(phrase[-1] for phrase in FINDINGS)
# What a lab analysed, said only of a quoted name (`Provet på Anna Lind` is hers):
# `Analysen av "Rosa Panter"`, `analysis of "Blue Moon"`.
LAB_FINDINGS: Final[tuple[tuple[str, ...], ...]] = (
    ("analysen", "av"), ("analys", "av"), ("analysis", "of"), ("provet", "på"),
    ("testet", "av"), ("testing", "of"))
_LAB_ENDS: Final = frozenset(phrase[-1] for phrase in LAB_FINDINGS)


def _after_a_finding(start: int, toks: list[Tok],
                     phrases: tuple[tuple[str, ...], ...] = FINDINGS) -> bool:
    j = start - 1
    if j < 0 or toks[j].folded not in (_LAB_ENDS if phrases is LAB_FINDINGS else _FINDING_ENDS):
        return False  # nearly every run
    return any(j + 1 >= len(p) and all(
        toks[j + 1 - len(p) + m].folded == w for m, w in enumerate(p)) for p in phrases)


# Units of a dose right after a drug's name: `Mozart 7,5 mg`, `Xanor 2 st`, `Tesla 240mg`.
DOSE_UNITS: Final = drugcues.DOSE_UNITS
_DOSE: Final = re.compile(r"^\d+(?:[.,]\d+)?(mg|µg|ug|mcg|g|ml)$")


def _dosed(j: int, toks: list[Tok]) -> bool:
    """A dose follows the name: `Stesolid 10 mg och Mozart 7,5 mg`; not one that a drug after
    it owns (`Frasse 3g kola`: Frasse's ledger line). Asked of names not common here: `Kim 5
    g, Ibbe 10 g` is a ledger of people."""
    if j >= len(toks) or not toks[j].text[:1].isdigit() or toks[j].line_break_before:
        return False  # nearly every run
    glued = _DOSE.match(toks[j].text) is not None
    if not glued and not (_NUMBER.match(toks[j].text) and j + 1 < len(toks)
                          and toks[j + 1].folded in DOSE_UNITS):
        return False
    k = j + (1 if glued else 2)
    return not (k < len(toks) and toks[k].alpha and (toks[k].drug_word or drug_form(toks[k].text)))


_NUMBER: Final = re.compile(r"^\d+(?:[.,]\d+)?$")


def _under_a_drug_header(tok: Tok) -> bool:
    """A table's cell under `Substans`, `Drog` or `Stämpel/form`: a drug's name, whatever
    name lists hold it (a `Person` column beside it keeps its people)."""
    place = tok.place
    if place is None or not _opens_a_cell(tok):
        return False  # nearly every word: no cell opens at it
    header = column_header(place.text, tok.start)
    return header in DRUG_HEADERS or header.split("/")[0] in DRUG_HEADERS


def _glossed_after(j: int, toks: list[Tok], street: bool, bracketed: bool) -> bool:
    """What follows explains the word: a bracket (`Tina (metamfetamin)`, for a street name,
    a quoted word or a gloss's right side), or a gloss, perhaps after more items of a list."""
    if j < len(toks) and toks[j].text == "(" and (street or bracketed):
        return _tells_a_drug(j + 1, toks, street, inside=True)
    for _ in range(_ITEMS):
        k = _gloss_end(j, toks)
        if k is not None:
            return _tells_a_drug(k, toks, street, inside=False)
        if j >= len(toks) or toks[j].text not in _JOINERS or toks[j].line_break_before:
            return False
        j = _item_end(j + 1, toks) + 1  # Molly / E / emma = ecstasy
    return False


def _gloss_end(j: int, toks: list[Tok]) -> int | None:
    """The index after a gloss starting at toks[j], or None."""
    if j >= len(toks) or (toks[j].folded not in _GLOSS_FIRST and toks[j].text != "-"):
        return None  # nearly every word after a run
    called = what_is_called(j, toks)
    if called is not None:
        return called
    for phrase in _GLOSSES_BY_FIRST.get(toks[j].folded, ()):
        n = len(phrase)
        if j + n <= len(toks) and all(
                toks[j + m].folded == w and not toks[j + m].line_break_before
                for m, w in enumerate(phrase)):
            return j + n
    if j + 1 < len(toks) and toks[j].text == "-" and toks[j + 1].text == ">":
        return j + 2  # ->
    return None


def _tells_a_drug(k: int, toks: list[Tok], street: bool, inside: bool) -> bool:
    """The words from toks[k] name a drug or a quantity (in a bracket, up to its end)."""
    for n in range(k, min(len(toks), k + 4)):
        t = toks[n]
        if t.text in QUOTES or t.folded in _ARTICLES or t.text.replace(",", "").isdigit():
            continue
        if t.text == ")" or t.line_break_before:
            return False
        if _a_drug(t.folded) or (street and (t.drug_word or (
                not inside and drug_form(t.text)))) or (inside and t.folded in QUANTITIES):
            return True
        if not inside:  # `→ Henry (en åttondels uns)`: the gloss's own word, then a bracket
            after = n + 1
            return after < len(toks) and toks[after].text == "(" and _tells_a_drug(
                after + 1, toks, street, inside=True)
        return False  # Tina (patient, 34)
    return False


def _same_as_before(start: int, toks: list[Tok]) -> bool:
    """A drug, then `samma som` or `=`, right before the word."""
    if start < 2 or toks[start - 1].folded not in _SAME_AS_LAST:
        return False  # nearly every run
    for phrase in SAME_AS:
        n = len(phrase)
        i = start - n
        if i >= 1 and all(toks[i + m].folded == w for m, w in enumerate(phrase)):
            j = i - 1
            while j >= 0 and (toks[j].text == "," or toks[j].text in QUOTES):
                j -= 1
            return j >= 0 and _a_drug(toks[j].folded)
    return False


def _clipped(tok: Tok, toks: list[Tok]) -> bool:
    """A quoted word clipped from the drug's name it is listed with: "Palle" och "Palexia",
    "Trammo" eller "Tramadol". A clipping is short; the drug begins with its letters."""
    folded = tok.folded
    if not 4 <= len(folded) <= 6 or not tok.alpha:
        return False
    head = folded[:_CLIP]
    near = toks[max(0, tok.index - _CLIP_REACH) : tok.index + _CLIP_REACH + 1]
    for n, t in enumerate(near):
        other = t.folded
        if t is tok or len(other) <= len(folded) or not other.startswith(head) or not _a_drug(
                other):
            continue
        between = near[min(n, tok.index - near[0].index) + 1 : max(n, tok.index - near[0].index)]
        if any(b.folded in _JOINERS for b in between) and all(
                b.folded in _JOINERS or b.text in QUOTES for b in between):
            return True
    return False


def _a_drug(folded: str) -> bool:
    """A substance's or medicine's own name (not a compound such as `GHB-säljare`)."""
    return folded in lexicon.drugs() or drug_shaped(folded)


def _quotes_around(first: int, last: int, toks: list[Tok]) -> tuple[int, int]:
    """The quotes right around toks[first..last], a few words apart on its line, or -1s."""
    i = first - 1
    while i >= 0 and first - i <= 3 and toks[i].text not in QUOTES:
        if toks[i].line_break_before or not toks[i].alpha:
            return -1, -1
        i -= 1
    if i < 0 or toks[i].text not in QUOTES:
        return -1, -1
    j = last + 1
    while j < len(toks) and j - last <= 3 and toks[j].text not in QUOTES:
        if toks[j].line_break_before or not toks[j].alpha:
            return -1, -1
        j += 1
    return (i, j) if j < len(toks) and toks[j].text in QUOTES else (-1, -1)


def _item_end(j: int, toks: list[Tok]) -> int:
    """The last index of the list item starting at toks[j]: a quoted span or a word."""
    if j < len(toks) and toks[j].text in QUOTES:
        for k in range(j + 1, min(len(toks), j + 6)):
            if toks[k].text in QUOTES:
                return k
    return j


def _after_a_mark(start: int, toks: list[Tok]) -> bool:
    return (start > 0 and toks[start - 1].text in MARKS) or (
        start > 1 and toks[start - 2].text == "-" and toks[start - 1].text == ">")
