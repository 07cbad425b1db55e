"""One run of capitals judged: a person's name or nothing, and how sure.

person.py gathers the runs and asks, of each one that names no thing, whether it is a name
here: a full name with a listed part, a pair no list holds after a strong cue, one word
alone by its cue, its place in the sentence, an age after it or the verb it does; quoted
words are nicknames unless drug talk makes them a product.
"""

from __future__ import annotations

from typing import Final

from mailgate.scan import names
from mailgate.scan.closings import CLOSINGS
from mailgate.scan.cues import GREETINGS, PLACE_HEADS, PLACE_NOUNS
from mailgate.scan.drugcues import PILL_WORDS
from mailgate.scan.recognizers.attributive import qualifies_next
from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.branches import a_branch
from mailgate.scan.recognizers.credentials import credentialed
from mailgate.scan.recognizers.dosed import dosed
from mailgate.scan.recognizers.drugframe import drug_framed, parallel_to_a_drug, quoted_drug
from mailgate.scan.recognizers.drugnamed import (
    called_at_start,
    drug_among_words,
    drug_letter,
    given_names_speaking,
    names_among_drugs,
    relation_before,
    spoken_of_as_someone,
)
from mailgate.scan.recognizers.everyday import (
    a_kin_given_word,
    a_title_word,
    english_words,
    everyday_words,
)
from mailgate.scan.recognizers.headnamed import a_head_before_a_given_name
from mailgate.scan.recognizers.initials import an_office, signed_initial
from mailgate.scan.recognizers.letteritems import a_lettered_item
from mailgate.scan.recognizers.loneframes import framed_as_a_thing
from mailgate.scan.recognizers.namedthing import Possible
from mailgate.scan.recognizers.nearby import a_print_far_from_drugs, aged, drug_talk
from mailgate.scan.recognizers.numbered import a_numbered_thing
from mailgate.scan.recognizers.personacts import speaks_at_start
from mailgate.scan.recognizers.placesurnames import a_plain_negative
from mailgate.scan.recognizers.productsurnamed import product_then_surname
from mailgate.scan.recognizers.quotedword import quoted_nickname
from mailgate.scan.recognizers.roleserves import serves_a_thing
from mailgate.scan.recognizers.runs import DEFINITE_NOUN, STRONG_CUES, Run, dropped_alone, trim
from mailgate.scan.recognizers.saidofdrugs import said_of_a_drug
from mailgate.scan.recognizers.scores import SCORE_ALONE, SCORE_FULL, SCORE_WEAK
from mailgate.scan.recognizers.someone import someone_who, told_as_someone
from mailgate.scan.recognizers.streets import without_street
from mailgate.scan.recognizers.streettalk import a_street_name_among_drugs
from mailgate.scan.recognizers.thingnamed import thing_named
from mailgate.scan.recognizers.titlecase import full_name_in_a_title, name_in_a_title, titled
from mailgate.scan.recognizers.traded import taken
from mailgate.scan.recognizers.unitnames import a_unit_named
from mailgate.scan.recognizers.vouched import NAME_SHAPE, WORD_ENDING, greeted, vouched
from mailgate.scan.recognizers.whereone import where_one_is
from mailgate.scan.recognizers.words import QUOTES, STOP_WORDS, Tok, prev_words


def _unknown_pair(words: list[Tok], toks: list[Tok]) -> bool:
    """Two name-shaped words in no list, right after a person cue: `heter Dritan Quraishi`,
    `Mvh / Tesfalem Ghebreslassie`. Without a cue such pairs are as often firms (Svea Ekonomi)."""
    if len(words) != 2 or words[0].line_is_shouting or not (
            words[0].cue in STRONG_CUES or signed_initial(words[0], words[1], toks)):
        return False
    first, last = words
    if last.index - first.index != 1 or _in_quotes(first, last, toks):
        return False
    return all((t.initial and t is first) or (
        NAME_SHAPE.match(t.text) and not t.info.common and not WORD_ENDING.search(t.folded)
        and not (a_title_word(t) and not a_kin_given_word(t, last))) for t in words)
    # Provtagare: E. Nordmark


def _in_quotes(first: Tok, last: Tok, toks: list[Tok]) -> bool:
    after = toks[last.index + 1].text if last.index + 1 < len(toks) else ""
    return (toks[first.index - 1].text if first.index else "") in QUOTES or after in QUOTES


