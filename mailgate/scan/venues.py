"""Words of trades, venues and clubs that make a capitalised run a business's or club's name.

Reports from trades outside health care name the places they work in and with the word of
their trade: `Pizzeria Bella Napoli`, `Medic Event`, `Student Housing Gränby`,
`Storskogens JVK`. None of these words is a surname or given name in our lists (checked in
tests/scan/test_venue_words.py); `Grill` and `Nail(s)`, names here, are left out.
"""

from __future__ import annotations

from typing import Final

# Anywhere in a run, as thingcues.ORG_WORDS: the run is an organisation's name (a full name before
# the word, `Anna Berg Event`, stays a person's, as for ORG_WORDS).
TRADE_WORDS: Final = frozenset({
    "event", "events", "housing", "catering", "fitness", "logistics", "trading",
    "consulting", "security", "bevakning", "åkeri", "bilservice",
    # a family firm by its owner's genitive: Ekholms Lantbruk, Perssons Bygg, Lindqvists Rör
    "lantbruk", "bygg", "måleri", "snickeri", "plåtslageri", "rör", "vvs", "transport",
    "transporter", "flytt", "städ", "städservice", "fastighetsservice", "entreprenad",
    "maskin", "trädgård", "handelsträdgård", "taxi", "massage", "massagesalong",
    # food makers and bands by an owner's genitive: Sjöbloms Rökeri, Holsts Honung, Mackes
    # Orkester (words folded like a genitive, Livs and Nails, are in eponyms.SHOP_WORDS)
    "livsmedel", "rökeri", "honung", "charkuteri", "orkester", "kapell",
    # and what such firms make and sell: Lindqvists Korv, Bergs Knivar, Ekmans Renkött
    "korv", "kaviar", "knivar", "renkött", "kött", "chark", "bröd", "kafferosteri",
    "choklad", "konfektyr", "sill", "fårgård", "gårdsbutik", "mejeri", "ost",
    "bryggeri", "destilleri", "hantverk", "slöjd",
    # shops by an owner's genitive and what they sell: Lindas Blommor, Hasses Cykel, Pers
    # Järn, Evas Hälsokost (none a name in our lists; `Bil` is, and stays out)
    "blommor", "blomster", "blomsterhandel", "cykel", "cyklar", "cykelverkstad", "järn",
    "järnhandel", "färg", "hälsokost", "tobak", "däck", "bilar", "guld", "foto",
    "musik", "sport", "antik", "möbler", "smide",
    # offices of a profession by their founder's name: Hellström Advokatbyrå, Olssons
    # Trafikskola, Lindgrens Redovisning, Ekmans Begravningsbyrå (the indefinite forms that
    # end a name; `Advokatfirman Lind & Berg` opens with the definite one, a thing's noun)
    "advokatbyrå", "advokatfirma", "advokatkontor", "juristbyrå", "juristfirma",
    "redovisning", "redovisningsbyrå", "revisionsbyrå", "bokföringsbyrå", "trafikskola",
    "körskola", "begravningsbyrå", "arkitektkontor", "elservice", "elinstallation", "elfirma",
    "mäklarbyrå", "fastighetsbyrå", "tandvård", "optik",
    # landlords and property firms: Stena Fastigheter, Wallenstam Bostäder
    "fastigheter", "fastighet", "bostäder", "förvaltning", "hyresbostäder",
    # clubs, teams and associations of hunters, riders, scouts, herders and rescuers
    "jvk", "jaktvårdskrets", "jaktvårdskretsen", "jaktlag", "jaktlaget", "viltvårdsområde",
    "ridklubb", "ridklubben", "ridskola", "ridskolan", "ryttarförening", "scoutkår",
    "scoutkåren", "sameby", "samebyn", "hjelpekorps", "hjälpkår", "frivilligkår",
    "stadion", "arena", "kammarkör", "kammarkören",
    # shopping centres: Bruuns Galleri, Gränby Centrum (`Mall` is a surname here)
    "galleri", "galleria", "gallerian", "köpcentrum", "köpcentret", "centrum",
    # housing cooperatives and allotment associations: Brf Solrosen
    "brf", "bostadsrättsförening", "bostadsrättsföreningen", "koloniförening",
    "koloniföreningen", "samfällighet", "samfälligheten", "hyresgästföreningen",
    # media: Sámi Radio, Sveriges Radio, TV4 Nyheter
    "radio", "tv", "nyheter", "news", "podcast", "podden",
    # county bodies and public institutions: Kalmar Läns Landsting, Gotlands Museum
    "läns", "landsting", "landstinget", "museum", "museet", "teater", "teatern",
    "bibliotek", "biblioteket",
})

