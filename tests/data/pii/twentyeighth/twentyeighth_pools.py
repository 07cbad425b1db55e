"""Names and hard negatives for the twenty-eighth corpus's templates.

`NAMES(rng, split)` serves «first ORIGIN», «last ORIGIN», «name ORIGIN», «reg ORIGIN»
(register style, `EFTERNAMN, Förnamn`), «street», «address» and «neg POOL» tokens through the
shared `../pool_names.py`. Every pool is halved: even entries for dev, odd entries for holdout,
so the two splits' templates draw different names and negatives. `kid` pools are children's and
teenagers' given names, many of them also words.
"""

from __future__ import annotations

from pool_names import Pools, names_from

FIRST = {
    "kid": ("Alva", "Ebbe", "Love", "Vide", "Juni", "Saga", "Lo", "Liv", "Bo", "Sixten", "Milo",
            "Majken", "Sigge", "Tyra", "Loke", "Ester", "Melker", "Vera", "Nore", "Stella",
            "Tage", "Iris", "Frej", "Idun"),
    "se": ("Annika", "Fredrik", "Ulrika", "Henrik", "Karolina", "Magnus", "Petra", "Joakim",
           "Susanne", "Mikael", "Helena", "Patrik", "Cecilia", "Daniel", "Jenny", "Anders"),
    "so": ("Hodan", "Abdirahman", "Sagal", "Liban", "Ifrah", "Mahad", "Nimco", "Bashir"),
    "iq": ("Zainab", "Mustafa", "Noor", "Ali", "Shahad", "Karrar", "Maryam", "Haider"),
    "fi": ("Aatu", "Eevi", "Onni", "Aino", "Eetu", "Venla", "Leevi", "Helmi"),
    "er": ("Senait", "Yonas", "Helen", "Dawit", "Selam", "Robel", "Saba", "Filmon"),
}
LAST = {
    "kid": ("Lindqvist", "Ström", "Wikström", "Hedlund", "Sjöberg", "Lind", "Berggren", "Roos",
            "Mattsson", "Ek", "Öberg", "Strand", "Lundin", "Sjögren", "Nord", "Hellström",
            "Boman", "Fors", "Jonsson", "Ahlberg", "Rydberg", "Ljung", "Törnqvist", "Hall"),
    "se": ("Westerlund", "Forsberg", "Almqvist", "Kjellberg", "Norén", "Edlund", "Borg",
           "Sandström", "Hultgren", "Backman", "Dahlin", "Wiklund", "Ring", "Svedberg", "Lilja",
           "Moberg"),
    "so": ("Warsame", "Jama", "Hirsi", "Dualeh", "Egal", "Nur", "Aden", "Osman"),
    "iq": ("Al-Saadi", "Jabbar", "Hussein", "Kadhim", "Al-Amiri", "Mahdi", "Abbas", "Salman"),
    "fi": ("Heikkinen", "Laaksonen", "Salminen", "Koskinen", "Nieminen", "Hämäläinen", "Lehto",
           "Rantanen"),
    "er": ("Tesfay", "Gebremariam", "Haile", "Kidane", "Berhe", "Ghebre", "Mehari", "Asfaha"),
}
STREETS = ("Skolvägen", "Lärkstigen", "Idrottsgatan", "Gymnasiegatan", "Bollplansvägen",
           "Fritidsvägen", "Parkleken", "Kojstigen", "Rastgården", "Elevgatan", "Klassrumsgränd",
           "Lekplatsvägen")
TOWNS = ("722 14 Västerås", "903 31 Umeå", "461 34 Trollhättan", "151 36 Södertälje",
         "302 45 Halmstad", "582 20 Linköping", "633 42 Eskilstuna", "352 33 Växjö",
         "791 71 Falun", "871 31 Härnösand", "541 30 Skövde", "931 33 Skellefteå")

NEGATIVES = {
    "school": ("Per Brahegymnasiet", "Anna Whitlocks gymnasium", "Carl Jonsson-skolan",
               "Rudbeckianska gymnasiet", "Selma Lagerlöfskolan", "Ellen Keyskolan",
               "Hvitfeldtska gymnasiet", "Linnéskolan", "Nils Ericsonsgymnasiet",
               "Tullgårdsskolan", "Astrid Lindgrens skola", "Polhemskolan"),
    "app": ("Snapchat", "TikTok", "Discord", "Telegram", "Instagram", "Wickr", "Kik", "Signal",
            "Schoolsoft", "Vklass", "Unikum", "IST Lärande"),
    "game": ("Fortnite", "Minecraft", "Roblox", "Counter-Strike 2", "Valorant", "GTA V",
             "Rocket League", "Among Us", "EA FC 25", "Call of Duty", "League of Legends",
             "Brawl Stars"),
    "series": ("Young Royals", "Skam", "Euphoria", "Bert", "Stranger Things", "Wednesday",
               "Bonusfamiljen", "Heartstopper"),
    "artist": ("Yasin", "Einár", "Zara Larsson", "Hov1", "Greekazo", "Miss Li", "Victor Leksell",
               "Thorsten Flinck"),
    "vape": ("Elf Bar", "Lost Mary", "Vuse", "Crystal Bar", "HQD", "Geek Bar", "IVG Bar",
             "Vozol"),
    "snus": ("Velo", "Zyn", "Loop", "Pablo", "Siberia", "General", "Lyft", "Killa"),
    "energy": ("Nocco", "Celsius", "Monster", "Red Bull", "Powerking", "Prime", "Vitamin Well",
               "Barebells"),
    "street": ("Molly", "Tina", "Lean", "Charlie", "Mandy", "Keta", "Spice", "Lila"),
    "substance": ("THC", "HHC", "MDMA", "kokain", "ketamin", "GHB", "tramadol", "oxykodon",
                  "alprazolam", "MDMB-4en-PINACA", "spice", "2C-B"),
    "brand": ("Xanor", "Tramadol Actavis", "Concerta", "Elvanse", "Oxycontin", "Lyrica",
              "Stesolid", "Medikinet", "Theralen", "Propavan", "Atarax", "Imovane"),
    "subject": ("Svenska 1", "Matematik 2c", "SVESVE01", "MATMAT02c", "Idrott och hälsa",
                "Hem- och konsumentkunskap", "NO", "Bild", "Slöjd", "Moderna språk",
                "ENGENG05", "Samhällskunskap"),
    "weekday": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    "month": ("januari", "februari", "mars", "april", "maj", "juni", "augusti", "september",
              "oktober", "november"),
}
DRUG_POOLS = ("street", "substance", "brand")

POOLS = Pools(first=FIRST, last=LAST, streets=STREETS, towns=TOWNS, negatives=NEGATIVES)
NAMES = names_from(POOLS)
