"""What a word is, whatever its place in a text: the facts PERSON's tokens carry (words.py),
computed once per distinct word, and the word lists and phrases they are looked up in."""

from __future__ import annotations

import dataclasses
import functools
import re
from typing import Final

from spacy.lang.da.stop_words import STOP_WORDS as DA_STOP
from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP
from spacy.lang.nb.stop_words import STOP_WORDS as NB_STOP
from spacy.lang.sv.stop_words import STOP_WORDS as SV_STOP

from mailgate.scan import lexicon, names
from mailgate.scan.cues import PERSON_CUES, PERSON_CUES_WEAK
from mailgate.scan.drugcues import DRUG_TALK, PILL_WORDS
from mailgate.scan.endings import Endings
from mailgate.scan.numbercues import ID_LABELS, NUMBER_LABELS
from mailgate.scan.transliterate import caseless_script, thai_word

# spaCy's Swedish list lacks some of the commonest function words (`är`, `hos`, `sen`).
_SV_MISSING: Final = frozenset({"är", "sen", "hen", "dom", "hos", "åt", "väl", "ju", "samt",
                                "vars", "sa", "e", "va"})
# Sentence adverbs that open a sentence before its verb and subject (`Därefter ringde Sara`,
# `Efteråt sa Ben`): no list holds them, so they looked like names no list holds.
_SV_ADVERBS: Final = frozenset({
    "därefter", "efteråt", "dessutom", "tyvärr", "plötsligt", "först", "troligen",
    "egentligen", "faktiskt", "ändå", "samtidigt", "annars", "däremot", "därpå", "emellertid",
    "tydligen", "förmodligen", "antagligen", "visserligen", "naturligtvis", "givetvis",
    "äntligen", "hittills", "sedermera", "följaktligen", "lyckligtvis", "olyckligtvis",
    "möjligen", "uppenbarligen", "dels", "nämligen", "återigen", "ytterligare", "därtill",
})
STOP_WORDS: Final = frozenset(w.casefold() for w in SV_STOP | EN_STOP | _SV_MISSING | _SV_ADVERBS)
# Norwegian and Danish function words (`alle`, `af`, `mange`): in a Norwegian or Danish text
# never a name in lower case. Several are names in a Swedish one (Ville, Alle, Andre), so
# they count only where the text says it is Norwegian or Danish (nordic_text).
NORDIC_STOP_WORDS: Final = frozenset(w.casefold() for w in NB_STOP | DA_STOP) - STOP_WORDS

ALNUM: Final = re.compile(r"[^\W_]")  # a letter or digit: a word, not punctuation
_INITIAL: Final = re.compile(r"^[A-ZÅÄÖ]\.?$")
_ASON: Final = re.compile(r"^[A-ZÅÄÖ][a-zåäö]?:(?:son|dotter|s)$")
_ALPHA: Final = re.compile(r"^[^\W\d_]+(?:['’\-][^\W\d_]+)*$")
# A lower-case particle joined to a capitalised name: al-Rashid, el-Amin, bin-Salman, d'Souza.
_PARTICLE_NAME: Final = re.compile(
    r"^(?:al|el|ul|as|ash|at|az|ad|an|ar|bin|ibn|abu|ben|bint|d)[-'’][A-ZÅÄÖ]")
