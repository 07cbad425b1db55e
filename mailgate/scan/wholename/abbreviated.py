"""A surname that spaCy's Swedish rules keep whole with its stop as an abbreviation, ending
a sentence after a lone given name: `Lisa Eng.`, `Kim Mos.`. The recognizers never saw the
word as a capitalised word of its own, and its letters are often an English word too
(`eng`, `mos`), which keeps it out of surname_like; here it closes the name when it is no
word of Swedish here and no label that follows names (`Tel.`, `Ref.`, `Obs.`, `Kl.`) and
the sentence ends with it.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from mailgate.scan.wholename.facts import facts, plain_word

# Abbreviations that follow a name as a label or a note, not as its surname.
LABELS: Final = frozenset({
    "tel", "ref", "obs", "mvh", "kl", "sid", "fig", "kap", "vol", "inkl", "exkl", "etc",
    "osv", "dvs", "resp", "anm", "forts", "ang", "iofs", "äv", "övers", "proc", "prof",
    "dr", "doc", "kungl", "mt", "min", "max", "milj", "ev", "el", "ung", "jur", "förf", "kr",
    "lat", "mån", "tis", "ons", "tors", "fre", "lör", "jan", "feb", "febr", "apr", "jun",
    "aug", "sep", "sept", "okt", "nov", "dec",
})
# After the stop: the text's end, or a blank and a new sentence or line.
_ENDS_SENTENCE: Final = re.compile(r"\.(?:\Z|[ \t]*\n|[ \t]+[A-ZÅÄÖ])")


@functools.cache
def _kept_whole() -> frozenset[str]:
    """Capitalised words spaCy's Swedish exceptions keep whole with their stop, folded."""
    from spacy.lang.sv import Swedish

    return frozenset(k[:-1].casefold() for k in Swedish.Defaults.tokenizer_exceptions
                     if k[:1].isupper() and k.endswith(".") and k.count(".") == 1)


def abbreviated_surname(text: str, m: re.Match[str]) -> bool:
    """The word `m` matched after a lone given name is such an abbreviation ending the
    sentence, and no label or word."""
    word = m.group(1)
    folded = word.casefold()
    if folded not in _kept_whole() or folded in LABELS or not _ENDS_SENTENCE.match(text, m.end()):
        return False
    return plain_word(word) and not facts(word).common
