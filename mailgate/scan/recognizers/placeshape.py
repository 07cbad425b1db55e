"""Places whose names are shaped like surnames (-berg, -borg, -holm), unlisted: a place's
word or a listed place beside them says what they are.

`polisen i Storgöteborg`, `Strömstad och Charlottenberg`, `från Årby och Lagersberg`, `Hej
från Raseborg och Ekenäs`: a word no name list holds, only shaped like a surname, after a
place preposition or joined to a listed place. A listed surname stays a name there
(`Strömstad och Lindberg` may be a person), and so does any given name.
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan import names
from mailgate.scan.recognizers.words import Tok

_JOINERS: Final = frozenset({"och", "eller", "og", "and", "or", ","})
# Words before a place that Swedish `i`/`från` does not cover: Norwegian and Danish
# prepositions, `till` (also said of people, so only for a listed place or a shaped word
# joined to it), and the sites of terminals and ports (PostNord terminal Rosersberg).
_TOWARDS: Final = frozenset({"till", "til", "fra", "ved", "to"})
_SITES: Final = frozenset({"terminal", "terminalen", "hamnen", "depå", "depån", "lager", "lagret"})
# Prefixes that make a region of a city: Storgöteborg, Stormalmö, Storstockholm.
_REGION_PREFIXES: Final = ("stor", "greater ")



# English, Norwegian and Danish words for places that end a place's name or follow it:
# Åland Sea, Park Avenue; Ribersborg beach, Bergen stasjon. `Lane` is a surname too, so it
# makes a place only of words that are no given name (Park Lane, not Anna Lane).
PLACE_ENDS: Final = frozenset({"avenue", "street", "road", "square", "boulevard", "plaza", "sea",
                               "ocean", "bay", "gulf", "strait", "harbour", "harbor", "lane"})
PLACE_AFTER: Final = frozenset({"beach", "stasjon", "station", "strand", "stranden", "havn", "hamn",
                                "harbour", "airport", "lufthavn", "flygplats", "terminal"})


def named_by_a_place_word(run: list[Tok], toks: list[Tok]) -> bool:
    """Åland Sea, Park Avenue, Park Lane; Ribersborg beach, Bergen stasjon."""
    last = run[-1]
    if len(run) >= 2 and last.folded in PLACE_ENDS and not (
            last.folded == "lane" and any(t.info.first for t in run[:-1])):
        return True
    nxt = toks[last.index + 1] if last.index + 1 < len(toks) else None
    return len(run) == 1 and nxt is not None and not nxt.capital and (
        not nxt.line_break_before) and nxt.folded in PLACE_AFTER


# A Swedish place's name ends in a topographic noun in its definite form: Middagsberget,
# Kvarnholmen, Stortorget, Norrmalmsviken. No given name and few surnames end so (those that
# do, `Hagen`, `Liden`, are listed and stay names).
_DEFINITE_PLACE: Final = re.compile(
    r"(?:berget|holmen|torget|skogen|viken|udden|sjön|ängen|dalen|backen|parken|hamnen"
    r"|hagen|åsen|liden|myren|näset|gärdet|fältet|höjden|stranden|kullen|bäcken|forsen"
    r"|heden|mossen|kärret|tjärnen|älven|ön|gläntan|lunden|bron|strömmen|vallen)$")
_SHORTEST_PLACE: Final = 6


def a_definite_place(run: list[Tok]) -> bool:
    """`Lilla Middagsberget`, `Norra Kvarnholmen`: a run ending in a place word's definite
    form that no list calls a name, after no given name."""
    last = run[-1]
    if any(t.info.first and not t.info.negative for t in run[:-1]):
        return False  # Lena Holmen, Erik Berget: a given name makes the last word a surname
    return len(last.folded) >= _SHORTEST_PLACE and not (last.info.name or last.info.shaped) and (
        _DEFINITE_PLACE.search(last.folded) is not None)


def a_shaped_place(run: list[Tok], toks: list[Tok]) -> bool:
    """The run is one unlisted surname-shaped word that its neighbours make a place, or ends
    in a place word's definite form."""
    if named_by_a_place_word(run, toks) or a_definite_place(run):
        return True
    if len(run) != 1:
        return False
    tok = run[0]
    info = tok.info
    if info.first or info.last:
        return False
    if any(tok.folded.startswith(p) and tok.folded[len(p):] in names.listed_places()
           for p in _REGION_PREFIXES):
        return True  # Storgöteborg
    if not info.shaped:
        return False
    before = toks[tok.index - 1].folded if tok.index else ""
    return tok.after_place_word or before in _SITES or before in ("ved", "fra") or (
        _joined_to_a_place(tok.index, toks))


def _joined_to_a_place(i: int, toks: list[Tok]) -> bool:
    """`Strömstad och Charlottenberg`, `Raseborg och Ekenäs`, `från Årby och Lagersberg`."""
    before = toks[i - 2] if i >= 2 and toks[i - 1].folded in _JOINERS else None
    after = toks[i + 2] if i + 2 < len(toks) and toks[i + 1].folded in _JOINERS else None
    return any(t is not None and t.capital and (t.folded in names.listed_places() or (
        t is before and _after_a_preposition(t, toks) and not t.info.name))
        for t in (before, after))


def _after_a_preposition(tok: Tok, toks: list[Tok]) -> bool:
    """`från Årby`, `til Strømstad`: the word before the joiner names a place."""
    return tok.after_place_word or (tok.index > 0 and toks[tok.index - 1].folded in _TOWARDS)
