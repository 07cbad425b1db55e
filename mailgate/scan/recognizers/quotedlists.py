"""Works titled in quotes by capitalised words or a name alone: `"Dancing Queen", "Mamma Mia"
och "Waterloo"`, `baletten "Giselle"`, `Spellista⏎"Gloria", "Carola", "Hej Clown"`.

Songs, books, films, ballets and plays are often titled by a name (`"Jolene"`, `"Matilda"`,
`"Anna Karenina"`); quotedtitles.py's rule wants a lower-case word in a title, so such titles
were read as people. Here a quote of capitalised words is a title when the text shows that it
is one: a quoted item listed beside a title that holds lower-case words, or a work's word
shortly before the quotes on their line or closing the line above them (`låtlista`,
`romanen`, `sjöng`, `Books this term:`); a title so found is one where it is quoted again.
A list of quoted names alone is no list of titles (`Gruppchatten: "Lisa", "Omar" och
"Jonna"`). People stay found where the quotes name someone: after a word of naming or
saying before the list (`Kontakterna hette "Bella" och "Sara"`, `kallade honom "Calle",
"Lasse"`), as a nickname between a name's parts (`Linnéa "Nea" Sjöstrand`), a listed given
name and surname in one quote (`"Anna Berg"`), a name after a word of whom it is for or
from (`"For Callum"`), or words in lower case in it (`"Jolene kommer inte"`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

# Between two listed quotes: a comma, `och`, `and`, `&`, `eller` (no line break).
_BETWEEN: Final = re.compile(r"[ \t]*(?:,|och|and|&|eller|or)[ \t]*")
# A work's word before the quotes (not `visa`, `visar` or `läste`: a camera shows and a
# list reads out people too), as a word of its own (`gästbok`, `notebook`, `bokningen`
# and `operatören` name no work), heading a compound of singing (`Karaokekvällen`) or ending
# one of a show (`vårshow`, `julkonserten`); a list's heading word closing the line above
# (`Spellista för fredagen`).
_WORKS: Final = (
    r"låt|sång|visan|spår|album|albumet|skiva|skivan|bok|boken|böcker|böckerna"
    r"|roman|romanen|novell|novellen|pjäs|pjäsen|film|filmen|filmer|filmerna|serie|serien"
    r"|musikal|musikalen|balett|baletten|opera|operan|show|showen|dikt|dikten|spel|spelet"
    r"|låtlista|låtlistan|spellista|spellistan|setlist|repertoar|repertoaren|karaoke|allsång"
    r"|allsången|sjöng|sjunger|sjunga|dansar till|repeterar|önskade|book|books|novel|novels"
    r"|film|films|movie|movies|song|songs|track|tracks|playlist|album|albums|musical|ballet"
    r"|opera|game|games|poem|poems|sang|sings|reading")
_WORK_WORDS: Final = re.compile(
    rf"\b(?:(?:{_WORKS})\b|karaoke|allsång)|(?:show|showen|konsert|konserten)\b", re.IGNORECASE)
# Naming or saying before the list: the quotes are what someone is called or said.
_NAMING: Final = re.compile(
    r"\b(?:hette|heter|kallas|kallad|kallade|kallar|kallade\s+honom|kallade\s+henne|alias"
    r"|called|calls|named|nicknamed|known\s+as|sa|sade|säger|skrev|ropade|svarade|said"
    r"|wrote|asked|sparad|sparat|saved)\b",
    re.IGNORECASE)
_REACH: Final = 60
# Characters from a work's word to the quotes: a word or two between (`Books this term: "…"`,
# `Karaokekvällen: "…"`); further on the word says something else (`Filmen från kameran
# visar att "Kim" och "Jonna" stod …` is a camera's film).
_NEAR: Final = 16

Span = tuple[int, int]


def listed_titles(text: str, quotes: list[re.Match[str]], worded: Callable[[re.Match[str]], bool],
                  named: Callable[[list[str]], bool]) -> list[Span]:
    """The spans of quotes that are titles by their list or a work's word before them.
    `worded` tells a title that holds lower-case words; `named` a quote's words that name
    someone (a full name, or a name after `for`, `till`, `från`)."""
    spans: list[Span] = []
    for chain in _chains(text, quotes):
        if not any(_capitalised(m) for m in chain):
            continue
        start = chain[0].start()
        if _NAMING.search(_line_before(text, start)) or _nicknamed(text, chain):
            continue
        if any(worded(m) for m in chain) or _a_work_before(text, start):
            spans += [m.span("q") for m in chain
                      if _capitalised(m) and not named(_words(m))]
    return spans + _repeated(text, quotes, spans)


def _repeated(text: str, quotes: list[re.Match[str]], spans: list[Span]) -> list[Span]:
    """A title quoted again further on, with no list or work's word: `Please note that "Go
    Ask Alice" describes …` after `Books this term: …, "Go Ask Alice"`."""
    titles = {text[s:e] for s, e in spans}
    return [m.span("q") for m in quotes if m.group("q") in titles and m.span("q") not in spans]


def _nicknamed(text: str, chain: list[re.Match[str]]) -> bool:
    """A quote glued by one blank to a capitalised word: `Linnéa "Nea" Sjöstrand`."""
    before = text[max(0, chain[0].start() - 2) : chain[0].start()]
    after = text[chain[-1].end() : chain[-1].end() + 2]
    return (len(before) == 2 and before[0].isalpha() and before[1] == " " and (
        text[text.rfind(" ", 0, chain[0].start() - 1) + 1].isupper())) or (
        len(after) == 2 and after[0] == " " and after[1].isupper())


def _chains(text: str, quotes: list[re.Match[str]]) -> list[list[re.Match[str]]]:
    """Quotes parted only by a list's separator, in runs."""
    chains: list[list[re.Match[str]]] = []
    for m in quotes:
        if chains and _BETWEEN.fullmatch(text, chains[-1][-1].end(), m.start()):
            chains[-1].append(m)
        else:
            chains.append([m])
    return chains


def _words(m: re.Match[str]) -> list[str]:
    return m.group("q").split()


def _capitalised(m: re.Match[str]) -> bool:
    """Every word opens with a capital (a hyphened word counts by its first part)."""
    return all(w[0].isupper() for w in _words(m))


def _line_before(text: str, start: int) -> str:
    line_start = text.rfind("\n", 0, start) + 1
    return text[max(line_start, start - _REACH) : start]


def _a_work_before(text: str, start: int) -> bool:
    """A work's word on the quote's line shortly before it, or closing the line above when
    the quotes open their line."""
    before = _line_before(text, start)
    ends = [m.end() for m in _WORK_WORDS.finditer(before)]
    if ends:
        return len(before) - ends[-1] <= _NEAR
    if before.strip():
        return False
    above_end = text.rfind("\n", 0, start)
    above = text[text.rfind("\n", 0, max(0, above_end)) + 1 : max(0, above_end)]
    return above_end > 0 and _WORK_WORDS.search(above) is not None
