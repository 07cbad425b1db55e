"""A given name that is also a drug's street name (Tina, Molly, Gina, Charlie) is a person's
where the text speaks of a person: what only people do right after it (`Molly sa`, `Tina som
jobbar`), a greeting or a role right before it (`Hej Gina!`, `bartendern "Mandy"`), or a
pronoun of people beside it (`Charlie och jag`). Drugs are also subjects (`Tina gör dig
vaken`), mixed (`Gina och alkohol`) and have effects (`Mollys effekt`): those say nothing of a
person."""

from __future__ import annotations

from typing import Final

from mailgate.scan import lexicon, names
from mailgate.scan.cues import GREETINGS
from mailgate.scan.drugcues import PERSONAL_BELONGINGS
from mailgate.scan.kinwords import KIN_AND_COMPANY
from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.drugforms import drug_form
from mailgate.scan.recognizers.drugpeople import (
    aged_after,
    from_a_unit_speaking,
    taken_up_again,
    talked_with,
    uses_a_drug,
)
from mailgate.scan.recognizers.kinof import genitive_stem, genitives_before
from mailgate.scan.recognizers.nearby import before_quotes
from mailgate.scan.recognizers.roles import ENGLISH_ROLES, role_shaped
from mailgate.scan.recognizers.streetpeople import street_named_someone
from mailgate.scan.recognizers.words import RELATION_CUES, STOP_WORDS, Tok, prev_words

# What only people do: speak, ask, call, work, live, feel, cry.
PERSON_VERBS: Final = frozenset({
    "sa", "sade", "säger", "berättade", "berättar", "frågade", "frågar", "ringde", "ringer",
    "skrev", "skriver", "svarade", "svarar", "sms:ade", "messade", "jobbar", "jobbade",
    "arbetar", "arbetade", "bor", "bodde", "heter", "mådde", "mår", "grät", "gråter", "log",
    "tycker", "tyckte", "tror", "trodde", "vet", "visste", "ville", "vill", "lovade",
    "said", "says", "told", "tells", "asked", "asks", "called", "calls", "texted", "works",
    "worked", "lives", "lived", "cried", "felt", "feels", "thinks", "thought", "wants",
    "wanted", "promised", "replied", "wrote", "writes", "reported", "rapporterade",
    "rapporterar", "meddelade",
})
# A greeting, or thanks, spoken to the one named: Hej Gina!, Tack Molly.
ADDRESSING: Final = GREETINGS | {"tack", "thanks", "grattis", "congrats", "congratulations"}
PEOPLES_PRONOUNS: Final = frozenset({"jag", "du", "han", "hon", "hen", "vi", "i", "you", "he",
                                     "she", "we"})
_JOINS: Final = frozenset({"och", "o", "&", "and"})
# Roles right before a name that the endings in roles.py do not tell.
ROLES: Final = ENGLISH_ROLES | {"bartender", "bartendern", "caller", "guest", "dj", "dj:n",
                               "vakthavande"}


# `man` is a husband only after a possessive (`hennes man Kim`); after a verb or a small word
# it is the pronoun one (`Blandar man Molly med alkohol`, `om man tar Tina`).
_POSSESSIVES: Final = frozenset({"min", "din", "hans", "hennes", "sin", "hens", "vår", "er",
                                 "deras", "my", "your", "his", "her", "our", "their"})


def relation_before(tok: Tok, toks: list[Tok]) -> bool:
    """A relation word names the one right after it (`klienten Tina`, `hennes man Charlie`)."""
    before = prev_words(toks, tok.index, 2)
    if not before or before[-1] not in RELATION_CUES:
        return False
    return before[-1] != "man" or (len(before) == 2 and before[0] in _POSSESSIVES)


