"""Lists of names that a phrase before them says are no people's: `Två andra hundar i
klassen, Ronja och Zeus`, `New characters: El Jefe, La Madrina, Doctor Blanco`.

A list of capitalised names right after the comma or colon that closes a phrase holding a head
noun (a plural animal word, a word for fictional characters) names what the head says. Not
when a person word or a second group comes between (`hundar och barnen, Erik och Anna`).
"""

from __future__ import annotations

from typing import Final

from mailgate.scan.cues import PERSON_CUES
from mailgate.scan.recognizers.words import Tok

LIST_JOINS: Final = frozenset({",", "och", "and", "&", "eller", "or"})
# Words for the characters of a film, a game, a play or a book.
FICTION_NOUNS: Final = frozenset({
    "characters", "character", "karaktärer", "karaktärerna", "rollfigurer", "rollfigurerna",
    "figurer", "figurerna", "fictional", "fiktiva", "npcs", "villains", "skurkar", "script",
    "manus", "manuset",
})
_HEAD_WINDOW: Final = 5  # words before the comma or colon that may hold the head noun
# The characters were played by locals: Sara Holm ...: the people who play them.
_PLAYED_BY: Final = frozenset({"by", "av", "played", "spelas", "spelade", "spelad", "voiced",
                               "gestaltas", "gestaltad", "actors", "skådespelare"})
_IN_A_LIST: Final = frozenset({"the", "la", "el", "le", "den",
                               "det"})  # `, the Dutchman, Mama Kokos`


def listed_after(first: int, toks: list[Tok], heads: frozenset[str]) -> bool:
    """True when toks[first] stands in a list right after a phrase holding one of `heads`."""
    i = first - 1
    while i > 0 and (toks[i].folded in LIST_JOINS or toks[i].folded in _IN_A_LIST or (
            toks[i].capital and toks[i].alpha)):
        if toks[i].text in (",", ":") and not (toks[i - 1].capital or toks[i - 1].text in (
                "the", "la", "el")):
            break  # the comma before the list
        i -= 1
    if i <= 0 or toks[i].text not in (",", ":"):
        return False
    before = _phrase_before(toks, i)
    found = [n for n, word in enumerate(before) if word in heads]
    if found and found[-1] == 0 and len(before) <= _CREDIT_LABEL and before[0] in _CREDITS:
        return False  # Manus: Olle Tornberg, Script sup: Marit Hallgren: who wrote or kept it
    return bool(found) and not any(w in PERSON_CUES or w in LIST_JOINS or w in _PLAYED_BY
                                   for w in before[found[-1] + 1 :])


# A credit's label opening the phrase, the script's writer or supervisor after it; the
# characters come after a longer phrase (`Figurer i manuset: …`, `Characters in the script`).
_CREDITS: Final = frozenset({"manus", "script"})
_CREDIT_LABEL: Final = 2  # `Manus`, `Script sup`, `Script supervisor`


def _phrase_before(toks: list[Tok], i: int) -> list[str]:
    """The folded words before toks[i] on its line and in its sentence, at most a window's."""
    out: list[str] = []
    j = i - 1
    while j >= 0 and len(out) < _HEAD_WINDOW and toks[j].text not in (".", "!", "?"):
        out.insert(0, toks[j].folded)
        if toks[j].line_break_before:
            break
        j -= 1
    return out


# Verbs of playing or voicing a part: what follows them is the part (`spelar brodern Jonas`,
# `Signe spiller Mette`, `(spelar Nate Jacobs)`, `voices Mimi`); `spelar med Anna` and `spelar
# mot Anna` put a preposition between and stay people.
PLAY_VERBS: Final = frozenset({"spelar", "spelade", "spiller", "spillede", "spilte", "gestaltar",
                               "gestaltade", "plays", "played", "portrays", "portrayed",
                               "voices", "voiced", "spricht", "spielt"})
# Words for a character of a work right before its name: `huvudpersonen Lina Strand`,
# `the villain Doc Frost`.
CHARACTER_NOUNS: Final = frozenset({
    "huvudpersonen", "huvudkaraktären", "hovedpersonen", "rollfiguren", "romanfiguren",
    "seriefiguren", "bifiguren", "protagonisten", "antagonisten", "villain", "protagonist",
    "antagonist", "bösewicht", "schurke",
})  # not `skurken`, `hjälten`: news call real people so
# Kin and role words a part may be named by after the verb: spelar brodern Jonas.
_PART_WORDS: Final = frozenset({"brodern", "systern", "mamman", "pappan", "modern", "fadern",
                                "dottern", "sonen", "mormor", "farmor", "kommissarie",
                                "kommissarien", "polisen", "läkaren", "langaren", "the",
                                "rollen", "role", "figuren", "karaktären"})
