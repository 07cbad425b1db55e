"""Name and hard-negative pools of the fresh corpus, written from general knowledge.

Every pool is split by position: even entries serve dev, odd entries holdout, so a name or a
negative drawn into a holdout template text is never drawn into a dev one. The combinations of
first and last names are random; no real person is meant.
"""

from __future__ import annotations

import random

from fresh_ids import ascii_word

NAMES: dict[str, tuple[list[str], list[str]]] = {  # origin: (first names, surnames)
    "sv": (["Linnea", "Hampus", "Ebba", "Viggo", "Tuva", "Melker", "Saga", "Ture", "Ellen",
            "Sixten"],
           ["Strömqvist", "Hedlund", "Åkerblom", "Nordin", "Ljungberg", "Sjöholm", "Wallin",
            "Engström", "Bergkvist", "Öberg"]),
    "fi": (["Aino", "Jukka", "Pirjo", "Tapio", "Sanna", "Kalle", "Riikka", "Esa"],
           ["Grönroos", "Lindroos", "Mäkinen", "Hämäläinen", "Backman", "Nyström", "Heikkilä",
            "Sundqvist"]),
    "no": (["Ingvild", "Sindre", "Solveig", "Kjetil", "Marte", "Øystein", "Sigrid", "Eirik"],
           ["Haugen", "Bakke", "Solberg", "Fjeldstad", "Brekke", "Aasland", "Myhre", "Vik"]),
    "dk": (["Mette", "Søren", "Frederikke", "Rasmus", "Line", "Mads", "Signe", "Jens"],
           ["Kjærgaard", "Mølgaard", "Nørgaard", "Thøgersen", "Bech", "Østergaard", "Lund",
            "Damsgaard"]),
    "pl": (["Paweł", "Agnieszka", "Krzysztof", "Małgorzata", "Tomasz", "Zofia", "Łukasz",
            "Ewa"],
           ["Wiśniewski", "Zając", "Wójcik", "Kamińska", "Dąbrowski", "Kozłowska",
            "Szymański", "Wróbel"]),
    "bks": (["Emina", "Nikola", "Selma", "Jasmin", "Dragana", "Mirza", "Lejla", "Goran"],
            ["Hadžić", "Petrović", "Ćosić", "Kovačević", "Šehić", "Jurić", "Mujić", "Babić"]),
    "tr": (["Şeyma", "Emre", "Ayşe", "Gökhan", "Elif", "Oğuz", "Büşra", "Serkan"],
           ["Doğan", "Yıldırım", "Aydın", "Çelik", "Öztürk", "Kılıç", "Şahin", "Erdoğdu"]),
    "ar": (["Layla", "Omar", "Noor", "Yusuf", "Rania", "Karim", "Hiba", "Tariq"],
           ["al-Hassan", "bin Khalid", "Abu Sharif", "el-Masri", "Haddad", "ibn Rashid",
            "Nasrallah", "al-Amin"]),
    "fa": (["Shirin", "Dariush", "Parisa", "Kamran", "Mahsa", "Babak", "Yasaman", "Farhad"],
           ["Rahmani", "Mohammadi", "Tavakoli", "Jafari", "Karimi-Nejad", "Sadeghi",
            "Ebrahimi", "Moradi"]),
    "ku": (["Rojin", "Dilan", "Berivan", "Azad", "Hêvî", "Rêzan", "Zîlan", "Kawa"],
           ["Baran", "Zana", "Amedi", "Berzinci", "Hawrami", "Botani", "Xoşnaw", "Sindî"]),
    "so": (["Hodan Abdi", "Mahad Yusuf", "Ifrah Ali", "Abdirahman Nur", "Sagal Hassan",
            "Liban Omar", "Ayaan Farah", "Khadar Ahmed"],
           ["Warsame", "Farah", "Jama", "Hirsi", "Egal", "Dirie", "Samatar", "Guled"]),
    "ti": (["Senait", "Yonas", "Helen", "Dawit", "Mebrat", "Filmon", "Saba", "Tesfalem"],
           ["Tesfay", "Haile", "Gebremariam", "Kidane", "Berhane", "Woldu", "Asmerom",
            "Tekle"]),
    "es": (["Iñaki", "María José", "Begoña", "Nicolás", "Ainhoa", "Sebastián", "Nuria",
            "Joaquín"],
           ["Muñoz", "Peña", "Ibáñez", "Castaño", "de la Fuente", "Quiñones", "Ortiz",
            "Sáenz"]),
    "de": (["Jürgen", "Anke", "Wolfgang", "Brigitte", "Matthias", "Ute", "Henrik", "Jutta"],
           ["von Bülow", "Meißner", "Schäfer", "von der Heide", "Krüger", "Weiß", "Böhm",
            "Hoffmann"]),
    "en": (["Siobhán", "Gareth", "Niamh", "Callum", "Aoife", "Rhys", "Tamsin", "Declan"],
           ["O'Connell", "Pryce-Jones", "McAllister", "Fitzgerald", "Okonkwo-Bell",
            "Whitfield", "Ní Bhriain", "Davenport"]),
}
VIETNAMESE = (["Nguyen Thi", "Tran Van", "Pham Thi", "Le Van", "Vu Thi", "Hoang Van"],
              ["Lan", "Minh", "Hoa", "Duc", "Thu", "Long"])  # family + middle name, then given

