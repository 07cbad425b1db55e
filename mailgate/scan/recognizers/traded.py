"""What is said of a substance, never of a person: the word sold as it (`säljs som X`), what
spreads (`X sprids`), and what is taken, bought or handed round (`tog Henry`, `köper "Palle"`,
`delade ut "Katt"`).

Each test reads the tokens around a candidate run and says True when the run names a
substance; person.py then reports nothing for it.
"""

from __future__ import annotations

from typing import Final

from mailgate.scan.drugcues import USE_VERBS
from mailgate.scan.recognizers.words import QUOTES, Tok

# Words before a product's name, never a person's: säljs som X, sold as X, mer X, more X,
# gott om X.
_SOLD_AS: Final = frozenset({("säljs", "som"), ("såld", "som"), ("sålda", "som"), ("sålts", "som"),
                             ("såldes", "som"),
                             ("sålt", "som"), ("sold", "as"), ("marketed", "as"), ("mer",),
                             ("mera",), ("meget",), ("mye",), ("mere",),  # Vi har set meget X
                             # Danish and Norwegian sales, and marketing in all three
                             ("sælges", "som"), ("selges", "som"), ("solgt", "som"),
                             ("solgtes", "som"), ("marknadsförs", "som"),
                             ("marknadsfördes", "som"), ("markedsføres", "som"),
                             ("markedsføres", "som"), ("markedsført", "som"),
                             ("more",), ("mycket",), ("lots", "of"),
                             # how much there is of it: `gott om Pablo i stan`, `ont om Tina`
                             ("gott", "om"), ("ont", "om"), ("brist", "på"), ("plenty", "of"),
                             ("shortage", "of")})


_SOLD_AS_LAST: Final = frozenset(words[-1] for words in _SOLD_AS)


def sold_as(first: int, toks: list[Tok]) -> bool:
    """Right before, with no punctuation between: `Han pratade mer, Erik sa` is a person."""
    if first > 1 and toks[first - 1].text in QUOTES:
        first -= 1  # sold as "Lila": the quote between
    if first == 0 or toks[first - 1].folded not in _SOLD_AS_LAST:
        return False  # nearly every run: no phrase ends right before it
    before = tuple(t.folded for t in toks[max(0, first - 2) : first])
    return before[-1:] in _SOLD_AS or before[-2:] in _SOLD_AS


# What is said of a substance, never of a person: X säljs, X sprids, X har blivit vanligare.
_SPREADS: Final = frozenset({("säljs",), ("sprids",), ("har", "blivit", "vanligare"),
                             ("blir", "vanligare"), ("is", "sold"), ("is", "spreading"),
                             ("is", "becoming", "more"), ("has", "become", "more"),
                             # handed round: `X got passed round after the rave`
                             ("got", "passed", "round"), ("got", "passed", "around"),
                             ("was", "passed", "round"), ("was", "passed", "around"),
                             ("gets", "passed", "around"), ("cirkulerar",), ("cirkulerade",),
                             ("is", "circulating"), ("was", "circulating"),
                             # in circulation: `Emma finns i omlopp igen`
                             ("finns", "i", "omlopp"), ("är", "i", "omlopp"),
                             ("is", "in", "circulation"),
                             # cheaper, and the Danish and Norwegian: `X er blevet billigere`
                             ("har", "blivit", "billigare"), ("blir", "billigare"),
                             ("er", "blevet", "billigere"), ("er", "blitt", "billigere"),
                             ("bliver", "billigere"), ("blir", "billigere"),
                             ("has", "become", "cheaper"), ("is", "getting", "cheaper"),
                             ("er", "blevet", "almindeligere"), ("er", "blitt", "vanligere"),
                             ("blir", "vanligere"), ("sælges",), ("selges",), ("spredes",),
                             ("sprer", "seg"), ("cirkulerer",), ("er", "i", "omløp")})


_SPREADS_FIRST: Final = frozenset(words[0] for words in _SPREADS)


