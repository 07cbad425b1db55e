"""Names and hard negatives for the twenty-seventh corpus's templates.

`NAMES(rng, split)` serves «first ORIGIN», «last ORIGIN», «name ORIGIN», «reg ORIGIN»
(register style, `EFTERNAMN, Förnamn`), «street», «address» and «neg POOL» tokens through the
shared `../pool_names.py`. Every pool is halved: even entries for dev, odd entries for holdout,
so the two splits' templates draw different names and negatives.
"""

from __future__ import annotations

from pool_names import Pools, names_from

FIRST = {
    "se": ("Jimmie", "Camilla", "Rasmus", "Therese", "Robin", "Jessica", "Marcus", "Sofie",
           "Kristoffer", "Malin", "Andreas", "Linnéa", "Pontus", "Emelie", "Niklas", "Frida",
           "Tobias", "Hanna", "Mattias", "Josefin", "Dennis", "Rebecka", "Jonas", "Ida"),
    "pl": ("Łukasz", "Katarzyna", "Marcin", "Monika", "Paweł", "Ewelina", "Michał", "Dorota"),
    "lt": ("Mindaugas", "Rasa", "Darius", "Jurgita", "Tomas", "Laura", "Arūnas", "Ieva"),
    "ro": ("Ionuț", "Andreea", "Mihai", "Florentina", "Bogdan", "Ioana", "Cristian", "Elena"),
    "so": ("Abdullahi", "Faadumo", "Yusuf", "Hibaaq", "Mohamed", "Ayaan", "Khadar", "Fartun"),
    "sy": ("Rami", "Lina", "Omar", "Hala", "Fadi", "Rania", "Bassel", "Yara"),
    "fi": ("Jari", "Päivi", "Timo", "Heli", "Mika", "Satu", "Jukka", "Minna"),
    "ua": ("Oleksandr", "Iryna", "Serhii", "Olena", "Andrii", "Tetiana", "Bohdan", "Nataliia"),
}
LAST = {
    "se": ("Engström", "Björklund", "Sandberg", "Lindgren", "Hägg", "Nordin", "Åberg",
           "Holm", "Blom", "Falk", "Sundberg", "Ekholm", "Lund", "Bergkvist", "Vik", "Dahl",
           "Grönlund", "Nyberg", "Hammar", "Ros", "Söderberg", "Hjalmarsson", "Björk", "Frost"),
    "pl": ("Zieliński", "Wróbel", "Kamińska", "Lewandowski", "Dąbrowski", "Szymańska",
           "Kaczmarek", "Woźniak"),
    "lt": ("Kazlauskas", "Petrauskienė", "Jankauskas", "Balčiūnaitė", "Vaitkus", "Žukauskas",
           "Paulauskas", "Stankevičiūtė"),
    "ro": ("Popescu", "Ionescu", "Dumitru", "Stan", "Constantin", "Munteanu", "Georgescu",
           "Lungu"),
    "so": ("Warsame", "Jama", "Nur", "Abdi", "Hussein", "Egal", "Osman", "Ismail"),
    "sy": ("Al-Hassan", "Haddad", "Khoury", "Darwish", "Najjar", "Sabbagh", "Hamdan", "Issa"),
    "fi": ("Korhonen", "Heikkinen", "Lehtonen", "Rantanen", "Niemi", "Salminen", "Laine",
           "Koivisto"),
    "ua": ("Shevchenko", "Bondarenko", "Kovalenko", "Tkachenko", "Melnyk", "Kravchenko",
           "Oliinyk", "Savchuk"),
}
STREETS = ("Verkstadsgatan", "Smedjegatan", "Industrivägen", "Lagergatan", "Montörgatan",
           "Truckvägen", "Valsverksgatan", "Svetsaregatan", "Hamnarbetargatan", "Snickaregatan",
           "Kranförarvägen", "Plåtslagaregatan", "Gjutargatan", "Mekanikervägen", "Bryggarvägen",
           "Murargatan")
TOWNS = ("151 36 Södertälje", "504 30 Borås", "553 18 Jönköping", "652 24 Karlstad",
         "302 41 Halmstad", "632 20 Eskilstuna", "291 32 Kristianstad", "931 33 Skellefteå",
         "461 30 Trollhättan", "791 60 Falun", "831 31 Östersund", "392 34 Kalmar",
         "252 23 Helsingborg", "591 35 Motala", "721 30 Västerås", "602 24 Norrköping")

NEGATIVES = {
    "firm": ("Berglunds Bygg AB", "Hedbergs Plåt & Ventilation", "Jonssons Städ AB",
             "Carl Nilssons Rör AB", "Ahlsell", "Beijer Bygg", "Dahl Sverige",
             "Bröderna Ekmans Åkeri", "Anders Pettersson Maskin AB", "Ericsson",
             "Lennart Ljungs Elektriska", "Mats Hallins Måleri", "Svea Holmgrens Bageri",
             "Gustav Kähr AB"),
    "machine": ("Jungheinrich EJC 214", "Linde E20", "Toyota Traigo 48", "Hilti TE 30",
                "Makita DHR243", "Bosch GBH 18V", "Atlet Tergo", "Cat 320", "Volvo EC220",
                "Liebherr LTM 1060", "Husqvarna K 770", "Stihl TS 420"),
    "system": ("Agda PS", "Jeeves", "Heroma", "Personec P", "Visma Lön", "Hogia", "Monitor G5",
               "Flex HRM", "Quinyx", "Workday", "SAP SuccessFactors", "Adato"),
    "kit": ("Dräger DrugTest 5000", "DrugWipe 6S", "SoToxa", "Multi-Drug Cup 12", "Intercept",
            "Rapid Response", "Cozart DDS", "Alere iCup"),
    "substance": ("amfetamin", "kokain", "cannabis", "THC", "bensodiazepiner", "tramadol",
                  "oxikodon", "fentanyl", "GHB", "ketamin", "lustgas", "pregabalin", "metadon",
                  "buprenorfin"),
    "brand": ("OxyNorm", "Tradolan", "Lyrica", "Stesolid", "Sobril", "Xanax", "Citodon",
              "Ketalar", "Subutex", "Concerta", "Elvanse", "Imovane", "Propavan", "Atarax"),
    "street": ("Molly", "Tina", "Charlie", "Gina", "Mandy", "Lucy", "Special K", "Crystal"),
    "union": ("Unionen", "IF Metall", "Kommunal", "Byggnads", "Seko", "Handels", "Transport",
              "Vision"),
    "restaurant": ("Restaurang Carl Michael", "Bistro Bellman", "Krogen Fröding", "Café Selma",
                   "Trattoria Vittorio", "Pub Albert", "Krog Emil", "Bar Greta"),
    "site": ("Kv. Smeden", "Etapp 3 Norra Hamnen", "Hus B Kvarteret Lärkan", "Depå Söder",
             "Terminal 5", "Kök Centralen", "Lager Hallsberg", "Block 2"),
    "weekday": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
                "måndag"),
    "month": ("januari", "februari", "mars", "april", "maj", "juni", "augusti", "oktober"),
}
DRUG_POOLS = ("substance", "brand", "street")

POOLS = Pools(first=FIRST, last=LAST, streets=STREETS, towns=TOWNS, negatives=NEGATIVES)
NAMES = names_from(POOLS)
