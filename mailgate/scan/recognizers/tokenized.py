"""A text read into tokens, each with the facts of its word (computed once per distinct
word) and of its place: its line, a sentence's start, quotes, the words beside it."""

from __future__ import annotations

import bisect
import re
from typing import Any, Final

from mailgate.scan.cues import PLACE_NOUNS, PLACE_PREPOSITIONS
from mailgate.scan.recognizers.linestyles import line_styles
from mailgate.scan.recognizers.months import schedule_days
from mailgate.scan.recognizers.phrases import negative_phrase_words
from mailgate.scan.recognizers.prefilter import prefiltered
from mailgate.scan.recognizers.tokensplit import split_tokens
from mailgate.scan.recognizers.wordfacts import word_facts
from mailgate.scan.recognizers.words import QUOTES, Place, Tok

_SENTENCE_END: Final = frozenset(".!?:;•*>–-/|([")
_SENTENCE_STARTS: Final = _SENTENCE_END | {""}  # "": the text's first token
# Abbreviations whose dot ends no sentence: `Prof. Katerina Pappa`, `t.ex. Erik`.
_ABBREVIATIONS: Final = frozenset({"prof.", "dr.", "mr.", "mrs.", "ms.", "t.ex.", "bl.a.", "ca.",
                                   "jr.", "sr.", "doc.", "leg.", "ssk.", "resp.", "dvs.", "s.k.",
                                   "enl.", "ev.", "kl.", "e.g.", "i.e.", "vs.", "fr.o.m.", "t.o.m.",
                                   "mag."})
_NEWLINE: Final = re.compile("\n")


def tokens_of(text: str, nlp_artifacts: Any) -> list[Tok]:
    words, starts = split_tokens(nlp_artifacts.tokens, nlp_artifacts.tokens_indices)
    shouting, titles = line_styles(text)
    newlines = [m.start() for m in _NEWLINE.finditer(text)] if shouting or titles else []
    place = Place(text, words=words, word_starts=starts)
    toks = place.toks = _described(words, starts, text, shouting, titles, newlines, place)
    _mark_negative_phrases(toks, words)
    _mark_dates(toks, text, starts)
    _mark_schedule_days(toks, text)
    return toks


def release(toks: list[Tok]) -> None:
    """Part the tokens from their text (no cue is asked any more): frees them at once."""
    if toks and toks[0].place is not None:
        place = toks[0].place
        place.toks = place.words = place.word_starts = place.starts = place.texts = None
        place.initials = None
        place.folded = place.quotes = place.at = place.passing = None


def _char_before(text: str, pos: int) -> tuple[str, int]:
    """The nearest character before `pos` that is not a space or tab, and its position."""
    pos -= 1
    while pos >= 0 and text[pos] in " \t":
        pos -= 1
    return (text[pos], pos) if pos >= 0 else ("", -1)


def _described(words: list[str], starts: list[int], text: str, shouting: set[int],
               titles: set[int], newlines: list[int], place: Place) -> list[Tok]:
    """Every token with its facts: those of its word (computed once per distinct word) and
    those of its place (line, sentence start, quotes, the words beside it). One loop with
    the token built at once: a dense MB has 215 000 tokens."""
    toks: list[Tok] = []
    find, facts_of, last = text.find, word_facts, len(words) - 1
    prev_end, prev_folded, earlier_folded = 0, "", ""
    newline = find("\n")  # the first line end at or after prev_end (past the text: none)
    styled = bool(shouting or titles)  # else no line to find per token
    loud = title = False
    for n, (word, start) in enumerate(zip(words, starts, strict=True)):
        if newline < prev_end:
            newline = find("\n", prev_end)
            newline = newline if newline != -1 else len(text)
        line_break = n == 0 or newline < start  # a line end between the last token and this
        at = start - 1  # the character before, past spaces and tabs: most often right there
        quote = text[at] if start else ""
        if quote == " " or quote == "\t":
            # One space, then a word's last character: read in place, not by a call.
            quote = text[at - 1] if at > 0 else ""
            if quote == " " or quote == "\t" or at == 0:
                quote, at = _char_before(text, at)
            else:
                at -= 1
        quoted = quote in QUOTES
        before = _char_before(text, at)[0] if quoted else quote
        (initial, alpha, particle, capital, info, folded, is_cue, label, institution, drug,
         stamp) = facts_of(word)
        if styled:
            line = bisect.bisect_left(newlines, start)
            loud, title = line in shouting, line in titles
            capital = capital and not (loud and word.isupper())
        after_place = n > 0 and prev_folded in PLACE_PREPOSITIONS
        if n < last and (quoted or word[-1] == "s"):  # the next word tells only then
            nxt = words[n + 1]
            quoted = quoted and nxt in QUOTES
            if word[-1] == "s":
                after_place |= nxt.casefold() in PLACE_NOUNS
        else:
            quoted = False  # "" follows the last token: no quote closes it
        end = start + len(word)
        # Positional, in Tok's field order: keywords made building a token twice as slow.
        toks.append(Tok(
            n, word, start, end, alpha, capital, initial, particle,
            line_break or (before in _SENTENCE_STARTS and not (  # sentence_start
                before == "." and (prev_folded in _ABBREVIATIONS or (  # Mrs. as one token,
                    prev_folded == "." and earlier_folded + "." in _ABBREVIATIONS)))),  # or two
            line_break, loud, title,  # line_break_before, line_is_shouting, line_is_title
            drug, stamp, False, after_place,  # drug_word, stamp_compound, in_negative_phrase
            quoted, is_cue, label, institution, None, folded, info, place))
        prev_end, prev_folded, earlier_folded = end, folded, prev_folded
    return toks


