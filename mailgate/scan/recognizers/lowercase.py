"""Names typed in lower case: after a strong cue (`klienten sara`), beside another name
(`zorica Ibrahim`, `Erik och sara`), or a name common here alone."""

from __future__ import annotations

from typing import Final

from mailgate.scan.cues import GREETINGS, PLACE_NOUNS
from mailgate.scan.cues import PERSON_CUES as ALL_PERSON_CUES
from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.drugforms import drug_form
from mailgate.scan.recognizers.drugframe import beside_a_drug
from mailgate.scan.recognizers.everyday import english_words
from mailgate.scan.recognizers.glossed import glossed
from mailgate.scan.recognizers.namesakes import NAMED_AFTER_PEOPLE
from mailgate.scan.recognizers.scores import SCORE_ALONE, SCORE_WEAK
from mailgate.scan.recognizers.someone import in_a_ledger, verb_follows
from mailgate.scan.recognizers.streettalk import a_street_name_among_drugs
from mailgate.scan.recognizers.textindex import nordic_text, token_folded
from mailgate.scan.recognizers.wordfacts import NORDIC_STOP_WORDS, STOP_WORDS
from mailgate.scan.recognizers.words import Tok, prev_words, signs_the_text


def lower_names(toks: list[Tok], english: bool = False) -> list[Hit]:
    """Lower-case names: after a strong cue, beside another name, or a common name alone."""
    found: list[Hit] = []
    skip = -1
    nordic = NORDIC_STOP_WORDS if nordic_text(toks) else frozenset()
    words = english_words() if english else frozenset()
    for i, tok in enumerate(toks):
        if not tok.info.name or tok.capital or tok.folded in words or not tok.alpha or (
                tok.folded in STOP_WORDS or tok.drug_word):
            continue  # every test below asks for a name of a list, in lower case, no function
            # word nor drug; in an English text an English word in lower case is that word
        if i > skip and _lower_with_initial(toks, i):
            found.append(Hit(tok.start, toks[i + 1].end, SCORE_WEAK))
            skip = i + 1
            continue
        if i > skip and (_greeted(toks, i) or (not english and (
                _addressed_by_verb(toks, i) or _subject_of_a_verb(toks, i)))) and (
                tok.folded not in nordic and _lower_candidate(tok, surname=True)) and (
                not glossed(i, i, toks)):
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if nxt is not None and _lower_pair(tok, nxt):  # pratade med nils ek
                found.append(Hit(tok.start, nxt.end, SCORE_ALONE))
                skip = i + 1
            else:
                found.append(Hit(tok.start, tok.end, SCORE_WEAK))  # frågade lina, sa till kenta
            continue
        if i <= skip or not _lower_candidate(tok) or tok.folded in nordic or glossed(i, i, toks):
            continue  # Molly / E / emma = ecstasy: a glossary's street name
        if _among_drugs(toks, i):
            continue  # `köpte henry och två sobril`, `HENRY MED FENTANYL`: as in Title Case
        if _a_things_name(toks, i) or (not tok.info.first and beside_a_drug(toks, i)):
            continue  # STORMEN GUDRUN; heroin eller brown: a surname in lower case, a drug
        if _after_a_name(toks, i):
            continue  # Siobhan said, Anneli, said: the word after a name is its verb
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is not None and nxt.folded not in nordic and (
                _lower_pair(tok, nxt) or _lower_first_capital_last(tok, nxt)):
            found.append(Hit(tok.start, nxt.end, SCORE_ALONE))
            skip = i + 1
        elif tok.info.core and (_cue_right_before(tok, toks) or (
                not english and not tok.info.common)):
            found.append(Hit(tok.start, tok.end, SCORE_WEAK))
        elif tok.info.first and not tok.info.common and len(tok.text) >= _RARE_LENGTH and (
                _cue_right_before(tok, toks) or _introduced(toks, i)):
            found.append(Hit(tok.start, tok.end, SCORE_WEAK))  # min dotter hristya
        elif tok.info.first and not tok.info.common and tok.folded not in english_words() and (
                signs_the_text(tok, toks) or (tok.line_break_before and in_a_ledger(
                    toks, i, lower=True))):
            found.append(Hit(tok.start, tok.end, SCORE_WEAK))  # ⏎jouni; skulder⏎elkana 200
    return found + _joined_to_a_lower_name(toks, found)


