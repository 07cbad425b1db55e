"""Name pools and hard-negative pools for the fifth corpus's templates, written for it.

`Names(rng, split)` draws from the split's half of every pool (even entries dev, odd entries
holdout), so holdout templates show names and negatives that dev does not:

    «name ORIGIN #a»    a full name of that origin (or `any`), remembered as #a
    «first «#a»»  «last «#a»»  «gen «#a»»  «upper «#a»»  «reg «#a»»
                        given name, surname, genitive, capitals, register style `LAST, First`
    «neg POOL»          a hard negative, already marked: {{...}}, or {{drug:...}} for DRUG_POOLS
"""

from __future__ import annotations

import random

FIRST = {
    "sv": ["Ingegerd", "Holger", "Siv", "Torbjörn", "Majken", "Leif", "Gunvor", "Arvid",
           "Rut", "Hjalmar", "Solveig", "Evert"],
    "fi": ["Pirjo", "Jouni", "Sirkka", "Tapio", "Heli", "Esa", "Marjatta", "Ilkka"],
    "pl": ["Grażyna", "Zbigniew", "Małgorzata", "Wojciech", "Bożena", "Przemysław"],
    "ba": ["Emina", "Adnan", "Jasmina", "Nermin", "Selma", "Edin"],
    "ar": ["Rasha", "Yazan", "Nour", "Bilal", "Hiba", "Tarek"],
    "fa": ["Shirin", "Kaveh", "Parisa", "Babak", "Azadeh", "Ramin"],
    "ku": ["Rojda", "Serhat", "Berivan", "Diyar", "Hêvî", "Rêzan"],
    "so": ["Hodan", "Abdirizak", "Sagal", "Mustafe", "Ifrah", "Guled"],
    "ti": ["Selam", "Tesfalem", "Helen", "Yonas", "Luwam", "Dawit"],
    "tr": ["Gülşen", "Oğuz", "Zeynep", "Barış", "Ebru", "Kaan"],
    "vi": ["Thu", "Minh", "Hoa", "Tuan", "Lan", "Quang"],
    "cl": ["Ximena", "Rodrigo", "Paulina", "Cristóbal"],
}
LAST = {
    "sv": ["Wahlgren", "Sjöberg", "Furuhjelm", "Bergkvist", "Strand", "Öhman", "Lindkvist",
           "Ek", "Hallberg", "Nordin", "Åkesson", "Rask"],
    "fi": ["Heikkilä", "Laaksonen", "Kärkkäinen", "Salo", "Väisänen", "Oinonen", "Hyvönen",
           "Tuominen"],
    "pl": ["Wiśniewska", "Kaczmarek", "Zielińska", "Dąbrowski", "Lewandowska", "Szymański"],
    "ba": ["Hodžić", "Mehmedović", "Čaušević", "Alić", "Kovačević", "Begić"],
    "ar": ["al-Khatib", "Haddad", "el-Masri", "Nasser", "Awad", "Saleh"],
    "fa": ["Rahimi", "Mohammadi", "Karimzadeh", "Tehrani", "Sadeghi", "Farahani"],
    "ku": ["Amedi", "Zebari", "Kaya", "Barzani", "Hawrami", "Doski"],
    "so": ["Warsame Farah", "Abdi Nur", "Hassan Dirie", "Omar Jama", "Ali Samatar",
           "Yusuf Egal"],
    "ti": ["Ghebremedhin", "Tesfay", "Haile", "Kidane", "Berhane", "Woldu"],
    "tr": ["Yılmaz", "Öztürk", "Şahin", "Çelik", "Aydın", "Doğan"],
    "vi": ["Nguyen", "Tran", "Pham", "Le", "Vu", "Dang"],
    "cl": ["González Muñoz", "Rojas Soto", "Contreras Vera", "Fuentes Araya"],
}
NEGATIVES = {
    "benzo": ["Xanor", "Stesolid", "Sobril", "Iktorivil", "Rivotril", "Alprazolam Mylan",
              "Valium", "Imovane", "Stilnoct", "Halcion"],
    "opioid": ["OxyNorm", "Dolcontin", "Tramadol Actavis", "Suboxone", "Subutex", "Tradolan",
               "Metadon", "Buvidal", "Oxycontin", "Palexia"],
    "street": ["Tina", "Molly", "Charlie", "Mandy", "Jack", "Gina", "Mary Jane", "Keta",
               "Vitamin K", "Tusi"],
    "stamp": ["Elon Musk", "Punisher", "Rolex", "Superman", "Philipp Plein", "Tupac",
              "Blue Dolphin", "Donald Trump", "Heisenberg", "Pikachu"],
    "strain": ["Amnesia Haze", "Gorilla Glue", "Girl Scout Cookies", "Gelato", "Jack Herer",
               "Bruce Banner", "Northern Lights", "Sour Diesel"],
    "event": ["Midsommar", "Valborg", "Summerburst", "Lollapalooza", "Sweden Rock",
              "Allsång på Skansen", "Luciakonserten", "Gothia Cup"],
    "place": ["Hisingen", "Gottsunda", "Tensta", "Rosengård", "Haparanda", "Storgatan",
              "Kungsgatan", "Drottninggatan"],
    "agency": ["Försäkringskassan", "Kriminalvården", "Socialstyrelsen", "Läkemedelsverket",
               "Folkhälsomyndigheten", "Tullverket", "Länsstyrelsen", "Polisen"],
}
DRUG_POOLS = ("benzo", "opioid", "street", "stamp", "strain")


class Names:
    KINDS = ("name", "first", "last", "gen", "upper", "reg")

    def __init__(self, rng: random.Random, split: str) -> None:
        self.rng, self.half = rng, 0 if split == "dev" else 1

    def pick(self, pool: list[str]) -> str:
        return self.rng.choice(pool[self.half::2])

    def name(self, kind: str, args: list[str]) -> str:
        if kind == "name":
            origin = args[0] if args and args[0] != "any" else self.rng.choice(sorted(FIRST))
            return f"{self.pick(FIRST[origin])} {self.pick(LAST[origin])}"
        first, last = args[0], " ".join(args[1:])
        return {"first": first, "last": last, "gen": f"{last}s" if not last.endswith("s")
                else last, "upper": " ".join(args).upper(), "reg": f"{last.upper()}, {first}"
                }[kind]

    def negative(self, args: list[str]) -> str:
        pool = args[0]
        value = self.pick(NEGATIVES[pool])
        return f"{{{{drug:{value}}}}}" if pool in DRUG_POOLS else f"{{{{{value}}}}}"
