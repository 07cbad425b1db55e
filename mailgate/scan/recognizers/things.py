"""Capitalised words that name things named like people: ships, quoted products and titles,
firms', organisations' and buildings' names and their acronyms (pets: pets.py).

Each test reads the tokens around a candidate run (first to last, indices into `toks`) and
says True when the run names a thing; person.py then reports nothing for it.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from mailgate.scan import lexicon, names
from mailgate.scan.drugcues import PILL_WORDS, USE_VERBS
from mailgate.scan.numbercues import ID_LABELS, PHONE_CUES
from mailgate.scan.recognizers.textindex import capital_initials, token_texts
from mailgate.scan.recognizers.words import QUOTES, Tok, prev_words
from mailgate.scan.thingcues import COMPANY_FORMS, ORG_WORDS
from mailgate.scan.venues import a_venue_compound

SHIP_PREFIXES: Final = frozenset({"m/s", "ms", "m/v", "mv", "s/s", "ss", "hms", "m/t", "mt"})
# A quoted name right after a vessel is the vessel's: följebåten "Charlie Brown", färjan
# "Birka"; compounds end in these (motorbåten, fiskefartyget), so the ending is what counts.
VESSEL_ENDINGS: Final = ("båt", "båten", "fartyg", "fartyget", "färjan", "skeppet", "jakten",
                         "yachten", "kryssaren", "isbrytaren", "trålaren", "tankern", "boat",
                         "vessel", "ship", "ferry", "yacht", "prom", "promem", "promu", "statek",
                         "statku", "fähre", "færgen", "færge", "ferja", "ferjen", "fergen",
                         "skipet", "laiva", "laivalla", "lautta")  # from "prom": abroad's
# Nouns after which a quoted name is a label, a title or an event's: etiketten "Blue Magic",
# seminariet "Nattljus", fonden "Wilmas ljus", exercise "Joint Viking".
LABEL_NOUNS: Final = frozenset({
    "etikett", "etiketten", "etiketter", "etiketterna", "label", "labelled", "labeled",
    "labels", "märkt", "märkta", "märkning", "rubriken", "titeln", "temat", "tema",
    "seminariet", "seminarium", "seminar", "konferensen", "conference", "kampanjen",
    "campaign", "exercise", "övningen", "övning", "operation", "operationen", "insatsen",
    "filmen", "film", "boken", "book", "låten", "song", "spelet", "game", "serien", "series",
    "podden", "podcast", "fonden", "fund", "containern", "kärlet", "fraktionen", "appen",
    "brand", "märket", "varumärket", "sticker", "stickers", "klistermärke", "klistermärket",
    "klistermärken", "dekal", "dekalen", "dekaler", "tryck", "trycket", "print", "logo",
    "loggan",
    # drinks are named like people: drinken "Long Island Iced Tea", a "Jack and Coke" shot
    "drink", "drinken", "drinkar", "drinks", "cocktail", "cocktailen", "shot", "shots",
})
# Forms a product comes in, right after its name: "Bupe" strips, "Tesla" tabletter.
PRODUCT_FORMS: Final = PILL_WORDS | {"strips", "strip", "blotters", "blotter", "lappar", "lapp",
                                     "bars", "pulver", "powder", "påse", "påsar", "bag", "flaska",
                                     "brand", "brands", "logo", "logga", "märket"}
NAMING_WORDS: Final = frozenset({"kallas", "kallad", "kallade", "called", "heter", "named"})
# The name a label or a box carries is a person's after these (`märkt med namnet "…"`).
PERSON_NAME_NOUNS: Final = frozenset({"namn", "namnet", "patientnamn", "patientnamnet",
                                      "personnamn", "kundnamn", "elevnamn", "name"})
# Labels a form writes in capitals after a name: Henning Lundqvist DOB 07/09/1982.
_LABELS: Final = ID_LABELS | PHONE_CUES | {"ssn", "nhs", "mrn", "pid", "ref", "att"}
# Units named after a place (`Sofia församling`, `Skaraborgs regemente`), never after a person
# (`Anna Berg socialtjänsten` is a person and a unit).
_PLACE_UNITS: Final = frozenset({"församling", "regemente", "leir", "flottilj", "garnison",
                                 "kommun", "län", "stift", "socken", "kyrka", "pastorat", "härad"})
# A word with a capital inside (KemI, DreamHack): an acronym or a brand, unless a name's prefix.
_INNER_CAPITAL: Final = re.compile(
    r"^(?!Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O')(\w*?[a-zåäö])[A-ZÅÄÖ]")


# A company's form ending the firm's name on the name's line: `Pihls Fasad AB`, `Hallin Tak
# & Plåt AB` beside Susanne Pihl and Robin Hallin.
_FIRM_REACH: Final = 5  # words from the name to its firm's form


def before_a_company_form(tok: Tok, toks: list[Tok]) -> bool:
    """Capitalised words (or `&`) after `tok` on its line run to a company's form."""
    after = toks[tok.index + 1 : tok.index + 1 + _FIRM_REACH]
    for n, nxt in enumerate(after):
        if nxt.line_break_before or not (nxt.capital or nxt.text == "&"):
            return False
        if nxt.folded in COMPANY_FORMS and nxt.text[0].isupper():
            return n > 0  # a word between: `Lindqvist AB` is an author and initials
    return False


