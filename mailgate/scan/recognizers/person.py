"""Names of people, without a Swedish NER model: gazetteers, capitals, cues and consistency.

1. Runs of capitalised words (with `af`/`von`/`al` particles and initials) are candidates.
   A run with two words and at least one known name is a name; one known word alone is a
   name unless it is also an ordinary word at the start of a sentence.
2. Lower-case names count after a person cue (`klienten erik`), beside another name, or when
   they are common names here and no ordinary word.
3. Every later occurrence of a word already found in a name is a name too.
Hard negatives (places, agencies, substances, pill stamps) are never names on their own;
street names that are also first names (Molly, Tina) are names only when a relation word
names them directly (`klienten Tina`) or a surname follows (`Molly Svensson`).
"""

from __future__ import annotations

import re
from typing import Any

from mailgate.scan import names
from mailgate.scan.cues import (
    CAR_BRANDS,
    GROUP_HEADS,
    MUSIC_CUES,
    ORG_WORDS,
    PILL_WORDS,
    PLACE_NOUNS,
    THING_NOUNS,
)
from mailgate.scan.recognizers.aside import no_person
from mailgate.scan.recognizers.base import Hit, RegexRecognizer
from mailgate.scan.recognizers.careof import care_of_names
from mailgate.scan.recognizers.coordinated import coordinated
from mailgate.scan.recognizers.drugforms import dealer_nicknames, names_a_drug
from mailgate.scan.recognizers.kin import kin_names
from mailgate.scan.recognizers.lowercase import lower_names
from mailgate.scan.recognizers.nickname import between_names, chat_names, nicknames
from mailgate.scan.recognizers.performers import a_performer
from mailgate.scan.recognizers.placeshape import a_shaped_place
from mailgate.scan.recognizers.register import (
    register_name_end,
    register_names,
    shouted_names,
)
from mailgate.scan.recognizers.repeat import repeated
from mailgate.scan.recognizers.runs import (
    DEFINITE_NOUN,
    STRONG_CUES,
    Run,
    around_organisations,
    capital_runs,
    trim,
    verb_follows,
)
from mailgate.scan.recognizers.scores import SCORE_ALONE, SCORE_FULL, SCORE_WEAK
from mailgate.scan.recognizers.sellers import seller_nicknames
from mailgate.scan.recognizers.spoken import spoken_full_names
from mailgate.scan.recognizers.stamped import stamped
from mailgate.scan.recognizers.streets import without_street
from mailgate.scan.recognizers.things import (
    a_pet,
    a_quoted_thing,
    a_ship,
    an_acronym,
    an_organisation_part,
    sold_as,
    spreads,
    taken,
)
from mailgate.scan.recognizers.titled import a_titled_thing
from mailgate.scan.recognizers.words import (
    QUOTES,
    RELATION_CUES,
    Tok,
    drug_talk,
    prev_words,
    release,
    tokens_of,
)
from mailgate.scan.whole import whole_of

# Words showing a quoted name is someone's: en kille som kallas "Kungen", han kallar sig ...
SOMEONE = RELATION_CUES | {"han", "hon", "sig", "hen", "he", "she", "himself", "herself"}


class PersonRecognizer(RegexRecognizer):
    ENTITY = "PERSON"

    def hits(self, text: str, nlp_artifacts: Any) -> list[Hit]:
        toks = tokens_of(text, nlp_artifacts)
        try:
            return self._names(toks, nlp_artifacts)
        finally:
            release(toks)

    def _names(self, toks: list[Tok], nlp_artifacts: Any) -> list[Hit]:
        runs = [piece for run in capital_runs(toks) for piece in around_organisations(run)]
        found = [h for run in runs if (h := judge_run(run, toks)) and not no_person(
            run.toks, toks)]  # Jula, Bauhaus; sjöng Stilla natt; sökhunden Max
        found += lower_names(toks, english=self.supported_language == "en")
        found += register_names(toks, SCORE_FULL) + nicknames(toks) + chat_names(toks) + (
            between_names(toks))
        found += care_of_names(toks, SCORE_FULL) + shouted_names(toks, SCORE_ALONE)
        found += dealer_nicknames(toks) + seller_nicknames(toks)  # Metadon-Micke, "Smeden"
        found += spoken_full_names(toks) + kin_names(toks)  # olle norberg; familjen Schulte
        found += coordinated(toks, found)
        return found + repeated(toks, found, whole_of(nlp_artifacts))