def spreads(last: int, toks: list[Tok]) -> bool:
    if last + 1 >= len(toks) or toks[last + 1].folded not in _SPREADS_FIRST:
        return False  # nearly every run: no phrase can start after it
    after = tuple(t.folded for t in toks[last + 1 : last + 4])
    return any(after[: len(words)] == words for words in _SPREADS)


def taken(tok: Tok, toks: list[Tok]) -> bool:
    """The object of a verb of taking or buying drugs: `tog Henry`, `köpte Percy`, `köper
    "Palle"`; not one taken somewhere: `tog Erik till akuten`."""
    i = tok.index - 1
    if i >= 0 and tok.quoted:
        i -= 1  # köper "Palle" av en kille: the quote between
        if i >= 1 and toks[i].folded in _HANDED_OUT and toks[i - 1].folded in _HANDING:
            return True  # delade ut "Katt", bjöd på "Gina": what was handed round
        if i >= 1 and toks[i].folded in _SALE_OF and toks[i - 1].folded in _SALES:
            return True  # försäljning av "Subu", possession of "Kat": what was traded
    verbs = USE_VERBS | _USING_NOW if tok.quoted else _UNQUOTED
    if i < 0 or toks[i].folded not in verbs:
        return False
    after = tok.index + (2 if tok.quoted else 1)
    nxt = toks[after].folded if after < len(toks) else ""
    verb = toks[i].folded
    if not tok.quoted and (_an_object_after(nxt, toks, after) or (
            verb in _SOLD_NOW and nxt not in _AFTER_SOLD)):
        return False  # Igår köpte Erik en bil, sålde Erik huset: the subject, or given to
    return (nxt not in _TAKEN_SOMEWHERE or verb in _SOLD_TO) and not (
        nxt == "att" and verb in _MADE)


# Past selling and smuggling unquoted too: `sålde Tilde i tältet`; people are not sold, but
# a subject follows its verb (`I fjol sålde Erik huset`): only a clause's end, a link or a
# place, a buyer or a time may follow.
_SOLD_NOW: Final = frozenset({"sålde", "sålt", "langade", "langat", "smugglade", "smugglat"})
_UNQUOTED: Final = USE_VERBS | _SOLD_NOW
_AFTER_SOLD: Final = frozenset({"", ".", ",", ";", ":", "!", "?", ")", "i", "på", "till", "för",
                                "via", "från", "under", "vid", "utanför", "bakom", "och",
                                "eller", "igen", "också", "billigt", "dyrt"})
# An object's first word after the name: the name is the subject put after its verb (`Igår
# köpte Erik en bil`, `Sen tog Henry bussen`) or the one given to (`sålde Tilde sin cykel`).
_OBJECT_OPENERS: Final = frozenset({
    "en", "ett", "sin", "sina", "sitt", "hans", "hennes", "deras", "min", "mina", "mitt", "din",
    "dina", "ditt", "den", "det", "dem", "honom", "henne", "mig", "dig", "oss", "sig", "ingen",
    "inget", "inga", "några", "bussen", "tåget", "bilen", "taxi", "a", "an", "his", "her",
})
# `tog Henry en gång till`, `köpte Emma ett par gånger`: a time, not an object.
_TIMES: Final = frozenset({"gång", "gånger", "till", "gram", "g"})


def _an_object_after(nxt: str, toks: list[Tok], after: int) -> bool:
    if nxt not in _OBJECT_OPENERS:
        return False  # nearly every name
    return not any(t.folded in _TIMES for t in toks[after + 1 : after + 3])  # ett par gånger


def taken_product(run: list[Tok], toks: list[Tok]) -> bool:
    """A run of several words taken, bought or sold as `taken` reads one: `tagit Anabolic
    Storm`, `säljs "Shredz Max"`; a given name and a surname stay someone (`tog Anna Berg`),
    and so does a run holding a given name unquoted."""
    quoted = run[0].index > 0 and toks[run[0].index - 1].text in QUOTES
    if len(run) < 2 or (run[0].info.first and run[-1].info.last) or (
            not quoted and any(t.info.first for t in run)):
        return False  # tog Anna Berg, köpte Lisa Maria: someone; "Shredz Max" the product
    i = run[0].index - (2 if quoted else 1)
    verbs = USE_VERBS | _USING_NOW if quoted else USE_VERBS
    if i < 0 or toks[i].folded not in verbs:
        return False  # nearly every run
    after = run[-1].index + (2 if quoted else 1)
    nxt = toks[after].folded if after < len(toks) else ""
    return nxt not in _TAKEN_SOMEWHERE and not (nxt == "att" and toks[i].folded in _MADE)