_FIRM_TAIL_REACH: Final = 4  # words up to the form: Litterära Agentur, Svea Iron Works AB


def a_firms_tail(toks: list[Tok], i: int) -> bool:
    """Capitalised words from toks[i] on the same line end in a company's form or an
    organisation's word: `… & Stål AB`, `… & Falk Litterära Agentur`."""
    for tok in toks[i : i + _FIRM_TAIL_REACH]:
        if tok.line_break_before or not tok.capital:
            return False
        if tok.folded in COMPANY_FORMS or tok.folded in ORG_WORDS or tok.folded.endswith(
                _FIRM_ENDINGS):
            return True
    return False


# Swedish words ending a firm's name: Litterära Agentur, Advokatbyrå, Redovisningsbyrå.
_FIRM_ENDINGS: Final = ("agentur", "byrå", "byrån", "konsult", "konsulter", "förlag", "rekrytering",
                        "bemanning", "redovisning", "fastigheter")


def in_a_firm_pair(tok: Tok, toks: list[Tok]) -> bool:
    """`Lind` or `Stål` in `Klinik Lind & Stål AB`: a word of a pair joined by `&` that ends
    in a firm's form or word is the firm's, not the person's of that name elsewhere."""
    i = tok.index
    if i + 2 < len(toks) and toks[i + 1].text == "&" and toks[i + 2].capital:
        return a_firms_tail(toks, i + 3)
    return i > 0 and toks[i - 1].text == "&" and a_firms_tail(toks, i + 1)


def a_ship(first: int, toks: list[Tok]) -> bool:
    """M/S Gabriella, and M/V Atlantic Pearl split into `M`, `/`, `V` before the name."""
    if first > 0 and toks[first - 1].folded in SHIP_PREFIXES:
        return True
    if first > 1 and toks[first - 1].text.isupper() and toks[first - 2].text in _SHIP_CAPS and (
            not (toks[first].line_break_before or toks[first - 1].line_break_before)):
        return True  # MV NORDIC LINNEA: the prefix two words back on the name's line
    # The split prefix ends in an initial: joined only then (20 000 runs per dense MB).
    return first >= 2 and toks[first].initial and "".join(
        t.folded for t in toks[first - 2 : first + 1]) in SHIP_PREFIXES


# Ship prefixes as written in capitals, which no name word is: MT, MV, HMS.
_SHIP_CAPS: Final = frozenset({"MT", "MV", "MS", "M/S", "M/T", "M/V", "HMS", "S/S"})
_LONGEST_SHIP_NAME: Final = 3  # words


def a_ship_inside(run: list[Tok]) -> bool:
    """A run holding a ship prefix before its last words: `Assisterade MT Thor Sigyn` (a
    sentence's first word, the prefix, the ship's name)."""
    return any(t.text in _SHIP_CAPS and 0 < len(run) - k - 1 <= _LONGEST_SHIP_NAME
               for k, t in enumerate(run[:-1]))


