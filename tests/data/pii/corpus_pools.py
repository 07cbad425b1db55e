"""Synthetic values for the PII corpus: names, numbers, places. No real person's data.

Name pools deliberately include names that are NOT in the shipped gazetteers (marked
RARE_*), so the corpus measures how the scanner generalises, not only list look-ups.
Personnummer are made here with valid (or deliberately broken) Luhn checksums.
"""

from __future__ import annotations

import random

SV_FIRST = [
    "Erik", "Anna", "Lars", "Karin", "Johan", "Maria", "Anders", "Eva", "Per", "Lena", "Mikael",
    "Sara", "Oskar", "Elin", "Viktor", "Emma", "Linnea", "Gustav", "Ida", "Hugo", "Maja", "Nils",
    "Astrid", "Olle", "Ebba", "Kalle", "Stina", "Björn", "Ingrid", "Sven", "Margareta", "Leif",
    "Agneta", "Tobias", "Frida", "Pontus", "Wilma", "Alva", "Elias", "Tove", "Jonas", "Matilda",
]
IMMIGRANT_FIRST = [
    "Mohammed", "Fatima", "Ahmed", "Amina", "Ali", "Zainab", "Hassan", "Leila", "Omar", "Yasmin",
    "Abdirahman", "Hodan", "Faisal", "Ayaan", "Dawit", "Semhar", "Tesfay", "Reza", "Shirin",
    "Dariush", "Nazanin", "Rebwar", "Berivan", "Zlatan", "Emina", "Mirsad", "Dragana", "Piotr",
    "Katarzyna", "Mehmet", "Zeynep", "Aleksandr", "Olga", "Minh", "Thanh", "Priya", "Camila",
    "Jukka", "Päivi", "Arben", "Valbona", "Ninos", "Shamiram", "Gulbuddin", "Mahbooba", "Kwame",
]
RARE_FIRST = ["Tewodros", "Ngozi", "Ilmari", "Zorica", "Dritan", "Lavdim", "Ashkan", "Oghenekaro",
              "Sölve", "Edvina", "Gaspard", "Nooshin", "Bozhidar", "Saoirse", "Tuva-Li"]
SV_LAST = [
    "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
    "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Lindberg", "Lindqvist", "Lindgren",
    "Berglund", "Sjöberg", "Wallin", "Engström", "Eklund", "Lundgren", "Björk", "Holm", "Nyström",
    "Åberg", "Hellström", "Strand", "Dahl", "Falk", "Ek", "Blom", "Sandberg", "Forsberg",
]
IMMIGRANT_LAST = [
    "Ali", "Mohamed", "Hassan", "Ahmadi", "Hosseini", "Yilmaz", "Kaya", "Hodžić", "Kovačević",
    "Nowak", "Kowalski", "Virtanen", "Korhonen", "Nguyen", "Tran", "Haile", "Tesfaye", "Abdi",
    "Warsame", "Al-Hassan", "Al-Obaidi", "Barzani", "Krasniqi", "Gashi", "Ivanov", "Petrović",
    "Singh", "Rodríguez", "Osman", "Ibrahim", "Rahimi", "Karimi", "Demir",
]
RARE_LAST = ["Brandqvist", "Kettunen", "Vuković", "Alemu", "Okonkwo", "Hjalmarsson", "Skogsberg",
             "Morgenstierne", "Ghebrehiwet", "Quraishi", "Nordenskjöld", "Vainikainen"]
NICKNAMES = ["Micke", "Ragge", "Lillen", "Snabben", "Kenta", "Dr. D", "Shorty", "Bosse", "Zorro",
             "Kungen", "Babyface", "Svullo", "Lill-Erik", "Gurra", "Tjocken"]
PARTICLE_NAMES = [("Carl", "af Ugglas"), ("Louise", "von Essen"), ("Hedvig", "af Klercker"),
                  ("Ali", "bin Omar"), ("Hassan", "al Amin"), ("Pieter", "van Dijk"),
                  ("Charlotte", "De Geer")]