def spoken_of_as_someone(tok: Tok, toks: list[Tok]) -> bool:
    i = tok.index
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    after = toks[i + 2] if i + 2 < len(toks) else None
    if nxt is not None and not nxt.line_break_before:
        if genitive(tok) and nxt.folded in KIN_AND_COMPANY:
            return True  # Tinas mamma ringde, Molly's boyfriend; not Mollys effekt
        if (nxt.folded in PERSON_VERBS and not _fronted(toks, i)) or (
                nxt.folded == "som" and after is not None and after.folded in PERSON_VERBS):
            return True  # Molly sa, Tina som jobbar; not `Efter Molly mådde han illa`
        if nxt.folded in _JOINS and after is not None and after.folded in PEOPLES_PRONOUNS and (
                i == 0 or toks[i].sentence_start):
            return True  # Charlie och jag gick hem
        if nxt.folded in _JOINS and after is not None and after.folded in _THIRD_OWNERS and (
                i + 3 < len(toks) and toks[i + 3].folded in KIN_AND_COMPANY):
            return True  # Mandy och hennes kille säljer
        if nxt.folded in _JOINS and i + 3 < len(toks) and (
                (after is not None and after.folded, toks[i + 3].folded) in _THE_REST):
            return True  # Tina and the rest of the team, Molly och resten av gänget
    if i > 1 and toks[i - 1].folded in _SELLERS_MARK and _bought_before(toks, i - 1):
        return True  # köpte kokain av Charlie: the seller, the drug named before
    if nxt is not None and nxt.folded in _TURNING and after is not None and (
            after.folded in ("år", "years")):
        return True  # Molly fyller år idag: a birthday
    if aged_after(toks, i) or talked_with(toks, i) or uses_a_drug(toks, i) or (
            taken_up_again(toks, i) or from_a_unit_speaking(toks, i, PERSON_VERBS)):
        return True  # Tina, 24 år; pratade med Tina; Molly tog MDMA; saknar Tina, hon …
    if _called(tok, toks) or _related_in_brackets(tok, toks):
        return True  # ring Lucy innan ni åker; Mandy (kollega) ringde
    if street_named_someone(tok, toks):
        return True  # Tina – 2 Tina; Gina 070…; det var Molly som larmade (streetpeople.py)
    j = before_quotes(toks, i)  # bartendern "Mandy"
    if j < 0:
        return False
    before = toks[j]
    return before.folded in ADDRESSING or before.folded in ROLES or (  # Hej Gina!, caller "kit"
        before.folded not in STOP_WORDS and role_shaped(before.folded, before.info.name))
    # kassören Molly, bartendern "Mandy"; not `varför Molly inte betyder rent`


_TURNING: Final = frozenset({"fyller", "fyllde", "turns", "turned"})
_PREPOSITIONS: Final = frozenset({"efter", "före", "innan", "utan", "av", "på", "after",
                                  "before", "without", "on"})
_SUBJECTS: Final = frozenset({"han", "hon", "hen", "jag", "vi", "de", "dom", "du", "ni", "man"})


def _fronted(toks: list[Tok], i: int) -> bool:
    """The name closes a fronted phrase and the verb after it has its subject after it, as
    Swedish puts it: `Efter Molly mådde han illa`, `På Tina mår man bra i ett dygn`."""
    return i > 0 and toks[i - 1].folded in _PREPOSITIONS and i + 2 < len(toks) and (
        toks[i + 2].folded in _SUBJECTS)


# The rest of a group after the name: `Molly och resten av gänget`. (`Jag och Tina` is left
# alone: `Jag och Tina är ingen bra kombination` speaks of the drug.)
_THE_REST: Final = frozenset({("the", "rest"), ("resten", "av"), ("alla", "andra"),
                              ("everyone", "else")})


# Verbs of calling, texting or asking someone right before the name: a drug is never called
# (`ring Lucy`, `sms:a Tina`, `fråga Gina`; `fråga om Gina` asks about it).
_CALLING: Final = frozenset({
    "ring", "ringa", "ringer", "ringde", "ringt", "sms:a", "sms:ar", "sms:ade", "messa",
    "messar", "messade", "fråga", "frågar", "frågade", "call", "calls", "called", "text",
    "texts", "texted", "phone", "phoned", "ask", "asks", "asked",
    # met or visited: `träffade Molly`, `besökte Tina`, `visited Lucy`
    "träffa", "träffar", "träffade", "träffat", "besöka", "besöker", "besökte", "besökt",
    "meet", "meets", "met", "visit", "visits", "visited",
    # greeted through someone: `hälsa Tina att …`, `tell Molly`
    "hälsa", "hälsar", "hälsade", "tell",
})