def _unknown_pair(words: list[Tok], toks: list[Tok]) -> bool:
    """Two name-shaped words in no list, right after a person cue: `heter Dritan Quraishi`,
    `Mvh / Tesfalem Ghebreslassie`. Without a cue such pairs are as often firms (Svea Ekonomi)."""
    if len(words) != 2 or words[0].cue not in STRONG_CUES or words[0].line_is_shouting:
        return False
    first, last = words
    if last.index - first.index != 1 or _in_quotes(first, last, toks):
        return False
    return all(_NAME_SHAPE.match(t.text) and not t.info.common and not _WORD_ENDING.search(
        t.folded) for t in words)


# A name's shape: one capital, then small letters. Swedish noun endings are not names.
_NAME_SHAPE = re.compile(r"^[A-ZÅÄÖ][a-zåäöéüçşğı]{2,14}$")
_WORD_ENDING = re.compile(
    r"(?:ning|ningar|ningen|het|heten|else|skap|tion|tioner|ism|itet|ande|ende|are|arna|erna)$"
)


def _in_quotes(first: Tok, last: Tok, toks: list[Tok]) -> bool:
    before = toks[first.index - 1].text if first.index else ""
    after = toks[last.index + 1].text if last.index + 1 < len(toks) else ""
    return before in QUOTES or after in QUOTES


def _names_a_thing(raw: Run, toks: list[Tok]) -> bool:
    """The run names a pill, pet, ship, product, group, organisation or place, not a person."""
    first, last = raw.toks[0].index, raw.toks[-1].index
    three = prev_words(toks, first, 3)
    before = three[-2:]  # what prev_words(toks, first, 2) gives: the nearest two
    return (
        raw.toks[-1].stamp_compound or _next_is_stamp(raw, toks)
        or stamped(three) or _on_a_pill(raw, toks)
        # Pablo Escobar-stämpel, Donald Trump-piller, stämplade med Kalle Anka
        or a_pet(first, last, toks) or a_ship(first, toks) or a_quoted_thing(first, last, toks)
        or an_organisation_part(first, last, toks) or an_acronym(first, last, toks)
        # Sixten (tax), M/S Gabriella, "Bupe" strips, Djursjukhuset Strömsholm, KemI
        or raw.toks[0].folded in GROUP_HEADS or tuple(before) in MUSIC_CUES
        # Best regards, Team Syd; lyssnade på Håkan Hellström
        or sold_as(first, toks) or spreads(last, toks)  # säljs som Bob Marley, Elvis sprids
        or (len(raw.toks) == 1 and bool(register_name_end(raw.toks[0], toks)))  # Berg, Anna
        or (raw.toks[0].folded in THING_NOUNS and raw.toks[0].cue not in ("relation", "signature")
            and (len(raw.toks) < 3 or raw.toks[1].capital))  # not: Insatsen av Lisa Holm
        or (_word_before(first, toks) in THING_NOUNS and raw.toks[0].cue not in (
            "relation", "signature") and (len(raw.toks) == 1 or not any(
                t.info.first for t in raw.toks)))
        # Bandet Kent, festivalen Sthlm Fields, avdelning Sol; på boendet Erik Berg is a person
        or _of_an_organisation(raw, toks) or _saint_or_model(raw)
        # Edinburgh in Royal Infirmary of Edinburgh; Sankt Hans, Mercedes Vito
        or names_a_drug(raw.toks, toks, before)  # "Xanaxen", "Ronaldo", "Messi", "Zlatan"
        or a_shaped_place(raw.toks, toks)  # polisen i Storgöteborg, Årby och Lagersberg
        or a_performer(first, last, toks)  # Tonight's lineup: Adam Beyer, Tove Lo DJ-set
        or a_titled_thing(raw.toks)  # the boat "Lady Blue", a Lady Gin
    )