NOTHING: Final = names.Word(first=False, last=False)
# Endings of institutions and places named after people: Mälarsjukhuset, Vasaskolan.
INSTITUTION_ENDINGS: Final = (
    "sjukhuset", "sjukhus", "lasarettet", "lasarett", "kliniken", "mottagningen", "centralen",
    "stationen", "skolan", "gymnasiet", "hemmet", "boendet", "kyrkan", "parken", "torget",
    "förvaltningen", "nämnden", "enheten", "huset", "arenan", "gården", "institutet", "verket",
    "myndigheten", "polisen", "regionen", "region", "kommun", "området", "förbundet",
    "föreningen", "bytet", "jouren", "tjänsten", "programmet", "projektet", "teamet", "gruppen",
    "verksamheten", "akuten", "rådet", "stödet", "härbärget", "personalen", "ungdom",
    "församling", "församlingen", "regemente", "regementet", "flottilj", "flottiljen",
    "garnison", "garnisonen", "leir", "salen", "priset", "stipendiet", "medaljen", "dagarna",
    "telefonen", "linjen", "torg", "gatan", "vägen", "platsen", "gränd", "gränden",
    "hamnen",
    # clubs, studios, shops and workshops: Dansstudion Piruett, Brudsalongen Vita Drömmar
    "klubben", "studion", "salongen", "tvätten", "butiken", "verkstaden", "ateljén", "bageriet",
    "bryggeriet", "tryckeriet", "antikvariatet", "teatern", "orkestern", "kören", "baletten",
    "galleriet", "caféet", "kaféet", "center", "centret", "kiosken", "service", "servicen",
    "förmedlingen", "byrån", "bolaget",
    # housing companies and their estates: Kalmarhem, Familjebostäder, Gavlegårdarna
    "hem", "bostäder", "fastigheter", "gårdarna", "husen",
    # hospitals in the neighbours' languages: Ida-Tallinna Keskhaigla, Tampereen sairaala
    "haigla", "sairaala", "sykehus", "sykehuset", "sygehus", "szpital", "spital", "krankenhaus",
    "klinikum",
)


_INSTITUTION: Final = Endings(INSTITUTION_ENDINGS)


def an_institution(word: str) -> bool:
    """Ends as an institution's or a place's name does (`Mälarsjukhuset`, `Vasaskolan`)."""
    return _INSTITUTION.of(word)

ALL_CUES: Final = PERSON_CUES | PERSON_CUES_WEAK

_Facts = tuple[bool, bool, bool, bool, names.Word, str, bool, bool, bool, bool, bool]


@functools.lru_cache(maxsize=1 << 16)
def word_facts(text: str) -> _Facts:
    """What a word is, whatever its place: computed once per distinct word."""
    return _letters_facts(text) if text.isalpha() else _any_facts(text)


def _any_facts(text: str) -> _Facts:
    """`word_facts` of any word, by the general steps."""
    if _plain_number(text):
        return _number_facts(text)
    initial = bool(_INITIAL.match(text))
    alpha = bool(_ALPHA.match(text)) or bool(_ASON.match(text)) or thai_word(text)
    folded_word = text.casefold()
    particle = folded_word in names.PARTICLES
    info, folded = lookup(text)
    # Arabic script has no capitals: a listed name is marked as capitalised words are.
    upper = text[0].isupper() or bool(_PARTICLE_NAME.match(text)) or (
        info.name and caseless_script(text))
    capital = (alpha or initial) and upper and (
        not particle or folded_word in names.ARABIC_PARTICLES) and not _a_code(text)
    tail = text.rsplit("-", 1)[-1].casefold()
    return (initial, alpha, particle, capital, info, folded, *_what_it_names(info, folded),
            "-" in text and (tail in PILL_WORDS or tail in DRUG_TALK))


def _what_it_names(info: names.Word, folded: str) -> tuple[bool, bool, bool, bool]:
    """A person's cue, a number's or an id's label, an institution's ending, a given name
    that is a drug's word: the same for every word, whatever its letters."""
    return (folded in ALL_CUES, folded in NUMBER_LABELS or folded in ID_LABELS,
            len(folded) > 7 and an_institution(folded), info.first and folded in _drug_words())


_INITIALS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ")  # what _INITIAL matches alone


def _letters_facts(text: str) -> _Facts:
    """`word_facts` of a word of letters alone, most new words of a text: no digit, dash,
    apostrophe or full stop, so no number's, code's or particle name's pattern is tried, the
    word matches _ALPHA, and an initial is one capital (test_word_facts.py compares)."""
    folded_word = text.casefold()
    particle = folded_word in names.PARTICLES
    info, folded = lookup(text)
    upper = text[0].isupper() or (info.name and caseless_script(text))
    capital = upper and (not particle or folded_word in names.ARABIC_PARTICLES)
    return (len(text) == 1 and text in _INITIALS, True, particle, capital, info, folded,
            *_what_it_names(info, folded), False)


