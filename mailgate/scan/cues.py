"""Cue words: the policy of the scanner, as tables.

A cue is matched against the lower-cased words just before a candidate, by prefix or suffix,
so `pnr:`, `personnumret` and `mobilnr` all count. Swedish first, English after.
"""

from __future__ import annotations

from typing import Final

from mailgate.scan.venues import TRADE_WORDS, VENUE_HEADS

# Words that make a number a personnummer even when its checksum fails.
ID_CUES: Final = frozenset({
    "pnr", "p-nr", "personnum", "personnr", "pers.nr", "persnr", "pers.nummer",
    "samordningsn", "samordningsnr", "födelsenummer", "id-nummer", "id-nr", "idnr",
    "ssn", "personal", "identity", "person",
    # shortened and misspelt forms, read as labels of another number otherwise
    "samnr", "sam.nr", "samordnr", "persnum", "pesonnummer", "pesonnr",
    # a letter dropped, doubled or swapped: prsnr, personummer, personnnummer, presonnummer
    "prsnr", "prs.nr", "personum", "personnn", "presonn", "födelsenr",
    # other names of the number: identitetsnummer, socialförsäkringsnummer
    "identitet", "socialsäkerhet", "socialförsäkringsn",
})

# Words that make a number something else: case, diary, lab, organisation, invoice numbers.
ID_NEGATIVE_CUES: Final = frozenset({
    "dnr", "d.nr", "diarie", "diarienummer", "ärende", "ärendenr", "ärendenummer", "mål",
    "målnummer", "lab", "labnr", "provnr", "provnummer", "remiss", "remissnr", "beslag",
    "beslagsnr", "k-nr", "anmälan", "anmälningsnr", "org", "org.nr", "orgnr", "organisationsn",
    "faktura", "fakturanr", "order", "ordernr", "kundnr", "kundnummer", "ocr", "referens",
    "ref", "bg", "pg", "bankgiro", "plusgiro", "case", "reference", "invoice", "batch", "lot",
    "kvitto", "kvittonr", "kvittonummer", "serienummer", "serienr", "artikelnr", "artikelnummer",
    "kolli", "kollinr", "kollinummer", "spårningsnummer", "spårningsnr", "sändningsnummer",
    "sändningsnr", "händelsenummer", "händelsenr", "rmv-nummer", "rmv-nr", "rmv", "nfc",
    "tullärende", "tull-ärende", "bokningsnummer", "bokningsnr", "transaktionsnr", "tracking",
    "parcel", "serial", "receipt", "shipment", "awb", "tulltaxenummer", "varukod",
})

# Labels that make the number after them a case, diary, lab or order number, not a phone.
NUMBER_LABELS: Final = frozenset({
    "dnr", "d.nr", "diarienummer", "diarienr", "ärendenummer", "ärendenr", "målnummer",
    "labnr", "lab-nr", "provnr", "provnummer", "remissnr", "org.nr", "orgnr",
    "organisationsnummer", "fakturanr", "fakturanummer", "ordernr", "ordernummer", "kundnr",
    "kundnummer", "ocr", "referens", "ref", "case", "sn", "ks", "beslagsnummer", "beslagsnr",
    "k-nr", "anmälningsnummer", "kvittonummer", "batch", "lot",
    # customs and freight: Tulltaxenummer 2106 90 92, AWB 235-44120913; a premium line's label
    "tulltaxenummer", "varukod", "varukoden", "hs-kod", "tariffnummer", "awb", "betalnummer",
    "kolli", "kollinr", "kollinummer", "sscc",
})

# Names of identity numbers, never a person's name even after a person cue (`en man, CPR …`).
ID_LABELS: Final = frozenset({
    "pnr", "cpr", "cpr-nr", "pesel", "hetu", "fnr", "ssn", "nin", "bsn", "dni", "nie", "nif",
    "reservnr", "reservnummer", "samordningsnr", "id-nr", "idnr", "dob", "id",
})

