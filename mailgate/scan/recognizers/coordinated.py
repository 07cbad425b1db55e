"""Names in a list with a name: `Nora och Kasper F.`, `Lina eller Petra`, `Erik, Sanna och Lisa`.

A capitalised given name that is also a place or an ordinary word (Nora, Lina, Sanna) is
left alone by the rules for a single word; joined by `och`, `eller`, `samt`, `&`, `og`,
`und` or a comma to a name already found, it is a name too. Substances, stamps, events and
organisations (`Molly och Tina`, `Lucia`), words after a place preposition (`i Nora och
Lindesberg`) and words in a negative phrase never are.
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan import lexicon
from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.everyday import english_words
from mailgate.scan.recognizers.namedplaces import opens_a_named_place
from mailgate.scan.recognizers.nearby import drug_talk
from mailgate.scan.recognizers.textindex import tokens_inside
from mailgate.scan.recognizers.things import a_firms_tail, in_a_firm_pair
from mailgate.scan.recognizers.wordfacts import NORDIC_STOP_WORDS
from mailgate.scan.recognizers.words import Tok
from mailgate.scan.thingcues import SAINT_ABBREVIATIONS

SCORE_LISTED: Final = 0.55
JOINERS: Final = frozenset({"och", "eller", "samt", "&", ",", "and", "or", "+", "og", "und"})


def coordinated(toks: list[Tok], found: list[Hit], inside: set[int] | None = None
                ) -> list[Hit]:
    """Given names beside a found name in a list, until no list grows further. `inside`:
    `tokens_inside(toks, found)` when the caller has it; the tokens of the names found here
    are added to it (it is then `tokens_inside` of both, for `repeated`)."""
    if not found:
        return []
    inside = tokens_inside(toks, found) if inside is None else inside
    # Most capitalised words are in a found name already (they stay so): no call for them.
    candidates = [t for t in toks if t.capital and t.index not in inside and _candidate(t, toks)
                  and not _opens_a_run(t, toks, inside)]
    if not candidates:
        return []
    out: list[Hit] = []
    grew = True
    while grew:
        grew = False
        for tok in candidates:
            if tok.index not in inside and _beside(tok, toks, inside):
                out.append(Hit(tok.start, tok.end, SCORE_LISTED))
                inside.add(tok.index)
                grew = True
    return out


def _candidate(tok: Tok, toks: list[Tok]) -> bool:
    return (tok.capital and (tok.info.first or tok.info.last or _unlisted(tok))
            and not (tok.index and toks[tok.index - 1].folded in SAINT_ABBREVIATIONS and (
                toks[tok.index - 1].text[0].isupper()))  # St. Paul, not `50 kr st.`
            and not (tok.info.negative and not _a_place(tok.folded) and not _drug_given(tok))
            and not (tok.drug_word and not _drug_given(tok))
            and not tok.initial
            and not tok.in_negative_phrase and not tok.after_place_word and not tok.is_cue_word
            and not tok.label and not tok.institution and not tok.stamp_compound
            and not in_a_firm_pair(tok, toks)  # Berg & Falk Litterära Agentur
            and not a_firms_tail(toks, tok.index)  # Nina Sundqvist, Botnia Montage Ab
            and not opens_a_named_place(tok.index, toks)  # Eva Ek, Astrid Lindgrens skola
            and not _a_things_word(tok, toks))  # Cabrinha och North drakarna


def _opens_a_run(tok: Tok, toks: list[Tok], inside: set[int]) -> bool:
    """The word opens a longer run of capitals in which no name was found (`Handläggare
    Nermin, Team Bedrägeri`, `Karin, Drip Bar Östermalm`): a thing's name's first word. A name
    listed alone stands before a joiner, a stop or a small word; a given name before a
    listed surname or a place ending the run is a full name in the list (`Rebwar Zangana och
    Jiyan Doski`), and so is a run a list of names goes on after, or a pair of words neither
    of which is a word of the language."""
    j = tok.index + 1
    if j >= len(toks) or j in inside:
        return False
    after = toks[j]
    if not (after.capital and after.start - tok.end == 1) or after.initial or (
            after.line_break_before):
        return False
    end = j
    while _goes_on(toks, end):
        end += 1
    if end == j and ((after.info.last and not after.info.common) or _a_place(after.folded)):
        return False  # Jiyan Doski, Lisa Rättvik: a given name and a surname
    if end == j and not (_a_word(tok) or _a_word(after)):
        return False  # two words of no language: a full name no list holds, perhaps
    return _closes(toks, end)  # a unit's or a venue's name ends a signature or a list


_ENDS: Final = frozenset({".", "!", "?", ")", ";"})


def _closes(toks: list[Tok], end: int) -> bool:
    """The run ends its line or its sentence (`Handläggare Nermin, Team Bedrägeri.`); a list
    going on after it lists people (`Inger Norberg, Sten Is, Dag-Erik Vall`)."""
    k = end + 1
    return k >= len(toks) or toks[k].line_break_before or toks[k].text in _ENDS


def _a_word(tok: Tok) -> bool:
    """A word of the language, Swedish or English (Team, Bar), or a listed negative."""
    return tok.info.common or tok.info.negative or tok.folded in english_words()


def _goes_on(toks: list[Tok], j: int) -> bool:
    """Another capitalised word right after toks[j], on its line."""
    return j + 1 < len(toks) and toks[j + 1].capital and not toks[j + 1].line_break_before and (
        toks[j + 1].start - toks[j].end == 1)


_PLURAL_THINGS: Final = re.compile(r"^[a-zåäö]{3,}(?:arna|erna|orna)$")


def _a_things_word(tok: Tok, toks: list[Tok]) -> bool:
    """The list qualifies a plural noun after it (`Cabrinha och North drakarna`): its words
    name kinds of things."""
    i = tok.index + 1
    while i + 1 < len(toks) and toks[i].folded in JOINERS and toks[i + 1].capital and not (
            toks[i + 1].line_break_before):
        i += 2  # past the rest of the list: Cabrinha och North
    return i < len(toks) and not toks[i].line_break_before and toks[i].text.islower() and (
        _PLURAL_THINGS.match(toks[i].folded) is not None)


@lexicon.table
def _places() -> frozenset[str]:
    return lexicon.entries("municipalities") | lexicon.entries("places")


def _a_place(folded: str) -> bool:
    """Nora, Alva: a place that is also a given name may be one in a list of names; an event,
    a brand or a stamp (Lucia, Tesla) may not."""
    return folded in _places()


def _unlisted(tok: Tok) -> bool:
    """A word in no list at all, shaped like a given name: Nilla, Jonte, also one a surname's
    ending marks (Letemariam); not a noun in the definite (Skolan, Kyrkan, Polisen)."""
    info = tok.info
    return not (info.first or info.last or info.common or info.negative) and bool(
        _GIVEN.match(tok.text)) and not _DEFINITE.search(tok.folded) and (
        tok.folded not in NORDIC_STOP_WORDS)  # Jeg og Even: a pronoun, no name


_GIVEN: Final = re.compile(r"^[A-ZÅÄÖ][a-zåäöéü]{2,11}$")
_DEFINITE: Final = re.compile(r"^[a-zåäö]{3,}(?:an|en|et|arna|erna|orna)$")


def _beside(tok: Tok, toks: list[Tok], inside: set[int]) -> bool:
    """A joiner, then a found name's first word; or a found name's last word, then a joiner.
    A word in no list needs a lone given name beside it (`Nilla och Ronny`), a surname
    that is no given name a lone surname (`Grahn eller Gran`)."""
    i = tok.index
    if tok.drug_word:
        return _beside_a_full_name(tok, toks, inside)
    after = i + 2 < len(toks) and toks[i + 1].folded in JOINERS and i + 2 in inside and not (
        toks[i + 2].line_break_before)
    before = i >= 2 and toks[i - 1].folded in JOINERS and i - 2 in inside and not (
        tok.line_break_before)
    if not tok.info.first:
        if not tok.info.name and drug_talk(toks, i) and not _with_a_pronoun(toks, i):
            return False  # köpte Percocet och Henry: an unlisted word in drug talk is a drug
        after = after and _alone(toks, i + 2, inside, tok)
        before = before and _alone(toks, i - 2, inside, tok)
    return after or before or _on_a_door(tok, toks, inside)


def _on_a_door(tok: Tok, toks: list[Tok], inside: set[int]) -> bool:
    """`Holm / Pawlak`, `LIND/TÖRN`: listed surnames parted by a slash spaced alike on both
    sides, as on a door's or a letterbox's plate (`/Ebba` alone signs a note)."""
    i = tok.index
    if not tok.info.last or tok.line_break_before:
        return False
    for slash, other in ((i + 1, i + 2), (i - 1, i - 2)):
        if 0 <= other < len(toks) and other in inside and toks[slash].text == "/" and (
                toks[other].info.last) and _spaced_alike(toks, slash) and not (
                toks[max(slash, other)].line_break_before):
            return True
    return False


def _spaced_alike(toks: list[Tok], slash: int) -> bool:
    left = toks[slash].start - toks[slash - 1].end
    right = toks[slash + 1].start - toks[slash].end
    return (left == 0) == (right == 0)


def _alone(toks: list[Tok], j: int, inside: set[int], tok: Tok) -> bool:
    """toks[j] is a found name standing alone, of the kind `tok` may be listed with: a
    word in no list beside a given name, a surname or another found word in no list (`Nilla
    och Ronny`, `Grahn eller Gran`, `Dritan och Oghenekaro`), a listed surname beside a
    surname."""
    other = toks[j]
    if (j - 1 in inside) or (j + 1 in inside):
        return False
    if tok.info.last:
        return other.info.last and not other.info.first
    return other.info.first or (not tok.info.name and (other.info.last or not other.info.name))



_PEOPLE: Final = frozenset({"jag", "vi", "du", "han", "hon", "hen", "i", "me", "we"})


def _drug_given(tok: Tok) -> bool:
    """A given name that is also a drug's street name (Tina, Molly, Lucy, Mandy)."""
    return tok.drug_word and tok.info.first and not tok.text.isupper()


