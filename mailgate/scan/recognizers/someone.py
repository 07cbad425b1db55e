"""Whether a listed given name where a capital says nothing (a sentence's or a line's start)
is someone's: a subject's verb after it (`Giorgos ringde`, `Océane fördes`), a message
speaking to it (`Mahnaz, glöm inte …`), what is its own after it (`Adedayo telefon 070-…`,
`Witold pappa hämtade`, `Petr (15)`), or where a log, an export or a signature sets it
(`Triin 06:10:`, `Reserv: Rija från …`, `– Falur`). Lists and forms write a person so, with
no cue word before the name.
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan import lexicon
from mailgate.scan.cues import SUBJECT_VERBS
from mailgate.scan.recognizers.rows import CELL_MARKS
from mailgate.scan.recognizers.words import RELATION_CUES, Tok


def told_as_someone(tok: Tok, toks: list[Tok]) -> bool:
    """Any of the ways below tells `tok` is someone's."""
    return verb_follows(tok, toks) or addressed(tok, toks) or owns_what_follows(tok, toks) or (
        set_as_someone(tok, toks))


# A Swedish past tense, active or passive, in lower case: a sentence's verb (svimmade,
# kräktes, fördes, hämtades), which no list can hold every one of.
PAST_TENSE: Final = re.compile(r"^[a-zåäö]{2,}(?:ade|dde|de|te)s?$")


# A Swedish present tense of the first and second conjugations in lower case (kontaktar,
# kollar, läser): after a sentence-initial given name its verb, where a plural noun (`dagar`)
# follows no given name. English words ending so (never, after, under) are left out.
PRESENT_TENSE: Final = re.compile(r"^[a-zåäö]{3,}(?:ar|er)$")


def verb_follows(tok: Tok, toks: list[Tok]) -> bool:
    """A subject's verb right after the word (Giorgos ringde, Océane fördes, Izolda
    kontaktar)."""
    i = tok.index + 1
    if i >= len(toks):
        return False
    text = toks[i].text
    return toks[i].folded in SUBJECT_VERBS or PAST_TENSE.match(text) is not None or (
        PRESENT_TENSE.match(text) is not None and text not in lexicon.entries("english_words"))


def after_a_colon(tok: Tok, toks: list[Tok]) -> bool:
    """The word opens a label's value on its line (`Närstående: Dag Svärd`): Swedish goes on
    in lower case after a colon, so a capital there is a name's more than a sentence's (runs.py
    asks it of a given name before a surname that is no given name: `Rubrik: Viking Grace` is
    a ship)."""
    i = tok.index
    return i > 0 and toks[i - 1].text == ":" and not tok.line_break_before


def addressed(tok: Tok, toks: list[Tok]) -> bool:
    """A word opening the text or a line, then a comma and a word in lower case: the one a
    message speaks to (`Mahnaz, glöm inte mötet`, `Լիլիթ, զանգիր`), as a greeting's name
    is; not the first item of a list (`Margherita, Capricciosa, Vesuvio`)."""
    i = tok.index + 1
    opens = tok.index == 0 or tok.line_break_before
    if i < len(toks) and toks[i].text in _CALLS and not toks[i].line_break_before and (
            opens or toks[tok.index - 1].text == ":"):
        return True  # Charos! Såg du killen; Xayala: Mezide! Säg inte sånt
    return opens and i + 1 < len(toks) and (
        toks[i].text == "," and toks[i + 1].alpha and not toks[i + 1].capital)


_CALLS: Final = frozenset({"!", "!!", "!!!"})  # a name called out, opening its message


# What a person has that a thing has not: a phone, an identity number, a birth, an address,
# kin and neighbours.
OWNED: Final = frozenset({
    "telefon", "tel", "tfn", "mobil", "mobilnr", "mobilnummer", "telefonnummer", "pnr",
    "personnummer", "persnr", "samordningsnr", "samordningsnummer", "född", "e-post", "epost",
    "mejl", "mejladress", "email", "e-mail", "phone", "mobile", "dob", "mamma", "pappa", "mor",
    "far", "bror", "syster", "fru", "sambo", "flickvän", "pojkvän", "förälder", "föräldrar",
    "vårdnadshavare", "granne", "mother", "father", "mum", "mom", "dad", "wife", "husband",
    "brother", "sister", "parent", "parents", "guardian", "neighbour", "neighbor",
    # kin as reports from abroad write it: Mutter, mor, mãe, madre, matka, äiti
    "mutter", "vater", "bruder", "schwester", "mãe", "pai", "madre", "padre", "matka", "ojciec",
    "äiti", "isä",
})


