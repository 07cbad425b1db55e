"""Items of a list of things, which are no people: `(Fast Gas, Smartwhip, Galaxy Gas)`,
`Gatunamn – Tjack, Vitt, Benso, Lina, Zoppe`, `Agencies: Tullverket, Polisen, EUDA, INCB`,
`sorterna Hens and Chicks, Lauren's Grape, Danish Flag`.

A word lists do not know is judged by the company it keeps: in an enumeration whose other
items are substances, stamps, agencies, places, brands or common nouns, a capitalised item
is one more of them. A given name there (Lina, Lotta, Kinder) needs a drug among the items or a
label naming street names before the list: `Pajjen eller Lina` is a street name, `Polisen,
Socialtjänsten och Erik` may be a person. A list holding a name of a person (`Calle, Fia B,
"Dr Snö"`) and a run that is a full name (`Berfin Baban och Annika Rask`) are left alone.
"""

from __future__ import annotations

from typing import Final

from mailgate.scan.cues import PLACE_NOUNS, PLACE_PREPOSITIONS, POSSESSIVES
from mailgate.scan.names import is_negative
from mailgate.scan.recognizers.drugforms import drug_form
from mailgate.scan.recognizers.listitems import (
    EDGES,
    JOINERS,
    a_dose,
    a_drug,
    drug_compound,
    items_after,
    items_before,
    rest_of_item,
    skip_quotes,
)
from mailgate.scan.recognizers.words import RELATION_CUES, Tok

# Labels before a list (the nearest words before its first item, on its line) that say its
# items are street names, stamps, products or varieties, whatever they look like...
THING_LABELS: Final = frozenset({"gatunamn", "street", "slang", "products", "product", "produkter",
                                 "produktnamn", "tryck", "trycket", "stamped", "stämplade",
                                 "stämpel", "sorterna", "sorter", "varieties", "strains", "märken",
                                 "brands", "varumärken", "agencies", "myndigheter", "(", "sold"})
# Labels of a list of songs or pieces: its quoted items are titles (`Låtlista: "Lena",
# "Carola"`), whatever names they hold; unquoted ones may be who plays.
WORK_LABELS: Final = frozenset({"låtlista", "låtlistan", "spellista", "spellistan", "setlist",
                                "setlista", "playlist", "tracklist", "repertoar",
                                "repertoaren", "låtordning", "låtordningen"})
# Words before `som`/`as` that make what follows a product: säljs som Pajjen eller Lina.
SALE_WORDS: Final = frozenset({"säljs", "sålts", "såld", "sålda", "sold", "marketed", "sells",
                               "säljer", "det"})
# A label's word for names, which says the items are street names when a word for drugs
# stands with it: `Drugs have silly names:`, `Drogerna har namn som`.
NAME_WORDS: Final = frozenset({"names", "namn", "namnen", "nicknames", "smeknamn"})
DRUG_NOUNS: Final = frozenset({"drugs", "droger", "drogerna", "drogen", "pills",
                               "piller", "pillren", "tabletter", "tabletterna", "substanser",
                               "substanserna", "preparat", "preparaten", "narkotika"})
# ... and words that say so only of items that are no given name or beside a drug.
NAMING_LABELS: Final = frozenset({"som", "as", "kallas", "called", "named"})


def a_listed_thing(run: list[Tok], toks: list[Tok]) -> bool:
    """The run is one item of an enumeration of things, not a person."""
    if not _beside_a_joiner(run, toks):
        return False  # most runs: no joiner or copula beside them, no list
    words = [t for t in run if t.alpha]
    before, after = items_before(run[0].index, toks), items_after(run[-1].index, toks)
    others = before + after
    if words and _named_after(after[-1][-1].index if after else run[-1].index, toks):
        return True  # 'Kalle' och 'Nisse' är gatunamn för tabletter
    if not words or not others or any(map(_a_relation, others)):
        return False  # (mormors, Małgorzata Wróbel): a relation, then who it is
    label = _label(before[0][0].index if before else run[0].index, toks)
    if label in THING_LABELS or a_dose(rest_of_item(run[-1].index, toks)) or (
            label in WORK_LABELS and run[0].quoted):
        return True  # Product names: "Wheel Cleaner Pro"; "Lina 2g"; Låtlista: "Lena", …
    if len(words) >= 2 and _full_name(words):
        return False
    given = any(t.info.first for t in words)
    if not given and _list_end(run[-1].index, toks) and _among_places(
            others, before[0][0].index if before else run[0].index, toks):
        return True  # near Stora torget and Babel, i Hovsjö, Geneta och Ronna
    mine = {t.folded for t in words}
    if any(_a_persons_name(item, mine) for item in others):
        return False
    drugs = sum(1 for item in others if a_drug(item) or a_dose(item))
    if given:
        return drugs >= 1 and (len(others) >= 2 or bool(label))
    if len(others) == 1 and len(words) == 1 and not words[0].info.core and (
            (after and a_drug(after[0][:1])) or (drugs and _ends_a_clause(run, toks))):
        return True  # amfetamin och Mozart, MDMA + Zeppelin: one more drug, no name common here
    things = sum(1 for item in others if _a_thing(item))
    return (things >= 2 and things * 2 >= len(others)) or (bool(label) and things >= 1)


_COPULAS: Final = frozenset({"är", "var", "is", "are", "was", "were", "betyder", "means"})


def _named_after(last: int, toks: list[Tok]) -> bool:
    """`'Kalle' och 'Nisse' är gatunamn för`, `"Tina" is slang for`: the words after the
    list say its items are street names or products."""
    i = skip_quotes(last + 1, toks, 1)
    if i >= len(toks) or toks[i].folded not in _COPULAS:
        return False
    return any(t.folded in THING_LABELS and t.folded != "(" for t in toks[i + 1 : i + 4])