DOUBLE_FIRST = ["Anna-Karin", "Lars-Erik", "Eva-Lena", "Jan-Olof", "Karl-Johan", "Mohammed Ali",
                "Anna Maria", "Per-Olov", "Ann-Sofie", "Abdi Nur"]

STREET_STEMS = ["Stor", "Kungs", "Drottning", "Skol", "Kyrko", "Ring", "Björk", "Ek", "Lind",
                "Bergs", "Sjö", "Ängs", "Lärk", "Hamn", "Tall", "Prästgårds", "Rosen", "Gran",
                "Smedje", "Järnvägs", "Verkstads", "Solros", "Murar", "Fabriks", "Torp"]
STREET_ENDS = ["gatan", "vägen", "gränd", "stigen", "backen", "allén", "torget", "slingan"]
NAMED_STREETS = ["Karl Johans gata", "Drottning Kristinas väg", "Olof Palmes gata",
                 "Sankt Eriksgatan", "Lilla Nygatan", "Södra Vägen", "Gamla Kungsvägen",
                 "Östra Hamngatan"]
TOWNS = ["Hägersten", "Västerås", "Borlänge", "Kiruna", "Mölndal", "Växjö", "Skellefteå",
         "Trollhättan", "Eskilstuna", "Gävle", "Lund", "Umeå", "Visby", "Sundsvall", "Kalmar"]

MUNICIPALITIES = ["Mora", "Sala", "Hjo", "Ale", "Vara", "Nora", "Berg", "Lund", "Mark", "Kil",
                  "Eda", "Boden", "Falun", "Borås", "Ljusdal", "Gällivare", "Tranås", "Tierp",
                  "Upplands Väsby", "Malung-Sälen", "Östra Göinge", "Lilla Edet", "Sorsele",
                  "Örnsköldsvik", "Haparanda", "Älvdalen", "Nässjö", "Karlskoga", "Härjedalen"]
SMALL_MUNICIPALITIES = ["Sorsele", "Dorotea", "Bjurholm", "Ydre", "Åsele", "Pajala", "Ragunda",
                        "Överkalix", "Arjeplog", "Norsjö", "Malå", "Hjo", "Gnosjö", "Ockelbo"]
REGIONS = ["Region Skåne", "Västra Götalandsregionen", "Region Stockholm", "Region Dalarna",
           "Norrbottens län", "Region Jämtland Härjedalen", "Region Gävleborg", "Västerbotten"]
AGENCIES = ["NFC", "Tullverket", "Polismyndigheten", "Folkhälsomyndigheten", "RMV",
            "Giftinformationscentralen", "Kriminalvården", "Socialstyrelsen", "Läkemedelsverket",
            "Maria Ungdom", "Beroendecentrum Stockholm", "Stadsmissionen", "Länsstyrelsen"]
HOSPITALS = ["Södersjukhuset", "Sahlgrenska", "Karolinska", "Danderyds sjukhus",
             "Akademiska sjukhuset", "Norrlands universitetssjukhus", "Skånes universitetssjukhus",
             "Mälarsjukhuset", "Sankt Görans sjukhus", "Östra sjukhuset"]
SUBSTANCES = ["amfetamin", "kokain", "heroin", "GHB", "MDMA", "ecstasy", "ketamin", "cannabis",
              "hasch", "Spice", "HHC", "fentanyl", "isotonitazen", "Xanax", "Lyrica", "tramadol",
              "oxykodon", "bromazolam", "alfa-PHP", "3-MMC", "Subutex", "metadon", "kratom",
              "2C-B", "LSD", "lustgas", "xylazin", "Tusi"]
STREET_NAMES = ["Molly", "Tina", "Mary Jane", "Adam", "Charlie", "Lucy", "Mandy", "tjack",
                "koks", "brunt", "Special K", "Ice"]
