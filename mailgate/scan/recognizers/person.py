"""Names of people, without a Swedish NER model: gazetteers, capitals, cues and consistency.

1. Runs of capitalised words (with `af`/`von`/`al` particles and initials) are candidates.
   A run with two words and at least one known name is a name; one known word alone is a
   name unless it is also an ordinary word at the start of a sentence.
2. Lower-case names count after a person cue (`klienten erik`) or beside another name.
3. Every later occurrence of a word already found in a name is a name too.
Hard negatives (places, agencies, substances, pill stamps) are never names on their own;
street names that are also first names (Molly, Tina) are names only outside drug talk.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from mailgate.scan.cues import NAMING_CUES, PERSON_CUES, PERSON_CUES_WEAK
from mailgate.scan.recognizers.base import Hit, RegexRecognizer
from mailgate.scan.recognizers.tokens import Tok, drug_talk, prev_words, tokens_of

SCORE_FULL = 0.85  # two or more words, at least one a known name
SCORE_ALONE = 0.7  # one known name, mid-sentence
SCORE_WEAK = 0.55  # one known name at a sentence start, or found by a cue alone
SCORE_AGAIN = 0.6  # a word already found in a name, seen again


@dataclass
class Run:
    toks: list[Tok]

    @property
    def start(self) -> int:
        return self.toks[0].start

    @property
    def end(self) -> int:
        return self.toks[-1].end


class PersonRecognizer(RegexRecognizer):
    ENTITY = "PERSON"

    def hits(self, text: str, nlp_artifacts: Any) -> list[Hit]:
        toks = tokens_of(text, nlp_artifacts)
        found = [h for run in capital_runs(toks) if (h := judge_run(run, toks, text))]
        found += lower_names(toks)
        return found + repeated(toks, found, text)


def capital_runs(toks: list[Tok]) -> list[Run]:
    """Maximal runs of capitalised words, joined by particles and initials, within a line."""
    runs: list[Run] = []
    current: list[Tok] = []
    for i, tok in enumerate(toks):
        joins = tok.capital or (tok.particle and bool(current) and _next_capital(toks, i))
        if joins and current and tok.line_break_before:
            runs.append(Run(current))
            current = []
        if joins:
            current.append(tok)
        elif current:
            runs.append(Run(current))
            current = []
    if current:
        runs.append(Run(current))
    return runs


def _next_capital(toks: list[Tok], i: int) -> bool:
    return i + 1 < len(toks) and toks[i + 1].capital and not toks[i + 1].line_break_before


def trim(run: Run) -> Run | None:
    """Drop leading and trailing words that cannot be part of a name here."""
    toks = list(run.toks)
    while toks and (toks[0].particle or _not_name_part(toks[0], first=True)):
        toks.pop(0)
    while toks and (toks[-1].particle or _not_name_part(toks[-1], first=False)):
        toks.pop()
    return Run(toks) if toks else None


def _not_name_part(tok: Tok, first: bool) -> bool:
    info = tok.info
    if tok.folded in PERSON_CUES or tok.folded in PERSON_CUES_WEAK:
        return True
    if info.negative and not (info.first and not tok.drug_word):
        return True
    if tok.initial:
        return not first
    if first and tok.sentence_start and (info.common or not info.name):
        return True
    return info.common and not info.name


def judge_run(raw: Run, toks: list[Tok], text: str) -> Hit | None:
    run = trim(raw)
    if run is None or any(t.in_negative_phrase for t in run.toks):
        return None
    words = [t for t in run.toks if not t.particle and not t.initial]
    known = [t for t in words if t.info.name and not (t.info.negative and t.drug_word)]
    cued = _cued(run.toks[0], toks, weak_ok=True)
    if len(words) >= 2 and known:
        return Hit(run.start, run.end, SCORE_FULL)
    if len(words) != 1 or words[0].line_is_shouting:
        return None
    return _judge_alone(words[0], run, cued, toks, text)


def _judge_alone(tok: Tok, run: Run, cued: bool, toks: list[Tok], text: str) -> Hit | None:
    info = tok.info
    if tok.drug_word and drug_talk(toks, tok.index) and not _relation_cued(tok, toks):
        return None
    if cued and not info.negative:
        return Hit(run.start, run.end, SCORE_ALONE if info.name else SCORE_WEAK)
    if not info.name or info.negative or (tok.after_place_word and not info.first):
        return None
    if tok.sentence_start:
        # Sentence starts are capitalised anyway: only names common here, and not words.
        ok = info.core and not info.common
        return Hit(run.start, run.end, SCORE_WEAK) if ok else None
    return Hit(run.start, run.end, SCORE_WEAK if info.common else SCORE_ALONE)


def _cued(tok: Tok, toks: list[Tok], weak_ok: bool) -> bool:
    before = prev_words(toks, tok.index, 2)
    cues = PERSON_CUES | PERSON_CUES_WEAK if weak_ok else PERSON_CUES
    if any(w in cues for w in before):
        return True
    # A nickname in quotes right after a name: Erik "Ragge" Svensson.
    i = tok.index
    return tok.quoted and i >= 2 and toks[i - 2].capital and toks[i - 2].info.name


def _relation_cued(tok: Tok, toks: list[Tok]) -> bool:
    return any(w in PERSON_CUES - NAMING_CUES for w in prev_words(toks, tok.index, 2))


def lower_names(toks: list[Tok]) -> list[Hit]:
    """Lower-case names: after a strong cue, or two known names side by side."""
    found: list[Hit] = []
    for i, tok in enumerate(toks):
        if tok.capital or not tok.alpha or len(tok.text) < 3:
            continue
        info = tok.info
        if not info.core or info.common or info.negative:
            continue
        pair = i + 1 < len(toks) and _lower_name(toks[i + 1])
        if pair:
            found.append(Hit(tok.start, toks[i + 1].end, SCORE_ALONE))
        elif _cued(tok, toks, weak_ok=False) or (i > 0 and _lower_name(toks[i - 1])):
            found.append(Hit(tok.start, tok.end, SCORE_WEAK))
    return found


def _lower_name(tok: Tok) -> bool:
    info = tok.info
    return (not tok.capital and tok.alpha and len(tok.text) >= 3 and info.core
            and not info.common and not info.negative)


def repeated(toks: list[Tok], found: list[Hit], text: str) -> list[Hit]:
    """Every other occurrence of a word already found in a name."""
    inside = _inside(toks, found)
    seen = {t.folded for t in toks if t.index in inside and _repeatable(t)}
    if not seen:
        return []
    return [
        Hit(t.start, t.end, SCORE_AGAIN)
        for t in toks
        if t.folded in seen and t.index not in inside
        and not (t.drug_word and drug_talk(toks, t.index))
    ]


def _inside(toks: list[Tok], found: list[Hit]) -> set[int]:
    """Indexes of the tokens that lie within a hit."""
    starts = {t.start: t.index for t in toks}
    out: set[int] = set()
    for hit in found:
        i = starts.get(hit.start)
        while i is not None and i < len(toks) and toks[i].end <= hit.end:
            out.add(i)
            i += 1
    return out


def _repeatable(tok: Tok) -> bool:
    return (tok.alpha and len(tok.text) >= 3 and not tok.particle and not tok.info.common
            and not tok.info.negative)