# `fick "Lillen" att ringa`: made someone do something, not received.
_MADE: Final = frozenset({"fått", "fick"})
# Selling a quoted word to someone: `sålt "Pirri" till henne` names what was sold.
_SOLD_TO: Final = frozenset({"säljer", "sålde", "sålt", "sålts", "selger", "solgte", "sælger",
                             "sells", "selling", "langar", "langade", "erbjöd"})


# The present tense, asked only before a quoted name: `köper "Palle"` is bought, where
# `Nu köper Erik …` puts the subject after the verb.
# Selling too: `säljer "Engelsstaub"` is what is sold.
_USING_NOW: Final = frozenset({"köper", "röker", "snortar", "injicerar", "testar", "provar",
                               "sväljer", "droppar", "buys", "smokes", "snorts", "takes",
                               "säljer", "sålde", "selger", "solgte", "sælger", "sells",
                               "selling", "verkauft", "verkaufte", "langar", "langade",
                               # Danish and Norwegian: har taget / har tatt / tok "Emma"
                               "taget", "tatt", "tok", "tage", "ta",
                               # received, sold or offered: fått "Pirri" av en kompis
                               "fått", "fick", "sålt", "sålts", "erbjöds", "erbjuden",
                               "erbjudna", "erbjudits", "erbjöd", "erbjudit",
                               # sold in the passive: säljs "Shredz Max" som fettförbrännare
                               "säljs", "såldes", "selges", "sælges"})
# Trading and seizing nouns and their `av`: `försäljning av "Subu"`, `beslaget av "Tiger"`;
# not `köp av` (bought from someone) nor `gripandet av` (someone arrested).
_SALES: Final = frozenset({"försäljning", "försäljningen", "innehav", "innehavet", "langning",
                           "langningen", "överlåtelse", "sale", "sales", "possession",
                           "supply", "dealing", "beslag", "beslaget", "seizure"})
_SALE_OF: Final = frozenset({"av", "of"})
# Handing round, a verb and its particle: `delade ut "Katt"`, `bjöd på "Gina"`.
_HANDING: Final = frozenset({"delade", "delar", "delat", "bjöd", "bjuder", "bjudit", "langade",
                             "langar", "langat", "handed", "passed", "gave"})
_HANDED_OUT: Final = frozenset({"ut", "på", "out", "around", "round"})
_TAKEN_SOMEWHERE: Final = frozenset({"till", "med", "hem", "in", "ut", "upp", "över", "tillbaka",
                                     "dit", "hit", "to", "with", "home", "back", "along"})


# Where a drug was got from after its name: `köpte Benny av en bekant`; not `tog Anna av sig`
# nor a pronoun (`Sen köpte Anna av honom` may be Anna Berg, put after her verb).
_GOT_FROM: Final = frozenset({"av", "från", "of", "from"})
_SELF: Final = frozenset({"sig", "sej", "mig", "dig", "oss", "er", "honom", "henne", "dem",
                          "dom", "him", "her", "them", "me", "us"})


def bought_from(tok: Tok, toks: list[Tok]) -> bool:
    """Taken or sold with its source or place after it (`köpte Benny av en bekant`, `sålde
    Tilde i tältet`): the drug, though a person of its name speaks beside (repeat.py)."""
    after = tok.index + 1
    if after + 1 >= len(toks) or not taken(tok, toks):
        return False
    nxt = toks[after].folded
    got = nxt in _GOT_FROM or (nxt == "i" and toks[tok.index - 1].folded in _SOLD_NOW)
    return got and toks[after + 1].folded not in _SELF
