"""Venues, institutions, ships, clubs, flights and streets abroad named like people: `Sakura
Bar`, `Lily Nails`, `Sevilla FC`, `Hospiten Roca`, `Pensión Carmen`, `Harmony of the Seas`,
`Temple of Peace`, `Iberia IB 3246`, `kyrkan Kidane Mehret`, `Danish Fishermen PO`; streets
(`Paldiski mnt 81`, `Plaza Calvo Sotelo 3`) are streetsabroad.py's checks, asked from here.

Each check reads only the run's own words and its nearest neighbours. A given name common in
Sweden before a word that is a surname too stays a person (`Anna Bar`), and so does a given
name and a surname after a church's word (`kyrkan Anna Berg` is rare, but privacy wins).
"""

from __future__ import annotations

import itertools
import re
from typing import Final

from mailgate.scan.recognizers.streetsabroad import (
    STREET_ENDINGS,
    STREET_HEADS,
    STREET_WORDS,
    a_street_abroad,
    after_a_street_head,
    ezafe_street,
    next_on_line,
)
from mailgate.scan.recognizers.words import QUOTES, Tok
from mailgate.scan.thingcues import SAINT_ABBREVIATIONS

# Words that end a venue's, firm's or club's name abroad: Sakura Bar, Lily Nails, Sevilla FC.
VENUE_TAILS: Final = frozenset({
    "bar", "pub", "nails", "spa", "lounge", "café", "cafe", "bistro", "grill", "hostel",
    "resort", "motel", "hotel", "restaurant", "kitchen", "bakery", "boutique", "barbers",
    "barbershop", "salon", "beauty", "massage", "tattoo", "market", "mart", "store", "shop",
    "fc", "cf", "afc", "sc", "ac", "cd", "ud", "sk", "bk", "fk", "if", "ik",
    "practice", "clinic", "dental", "medical", "pharmacy", "hospital", "hospice",
    "airways", "airlines", "cruises", "ferries", "tours", "travels", "taxi", "logistics",
})
# The tails no one is called: even after a given name common here they end a venue's name.
SURE_TAILS: Final = VENUE_TAILS - {"bar", "pub", "grill", "kitchen", "market", "mart", "store",
                                   "shop", "hotel", "sc", "ac", "cd", "ud", "sk", "bk", "fk",
                                   "if", "ik"}
# Heads abroad that name the lodging, eatery, shop or club after them, even after a person
# (Hostal Don Juan, Pensión Carmen, Baan Somsak, Warung Made): the owner's name is the venue's.
LODGING_HEADS: Final = frozenset({
    "restaurante", "ristorante", "trattoria", "taverna", "bodega", "cantina", "chiringuito",
    "brasserie", "cervecería", "panadería", "boulangerie", "hostal", "pensión", "pension",
    "pousada", "posada", "gasthof", "gasthaus", "hôtel", "hotel", "baan", "warung",
    "homestay", "guesthouse", "clube", "club",
    # cafés, houses and farms let or run under a person's name: Casa Miguel, Café Agnes,
    # Finca Doña Rosa, Golfklubben Don Carlos (`Bar` is a given name too: Bar Cohen)
    "casa", "restaurant", "café", "cafe", "kafé", "osteria", "taberna", "tasca", "finca",
    "quinta", "hacienda", "riad", "chalet", "lodge", "ryokan", "golfklubben", "golfklubb",
    "golfclub",
})
# Care institutions abroad: their own name follows, but so may a doctor's (Clínica Dr. Ana Ruiz).
CARE_HEADS: Final = frozenset({
    "hospital", "hôpital", "clínica", "clinica", "clinique", "klinikum", "krankenhaus",
    "ospedale", "policlínica", "farmacia", "pharmacie", "apotheke", "szpital",
})
_TITLES: Final = frozenset({"doctor", "doctora", "dr", "dr.", "dra", "dra.", "doutor", "doutora",
                            "dott.", "dottore", "docteur"})
# How institutions' names abroad begin: Hospiten, Hôpital, Ospedale, Clínica, Szpital.
INSTITUTION_STEMS: Final = ("hospit", "hôpit", "ospedal", "clínic", "policlin", "policlín",
                            "sanatori", "szpital", "spital", "bolnica", "bolnic")