PHONE_CUES: Final = frozenset({
    "tfn", "tlf", "telnr", "tel.nr", "mobilnr", "hem", "arb", "jobb", "kontor", "nås",
    "tel", "telefon", "mobil", "mob", "nr", "nummer", "ring", "sms", "växel", "vxl", "direkt",
    "phone", "call", "cell", "fax", "mobilnummer", "telefonnummer", "handy", "puhelin",
    "numer", "whatsapp", "signal", "mobile", "kontaktnummer",
})

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
    "kvinna", "besökare", "besökaren", "deltagare", "deltagaren", "boende", "boenden",
    "socionom", "socionomen", "skötare", "skötaren", "undersköterska", "undersköterskan",
    "usk", "barnmorska", "barnmorskan", "psykolog", "psykologen", "terapeut", "terapeuten",
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
    # Norwegian and Danish: sier, ba, ringte, fortalte
    "sier", "siger", "ba", "ringte", "fortalte", "fikk", "fik", "jobber", "mener",
    # strong pasts no ending tells (someone.PAST_TENSE reads -ade, -de, -te): fann, gav, saw
    "fann", "gav", "såg", "låg", "satt", "stod", "drack", "sprang", "föll", "sov", "slog",
    "åt", "drog", "skrek", "grät", "försvann", "försvinner",
    "saw", "gave", "sent", "brought", "met", "tried", "passed", "collapsed", "fell", "ran",
    "drove", "kept", "lost", "paid", "showed", "stayed", "himself", "herself",
})

# Words before a capitalised word that make it a place: `i Mora`, `från Lund`.
PLACE_PREPOSITIONS: Final = frozenset({
    "i", "från", "mot", "vid", "utanför", "nära", "runt", "genom", "in", "at", "from",
    "near", "kommun", "region", "staden", "orten", "stadsdelen",
})

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
})

# Words that show substance talk, so `Molly`, `Tina`, `Adam` are drugs, not people.
DRUG_TALK: Final = frozenset({
    "tog", "tagit", "ta", "tar", "köpt", "köpte", "köper", "köpa", "sålt", "sålde", "säljer",
    "sälja", "langar", "langat", "röka", "rökt", "rökte", "röker", "snorta", "snortat",
    "snortade", "injicera", "injicerat", "injicerade", "använt", "använder", "använde",
    "testat", "testade", "provat", "provade", "påverkad", "påverkade", "påtänd", "hög",
    "gram", "g", "mg", "µg", "st", "påse", "påsar", "tablett", "tabletter", "tabl", "piller",
    "pulver", "kristaller", "lina", "linor", "dos", "doser", "dosen", "intag", "intagit",
    "överdos", "kilo", "kg", "beslag", "beslagtagit", "stämpel", "stämplad", "stämplade",
    "präglad", "logga", "loggan", "märkt", "märkta", "kapslar", "kapsel", "knark", "drog",
    "droger", "drogen", "substans", "substansen", "preparat", "preparatet", "ecstasy", "mdma",
    "xtc", "amfetamin", "kokain", "heroin", "ghb", "ketamin", "cannabis", "halt", "renhet",
    "took", "bought", "sold", "pills", "pill", "tablets", "powder", "dose", "high", "street",
    "gatunamn", "slang", "säljs", "säljas", "sålda", "billigt", "billiga", "pris", "priset",
    "kr", "kronor", "varning", "varnar", "stark", "starka", "starkare", "farlig", "farliga",
    "cirkulerar", "innehåller", "innehöll", "blandat", "blandad", "utblandat", "sells",
    "selling", "laced", "contains",
})

# Verbs whose object is what was taken: `tog Henry`, `snortade Tina`, `köpte Percy` name a
# drug, `köpte av Henry` a person.
USE_VERBS: Final = frozenset({
    "tog", "tagit", "köpte", "köpt", "rökte", "rökt", "snortade", "snortat", "injicerade",
    "injicerat", "testade", "testat", "provade", "provat", "använde", "använt", "svalde",
    "svalt", "droppade", "droppat", "took", "bought", "smoked", "snorted", "injected", "tried",
})

# Words for a medicine whose brand a naming cue gives (`Medicinen`, shaped like a Finnish
# surname, is no one).
MEDICINE_WORDS: Final = frozenset({
    "medicin", "medicinen", "mediciner", "medicinerna", "läkemedel", "läkemedlet",
    "läkemedlen", "sömnmedel", "sömnmedlet", "sömnmedlen", "lugnande", "värktabletter",
    "medicine", "medication", "medications", "meds", "painkiller", "painkillers",
})

# Words after a hyphen that make the word before it a pill stamp: `Trump-piller`.
PILL_WORDS: Final = frozenset({
    "stämpel", "stämpeln", "stämplar", "stämplade", "stämplad", "logga", "loggan", "loggor",
    "piller", "pillret", "pillren", "tablett", "tabletten", "tabletter", "tabletterna",
    "märkta", "märkt", "präglade", "präglad", "pills", "pill", "logo", "stamp", "tabs",
    "kapslar", "påsar", "påse",
})

