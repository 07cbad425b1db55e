"""Names and hard negatives for the sixteenth corpus's templates.

`Names(rng, split)` serves «first ORIGIN», «last ORIGIN», «name ORIGIN» (Vietnamese family name
first), «reg ORIGIN» (register style, `EFTERNAMN, Förnamn`), «street», «address» and «neg POOL»
tokens. Every pool is halved: even entries for dev, odd entries for holdout, so the two splits'
templates draw different names and negatives.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

FIRST = {
    "se": ("Gudrun", "Assar", "Majvor", "Enar", "Dagny", "Helmer", "Inga-Britt", "Ture",
           "Signe", "Sture", "Alfhild", "Valter", "Vanja", "Holger", "Laila", "Evert"),
    "sa": ("Ánte", "Sunná", "Jovnna", "Elle", "Nilsá", "Risten", "Mihkkal", "Inger-Máret"),
    "tf": ("Aarne", "Helmi", "Veikko", "Aili", "Pentti", "Kerttu", "Tapio", "Lempi"),
    "so": ("Abdiweli", "Hodan", "Mahad", "Sahra", "Guled", "Fartun", "Bashir", "Ifrah"),
    "ku": ("Rebwar", "Shilan", "Dilshad", "Berivan", "Karwan", "Nazdar", "Serhat", "Jiyan"),
    "bs": ("Edin", "Amela", "Jasmin", "Selma", "Nermin", "Lejla", "Admir", "Emina"),
    "sq": ("Arben", "Drita", "Besnik", "Vjosa", "Ilir", "Fatlinda", "Driton", "Blerta"),
    "as": ("Gabriel", "Nahrin", "Aday", "Shamiram", "Sargon", "Ninva", "Yacoub", "Atra"),
    "pl": ("Grzegorz", "Agnieszka", "Krzysztof", "Małgorzata", "Wojciech", "Dorota",
           "Sławomir", "Beata"),
    "vi": ("Văn Hải", "Thị Mai", "Quang Minh", "Thị Hương", "Đức Anh", "Ngọc Lan", "Văn Tùng",
           "Thị Thu"),
}
LAST = {
    "se": ("Burman", "Nordlöf", "Westin", "Pålsson", "Grahn", "Ekdahl", "Häggström", "Stenmark",
           "Lidström", "Rönnqvist", "Enström", "Forsman", "Marklund", "Öhlund", "Berglöf",
           "Wiklund"),
    "sa": ("Kuoljok", "Länta", "Blind", "Spiik", "Pittja", "Omma", "Partapuoli", "Inga"),
    "tf": ("Alajärvi", "Kangas", "Kitti", "Niemi-Lantto", "Pekkari", "Rautio", "Wanhainen",
           "Keinänen"),
    "so": ("Warsame Hirsi", "Aden", "Jama Farah", "Mohamud", "Nur Osman", "Yusuf", "Ali Guled",
           "Abdullahi"),
    "ku": ("Barzani", "Hawrami", "Karimi", "Rashid", "Zangana", "Doski", "Amedi", "Sindi"),
    "bs": ("Hasanović", "Omerović", "Begić", "Kovačević", "Mehmedović", "Salihović",
           "Delić", "Husić"),
    "sq": ("Krasniqi", "Berisha", "Gashi", "Hoxha", "Morina", "Shala", "Kelmendi", "Rexhepi"),
    "as": ("Aydin", "Barsom", "Hanna", "Gewargis", "Yousef", "Isik", "Malke", "Danho"),
    "pl": ("Wróblewski", "Kaczmarek", "Zając", "Pawlak", "Michalski", "Krawczyk", "Dudek",
           "Sikora"),
    "vi": ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"),
}
FAMILY_FIRST = ("vi",)
STREETS = (("Hjalmar Lundbohmsvägen", "981 31 Kiruna"), ("Storgatan", "962 31 Jokkmokk"),
           ("Laestadiusvägen", "984 31 Pajala"), ("Adelgatan", "621 56 Visby"),
           ("Bruksgatan", "711 30 Lindesberg"), ("Hamngatan", "456 31 Kungshamn"),
           ("Järnvägsgatan", "955 31 Råneå"), ("Skolgatan", "953 31 Haparanda"),
           ("Rinkebystråket", "163 73 Spånga"), ("Folkungavägen", "151 35 Södertälje"),
           ("Sveavägen", "771 30 Ludvika"), ("Fabriksgatan", "335 30 Gnosjö"),
           ("Nygatan", "792 30 Mora"), ("Strandvägen", "830 05 Järpen"),
           ("Prästgatan", "952 31 Kalix"), ("Kyrkogatan", "792 31 Arvidsjaur"))

NEGATIVES: dict[str, Sequence[str]] = {
    "place": ("Jukkasjärvi", "Vittangi", "Kvikkjokk", "Porjus", "Karesuando", "Svappavaara",
              "Ammarnäs", "Tärnaby", "Korpilombolo", "Övertorneå", "Slite", "Fårösund",
              "Grängesberg", "Smögen", "Fjällbacka", "Hälleforsnäs"),
    "lake": ("Torneträsk", "Akkajaure", "Virihaure", "Lainio", "Muonio älv", "Kalixälven",
             "Saggat", "Tjaktjajaure"),
    "animal": ("Rakkas", "Čáppa", "Muste", "Ruska", "Vilja", "Stjärna", "Jekku", "Kaisa"),
    "brand": ("Lynx", "Ski-Doo", "Valtra", "Husqvarna", "Yamaha Viking", "Polaris"),
    "org": ("Sametinget", "Länsstyrelsen i Norrbotten", "Svenska Tornedalingars Riksförbund",
            "Gotlands hembygdsförbund", "Assyriska riksförbundet", "Sverigefinländarnas delegation",
            "Lapplands kommunalförbund", "Bergslagens räddningstjänst"),
    "event": ("Jokkmokks marknad", "Medeltidsveckan", "Kiruna snöfestival", "Tornedalsfestivalen",
              "Fårö Sheep Days", "Bruksveckan"),
    "nps": ("3-MMC", "ADB-BUTINACA", "2-MMC", "nitazen", "etizolam", "4F-MPH"),
    "medbrand": ("Tramadol Actavis", "Lyrica", "Oxynorm", "Sobril", "Zopiklon Orion",
                 "Concerta", "Stesolid", "Citodon"),
    "street": ("benso", "blå kapslar", "ryska", "fenta", "lila dricka", "subbe"),
    "stamp": ("Tesla", "Rolex", "Punisher", "Minion", "Red Bull", "Blue Dolphin"),
    "service": ("112", "1177", "114 14", "010-456 67 00", "116 111", "113 13"),
    "month": ("januari", "februari", "mars", "april", "maj", "juni", "oktober", "november"),
    "weekday": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
                "måndag"),
}
DRUG_POOLS = ("nps", "medbrand", "street", "stamp")


class Names:
    KINDS = ("first", "last", "name", "reg", "street")

    def __init__(self, rng: random.Random, split: str) -> None:
        self.rng = rng
        self.offset = 0 if split == "dev" else 1

    def half(self, pool: Sequence[str]) -> list[str]:
        return list(pool[self.offset::2])

    def pick(self, pool: Sequence[str]) -> str:
        return self.rng.choice(self.half(pool))

    def name(self, kind: str, args: list[str]) -> str:
        if kind == "street":
            return self.street()[0]
        origin = args[0] if args else "se"
        first, last = self.pick(FIRST[origin]), self.pick(LAST[origin])
        if kind == "first":
            return first
        if kind == "last":
            return last
        if kind == "reg":
            return f"{last.upper()}, {first}"
        return f"{last} {first}" if origin in FAMILY_FIRST else f"{first} {last}"

    def street(self) -> tuple[str, str]:
        street, town = self.pick(STREETS)
        return street, town

    def address(self, args: list[str]) -> str:
        street, town = self.street()
        return f"{street} {self.rng.randint(1, 48)}, {town}"

    def negative(self, args: list[str]) -> str:
        return self.pick(NEGATIVES[args[0]])
