"""Names and hard negatives for the thirteenth corpus's templates (served by `../pool_names.py`).

«first ORIGIN», «last ORIGIN», «name ORIGIN», «reg ORIGIN», «street», «address» and «neg POOL».
Every pool is halved: even entries for dev, odd entries for holdout. Lower-case names (`lc`)
stand for the way people type in chats.
"""

from __future__ import annotations

from pool_names import Pools

FIRST = {
    "se": ("Viggo", "Alva", "Ludde", "Tilde", "Hampus", "Moa", "Elton", "Wilma", "Sixten",
           "Meja", "Colin", "Lovisa", "Texas", "Juni", "Malte", "Siri"),
    "lc": ("viggo", "alva", "ludde", "tilde", "hampus", "moa", "sten", "rose", "björn", "hope",
           "ronja", "måns"),
    "so": ("Hodan", "Abdirahman", "Ifrah", "Mahad", "Sagal", "Liban", "Ubah", "Guled"),
    "ir": ("Shirin", "Arash", "Yasaman", "Dariush", "Nasrin", "Kourosh", "Parisa", "Babak"),
    "pl": ("Bartek", "Zuzanna", "Kacper", "Agnieszka", "Wojtek", "Magda", "Szymon", "Ola"),
    "ua": ("Oksana", "Taras", "Sofiia", "Bohdan", "Yuliia", "Mykola", "Daryna", "Ostap"),
    "er": ("Abel", "Senait", "Robel", "Feven", "Merhawi", "Luwam", "Yohannes", "Winta"),
    "sy": ("Rami", "Lina", "Yazan", "Rasha", "Omar", "Dima", "Tarek", "Hala"),
}
LAST = {
    "se": ("Grönvall", "Sten", "Ek", "Holmström", "Björk", "Rask", "Lindblad", "Vinter",
           "Hedlund", "Falk", "Sommar", "Lund", "Ström", "Berglöf", "Öhrn", "Dahl"),
    "lc": ("grönvall", "ek", "holm", "björk", "rask", "lindblad", "vinter", "hedlund",
           "falk", "sommar", "lund", "ström"),
    "so": ("Warsame", "Farah", "Osman", "Jama", "Hersi", "Abdi", "Nur", "Egal"),
    "ir": ("Rahimi", "Tehrani", "Karimzadeh", "Moradi", "Jafari", "Sadeghi", "Ahmadi", "Navabi"),
    "pl": ("Wiśniewski", "Kaczmarek", "Zając", "Mazur", "Krawczyk", "Dąbrowska", "Pawlak",
           "Sikora"),
    "ua": ("Shevchenko", "Bondarenko", "Kovalenko", "Tkachuk", "Melnyk", "Boyko", "Hnatiuk",
           "Savchuk"),
    "er": ("Tesfay", "Gebreyesus", "Habte", "Mehari", "Kahsay", "Tewelde", "Asmerom", "Berhane"),
    "sy": ("Al-Hamwi", "Haddad", "Khoury", "Darwish", "Al-Halabi", "Nassar", "Shami", "Qassem"),
}
STREETS = ("Rosenlundsgatan", "Björkvägen", "Tallbacksvägen", "Stenhagsgatan", "Hagalundsgatan",
           "Kvarngatan", "Lingonstigen", "Norra Långgatan", "Tornérplatsen", "Vintervägen",
           "Selma Lagerlöfs väg", "Kapellgatan", "Klövervägen", "Nils Ferlins gata")
TOWNS = ("Sundsvall", "Trollhättan", "Eslöv", "Skellefteå", "Kungälv", "Norrtälje", "Landskrona",
         "Piteå", "Mölndal", "Katrineholm", "Ystad", "Gällivare")
NEGATIVES = {
    "street": ("tjack", "gräs", "snö", "bärs", "kola", "benso", "beans", "lean", "keta", "molly",
               "zolpi", "spice", "hasch", "subbe", "blues", "xan"),
    "brand": ("Xanor", "Stesolid", "Tramadol", "Oxycontin", "Lyrica", "Imovane", "Concerta",
              "Elvanse", "Sobril", "Theralen", "Atarax", "Propavan"),
    "stamp": ("Tesla", "Rolex", "Pokémon", "Punisher", "Red Bull", "Philipp Plein", "Minion",
              "Blue Punisher", "Ferrari", "Batman"),
    "game": ("Fortnite", "Valorant", "Minecraft", "GTA V", "Roblox", "Rocket League",
             "Counter-Strike", "Apex Legends", "FIFA 25", "Rust"),
    "place": ("Skatepark Stapelbäddsparken", "Ica Maxi", "Pressbyrån", "Max", "Jollen",
              "Folkets park", "Stadsparken", "Coop Forum", "Espresso House", "Friskis"),
    "pet": ("Doris", "Sigge", "Nala", "Bamse", "Kalle", "Luna", "Otto", "Mimmi"),
    "app": ("Snapchat", "Telegram", "Wickr", "Tinder", "Hinge", "Discord", "Signal", "Kik"),
    "weekday": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
                "fredagen"),
    "month": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti"),
    "service": ("112", "1177", "114 14", "010-456 67 00", "113 13", "116 111"),
}
DRUG_POOLS = ("street", "brand", "stamp")
POOLS = Pools(first=FIRST, last=LAST, streets=STREETS, towns=TOWNS, negatives=NEGATIVES)