NEGATIVES: dict[str, list[str]] = {
    "drug": ["bromazolam", "isotonitazen", "3-CMC", "karfentanil", "ADB-BUTINACA",
             "protonitazen", "flualprazolam", "alfa-PiHP", "metonitazen", "N-etylhexedron",
             "klonazolam", "HHC-P", "xylazin", "MDMB-4en-PINACA", "2-fluorodeskloroketamin",
             "nitrazolam", "4-fluoramfetamin", "etizolam", "O-desmetyltramadol", "mefedron"],
    "brand": ["Xanax", "Subutex", "Lyrica", "Oxycontin", "Stesolid", "Imovane", "Propavan",
              "Elvanse", "Sobril", "Rivotril", "Buvidal", "Nyxoid", "Stilnoct", "Concerta",
              "Dolcontin", "Espranor", "Tradolan", "Theralen", "Suboxone", "Temesta"],
    "stamp": ["Blue Punisher", "Tesla", "Philipp Plein", "Red Bull", "Hello Kitty",
              "Donald Trump", "Bugatti", "Grinch", "Pikachu", "Heineken", "Superman",
              "Minion", "Domino's", "Audi", "Batman", "Skull"],
    "street": ["Tina", "Molly", "Charlie", "Mandy", "Tusi", "tjack", "Special K", "bars",
               "Gina", "oxy", "Ice", "kristall", "Lean", "vit tjej", "beans", "Zombie"],
    "festival": ["Way Out West", "Summerburst", "Sweden Rock", "Roskilde Festival",
                 "Flow Festival", "Ruisrock", "Storsjöyran", "Øyafestivalen",
                 "Malmöfestivalen", "Kulturkalaset", "Emmaboda", "Uppsala Reggae Festival"],
    "org": ["Giftinformationscentralen", "Rättsmedicinalverket", "Convictus", "Läkemedelsverket",
            "Stadsmissionen", "Kriminalvården", "Svenska Brukarföreningen", "Tullverket",
            "Apotek Hjärtat", "Folkhälsomyndigheten", "Kronans Apotek", "Noaks Ark",
            "RFSL", "Socialstyrelsen", "Hela Människan", "Röda Korset"],
    "place": ["Borlänge", "Sundsvall", "Trollhättan", "Luleå", "Karlskrona", "Västerås",
              "Halmstad", "Skellefteå", "Eskilstuna", "Kristianstad", "Gävle", "Östersund",
              "Motala", "Visby", "Piteå", "Ystad"],
    "square": ["Möllevångstorget", "Järntorget", "Sergels torg", "Stortorget", "Brunnsparken",
               "Mariatorget", "Gustav Adolfs torg", "Kungsträdgården", "Slussen",
               "Drottninggatan", "Nytorget", "Birger Jarlsgatan"],
}
STREETS = ["Tallvägen", "Björkgatan", "Kvarnbacken", "Sjöbodvägen", "Ängsvägen", "Mejerigatan",
           "Gjuterivägen", "Lingonstigen", "Hamnplan", "Fabriksgatan", "Runebergsgatan",
           "Klövervägen"]
TOWNS = [("541 32", "Skövde"), ("852 38", "Sundsvall"), ("972 41", "Luleå"),
         ("722 14", "Västerås"), ("302 45", "Halmstad"), ("633 46", "Eskilstuna"),
         ("803 20", "Gävle"), ("831 34", "Östersund")]


def half(items: list[str], split: str) -> list[str]:
    return items[0::2] if split == "dev" else items[1::2]


class Names:
    """Name and negative tokens: «full a», «first a», «reg b», «neg drug», «address»."""

    KINDS = ("full", "first", "last", "caps", "reg", "lower", "init", "gen", "lastgen",
             "handle")

    def __init__(self, rng: random.Random, split: str) -> None:
        self.rng, self.split = rng, split
        self.people: dict[str, tuple[str, str]] = {}
        self.family_first: set[str] = set()

    def person(self, slot: str, origin: str | None) -> tuple[str, str]:
        if slot not in self.people:
            origin = origin or self.rng.choice([*NAMES, "vi"])
            firsts, lasts = VIETNAMESE if origin == "vi" else NAMES[origin]
            if origin == "vi":  # family and middle name, then the given name
                firsts, lasts = lasts, firsts
                self.family_first.add(slot)
            used = {w for person in self.people.values() for w in person}
            for _ in range(50):  # two people of one text share neither first nor last name
                first = self.rng.choice(half(firsts, self.split))
                last = self.rng.choice(half(lasts, self.split))
                if first not in used and last not in used:
                    break
            self.people[slot] = (first, last)
        return self.people[slot]

    def name(self, kind: str, args: list[str]) -> str:
        first, last = self.person(args[0], args[1] if len(args) > 1 else None)
        full = f"{last} {first}" if args[0] in self.family_first else f"{first} {last}"
        if args[0] in self.family_first:
            last = last.split()[0]  # Nguyen Thi Lan: the family name is Nguyen
        return {
            "full": full, "first": first, "last": last, "caps": full.upper(),
            "reg": f"{last.upper()}, {first}", "lower": first.lower(),
            "init": f"{first[0]}. {last}", "gen": _genitive(first), "lastgen": _genitive(last),
            "handle": ascii_word(first.replace(" ", "")),
        }[kind]

    def negative(self, args: list[str]) -> str:
        return self.rng.choice(half(NEGATIVES[args[0]], self.split))

    def address(self, args: list[str]) -> str:
        street = self.rng.choice(half(STREETS, self.split))
        number = f"{self.rng.randrange(1, 60)}{self.rng.choice(['', '', 'A', 'B'])}"
        if "short" in args:
            return f"{street} {number}"
        code, town = self.rng.choice(TOWNS)
        return f"{street} {number}, {code} {town}"


def _genitive(name: str) -> str:
    return name if name[-1] in "sxz" else name + "s"
