"""Tokens with the facts the PERSON recognizer weighs: capitals, sentence starts, lists, cues."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any, Final

from mailgate.scan import lexicon, names
from mailgate.scan.cues import (
    DRUG_TALK,
    NAMING_CUES,
    PERSON_CUES,
    PERSON_CUES_WEAK,
    PLACE_NOUNS,
    PLACE_PREPOSITIONS,
)
from mailgate.scan.recognizers.phrases import negative_phrase_words
from mailgate.scan.recognizers.roles import (
    an_unlisted_pair,
    in_apposition,
    role_shaped,
    signs_with_role,
)
from mailgate.scan.recognizers.selfnamed import introduces_self
from mailgate.scan.recognizers.tokensplit import split_tokens
from mailgate.scan.recognizers.wordfacts import (
    ALNUM,
    NOTHING,
    line_styles,
    lookup,
    word_facts,
)

# Re-exported: recognizers long imported the lists from here (wordfacts.py holds them).
from mailgate.scan.recognizers.wordfacts import INSTITUTION as INSTITUTION
from mailgate.scan.recognizers.wordfacts import NORDIC_STOP_WORDS as NORDIC_STOP_WORDS
from mailgate.scan.recognizers.wordfacts import STOP_WORDS as STOP_WORDS

QUOTES: Final = frozenset("\"'“”„«»‘’`")
_SENTENCE_END: Final = frozenset(".!?:;•*>–-/|([")
_SENTENCE_STARTS: Final = _SENTENCE_END | {""}  # "": the text's first token
# Abbreviations whose dot ends no sentence: `Prof. Katerina Pappa`, `t.ex. Erik`.
_ABBREVIATIONS: Final = frozenset({"prof.", "dr.", "mr.", "mrs.", "ms.", "t.ex.", "bl.a.", "ca.",
                                   "jr.", "sr.", "doc.", "leg.", "ssk.", "resp.", "dvs.", "s.k.",
                                   "enl.", "ev.", "kl.", "e.g.", "i.e.", "vs.", "fr.o.m.", "t.o.m.",
                                   "mag."})
_NEWLINE: Final = re.compile("\n")
_STOPS: Final = frozenset({".", "!", "?", "…"})
# Prepositions of place and English articles: a cue before one is not the next word's
# (`patient in Bay 4`, `met the Dean`). Not `med`, `with`, `till`, `på`: pratade med Anna,
# träffade på Erik.
_CUE_BREAKERS: Final = frozenset({"i", "in", "at", "on", "vid", "från", "from", "inom", "near",
                                  "into", "the", "a", "an"})  # of a (text, start) pair
RELATION_CUES: Final = PERSON_CUES - NAMING_CUES
SIGNATURE_CUES: Final = frozenset({"mvh", "hälsningar", "hälsning", "regards", "hälsar", "från",
                                   "hilsen", "hilsner", "terveisin", "pozdrawiam", "cheers",
                                   "thanks", "tack"})
# Closing words that may end with `!` or `,` before the writer's name on the same line:
# `Thanks!! Jaylen`, `Tack! /Sara`, `Hilsen, Kari`.
# Also at a line's start before a comma (`Best, Annika Fagerlund`, `Love, Aunt Sue`): no name.
CLOSINGS: Final = frozenset({"thanks", "thank", "you", "tack", "tackar", "cheers", "best",
                             "regards", "kind", "br", "mvh", "hälsningar", "hilsen", "hilsner",
                             "vh", "kram", "kramar", "terveisin", "pozdrawiam", "många", "stort",
                             "så", "mycket", "warm", "warmly", "love", "hugs", "yours", "sincerely",
                             "bästa"})


class Tok:
    """A token and the facts PERSON weighs. A plain class with its own `__init__`, not a
    dataclass: compiled by mypyc (setup.py) it is built natively, where a dataclass's
    generated `__init__` runs interpreted (a dense MB has 215 000 tokens)."""

    __slots__ = (  # no __dict__ when plain
        "after_place_word", "alpha", "capital", "drug_word", "end", "folded",
        "in_negative_phrase", "index", "info", "initial", "institution", "is_cue_word",
        "known_cue", "label", "line_break_before", "line_is_shouting", "line_is_title",
        "particle", "place", "quoted", "sentence_start", "stamp_compound", "start", "text",
    )

    def __init__(
        self, index: int, text: str, start: int, end: int,
        alpha: bool = False, capital: bool = False, initial: bool = False,
        particle: bool = False, sentence_start: bool = False, line_break_before: bool = False,
        line_is_shouting: bool = False, line_is_title: bool = False, drug_word: bool = False,
        stamp_compound: bool = False, in_negative_phrase: bool = False,
        after_place_word: bool = False, quoted: bool = False, is_cue_word: bool = False,
        label: bool = False, institution: bool = False, known_cue: str | None = None,
        folded: str = "", info: names.Word = NOTHING, place: Place | None = None,
    ) -> None:
        self.index = index
        self.text = text
        self.start = start
        self.end = end
        self.alpha = alpha
        self.capital = capital
        self.initial = initial
        self.particle = particle
        self.sentence_start = sentence_start
        self.line_break_before = line_break_before
        self.line_is_shouting = line_is_shouting
        self.line_is_title = line_is_title  # Key Findings: Increased Availability Of...
        self.drug_word = drug_word
        self.stamp_compound = stamp_compound  # Trump-piller, Escobar-stämpel
        self.in_negative_phrase = in_negative_phrase
        self.after_place_word = after_place_word
        self.quoted = quoted
        self.is_cue_word = is_cue_word
        self.label = label  # dnr, labnr: a number label
        self.institution = institution  # Mälarsjukhuset, Vasaskolan: a place, not a person
        self.known_cue = known_cue  # `cue`, once asked
        self.folded = folded
        self.info = info
        self.place = place  # the text and tokens it stands in, to find its cue

    @property
    def cue(self) -> str:
        """The cue before a capitalised word or a listed name: "relation", "naming",
        "weak", "signature" or "". Found when first asked: most tokens never are (a dense
        MB has 46 000 such words, and its names are judged without their cue)."""
        if self.known_cue is None:
            place = self.place
            if place is None or place.toks is None:
                raise RuntimeError("the cue of a token whose text was released")
            self.known_cue = _cue_before(self, place.toks, place.text) if (
                self.capital or self.info.name) else ""
        return self.known_cue


@dataclass(slots=True)
class Place:
    """A text and its tokens, for the cues the tokens are asked for (`release` when done:
    the tokens refer to it and it to them)."""

    text: str
    toks: list[Tok] | None = None
    words: list[str] | None = None  # each token's text, as toks
    word_starts: list[int] | None = None  # each token's start, as toks
    starts: dict[int, int] | None = None  # token index by start (tokens_inside), once built
    texts: frozenset[str] | None = None  # every token's text (token_texts), once built
    initials: str | None = None  # (capital_initials), once built
    folded: frozenset[str] | None = None  # every token's folded form (token_folded)
    quotes: list[int] | None = None  # where each quote stands in the text, once found
    at: dict[str, list[int]] | None = None  # each distinct text's token indexes (positions)
    ends_text: bool = True  # its end is the end of the text (a long text's last piece)


def tokens_of(text: str, nlp_artifacts: Any) -> list[Tok]:
    words, starts = split_tokens(nlp_artifacts.tokens, nlp_artifacts.tokens_indices)
    shouting, titles = line_styles(text)
    newlines = [m.start() for m in _NEWLINE.finditer(text)] if shouting or titles else []
    place = Place(text, words=words, word_starts=starts)
    toks = place.toks = _described(words, starts, text, shouting, titles, newlines, place)
    _mark_negative_phrases(toks, words)
    return toks


def release(toks: list[Tok]) -> None:
    """Part the tokens from their text (no cue is asked any more): frees them at once."""
    if toks and toks[0].place is not None:
        place = toks[0].place
        place.toks = place.words = place.word_starts = place.starts = place.texts = None
        place.initials = None
        place.folded = place.quotes = place.at = None


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
    prev_end, prev_folded = 0, ""
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
                before == "." and prev_folded in _ABBREVIATIONS)),
            line_break, loud, title,  # line_break_before, line_is_shouting, line_is_title
            drug, stamp, False, after_place,  # drug_word, stamp_compound, in_negative_phrase
            quoted, is_cue, label, institution, None, folded, info, place))
        prev_end, prev_folded = end, folded
    return toks


def _cue_before(tok: Tok, toks: list[Tok], text: str) -> str:
    if tok.index and _another_cell(tok, toks[tok.index - 1], text):
        return ""  # Namn<TAB>Bälte: a table's header cells, each its own
    # A compound's last part is the cue: 16-åringen, ex-pojkvännen, 17-year-old.
    before = [w.rsplit("-", 1)[-1] for w in prev_words(toks, tok.index, 2)]
    if len(before) == 2 and before[-1] in DRUG_TALK:
        before = before[-1:]  # klienten tog Xanor: the drug verb stands between cue and word
    elif len(before) == 2 and before[-1] in _CUE_BREAKERS:
        before = before[-1:]  # patient in Bay 4, met the Dean: no name follows
    if any(w in RELATION_CUES for w in before) and not _a_subject_line(tok, toks):
        return "relation"
    if any(w in NAMING_CUES for w in before):
        return "naming"
    if before and before[-1] in SIGNATURE_CUES and tok.line_break_before:
        return "signature"  # Mvh / Anna on the next line
    if tok.index and toks[tok.index - 1].text in ("/", "//") and not tok.line_break_before and (
            toks[tok.index - 1].line_break_before or toks[tok.index - 1].sentence_start):
        return "signature"  # "/Shirin" closing a mail
    if _nickname(tok, toks) or introduces_self(tok, toks):
        return "naming"  # Erik "Ragge" Svensson; Nomagugu här.
    if _closes_a_line(tok, toks) or signs_with_role(tok, toks):
        return "signature"
    if tok.index > 1 and toks[tok.index - 1].text == ":" and (tok.initial or tok.info.name) and (
            before and _a_role(before[-1])):
        return "relation"  # Provtagare: E. Nordmark, a role's label and who holds it
    if before and (tok.info.name or in_apposition(tok, toks) or an_unlisted_pair(tok, toks)) and (
            _a_role(before[-1])) and not (
            tok.text.isupper() and len(tok.text) <= 4):  # Avdelningschef, IVA: a unit
        return "relation"  # Butikschef Lena, Tekniker: Đức, en stamkund, Gullan, som …
    return "weak" if any(w in PERSON_CUES_WEAK for w in before) else ""


def _another_cell(tok: Tok, prev: Tok, text: str) -> bool:
    """A tab between the word and the one before (not a label's colon): another cell."""
    return prev.text != ":" and text.find("\t", prev.end, tok.start) != -1


def _a_role(word: str) -> bool:
    """A job title or a person's compound no list holds as a name or a place (`Gällivare`
    ends as `tekniker` does)."""
    info = lookup(word)[0]
    return role_shaped(word, info.name or info.negative)


def _a_subject_line(tok: Tok, toks: list[Tok]) -> bool:
    """`Subject: RE: SAR 2026-0441`: a mail's subject line, where `subject` is a header."""
    i = tok.index - 1
    while i > 0 and not toks[i].line_break_before and tok.index - i < 6:
        i -= 1
    return i + 1 < len(toks) and toks[i].folded in ("subject", "ämne") and (
        toks[i + 1].text == ":")


def _closes_a_line(tok: Tok, toks: list[Tok]) -> bool:
    """The last word of the text or its line, after only closing words on that line; or
    the text's last word, a sentence of its own (`… ring mig på 070-174 06 45. Tõnu`)."""
    if tok.line_break_before:
        return _signs_the_text(tok, toks)  # alone on the text's last line: Tack!⏎Yasmin
    if tok.index + 1 < len(toks) and not toks[tok.index + 1].line_break_before and toks[
            tok.index + 1].text not in _STOPS:
        return False
    if _signs_the_text(tok, toks):
        return True
    words = []
    i = tok.index - 1
    while i >= 0 and not toks[i].line_break_before:
        words.append(toks[i])
        i -= 1
    if i >= 0:
        words.append(toks[i])
    said = [t.folded for t in words if t.alpha]
    return bool(said) and all(w in CLOSINGS for w in said)


def _signs_the_text(tok: Tok, toks: list[Tok]) -> bool:
    """A given name alone after the last sentence: the writer's, as a signature line is."""
    i = tok.index
    if tok.place is None or not tok.place.ends_text:
        return False  # a piece's end inside a long text signs nothing
    return i > 0 and (toks[i - 1].text in _STOPS or tok.line_break_before) and (
        tok.info.first) and not (
        tok.info.negative or tok.info.common) and all(
        toks[j].text in _STOPS for j in range(i + 1, len(toks)))  # no copy of the rest


def _nickname(tok: Tok, toks: list[Tok]) -> bool:
    """Erik "Ragge" Svensson, or "Svullo" (Linnea Ghebrehiwet): a quoted word beside a name."""
    i = tok.index
    if not (0 < i < len(toks) - 1 and toks[i - 1].text in QUOTES and toks[i + 1].text in QUOTES):
        return False
    left = toks[i - 2] if i >= 2 else None
    right = toks[i + 3] if i + 3 < len(toks) and toks[i + 2].text == "(" else (
        toks[i + 2] if i + 2 < len(toks) else None)
    return any(t is not None and t.capital and t.info.name and not t.info.negative
               for t in (left, right))


def _mark_negative_phrases(toks: list[Tok], words: list[str]) -> None:
    """Mark `Mary Jane`, `Mr. Bean`, `Pablo Escobar-stämpel`, `S:t Görans` word by word,
    read from `words` (the tokens' texts, in order): a pass over 200 000 tokens costs more
    than over their strings."""
    for i in negative_phrase_words(words):
        toks[i].in_negative_phrase = True


def prev_words(toks: list[Tok], index: int, n: int) -> list[str]:
    """Case-folded words before toks[index], skipping punctuation and quotes, nearest last."""
    out: list[str] = []
    i = index - 1
    while i >= 0 and len(out) < n:
        t = toks[i]
        if t.text in _STOPS:
            break  # cues do not reach across a sentence end
        if t.alpha or t.initial or ALNUM.search(t.text):
            out.insert(0, t.text.casefold().rstrip("."))
        i -= 1
    return out


def drug_talk(toks: list[Tok], index: int, window: int = 6) -> bool:
    """True when substance talk surrounds toks[index]: `tog Molly`, `3 g Tina`, `MDMA och Adam`."""
    lo, hi = max(0, index - window), min(len(toks), index + window + 1)
    subs = lexicon.entries("substances")
    for t in toks[lo:hi]:
        if t.index == index:
            continue
        f = t.folded
        if f in DRUG_TALK or (f in subs and not t.info.first) or t.stamp_compound:
            return True
    return False
