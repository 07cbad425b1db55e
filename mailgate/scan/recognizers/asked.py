"""One word no list holds after a verb of calling or asking, the sentence then about a person:
`ring Dawit och fråga om hon kommit hem`, `be Ljubica ringa mig`, `ask Tsegay whether he …`.

Offices and firms are called and asked too (`ring Vårdcentralen`, `fråga Apoteket`), but
what follows them is no `han` or `hon`; a noun's definite form is left out all the same.
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan.recognizers.words import Tok

_ASK_VERBS: Final = frozenset({
    "ring", "ringa", "ringde", "sms:a", "smsa", "sms:ade", "smsade", "messa", "messade",
    "fråga", "frågade", "be", "bad", "call", "text", "ask", "asked", "tell", "told",
})
# Pronouns of a person after the name, in its sentence: who was called is a he or a she.
_PERSON_PRONOUNS: Final = frozenset({
    "han", "hon", "hen", "honom", "henne", "hans", "hennes", "he", "she", "him", "her", "his",
})
# What someone asked is asked to do: `be Ljubica ringa mig`.
_ASKED_TO: Final = frozenset({"ringa", "höra", "komma", "skicka", "messa", "sms:a", "smsa",
                              "to"})
_DEFINITE_FORM: Final = re.compile(r"(?:en|et|rna|na)$")  # Skolen, Kontoret, Tjejerna
# An office's or a service's compound: `ring Kundtjänst`, `fråga Hälsocentral`.
_OFFICE_END: Final = re.compile(
    r"(?:tjänst|service|center|central|mottagning|kontor|bank|skola|butik|support|jour|"
    r"linje|linjen|an)$")
# Verbs of texting, whose message follows: `sms:a Berena att vi är sena`; firms are called
# and asked, seldom texted.
_TEXT_VERBS: Final = frozenset({"sms:a", "smsa", "sms:ade", "smsade", "messa", "messade", "text"})
_SENTENCE_ENDS: Final = frozenset({".", "!", "?", ";"})
_LOOK: Final = 12  # tokens of the sentence read after the name


def asked(word: Tok) -> bool:
    """`ring X …hon…`, `fråga X om han …`, `be X ringa`: X one word no list holds."""
    toks = None if word.place is None else word.place.toks
    i = word.index
    if toks is None or i == 0 or word.line_break_before or len(word.text) < 3 or (
            toks[i - 1].folded not in _ASK_VERBS or _DEFINITE_FORM.search(word.folded)
            or _OFFICE_END.search(word.folded)):
        return False
    verb = toks[i - 1].folded
    for t in toks[i + 1 : i + 1 + _LOOK]:
        if t.line_break_before or t.text in _SENTENCE_ENDS:
            return False
        if t.folded in _PERSON_PRONOUNS:
            return True
        if t.index == i + 1 and ((verb in ("be", "bad") and t.folded in _ASKED_TO) or (
                verb in _TEXT_VERBS and t.folded in ("att", "that"))):
            return True
    return False
