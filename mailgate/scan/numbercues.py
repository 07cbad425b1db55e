"""Cue words for numbers: what makes a number an identity number or something else (a
case, diary, lab or organisation number), a phone's, a bank account's or a plate's, and what
stands before numbers but never a plate."""

from __future__ import annotations

from typing import Final

from mailgate.scan.thingcues import CAR_BRANDS

# Words that make a number a personnummer even when its checksum fails.
ID_CUES: Final = frozenset({
    "pnr", "p-nr", "personnum", "personnr", "pers.nr", "persnr", "pers.nummer",
    "samordningsn", "samordningsnr", "födelsenummer", "id-nummer", "id-nr", "idnr",
    # the dotted abbreviation (`Id.nr`, `Id.nummer`) and an identity card's own name of the
    # number it prints (`Legitimationsnr`), read as labels of another number otherwise
    "id.nr", "id.nummer", "legitimationsnr", "legitimationsnummer",
    "ssn", "identity",  # `person` and `personal`: whole words only (recognizers/idcued.py)
    # shortened and misspelt forms, read as labels of another number otherwise
    "samnr", "sam.nr", "samordnr", "persnum", "pesonnummer", "pesonnr",
    # a letter dropped, doubled or swapped: prsnr, personummer, personnnummer, presonnummer
    "prsnr", "prs.nr", "personum", "personnn", "presonn", "födelsenr",
    # other names of the number: identitetsnummer, socialförsäkringsnummer
    "identitet", "socialsäkerhet", "socialförsäkringsn",
    # a German writer's name of it (`schwedische Personennummer`), no label of another number
    "personennum", "personennr",
    # a Swedish driving licence prints its holder's personnummer: `körkort 740602…`,
    # `Körkortsnummer: …` names no number of its own
    "körkort",
    # the neighbours' names of theirs (recognizers/nordic.py), no label of another number:
    # `Fødselsnr.: …`, `cpr.nr. …`, the Finland-Swedish `personbeteckning`
    "fødselsnummer", "fødselsnr", "fodselsnummer", "fodselsnr", "cpr", "cprnr", "cpr.nr",
    "cprnummer", "personbeteckning", "henkilötunnus", "hetu", "pesel",
})

# The neighbours' business registers (Polish REGON, NIP, KRS; Finnish Y-tunnus; Danish CVR;
# German Steuernummer): a firm's number, no person's and no phone (`REGON 012100784`).
FIRM_REGISTERS: Final = frozenset({
    "regon", "nip", "krs", "y-tunnus", "ytunnus", "cvr", "cvr-nr", "cvrnr", "cvr-nummer",
    "steuernummer", "steuer-nr", "ust-idnr",
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
}) | FIRM_REGISTERS

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
    # a key tag's or an access card's number, as a door system's log prints them (`tagg
    # 0049118823`): the tag's, not a phone from Germany
    "tagg", "taggnr", "taggnummer", "tagg-id", "taggid", "bricka", "brickan", "bricknr",
    "nyckelbricka", "nyckelbrickan", "passerbricka", "passerkort", "passerkortet",
}) | FIRM_REGISTERS

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

BANK_CUES: Final = frozenset({
    "konto", "kontonr", "kontonummer", "bankkonto", "clearing", "clearingnr", "clnr", "bank",
    "swish", "swisha", "swishade", "swishat", "swishnummer", "bankgiro", "bg", "plusgiro",
    "pg", "account", "acct", "sort", "banken",
})

# A car's make right before a plate cues it (`min Toyota Hilux FH 66564`, `Opel Astra EL
# 12345`), and makes a number right after it a model's (`Fiat 500`, `Volvo 240 GLT`): the
# makes of thingcues, but those that are words or name other things as often (`Seat`,
# `Mini`, `Land`, `Smart`; `Ford` and `Porsche` glasses too: `Tom Ford FT5401`; `Lincoln`
# a name), the motorcycles' and the makes rare here (not yet tried as cues on any corpus).
MAKES: Final = CAR_BRANDS - {
    "ford", "porsche", "seat", "mini", "land", "range", "alfa", "smart", "jaguar", "lincoln",
    "yamaha", "kawasaki", "ducati", "harley-davidson", "vespa", "piaggio", "byd", "maxus",
    "gmc", "infiniti", "ssangyong", "buick", "dodge", "chrysler", "cadillac", "lancia",
    "maserati", "ferrari", "lamborghini", "bentley"}