# After a part's name in brackets: the one who plays it (`KRISTER (spelas av Magnus Ågren)`).
_PLAYED: Final = frozenset({"spelas", "spelad", "spelades", "played", "voiced", "gestaltas",
                            "gestaltad", "röst", "voice", "spilles", "spillet"})
PART_WORDS_ANY: Final = PLAY_VERBS | CHARACTER_NOUNS | _PLAYED


def a_played_part(run: list[Tok], toks: list[Tok]) -> bool:
    """A fictional character by the words beside it: after a verb of playing (past a kin or
    role word), after a word for a character, or before a bracket naming who plays it."""
    if len(run) > 1 and run[0].folded in CHARACTER_NOUNS:
        return True  # Hovedpersonen Mette Krog: the word opens the sentence and the run
    i = run[0].index - 1
    if i >= 0 and toks[i].folded in _PART_WORDS and not toks[i].capital:
        i -= 1  # spelar brodern Jonas
    if i >= 0 and not toks[i].line_break_before and (
            toks[i].folded in PLAY_VERBS or toks[i].folded in CHARACTER_NOUNS):
        return not _a_genitive(run, toks)  # spelar Pekkos Pers låtar: the composer's
    j = run[-1].index + 1
    return j + 1 < len(toks) and toks[j].text == "(" and toks[j + 1].folded in _PLAYED


def _a_genitive(run: list[Tok], toks: list[Tok]) -> bool:
    """The run's last word a genitive before a noun in lower case (`Pekkos Pers låtar`)."""
    j = run[-1].index + 1
    return run[-1].text.endswith(("s", "'s", "’s")) and j < len(toks) and (
        toks[j].alpha and not toks[j].capital)


# Words for a work's cast: a text holding one may list its parts beside their actors.
CAST_WORDS: Final = frozenset({
    "röstskådespelare", "skådespelare", "rollista", "rollistan", "roller", "rollerna",
    "rollbesättning", "rollbesättningen", "medverkande", "medvirkende", "cast", "voices",
    "sprecher", "besetzung", "ensemble", "röster", "stemmer", "dubbningen", "voice", "röst",
})
_DASHES: Final = frozenset({"–", "—", "-"})
_VOICE_LABELS: Final = frozenset({"voice", "röst", "stimme", "stemme", "actor", "played"})
_VOICE_REACH: Final = 14  # tokens from a part's name to `Voice:` on its line
_CAST_REACH: Final = 40  # tokens back from a part to the cast's word


def a_cast_part(run: list[Tok], toks: list[Tok]) -> bool:
    """In a text naming a cast: a part before a dash and its actor's full name (`Mimi – Lena
    Vogt`), a part in brackets after its actor (`Lova Kvarnström (Mimi)`), or a part whose
    line names its voice (`Little Sten – teenage runner. Voice: Sten Lind`)."""
    first, j = run[0].index, run[-1].index + 1
    if not any(t.folded in CAST_WORDS for t in toks[max(0, first - _CAST_REACH) : first]):
        return False  # the cast's word a few lines up at most
    if j + 2 < len(toks) and toks[j].text in _DASHES and not toks[j].line_break_before:
        if _a_full_name(toks[j + 1 : j + 3]):
            return True  # Mette Krog – Signe Kjærgaard
        return _voice_on_the_line(j, toks)
    # the actor's full name before the bracket; `POLISEN (Isak Holmér)` names the actor
    return first >= 3 and toks[first - 1].text == "(" and _a_full_name(
        toks[first - 3 : first - 1]) and not toks[first - 2].text.isupper() and (
        j < len(toks) and toks[j].text == ")")


def _a_full_name(pair: list[Tok]) -> bool:
    return len(pair) == 2 and all(t.capital and t.alpha for t in pair) and (
        pair[0].info.first and not pair[1].line_break_before)


def _voice_on_the_line(j: int, toks: list[Tok]) -> bool:
    for k in range(j + 1, min(len(toks) - 1, j + _VOICE_REACH)):
        if toks[k].line_break_before:
            return False
        if toks[k].folded in _VOICE_LABELS and toks[k + 1].text == ":":
            return True
    return False
