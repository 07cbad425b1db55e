"""Names and hard negatives for the twenty-ninth corpus's templates.

`NAMES(rng, split)` serves «first ORIGIN», «last ORIGIN», «name ORIGIN», «reg ORIGIN»
(register style, `EFTERNAMN, Förnamn`), «street», «address» and «neg POOL» tokens through the
shared `../pool_names.py`. Every pool is halved: even entries for dev, odd entries for holdout,
so the two splits' templates draw different names and negatives. The negatives are what a
housing file is full of: property designations that look like names, housing companies,
buildings and estates named after persons, streets, switchboards, medicines and street drugs.
"""

from __future__ import annotations

from pool_names import Pools, names_from

FIRST = {
    "se": ("Birgitta", "Leif", "Marianne", "Kjell", "Gunilla", "Roger", "Lena", "Tommy",
           "Ingrid", "Stefan", "Eva", "Conny", "Agneta", "Jörgen", "Monica", "Ronny"),
    "ro": ("Ionela", "Marian", "Florica", "Costel", "Mirela", "Nicușor", "Daniela", "Viorel"),
    "pl": ("Grażyna", "Zbigniew", "Bożena", "Krzysztof", "Halina", "Tadeusz", "Dorota",
           "Mirosław"),
    "so": ("Faadumo", "Abdullahi", "Hibaaq", "Yusuf", "Xaawo", "Mohamud", "Ubah", "Said"),
    "sy": ("Rasha", "Ammar", "Lina", "Bassel", "Hiba", "Ghassan", "Dima", "Firas"),
    "fi": ("Pirjo", "Jarmo", "Tuula", "Reijo", "Marjatta", "Seppo", "Anneli", "Pertti"),
}
LAST = {
    "se": ("Grahn", "Vikström", "Sundberg", "Åkesson", "Nyström", "Blom", "Holm", "Falk",
           "Lundqvist", "Hägg", "Brandt", "Wallin", "Ekström", "Kvist", "Sjöström", "Björk"),
    "ro": ("Lăcătuș", "Stoica", "Dumitru", "Căldăraru", "Moldovan", "Rusu", "Gheorghe",
           "Stanciu"),
    "pl": ("Wróblewska", "Kaczmarek", "Zielińska", "Mazur", "Wojciechowski", "Krawczyk",
           "Pawlak", "Sikora"),
    "so": ("Farah", "Ibrahim", "Hassan", "Abdi", "Mohamed", "Ali", "Yusuf", "Warsame"),
    "sy": ("Haddad", "Khoury", "Darwish", "Nasser", "Sabbagh", "Hamwi", "Aziz", "Qassab"),
    "fi": ("Karjalainen", "Rantanen", "Mäkelä", "Virtanen", "Korhonen", "Tuominen", "Lindroos",
           "Savolainen"),
}
STREETS = ("Skomakargatan", "Vävaregatan", "Garvarvägen", "Krukmakarbacken", "Sadelmakargatan",
           "Murarvägen", "Repslagargatan", "Kopparslagargränd", "Tunnbindarvägen",
           "Glasblåsargatan", "Hattmakarvägen", "Korgmakargatan")
TOWNS = ("802 64 Gävle", "602 28 Norrköping", "504 55 Borås", "653 42 Karlstad",
         "703 63 Örebro", "853 51 Sundsvall", "392 41 Kalmar", "973 32 Luleå",
         "554 48 Jönköping", "754 49 Uppsala", "261 39 Landskrona", "291 54 Kristianstad")
NEGATIVES = {
    "property": ("Kvarnstenen 4", "Spinnrocken 12", "Gjutaren 7", "Hovslagaren 3", "Sländan 9",
                 "Bryggaren 14", "Mjölnaren 2", "Linvävaren 6", "Smedjan 11", "Valken 5",
                 "Kardan 8", "Tegelbruket 1"),
    "landlord": ("Gavlegårdarna", "Hyresbostäder i Norrköping", "AB Bostäder i Borås", "KBAB",
                 "ÖrebroBostäder", "Mitthem", "Kalmarhem", "Lulebo", "Vätterhem",
                 "Uppsalahem", "Landskronahem", "ABK Kristianstad"),
    "building": ("Ebba Brahe-huset", "Karl Johans gård", "Hilma Kronbergs hus",
                 "Gustaf Dalénhuset", "Kristina Nilssons gård", "Fredrika Bremer-huset",
                 "Carl Milles gård", "Elsa Borgs hus", "Jenny Linds gård", "Anders Zorns hus",
                 "Sven Hedins gård", "Greta Garbos hus"),
    "street": ("Tjack", "Subbe", "Benso", "Spice", "Kola", "Zombie", "Flakka", "Kat"),
    "substance": ("heroin", "amfetamin", "buprenorfin", "metadon", "fentanyl", "kokain",
                  "crack", "GHB", "pregabalin", "nitazener", "xylazin", "klonazepam"),
    "brand": ("Subutex", "Buvidal", "Metadon DnE", "Oxynorm", "Lyrica", "Xanor", "Stesolid",
              "Imovane", "Nyxoid", "Sobril", "Rivotril", "Tradolan"),
    "switchboard": ("08-465 004 00", "031-390 06 00", "040-628 04 00", "08-465 004 50",
                    "031-390 06 50", "040-628 04 50"),
    "weekday": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    "month": ("januari", "februari", "mars", "april", "maj", "juni", "augusti", "september",
              "oktober", "november"),
}
DRUG_POOLS = ("street", "substance", "brand")

POOLS = Pools(first=FIRST, last=LAST, streets=STREETS, towns=TOWNS, negatives=NEGATIVES)
NAMES = names_from(POOLS)
