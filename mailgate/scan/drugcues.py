"""Cue words of drug talk: the words that make `Molly`, `Tina`, `Adam` drugs, not people, the
verbs of taking and buying, a medicine's words, a pill's and its stamp's."""

from __future__ import annotations

from typing import Final

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

# Past forms of taking, ordering and trading that open a diary's or a chat's sentence whose
# subject is left out (`Snortade Pablo på toaletten`, `Beställde Rose via Telegram`): there
# the verb is never a name's first part, and the name after it its object.
OPENING_TRADE_VERBS: Final = USE_VERBS | {
    "beställde", "beställt", "sålde", "sålt", "langade", "langat", "sniffade", "sniffat",
    "poppade", "ordered", "sold", "dealt", "popped", "sniffed", "scored",
}

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

# Words that describe a pill beside its print (`rosa Elsa`, `- Mario blå`); some are names
# too: `Rosa Krona` is a pink pill, where `Ebba Krona` and `Saga Tesla` are people.
PILL_LOOKS: Final = frozenset({
    "rosa", "blå", "gul", "gula", "grön", "gröna", "vit", "vita", "röd", "röda", "svart",
    "svarta", "lila", "brun", "grå", "klara", "ljus", "ljusa", "mörk", "stora", "små", "nya",
    "orange", "bruna", "blåa", "gråa", "turkos", "turkosa", "beige", "mörka",
})

# Words saying that what follows is printed on a pill: stämplade med Kalle Anka.
STAMP_WORDS: Final = frozenset({
    "stämplad", "stämplade", "stämplat", "stämpel", "stämpeln", "stämplar", "märkt", "märkta",
    "präglad", "präglade", "präglat", "logga", "loggan", "loggor", "texten", "motiv",
    "motivet", "stamped", "imprinted", "engraved", "logo", "stamp",
})

# Given names common here that are also street names, too common to list as drugs (every
# Emma would be one): joined to a drug's name they are one (`Tramadol och Emma`, `HHC and
# Jack`), where other names joined to a drug stay people (`tjack och Micke`).
STREET_GIVEN_NAMES: Final = frozenset({"emma", "jack", "henry", "kat"})

# Number words that count pills before a street name (`tre Tilde`, `fyra Jerry kvar`), and at
# a sentence's start are no given name before one (`Fem Rose i en påse`; not the article:
# `En Maria från Solna ringde` is someone, as a run or not at all).
COUNT_WORDS: Final = frozenset({
    "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv", "femton",
    "tjugo", "trettio", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "twelve", "twenty",
})

# Units a dose is written in (`Mozart 7,5 mg`, `Winnie 50 mg om dagen`, `Xanor 2 st`), by
# what each measures; the rules read the subsets below, built once from the table.
_MILLIGRAMS: Final = "milligrams"  # a medicine's or a pill's weight
_GRAMS: Final = "grams"  # a street quantity as well as a dose (`Frasse 3g`)
_VOLUME: Final = "volume"
_UNITS: Final = "units"  # international units
_COUNT: Final = "count"  # pills and tablets counted
DOSE_UNIT_TABLE: Final[dict[str, str]] = {
    "mg": _MILLIGRAMS, "µg": _MILLIGRAMS, "ug": _MILLIGRAMS, "mcg": _MILLIGRAMS,
    "mikrogram": _MILLIGRAMS,
    "g": _GRAMS,
    "ml": _VOLUME,
    "iu": _UNITS, "ie": _UNITS,
    "st": _COUNT, "tabl": _COUNT, "tbl": _COUNT, "tablett": _COUNT, "tabletter": _COUNT,
    "kapslar": _COUNT, "tablets": _COUNT, "tabs": _COUNT, "pills": _COUNT,
}


def _units(*kinds: str) -> frozenset[str]:
    return frozenset(unit for unit, kind in DOSE_UNIT_TABLE.items() if kind in kinds)


# Any dose after a drug's name (glossed.py: `Stesolid 10 mg`, `Xanor 2 st`).
DOSE_UNITS: Final = frozenset(DOSE_UNIT_TABLE)
# A medicine's measured dose, not grams or a count: `kör Mast 50 mg`, not `kör Emma 10 mil`
# (drugharms.py, drugsaid.py); as words and as the endings of a number (`400mg`).
MEDICINE_DOSE_UNITS: Final = _units(_MILLIGRAMS, _VOLUME, _UNITS)
MEDICINE_DOSE_ENDINGS: Final = tuple(sorted(MEDICINE_DOSE_UNITS))
# A pill's weight after its print: `Snoop Dogg på 170 mg` (stamped.py).
MILLIGRAMS: Final = _units(_MILLIGRAMS)
MILLIGRAM_ENDINGS: Final = tuple(sorted(MILLIGRAMS))

# What a person has and a drug never does, after a street name's genitive (`Vi tog Mollys
# bil`, `Tinas telefon`, `Charlie's flat`, `det var Ginas idé`); a drug has effects, a price,
# a purity and a name (`Mollys effekt`, `Tinas pris`), none of them here (drugnamed.py).
PERSONAL_BELONGINGS: Final = frozenset({
    "bil", "cykel", "telefon", "mobil", "lägenhet", "lägenheten", "rum", "jacka", "väska",
    "plånbok", "nycklar", "dator", "laddare", "hund", "katt", "idé", "tur", "födelsedag",
    "bröllop", "begravning", "adress", "nummer", "skrivbord", "säng", "kontor", "fest",
    "car", "bike", "phone", "flat", "apartment", "room", "jacket", "bag", "wallet", "keys",
    "laptop", "dog", "cat", "idea", "turn", "birthday", "wedding", "funeral", "address",
    "number", "desk", "bed", "office", "party",
})