# A registration's shape: a country's letters, a dash and a few more (SE-MHL, OH-LVK, D-EABC).
_CODE = re.compile(r"^[A-Z]{1,3}-[A-Z]{2,4}$")


def _a_code(text: str) -> bool:
    """An aircraft's or a unit's code (SE-MHL), not a name in capitals: what follows the
    dash is no name (`ANN-MARI`, `AL-ALI`, `KIM-LEE` are names)."""
    if _CODE.match(text) is None:
        return False
    head, tail = text.split("-")
    return not names.lookup(tail, frozenset()).name and head.casefold() not in names.PARTICLES


def _plain_number(text: str) -> bool:
    """ASCII digits, maybe joined by dashes (personnummer, 070-123), of no list: what
    `_unlisted_number` answers, without building the list of parts (a digit makes one part
    non-empty, and no listed number is empty)."""
    if _DIGITS_AND_DASHES.fullmatch(text) is None:
        return False
    listed = _listed_numbers()
    return text not in listed and listed.isdisjoint(text.split("-"))


_DIGITS_AND_DASHES: Final = re.compile(r"-*[0-9][0-9-]*")


def _number_facts(number: str) -> _Facts:
    """`word_facts` of ASCII digits and dashes no list holds (a dense text has 20 000
    distinct ones per MB): no letter, so no initial, capital, name, institution or drug
    name; what the general steps give, without their patterns and look-ups
    (test_word_facts.py compares)."""
    if not _number_entries():  # every look-up below answers False: not made per number
        return (False, False, False, False, NOTHING, number, False, False, False, False, False)
    tail = number.rsplit("-", 1)[-1]
    return (
        False, False, number in names.PARTICLES, False, NOTHING, number, number in ALL_CUES,
        number in NUMBER_LABELS or number in ID_LABELS, False, False,
        "-" in number and (tail in PILL_WORDS or tail in DRUG_TALK),
    )


@functools.cache
def _number_entries() -> frozenset[str]:
    """The entries of digits and dashes (or none at all: a bare dash's tail) in the sets
    `_number_facts` looks a number or its tail up in; none today."""
    sets = names.PARTICLES | ALL_CUES | NUMBER_LABELS | ID_LABELS | PILL_WORDS | DRUG_TALK
    return frozenset(w for w in sets if _DIGITS_OR_NOTHING.fullmatch(w))


_DIGITS_OR_NOTHING: Final = re.compile(r"[0-9-]*")


@functools.lru_cache(maxsize=1 << 16)
def lookup(text: str) -> tuple[names.Word, str]:
    if _NUMERIC.fullmatch(text) and _unlisted_number(text):
        return NOTHING, text.casefold()  # ÅÅMMDD-NNNN, 070-990: no list knows them
    if _ASON.match(text):
        return names.Word(first=False, last=True, core=True), text.casefold()
    if "-" in text:
        info = _lookup_compound(text)
        if names.is_negative(text.casefold()):
            info = dataclasses.replace(info, negative=True)  # Dals-Ed, Malung-Sälen
        return info, text.casefold()
    info = names.lookup(text, STOP_WORDS)
    # Genitives of capitalised names: Eriks, Klas'. Never "klass" (class) as "Klas".
    if not info.name and not info.negative and len(text) > 3 and text[0].isupper() and (
            text[-1] == "'" or (text[-1] == "s" and text[-2] != "s")) and (
            text.casefold() not in STOP_WORDS):  # This is no genitive of Thi
        base = names.lookup(text[:-1].rstrip("'"), STOP_WORDS)
        if base.name:
            return base, text[:-1].rstrip("'").casefold()
    return info, text.casefold()


