"""Cue words: the policy of the scanner, as tables. Here the words that cue a person (before a
name, a subject's verb after one, a greeting, a call) or a place; numbercues.py, drugcues.py
and thingcues.py hold the cues for numbers, drug talk and things named like people.

A cue is matched against the lower-cased words just before a candidate, by prefix or suffix,
so `pnr:`, `personnumret` and `mobilnr` all count. Swedish first, English after.
"""

from __future__ import annotations

from typing import Final

# Words before a capitalised or lower-case word that make it a person's name.
PERSON_CUES: Final = frozenset({
    # who signed or attested a record (Signerat: Sol Lind, signed by Rose Field)
    "signerat", "signerad", "signerades", "signed",
    "underskrift", "attesterat", "attesterad",
    "klient", "klienten", "patient", "patienten", "pat", "brukare", "brukaren", "kund",
    "kunden", "ungdom", "ungdomen", "pojken", "flickan", "killen", "tjejen", "mannen",
    "kvinnan", "sonen", "dottern", "mamma", "mamman", "pappa", "pappan", "mor", "modern",
    "far", "fadern", "bror", "brodern", "brorsan", "syster", "systern", "syrran", "morfar",
    "farfar", "mormor", "farmor", "farbror", "morbror", "moster", "faster", "kusin",
    "kusinen", "sambo", "sambon", "flickvän", "flickvännen", "pojkvän", "pojkvännen",
    "partner", "maken", "make", "hustru", "hustrun", "fru", "frun", "vän", "vännen",
    "kompis", "kompisen", "kamrat", "kamraten", "granne", "grannen", "heter", "hette",
    "kallas", "kallad", "kallade", "alias", "namn", "namnet", "handläggare", "handläggaren",
    "socialsekreterare", "socialsekreteraren", "sjuksköterska", "sjuksköterskan",
    "ssk", "läkare", "läkaren", "dr", "doktor", "kurator", "kuratorn", "polis", "polisen",
    "inspektör", "kommissarie", "kontaktperson", "kontaktpersonen", "kontakt",
    "träffade", "träffat", "mötte", "mött", "pratade", "pratat", "ringde", "misstänkt",
    "misstänkte", "anhörig", "anhörige", "förälder", "vårdnadshavare",
    "gode", "förvaltare", "ombud", "tolk", "tolken", "elev", "eleven",
    "client", "mr", "mrs", "ms", "miss", "named", "called", "son", "daughter",
    "met", "meet", "saw", "told", "aka", "wife", "husband", "friend", "colleague", "kollega",
    "kollegan", "rektor", "rektorn", "lärare", "läraren", "förare",
    "föraren", "passagerare", "passageraren", "säljare", "säljaren", "köpare", "köparen",
    "gärningsman", "gärningsmannen", "medgärningsman", "innehavare", "mottagare",
    "mottagaren", "avsändare", "tipsare", "tipsaren", "anmälare", "anmälaren", "volontär",
    "överläkare", "förskrivare", "förskrivaren", "storebror", "lillebror", "storasyster",
    "lillasyster", "storebrodern", "dotter", "barnet", "person", "personen", "kille", "tjej",
    "snubbe", "snubben", "man", "ägare", "ägaren", "owner", "player", "spelare", "spelaren",
    "gamer", "teammate", "lagkamrat", "lagkamraten", "källa", "källan", "source",
    # who runs a forum or a group chat (`Moderator Ville: tråden låst`)
    "moderator", "moderatorn", "moderatoren",
    "kvinna", "besökare", "besökaren", "deltagare", "deltagaren", "boende", "boenden",
    "socionom", "socionomen", "skötare", "skötaren", "undersköterska", "undersköterskan",
    "usk", "barnmorska", "barnmorskan", "psykolog", "psykologen", "terapeut", "terapeuten",
    # kin and neighbours in Norwegian and Danish (Datteren Liv sier …, naboen Arnfinn)
    "datteren", "sønnen", "søsteren", "broren", "moren", "mora", "faren", "konen",
    "kjæresten", "kæresten", "naboen", "svigerdatteren", "svigersønnen", "bestemor",
    "bestefar", "barnebarnet", "søster", "datter", "sønn", "samboer", "samboeren",
    "kjæreste", "venninne", "venninnen", "kone", "kameraten",
    "behandlare", "behandlaren", "boendestödjare", "fältassistent", "fältassistenten",
    "fältsekreterare", "polisinspektör", "kriminalinspektör", "åklagare", "åklagaren",
    "advokat", "advokaten", "försvarare", "försvararen", "kontaktman", "samordnare",
    "enhetschef", "enhetschefen", "chef", "chefen", "handledare", "mentor", "mentorn",
    "skolsköterska", "skolsköterskan", "skolkurator", "skolkuratorn", "pastor", "präst",
    "woman", "girl", "boy", "subject", "suspect", "customer", "mother", "father", "brother",
    "sister", "boyfriend", "girlfriend", "nurse", "officer", "aunt", "auntie", "uncle",
    "cousin", "grandma", "grandpa", "granny", "grandmother", "grandfather", "nephew", "niece",
    "mum", "mom", "dad", "stepdad", "stepmum", "stepmom", "fiancé", "fiancée",
    "smeknamn", "smeknamnet", "kallat", "signaturen", "undertecknad", "undertecknat",
    # the labels of a meeting's minutes: Närvarande: …, Anmält förhinder: Giorgos
    "närvarande", "frånvarande", "förhinder", "justeras", "justerare", "protokollförare",
    "mötesordförande", "ordf", "sekr", "attendees", "apologies",
    "efternamn", "efternamnet", "förnamn", "förnamnet", "surname", "firstname",
    "åring", "åringen", "tonåring", "tonåringen", "old", "teenager", "minderårig",
    # Roles that stand before a name in reports and signatures: Rådgivare: Sanna,
    # ordningsvakt Solveig, säkerhetschef Krzysztof; plurals before a list of names.
    "rådgivare", "rådgivaren", "ordningsvakt", "ordningsvakten", "vakt", "vakten", "väktare",
    "väktaren", "säkerhetschef", "säkerhetschefen", "ordförande", "ordföranden",
    "sekreterare", "sekreteraren", "koordinator", "koordinatorn", "utredare", "utredaren",
    "analytiker", "analytikern", "smittskyddsläkare", "distriktssköterska",
    "distriktssköterskan", "ambulanssjuksköterska", "sjukvårdare", "tulltjänsteman",
    "tjänsteman", "tjänstemannen", "kriminalvårdare", "vårdare", "vårdaren", "apotekare",
    "apotekaren", "farmaceut", "farmaceuten", "receptarie", "receptarien", "fritidsledare",
    "fritidsledaren", "ungdomsledare", "chaufför", "chauffören", "taxichaufför",
    "medarbetare", "medarbetaren", "praktikant", "praktikanten", "student", "studenten",
    "volontären", "volontärer", "vittne", "vittnet", "målsägande", "målsäganden",
    "avliden", "avlidne", "avdøde", "indexfall", "indexfallet", "sambos", "kompisar",
    "kompisarna", "vänner", "vännerna", "föräldrarna", "syskonen", "kollegor",
    "kollegorna", "eleverna", "inringare", "inringaren", "uppgiftslämnare",
    "driver", "doctor", "pharmacist", "paramedic", "guard", "bouncer",
    "teacher", "witness", "victim", "deceased", "counsellor", "counselor", "coordinator",
    # A child named in a family or school note (Barn: Ella), crews and kitchens on board and
    # ashore (kocken Rodel, the deckhand Mykola), who reported a ticket (Reporter: ...).
    "barn", "child", "kock", "kocken", "cook", "matros", "matrosen", "styrman", "styrmannen",
    "deckhand", "bosun", "seaman", "sjöman", "sjömannen", "reporter", "caller",
    # Care notes: who is admitted, who is next of kin, who is on duty (Närstående: Dag Svärd,
    # jourhavande Kaj, AT-läk Rowan, läk. Hassan; not `pt`, a personal trainer too)
    "närstående", "närståendes", "anhöriga", "förmyndare", "inskriven", "inskrivna",
    "omhändertagen", "omhändertagne", "remittent", "remitterande", "jourhavande", "läk",
    "lak", "dsk", "dietist", "dietisten", "fysioterapeut", "fysioterapeuten",
    "arbetsterapeut", "arbetsterapeuten", "överläkaren", "specialistläkare",
    "next-of-kin", "attending", "registrar", "consultant", "midwife", "fellow",
    # In-laws, step, half and bonus kin, nephews and godparents, as private people write of
    # them (min svåger Thamer, halvbrodern Ilpo, bonuspappa Kusti)
    "svåger", "svågern", "svägerska", "svägerskan", "svärmor", "svärfar", "svärson",
    "svärsonen", "svärdotter", "svärdottern", "halvbror", "halvbrodern", "halvsyster",
    "halvsystern", "styvbror", "styvbrodern", "styvsyster", "styvsystern", "styvpappa",
    "styvmamma", "styvfar", "styvmor", "bonuspappa", "bonusmamma", "bonusbror",
    "bonussyster", "brorson", "brorsonen", "systerson", "systersonen", "brorsdotter",
    "systerdotter", "gudmor", "gudfar", "fästman", "fästmö", "exfru", "exman", "exmake",
    "exsambo", "barnbarn", "barnbarnet", "mostern", "fastern", "morbrodern", "farbrodern",
    "tvillingbror", "tvillingsyster",
    # Who lives where: tenants, lodgers and neighbours in housing reports (Hyresgästen Anna
    # Ryd, the lodger Ksenia, inneboende Sara).
    "hyresgäst", "hyresgästen", "andrahandshyresgäst", "andrahandshyresgästen",
    "kontraktsinnehavare", "kontraktsinnehavaren", "inneboende", "inneboenden", "tenant",
    "lodger", "neighbour", "neighbor", "roommate", "flatmate", "housemate",
    # Ranks and crews in the armed forces, rescue services and custody, as their logs write
    # them before a name (vpl Isak Grön, brandmästare Lind, arrestvakt Bea Lund, Sgt Okafor);
    # not `kapten` or `major`, which head characters and headings (Kapten Kokos, Major Incident).
    "vpl", "värnpliktig", "värnpliktige", "menig", "rekryt", "rekryten", "soldat", "soldaten",
    "korpral", "korpralen", "furir", "furiren", "överfurir", "sergeant", "sergeanten",
    "fanjunkare", "fänrik", "fänriken", "löjtnant", "löjtnanten", "kadett", "kadetten",
    "plutonchef", "plutonchefen", "gruppchef", "gruppchefen", "kompanichef", "kompanichefen",
    "brandman", "brandmannen", "brandmästare", "brandmästaren", "styrkeledare",
    "styrkeledaren", "räddningsledare", "räddningsledaren", "insatsledare", "insatsledaren",
    "arrestvakt", "arrestvakten", "konstapel", "konstapeln", "polisassistent",
    "polisassistenten", "sgt", "cpl", "corporal", "lieutenant", "firefighter", "conscript",
    "recruit", "cadet",
    # Officials of guardianship and building control before a surname that is also a word
    # (`tillsynsman Fält`, `Ombudet Stjärna`); not a safety rep's or a foreman's words, which
    # stand before a union's or a firm's name as often (measured on the dev halves).
    "tillsynsman", "tillsynsmannen", "ombudet", "överförmyndare", "överförmyndaren",
    "ställföreträdare", "ställföreträdaren", "förvaltaren", "besiktningsman",
    "besiktningsmannen", "stödperson", "stödpersonen", "ledsagare", "ledsagaren",
    "boendestödjaren",
    "familjebehandlare", "familjebehandlaren", "biståndshandläggare", "biståndshandläggaren",
    # The church's offices and the police's senior rank before a surname that is also a word
    # (`kyrkoherde Rask`, `överkonstapel Lax`): no product or heading wears them. Not
    # `diakon`, said of the church's service as often (`kyrkans diakon och SPES`).
    "kyrkoherde", "kyrkoherden", "komminister", "komministern", "överkonstapel",
    "överkonstapeln",
})

