"""Cue words for things named like people: organisations' and venues' words, the nouns
before an event's or firm's name, group heads, music, a company's form, a saint's
abbreviation, makes whose models carry given names, and the words for things given people's
names (boats, machines, rooms, storms, works: thingheads.py reads them)."""

from __future__ import annotations

from typing import Final

from mailgate.scan.venues import TRADE_WORDS, VENUE_HEADS

# Car makes: the words after one are its model (Mercedes Vito, Dodge Ram, Ford Focus), not a
# person's name, unless a surname (Mercedes Svensson).
CAR_BRANDS: Final = frozenset({
    "volvo", "saab", "audi", "bmw", "vw", "volkswagen", "toyota", "kia", "hyundai", "ford",
    "tesla", "peugeot", "renault", "citroën", "citroen", "nissan", "skoda", "škoda", "seat",
    "cupra", "opel", "fiat", "mazda", "honda", "lexus", "porsche", "polestar", "scania", "iveco",
    "suzuki", "mitsubishi", "subaru", "dacia", "jeep", "dodge", "chevrolet", "chrysler",
    "cadillac", "jaguar", "mini", "mercedes", "mercedes-benz", "land", "range", "alfa",
    "lancia", "smart", "yamaha", "kawasaki", "ducati", "harley-davidson", "vespa", "piaggio",
    # makes abroad whose models read as names: Lincoln Navigator, Buick Regal, GMC Sierra
    "lincoln", "buick", "gmc", "maserati", "ferrari", "lamborghini", "bentley", "infiniti",
    "ssangyong", "maxus", "byd",
})

# Other makes whose models carry given names: Monark Karin, Crescent Elis, Pronovias Amelia,
# Fender Stratocaster; a surname after the make is still a person (Gibson Lind).
MAKES: Final = CAR_BRANDS | frozenset({
    "monark", "crescent", "bianchi", "cannondale", "trek", "specialized", "kona", "cube",
    "merida", "skeppshult", "kronan", "batavus", "pinarello", "colnago", "orbea", "cervélo",
    "pronovias", "fender", "gibson", "ibanez", "gretsch", "epiphone", "yamarin", "buster",
    "valtra", "fendt", "husqvarna", "ktm", "triumph", "stiga", "ponsse",
})

# Words that make a capitalised run an organisation's or a place's name wherever they stand
# in it: Harm Reduction Coalition, US Embassy, Royal Infirmary of Edinburgh. None is a
# surname common here (Hall, Church, Bank are, and are left out), nor a firm's suffix
# (`Erik Svensson AB` names its owner).
ORG_WORDS: Final = frozenset({
    "coalition", "embassy", "consulate", "infirmary", "hospital", "clinic", "foundation",
    "society", "association", "agency", "council", "centre", "center", "department",
    "university", "institute", "ministry", "police", "network", "project", "alliance",
    "authority", "bureau", "services", "service", "programme", "program", "initiative",
    "commission", "committee", "federation", "institution", "laboratory", "pharmacy",
    "prison", "college", "academy", "charity", "trust", "unit", "taskforce", "directorate",
    "guard",  # Finnish Border Guard, Swedish Coast Guard
    "hub", "collective", "partnership", "helpline", "outreach", "consortium", "cooperative",
    "union",  # Harm Reduction Hub, Students' Union
    "plaza", "motel", "hostel", "resort",  # Park Plaza Victoria
    "register", "registry",  # Lloyd's Register
    "pharma", "nätverk", "nätverket",  # Happy Pharma, Kvinnors Nätverk
    # Swedish: Kalmar Stadsmission, Maria Beroende, Region Gävleborg, Stiftelsen Bryggan.
    "stadsmission", "stadsmissionen", "beroende", "beroendecentrum", "mottagning",
    "mottagningen", "stiftelse", "stiftelsen", "förening", "föreningen", "förbund",
    "förbundet", "kommun", "kommunen", "sjukhus", "sjukhuset", "klinik", "kliniken",
    "vårdcentral", "vårdcentralen", "apotek", "apoteket", "universitet", "högskola",
    "högskolan", "nämnd", "nämnden", "förvaltning", "förvaltningen", "myndighet",
    "myndigheten", "härbärge", "härbärget", "hvb-hem", "behandlingshem", "kriminalvård",
    # abroad: Hospital del Mar, Klinikum rechts der Isar, Tanatorio Sant Josep, Guardia Civil,
    # Skischule Arlberg, SOS International, Family Medical Practice, Costa Brava Cup
    "klinikum", "krankenhaus", "clínica", "clinica", "clinique", "ospedale", "tanatorio",
    "guardia", "policía", "policia", "polizei", "politi", "poliisi", "skischule", "schule",
    "clube", "international", "practice", "cup", "hostal", "ristorante", "restaurante",
    # football clubs abroad by their letters: Sevilla FC, Celtic FC, Hertha BSC
    "fc", "cf", "afc", "bsc", "vfb", "vfl",
    # ensembles named after a member, in a line-up: Freddie Wadling Trio, Anna Ek Kvartett
    "trio", "kvartett", "kvintett", "sextett", "quartet", "quintet", "sextet", "ensemble",
    "orchestra", "allstars",
}) | TRADE_WORDS

