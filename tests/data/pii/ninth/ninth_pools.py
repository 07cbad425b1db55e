"""Names and hard negatives for the ninth corpus's templates.

`Names(rng, split)` serves «first ORIGIN», «last ORIGIN», «name ORIGIN», «reg ORIGIN»
(register style, `EFTERNAMN, Förnamn`), «street», «address» and «neg POOL» tokens. Every pool
is halved: even entries for dev, odd entries for holdout, so the two splits' templates draw
different names and negatives.
"""

from __future__ import annotations

from collections.abc import Sequence

from pool_names import Pools, names_from

FIRST = {
    "se": ("Gösta", "Ingela", "Torbjörn", "Lovisa", "Vilgot", "Ebba", "Kennet", "Siri",
           "Bertil", "Hedda", "Leif", "Tyra", "Staffan", "Meja", "Arne", "Elvira"),
    "fi": ("Jarmo", "Sirpa", "Tuomas", "Heli", "Veikko", "Riikka", "Pasi", "Minna", "Oskari",
           "Leena"),
    "ee": ("Priit", "Kadri", "Tõnu", "Merike", "Margus", "Ülle", "Indrek", "Triin"),
    "lt": ("Mindaugas", "Rasa", "Darius", "Jurgita", "Tomas", "Aušra", "Giedrius", "Vaida"),
    "th": ("Somchai", "Malee", "Anan", "Kanya", "Prasert", "Siriporn", "Wichai", "Nong"),
    "ar": ("Yousef", "Rania", "Khaled", "Nour", "Samir", "Dalia", "Tariq", "Huda"),
    "af": ("Mohammad Nabi", "Zarmina", "Habibullah", "Freshta", "Shafiq", "Marzia", "Naweed",
           "Gulalai"),
    "ti": ("Yonas", "Selam", "Tesfay", "Helen", "Biniam", "Saba", "Filmon", "Ruta"),
    "ua": ("Oleksandr", "Iryna", "Bohdan", "Oksana", "Taras", "Halyna", "Dmytro", "Nataliia"),
    "cl": ("Rodrigo", "Paula", "Cristián", "Javiera", "Matías", "Camila", "Ignacio", "Valentina"),
}
LAST = {
    "se": ("Hallgren", "Sjöstedt", "Wennberg", "Almgren", "Björklund", "Frisk", "Oscarsson",
           "Ekholm", "Thörn", "Lidén", "Strand", "Nordqvist", "Sandell", "Boman", "Kvist",
           "Hägg"),
    "fi": ("Kallio", "Heikkinen", "Rautio", "Manninen", "Lehtola", "Peltonen", "Vainio",
           "Koivisto", "Ahonen", "Salmela"),
    "ee": ("Tamm", "Saar", "Kask", "Mägi", "Rebane", "Ilves", "Pärn", "Kuusk"),
    "lt": ("Kazlauskas", "Petrauskienė", "Jankauskas", "Žukauskaitė", "Balčiūnas",
           "Vasiliauskienė", "Butkus", "Navickaitė"),
    "th": ("Srisuk", "Wongsawat", "Chaiyaporn", "Boonmee", "Thongdee", "Kaewmanee",
           "Sombatsiri", "Phromma"),
    "ar": ("Haddad", "al-Khatib", "Mansour", "el-Sayed", "Nasser", "Darwish", "Saleh",
           "Qasim"),
    "af": ("Ahmadzai", "Noori", "Stanikzai", "Rahimi", "Karimi", "Sultani", "Wardak",
           "Hakimi"),
    "ti": ("Tesfamariam", "Gebremedhin", "Habte", "Kidane", "Woldu", "Ghebreyesus", "Abraha",
           "Mehari"),
    "ua": ("Kovalenko", "Shevchuk", "Melnyk", "Bondarenko", "Tkachenko", "Hrytsenko",
           "Lysenko", "Marchuk"),
    "cl": ("Fuentes Soto", "Muñoz Rojas", "Contreras", "Valenzuela Pino", "Araya", "Sepúlveda",
           "Godoy Tapia", "Riquelme"),
}
STREETS = ("Kyrkbacken", "Gruvvägen", "Hamnmagasinsgatan", "Malmbergsgatan", "Sågverksvägen",
           "Östra Torggatan", "Fiskargränd", "Tallmovägen", "Lasarettsgatan", "Skolhusgatan")
TOWNS = ("981 31 Kiruna", "982 31 Gällivare", "957 31 Övertorneå", "621 46 Visby",
         "891 33 Örnsköldsvik", "691 31 Karlskoga", "574 31 Vetlanda", "681 30 Kristinehamn")
NEGATIVES: dict[str, Sequence[str]] = {
    "nps": ("isotonitazen", "metonitazen", "protonitazen", "bromazolam", "clonazolam",
            "deschloroetizolam", "2-fluorodeskloroketamin", "3-MMC", "4-MMC", "alfa-PHP",
            "alfa-PVP", "MDPHP", "ADB-BUTINACA", "4F-MDMB-BICA", "xylazin", "medetomidin",
            "HHC-O", "hexahydrocannabiforol", "N-pyrrolidino-etonitazen", "tianeptin"),
    "brand": ("Oxynorm", "OxyContin", "Tramadol Actavis", "Tradolan", "Stesolid", "Sobril",
              "Xanor", "Imovane", "Zolpidem Mylan", "Propavan", "Lergigan", "Concerta",
              "Elvanse", "Ritalin", "Subutex", "Suboxone", "Metadon DnE", "Fentanyl Sandoz",
              "Ketalar", "Rivotril"),
    "street": ("Kola", "Vitt", "Blått", "Gräs", "Hasch", "Spice", "Tramma", "Benso",
               "Subbe", "Zolpi", "Crack", "Ice", "Speed", "Molly", "Mjöl", "Röka"),
    "stamp": ("Tesla", "Rolex", "Superman", "Pink Panther", "Blue Punisher", "Red Bull",
              "Philipp Plein", "Donald Trump", "Pac-Man", "Louis Vuitton", "Batman", "Minion",
              "M30", "Xanax 2", "Apple", "Dior"),
    "place": ("Malmberget", "Luossavaara", "Gruvstadsparken", "Lappis", "Kallax",
              "Ankarsvik", "Slussen", "Storgatan", "Mariehamn", "Torshälla", "Bergsviken",
              "Stortorget", "Hamnen", "Gammlia", "Östermalmstorg", "Järntorget"),
    "org": ("Tullverket", "Kronofogden", "Länsstyrelsen Norrbotten", "Region Gotland",
            "Ålands hälso- och sjukvård", "Arbetsmiljöverket", "IOGT-NTO", "Länkarna",
            "Ersta diakoni", "Fryshuset", "Brottsofferjouren", "Finansinspektionen",
            "Läkemedelsverket", "Giftinformationscentralen", "Kriminalvården",
            "Sveriges Domstolar"),
    "event": ("Kiruna Snöfestival", "Jokkmokks marknad", "Gotland Runt", "Stockholm Marathon",
              "Dreamhack", "Gothia Cup", "Way Out West", "Midnattsloppet", "Allsång på Skansen",
              "Lucia", "Valborg", "Kulturnatten"),
    "service": ("112", "1177", "114 14", "113 13", "010-456 67 00", "0771-141 200", "116 111",
                "0771-880 880"),
    "month": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
              "september", "oktober", "november", "december"),
    "weekday": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
                "helgen"),
}
DRUG_POOLS = ("nps", "brand", "street", "stamp")


POOLS = Pools(FIRST, LAST, STREETS, TOWNS, NEGATIVES)
Names = names_from(POOLS)
