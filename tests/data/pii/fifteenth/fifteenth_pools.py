"""Names and hard negatives for the fifteenth corpus's templates.

`Names(rng, split)` serves «first ORIGIN», «last ORIGIN», «name ORIGIN», «reg ORIGIN»
(register style, `EFTERNAMN, Förnamn`), «street», «address» and «neg POOL» tokens. A last
argument `lower`, `upper` or `ocr` gives the name as dictation (lower case), a telex (capitals)
or a scanner (`rn` for `m`, `1` for `l`, `0` for `o`, one misread a name) writes it. Every pool
is halved: even entries for dev, odd entries for holdout, so the two splits' templates draw
different names and negatives.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

FIRST = {
    "se": ("Ingemar", "Lovisa", "Roger", "Majvor", "Stellan", "Cecilia", "Folke", "Ronja",
           "Harald", "Agnes", "Ulf", "Klara", "Evert", "Mirja", "Sune", "Hillevi"),
    "pl": ("Grzegorz", "Małgorzata", "Dariusz", "Agnieszka", "Mirosław", "Beata", "Łukasz",
           "Justyna"),
    "ua": ("Oleksandr", "Nataliia", "Andrii", "Yuliia", "Bohdan", "Iryna", "Taras", "Oksana"),
    "sy": ("Khaled", "Rasha", "Bassel", "Lama", "Firas", "Dima", "Yazan", "Hala"),
    "ir": ("Babak", "Shirin", "Kaveh", "Mahsa", "Arash", "Parisa", "Dariush", "Nasrin"),
    "ee": ("Margus", "Kadri", "Tõnu", "Piret", "Rein", "Triinu", "Priit", "Külli"),
    "gr": ("Dimitrios", "Eleni", "Konstantinos", "Vasiliki", "Georgios", "Sofia", "Nikos",
           "Katerina"),
    "ba": ("Edin", "Amra", "Haris", "Selma", "Mirza", "Lejla", "Adnan", "Belma"),
}
LAST = {
    "se": ("Wikström", "Lundell", "Holmgren", "Rask", "Fagerlund", "Mellin", "Grahn", "Sundin",
           "Lilja", "Forsell", "Björkman", "Hedström", "Malmgren", "Torell", "Ekholm", "Nordin"),
    "pl": ("Wróblewski", "Kaczmarek", "Zieliński", "Pawlak", "Michalski", "Sikora", "Jabłoński",
           "Górecki"),
    "ua": ("Shevchuk", "Kovalenko", "Bondarenko", "Tkachuk", "Melnyk", "Kravets", "Oliinyk",
           "Savchenko"),
    "sy": ("Al-Homsi", "Haddad", "Al-Khatib", "Nassar", "Kabbani", "Al-Halabi", "Mansour",
           "Darwish"),
    "ir": ("Rahimi", "Moradi", "Tehrani", "Jafari", "Karimzadeh", "Ahmadi", "Sadeghi",
           "Ebrahimi"),
    "ee": ("Tamm", "Saar", "Kask", "Mägi", "Rebane", "Ilves", "Põder", "Lepik"),
    "gr": ("Papadopoulos", "Georgiou", "Nikolaidis", "Pappas", "Karagiannis", "Vlachou",
           "Oikonomou", "Dimitriou"),
    "ba": ("Hodžić", "Begović", "Mujić", "Salihović", "Delić", "Omerović", "Kovačević",
           "Husić"),
}
STREETS = ("Kvarngatan", "Sågverksvägen", "Tullhusgatan", "Ringvägen", "Fyrvaktarvägen",
           "Smedjegatan", "Bryggerigatan", "Gjutarvägen", "Ekbacksvägen", "Lokstallsgatan")
TOWNS = (("722 15", "Västerås"), ("802 63", "Gävle"), ("851 70", "Sundsvall"),
         ("461 32", "Trollhättan"), ("632 20", "Eskilstuna"), ("954 33", "Gammelstad"),
         ("386 94", "Färjestaden"), ("574 40", "Vetlanda"), ("681 30", "Kristinehamn"),
         ("891 33", "Örnsköldsvik"))
NEGATIVES: dict[str, Sequence[str]] = {
    "nps": ("3-MMC", "2-FDCK", "ADB-BUTINACA", "N-etylpentedron", "4F-MPH", "Clonazolam",
            "Bromazolam", "Isotonitazen", "Protonitazen", "MDMB-4en-PINACA", "3-CMC",
            "Flubromazepam"),
    "brand": ("Xanor", "Oxycodone Depot", "Lyrica", "Tramadol Actavis", "Stesolid", "Imovane",
              "Concerta", "Elvanse", "Theralen", "Sobril", "Zopiklon Mylan", "Propavan"),
    "street": ("Tjack", "Spice", "Benso", "Gröna", "Keta", "Mandy", "Vita tanten", "Eld",
               "Zombie", "Flakka", "Tina", "Kristall"),
    "stamp": ("Tesla", "Punisher", "Blue Dolphin", "Philipp Plein", "Rolex", "Pink Panther",
              "Heineken", "Batman", "Red Bull", "Donald Duck", "Mitsubishi", "Snapchat"),
    "ocrdrug": ("0xycodone", "Xan0r", "Tramad0l", "rnetadon", "Lyrlca", "Stesolld",
                "Bupren0rfin", "Subut3x", "lmovane", "Morfln", "Fentanvl", "Oxyc0ntin"),
    "place": ("Sågverksgatan", "Norra hamnen", "Resecentrum", "Stationsparken", "Kvarnholmen",
              "Gamla tullen", "Ica Maxi Erikslund", "Brukskontoret", "Kanalbron", "Väster",
              "Lokstallet", "Folkets park"),
    "org": ("Polisen region Bergslagen", "Tullverket", "Länsstyrelsen", "IVO",
            "Giftinformationscentralen", "Socialjouren", "Beroendemottagningen", "Maria Ungdom",
            "Kriminalvården", "Arbetsmiljöverket", "Räddningstjänsten", "Smittskydd"),
    "software": ("Siri", "Alexa", "Otto", "Cortana", "Jenkins", "Dragon", "Whisper", "Ada",
                 "Tess", "Linnea", "Hugo", "Abbyy FineReader"),
    "service": ("112", "1177", "114 14", "010-456 67 00", "020-91 91 91", "116 111"),
    "month": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
              "september", "oktober", "november", "december"),
    "weekday": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
                "midsommarafton"),
}
DRUG_POOLS = ("nps", "brand", "street", "stamp", "ocrdrug")
OCR_SWAPS = (("m", "rn"), ("l", "1"), ("o", "0"), ("i", "l"), ("e", "c"), ("å", "a"),
             ("ö", "o"), ("h", "li"))


def half(pool: Sequence[str], split: str) -> Sequence[str]:
    return pool[0::2] if split == "dev" else pool[1::2]


class Names:
    KINDS = ("first", "last", "name", "reg", "street")

    def __init__(self, rng: random.Random, split: str) -> None:
        self.rng, self.split = rng, split

    def pick(self, pool: Sequence[str]) -> str:
        return self.rng.choice(half(pool, self.split))

    def name(self, kind: str, args: list[str]) -> str:
        origin = args[0] if args else "se"
        if kind == "street":
            return self.pick(STREETS)
        first, last = self.pick(FIRST[origin]), self.pick(LAST[origin])
        text = {"first": first, "last": last, "name": f"{first} {last}",
                "reg": f"{last.upper()}, {first}"}[kind]
        return self.styled(text, args[1:])

    def styled(self, text: str, how: list[str]) -> str:
        if "lower" in how:
            return text.lower()
        if "upper" in how:
            return text.upper()
        if "ocr" in how:
            swaps = [s for s in OCR_SWAPS if s[0] in text]
            if swaps:
                old, new = self.rng.choice(swaps)
                at = text.index(old)
                return text[:at] + new + text[at + len(old):]
        return text

    def address(self, args: list[str]) -> str:
        postcode, town = self.pick(TOWNS)
        return f"{self.pick(STREETS)} {self.rng.randint(1, 48)}, {postcode} {town}"

    def negative(self, args: list[str]) -> str:
        return self.pick(NEGATIVES[args[0]])
