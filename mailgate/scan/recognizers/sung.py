"""Titles sung and words said: `Vi sjunger Stilla natt`, `säger 'Lotta' och 'Sippan'`.

Nobody sings a person: a capitalised run right after a verb of singing is a song's title
(`sjöng för Anna`, a preposition between, stays a person). A quoted word right after a verb of
saying, or a list of them, is a word said: a code word, a street name (`säger 'Lotta' och
'Sippan'`); a name said is introduced otherwise (`sa att han hette Lukas`, `heter Lukas`).
"""

from __future__ import annotations

from typing import Final

from mailgate.scan.recognizers.words import QUOTES, Tok, prev_words

SING_VERBS: Final = frozenset({"sjunger", "sjöng", "sjunga", "sjungit", "sjungs", "nynnar",
                               "nynnade", "sing", "sings", "sang", "sung", "singing", "hummed",
                               "hums",
                               # performed, covered, interpreted: a song, not someone
                               "framför", "framförde", "framfört", "framförs", "framfördes",
                               "coverade", "coverar", "tolkade", "tolkar", "performed",
                               "performs", "covered", "covers"})
SAY_VERBS: Final = frozenset({"säger", "sa", "sade", "sagt", "skriver", "skrev", "ropar", "ropade",
                              "viskar", "viskade", "says", "said", "writes", "wrote", "shouts",
                              "whispers"})
# Verbs of talking about something, before `om`/`about`, and of mentioning: a quoted word
# after them is a word talked about (`pratar om 'Subu' och 'Pregga'`).
TALK_VERBS: Final = frozenset({"pratar", "pratade", "snackar", "snackade", "talar", "talade",
                               "talk", "talks", "talked", "talking"})
MENTION_VERBS: Final = frozenset({"nämner", "nämnde", "nevnte", "nævnte", "mentions", "mentioned"})
_JOINERS: Final = frozenset({",", "och", "eller", "and", "or", "/"})
_REACH: Final = 12  # tokens back over a list of quoted words


def a_sung_title(run: list[Tok], toks: list[Tok]) -> bool:
    """Sung right after a verb of singing, or said in quotes after a verb of saying."""
    i = run[0].index - 1
    quoted = False
    while i >= 0 and toks[i].text in QUOTES:
        quoted = True
        i -= 1  # sjöng "Stilla natt"
    if i < 0:
        return False
    if toks[i].folded in SING_VERBS:
        return True
    # The quote must close right after the run: a quoted word, not a quoted message
    # (`skrev "Hej Anna Berg, ring mig"` names Anna Berg).
    after = run[-1].index + 1
    quoted = quoted and after < len(toks) and toks[after].text in QUOTES
    return quoted and (_a_word_said(i, toks) or (
        toks[i].folded in _JOINERS and _said_list(i, toks)))


def _a_word_said(i: int, toks: list[Tok]) -> bool:
    """toks[i] is a verb of saying or mentioning, or `om`/`about` after a verb of talking."""
    word = toks[i].folded
    return word in SAY_VERBS or word in MENTION_VERBS or (
        word in ("om", "about") and i > 0 and toks[i - 1].folded in TALK_VERBS)


def _said_list(i: int, toks: list[Tok]) -> bool:
    """`säger 'Lotta' och 'Sippan'`: back over quoted items to a verb of saying."""
    stop = max(-1, i - _REACH)
    while i > stop:
        t = toks[i]
        if _a_word_said(i, toks):
            return toks[i + 1].text in QUOTES
        if t.line_break_before or not (t.text in QUOTES or t.folded in _JOINERS or t.capital):
            return False
        i -= 1
    return False


# Words for a work whose quoted title follows within a few words: `utställningen "Rus och
# ruin"`, `manuset till "Vinterpuls"`, `his new track "Lean på Rosenlund"`, `en kortfilm som
# heter "Kemi 2B"`. Nobody is named inside a title (`"Kvällen med Kerstin"` is the show; the
# host is named outside it).
WORK_NOUNS: Final = frozenset({
    # Swedish, also Norwegian and Danish forms
    "utställningen", "utställning", "utställningar", "manus", "manuset", "manuskriptet",
    "albumet", "album", "skivan", "singeln", "låten", "låt", "spåret", "dikten", "dikt",
    "diktsamlingen", "romanen", "roman", "novellen", "boken", "bok", "bogen", "boka",
    "antologin", "essän", "reportaget", "krönikan", "artikeln", "hörspelet",
    "hørespillet", "hörspel", "radioteatern", "radiodramat", "föreställningen",
    "föreställning", "forestillingen", "pjäsen", "pjäs", "musikalen", "operan", "baletten",
    "filmen", "film", "kortfilm", "kortfilmen", "dokumentären", "dokumentärfilmen",
    "tv-serien", "serien", "serie", "säsongen", "avsnittet", "avsnitt", "episoden",
    "programmet", "podden", "podcasten", "sändningen", "spelet", "videon", "musikvideon",
    "sången", "visan", "verket", "målningen", "muralen", "väggmålningen", "installationen",
    "sektionen", "visningen", "vernissage", "vernissagen", "titeln", "arbetstiteln",
    "ljudguide", "ljudguiden", "audioguiden", "ljudboken", "ljudbok", "turnén", "showen",
    "läppsynk", "läppsynkar", "cover", "covern", "remix", "remixen", "lipsync", "lip-sync",
    "numret", "sketchen", "monologen", "spellista", "spellistan", "filmens", "bokens",
    "låtens",
    # English
    "novel", "book", "memoir", "single", "track", "song", "poem", "play", "musical",
    "opera", "movie", "documentary", "series", "episode", "show", "podcast",
    "exhibition", "screening", "game", "title", "audiobook", "chapter", "sketch",
})
# Words between a work's word and its quoted title.
_TITLE_LINKS: Final = frozenset({"till", "som", "heter", "hette", "kallad", "kallas", "med",
                                 "om", "nya", "nye", "nyaste", "new", "latest", "called",
                                 "titled", "named", "the", "its", "his", "her", "their", "nr"})
