"""Speakers of an SMS, WhatsApp or Teams export: `Anastasia: nej och ge honom inte Sobril`.

A line that opens with a name and a colon, in a text with at least two such lines, is a
message and its writer. A one-word speaker is reported when the lists hold it as a given
name (not also a word, a place or a drug's name): form labels (`Datum:`, `Plats:`) open
lines the same way and are words, not names. In a chat of four such lines or more, a given
name that is also a word speaks when it opens two lines (`Klara:`), as a field does not. Two-word
speakers are runs the PERSON recognizer judges anyway. A chat where no given name speaks is
talkers.py's to judge.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from itertools import pairwise
from typing import Final

from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.everyday import english_words
from mailgate.scan.recognizers.scores import SCORE_ALONE
from mailgate.scan.recognizers.streetfolk import a_chat_speaker
from mailgate.scan.recognizers.talkers import a_field_label, quote_headers, unlisted_talkers
from mailgate.scan.recognizers.textindex import positions
from mailgate.scan.recognizers.words import Tok

_FEWEST_LINES: Final = 2  # lines opening `Name:` that make a text a chat export
_WORDS_SPEAK: Final = 4  # lines opening `Name:` after which a name that is also a word speaks
_NAME_LENGTH: Final = 3  # an unlisted speaker's letters at least: `Ok:`, `Re:` are no one


def chat_speakers(toks: list[Tok]) -> list[Hit]:
    colons = positions(toks).get(":", [])
    if not colons:
        return []
    quoted = [Hit(t.start, t.end, SCORE_ALONE) for t in quote_headers(toks, colons)]
    return _speakers(toks, colons) + quoted  # Dawit skrev: (a forum's quote header)


def _speakers(toks: list[Tok], raw: list[int]) -> list[Hit]:
    # `Maingi 🌲:`: a dating app or a phone's contact list puts an emoji after the name
    colons = [_name_before(toks, c) for c in raw if c]
    # a schedule's weekdays (`Thu: outing`, tokenized.py) open lines too, and speak not
    openers = [c for c in colons if _opens_a_line(toks, c) and not toks[c - 1].in_negative_phrase]
    if len(openers) < _FEWEST_LINES:
        return []
    return _with_answers(toks, openers, _named_speakers(toks, openers))


def _named_speakers(toks: list[Tok], openers: list[int]) -> list[Hit]:
    if not any(toks[c - 1].info.first for c in openers):
        # no given name speaks: a chat of names no list holds, or a form
        speaks = [_unlisted_speaker(toks[c - 1], False) for c in openers]
        return [Hit(t.start, t.end, SCORE_ALONE) for t in unlisted_talkers(toks, openers, speaks)]
    # In a longer chat a given name that is also a word speaks too when it speaks again
    # (`Klara: ringer henne`), unlike a form's field (`Sten: fem kilo`).
    spoke = Counter(toks[c - 1].folded for c in openers)
    words_too = len(openers) >= _WORDS_SPEAK
    out = []
    for c in openers:
        tok = toks[c - 1]
        info = tok.info
        if _line_start(toks, c - 1) and info.first and (not (
                (info.common and not (words_too and spoke[tok.folded] > 1)) or info.negative
                or tok.is_cue_word or tok.drug_word) or (
                tok.drug_word and a_chat_speaker(toks, c - 1))):  # Tina: beside Oskar:
            out.append(Hit(tok.start, tok.end, SCORE_ALONE))
    if not (out and words_too):
        return out
    # a name the lists lack, opening lines as the given names found do: Kalervo: beside Maingi:
    others = [toks[c - 1] for c in openers]
    out += [Hit(t.start, t.end, SCORE_ALONE) for t in others
            if spoke[t.folded] > 1 and _unlisted_speaker(t)]
    return sorted(out, key=lambda h: h.start)


# A double name's initials speak as the name would: `C-J: Ja.` (Carl-Johan), `K-G:`.
_INITIALS: Final = re.compile(r"^[A-ZÅÄÖ]-[A-ZÅÄÖ]$")


def _with_answers(toks: list[Tok], openers: list[int], out: list[Hit]) -> list[Hit]:
    """An interview's question and its answer (`Tove: När började du?` / `Benji: Fjorton.`):
    a line ending with `?` and the next line, each opened by a name-shaped speaker (a given
    name, even a place's or a word's; a double name's initials; a word in no list), one of
    them a given name or initials, both speak. A form's `Fråga:` / `Svar:` are words."""
    found = {h.start for h in out}
    for asker, answer in pairwise(openers):
        a, b = toks[asker - 1], toks[answer - 1]
        if toks[answer - 2].text != "?" or not (_name_shaped(a) and _name_shaped(b)):
            continue
        if any(t.info.first or _INITIALS.match(t.text) for t in (a, b)):
            out += [Hit(t.start, t.end, SCORE_ALONE) for t in (a, b) if t.start not in found]
            found |= {a.start, b.start}
    return sorted(out, key=lambda h: h.start)


def _name_shaped(tok: Tok) -> bool:
    """A speaker's word in a question and answer: a given name (not a cue's or drug's word),
    a double name's initials, or a word in no list."""
    return bool(_INITIALS.match(tok.text)) or (tok.info.first and not (
        tok.is_cue_word or tok.drug_word or tok.label)) or _unlisted_speaker(tok)


def _name_before(toks: list[Tok], colon: int) -> int:
    """Where the speaker's colon would stand: past an emoji (`Maingi 🌲:`, a dating app's or a
    contact list's) or a comma and a time (`Dawit, 21:04:`, a phone's export)."""
    if _an_emoji(toks[colon - 1]):
        return colon - 1
    if colon > 2 and toks[colon - 2].text == "," and _TIME.match(toks[colon - 1].text):
        return colon - 2
    return colon


_TIME: Final = re.compile(r"^[0-2]?\d[:.][0-5]\d$")


def _unlisted_speaker(tok: Tok, own_line: bool = True) -> bool:
    """A word in no list, of no language here, opening lines of a chat where a given name
    speaks: a name the lists lack (`Kalervo:`), not a form's field (`Datum:`, `Note:`)."""
    info = tok.info
    return (tok.line_break_before or not own_line) and tok.alpha and (
        len(tok.text) >= _NAME_LENGTH) and not (
        info.name or info.common or info.negative or tok.is_cue_word or tok.drug_word
        or tok.label or tok.text.isupper() or tok.folded in english_words()
        or a_field_label(tok.folded))


def _opens_a_line(toks: list[Tok], colon: int) -> bool:
    """`Name:` or `Given Surname:` at a line's start, or after the time stamp opening it
    (`[03/12/2026, 21:15] Yazan:`); a given name typed in lower case alone too (`yazan:`),
    as exports of phones' contacts and chats write them."""
    for width in (1, 2):
        first = colon - width
        if first < 0:
            return False
        words = toks[first:colon]
        if not all(_INITIALS.match(t.text) or (t.alpha and (t.capital or _a_lower_given_name(
                t) or (t.drug_word and t.info.first))) for t in words):  # lucy: (in _speakers)
            return False
        if _line_start(toks, first):
            return True
    return False


def _a_lower_given_name(tok: Tok) -> bool:
    info = tok.info
    return info.first and (info.core or not info.common) and not (
        info.negative or tok.drug_word or tok.is_cue_word)


_LONGEST_STAMP: Final = 12  # tokens of a bracketed stamp: [03/12/2026, 21:15], [Snap 01:19]


def _line_start(toks: list[Tok], i: int) -> bool:
    """toks[i] opens its line, or follows a bracket that does (a chat export's stamp)."""
    if toks[i].line_break_before:
        return True
    if i > 1 and toks[i - 1].text in ("-", "–") and _TIME.match(toks[i - 2].text):
        return _stamp_line(toks, i - 2)  # 04/03/2026, 21:04 - Dawit: (an Android export)
    if i == 0 or toks[i - 1].text != "]":
        return False
    for j in range(i - 2, max(-1, i - 2 - _LONGEST_STAMP), -1):
        if toks[j].text == "[" or toks[j].text.startswith("["):
            return toks[j].line_break_before
        if toks[j].line_break_before:
            return False
    return False


def _stamp_line(toks: list[Tok], i: int) -> bool:
    """toks[i] ends a date and time opening its line: no word before it on the line."""
    for j in range(i, max(-1, i - _LONGEST_STAMP), -1):
        if toks[j].alpha:
            return False
        if toks[j].line_break_before or j == 0:
            return True
    return False


def _an_emoji(tok: Tok) -> bool:
    """A token of pictographs only (🌲, ❤️, 💊): a symbol, not a word or punctuation."""
    return all(unicodedata.category(ch) in ("So", "Mn", "Cf", "Sk") for ch in tok.text)
