"""A name once found is a name everywhere in the text: alone, in capitals, with a genitive -s.

`Erik Johansson` found once makes `Erik`, `Johanssons` and `ERIK` names further on. Parts
that are also ordinary words or places (`Lind`, `Berg`, `Ek`, `Rosa`) repeat only where a
capital says so and nothing else explains it: not at a sentence start unless a verb follows
(`Lind berättade`, not `Rosa tabletter`), not after `i`/`från`, not in drug talk.
"""

from __future__ import annotations

from typing import Final

from mailgate.scan.cues import SUBJECT_VERBS
from mailgate.scan.names import PARTICLES, is_negative, is_place
from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.drugforms import in_a_drug_name
from mailgate.scan.recognizers.drugframe import drug_framed
from mailgate.scan.recognizers.nearby import drug_talk
from mailgate.scan.recognizers.roles import role_shaped
from mailgate.scan.recognizers.someone import PAST_TENSE
from mailgate.scan.recognizers.textindex import positions, tokens_inside
from mailgate.scan.recognizers.things import before_a_company_form, in_a_firm_pair
from mailgate.scan.recognizers.traded import bought_from, taken
from mailgate.scan.recognizers.wordfacts import word_facts
from mailgate.scan.recognizers.words import Tok
from mailgate.scan.venues import VENUE_HEADS
from mailgate.scan.whole import Whole

SCORE_AGAIN: Final = 0.6  # a word already found in a name, seen again
# A Swedish past tense after a sentence-initial word makes it a subject: Berg förnekade.
# Nouns after a genitive that make it a place's: Bergs kommun, Eds församling.
AREA_NOUNS: Final = frozenset({"kommun", "kommuns", "län", "läns", "församling", "socken", "härad"})


def repeated(toks: list[Tok], found: list[Hit], whole: Whole | None = None,
             inside: set[int] | None = None) -> list[Hit]:
    """Every other occurrence of a word already found in a name (in a piece of a long text:
    found anywhere in the whole text, see whole.py). `inside`: `tokens_inside(toks, found)`
    when the caller has it."""
    inside = tokens_inside(toks, found) if inside is None else inside
    anywhere, capitalised = _seen(toks, inside)
    if whole is not None:
        core = _seen(toks, tokens_inside(toks, [h for h in found if whole.in_core(h.start)]))
        chosen = whole.repeat(_encode(anywhere, capitalised), _encode(*core),
                              _candidates(toks, inside, whole))
        anywhere, capitalised = _decode(chosen)
    capitalised -= anywhere
    if not anywhere and not capitalised:
        return []
    forms = _with_genitives(anywhere | capitalised)
    out = []
    for t in [t for t in toks if t.folded in forms]:
        if t.index in inside or not _may_repeat(t, toks):
            continue
        if _base(t, anywhere) or (
                _base(t, capitalised) and _named_by_capital(t, toks, capitalised)):
            out.append(Hit(t.start, t.end, SCORE_AGAIN))
    return out


def _seen(toks: list[Tok], inside: set[int]) -> tuple[set[str], set[str]]:
    """Name words that repeat anywhere, and those that repeat only with a capital."""
    parts = [toks[i] for i in inside]  # not a pass over every token: only sets are made
    # Both tests read only a word's facts: asked once per distinct word (a dense MB has
    # 40 000 name tokens and a few dozen names).
    words = list({t.text: t for t in parts}.values())
    anywhere = {t.folded for t in words if _repeatable(t)}
    capitalised = {t.folded for t in words if _repeatable_capitalised(t) or (
        t.particle and t.capital and t.info.first and t.index - 1 not in inside)} | {  # Ben Carter
        p for t in parts if "-" in t.folded and t.capital  # Ek-Lind, Al-Sayed: Lind, Sayed
        for p in t.folded.split("-") if len(p) >= 3 and p not in PARTICLES
        and not is_negative(p)  # Trysil-Knut, Bastu-Kaj: the place or thing is no name
    } | {toks[t.index - 1].folded for t in parts if _after_a_word_opening_it(toks, t, inside)}
    return anywhere, capitalised


def _after_a_word_opening_it(toks: list[Tok], tok: Tok, inside: set[int]) -> bool:
    """A given name that is also a kin word opens the name found (`Bror Lindkvist`;
    only the engine's widening joins it): his given name, asked again with its capital
    (`Vilken Bror?`); `min bror` stays a brother."""
    i = tok.index - 1
    if i < 0 or i in inside:
        return False
    before = toks[i]
    return before.folded in _KIN_GIVEN_NAMES and before.capital and before.info.first


# Kin words that are given names too (`Bror Ek`, `Son Nguyen`); titles (`Pastor Lind`) are
# honorifics.py's to join, and mean the title where they stand alone.
_KIN_GIVEN_NAMES: Final = frozenset({"bror", "son"})


# A long text's pieces share one set of name words (whole.py): capital-only words marked.
_CAPITAL_ONLY: Final = "^"


def _encode(anywhere: set[str], capitalised: set[str]) -> set[str]:
    return anywhere | {_CAPITAL_ONLY + w for w in capitalised}


def _decode(words: set[str]) -> tuple[set[str], set[str]]:
    marked = {w for w in words if w.startswith(_CAPITAL_ONLY)}
    return words - marked, {w[len(_CAPITAL_ONLY):] for w in marked}


