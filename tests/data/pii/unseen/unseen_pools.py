"""Word pools for the unseen corpus, written from general knowledge, not from the scanner's lists.

Every pool is split by write_unseen.split_pool: the first part feeds dev.jsonl, the rest feeds
holdout.jsonl, so holdout names and hard negatives are mostly not in dev.
"""

from __future__ import annotations

# origin: (male first names, female first names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "swedish": (
        ["Erik", "Lars", "Gunnar", "Mats", "Bo", "Per-Olof", "Hampus", "Ture", "Nils", "Viggo",
         "Sixten", "Kent", "Jonny", "Leif", "Valter", "Albin", "Love", "Ebbe"],
        ["Siv", "Gun", "Ingela", "Linnea", "Majken", "Britt-Marie", "Tove", "Ylva", "Elsa",
         "Saga", "Agnes", "Lovisa", "Vilja", "Märta", "Annika", "Ebba"],
        ["Johansson", "Lindqvist", "Berg", "Falk", "Björk", "Ek", "Sjöström", "Holmgren",
         "Wallin", "Strand", "Lund", "Hedlund", "Åberg", "Nyström", "Engström", "Sundberg",
         "Palm", "Blom", "Forsberg", "Östlund"],
    ),
    "finnish": (
        ["Jukka", "Pekka", "Teemu", "Kalle", "Juha", "Ville", "Tapio", "Eino"],
        ["Aino", "Kaisa", "Tuula", "Riikka", "Sirpa", "Pirjo", "Helmi", "Satu"],
        ["Mäkinen", "Heikkinen", "Koskinen", "Lehtonen", "Räsänen", "Hämäläinen", "Niemi",
         "Laitinen", "Salonen", "Kettunen"],
    ),
    "polish": (
        ["Łukasz", "Piotr", "Grzegorz", "Tomasz", "Krzysztof", "Marek", "Paweł", "Wojciech"],
        ["Agnieszka", "Małgorzata", "Katarzyna", "Joanna", "Ewa", "Zofia", "Beata", "Magda"],
        ["Wójcik", "Kowalczyk", "Zieliński", "Szymański", "Dąbrowski", "Lewandowski", "Kaczmarek",
         "Grabowski", "Pawlak", "Mazur"],  # -ski/-cki become -ska/-cka for women (unseen_case)
    ),
    "bcs": (
        ["Emir", "Dragan", "Nikola", "Almir", "Goran", "Mirza", "Zoran", "Haris"],
        ["Jelena", "Amra", "Vesna", "Lejla", "Mirela", "Snežana", "Dženana", "Ivana"],
        ["Hodžić", "Petrović", "Kovačević", "Begić", "Marković", "Delić", "Jovanović",
         "Softić", "Babić", "Mujanović"],
    ),
    "arabic": (
        ["Mohammed", "Yousef", "Khaled", "Omar", "Hussein", "Bilal", "Tariq", "Samir", "Nabil"],
        ["Fatima", "Rania", "Layla", "Noor", "Amal", "Huda", "Mariam", "Yasmin"],
        ["Al-Hassan", "Haddad", "Khalil", "Mansour", "Al-Obaidi", "Saleh", "Nasser", "Darwish",
         "Hamdan", "Al-Jabouri"],
    ),
    "persian": (
        ["Dariush", "Kian", "Babak", "Arash", "Omid", "Farhad", "Payam"],
        ["Shirin", "Parisa", "Laleh", "Nasrin", "Mahsa", "Golnar", "Roya"],
        ["Rahimi", "Moradi", "Tehrani", "Ghorbani", "Jafari", "Sadeghi", "Karimi", "Hosseinzadeh"],
    ),
    "kurdish": (
        ["Shvan", "Rebwar", "Dilan", "Aram", "Karwan", "Sherko", "Hawre"],
        ["Rojda", "Berivan", "Zhilwan", "Nishtiman", "Shilan", "Avin", "Hêvî"],
        ["Amedi", "Zebari", "Hawrami", "Barzinji", "Mahmoud", "Rashid", "Doski"],
    ),
    "somali": (
        ["Abdirahman", "Mahad", "Abdullahi", "Guled", "Liban", "Mukhtar", "Yusuf"],
        ["Hodan", "Ifrah", "Sagal", "Fadumo", "Ayan", "Hibaaq", "Ubah"],
        ["Warsame", "Farah", "Osman", "Hirsi", "Jama", "Mohamud", "Egal", "Dirie"],
    ),
    "tigrinya": (
        ["Yonas", "Dawit", "Tesfay", "Berhane", "Filmon", "Mehari", "Robel"],
        ["Senait", "Helen", "Mebrat", "Saba", "Rahwa", "Luwam", "Selam"],
        ["Tesfaye", "Haile", "Ghebremedhin", "Tekle", "Mebrahtu", "Kidane", "Woldu", "Abraha"],
    ),
    "turkish": (
        ["Emre", "Burak", "Mehmet", "Serkan", "Cem", "Onur", "Volkan"],
        ["Ayşe", "Zeynep", "Elif", "Gülşen", "Derya", "Sibel", "Esra"],
        ["Yıldız", "Demir", "Öztürk", "Aydın", "Çelik", "Korkmaz", "Şahin", "Kılıç"],
    ),
    "english": (
        ["James", "Callum", "Gareth", "Liam", "Oliver", "Declan"],
        ["Sarah", "Chloe", "Bethany", "Hannah", "Megan", "Siobhan"],
        ["Whitfield", "Collins", "Brennan", "Thornton", "Harper", "Macaulay", "Pearce"],
    ),
}