# Nouns that make the capitalised words after them an event's, venue's or firm's name:
# festivalen Sthlm Fields, klubben Trädgården, appen Wickr, bandet Kent.
THING_NOUNS: Final = frozenset({
    "festivalen", "festival", "festivals", "klubben", "nattklubben", "konserten", "evenemanget",
    "nattklubb", "café", "cafe", "kafé", "krogen",
    "eventet", "bandet", "föreningen", "företaget", "bolaget", "firman", "appen", "sajten",
    "forumet", "kanalen", "butiken", "webbshopen", "puben", "baren", "restaurangen", "kaféet",
    "caféet", "mässan", "loppet", "turnén", "partiet", "laget", "klubb", "club", "band",
    "app", "venue", "brand", "märket", "varumärket", "tidningen", "programmet", "serien",
    # wards and units are named like people: avdelning Sol, avd. Björken, ward Rose
    "avdelning", "avdelningen", "avd", "ward", "unit", "enheten", "boendet", "huset",
    # projects, prizes, halls, ships and hotels are named after people too
    "projektet", "projekt", "project", "priset", "prize", "salen", "hall", "färjan", "ferry",
    "fartyget", "båten", "hotell", "hotellet", "hotel", "stiftelsen", "fonden",
    # plant and seed varieties carry given names: vallmo av sorten Marianne, variety Hansa
    "sorten", "variety", "cultivar",
    # stars and comets too: stjärnbilden Orion, kometen Hale-Bopp
    "stjärnbilden", "kometen", "planeten", "constellation", "comet",
    # sites and shops online: en sida som heter "Nordic Pharma", the website Happy Pills
    "sida", "sidan", "sajt", "site", "website", "webbsida", "webbsidan", "hemsida", "hemsidan",
    "nettside", "nettsiden", "webshop", "nätbutik", "nätbutiken",
    # supplements are sold under names too: a pre-workout called "Jack3d"
    "pre-workout", "preworkout", "supplement", "supplementet", "kosttillskott",
    # a gaming clan's or a choir's name: Klanen heter Nattkorparna, kören heter Vox
    "klanen", "klan", "guilden", "kören", "ensemblen",
    "kosttillskottet", "tillskott", "tillskottet", "energidryck", "energidrycken",
    # services, campaigns and an app's features are named like people: tjänsten Hemma Hos
    # Hilma, funktionen Ring Rosa, satsningen Trygga Tove (no one is a service's word)
    "tjänsten", "funktionen", "satsningen", "initiativet", "kampanjen", "verksamheten",
    "mötesplatsen", "träffpunkten", "stödlinjen", "widgeten", "konceptet", "feature",
}) | VENUE_HEADS

# Words that begin a group's name, which signs a mail as a person would: Team Syd, Gruppen Nord,
# and teams named after their skip: Lag Sjöberg.
GROUP_HEADS: Final = frozenset({"team", "teamet", "lag", "laget", "gruppen", "enheten", "styrelsen",
                                "kansliet",
                                "redaktionen", "personalen", "staff", "nätverket", "network",
                                # a Scottish clan's society: Clan Donald, Clan MacLeod
                                "clan", "klanen"})

# Words before a name heard as music, not met: lyssnade på Håkan Hellström.
MUSIC_CUES: Final = frozenset({("lyssnade", "på"), ("lyssnar", "på"), ("listened", "to"),
                               ("listening", "to"), ("konsert", "med"), ("spelning", "med"),
                               ("låtar", "av"), ("songs", "by"), ("music", "by")})

