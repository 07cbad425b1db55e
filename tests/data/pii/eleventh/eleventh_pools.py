"""Names and hard negatives for the eleventh corpus's templates.

`Names(rng, split)` serves «first ORIGIN», «last ORIGIN», «name ORIGIN», «reg ORIGIN»
(register style, `EFTERNAMN, Förnamn`), «street», «address» and «neg POOL» tokens. Every pool
is halved: even entries for dev, odd entries for holdout, so the two splits' templates draw
different names and negatives.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

FIRST = {
    "se": ("Bertil", "Ylva", "Gösta", "Elvira", "Conny", "Tyra", "Arvid", "Solveig", "Kjell",
           "Ebba", "Torbjörn", "Hedda", "Leif", "Saga", "Gunvor", "Melker"),
    "fi": ("Jarmo", "Pirjo", "Teemu", "Sirpa", "Markku", "Tuula", "Jouni", "Riitta"),
    "hr": ("Dražen", "Ivana", "Tomislav", "Marija", "Goran", "Snježana", "Zoran", "Vesna"),
    "er": ("Yonas", "Saba", "Tesfay", "Helen", "Dawit", "Senait", "Filmon", "Ruta"),
    "iq": ("Haider", "Zainab", "Mustafa", "Noor", "Ammar", "Rusul", "Karrar", "Hiba"),
    "th": ("Somchai", "Malee", "Anan", "Siriporn", "Kittisak", "Nok", "Prasert", "Wanida"),
    "cl": ("Rodrigo", "Camila", "Matías", "Javiera", "Cristóbal", "Valentina", "Sebastián",
           "Francisca"),
    "lt": ("Mindaugas", "Rasa", "Tomas", "Jurgita", "Darius", "Aušra", "Vytautas", "Inga"),
    "tr": ("Emre", "Elif", "Burak", "Zeynep", "Onur", "Merve", "Kerem", "Büşra"),
    "ng": ("Chinedu", "Ngozi", "Emeka", "Adaeze", "Tunde", "Funmilayo", "Obinna", "Chioma"),
}
LAST = {
    "se": ("Blomqvist", "Strand", "Hägg", "Norrman", "Sjödin", "Eklöf", "Boman", "Frisk",
           "Lindgren", "Dahlberg", "Törnqvist", "Hallin", "Åberg", "Mattsson", "Nyman", "Ekstam"),
    "fi": ("Heikkinen", "Laaksonen", "Rantanen", "Salminen", "Kettunen", "Hyvönen", "Lehtonen",
           "Mäkelä"),
    "hr": ("Horvat", "Babić", "Jurić", "Knežević", "Matić", "Pavlović", "Vuković", "Marković"),
    "er": ("Tesfamariam", "Gebremedhin", "Haile", "Berhe", "Kidane", "Woldu", "Tekle", "Ghebre"),
    "iq": ("Al-Saadi", "Al-Jubouri", "Hassan", "Kadhim", "Al-Maliki", "Abbas", "Jawad", "Salman"),
    "th": ("Srisuk", "Chaiyaphum", "Wongsawat", "Boonmee", "Kaewkla", "Thongdee", "Saetang",
           "Phromma"),
    "cl": ("Muñoz Rojas", "González", "Soto Vera", "Contreras", "Fuentes Díaz", "Araya", "Silva",
           "Espinoza"),
    "lt": ("Kazlauskas", "Petrauskienė", "Jankauskas", "Stankevičiūtė", "Vasiliauskas",
           "Žukauskaitė", "Butkus", "Paulauskienė"),
    "tr": ("Arslan", "Koç", "Özdemir", "Kurt", "Aksoy", "Erdoğan", "Güneş", "Tekin"),
    "ng": ("Okafor", "Adeyemi", "Eze", "Okonkwo", "Balogun", "Nwosu", "Ogunleye", "Obi"),
}
STREETS = (("Bryggargatan", "652 24 Karlstad"), ("Ringvägen", "972 41 Luleå"),
           ("Klostergatan", "621 56 Visby"), ("Tallbacken", "831 40 Östersund"),
           ("Södra Förstadsgatan", "211 43 Malmö"), ("Hamngatan", "451 30 Uddevalla"),
           ("Lillgatan", "371 31 Karlskrona"), ("Skolvägen", "791 31 Falun"),
           ("Storgatan", "891 33 Örnsköldsvik"), ("Verkstadsgatan", "582 73 Linköping"),
           ("Björkvägen", "352 46 Växjö"), ("Fabriksgatan", "503 38 Borås"))

NEGATIVES: dict[str, tuple[str, ...]] = {
    "nps": ("3-MMC", "2-FDCK", "etizolam", "flubromazolam", "4F-MPH", "isotonitazene", "5-MeO-DMT",
            "bromazolam", "N-ethylhexedrone", "3-CMC", "metonitazene", "ADB-BUTINACA"),
    "brand": ("Oxynorm", "Lyrica", "Sobril", "Concerta", "Propranolol Accord", "Theralen",
              "Stesolid", "Tramadol Actavis", "Elvanse", "Imovane", "Citodon",
              "Buprenorphine Sandoz"),
    "street": ("kristall", "tjack", "gurka", "snö", "brun", "hasch", "zaza", "molly", "krok",
               "spice", "lean", "keta"),
    "stamp": ("Tesla", "Punisher", "Blue Dolphin", "Red Bull", "Rolex", "Pink Panther",
              "Philipp Plein", "Donald Trump", "Minion", "Skull", "Mitsubishi", "Superman"),
    "place": ("Karlstad", "Luleå", "Visby", "Östersund", "Uddevalla", "Karlskrona", "Falun",
              "Örnsköldsvik", "Tallinn", "Gdańsk", "Riga", "Mariehamn"),
    "org": ("Giftinformationscentralen", "Folkhälsomyndigheten", "Tullverket", "Polisen NOA",
            "Läkemedelsverket", "Kustbevakningen", "Region Värmland", "Socialtjänsten",
            "Länsstyrelsen", "Transportstyrelsen", "CAN", "Brottsofferjouren"),
    "event": ("Way Out West", "Gotlands Medeltidsvecka", "Stockholm Marathon", "Almedalsveckan",
              "Vasaloppet", "Melodifestivalen", "Allsvenskan", "Midsommar", "Valborg",
              "Sweden Rock", "Pride", "Summerburst"),
    "weekday": ("måndag", "Monday", "tisdag", "Tuesday", "onsdag", "Wednesday", "torsdag",
                "Thursday", "fredag", "Friday", "lördag", "Saturday"),
    "month": ("januari", "February", "mars", "April", "maj", "June", "augusti", "September",
              "oktober", "November", "december", "July"),
    "service": ("112", "1177", "114 14", "113 13", "116 111", "020-91 91 91", "90101",
                "010-456 67 00", "116 006", "020-22 00 60", "0771-567 567", "077-114 00 00"),
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
        origin = self.origin(args)
        first = self.rng.choice(self.half(FIRST[origin]))
        last = self.rng.choice(self.half(LAST[origin]))
        if kind == "first":
            return first
        if kind == "last":
            return last
        if kind == "reg":
            return f"{last.upper()}, {first}"
        if kind == "street":
            return self.street()[0]
        return f"{first} {last}"

    def street(self) -> tuple[str, str]:
        return self.rng.choice(self.half(STREETS))

    def address(self, args: list[str]) -> str:
        street, town = self.street()
        return f"{street} {self.rng.randint(1, 48)}, {town}"

    def negative(self, args: list[str]) -> str:
        return self.rng.choice(self.half(NEGATIVES[args[0]]))
