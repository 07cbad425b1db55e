"""Runs of capitalised words that may be a person's name, as PERSON's first step finds them:
maximal runs within a line (particles joining them, Vietnamese family names like particles), cut
around an organisation's word in them, trimmed of the words at either end that cannot be part of
a name here (`Igår`, a form's next label, cue words, common words, a count: `Fem Rose`)."""

from __future__ import annotations

from typing import Final

from mailgate.scan import lexicon, names
from mailgate.scan.cues import IMPERATIVES
from mailgate.scan.drugcues import COUNT_WORDS, OPENING_TRADE_VERBS, PILL_LOOKS
from mailgate.scan.numbercues import CURRENCIES
from mailgate.scan.recognizers.drugnamed import spoken_of_as_someone
from mailgate.scan.recognizers.personacts import speaks_at_start
from mailgate.scan.recognizers.placesurnames import a_town_or_word_as_surname, titled_place_surname
from mailgate.scan.recognizers.roles import ENGLISH_ROLES, role_shaped
from mailgate.scan.recognizers.someone import A_TIME, told_as_someone
from mailgate.scan.recognizers.startnames import opens_with_a_full_name
from mailgate.scan.recognizers.vouched import DEFINITE_NOUN as DEFINITE_NOUN
from mailgate.scan.recognizers.vouched import vouched
from mailgate.scan.recognizers.words import Tok
from mailgate.scan.thingcues import CAR_BRANDS

STRONG_CUES: Final = ("relation", "naming", "signature")


class Run:
    """Tokens in a row. A plain class: compiled (setup.py) it is built natively, where a
    dataclass's generated `__init__` runs interpreted (a dense MB has 20 000 runs)."""

    __slots__ = ("toks",)

    def __init__(self, toks: list[Tok]) -> None:
        self.toks = toks

    @property
    def start(self) -> int:
        return self.toks[0].start

    @property
    def end(self) -> int:
        return self.toks[-1].end


def capital_runs(toks: list[Tok]) -> list[Run]:
    """Maximal runs of capitalised words, joined by particles, within a line."""
    runs: list[Run] = []
    current: list[Tok] = []
    place = toks[0].place if toks else None
    tabbed = place is not None and "\t" in place.text  # cells of a pasted table
    for i, tok in enumerate(toks):
        joins = tok.capital or (tok.particle and (_joinable(current, toks[i : i + 2]) or (
            _vietnamese_head(toks[i : i + 3]))) and _next_capital(toks, i))
        if joins and current and (tok.line_break_before or (tabbed and _a_tab_before(
                tok, current[-1]))):
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


def _a_tab_before(tok: Tok, prev: Tok) -> bool:
    """A tab between two words: they stand in two cells (`Ilyas Abdullahi<TAB>Orange`)."""
    place = tok.place
    return place is not None and place.text.find("\t", prev.end, tok.start) != -1


def _joinable(current: list[Tok], here: list[Tok]) -> bool:
    """A particle joins a name, not a substance or a van's make (`av Wilma`, not `van Ford`)."""
    last = current[-1] if current else None
    return last is not None and not (last.drug_word or last.folded in lexicon.drugs()) and not (
        here[0].folded == "van" and here[-1].folded in CAR_BRANDS)


def _next_capital(toks: list[Tok], i: int) -> bool:
    """A capitalised word follows, past more particles: Maria de la Cruz, Jan van der Berg."""
    j = i + 1
    while j < len(toks) and j - i <= 2 and toks[j].particle and not toks[j].capital:
        j += 1
    return j < len(toks) and toks[j].capital and not toks[j].line_break_before


def trim(run: Run, all_toks: list[Tok]) -> Run | None:
    """Drop leading and trailing words that cannot be part of a name here."""
    toks = list(run.toks)
    while toks and not _vietnamese_head(toks) and (
            _european_particle(toks[0]) or _not_first_part(toks[0], toks[1:2], all_toks)):
        toks.pop(0)
    while toks and (toks[-1].particle or _form_label(toks[-1], all_toks) or (
            _not_name_part(toks[-1]) and not (toks[-1].initial or _surname_after_first(toks)))
            or _an_amounts_unit(toks[-1], all_toks)):
        toks.pop()
    if len(toks) == len(run.toks):
        return run  # nothing dropped (most runs): no second Run
    return Run(toks) if toks else None


def dropped_alone(tok: Tok) -> bool:
    """A word alone that `trim` drops whatever stands beside it: an initial, a particle
    starting no name, `the`, or no name's part (a common word, a cue's word)."""
    return tok.initial or tok.folded == "the" or _european_particle(tok) or _not_name_part(tok)


def _an_amounts_unit(tok: Tok, toks: list[Tok]) -> bool:
    """`Berg A.  SEK 18 400`: a currency code in capitals before a number is the amount's."""
    after = tok.index + 1
    return tok.text in CURRENCIES and after < len(toks) and toks[after].text[:1].isdigit()


