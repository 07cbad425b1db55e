"""Names and hard negatives for the twenty-sixth corpus's templates.

`NAMES(rng, split)` serves «first ORIGIN», «last ORIGIN», «name ORIGIN», «reg ORIGIN»
(register style, `EFTERNAMN, Förnamn`), «street», «address» and «neg POOL» tokens through the
shared `../pool_names.py`. Every pool is halved: even entries for dev, odd entries for holdout,
so the two splits' templates draw different names and negatives.
"""

from __future__ import annotations

from pool_names import Pools, names_from

FIRST = {
    "se": ("Margit", "Torbjörn", "Elsa", "Henning", "Majvor", "Kennet", "Signe", "Ragnar",
           "Alvar", "Lovisa", "Gert", "Ingalill", "Sixten", "Tyra", "Einar", "Hjördis",
           "Valdemar", "Agnes", "Bertil", "Solveig", "Folke", "Astrid", "Ivan", "Ronja",
           "Otto", "Greta"),
    "so": ("Abdirahman", "Hodan", "Liban", "Ifrah", "Mahad", "Sahra", "Bashiir", "Ubah"),
    "pl": ("Grzegorz", "Agnieszka", "Wojciech", "Małgorzata", "Tadeusz", "Bożena", "Krzysztof",
           "Jadwiga"),
    "fi": ("Raimo", "Pirjo", "Seppo", "Tuula", "Esa", "Marjatta", "Kalevi", "Sirkka"),
    "iq": ("Haidar", "Zainab", "Mustafa", "Nour", "Karrar", "Rusul", "Ammar", "Duaa"),
    "ir": ("Dariush", "Shirin", "Kourosh", "Parisa", "Behnam", "Mitra", "Arash", "Golnaz"),
    "bs": ("Edin", "Amra", "Mirza", "Lejla", "Nermin", "Selma", "Adnan", "Emina"),
    "gb": ("Fraser", "Isla", "Callum", "Morag", "Euan", "Kirsty", "Alasdair", "Shona"),
}
LAST = {
    "se": ("Enberg", "Sjöblom", "Grahn", "Lövgren", "Hedlund", "Bäckström", "Holmqvist",
           "Ek", "Lind", "Fors", "Wikström", "Strand", "Rosén", "Berglöf", "Sten", "Ström",
           "Mård", "Dufva", "Lundin", "Hallberg", "Kron", "Åhlén", "Bergman", "Nyström"),
    "so": ("Warsame", "Abdi", "Farah", "Jama", "Hirsi", "Egal", "Nuur", "Omar"),
    "pl": ("Wiśniewski", "Kamińska", "Zieliński", "Szymańska", "Woźniak", "Dąbrowska",
           "Kozłowski", "Jankowska"),
    "fi": ("Heikkinen", "Koskinen", "Laaksonen", "Salminen", "Mäkelä", "Nieminen", "Rantanen",
           "Lehtonen"),
    "iq": ("al-Jubouri", "Hassan", "al-Tamimi", "Kadhim", "al-Obaidi", "Jawad", "al-Rubaie",
           "Saleh"),
    "ir": ("Rahimi", "Moradi", "Tehrani", "Karimzadeh", "Jafari", "Sadeghi", "Azizi",
           "Hosseini"),
    "bs": ("Hodžić", "Begović", "Mujić", "Hadžić", "Kovačević", "Softić", "Alić", "Delić"),
    "gb": ("MacLeod", "Buchanan", "Gillies", "Sinclair", "Munro", "Ross", "Paterson", "Duncan"),
}
STREETS = ("Klockaregatan", "Gravgårdsvägen", "Lärkstigen", "Smedjegatan", "Tallbacksvägen",
           "Åsgränd", "Prästgårdsvägen", "Bryggaregatan", "Ängsvägen", "Norra Kyrkogatan",
           "Ringvägen", "Vallgatan", "Bäckvägen", "Skolvägen", "Hamngatan", "Sjövägen")