def judge_named(raw: Run, toks: list[Tok], can: Possible) -> Hit | None:
    """A run that names no thing: a person's name, or nothing."""
    if len(raw.toks) == 1 and _no_name_alone(raw.toks[0]):
        return None  # Därför, Hej, Enligt: most runs are one word, most of them no name's
    named = without_street(raw.toks, toks)
    if named is None:
        return None  # Birger Jarlsgatan, Karl XII:s torg: a street named after someone
    if named is not raw.toks:
        raw = Run(named)
    if credentialed(raw.toks, toks):
        return Hit(raw.start, raw.end, SCORE_FULL)  # Ivy Hart, MD: names that are words too
    named_like = _named_like_a_product(raw)
    if named_like is not None:
        return named_like  # Mary Jane Persson, Vakten Tesla Andersson
    run = trim(raw, toks)
    if run is None:
        return None
    if any([t.in_negative_phrase for t in run.toks]):
        return Hit(run.start, run.end, SCORE_WEAK) if given_names_speaking(
            run.toks, toks) else None  # Mary Jane sa att …
    if _names_a_place(run, toks):
        return None
    words = [t for t in run.toks if not t.particle]
    if a_lettered_item(words, toks):
        return None  # Bilagor: A. Budget, B. Stadgar; riskklass C. Hög: an item's label
    if words[0].initial and taken(words[0], toks) and drug_letter(words[0], run.toks, toks):
        return None  # De hade tagit H. En av dem: the drug, then the next sentence
    if words[0].initial and len(words) == 2 and words[1].sentence_start and (
            words[1].info.first and not words[1].info.last) and (
            drug_letter(words[0], run.toks, toks)):
        return judge_named(Run(run.toks[1:]), toks, can)  # 6 days without G. My ex: the next
        # sentence's first word judged alone (`utan G. My kom hem` finds My)
    known = [t for t in words if t.info.name and not (t.info.negative and t.drug_word)]
    if titled(run, words):  # in Title Case capitals say nothing: every word a name, or the
        # run end in a given name and a surname (Shift Supervisor Lina Carlsson | Ung Och Trygg)
        ending = name_in_a_title(run, toks)
        return None if ending is None else Hit(ending.start, ending.end, SCORE_FULL)
    if len(words) >= 2 and drug_among_words(words):
        part = names_among_drugs(words)  # Varnar För Tina Och: a headline's small words
        return Hit(part[0].start, part[-1].end, SCORE_FULL) if part else None
    if len(words) >= 2 and known:
        if a_branch(words):
            return None  # Förarprov Nord, Konvent Syd: a unit's or a region's branch
        if a_head_before_a_given_name(words, toks):  # Scen Selma, Rescue Sigrid: a thing's
            return Hit(run.start, run.end, SCORE_WEAK) if vouched(words) else None
        if not everyday_words(words, toks):
            return Hit(run.start, run.end, SCORE_FULL)
        # Shift Report By Mark Field: everyday words around a full name
        inside = full_name_in_a_title(run.toks)
        return None if inside is None else Hit(inside.start, inside.end, SCORE_FULL)
    if _unknown_pair(words, toks) or vouched(words) or _drug_named_with_surname(words):
        return Hit(run.start, run.end, SCORE_WEAK)
    if len(words) != 1 or words[0].line_is_shouting:
        return None
    if len(raw.toks) > len(run.toks) and dosed(raw.toks, run.toks, toks):
        return Hit(run.start, run.end, SCORE_ALONE)  # fick Ove Citodon: given a medicine
    if len(raw.toks) > len(run.toks) and (_dropped_a_product(raw, run) or (
            words[0].info.common and words[0].cue not in STRONG_CUES
            and not _dropped_only_cues(raw, run) and not called_at_start(words[0], toks))):
        return None  # Polisregion Mitt, "Blå Tesla": the rest of an organisation's name
    return _judge_alone(words[0], run, toks)


_SHORTEST_SURNAME: Final = 5


def _no_name_alone(tok: Tok) -> bool:
    """One word that `trim` drops: asked first, as what judge_named asks before `trim` gives
    the same answer for one word in no negative phrase and on no list of negatives."""
    return not (tok.in_negative_phrase or tok.info.negative) and dropped_alone(tok)


def _named_like_a_product(raw: Run) -> Hit | None:
    """A drug's or stamp's name and a surname ending the run (productsurnamed.py); only
    runs holding a product's word are asked."""
    if not any([t.in_negative_phrase or t.info.negative for t in raw.toks]):
        return None
    person = product_then_surname(raw.toks)
    return None if person is None else Hit(person[0].start, person[-1].end, SCORE_WEAK)