def _form_label(tok: Tok, toks: list[Tok]) -> bool:
    """`Namn: Bashir Hussaini Född: 2003-07-19`: the next field's label, no name part; not
    the speaker's surname in a chat line after its time (`[13:21] Björn Sommar: …`)."""
    after = tok.index + 1
    return after < len(toks) and toks[after].text == ":" and not tok.info.name and not (
        _after_a_time_stamp(tok, toks))


def _after_a_time_stamp(tok: Tok, toks: list[Tok]) -> bool:
    i = tok.index - 1
    while i >= 0 and toks[i].capital and toks[i].alpha and not toks[i + 1].line_break_before:
        i -= 1
    return i >= 0 and (toks[i].text == "]" or A_TIME.match(toks[i].text) is not None) and (
        not toks[i + 1].line_break_before)


def _vietnamese_head(toks: list[Tok]) -> bool:
    """Le Thi Lan, Le Van Tam, Le Minh Tuan: a family name that looks like a particle, before
    a middle name or two given names."""
    return len(toks) >= 3 and (toks[1].folded in names.VIETNAMESE_MIDDLE or (
        toks[0].folded == "le" and toks[1].info.first and toks[2].info.name))


def _european_particle(tok: Tok) -> bool:
    """af, von, de start no name; Abu, Al, Bin do (Abu Karim, Al Amin)."""
    return tok.particle and tok.folded not in names.ARABIC_PARTICLES


def _not_name_part(tok: Tok) -> bool:
    info = tok.info
    if tok.quoted and tok.cue == "naming" and not info.negative and not tok.drug_word:
        return False  # a nickname: kallas "K-man"
    if tok.is_cue_word and not _a_name_after_a_cue(tok):
        return True
    if tok.stamp_compound or tok.label or tok.institution:
        return True
    if info.negative and not info.first:
        return not titled_place_surname(tok)  # Lund, Berg: a place, unless `dr Lund`
    return info.common and not info.name


def _a_name_after_a_cue(tok: Tok) -> bool:
    """`ssk Bror`, `usk Bror Lind`: a given name that is also a cue's word (a brother),
    capitalised after a signature's cue or right after a role's cue in lower case, is the
    name (not `Old Man's`)."""
    place = tok.place
    if not (tok.capital and tok.info.first and tok.cue in _ROLE_CUES) or place is None:
        return False
    if tok.cue == "signature":
        return True  # Hälsningar Bror
    text, end = place.text, tok.start - 1
    if end < 1 or text[end] != " ":
        return False
    start = text.rfind(" ", 0, end) + 1
    return text[start:end].isalpha() and text[start:end].islower()


_ROLE_CUES: Final = frozenset({"relation", "signature"})


def _surname_after_first(toks: list[Tok]) -> bool:
    """Karin Lund, Simon Berg: a place or word that is a surname after a first name; and a
    pill's print after a given name common here (Arvid Krona: a print names no pill so)."""
    last = toks[-1]
    if len(toks) >= 2 and _a_print_as_surname(toks[-2], last):
        return True
    return len(toks) >= 2 and (last.info.last or _a_surnames_genitive(last) or (
        a_town_or_word_as_surname(toks[-2], last))) and toks[-2].info.first and not (
        last.drug_word or (last.is_cue_word and not last.capital) or last.stamp_compound)


def _a_surnames_genitive(tok: Tok) -> bool:
    """Bergs in `i Anna Bergs bil`: a listed surname with a genitive -s."""
    return len(tok.text) > 3 and tok.text.endswith("s") and tok.capital and names.lookup(
        tok.text[:-1], frozenset()).last


def _a_print_as_surname(first: Tok, last: Tok) -> bool:
    if not (first.info.first and first.info.core) or first.drug_word or (
            first.info.common and first.folded in PILL_LOOKS):
        return False
    folded = last.folded
    return last.capital and not last.text.isupper() and folded in lexicon.entries(
        "pill_stamps") and folded not in lexicon.drugs() and not names.lookup(
        last.text, frozenset()).first


# Prepositions also given names somewhere (Vid, Om): at a sentence's start before no name.
_PREPOSITIONS: Final = frozenset({"vid", "om", "till", "över", "among", "as", "over", "an"})


def _not_first_part(tok: Tok, following: list[Tok], toks: list[Tok]) -> bool:
    """At a run's start, also sentence-initial words: `Igår`, `Per` unless `Per Ghebrehiwet`."""
    if tok.folded == "the":
        return True  # The Dean, The Wilsons: an English article, though a surname somewhere
    if _not_name_part(tok) or (tok.initial and not following):
        return True
    if following and following[0].info.first and _a_role_word(tok):
        return True  # Dancer Aurora Lindqvist, Dirigent Leopold Wahlund: the title is outside
    if not tok.sentence_start or tok.initial:
        return False
    # A strong cue keeps the word, whatever the rest says: asked last, as the cue is found
    # only when first asked (most sentence-initial names are kept by the rest alone).
    return _not_first_at_start(tok, following, toks) and tok.cue not in STRONG_CUES