# Houses of worship right before their name: kyrkan Kidane Mehret, Wat Buddhavihara.
WORSHIP_WORDS: Final = frozenset({
    "kyrkan", "församlingen", "moskén", "templet", "klostret", "katedralen", "church",
    "mosque", "temple", "parish", "monastery", "cathedral", "wat", "gurdwara", "mandir",
})
# Heads before `of` whose `of` names a place or an idea, not a person: Temple of Peace.
OF_HEADS: Final = frozenset({
    "temple", "church", "cathedral", "chapel", "mosque", "museum", "palace", "castle",
    "order", "isle", "island", "bank", "port", "bay", "republic", "kingdom", "sisters",
    "brothers", "daughters", "house", "hall", "gardens", "garden",
})
# Nationalities in English that open an organisation's name: Danish Fishermen PO, Polish
# Workers Union. `Danish` is a given name too (Danish Ali): no listed name may follow.
NATIONALITIES: Final = frozenset({
    "danish", "swedish", "norwegian", "finnish", "icelandic", "estonian", "latvian",
    "lithuanian", "polish", "german", "dutch", "belgian", "french", "spanish", "portuguese",
    "italian", "greek", "turkish", "british", "english", "scottish", "welsh", "irish",
    "american", "canadian", "australian", "thai", "vietnamese", "chinese", "japanese",
    "korean", "indian", "ukrainian", "russian", "romanian", "bulgarian", "serbian", "croatian",
    "bosnian", "albanian", "somali", "eritrean", "ethiopian", "kurdish", "iranian", "iraqi",
    "syrian", "afghan", "nordic", "scandinavian", "baltic", "european", "international",
})
_HEADS: Final = LODGING_HEADS | CARE_HEADS
_SAINTS: Final = SAINT_ABBREVIATIONS | {"st"}
_SAINTS_ABROAD: Final = frozenset({"santa", "san", "santo", "são", "sant", "sankt", "saint",
                                   "sainte", "st", "st."})
# The words at a run's edges that some check below reads: without one, none can say yes.
_FIRST_WORDS: Final = _HEADS | STREET_HEADS | _TITLES | NATIONALITIES
_BEFORE_WORDS: Final = _FIRST_WORDS | WORSHIP_WORDS | OF_HEADS | {"of"}
# Abbreviations whose full stop may stand right before the run: `ul. Jana Pawła II`, `St.`.
_ABBREVIATED: Final = frozenset({"ul", "al", "st", "ste"})
_AFTER_WORDS: Final = VENUE_TAILS | STREET_WORDS | {"of", "gate", "and", "&", "och"}
_AIRLINE_CODE: Final = re.compile(r"^(?=.*[A-Z])[A-Z0-9]{2}$")
_FLIGHT_NUMBER: Final = re.compile(r"^\d{1,4}$")


def a_venue_abroad(run: list[Tok], toks: list[Tok]) -> bool:
    """The run names a venue, institution, ship, club, flight or street abroad."""
    return _may_be_a_venue(run, toks) and (
            _before_a_venue_tail(run, toks) or _an_institution(run) or _after_worship(run, toks)
            or _of_a_thing(run, toks) or _a_flight(run, toks) or a_street_abroad(run, toks)
            or _before_a_saints_name(run, toks) or _after_a_venue_head(run, toks)
            or after_a_street_head(run, toks) or _after_a_nationality(run))


def _may_be_a_venue(run: list[Tok], toks: list[Tok]) -> bool:
    """Whether any check below can answer yes: a set lookup or two on the run's edges and
    neighbours (names_a_thing asks every run of a dense text)."""
    first, last = run[0], run[-1]
    if first.folded in _FIRST_WORDS or first.folded.startswith(INSTITUTION_STEMS) or (
            ezafe_street(first)):
        return True
    i = first.index - 1
    if i >= 0 and (toks[i].folded in _BEFORE_WORDS or ezafe_street(toks[i]) or (
            toks[i].text == "." and i > 0 and toks[i - 1].folded in _ABBREVIATED)):
        return True  # not every run after a full stop: only after `ul.`, `St.`
    folded = last.text.casefold()
    if folded in VENUE_TAILS or folded.endswith(STREET_ENDINGS) or folded.endswith(
            ("'s", "’s")) or _AIRLINE_CODE.match(last.text):
        return True
    i = last.index + 1
    return i < len(toks) and (toks[i].text.casefold() in _AFTER_WORDS or (
        _AIRLINE_CODE.match(toks[i].text) is not None))


def _a_persons_name(run: list[Tok]) -> bool:
    """A given name common here, or a given name before a surname: a person's name."""
    words = [t for t in run if t.capital]  # `del` in Costa del Sol is no given name
    return any(t.info.core for t in words if t.info.first) or any(
        a.info.first and (b.info.last or b.info.shaped) for a, b in itertools.pairwise(words))


def _before_a_venue_tail(run: list[Tok], toks: list[Tok]) -> bool:
    """`Sakura Bar`, `Lily Nails` (the tail in the run); `Sevilla FC`, `Family Medical
    Practice` (the tail right after it, one space between, capitalised)."""
    tail = run[-1].text.casefold()  # folded drops a plural s: Nails reads Nail, a name
    if len(run) >= 2 and tail in VENUE_TAILS:
        return tail in SURE_TAILS or not _a_persons_name(run[:-1])  # Anna Bar, Ebba Holm SK
    nxt = next_on_line(run, toks)
    return nxt is not None and nxt.text[:1].isupper() and nxt.text.casefold() in VENUE_TAILS and (
        run[-1].end + 1 == nxt.start) and not nxt.info.last and not _a_persons_name(run)