# Months that are also given names, beside a day or a year: `Jan 22`, `22 jan`, `3 May`,
# `juni 2026` are dates; `Jan Berg`, `May said` stay names.
_NAMED_MONTHS: Final = (r"(?:jan|maj|juni|june|juli|july|april|may|august|aug|sept|okt|nov"
                        r"|dec|mar|apr)")
# A number of things is no day: `Maj 2 gånger`, `Jan 3 st`.
_COUNTED: Final = r"\d*[ \t]?(?:gånger|ggr|st|kr|år|dagar|veckor|timmar|personer|times|people)\b"
# Two patterns, each led by the guard of a word's start, so both are asked only at the words
# a month's name may begin (wordstarts.py); a match of one never starts inside the other's,
# so their starts are those of the two as one pattern's branches.
_DATE_MONTH: Final = prefiltered(re.compile(
    rf"(?<![\w]){_NAMED_MONTHS}\.?[ \t](?=(?:(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?![\w:.,]?\d)"
    rf"|(?:19|20)\d\d(?!\d))(?![ \t]?{_COUNTED}))", re.IGNORECASE))
# after a number, but not after a whole date or a time (`tors 3/12 Jan Malmberg`, `10.30
# Jan`), nor as a double name's first part (`12 Jan-Erik`)
_MONTH_AFTER_DAY: Final = prefiltered(re.compile(
    rf"(?<![\w])(?<=\d[ \t])(?<![/.:-]\d[ \t])(?<![/.:-]\d\d[ \t]){_NAMED_MONTHS}"
    r"(?![\w]|(?-i:-[A-ZÅÄÖ]))", re.IGNORECASE))


# Weekdays shortened as schedules print them, some also given names (`Tue`, `Tor`, `Fre`),
# before a day and its month: `Tue 13 Jan`, `Tor 12/2`, `Thu, 27 Nov`.
_DATE_WEEKDAY: Final = prefiltered(re.compile(
    r"(?<![\w])(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|mån|tis|ons|tor|tors|fre|lör"
    r"|sön)\.?,?[ \t](?=(?:[1-9]|[12]\d|3[01])(?:/1?\d(?!\d)|\.?[ \t](?:jan|feb|mar|apr|maj"
    r"|may|jun|jul|aug|sep|okt|oct|nov|dec)))", re.IGNORECASE))


def _mark_dates(toks: list[Tok], text: str, starts: list[int]) -> None:
    """A month named like someone, beside a number, is no one, nor a weekday before a date:
    its token is marked as a negative phrase's."""
    for match in (*_DATE_MONTH.finditer(text), *_MONTH_AFTER_DAY.finditer(text),
                  *_DATE_WEEKDAY.finditer(text)):
        i = bisect.bisect_left(starts, match.start())
        if i < len(toks) and toks[i].start == match.start():
            toks[i].in_negative_phrase = True


def _mark_negative_phrases(toks: list[Tok], words: list[str]) -> None:
    """Mark `Mary Jane`, `Mr. Bean`, `Pablo Escobar-stämpel`, `S:t Görans` word by word,
    read from `words` (the tokens' texts, in order): a pass over 200 000 tokens costs more
    than over their strings."""
    for i in negative_phrase_words(words):
        toks[i].in_negative_phrase = True


def _mark_schedule_days(toks: list[Tok], text: str) -> None:
    """Weekdays opening lines before a colon, two or more (`Thu: outing⏎Fri: baking`), are a
    schedule's days, no one's name: their tokens are marked as a negative phrase's."""
    openers = [t for t in toks if t.line_break_before
               and text[t.end : t.end + 3].lstrip(" \t.")[:1] == ":"]
    days = schedule_days([t.text for t in openers])
    for tok in openers:
        if tok.text in days:
            tok.in_negative_phrase = True
