"""Names and hard negatives for the seventh corpus's templates.

`Names(rng, split)` serves «first ORIGIN», «last ORIGIN», «name ORIGIN», «street» and
«neg POOL» tokens. Every pool is halved: even entries for dev, odd entries for holdout, so
the two splits' templates draw different names and negatives.
"""

from __future__ import annotations

from collections.abc import Sequence

from pool_names import Pools, names_from

FIRST = {
    "se": ("Linnea", "Oskar", "Maja", "Viktor", "Tove", "Hampus", "Elin", "Jonatan", "Signe",
           "Albin", "Ebba", "Melker"),
    "fi": ("Aino", "Veeti", "Kerttu", "Joonas", "Iida", "Topias", "Helmi", "Eetu"),
    "no": ("Ingvild", "Sindre", "Solveig", "Håkon", "Ragnhild", "Eirik", "Tuva", "Øystein"),
    "dk": ("Mette", "Rasmus", "Sofie", "Mads", "Line", "Frederik", "Ida", "Søren"),
    "ar": ("Yasmin", "Omar", "Rawan", "Karim", "Lujain", "Tariq", "Nour", "Bilal"),
    "fa": ("Shirin", "Dariush", "Parisa", "Kourosh", "Mahsa", "Behrouz", "Leila", "Arash"),
    "thing": ("Molly", "Charlie", "Tina", "Jack", "Gina", "Mandy", "Crystal", "Ecstasy"),
}
LAST = {
    "se": ("Lindqvist", "Åberg", "Sandström", "Hedlund", "Björklund", "Engström", "Falk",
           "Nyberg", "Wikström", "Holm", "Sjöberg", "Ek"),
    "fi": ("Mäkelä", "Laaksonen", "Heikkinen", "Kallio", "Salminen", "Rinne", "Koskinen",
           "Väisänen"),
    "no": ("Haugen", "Bakke", "Solberg", "Lie", "Strand", "Moen", "Dahl", "Aas"),
    "dk": ("Kjærgaard", "Østergaard", "Nørgaard", "Bech", "Lund", "Mikkelsen", "Holst", "Juhl"),
    "ar": ("Haddad", "al-Amin", "Nasser", "el-Sayed", "Khoury", "Mansour", "Saleh", "Darwish"),
    "fa": ("Karimi", "Rostami", "Ahmadi", "Jafari", "Moradi", "Hosseini", "Rahimi", "Tavakoli"),
    "thing": ("Berg", "Svensson", "Nilsson", "Jack", "Snö", "Kristall", "Blom", "Sten"),
}
STREETS = ("Tegnérgatan", "Kyrkogatan", "Södra Förstadsgatan", "Storgatan", "Klippgatan",
           "Bangårdsgatan", "Hamngatan", "Skolgatan", "Rönnvägen", "Tallstigen")
TOWNS = ("413 04 Göteborg", "753 20 Uppsala", "214 32 Malmö", "903 27 Umeå", "582 23 Linköping",
         "972 34 Luleå", "702 10 Örebro", "852 30 Sundsvall")
NEGATIVES: dict[str, Sequence[str]] = {
    "nps": ("isotonitazen", "metonitazen", "protonitazen", "N-pyrrolidino-etonitazen",
            "bromazolam", "flualprazolam", "clonazolam", "etizolam", "3-MMC", "4-CMC",
            "alfa-PVP", "MDMB-4en-PINACA", "ADB-BUTINACA", "xylazin", "medetomidin",
            "2-fluorodeskloroketamin", "1P-LSD", "karfentanil", "ocfentanil", "2C-B"),
    "brand": ("Xanor", "Sobril", "Stesolid", "Rohypnol", "Imovane", "Propavan", "Theralen",
              "Atarax", "Concerta", "Elvanse", "Ritalin", "Attentin", "Lyrica", "Tradolan",
              "Oxycontin", "Oxynorm", "Subutex", "Suboxone", "Buvidal", "Metadon"),
    "street": ("Tina", "Molly", "Charlie", "Mandy", "Tuss", "Nobbe", "Kaka", "Pajas", "Jack",
               "Gina", "Lean", "blue", "Flakka", "Nexus", "Vanilla Sky", "Kristall"),
    "stamp": ("Tesla", "Rolex", "Pikachu", "Donkey Kong", "Super Mario", "Philipp Plein",
              "Red Bull", "Ferrari", "Punisher", "Minion", "Bugatti", "Trump", "Lamborghini",
              "Hello Kitty", "Blue Punisher", "Sonic"),
    "place": ("Sergels torg", "Möllevångstorget", "Centralstationen", "Järntorget",
              "Vasaplatsen", "Frihamnen", "Stigbergstorget", "Nydalaparken", "Fyristorg",
              "Stortorget", "Rosengård", "Hammarkullen", "Gottsunda", "Skärholmen"),
    "org": ("Folkhälsomyndigheten", "Läkemedelsverket", "Tullverket", "CAN", "EUDA",
            "Giftinformationscentralen", "Nationellt forensiskt centrum", "RMV",
            "Apotek Hjärtat", "Kronans Apotek", "Kustbevakningen", "Polismyndigheten",
            "Sahlgrenska", "Karolinska", "Region Skåne", "Stockholms stad"),
    "event": ("Way Out West", "Sweden Rock", "Summerburst", "Storsjöyran", "Malmöfestivalen",
              "Kulturnatten", "Lundakarnevalen", "Gothia Cup", "Valborg", "Cosmos"),
    "venue": ("Trädgården", "Berns", "Nalen", "Debaser", "Pustervik", "Kulturbolaget",
              "Slaktkyrkan", "Kåren", "Plan B", "Hemlingby"),
    "month": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
              "september", "oktober", "november", "december"),
    "weekday": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
                "måndags"),
}
DRUG_POOLS = ("nps", "brand", "street", "stamp")


POOLS = Pools(FIRST, LAST, STREETS, TOWNS, NEGATIVES, register_style=False)
Names = names_from(POOLS)