PLATE_CUES: Final = frozenset({
    "regnr", "reg.nr", "reg", "registreringsnummer", "registreringsnr", "bil", "bilen",
    "fordon", "fordonet", "plåt", "skylt", "skylten", "nummerplåt", "registration", "plate",
    "car", "vehicle", "mc", "moped", "mopeden", "lastbil", "skåpbil", "golf", "passat", "taxi",
    "suv",
    # Foreign registrations: norsk bil AB 12345, polskregistrerad, ett tyskt fordon.
    "norsk", "norska", "norskt", "dansk", "danska", "danskt", "finsk", "finska", "finskt",
    "polsk", "polska", "polskt", "tysk", "tyska", "tyskt", "litauisk", "litauiska", "lettisk",
    "estnisk", "brittisk", "engelsk", "nederländsk", "holländsk", "utländsk", "utländska",
    "utländskt", "registrerad", "registrerade", "skyltar", "skyltarna", "lastbilen", "släp",
    "släpvagn", "husbil", "van", "truck", "lorry", "plates", "registered", "skilt", "skiltet",
    "nummerplate", "kennzeichen", "kennz", "rekisterinumero", "rejestracja", "bilnummer",
    "regnummer", "nummerplade", "nummerskilt",
    # Åland's own plates (ÅL 12345): `åländsk bil`, `Ålandsbilen`, `en Åland-bil`
    "åländsk", "åländska", "åländskt", "ålandsbil", "ålandsbilen", "åland-bil", "åland-bilen",
    # Further registrations (`italiensk bil AB 123 CD`, `fransk bil AB-123-CD`) and the
    # plate's word in their languages (`tablica rejestracyjna`, `kenteken`, `matrícula`).
    "spansk", "fransk", "italiensk", "belgisk", "tjeckisk", "slovakisk", "ukrainsk", "rumänsk",
    "bulgarisk", "ungersk", "österrikisk", "schweizisk", "schweiziska",
    "schweiziskt", "irländsk", "rysk", "vitrysk",
    "rejestracyjna", "rejestracyjny", "kenteken", "matrícula", "matricula", "immatriculation",
    "targa", "rekkari",
    # An embassy's plates (`Diplomatbil BT 482 C`) and campers (`Dutch camper VX-482-B`; not
    # English nationalities alone: `Norwegian DY 4321` is a flight).
    "diplomatbil", "diplomatbilen", "diplomatskylt", "diplomatskylten", "diplomatfordon",
    "diplomatfordonet", "camper", "campervan", "motorhome", "husbilen",
    "plated",  # `a Danish-plated AB 12 345`, `foreign-plated`
}) | MAKES | frozenset({
    # A vehicle as the neighbours and travellers abroad write it, whose letters stand in a
    # fine, a toll's invoice or a ferry's list (`kjøretøy DN 77213`, `køretøj CV 48 117`,
    # `Fahrzeug M-KR 4821`, `Samochód KR 7H213`, `Sõiduk 512 TKL`, `Véhicule … FR-482-TK`).
    # Long words match their inflections (`kjøretøyet`, `pojazdu`); not `auto`, whose prefix
    # opens Swedish words (`automatiskt`).
    "kjøretøy", "lastebil", "varebil", "bobil", "bobilen", "tilhenger", "drosje",
    "køretøj", "varevogn", "autocamper", "indregistreret", "registrert",
    "ajoneuvo", "ajoneuvon", "henkilöauto", "pakettiauto", "kuorma-auto", "matkailuauto",
    "rekka", "rekisteri",
    "fahrzeug", "pkw", "lkw", "kfz", "wohnmobil", "wohnwagen", "anhänger", "zugelassen",
    "samochód", "samochodu", "samochodem", "pojazd", "ciężarówka", "ciężarówki",
    "automobilis", "automobilio", "automašīna", "numurzīme", "sõiduk", "numbrimärk",
    "voertuig", "vrachtwagen", "véhicule", "voiture", "immatriculé", "immatriculée",
    "vehículo", "coche", "veicolo", "autovettura", "lorry", "hgv", "minibus", "motorbike",
    "motorcycle", "caravan", "trailer",
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
    # a driver's verb and other vehicles' words: `säljaren kör tds 558`, `Vagnen: abc 123`
    "kör", "körde", "kört", "köra", "drives", "drove", "vagn", "vagnen", "bus", "coach", "cab",
    "toyota", "kia", "tesla", "ford", "skoda", "škoda", "opel", "nissan", "hyundai", "peugeot",
    "renault", "citroën", "citroen", "polestar", "scania", "volkswagen", "fiat", "mazda",
    "honda", "lexus", "porsche", "cupra", "dacia", "subaru", "suzuki", "mitsubishi", "iveco",
    # a parking guard's and an owner's words: `P-vakten: rth 42p`, `Bilägaren till gke 610`,
    # `Kontrollavgift kuh 496`, `Felparkerad sud 68j`, `nr-plåt tjo 875`
    "p-vakt", "p-vakten", "p-bot", "p-boten", "kontrollavgift", "felparker", "bilägare",
    "nr-plåt", "nr-plåten",
    # vans, jeeps and models named for the car: `en vit skåpis dmu 64b`, `Corollan gao 542`
    "skåpis", "skåpisen", "jeep", "limousin", "limo", "bmw:n", "transporter", "caddy",
    "caddyn", "corolla", "yaris", "octavia", "xc40", "xc60", "xc70", "xc90", "v70", "v60",
    "v90", "s60", "s80", "s90",
    # vans by their model: `den vita sprintern mrz 82g`, `Craftern kdm 749`
    "sprinter", "sprintern", "crafter", "craftern", "vito", "viton", "ducato", "ducaton",
    "kangoo", "kangoon", "berlingo", "berlingon", "hiace", "hiacen",
    # a vehicle's inspection: `Besiktningen underkände umj 8O2`
    "besiktning", "besiktningen", "besiktad", "besiktas", "besiktningsprotokoll",
    # the vehicle register's states and a camera's read of the plate: `Körförbud: abc 12a`,
    # `Avställd: krt 491`, `Ägarbyte krt 491`, `ANPR-träff: abc 123`, `VRN abc 123`
    "körförbud", "avställd", "avställt", "påställd", "påställt", "ägarbyte", "anpr", "vrn",
    "fordonsregistret", "vägtrafikregistret",
})

