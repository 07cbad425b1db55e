"""A given name as the object drug talk gives a substance, in frames the Swedish tables of
drugframe.py and traded.py leave to English or never wrote: a portion after a verb of taking
(`snorted some Pablo`, `did some Rose`), a deal done with it (`was selling Bella on the bus`,
`dealing Rose from his flat`), a drink spiked with it (`spiked her drink with Stella`, `lagt
Nina i hennes drink`), what a seized powder or pill was (`pulvret var Rose`, `the powder
turned out to be Coco`), a substance called by it (`kallade pulvret för "Pablo"`, `sold under
the name Bella`), a purity after a colon (`Rose: 78 % renhet`) and what was for sale (`Nina
fanns att köpa`). A person is never snorted, dealt, put in a drink, found to be a powder,
nor for sale; the person beside each frame (`took some Emma's advice`, `sold Emma on the
idea`, `Emma i baren`, `pulvret var Emmas`, `går under namnet Rose`) stays someone.

Asked only of given names (judged.py, repeat.py, through drugframe.drug_framed); each test
opens with one set lookup of the word before or after, so names elsewhere pay nothing.
"""

from __future__ import annotations

from typing import Final

from mailgate.scan.recognizers.words import Tok

# A use verb, then `some`: `snorted some Pablo`, `had some Rose`; `some` alone is also a
# person's (`some Bengt called`), never after these.
_SOME: Final = frozenset({"some"})
_USED_SOME: Final = frozenset({
    "took", "taken", "take", "taking", "bought", "buy", "buying", "sold", "sell", "selling",
    "had", "have", "having", "did", "do", "doing", "tried", "try", "got", "get", "getting",
    "snorted", "snort", "snorting", "smoked", "smoke", "smoking", "dropped", "necked",
    "scored", "score", "offered", "shared", "sharing", "swallowed", "railed", "bombed",
})
# A deal done with the word, in English: `selling Bella on the bus`; a person is `sold on`
# an idea (`sold Emma on the plan`) or given something (`selling Emma a ticket`), so only a
# place, a time or the clause's end may follow.
# Not `pushing` (`pushing Emma on the swing`), `smuggled` (people are smuggled too) nor
# `dealt` (`dealt Emma in`, at cards).
_DEALT: Final = frozenset({"selling", "sold", "sells", "dealing", "peddling", "peddled"})
_AFTER_DEALT: Final = frozenset({"", ".", ",", ";", ":", "!", "?", ")", "on", "in", "at",
                                 "from", "outside", "behind", "near", "around", "and", "or",
                                 "again", "too", "cheap", "cheaply", "online", "via", "for"})
_PERSUADED: Final = frozenset({"idea", "plan", "it", "this", "that", "concept", "deal"})
# A drink spiked with the word (`spiked her drink with Stella`), or the word put in a drink
# (`lagt Nina i hennes drink`, `fick Rose i drinken`); a person sits in a bar, not a drink.
_SPIKING: Final = frozenset({"spiked", "spike", "spiking", "laced", "drugged", "spetsade",
                             "spetsat", "spetsad", "spetsades", "dopade", "drogade"})
_WITH: Final = frozenset({"with", "med"})
_SPIKE_REACH: Final = 4
_IN: Final = frozenset({"i", "in", "into"})
_DRINKS: Final = frozenset({
    "drink", "drinks", "drinken", "drinkarna", "cocktail", "cocktailen", "ölen", "vinet",
    "champagnen", "läsken", "colan", "sodavanden", "sodavand", "brus", "brusen", "kaffet",
    "juicen", "vattnet", "vattenflaskan", "punch", "punchen", "beer", "wine", "champagne",
    "coffee", "soda", "juice",
})
# After the drink, its clause goes on or ends; a noun makes it a place (`Emma in the wine
# bar`, `in the coffee shop`).
_AFTER_DRINK: Final = frozenset({"and", "och", "og", "at", "on", "på", "when", "när", "so",
                                 "så", "before", "innan", "while", "medan", "without", "utan",
                                 "igen", "again", "last", "i", "in"})
