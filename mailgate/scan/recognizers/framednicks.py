"""Nicknames no list holds, in frames that show a person (nickname.py reads them after a
naming word, quotedword.py in quotes): a Swedish nickname word capitalised mid-sentence
(`hämtar du hos Lillebror`, `ett paket åt Lilleman`), a name called to after a call's word
(`ok lyssna Ibbe.`, `hörru Vimpe, …`), or a line opening with a shouted name spoken to
(`TOMPA – du är skyldig mig`). Beside the writer (`X och jag`), before kin (`X och hans
kusin`) or after a chat's `ok`, `haha` the word is as often a thing's, a title's or a
brand's, and is left alone. The word must be no word of a language here, no place, drug or
agency and no Swedish noun's definite form (`hallå Göteborg!`, `OBS – du måste`): only
unlisted words, or a listed given name shouted."""

from __future__ import annotations

from typing import Final

from mailgate.scan import lexicon, names
from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.everyday import english_words
from mailgate.scan.recognizers.scores import SCORE_WEAK
from mailgate.scan.recognizers.textindex import indexes_where, token_folded
from mailgate.scan.recognizers.vouched import DEFINITE_NOUN, WORD_ENDING
from mailgate.scan.recognizers.words import STOP_WORDS, Tok

# Swedish words that name someone when written with a capital mid-sentence: nicknames.
NICKNAME_WORDS: Final = frozenset({"Lillebror", "Lilleman", "Lillen", "Lillgrabben", "Tuffe",
                                   "Tjocke", "Gruby", "Lillstumpan", "Storebrorsan"})
# Of those, the ones no sentence opens with as a noun: a nickname there too (`Gruby już wie`).
_OPENING_TOO: Final = frozenset({"Gruby", "Tuffe", "Lilleman", "Tjocke"})
# A call's words before a name spoken to (`ok lyssna Ibbe.`); not a chat's `ok`, `haha`,
# `yo`, which stand before any word.
_OPENERS: Final = frozenset({"lyssna", "hörru", "hallå", "tjena", "tja", "listen"})
# After a name spoken to: the clause's end, or the one spoken to.
_SPOKEN_AFTER: Final = frozenset({".", ",", "!", "?", "du", "e", "är", "you"})
_DASHES: Final = frozenset({"–", "—", "-", ":", ","})
_SECOND: Final = frozenset({"du", "you", "ni"})
_GATES: Final = _OPENERS | _SECOND


def framed_nicknames(toks: list[Tok]) -> list[Hit]:
    """A word no list holds, or a given name, in one of the frames above."""
    out = [Hit(toks[i].start, toks[i].end, SCORE_WEAK) for i in indexes_where(
        toks, NICKNAME_WORDS.__contains__) if toks[i].text in _OPENING_TOO or not _opens(toks[i])]
    if _GATES.isdisjoint(token_folded(toks)):
        return out  # most texts: no opener, owner, `jag` or `du`
    for i in indexes_where(toks, _a_candidate):
        if _framed(toks, i):
            out.append(Hit(toks[i].start, toks[i].end, SCORE_WEAK))
    return out


def _opens(tok: Tok) -> bool:
    return tok.sentence_start or tok.line_break_before or tok.line_is_title or tok.quoted


def _a_candidate(text: str) -> bool:
    """Capitalised or shouted, three letters or more: a given name no word or place is, or
    a word of no list, no language here and no noun's shape."""
    if len(text) < 3 or not text.isalpha() or not text[0].isupper():
        return False
    folded = text.casefold()
    if folded in STOP_WORDS or folded in english_words() or folded in lexicon.drugs():
        return False
    info = names.lookup(text, STOP_WORDS)
    if info.common or info.negative:
        return False  # Obs, Viktigt; Göteborg
    if info.first:
        return True  # TOMPA
    return folded not in lexicon.every_entry() and not (
        WORD_ENDING.search(folded) or DEFINITE_NOUN.search(folded)
        or folded.endswith(("an", "en", "et", "na")))


def _framed(toks: list[Tok], i: int) -> bool:
    tok = toks[i]
    prev = toks[i - 1].folded if i else ""
    nxt = [t.folded for t in toks[i + 1 : i + 3]]
    if not tok.text.isupper() and names.lookup(tok.text, STOP_WORDS).first:
        return False  # a given name is read elsewhere; here one is as often a drug's (Tina)
    if prev in _OPENERS and nxt[:1] and nxt[0] in _SPOKEN_AFTER:
        return True  # ok lyssna Ibbe.
    return tok.text.isupper() and (tok.line_break_before or i == 0) and len(nxt) >= 2 and (
        nxt[0] in _DASHES and nxt[1] in _SECOND)  # TOMPA – du är skyldig mig