# What a plate-shaped code names when its word stands right before it: a flight (`flight SAS
# 128`, `flyg SK 1417`), a pill's imprint (`märkt ABC 123`, `stamped RTX 200`) or a form
# (`blankett SKV 4820`, `form HRB 110`). A vehicle's word near it still makes it a plate.
CODE_CARRIERS: Final = frozenset({
    "flight", "flights", "flyg", "flyget", "flygning", "flygningen", "flightnummer",
    "flygnummer", "märkt", "märkta", "märkning", "märkningen", "präglad", "präglade",
    "präglat", "prägling", "präglingen", "imprint", "imprinted", "stamped", "stämplad",
    "stämplade", "blankett", "blanketten", "formulär", "formuläret", "form",
})

# Currency codes in capitals: `SEK 895`, `EUR 120` are amounts whatever vehicle a text
# mentions, and `Berg A.  SEK 18 400` ends the name before its amount.
CURRENCIES: Final = frozenset({"SEK", "EUR", "USD", "NOK", "DKK", "GBP", "CHF", "PLN", "ISK",
                               "CZK", "HUF", "RON", "TRY", "THB", "AUD", "CAD", "JPY", "CNY"})

# Makes whose model names look like plates right after them: Mercedes GLC 300.
CAR_MAKES: Final = frozenset({"mercedes", "mercedes-benz", "benz", "merca", "mercan"})

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
    "TKR", "MKR",  # thousands and millions of kronor: `bilen kostade oss tkr 150`
    # with a letter no Swedish plate has, before a number as a Finnish plate's are
    "VAT", "MVA", "SVT", "VIP", "VVS", "IVF",
})


# An engine's or a trim's letters beside a model's number: `Sprinter 316 CDI`, `Passat TDI
# 150`, `Volvo 940 GLE`: no plate's, whichever side the number stands.
TRIMS: Final = frozenset({"CDI", "TDI", "TSI", "GTI", "GTD", "HDI", "DCI", "CRD", "FSI", "TCE",
                          "GLT", "GLS", "GLE", "CVT", "AWD", "RWD", "FWD", "DSG", "TCI", "MPI",
                          "GDI", "VTI", "SRI", "GSI", "XLE", "CDT", "SDI", "JTD", "TFS"})


# What a number after a street's or a place's name counts instead of a house: `Tallbacken 3
# dagar`, `Via Swish 500 kr`, `Hotell Ibis 4 nätter`; a month makes it a day (`Fjärde
# Långgatan 8–10 december`), in lower case: `Storgatan 12 Marianne Berg` is hers.
COUNTED: Final = (r"(?:%|mg|kr|km|st\b|år\b|min(?:uter)?\b|dagar|dygn|nätter|natt|veckor|vecka"
                  r"|månader|mån\b|timmar|gånger|ggr\b|personer|pers\b|euro|€|(?:januari"
                  r"|februari|mars|april|maj|juni|juli|augusti|september|oktober|november"
                  r"|december|jan|feb|apr|jun|jul|aug|sept?|okt|nov|dec)\b)")