# Verbs of speaking right after a name: `henry sa att han aldrig sålt oxy` is his.
_SPEAKING: Final = frozenset({"sa", "säger", "sade", "berättar", "berättade", "ringde",
                              "ringer", "skrev", "skriver", "frågade", "uppger", "uppgav",
                              "said", "says", "told", "called", "asked"})
_CLAUSE_OPENERS: Final = frozenset({",", ":", "och", "and", "men", "but", "att", "that"})


def _among_drugs(toks: list[Tok], i: int) -> bool:
    """Emma, Henry, Jack or Kat beside a substance: in capitals as in Title Case, in lower
    case only where no clause opens with it, as chat writes its people (`emma har kokain
    hemma`, `emma, har du ketamin?` are someone)."""
    tok = toks[i]
    opens = i == 0 or tok.sentence_start or tok.line_break_before or (
        toks[i - 1].folded in _CLAUSE_OPENERS)
    if opens and not tok.line_is_shouting:
        return False
    return a_street_name_among_drugs(tok, toks) and not (
        i + 1 < len(toks) and toks[i + 1].folded in _SPEAKING)


def _a_things_name(toks: list[Tok], i: int) -> bool:
    """A name alone in lower case or capitals that a thing carries: after the thing's word
    (`stormen gudrun`), or before a genitive and a place's noun (`olof palmes gata`)."""
    if i and toks[i - 1].folded in NAMED_AFTER_PEOPLE:
        return True
    return i + 2 < len(toks) and toks[i + 1].text[-1:] in ("s", "S") and (
        toks[i + 2].folded in PLACE_NOUNS)


# `med liam o sten`, `hos nova`: how chat joins and places people typed in lower case.
_LOWER_JOINS: Final = frozenset({"och", "o", "&", "and", "eller"})


def _joined_to_a_lower_name(toks: list[Tok], found: list[Hit]) -> list[Hit]:
    """A given name common here that is also a word, joined to a lower-case name found
    (`liam o sten`), or after `hos` (`sover hos nova`)."""
    if not found and "hos" not in token_folded(toks):
        return []  # most texts: nothing to join to, and no one's home
    starts = {h.start for h in found}
    out = []
    for i, tok in enumerate(toks):
        if tok.capital or not tok.info.first or not tok.info.core or tok.start in starts or (
                not _lower_candidate(tok, surname=True)):
            continue
        joined = i >= 2 and toks[i - 1].folded in _LOWER_JOINS and toks[i - 2].start in starts
        if joined or (i >= 1 and toks[i - 1].folded == "hos"):
            out.append(Hit(tok.start, tok.end, SCORE_WEAK))
    return out


_PREPOSITIONS: Final = frozenset({"med", "till", "hos", "för", "åt", "om", "av", "with", "to",
                                  "at"})


def _after_a_name(toks: list[Tok], i: int) -> bool:
    """The nearest word before toks[i], past commas, is a capitalised name."""
    j = i - 1
    while j >= 0 and toks[j].text in (",", "\"", "”", "'"):
        j -= 1
    return j >= 0 and toks[j].capital and toks[j].info.name


def _cue_right_before(tok: Tok, toks: list[Tok]) -> bool:
    """klienten erik, pratade med lisa: a person cue is the word before a lower-case name,
    or the one before that and a preposition between."""
    if tok.cue not in ("relation", "naming"):
        return False
    before = prev_words(toks, tok.index, 2)
    if before and before[-1] in ALL_PERSON_CUES:
        return True
    return len(before) == 2 and before[0] in ALL_PERSON_CUES and before[1] in _PREPOSITIONS