# Vietnamese: family name first, then a middle name, then the given name (used alone).
VIET_FAMILY = ["Nguyễn", "Trần", "Phạm", "Lê", "Hoàng", "Vũ", "Đặng", "Bùi", "Nguyen", "Tran"]
VIET_MIDDLE_M = ["Văn", "Quốc", "Đức", "Minh", "Van"]
VIET_MIDDLE_F = ["Thị", "Ngọc", "Thu", "Thi"]
VIET_GIVEN_M = ["Minh", "Huy", "Tuấn", "Long", "Dũng", "Khoa", "Bao"]
VIET_GIVEN_F = ["Lan", "Hoa", "Mai", "Hương", "Linh", "Trang", "Thao"]

NICKNAMES = ["Zeke", "Lillen", "Snuten", "Bamse", "Kicki", "Jocke", "Gizmo", "Stoffe", "Tjotte",
             "Micke", "Ronja", "Pumba", "Sigge", "Bruno", "Nala", "Kex", "Totte", "Tintin"]

STREETS = ["Bäckvägen", "Rönnbärsgatan", "Hagalundsvägen", "Trädgårdsgatan", "Skolgatan",
           "Ringvägen", "Storgatan", "Björkhagsvägen", "Kvarnbacken", "Lärkstigen", "Tallvägen",
           "Norra Vallgatan", "Östra Ringvägen", "Fältspatsgatan", "Kopparslagargränd",
           "Gyllenstiernas väg", "Axel Danielssons väg", "Sofielundsvägen", "Jungfrugatan",
           "Mellanbäcksgatan", "Sorgenfrivägen", "Kronoslätts allé", "Hjortstigen", "Ankdammsgatan"]

# (postcode, postal town) pairs; the postcodes are plausible, not looked up.
POSTTOWNS = [("211 34", "Malmö"), ("413 06", "Göteborg"), ("118 63", "Stockholm"),
             ("753 21", "Uppsala"), ("703 61", "Örebro"), ("582 22", "Linköping"),
             ("903 27", "Umeå"), ("852 38", "Sundsvall"), ("802 66", "Gävle"),
             ("352 30", "Växjö"), ("652 25", "Karlstad"), ("972 41", "Luleå"),
             ("431 37", "Mölndal"), ("163 71", "Spånga"), ("124 60", "Bandhagen"),
             ("214 45", "Malmö"), ("424 35", "Angered"), ("722 14", "Västerås")]

EMAIL_DOMAINS = ["gmail.com", "hotmail.com", "outlook.com", "live.se", "yahoo.se", "icloud.com",
                 "telia.com", "bredband2.com", "protonmail.com"]
WORK_DOMAINS = ["regionskane.se", "vgregion.se", "regionstockholm.se", "polisen.se",
                "tullverket.se",
                "rmv.se", "malmo.se", "goteborg.se", "umea.se", "regionuppsala.se", "orebro.se"]