def _called(tok: Tok, toks: list[Tok]) -> bool:
    """`ring Lucy`, `ska jag ringa Tina?`: a verb of calling right before, on the same line."""
    i = tok.index
    return i > 0 and toks[i - 1].folded in _CALLING and not tok.line_break_before


def called_at_start(tok: Tok, toks: list[Tok]) -> bool:
    """`Ring Tina om mötet`, `Hälsa Tina att …`: a street name that is also a word (`tina`,
    to thaw) after a verb of calling opening the sentence is spoken to, not a word."""
    return tok.drug_word and tok.index > 0 and toks[tok.index - 1].sentence_start and (
        _called(tok, toks))


def _related_in_brackets(tok: Tok, toks: list[Tok]) -> bool:
    """`Mandy (kollega)`, `Tina (min syster)`: a relation or role in brackets right after; a
    drug's brackets hold its substance or amount (`Tina (metamfetamin)`, `Molly (2 st)`)."""
    i = tok.index
    if i + 2 >= len(toks) or toks[i + 1].text != "(" or toks[i + 1].line_break_before:
        return False
    word = toks[i + 3] if toks[i + 2].folded in _POSSESSIVES and i + 3 < len(toks) else toks[
        i + 2]
    return word.folded in RELATION_CUES or word.folded in KIN_AND_COMPANY or (
        word.folded in ROLES)


_THIRD_OWNERS: Final = frozenset({"hennes", "hans", "her", "his"})
# `av` or `från` after a drug bought: its seller (`köpte kokain av Charlie`).
_SELLERS_MARK: Final = frozenset({"av", "från", "from", "off"})
_BUYING: Final = frozenset({"köpte", "köper", "köpt", "köpa", "beställde", "fick", "bought",
                            "got", "buy", "ordered", "scored"})

def _bought_before(toks: list[Tok], mark: int) -> bool:
    """A verb of buying and a drug between it and `mark`, within four words."""
    drug = False
    for j in range(mark - 1, max(-1, mark - 5), -1):
        if toks[j].folded in _BUYING:
            return drug
        drug = drug or _a_drug(toks[j])
    return False


def given_names_speaking(run: list[Tok], toks: list[Tok]) -> bool:
    """A street name of given names (`Mary Jane`) right before what only people do: `Mary
    Jane sa att …`, `Mary Jane ringde`; the drug is smoked and smells (`rökte Mary Jane`)."""
    i = run[-1].index + 1
    return len(run) >= 2 and all(t.info.first for t in run) and i < len(toks) and (
        toks[i].folded in _SPEECH) and not toks[i].line_break_before and (
        " ".join(t.folded for t in run) in lexicon.drugs())


# Speaking and calling: what a drug's street name is never said to do (a negative phrase of
# given names before `vill`, `mår`, `heter` may be a title or a thing's name).
_SPEECH: Final = frozenset({"sa", "sade", "säger", "berättade", "berättar", "frågade", "ringde",
                            "svarade", "sms:ade", "messade", "said", "told", "asked", "called",
                            "texted", "replied"})


def _a_drug(tok: Tok) -> bool:
    """A drug's name; not an initial, though G and H are street names (`Erik H. Lind`)."""
    return not tok.initial and (tok.drug_word or (tok.info.negative and drug_form(tok.text)))


# The small words a headline capitalises between its parts (`Varnar För Tina Och Alkohol`,
# `Nytt Om Xanax I Skåne`, `Warning About Molly In Malmö`); no name holds one.
HEADLINE_LINKS: Final = frozenset({
    "och", "om", "i", "för", "med", "av", "på", "till", "från", "mot", "efter", "bland", "hos",
    "vid", "under", "utan", "and", "or", "of", "in", "for", "with", "about", "on", "at", "from",
    "to", "the", "among",
})