# A rarer given name in lower case needs a cue right before it and this many letters: the
# short ones (`mats`, `hugo`, `ali`) are common words or common names, asked above.
_RARE_LENGTH: Final = 4
# How a speaker or a caller names themself, or the one a message goes to: `det är uljan`,
# `hej det är ivane`, `skickar till herve`, `ringde valbjorg`, `tjena kimberly`; not a
# bare preposition (`till`, `med`, `hos`): too many words of other tongues follow one.
_INTRODUCING: Final = (("det", "är"), ("det", "e"), ("detta", "är"), ("här", "är"),
                       ("skickar", "till"), ("ringde",), ("ring",), ("tjena",), ("hej",),
                       ("hey",), ("yo",), ("bror",), ("kompis",), ("dotter",), ("son",),
                       ("coach",), ("tränare",), ("this", "is"), ("it's",), ("säger",),
                       ("mvh",), ("hälsningar",), ("hälsning",), ("kram",))


def _introduced(toks: list[Tok], i: int) -> bool:
    slash = toks[i - 1] if i > 0 else None
    if slash is not None and slash.text == "/" and slash.end == toks[i].start and (
            i == 1 or slash.line_break_before or toks[i - 2].end < slash.start):
        return True  # `… ok hörs /ebonney`: a slash after a space signs; not `mg/dag`
    before = tuple(prev_words(toks, i, 2))
    return any(before[-len(cue):] == cue for cue in _INTRODUCING if len(before) >= len(cue))


# Verbs of asking, telling, meeting and calling with the one they reach right after them
# (`frågade lina`, `sa till kenta att`, `snackade med nova`): in chat a name follows them
# typed in lower case, where a noun would have an article or a pronoun instead. A name that
# is also a word (lina, nova) is someone there too, when common here.
_ADDRESSING: Final = (("frågade",), ("fråga",), ("frågar",), ("träffade",), ("träffa",),
                      ("träffar",), ("ringde",), ("ring",), ("ringer",), ("messade",),
                      ("messa",), ("snapa",), ("snappade",), ("sa", "till"), ("säg", "till"),
                      ("säger", "till"), ("skriv", "till"), ("skrev", "till"),
                      ("pratade", "med"), ("prata", "med"), ("pratar", "med"),
                      ("snacka", "med"), ("snackade", "med"), ("snackar", "med"),
                      ("kolla", "med"), ("kollade", "med"), ("hittade",), ("familjen",),
                      ("dotterns",), ("sonens",), ("mammas",), ("pappas",), ("systerns",),
                      ("broderns",), ("navnet",))


_AFTER_GREETED: Final = frozenset({"!", "!!", "!!!", ",", "?", ":"})


def _greeted(toks: list[Tok], i: int) -> bool:
    """A given name greeted at a line's start, then its mark or the line's end: `hej saga!!!`,
    `Hi hanna and …`, `tjena kenta,`; a name that is also a word too (saga, nova)."""
    info = toks[i].info
    if i == 0 or not info.first or not (info.core or not info.common) or (
            toks[i].line_break_before):
        return False
    greeting = toks[i - 1]
    if greeting.folded not in GREETINGS or not (greeting.line_break_before or i == 1):
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return nxt is None or nxt.line_break_before or nxt.text in _AFTER_GREETED or (
        nxt.folded in ("and", "och", "o", "&"))


def _subject_of_a_verb(toks: list[Tok], i: int) -> bool:
    """A rarer given name in no other use before its verb (`som eliane gav mig`, `nele sa`):
    in lower case a noun has its article, a pronoun is a stop word."""
    tok = toks[i]
    info = tok.info
    if not info.first or info.common or len(tok.text) < _RARE_LENGTH or i + 1 >= len(toks) or (
            toks[i + 1].line_break_before or tok.folded in english_words()):
        return False
    return toks[i + 1].folded not in _ENDS_LIKE_A_VERB and verb_follows(tok, toks)


