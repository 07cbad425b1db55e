"""Names, addresses and hard negatives for the sixth corpus's templates.

`Names(rng, split)` serves the «kind args» tokens that are not numbers:

    «name ORIGIN [reg|caps|lower|init]»   a full name of that origin, in that style
    «first ORIGIN» «last ORIGIN»          a given name or a family name alone
    «first Some Name» «last Some Name»    a part of a name drawn before (`«first «#a»»`)
    «neg POOL»                            a hard negative from NEGATIVES[POOL]
    «address [co NAME]»                   a made-up street address with postcode and town

Each pool is split between the halves: even entries serve dev, odd entries holdout, so a
template of one half never draws the other half's names. Every name here is invented from
common given names and family names; no entry is a real person.
"""

from __future__ import annotations

import random

# origin -> (given names, family names); family-name-first origins are listed in FAMILY_FIRST
ORIGINS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "sv": (("Linnea", "Östen", "Maj-Britt", "Ture", "Solveig", "Kenneth", "Ingela", "Roger"),
           ("Sjöberg", "Holmqvist", "Lundin", "Wikström", "Strand", "Hedlund", "Nyberg", "Ek")),
    "fi": (("Tuomas", "Riikka", "Jarmo", "Sirpa", "Veli-Pekka", "Anneli", "Kalle", "Marjatta"),
           ("Hämäläinen", "Laaksonen", "Kettunen", "Ojala", "Miettinen", "Heinonen", "Salminen",
            "Rautio")),
    "pl": (("Grzegorz", "Agnieszka", "Wojciech", "Małgorzata", "Tomasz", "Katarzyna", "Paweł",
            "Joanna"),
           ("Wiśniewski", "Kowalczyk", "Zieliński", "Wójcik", "Lewandowski", "Kamińska",
            "Dąbrowski", "Mazur")),
    "bcs": (("Emir", "Jasmina", "Dragan", "Mirela", "Nenad", "Lejla", "Zoran", "Amra"),
            ("Hodžić", "Petrović", "Kovačević", "Mehmedović", "Jovanović", "Babić", "Delić",
             "Marković")),
    "ar": (("Yousef", "Rasha", "Mahmoud", "Nour", "Khaled", "Hiba", "Samir", "Dalia"),
           ("al-Hashimi", "Haddad", "bin Saleh", "Khoury", "el-Masri", "Nasser", "Abboud",
            "ibn Rashid")),
    "fa": (("Dariush", "Shirin", "Kourosh", "Parisa", "Babak", "Golnaz", "Arash", "Mahsa"),
           ("Rostami", "Karimi", "Ahmadzadeh", "Jafari", "Moradi", "Tehrani", "Sadeghi",
            "Rahimi")),
    "ku": (("Dilan", "Baran", "Rojda", "Azad", "Berfin", "Serhed", "Nazdar", "Kawa"),
           ("Zana", "Barzani", "Amedi", "Xalid", "Botani", "Hawrami", "Sindi", "Mirani")),
    "so": (("Abdirahman", "Hodan", "Mahad", "Sahra", "Liban", "Fadumo", "Guled", "Ifrah"),
           ("Warsame Ali", "Farah Jama", "Hirsi Nur", "Aden Yusuf", "Mohamud Isse",
            "Dualeh Omar", "Samatar Abdi", "Jibril Hassan")),
    "ti": (("Yonas", "Senait", "Tesfay", "Helen", "Berhane", "Saba", "Dawit", "Mebrat"),
           ("Tesfamariam", "Gebremedhin", "Haile", "Kidane", "Woldu", "Ghebreyesus", "Asmerom",
            "Tekle")),
    "vi": (("Văn Minh", "Thị Lan", "Đức Anh", "Thị Hương", "Quang Huy", "Thu Trang",
            "Minh Tuấn", "Ngọc Mai"),
           ("Nguyễn", "Trần", "Phạm", "Lê", "Hoàng", "Vũ", "Đặng", "Bùi")),
    "tr": (("Emre", "Ayşe", "Burak", "Gülşen", "Serkan", "Elif", "Oğuz", "Zeynep"),
           ("Yılmaz", "Demir", "Şahin", "Çelik", "Aydın", "Öztürk", "Kılıç", "Doğan")),
    "cl": (("Rodrigo", "Valentina", "Cristián", "Francisca", "Matías", "Camila", "Ignacio",
            "Javiera"),
           ("Contreras Soto", "Muñoz Rojas", "Fuentes Vidal", "Araya Pizarro", "Sepúlveda Díaz",
            "Tapia Reyes", "Orellana Vega", "Cárdenas Flores")),
    "ro": (("Ionuț", "Andreea", "Florin", "Mihaela", "Sorin", "Roxana", "Cătălin", "Ioana"),
           ("Popescu", "Dumitrescu", "Stănescu", "Constantin", "Munteanu", "Ionescu", "Lupu",
            "Stoica")),
    "ua": (("Oleksandr", "Iryna", "Dmytro", "Olena", "Serhiy", "Natalia", "Bohdan", "Oksana"),
           ("Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Melnyk", "Kravchuk",
            "Savchenko", "Lysenko")),
    "th": (("Somchai", "Malee", "Anan", "Siriporn", "Kittisak", "Nok", "Prasert", "Wanida"),
           ("Srisuk", "Chaiyaporn", "Boonmee", "Thongchai", "Kaewkla", "Rattanakorn",
            "Sukprasert", "Wongsawat")),
    "ng": (("Chinedu", "Ngozi", "Oluwaseun", "Funmilayo", "Emeka", "Adaeze", "Tunde", "Blessing"),
           ("Okonkwo", "Adeyemi", "Eze", "Balogun", "Nwosu", "Olawale", "Obi", "Adebayo")),
    "af": (("Mirwais", "Zarghona", "Habibullah", "Freshta", "Shafiq", "Mursal", "Naveed", "Wazhma"),
           ("Sultani", "Popal", "Hotak", "Amiri", "Wardak", "Noorzai", "Stanikzai", "Safi")),
}
FAMILY_FIRST = {"vi"}

