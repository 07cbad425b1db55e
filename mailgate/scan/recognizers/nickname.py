"""Nicknames after a naming cue, in any case: kallad Lillen, alias kungen, kallar sig Tina.

A nickname identifies as well as a name, and is often no name at all (`Spindeln`, `kungen`),
so the cue decides, not the lists. What stands before the cue says whose name it is: a
person (`killen kallad Ice`, `hon kallar sig Tina`) or a product (`pillren kallas Blå Tesla`,
`amfetamin, kallad Tina`), the nearest such word winning.
"""

from __future__ import annotations

from typing import Final

from mailgate.scan import lexicon
from mailgate.scan.drugcues import DRUG_TALK, MEDICINE_WORDS, PILL_WORDS, STAMP_WORDS
from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.drugforms import drug_form
from mailgate.scan.recognizers.drugheads import a_drug_head
from mailgate.scan.recognizers.handle import a_named_handle
from mailgate.scan.recognizers.invertedsubject import past_the_subject
from mailgate.scan.recognizers.namedfiles import a_file_named
from mailgate.scan.recognizers.namingsubject import a_thing_as_subject
from mailgate.scan.recognizers.pets import an_animal_word
from mailgate.scan.recognizers.textindex import token_folded
from mailgate.scan.recognizers.thingheads import a_subject_thing_head, opens_a_title
from mailgate.scan.recognizers.wordfacts import STOP_WORDS
from mailgate.scan.recognizers.words import QUOTES, RELATION_CUES, Tok
from mailgate.scan.thingcues import NAMED_WORKS, THING_NOUNS

SCORE_NICKNAME: Final = 0.55
# Words right before a nickname, nearest last; `heter egentligen` gives the real name.
NICK_CUES: Final[tuple[tuple[str, ...], ...]] = (
    ("kallar", "sig"), ("kallade", "sig"), ("kallat", "sig"), ("kallas", "för"),
    ("kallad", "för"), ("kallade", "för"),
    ("under", "namnet"), ("heter", "egentligen"), ("alla", "säger"), ("kallar", "honom"),
    ("kallar", "henne"), ("kallade", "honom"), ("kallade", "henne"), ("kallas", "bara"),
    ("kallad",), ("kallas",), ("kallade",), ("kallat",), ("kallades",), ("kallats",),
    ("alias",), ("aka",), ("a.k.a",),
    ("smeknamnet",), ("smeknamn",), ("nickname",), ("nicknamed",), ("called",), ("known", "as"),
    ("goes", "by"), ("heter",), ("hette",), ("they", "call"), ("people", "call"),
    ("everyone", "calls"), ("calls", "himself"), ("calls", "herself"), ("called", "himself"),
    ("called", "herself"), ("calling", "himself"), ("calling", "herself"), ("call", "him"),
    ("call", "her"), ("called", "him"), ("called", "her"),
)
_LAST_WORDS: Final = frozenset(cue[-1] for cue in NICK_CUES)
# The cues by their last word, in NICK_CUES's order (a longer cue before its last word alone).
_CUES_BY_LAST: Final[dict[str, tuple[tuple[str, ...], ...]]] = {
    last: tuple(c for c in NICK_CUES if c[-1] == last) for last in _LAST_WORDS}
# Cues ending in a verb whose object may stand between it and the nickname.
_TRANSITIVE: Final = frozenset({"kallade", "kallar", "kallat", "call", "calls", "called"})
# Words that continue a cue (`heter egentligen`, `kallas för`): never the nickname itself.
_CUE_WORDS: Final = frozenset(word for cue in NICK_CUES for word in cue)
# Pronouns for things or groups: `de kallas "Ice"` is said of pills as often as of people.
THING_PRONOUNS: Final = frozenset({"de", "dom", "dem", "den", "det", "they", "them", "it"})
# Cues that set a nickname beside a name (`Elin Berg, kallad Charlie`, `alias "Tina"`), not a
# name someone gives themself (`heter Fatima men kallar sig Tina`).
_APPOSITIVE: Final = frozenset({"kallad", "kallas", "kallat", "alias", "aka", "a.k.a", "för",
                                "called", "nicknamed"})
