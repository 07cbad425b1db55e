"""Names and hard negatives for the twelfth corpus's templates, served by `../pool_names.py`.

`Names(rng, split)` serves «first ORIGIN», «last ORIGIN», «name ORIGIN», «reg ORIGIN»
(register style, `EFTERNAMN, Förnamn`), «street», «address» and «neg POOL» tokens. Every pool
is halved: even entries for dev, odd entries for holdout.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pool_names import Pools, names_from

FIRST = {
    "se": ("Gunnel", "Ingemar", "Majken", "Rune", "Ulla-Britt", "Stig", "Lovisa", "Folke",
           "Agneta", "Valter", "Sigrid", "Evert", "Barbro", "Alf", "Iris", "Holger"),
    "so": ("Abdirahman", "Hodan", "Mohamud", "Ifrah", "Abdiwali", "Sahra", "Liban", "Ayaan"),
    "gr": ("Nikos", "Eleni", "Giorgos", "Katerina", "Dimitris", "Sofia", "Yannis", "Despina"),
    "ua": ("Oleksandr", "Kateryna", "Mykola", "Oksana", "Bohdan", "Iryna", "Taras", "Halyna"),
    "bd": ("Rahim", "Nusrat", "Tanvir", "Farzana", "Sakib", "Shirin", "Arif", "Taslima"),
    "ph": ("Jericho", "Maricel", "Rodel", "Jasmine", "Arnel", "Lorna", "Dindo", "Cherry"),
    "ro": ("Ionuț", "Andreea", "Florin", "Mihaela", "Cătălin", "Roxana", "Vasile", "Ioana"),
    "fi": ("Pertti", "Marjatta", "Seppo", "Anneli", "Raimo", "Kaisa", "Heikki", "Tarja"),
}
LAST = {
    "se": ("Grönvall", "Sandelin", "Wahlgren", "Lövgren", "Ek", "Bäckström", "Rask", "Vinberg",
           "Stenmark", "Forsell", "Ljungdahl", "Myrén", "Öhrn", "Tallroth", "Bergsten", "Hjort"),
    "so": ("Warsame", "Farah Jama", "Osman", "Abdi Nur", "Hirsi", "Mohamed Ali", "Dahir",
           "Egal"),
    "gr": ("Papadopoulos", "Georgiou", "Konstantinidis", "Nikolaou", "Karagiannis", "Vlachou",
           "Oikonomou", "Pappa"),
    "ua": ("Kovalenko", "Bondarenko", "Shevchuk", "Tkachenko", "Melnyk", "Kravets", "Boyko",
           "Savchuk"),
    "bd": ("Rahman", "Chowdhury", "Hossain", "Akter", "Islam", "Uddin", "Sarker", "Begum"),
    "ph": ("dela Cruz", "Santos", "Reyes", "Bautista", "de Guzman", "Villanueva", "Mendoza",
           "Ocampo"),
    "ro": ("Popescu", "Dumitrescu", "Stan", "Ionescu", "Munteanu", "Dobre", "Constantin",
           "Lungu"),
    "fi": ("Kinnunen", "Väisänen", "Koskela", "Ahonen", "Tuominen", "Hiltunen", "Lindroos",
           "Pesonen"),
}
STREETS = ("Olof Palmes gata", "Anna Lindhs plats", "Dag Hammarskjölds väg",
           "Selma Lagerlöfs väg", "Greta Garbos väg", "Evert Taubes gata", "Raoul Wallenbergs torg",
           "Astrid Lindgrens gata", "Ture Rangströms väg", "Karin Boyes gata",
           "Vilhelm Mobergs gata", "Hjalmar Brantingsgatan", "Alva Myrdals gata",
           "Nils Ferlins väg", "Kata Dalströms gata", "Moa Martinsons väg")
TOWNS = ("414 63 Göteborg", "752 37 Uppsala", "211 18 Malmö", "903 26 Umeå", "582 22 Linköping",
         "702 10 Örebro", "721 30 Västerås", "602 24 Norrköping", "802 50 Gävle",
         "371 34 Karlskrona", "852 31 Sundsvall", "451 40 Uddevalla")
NEGATIVES: dict[str, tuple[str, ...]] = {
    "nps": ("2-fluorodeskloroketamin", "bromazolam", "protonitazen", "3-CMC", "isotonitazen",
            "flubromazepam", "hexahydrocannabinol", "N-pyrrolidino-etonitazen", "2C-B-fly",
            "metonitazen", "4-MMC", "desalkylgidazepam"),
    "brand": ("Oxynorm", "Lyrica", "Xanor", "Theralen", "Concerta", "Tramadol Actavis",
              "Imovane", "Propavan", "Sobril", "Elvanse", "Atarax", "Stesolid"),
    "street": ("tjack", "kola", "benzo", "gröna", "syra", "ketta", "vitt",
               "Moon Rocks", "zombie", "tina", "spice", "blå lappar"),
    "stamp": ("Tesla", "Rolex", "Blue Punisher", "Philipp Plein", "Mercedes", "Pink Panther",
              "Heisenberg", "Donkey Kong", "Red Bull", "Gucci", "Superman", "Minion"),
    "org": ("Karolinska Institutet", "Folkhälsomyndigheten", "Socialnämnden",
            "Raoul Wallenberg-skolan", "Polisregion Väst", "Länsstyrelsen Skåne",
            "Trafikförvaltningen", "Sveriges Radio Ekot", "Hyresgästföreningen",
            "Tekniska nämnden", "Sahlgrenska akademin", "Stiftelsen Anna Ahrenbergs fond"),
    "place": ("Hammarkullen", "Kortedala", "Gottsunda", "Rosengård", "Ålidhem", "Skäggetorp",
              "Vivalla", "Navestad", "Sätra", "Nydala", "Backa", "Brickebacken"),
    "building": ("Aula Magna", "Hilda Hallen", "Ågrenska huset", "Wallenberglaboratoriet",
                 "Carl Larsson-salen", "Selmasalen", "Nobelforum", "Ingvar Kamprad-huset",
                 "Bergmansalen", "Linnésalen", "Gustav Vasa-rummet", "Tornhuset"),
    "weekday": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
                "måndag"),
    "month": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
              "september", "oktober", "november", "december"),
    "service": ("112", "1177", "114 14", "010-456 67 00", "020-91 91 91", "113 13",
                "116 111", "020-22 00 60"),
}
DRUG_POOLS = ("nps", "brand", "street", "stamp")
POOLS = Pools(first=FIRST, last=LAST, streets=STREETS, towns=TOWNS, negatives=NEGATIVES)
Names = names_from(POOLS)
