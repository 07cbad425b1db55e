"""Three capitals after a writing or signing verb and `av` (`Antecknat av MLD`,
`Sammanställt av PKJ`, `Protokollet fört av ABH`, `Minutes taken by JKL`) or after a
minutes' role and its colon (`Sekreterare: MLD`): the initials of who wrote or signed it.
Two capitals there are signers.py's; three are read here only after such a verb or role, as
elsewhere three capitals are as often an agency, a unit or a method (`Sammanställt av CAN`,
`granskad av IVO`, `Analyserat med LCMS`): those stay, by the table below and by the lists
of agencies, places, organisations and drugs (`av THC`) and the words of either language."""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan import lexicon, names
from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.everyday import english_words
from mailgate.scan.recognizers.initials import BODIES, UNITS
from mailgate.scan.recognizers.leading import fast
from mailgate.scan.recognizers.scores import SCORE_WEAK
from mailgate.scan.recognizers.words import STOP_WORDS

# Capital-first (leading.fast): its guard first had it tried at every position.
_TRIPLE: Final = fast(re.compile(r"(?<![\w-])[A-ZÅÄÖ]{3}(?![\w-])"))
# A writing or signing participle and `av`/`by`, or a minutes' role and its colon, right
# before the letters (a colon may follow `av`: `Antecknat av: MLD`).
_WRITER: Final = re.compile(
    r"(?i:(?:\b(?:anteckn|sammanställ|skriv|signer|juster|granska|noter|överlämn|kontroller"
    r"|protokollför|upprätt|dokumenter|författ|kvitter|attester|för)[a-zåäö]{0,4}[ \t]+av"
    r"|\b(?:taken|written|compiled|recorded|noted|signed|checked|reviewed|prepared|drafted)"
    r"[ \t]+by)[ \t]*:?"
    r"|\b(?:sekreterare|sekr\.?|protokollförare|justerare|antecknare|minute[ -]?taker)"
    r"[ \t]*:)[ \t]*\Z")
_REACH: Final = 30  # characters before the letters where the verb or role may end
# Three capitals that write and sign as bodies, not people: agencies, units, methods.
NO_WRITERS: Final = UNITS | BODIES | frozenset({
    "FHM", "MSB", "IFO", "NAV", "KBT", "SFI", "SKR", "SKL", "SCB", "CAN", "IVO", "BRÅ", "NFC",
    "WHO", "FOI", "TLV", "LMV", "KVV", "NKC", "RMV", "SOL", "SVT", "SVD", "EMA", "FDA", "ECB",
    "AMA", "SBU", "NPS", "MRT", "EKG", "VGR", "SLL", "RSK", "SIS", "BUN", "KSO", "CFM", "CTE",
    "NTO", "MST", "ASI", "KVÅ", "JVT", "GVT", "AKM", "FMV", "MSF", "SOS"})


def written_by_initials(text: str) -> list[Hit]:
    """Three capitals right after a writing or signing verb and `av`, or a minutes' role."""
    out = []
    for m in _TRIPLE.finditer(text):
        if _a_body(m.group()):
            continue
        if _WRITER.search(text, max(0, m.start() - _REACH), m.start()):
            out.append(Hit(m.start(), m.end(), SCORE_WEAK))
    return out


def _a_body(letters: str) -> bool:
    """An agency's, unit's or drug's letters, or a word of either language in capitals."""
    folded = letters.casefold()
    return letters in NO_WRITERS or folded in STOP_WORDS or names.is_negative(folded) or (
        folded in lexicon.drugs() or folded in english_words() or names.lookup(
            letters, STOP_WORDS).common)