# Words for an unnamed thing before `som heter`: nåt som hette Zanny, stuff called Tina.
SOMETHING: Final = frozenset({"nåt", "något", "nånting", "någonting", "grej", "grejen", "grejer",
                              "saken", "something", "stuff", "thing", "things"})
PRONOUNS: Final = frozenset({"han", "hon", "hen", "honom", "henne", "sig", "he", "she", "him",
                             "her"})
_MAX_WORDS: Final = 3  # Tjocka Berra, "Lill-Kalle från Ekerö" stops at three


def nicknames(toks: list[Tok]) -> list[Hit]:
    if token_folded(toks).isdisjoint(_LAST_WORDS):
        return []  # no cue ends anywhere: no pass over every token
    out = []
    for i in [i for i, t in enumerate(toks) if t.folded in _LAST_WORDS]:
        after = cue_length(toks, i)
        if after is None:
            continue
        obj = _object_after(toks, i + 1) if toks[i].folded in _TRANSITIVE else None
        if obj is False:
            continue  # de kallade pillret "Tesla": the name is the pill's
        words = _nickname_from(toks, i + 1 + (obj is True))
        if words and _phoned(toks, i, words):
            continue  # Erik called twice: the verb of phoning, no name after it
        told = bool(obj or (words and _called_by_someone(toks, words[-1].index)))
        owner = True if told else whose(toks, i - after)
        if owner and not words:  # en som heter Mary Jane: someone's, though it names a drug
            words = _nickname_from(toks, i + 1 + (obj is True), phrases=True)
        if not told and (something_before(toks, i - after + 1) or (
                owner is None and a_file_named(toks, i - after + 1))):
            continue  # what a colleague called "Snö"; Mappen heter "Ekonomi": a thing
        if words and toks[i].folded in _APPOSITIVE and _a_street_name(words) and _name_before(
                toks, i - after):
            continue  # Tove Falk, kallad Flakka: her name is masked, the drug's a warning needs
        if words and all(t.text.islower() and not t.info.first and drug_form(t.text)
                         for t in words):
            continue  # Mr Nice kallas hasch: a substance in lower case (not tina) is no nickname
        if words and (owner or (owner is None and not any(
                t.drug_word or t.info.negative or drug_form(t.text) for t in words))):
            out.append(Hit(words[0].start, words[-1].end, SCORE_NICKNAME))
    return out


def _phoned(toks: list[Tok], i: int, words: list[Tok]) -> bool:
    """English `called` before one unquoted lower-case word no list holds as a given name
    (`called twice`, `called round`): a call made. `a guy called Twice`, `called "ice"` and
    `called jonas` still name someone."""
    return toks[i].folded == "called" and len(words) == 1 and words[0].text.islower() and (
        toks[words[0].index - 1].text not in QUOTES) and not words[0].info.first


def cue_length(toks: list[Tok], i: int) -> int | None:
    """The cue's length in words when a naming cue ends at toks[i], else None."""
    for cue in _CUES_BY_LAST.get(toks[i].folded, ()):
        n = len(cue)
        if i + 1 >= n and all(toks[i + 1 - n + m].folded == w for m, w in enumerate(cue)):
            return n
    return None


def _object_after(toks: list[Tok], j: int) -> bool | None:
    """Whom the cue names when its object stands right after it: True for a person
    (`kallade honom "Ice"`), False for a thing (`kallade pillret "Tesla"`, `call it X`),
    None when the next word is the nickname itself."""
    if j >= len(toks):
        return None
    f = toks[j].folded
    if f in PRONOUNS - {"sig"} or f in RELATION_CUES:
        return True
    if f in THING_PRONOUNS or f in PILL_WORDS or f in THING_NOUNS:
        return False
    # `kallade amfetaminet "Tina"`; but `kallade Tina` may name a person called Tina
    quote_next = j + 1 < len(toks) and toks[j + 1].text in QUOTES
    return False if quote_next and a_drug(f) else None


