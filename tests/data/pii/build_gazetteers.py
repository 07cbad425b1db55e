"""Build the name gazetteers shipped in mailgate/scan/data/ (a developer tool, run by hand).

Sources, all with clear licences:
- Faker (MIT, https://github.com/joke2k/faker): person providers of the locales most common
  among people living in Sweden; Cyrillic and Greek names transliterated to Swedish spelling,
  Cyrillic ones also as passports and English text spell them (Dmytro, Mykola, Melnyk);
  Armenian and Georgian names as the scanner reads those scripts (Narek, Giorgi, Abashidze).
- names_*.txt beside this script: lists the team composed itself (Arabic, Somali, Persian,
  Kurdish, Tigrinya, Bosnian... names in the spellings Swedish authorities use).
- The Debian `wswedish` word list (GPL-2) is read, never shipped: it only decides which names
  are also ordinary Swedish words (`bo`, `dag`, `sten`), so that they need a capital or a cue.

Usage:  pip install --target /tmp/fakerlib faker && apt-get install wswedish
        PYTHONPATH=/tmp/fakerlib .venv/bin/python tests/data/pii/build_gazetteers.py
"""

from __future__ import annotations

import gzip
import importlib
import unicodedata
from pathlib import Path

from mailgate.scan.transliterate import latin_spellings

HERE = Path(__file__).parent
OUT = HERE.parents[2] / "mailgate" / "scan" / "data"
WORDLIST = Path("/usr/share/dict/swedish")

LATIN_LOCALES = (
    "sv_SE", "fi_FI", "no_NO", "da_DK", "is_IS", "pl_PL", "tr_TR", "hr_HR", "sl_SI", "de_DE",
    "de_AT", "en_GB", "en_US", "en_IE", "et_EE", "lt_LT", "lv_LV", "cs_CZ", "sk_SK", "hu_HU",
    "ro_RO", "es_ES", "es_MX", "es_CL", "it_IT", "fr_FR", "pt_BR", "pt_PT", "nl_NL", "az_AZ",
    "sw", "en_KE", "en_NG", "yo_NG", "ig_NG", "ha_NG", "en_PK", "en_IN", "id_ID", "vi_VN",
    "uz_UZ", "sq_AL", "fil_PH", "tl_PH", "en_TH", "de_CH",
    # Algerian Arabic and Berber names in Latin letters, Latin American, West and southern
    # African, Belgian, Swiss and other names: origins common in Sweden that the lists
    # above lack. Faker's ar_*, fa_IR and he_IL are in their own scripts, which have no
    # reliable transliteration to the spellings used here: the team's own lists
    # (names_*.txt) cover Arabic, Persian, Kurdish, Somali and Tigrinya names instead.
    # Armenian and Georgian spell one sound a letter: SCRIPT_LOCALES below.
    "fr_DZ", "es", "es_AR", "es_CO", "es_CA", "tw_GH", "zu_ZA", "fr_BE", "nl_BE", "fr_CH",
    "fr_CA", "de_LI", "de_LU", "en_NZ", "ga_IE",
)
TRANSLIT_LOCALES = ("ru_RU", "uk_UA", "bg_BG", "el_GR", "mk_MK")
# Armenian and Georgian names, in the spellings the scanner reads their scripts by
# (mailgate/scan/transliterate.py): the same readings find `Նարեկ` and `Narek`, `ლევან` and
# `Levan`. Their first two spellings only (Karen, Karyen), as their passports write them.
SCRIPT_LOCALES = ("hy_AM", "ka_GE")
SCRIPT_SPELLINGS = 2
# Locales whose names are common enough in Sweden to be trusted at a sentence start or in
# lower case; names from the other locales need a capital mid-sentence or a second name.
CORE_LOCALES = ("sv_SE", "fi_FI", "no_NO", "da_DK", "en_GB")
_LATIN_CYR = ("a b v g d e jo zj z i j k l m n o p r s t u f ch ts tj sj sjtj - y - e ju ja i"
              " je ji g")
_LATIN_GREEK = "a a v g d e e z i i th i i i k l m n x o o p r s s t y y f ch ps o o"
_CYR = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяієїґ",
    _LATIN_CYR.split(" "),
    strict=True,
))
# Macedonian and Serbian letters, as names from there are written in Latin letters here.
_CYR.update({"ј": "j", "љ": "lj", "њ": "nj", "ќ": "k", "ѓ": "g", "ѕ": "dz", "џ": "dz"})
_GREEK = dict(zip(
    "αάβγδεέζηήθιίϊκλμνξοόπρσςτυύφχψωώ",
    _LATIN_GREEK.split(" "),
    strict=True,
))
FIRST_ATTRS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")
LAST_ATTRS = ("last_names", "last_names_male", "last_names_female", "male_last_names",
              "unisex_last_names")