# A company's form ending a firm's name: Håkansson Foto AB, Trysil Hytteutleie AS, Nordic Ltd.
COMPANY_FORMS: Final = frozenset({"ab", "hb", "kb", "as", "asa", "aps", "oy", "oyj", "gmbh", "ltd",
                                  "inc", "llc", "bv", "plc", "sa", "srl"})

# A saint's word before a place's name: St. Paul, S:t Olofs, Sankt Hans.
SAINT_ABBREVIATIONS: Final = frozenset({"st.", "s:t", "sankt", "saint"})


# Words for things that are given people's names (thingheads.py reads them): a name right
# after one is the thing's (`Motorbåten Lady Anna`, `the suite Aurora`).
# Swedish words, singular, by kind: what a name right after one belongs to. Compounds ending
# in one count too (motorbåten, grannfyren, ismaskinen, soffmodellen).
THING_HEADS: Final[dict[str, tuple[str, ...]]] = {
    "vessel": ("båt", "båten", "fartyg", "fartyget", "skepp", "skeppet", "färja", "färjan",
               "jakten", "yachten", "trålare", "trålaren", "isbrytare", "isbrytaren", "kutter",
               "kuttern", "pråmen", "ekan", "vraket"),
    "vehicle": ("bilen", "bussen", "loket", "vagnen", "husvagn", "traktorn", "trucken",
                "skotern", "mopeden", "hojen", "flygplanet", "planet", "helikoptern", "tåget"),
    "machine": ("maskin", "maskinen", "roboten", "turbinen", "kranen", "boten", "chattbot",
                "chattboten", "chatbot", "chatboten", "röstassistenten", "ai-assistenten",
                "servern", "databasen", "klustret", "noden", "routern", "brandväggen",
                "instansen", "containern", "balanseraren"),  # chattboten Stina, servern Hilda
    "tackle": ("flugan", "draget", "wobblern", "jiggen", "rullen", "spöet", "studiecirkeln",
               "cirkeln", "kursen", "webbinariet"),  # Flugan Frances, Studiecirkeln Stina
    "structure": ("rum", "rummet", "grupprum", "grupprummet", "mötesrum", "mötesrummet",
                  "konferensrum", "konferensrummet", "sammanträdesrum", "hörsal", "hörsalen",
                  "lektionssal", "lektionssalen", "föreläsningssal", "hus", "fyren", "klockan",
                  "tanken", "sviten", "stugan", "banan", "kurvan", "leden", "gruvan", "schaktet",
                  "ziplinen", "linbanan", "karusellen", "attraktionen", "tältet"),
    # works are titled like people (`en kortfilm som heter "Doris"`, `pjäsen Elsa`)
    "work": ("filmen", "kortfilm", "kortfilmen", "boken", "romanen", "pjäsen", "låten",
             "albumet", "dikten", "föreställningen", "podden", "utställningen", "sången",
             "visan", "hörspelet", "musikalen", "operan", "novellen",
             # a TV guide's and a cinema's words: dokumentären Greta, tv-serien Beck
             "dokumentären", "dokumentärfilmen", "långfilmen", "tv-serien", "dramaserien",
             "miniserien", "singeln", "sketchen", "monologen", "avsnittet", "episoden",
             # an episode guide's, a library's, a register's words: rapporten Trygga Torg
             "serien", "podcasten", "ljudboken", "ljudbok", "deckaren", "bilderboken",
             "rapporten", "utredningen", "dansbandet", "bandet"),
    # exercises by their code names: Övning Aurora, hemvärnsövning Tor (not `operation`:
    # `Operation av Erik Svensson` is a surgery)
    "operation": ("övning", "övningen", "kodnamn", "kodnamnet"),
    "weather": ("lågtrycket", "högtrycket", "ovädret", "stormen", "orkanen", "cyklonen",
                "tyfonen"),
    "product": ("systemet", "förlaget", "bloggen", "arbetsnamn", "arbetsnamnet", "modellen",
                "modellnamnet", "dräkt", "dräkten", "kostymen", "mönstret", "tyget", "whiskyn",
                "ginet", "ölet", "vinet", "kaffet", "programmet", "appen", "spelet", "figuren",
                "karaktären", "dockan", "nallen", "kassetten",
                # a model, agent or programme by its word (Protesmodell Össur Pro-Flex, Medel
                # Descosept, Träningsprogram McKenzie)
                "modell", "medel", "program"),
}
# Their plurals, which may head a list: Båtarna heter "Lilla My", "Bettan" och "Carl Gustaf".
THING_PLURALS: Final = frozenset({
    "båtar", "båtarna", "fartygen", "skeppen", "färjorna", "trålarna", "bilar", "bilarna",
    "bussarna", "loken", "vagnar", "vagnarna", "traktorerna", "hojar", "hojarna", "flygplanen",
    "maskiner", "maskinerna", "robotarna", "turbiner", "turbinerna", "fyrar", "fyrarna",
    "klockor", "klockorna", "tankar", "tankarna", "sviter", "sviterna", "stugor", "stugorna",
    "banor", "banorna", "lederna", "gruvorna", "schakten", "rummen", "salarna", "mönster",
    "mönstren", "tyger", "tygerna", "dräkter", "dräkterna", "programmen", "appar", "apparna",
    "spelen", "figurer", "figurerna", "karaktärerna", "dockorna", "kossor", "kossorna",
    "kalvar", "kalvarna", "tjurarna", "tackorna", "lammen",
})
# English words, never as compounds nor capitalised (`Bell`, `Tank`, `Storm` are names too).
THING_HEADS_EN: Final = frozenset({
    "boat", "vessel", "ship", "ferry", "yacht", "trawler", "wreck", "locomotive", "caravan",
    "tractor", "machine", "robot", "turbine", "lighthouse", "bell", "tank", "suite", "ride",
    "rollercoaster", "zipline", "shaft", "storm", "hurricane", "cyclone", "typhoon", "model",
    "pattern", "costume",
})
THING_PLURALS_EN: Final = frozenset({
    "boats", "ships", "vessels", "cars", "trucks", "machines", "turbines", "lighthouses",
    "bells", "tanks", "suites", "rooms", "rides", "tracks", "patterns", "costumes", "programs",
    "programmes", "apps", "games", "characters", "shafts", "storms", "hurricanes",
})


