"""Nicknames in quotes told by the role before them: `brigadledaren "Darek"`, `player
"Ghost"`, `kompisen "Pysen"`, `säljaren, "Kobran"`, `our flatmate "Biscuit"`. A role or
relation word names a person, so what it names in quotes is that person's nickname, even
when no list holds it; a drug, a place, an agency, a brand or a shop's sign in the same place
(`källan "Aftonbladet"`, `mottagaren "Polisen"`, `the mail client "Outlook"`) stays unmasked.
"""

from __future__ import annotations

from typing import Final

from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.nickname import SCORE_NICKNAME
from mailgate.scan.recognizers.sellers import nickname_word
from mailgate.scan.recognizers.textindex import indexes_where
from mailgate.scan.recognizers.tradefirms import a_trade_firm
from mailgate.scan.recognizers.words import QUOTES, RELATION_CUES, Tok

# Relation cues that are verbs or titles, not a role standing before a name it gives.
_NOT_ROLES: Final = frozenset({
    "träffade", "träffat", "mötte", "mött", "pratade", "pratat", "ringde", "met", "meet",
    "saw", "told", "heter", "hette", "mr", "mrs", "ms", "miss", "dr", "man", "old", "barn",
    "child", "kontakt", "source", "källa", "källan", "subject", "person", "personen",
    "förhinder", "justeras", "efternamn", "efternamnet", "förnamn", "förnamnet", "surname",
    "firstname",
})
# Roles the person cues leave out, said of people who sell, live or work beside the writer.
_MORE_ROLES: Final = frozenset({
    "seller", "dealer", "langare", "langaren", "flatmate", "roommate", "housemate",
    "neighbour", "neighbor", "teammate", "coach", "trainer", "tränare", "tränaren", "mate",
    "buddy", "guy", "bloke", "dude", "boss", "manager", "host", "förmannen", "förman",
    "rumskompis", "rumskompisen", "klasskompis", "klasskompisen", "bartender", "bartendern",
})
# Compounds ending in a role: brigadledaren, truckföraren, dörrvakten, lagkaptenen. Not any
# job's shape: a maker, supplier, organiser or author (`tillverkaren "Geneza"`, `arrangören
# "Sthlm Fields"`, `författaren "Nattskift"`) names a firm or a work in quotes.
_ROLE_ENDINGS: Final = ("ledare", "ledaren", "chef", "chefen", "vakt", "vakten", "förare",
                        "föraren", "arbetare", "arbetaren", "säljare", "säljaren",
                        "kapten", "kaptenen", "kompis", "kompisen")
_MAX_WORDS: Final = 2


def role_nicknames(toks: list[Tok]) -> list[Hit]:
    out = []
    for i in indexes_where(toks, QUOTES.__contains__):  # an opening quote: no other passes
        words = _quoted_after_role(toks, i)
        if words:
            out.append(Hit(words[0].start, words[-1].end, SCORE_NICKNAME))
    return out


def _quoted_after_role(toks: list[Tok], i: int) -> list[Tok] | None:
    """The one or two words quoted from toks[i], when a role stands right before the quote
    (or before a comma before it) and the quote closes right after them."""
    tok = toks[i]
    if tok.text not in QUOTES or i < 1 or i + 2 >= len(toks) or toks[i + 1].start != tok.end:
        return None  # an opening quote touches its first word
    role = i - 2 if toks[i - 1].text == "," and i >= 2 else i - 1
    if toks[role].end == tok.start or not _a_role(toks[role].folded):
        return None  # `kompisen"` closes a quote
    close = next((j for j in range(i + 2, min(i + 2 + _MAX_WORDS, len(toks)))
                  if toks[j].text in QUOTES), None)
    if close is None or (close + 1 < len(toks) and toks[close + 1].start == toks[close].end
                         and toks[close + 1].text == "-"):
        return None  # "Tesla"-pillren: the quote names a thing
    words = toks[i + 1 : close]
    if not all(nickname_word(t) and _one_capital(t) for t in words) or a_trade_firm(
            words, toks):
        return None
    return words


def _a_role(folded: str) -> bool:
    if folded in _NOT_ROLES or not folded.isalpha():
        return False
    return folded in RELATION_CUES or folded in _MORE_ROLES or (
        len(folded) > 6 and folded.endswith(_ROLE_ENDINGS))


def _one_capital(tok: Tok) -> bool:
    """No capital after the first letter: CamelCase and acronyms are brands' and firms'."""
    return not any(ch.isupper() for ch in tok.text[1:])