def translit(name: str) -> str:
    out = []
    for ch in name.lower():
        out.append(_CYR.get(ch, _GREEK.get(ch, ch)).replace("-", ""))
    return "".join(out).title()


# Passports, residence permits and English text spell Cyrillic names by the passport systems
# (Ukraine's national one, Russia's ICAO one, Bulgaria's streamlined one), not the Swedish
# one: Dmytro Melnyk, not Dmitro Melnik. Each letter may have two spellings (й: i or y), and
# є ї й ю я at a name's start take their y-form (Yevhen, Yurii).
_PASSPORT_COMMON = {"а": "a", "б": "b", "в": "v", "д": "d", "е": "e", "ё": "e", "ж": "zh",
                    "з": "z", "й": "i|y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
                    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "ц": "ts",
                    "ч": "ch", "ш": "sh", "ь": "", "ъ": "", "ю": "iu|yu", "я": "ia|ya",
                    "э": "e", "ы": "y"}
_PASSPORT = {
    "uk_UA": {**_PASSPORT_COMMON, "г": "h", "ґ": "g", "и": "y", "і": "i", "ї": "i|yi",
              "є": "ie|ye", "х": "kh", "щ": "shch"},
    "ru_RU": {**_PASSPORT_COMMON, "г": "g", "и": "i", "х": "kh", "щ": "shch"},
    "bg_BG": {**_PASSPORT_COMMON, "г": "g", "и": "i", "х": "h", "щ": "sht", "ъ": "a", "ь": "y"},
}
_INITIAL_Y = {"й": "y", "ю": "yu", "я": "ya", "є": "ye", "ї": "yi"}
PASSPORT_VARIANTS = 8  # a name with many two-way letters keeps only its first spellings


def passport(name: str, locale: str) -> set[str]:
    table = _PASSPORT.get(locale)
    if table is None:
        return set()
    spellings = [""]
    for i, ch in enumerate(name.lower()):
        options = _INITIAL_Y[ch] if i == 0 and ch in _INITIAL_Y else table.get(ch, ch)
        spellings = [s + o for s in spellings for o in options.split("|")][:PASSPORT_VARIANTS]
    return {s.title() for s in spellings if s.isascii()}


def faker_names(locale: str, attrs: tuple[str, ...]) -> set[str]:
    try:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    except ModuleNotFoundError:
        return set()
    names: set[str] = set()
    for attr in attrs:
        value = getattr(provider, attr, ())
        if isinstance(value, (tuple, list, dict)):
            names.update(value)
    if locale in TRANSLIT_LOCALES:
        names = {translit(n) for n in names} | {p for n in names for p in passport(n, locale)}
    if locale in SCRIPT_LOCALES:
        names = {s.title() for n in names
                 for s in latin_spellings(n.casefold())[:SCRIPT_SPELLINGS] if s.isascii()}
    return names


# Short names from the wider lists (Le, Do, Ho, Ta, My: Vietnamese, Somali) are also short
# words in many languages: they count as names with a capital or beside another name, never
# alone in lower case, so they stay out of the core list.
CORE_MIN_LENGTH = 4


def own_list(kind: str, core: bool = False) -> set[str]:
    names: set[str] = set()
    for path in sorted(HERE.glob(f"names_{kind}_*.txt")):
        if core and path.stem.endswith("_origins"):
            names |= {n for n in own_list_file(path) if len(n) >= CORE_MIN_LENGTH}
        else:
            names |= own_list_file(path)
    return names


def own_list_file(path: Path) -> set[str]:
    names: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        names.update(w.strip() for w in line.split(",") if w.strip())
    return names


def clean(names: set[str]) -> set[str]:
    """Single tokens of letters (hyphens and apostrophes allowed), two letters or more."""
    out = set()
    for raw in names:
        for part in unicodedata.normalize("NFC", raw).replace("’", "'").split():
            part = part.strip(".,")
            if len(part) >= 2 and part.replace("-", "").replace("'", "").isalpha():
                out.add(part)
    return out


# Letters that Unicode decomposition does not reduce to a plain Latin letter.
_PLAIN = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "ø": "o", "Ø": "O",
                        "æ": "ae", "Æ": "Ae", "ß": "ss", "ə": "a", "Ə": "A", "þ": "th"})


def plain(name: str) -> str:
    """The name as typed without diacritics: Dąbrowska -> Dabrowska, Hadžić -> Hadzic."""
    decomposed = unicodedata.normalize("NFKD", name.translate(_PLAIN))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def with_plain(names: set[str]) -> set[str]:
    """Each name and its spelling without diacritics, as hurried or foreign keyboards give."""
    return names | {plain(n) for n in names}