def _drug_named_with_surname(words: list[Tok]) -> bool:
    """A given name that is also a pill's or drug's name, then a word with a surname's shape
    that no list holds and that is no word (`Elsa Björklid`, `Tina Hårdstam`): no pill's name
    goes on with such a word (`Elsa Frozen`, `Tina Kristall` stay the drug)."""
    if len(words) != 2 or words[0].line_is_shouting:
        return False
    given, last = words
    return given.info.first and given.drug_word and not (
        last.info.name or last.info.common or last.info.negative or last.drug_word
        or last.initial or last.folded in PILL_WORDS) and len(last.text) >= _SHORTEST_SURNAME and (
        NAME_SHAPE.match(last.text) is not None and WORD_ENDING.search(last.folded) is None
        and not a_title_word(last) and DEFINITE_NOUN.match(last.folded) is None)


def _dropped_only_cues(raw: Run, run: Run) -> bool:
    """Trimming took off only cue words: `Enligt Ebba`, `Tack Sanna`."""
    kept = {t.index for t in run.toks}
    return all(t.is_cue_word for t in raw.toks if t.index not in kept)


def _dropped_a_product(raw: Run, run: Run) -> bool:
    """Trimming took off a pill stamp or substance: kallas "Blå Tesla"."""
    kept = {t.index for t in run.toks}
    return any(t.drug_word or t.info.negative for t in raw.toks if t.index not in kept)


def _names_a_place(run: Run, toks: list[Tok]) -> bool:
    """Anna Lindhs gymnasium, Gustav Adolfs torg: a genitive name before a place noun, also
    in its own genitive (`Olof Palmes gatas trafik`)."""
    i = run.toks[-1].index + 1
    if not run.toks[-1].text.endswith("s") or i >= len(toks):
        return False
    noun = toks[i].folded
    return noun in PLACE_NOUNS or toks[i].institution or (  # Älvsborgs länssjukhus
        noun[-1:] == "s" and noun[:-1] in PLACE_NOUNS and noun not in _OWN_GENITIVES)


# Genitives of place nouns that are a person's things too: Anna Bergs plans (her plan's).
_OWN_GENITIVES: Final = frozenset({"plans", "hems", "pris", "minnes"})
_ACRONYM: Final = 5  # capitals up to this long, alone and uncued, are an abbreviation


