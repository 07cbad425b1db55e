"""Names and hard negatives for the twentieth corpus's templates.

`Names(rng, split)` serves «first ORIGIN», «last ORIGIN», «name ORIGIN», «reg ORIGIN»
(register style, `EFTERNAMN, Förnamn`), «street», «address» and «neg POOL» tokens. Every pool
is halved: even entries for dev, odd entries for holdout, so the two splits' templates draw
different names and negatives.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

FIRST = {
    "se": ("Sten", "Dagny", "Björn", "Siv", "Bror", "Vera", "Stig", "Ros-Marie", "Dag", "Tove",
           "Örjan", "Lärka", "Ove", "Frida", "Bo", "Majken"),
    "fs": ("Christoffer", "Ulrika", "Mikael", "Camilla", "Kaj", "Birgitta", "Fredrik", "Annika"),
    "so": ("Abdirahman", "Hodan", "Mohamed", "Ifrah", "Abdiaziz", "Sahra", "Liban", "Ayaan"),
    "sy": ("Georgis", "Rima", "Fadi", "Lina", "Bassam", "Maysa", "Jiries", "Nisrin"),
    "ir": ("Kourosh", "Shirin", "Babak", "Parisa", "Farhad", "Leyla", "Arash", "Mahsa"),
    "pl": ("Grzegorz", "Agnieszka", "Wojciech", "Ewelina", "Łukasz", "Małgorzata", "Jacek",
           "Dorota"),
    "vn": ("Minh", "Thu", "Quang", "Lan", "Duc", "Huong", "Tuan", "Mai"),
    "ro": ("Ionuț", "Adela", "Mihai", "Loredana", "Sorin", "Ioana", "Florin", "Valeria"),
    "gr": ("Dimitrios", "Eleni", "Nikos", "Katerina", "Giorgos", "Sofia", "Yannis", "Despina"),
    "en": ("Hope", "Rich", "Holly", "Rowan", "Faith", "Dale", "Ivy", "Drew"),
}
LAST = {
    "se": ("Sten", "Ek", "Fors", "Stål", "Pihl", "Hjärne", "Kramp", "Lind", "Svärd", "Lilja",
           "Sund", "Bäck", "Rask", "Ros", "Frost", "Vinge"),
    "fs": ("Ahlroos", "Björkqvist", "Sundström", "Holmberg", "Nyberg", "Grönlund", "Westerholm",
           "Söderlund"),
    "so": ("Warsame", "Farah", "Abdi", "Jama", "Hirsi", "Egal", "Dualeh", "Nur"),
    "sy": ("Haddad", "Khoury", "Aziz", "Saliba", "Nassar", "Gabriel", "Chamoun", "Shabo"),
    "ir": ("Karimi", "Tehrani", "Jafari", "Mousavi", "Rahimi", "Sadeghi", "Ghorbani", "Nazari"),
    "pl": ("Wróbel", "Kaczmarek", "Dąbrowska", "Mazur", "Szymański", "Kowalczyk", "Lis",
           "Pawlak"),
    "vn": ("Nguyen", "Tran", "Pham", "Le", "Hoang", "Vo", "Dang", "Bui"),
    "ro": ("Popescu", "Ionescu", "Dumitru", "Stan", "Munteanu", "Constantin", "Lungu", "Moldovan"),
    "gr": ("Papadopoulos", "Georgiou", "Nikolaidis", "Vlachou", "Karagiannis", "Oikonomou",
           "Makris", "Dimou"),
    "en": ("Ward", "Payne", "Nurse", "Hart", "Kidney", "Bone", "Young", "Moss"),
}
STREETS = (("Läkaregatan", "413 45 Göteborg"), ("Sjukhusbacken", "791 31 Falun"),
           ("Apotekargatan", "722 15 Västerås"), ("Linnégatan", "114 47 Stockholm"),
           ("Fältskärsvägen", "903 38 Umeå"), ("Badhusgatan", "602 24 Norrköping"),
           ("Doktor Forselius gata", "413 26 Göteborg"), ("Barnmorskegatan", "582 25 Linköping"),
           ("Provinsialläkarvägen", "831 40 Östersund"), ("Hälsovägen", "141 57 Huddinge"),
           ("Sankt Eriksgatan", "112 39 Stockholm"), ("Lasarettsgatan", "252 23 Helsingborg"))
NEGATIVES: dict[str, tuple[str, ...]] = {
    "nps": ("isotonitazen", "protonitazen", "metonitazen", "brorfin", "bromazolam", "flualprazolam",
            "3-MMC", "2-fluorodeskloroketamin", "etizolam", "N-pyrrolidino-etonitazen",
            "klefedron", "hexahydrocannabinol"),
    "brand": ("Oxynorm", "Lyrica", "Stesolid", "Imovane", "Xanor", "Sobril", "Concerta",
              "Elvanse", "Theralen", "Propavan", "Dolcontin", "Citodon", "Tradolan", "Heminevrin",
              "Ketalar", "Buvidal", "Subutex", "Iktorivil", "Nozinan", "Atarax"),
    "street": ("Tina", "Charlie", "Molly", "Kristall", "Mandy", "Vita damen", "Blues", "Syra",
               "Ketta", "G", "Benzo-Bengt", "Snö"),
    "stamp": ("Tesla", "Blue Punisher", "Rolex", "Philipp Plein", "M30", "Xanax 2", "Batman",
              "Bugatti", "Kong", "Heisenberg"),
    "hospital": ("Sahlgrenska", "Karolinska Huddinge", "Danderyds sjukhus", "Sankt Görans sjukhus",
                 "Ersta sjukhus", "Sophiahemmet", "Södersjukhuset", "Akademiska sjukhuset",
                 "Sunderby sjukhus", "Mälarsjukhuset", "Skånes universitetssjukhus",
                 "Astrid Lindgrens barnsjukhus", "Magnus Huss-kliniken", "Carlanderska"),
    "ward": ("MAVA", "IVA-sal 3", "avd 62", "BIMA", "AVA 12", "KAVA", "Beroende 4", "PIVA"),
    "eponym": ("Glasgow Coma Scale", "Wernicke", "Korsakoff", "Mallory-Weiss", "Addison",
               "Parkinson", "Ringer-acetat", "Guedel", "Rumack-Matthew", "Hunter-kriterierna",
               "Kussmaul", "Cheyne-Stokes"),
    "place": ("Tensta", "Hjällbo", "Norrby", "Gottsunda", "Vivalla", "Ronna", "Hageby",
              "Fisksätra"),
    "org": ("Giftinformationscentralen", "Rättsmedicinalverket", "IVO", "Läkemedelsverket",
            "Socialtjänsten", "Region Stockholm", "Polisen", "Apoteket"),
    "weekday": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag", "måndag"),
    "month": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
              "september", "oktober", "november", "december"),
    "pet": ("Molly", "Charlie", "Doris", "Kurt", "Sigge", "Bamse", "Elvis", "Greta", "Morris",
            "Fröken Ingrid"),
    "icd": ("T40.1", "T40.2", "T40.4", "T42.4", "T43.6", "T39.1", "F11.2", "F15.1", "X42", "T51.1"),
}
DRUG_POOLS = ("nps", "brand", "street", "stamp")


class Names:
    KINDS = ("first", "last", "name", "reg", "street")

    def __init__(self, rng: random.Random, split: str) -> None:
        self.rng = rng
        self.offset = 0 if split == "dev" else 1

    def half(self, pool: Sequence[str]) -> list[str]:
        return list(pool[self.offset::2])

    def origin(self, args: list[str]) -> str:
        return args[0] if args and args[0] in FIRST else self.rng.choice(sorted(FIRST))

    def name(self, kind: str, args: list[str]) -> str:
        if kind == "street":
            return self.street()[0]
        where = self.origin(args)
        first = self.rng.choice(self.half(FIRST[where]))
        last = self.rng.choice(self.half(LAST[where]))
        if kind == "first":
            return first
        if kind == "last":
            return last
        if kind == "reg":
            return f"{last.upper()}, {first}"
        return f"{first} {last}"

    def street(self) -> tuple[str, str]:
        return self.rng.choice(self.half(STREETS))

    def address(self, args: list[str]) -> str:
        street, town = self.street()
        return f"{street} {self.rng.randint(1, 48)}, {town}"

    def negative(self, args: list[str]) -> str:
        return self.rng.choice(self.half(NEGATIVES[args[0]]))