# Possessive pronouns: `din son, Daniel,` names whose son.
POSSESSIVES: Final = frozenset({
    "min", "mitt", "mina", "din", "ditt", "dina", "hans", "hennes", "hens", "sin", "sitt",
    "sina", "vår", "vårt", "våra", "er", "ert", "era", "deras", "my", "your", "his", "her",
    "their", "our",
})

# Words that make a following capitalised word a likely name, but not a lower-case one.
PERSON_CUES_WEAK: Final = frozenset({
    "hälsningar", "hälsning", "mvh", "vänliga", "vänlig", "vänligen", "med", "och", "hej",
    "hejsan", "tack", "till",
    "hilsen", "hilsner", "vennlig", "venlig", "hei", "kjære", "kære", "takk", "tak",
    "regards", "from", "to", "and", "with", "hi", "hello", "thanks", "cc", "sa", "säger", "dear",
    "enligt", "av", "hos", "som", "mot", "of", "by",
})

# Verbs right after a sentence-initial word that make it a subject, so a name from the wider
# lists counts there too: "Giorgos ringde", "Deniz har sålt".
# Imperatives that are also surnames or given names in our lists (Ring, Maila, Page):
# at a sentence's start before a given name they ask the reader to act, and are no part of
# the name (`Ring Anna Berg om beslaget`).
IMPERATIVES: Final = frozenset({
    "ring", "ringa", "maila", "mejla", "ta", "se", "page", "fråga", "kontakta", "hämta",
    "skicka", "meddela", "tacka", "hälsa", "kolla", "varna", "boka", "träffa", "besök",
    "call", "ask", "email", "text", "tell", "contact", "meet", "thank", "warn",
})