_OWNERS: Final = frozenset({"hennes", "hans", "deras", "min", "din", "sin", "mitt", "ditt",
                            "sitt", "her", "his", "their", "my", "your", "someone's", "en",
                            "ett", "a", "the"})
# What a seized powder or pill was: `pulvret var Rose`, `the powder turned out to be Coco`.
_SUBSTANCE_NOUNS: Final = frozenset({
    "pulvret", "pulver", "tabletterna", "tabletten", "pillren", "pillret", "kapslarna",
    "substansen", "ämnet", "preparatet", "pulveret", "tablettene", "pillene", "stoffet",
    "powder", "pills", "pill", "tablets", "tablet", "substance", "capsules", "crystals",
    "kristallerna",
})  # not a test or a sample (`Den som tog provet var Emma`): a person takes those
# A relative word before the noun makes someone the subject: `Den som köpte pulvret var Emma`.
_RELATIVES: Final = frozenset({"som", "who", "that", "which", "der", "hvem", "whom"})
_IS: Final = frozenset({"var", "är", "was", "is", "were", "are", "er", "be", "vara"})
_SAID_WHAT: Final = frozenset({"", ".", ",", ";", "!", "?", ")", "och", "and", "og", "not",
                               "inte", "ikke", "snarere", "rather", "instead", "i", "in"})
_IS_REACH: Final = 5
# A substance called by the word: `kallade pulvret för "Pablo"`, `calls the pills Bella`.
_CALLING: Final = frozenset({"kallade", "kallar", "kallat", "kalla", "called", "calls",
                             "call", "calling", "kaldte", "kalder", "kalte", "kaller"})
_FOR: Final = frozenset({"för", "for"})
# Sold under a name (`säljs under namnet Bella`); a person `goes by` it (`går under namnet
# Rose`), so a verb of selling opens the phrase.
_NAME_WORDS: Final = frozenset({"namnet", "name", "navnet"})
# A seller before `sold` sells under an alias (`he sold tickets under the name Emma`).
_SELLERS: Final = frozenset({"he", "she", "they", "i", "we", "han", "hon", "de", "jag", "vi"})
_SOLD: Final = frozenset({"säljs", "såldes", "sålts", "sold", "marketed", "sælges",
                          "selges", "solgt", "solgtes", "langas", "distributed", "säljes"})
# A purity or content after a colon: `Rose: 78 % renhet` (drugslots has the comma).
_PERCENT: Final = frozenset({"%", "procent", "percent", "prosent"})
_CONTENT: Final = frozenset({"renhet", "purity", "pure", "ren", "renhed", "renhet,", "mdma",
                             "kokain", "cocaine", "amfetamin", "thc", "ketamin"})
# A thing named, a neuter pronoun beside the naming verb: `Ungdomarna kallar det för Rose`,
# `på gatan heter det bara Rose`, `det går under namnet Rose`, `we call it Rose`; a person
# is `hon`, `henne`, `her` (`Vi kallar henne Rose`).
_NAMING: Final = frozenset({"kallar", "kallade", "kalla", "kallat", "heter", "hette",
                            "hedder", "heder", "kalder", "kaldte", "kaller", "kalte",
                            "call", "calls", "called", "namnet", "navnet", "name"})
_IT: Final = frozenset({"det", "den", "it", "dét"})
_FILLERS: Final = frozenset({"för", "bara", "bare", "just", "only", "simply", "kort", "ofta",
                             "oftast", "also", "också", "også", "gärna", "mest"})
_NAMING_REACH: Final = 4
# Where the word is in circulation: `Stark Rose i omlopp`, `Strong Rose in circulation`.
_CIRCULATION: Final = frozenset({"omlopp", "omløp", "omløb", "circulation"})
# What the word is used as, the noun after it: `daily Rose use`, `Rose withdrawal`; not
# `let Rose use the car`, an object after.
_USE_NOUNS: Final = frozenset({"use", "abuse", "misuse", "dependence", "addiction",
                               "withdrawal", "intoxication", "psychosis", "poisoning",
                               "users", "habit"})
