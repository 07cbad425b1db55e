"""Two capitalised words that the lists do not make a name, where the frame does: right after
a relation or a role (`sambo Sunny Kärr`, `apotekare Rich Ward`, `Streamer Frost Lind`,
`Mormor Britt-Marie Hall`), or as an item of a list beside full names (`Linus, Adam Krona,
Melvin Udd`). A given name that is also a word (Sunny, Mild, Frost) or a surname that is
one (Kärr, Hall, Krona) is a person there; an institution, a place, an organisation, a firm
or a product in the same frames stays (`Läkare Region Skåne`, `Vakten Securitas Sverige`,
`Eva Lindberg, Malmö Stad och Peter Nyman`).
"""

from __future__ import annotations

from typing import Final

from mailgate.scan.cues import CALL_VERBS, PERSON_CUES
from mailgate.scan.names import is_place
from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.roles import ENGLISH_ROLES, role_shaped
from mailgate.scan.recognizers.scores import SCORE_ALONE
from mailgate.scan.recognizers.things import VESSEL_ENDINGS, a_firms_tail, in_a_firm_pair
from mailgate.scan.recognizers.words import STOP_WORDS, Tok

# Person cues that are verbs or say what is talked of: their object is as often a firm or an
# office (`ringde Region Skåne`, `träffade Röda Korset`, `källa: Svenska Dagbladet`).
_NOT_BEFORE_A_PAIR: Final = CALL_VERBS | frozenset({
    "träffade", "träffat", "mötte", "mött", "pratade", "pratat", "met", "meet", "saw", "told",
    "kontakt", "källa", "källan", "source", "enligt", "med", "av", "hos", "till", "och",
    "named", "called", "subject", "man", "kvinna", "person", "personen", "barn", "barnet",
    "player", "spelare", "spelaren", "owner", "ägare", "ägaren", "kund", "kunden",
    "customer", "mottagare", "mottagaren", "avsändare", "innehavare", "ombud", "student",
    "studenten",
    # titles: what follows is a stage name or a character as often (`Miss Molly Moonshine`)
    "mr", "mrs", "ms", "miss", "dr", "doktor", "fröken", "herr", "fru", "lady", "sir"})
# Words for vessels that end as roles do (`trålaren Ellen Marie`, `bogseraren Stina`).
_VESSELS: Final = (*VESSEL_ENDINGS, "trålare", "trålaren", "kutter", "kuttern", "skuta",
                   "skutan", "bogserare", "bogseraren", "tanker", "tankern")
# English words for staff that stand before a name in crews' and platforms' reports.
_STAFF_WORDS: Final = frozenset({"staff", "streamer", "purser", "leader", "guide", "lifeguard",
                                 "partner", "sambo", "sambon"})
_LIST_JOINERS: Final = frozenset({",", "och", "/", "&", "samt", "and"})


def cued_pairs(text: str, toks: list[Tok], inside: set[int]) -> list[Hit]:
    """Two capitalised words after a relation or a role, or between full names in a list;
    one blank between the words (a table's cells are parted by tabs: `Hyresgäst⇥Tel⇥Skuld`)."""
    out = []
    for i in range(1, len(toks) - 1):
        if i in inside or not _word(toks[i]):
            continue
        j = i + 1
        if j in inside or not _word(toks[j]) or text[toks[i].end : toks[j].start] != " " or (
                j + 1 < len(toks) and _word(toks[j + 1]) and not toks[j + 1].line_break_before):
            continue  # a pair, not a longer run (a firm's or a title's words)
        if not _a_name_in(toks[i], toks[j]) or _things(toks[i], toks[j], toks) or not (
                _cued(text, toks, i) or _listed(toks, i, j, inside)):
            continue
        out.append(Hit(toks[i].start, toks[j].end, SCORE_ALONE))
    return out


def _word(tok: Tok) -> bool:
    text = tok.text
    return tok.capital and text.replace("-", "").isalpha() and not text.isupper() and (
        tok.folded not in STOP_WORDS)


def _a_name_in(first: Tok, second: Tok) -> bool:
    """One word of the pair is a listed or shaped name, and the second is no word for a person
    (`Maria Ungdom`, a clinic): two words no list holds are as often a firm (`Taxi Kurir`)."""
    return (first.info.name or second.info.name) and second.folded not in PERSON_CUES


def _things(first: Tok, second: Tok, toks: list[Tok]) -> bool:
    """Either word names an institution, a place, an organisation, a drug or a firm."""
    if first.folded in _NOT_BEFORE_A_PAIR or first.folded in PERSON_CUES or _joined_by_amp(
            first, second, toks):
        return True  # Fröken Frost: a character; Hedbergs Plåt & Ventilation: a firm
    return any(t.institution or t.label or t.in_negative_phrase or t.after_place_word
               or t.is_cue_word or is_place(t.folded) or t.stamp_compound
               or in_a_firm_pair(t, toks) for t in (first, second)) or (
        second.drug_word or a_firms_tail(toks, second.index))


def _joined_by_amp(first: Tok, second: Tok, toks: list[Tok]) -> bool:
    i, j = first.index, second.index
    return (i > 0 and toks[i - 1].text == "&") or (j + 1 < len(toks) and toks[j + 1].text == "&")


def _cued(text: str, toks: list[Tok], i: int) -> bool:
    cue = toks[i - 1]
    if text[cue.end : toks[i].start] != " " or cue.folded in _NOT_BEFORE_A_PAIR or (
            cue.folded.endswith(_VESSELS)):
        return False
    folded = cue.folded
    return folded in PERSON_CUES or folded in _STAFF_WORDS or folded in ENGLISH_ROLES or (
        role_shaped(folded, cue.info.name))


def _listed(toks: list[Tok], i: int, j: int, inside: set[int]) -> bool:
    """A joiner and a found full name on either side of the pair, on its line. After a comma
    the list must go on beyond that name or the pair (`Karin Holm, Sol Västberg, Nils Ek`):
    `Barbro Hjort, Förarprov Nord` is a name and an employer."""
    k = j + 1
    before = i >= 3 and _joiner(toks, i - 1) and {i - 2, i - 3} <= inside
    after = k + 2 < len(toks) and _joiner(toks, k) and {k + 1, k + 2} <= inside
    if before and toks[i - 1].text == ",":
        before = _joiner(toks, i - 4) or _joiner(toks, k)
    if after and toks[k].text == ",":
        after = _joiner(toks, k + 3) or _joiner(toks, i - 1)
    return before or after


def _joiner(toks: list[Tok], k: int) -> bool:
    return 0 < k < len(toks) and toks[k].folded in _LIST_JOINERS and not (
        toks[k].line_break_before or toks[k + 1 if k + 1 < len(toks) else k].line_break_before)