def _word_before(first: int, toks: list[Tok]) -> str:
    """The token right before, past an opening quote: fonden "Wilmas ljus"."""
    i = first - 1
    while i >= 0 and toks[i].text in QUOTES:
        i -= 1
    return toks[i].folded if i >= 0 else ""


def judge_run(raw: Run, toks: list[Tok]) -> Hit | None:
    if _names_a_thing(raw, toks):
        return None
    named = without_street(raw.toks, toks)
    if named is None:
        return None  # Birger Jarlsgatan, Karl XII:s torg: a street named after someone
    if named is not raw.toks:
        raw = Run(named)
    run = trim(raw, toks)
    if run is None or any([t.in_negative_phrase for t in run.toks]) or _names_a_place(run, toks):
        return None
    words = [t for t in run.toks if not t.particle]
    known = [t for t in words if t.info.name and not (t.info.negative and t.drug_word)]
    if run.toks[0].line_is_title and run.toks[0].cue not in STRONG_CUES and not all(
            t.info.first or t.info.last for t in words):
        return None  # in a Title Case line capitals say nothing: every word must be a name
    if len(words) >= 2 and known:
        return Hit(run.start, run.end, SCORE_FULL)
    if _unknown_pair(words, toks):
        return Hit(run.start, run.end, SCORE_WEAK)
    if len(words) != 1 or words[0].line_is_shouting:
        return None
    if len(raw.toks) > len(run.toks) and (_dropped_a_product(raw, run) or (
            words[0].info.common and words[0].cue not in STRONG_CUES
            and not _dropped_only_cues(raw, run))):
        return None  # Polisregion Mitt, "Blå Tesla": the rest of an organisation's name
    return _judge_alone(words[0], run, toks)


_SAINTS = frozenset({"sankt", "s:t", "st", "saint", "san", "santa"})


def _saint_or_model(run: Run) -> bool:
    """Sankt Hans, S:t Petri: a saint names a day, a church or a street; Mercedes Vito, Dodge
    Ram: a make and its model (Mercedes Svensson, a surname after the make, is a person)."""
    words = run.toks
    while len(words) > 1 and words[0].sentence_start and not words[0].info.name and (
            words[0].folded.rstrip(".") not in _SAINTS | CAR_BRANDS):
        words = words[1:]  # Under Sankt Hans, I Mercedes Vito
    first = words[0].folded.rstrip(".")
    if first in _SAINTS:
        return True
    return first in CAR_BRANDS and len(words) >= 2 and not words[1].info.last


def _of_an_organisation(run: Run, toks: list[Tok]) -> bool:
    """Edinburgh in `Royal Infirmary of Edinburgh`: `of` after an organisation's word."""
    i = run.toks[0].index
    return i >= 2 and toks[i - 1].folded in ("of", "for") and toks[i - 2].folded in ORG_WORDS


def _dropped_only_cues(raw: Run, run: Run) -> bool:
    """Trimming took off only cue words: `Enligt Ebba`, `Tack Sanna`."""
    kept = {t.index for t in run.toks}
    return all(t.is_cue_word for t in raw.toks if t.index not in kept)


def _dropped_a_product(raw: Run, run: Run) -> bool:
    """Trimming took off a pill stamp or substance: kallas "Blå Tesla"."""
    kept = {t.index for t in run.toks}
    return any(t.drug_word or t.info.negative for t in raw.toks if t.index not in kept)


def _names_a_place(run: Run, toks: list[Tok]) -> bool:
    """Anna Lindhs gymnasium, Gustav Adolfs torg: a genitive name before a place noun."""
    i = run.toks[-1].index + 1
    if not run.toks[-1].text.endswith("s") or i >= len(toks):
        return False
    return toks[i].folded in PLACE_NOUNS or toks[i].institution  # Älvsborgs länssjukhus


