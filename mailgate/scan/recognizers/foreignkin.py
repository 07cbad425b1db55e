"""A listed given name in its case beside a word for kin, in Finnish, Polish or Bosnian,
Croatian and Serbian: `Mikan äiti`, `Sannan isän` (Finnish genitives before the kin word),
`Senadova sestra`, `Lejlinom kćerkom` (the possessive adjectives before it), `syna Piotra`,
`jej córki Lotty`, `brata Tomka`, `sestra Senada` (genitives after it).

Each inflected form is read back to its base by the language's rule and the base must be a
listed given name in no other use (not a word, place or drug): a place has no mother
(`Tampereen äiti` reads `Tamperee`, no name), an adjective of a place no such base
(`Sarajevska`), and the word after a Polish preposition no kin word (`w Krakowie`). Swedish
`sin`, `sina`, `syn` and English `brat` look for no name after them. A text holding none of
these kin words pays one set look-up.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from mailgate.scan import lexicon, names
from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.scores import SCORE_ALONE
from mailgate.scan.recognizers.textindex import token_folded
from mailgate.scan.recognizers.words import STOP_WORDS, Tok

# Finnish kin in its common cases; a genitive name stands before it. Not `mies` (also
# "man": `Kelan mies`) nor `lapsi`, which institutions have too.
FINNISH_KIN: Final = frozenset({
    "äiti", "äidin", "äidille", "äitiä", "isä", "isän", "isälle", "isää", "veli", "veljen",
    "veljelle", "sisko", "siskon", "siskolle", "sisar", "sisaren", "tytär", "tyttären",
    "tyttärelle", "poika", "pojan", "pojalle", "vaimo", "vaimon", "puoliso", "puolison",
    "mummo", "mummon", "isoäiti", "isoisä", "vaari", "setä", "sedän", "täti", "tädin",
    "serkku", "serkun", "poikaystävä", "tyttöystävä", "avopuoliso",
})

# Bosnian, Croatian and Serbian kin in its cases: a possessive adjective stands before it
# (`Senadova sestra`), a genitive may follow (`sestra Senada`).
BCS_KIN: Final = frozenset({
    "sestra", "sestre", "sestri", "sestru", "sestrom", "brat", "brata", "bratu", "bratom",
    "majka", "majke", "majci", "majku", "majkom", "otac", "oca", "ocu", "ocem", "tata", "tate",
    "tatu", "tatom", "sin", "sina", "sinu", "sinom", "kćerka", "kćerke", "kćerku", "kćerkom",
    "kći", "kćer", "kćerkica", "muž", "muža", "mužu", "mužem", "supruga", "supruge", "suprug",
    "djed", "djeda", "nana", "nane", "baka", "bake", "tetka", "tetke", "ujak",
    "ujaka", "amidža", "daidža", "rođak", "rođaka", "rođaku", "dečko", "djevojka",
    "djevojke", "mama", "mame", "mamu", "mamom",
})

# Polish kin in its cases: a genitive name follows (`syna Piotra`, `córki Lotty`).
POLISH_KIN: Final = frozenset({
    "syn", "syna", "synowi", "synem", "córka", "córki", "córce", "córkę", "córką", "brat",
    "brata", "bratu", "bratem", "siostra", "siostry", "siostrze", "siostrę", "matka", "matki",
    "matce", "matkę", "mama", "mamy", "mamie", "mamę", "ojciec", "ojca", "ojcu", "tata",
    "taty", "żona", "żony", "żonie", "żonę", "mąż", "męża", "mężowi", "babcia", "babci",
    "dziadek", "dziadka", "wujek", "wujka", "ciocia", "cioci", "chłopak", "chłopaka",
    "dziewczyna", "dziewczyny", "kolega", "kolegi", "koleżanka", "koleżanki",
    # the instrumental, after `z`: `z matką Kasi`
    "matką", "mamą", "siostrą", "żoną", "mężem", "ojcem", "tatą", "babcią", "dziadkiem",
    "wujkiem", "ciocią", "kolegą", "koleżanką",
})

# Kin words that are Swedish or English words too (`sina`, `syn`, `baka`, `bake`): a name is
# not looked for after them.
_NOT_AFTER: Final = frozenset({"sin", "sina", "syn", "baka", "bake", "brat", "mama"})
_BEFORE: Final = FINNISH_KIN | BCS_KIN
_AFTER: Final = (POLISH_KIN | BCS_KIN) - _NOT_AFTER
_KIN: Final = _BEFORE | _AFTER

# Bosnian possessive adjectives' endings: -ov/-ev of a name in a consonant (`Senadova`),
# -in of a name in -a (`Aminina` from Amina), each declined.
_OV_ENDINGS: Final = ("ovoga", "ovog", "ovom", "ovoj", "ovih", "ova", "ovo", "ove", "ovu",
                      "ovi", "ov", "evog", "evom", "eva", "ev")
_IN_ENDINGS: Final = ("inoga", "inog", "inom", "inoj", "inih", "ina", "ino", "ine", "inu",
                      "ini", "in")
_GRADATED: Final = ("k", "p", "t")  # Finnish `Heikin` from Heikki, `Pekan` from Pekka


def foreign_kin_names(toks: list[Tok]) -> list[Hit]:
    """Each capitalised given name in its case beside a kin word of these languages."""
    if token_folded(toks).isdisjoint(_KIN):
        return []
    out = []
    for i, tok in enumerate(toks):
        if tok.folded not in _KIN or tok.line_break_before:
            continue
        if i and tok.folded in _BEFORE and _a_name(toks[i - 1], _before_bases(toks[i - 1])):
            out.append(Hit(toks[i - 1].start, toks[i - 1].end, SCORE_ALONE))
        if i + 1 < len(toks) and tok.folded in _AFTER and not toks[i + 1].line_break_before and (
                _a_name(toks[i + 1], _genitive_bases(toks[i + 1].text))):
            out.append(Hit(toks[i + 1].start, toks[i + 1].end, SCORE_ALONE))
    return out


def _a_name(tok: Tok, bases: Iterator[str]) -> bool:
    """A capitalised word whose base by one reading is a listed given name in no other use."""
    text = tok.text
    if not (len(text) >= 4 and text[0].isupper() and text[1:].isalpha() and text[1:].islower()):
        return False
    if tok.info.negative or tok.info.common or text.casefold() in lexicon.drugs():
        return False  # Helsingin, Kelan, Krakowa: a place's or an agency's
    return any(_given(base) for base in bases)


def _given(base: str) -> bool:
    """A listed given name, no place or drug; a word too only inflected as no word is
    (`Sannan` from Sanna)."""
    info = names.lookup(base, STOP_WORDS)
    return len(base) >= 3 and info.first and not info.negative


def _before_bases(tok: Tok) -> Iterator[str]:
    """A Finnish genitive's base (`Sannan` Sanna, `Heikin` Heikki) or a Bosnian possessive's
    (`Senadova` Senad, `Lejlinom` Lejla)."""
    text = tok.text
    if text.endswith("n"):
        stem = text[:-1]
        yield stem
        if len(stem) > 2 and stem[-2] in _GRADATED:
            yield stem[:-1] + stem[-2] + stem[-1]  # Heiki → Heikki
    for ending in _OV_ENDINGS:
        if text.endswith(ending):
            yield text[: -len(ending)]
            break
    for ending in _IN_ENDINGS:
        if text.endswith(ending):
            yield text[: -len(ending)] + "a"
            break


def _genitive_bases(text: str) -> Iterator[str]:
    """A Polish or Bosnian genitive's base: `Piotra` Piotr, `Tomka` Tomek, `Lotty` Lotta,
    `Kasi` Kasia, `Kingi` Kinga, `Senada` Senad."""
    if text.endswith("a"):
        yield text[:-1]
        if len(text) > 3:
            yield text[:-2] + "e" + text[-2]  # Tomka → Tomek, Pawła → Paweł
    elif text.endswith("y"):
        yield text[:-1] + "a"
    elif text.endswith("i"):
        yield text + "a"
        yield text[:-1] + "a"
    elif text.endswith("e"):
        yield text[:-1] + "a"  # Bosnian `od Amine`