# Words saying that what follows is printed on a pill: stämplade med Kalle Anka.
STAMP_WORDS: Final = frozenset({
    "stämplad", "stämplade", "stämplat", "stämpel", "stämpeln", "stämplar", "märkt", "märkta",
    "präglad", "präglade", "präglat", "logga", "loggan", "loggor", "texten", "motiv",
    "motivet", "stamped", "imprinted", "engraved", "logo", "stamp",
})

# Person cues that do not make a street name a person in drug talk (`amfetamin, kallad Tina`).
NAMING_CUES: Final = frozenset({
    "kallas", "kallad", "kallade", "kallat", "alias", "namn", "namnet", "smeknamn",
    "presenterar", "presenterade", "kallar", "nickname", "aka",
    "smeknamnet", "called", "named",
})

BANK_CUES: Final = frozenset({
    "konto", "kontonr", "kontonummer", "bankkonto", "clearing", "clearingnr", "clnr", "bank",
    "swish", "swisha", "swishade", "swishat", "swishnummer", "bankgiro", "bg", "plusgiro",
    "pg", "account", "acct", "sort", "banken",
})

PLATE_CUES: Final = frozenset({
    "regnr", "reg.nr", "reg", "registreringsnummer", "registreringsnr", "bil", "bilen",
    "fordon", "fordonet", "plåt", "skylt", "skylten", "nummerplåt", "registration", "plate",
    "car", "vehicle", "mc", "moped", "mopeden", "lastbil", "skåpbil", "volvo", "saab", "audi",
    "bmw", "mercedes", "vw", "golf", "passat", "taxi", "suv",
    # Foreign registrations: norsk bil AB 12345, polskregistrerad, ett tyskt fordon.
    "norsk", "norska", "norskt", "dansk", "danska", "danskt", "finsk", "finska", "finskt",
    "polsk", "polska", "polskt", "tysk", "tyska", "tyskt", "litauisk", "litauiska", "lettisk",
    "estnisk", "brittisk", "engelsk", "nederländsk", "holländsk", "utländsk", "utländska",
    "utländskt", "registrerad", "registrerade", "skyltar", "skyltarna", "lastbilen", "släp",
    "släpvagn", "husbil", "van", "truck", "lorry", "plates", "registered", "skilt", "skiltet",
    "nummerplate", "kennzeichen", "rekisterinumero", "rejestracja", "bilnummer", "regnummer",
    "nummerplade", "nummerskilt",
})
# More words before a Swedish plate typed in lower case (`skotern gwt 403`, `bilnumret kxt
# 402`): other vehicles, the words for their number (`registrering` also opens
# `registreringsnumret`) and makes (a plate often follows the model: `en grå toyota yaris tgj
# 904`), not those that are also words (`land`, `range`, `seat`, `smart`, `mini`, `alfa`).
# Not for the neighbours' shapes, as often codes: `Tom Ford FT5401`, `bussen till SAS 1234`.
SWEDISH_PLATE_CUES: Final = PLATE_CUES | frozenset({
    "skoter", "skotern", "traktor", "traktorn", "husvagn", "husvagnen", "buss", "bussen",
    "fyrhjuling", "fyrhjulingen", "motorcykel", "motorcykeln", "mc:n", "trailer", "trailern",
    "släpet", "pickup", "pickupen", "jeepen", "bilar", "bilarna", "bilnr", "bilnumret",
    "registrering", "regnumret", "reg.nummer", "reg.nr.",
    # a car park's log, a driver's list: Parkering⏎KXT 482 22:41 in, Chaufför: … KXT 482
    "parkering", "parkera", "p-plats", "p-hus", "garage", "garaget", "chaufför", "chauffören",
    "förare", "föraren", "driver", "parking",
    "ambulans", "moppe", "minibuss", "bandvagn", "vespa", "crossen", "kombi", "kombin", "suv:n",
    "toyota", "kia", "tesla", "ford", "skoda", "škoda", "opel", "nissan", "hyundai", "peugeot",
    "renault", "citroën", "citroen", "polestar", "scania", "volkswagen", "fiat", "mazda",
    "honda", "lexus", "porsche", "cupra", "dacia", "subaru", "suzuki", "mitsubishi", "iveco",
})

# Makes whose model names look like plates right after them: Mercedes GLC 300.
CAR_MAKES: Final = frozenset({"mercedes", "mercedes-benz", "benz", "merca", "mercan"})