# Verbs of calling someone on their number (`ring mamma på 070-…`, `ring Vudmir 070 …`).
CALL_VERBS: Final = frozenset({"ring", "ringa", "ringer", "ringde", "sms:a", "smsa", "messa",
                               "call", "text", "phone"})

# Words greeting the one a message speaks to, right before a name: Hej Nora!, Dear Molly.
GREETINGS: Final = frozenset({"hej", "hejsan", "hallå", "tjena", "tja", "tjenare", "hi", "hey",
                              "hello", "yo", "dear", "kära", "hei", "kjære", "kære"})

# Danish and Norwegian verbs of speaking: a subject's verb (SUBJECT_VERBS) and one only a
# person does at a sentence's start (personacts.py: `Sanna sagde`, `Dag ringede`).
NORDIC_SPEECH_VERBS: Final = frozenset({"ringte", "fortalte", "ringede", "sagde", "spurgte",
                                        "spurte", "svarede", "svarte"})

SUBJECT_VERBS: Final = frozenset({
    "ringde", "ringer", "sa", "säger", "sade", "berättade", "berättar", "uppger", "uppgav",
    "kom", "kommer", "har", "hade", "är", "var", "bor", "bodde", "tog", "tar", "köpte", "köper",
    "sålde", "säljer", "fick", "får", "vill", "ville", "ska", "skulle", "kan", "kunde", "hittades",
    "greps", "dog", "avled", "mår", "mådde", "jobbar", "arbetar", "går", "gick", "träffade",
    "skickade", "skrev", "mejlade", "sms:ade", "sms", "hörde", "called", "said", "told", "was",
    "is", "has", "had", "came", "lives", "bought", "sold", "died",
    # what a person thinks, knows, asks and does, as reports retell it (Ben tror, Saga ba)
    "tror", "trodde", "tycker", "tyckte", "vet", "visste", "minns", "mindes", "frågade",
    "frågar", "svarade", "svarar", "bad", "ber", "blev", "blir", "hittade", "hittar", "åkte",
    "åker", "somnade", "vaknade", "verkar", "verkade", "behöver", "behövde", "brukar",
    "skriver", "nekar", "nekade", "förnekar", "erkände", "erkänner", "hämtade", "lämnade",
    "thinks", "thought", "says", "knows", "knew", "asked", "asks", "found", "wrote", "went",
    "got", "took", "takes", "seems", "seemed", "felt", "feels", "wants", "wanted", "needs",
    "needed", "texted", "messaged", "left", "admitted", "denied", "works", "worked",
    # Norwegian and Danish: sier, ba, fikk (their verbs of speaking below)
    "sier", "siger", "ba", "fikk", "fik", "jobber", "mener",
    # chat's spellings of är and var (Aaliyah e helt väck, Nellie va hos mig)
    "e", "va",
    # strong pasts no ending tells (someone.PAST_TENSE reads -ade, -de, -te): fann, gav, saw
    "fann", "gav", "såg", "låg", "satt", "stod", "drack", "sprang", "föll", "sov", "slog",
    "åt", "drog", "skrek", "grät", "försvann", "försvinner",
    "saw", "gave", "sent", "brought", "met", "tried", "passed", "collapsed", "fell", "ran",
    "drove", "kept", "lost", "paid", "showed", "stayed", "himself", "herself",
    "blew", "threw", "caught", "spoke", "heard", "held", "rang", "woke", "broke", "drank",
    "slept", "began", "shouted", "screamed", "refused", "noticed", "arrived",
}) | NORDIC_SPEECH_VERBS

