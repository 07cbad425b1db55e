"""Names and hard negatives for the twenty-fifth corpus's templates.

`NAMES(rng, split)` serves «first ORIGIN», «last ORIGIN», «name ORIGIN», «reg ORIGIN»
(register style, `EFTERNAMN, Förnamn`), «street», «address» and «neg POOL» tokens through the
shared `../pool_names.py`. Every pool is halved: even entries for dev, odd entries for holdout,
so the two splits' templates draw different names and negatives.
"""

from __future__ import annotations

from pool_names import Pools, names_from

FIRST = {
    "se": ("Gunvor", "Leif", "Ebba", "Roine", "Yvonne", "Konrad", "Solbritt", "Jarl", "Wilma",
           "Bror", "Dagny", "Sune", "Lilly", "Axel", "Viola", "Ivar", "Rut", "Malte"),
    "ua": ("Oleksandr", "Nataliia", "Bohdan", "Iryna", "Taras", "Oksana", "Yurii", "Halyna"),
    "sy": ("Rami", "Lama", "Bassel", "Ghalia", "Fadi", "Razan", "Wassim", "Hiba"),
    "ro": ("Ionuț", "Andreea", "Florin", "Ioana", "Marius", "Roxana", "Cătălin", "Bianca"),
    "in": ("Arjun", "Priya", "Rohan", "Ananya", "Vikram", "Sneha", "Karthik", "Divya"),
    "fi": ("Jarkko", "Satu", "Teemu", "Riikka", "Ville", "Hanna-Leena", "Pekka", "Tuuli"),
    "ph": ("Jomar", "Maricel", "Rodel", "Jasmine", "Arnel", "Lovely", "Reynaldo", "Cherry"),
    "gr": ("Giorgos", "Eleni", "Kostas", "Despina", "Nikos", "Vasiliki", "Stavros", "Katerina"),
}
LAST = {
    "se": ("Boman", "Kvist", "Hammar", "Ljung", "Svärd", "Påhlsson", "Nordin", "Winter", "Falk",
           "Björk", "Dahl", "Roos", "Hägg", "Sommar", "Öst", "Vinter", "Bergh", "Tall"),
    "ua": ("Kovalenko", "Shevchuk", "Bondarenko", "Tkachenko", "Melnyk", "Kravchuk", "Lysenko",
           "Hnatiuk"),
    "sy": ("al-Haddad", "Khoury", "al-Masri", "Nasrallah", "Hamwi", "Saliba", "al-Sayed",
           "Tarabishi"),
    "ro": ("Popescu", "Ionescu", "Dumitrescu", "Constantin", "Stoica", "Munteanu", "Lupu",
           "Ene"),
    "in": ("Iyer", "Sharma", "Reddy", "Nair", "Kulkarni", "Menon", "Bose", "Chatterjee"),
    "fi": ("Heikkinen", "Laaksonen", "Rantanen", "Kivelä", "Mustonen", "Oksanen", "Salo",
           "Lehtinen"),
    "ph": ("dela Cruz", "Santos", "Bautista", "Villanueva", "de Leon", "Macaraeg", "Reyes",
           "Tolentino"),
    "gr": ("Papadopoulos", "Georgiou", "Nikolaidis", "Karagianni", "Dimitriou", "Vlachos",
           "Alexiou", "Economou"),
}
STREETS = ("Sturegatan", "Hantverkargatan", "Repslagargatan", "Bangårdsgatan", "Klostergatan",
           "Gjuterigatan", "Sågverksgatan", "Fabriksgatan", "Vävaregatan", "Tegelbruksvägen",
           "Nygränd", "Lotsgatan", "Myntgatan", "Handelsvägen")
TOWNS = ("123 45 Farsta", "412 63 Göteborg", "214 21 Malmö", "753 20 Uppsala",
         "582 22 Linköping", "702 11 Örebro", "852 30 Sundsvall", "903 26 Umeå",
         "721 30 Västerås", "602 24 Norrköping", "352 31 Växjö", "802 50 Gävle")

NEGATIVES: dict[str, tuple[str, ...]] = {
    "street": ("Tina", "Molly", "Charlie", "Gina", "Mary Jane", "kola", "tjack", "keta",
               "flingor", "benso", "subbe", "snö", "Special K", "Crystal"),
    "brand": ("Xanax", "Rivotril", "OxyContin", "Lyrica", "Subutex", "Elvanse", "Imovane",
              "Tramadol", "Stesolid", "Concerta", "Sobril", "Citodon"),
    "stamp": ("Philipp Plein", "Rolex", "Tesla", "Versace", "Superman", "Red Bull",
              "Blue Punisher", "Audemars"),
    "shop": ("Clas Ohlson", "Kjell & Company", "Willys", "Åhléns", "Elgiganten", "Webhallen",
             "Lyko", "Biltema", "Hemköp", "Dressmann", "Gina Tricot", "Jula"),
    "luxury": ("Louis Vuitton", "Hermès", "Gucci", "Prada", "Chanel", "Christian Dior",
               "Ralph Lauren", "Hugo Boss", "Michael Kors", "Marc Jacobs", "Tommy Hilfiger",
               "Yves Saint Laurent"),
    "gift": ("Presentkortet Plus", "Spelkortet Guld", "Steam Wallet", "Google Play",
             "Apple Gift Card", "Paysafecard", "Netflix-kort", "Xbox-kort"),
    "pay": ("Swish", "Klarna", "Trustly", "PayPal", "Revolut", "Vipps", "MobilePay",
            "Apple Pay", "Google Pay", "Zimpler"),
    "bet": ("Unibet", "Betsson", "Svenska Spel", "ATG", "LeoVegas", "Bet365", "Mr Green",
            "Casumo"),
    "game": ("Oddset", "Lotto", "V75", "Stryktipset", "Keno", "Bingolotto", "Dubbelchansen",
             "Triss"),
    "place": ("Hötorget", "Sergels torg", "Brunnsparken", "Mobilia", "Järntorget",
              "Kungsträdgården", "Gustav Adolfs torg", "Möllevångstorget", "Centralstationen",
              "Drottninggatan", "Birger Jarlsgatan", "Olof Palmes gata", "Stortorget",
              "Engelbrektsgatan"),
    "org": ("Finansinspektionen", "Polisen", "Spelinspektionen", "Tullverket", "Skatteverket",
            "Kronofogden", "Finanspolisen", "Konsumentverket", "Bolagsverket", "PostNord",
            "Bankgirot", "Riksbanken"),
    "weekday": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    "month": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
              "september", "oktober", "november", "december"),
    "device": ("iPhone 15 Pro", "Galaxy S24", "PlayStation 5", "MacBook Air", "Nintendo Switch",
               "AirPods Pro", "iPad Mini", "Pixel 8", "Xbox Series X", "Apple Watch"),
    "service": ("1177", "114 14", "112", "010-456 67 00", "020-91 91 91", "0771-567 567",
                "020-23 00 00", "08-401 10 00"),
}
DRUG_POOLS = ("street", "brand", "stamp")

POOLS = Pools(first=FIRST, last=LAST, streets=STREETS, towns=TOWNS, negatives=NEGATIVES)
NAMES = names_from(POOLS)
