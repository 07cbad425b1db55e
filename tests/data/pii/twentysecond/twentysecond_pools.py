"""Names and hard negatives for the twenty-second corpus's templates, served by the shared
`../pool_names.py` («first ORIGIN», «last ORIGIN», «name ORIGIN», «reg ORIGIN», «street»,
«address», «neg POOL»). Every pool is halved: even entries for dev, odd entries for holdout.
"""

from __future__ import annotations

from pool_names import Pools, names_from

FIRST = {
    "se": ("Rune", "Majken", "Sture", "Iris", "Harald", "Gun", "Linus", "Stina", "Folke",
           "Vanja", "Otto", "Signe", "Jonatan", "Märta", "Ragnar", "Tove"),
    "word": ("Sten", "Viola", "Björn", "Ros", "Dag", "Lo", "Hope", "Bo", "Young", "Rich",
             "Storm", "Vilja", "Frost", "Ylva", "Glad", "Sol"),
    "gr": ("Dimitris", "Eleni", "Kostas", "Katerina", "Giorgos", "Sofia", "Nikos", "Despina"),
    "br": ("Thiago", "Luana", "Caio", "Bianca", "Rafael", "Juliana", "Diego", "Larissa"),
    "ko": ("Minjun", "Jiwoo", "Seojun", "Hayoon", "Dohyun", "Yuna", "Jihoon", "Soyeon"),
    "hu": ("Bence", "Zsófia", "Levente", "Réka", "Dániel", "Eszter", "Ádám", "Noémi"),
    "ua": ("Oleksandr", "Iryna", "Bohdan", "Kateryna", "Taras", "Olena", "Dmytro", "Halyna"),
    "gh": ("Kwame", "Ama", "Kofi", "Akosua", "Yaw", "Efua", "Kwabena", "Abena"),
}
LAST = {
    "se": ("Hedlund", "Rosén", "Wallgren", "Sundqvist", "Berglöf", "Ahlin", "Kvist", "Stenmark",
           "Lövgren", "Holmér", "Falk", "Grahn", "Ståhl", "Myrberg", "Tornberg", "Sjöstrand"),
    "word": ("Vinter", "Lax", "Ek", "Sand", "Berg", "Hope", "Young", "Rich", "Moon", "Bird",
             "Stone", "Fors", "Lind", "Ström", "Dahl", "Hägg"),
    "gr": ("Papadopoulos", "Georgiou", "Nikolaou", "Karagiannis", "Vlachos", "Antoniou",
           "Dimitriou", "Christodoulou"),
    "br": ("da Silva", "Ferreira", "dos Santos", "Oliveira", "de Souza", "Almeida", "Carvalho",
           "Ribeiro"),
    "ko": ("Kim", "Park", "Lee", "Choi", "Jung", "Kang", "Yoon", "Han"),
    "hu": ("Nagy", "Kovács", "Szabó", "Tóth", "Horváth", "Varga", "Kiss", "Molnár"),
    "ua": ("Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk",
           "Oliinyk", "Savchenko"),
    "gh": ("Mensah", "Owusu", "Asante", "Boateng", "Addo", "Osei", "Appiah", "Agyeman"),
}
STREETS = ("Strindbergsgatan", "Selma Lagerlöfs väg", "Evert Taubes gränd", "Teatergatan",
           "Biografgatan", "Cornelis Vreeswijks plats", "Kulturhusgatan", "Jenny Linds gata",
           "Filmgatan", "Nils Ferlins torg", "Operagränd", "Karin Boyes gata",
           "Radiovägen", "Dan Anderssons väg", "Musikvägen", "Tidningsgränd")
TOWNS = ("211 42 Malmö", "413 05 Göteborg", "118 46 Stockholm", "753 20 Uppsala",
         "903 26 Umeå", "582 24 Linköping", "702 11 Örebro", "252 21 Helsingborg",
         "802 50 Gävle", "972 31 Luleå", "652 24 Karlstad", "371 33 Karlskrona")

