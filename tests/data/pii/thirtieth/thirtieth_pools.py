"""Names and hard negatives for the thirtieth corpus's templates.

`NAMES(rng, split)` serves «first ORIGIN», «last ORIGIN», «name ORIGIN», «reg ORIGIN»
(register style, `EFTERNAMN, Förnamn`), «street», «address» and «neg POOL» tokens through the
shared `../pool_names.py`. Every pool is halved: even entries for dev, odd entries for holdout,
so the two splits' templates draw different names and negatives. The negatives are what a
road's paperwork is full of: car brands and models named after persons, rental firms, garages
and haulage firms named after their founders, ships and locomotives with names, roads, rest
areas and petrol stations, flights and routes, medicines and street drugs met on the road.
"""

from __future__ import annotations

from pool_names import Pools, names_from

FIRST = {
    "se": ("Annika", "Göran", "Ulrika", "Mats", "Camilla", "Patrik", "Susanne", "Niklas",
           "Helena", "Magnus", "Therese", "Fredrik", "Jessica", "Henrik", "Malin", "Joakim"),
    "no": ("Solveig", "Øyvind", "Randi", "Trond", "Hege", "Geir", "Tone", "Bjørnar"),
    "lt": ("Rasa", "Darius", "Jurgita", "Mindaugas", "Agnė", "Tomas", "Ieva", "Vytautas"),
    "ir": ("Shirin", "Farhad", "Nasrin", "Kourosh", "Mahsa", "Behrouz", "Leila", "Dariush"),
    "er": ("Senait", "Tesfay", "Helen", "Yonas", "Mebrat", "Filmon", "Saba", "Kidane"),
    "bs": ("Amra", "Nermin", "Selma", "Edin", "Lejla", "Dževad", "Aida", "Mirsad"),
}
LAST = {
    "se": ("Engström", "Lindholm", "Rosén", "Hedlund", "Nordin", "Sandberg", "Forsberg",
           "Lundgren", "Ahlberg", "Boman", "Strand", "Carlberg", "Dahl", "Öberg", "Wikström",
           "Söderlund"),
    "no": ("Haugen", "Bakken", "Solberg", "Lie", "Moen", "Aas", "Strand", "Dahle"),
    "lt": ("Kazlauskas", "Petrauskienė", "Jankauskas", "Vasiliauskaitė", "Žukauskas", "Paulauskas",
           "Balčiūnas", "Stankevičienė"),
    "ir": ("Moradi", "Rahimi", "Karimi", "Hosseini", "Sadeghi", "Jafari", "Ahmadi", "Tavakoli"),
    "er": ("Gebremedhin", "Tesfamariam", "Haile", "Berhe", "Kahsay", "Ghebreyesus", "Tekle",
           "Woldu"),
    "bs": ("Hodžić", "Mehmedović", "Begić", "Delić", "Hasanović", "Kovačević", "Alić",
           "Husić"),
}
STREETS = ("Stationsvägen", "Bangårdsgatan", "Hamnvägen", "Verkstadsgatan", "Färjeleden",
           "Depåvägen", "Rallarvägen", "Bilvägen", "Motorvägsgatan", "Lokstallsgatan",
           "Kusklängan", "Skjutsgatan")
TOWNS = ("721 31 Västerås", "581 10 Linköping", "802 50 Gävle", "653 40 Karlstad",
         "891 33 Örnsköldsvik", "352 31 Växjö", "451 31 Uddevalla", "781 70 Borlänge",
         "622 30 Visby", "972 31 Luleå", "462 32 Vänersborg", "553 18 Jönköping")
NEGATIVES = {
    "car": ("Mercedes Sprinter", "Škoda Karoq", "Tesla Model Y", "Porsche Cayenne",
            "Ferrari Roma", "Ford Transit", "Citroën Berlingo", "Opel Zafira",
            "Chevrolet Camaro", "Peugeot 308", "Lincoln Navigator", "Dodge Ram",
            "Renault Kangoo", "Maserati Ghibli", "Chrysler Voyager", "Aston Martin Vantage"),
    "rental": ("Hertz", "Sixt", "Avis", "Europcar", "Mabi", "Budget", "Enterprise",
               "Hedin Bil"),
    "garage": ("Bilia", "Mekonomen", "Dahlbergs Bil & Plåt", "Svenssons Däck", "Holmqvists Bil",
               "Bosch Car Service", "Wedins Bilverkstad", "Hedlunds Motor"),
    "ship": ("M/S Peter Pan", "M/S Nils Holgersson", "M/S Stena Danica", "M/S Birger Jarl",
             "M/S Tom Sawyer", "M/S Robin Hood", "vägfärjan Tellus", "vägfärjan Ulrika"),
    "road": ("E4", "E6", "E18", "E20", "E45", "väg 73", "riksväg 40", "länsväg 222", "Rv 50",
             "E22"),
    "stop": ("rastplats Getå", "rastplats Fågelsta", "Circle K Jönköping Norra",
             "OKQ8 Kungens Kurva", "Preem Hallsberg", "St1 Gävle Hemlingby", "Ingo Mjölby",
             "rastplats Tönnebro"),
    "flight": ("SK 1417", "DY 4321", "FR 2634", "SK 906", "DY 1153", "BT 104"),
    "switchboard": ("0771-25 25 25", "0771-503 503", "020-85 85 85", "0771-119 119"),
    "weekday": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
                "måndag"),
    "month": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
              "september", "oktober", "november", "december"),
    "street": ("tjack", "Tina", "kola", "Charlie", "benso", "zolpi", "Molly", "gräs"),
    "substance": ("amfetamin", "kokain", "cannabis", "GHB", "ketamin", "THC", "metamfetamin",
                  "bensodiazepiner"),
    "brand": ("Sobril", "Xanor", "Stesolid", "Zopiklon", "Tramadol", "Lyrica", "Elvanse",
              "Citodon", "Imovane", "Oxycodone", "Metadon", "Concerta"),
}
DRUG_POOLS = ("street", "substance", "brand")
NAMES = names_from(Pools(first=FIRST, last=LAST, streets=STREETS, towns=TOWNS,
                         negatives=NEGATIVES))