def _judge_alone(tok: Tok, run: Run, toks: list[Tok]) -> Hit | None:
    info = tok.info
    if not info.first and tok.index and toks[tok.index - 1].folded in PLACE_HEADS:
        return None  # kom till byn Norlin: a village, whatever cue stands before
    if info.first and a_unit_named(tok, toks):
        return None  # äldreboendet Ingrid, tältet Tove: a home's or a room's name
    if info.first and aged(tok, toks):
        return Hit(run.start, run.end, SCORE_ALONE)  # Elsa (7), Molly (15): a child, a girl
    if where_one_is(tok, toks):
        return None  # bartender på Babel, tältet vid Apollo: a venue, a place
    printed = a_print_far_from_drugs(tok, toks)  # Elsa åt inget: no pill's talk near
    if (tok.drug_word and not printed) or a_street_name_among_drugs(tok, toks):
        # Molly, Tina, Charlie: a person only when named as one (klienten Molly, /Tina).
        directly = tok.cue == "signature" or (relation_before(tok, toks) and not (
            said_of_a_drug(toks, tok.index))) or (
            spoken_of_as_someone(tok, toks))  # Molly sa, Hej Gina!, Tinas mamma
        return Hit(run.start, run.end, SCORE_WEAK) if directly else None
    if info.first and (drug_framed(tok, toks) or parallel_to_a_drug(tok, toks)):
        return None  # två gram Emma, hög på Jack; uppger Jack … uppger Sobril: a drug
    if tok.text.isupper() and (tok.cue not in STRONG_CUES or an_office(tok)) and (
            len(tok.text) <= 3 or (len(tok.text) <= _ACRONYM and not info.last)):
        return None  # ICA, NFC, FIFA, USADA, Chef HR: abbreviations; ORTIZ, Ainhoa a surname
    if tok.quoted and not info.negative and not tok.initial:
        if taken(tok, toks) or thing_named(tok, toks) or quoted_drug(tok, toks):
            return None  # köper "Palle", kallade dem "Emma", "Pirri" som var nitazen
        return quoted_nickname(tok, run, toks)
    if tok.cue == "naming" and not info.first and drug_talk(toks, tok.index):
        return quoted_nickname(tok, run, toks)  # säljs under namnet Blue: a product, or someone
    if tok.sentence_start and tok.folded in STOP_WORDS and (
            not info.first or (tok.folded in _PRONOUNS and _next_lower(tok, toks))):
        return None  # skriver:⏎En av fiskarna, Vi ringde henne: a function word starts it
    if tok.cue == "naming" and thing_named(tok, toks):
        return None  # something they called Kat: a thing's name
    if tok.cue in STRONG_CUES and not a_plain_negative(tok) and not tok.initial and not (
            not info.name and (DEFINITE_NOUN.search(tok.folded) or a_title_word(tok) or (
                serves_a_thing(tok, toks)))):  # ombud för Matbutiken: what a role serves
        return Hit(run.start, run.end, SCORE_ALONE if info.name else SCORE_WEAK)
    if tok.cue not in STRONG_CUES and a_numbered_thing(tok, toks):
        return None  # Bana 2, 17 Prinsen: one of a numbered series
    if tok.cue == "weak" and info.first and prev_words(toks, tok.index, 1) and prev_words(
            toks, tok.index, 1)[0] in GREETINGS:
        return Hit(run.start, run.end, SCORE_ALONE)  # Hej Nora!, Dear Molly: one greeted
    if tok.cue == "weak" and info.name and not info.negative:
        return Hit(run.start, run.end, SCORE_ALONE)
    if not info.name and (greeted(tok, toks) or vouched([tok])):
        return Hit(run.start, run.end, SCORE_WEAK)  # Hej Ilvar!: one no list holds, greeted
    if not info.name or (info.negative and not printed) or (
            tok.after_place_word and not info.first):
        return None
    if tok.folded in CLOSINGS and tok.line_break_before and _next_text(tok, toks) == ",":
        return None  # Love, Aunt Sue: a letter's closing, then its writer
    if prev_words(toks, tok.index, 1) in (["en"], ["ett"], ["a"], ["an"]) and not (
            someone_who(tok, toks)):  # en Benjamin från Falun som säljer: someone
        return None  # kör en Leon, köpte en Octavia: a thing, not a person
    if prev_words(toks, tok.index, 1) == ["the"] and tok.folded == tok.text.casefold():
        return None  # the Dean, the Ritz; a family stays people (the Wilsons: folded wilson)
    if taken(tok, toks) or framed_as_a_thing(tok, toks):
        return None  # tog Henry, köpte Percy: what was taken; Am 2. Mai, La Maria
    if tok.sentence_start:
        if _english_verb_before_pronoun(tok, toks):
            return None  # Said she took half: a verb, though Said is a name
        # Sentence starts are capitalised anyway: names common here and not words, or any
        # listed name its verb, what follows or its place tells is someone's (someone.py).
        ok = info.core and (not info.common or tok.folded in names.SENTENCE_START_NAMES)
        ok = ok or (not info.common and info.first and told_as_someone(tok, toks)) or (
            info.first and speaks_at_start(tok))  # Jack sa: a name that is a word too
        return Hit(run.start, run.end, SCORE_WEAK) if ok else None
    if info.common and qualifies_next(tok, toks):
        return None  # Brun kärrhök, Mina recept: a word before its noun (attributive.py)
    return Hit(run.start, run.end, SCORE_WEAK if info.common else SCORE_ALONE)


_SUBJECTS = frozenset({"she", "he", "they", "we", "i", "you", "it"})
# Subject pronouns lists hold as given names too (Vi, Man, Dom): before a word in lower case at
# a sentence's start the pronoun (`Vi ringde`); a name there has its surname (`Vi Nguyen`).
_PRONOUNS: Final = frozenset({"vi", "man", "dom"})


def _next_lower(tok: Tok, toks: list[Tok]) -> bool:
    i = tok.index + 1
    return i < len(toks) and toks[i].alpha and toks[i].text.islower()


def _english_verb_before_pronoun(tok: Tok, toks: list[Tok]) -> bool:
    """An English word starting a sentence before a subject pronoun: `Said she …`,
    `Will they …`, an inverted verb."""
    i = tok.index + 1
    return i < len(toks) and toks[i].folded in _SUBJECTS and tok.folded in english_words()


def _next_text(tok: Tok, toks: list[Tok]) -> str:
    return toks[tok.index + 1].text if tok.index + 1 < len(toks) else ""

