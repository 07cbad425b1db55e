"""A firm named by one word where a firm stands: the employer's label, the service one went to,
the workplace after someone's role.

Firms are often named like people (`Ericsson`, `Ahlsell`, `Avonova`), and a single word has
no given name to tell a person by. Where the text itself says a firm stands, such a word is
the firm's:
- after an employer's or supplier's label: `Arbetsgivare: Ahlsell`, `Employer: Ericsson`;
  after a customer's label only a word no name list holds (`Kund: Stockholmshem`, while
  `Kund: Andersson` may be a person);
- after `hos` or `via`, a word no given-name list holds: `prov hos Avonova`, `Stödsamtal via
  Avonova` (people there are nearly always called by their given name: `hos Karin`, `via
  Zoran`); after `hos` not a listed surname either (`börja hos Blomqvist`, a home visited);
- after a role set off by commas or a bracket, as the last item: `Sofia, reporter, Corren`,
  `Hampus Ek (entreprenör, Westinghouse)`;
- after a word of working and its link: `jobbar på Ericsson`, `employed by Lindström`.
A given name (or a double given name's part) and a word that is also an ordinary word
(`hos Storm`) stay people.
A surname and a company's form name the firm too (`Ericsson AB`, `Hedlund HB`), unless the
form reads as an author's initials beside other authors (`Lindqvist AB, Berg CD.`).
"""

from __future__ import annotations

from typing import Final

from mailgate.scan.recognizers.wordfacts import lookup
from mailgate.scan.recognizers.words import Tok

# Labels whose value is a firm; with or without a colon after them.
EMPLOYER_LABELS: Final = frozenset({
    "arbetsgivare", "arbetsgivaren", "arbetsplats", "företag", "företaget", "firma",
    "bolag", "leverantör", "leverantören", "uppdragsgivare", "uppdragsgivaren",
    "bemanningsföretag", "entreprenör", "underentreprenör", "beställande",
    "employer", "company", "supplier", "vendor", "contractor", "subcontractor", "agency",
})
# Labels whose value is a firm or a person: only a word no name list holds is the firm's.
CUSTOMER_LABELS: Final = frozenset({"kund", "kunden", "customer", "client", "beställare"})
# Prepositions before the service or firm one goes to or goes through.
SERVICE_PREPOSITIONS: Final = frozenset({"hos", "via"})
_CLOSERS: Final = frozenset({")", ",", ".", ";", "]"})
# Words of working somewhere, before `på`, `vid`, `for`, `at` and the employer's name.
WORK_WORDS: Final = frozenset({
    "jobbar", "jobbade", "jobbat", "jobba", "arbetar", "arbetade", "arbetat", "arbeta",
    "anställd", "anställda", "anställt", "anställdes", "praktiserar", "praktiserade",
    "konsult", "konsultar", "vikarierar", "vikarierade", "vikarie",
    "works", "worked", "working", "work", "employed", "employee", "contractor", "consultant",
})
_WORK_LINKS: Final = frozenset({"på", "vid", "för", "at", "for", "by"})
_WORK_REACH: Final = 2  # words from the work word to the link: jobbar sedan 2019 på


def a_firm_alone(tok: Tok, toks: list[Tok]) -> bool:
    """`tok`, a capitalised word found alone as a name, is a firm where it stands."""
    info = tok.info
    if not tok.capital or info.first or info.common or tok.quoted or _given_part(tok):
        return False
    i = tok.index
    before = toks[i - 1] if i else None
    if before is None:
        return False
    if before.folded in SERVICE_PREPOSITIONS and not tok.line_break_before:
        return before.folded != "hos" or not info.last  # hos Blomqvist: at her home
    label = toks[i - 2] if before.text == ":" and i >= 2 else before
    if label.folded in EMPLOYER_LABELS:
        return True
    if label.folded in CUSTOMER_LABELS:
        return not info.name
    return _after_a_role(tok, toks) or _worked_at(tok, toks)


def _given_part(tok: Tok) -> bool:
    """`Stig-Arne`: a double given name no list holds whole."""
    return "-" in tok.text and any(
        lookup(part)[0].first for part in tok.text.split("-") if part)


def _after_a_role(tok: Tok, toks: list[Tok]) -> bool:
    """`Sofia, reporter, Corren`, `(entreprenör, Westinghouse)`: a role in small letters set
    off by a comma or a bracket, then the word as the item's last."""
    i = tok.index
    if i < 3 or toks[i - 1].text != "," or toks[i - 3].text not in ("(", ","):
        return False
    role = toks[i - 2]
    if not (role.alpha and role.text.islower()) or role.line_break_before:
        return False
    if toks[i - 1].end == tok.start or (toks[i - 3].text == "," and toks[i - 3].end == role.start):
        return False  # a CSV row's cells (`Ola,vakt,Hedberg`): prose puts a blank after commas
    after = toks[i + 1] if i + 1 < len(toks) else None
    return after is None or after.line_break_before or after.text in _CLOSERS


# A company's form after one name (`Ericsson AB`); these are also two initials.
_FORMS: Final = frozenset({"AB", "Ab", "HB", "KB"})
_INITIALS_MOST: Final = 3  # an author's initials: `Berg CD`


def a_firm_by_its_form(pair: list[Tok], toks: list[Tok]) -> bool:
    """`Ericsson AB`, `Lindström HB`: a surname and a company's form name the firm, not one
    of the family, unless the form reads as an author's initials among other authors
    (`Lindqvist AB, Berg CD.`) or alone at a reference's start (`Lindqvist AB. Title`)."""
    if len(pair) != 2 or pair[1].text not in _FORMS or pair[0].info.first:
        return False
    i, j = pair[0].index, pair[1].index
    nxt = toks[j + 1].text if j + 1 < len(toks) else ""
    if nxt == "," and (_initials_at(toks, j + 3) or _word_at(toks, j + 2) in ("et", "m.fl.")):
        return False  # Lindqvist AB, Berg CD / et al.
    if i >= 3 and toks[i - 1].text == "," and _initials_at(toks, i - 2):
        return False  # Berg CD, Lindqvist AB
    opens = i == 0 or pair[0].line_break_before or toks[i - 1].text in (".", ")")
    return not (opens and nxt == ".")


def _initials_at(toks: list[Tok], k: int) -> bool:
    if not 0 <= k < len(toks):
        return False
    text = toks[k].text.rstrip(".")
    return 0 < len(text) <= _INITIALS_MOST and text.isupper() and text.isalpha() and (
        k >= 1 and toks[k - 1].capital)


def _word_at(toks: list[Tok], k: int) -> str:
    return toks[k].folded if 0 <= k < len(toks) else ""


def _worked_at(tok: Tok, toks: list[Tok]) -> bool:
    """`Hon jobbar på Ericsson`, `employed by Lindström`: the employer after a word of working
    and its link."""
    i = tok.index
    if i < 2 or toks[i - 1].folded not in _WORK_LINKS:
        return False
    return any(t.folded in WORK_WORDS and not t.line_break_before
               for t in toks[max(0, i - 2 - _WORK_REACH) : i - 1])