def owns_what_follows(tok: Tok, toks: list[Tok]) -> bool:
    """What stands right after `tok` only a person has: a phone, kin (`Hindal telefon:`), an
    age or a birth in brackets (`Petr (15)`, `Oddbjorg (född 6 nov`), or an English past
    tense done or undergone (`Vilmar transferred`)."""
    i = tok.index + 1
    if i >= len(toks) or toks[i].line_break_before:
        return False
    nxt = toks[i]
    if nxt.text == "(" and i + 1 < len(toks):
        inside = toks[i + 1]
        return inside.folded in _BIRTH_WORDS or (inside.text.isdigit() and len(
            inside.text) <= 2) or _A_NUMBER.match(inside.text) is not None  # Enzo (20021223-…
    if tok.text.endswith(_POSSESSIVE) and nxt.alpha and not nxt.capital:
        return True  # Eliza's friend, Durmusali's car: what is hers or his
    if nxt.text == "," and i + 1 < len(toks) and not toks[i + 1].line_break_before:
        return _a_phone_or_role(toks[i + 1])  # Hasteinn, 070-174 06 72; Rasjko, owner
    if nxt.text[:1] in _MOBILE_STARTS and tok.place is not None and _MOBILE_AFTER.match(
            tok.place.text, tok.end) is not None:
        return True  # Jannik 070-174 06 12, Giacinto +44 7700 900154: a mobile, no comma
    return (not nxt.capital or nxt.folded in _NOUNS_CAPITALISED) and (
        nxt.folded in OWNED or _english_past(nxt))


_POSSESSIVE: Final = ("'s", "’s")
# Kin in German, which writes its nouns with a capital: `Thembekile Mutter: …`.
_NOUNS_CAPITALISED: Final = frozenset({"mutter", "vater", "bruder", "schwester"})
# Roles a name is given after a comma, which no thing has: owner, ägare, volontär.
_ROLES_AFTER: Final = frozenset({"owner", "ägare", "ägaren", "volontär", "volunteer", "tenant",
                                 "hyresgäst", "patient", "klient", "client", "elev", "student",
                                 "guest", "gäst", "driver", "förare", "chaufför"})
_PHONE_START: Final = re.compile(r"^(?:\+\d|0\d)")
# A mobile right after a name and a space (a Swedish 07x or a number with its country code),
# as a contact line or signature writes it; an office's landline may be a firm's.
_MOBILE_STARTS: Final = frozenset({"0", "+"})
_MOBILE_AFTER: Final = re.compile(
    r"[ \t]+(?:0|\+46[ \t]?)7[02369][\d \t/-]{7,}|[ \t]+\+[1-9]\d{0,2}[ \t]?\d[\d \t-]{6,}")
# A personnummer's or phone's digits: six or more, a separator allowed after six.
_A_NUMBER: Final = re.compile(r"^\+?\d{6}")


# A phone number right before the bracket: whose number it is (`070-174 06 10 (Gustas)`).
_NUMBER_BEFORE: Final = re.compile(r"(?:\+\d{1,3}[ ]?|\b0)\d[\d \-]{5,}\d[ \t]*\($")
_NUMBER_REACH: Final = 24  # characters before the bracket read for the number


def _after_a_number(tok: Tok) -> bool:
    place = tok.place
    if place is None:
        return False
    return _NUMBER_BEFORE.search(place.text, max(0, tok.start - _NUMBER_REACH),
                                 tok.start) is not None


def _a_phone_or_role(tok: Tok) -> bool:
    return _PHONE_START.match(tok.text) is not None or _A_NUMBER.match(tok.text) is not None or (
        tok.folded in _ROLES_AFTER)