# A farm's, village's, island's or block's own noun before its name: `gården Västanbäck`,
# `byn Sandberg`, `ön Ekholm`, `torpet Granlund`. No one's surname follows them so, even
# after a word that cues a person (`kom till byn Norlin`); a given name, which may start a
# clause there, stays read (judged.py).
PLACE_HEADS: Final = frozenset({
    "gården", "byn", "ön", "torpet", "fäboden", "samhället", "kvarteret", "förorten",
    "bostadsområdet", "villaområdet", "tätorten", "socknen", "herrgården", "säteriet",
    "godset", "hemmanet", "bruket", "fiskeläget",
})

# Words before a capitalised word that make it a place: `i Mora`, `från Lund`.
PLACE_PREPOSITIONS: Final = frozenset({
    "i", "från", "mot", "vid", "utanför", "nära", "runt", "genom", "in", "at", "from",
    "near", "kommun", "region", "staden", "orten", "stadsdelen",
}) | PLACE_HEADS

# Nouns after a genitive that make the words before them a place: `Gustav Adolfs torg`.
PLACE_NOUNS: Final = frozenset({
    "torg", "torget", "gata", "gatan", "väg", "vägen", "gränd", "plats", "platsen", "park",
    "parken", "skola", "skolan", "gymnasium", "gymnasiet", "sjukhus", "sjukhuset", "hem",
    "hemmet", "kyrka", "kyrkan", "gård", "gården", "center", "centrum", "hall", "hallen",
    "bro", "bron", "kaj", "kajen", "allé", "backe", "backen", "school", "hospital",
    "barnsjukhus", "mottagning", "mottagningen", "klinik", "kliniken", "lasarett",
    "lasarettet", "vårdcentral", "vårdcentralen", "institut", "institutet", "stiftelse",
    "stiftelsen", "minne", "pris", "terrass", "terrassen", "kyrkogata", "kyrkogatan",
    "promenad", "promenaden", "esplanad", "esplanaden", "strand", "stranden", "plan",
    "trappor", "trappa", "gången", "stig", "stigen", "udde", "udden", "holme",
    "holmen", "square", "street", "road", "avenue", "bridge", "station", "stationen",
    # halls, funds and statues named after people or places: Christian Michelsens rom (not
    # `hus` or `rum`: Anna Bergs hus is hers; not `bruk`: Jonathans bruk av kokain is his
    # use, and a place's works, Engelsbergs bruk, are eponyms.py's)
    "rom", "sal", "salen", "fond", "fonden", "staty", "statyn", "monument",
    "museum", "museet",
    # barracks and regiments named after kings: Gustav Adolfs kasern, Karl Johans regemente
    "kasern", "kasernen", "regemente", "regementet",
})

# Person cues that do not make a street name a person in drug talk (`amfetamin, kallad Tina`).
NAMING_CUES: Final = frozenset({
    "kallas", "kallad", "kallade", "kallat", "alias", "namn", "namnet", "smeknamn",
    "presenterar", "presenterade", "kallar", "nickname", "aka",
    "smeknamnet", "called", "named",
})

# Words saying someone lives at a street, so the street alone is an address.
RESIDENCE_CUES: Final = frozenset({
    "bor", "boende", "bosatt", "adress", "adressen", "hemadress", "folkbokförd", "hemma",
    "bostad", "bostaden", "skriven", "flyttat", "flyttade", "lägenhet", "lägenheten",
    "lives", "living", "address", "resides", "home",
})

# A parcel locker's or a storage box's word before `Box 4471`: a box's number, no address.
LOCKERS: Final = frozenset({"paketskåp", "paketskåpet", "paketbox", "paketboxen", "skåp",
                            "skåpet", "paketautomat", "paketautomaten", "locker", "lockers"})
