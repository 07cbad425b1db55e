"""Names and hard negatives for the thirty-third corpus's templates.

`NAMES(rng, split)` serves «first ORIGIN», «last ORIGIN», «name ORIGIN», «reg ORIGIN»
(register style, `EFTERNAMN, Förnamn`), «street», «address» and «neg POOL» tokens through the
shared `../pool_names.py`. Every pool is halved: even entries for dev, odd entries for holdout,
so the two splits' templates draw different names and negatives. The negatives are what the
paperwork of gambling, debt and fraud is full of: betting firms and games, horses with
people's names, slot machines, banks and collection firms named after founders, crypto coins,
payment references, masked cards, amounts and substances.
"""

from __future__ import annotations

from pool_names import Pools, names_from

FIRST = {
    "se": ("Linnea", "Joakim", "Therese", "Rasmus", "Emelie", "Kristoffer", "Sanna", "Viktor",
           "Josefin", "Oskar", "Frida", "Dennis", "Matilda", "Anton", "Hanna", "Robin"),
    "old": ("Margareta", "Lennart", "Birgitta", "Kjell", "Gunilla", "Leif", "Inger", "Roland",
            "Monica", "Ulf", "Kerstin", "Bo", "Agneta", "Göran", "Lena", "Håkan"),
    "ar": ("Yousef", "Rania", "Khaled", "Noor", "Samir", "Lina", "Tarek", "Dalia"),
    "so": ("Abdirahman", "Hodan", "Mahad", "Ifrah", "Liban", "Sagal", "Farhan", "Ubah"),
    "pl": ("Kamil", "Agnieszka", "Paweł", "Marta", "Łukasz", "Katarzyna", "Tomasz", "Joanna"),
    "fi": ("Jussi", "Satu", "Teemu", "Riikka", "Mikko", "Hanne", "Janne", "Tiina"),
}
LAST = {
    "se": ("Sundqvist", "Hammar", "Blomberg", "Eklöf", "Rydberg", "Lindholm", "Wallin",
           "Forsberg", "Nyström", "Håkansson", "Åberg", "Sjöberg", "Engström", "Fransson",
           "Lund", "Backman"),
    "old": ("Granlund", "Ahlström", "Fagerberg", "Söderlund", "Törnblom", "Magnusson",
            "Rosén", "Wennerberg", "Lindahl", "Norén", "Hedberg", "Skoglund", "Ekdahl",
            "Palmqvist", "Boman", "Stenberg"),
    "ar": ("Haddad", "Khalil", "al-Najjar", "Mansour", "Saleh", "Darwish", "Aziz", "Younes"),
    "so": ("Warsame", "Jama", "Farah", "Abdi", "Hirsi", "Osman", "Dualeh", "Nur"),
    "pl": ("Zieliński", "Wójcik", "Kaczmarek", "Mazur", "Krawczyk", "Piotrowski", "Grabowska",
           "Nowicki"),
    "fi": ("Heikkinen", "Laaksonen", "Mäkelä", "Salminen", "Koskinen", "Rantanen", "Hämäläinen",
           "Lehtonen"),
}
STREETS = ("Kopparvägen", "Bryggaregatan", "Tallstigen", "Vävaregatan", "Klockarvägen",
           "Hamnplan", "Sågverksgatan", "Ringvägen", "Kyrkbacken", "Smedjegatan", "Lindallén",
           "Åkervägen", "Skolgatan", "Fältspatsgatan", "Mejerivägen", "Kanalgatan")
TOWNS = ("723 41 Västerås", "602 28 Norrköping", "553 16 Jönköping", "852 35 Sundsvall",
         "392 31 Kalmar", "961 38 Boden", "451 42 Uddevalla", "291 33 Kristianstad",
         "801 30 Gävle", "632 20 Eskilstuna", "371 34 Karlskrona", "903 27 Umeå",
         "302 41 Halmstad", "681 30 Kristinehamn", "941 33 Piteå", "254 40 Helsingborg")

NEGATIVES = {
    "bettor": ("Unibet", "Bet365", "Betsson", "LeoVegas", "ComeOn", "Svenska Spel",
               "ATG", "Mr Green", "Casumo", "Coolbet", "Betway", "Speedy Casino"),
    "game": ("Black Jack", "Texas Hold'em", "Omaha", "Roulette", "Baccarat", "V75",
             "Stryktipset", "Keno", "Lotto", "Oddset", "Dagens Dubbel", "Trio"),
    "slot": ("Book of Ra", "Gonzo's Quest", "Starburst", "Sweet Bonanza", "Dead or Alive",
             "Jack Hammer", "Gates of Olympus", "Big Bass Bonanza", "Immortal Romance",
             "Mega Moolah", "Reactoonz", "Wolf Gold"),
    "horse": ("Greta Garbo", "Kalle Anka", "Sven Banan", "Lady Linnea", "Herr Olsson",
              "Lill-Babs", "Maja Gräddnos", "Doktor Tid", "Fru Fortuna", "Kapten Krok",
              "Sixten Sparre", "Anna Karenina"),
    "bank": ("Nordea", "Klarna", "Carnegie", "Lindorff", "Intrum", "Swedbank", "Svea Ekonomi",
             "Resurs Bank", "Avanza", "Danske Bank", "Santander", "Marginalen Bank"),
    "coin": ("Bitcoin", "Ethereum", "Monero", "Tether", "Litecoin", "Dogecoin", "Solana",
             "USDT", "Cardano", "Ripple", "Zcash", "Dash"),
    "ref": ("OCR 7410 3382 1106", "BG 5521-7734", "PG 48 19 22-6", "ärende 2026-11-4471",
            "order 118-40 2291", "transaktion TX-88410237", "faktura 20441987",
            "OCR 66120 4470 9", "BG 812-4409", "PG 90 04 17-3", "ärende 26-30817",
            "referens SE-GA-77812"),
    "card": ("**** 4821", "**** 0937", "**** 7702", "**** 3116", "**** 5548", "**** 2290",
             "**** 6614", "**** 8075"),
    "amount": ("4 500 kr", "12 800 kr", "750 kr", "2 000 kr", "31 400 kr", "9 990 kr",
               "1 250 kr", "60 000 kr", "3 300 kr", "18 000 kr", "499 kr", "7 200 kr"),
    "club": ("Hammarby", "AIK", "Djurgården", "Malmö FF", "IFK Göteborg", "Häcken",
             "Elfsborg", "Sirius", "Mjällby", "Kalmar FF", "Brommapojkarna", "Degerfors"),
    "track": ("Solvalla", "Åby", "Jägersro", "Bergsåker", "Romme", "Axevalla", "Färjestad",
              "Mantorp", "Dannero", "Hagmyren", "Umåker", "Rättvik"),
    "drug": ("kokain", "amfetamin", "cannabis", "tramadol", "Xanax", "Lyrica", "oxykodon",
             "GHB", "MDMA", "Tramadolo", "subutex", "ketamin"),
    "street": ("koks", "gräs", "tjack", "snö", "piller", "zoltan", "hasch", "kola",
               "benzo", "spice", "molly", "keta"),
}
DRUG_POOLS = ("drug", "street")

NAMES = names_from(Pools(first=FIRST, last=LAST, streets=STREETS, towns=TOWNS,
                         negatives=NEGATIVES))
