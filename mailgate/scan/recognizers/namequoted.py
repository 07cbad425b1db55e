"""A quoted name right after a word for a name, a phone's contact, a signature, a sender or a
user (`De har ett namn, "Jolle".`, `kontakten "Mamma"`, `the contact: "Zack"`, `signaturen
"nattugglan"`, `Sender "Bigz" wrote …`): what a writer hands on as someone's name is
someone's, whatever list it is missing from; `namnet` needs a person before it (`hon gav oss
namnet "Pajen"`; not `Filen har namnet "Rapport"`).

The words before say whose name it is, as after a naming verb (nickname.whose): a pill's,
a powder's or a product's stays readable (`Pillren hade ett namn, "Tesla"`, `säljs under
namnet "Molly"`), and so do a place, an agency, a firm, a drug and a stamp (`kontakten
"Apoteket"`, `avsändaren "PostNord"`). A contact saved under a street name is the dealer's
(`kontakten "Tina"`), but an unlisted noun or English word after a contact's or a sender's
word is an office's or a service's (`avsändaren "Kundtjänst"`, `kontakten "Jobbet"`).
"""

from __future__ import annotations

from typing import Final

from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.everyday import english_words
from mailgate.scan.recognizers.namedfiles import SERVICE_WORDS, a_file_named
from mailgate.scan.recognizers.nickname import SCORE_NICKNAME, a_drug, something_before, whose
from mailgate.scan.recognizers.textindex import token_folded
from mailgate.scan.recognizers.vouched import DEFINITE_NOUN, WORD_ENDING
from mailgate.scan.recognizers.words import QUOTES, Tok

# A name handed on (`ett namn, "X"`), or the name someone has (`hon gav oss namnet "X"`): a
# file, a boat or a project has a name too, so `namnet` needs a person before it.
NAME_WORDS: Final = frozenset({"namn", "namnet", "name"})
_A: Final = frozenset({"ett", "a", "an"})
# Where a phone, a site or a letter shows someone: an office, a service or a board is shown
# there as often, so an unlisted word must not be a Swedish noun's or an English word's.
SHOWN_WORDS: Final = frozenset({
    "kontakten", "kontaktnamnet", "contact", "avsändaren", "avsändare", "sender", "signatur",
    "signaturen", "signature", "användaren", "användarnamnet", "username", "user",
})
# A phone's contact or a message's sender is an office's or a service's long compound as
# often (`"Kundtjänst"`, `"Tandläkaren"`); a site's user or signature a long nickname.
OFFICE_WORDS: Final = frozenset({"kontakten", "kontaktnamnet", "contact", "avsändaren",
                                  "avsändare", "sender"})
LONGEST: Final = {True: 8, False: 12}  # letters of one unlisted word, by OFFICE_WORDS
_JOINS: Final = frozenset({",", ":"})
_MAX_WORDS: Final = 3


def quoted_after_a_name_word(toks: list[Tok]) -> list[Hit]:
    folded = token_folded(toks)
    if folded.isdisjoint(NAME_WORDS) and folded.isdisjoint(SHOWN_WORDS):
        return []  # no such word anywhere: no pass over every token
    out = []
    for i in [i for i, t in enumerate(toks) if t.folded in NAME_WORDS or t.folded in SHOWN_WORDS]:
        j = i + 1 + (i + 1 < len(toks) and toks[i + 1].text in _JOINS)
        if j >= len(toks) or toks[j].text not in QUOTES:
            continue
        words = _quoted(toks, j + 1)
        shown = toks[i].folded in SHOWN_WORDS
        longest = LONGEST[toks[i].folded in OFFICE_WORDS]
        if not words or not all(a_name_word(t, shown, longest) for t in words):
            continue
        if len(words) > 1 and not all(t.capital for t in words):
            continue  # kontakten "Gina leverans": a trade's word after a street name
        owner = whose(toks, i - 1)
        if owner is False or something_before(toks, i) or (
                owner is None and a_file_named(toks, i)):
            continue  # Pillren hade ett namn, "Tesla"; Filen fick ett namn, "Utkast"
        handed = i > 0 and toks[i - 1].folded in _A and toks[i].folded != "namnet"
        if shown or handed or owner:
            out.append(Hit(words[0].start, words[-1].end, SCORE_NICKNAME))
    return out


def _quoted(toks: list[Tok], j: int) -> list[Tok]:
    """The words from toks[j] to a closing quote (a symbol may stand before it: `"Lucy 💊"`);
    none when the quote does not close soon."""
    words: list[Tok] = []
    while j < len(toks) and toks[j].text not in QUOTES and len(words) <= _MAX_WORDS:
        tok = toks[j]
        if tok.line_break_before:
            return []
        if tok.alpha or "-" in tok.text or "_" in tok.text:
            words.append(tok)
        elif any(c.isalnum() for c in tok.text) or not words:
            return []  # `"Lucy K 0,5"`: a label with a dose, no name
        j += 1
    if j >= len(toks) or len(words) > _MAX_WORDS:
        return []
    return words


def a_name_word(tok: Tok, shown: bool, longest: int) -> bool:
    """A word of a name: no place, agency, firm, stamp or drug (a given name a street name
    shares is a contact's, `kontakten "Tina"`); where a phone or a site shows it, a listed
    name or an unlisted word that is no noun (`"Styrelsen"`), acronym (`"HMRC"`) or English
    word."""
    info = tok.info
    if info.negative or tok.in_negative_phrase or tok.stamp_compound:
        return bool(shown and info.first and tok.drug_word and not tok.in_negative_phrase)
    if tok.drug_word or a_drug(tok.folded):
        return shown and info.first
    if len(tok.text) < 2 or not (tok.capital or tok.text.islower()):
        return False
    if not shown or info.first or info.last:
        return True
    if len(tok.text) > longest or (len(tok.text) > 1 and tok.text.isupper()) or (
            tok.folded in SERVICE_WORDS):
        return False  # "Styrelsen", "HMRC", "Skolan"
    return tok.folded not in english_words() and not (
        DEFINITE_NOUN.search(tok.folded) or WORD_ENDING.search(tok.folded))