# Hard negatives: substances, street names, medicine brands, pill stamps ...
SUBSTANCES = ["fentanyl", "karfentanil", "isotonitazen", "protonitazen", "metonitazen",
              "etonitazen", "butonitazen", "xylazin", "medetomidin", "bromazolam", "flualprazolam",
              "flubromazolam", "etizolam", "klonazolam", "deskloroetizolam", "kokain", "crack",
              "heroin", "amfetamin", "metamfetamin", "ketamin", "GHB", "GBL", "MDMA", "3-MMC",
              "alfa-PHP", "MDPHP", "HHC", "THC-P", "kratom", "oxykodon", "buprenorfin", "tramadol",
              "pregabalin", "lustgas", "acetylfentanyl", "ocfentanil", "2C-B", "mefedron",
              "spice", "metadon", "sufentanil", "nitazener", "syntetiska cannabinoider"]
STREET_NAMES = ["tjack", "subbe", "benso", "zoppa", "gräs", "hasch", "röka", "ecstasy",
                "kush", "tina", "molly", "persiskt", "jäst", "blås", "e-piller"]
BRANDS = ["Xanax", "Xanor", "Rivotril", "Stesolid", "Sobril", "Tramadol Actavis", "Oxycontin",
          "Oxynorm", "Subutex", "Suboxone", "Lyrica", "Concerta", "Metadon Abcur", "Nyxoid",
          "Naloxon", "Citodon", "Imovane", "Stilnoct", "Valium", "Dolcontin", "Elvanse",
          "Ritalin", "Medikinet", "Buvidal", "Espranor", "Tradolan", "Propavan", "Lergigan",
          "Theralen", "Heminevrin", "Instanyl", "Abstral", "Durogesic", "Targiniq", "Attentin",
          "Pregabalin Orion", "Zopiklon Mylan", "Fentanyl Sandoz", "Alprazolam Krka", "Modiodal"]
BRANDS = [b for b in BRANDS if b not in ("Nyxoid", "Naloxon")]  # named where naloxone is given
PILL_STAMPS = ["M30", "Tesla", "Blue Punisher", "Philipp Plein", "Rolex", "Red Bull", "Superman",
               "Heineken", "Minions", "Ferrari", "Domino", "Skull", "Instagram", "Audi", "K9",
               "Pink Panther", "Batman", "Dior"]
# Street names that are also given names, and what they usually stand for.
SLANG = {"Tina": "metamfetamin", "Molly": "MDMA", "Charlie": "kokain", "Mandy": "MDMA",
         "Special K": "ketamin", "Mary Jane": "cannabis", "Lucy": "LSD", "Gina": "GHB",
         "Harry": "heroin"}
# Medicine brands that read like names.
NAME_BRANDS = ["Lyrica", "Valium", "Halcion", "Rohypnol", "Seroquel", "Alvedon", "Ipren",
               "Mogadon", "Oxascand", "Nozinan", "Truxal", "Circadin", "Ketogan", "Panocod",
               "Atarax", "Zyprexa", "Xanor", "Sobril", "Stesolid", "Imovane", "Theralen"]
# Places, events and organisations carrying a person's name: never a PERSON here.
NAMED_PLACES = ["Gustav Adolfs torg", "Birger Jarlsgatan", "Olof Palmes gata", "Drottninggatan",
                "Mariatorget", "Sankt Eriksplan", "Liseberg", "Gröna Lund", "Avicii Arena",
                "Kungsträdgården", "Magnus Ladulåsgatan", "Stureplan", "Medborgarplatsen",
                "Karl XII:s torg", "Engelbrektsgatan", "Linnéplatsen", "Kaptensgatan",
                "Sankt Hansgatan", "Hamngatan", "Järnvägsgatan"]
NAMED_EVENTS = ["Lucia", "Valborg", "Mårtensafton", "Sankt Hans", "Nobelfesten", "Kalle Anka",
                "Melodifestivalen", "Allhelgona", "Sportlovet", "Almedalen", "Kristi himmelsfärd",
                "Pride", "Trettondagen"]
