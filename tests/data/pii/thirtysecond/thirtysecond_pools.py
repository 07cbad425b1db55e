"""Names and hard negatives for the thirty-second corpus's templates.

`NAMES(rng, split)` serves «first ORIGIN», «last ORIGIN», «name ORIGIN», «reg ORIGIN»
(register style, `EFTERNAMN, Förnamn`), «street», «address» and «neg POOL» tokens through the
shared `../pool_names.py`. Every pool is halved: even entries for dev, odd entries for holdout,
so the two splits' templates draw different names and negatives. The negatives are what the
paperwork of old age, home care and pharmacies is full of: medicine brands and substances,
nursing homes named after persons, care units named after flowers and birds, alarm and
pharmacy systems, pets with people's names, order and prescription numbers and dose times.
"""

from __future__ import annotations

from pool_names import Pools, names_from

FIRST = {
    "old": ("Gunnel", "Sture", "Birgit", "Holger", "Inga-Lill", "Bengt", "Margit", "Evert",
            "Solveig", "Karl-Erik", "Astrid", "Gösta", "Ulla-Britt", "Rune", "Elsie", "Tage"),
    "se": ("Annika", "Mats", "Helena", "Jörgen", "Camilla", "Peter", "Malin", "Thomas",
           "Louise", "Fredrik", "Katarina", "Ola", "Susanne", "Magnus", "Jessica", "Niklas"),
    "er": ("Senait", "Yonas", "Helen", "Filmon", "Ruta", "Dawit", "Saba", "Tesfay"),
    "ir": ("Shirin", "Reza", "Maryam", "Babak", "Parisa", "Kaveh", "Ladan", "Arash"),
    "bs": ("Amra", "Edin", "Lejla", "Mirza", "Selma", "Adnan", "Aida", "Jasmin"),
    "ph": ("Maricel", "Jomar", "Rowena", "Arnel", "Jocelyn", "Rommel", "Analyn", "Ferdinand"),
}
LAST = {
    "old": ("Lindblad", "Gustafsson", "Rehn", "Törnqvist", "Ahlgren", "Berglund", "Sandell",
            "Wikström", "Falk", "Öberg", "Hellström", "Carlsson", "Bergström", "Nordin",
            "Sjögren", "Westman"),
    "se": ("Lundgren", "Persson", "Holmqvist", "Ek", "Strömberg", "Axelsson", "Dahl",
           "Forsberg", "Hagström", "Jakobsson", "Rydén", "Nilsson", "Sahlin", "Engström",
           "Mattsson", "Boman"),
    "er": ("Tesfamariam", "Ghebremedhin", "Haile", "Kidane", "Berhane", "Woldu", "Mehari",
           "Asfaha"),
    "ir": ("Rahimi", "Karimi", "Sadeghi", "Hosseini", "Moradi", "Jafari", "Ahmadi", "Tehrani"),
    "bs": ("Hodžić", "Begović", "Mujić", "Hadžić", "Kovačević", "Delić", "Softić", "Alić"),
    "ph": ("Dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva", "Ramos", "Mendoza",
           "Aquino"),
}
STREETS = ("Prästgårdsvägen", "Syrenvägen", "Folkets Husgatan", "Klockarbacken",
           "Hemgårdsvägen", "Tallstigen", "Ålderdomshemsgatan", "Järnvägsgatan",
           "Bokhållarvägen", "Smedjegatan", "Kyrkogårdsvägen", "Mejerigatan")
TOWNS = ("722 14 Västerås", "802 52 Gävle", "602 28 Norrköping", "503 33 Borås",
         "352 36 Växjö", "703 61 Örebro", "792 30 Mora", "791 44 Falun", "621 45 Visby",
         "531 32 Lidköping", "852 34 Sundsvall", "231 42 Trelleborg")

NEGATIVES = {
    "brand": ("Oxynorm", "Oxycontin", "Tradolan", "Stesolid", "Sobril", "Imovane", "Propavan",
              "Theralen", "Lyrica", "Citodon", "Norspan", "Alvedon", "Treo", "Lergigan",
              "Durogesic", "Targiniq", "Dolcontin", "Panodil", "Oxascand", "Stilnoct",
              "Temesta", "Abstral", "Instanyl", "Xanor"),
    "substance": ("oxikodon", "tramadol", "diazepam", "zopiklon", "fentanyl", "morfin",
                  "buprenorfin", "pregabalin", "kodein", "oxazepam", "metadon", "alprazolam"),
    "home": ("Gustavsgården", "Ekgården", "Annagården", "Sofiagården", "Karl-Johans hemmet",
             "Margaretagården", "Ebbagården", "Eriksbergsgården", "Kristinagården",
             "Fredrikshemmet", "Ingridgården", "Olofsgården"),
    "unit": ("avdelning Lärkan", "avdelning Svalan", "avdelning Vitsippan", "avdelning Blåklockan",
             "avdelning Trasten", "avdelning Prästkragen", "avdelning Domherren",
             "avdelning Linnean", "avdelning Näktergalen", "avdelning Smörblomman",
             "avdelning Tranan", "avdelning Kastanjen"),
    "alarmsys": ("TrygghetsNavet 4", "CareLink Pro", "Vigil Home", "LarmHubben", "SafeCall 360",
                 "Omsorgsportalen", "NattLjus", "HomeGuard Connect"),
    "pharmsys": ("Pascal", "Apodos", "Receptkollen", "DosRobot 7", "Expeditionsstöd",
                 "NLL-vyn", "ReceptNavet", "Kassationsmodulen"),
    "pet": ("Pelle", "Greta", "Sixten", "Majken", "Kurre", "Doris", "Nisse", "Frasse"),
    "order": ("order 88-41027", "ordernr 55190-3", "beställning 7731-22", "order 40-90318",
              "ordernr 61204-8", "beställning 2290-14", "order 73-11562", "ordernr 38107-5"),
    "rx": ("recept-id 2611-0488", "förskrivning 77-3302", "recept-id 2612-1174",
           "förskrivning 41-9027", "recept-id 2610-7751", "förskrivning 63-0148"),
    "weekday": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    "dose": ("kl 08.00", "kl 13.00", "kl 17.00", "kl 21.00", "kl 07.30", "kl 20.00"),
    "dayen": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"),
}
DRUG_POOLS = ("brand", "substance")

NAMES = names_from(Pools(first=FIRST, last=LAST, streets=STREETS, towns=TOWNS,
                         negatives=NEGATIVES))
