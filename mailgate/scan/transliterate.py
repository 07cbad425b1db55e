"""Cyrillic, Greek, Ethiopic, Armenian and Georgian words in Latin letters, as passports and
Swedish registers spell them, so that the name lists (in Latin letters) know `Оксана
Коваленко`, `Σοφία Βλάχου`, `ሉዋም ተስፋይ` (Luwam Tesfay), `Նարեկ` (Narek) and `გიორგი`
(Giorgi).

A letter has more than one Latin reading (Ukrainian `Г` is h, Russian g; `И` is y in
Ukrainian, i in Russian; Greek `υ` is y or i, `χ` ch or h): every reading is tried, a
handful per word. Case-folded words in, case-folded spellings out.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from typing import Final

# Each letter's readings, the usual one first (Ukrainian and Russian passport spellings).
_CYRILLIC: Final = {
    "а": ("a",), "б": ("b",), "в": ("v",), "г": ("h", "g"), "ґ": ("g",), "д": ("d",),
    "е": ("e",), "є": ("ye", "ie"), "ё": ("e", "yo"), "ж": ("zh",), "з": ("z",),
    "и": ("y", "i"), "і": ("i",), "ї": ("yi", "i"), "й": ("i", "y"), "к": ("k",), "л": ("l",),
    "м": ("m",), "н": ("n",), "о": ("o",), "п": ("p",), "р": ("r",), "с": ("s",), "т": ("t",),
    "у": ("u",), "ф": ("f",), "х": ("kh", "h"), "ц": ("ts",), "ч": ("ch",), "ш": ("sh",),
    "щ": ("shch", "sch"), "ъ": ("",), "ы": ("y",), "ь": ("",), "э": ("e",), "ю": ("yu", "iu"),
    "я": ("ya", "ia"), "'": ("",), "’": ("",),
}
_GREEK: Final = {
    "α": ("a",), "β": ("v",), "γ": ("g",), "δ": ("d",), "ε": ("e",), "ζ": ("z",),
    "η": ("i",), "θ": ("th",), "ι": ("i",), "κ": ("k",), "λ": ("l",), "μ": ("m",), "ν": ("n",),
    "ξ": ("x",), "ο": ("o",), "π": ("p",), "ρ": ("r",), "σ": ("s",), "ς": ("s",), "τ": ("t",),
    "υ": ("y", "i"), "φ": ("f",), "χ": ("ch", "h"), "ψ": ("ps",), "ω": ("o",),
}
_GREEK_PAIRS: Final = (("ου", "ou"), ("αι", "ai"), ("ει", "ei"), ("οι", "oi"), ("γγ", "ng"))
# At a word's start only: Μπάμπης is Bampis, Ντίνος Dinos; Αντωνίου stays Antoniou.
_GREEK_STARTS: Final = (("μπ", "b"), ("ντ", "d"), ("γκ", "g"))
# Armenian (the readings of Armenian passports) and Georgian (the national romanisation of
# 2002, which Georgian passports use): one letter, one sound, a second reading where English
# and Swedish texts spell it two ways (ե: e or ye, ո: o or vo, ღ: gh or g, ყ: q or k).
_ARMENIAN: Final = {
    "ա": ("a",), "բ": ("b",), "գ": ("g",), "դ": ("d",), "ե": ("e", "ye"), "զ": ("z",),
    "է": ("e",), "ը": ("y", "e"), "թ": ("t",), "ժ": ("zh",), "ի": ("i",), "լ": ("l",),
    "խ": ("kh",), "ծ": ("ts",), "կ": ("k",), "հ": ("h",), "ձ": ("dz",), "ղ": ("gh",),
    "ճ": ("ch",), "մ": ("m",), "յ": ("y",), "ն": ("n",), "շ": ("sh",), "ո": ("o", "vo"),
    "չ": ("ch",), "պ": ("p",), "ջ": ("j",), "ռ": ("r",), "ս": ("s",), "վ": ("v",),
    "տ": ("t",), "ր": ("r",), "ց": ("ts",), "ւ": ("v",), "փ": ("p",), "ք": ("k",),
    "օ": ("o",), "ֆ": ("f",), "և": ("ev",),
}
_GEORGIAN_READINGS: Final = {
    "ა": ("a",), "ბ": ("b",), "გ": ("g",), "დ": ("d",), "ე": ("e",), "ვ": ("v",),
    "ზ": ("z",), "თ": ("t",), "ი": ("i",), "კ": ("k",), "ლ": ("l",), "მ": ("m",),
    "ნ": ("n",), "ო": ("o",), "პ": ("p",), "ჟ": ("zh",), "რ": ("r",), "ს": ("s",),
    "ტ": ("t",), "უ": ("u",), "ფ": ("p",), "ქ": ("k",), "ღ": ("gh", "g"), "ყ": ("q", "k"),
    "შ": ("sh",), "ჩ": ("ch",), "ც": ("ts",), "ძ": ("dz",), "წ": ("ts",), "ჭ": ("ch",),
    "ხ": ("kh", "h"), "ჯ": ("j",), "ჰ": ("h",),
}
# ու is Armenian's u (Մարուքյան: Marukyan), as ου is Greek's.
_ARMENIAN_PAIRS: Final = (("ու", "u"),)
_MOST: Final = 8  # spellings tried per word: enough for every letter with two readings above
# The scripts' letters, as character ranges: Greek, Cyrillic, Ethiopic, Armenian, Georgian
# (Mkhedruli, and Mtavruli, its capitals of display), Arabic (with Persian's, Urdu's and
# Sorani's letters and the presentation forms).
_GREEK_CYRILLIC: Final = "\u0370-\u03ff\u0400-\u04ff"
_ETHIOPIC_LETTERS: Final = "\u1200-\u137f"
_ARMENIAN_LETTERS: Final = "\u0531-\u0587"
_GEORGIAN_LETTERS: Final = "\u10d0-\u10ff\u1c90-\u1cbf"
_ARABIC_LETTERS: Final = "\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff"
_SCRIPTS: Final = re.compile(
    f"[{_GREEK_CYRILLIC}{_ETHIOPIC_LETTERS}{_ARMENIAN_LETTERS}{_GEORGIAN_LETTERS}]")
# Ethiopic syllables come in rows of eight, one consonant a row, a vowel by the column:
# ä (written e), u, i, a, e, none, o, wa. The consonants of the rows Tigrinya and Amharic
# names use, by each row's first code point; their other readings after the first.
_ETHIOPIC_ROWS: Final = {
    0x1200: ("h",), 0x1208: ("l",), 0x1210: ("h",), 0x1218: ("m",), 0x1220: ("s",),
    0x1228: ("r",), 0x1230: ("s",), 0x1238: ("sh",), 0x1240: ("q", "k"), 0x1250: ("q", "k"),
    0x1260: ("b",), 0x1268: ("v",), 0x1270: ("t",), 0x1278: ("ch",), 0x1280: ("h",),
    0x1290: ("n",), 0x1298: ("ny", "n"), 0x12A0: ("",), 0x12A8: ("k",), 0x12B8: ("k", "kh", "h"),
    0x12C8: ("w",), 0x12D0: ("",), 0x12D8: ("z",), 0x12E0: ("zh",), 0x12E8: ("y", "i"),
    0x12F0: ("d",), 0x1300: ("j",), 0x1308: ("g",), 0x1320: ("t",), 0x1328: ("ch",),
    0x1330: ("p",), 0x1338: ("ts", "s"), 0x1340: ("ts", "s"), 0x1348: ("f",), 0x1350: ("p",),
}
_ETHIOPIC_VOWELS: Final = ("e", "u", "i", "a", "e", "", "o", "wa")


_CARRIERS: Final = (0x12A0, 0x12D0)  # አ, ዐ: a vowel alone, `a` in their first column


def _ethiopic(ch: str, last: bool) -> tuple[str, ...] | None:
    """The readings of one Ethiopic syllable (`last`: the word's last letter)."""
    code = ord(ch)
    if not 0x1200 <= code < 0x1358:
        return None
    base, column = code - code % 8, code % 8
    row = _ETHIOPIC_ROWS.get(base)
    if row is None:
        return ("",)
    if base in _CARRIERS and column == 0:
        return ("a", "e")  # አበበ: Abebe
    if column == 5:
        if row[0] in ("y", "i"):
            return ("y", "i")  # ይ: a vowel in Senait
        # the consonant alone: silent at the word's end, most often `i` inside (ትግስት: Tigist)
        return tuple(c for c in row) if last else tuple(
            r for c in row for r in (c + "i", c))
    return tuple(consonant + _ETHIOPIC_VOWELS[column] for consonant in row)


def foreign_script(word: str) -> bool:
    """The word has Cyrillic, Greek, Ethiopic, Armenian or Georgian letters."""
    return _SCRIPTS.search(word) is not None


def latin_spellings(folded: str) -> tuple[str, ...]:
    """The Latin spellings of a case-folded Cyrillic, Greek, Ethiopic, Armenian or Georgian
    word, the usual one first."""
    plain = "".join(c for c in unicodedata.normalize("NFD", folded)
                    if not unicodedata.combining(c) or c == "\u0306")  # й keeps its breve
    plain = unicodedata.normalize("NFC", plain)
    for greek, latin in _GREEK_STARTS:
        if plain.startswith(greek):
            plain = latin + plain[len(greek):]
    for greek, latin in _GREEK_PAIRS + _ARMENIAN_PAIRS:
        plain = plain.replace(greek, latin)
    end = len(plain) - 1
    readings = [_CYRILLIC.get(ch) or _GREEK.get(ch) or _ARMENIAN.get(ch)
                or _GEORGIAN_READINGS.get(ch) or _ethiopic(ch, n == end) or (ch,)
                for n, ch in enumerate(plain)]
    spellings = ("".join(p) for p in itertools.product(*readings))
    return tuple(itertools.islice(dict.fromkeys(spellings), _MOST))


# Thai letters, vowel signs and tone marks (not its digits ๐-๙): a word of them only.
_THAI_LETTERS: Final = "\u0e01-\u0e4e"
_CASELESS: Final = re.compile(
    f"[{_ARABIC_LETTERS}{_ETHIOPIC_LETTERS}{_GEORGIAN_LETTERS}{_THAI_LETTERS}]")
_ARABIC: Final = re.compile(f"[{_ARABIC_LETTERS}]")
_GEORGIAN: Final = re.compile(f"[{_GEORGIAN_LETTERS}]")
_THAI_WORD: Final = re.compile(f"^[{_THAI_LETTERS}]+$")


def caseless_script(word: str) -> bool:
    """Written in a script with no capitals (Arabic, Persian, Ethiopic, Georgian): nothing
    but a listed name marks a name there."""
    return _CASELESS.match(word) is not None


def arabic_script(word: str) -> bool:
    """Written in Arabic script (Arabic, Persian, Dari, Sorani, Urdu)."""
    return _ARABIC.match(word) is not None


def georgian_script(word: str) -> bool:
    """Written in Georgian script: its names come from their own list, as Arabic script's."""
    return _GEORGIAN.match(word) is not None


def thai_word(word: str) -> bool:
    """A word in Thai script only. Thai writes no space between words, only between phrases,
    and its vowel signs and tone marks are no letters to a regex's \\w (สมศักดิ์): such a
    word is alphabetic all the same, and a name when its list holds it."""
    return _THAI_WORD.match(word) is not None