# Words for someone unnamed before `som`/`who`: en som kallas X, någon som heter X.
SOMEONE: Final = frozenset({"en", "någon", "nån", "one", "someone", "somebody", "anyone"})


def _called_by_someone(toks: list[Tok], last: int) -> bool:
    """`kallades "Bamse" av kompisen`: a nickname friends use is a person's."""
    j = last + 1
    while j < len(toks) and toks[j].text in QUOTES:
        j += 1
    return j + 1 < len(toks) and toks[j].folded in ("av", "by") and (
        toks[j + 1].folded in RELATION_CUES or toks[j + 1].folded in PRONOUNS - {"sig"})


def whose(toks: list[Tok], before: int) -> bool | None:
    """True when the nearest telling word before the cue is a person, False when a product,
    None when nothing tells."""
    window = toks[max(0, before - 5) : before + 1]
    for n, t in reversed(list(enumerate(window))):
        f = t.folded
        if opens_a_title(toks, t.index):
            return False  # romanen Mannen som hette Ove: a title's words, not a person
        if f in MEDICINE_WORDS:
            return False  # Medicinen heter Xanax, hans medicin heter Sobril: a brand
        if t.capital and printed(toks, t.index):
            return False  # stämpeln Donald Trump, som kallades "Katt": the pill's print
        if f in RELATION_CUES or f in PRONOUNS or (t.capital and t.info.name
                                                    and not t.info.negative):
            return True
        if f in ("som", "who") and n > 0 and window[n - 1].folded in SOMEONE:
            return True  # en som kallas "Rájá-Robban": someone, whatever was bought of them
        if _sold_by_someone(window, n):
            continue  # `killen som säljer GHB kallas "Kungen"`: GHB is what he sells
        if f in PILL_WORDS or f in DRUG_TALK or f in THING_NOUNS or a_drug(f) or t.stamp_compound:
            return False
        if a_drug_head(t):
            return False  # Pulvret som kallades "Bernice", rökblandningen kallas Mojo
        if a_subject_thing_head(window, n):
            return False  # Ismaskinen heter "Olle", Båtarna heter Bettan och Carl Gustaf
        if n == len(window) - 1 and _english_naming(toks, before) and not t.capital and (
                f in NAMED_WORKS or an_animal_word(f)):
            return False  # a mascot called Freddie, a dog named Rufus
        if f in ("som", "that", "called", "named") and n > 0 and (
                window[n - 1].folded in SOMETHING or window[n - 1].folded in NAMED_WORKS):
            return False  # nåt som hette Zanny, something called Blue, en docka som heter Pillrik
        if t.index == before and a_thing_as_subject(toks, before):
            return False  # Det heter Rose, det går under namnet X; not `Den killen heter X`
        if t.text in (".", "!", "?") or f in THING_PRONOUNS:
            break
    return None


def _english_naming(toks: list[Tok], before: int) -> bool:
    """The cue is a participle right after its noun: `a mascot called`, `a dog named`."""
    return before + 1 < len(toks) and toks[before + 1].folded in ("called", "named")


# An unnamed thing the naming is said of: `what a colleague called "Snö"`, `vad de kallar X`.
_WHAT: Final = SOMETHING | {"what", "vad", "whatever"}
_BACK: Final = 4  # words before the cue searched for `what`
_ENDS: Final = frozenset({".", "!", "?", ";", ":"})
_SUBJECTS: Final = frozenset({"han", "hon", "hen", "he", "she"})  # not `what her flatmate called`
def something_before(toks: list[Tok], start: int) -> bool:
    """`what`, `vad` or `something` a few words before a cue starting at `start`, in its
    sentence."""
    for k in range(start - 1, max(-1, start - 1 - _BACK), -1):
        folded = toks[k].folded
        if folded in _ENDS or folded in _SUBJECTS:
            return False  # vad hon kallades: what she, someone, was called
        if folded in _WHAT:
            return True
    return False


def printed(toks: list[Tok], k: int) -> bool:
    """toks[k] ends a capitalised run right after a stamp's word: `stämpeln Donald Trump`."""
    while k > 0 and toks[k - 1].capital and not toks[k].line_break_before:
        k -= 1
    return k > 0 and toks[k - 1].folded in STAMP_WORDS