def set_as_someone(tok: Tok, toks: list[Tok]) -> bool:
    """Where a log, an export or a signature sets a given name: opening a line before a time
    and a colon (`Triin 06:10: …`) or a role in brackets and a colon (`Durru (admin): …`),
    alone in a table's cell (`…;lagt i burk;Olimpi`), or after a dash opening a line as a
    signature (`– Falur (equipment)`)."""
    i = tok.index
    nxt = toks[i + 1].text if i + 1 < len(toks) and not toks[i + 1].line_break_before else ""
    opens = i == 0 or tok.line_break_before
    if opens and (_a_time_then_colon(toks, i + 1) or _a_role_then_colon(toks, i + 1)):
        return True
    if opens and nxt == ":" and i + 2 < len(toks) and not toks[i + 2].line_break_before:
        return True  # Lutgart: Heitor är på …, a message's writer (a form's labels are words)
    before = toks[i - 1].text if i > 0 and not tok.line_break_before else ""
    if before in CELL_MARKS and nxt in _CELL_ENDS:
        return True
    if before == "(" and nxt in ("):", ")") and i >= 2 and toks[i - 2].alpha and (
            nxt == "):" or (i + 2 < len(toks) and toks[i + 2].text == ":")):
        return True  # Agent note (Theophil): a note's writer
    if before == "(" and nxt == ")" and (_after_a_person(toks, i - 2) or _after_a_number(tok)):
        return True  # Städpersonal (Nesfe), grannen i 1204 (Apaydin), 070-174 06 10 (Gustas)
    if before == ":" and i >= 2 and toks[i - 2].alpha and _a_labelled_name(toks, i):
        return True  # Reserv: Rija från …, Jag: Punhan, 070 …, Avsändare: Izidor Foran,
    if before in _DASHES and (i == 1 or toks[i - 1].line_break_before) and (
            nxt in ("", ",", "(")):
        return True
    if before in _DASHES and nxt in ("", ":"):
        return True  # "Jolene" – Ilse⏎, kvitto 0441" – Tigran: "…": who said or chose it
    if opens and nxt in _DASHES:
        return True  # Iwan – frånvarande, Liliia – allergi: a roster's or a list's line
    return in_a_ledger(toks, i)


# Units after an amount in a ledger: `Zauqi 10 g`, `Italo 1200 kr`.
_UNITS: Final = frozenset({"g", "gr", "kr", ":-", "st", "sek", "mg", "ml", "kg", "$", "€"})
LEDGER_REACH: Final = 12  # tokens either side where a second entry may stand


def in_a_ledger(toks: list[Tok], i: int, lower: bool = False) -> bool:
    """A name, then an amount, in a list of such entries on a note or a line: `Eirikur 4000 /
    Antipatros 2500`, `Janadin 5 g, Zauqi 10 g`, a debt list's lines. `lower`: the other
    entries may be typed in lower case too (`skulder⏎elkana 200⏎mkhitar 350`)."""
    if not ledger_entry(toks, i):
        return False
    lo, hi = max(0, i - LEDGER_REACH), min(len(toks), i + LEDGER_REACH)
    return any(ledger_entry(toks, j) for j in range(lo, hi) if j != i and (
        toks[j].capital or (lower and toks[j].alpha)))


def ledger_entry(toks: list[Tok], j: int) -> bool:
    """toks[j] is a word, then an amount and maybe its unit, then the entry's end."""
    k = j + 1
    if not (toks[j].alpha and k < len(toks) and toks[k].text.isdigit()) or (
            toks[k].line_break_before):
        return False
    k += 1
    if k < len(toks) and len(toks[k].text) == 3 and toks[k].text.isdigit() and not (
            toks[k].line_break_before):
        k += 1  # 1 300 kr: the thousands apart
    if k < len(toks) and toks[k].folded in _UNITS and not toks[k].line_break_before:
        k += 1
        if toks[k - 1].folded in _MONEY:
            return True  # Laksh 650 kr från konto …: a sum paid, whatever the note says after
    return k >= len(toks) or toks[k].line_break_before or toks[k].text in _ENTRY_ENDS


_MONEY: Final = frozenset({"kr", ":-", "sek", "$", "€"})


_ENTRY_ENDS: Final = frozenset({"/", ",", ";", "|", ".", "(", ")", '"', "”", "–", "-"})


_CELL_ENDS: Final = CELL_MARKS | {""}  # a cell's mark or the line's end
_SELF: Final = frozenset({"jag", "i", "me", "undertecknad", "undertecknade"})
_BACK: Final = 4  # tokens before a bracket where a person's word may stand


