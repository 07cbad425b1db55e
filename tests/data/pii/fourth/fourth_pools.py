"""Name and hard-negative pools for the fourth corpus's templates, written from general
knowledge. Every pool is split by position: even entries serve dev, odd entries holdout.

Tokens served (see corpus_writer.maker): «person ORIGIN #a» a full name; «first «#a»»,
«last «#a»», «caps «#a»», «register «#a»», «gen «#a»», «mail «#a»» the first name, surname,
capitals, `EFTERNAMN, Förnamn`, genitive and an example.net address of a name drawn before;
«neg POOL» a hard negative, marked.
"""

from __future__ import annotations

import random
import unicodedata

# origin -> (first names, surnames); "vn" names are written family name first
NAMES: dict[str, tuple[list[str], list[str]]] = {
    "nordic": (["Ebba", "Linnea", "Viktor", "Måns", "Tove", "Hampus", "Signe", "Jöns",
                "Alva", "Ture", "Ylva", "Oskar"],
               ["Bergkvist", "Fransson", "Ågren", "Hellström", "Sjödin", "Wikström",
                "Lundqvist", "Strand", "Öberg", "Nyberg", "Dahlgren", "Holmberg"]),
    "fi": (["Aatu", "Riikka", "Juho", "Satu", "Eetu", "Kaisa", "Onni", "Tuula"],
           ["Heikkinen", "Väisänen", "Koskela", "Rantanen", "Laitinen", "Hyvönen",
            "Salminen", "Kauppinen"]),
    "pl": (["Bartosz", "Agnieszka", "Krzysztof", "Małgorzata", "Wojciech", "Zofia"],
           ["Wiśniewski", "Kowalczyk", "Zieliński", "Szymańska", "Wójcik", "Kamińska"]),
    "bks": (["Amra", "Nermin", "Jelena", "Dragan", "Ivana", "Edin", "Mirza", "Sanja"],
            ["Hodžić", "Petrović", "Kovačević", "Begić", "Jurić", "Mehmedović", "Ilić",
             "Babić"]),
    "ar": (["Yousef", "Rania", "Khaled", "Hiba", "Tariq", "Nour", "Samir", "Lina"],
           ["al-Hashimi", "Haddad", "Khalil", "el-Sayed", "Mansour", "Darwish", "Nasser",
            "Saleh"]),
    "fa": (["Dariush", "Shirin", "Kian", "Parisa", "Babak", "Mahsa"],
           ["Rostami", "Farahani", "Moradi", "Jafari", "Karimi", "Tehrani"]),
    "ku": (["Rezan", "Berivan", "Dilan", "Shvan", "Hêvî", "Rojhat"],
           ["Barzani", "Amedi", "Zebari", "Kurdî", "Hawrami", "Sindî"]),
    "so": (["Hodan Abdi", "Mahad Yusuf", "Fadumo Ali", "Abdirahman Hassan", "Ifrah Omar",
            "Liban Warsame"],
           ["Farah", "Jama", "Osman", "Egal", "Nur", "Duale"]),
    "ti": (["Senait", "Yonas", "Helen", "Filmon", "Rahel", "Mussie"],
           ["Tesfaye", "Ghebremedhin", "Haile", "Woldemichael", "Berhane", "Kidane"]),
    "vn": (["Thi Mai", "Van Duc", "Thi Hoa", "Minh Tuan", "Thi Thu", "Quoc Bao"],
           ["Nguyen", "Tran", "Pham", "Le", "Hoang", "Vu"]),
    "tr": (["Emre", "Zeynep", "Burak", "Elif", "Serkan", "Derya"],
           ["Yıldırım", "Aydın", "Özdemir", "Çelik", "Şahin", "Kaya"]),
    "cl": (["Camila", "Matías", "Valentina", "Rodrigo", "Javiera", "Ignacio"],
           ["Muñoz", "Contreras", "Fuentes", "Sepúlveda", "Araya", "Riquelme"]),
    "sami": (["Áilu", "Máret", "Nils-Ánte", "Sire", "Jovnna", "Elle"],
             ["Kuhmunen", "Sikku", "Labba", "Omma", "Pavval", "Nutti"]),
    "roma": (["Dimitri", "Angelina", "Milan", "Rosita", "Janko", "Esmeralda"],
             ["Taikon", "Demeter", "Caldaras", "Lindberg", "Mirga", "Bergman"]),
}

