"""Personal plates (`personlig skylt`): two to seven capitals and digits of the owner's choice
(`MRBOSS`, `LOVE69`, `TOKIG 1`), with none of an ordinary plate's shape. Any word in capitals
could be one, so only what stands right after a plate's own word counts: `regnr`, `reg.nr`,
`registreringsnummer`, `nummerplåt`; after `skylt` or `plåt` (also a shop's sign, a sheet of
metal) only when the plate is called personal, a vehicle is named in the sentence or the
characters hold a digit."""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan.numbercues import CAR_MAKES, SWEDISH_PLATE_CUES
from mailgate.scan.recognizers.base import Hit, has_cue, words_before

# The plate's own word, then a colon, a dot or a quote, then the characters. A cue written
# in capitals is a shouting line or a form's label; see `_shouted`.
PERSONAL: Final = re.compile(
    r"(?<![\w.])(?P<cue>(?i:(?:(?:personlig|personliga|egen|egna)\s+)?(?:skylt(?:en)?|plåt(?:en)?)"
    r"|nummer(?:plåt|skylt)(?:en)?|reg(?:istrerings)?\.?\s?(?:nr|nummer)\.?"
    r"|regnumret|registreringsnumret|bilnumret|bilnummer|bilnr|reg))"
    r"(?:[ \t]*:[ \t]*|[ \t]+)[\"'“”«»]?"
    r"(?P<plate>[A-ZÅÄÖ0-9]{1,6} [A-ZÅÄÖ0-9]{1,6}|[A-ZÅÄÖ0-9]{2,7})"
    r"(?![\w-]|[ \t][A-ZÅÄÖ0-9]{2})")

# Words a form or a note puts where the plate would stand, and signs' words after `skylten`.
NOT_PERSONAL: Final = frozenset({
    "OKÄNT", "OKÄND", "OKLART", "SAKNAS", "SAKNADES", "SAKNAD", "INGEN", "INGA", "EJ", "NEJ",
    "JA", "OK", "NA", "XXX", "XX", "TBD", "OBS", "SE", "SAMMA", "ANTECKNAT", "UNKNOWN", "NONE",
    "STOPP", "STOP", "EXIT", "UTGÅNG", "ÖPPET", "STÄNGT", "PRIVAT", "TAXI", "SALE", "REA",
    "WC", "INFO", "KASSA", "PARKERING", "SLUT", "NY", "NYA", "GAMLA", "FEL", "AV", "PÅ",
})
# The weak cues: a sign or a sheet of metal unless a car is near.
_WEAK: Final = ("skylt", "plåt")
_PERSONAL_WORDS: Final = ("personlig", "egen", "egna")
_SENTENCE: Final = re.compile(r"[.!?\n](?=\s)")
_LETTER: Final = re.compile(r"[A-ZÅÄÖ]")
_MEASURE: Final = re.compile(r"\d+ ?(?:MM|CM|KG|MG|ML|CL|DL|KR|KW|ST|MB|GB)")


def personal_plate(match: re.Match[str], text: str, ordinary: re.Pattern[str]) -> Hit | None:
    """A personal plate after its cue; None for an ordinary plate's shape (`ordinary`, its
    own pattern's business), a form's placeholder or a sign."""
    plate, cue = match.group("plate"), match.group("cue")
    bare = plate.replace(" ", "")
    if not 2 <= len(bare) <= 7 or not _LETTER.search(plate) or plate in NOT_PERSONAL or (
            ordinary.fullmatch(plate)):
        return None
    if cue.isupper() and not any(c.isdigit() for c in plate):
        return None  # `REGNR SAKNAS HELT`: a shouting line's words, not a plate
    lowered = cue.casefold()
    weak = lowered.startswith(_WEAK) and not lowered.startswith(_PERSONAL_WORDS)
    if weak and not (_letters_and_digits(plate) or _vehicle_near(text, match)):
        return None  # `skylten 4A`, `plåten 2MM`: a sign's number, a sheet's thickness
    return Hit(match.start("plate"), match.end("plate"), 0.85)


def _letters_and_digits(plate: str) -> bool:
    """Two letters and a digit, no measure: `LOVE69`, `TOKIG 1`; not `4A`, `2MM`."""
    return len(_LETTER.findall(plate)) >= 2 and any(c.isdigit() for c in plate) and (
        _MEASURE.fullmatch(plate) is None)


def _vehicle_near(text: str, match: re.Match[str]) -> bool:
    """A vehicle or make named in the sentence around the sign: `Bilen med skylten "X"`."""
    lo = max(0, match.start() - 80)
    cut = [m.end() for m in _SENTENCE.finditer(text, lo, match.start())]
    before = words_before(text, match.start(), match.start() - (cut[-1] if cut else lo))
    end = _SENTENCE.search(text, match.end(), match.end() + 80)
    after_text = text[match.end() : end.start() if end else match.end() + 80]
    after = words_before(after_text, len(after_text), len(after_text))
    words = [w for w in before + after if not w.startswith(_WEAK)]
    return has_cue(words, SWEDISH_PLATE_CUES, last=len(words) or 1) or any(
        w in CAR_MAKES for w in words)