# ... and a qualifier of use before it; a modal or a verb makes the name its subject (`can
# Rose use`, `let Rose use`).
_USE_QUALIFIERS: Final = frozenset({
    "daily", "weekly", "nightly", "weekend", "heavy", "regular", "recreational", "occasional",
    "problematic", "chronic", "past", "recent", "current", "prior", "previous", "ongoing",
    "injecting", "intravenous", "iv", "escalating", "binge", "frequent", "harmful",
})
_OBJECTS: Final = frozenset({"the", "a", "an", "his", "her", "my", "your", "their", "our",
                             "it", "this", "that", "them", "him", "me", "us", "some"})
# A state with a time span after the word: `had been on Rose all weekend`, `a bad trip on
# Rose`; not `the focus has been on Rose`, no span after.
_SPANS: Final = frozenset({"for", "all", "since", "every", "most", "hela", "sedan", "i"})
_ON_STATES: Final = frozenset({"been", "trip", "trips", "tripping", "tripped", "rolling",
                               "peaking", "coming", "high", "wasted", "off"})
# A lot or a wave of the word: `another batch of Rose`, `ny våg av Rose`, `en sats Rose`; a
# person has a batch of cookies (`Rose's`), never is one.
_LOTS: Final = frozenset({("batch", "of"), ("batches", "of"), ("shipment", "of"),
                          ("consignment", "of"), ("stash", "of"), ("haul", "of"),
                          ("wave", "of"), ("våg", "av"), ("vågen", "av"), ("sats",),
                          ("satsen",), ("bølge", "af"), ("bølge", "av"),
                          # a harm-reduction service's `start low with Rose`
                          ("low", "with"), ("lågt", "med"), ("lavt", "med")})
_LOT_ENDS: Final = frozenset(lot[-1] for lot in _LOTS)
# For sale: `Nina fanns att köpa`, `Rose was available to buy`.
_THERE: Final = frozenset({"fanns", "finns", "fandtes", "fantes", "fås"})
_TO_BUY: Final = frozenset({("att", "köpa"), ("att", "få"), ("at", "købe"), ("å", "kjøpe")})


def object_of_drug_talk(tok: Tok, toks: list[Tok], i: int) -> bool:
    """toks[i] is the word before `tok` past its quotes (-1 at the text's start)."""
    after = tok.index + (2 if tok.quoted else 1)
    nxt = toks[after].folded if after < len(toks) else ""
    if nxt == ":" and _content_after(toks, after + 1):
        return True  # Rose: 78 % renhet
    if nxt in _THERE and tuple(t.folded for t in toks[after + 1 : after + 3]) in _TO_BUY:
        return True  # Nina fanns att köpa
    if nxt in _IN and (_a_drink_after(toks, after + 1) or (
            after + 1 < len(toks) and toks[after + 1].folded in _CIRCULATION)):
        return True  # lagt Nina i hennes drink, Stark Rose i omlopp
    if nxt in _USE_NOUNS and toks[after].text.islower() and i >= 0 and (
            toks[i].folded in _USE_QUALIFIERS) and (
            after + 1 >= len(toks) or toks[after + 1].folded not in _OBJECTS):
        return True  # daily Rose use
    if i < 0:
        return False
    if _named_it(toks, i):
        return True  # kallar det för Rose, heter det bara Rose
    prev = toks[i].folded
    if prev in _LOT_ENDS and toks[i].text.islower() and (
            (prev,) in _LOTS or (i >= 1 and (toks[i - 1].folded, prev) in _LOTS)):
        return not _owned(tok, toks, after)  # another batch of Rose; not `of Rose's`
    if prev in _SOME:
        return i >= 1 and toks[i - 1].folded in _USED_SOME and not _owned(tok, toks, after)
    if prev in _DEALT:
        return toks[i].text.islower() and _dealt_here(toks, after, nxt)
    if prev in _WITH:
        return any(t.folded in _SPIKING for t in toks[max(0, i - _SPIKE_REACH) : i])
    if prev in ("on", "på") and i >= 1 and toks[i - 1].folded in _ON_STATES:
        return toks[i - 1].folded != "been" or nxt in _SPANS
    if prev in _IS or (prev == "be" and i >= 2):
        return nxt in _SAID_WHAT and _a_substance_before(toks, i)
    if prev in _FOR:
        return i >= 2 and toks[i - 1].folded in _SUBSTANCE_NOUNS and (
            toks[i - 2].folded in _CALLING)
    if prev in _NAME_WORDS:
        return any(t.folded in _SOLD and not (t.index >= 1 and toks[t.index - 1].folded in (
            _SELLERS)) for t in toks[max(0, i - 3) : i])
    return False


