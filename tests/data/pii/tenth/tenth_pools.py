"""Names and hard negatives for the tenth corpus's templates.

`Names(rng, split)` serves «first ORIGIN», «last ORIGIN», «name ORIGIN», «reg ORIGIN»
(register style, `EFTERNAMN, Förnamn`), «street», «address» and «neg POOL» tokens. Every pool
is halved: even entries for dev, odd entries for holdout, so the two splits' templates draw
different names and negatives.
"""

from __future__ import annotations

from collections.abc import Sequence

from pool_names import Pools, names_from

FIRST = {
    "se": ("Gunnel", "Roland", "Alice", "Lennart", "Majken", "Sixten", "Wilma", "Folke",
           "Agnes", "Holger", "Stina", "Ivar", "Märta", "Rune", "Ines", "Algot"),
    "pl": ("Bartosz", "Agnieszka", "Wojciech", "Małgorzata", "Kacper", "Zofia", "Grzegorz",
           "Joanna"),
    "bs": ("Emir", "Amra", "Jasmin", "Lejla", "Adnan", "Selma", "Kenan", "Azra"),
    "ku": ("Dilan", "Rojda", "Berzan", "Zilan", "Serhat", "Nazdar", "Diyar", "Hêlîn"),
    "so": ("Abdirahman", "Hodan", "Mahad", "Sahra", "Bashiir", "Ifrah", "Guuleed", "Muna"),
    "fa": ("Kourosh", "Shirin", "Babak", "Ladan", "Arash", "Nasrin", "Farhad", "Golnar"),
    "vn": ("Trang", "Minh", "Huong", "Tuan", "Linh", "Quang", "Mai", "Duc"),
    "ph": ("Jerome", "Maricel", "Rodel", "Joy", "Arnel", "Lourdes", "Jayson", "Marites"),
    "ro": ("Ionuț", "Florina", "Marian", "Denisa", "Costel", "Roxana", "Viorel", "Loredana"),
    "gh": ("Kwame", "Akosua", "Kofi", "Ama", "Yaw", "Abena", "Kwabena", "Efua"),
}
LAST = {
    "se": ("Grahn", "Wikström", "Ahlqvist", "Bergdahl", "Rosén", "Lindahl", "Hedlund", "Sundin",
           "Tornberg", "Falk", "Modig", "Ottosson", "Enqvist", "Palm", "Viklund", "Östlund"),
    "pl": ("Wiśniewski", "Zielińska", "Kowalczyk", "Lewandowska", "Woźniak", "Dąbrowska",
           "Kamiński", "Szczepańska"),
    "bs": ("Hodžić", "Mujić", "Begović", "Alić", "Hasanović", "Kovačević", "Delić", "Omerović"),
    "ku": ("Aydın", "Demir", "Barzani", "Kaya", "Doski", "Şahin", "Zebari", "Polat"),
    "so": ("Warsame", "Abdi Nur", "Jama", "Hersi", "Farah Ali", "Osman", "Egal", "Duale"),
    "fa": ("Moradi", "Tehrani", "Ghasemi", "Jafari", "Shirazi", "Azizi", "Kazemi", "Rostami"),
    "vn": ("Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ"),
    "ph": ("Dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva", "Mendoza", "Aquino",
           "Ramos"),
    "ro": ("Popescu", "Ionescu", "Stoica", "Lăcătuș", "Dumitru", "Rostaș", "Munteanu",
           "Constantin"),
    "gh": ("Mensah", "Owusu", "Boateng", "Asante", "Osei", "Appiah", "Darko", "Agyeman"),
}
STREETS = ("Stationsgatan", "Verkstadsgatan", "Kvarngatan", "Ringvägen", "Badhusgatan",
           "Björkvägen", "Prästgårdsgatan", "Lillgatan", "Hantverkargatan", "Idrottsvägen")
TOWNS = ("753 20 Uppsala", "852 31 Sundsvall", "582 22 Linköping", "302 41 Halmstad",
         "721 30 Västerås", "602 24 Norrköping", "352 30 Växjö", "961 36 Boden",
         "903 27 Umeå", "803 20 Gävle")
NEGATIVES: dict[str, Sequence[str]] = {
    "nps": ("nitazen", "butonitazen", "etazen", "flubromazepam", "flualprazolam",
            "etizolam", "3-CMC", "4-CMC", "N-etylpentedron", "alfa-PiHP", "MDMB-4en-PINACA",
            "5F-ADB", "HHC", "THCP", "O-DSMT", "2C-B", "DMT", "ketamin", "GBL", "kratom"),
    "brand": ("Oxycodone Orion", "Dolcontin", "Citodon", "Panocod", "Alprazolam Krka",
              "Lyrica", "Pregabalin Sandoz", "Atarax", "Theralen", "Circadin", "Attentin",
              "Medikinet", "Buprenorphine Alvogen", "Espranor", "Depolan", "Abstral",
              "Instanyl", "Nalscue", "Nyxoid", "Valium"),
    "street": ("Ladd", "Snö", "Bladet", "Tjack", "Gräset", "Flingor", "Rökelse", "Lean",
               "Knark", "Skunk", "Piller", "Tjall", "Pulver", "Syra", "Svamp", "Lila drank"),
    "stamp": ("Heineken", "Playboy", "Skull", "Mitsubishi", "Ferrari", "Lego", "Pokéball",
              "Hello Kitty", "Bugatti", "Chanel", "Punisher", "Rick and Morty", "Shrek",
              "Mario", "Sonic", "Tony Montana"),
    "place": ("Flogsta", "Kungsängen", "Skärholmen", "Vivalla", "Herrgården", "Backa",
              "Navestad", "Fittja", "Gränby", "Sätra", "Sofielund", "Tensta", "Araby",
              "Ryd", "Ramdala", "Haga"),
    "org": ("SOS Alarm", "Arbetsförmedlingen", "Försäkringskassan", "RFSL", "Skolverket",
            "Region Uppsala", "Svenska kyrkan", "Trafikverket", "Skånetrafiken", "SL",
            "Giftinformationscentralen", "Folkhälsomyndigheten", "Polismyndigheten",
            "Apoteket", "Socialstyrelsen", "Räddningstjänsten Syd"),
    "event": ("Pride", "Uppsala Reggae Festival", "Summerburst", "Vasaloppet",
              "Göteborgsvarvet", "Sweden Rock", "Melodifestivalen", "Nobelfesten",
              "Kvalborg", "Ölandsloppet", "Almedalsveckan", "Bokmässan"),
    "service": ("112", "1177", "114 14", "113 13", "010-456 67 00", "020-91 91 91",
                "0771-19 10 10", "020-50 50 50"),
    "month": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
              "september", "oktober", "november", "december"),
    "weekday": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
                "natten"),
}
DRUG_POOLS = ("nps", "brand", "street", "stamp")


POOLS = Pools(FIRST, LAST, STREETS, TOWNS, NEGATIVES, highest_house_number=60)
Names = names_from(POOLS)
