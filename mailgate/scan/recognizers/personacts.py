"""What only a person does around a name no list holds: speak or act right after it (`Ilvar
Tesk ringde`, `Dîlber sa att …`, `Muhannad Darwich kom in på akuten`), keep someone company
or handle a case (`bor ihop med Kusti Lehtiranta`, `handläggs av Alvi Sjöbladh`), be greeted,
hugged or heard from (`hälsa Aarni från mig`), or name themself (`Hej det är Qusai`).

vouched.py asks these of the words it holds; each reads the tokens beside them.
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan.cues import GREETINGS, NORDIC_SPEECH_VERBS
from mailgate.scan.recognizers.wordfacts import STOP_WORDS
from mailgate.scan.recognizers.words import Tok

# Verbs only a person does, right after a full name: `Ilvar Tesk ringde`, `… sa att`. One
# word alone is left out: a place or an office stands there as often (`Soc ringde`).
_PERSON_VERBS: Final = frozenset({
    "sa", "sade", "säger", "berättade", "berättar", "frågade", "svarade", "ringde", "tycker",
    "tyckte", "mår", "mådde", "svimmade", "said", "says", "told", "asked", "replied",
})
_PLACE_PREPOSITIONS: Final = frozenset({
    "på", "i", "vid", "från", "till", "utanför", "nära", "mot", "över", "under", "bakom",
    "inom", "hos", "genom", "in", "at", "on", "from", "near", "to",
})


def speaks_after(last: Tok) -> bool:
    """A person's verb right after the name, on its line; not a place fronted before its
    verb (`På lägret på Norra Tjurholmen berättade en ledare …`)."""
    toks = None if last.place is None else last.place.toks
    i = last.index + 1
    if toks is None or i >= len(toks) or toks[i].line_break_before or (
            toks[i].folded not in _PERSON_VERBS):
        return False
    j = last.index - 2
    return j < 0 or toks[j].folded not in _PLACE_PREPOSITIONS


# What only a person does as a sentence's subject: speak, ask, answer, cry, faint.
_SPEECH_VERBS: Final = frozenset({
    "sa", "sade", "säger", "berättade", "berättar", "frågade", "svarade", "grät", "skrattade",
    "svimmade", "kräktes", "mådde", "tyckte", "trodde", "ringde", "messade", "smsade", "sms:ade",
    "said", "told", "asked", "cried",
    # what a colleague does in minutes and notes (`Sanna deltar på rådet`, `Viola meddelade`)
    "deltar", "deltog", "undrar", "undrade", "meddelar", "meddelade", "kontaktar", "kontaktade",
    "återkommer", "ansvarar", "påminner", "påminde", "attends", "attended", "wonders",
}) | NORDIC_SPEECH_VERBS  # Sanna sagde, Dag ringede
# Subjects after a verb: a fronted word before it is no subject (`Klart sa hon`).
_SUBJECT_PRONOUNS: Final = frozenset({"jag", "du", "han", "hon", "hen", "vi", "ni", "de", "dem",
                                      "man", "i", "he", "she", "they", "we", "you", "hun",
                                      "jeg", "dere"})
# Verbs of saying, which take no name for an object: a name after one is its subject.
_SAYING: Final = frozenset({"sa", "sade", "säger", "berättade", "berättar", "meddelade",
                            "sagde", "sagt", "said"})
# A short noun's definite form (`Skolan`, `Banken`, `Facket` sa): no one's name here.
_DEFINITE_FORM: Final = re.compile(r"(?:an|en|et)$")


def speaks_first(word: Tok) -> bool:
    """One word no list holds opening a sentence, then a verb only a person does: `Dîlber
    sa att …`, `Rungnapa berättade`; not a noun in its definite form (`Skolan sa`) or an
    abbreviation (`Soc sa`)."""
    return len(word.text) >= 4 and not _DEFINITE_FORM.search(word.folded) and (
        speaks_at_start(word))


def speaks_after_a_fronted_word(word: Tok) -> bool:
    """One word no list holds as the subject after a sentence adverb and a verb of saying,
    then `att` (`Efteråt sa Ilvar att …`, `Sen berättade Dîlber att …`)."""
    toks = None if word.place is None else word.place.toks
    i = word.index
    if toks is None or i < 2 or i + 1 >= len(toks) or len(word.text) < 4:
        return False
    fronted, verb = toks[i - 2], toks[i - 1]
    return verb.folded in _SAYING and toks[i + 1].folded == "att" and (
        fronted.sentence_start or fronted.index == 0) and fronted.folded in STOP_WORDS and not (
        verb.line_break_before or word.line_break_before)


# A body's or a mood's state only a person is in, after the verb that opens it (`Sol har
# feber`, `Ros är sjuk`, `Vilja kom för sent`, `Hope is sick`): the sun, a rose or a will are
# said so only in their definite form (`Solen`), which no name list holds.
_STATES: Final = {
    "har": frozenset({"feber", "ont", "huvudvärk", "magont", "halsont", "hosta", "ångest",
                      "migrän", "astma", "diabetes", "epilepsi", "influensa", "covid", "mens",
                      "vattkoppor", "utslag", "eksem", "löss"}),
    "är": frozenset({"sjuk", "förkyld", "frånvarande", "ledsen", "arg", "rädd", "orolig",
                     "trött", "hungrig", "gravid", "hemma", "berusad", "påverkad", "sjukskriven",
                     "ledig", "medvetslös", "försenad", "sjuka", "frisk"}),
    "kom": frozenset({"hem", "försent", "för"}),
    "is": frozenset({"sick", "ill", "absent", "late", "upset", "pregnant", "unwell", "home"}),
    "has": frozenset({"fever", "flu", "covid", "asthma", "diabetes", "epilepsy", "lice"}),
}
for _now, _then in (("har", "hade"), ("är", "var"), ("är", "blev"), ("is", "was"),
                    ("has", "had")):
    _STATES[_then] = _STATES[_now]


def speaks_at_start(word: Tok) -> bool:
    """A word opening a sentence, then a verb only a person does (`Jack sa till mig`) or a
    state only a person is in (`Sol har feber`), not a fronted word before its subject
    (`Klart sa hon`)."""
    toks = None if word.place is None else word.place.toks
    i = word.index + 1
    if toks is None or i + 1 >= len(toks) or not (word.sentence_start or word.index == 0):
        return False
    verb = toks[i]
    subject = toks[i + 1]
    if subject.folded in _STATES.get(verb.folded, ()) and not verb.line_break_before:
        return True
    return verb.folded in _SPEECH_VERBS and not verb.line_break_before and (
        subject.folded not in _SUBJECT_PRONOUNS or subject.text == "i") and not (  # ringde i
        subject.capital and verb.folded in _SAYING)  # Efteråt sa Ben: Ben is the subject


# What a full name opening a sentence does that a firm does not: come in, live, fall ill,
# die, be arrested, say and think (`Muhannad Darwich kom in på akuten`); not `har`, `är`,
# `skickade`, `sålde`, which firms do too.
_ACTS: Final = frozenset({
    "ringde", "sa", "sade", "säger", "berättade", "berättar", "uppger", "uppgav", "kom", "bor",
    "bodde", "greps", "häktades", "dömdes", "dog", "avled", "mår", "mådde", "jobbar",
    "träffade", "tror", "trodde", "tycker", "tyckte", "vet", "visste", "minns", "frågade",
    "svarade", "bad", "åkte", "somnade", "vaknade", "nekar", "nekade", "förnekar", "erkände",
    "skrek", "grät", "sprang", "föll", "sov", "drack", "försvann", "svimmade", "kräktes",
    "vårdades", "fördes", "hittades", "omhändertogs", "hördes", "said", "told", "died",
    "thinks", "thought", "knew", "asked", "collapsed", "fell", "fainted", "lives", "came",
})


def acts_first(words: list[Tok]) -> bool:
    """A full name no list holds opening a sentence, then what only a person does."""
    first, last = words
    toks = None if last.place is None else last.place.toks
    i = last.index + 1
    return toks is not None and (first.sentence_start or first.index == 0) and i < len(toks) and (
        toks[i].folded in _ACTS) and not toks[i].line_break_before


# Words before a full name that say it is someone's company or hand: `bor ihop med`,
# `handläggs av`, `spoke to`. `med`, `with` and `av` alone are as often a tool's, a
# service's or a maker's (`Evakuert med Norsk Luftambulanse`, `recording with Nihon Kohden`);
# `Enligt` as often a paper's, a band's or a firm's.
_PERSON_PREPOSITIONS: Final = frozenset({"med", "with", "av", "by", "to", "till"})
_PERSON_BEFORE: Final = frozenset({
    "ihop", "tillsammans", "bor", "bodde", "umgås", "umgicks", "gift", "talade", "lives",
    "lived", "living", "married", "together", "handläggs", "handlades", "handlagt",
    "signerat", "undertecknat", "intervjuad", "intervjuades", "förhördes", "spoke", "talked",
    "wrote", "explained", "introduced", "skrev", "sa", "handled", "signed", "interviewed",
})


def with_someone(first: Tok) -> bool:
    """A full name no list holds after a word of people's company or hand (`bor ihop med
    Kusti Lehtiranta`, `Spoke to Nawwaf Qudsi`, `handläggs av Alvi Sjöbladh`)."""
    toks = None if first.place is None else first.place.toks
    i = first.index
    if toks is None or i < 2 or first.line_break_before:
        return False
    return toks[i - 1].folded in _PERSON_PREPOSITIONS and toks[i - 2].folded in _PERSON_BEFORE


# Verbs of greeting and hugging someone, and hearing from them, before one word (`hälsa
# Aarni från mig`, `har någon hört av Neea sen i fredags`), then what a message says next: a
# place's or an office's name is not so greeted or missed, a noun's definite form aside.
# Not asking or thanking: firms are asked and thanked too (`Tack Orvik för hjälpen med
# flytten`, a removal firm).
_ADDRESS_VERBS: Final = frozenset({"hälsa", "hälsade", "krama", "kramade", "pussa"})
_HEARD: Final = frozenset({"hört", "hörde", "hör", "höra"})
_AFTER_ADDRESS: Final = frozenset({"om", "från", "för", "att", "innan", "när", "!", ",", ".",
                                   "?", "sen", "så"})


def addressed(word: Tok) -> bool:
    """One word no list holds, greeted, hugged or heard from, mid-sentence."""
    toks = None if word.place is None else word.place.toks
    i = word.index
    if toks is None or i == 0 or word.sentence_start or word.line_break_before or (
            len(word.text) < 3 or _DEFINITE_FORM.search(word.folded)):
        return False
    after = toks[i + 1].folded if i + 1 < len(toks) and not toks[i + 1].line_break_before else "."
    if after not in _AFTER_ADDRESS:
        return False
    before = toks[i - 1].folded
    return before in _ADDRESS_VERBS or (
        before in ("av", "från") and i > 1 and toks[i - 2].folded in _HEARD) or (
        _introduced(toks, i))


def _introduced(toks: list[Tok], i: int) -> bool:
    """The writer naming themself after a greeting: `Hej det är Qusai, kan du ringa`."""
    if i < 3 or toks[i - 1].folded != "är" or toks[i - 2].folded not in ("det", "detta"):
        return False
    j = i - 4 if toks[i - 3].text in ("!", ",") else i - 3  # Hej! Det är …
    return j >= 0 and toks[j].folded in GREETINGS