# Car makes: the words after one are its model (Mercedes Vito, Dodge Ram, Ford Focus), not a
# person's name, unless a surname (Mercedes Svensson).
CAR_BRANDS: Final = frozenset({
    "volvo", "saab", "audi", "bmw", "vw", "volkswagen", "toyota", "kia", "hyundai", "ford",
    "tesla", "peugeot", "renault", "citroën", "citroen", "nissan", "skoda", "škoda", "seat",
    "cupra", "opel", "fiat", "mazda", "honda", "lexus", "porsche", "polestar", "scania", "iveco",
    "suzuki", "mitsubishi", "subaru", "dacia", "jeep", "dodge", "chevrolet", "chrysler",
    "cadillac", "jaguar", "mini", "mercedes", "mercedes-benz", "land", "range", "alfa",
    "lancia", "smart", "yamaha", "kawasaki", "ducati", "harley-davidson", "vespa", "piaggio",
})
# Other makes whose models carry given names: Monark Karin, Crescent Elis, Pronovias Amelia,
# Fender Stratocaster; a surname after the make is still a person (Gibson Lind).
MAKES: Final = CAR_BRANDS | frozenset({
    "monark", "crescent", "bianchi", "cannondale", "trek", "specialized", "kona", "cube",
    "merida", "skeppshult", "kronan", "batavus", "pinarello", "colnago", "orbea", "cervélo",
    "pronovias", "fender", "gibson", "ibanez", "gretsch", "epiphone", "yamarin", "buster",
    "valtra", "fendt", "husqvarna", "ktm", "triumph", "stiga", "ponsse",
})

# Three-letter abbreviations that precede numbers in reports but are never plates:
# laws, substances, agencies, units.
NOT_PLATE_PREFIXES: Final = frozenset({
    "SFS", "SOU", "ISO", "LVM", "LVU", "LSS", "SOL", "HSL", "NFC", "RMV", "BUP", "IVO", "THC",
    "CBD", "LSD", "GHB", "GBL", "PMA", "DMT", "MDA", "MXE", "DOB", "DOC", "BZP", "LSA", "HHC",
    "NPS", "PCP", "AKM", "APP", "ATC", "EKG", "CRP", "BMI", "HLR", "IVA", "KBT", "MST", "NMT",
    "PRO", "TEL", "NUM", "ART", "KAP", "ENL", "REF", "DNR", "NR.", "AVD", "LGH", "BOX", "CAS",
    "UTC", "GMT", "CET", "SEK", "EUR", "USD", "MIN", "MAX", "TOT", "CIA", "FBI", "DEA", "UNO",
    "WHO", "EMC", "ECD", "NAT", "PKU", "SMS", "GPS", "PDF", "JPG", "PNG", "DOS", "ADD", "RSA",
    "SOS", "CAN", "SCB", "DNA", "ICA", "FAX", "PKT", "NPF", "FHM", "SIS", "SOC", "FOU", "MRT",
    "EEG", "HIC", "OBS", "MMS", "PIN", "PUK", "SIM", "DVD", "CBT", "MOA", "ABF", "KPI", "ETA",
    "BMW", "KIA", "VW", "AMG", "GMC", "MAN", "DAF", "BYD", "MG", "DS",
})

# Words saying someone lives at a street, so the street alone is an address.
RESIDENCE_CUES: Final = frozenset({
    "bor", "boende", "bosatt", "adress", "adressen", "hemadress", "folkbokförd", "hemma",
    "bostad", "bostaden", "skriven", "flyttat", "flyttade", "lägenhet", "lägenheten",
    "lives", "living", "address", "resides", "home",
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
    "kosttillskottet", "tillskott", "tillskottet", "energidryck", "energidrycken",
}) | VENUE_HEADS

# Words that begin a group's name, which signs a mail as a person would: Team Syd, Gruppen Nord,
# and teams named after their skip: Lag Sjöberg.
GROUP_HEADS: Final = frozenset({"team", "teamet", "lag", "laget", "gruppen", "enheten", "styrelsen",
                                "kansliet",
                                "redaktionen", "personalen", "staff", "nätverket", "network"})

# Words before a name heard as music, not met: lyssnade på Håkan Hellström.
MUSIC_CUES: Final = frozenset({("lyssnade", "på"), ("lyssnar", "på"), ("listened", "to"),
                               ("listening", "to"), ("konsert", "med"), ("spelning", "med"),
                               ("låtar", "av"), ("songs", "by"), ("music", "by")})

# A company's form ending a firm's name: Håkansson Foto AB, Trysil Hytteutleie AS, Nordic Ltd.
COMPANY_FORMS: Final = frozenset({"ab", "hb", "kb", "as", "asa", "aps", "oy", "oyj", "gmbh", "ltd",
                                  "inc", "llc", "bv", "plc", "sa", "srl"})

# A saint's word before a place's name: St. Paul, S:t Olofs, Sankt Hans.
SAINT_ABBREVIATIONS: Final = frozenset({"st.", "s:t", "sankt", "saint"})
