"""A character, act or mascot named by a Swedish title written with a capital and a word:
`Kapten Kokos`, `Doktor Stål`, `Graf Mohnblum`, `Morbror Pizza`, `Kung Bore`.

Swedish writes a title before a person's name in lower case (`doktor Lindqvist`, `kapten
Berg`); a title with a capital inside a sentence is part of a made-up name: a children's
character, a band, a comedian's number, a carnival float, a villain in a novel. Its second
word is no name common here and no surname (a word, or a rare given name as `Kokos` is).
The same shape is a person's nickname when the text says so: after a naming word in the
clause (`kallad "Farbror Blå"`, `kallade sig Doktor Glad`, `smeknamn som ... "Doktor Död"`),
right after `av`/`från` (`erbjuds pengar av "Farbror Guld"`: someone acting) or named after a
drug (`"Tant Tjack"`); a title before a full name (`Herr Dietrich Braun`) or a common given
name (`Moster Tina`, `Syster Maja`) stays a person, and so does anything at a sentence's or a
line's start, where every word has a capital, unless the word is unlisted and on the title's
first letter (`Doktor Dimma annonserar`: alliteration makes aliases, not names). English
capitalises every title (`Captain Rogers`): only Swedish titles count.
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan import lexicon, names
from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.everyday import english_words
from mailgate.scan.recognizers.lowered import lower_text

# A doctor's and a professor's title also stands before real surnames with a capital (`Doktor
# Okafor`): after them only a word the lists know counts, never an unlisted word.
RANKS: Final = ("Doktor", "Professor")
# Other ranks and titles of fairy tales, kin and nobility: any word but a name.
FANCIFUL: Final = ("Kapten", "Syster", "Fröken", "Överste", "Major", "Löjtnant", "Konstapel",
                   "Kommissarie", "Graf", "Greve", "Grevinnan", "Kung", "Drottning", "Prins",
                   "Prinsessan", "Morbror", "Farbror", "Moster", "Faster", "Tant", "Farmor",
                   "Mormor", "Morfar", "Farfar", "Pappa", "Mamma", "Baron", "Baronessan",
                   "Hertig", "Hertiginnan", "Riddar", "Kejsar", "Mäster")
# Led by the title itself, so `re` tries only where one of its first letters stands (a
# look-behind first made it try every character); the character before is checked apart.
_TITLED: Final = re.compile(r"(?P<title>" + "|".join(sorted(RANKS + FANCIFUL, key=len,
                                                          reverse=True))
                            + r")[ \t]+(?P<word>[A-ZÅÄÖ][a-zåäöéü]+)(?![\w-]*[ \t]+[A-ZÅÄÖ])")
# What stands before the title: a word, comma, bracket or arrow on the same line, or a
# numbered item's number (`2. "Morbror Pizza"`), maybe a quote; a sentence's end or a line's
# start leaves the capital unexplained.
_BEFORE: Final = re.compile(r"(?:[\w,;:)\]–—→-]|(?<![\d.])\d{1,2}\.)[ \t]+[\"“”„'‘’«]?$")
# A clause that says the name is someone's: a naming word anywhere in it.
_NAMING: Final = re.compile(
    r"\b(?:kallad|kallade|kallades|kallas|kallar|kallat|kalla|smeknamn|smeknamnet|alias|aka"
    r"|a\.k\.a|sig\s+som|called|calls|nicknamed|known\s+as|goes\s+by|signing\s+as"
    r"|signed\s+as|pseudonym|pseudonymen)\b", re.IGNORECASE)
# Right before the name: someone acting (`köpte av "Farbror Guld"`).
_AGENT: Final = re.compile(r"\b(?:av|från|by|from)[ \t]+[\"“”„'‘’«]?$", re.IGNORECASE)
_CLAUSE_END: Final = re.compile(r"[.!?\n]")
# A sentence's or a line's start, unquoted and unbracketed: where an alliterated pair opens.
_OPENS: Final = re.compile(r"(?:^|[.!?\n])[ \t]*$")
_REACH: Final = 80  # characters back to look for the clause's naming word


# A detective's rank before a name, in a sentence about a story: `där kommissarie Vera Stål
# utreder` in a crime novel, `vill att kommissarie Eva Hägg ska få beskedet i avsnitt 6`.
_DETECTIVE: Final = re.compile(
    r"\b(?:kommissarie|kommissarien|kriminalkommissarie|inspektör|inspektören|kriminalinspektör"
    r"|detektiv|detektiven|privatdetektiven|detective|inspector|sheriff|officer)[ \t]+"
    r"(?=[A-ZÅÄÖ])", re.IGNORECASE)
_DETECTIVE_GATES: Final = ("kommissarie", "inspekt", "inspect", "detektiv", "detective", "sheriff",
                           "officer")
# Words only a story or a game has (not `boken`, `filmen`, `scenen`: a book, a camera's film,
# a crime scene are found in police reports too).
_STORY: Final = re.compile(
    r"\b(?:deckare|deckaren|deckarserien|roman|romanen|novel|manus|manuset|manusförfattaren"
    r"|avsnitt|avsnittet|episode|serien|tv-serien|pjäsen|karaktären|huvudpersonen|rollfiguren"
    r"|fiktiv|fiktiva|fictional|script"
    # a video game's (not `game` alone: a match has officers): `the sequel lets you play
    # Detective Sam Harker`, `side quests with Officer …`
    r"|datorspelet|tv-spelet|uppföljaren|video game|sequel|quest|quests|playable)\b", re.IGNORECASE)
_SENTENCE_END: Final = re.compile(r"[.!?\n]")


def characters_out(text: str, found: list[Hit]) -> list[Hit]:
    """`found` without the names that are a titled character's (`Kapten Kokos`) or a story's
    detective's (`kommissarie Vera Stål` in a crime novel)."""
    if not found:
        return found
    spans = [m.span() for m in _TITLED.finditer(text)
             if _word_starts(text, m.start()) and _a_character(text, m)]
    lowered = lower_text(text)
    detectives = {m.end() for m in _DETECTIVE.finditer(text)
                  if _in_a_story(text, m.start(), m.end())} if any(
        rank in lowered for rank in _DETECTIVE_GATES) else set()
    if not (spans or detectives):
        return found
    return [h for h in found if h.start not in detectives
            and not any(s <= h.start and h.end <= e for s, e in spans)]


