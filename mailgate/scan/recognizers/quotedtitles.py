"""A title in quotes that holds a name and ordinary words in lower case: `"Gabriels oboe"`,
`"Marsch ur Aida"`, `Ekipage 22 "Greta och klimatet"`, `"Zlatans gyllene fot"`.

Songs, floats, exhibitions, talks and sketches are titled with a name and words; the
annotated corpora count no one in them. A quote is taken for a title only where the text
says so: it stands in a list of quoted items (`"Gabriels oboe", "Marsch ur Aida"`) or after a
work's word (`låten`, `ekipage`, `föredrag`). Persons stay found in quotes of other kinds: a
quote after a word of saying or naming (`sa "ring Greta nu"`, `kallar sig "Kungen av Backa"`),
one with a digit (`"Jack ring mamma 070-…"`), a comma or a sentence's end in it, a full
name (`"Tips om min bror Jari Ojala"`) or a name after `från`, `av`, `till`, `med` (`"Till
pappa från Tindra"`, `"Micke från Mönsterås"`).
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

from mailgate.scan import names
from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.quotedlists import listed_titles

_OPEN: Final = "\"“”„«»"
# A quote of two to six words opening with a capital, nothing in it that ends a clause.
_QUOTED: Final = re.compile(r"[\"“”„«»](?P<q>[A-ZÅÄÖ][^\"“”„«»\d.!?,;:\n]{2,60}?)[\"“”„«»]")
_WORD: Final = re.compile(r"[^\W\d_][\w'’-]*")
_PARTICLES: Final = frozenset({"van", "von", "de", "da", "del", "della", "di", "du", "la", "le",
                               "af", "bin", "ibn", "al", "el", "der", "den", "ter", "zu", "y"})
# Before a name in the quote: someone it is from, by or to (`Till pappa från Tindra`).
_LINKS: Final = frozenset({"från", "av", "till", "med", "hos", "from", "by", "to", "with",
                           "for", "för", "of"})
# Words before a quote that make it a work's title; not a post's or headline's (`a fundraiser
# titled "Help Lucas get to rehab"` names him).
_WORKS: Final = re.compile(
    r"\b(?:låt(?:en|ar|arna)?|sång(?:en|er|erna)?|visa[n]?|spår(?:et)?|albumet|album|skivan"
    r"|boken|bok|romanen|pjäsen|pjäs|filmen|film|serien|avsnitt(?:et)?|programmet|föredrag(?:et)?"
    r"|föreläsning(?:en)?|utställning(?:en)?|ekipage(?:t)?"
    r"|vagn(?:en)?|numret|nummer|sketch(?:en)?|dikt(?:en)?|konsert(?:en)?|spellista[n]?"
    r"|låtlista[n]?|setlist|repertoar(?:en)?|sjöng|sjunger|spelade|spelar|framförde|song"
    r"|songs|track|play|show|exhibition|talk|float|poem|sang|sings)\b[^\"“”„«»\n]{0,24}$",
    re.IGNORECASE)
# Words of saying or naming before a quote: speech or a nickname, names kept.
_SAID: Final = re.compile(
    r"\b(?:sa|sade|säger|skrev|skriver|ropade|svarade|frågade|skrek|sms:?ade|said|says|wrote"
    r"|asked|kallas|kallad|kallade|kallar\s+sig|heter|hette|alias|called|texten|inskriptionen"
    r"|inscription)\s*$", re.IGNORECASE)
_REACH: Final = 40


def quoted_titles_out(text: str, found: list[Hit]) -> list[Hit]:
    """`found` without the names inside a quoted title."""
    if not found or not any(q in text for q in _OPEN):
        return found
    quotes = list(_QUOTED.finditer(text))
    spans = [m.span("q") for m in quotes if _a_title(text, m)]
    spans += listed_titles(text, quotes, lambda m: _a_title(text, m), _names_someone)
    if not spans:
        return found
    return [h for h in found if not any(s <= h.start and h.end <= e for s, e in spans)]


def _a_title(text: str, match: re.Match[str]) -> bool:
    words = _WORD.findall(match.group("q"))
    if not 2 <= len(words) <= 6 or not any(
            w.islower() and len(w) >= 2 and w not in _PARTICLES for w in words):
        return False
    if _names_someone(words):
        return False
    before = text[max(0, match.start() - _REACH) : match.start()]
    if _SAID.search(before):
        return False
    return _listed_quote(text, match) or _WORKS.search(before) is not None


def _names_someone(words: list[str]) -> bool:
    """A full name, or a name after a word of whom it is from, by or to (`For Callum`)."""
    return _a_full_name(words) or any(
        a.casefold() in _LINKS and b[0].isupper() for a, b in pairwise(words))


def _listed_quote(text: str, match: re.Match[str]) -> bool:
    """Another quoted item right before or after: `"Gabriels oboe", "Marsch ur Aida"`."""
    before = text[max(0, match.start() - 6) : match.start()]
    after = text[match.end() : match.end() + 6]
    return bool(re.search(r"[\"“”»][ \t]*(?:,|och|and|&)[ \t]*$", before)) or bool(
        re.match(r"[ \t]*(?:,|och|and|&)[ \t]*[\"“„«]", after))


def _a_full_name(words: list[str]) -> bool:
    """A listed given name and a listed surname side by side: someone named in the quote."""
    for a, b in pairwise(words):
        if a[0].isupper() and b[0].isupper():
            first, last = names.lookup(a, frozenset()), names.lookup(b.removesuffix("s"),
                                                                    frozenset())
            if first.first and (last.last or last.shaped):
                return True
    return False