# At a run's start, as thingcues.THING_NOUNS: what follows names the venue or thing, not a person
# (`Pizzeria Bella Napoli`, `lex Maria`, `ordet "Flaket"`, `sjunger psalmen Stilla natt`).
VENUE_HEADS: Final = frozenset({
    "pizzeria", "pizzerian", "restaurang", "trattoria", "bistro", "bistron", "kiosk",
    "krog", "krogen", "café", "kafé", "pub", "puben", "restaurant",
    "kiosken", "salong", "salongen", "nagelsalong", "nagelsalongen", "frisörsalong",
    "frisörsalongen", "gym", "gymmet", "bageri", "bageriet", "konditori", "konditoriet",
    "studio", "studion", "aula",  # Aula Magna
    # a shop by its owner's given name: Salon Yasmin, Bilverkstad Zakaria (a trade's word
    # for a person, `Optiker Lindh`, `frisören Yasmin`, is no shop's and stays out)
    "salon", "bilverkstad", "bilverkstaden", "verkstad", "verkstaden", "livsmedelsbutik",
    # a circus and a hospice by their founder's or saint's name: Cirkus Scott, Hospice
    # Sankt Göran
    "cirkus", "cirkusen", "hospice", "hospis", "hospiset",
    # a Thai temple: Wat Buddhavihara
    "wat",
    # camps, villas and manors: Camp Ripan, Villa Strandvik (Camp and Villa are surnames
    # abroad, rarely here)
    "camp", "camping", "campingen", "lägret", "villa", "villan", "herrgård", "herrgården",
    # a law named after a person (lex Maria, lex Sarah) names the law
    "lex",
    # police operations and named projects: Operation Kraft, Insatsen Frigg, Projekt Anna
    "operation", "insats", "insatsen", "projekt", "projektet", "kampanj",
    "kampanjen",
    # exercises and rescue stations, named after people and places alike: Exercise Övning
    # Vega, Brandstation Annelund, Räddningsstation Hönö
    "exercise", "övning", "övningen", "brandstation", "brandstationen", "räddningsstation",
    "räddningsstationen", "sjöräddningsstation", "räddningsenhet", "räddningsenheten",
    # a word, phrase or song quoted or named: ordet "Flaket", låten Stilla natt
    "ordet", "orden", "uttrycket", "frasen", "word", "phrase", "psalmen", "sången",
    "låten", "visan", "song", "hymn",
})

# Abbreviations of Swedish clubs after their place in the genitive (`Storskogens JVK`,
# `Hudiksvalls IF`): no author's initials, though written as `Surname INITIALS` is.
CLUB_ABBREVIATIONS: Final = frozenset({
    "jvk", "jvf", "jk", "if", "ik", "bk", "ff", "fk", "sk", "gif", "aif", "ibk", "hk", "kk",
    "rk", "rf", "mk", "ok", "btk", "gk", "sällskap",
})
# The same letters, and a few more, open a club's name in capitals: `IK Frej`, `TK Atlas`,
# `IFK Norrköping`; before a surname they are a register's initials (`OK Svensson`).
_LEADING_CLUBS: Final = (CLUB_ABBREVIATIONS - {"sällskap"}) | frozenset({
    "tk", "ifk", "aik", "gais", "bois", "fbk", "hbk", "ibf", "goif", "ktk", "bmk", "sok",
})


def a_club_abbreviation(word: str) -> bool:
    """`IK`, `BK`, `TK`: the letters that open a Swedish club's name, in capitals."""
    return word.isupper() and word.casefold() in _LEADING_CLUBS


# A clinic's, home's or shop's compound name (Hästkliniken, Tandvårdsmottagningen,
# Mattvätten) before a surname or place is the venue's full name, as `Djursjukhuset
# Strömsholm`; a person's word compounded (`Trafikpolisen Lindqvist`, `Jouren`) is left out.
_VENUE_ENDS: Final = ("kliniken", "mottagningen", "sjukhuset", "lasarettet", "vårdcentralen",
                      "boendet", "hemmet", "salongen", "tvätten", "butiken", "verkstaden",
                      "bageriet", "studion", "centret", "centrum")


def a_venue_compound(folded: str) -> bool:
    """A compound (longer than its ending) naming a clinic, home or shop."""
    return any(folded.endswith(end) and len(folded) > len(end) + 1 for end in _VENUE_ENDS)
