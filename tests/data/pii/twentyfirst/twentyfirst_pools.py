"""Names and hard negatives for the twenty-first corpus's templates.

`NAMES(rng, split)` (the shared `../pool_names.py`) serves «first ORIGIN», «last ORIGIN»,
«name ORIGIN», «reg ORIGIN» (register style, `EFTERNAMN, Förnamn`), «street», «address» and
«neg POOL» tokens. Every pool is halved: even entries for dev, odd entries for holdout, so the
two splits' templates draw different names and negatives.
"""

from __future__ import annotations

from pool_names import Pools, names_from

FIRST = {
    "se": ("Sten", "Vera", "Björn", "Rose", "Dag", "Ros", "Bo", "Lo", "Stina", "Alve", "Tyra",
           "Sixten", "Ylva", "Kent", "Idun", "Harald"),
    "fs": ("Göran", "Marianne", "Jarl", "Solveig", "Kristian", "Gunilla", "Roy", "Ann-Mari"),
    "pl": ("Paweł", "Joanna", "Krzysztof", "Beata", "Marek", "Izabela", "Dariusz", "Magda"),
    "ku": ("Rêzan", "Berfin", "Serhat", "Dilan", "Azad", "Hêvî", "Rojhat", "Zozan"),
    "ar": ("Mahmoud", "Rania", "Samir", "Hala", "Yousef", "Nour", "Karim", "Amal"),
    "bs": ("Emir", "Amra", "Adnan", "Selma", "Haris", "Lejla", "Mirza", "Alma"),
    "en": ("Hope", "Grace", "Joy", "Rich", "Sunny", "Hunter", "Brooke", "Chase"),
}
LAST = {
    "se": ("Sten", "Björk", "Dahl", "Ros", "Hägg", "Ek", "Lo", "Berg", "Sjöberg", "Flink",
           "Lund", "Vall", "Ståhl", "Lax", "Gren", "Blom"),
    "fs": ("Grönroos", "Lindholm", "Forsblom", "Ekström", "Sundqvist", "Öhman", "Backman",
           "Wikström"),
    "pl": ("Zieliński", "Nowak", "Wiśniewska", "Kozłowski", "Jankowska", "Wójcik", "Krawczyk",
           "Sowa"),
    "ku": ("Hussein", "Amed", "Baran", "Doğan", "Rashid", "Karim", "Aydın", "Bozkurt"),
    "ar": ("al-Hassan", "Haddad", "bin Saleh", "Mansour", "el-Amin", "Khalil", "Nasser", "Saad"),
    "bs": ("Hodžić", "Begić", "Mehmedović", "Kovačević", "Delić", "Hadžić", "Husić", "Salihović"),
    "en": ("Young", "Rich", "Hope", "Bird", "Moon", "Wolf", "Fox", "Stone"),
}
STREETS = ("Linnégatan", "Selma Lagerlöfs väg", "Rönnvägen", "Kaptensgatan", "Bagaregatan",
           "Anders Zorns gata", "Björkallén", "Smedjegatan", "Fiskaregatan", "Drottninggatan",
           "Skolgatan", "Kvarngatan")
TOWNS = ("413 04 Göteborg", "802 50 Gävle", "582 24 Linköping", "903 26 Umeå", "214 21 Malmö",
         "721 30 Västerås", "118 62 Stockholm", "831 34 Östersund", "652 25 Karlstad",
         "941 33 Piteå")
NEGATIVES = {
    "street_drug": ("Tina", "Molly", "Special K", "Lean", "Kush", "Charlie", "Mandy", "Spice",
                    "Kat", "Subbe", "Benzo", "Tjack", "Fenta", "Kristall", "Snö", "Kicks"),
    "brand": ("Xanor", "Tramadol Actavis", "Citodon", "Lyrica", "Stesolid", "Imovane",
              "Rivotril", "Oxycontin", "Concerta", "Elvanse", "Sobril", "Subutex", "Ritalin",
              "Alprazolam Krka", "Pregabalin Orion", "Theralen"),
    "stamp": ("M 30", "OP 80", "S 90 3", "Tesla", "Punisher", "Blue Dolphin", "Y 37", "R039"),
    "place": ("Slottsskogen", "Rålambshovsparken", "Folkets park", "Stadsparken",
              "Kungsträdgården", "Pildammsparken", "Nytorget", "Vasaparken", "Järntorget",
              "Brunnsparken"),
    "shop": ("Willys", "Clas Ohlson", "Biltema", "Jula", "Pressbyrån", "Max", "Lindex", "Jysk",
             "Systembolaget", "Espresso House", "Åhléns", "Ica Maxi"),
    "team": ("Hammarby", "Djurgården", "Brynäs", "Färjestad", "IFK Norrköping", "Malmö FF",
             "Frölunda", "AIK", "Häcken", "Sirius"),
    "bus": ("buss 16", "nattbuss 94", "Flygbussarna", "linje 4", "Blåbuss 1", "buss 55",
            "Röd express", "Skånetrafikens 5:a"),
    "weekday": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
                "lucianatten"),
    "pet": ("Bamse", "Tina", "Sigge", "Molly", "Charlie", "Lady", "Kurt", "Rocky"),
    "brand_name": ("Fjällräven", "Marabou", "Estrella", "Felix", "Gevalia", "Findus",
                   "Kalles kaviar", "Norrlands Guld"),
}
DRUG_POOLS = ("street_drug", "brand", "stamp")
NAMES = names_from(Pools(first=FIRST, last=LAST, streets=STREETS, towns=TOWNS,
                         negatives=NEGATIVES))
