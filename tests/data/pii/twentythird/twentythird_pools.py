"""Names and hard negatives for the twenty-third corpus's templates, served by the shared
`../pool_names.py` («first ORIGIN», «last ORIGIN», «name ORIGIN», «reg ORIGIN», «street»,
«address», «neg POOL»). Every pool is halved: even entries for dev, odd entries for holdout.
"""

from __future__ import annotations

from pool_names import Pools, names_from

FIRST = {
    "se": ("Gunnel", "Arvid", "Solveig", "Nore", "Elsa", "Melker", "Ingela", "Hampus", "Britta",
           "Ture", "Alva", "Leif", "Kajsa", "Sixten", "Ronja", "Valter"),
    "word": ("Rut", "Tor", "Ask", "Siv", "Dan", "Mild", "Faith", "Joy", "Ruby", "Pearl",
             "Summer", "Holly", "Ivy", "Sunny", "Vide", "Ros"),
    "fi": ("Jaana", "Pekka", "Sirpa", "Jari", "Riikka", "Timo", "Outi", "Markku"),
    "es": ("Alejandro", "Valentina", "Mateo", "Camila", "Joaquín", "Lucía", "Sebastián", "Paula"),
    "ir": ("Dariush", "Shirin", "Kaveh", "Parisa", "Babak", "Negar", "Arash", "Roya"),
    "er": ("Yonas", "Senait", "Dawit", "Helen", "Tesfay", "Saba", "Filmon", "Luwam"),
    "vn": ("Minh", "Thao", "Duc", "Linh", "Quang", "Huong", "Tuan", "Mai"),
    "nl": ("Sander", "Lotte", "Bram", "Maaike", "Thijs", "Ilse", "Ruben", "Sanne"),
}
LAST = {
    "se": ("Edström", "Wahlberg", "Nordahl", "Sköld", "Hallin", "Ranström", "Björklid",
           "Tegnér", "Ahlqvist", "Frisk", "Modig", "Bergwall", "Löf", "Strand", "Kronberg",
           "Öhrn"),
    "word": ("Lejon", "Vinge", "Storm", "Fisk", "Skog", "Sjö", "Rask", "Kärr", "Winter", "Day",
             "King", "Page", "Cook", "Baker", "Love", "Bliss"),
    "fi": ("Virtanen", "Heikkilä", "Koskinen", "Järvinen", "Lehtonen", "Mäkelä", "Salonen",
           "Rantanen"),
    "es": ("de la Fuente", "Morales", "del Río", "Castillo", "de León", "Vargas", "Navarro",
           "Herrera"),
    "ir": ("Rostami", "Karimi", "Tehrani", "Hosseini", "Moradi", "Jafari", "Sadeghi", "Ahmadi"),
    "er": ("Tesfamariam", "Ghebremedhin", "Haile", "Kidane", "Berhane", "Woldu", "Asfaha",
           "Mehari"),
    "vn": ("Nguyen", "Tran", "Pham", "Le", "Hoang", "Vu", "Dang", "Bui"),
    "nl": ("van Dijk", "de Boer", "van Leeuwen", "de Graaf", "Bakker", "van der Meer", "Visser",
           "de Wit"),
}
STREETS = ("Karnevalsgatan", "Evert Taubes väg", "Arenavägen", "Dansbanevägen", "Hamnpiren",
           "Zarah Leanders gata", "Tivoligatan", "Festplatsvägen", "Ted Gärdestads gränd",
           "Lisebergsgatan", "Stureplansgränd", "Monica Zetterlunds plats", "Campingvägen",
           "Björn Borgs väg", "Strandpromenaden", "Bryggerigatan")
TOWNS = ("123 45 Farsta", "413 10 Göteborg", "222 21 Lund", "753 10 Uppsala", "831 30 Östersund",
         "451 50 Uddevalla", "621 55 Visby", "602 22 Norrköping", "211 20 Malmö", "903 25 Umeå",
         "784 33 Borlänge", "352 30 Växjö")

