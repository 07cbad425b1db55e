"""Surname shapes that are names whatever list they are missing from, as tables: the endings
(`-sson`, `-ović`, `-zadeh`) and the Tigrinya heads (`Gebre-`), and `surname_shaped`, which
answers `SURNAME_SHAPE.search(folded) is not None` by `str.endswith` on the endings sharing
the word's last two letters (endings.py) and `str.startswith`: the pattern was tried at
every position of every new long word (a hundredth of a first scan)."""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan.endings import Endings

# Swedish compounds (-sson, -berg, -qvist, -én), Finnish (-nen, -la), Slavic (-ić, -ski),
# Russian (-ov, -eva), Turkish (-oğlu), Armenian (-ian), Persian (-zadeh, -pour, -nejad),
# Kurdish (-î: Amedî), German and Jewish (-stein, -thal, -sohn: Katzenstein, Lilienthal,
# Abramsohn). Only for capitalised words of six letters or more (names.py).
SURNAME_ENDINGS: Final = (
    "sson", "dotter", "berg", "bergh", "borg", "ström", "qvist", "kvist", "quist", "gren",
    "grén", "lund", "lind", "dahl", "holm", "strand", "blad", "bäck", "stedt", "sjö", "ander",
    "vall", "fors", "hammar", "nér", "ius", "skog", "löf", "löv", "wall", "krantz", "feldt",
    "inen", "ainen", "ović", "ovic", "ević", "evic", "ić", "ski", "cki", "wicz", "czyk", "enko",
    "chuk", "vili", "idze", "oğlu", "oglu", "yan", "zadeh", "zade", "pour", "nejad", "nezhad",
    "î", "ov", "ova", "ev", "eva", "jev", "jeva", "én", "stein", "thal", "sohn",
    # Slavic feminine forms and patronymics (Ostrowska, Zielińska, Wysocka, Sokolovskaja,
    # Petrovna), and ström typed without its ring (Nasstrom); not -lska, -nska: Polska,
    # Finska, Svenska
    "wska", "ńska", "dzka", "ecka", "ocka", "skaja", "ckaja", "ovna", "evna", "strom",
    # Swedish soldiers' and noble names (Nordenskjöld, Silfverhjelm, Adlercreutz, Gyllenstierna)
    "sköld", "skjöld", "hjelm", "hielm", "stierna", "stjerna", "creutz", "kreutz", "crona",
    "svärd", "swärd", "flycht",
    # Romanian -escu and -eanu, Lithuanian wives' and daughters' forms and -auskas,
    # -evičius, Latvian -iņš, -iņa, Polish -czak, -siak, -niak, Persian -abadi, -khani,
    # -parast, -bakhsh, Turkish -kaya, and Tigrinya and Amharic names ending in a saint's or
    # God's name (Zeremariam, Okbamichael, Woldeselassie). Not Finnish landscape compounds
    # (-niemi, -mäki, -lahti): as many places end so (Hakaniemi, Kannelmäki, Kivenlahti).
    "escu", "eanu", "ienė", "aitė", "ytė", "iūtė", "auskas", "evičius", "avičius", "iņš", "iņa",
    "czak", "siak", "niak", "abadi", "khani", "parast", "bakhsh", "kaya", "mariam", "michael",
    "selassie", "haimanot", "giorgis", "medhin", "yesus",
    # Patronymics typed with one s (Karlson, Nillson, Bengtson, Henrikson, Gustafson,
    # Svenson) and Icelandic daughters' names (Jonsdottir); not -dson, -mson, -rson, -onson:
    # godson, crimson, Person, sonson
    "lson", "tson", "kson", "fson", "anson", "enson", "inson", "dottir", "dóttir",
    # Swedish compounds of -blom, -bom, -roth (Nordblom, Lindbom, Wallroth), not -stam
    # (virusstam, folkstam) nor -mark (Danmark)
    "blom", "bom", "roth",
    # Pashtun tribes' names and Afghan names built on -ullah (Achakzai, Popalzai, Rahmatullah;
    # not the title Mullah)
    "zai", "tullah", "dullah", "bullah", "hullah", "rullah", "sullah", "lullah", "iullah",
    # Lithuanian names typed without their marks (Jankauskaite, Petrauskiene, Urboniene,
    # Jonaitis, Balciunas; not -tiene, -viene: Spanish contiene, conviene), Ukrainian -iuk,
    # -tjuk as English and Swedish spell it (Martyniuk, Kovaltjuk; not -juk: svartsjuk),
    # Belarusian -vich, -enka, -ouski (Lukashevich, Navumenka), Georgian -dze after any
    # vowel (Kapanadze, Lomidze), Macedonian -ovska (Trajkovska) and Swedish -ér (Blomér)
    "aite", "kiene", "niene", "aitis", "iunas", "iuk", "tjuk", "vich", "enka", "ouski", "dze",
    "ovska", "ér",
    # Sinhala compounds (Wickramasinghe, Karunaratne, Jayawardena, Gunasekara, Dissanayake,
    # Jayasuriya, Hettiarachchi) and Tamil ones (Sivalingam, Ramanathan, Kanagaratnam,
    # Sathiyamoorthy, Velupillai, Sritharan, Sivathasan); not -sekera (dissekera) nor -rajah
    # (maharajah)
    "singhe", "ratne", "wardena", "wardene", "sekara", "nayake", "nayaka", "suriya", "sooriya",
    "arachchi", "aratchi", "lingam", "nathan", "ratnam", "moorthy", "pillai", "tharan", "thasan",
)
# Tigrinya names built on Gebre-, Habte-, Tesfa-, Wolde-, Haile- (Gebremariam, Habtemichael):
# the head and three word characters or more.
SURNAME_HEADS: Final = ("gebre", "ghebre", "habte", "tesfa", "wolde", "welde", "haile", "tekle",
                        "berhane", "kidane", "mehari")
SURNAME_SHAPE: Final = re.compile(
    f"(?:{'|'.join(SURNAME_ENDINGS)})$|^(?:{'|'.join(SURNAME_HEADS)})\\w{{3,}}")

_ENDING: Final = Endings(SURNAME_ENDINGS)
_THREE_WORD_CHARACTERS: Final = re.compile(r"\w{3}")


def surname_shaped(folded: str) -> bool:
    """`SURNAME_SHAPE.search(folded) is not None` (tests/scan/test_surname_shape.py)."""
    if _ENDING.of(folded) or (folded.endswith("\n") and _ENDING.of(folded[:-1])):
        return True  # `$` also stands before a last line break
    return folded.startswith(SURNAME_HEADS) and any(
        _THREE_WORD_CHARACTERS.match(folded, len(head)) is not None
        for head in SURNAME_HEADS if folded.startswith(head))
