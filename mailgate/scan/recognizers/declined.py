"""Names in a case of their language, wherever they stand: a word no list holds whose
ending only a name's case has and whose base form a list holds as a name is that name;
in Cyrillic and Greek, whose words the lists hold only in their base form, any case's
ending (`Передай Олегу`, `з Іваном Петренком`, `στον Γιώργο`).

Polish (`Nowakowi`, `Kowalskiego`, `Wiśniewskiej`), Czech (`Novákovi`, `Dvořákovou`,
`Černého`), Finnish (`Virtasen`, `Korhoselle`, `Mäkistä`) and Latvian feminine datives
(`Kalniņai`) are written so in a Swedish or English text too, when a quoted message or a
partner's letter keeps them. languages.py reads more of Polish's endings inside a Polish
stretch; these are the endings no word of the languages here has, so they need none.
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan import names
from mailgate.scan.recognizers.languages import polish_base
from mailgate.scan.recognizers.words import Tok
from mailgate.scan.transliterate import foreign_script

# (ending, base ending), longest first: the first whose base form is a name decides.
CASE_ENDINGS: Final = (
    ("skiego", "ski"), ("ckiego", "cki"), ("skiemu", "ski"), ("ckiemu", "cki"),
    ("skiej", "ska"), ("ckiej", "cka"), ("selle", "nen"), ("sella", "nen"), ("selta", "nen"),
    ("sesta", "nen"), ("ovou", "ová"), ("skim", "ski"), ("ckim", "cki"), ("ską", "ska"),
    ("cką", "cka"), ("seen", "nen"), ("owi", ""), ("ovi", ""), ("sen", "nen"), ("stä", "nen"),
    ("sta", "nen"), ("ého", "ý"), ("ému", "ý"), ("ņai", "ņa"),
)
_ENDS: Final = tuple(ending for ending, _ in CASE_ENDINGS)
_SHORTEST_BASE: Final = 3  # letters before the ending
_CAPITALISED: Final = re.compile(r"^[^\W\d_][^\W\d_]+$")
# Letters only Polish writes among the languages here (not ó, which Spanish and Czech
# share): a word with one is Polish, and a name in it may be in any of Polish's cases
# (`od Pawła Nowaka` in an English mail).
_POLISH_ONLY: Final = re.compile("[łśźżńąęŁŚŹŻ]")
_POLISH_VERBS: Final = ("łem", "łam", "łeś", "łaś", "liśmy", "łyśmy", "łby", "łaby")


def read_declined(toks: list[Tok]) -> None:
    """Give a capitalised word in no list, in a name's case, the facts of its base form."""
    for tok in toks:
        if not tok.capital or tok.info.name or tok.info.negative:
            continue
        if foreign_script(tok.text):
            # a case suffix after a hyphen makes the word read as a compound word (Արամ-ի)
            if len(tok.text) > _SHORTEST_BASE and (not tok.info.common or "-" in tok.text):
                base = _cyrillic_or_greek_base(tok.text)
                if base is not None:
                    tok.info = base  # Олегу, Іваном Петренком, Оксани, Γιώργο, Արամ-ի
            continue
        if tok.info.common:
            continue
        # A Polish word at a sentence's start or a verb's past (Dostałem, Byłam) is no name's
        # case, though a surname may read so (Dostał).
        polish = _POLISH_ONLY.search(tok.text) is not None and not (
            tok.sentence_start or tok.text.endswith(_POLISH_VERBS))
        if (polish or tok.text.endswith(_ENDS)) and _CAPITALISED.match(tok.text):
            base = declined_base(tok.text) or (polish_base(tok.text) if polish else None)
            if base is not None:
                tok.info = base


def declined_base(word: str) -> names.Word | None:
    """What the lists say of the word's base form, when that is a name (Virtasen → Virtanen)."""
    for ending, base_ending in CASE_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= _SHORTEST_BASE:
            info = names.lookup(word[: len(word) - len(ending)] + base_ending, frozenset())
            # listed, not merely shaped: Bokningslista would read as a Finnish `-linen`
            if (info.first or info.last) and not info.common and not info.negative:
                return info
    return None


# Case endings of Ukrainian and Russian names (Олегу, Сергію, Іваном, Петренком, Оксани,
# Наталії, Марию, Ковальського) and Greek ones (Γιώργο, Γιώργου, Μαρίας, Ελένης), each
# with the endings its base form may have: the first base a list holds as a name decides.
CYRILLIC_GREEK_CASES: Final = (
    ("ового", ("ов",)), ("ського", ("ський", "ский")), ("ському", ("ський", "ский")),
    ("ским", ("ський", "ский")), ("ської", ("ська",)),
    ("ові", ("",)), ("еві", ("", "ь")), ("єві", ("й",)), ("ієм", ("ій",)), ("еем", ("ей",)),
    ("ією", ("ія",)), ("ою", ("а",)), ("єю", ("я",)), ("ею", ("я", "а", "ей")), ("ой", ("а",)),
    ("ом", ("", "о")), ("ем", ("", "ь")), ("єм", ("й",)), ("ію", ("ій", "ія")),
    ("ії", ("ія",)), ("ии", ("ия",)), ("ея", ("ей",)),
    ("ія", ("ій",)), ("ую", ("а",)),
    ("у", ("", "а", "о")), ("ю", ("й", "я", "ь")), ("а", ("", "о", "ь")), ("я", ("й", "ь")),
    ("и", ("а", "")), ("і", ("а", "я", "")), ("ї", ("я",)), ("ы", ("а",)), ("е", ("а", "")),
    ("ου", ("ος", "ης")), ("ας", ("α",)), ("ης", ("η",)), ("ο", ("ος",)), ("η", ("ης",)),
)


_SUFFIX: Final = 3  # letters of a case suffix after a hyphen: Արամ-ի, Արամ-ին


def _cyrillic_or_greek_base(word: str) -> names.Word | None:
    head, dash, tail = word.rpartition("-")
    if dash and head and 0 < len(tail) <= _SUFFIX:
        info = names.lookup(head, frozenset())  # Armenian writes a case after a hyphen
        if (info.first or info.last) and not info.common and not info.negative:
            return info
    for ending, bases in CYRILLIC_GREEK_CASES:
        if not word.endswith(ending) or len(word) - len(ending) < _SHORTEST_BASE:
            continue
        stem = word[: len(word) - len(ending)]
        for base in bases:
            info = names.lookup(stem + base, frozenset())
            if (info.first or info.last) and not info.common and not info.negative:
                return info
    return None