NEGATIVES = {
    "event": ("Lundakarnevalen", "Stockholm Pride", "Way Out West", "Dansbandsveckan",
              "Allsång på Skansen", "Valborg i Ekonomikum", "Medeltidsveckan", "Summerburst",
              "DreamHack", "Gothia Cup", "Vasaloppet", "Kulturnatten", "Sweden Rock",
              "Bråvalla", "Malmöfestivalen", "Stockholm Marathon"),
    "venue": ("Berns", "Trädgår'n", "Slaktkyrkan", "Cirkus", "Annexet", "Pustervik",
              "Kulturbolaget", "Grönan", "Nalen", "Debaser", "Gamla Kvarnen", "Hipp",
              "Sticky Fingers", "Sofiero slott", "Avicii Arena", "Strawberry Arena"),
    "stage": ("Lennonscenen", "Zeldascenen", "Bob Marley-tältet", "Stage Siri", "Tältet Tove",
              "Scen Eddie", "Palmgrens tält", "Greta-scenen"),
    "artist": ("DJ Lovisa Vox", "Kapten Kokos", "MC Mormor", "Fröken Frost", "Benny Blanco Jr",
               "Lady Lex", "Ronny Rave", "Jolene Jetlag", "DJ Sten Sture", "Kalle Kula",
               "Mister Molly", "Sister Sunday"),
    "ride": ("Jetline", "Kanonen", "Helix", "Insane", "Balder", "Fritt Fall", "Lisebergbanan",
             "Tornado Tor"),
    "drink": ("Bloody Mary", "Tom Collins", "Kir Royale", "Harvey Wallbanger", "Shirley Temple",
              "Arnold Palmer", "Dirty Harry-shot", "John Collins"),
    "ship": ("M/S Silja Serenade", "M/S Gabriella", "M/S Birka Stockholm", "M/S Viking Grace",
             "M/S Gotlandia II", "M/S Stena Danica", "M/S Cinderella", "M/S Amorella"),
    "hotel": ("Hotell Gustav Vasa", "Scandic Alvik", "Clarion Sign", "Hotel Rival",
              "Elite Hotel Adlon", "Hotell Kung Carl", "Best Western Karl XI", "Hotel Diplomat"),
    "room": ("Sal Zarah", "Rum Greta Garbo", "Birgittasalen", "Lucia-sviten", "Alfred Nobel",
             "Sal Selma", "Taube-rummet", "Jenny Lind-salongen"),
    "team": ("Djurgården", "Frölunda", "Malmö FF", "Brynäs", "Hammarby", "Luleå Hockey",
             "IFK Norrköping", "Färjestad"),
    "place": ("Stureplan", "Medborgarplatsen", "Götaplatsen", "Stortorget", "Slottsskogen",
              "Mårtenstorget", "Gustav Adolfs torg", "Kungsträdgården"),
    "street": ("Molly", "Tina", "Kristall", "Snö", "Katt", "Pirri", "Special K", "Charlie",
               "Gina", "Emma", "Vitt", "Pulver"),
    "stamp": ("Tesla", "Blue Punisher", "Philipp Plein", "Rolex", "Donald Trump", "Heineken",
              "Pink Ferrari", "Red Bull"),
    "brand": ("Rivotril", "Xanor", "Stesolid", "Tramadol Actavis", "Lyrica", "Concerta",
              "Oxynorm", "Zolpidem Mylan"),
    "nps": ("3-MMC", "4-FA", "2C-B", "alfa-PVP", "etizolam", "flubromazolam", "HHC",
            "N-etylpentylon"),
    "weekday": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
                "fredagen"),
    "month": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
              "september", "oktober", "november", "december"),
}
DRUG_POOLS = ("street", "stamp", "brand", "nps")
NAMES = names_from(Pools(FIRST, LAST, STREETS, TOWNS, NEGATIVES))