def swedish_words() -> set[str]:
    text = WORDLIST.read_text(encoding="latin-1")
    return {w for w in text.split() if w.islower()}


def write(name: str, items: set[str], header: str) -> None:
    lines = [f"# {header}", *sorted(items, key=lambda n: (n.lower(), n))]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    # mtime=0: the same lists give the same bytes, so git sees no change.
    (OUT / f"{name}.txt.gz").write_bytes(gzip.compress(data, compresslevel=9, mtime=0))


def write_georgian() -> int:
    """Georgian names in their own script (data/georgian_script_names.txt): Georgian has no
    capitals, and its everyday words read in Latin letters are too often someone's name
    elsewhere (არის, `is`, reads Aris): only a name of Georgia's own marks one there."""
    header = [
        "# Given names and family names in Georgian script, from Faker's ka_GE person provider",
        "# (MIT); written by tests/data/pii/build_gazetteers.py. Georgian has no capitals: a",
        "# listed name is what marks a name there. Each line: a name, a space, `first` or",
        "# `last`.",
    ]
    return write_script_names("ka_GE", "georgian_script_names.txt", header)


def write_thai() -> int:
    """Thai names in Thai script (data/thai_script_names.txt): Thai has no capitals and no
    spaces between words, so a listed name standing alone is what marks one. Faker's th_TH
    names are formal given names; the team's list (names_thai_script.txt) adds the everyday
    ones and the nicknames Thai writers use."""
    header = [
        "# Given names, nicknames and family names in Thai script, from Faker's th_TH person",
        "# provider (MIT) and the team's list tests/data/pii/names_thai_script.txt; written by",
        "# tests/data/pii/build_gazetteers.py. Thai has no capitals: a listed name is what",
        "# marks a name there. Each line: a name, a space, `first` or `last`.",
    ]
    return write_script_names("th_TH", "thai_script_names.txt", header,
                              HERE / "names_thai_script.txt")


def write_script_names(locale: str, out: str, header: list[str], own: Path | None = None) -> int:
    """A caseless script's names, `name first|last` a line: Faker's, and the team's own list
    (`name kind` lines) when there is one."""
    firsts = faker_script_names(locale, FIRST_ATTRS)
    lasts = faker_script_names(locale, LAST_ATTRS)
    for line in own.read_text(encoding="utf-8").splitlines() if own else []:
        if line and not line.startswith("#"):
            name, kind = line.split(" ")
            (firsts if kind == "first" else lasts).add(unicodedata.normalize("NFC", name))
    lines = header + [f"{n} first" for n in sorted(firsts)] + [f"{n} last" for n in sorted(lasts)]
    (OUT / out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(firsts) + len(lasts)


def faker_script_names(locale: str, attrs: tuple[str, ...]) -> set[str]:
    provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    names: set[str] = set()
    for attr in attrs:
        value = getattr(provider, attr, ())
        if isinstance(value, (tuple, list, dict)):
            names.update(unicodedata.normalize("NFC", n) for n in value)
    return names


def main() -> None:
    locales = LATIN_LOCALES + TRANSLIT_LOCALES + SCRIPT_LOCALES
    own_first, own_last = own_list("first"), own_list("last")
    first = with_plain(clean(
        set().union(*(faker_names(loc, FIRST_ATTRS) for loc in locales)) | own_first))
    last = with_plain(clean(
        set().union(*(faker_names(loc, LAST_ATTRS) for loc in locales)) | own_last))
    core = with_plain(clean(set().union(
        *(faker_names(loc, FIRST_ATTRS) for loc in CORE_LOCALES)) | own_list("first", core=True)))
    core_last = with_plain(clean(set().union(
        *(faker_names(loc, LAST_ATTRS) for loc in CORE_LOCALES)) | own_list("last", core=True)))
    words = swedish_words()
    ambiguous = {n.lower() for n in first | last if n.lower() in words}
    source = "from Faker (MIT) person providers and the team's own lists; see build_gazetteers.py"
    write("first_names", first, f"First names {source}")
    write("surnames", last, f"Surnames {source}")
    write("core_names", core | core_last, f"Names common in Sweden {source}")
    write("name_words", ambiguous, "Names that are also ordinary Swedish words (lower case)")
    georgian = write_georgian() + write_thai()
    print(f"{len(first)} first names, {len(last)} surnames, {len(core | core_last)} core, "
          f"{len(ambiguous)} also words, {georgian} in Georgian and Thai script")


if __name__ == "__main__":
    main()
