"""Works read, watched or staged, episodes, ferries by their line and places abroad by their
country: runs a name list takes for a person that their company says are no one.

- Nobody reads or stages a person: a run right after a verb of reading, reviewing, staging or
  re-watching is a work's title (`Hon läste Anna Karenina`, `Teatern satte upp Hedda Gabler`,
  `I read Jane Eyre`, `vi bingade Ted Lasso`); an indirect object stays a person (`read Anna
  Berg a story`, `läste Anna Bergs journal`: a genitive before a noun).
- Verbs that take people too (`såg`, `tittade på`, `lyssnade på`, `watched`) name a work only
  with a mark of one after it: a season or an episode (`säsong 2`, `S02E04`) or where it ran
  (`på Netflix`, `on HBO`, `i repris`). A season's mark names a series wherever it stands.
- A ferry by its shipping line's word and a word that is no surname (`Stena Danica`, `Silja
  Serenade`, `Viking Cinderella`), also with a surname on board (`ombord på Viking Grace`).
- A place abroad a given name is too, before a comma or `i`/`in` and its country or state
  (`Adelaide i Australien`, `Charlotte, North Carolina`, `Victoria, Kanada`).
"""

from __future__ import annotations

import functools
import re
from typing import Final

from mailgate.scan import lexicon
from mailgate.scan.recognizers.words import QUOTES, Tok

# Verbs whose object is never a person: reading, reviewing, staging, re-watching, streaming.
READ_VERBS: Final = frozenset({
    "läste", "läser", "läst", "läsa", "lästs", "lästes", "läses", "recenserade", "recenserar",
    "recenserat", "recensera", "bingade", "bingar", "bingat", "streamade", "streamar",
    "streamat", "read", "reads", "reread", "rereads", "rereading", "staged", "stages",
    "binged", "binge-watched", "rewatched", "rewatching", "streamed", "streaming"})
# Two words: satte upp Hedda Gabler, sätter upp, såg om Ronja (watched again), läste ut.
READ_PAIRS: Final = frozenset({
    ("satte", "upp"), ("sätter", "upp"), ("sätta", "upp"), ("satt", "upp"), ("sattes", "upp"),
    ("sätts", "upp"), ("såg", "om"), ("ser", "om"), ("sett", "om"), ("läste", "ut"),
    ("läst", "ut"), ("put", "on")})
# Verbs that take people too: a work only with a season, episode or channel after it.
WATCH_VERBS: Final = frozenset({
    "såg", "ser", "sett", "se", "watched", "watch", "watches", "watching", "saw", "seen"})
WATCH_PAIRS: Final = frozenset({
    ("tittade", "på"), ("tittar", "på"), ("tittat", "på"), ("titta", "på"), ("kollade", "på"),
    ("kollar", "på"), ("kollat", "på"), ("lyssnade", "på"), ("lyssnar", "på"),
    ("lyssnat", "på"), ("listened", "to"), ("listening", "to"), ("listen", "to")})
# Swedish finite verbs put the subject after them when something else opens the clause (`I
# lekrummet läste Lova Ek om …`): they name a work only after their own subject, a pronoun,
# a definite noun (`Teatern satte upp`) or `och`, `som`.
_FINITE: Final = frozenset({
    "läste", "läser", "läses", "lästes", "recenserade", "recenserar", "bingade", "bingar",
    "streamade", "streamar", "satte", "sätter", "sattes", "sätts", "såg", "ser", "tittade",
    "tittar", "kollade", "kollar", "lyssnade", "lyssnar"})
_SUBJECTS: Final = frozenset({
    "jag", "du", "han", "hon", "hen", "vi", "ni", "de", "dom", "man", "den", "det", "som",
    "och", "alla", "båda", "många", "flera"})
_DEFINITE: Final = ("en", "et", "na")
_PREPOSITIONS: Final = frozenset({
    "i", "på", "under", "efter", "före", "vid", "med", "hos", "inne", "ute", "bakom", "från",
    "till", "mellan", "över", "om", "genom", "utan", "inför"})
# Words after an indirect object: read Anna a story, läste Anna en saga.
_OBJECT_NEXT: Final = frozenset({
    "a", "an", "the", "her", "his", "their", "some", "en", "ett", "sin", "sitt", "sina",
    "hans", "hennes", "deras", "något", "några", "it", "det", "den"})