TOWNS = ("123 45 Farsta", "415 02 Göteborg", "214 30 Malmö", "753 20 Uppsala",
         "582 24 Linköping", "702 11 Örebro", "852 30 Sundsvall", "903 26 Umeå",
         "721 34 Västerås", "602 19 Norrköping", "352 31 Växjö", "802 55 Gävle",
         "972 31 Luleå", "451 40 Uddevalla")

NEGATIVES: dict[str, tuple[str, ...]] = {
    "church": ("Sofia kyrka", "S:t Johannes kyrka", "Oscarskyrkan", "Hedvig Eleonora kyrka",
               "Gustav Vasa kyrka", "Engelbrektskyrkan", "Carl Johans kyrka", "Sankt Pauli kyrka",
               "Sankta Birgitta kyrka", "Adolf Fredriks kyrka", "Ansgarskapellet",
               "Heliga Korsets kapell"),
    "cemetery": ("Skogskyrkogården", "Norra begravningsplatsen", "Östra kyrkogården",
                 "Kviberg", "Västra kyrkogården", "Berthåga kyrkogård", "Galgbacken",
                 "Silverdals begravningsplats", "Limhamns kyrkogård", "Sandsborgskyrkogården"),
    "chapel": ("Uppståndelsens kapell", "Heliga Korsets kapell", "Tallumspark",
               "Stefanskapellet", "Sankta Gertruds kapell", "Lukaskapellet",
               "Gravkoret", "Ansgarskapellet"),
    "hymn": ("psalm 297", "psalm 249", "psalm 190", "psalm 251", "psalm 730", "psalm 256",
             "psalm 289", "psalm 743"),
    "song": ("Gabriellas sång", "Calle Schewens vals", "Fritiof och Carmencita",
             "Ann-Katrin, farväl", "Jolene", "Eleanor Rigby", "Sara", "Michelle",
             "Sånt är livet", "Hallelujah"),
    "fund": ("Stiftelsen Elin Wahlbergs minne", "Lukas minnesfond", "Fonden till Moas minne",
             "Stiftelsen Ragnhild Bergs fond", "Jonnas fond", "Minnesfonden Sebbe",
             "Stiftelsen Tilda Grens minne", "Oscars ljus"),
    "home": ("Fonus", "Ljusgårdens begravningsbyrå", "Ingrid Sjövalls Begravningsbyrå AB",
             "Familjens Begravningsbyrå", "Björkmans Begravningsbyrå", "Aspen Begravning",
             "Berndt Melins Begravningsbyrå", "Stilla Begravningar"),
    "street": ("Molly", "Tina", "Charlie", "Gina", "Lucy", "Mandy", "Henry", "Crystal"),
    "substance": ("fentanyl", "karfentanil", "oxikodon", "metadon", "buprenorfin",
                  "heroin", "amfetamin", "kokain", "etizolam", "flualprazolam", "pregabalin",
                  "tramadol", "GHB", "isotonitazen", "MDMA", "alprazolam"),
    "brand": ("Xanax", "Lyrica", "OxyContin", "Subutex", "Tradolan", "Stesolid", "Suboxone",
              "Oxynorm", "Citodon", "Imovane"),
    "org": ("Rättsmedicinalverket", "Socialstyrelsen", "Kriminalvården", "Polismyndigheten",
            "Pensionsmyndigheten", "Svenska kyrkan", "Folkhälsomyndigheten",
            "Försäkringskassan"),
    "place": ("Hagsätra", "Rinkeby", "Gottsunda", "Hovsjö", "Navestad", "Holma", "Vivalla",
              "Gränby", "Araby", "Hässelby"),
    "weekday": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
                "måndag"),
    "month": ("januari", "februari", "mars", "april", "maj", "juni", "augusti", "oktober"),
}
DRUG_POOLS = ("street", "substance", "brand")

POOLS = Pools(first=FIRST, last=LAST, streets=STREETS, towns=TOWNS, negatives=NEGATIVES)
NAMES = names_from(POOLS)