# Function words ending as a present tense does: `henry eller oxy` has no verb after henry.
_ENDS_LIKE_A_VERB: Final = frozenset({"eller", "under", "efter", "sommar", "vinter"})


def _addressed_by_verb(toks: list[Tok], i: int) -> bool:
    """A given name (common here, or in no other use) right after such a verb, on its line."""
    info = toks[i].info
    if not info.first or not (info.core or not info.common) or toks[i].line_break_before:
        return False
    before = tuple(prev_words(toks, i, 2))
    return any(before[-len(cue):] == cue for cue in _ADDRESSING if len(before) >= len(cue))


# One-letter Swedish words and chat spellings that are no initial: i, å, ö, o (och), e (är).
_NOT_INITIALS: Final = frozenset("iåöoeay")


def _lower_with_initial(toks: list[Tok], i: int) -> bool:
    """nora j, erik s: a given name typed in lower case with its surname's initial, even a
    name that is also a place or word."""
    if i + 1 >= len(toks):
        return False
    tok, nxt = toks[i], toks[i + 1]
    if tok.capital or not tok.alpha or not tok.info.first or tok.drug_word or len(tok.text) < 3:
        return False
    if tok.folded in STOP_WORDS or tok.after_place_word or nxt.line_break_before:
        return False
    after = toks[i + 2].text if i + 2 < len(toks) else ""
    return (len(nxt.text) == 1 and nxt.text.islower() and nxt.text not in _NOT_INITIALS
            and not after[:1].isalpha())


def _lower_first_capital_last(first: Tok, second: Tok) -> bool:
    """eleven zorica Ibrahim: a given name typed in lower case before a capitalised surname."""
    return (first.info.first and not first.info.common and second.capital
            and (second.info.last or second.info.shaped) and not second.info.negative
            and not second.line_break_before and not second.drug_word)


def _lower_pair(first: Tok, second: Tok) -> bool:
    """erik svensson, nils ek: two names, one common here; a word second only if a surname.
    Two rarer names too, a given name and a surname in no other use (`ps aaryan cirule
    kompis till …`): no word of a language here, nor English."""
    if not _lower_candidate(second, surname=True):
        return False
    if not (first.info.core or second.info.core):
        return _rare_full_name(first, second)
    return not second.info.common or (second.info.last and second.info.core and first.info.core
                                      and not first.info.common)


_RARE_FULL_LENGTH: Final = 4  # letters of each part: `ana ros`, `li mo` are too often words


def _rare_full_name(first: Tok, second: Tok) -> bool:
    if not (first.info.first and second.info.last) or first.info.common or second.info.common:
        return False
    if len(first.text) < _RARE_FULL_LENGTH or len(second.text) < _RARE_FULL_LENGTH:
        return False
    words = english_words()
    return first.folded not in words and second.folded not in words and (
        second.folded not in STOP_WORDS) and not second.line_break_before


def _lower_candidate(tok: Tok, surname: bool = False) -> bool:
    info = tok.info
    if tok.capital or not tok.alpha or len(tok.text) < 2 or info.negative or tok.drug_word:
        return False
    if tok.in_negative_phrase or (tok.after_place_word and not _from_someone(tok)) or (
            tok.folded in STOP_WORDS):
        return False  # he, an, la: never a name in lower case
    if "-" in tok.text and drug_form(tok.text):
        return False  # zaza-påsen, lean-flaskan: a drug's compound
    if surname:
        return info.name
    return info.name and (not info.common or tok.cue in ("relation", "naming"))


def _from_someone(tok: Tok) -> bool:
    """`hörde från amir`: a given name common here, no word nor place (`info.negative`),
    after `från`/`from` is who it came from, not where."""
    info, place = tok.info, tok.place
    return info.first and info.core and not info.common and tok.index > 0 and (
        place is not None and place.toks is not None) and (
        place.toks[tok.index - 1].folded in ("från", "from"))
