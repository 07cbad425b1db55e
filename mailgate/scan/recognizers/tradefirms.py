"""Firms named by their trade and their owner's name: `Byggservice Stoica`, `Tobakshandeln
Ahmeds`, `Maskinuthyrning Eklöf`, `Glasmästare Bergh`, `Optiker Lindh`, `Reisen Becker`.

A small firm's sign puts its trade first, capitalised, and its owner's surname after it;
the annotated corpora count such a name as the firm's, never a person's. Two kinds of head:
a trade's compound (`-service`, `-handeln`, `-uthyrning`, German `Bäckerei`), a firm
wherever it stands, and a tradesman's title (`Optiker`, `Glasmästare`), which is a firm only
capitalised inside a sentence: at its start, or written small (`glasmästare Holmqvist`, `frisören
Yasmin`), it is a person's title. One word follows the head: a given name and a surname
after it (`Hårsalongen Anna Lindqvist`) may be the owner, and stay hers. An owner's name in
the genitive before a trade's word, both capitalised, is the firm's too: `Svea Holmgrens
Bageri`, `Lennart Ljungs Elektriska` (`Jonas Bergs bageri` is his bakery, and him).
"""

from __future__ import annotations

from itertools import pairwise
from typing import Final

from mailgate.scan.recognizers.words import QUOTES, Tok

# A trade's word (Glasmästeri, Bilvård) or the ending of its compound (Byggservice,
# Tobakshandeln, Maskinuthyrning, Städfirma, Däckhandel).
_TRADE_ENDS: Final = (
    "service", "servicen", "handel", "handeln", "uthyrning", "uthyrningen", "firma", "firman",
    "åkeri", "åkeriet", "måleri", "måleriet", "snickeri", "snickeriet", "glasmästeri",
    "bilvård", "fönsterputs", "städ", "frakt", "transport", "entreprenad", "montage",
    "reparation", "reparationer", "import", "installation", "installationer", "plåtslageri",
    "tobak", "optik", "smide", "tapetseri", "skrädderi", "sömnad", "bageri", "konditori",
    "slakteri", "charkuteri", "rörläggeri",
)
_SHORTEST_PREFIX: Final = 3  # letters before the ending: Däck|handel, Bud|firma
# Trades' words that head a firm alone, German ones included: Tobak Ahmeds, Reisen Becker,
# Bäckerei Schmitt, Chemie Handel Krause.
_TRADE_WORDS: Final = frozenset({
    "tobak", "åkeri", "måleri", "snickeri", "bilvård", "städ", "bygg", "flytt", "frakt",
    "optik", "handel", "reisen", "bäckerei", "metzgerei", "elektro", "malerei", "schreinerei",
    "tischlerei", "autohaus", "fahrschule", "bau", "transporte", "friseur", "optiker",
})
# A tradesman's title: a firm capitalised inside a sentence (`hos Optiker Sjödin`), a
# person's title at its start or in lower case.
_TRADE_TITLES: Final = frozenset({
    "optiker", "glasmästare", "urmakare", "skomakare", "skräddare", "guldsmed", "sotare",
    "målare", "målarmästare", "snickare", "snickarmästare", "rörmokare", "elektriker",
    "bagare", "slaktare", "tapetserare", "smed", "låssmed", "murare", "plåtslagare",
    "bilmekaniker", "fotograf",
})


_TRADE_HEADS: Final = _TRADE_WORDS | _TRADE_TITLES | frozenset(_TRADE_ENDS)
# Trades' words after an owner's genitive only: Lennart Ljungs Elektriska, Eks Rör.
_OWNED_TRADES: Final = frozenset({"elektriska", "mekaniska", "rör", "vvs", "maskin", "plåt",
                                  "el", "bil", "trafikskola", "begravningsbyrå",
                                  # a garage's, tyre shop's or haulier's: Svenssons Däck
                                  "däck", "bärgning", "kran", "taxi", "buss", "lack"})
# Vehicle trades a surname names without its genitive too: Hedin Bil, Berg Däck.
_VEHICLE_TRADES: Final = frozenset({"bil", "däck", "bärgning", "taxi", "buss"})


def _trade_head(tok: Tok) -> bool:
    folded = tok.folded
    if folded in _TRADE_HEADS:
        return True
    # One test of every ending first: asked of nearly every run, it is seldom true.
    return folded.endswith(_TRADE_ENDS) and any(
        folded.endswith(end) and len(folded) >= len(end) + _SHORTEST_PREFIX
        for end in _TRADE_ENDS)


def _signs_a_firm(head: Tok, toks: list[Tok]) -> bool:
    """The head capitalised as a sign's: a title only inside a sentence (after a quote too:
    handlaren "Glasmästare Bergh"); a trade's compound or word anywhere."""
    if not head.capital:
        return False
    if head.folded not in _TRADE_TITLES:
        return True
    i = head.index - 1
    quoted = i >= 0 and toks[i].text in QUOTES
    return quoted or not (head.sentence_start or head.line_break_before)


def a_trade_firm(run: list[Tok], toks: list[Tok]) -> bool:
    """The run is a firm's name: a trade's head and one word, its owner's name, within the
    run or with the head right before it."""
    owner = run[-1]
    if not owner.alpha:
        return False
    if len(run) >= 2:
        head = run[-2]
        if not _trade_head(head) or any(t.info.first and not t.info.last for t in run[:-2]):
            return False  # Anna Berg Bygg: a full name before the trade
        return _signs_a_firm(head, toks)
    i = owner.index - 1
    if i < 0 or owner.line_break_before:
        return False
    return _trade_head(toks[i]) and _signs_a_firm(toks[i], toks)


def an_owners_firm(run: list[Tok], toks: list[Tok]) -> bool:
    """An owner's genitive before a capitalised trade's word, within the run or right after
    it on its line: `Svea Holmgrens Bageri`, `Lennart Ljungs Elektriska`."""
    # The genitive's `s` is tested first: most runs have none.
    # A given name after the firm in the same run is someone: `Dahlbergs Däck av Mats Svensson`.
    if any(_a_genitive(owner) and _a_trade(trade) and not any(
            t.info.first for t in run[i + 2:]) for i, (owner, trade) in enumerate(pairwise(run))):
        return True
    if len(run) == 2 and _a_surname_alone(run[0]) and run[1].capital and (
            run[1].folded in _VEHICLE_TRADES):
        return True  # Hedin Bil; Anna Hedin Bil is not a two-word run
    after = run[-1].index + 1
    return after < len(toks) and _a_genitive(run[-1]) and not toks[
        after].line_break_before and _a_trade(toks[after])


def _a_genitive(owner: Tok) -> bool:
    # `folded` is the name a listed name's genitive was read from; an unlisted surname
    # (`Torbjörn Lagers Elektriska`) is read as written
    if owner.text[-1:] not in ("s", "S") or not owner.capital:
        return False
    written = owner.text.casefold()
    return written.endswith("s") and (
        written != owner.folded if owner.info.name else not owner.info.common)


def _a_trade(tok: Tok) -> bool:
    return tok.capital and (_trade_head(tok) or tok.folded in _OWNED_TRADES)


def _a_surname_alone(owner: Tok) -> bool:
    return owner.capital and owner.info.last and not owner.info.first