SEASON_WORDS: Final = frozenset({
    "säsong", "säsongen", "säsongerna", "season", "seasons", "avsnitt", "avsnittet",
    "episode", "episodes", "ep", "sæson", "sesong"})
# Where a work runs: på Netflix, on HBO, i repris. Not `på bio`, `på tv`: a person is seen
# there too (`såg Anna Berg på bio`, a guest on tv).
CHANNELS: Final = frozenset({
    "netflix", "hbo", "viaplay", "svtplay", "dvd", "youtube", "spotify", "disney+", "repris",
    "kindle", "storytel"})
_SEASON_OPENERS: Final = QUOTES | {"(", ",", "-", "–", ":"}
_EPISODE: Final = re.compile(r"[Ss]\d{1,2}[Ee]\d{1,3}")
# Shipping lines' words before a ship's name, and after it (Bjarne Viking, Regina Baltica).
SHIPPING_LINES: Final = frozenset({
    "stena", "silja", "viking", "tallink", "birka", "finnlines", "eckerö", "wasa", "color",
    "destination", "scandlines", "fjord", "finnmaid", "baltic"})
_LINE_ENDS: Final = frozenset({"viking", "baltica", "seaways"})
_ON_BOARD: Final = frozenset({
    "ombord", "färjan", "färja", "kryssning", "kryssningen", "kryssade", "hytt", "hytten",
    "terminalen", "ferry", "cruise", "aboard", "boarded", "sailed", "seglade", "avgår"})
_SHIP_REACH: Final = 6  # words back to a ferry's word
_COUNTRY_LINKS: Final = frozenset({",", "i", "in"})
# Prepositions of travel: a place abroad after them, then its country (till Adelaide i
# Australien); `hos Charlotte, Frankrike` may be a list of people and their countries.
_TRAVEL_TO: Final = frozenset({"till", "to", "i", "in", "via", "mot", "towards", "från", "from"})


def a_work_or_ferry(run: list[Tok], toks: list[Tok]) -> bool:
    """The run names a work read, watched or staged, a series, a ferry or a place abroad."""
    first, last = run[0].index, run[-1].index
    return _taken_in(first, last, toks) or _a_season_follows(last, toks) or (
        _a_season_before(first, toks)) or _a_ferry(run, toks) or _before_its_country(run, toks) or (
        _subtitled_after(last, toks))


def _verb_before(first: int, toks: list[Tok]) -> int:
    """The index of the word before the run and its quotes; -1 at the text's start."""
    i = first - 1
    while i >= 0 and toks[i].text in QUOTES:
        i -= 1
    return i


def _taken_in(first: int, last: int, toks: list[Tok]) -> bool:
    i = _verb_before(first, toks)
    if i < 0 or toks[first].line_break_before:
        return False
    word = toks[i].folded
    pair = (toks[i - 1].folded, word) if i > 0 else ("", word)
    verb = i - 1 if pair in READ_PAIRS or pair in WATCH_PAIRS else i
    if toks[verb].folded in _FINITE and not _its_subject_before(verb, toks):
        return False  # I lekrummet läste Lova Ek om …: Lova Ek reads
    if word in READ_VERBS or pair in READ_PAIRS:
        return not _an_indirect_object(last, toks)
    if word in WATCH_VERBS or pair in WATCH_PAIRS:
        return _a_season_follows(last, toks) or _a_channel_follows(last, toks)
    return False


def _its_subject_before(verb: int, toks: list[Tok]) -> bool:
    if verb == 0 or toks[verb].line_break_before:
        return False
    before = toks[verb - 1]
    if before.folded in _SUBJECTS:
        return True
    governed = verb >= 2 and toks[verb - 2].folded in _PREPOSITIONS  # i lekrummet läste
    return before.alpha and len(before.folded) > 3 and before.folded.endswith(_DEFINITE) and (
        not before.info.name) and not governed


def _an_indirect_object(last: int, toks: list[Tok]) -> bool:
    """`read Anna Berg a story`, `läste Anna Bergs journal`: a person, the work after."""
    nxt = toks[last + 1] if last + 1 < len(toks) else None
    if nxt is None or nxt.line_break_before:
        return False
    genitive = toks[last].text.endswith(("s", "'s", "’s")) and nxt.alpha and not nxt.capital
    return genitive or nxt.folded in _OBJECT_NEXT