def _among_places(others: list[list[Tok]], first: int, toks: list[Tok]) -> bool:
    """Every other item a listed place, the list after a place's preposition."""
    return first > 0 and toks[first - 1].folded in PLACE_PREPOSITIONS and all(
        _a_listed_phrase(item) or item[-1].folded in PLACE_NOUNS or (
            len(item) == 1 and item[0].info.negative and not a_drug(item)) for item in others)


# Words after a list's last item that end its clause: `amfetamin och Mozart under kvällen`
# (not `tog GHB och Lindqvist körde`, a new clause's subject).
_AFTER_A_LIST: Final = frozenset({"under", "i", "på", "från", "hemma", "nu", "igen", "samma",
                                  "senast", "in", "from", "at", "on", "again", "now", "för",
                                  "for", "via", "med", "with", "tillsammans", "together"})


def _ends_a_clause(run: list[Tok], toks: list[Tok]) -> bool:
    i = skip_quotes(run[-1].index + 1, toks, 1)
    return i >= len(toks) or not toks[i].alpha or toks[i].folded in _AFTER_A_LIST or (
        toks[i].line_break_before)


def _list_end(last: int, toks: list[Tok]) -> bool:
    """The run ends its clause: `... och Babel;`, not `i Hovsjö och Anna ringde`."""
    return last + 1 >= len(toks) or not toks[last + 1].alpha or toks[last + 1].folded in JOINERS


def _beside_a_joiner(run: list[Tok], toks: list[Tok]) -> bool:
    before = skip_quotes(run[0].index - 1, toks, -1)
    after = skip_quotes(run[-1].index + 1, toks, 1)
    return (before >= 0 and toks[before].folded in JOINERS) or (
        after < len(toks) and (toks[after].folded in JOINERS or toks[after].folded in _COPULAS))


def _full_name(words: list[Tok]) -> bool:
    """Two words or more, one a listed name or shaped like a surname: `Berfin Baban`,
    `Tesfalem Ghebremedhin`, `Rasmus Holm Clenbuterol` (a name run into a list)."""
    return any(t.info.name and not t.info.negative and not drug_form(t.text) for t in words)


def _a_persons_name(item: list[Tok], mine: set[str]) -> bool:
    """A capitalised given name no list calls a drug, place or brand (`Louis Vuitton` is a
    stamp), in an item that is no dose (`"Lina 2g"`); the run's own word again says nothing."""
    return not a_dose(item) and not _a_listed_phrase(item) and any(
        t.capital and t.info.first and not t.info.negative and not t.drug_word
        and not t.in_negative_phrase and t.folded not in mine and not drug_form(t.text)
        for t in item)


def _a_relation(item: list[Tok]) -> bool:
    """An item ending in a relation's word, perhaps a genitive: `mormors`, `grannen`, and
    `that your son` or `om en kompis` before `, Daniel,` (an apposition, not a list's item)."""
    if not item or (len(item) > 1 and item[-2].folded not in POSSESSIVES and (
            item[-2].folded not in _INDEFINITE)):
        return False  # Naloxon till barnet, Finnegan: a list's item that ends in a relation
    return item[-1].folded in RELATION_CUES or (
        item[-1].folded.endswith("s") and item[-1].folded[:-1] in RELATION_CUES)


_INDEFINITE: Final = frozenset({"en", "ett", "a", "an", "ein", "eine", "einen", "et"})


def _a_listed_phrase(item: list[Tok]) -> bool:
    """`Louis Vuitton x2`: the item's first words are a listed stamp, brand or place."""
    words = [t.folded for t in item if t.alpha]
    return any(is_negative(" ".join(words[:n])) for n in (2, 3) if len(words) >= n)


def _a_thing(item: list[Tok]) -> bool:
    """A drug, a listed place, agency or brand, or an acronym (EUDA). Common nouns and numbers
    are not: `Lavdim Hjalmarsson, lärare, 0771-…` is a signature."""
    if any(t.alpha and not t.capital for t in item):
        return a_drug(item)  # `född 3 september 1959`: a clause, whatever it holds
    return a_drug(item) or _a_listed_phrase(item) or any(
        t.info.negative or t.in_negative_phrase for t in item) or all(
        t.text.isupper() and len(t.text) >= 2 for t in item if t.alpha)


def _label(first: int, toks: list[Tok]) -> str:
    """`Gatunamn –`, `Street names to know:`, `säljs som`: the label among the four words
    before the list's first item, on its line, or ""."""
    i, seen = first - 1, 0
    if i >= 1 and toks[i].text == "(" and (a_drug([toks[i - 1]]) or drug_compound(
            toks[i - 1].folded)):
        return "("  # lustgastuber (Fast Gas, Smartwhip, Galaxy Gas): the drug's brands
    named = False  # `names` seen: Drugs have silly names: "Dust", "Nuke"
    while i >= 0 and seen < 4 and not toks[i + 1].line_break_before:
        t = toks[i]
        if t.text in EDGES - {":", "–", "—", "(", ")"}:
            break  # a sentence's end (not an aside's bracket: `Låtlista (fredag)`)
        if not t.alpha:
            i -= 1
            continue
        if t.folded in THING_LABELS or t.folded in WORK_LABELS:
            return t.folded
        named |= t.folded in NAME_WORDS
        if named and t.folded in DRUG_NOUNS:
            return "street"
        if t.folded in NAMING_LABELS and not seen:  # säljs som X: products; heter som: anything
            return "sold" if i >= 1 and toks[i - 1].folded in SALE_WORDS else t.folded
        seen += t.alpha
        i -= 1
    return ""
