"""Runs that a name list would take for a person but their company says are no one: items of
a list of things (listed.py), songs sung and words said (sung.py), horses and working dogs
(animals.py), and a pill's print named before its pill word (`Benny Blanco pills`). Asked of
each run the PERSON recognizer has judged a name."""

from __future__ import annotations

from mailgate.scan.cues import PILL_WORDS
from mailgate.scan.recognizers.animals import an_animal
from mailgate.scan.recognizers.listed import a_listed_thing
from mailgate.scan.recognizers.sung import a_sung_title
from mailgate.scan.recognizers.words import QUOTES, Tok

# Verbs whose indirect object may stand before the pills: gav Anna Berg tabletter.
GIVE_VERBS = frozenset({"gav", "ger", "ge", "gett", "sålde", "säljer", "sold", "sells", "gave",
                        "give", "gives", "erbjöd", "offered", "visade", "showed"})


def no_person(run: list[Tok], toks: list[Tok], animal: bool = True, sung: bool = True
              ) -> bool:
    """`animal`, `sung`: False when the text has no word that check starts from
    (namedthing.Possible: no animal's word; no verb of singing and no quote)."""
    return a_listed_thing(run, toks) or (sung and a_sung_title(run, toks)) or (
        animal and an_animal(run, toks)) or _printed_on_pills(run, toks)


def _printed_on_pills(run: list[Tok], toks: list[Tok]) -> bool:
    """`Benny Blanco pills`, `"Donald Trump" tabletter`: two words or more right before a pill
    word name the print; a genitive (`Erik Bergs piller`) or a giver's object stays a person."""
    i = run[-1].index + 1
    while i < len(toks) and toks[i].text in QUOTES:
        i += 1
    if len(run) < 2 or i >= len(toks) or toks[i].folded not in PILL_WORDS:
        return False
    before = toks[run[0].index - 1].folded if run[0].index else ""
    return not run[-1].text.endswith(("s", "'s", "’s")) and before not in GIVE_VERBS
