"""A given name that is also a drug's street name (Tina, Molly, Gina, Charlie) is a person's
where the text speaks of a person: what only people do right after it (`Molly sa`, `Tina som
jobbar`), a greeting or a role right before it (`Hej Gina!`, `bartendern "Mandy"`), or a
pronoun of people beside it (`Charlie och jag`). Drugs are also subjects (`Tina gör dig
vaken`), mixed (`Gina och alkohol`) and have effects (`Mollys effekt`): those say nothing of a
person."""

from __future__ import annotations

from typing import Final

from mailgate.scan.cues import GREETINGS
from mailgate.scan.recognizers.roles import ENGLISH_ROLES, role_shaped
from mailgate.scan.recognizers.words import STOP_WORDS, Tok, before_quotes

# What only people do: speak, ask, call, work, live, feel, cry.
PERSON_VERBS: Final = frozenset({
    "sa", "sade", "säger", "berättade", "berättar", "frågade", "frågar", "ringde", "ringer",
    "skrev", "skriver", "svarade", "svarar", "sms:ade", "messade", "jobbar", "jobbade",
    "arbetar", "arbetade", "bor", "bodde", "heter", "mådde", "mår", "grät", "gråter", "log",
    "tycker", "tyckte", "tror", "trodde", "vet", "visste", "ville", "vill", "lovade",
    "said", "says", "told", "tells", "asked", "asks", "called", "calls", "texted", "works",
    "worked", "lives", "lived", "cried", "felt", "feels", "thinks", "thought", "wants",
    "wanted", "promised", "replied",
})
# A greeting, or thanks, spoken to the one named: Hej Gina!, Tack Molly.
ADDRESSING: Final = GREETINGS | {"tack", "thanks"}
PEOPLES_PRONOUNS: Final = frozenset({"jag", "du", "han", "hon", "hen", "vi", "i", "you", "he",
                                     "she", "we"})
_JOINS: Final = frozenset({"och", "o", "&", "and"})
# Roles right before a name that the endings in roles.py do not tell.
ROLES: Final = ENGLISH_ROLES | {"bartender", "bartendern", "caller", "guest", "dj", "dj:n"}


def spoken_of_as_someone(tok: Tok, toks: list[Tok]) -> bool:
    i = tok.index
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    after = toks[i + 2] if i + 2 < len(toks) else None
    if nxt is not None and not nxt.line_break_before:
        if nxt.folded in PERSON_VERBS or (nxt.folded == "som" and after is not None and (
                after.folded in PERSON_VERBS)):
            return True  # Molly sa, Tina som jobbar
        if nxt.folded in _JOINS and after is not None and after.folded in PEOPLES_PRONOUNS and (
                i == 0 or toks[i].sentence_start):
            return True  # Charlie och jag gick hem
    j = before_quotes(toks, i)  # bartendern "Mandy"
    if j < 0:
        return False
    before = toks[j]
    return before.folded in ADDRESSING or before.folded in ROLES or (  # Hej Gina!, caller "kit"
        before.folded not in STOP_WORDS and role_shaped(before.folded, before.info.name))
    # kassören Molly, bartendern "Mandy"; not `varför Molly inte betyder rent`