def _named_it(toks: list[Tok], i: int) -> bool:
    """A naming verb a few words before, a neuter pronoun right beside it or past the
    subject (`kallar de det för Diana`)."""
    k = i
    while k >= 0 and toks[k].folded in _FILLERS and i - k < _NAMING_REACH:
        k -= 1
    for j in range(k, max(-1, k - _NAMING_REACH), -1):
        if toks[j].folded in _NAMING:
            beside = [t for t in toks[max(0, j - 1) : j + 3] if t.index != j]
            return any(_a_pronoun(t, toks, i) for t in beside) or (
                toks[j].folded in _NAME_WORDS and any(_a_pronoun(t, toks, i) for t in toks[
                    max(0, j - _NAMING_REACH) : j]))
        if not toks[j].alpha:
            return False
    return False


# After a thing's pronoun: a verb or a filler, or the name (`det heter`, `det för`, `it
# Rose`); a noun makes it a determiner (`kallar den killen Tompa`, `Den nya killen`).
_AFTER_IT: Final = _NAMING | _FILLERS | frozenset({"går", "gick", "goes", "is", "was", "är",
                                                   "var", "blir", "kallas", "kalles"})


def _a_pronoun(t: Tok, toks: list[Tok], i: int) -> bool:
    if t.folded not in _IT or t.index + 1 >= len(toks):
        return False
    nxt = toks[t.index + 1]
    return nxt.folded in _AFTER_IT or nxt.index > i  # the name (or its quote) right after


def _owned(tok: Tok, toks: list[Tok], after: int) -> bool:
    """The name owns what follows: `took some Emma's advice`."""
    return tok.text.endswith(("'s", "’s")) or (
        after < len(toks) and toks[after].text[:1] in ("'", "’"))


def _dealt_here(toks: list[Tok], after: int, nxt: str) -> bool:
    if nxt not in _AFTER_DEALT:
        return False  # selling Emma a ticket
    return not any(t.folded in _PERSUADED for t in toks[after + 1 : after + 3])


def _a_drink_after(toks: list[Tok], k: int) -> bool:
    if k < len(toks) and toks[k].folded in _OWNERS:
        k += 1
    if k >= len(toks) or toks[k].folded not in _DRINKS:
        return False
    return k + 1 >= len(toks) or not toks[k + 1].alpha or toks[k + 1].folded in _AFTER_DRINK


def _a_substance_before(toks: list[Tok], i: int) -> bool:
    """A seized substance's noun a few words before the copula: `Det beslagtagna pulvret
    var`, `The seized powder turned out to be`; stopped at a clause's end."""
    found = False
    for t in reversed(toks[max(0, i - _IS_REACH - 3) : i]):
        if t.text in (".", "!", "?", ";", ":"):
            break
        if t.folded in _RELATIVES:
            return False
        found = found or (t.folded in _SUBSTANCE_NOUNS and t.index >= i - _IS_REACH)
        if t.line_break_before:
            break  # the line's first word, still the clause's
    return found


def _content_after(toks: list[Tok], k: int) -> bool:
    """`78 % renhet`, `41% MDMA` after the colon."""
    if k >= len(toks) or not toks[k].text[:1].isdigit():
        return False
    k += 1 if toks[k].text.endswith("%") else 2 if (
        k + 1 < len(toks) and toks[k + 1].folded in _PERCENT) else len(toks)
    return k < len(toks) and toks[k].folded in _CONTENT