STAMPS = ["Philipp Plein", "Donald Trump", "Tesla", "Rolex", "Superman", "Punisher",
          "Heisenberg", "Bugatti", "Hello Kitty", "Louis Vuitton", "Pablo Escobar", "Red Bull",
          "Kalle Anka", "Mr Bean", "Elon Musk"]
SCHOOLS = ["Ekbackeskolan", "Vasaskolan", "Kunskapsgymnasiet", "Björkängsskolan",
           "Anna Lindhs gymnasium", "Rudbecksgymnasiet", "Solbergaskolan", "Tallbackaskolan"]
UNITS = ["HVB-hemmet Solrosen", "LSS-boendet Tallen", "stödboendet Björken",
         "SiS-hemmet Råby", "familjehemmet i Sorsele"]


def luhn_digit(nine: str) -> str:
    total = 0
    for i, ch in enumerate(nine):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)


def personnummer(rng: random.Random, form: str, valid: bool = True) -> str:
    """A synthetic personnummer in `form`; valid=False breaks the checksum on purpose."""
    year = rng.randint(1940, 2012) if form != "plus" else rng.randint(1910, 1924)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    if form == "samordning":
        day += 60
    serial = f"{rng.randint(0, 999):03d}"
    base = f"{year % 100:02d}{month:02d}{day:02d}{serial}"
    check = luhn_digit(base)
    if not valid:
        check = str((int(check) + rng.randint(1, 9)) % 10)
    yymmdd, tail = base[:6], base[6:] + check
    century = str(year // 100)
    return {
        "dash10": f"{yymmdd}-{tail}", "dash12": f"{century}{yymmdd}-{tail}",
        "plain10": f"{yymmdd}{tail}", "plain12": f"{century}{yymmdd}{tail}",
        "space": f"{yymmdd} {tail}", "space12": f"{century}{yymmdd} {tail}",
        "plus": f"{yymmdd}+{tail}", "samordning": f"{century}{yymmdd}-{tail}",
    }[form]


def iban_se(rng: random.Random) -> str:
    bban = f"{rng.choice(['500', '800', '300', '600', '120'])}0" + "".join(
        str(rng.randint(0, 9)) for _ in range(16))
    num = int("".join(str(int(c, 36)) for c in bban + "SE00"))
    check = 98 - num % 97
    raw = f"SE{check:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def phone(rng: random.Random) -> str:
    d = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))  # noqa: E731
    mob = rng.choice(["70", "72", "73", "76", "79"])
    return rng.choice([
        f"0{mob}-{d(3)} {d(2)} {d(2)}", f"0{mob}{d(7)}", f"+46 {mob} {d(3)} {d(2)} {d(2)}",
        f"+46{mob}{d(7)}", f"0{mob} {d(3)} {d(2)} {d(2)}", f"08-{d(3)} {d(3)} {d(2)}",
        f"031-{d(2)} {d(2)} {d(2)}", f"0046 {mob} {d(3)} {d(4)}", f"08-508 {d(3)} {d(2)}",
        f"040-{d(2)} {d(2)} {d(2)}", f"0921-{d(2)} {d(2)} {d(2)}", f"+358 40 {d(3)} {d(4)}",
        f"+47 9{d(2)} {d(2)} {d(3)}", f"+44 7700 {d(6)}", f"0{mob}-{d(7)}",
        f"018-{d(2)} {d(2)} {d(2)}",
        f"+46 (0){mob} {d(3)} {d(2)} {d(2)}", f"0{mob}/{d(3)} {d(2)} {d(2)}",
    ])


def plate(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNOPRSTUWXYZ"
    head = "".join(rng.choice(letters) for _ in range(3))
    last = rng.choice([str(rng.randint(0, 9)), rng.choice("ABCDEFGHJKLMNPRSTUWXYZ")])
    tail = f"{rng.randint(0, 99):02d}{last}"
    return rng.choice([f"{head} {tail}", f"{head}{tail}", f"{head} {tail}"])
