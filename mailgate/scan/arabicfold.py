"""One spelling for a name that Arabic, Persian and Sorani Kurdish writers spell apart.

Arabic script's writers key the same name with different letters: Persian's ی and ک where
Arabic has ي and ك (علی, علي), a final ة or Sorani's ە where Persian has ه (کاوە, کاوه),
Sorani's ێ, ۆ, ڕ, ڵ for ی, و, ر, ل (ڕێبوار, ریبوار), and Sorani writes the short vowel that
Arabic and Persian leave out (مەحمود, محمود; ئەحمەد, احمد). A listed name is asked in this
folded spelling only when its own spelling is not listed: a name list keyed one way still
finds the others.
"""

from __future__ import annotations

import re
from typing import Final

# Letters of the same sound in Arabic, Persian, Urdu and Sorani keyboards, to one of them.
_SAME: Final = str.maketrans({
    "ي": "ی", "ى": "ی", "ێ": "ی", "ې": "ی", "ك": "ک", "ة": "ه", "ہ": "ه", "ھ": "ه",
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ۆ": "و", "ۊ": "و", "ؤ": "و", "ڕ": "ر",
    "ڵ": "ل",
})
# Vowel marks, the stretching tatweel and the zero-width non-joiner: not letters of a name.
_MARKS: Final = re.compile("[\u064b-\u065f\u0670\u0640\u200c]")
# Sorani's ە: a written short vowel inside a word, Persian's final ه at its end.
_INNER_E: Final = re.compile("ە(?=.)")
_DOUBLED: Final = re.compile("(و|ی)\\1+")


def arabic_skeleton(word: str) -> str:
    """The word in one spelling: letters of one sound made one, Sorani's written vowels out."""
    plain = _MARKS.sub("", word)
    if plain.startswith("ئ"):  # Sorani's seat of a word's first vowel: ئاراس, ئەحمەد
        plain = plain[1:] if plain[1:2] == "ا" else "ا" + plain[1:]
    plain = _INNER_E.sub("", plain).replace("ە", "ه").translate(_SAME)
    return _DOUBLED.sub(r"\1", plain.replace("ئ", "ی"))