# Verbs whose object is a drug and whose subject a person: säljer GHB, langar tjack.
_SELLS: Final = frozenset({"säljer", "sålde", "langar", "langade", "sells", "sold", "deals",
                           "dealt", "levererar", "delivers"})


def _sold_by_someone(window: list[Tok], n: int) -> bool:
    """window[n] is such a verb, or its drug ending the clause (`säljer GHB kallas`; but
    `säljer amfetamin, kallad Tina` names the amphetamine)."""
    if window[n].folded in _SELLS:
        return True
    apposition = n + 1 < len(window) and window[n + 1].text == ","
    return n > 0 and window[n - 1].folded in _SELLS and a_drug(window[n].folded) and (
        not apposition)


def _a_street_name(words: list[Tok]) -> bool:
    """The nickname is a substance's, medicine's or street name (`kallad Flakka`, `alias
    "Charlie"`, `kallad Vanilla Sky`): asked only after the person's own name, which is
    masked, so the drug's name a warning needs stays."""
    phrase = " ".join(t.folded for t in words)
    return phrase in lexicon.drugs() or all(t.drug_word for t in words)


def _name_before(toks: list[Tok], before: int) -> bool:
    """A person's name stands just before the cue, in its sentence: `Leila Moradi (pnr),
    alias "Lean"`. Without one (`Killen kallad "Ice"`) the nickname is all that names him."""
    for t in reversed(toks[max(0, before - 8) : before + 1]):
        if t.text in (".", "!", "?", "\n"):
            return False
        if t.capital and t.info.name and not t.info.negative and not t.sentence_start:
            return True
    return False


def a_drug(folded: str) -> bool:
    """A substance or medicine, also in a definite form: amfetaminet, tabletterna."""
    drugs = lexicon.drugs()
    return folded in drugs or any(
        len(folded) - k >= 4 and folded[:-k] in drugs for k in (1, 2, 3))



def _nickname_from(toks: list[Tok], j: int, phrases: bool = False) -> list[Tok]:
    """The quoted words, or the one word (two when capitalised), starting at toks[j]; a
    negative phrase's words (`Mary Jane`) only when `phrases`."""
    while j < len(toks) and toks[j].folded in _HEDGES:
        j += 1  # heter typ jonas
    if j < len(toks) and not toks[j].capital and a_drug_head(toks[j]):
        return []  # heter tabletterna Barbro: the name after them is the pills'
    past = past_the_subject(toks, j)  # I spelet heter bossen Malenia: Malenia is the name
    if past is None:
        return []  # I appen heter funktionen Ring Rosa: the feature's name
    j = past
    quoted = j < len(toks) and toks[j].text in QUOTES
    j += quoted
    words: list[Tok] = []
    while j < len(toks) and len(words) < _MAX_WORDS and _word(toks[j], phrases):
        words.append(toks[j])
        j += 1
        if not quoted and not (j < len(toks) and toks[j].capital and words[-1].capital):
            break
        if quoted and j < len(toks) and toks[j].text in QUOTES:
            break
    return _trim(words)


def _word(tok: Tok, phrases: bool) -> bool:
    return ((tok.alpha or a_named_handle(tok.text)) and len(tok.text) >= 2
            and not tok.line_break_before and (phrases or not tok.in_negative_phrase))


def _trim(words: list[Tok]) -> list[Tok]:
    """Drop stop words at the ends: `kallas för en`, `alias the`."""
    while words and _not_part(words[-1]):
        words.pop()
    while words and _not_part(words[0]):
        words.pop(0)
    return words


# Spoken hedges between a cue and the name: `heter typ jonas`, `kallas liksom Ice`.
_HEDGES: Final = frozenset({"typ", "liksom", "kanske", "nog", "väl", "visst", "like", "maybe",
                            "probably", "egentligen", "bara"})


def _not_part(tok: Tok) -> bool:
    return (tok.folded in STOP_WORDS or tok.folded in _CUE_WORDS or tok.folded in _HEDGES
            or tok.stamp_compound)