def _on_a_pill(run: Run, toks: list[Tok]) -> bool:
    """Pillren med Emil på, pills with Messi on them: a pill word before, `på`/`on` after."""
    i = run.toks[-1].index + 1
    if i >= len(toks) or toks[i].folded not in ("på", "on"):
        return False
    return any(w in PILL_WORDS for w in prev_words(toks, run.toks[0].index, 3))


# Nouns after a name printed on a pill or blotter: "a Albert Hofmann portrait", "Messi-motiv".
_PRINTED = frozenset({"portrait", "porträtt", "porträttet", "motiv", "motivet", "print",
                      "tryck", "trycket", "logo", "logga", "loggan", "stamp", "stämpel",
                      "stämpeln"})


def _next_is_stamp(run: Run, toks: list[Tok]) -> bool:
    i = run.toks[-1].index + 1
    return i < len(toks) and (toks[i].stamp_compound or toks[i].folded in _PRINTED)


def _judge_alone(tok: Tok, run: Run, toks: list[Tok]) -> Hit | None:
    info = tok.info
    if tok.drug_word:
        # Molly, Tina, Charlie: a person only when named as one (klienten Molly, /Tina).
        before = prev_words(toks, tok.index, 1)
        directly = tok.cue == "signature" or (bool(before) and before[0] in RELATION_CUES)
        return Hit(run.start, run.end, SCORE_WEAK) if directly else None
    if tok.text.isupper() and len(tok.text) <= 3 and tok.cue not in STRONG_CUES:
        return None  # ICA, SN, NFC: abbreviations
    if tok.quoted and not info.negative and not tok.initial:
        return _nickname(tok, run, toks)
    if tok.cue == "naming" and not info.first and drug_talk(toks, tok.index):
        return _nickname(tok, run, toks)  # säljs under namnet Blue: a product unless someone's
    if tok.cue in STRONG_CUES and not info.negative and not tok.initial and not (
            not info.name and DEFINITE_NOUN.search(tok.folded)):
        return Hit(run.start, run.end, SCORE_ALONE if info.name else SCORE_WEAK)
    if tok.cue == "weak" and info.name and not info.negative:
        return Hit(run.start, run.end, SCORE_ALONE)
    if not info.name or info.negative or (tok.after_place_word and not info.first):
        return None
    if prev_words(toks, tok.index, 1) in (["en"], ["ett"], ["a"], ["an"]):
        return None  # kör en Leon, köpte en Octavia: a thing, not a person
    if taken(tok, toks):
        return None  # tog Henry, köpte Percy: what was taken
    if tok.sentence_start:
        # Sentence starts are capitalised anyway: names common here and not words, or any
        # listed name that a verb follows (Giorgos ringde).
        ok = info.core and (not info.common or tok.folded in names.SENTENCE_START_NAMES)
        ok = ok or (not info.common and info.first and verb_follows(tok, toks))
        return Hit(run.start, run.end, SCORE_WEAK) if ok else None
    return Hit(run.start, run.end, SCORE_WEAK if info.common else SCORE_ALONE)


def _nickname(tok: Tok, run: Run, toks: list[Tok]) -> Hit | None:
    """A quoted word: a nickname (en kille som kallas "Kungen", av "Lillen") unless it names
    a product in drug talk (säljs under namnet "Pink")."""
    near = toks[max(0, tok.index - 5) : tok.index]
    about_someone = (
        tok.info.first  # "Micke"
        or any(w in SOMEONE for w in prev_words(toks, tok.index, 4))  # en kille som kallas
        or any(t.capital and t.info.name and not t.info.negative for t in near)  # Sven (alias)
    )
    if about_someone or (not drug_talk(toks, tok.index) and (tok.cue or not tok.info.common)):
        return Hit(run.start, run.end, SCORE_WEAK)
    return None