NAMED_ORGS = ["Maria Ungdom", "Mikaelsgården", "Fryshuset", "Skyddsvärnet", "Ersta diakoni",
              "Rädda Barnen", "Ronald McDonald Hus", "Stiftelsen Bryggan", "S:t Görans sjukhus",
              "Karolinska", "Sahlgrenska", "Lasarettet i Enköping", "Magelungen",
              "Gustavsbergs vårdcentral"]
INCIDENT_DATES = ["2026-11-28", "2026-10-03", "den 14 november", "natten mot den 2 december",
                  "2026-09-19", "den 21 oktober", "28/11", "3/12"]
# Named in hand-written cases only; with the four pools above they make drug_names.txt.
HAND_DRUGS = ["Nyxoid", "Naloxon", "Metadon", "Oxy", "PMMA", "MDMB-4en-PINACA", "etonitazepyn",
              "khat", "nitrous oxide", "alkohol", "80", "benso", "heroin",
              "metylfenidat"]
EVENTS = ["Way Out West", "Roskilde", "Sweden Rock", "Summerburst", "Storsjöyran",
          "Malmöfestivalen", "Stockholm Pride", "Kulturkalaset", "Putte i parken",
          "Solvarvsfestivalen", "Vinterljus Live", "Kustrock", "Hamnyran", "Norrsken Open Air",
          "Dreamhack", "Valborg", "midsommar", "Kulturnatten", "Gotland Grand National",
          "Almedalsveckan", "Lollapalooza", "Schlagerfestivalen", "Nattklubben Tegel"]
MUNICIPALITIES = ["Malmö", "Göteborg", "Botkyrka", "Södertälje", "Sundsvall", "Borlänge",
                  "Kristianstad", "Karlskrona", "Eskilstuna", "Trollhättan", "Gällivare",
                  "Hässleholm", "Ludvika", "Mark", "Kil", "Sala", "Bjuv", "Ale", "Lomma", "Vara",
                  "Vännäs", "Haparanda", "Landskrona", "Nässjö", "Arvika", "Motala", "Piteå",
                  "Älvdalen", "Tranås", "Vellinge", "Huddinge", "Järfälla", "Norrtälje"]
REGIONS = ["Region Skåne", "Region Stockholm", "Västra Götalandsregionen", "Region Uppsala",
           "Region Västerbotten", "Region Dalarna", "Region Örebro län", "Region Gävleborg",
           "Region Norrbotten", "Region Jönköpings län", "Region Halland", "Region Kalmar län"]
AGENCIES = ["Polismyndigheten", "Tullverket", "NFC", "RMV", "Socialtjänsten", "sprututbytet",
            "Beroendecentrum", "Folkhälsomyndigheten", "Läkemedelsverket",
            "Giftinformationscentralen", "Kriminalvården", "SiS", "Maria Ungdom",
            "Mini-Maria", "Stadsmissionen", "Convictus", "Noaks Ark", "Rättsmedicinalverket",
            "Nationellt forensiskt centrum", "Sahlgrenska", "Karolinska", "Sankt Görans sjukhus",
            "Ersta Vändpunkten", "Svenska Brukarföreningen", "Hela Människan",
            "Narkotikasektionen", "Fältgruppen", "Sprutbytesmottagningen", "LARO-mottagningen",
            "Socialjouren", "Akutmottagningen", "Barn- och ungdomspsykiatrin", "Elevhälsan"]
PLACES = ["Sergels torg", "Möllevångstorget", "Järntorget", "Centralstationen", "Plattan",
          "Nytorget", "Rosengård centrum", "Hjällbo torg", "Tensta centrum", "Vasaparken",
          "Stortorget", "Folkets park", "Pildammsparken", "Slottsskogen"]
WEEKDAYS = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
            "i måndags", "i tisdags", "i onsdags", "i torsdags", "i fredags", "i lördags",
            "i söndags"]
MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
          "september", "oktober", "november", "december"]
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
               "last Friday", "last Saturday", "on Sunday night"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
CARS = ["Volvo V70", "Volvo XC90", "VW Golf", "VW Passat", "Audi A6", "Toyota Corolla",
        "Saab 9-5", "Kia Ceed", "BMW X5", "Tesla Model 3", "Skoda Octavia", "Ford Transit"]
SERVICE_NUMBERS = ["112", "1177", "114 14", "113 13"]