def drug_among_words(words: list[Tok]) -> bool:
    """A run of capitalised words holding a drug's name and a headline's small word: a
    headline (`Polisen Varnar För Tina Och Alkohol`, `Nytt Om Xanax I Skåne`)."""
    # the small word first: rare in a run, so most runs are answered without a drug's look-up
    return any(t.folded in HEADLINE_LINKS and not t.sentence_start for t in words) and any(
        map(_a_drug, words))  # not `Med Tina` at a sentence's start


def _own_name(tok: Tok) -> bool:
    """A name in no other use: not a small word, an initial, a drug or a word (`Unga`)."""
    return tok.info.name and not (
        tok.info.common or tok.initial or _a_drug(tok) or tok.folded in HEADLINE_LINKS)


def names_among_drugs(words: list[Tok]) -> list[Tok]:
    """In a headline holding a drug, the words between its small words and drugs that hold a
    person's own name (`Samtal Med Vera Lindqvist Om Xanax Och Sömn`: Vera Lindqvist, not the
    Xanax a warning needs); none when its names are only its small words, drugs and words
    (`Polisen Varnar För Tina Och Alkohol`)."""
    part: list[Tok] = []
    for n, tok in enumerate([*words, None]):
        if tok is not None and not ((_a_drug(tok) and not _given_before_surname(words, n))
                                    or tok.folded in HEADLINE_LINKS or tok.folded in STOP_WORDS):
            part.append(tok)
        elif any(map(_own_name, part)):
            return part
        else:
            part = []
    return []


def genitive(tok: Tok) -> bool:
    """`Tinas`, `Molly's`, `Charlies`: the name in the genitive."""
    text = tok.text
    return text.endswith(("'s", "’s")) or (text.endswith("s") and tok.folded != text.casefold())


def kin_of_a_street_name(toks: list[Tok]) -> list[Hit]:
    """A street name that is also a given name, in the genitive before a word for the people
    or things a person has: `Tinas mamma ringde`, `Mollys pojkvän`, `Mollys bil`. A drug has
    effects and a price (`Mollys effekt`), never a mother nor a car. (The genitive is read
    as a drug's, `Tinas`, so it takes no part in the other passes: `klubbnatten "Tinas Hus"`
    names a club night.)"""
    return genitives_before(toks, _OWNED, _kin_or_company, _a_street_names_genitive)


# The people and things a person has, a drug never (`Tinas mamma`, `Mollys bil`).
_OWNED: Final = KIN_AND_COMPANY | PERSONAL_BELONGINGS


def _kin_or_company(text: str) -> bool:
    return text.casefold() in _OWNED


def _a_street_names_genitive(tok: Tok) -> bool:
    stem = genitive_stem(tok.text)
    if not tok.capital or len(stem) < 3:
        return False
    folded = stem.casefold()
    return (folded in lexicon.drugs() or folded in lexicon.entries("pill_stamps")) and (
        names.lookup(stem, STOP_WORDS).first)  # Marios mamma: Mario is also a pill's print


def _given_before_surname(words: list[Tok], n: int) -> bool:
    """A street name that is a given name before a surname of no other use: Tina Lindqvist."""
    return words[n].drug_word and n + 1 < len(words) and words[n + 1].info.last and _own_name(
        words[n + 1])


def drug_letter(tok: Tok, run: list[Tok], toks: list[Tok]) -> bool:
    """A capital that is a drug's street name (`H`, heroin; `G`, GHB) opening a run, unless
    the run is someone taken somewhere (`tog H. Berg till akuten`)."""
    after = run[-1].index + 1
    return tok.text.rstrip(".").casefold() in lexicon.drugs() and not (
        after < len(toks) and toks[after].folded in _TAKEN_TO)


_TAKEN_TO: Final = frozenset({"till", "hem", "in", "ut", "med", "to", "home", "with"})
