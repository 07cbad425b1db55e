"""A phone's contact list as an extraction report quotes it: a line for each contact, its
name in quotes, a tab and a number.

```
"Tina"	0701740610	34 meddelanden
"Charlie B"	070-174 06 09	köpare
"Mormor"	08-465 004 75	ingen koppling
```
Every such name is a contact, someone, whatever else the word is (a drug's street name, a kin
word, a nickname): two lines of that shape at least, so a single quoted name before a number
is not taken for a list. An organisation's name in the list stays unmasked.

One quoted given name right before a number on its line is a contact passed on too
(`got the contact: "Zack", +44 7700 900694`): a drug or a product has no number.
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan import lexicon, names
from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.scores import SCORE_ALONE

# A line's quoted name (a letter first, no digit, at most three words), then a tab and a
# number of seven characters or more.
_CONTACT: Final = re.compile(
    r"(?m)^[ \t]*[\"“”]([^\W\d_](?:[^\W\d_]|[ .'’-]){0,30}?)[\"“”][ \t]*\t[ \t]*"
    r"(?:\+|\(?\d)[\d ()-]{6,}")
_FEWEST: Final = 2
_MOST_WORDS: Final = 3


def contact_names(text: str) -> list[Hit]:
    if "\t" not in text:
        return []  # nearly every text: no list to read
    lines = list(_CONTACT.finditer(text))
    if len(lines) < _FEWEST:
        return []
    return [Hit(m.start(1), m.end(1), SCORE_ALONE) for m in lines if _a_contact(m.group(1))]


def _a_contact(name: str) -> bool:
    words = name.split()
    return 0 < len(words) <= _MOST_WORDS and name.casefold() not in lexicon.organisations()


# A quoted given name (one or two words), a comma or space, maybe a number's word (`"Charlie",
# number +46 …`, `"Lina", tel 070-…`), and a number of seven or more.
_PASSED_ON: Final = re.compile(
    r"[\"“”]([A-ZÅÄÖ][a-zåäöéü]+(?: [A-ZÅÄÖ][a-zåäöéü]+)?)[\"“”],?[ \t]+"
    r"(?:(?:number|nummer|numret|nr|no|tel|tfn|mobil|mob|phone|mobile)\.?:?[ \t]+)?"
    r"(?:\+\d|0\d)[\d ()-]{6,}")


def passed_on_contacts(text: str) -> list[Hit]:
    """`"Zack", +44 7700 900694`, `booked as "Charlie", number +46 …`: the quoted given name
    a number was passed on with; not a name given to pills (`Pillren kallades "Gina"`)."""
    if '"' not in text and "”" not in text:
        return []
    return [Hit(m.start(1), m.end(1), SCORE_ALONE) for m in _PASSED_ON.finditer(text)
            if names.lookup(m.group(1).split()[0], frozenset()).first
            and m.group(1).casefold() not in lexicon.organisations()
            and _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start()) is None]


# A naming verb right before the quote: the name is given to a thing.
_WORD_BEFORE: Final = re.compile(
    r"(?i:kallades|kallas|kallad|kallade|heter|hette|called|named|märkta|märkt|stämplade)\s?$")