def _word_starts(text: str, at: int) -> bool:
    return at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "_-")


def _in_a_story(text: str, start: int, end: int) -> bool:
    """A story's word in the sentence the rank stands in."""
    opened = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 200), start)),
                 default=max(0, start - 200))
    closed = _SENTENCE_END.search(text, end)
    return _STORY.search(text, opened, closed.start() if closed else len(text)) is not None


def _a_character(text: str, match: re.Match[str]) -> bool:
    start = match.start()
    back = text[max(0, start - _REACH) : start]
    alliterated = _OPENS.search(back) is not None and _alliterated(match)
    if not (alliterated or _a_thing_word(match.group("word"), match.group("title") in RANKS)):
        return False
    if not (alliterated or _BEFORE.search(back)):
        return False
    clause = back[max((m.end() for m in _CLAUSE_END.finditer(back)), default=0):]
    return not (_NAMING.search(clause) or _AGENT.search(clause))


def _alliterated(match: re.Match[str]) -> bool:
    """`Doktor Dimma`, `Mamma Mysig`, `Syster Sömn` where every word has a capital (a
    sentence's or a line's start): a title and a word on its first letter that no name list
    holds is a made-up alias, brand or act; kin before an unlisted name (`Mamma Ilvar`,
    `Farbror Ghebre`) seldom shares its letter."""
    title, word = match.group("title"), match.group("word")
    return title[0] == word[0] and not names.lookup(word, frozenset()).name and (
        word.casefold() not in lexicon.drugs())  # but "Tant Tjack" sells it: someone


def _a_thing_word(word: str, rank: bool) -> bool:
    """No common given name, no surname (unless a word too: `Bore`), no drug; after a doctor's
    or professor's title a word the lists know: an English or Swedish word, a rare given name
    no surname is."""
    folded = word.casefold()
    info = names.lookup(word, frozenset())
    if info.core or info.shaped or folded in lexicon.drugs():
        return False
    a_word = info.common or folded in english_words()
    if rank:
        return a_word or (info.first and not info.last)
    return not info.last or a_word
