"""Names and hard negatives for the eighth corpus's templates.

`Names(rng, split)` serves «first ORIGIN», «last ORIGIN», «name ORIGIN», «reg ORIGIN»
(register style, `EFTERNAMN, Förnamn`), «street», «address» and «neg POOL» tokens. Every pool
is halved: even entries for dev, odd entries for holdout, so the two splits' templates draw
different names and negatives.
"""

from __future__ import annotations

from collections.abc import Sequence

from pool_names import Pools, names_from

FIRST = {
    "se": ("Annika", "Göran", "Ylva", "Stig", "Hedda", "Ture", "Lovisa", "Kjell", "Agnes",
           "Sixten", "Majken", "Folke"),
    "fi": ("Sanna", "Jukka", "Tuulikki", "Petteri", "Satu", "Hannu", "Riikka", "Kalle"),
    "pl": ("Agnieszka", "Tomasz", "Małgorzata", "Krzysztof", "Ewa", "Paweł", "Zofia", "Łukasz"),
    "bs": ("Amra", "Senad", "Lejla", "Emir", "Selma", "Adnan", "Merima", "Haris"),
    "ku": ("Berfin", "Dilan", "Rojda", "Azad", "Zozan", "Baran", "Nazdar", "Serhat"),
    "so": ("Hodan", "Abdirahman", "Sagal", "Mahad", "Ifrah", "Guled", "Nasra", "Liban"),
    "tr": ("Elif", "Mert", "Zeynep", "Emre", "Büşra", "Oğuz", "Gül", "Kaan"),
}
LAST = {
    "se": ("Strandberg", "Lövgren", "Ahlqvist", "Boman", "Granlund", "Tellberg", "Wennström",
           "Edlund", "Rask", "Ljungdahl", "Fagerlund", "Östlund"),
    "fi": ("Pelkonen", "Hämäläinen", "Nurmi", "Lehtinen", "Kangas", "Räsänen", "Toivonen",
           "Huttunen"),
    "pl": ("Wiśniewska", "Kowalczyk", "Zieliński", "Lewandowska", "Wójcik", "Kamiński",
           "Dąbrowska", "Mazur"),
    "bs": ("Hodžić", "Mehmedović", "Begović", "Salihović", "Kovačević", "Delić", "Imamović",
           "Hasanović"),
    "ku": ("Amedi", "Barzani", "Zebari", "Dogan", "Hawrami", "Sindi", "Baban", "Kaya"),
    "so": ("Warsame", "Farah", "Jama", "Osman", "Egal", "Abdi", "Hirsi", "Dualeh"),
    "tr": ("Aydın", "Çelik", "Şahin", "Yılmaz", "Öztürk", "Arslan", "Doğan", "Kılıç"),
}
STREETS = ("Norra Strandgatan", "Bryggerivägen", "Gamla Tullgatan", "Lärkstigen", "Åsgatan",
           "Prästgårdsvägen", "Västra Långgatan", "Björkhagsvägen", "Mejerigatan", "Smedjegatan")
TOWNS = ("831 34 Östersund", "791 71 Falun", "352 31 Växjö", "451 31 Uddevalla",
         "621 55 Visby", "941 32 Piteå", "302 42 Halmstad", "871 31 Härnösand")
NEGATIVES: dict[str, Sequence[str]] = {
    "nps": ("N-desetyl-isotonitazen", "butonitazen", "etazen", "brorfin", "deschloroetizolam",
            "flubromazepam", "nitrazolam", "4F-MPH", "3-CMC", "N-etylhexedron", "eutylon",
            "HHC", "HHC-P", "THCP", "MDMB-INACA", "5F-ADB", "O-DSMT", "2-MeO-ketamin",
            "DCK", "kratom", "nitrous", "GBL"),
    "brand": ("Temesta", "Valium", "Halcion", "Lunesta", "Stilnoct", "Zopiklon Orion",
              "Dolcontin", "Targiniq", "Palexia", "Abstral", "Instanyl", "Durogesic", "Citodon",
              "Panocod", "Treo Comp", "Voxra", "Modiodal", "Medikinet", "Lyrica", "Neurontin"),
    "street": ("Lotta", "Vitt", "Kola", "Braja", "Pajjen", "Sippan", "Spice", "Benso",
               "Zoppe", "Tjack", "Lina", "Keta", "Sockerbitar", "Gröna", "Flaket", "Gurka"),
    "stamp": ("Porsche", "Netflix", "Batman", "Kinder", "Louis Vuitton", "Instagram",
              "Mitsubishi", "Snapchat", "Domino", "Heineken", "Playboy", "Tony Montana",
              "Bart Simpson", "Lego", "Spotify", "Gucci"),
    "place": ("Brunnsparken", "Drottningtorget", "Resecentrum", "Kungsparken", "Stora torget",
              "Navet", "Hamnplan", "Folkets park", "Rådhusesplanaden", "Kvarnholmen",
              "Nordstan", "Stadsparken", "Gränby", "Tensta"),
    "org": ("Region Jämtland Härjedalen", "Socialstyrelsen", "IVO", "Kriminalvården",
            "Migrationsverket", "Arbetsförmedlingen", "Skolverket", "Länsstyrelsen Dalarna",
            "Röda Korset", "Stadsmissionen", "RFSU", "Noaks Ark", "Svenska kyrkan", "Maskrosbarn",
            "Trafikverket", "Apoteket AB"),
    "event": ("Bråvalla", "Mosebacke Etablissement", "Urkult", "Gatufesten", "Umeå Open",
              "Vasaloppet", "Almedalsveckan", "Medeltidsveckan", "Putte i parken",
              "Pride Göteborg"),
    "venue": ("Skeppsbron 4", "Folkteatern", "Kägelbanan", "Sticky Fingers", "Brewhouse",
              "Tyrolen", "Babel", "Kalmar Nyckel", "Restaurang Flygeln", "Kristallen"),
    "service": ("112", "1177", "114 14", "113 13", "020-84 44 48", "116 111", "90101"),
    "month": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
              "september", "oktober", "november", "december"),
    "weekday": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
                "fredags"),
}
DRUG_POOLS = ("nps", "brand", "street", "stamp")


POOLS = Pools(FIRST, LAST, STREETS, TOWNS, NEGATIVES)
Names = names_from(POOLS)