_TITLE_REACH: Final = 12  # tokens from a title's quote to a name inside it
_WORK_REACH: Final = 4  # words from the work's word to the title's quote
_LIST_REACH: Final = 8  # titles back in a list of them (`"Pusher", "Tabletten"`)


def a_work_title(run: list[Tok], toks: list[Tok]) -> bool:
    """The run stands inside a quoted title that a work's word precedes, or that a credit
    with a year follows (`"Tabletten" (Ebba Lindqvist, 2026)`), or in a list of such titles
    (`sektionen "Rus på duken": "Trainspotting", "Pusher"`)."""
    opening = _opening_quote(run[0].index, toks)
    closing = _closing_quote(run[-1].index, toks) if opening >= 0 else -1
    return closing >= 0 and _a_title(opening, closing, toks, _LIST_REACH)


def _a_title(opening: int, closing: int, toks: list[Tok], depth: int) -> bool:
    if _after_a_work_word(opening, toks) or _credited(closing, toks):
        return True
    i = opening - 1  # a list's joint, then the title before it: `"Pusher", "Tabletten"`
    if depth <= 0 or i < 1 or toks[i].folded not in _JOINERS | {":"} or (
            toks[opening].line_break_before):
        return False
    before = i - 1
    if toks[before].text not in QUOTES or not _glued_before(before, toks):
        return False
    start = _opening_quote(before, toks)
    return start >= 0 and _a_title(start, before, toks, depth - 1)


def _glued_before(i: int, toks: list[Tok]) -> bool:
    return i > 0 and toks[i - 1].end == toks[i].start


def _glued_after(i: int, toks: list[Tok]) -> bool:
    return i + 1 < len(toks) and toks[i].end == toks[i + 1].start


def _opening_quote(index: int, toks: list[Tok]) -> int:
    """The quote opening the quoted stretch toks[index] stands in, on its line; -1 for none."""
    for i in range(index - 1, max(-1, index - 1 - _TITLE_REACH), -1):
        t = toks[i]
        if t.text in QUOTES:
            return i if _glued_after(i, toks) and not _glued_before(i, toks) else -1
        if t.line_break_before:
            return -1
    return -1


def _closing_quote(index: int, toks: list[Tok]) -> int:
    for i in range(index + 1, min(len(toks), index + 1 + _TITLE_REACH)):
        t = toks[i]
        if t.line_break_before:
            return -1
        if t.text in QUOTES:
            return i if _glued_before(i, toks) else -1
    return -1


def _after_a_work_word(opening: int, toks: list[Tok]) -> bool:
    """A work's word before the quote, past only naming words and numbers between (`manuset
    till`, `kortfilm som heter`, `avsnitt 9`); not past a speaker (`I boken säger Lina "…"`
    quotes her)."""
    for word in reversed(prev_words(toks, opening, _WORK_REACH)):
        if word in WORK_NOUNS:
            return True
        if not (word in _TITLE_LINKS or word.isdigit()):
            return False
    return False


# A broadcaster, a format or a catalogue's code opening the bracket after a title:
# `"Kvällen med Kerstin" (TV4)`, `"Bländat" (LP, …)`.
_MEDIA_MARKS: Final = frozenset({
    "tv4", "tv3", "svt", "svt1", "svt2", "svt24", "sr", "p1", "p2", "p3", "p4", "ur", "dr",
    "nrk", "nrk1", "yle", "bbc", "itv", "netflix", "hbo", "viaplay", "kanal5",
    "lp", "ep", "cd", "vinyl", "isbn", "isrc", "dvd", "pod", "podd", "podcast", "radio",
})


def _credited(closing: int, toks: list[Tok]) -> bool:
    """`"Tabletten" (Ebba Lindqvist, 2026)`, `"Kvällen med Kerstin" (TV4)`: a bracket right
    after, holding a credit's year after a comma or opening with a broadcaster or a format."""
    i = closing + 1
    if i >= len(toks) or toks[i].text != "(":
        return False
    if i + 1 < len(toks) and toks[i + 1].folded in _MEDIA_MARKS:
        return True
    for k in range(i + 2, min(len(toks), i + 8)):  # a year after a comma: a credit's
        t = toks[k]
        if t.text == ")":
            return False
        if len(t.text) == 4 and t.text.isdigit() and t.text[:2] in ("18", "19", "20") and (
                toks[k - 1].text == ","):
            return True  # `"Anna Berg" (f. 1985)` is her birth
    return False