def _after_a_person(toks: list[Tok], j: int) -> bool:
    """A person's word or name stands just before the bracket at toks[j + 1], perhaps with
    its room or flat between (`grannen i 1204 (…)`, `Klienten Pham Van Long (…)`)."""
    for t in toks[max(0, j - _BACK + 1) : j + 1][::-1]:
        if t.line_break_before and t.index < j:
            return False
        if t.folded in RELATION_CUES or t.folded in _SELF or (
                t.capital and t.info.name and not t.info.negative and not t.sentence_start):
            return True
    return False
# What may follow a name after a label's colon: its end, a comma, a bracket, its origin.
_AFTER_A_LABELLED_NAME: Final = frozenset({"", ",", "(", "–", "-", ".", ";", "/", "från",
                                           "from", "och", "and"})
_DASHES: Final = frozenset({"–", "—", "-"})
# A time of day as logs and chats write it, in brackets or not: 06:10, 6.10, [13:21].
A_TIME: Final = re.compile(r"^\[?(?:[01]?\d|2[0-3])[:.][0-5]\d\]?$")


def _a_labelled_name(toks: list[Tok], i: int) -> bool:
    """After a label's colon, the name's words (up to three) and then its end."""
    j = i + 1
    while j < len(toks) and j - i < _LONGEST_NAME and toks[j].capital and toks[j].alpha and (
            not toks[j].line_break_before):
        j += 1
    end = toks[j].text if j < len(toks) and not toks[j].line_break_before else ""
    return end in _AFTER_A_LABELLED_NAME


_LONGEST_NAME: Final = 3  # words


def _a_time_then_colon(toks: list[Tok], j: int) -> bool:
    return j + 1 < len(toks) and A_TIME.match(toks[j].text) is not None and (
        toks[j + 1].text == ":")


def _a_role_then_colon(toks: list[Tok], j: int) -> bool:
    """`(admin):`, `(organisatör):` right after the name (the tokenizer may join `):`)."""
    if not (j + 2 < len(toks) and toks[j].text == "(" and toks[j + 1].alpha):
        return False
    return toks[j + 2].text == "):" or (
        toks[j + 2].text == ")" and j + 3 < len(toks) and toks[j + 3].text == ":")


_BIRTH_WORDS: Final = frozenset({"född", "f.", "f", "born", "b.", "dob", "født"})
_SHORTEST_PAST: Final = 6  # letters: `transferred`, `called`; not `red`, `bed`, `seed`


def _english_past(tok: Tok) -> bool:
    folded = tok.folded
    return len(folded) >= _SHORTEST_PAST and folded.endswith("ed") and folded.isalpha() and (
        folded in lexicon.entries("english_words"))


# Verbs only a person does, after `som` or `who` (`en Benjamin från Falun som säljer`); not
# `går`, `drar`, `står`, which a car does too (`en Leon som går bra`).
_PERSON_DOES: Final = frozenset({
    "säljer", "sålde", "langar", "langade", "bor", "bodde", "jobbar", "jobbade", "arbetar",
    "heter", "hette", "säger", "sa", "sade", "pratar", "pratade", "sells", "sold", "deals",
    "dealt", "lives", "lived", "works", "worked", "says", "said", "selger", "solgte", "sælger"})
_WHO: Final = frozenset({"som", "who", "der"})
_FROM: Final = frozenset({"av", "af", "från", "fra", "from", "hos"})  # bought from a Kasper
_WHO_REACH: Final = 5  # tokens after the name where `som` may stand (`från Falun som`)


def someone_who(tok: Tok, toks: list[Tok]) -> bool:
    """A given name after an article, then `som`/`who` and a person's verb on its sentence:
    someone the writer does not know (`en Benjamin från Falun som säljer`); or one something
    came from (`köpt av en Kasper på Vinted`)."""
    if tok.index >= 2 and toks[tok.index - 2].folded in _FROM and tok.info.first:
        return True
    for j in range(tok.index + 1, min(len(toks) - 1, tok.index + 1 + _WHO_REACH)):
        t = toks[j]
        if t.line_break_before or t.text in (".", "!", "?", ";"):
            return False
        if t.folded in _WHO:
            return toks[j + 1].folded in _PERSON_DOES
    return False