# Roles written before a name as titles are (`Dancer Aurora Lindqvist`), besides job words.
_TITLED_ROLES = frozenset({
    "dancer", "singer", "musician", "conductor", "dirigent", "dirigenten", "skipper",
    "captain", "kapten", "kaptenen", "pilot", "engineer", "student", "pupil", "resident",
    "tenant", "guest", "customer", "client", "patient", "koordinator", "koordinatorn",
    "medic", "sergeant", "constable", "inspector", "detective", "officer", "agent",
})


def _a_role_word(tok: Tok) -> bool:
    """A job or role no list holds as a name (`Dancer`, `Dirigent`, `Stuntkoordinator`)."""
    info = tok.info
    folded = tok.folded
    return not (info.name or tok.initial) and (
        folded in ENGLISH_ROLES or folded in _TITLED_ROLES or role_shaped(folded, info.negative)
        or DEFINITE_NOUN.match(folded) is not None)  # Piloten Jonas Ekholm


# Words of a limit that are also given names: `Max 2 tabl`, `Min 5 min`.
_LIMITS: Final = frozenset({"max", "min"})


def _a_number_after(tok: Tok, toks: list[Tok]) -> bool:
    i = tok.index + 1
    return i < len(toks) and toks[i].text[:1].isdigit() and not toks[i].line_break_before


def _not_first_at_start(tok: Tok, following: list[Tok], toks: list[Tok]) -> bool:
    """`_not_first_part` of a sentence-initial word that is no initial, its cue aside."""
    if (tok.folded in IMPERATIVES or tok.folded in COUNT_WORDS) and following and (
            following[0].info.first):
        return True  # Ring Anna Berg; Fem Rose i en plastpåse: a count
    if tok.folded in OPENING_TRADE_VERBS:
        return True  # Snortade Pablo, Beställde Erik: a verb, its subject left out
    if tok.folded in _LIMITS and _a_number_after(tok, toks):
        return True  # Max 2 tabl per dygn: the word, though Max is a name
    if tok.folded in _PREPOSITIONS and following and not (
            following[0].info.name or following[0].info.shaped):
        return True  # Vid Kvarnholmen: a preposition, though Vid is a name too
    if tok.info.core and (not tok.info.common or tok.folded in names.SENTENCE_START_NAMES):
        return False
    if tok.info.first and ((not tok.info.common and told_as_someone(tok, toks)) or (
            speaks_at_start(tok))):
        return False  # Giorgos ringde; Mahnaz, glöm inte; Hindal telefon 070-…; Jack sa
    if tok.drug_word and tok.info.first and spoken_of_as_someone(tok, toks):
        return False  # Tina som jobbar där: a word also a drug's and a verb, spoken of people
    nxt = following[0] if following else None
    if nxt is not None and _brand_surname_after(tok, nxt):
        return False  # Gianluca Ferrari: a given name, a surname also a brand
    if nxt is not None and opens_with_a_full_name(tok, nxt, toks):
        return False  # Saga Vall ringde, Lisa Grön ringde; Anhörig: Dag Svärd (startnames.py)
    if nxt is not None and _own_given_name(tok) and nxt.info.last and not nxt.info.negative:
        return False  # Petronella Vall: a given name in no other use, a surname that is a word
    if nxt is None and vouched([tok]):
        return False  # Orvik, 34 år: one no list holds
    if nxt is None or nxt.info.common or nxt.info.negative or _not_name_part(nxt):
        return True
    if vouched([tok, nxt]):
        return False  # Ovrin Talgast, 851103-2218: a full name no list holds
    # Per Ghebrehiwet, Sölve Johansson: kept when a name follows.
    return not (tok.info.name or ((nxt.info.last or nxt.info.shaped) and not tok.info.common))


def _own_given_name(tok: Tok) -> bool:
    """A listed given name that is no word, place, drug or stamp of the language."""
    info = tok.info
    return info.first and not (info.common or info.negative or tok.drug_word or (
        tok.stamp_compound))


def _brand_surname_after(tok: Tok, nxt: Tok) -> bool:
    """A given name in no other use, then a listed surname that is also a brand or place
    (Ferrari, Ford, Mora): as `Karin Lund` mid-sentence, a name at a sentence's start too."""
    given = tok.info.first and not (tok.info.common or tok.info.negative or tok.drug_word)
    return given and nxt.info.last and nxt.info.negative and not (
        nxt.drug_word or nxt.stamp_compound)