def _beside_a_full_name(tok: Tok, toks: list[Tok], inside: set[int]) -> bool:
    """A street name that is a given name, joined to a found full name on its line (`Utdelat
    av Alf Björk och Tina`, `Tina och Sara Holm`): a drug is listed with drugs, not with a
    given name and a surname; not before an amount (`Erik Berg och Tina 2 g`)."""
    i = tok.index
    if i + 1 < len(toks) and toks[i + 1].text[:1].isdigit():
        return False
    before = i >= 3 and toks[i - 1].folded in _NAME_JOINERS and {i - 2, i - 3} <= inside and (
        not (tok.line_break_before or toks[i - 2].line_break_before))
    after = i + 3 < len(toks) and toks[i + 1].folded in _NAME_JOINERS and (
        {i + 2, i + 3} <= inside) and not (toks[i + 2].line_break_before or (
            toks[i + 3].line_break_before))
    return before or after or _between_found(i, toks, inside)


def _between_found(i: int, toks: list[Tok], inside: set[int]) -> bool:
    """Found names on both sides in a list on one line (`Present: Anna Berg, Molly and
    Kevin`): a list of people; a drug is listed with drugs (`heroin, Tina, cannabis`)."""
    return 2 <= i < len(toks) - 2 and toks[i - 1].folded in JOINERS and (
        toks[i + 1].folded in JOINERS) and {i - 2, i + 2} <= inside and not any(
        toks[k].line_break_before for k in range(i - 1, i + 3))


_NAME_JOINERS: Final = frozenset({"och", "&", "and", "samt"})


def _with_a_pronoun(toks: list[Tok], i: int) -> bool:
    """A list that goes on to a person's pronoun lists people, though drugs are talked of
    after it (`Nêrgiz, Maria och jag tog spice`); a list of drugs holds none."""
    for k in range(i + 1, min(len(toks) - 1, i + 6)):
        if toks[k].folded in JOINERS and toks[k + 1].folded in _PEOPLE:
            return True
        if not (toks[k].capital or toks[k].folded in JOINERS):
            return False
    return False