# ASCII digits and punctuation only. Dense texts hold thousands of distinct numbers; looking
# each up in every list (and each part of 070-990) was a tenth of their scan.
_NUMERIC: Final = re.compile(r"[0-9!-/:-@\[-`{-~]+")


def _unlisted_number(text: str) -> bool:
    """True when neither `text` nor a part of it between dashes is an entry of any list:
    then every lookup of it answers NOTHING."""
    parts = [p for p in text.split("-") if p]
    return bool(parts) and _listed_numbers().isdisjoint([text, *parts])


@functools.cache
def _listed_numbers() -> frozenset[str]:
    """The entries without a letter in any word list (1177), in stop words or NEVER_ALONE."""
    entries = lexicon.every_entry() | STOP_WORDS | names.NEVER_ALONE
    # a letter first rules an entry out before the pattern is asked (nearly all of them)
    return frozenset(e for e in entries if not e[:1].isalpha() and _NUMERIC.fullmatch(e))


def _lookup_compound(text: str) -> names.Word:
    """Anna-Karin, Al-Hassan, karl-johan are names; Trump-piller, Göteborgs-polisen are not."""
    parts = [p for p in text.split("-") if p]
    if _PARTICLE_NAME.match(text):
        parts[0] = parts[0].capitalize()  # al-Rashid is judged as Al-Rashid
    if not parts or any(p[0].isupper() != parts[0][0].isupper() for p in parts):
        return _joined_given_name(parts) or names.Word(first=False, last=False, common=True)
    infos = [names.lookup(p, STOP_WORDS) for p in parts]
    particles = [p.casefold() in names.PARTICLES for p in parts]
    is_name = any(i.name for i in infos) and all(
        i.name or pt or not i.common for i, pt in zip(infos, particles, strict=True))
    if not is_name and len(parts) == 2 and particles[0] and _PARTICLE_NAME.match(text) and (
            parts[1][1:].isalpha() and parts[1][1:].islower() and len(parts[1]) >= 3) and not (
            infos[1].common or infos[1].negative):
        # al-Karkhi, el-Masri: an Arabic family name by its article, whatever list the rest
        # is missing from (a hyphened word's second part is in lower case: el-sparkcykel)
        return names.Word(first=False, last=False, shaped=True)
    return names.word_of(
        is_name and infos[0].first, is_name and not infos[0].first, False,
        is_name and any(i.core for i in infos), False, all(i.negative for i in infos),
    )


def _joined_given_name(parts: list[str]) -> names.Word | None:
    """Ji-hoon, Eun-ji, Seung-ho: a Korean given name's syllables joined by a hyphen, the
    second in lower case, is the name the lists hold written together (Jihoon); a word's
    compound (Göteborgs-polisen, Trump-piller) joins into no given name."""
    if len(parts) != 2 or not parts[0][:1].isupper() or not parts[1].islower():
        return None
    info = names.lookup(parts[0] + parts[1], STOP_WORDS)
    return info if info.first and not info.common and not info.negative else None


@functools.cache
def _drug_words() -> frozenset[str]:
    return lexicon.entries("substances") | lexicon.entries("pill_stamps") | lexicon.entries(
        "medicines")



@functools.lru_cache(maxsize=1 << 16)
def word_key(text: str) -> str | None:
    """A word's key in the phrases; None for punctuation (no letter or digit)."""
    initial, alpha = word_facts(text)[:2]
    return phrase_key(text) if alpha or initial or ALNUM.search(text) else None


def phrase_key(word: str) -> str:
    return word.casefold().strip(".'\"’”„“")


@functools.cache
def phrases_by_first_word() -> dict[str, list[tuple[str, ...]]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in names.negative_phrases():
        # Words only, as the text's tokens are matched: `Peace & Love` is (peace, love).
        key = tuple(phrase_key(w) for w in phrase if ALNUM.search(w))
        if key:
            out.setdefault(key[0], []).append(key)
    return out