# Places and pages named by a naming verb after them: `a site called "Mycoshop"`, `appen som
# heter Stina`. Only before the verb (`the shop Maria runs` is Maria's) and governed by no
# preposition (`Killen på baren som heter Omar` is Omar).
NAMED_PLACES: Final = frozenset({
    "site", "website", "app", "shop", "store", "bar", "pub", "club", "band", "page", "channel",
    "brand", "restaurant", "cafe", "café", "podcast", "blog", "forum", "server", "show",
    "sajt", "sajten", "sida", "sidan", "appen", "butik", "butiken", "baren", "puben",
    "klubben", "bandet", "kanalen", "märket", "restaurangen", "kaféet", "podden", "bloggen",
    "forumet", "servern",
    # a market's, a street's and a festival's businesses: caféet heter Fröken Svensson
    "caféet", "cafeet", "kafét", "hotellet", "krogen", "nattklubben", "gymmet", "bageriet",
    "kiosken", "foodtrucken", "scenen", "tältet",
    # a chat's groups and threads: Gruppen heter "Trappan" på Snapchat
    "gruppen", "gruppchatten", "chatten", "tråden", "group", "groupchat", "thread"})


# Works, toys, mascots and drinks as first mentioned (indefinite), named by a naming verb after
# them (`en deckare som heter Häxan`, `en docka som heter Pillrik`, `a song called Jolene`);
# only there, as `låt Erik sova` and `en bok Lisa gav mig` are people's, and only indefinite,
# as `killen som gav henne drinken heter Charlie` is the man's.
NAMED_WORKS: Final = frozenset({
    "film", "bok", "barnbok", "bilderbok", "ljudbok", "deckare", "roman", "pjäs", "låt", "sång",
    "dikt", "novell", "musikal", "opera", "serie", "tv-serie", "saga", "podd", "album", "singel",
    "avsnitt", "docka", "figur", "karaktär", "maskot", "gosedjur", "leksak", "spel", "hotellbar",
    "drink", "cocktail", "book", "movie", "novel", "song", "play", "series", "doll", "toy",
    "mascot", "game", "character"})
