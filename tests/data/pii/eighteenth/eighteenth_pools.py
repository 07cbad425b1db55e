"""Names and hard negatives for the eighteenth corpus's templates.

`Names(rng, split)` serves «first ORIGIN», «last ORIGIN», «name ORIGIN», «reg ORIGIN»
(register style, `EFTERNAMN, Förnamn`), «street», «address» and «neg POOL» tokens through the
shared `../pool_names.py`. The origins are those of the network's members and correspondents:
`se` Swedish, `w` Swedish names that are also words, `fi` Finnish, `bs` Bosnian, `ir`
Iranian, `gh` Ghanaian, `vn` Vietnamese, `en` British and Irish. Every pool is halved: even
entries for dev, odd entries for holdout, so the two splits' templates draw different names and
negatives.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pool_names import Pools, names_from

FIRST = {
    "se": ("Gunilla", "Staffan", "Ylva", "Mats", "Kerstin", "Joakim", "Birgitta", "Henrik",
           "Ulrika", "Magnus"),
    "w": ("Sten", "Viola", "Björn", "Ros", "Kasper", "Iris", "Lo", "Vide", "Sol", "Bror"),
    "fi": ("Tuula", "Jarmo", "Riikka", "Pekka", "Anneli", "Kimmo", "Sirpa", "Tapio"),
    "bs": ("Amra", "Edin", "Lejla", "Haris", "Selma", "Emir", "Aida", "Mirza"),
    "ir": ("Shadi", "Kaveh", "Yasaman", "Arash", "Golnaz", "Babak", "Mahsa", "Farhad"),
    "gh": ("Akosua", "Kwabena", "Efua", "Yaw", "Abena", "Kofi", "Adwoa", "Kwame"),
    "vn": ("Thu Trang", "Quang", "Ngoc Anh", "Duc", "Huong", "Minh Tuan", "Lan", "Hieu"),
    "en": ("Fiona", "Declan", "Harriet", "Callum", "Siobhan", "Rory", "Imogen", "Gareth"),
}
LAST = {
    "se": ("Wikström", "Granlund", "Sjöberg", "Hellström", "Nordin", "Engström", "Åberg",
           "Forsberg", "Lindholm", "Bergman"),
    "w": ("Sten", "Stål", "Vinter", "Lind", "Höök", "Kvist", "Sommar", "Ek", "Ström", "Falk"),
    "fi": ("Heikkinen", "Laaksonen", "Niskanen", "Salminen", "Rantanen", "Koivisto", "Lehtonen",
           "Hyvönen"),
    "bs": ("Hodžić", "Mehmedović", "Begić", "Karić", "Softić", "Alić", "Delić", "Husić"),
    "ir": ("Rahimi", "Karimzadeh", "Ghorbani", "Mousavi", "Sadeghi", "Tehrani", "Azizi",
           "Nazari"),
    "gh": ("Mensah", "Owusu", "Asante", "Boateng", "Appiah", "Ofori", "Darko", "Amoako"),
    "vn": ("Nguyen", "Tran", "Pham", "Le", "Hoang", "Vu", "Dang", "Bui"),
    "en": ("MacAllister", "O'Donnell", "Pritchard", "Gallagher", "Whitmore", "Doyle", "Kerr",
           "Brennan"),
}
STREETS = ("Drottninggatan", "Storgatan", "Hantverkargatan", "Kyrkogatan", "Sjukhusvägen",
           "Skolgatan", "Västra Vallgatan", "Nygatan", "Rådhusgatan", "Tullgatan")
TOWNS = ("851 70 Sundsvall", "722 12 Västerås", "901 85 Umeå", "352 30 Växjö", "621 41 Visby",
         "581 91 Linköping", "972 31 Luleå", "302 42 Halmstad")
NEGATIVES = {
    "drug": ("nitazener", "isotonitazen", "protonitazen", "bromazolam", "flubromazepam",
             "karfentanil", "xylazin", "etizolam", "2-MMC", "3-CMC", "hexahydrocannabinol",
             "metonitazen"),
    "medbrand": ("Oxycontin", "Sobril", "Xanor Depot", "Tramadol Actavis", "Lyrica", "Heminevrin",
                 "Concerta", "Zolpidem Mylan", "Theralen", "Dolcontin"),
    "street": ("Tina", "Molly", "Charlie", "Kristall", "Benzo", "Ketty", "Snö", "Pepp"),
    "stamp": ("Xanax 2", "M 30", "Teva 832", "RP 10", "Mercedes", "Punisher", "OC 80",
              "Blue Bunny"),
    "place": ("Birsta", "Erikslund", "Ålidhem", "Teleborg", "Östermalm", "Haga", "Hertsön",
              "Andersberg"),
    "org": ("Folkhälsomyndigheten", "Läkemedelsverket", "Giftinformationscentralen",
            "Länsstyrelsen Västernorrland", "Region Gävleborg", "Kriminalvården",
            "Socialstyrelsen", "Tullverket"),
    "event": ("Nätverksdagen", "Vårkonferensen", "Höstmötet", "Naloxondagen",
              "Beroendedagarna", "Regionträffen", "Temadagen om nitazener", "Drogfokus"),
    "venue": ("Hotell Lappland", "Konferens Ekudden", "Aulan", "Sal Linné", "Rum Polhem",
              "Hörsal Scheele", "Mötesrum Hamnen", "Stora salen"),
    "weekday": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
                "måndag"),
    "month": ("januari", "februari", "mars", "april", "maj", "juni", "september", "oktober"),
    "public": ("112", "1177", "114 14", "010-456 67 00"),
}
DRUG_POOLS = ("drug", "medbrand", "street", "stamp")
POOLS = Pools(first=FIRST, last=LAST, streets=STREETS, towns=TOWNS, negatives=NEGATIVES)
Names = names_from(POOLS)