def a_quoted_thing(first: int, last: int, toks: list[Tok]) -> bool:
    """A quoted name that is a label, a product or a title: etiketter "Golden Teacher",
    "Bupe" strips, "Gabbe" (gabapentin), köpt "Ketipinor", GHB som kallas "Lilla G"."""
    closed = last + 1 < len(toks) and toks[last + 1].text in QUOTES
    if first > 0 and toks[first - 1].text in QUOTES and not closed:
        return _a_product_title(last, toks)  # "Tina relax blend", "Kola energy"
    if not (first > 0 and toks[first - 1].text in QUOTES and closed):
        return False  # only the quoted words: `"Joint Viking"\nOla Berg` keeps Ola Berg
    before = prev_words(toks, first, 4)
    if before and before[-1] in PERSON_NAME_NOUNS:
        return False  # etikett med patientnamn "Ture Sjöberg": a label holding a person's name
    if any(w in LABEL_NOUNS for w in before) or (before and before[-1] in USE_VERBS):
        return True
    if before and before[-1].endswith(VESSEL_ENDINGS):
        return True
    after = [t for t in toks[last + 1 : last + 4] if t.text not in QUOTES]
    if after and (after[0].folded in PRODUCT_FORMS or (
            after[0].text == "(" and len(after) > 1 and _a_drug(after[1]))):
        return True
    return _named_right_after_a_drug(first, toks)


# Words that end a product's quoted name after a brand word: "Blått relax blend".
PRODUCT_TAILS: Final = PRODUCT_FORMS | {
    "blend", "mix", "energy", "relax", "drink", "shot", "shots", "tea", "te", "spice",
    "incense", "rökelse", "gummies", "bites", "vape", "vapes", "extract", "extrakt", "candy",
    "edition", "original", "classic", "max", "forte", "plus", "chill", "sleep", "focus"}


def _a_product_title(last: int, toks: list[Tok]) -> bool:
    """The quote goes on past the run in lower-case words and ends in a product's word:
    `"Tina relax blend"`, `"Kola energy"` (not `"Gina leverans"`)."""
    for j in range(last + 1, min(len(toks), last + 4)):
        t = toks[j]
        if t.text in QUOTES:
            return j > last + 1 and toks[j - 1].folded in PRODUCT_TAILS
        if not t.alpha or t.capital or t.line_break_before:
            return False
    return False


def _named_right_after_a_drug(first: int, toks: list[Tok]) -> bool:
    """`"GHB" som kallas "Lilla G"`; not `killen som säljer GHB kallas "Kungen"`."""
    i = first - 1
    while i >= 0 and toks[i].text in QUOTES:
        i -= 1
    if i < 0 or toks[i].folded not in NAMING_WORDS:
        return False
    i -= 1
    joined = i
    while i >= 0 and (toks[i].text in QUOTES or toks[i].folded in _JOINERS):
        i -= 1
    return i < joined and i >= 0 and _a_drug(toks[i])


def _a_drug(tok: Tok) -> bool:
    return tok.drug_word or tok.folded in lexicon.drugs()



_JOINERS: Final = frozenset({"som", "which", "that", ",", "also", "även", "ofta", "often"})


def an_organisation_part(first: int, last: int, toks: list[Tok]) -> bool:
    """Djursjukhuset Strömsholm, Scandic Grand Central, Sofia församling, Svenska
    Fotbollförbundet: next to an institution's word on the same line (after it, or a word in
    lower case before it: `Karin Holm Vårdcentralen Näsby` is a person); The Local."""
    head = toks[first]
    if head.folded == "the" and last > first and _no_given_name(first, last, toks):
        return True
    if head.is_cue_word and last > first + 1 and toks[first + 1].folded == "the" and not any(
            t.info.first for t in toks[first + 1 : last + 1]):
        return True  # From The Guardian
    if last > first and head.capital and a_building(head.folded):
        return True  # Studenthuset Dag Hammarskjöld
    if last > first and head.capital and head.institution and a_venue_compound(
            head.folded) and _no_given_name(first + 1, last, toks):
        return True  # Hästkliniken Strömsholm; Hudmottagningen Sara Lind is a person
    if last > first and head.folded in lexicon.organisations() and not any(
            t.info.first for t in toks[first + 1 : last + 1]) and not (
            head.info.first and not head.text.isupper()):
        return True  # Scandic Grand Central; but Noa Lilienthal (NOA, an agency) is a person
    if first > 0 and not head.line_break_before:
        prev = toks[first - 1]
        building = prev.capital and a_building(prev.folded)
        if (building or prev.institution or (
                prev.capital and prev.folded in lexicon.organisations())) and (
                building or _no_given_name(first, last, toks)):
            return True  # but Mottagningen Anna Berg is a person; Arena Ingemar Stenmark is not
    if last > first and toks[last].institution and ("-" in toks[last].text or not any(
            t.info.first for t in toks[first:last])):
        return True  # Svenska Fotbollförbundet, Anders Celsius-salen, Magnus Huss-priset
    nxt = toks[last + 1] if last + 1 < len(toks) else None
    return nxt is not None and not nxt.line_break_before and nxt.folded in _PLACE_UNITS