NEGATIVES: dict[str, tuple[str, ...]] = {
    "benzo": ("Sobril", "Stesolid", "Xanor", "Alprazolam", "Klonopin", "Rivotril", "Imovane",
              "Zolpidem", "Heminevrin", "Atarax"),
    "opioid": ("Oxycontin", "Tradolan", "Subutex", "Suboxone", "Metadon", "Fentanyl", "Dolcontin",
               "Buvidal", "Citodon", "Palexia"),
    "street": ("Kristall", "Snö", "Gräs", "Jenka", "Tjack", "Blå", "Spice", "Bomb", "Zombie",
               "Brown"),
    "stamp": ("Tesla", "Punisher", "Rolex", "Blue Dolphin", "Red Bull", "Pink Panther", "Ferrari",
              "Superman", "Batman", "Bugatti"),
    "org": ("Kriminalvården", "Migrationsverket", "Socialtjänsten", "Kronofogden",
            "Försäkringskassan", "Stadsmissionen", "Röda Korset", "Frälsningsarmén",
            "RFHL", "Attendo"),
    "place": ("Kumla", "Hinseberg", "Märsta", "Gnesta", "Flemingsberg", "Rosengård", "Gottsunda",
              "Hammarkullen", "Skäggetorp", "Navestad"),
    "event": ("Sweden Rock", "Almedalen", "Vasaloppet", "Midsommar", "Melodifestivalen",
              "Pride", "Göteborgsvarvet", "Lucia", "Way Out West", "Dreamhack"),
}
DRUG_POOLS = ("benzo", "opioid", "street", "stamp")

STREETS = ("Bryggargatan", "Kvarngränd", "Tallstigen", "Verkstadsvägen", "Lingonbacken",
           "Fältspatsgatan", "Hamnmagasinsvägen", "Smörblomsgatan", "Rönnbärsvägen", "Ugglegränd")
TOWNS = (("171 48", "Solna"), ("582 73", "Linköping"), ("703 62", "Örebro"), ("214 45", "Malmö"),
         ("415 21", "Göteborg"), ("752 28", "Uppsala"), ("903 37", "Umeå"), ("802 64", "Gävle"))


def half(pool: tuple[str, ...], split: str) -> tuple[str, ...]:
    return pool[0::2] if split == "dev" else pool[1::2]


class Names:
    KINDS = ("name", "first", "last")

    def __init__(self, rng: random.Random, split: str) -> None:
        self.rng, self.split = rng, split

    def _given(self, origin: str) -> str:
        return self.rng.choice(half(ORIGINS[origin][0], self.split))

    def _family(self, origin: str) -> str:
        return self.rng.choice(half(ORIGINS[origin][1], self.split))

    def name(self, kind: str, args: list[str]) -> str:
        origin = args[0] if args and args[0] in ORIGINS else None
        if origin is None:  # a part of a name drawn before: «first Tuomas Ojala»
            return args[0] if kind == "first" else args[-1]
        if kind == "first":
            return self._given(origin)
        if kind == "last":
            return self._family(origin)
        given, family = self._given(origin), self._family(origin)
        style = args[1] if len(args) > 1 else "full"
        if style == "reg":
            return f"{family.upper()}, {given}"
        if style == "caps":
            return f"{given} {family}".upper()
        if style == "lower":
            return f"{given} {family}".lower()
        if style == "init":
            return f"{given[0]}. {family}"
        return f"{family} {given}" if origin in FAMILY_FIRST else f"{given} {family}"

    def negative(self, args: list[str]) -> str:
        return self.rng.choice(half(NEGATIVES[args[0]], self.split))

    def address(self, args: list[str]) -> str:
        street = self.rng.choice(half(STREETS, self.split))
        postcode, town = self.rng.choice(TOWNS)
        flat = f", lgh {self.rng.randint(10, 16)}{self.rng.randint(1, 9):02d}" \
            if "lgh" in args else ""
        return f"{street} {self.rng.randint(2, 48)}{flat}, {postcode} {town}"
