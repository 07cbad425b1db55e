"""A quoted word that the words before its quote make goods, not someone's nickname.

Drug warnings quote the names pills, powders and blends are sold under far more often than a
person's nickname, and the frame before the quote tells which: goods are counted or dosed
(`tog 3 st "Komet"`, `took half a "Spectre"`, `12 "Saturnus"`), and sold or marketed as
something (`they sell it as "Velvet"`, `säljs som "Kobra"`, `marknadsför "Zenit"`), or have effects
(`ruset från "Snöstorm"`, `förgiftad av "Lavendel"`). People
are neither counted by their nicknames nor sold as them; a person's nickname stands after a
relation, a full name, `kallad` or before a person's verb (`"Kobbe" som sålde`), which these
frames never hold. judged.py asks this of every quoted word before reading it as a nickname.
"""

from __future__ import annotations

from typing import Final

from mailgate.scan.drugcues import COUNT_WORDS, DOSE_UNITS, PILL_WORDS, USE_VERBS
from mailgate.scan.recognizers.nearby import before_quotes
from mailgate.scan.recognizers.nickname import THING_PRONOUNS
from mailgate.scan.recognizers.words import Tok

# Parts of one counted as goods: `en halv "Smaragd"`, `half a "Spectre"`.
_FRACTIONS: Final = frozenset({"halv", "halva", "halvt", "half", "kvarts", "quarter"})
# One counted after a verb of taking or buying: `tog en "Diana"`, `took a "Falcon"`; `en`
# alone is as often someone (`en "Micke" från Solna`).
_ONE: Final = frozenset({"en", "ett", "a", "an", "one"})
# A group's word before the count: `de två "Tjallarna"`, `all three "Boys"` are people.
_GROUPS: Final = frozenset({"de", "dom", "alla", "båda", "dessa", "the", "all", "these",
                            "both"})
# Words in lower case a number before a quote also follows: a time, a room, a table, a
# number in a series (a capitalised word there labels a thing: `Bord 12`, `Air Jordan 4`).
_NOT_COUNTS: Final = frozenset({"kl", "klockan", "at", "nr", "no", "rum", "room", "bord",
                                "table", "bana", "plats", "seat", "cell", "avd", "ward", "cage",
                                "bur", "sid", "page", "lag", "team", "grupp", "group"})
_LONGEST_COUNT: Final = 4  # digits of a count of pills; longer is a year or a number

# Selling as a kind: passive and participle forms need no object (`säljs som "Kobra"`,
# `sold as "X"`), active ones one between (`they sell it as "Velvet"`); `selling as "Stitch"`
# alone is a seller's handle.
_SOLD_AS: Final = frozenset({"säljs", "såldes", "sålts", "sold", "marketed", "marknadsförs",
                             "marknadsfördes", "branded", "labelled", "labeled", "märks",
                             "märktes", "packaged", "förpackas"})
_SELLS: Final = frozenset({"säljer", "sålde", "sell", "sells", "selling", "market", "markets",
                           "marketing", "marknadsför", "marknadsförde", "brand", "label"})
_AS: Final = frozenset({"som", "as"})
# What may stand between the verb and `som`/`as`: the goods and a word of time or degree.
_BETWEEN: Final = THING_PRONOUNS | PILL_WORDS | frozenset({
    "nu", "numera", "också", "även", "ofta", "now", "also", "often", "pillren", "tabletterna",
    "pulvret", "kapslarna", "tabletter", "stuff", "this", "these"})
_REACH: Final = 3
# Verbs of promoting goods, whose object the quote is: `marknadsför "Zenit"`.
_PROMOTES: Final = frozenset({"marknadsför", "marknadsförde", "marknadsförs", "annonserar",
                              "annonserade", "markets", "marketed", "marketing", "advertises",
                              "advertised", "advertising", "promotes", "promoting"})

# What a drug does to one, and its preposition: `effekten av "X"`, `ruset från "X"`,
# `förgiftad av "X"`, `overdosed on "X"`; one threatened or hit by someone is another verb.
_EFFECTS: Final = frozenset({
    "effekten", "effekterna", "effekter", "ruset", "tillslaget", "verkan", "biverkningar",
    "biverkningarna", "abstinensen", "överdos", "överdosen", "förgiftning", "förgiftningen",
    "förgiftningar", "förgiftad", "förgiftade", "förgiftades", "överdoserade", "effect",
    "effects", "high", "comedown", "overdose", "overdosed", "poisoning", "poisoned",
    "withdrawal"})
_OF: Final = frozenset({"av", "från", "på", "med", "of", "from", "on", "with", "by"})


def quoted_goods(tok: Tok, toks: list[Tok]) -> bool:
    """The words before `tok`'s opening quote count it, sell or market it as goods, or say
    what it does to one who took it."""
    j = before_quotes(toks, tok.index)
    if j < 0 or j == tok.index - 1:
        return False  # unquoted, or nothing before
    return _counted(toks, j) or _sold_as(toks, j) or toks[j].folded in _PROMOTES or (
        j > 0 and toks[j].folded in _OF and toks[j - 1].folded in _EFFECTS)


def _counted(toks: list[Tok], j: int) -> bool:
    """toks[j] counts or doses what follows: `3 st`, `tre`, `12`, `en halv`, `tog en`."""
    word = toks[j].folded
    before = toks[j - 1].folded if j else ""
    if word in _ONE:
        return before in USE_VERBS or before in _FRACTIONS  # tog en, half a
    if word.isdigit():  # after a verb or a preposition: `Bord 12 "Johansson"` is a table's
        return len(word) <= _LONGEST_COUNT and before not in _NOT_COUNTS and (
            j > 0 and toks[j - 1].alpha and not toks[j - 1].capital)
    counts = word in COUNT_WORDS or word in DOSE_UNITS or word in _FRACTIONS
    return counts and before not in _GROUPS


def _sold_as(toks: list[Tok], j: int) -> bool:
    """`som`/`as` at toks[j] after a verb of selling it as a kind."""
    if toks[j].folded not in _AS:
        return False
    k = j - 1
    while k >= 0 and j - k <= _REACH and toks[k].folded in _BETWEEN:
        k -= 1
    if k < 0 or j - k > _REACH:
        return False
    verb = toks[k].folded
    return verb in _SOLD_AS or (verb in _SELLS and k < j - 1)