def _a_season_follows(last: int, toks: list[Tok]) -> bool:
    """`Ted Lasso säsong 2`, `Veronica Mars S02E04`, `(säsong 3)`."""
    i = last + 1
    if i < len(toks) and toks[i].text in _SEASON_OPENERS:
        i += 1
    if i >= len(toks):
        return False
    word = toks[i]
    if word.line_break_before and i > last + 1:
        return False
    if _EPISODE.fullmatch(word.text):
        return True
    return word.folded in SEASON_WORDS and i + 1 < len(toks) and toks[i + 1].text[:1].isdigit()


# A screening's subtitles after a film's title: `visar Elvira Madigan med svensk text`,
# `Fanny och Alexander (textad)`; no one is subtitled or dubbed.
_SUBTITLED: Final = frozenset({"textad", "textat", "otextad", "dubbad", "dubbat", "subtitled",
                               "dubbed"})
_TEXT_LANGUAGES: Final = frozenset({"svensk", "engelsk", "finsk", "norsk", "dansk", "tysk",
                                    "fransk", "arabisk", "english"})


def _subtitled_after(last: int, toks: list[Tok]) -> bool:
    """`… med svensk text`, `… (textad)`, `… with English subtitles` right after the run."""
    i = last + 1
    if i < len(toks) and toks[i].text in ("(", ","):
        i += 1
    if i >= len(toks) or toks[i].line_break_before:
        return False
    if toks[i].folded in _SUBTITLED:
        return True
    return i + 2 < len(toks) and toks[i].folded in ("med", "with") and (
        toks[i + 1].folded in _TEXT_LANGUAGES) and toks[i + 2].folded in ("text", "subtitles")


def _a_season_before(first: int, toks: list[Tok]) -> bool:
    """`säsong 3 av Ted Lasso`, `season 2 of Veronica Mars`, `avsnitt 4 i Solsidan`."""
    return first >= 3 and toks[first - 1].folded in ("av", "of", "i", "in") and (
        toks[first - 2].text.isdigit()) and toks[first - 3].folded in SEASON_WORDS


def _a_channel_follows(last: int, toks: list[Tok]) -> bool:
    """`på Netflix`, `on HBO`, `i repris` right after the run."""
    i = last + 1
    return i + 1 < len(toks) and toks[i].folded in ("på", "on", "i") and (
        toks[i + 1].folded in CHANNELS)


def _a_ferry(run: list[Tok], toks: list[Tok]) -> bool:
    """`Stena Danica`, `Silja Serenade`, `Bjarne Viking`; `ombord på Viking Grace`."""
    if len(run) != 2:
        return False
    head, tail = run
    if head.folded in SHIPPING_LINES:
        lined = not tail.info.last
    elif tail.folded in _LINE_ENDS:
        lined = not head.info.last
    else:
        return False
    return lined or _on_board(head.index, toks)


def _on_board(first: int, toks: list[Tok]) -> bool:
    return any(t.folded in _ON_BOARD for t in toks[max(0, first - _SHIP_REACH) : first])


@lexicon.table
def _places() -> frozenset[str]:
    return lexicon.entries("places_abroad")


@functools.cache
def _place_phrases() -> frozenset[tuple[str, ...]]:
    return frozenset(lexicon.phrases("places_abroad"))


def _before_its_country(run: list[Tok], toks: list[Tok]) -> bool:
    """After a preposition of travel, a listed place abroad, then `,`/`i`/`in` and a listed
    place abroad (its country or state): `till Adelaide i Australien`."""
    first = run[0].index
    if len(run) > 2 or first == 0 or toks[first - 1].folded not in _TRAVEL_TO:
        return False
    if " ".join(t.folded for t in run) not in _places():
        return False
    i = run[-1].index + 1
    if i + 1 >= len(toks) or toks[i].folded not in _COUNTRY_LINKS or toks[i + 1].line_break_before:
        return False
    nxt = toks[i + 1]
    if not nxt.capital:
        return False
    if nxt.folded in _places():
        return True
    return i + 2 < len(toks) and (nxt.folded, toks[i + 2].folded) in _place_phrases()
