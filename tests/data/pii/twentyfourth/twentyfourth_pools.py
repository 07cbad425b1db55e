"""Names and hard negatives for the twenty-fourth corpus's templates.

`NAMES(rng, split)` serves «first ORIGIN», «last ORIGIN», «name ORIGIN», «reg ORIGIN»
(register style, `EFTERNAMN, Förnamn`), «street», «address» and «neg POOL» tokens through the
shared `../pool_names.py`. Every pool is halved: even entries for dev, odd entries for holdout,
so the two splits' templates draw different names and negatives.
"""

from __future__ import annotations

from pool_names import Pools, names_from

FIRST = {
    "se": ("Sixten", "Majken", "Valter", "Ronja", "Holger", "Siv", "Edvin", "Vanja", "Greger",
           "Tindra", "Ture", "Lo", "Björn", "Rose", "Sten", "Hope"),
    "ba": ("Emir", "Lejla", "Mirza", "Selma", "Armin", "Amila", "Tarik", "Merima"),
    "pl": ("Bartosz", "Agnieszka", "Wojciech", "Justyna", "Grzegorz", "Ewelina", "Kamil",
           "Dorota"),
    "ir": ("Arash", "Parisa", "Kourosh", "Shirin", "Babak", "Mahsa", "Dariush", "Leyla"),
    "br": ("Rafael", "Juliana", "Gustavo", "Fernanda", "Thiago", "Larissa", "Diego", "Bianca"),
    "so": ("Abdirahman", "Hodan", "Mahad", "Ifrah", "Bashir", "Sagal", "Guled", "Nimco"),
    "vn": ("Minh", "Linh", "Quang", "Thu", "Tuan", "Hoa", "Duc", "Mai"),
    "no": ("Eirik", "Solveig", "Torstein", "Ingrid", "Håvard", "Sunniva", "Vegard", "Tiril"),
}
LAST = {
    "se": ("Hjort", "Sundin", "Rask", "Vallin", "Grape", "Frost", "Storm", "Lax", "Ek",
           "Bäckström", "Wikander", "Sten", "Young", "Rich", "Guld", "Lind"),
    "ba": ("Hadžiosmanović", "Mehmedović", "Selimović", "Karić", "Hasanović", "Delić", "Bešić",
           "Omerović"),
    "pl": ("Wiśniewski", "Kamińska", "Lewandowski", "Zielińska", "Szymański", "Woźniak",
           "Dąbrowski", "Krawczyk"),
    "ir": ("Hosseini", "Rahimi", "Karimi", "Sadeghi", "Moradi", "Ghasemi", "Nazari", "Rezaei"),
    "br": ("da Silva", "Oliveira", "dos Santos", "Pereira", "Carvalho", "de Souza", "Almeida",
           "Ribeiro"),
    "so": ("Farah", "Warsame", "Jama", "Hersi", "Abdi", "Osman", "Dirie", "Yusuf"),
    "vn": ("Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui"),
    "no": ("Haugen", "Bakke", "Fjeld", "Nygård", "Strand", "Aasen", "Lunde", "Moe"),
}
STREETS = ("Kungsängsgatan", "Stora Nygatan", "Kopparbergsvägen", "Järnvägsgatan", "Tullgatan",
           "Slottsvägen", "Sjöbjörnsvägen", "Kvarngatan", "Idrottsvägen", "Malmgatan",
           "Hantverkargatan", "Rosenlundsgatan")
TOWNS = ("753 20 Uppsala", "722 11 Västerås", "582 24 Linköping", "302 45 Halmstad",
         "852 31 Sundsvall", "903 26 Umeå", "652 21 Karlstad", "506 30 Borås", "211 42 Malmö",
         "413 01 Göteborg", "781 70 Borlänge", "972 34 Luleå")

NEGATIVES = {
    "aas": ("Sustanon 250", "Deca-Durabolin", "Trenbolone Enanthate", "Anavar", "Winstrol",
            "Dianabol", "Masteron", "Primobolan", "Anadrol", "Equipoise", "Halotestin",
            "Testosterone Cypionate"),
    "ugl": ("Balkan Pharmaceuticals", "Dragon Pharma", "Hilma Biocare", "Pharmacom Labs",
            "Alpha Pharma", "Zphc", "Spectrum Pharma", "British Dragon", "Magnus Pharmaceuticals",
            "Kalpa Pharmaceuticals"),
    "glp": ("Ozempic", "Wegovy", "Saxenda", "Mounjaro", "Victoza", "Zepbound", "Trulicity",
            "Rybelsus"),
    "peptide": ("BPC-157", "TB-500", "Ipamorelin", "CJC-1295", "Melanotan II", "GHRP-6",
                "MK-677", "Retatrutide", "Tesamorelin", "AOD-9604"),
    "sarm": ("Ostarine", "Ligandrol", "RAD-140", "Cardarine", "YK-11", "Andarine", "S23",
             "Testolone"),
    "filler": ("Restylane Lyft", "Juvéderm Voluma", "Teosyal RHA", "Belotero Balance",
               "Sculptra", "Radiesse", "Profhilo", "Stylage M"),
    "toxin": ("Botox", "Azzalure", "Bocouture", "Dysport", "Botulax", "Xeomin", "Nabota",
              "Letybo"),
    "gym": ("Nordic Wellness", "SATS", "Actic", "Fitness24Seven", "STC", "Friskis&Svettis",
            "World Class", "Gym24", "Puls & Träning", "Delta Gym"),
    "exercise": ("Arnold press", "Bulgarian split squat", "Romanian deadlift", "Zercher squat",
                 "Jefferson curl", "Larsen press", "Zottman curl", "Turkish get-up",
                 "Copenhagen plank", "Nordic curl", "Pallof press", "Spoto press"),
    "brand": ("Star Nutrition", "Body Science", "Myprotein", "Olimp", "Gymgrossisten",
              "Bodylab", "Barebells", "Swedish Supplements", "Nutramino", "Mutant"),
    "fed": ("Svenska Styrkelyftförbundet", "Svenska Kroppskulturförbundet", "IFBB",
            "Svenska Tyngdlyftningsförbundet", "Antidoping Sverige", "Riksidrottsförbundet",
            "IPF", "WADA"),
    "comp": ("Nordic Pro Classic", "Arnold Classic Europe", "Mr Olympia", "Swedish Open",
             "SM i klassisk styrkelyft", "Nordic Muscle Cup", "Fitnessfestivalen",
             "Baltic Giants"),
    "place": ("Gottsunda", "Hjulsta", "Rosengård", "Backaplan", "Gränby", "Ersboda", "Hageby",
              "Norrby", "Tensta", "Skäggetorp"),
    "service": ("1177", "112", "114 14", "010-456 67 00", "020-54 55 56"),
    "weekday": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
                "måndag"),
    "month": ("januari", "februari", "mars", "april", "maj", "juni", "september", "oktober"),
}
DRUG_POOLS = ("aas", "ugl", "glp", "peptide", "sarm", "toxin")
NAMES = names_from(Pools(FIRST, LAST, STREETS, TOWNS, NEGATIVES))