# Buildings, halls, rooms, foundations and housing co-ops are named after people: the name
# after them is theirs (`Studenthuset Dag Hammarskjöld`, `Arena Ingemar Stenmark`, `Brf
# Hjalmar Söderberg`), where after a unit it is often a contact's (`Mottagningen Anna Berg`).
_BUILDING_ENDS: Final = ("huset", "hallen", "salen", "lokalen", "vandrarhemmet", "hotellet",
                         "parken", "arenan", "stiftelsen", "fonden", "gården", "kyrkan", "teatern",
                         "museet")
_BUILDINGS: Final = frozenset({"arena", "brf", "stiftelse", "fond", "hotell", "hotel", "vandrarhem",
                               "scandic", "sal", "hall", "aula", "park"})


def a_building(folded: str) -> bool:
    return folded in _BUILDINGS or folded.endswith(_BUILDING_ENDS)


def _no_given_name(first: int, last: int, toks: list[Tok]) -> bool:
    return not any(t.info.first for t in toks[first : last + 1])


def an_acronym(first: int, last: int, toks: list[Tok]) -> bool:
    """KemI, BYOC in `Winter BYOC`, TEDI: no person's name is written so (outside lines in
    capitals); and a run whose initials are an acronym the text uses (Trans European Drug
    Information ... TEDI)."""
    # A run's substances and particles are trimmed later (`MDMA av Leila` is Leila).
    words = [t for t in toks[first : last + 1]
             if not (t.drug_word or t.particle or t.info.negative)]
    for t in words:
        if _inner_capital(t.text) or (
                t.text.isupper() and t.text.isalpha() and 3 <= len(t.text) <= 4
                and not t.line_is_shouting and not t.info.name and t.folded not in _LABELS
                and _mixed(words) and not _a_full_name_after(t, words)
                and not (t.index == last and _digits_next(t, toks))):  # Anna Berg KXT 482
            return True
    if len(words) == 1 and words[0].text.isupper() and len(words[0].text) >= 3:
        return _spelled_out(words[0].text, toks)
    if len(words) < 3:
        return False
    acronym = "".join(t.text[0] for t in words if t.alpha)
    return acronym in token_texts(toks)  # any token's text, a set built once per text


def _digits_next(tok: Tok, toks: list[Tok]) -> bool:
    """Three letters a plate's digits follow on the line (`KXT 482`): the plate's, not the
    name's (`Winter BYOC 2026` stays an event)."""
    nxt = toks[tok.index + 1] if tok.index + 1 < len(toks) else None
    return len(tok.text) == 3 and nxt is not None and not nxt.line_break_before and (
        nxt.text[:2].isdigit() and len(nxt.text) <= 3)


def _a_full_name_after(acronym: Tok, words: list[Tok]) -> bool:
    """A role's acronym before a full name: `SLO Petra Åhs`, `PT Rasmus Holm`."""
    rest = words[words.index(acronym) + 1 :]
    return acronym is words[0] and len(rest) >= 2 and rest[0].info.first and all(
        t.capital and not t.text.isupper() for t in rest)


def _mixed(words: list[Tok]) -> bool:
    """Not every word in capitals (not INGVILD HAUGEN); asked only of a word in capitals."""
    return not all(t.text.isupper() for t in words if t.alpha)


@functools.lru_cache(maxsize=1 << 14)
def _inner_capital(word: str) -> bool:
    """KemI, DreamHack; not AnnaKarin (Anna-Karin typed without its hyphen)."""
    match = _INNER_CAPITAL.match(word)
    return match is not None and not names.lookup(match.group(1), frozenset()).first


def _spelled_out(acronym: str, toks: list[Tok]) -> bool:
    """TEDI beside `Trans European Drug Information`."""
    # n capitalised tokens in a row with those first letters: where the acronym stands in
    # the text's capital initials. No capitalised word starts with NUL (a text may hold one).
    return "\0" not in acronym and acronym in capital_initials(toks)