NEGATIVES: dict[str, list[str]] = {
    "drug": ["amfetamin", "ketamin", "GHB", "kokain", "3-MMC", "alprazolam", "pregabalin",
             "metylfenidat", "oxikodon", "buprenorfin", "MDMA", "nitazen", "fentanyl",
             "tramadol", "klonazepam", "zopiklon"],
    "brand": ["Lyrica", "Xanor", "Concerta", "OxyContin", "Subutex", "Rivotril", "Stesolid",
              "Imovane", "Tramadol Actavis", "Elvanse", "Oxynorm", "Sobril"],
    "street": ["Molly", "Tina", "Spice", "tjack", "kola", "vita tabletter", "crystal", "zolle"],
    "stamp": ["Tesla", "Red Bull", "Blue Punisher", "Philipp Plein", "Heineken", "Rolls Royce"],
    "event": ["Way Out West", "Summerburst", "Sthlm Fields", "Lollapalooza", "Pride",
              "Valborg", "Midsommar", "Luciafirandet", "Nobelfesten", "Almedalen"],
    "org": ["Maria Ungdom", "Stadsmissionen", "Frälsningsarmén", "Länsstyrelsen",
            "Tullverket", "Rättsmedicinalverket", "Statens institutionsstyrelse",
            "Folkhälsomyndigheten", "Giftinformationscentralen", "Stockholms Stadsmission",
            "Ersta diakoni", "Hela Människan"],
    "place": ["Sundsvall", "Rinkeby", "Gottsunda", "Rosengård", "Haparanda", "Kiruna",
              "Hjulsta", "Borlänge", "Eskilstuna", "Gävle", "Norrköping", "Visby"],
}

DRUG_POOLS = ("drug", "brand", "street", "stamp")
STREETS = ["Storgatan", "Kyrkogatan", "Skolgatan", "Järnvägsgatan", "Björkvägen",
           "Tallstigen", "Ringvägen", "Fabriksgatan", "Parkvägen", "Bangårdsgatan"]
TOWNS = [("Umeå", "903 31"), ("Västerås", "722 14"), ("Jönköping", "553 21"),
         ("Lund", "222 36"), ("Örebro", "702 11"), ("Luleå", "972 38")]


def half(pool: list[str], split: str) -> list[str]:
    return pool[0::2] if split == "dev" else pool[1::2]


class Names:
    KINDS = ("person", "first", "last", "caps", "register", "gen", "mail")

    def __init__(self, rng: random.Random, split: str) -> None:
        self.rng, self.split = rng, split
        self.parts: dict[str, tuple[str, str, str]] = {}  # full name -> first, last, origin

    def name(self, kind: str, args: list[str]) -> str:
        if kind == "person":
            origin = args[0] if args else self.rng.choice(sorted(NAMES))
            if origin == "any":
                origin = self.rng.choice(sorted(NAMES))
            firsts, lasts = NAMES[origin]
            first = self.rng.choice(half(firsts, self.split))
            last = self.rng.choice(half(lasts, self.split))
            full = f"{last} {first}" if origin == "vn" else f"{first} {last}"
            self.parts[full] = (first, last, origin)
            return full
        first, last, origin = self.parts[" ".join(args)]
        if kind == "first":
            # a Vietnamese given name is the last word; a Somali one the first (then the father's)
            return first.split()[-1] if origin == "vn" else first.split()[0]
        if kind == "last":
            return last
        if kind == "caps":
            return " ".join(args).upper()
        if kind == "register":
            return f"{last.upper()}, {first}"
        if kind == "mail":
            return f"{ascii_word(first)}.{ascii_word(last)}@example.net"
        return genitive(" ".join(args))

    def negative(self, args: list[str]) -> str:
        pool = args[0]
        value = self.rng.choice(half(NEGATIVES[pool], self.split))
        return f"{{{{drug:{value}}}}}" if pool in DRUG_POOLS else f"{{{{{value}}}}}"

    def address(self, args: list[str]) -> str:
        street = self.rng.choice(half(STREETS, self.split))
        town, code = self.rng.choice(TOWNS)
        number = self.rng.randint(2, 48)
        if "full" in args:
            return f"{street} {number}, {code} {town}"
        return f"{street} {number}"


def ascii_word(word: str) -> str:
    """A name as an e-mail local part: lower case, ASCII, dots for spaces."""
    folded = unicodedata.normalize("NFKD", word.replace("ı", "i").replace("ł", "l"))
    return "".join(c for c in folded if c.isascii() and (c.isalnum() or c in " -")).lower(
    ).replace(" ", ".")


def genitive(name: str) -> str:
    return name if name[-1] in "sxz" else name + "s"