NEGATIVES: dict[str, tuple[str, ...]] = {
    "street": ("Tina", "Molly", "Kristall", "Mandy", "Charlie", "Keta", "Spice", "Gorilla Glue",
               "Vit Tjej", "Amfe", "Subbe", "Flakka", "Grönt", "Blå Fredag", "Jolly", "Lean"),
    "brand": ("Xanor", "Oxycontin", "Tramadol Actavis", "Stesolid", "Lyrica", "Concerta",
              "Zolpidem Sandoz", "Subutex", "Imovane", "Elvanse", "Ritalin", "Temesta",
              "Theralen", "Propavan", "Dolcontin", "Sobril"),
    "stamp": ("Tesla", "Blue Punisher", "Red Bull", "Philipp Plein", "Supreme", "Pink Rolex",
              "Mortal Kombat", "Louis Vuitton", "Hello Kitty", "Gucci", "Bart Simpson",
              "Heineken", "Netflix", "Donkey Kong", "Lego", "Minion"),
    "nps": ("3-MMC", "2-CB", "4-FA", "ADB-BUTINACA", "Isotonitazen", "O-DSMT", "5-MeO-MiPT",
            "Etizolam", "Flubromazolam", "N-etylpentedron", "MDPHP", "Protonitazen"),
    "work": ("Trainspotting", "Requiem for a Dream", "Breaking Bad", "Skam", "Pusher",
             "Snabba Cash", "Euphoria", "Lilja 4-ever", "Narcos", "Beck", "The Wire",
             "Jägarna", "Kids", "Wallander", "Deadwind", "Bron"),
    "character": ("Walter White", "Jesse Pinkman", "Rue Bennett", "Renton", "Tony Montana",
                  "Cassie Howard", "Maddy Perez", "Sick Boy",
                  "Omar Little", "Begbie", "Stringer Bell", "Jocke Lund", "Nate Jacobs",
                  "Spud", "Bubbles", "Lalo Salamanca"),
    "band": ("Kent", "Imperiet", "Ebba Grön", "The Velvet Underground", "Broder Daniel",
             "Hoffmaestro", "Bob hund", "Mando Diao", "Kartellen", "Hov1",
             "Bröderna Lindqvist", "Dungen", "The Hives", "Moneybrother", "Kite",
             "Silvana-kvartetten"),
    "venue": ("Dramaten", "Pustervik", "Kägelbanan", "Slaktkyrkan", "Scalateatern",
              "Malmö Live", "Södra Teatern", "Orionteatern", "Gröna Lund", "Kulturbolaget",
              "Nalen", "Folkoperan", "Cirkus", "Debaser", "Trädgår'n", "Inkonst"),
    "event": ("Way Out West", "Göteborg Film Festival", "Bokmässan", "Sweden Rock",
              "Stockholms filmfestival", "Roskilde", "Littfest", "Kulturnatten",
              "Melodifestivalen", "Malmöfestivalen", "Peace & Love", "Augustgalan",
              "Grammisgalan", "Guldbaggegalan", "Popaganda", "Urkult"),
    "prize": ("Augustpriset", "Nordiska rådets litteraturpris", "Guldbaggen",
              "Stora Journalistpriset", "Polarpriset", "Kristallen", "Grammis",
              "Lukas Bonniers pris", "Ikarospriset", "Eugen Hellbergs pris", "Ivar Lo-priset",
              "Jan Myrdals pris", "Dan Andersson-priset", "Cornelis-stipendiet",
              "Karin Boye-priset", "Evert Taube-stipendiet"),
    "org": ("Polisen", "Tullverket", "Läkemedelsverket", "Folkhälsomyndigheten",
            "Socialtjänsten", "Giftinformationscentralen", "Kriminalvården",
            "Sveriges Radio", "SVT", "Filminstitutet", "Kulturrådet", "Riksteatern",
            "Stim", "IFPI", "Länsstyrelsen", "Polismyndigheten region Syd"),
    "weekday": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
                "måndagen"),
    "month": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
              "september", "oktober", "november", "december"),
    "place": ("Möllevången", "Hammarkullen", "Rinkeby", "Norrmalm", "Gamla stan", "Haga",
              "Ribersborg", "Slussen", "Järntorget", "Folkets park", "Stortorget", "Vasastan",
              "Hornstull", "Masthugget", "Bergsjön", "Skärholmen"),
    "prop": ("Bambi", "Gösta", "Fiffi", "Doris", "Loke", "Bosse", "Sixten", "Greta",
             "Kajsa", "Ville", "Nisse", "Frasse", "Signe-dockan", "Elvis", "Rocky", "Musse"),
}
DRUG_POOLS = ("street", "brand", "stamp", "nps")
POOLS = Pools(first=FIRST, last=LAST, streets=STREETS, towns=TOWNS, negatives=NEGATIVES,
              highest_house_number=64)
NAMES = names_from(POOLS)