def _an_institution(run: list[Tok]) -> bool:
    """`Hospiten Roca`, `Ospedale Maggiore`: a run led by a hospital's or clinic's word."""
    return run[0].folded.startswith(INSTITUTION_STEMS) and not run[0].info.name


def _after_worship(run: list[Tok], toks: list[Tok]) -> bool:
    """`kyrkan Kidane Mehret`, `Wat Buddhavihara`: a house of worship's own name, unless a
    given name and a surname stand there (kyrkan, Anna Berg)."""
    i = run[0].index - 1
    if i < 0 or toks[i].folded not in WORSHIP_WORDS or toks[i].end + 1 != run[0].start or (
            run[0].line_break_before):
        return False  # `…to the parish⏎Dear Reverend Hjelm`: a new line, no church's name
    return not any(a.info.first and (b.info.last or b.info.shaped)
                   for a, b in itertools.pairwise(run))  # not _a_persons_name: Kidane


def _of_a_thing(run: list[Tok], toks: list[Tok]) -> bool:
    """`Harmony of the Seas` (one word, no surname nor given name common here, before `of the`
    and a capital: a ship's or a title's name; `Lars Palm of the Swedish Embassy` stays);
    `Temple of Peace` (after `of` and a building's or an order's word)."""
    after = [t.text for t in (next_on_line(run, toks, k) for k in (1, 2, 3, 4)) if t is not None]
    if len(run) == 1 and not (run[0].info.last or run[0].info.core) and len(after) >= 3 and (
            after[0] == "of") and ((after[1] == "the" and after[2][:1].isupper()) or (
            after[1][:1].isupper() and after[2] in QUOTES)):
        return True  # Harmony of the Seas; the boat "Rosalind of Tromsø"
    i = run[0].index
    if i < 2 or toks[i - 1].folded != "of" or not toks[i - 2].text[:1].isupper():
        return False
    head = toks[i - 2]  # Temple of Peace; "Kabul Star of Aurora", a dog's kennel name
    return head.folded in OF_HEADS or not (
        head.info.name or head.is_cue_word or head.sentence_start or len(run) > 1)


def _a_flight(run: list[Tok], toks: list[Tok]) -> bool:
    """`Iberia IB 3246`: an airline's name and its two-letter code before a flight number
    (`Anna Holm SK 1420` is a passenger)."""
    nxt = next_on_line(run, toks)
    if len(run) >= 2 and _AIRLINE_CODE.match(run[-1].text) and nxt is not None:
        return _FLIGHT_NUMBER.match(nxt.text) is not None and not _a_persons_name(run[:-1])
    if _a_persons_name(run):
        return False
    after = next_on_line(run, toks, 2)
    return nxt is not None and after is not None and _AIRLINE_CODE.match(nxt.text) is not None and (
        _FLIGHT_NUMBER.match(after.text) is not None)


def _before_a_saints_name(run: list[Tok], toks: list[Tok]) -> bool:
    """`Guy's and St Thomas'`: a possessive joined to a saint's name is a hospital's or a
    church's name."""
    word, saint = next_on_line(run, toks), next_on_line(run, toks, 2)
    return run[-1].text.endswith(("'s", "’s")) and word is not None and saint is not None and (
        word.folded in ("and", "&", "och")) and saint.folded in _SAINTS


def _after_a_venue_head(run: list[Tok], toks: list[Tok]) -> bool:
    """`Pensión Carmen`, `Hostal Don Juan`, `Restaurante Casa Pepe`: a lodging's or eatery's
    head, in the run or right before it, names it; a care institution's too, unless a given
    name and a surname follow (a doctor's), and a single surname after a title (`Clínica
    Doctor Gálvez`). A person's cue in the run (`Hospital Officer Anna Berg`) keeps it."""
    titled = run[0].folded in _TITLES
    if titled:  # Clínica Doctor Gálvez: one surname after a title, the clinic's name
        if len(run) != 2 or run[1].info.first:
            return False  # Clínica Dr. Ana Ruiz: a doctor
    elif any(t.is_cue_word for t in run):
        return False
    elif len(run) >= 2 and run[0].capital and run[0].folded in _HEADS:
        return run[0].folded in LODGING_HEADS or run[1].folded in _SAINTS_ABROAD or (
            not _a_persons_name(run[1:]))  # Farmacia Santa Ana: a saint's, no one's
    i = run[0].index - 1
    if i < 0 or not toks[i].capital or run[0].line_break_before or (
            toks[i].end + 1 != run[0].start):
        return False
    head = toks[i].folded
    return head in LODGING_HEADS or (head in CARE_HEADS and (titled or not _a_persons_name(run)))


def _after_a_nationality(run: list[Tok]) -> bool:
    """`Danish Fishermen PO`, `Polish Workers Union`: a nationality before words no list calls
    a name (`Danish Ali`, `Norwegian Anna Berg` stay people)."""
    return len(run) >= 2 and run[0].folded in NATIONALITIES and not any(
        t.info.name or t.is_cue_word for t in run[1:])
