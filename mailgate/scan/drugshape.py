"""Names of new psychoactive substances by their morphology, for those no list holds yet.

New substances appear faster than any list is kept, but each class is named by a stem the
EU early-warning system's reports use over and over: designer benzodiazepines (-azolam,
-azepam), nitazenes (-nitazene, Swedish -nitazen, the ring-named -nitazepyne, -nitazepipne),
fentanyl analogues (-fentanyl), synthetic cathinones (-cathinone, -edrone, -ylone,
-valerone), synthetic cannabinoids (-pinaca, -binaca, -butinaca, -cannabinol), tryptamines
(-tryptamine), arylcyclohexylamines (-ketamine), opioids (-orphine, -codone, -morphone). No
Swedish or common foreign name ends so; a word must be long enough that the stem is a suffix,
not the word (`Zolam` alone is no substance we know).
Lysergamides, tryptamines and cathinones are also written as a short code, a hyphen and
their class's letters (`AL-LAD`, `ETH-LAD`, `1P-LSD`, `4-HO-DMT`): the letters after the
last hyphen say the class, whatever the code before them. A research chemical's code as
the lists write it is one however a plate's shape joins its parts (`JWH 018`).
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan import lexicon

# Stems in English and Swedish spelling (nitazen, katinon, tryptamin), then inflections.
_STEMS: Final = (
    r"azolam|azepam|zolam|zepam|diazepin|nitazen|nitazene|tazen|tazene|tazepyn|tazepyne"
    r"|tazepipn|tazepipne|fentanyl|fentanil|cathinon|cathinone|katinon|kathinon|edrone|edron|ylone|valerone"
    r"|pinaca|binaca|fubinaca|butinaca|cannabinol|tryptamin|tryptamine|ketamin|ketamine|orphine|orfin"
    r"|codone|kodon|morphone|morfon"
)
_SHAPE: Final = re.compile(r"^[\w,()\-α-ω]{2,}?(?:" + _STEMS + r")(?:e|er|erna|en|et|s|n)?$")
_SHORTEST: Final = 7
# A class's letters after a code and a hyphen (EUDA's names: AL-LAD, 1cP-LSD, 25I-NBOMe).
_CODED: Final = re.compile(
    r"^[\w-]{1,8}-(?:lad|lsd|nbome|nboh|dmt|mipt|dipt|pcp|pce|mmc|cmc|mec|pvp|php|pihp)$")


def drug_shaped(word: str) -> bool:
    """`deschloroetizolam`, `N-desetyl-isotonitazen`, `ocfentanil`: a substance's name."""
    folded = word.casefold()
    if "-" in folded and _CODED.match(folded) is not None:
        return True  # AL-LAD, ETH-LAD, 4-HO-MET
    return len(folded) >= _SHORTEST and _SHAPE.match(folded) is not None


def a_coded_drug(letters: str, digits: str) -> bool:
    """A research chemical's code as substances.txt writes it, however the plate's shape
    joined its parts (`JWH-018`, `JWH 018`, `JWH018`)."""
    drugs = lexicon.drugs()
    return f"{letters}-{digits}".casefold() in drugs or f"{letters}{digits}".casefold() in drugs