def _candidates(toks: list[Tok], inside: set[int], whole: Whole) -> set[str]:
    """The words a repeat could hit in the piece's core, whatever names are repeated.

    Read word by word (`positions`), each word's tokens until one gives its bases: a word's
    folded form and letters are its own, and so is its capital, but for a capitalised word
    of one or two capitals (its line in capitals unmakes it). Then the rest of its tokens
    could give nothing new."""
    out: set[str] = set()
    done: set[tuple[str, bool]] = set()  # a word's bases, once per word and capital
    for text, places in positions(toks).items():
        facts = word_facts(text)
        if not facts[1]:  # [1]: alpha
            continue
        varies = facts[3] and text.isupper() and len(text) < 3  # [3]: capital
        for i in places:
            t = toks[i]
            if i in inside or not whole.in_core(t.start):
                continue
            f = t.folded
            capital = t.capital or (t.text.isupper() and len(t.text) >= 3)  # Lind, LIND: not lind
            # Bases already taken need no `_may_repeat` (the answer is a set of bases).
            if (f, capital) in done or not _may_repeat(t, toks):
                continue
            done.add((f, capital))
            bases = {f, f[:-1], f[:-2]}
            out.update(bases)
            if capital:
                out.update(_CAPITAL_ONLY + b for b in bases)
            if not varies:
                break
    return out


def _may_repeat(tok: Tok, toks: list[Tok]) -> bool:
    return not tok.in_negative_phrase and not (tok.drug_word and (
        drug_talk(toks, tok.index) or taken(tok, toks))) and not (  # erbjudna "Tina"
        tok.info.first and (drug_framed(tok, toks) or (bought_from(tok, toks) and (
            drug_talk(toks, tok.index))))) and (  # två gram Emma beside Emma Lind, Benny
        # köpte Benny av en bekant; not `Då tog Anna fram telefonen` beside Anna Berg
        not in_a_drug_name(tok, toks)) and not (  # en "Jack and Coke" beside Jack Eriksson
        before_a_company_form(tok, toks)) and not in_a_firm_pair(tok, toks)


def _with_genitives(seen: set[str]) -> frozenset[str]:
    """The words and their genitives, to pass over every other token at once."""
    return frozenset(seen | {w + "s" for w in seen} | {w + g for w in seen for g in ("'s", "’s")})


def _base(tok: Tok, seen: set[str]) -> bool:
    """The word or its genitive (Eriks, Johanssons, Al-Sayeds) is in `seen`."""
    f = tok.folded
    return f in seen or (f[-1:] == "s" and f[:-1] in seen) or (
        f[-2:] in ("'s", "’s") and f[:-2] in seen)



def _repeatable(tok: Tok) -> bool:
    return (tok.alpha and len(tok.text) >= 3 and not tok.particle and not tok.info.common
            and not tok.info.negative and not tok.is_cue_word and not _a_title_or_venue(tok))


def _a_title_or_venue(tok: Tok) -> bool:
    """A job title or a venue's word caught in a name's span (`Optiker Lindh`, `Kiosken
    Hörnan`) names no one where it stands alone (`optiker`, `kiosken`)."""
    return not tok.info.name and (role_shaped(tok.folded, False) or tok.folded in VENUE_HEADS
                                  or tok.institution)


def _repeatable_capitalised(tok: Tok) -> bool:
    """Name parts that are also words or places (Lind, Berg, Bo, Ek): only with a capital."""
    return (tok.alpha and len(tok.text) >= 2 and not tok.particle and not tok.is_cue_word
            and not tok.label and not tok.institution)


def _named_by_capital(tok: Tok, toks: list[Tok], seen: set[str]) -> bool:
    if not (tok.capital or (tok.text.isupper() and len(tok.text) >= 3)):
        return False
    nxt = toks[tok.index + 1] if tok.index + 1 < len(toks) else None
    if (tok.after_place_word and not _from_someone(tok, toks)) or (
            nxt is not None and (nxt.folded in AREA_NOUNS or nxt.institution)):
        return False  # i Berg, från Lund, Bergs kommun
    if not tok.sentence_start or tok.folded not in seen:
        return True  # mid-sentence, or a genitive (Eks bil) that is no word on its own
    return _a_listed_item(tok, toks, nxt) or (nxt is not None and (
        nxt.folded in SUBJECT_VERBS or bool(  # Lind berättade
            not nxt.capital and PAST_TENSE.match(nxt.text))))


_ITEM_ENDS: Final = frozenset({"(", ",", ";", "."})
_FROM: Final = frozenset({"från", "from"})


def _from_someone(tok: Tok, toks: list[Tok]) -> bool:
    """`från Grön` after `Isak Grön`: from the person found, where the word is no place
    (`från Lund`, `från Berg` stay places, and a name it opens: `från Grön Ungdom`)."""
    i = tok.index
    return i > 0 and toks[i - 1].folded in _FROM and not is_place(tok.folded) and not (
        i + 1 < len(toks) and toks[i + 1].capital and not toks[i + 1].line_break_before)


def _a_listed_item(tok: Tok, toks: list[Tok], nxt: Tok | None) -> bool:
    """An item of a list after a colon on its line (`dödsbon i veckan: Strid (klar), Jama`):
    Swedish goes on in lower case after a colon, so the capital is the name's; not a
    subject's or an amount's word (`Ämne: Strid och försoning`, `Ström 450 kr`)."""
    i = tok.index
    return i > 0 and toks[i - 1].text == ":" and not tok.line_break_before and (
        nxt is None or nxt.line_break_before or nxt.text in _ITEM_ENDS)
