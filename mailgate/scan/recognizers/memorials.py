"""Things a death's paperwork names after people: the church or parish hall named after a
saint or a queen (`Sofia kyrka`, `Adolf Fredriks församlingssal`), the tune played at the
funeral (`Gabriellas sång`, `Idas sommarvisa`, `Annie's Song`), the funeral firm or
stonemason named after its founder (`Berndt Melins Begravningsbyrå`, `Stilla Begravningar`)
and the memorial fund (`Maja Lundgrens stipendiefond`, `Callum Reid Memorial Fund`).

Each is told by the word right after the name, on the same line: no one is written
`Anna kyrka`, and a firm's or a fund's word names the firm or the fund, not its founder.
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan.recognizers.words import Tok

# A church's, chapel's or parish hall's word after its patron's name: Sofia kyrka, Katarina
# församlingshem, Sankt Lars kyrkogård. Indefinite forms only: that is how buildings are named.
_PARISH_WORDS: Final = frozenset({
    "kyrka", "kapell", "församlingshem", "församlingssal", "församlingsgård", "församlingshus",
    "kyrkogård", "begravningsplats", "domkyrka", "gravkapell", "begravningskapell",
    "minneslund", "griftegård", "kyrksal", "klosterkyrka", "stiftsgård",
})
# A funeral firm's, stonemason's or memorial's word, capitalised as part of its name or not:
# Stilla Begravningar, Nilssons Stenhuggeri, William Purves Funeral Directors.
_FIRM_WORDS: Final = frozenset({
    "begravningar", "begravning", "begravningsbyrå", "begravningsbyrån", "begravningsbyråer",
    "begravningsservice", "begravningstjänst", "stenhuggeri", "stenhuggeriet", "gravvårdar",
    "gravstenar", "stenindustri", "funeral", "funerals", "undertakers", "memorials",
    "memorial", "fund", "foundation", "trust", "bedemandsforretning", "begravelsesbyrå",
    "hautaustoimisto",
})
# Those also said of someone's funeral or memory: a firm's only capitalised (Hansson
# Begravning), never in lower case (`Noels begravning`, `his memorial`).
_ALSO_AN_EVENT: Final = frozenset({"begravning", "begravningar", "funeral", "funerals",
                                   "memorial", "memorials", "fund", "trust"})
# Lower-case words after a genitive naming a tune, a fund or a prize: Gabriellas sång,
# Idas sommarvisa, Emmas vals, Maja Lundgrens stipendiefond.
# Not a bare `fond`: Eriks fond, Annas indexfond are their savings.
_AFTER_GENITIVE_ENDINGS: Final = ("sång", "visa", "psalm", "ballad", "hymn", "minnesfond",
                                  "minnesfonden", "stipendiefond", "stipendiefonden",
                                  "stiftelse", "stiftelsen")
# Capitalised words after an English or Swedish genitive naming a tune: Annie's Song.
_TUNE_WORDS: Final = frozenset({"song", "sång", "visa", "waltz", "lullaby", "hymn", "ballad"})


# A cemetery's block before its name: gravplats i kvarter Maria, kvarteret Sofia nr 114.
_BLOCK_WORDS: Final = frozenset({"kvarter", "kvarteret", "gravkvarter", "gravkvarteret"})


def a_memorial_thing(run: list[Tok], toks: list[Tok]) -> bool:
    """The run names a church, tune, funeral firm, fund or a cemetery's block by the word
    after it (or, for a block, before it)."""
    last = run[-1]
    if run[0].index > 0 and toks[run[0].index - 1].folded in _BLOCK_WORDS:
        return True
    if any(t.folded in _FIRM_WORDS for t in run[1:]):
        return True  # the firm's word read into the name: Stilla Begravningar
    i = last.index + 1
    if i < len(toks) and toks[i].text in ("'", "’"):
        i += 1  # Andreas' sång
    if i >= len(toks) or toks[i].line_break_before:
        return False
    nxt = toks[i]
    folded = nxt.folded
    if (folded in _FIRM_WORDS and (nxt.capital or folded not in _ALSO_AN_EVENT)) or (
            nxt.text.islower() and folded in _PARISH_WORDS):
        return True
    genitive = last.text.endswith(("s", "s'", "'s", "’s")) or i > last.index + 1
    return genitive and (
        (nxt.text.islower() and folded.endswith(_AFTER_GENITIVE_ENDINGS))
        or (nxt.capital and folded in _TUNE_WORDS))


def a_memorial_hit(start: int, end: int, toks: list[Tok]) -> bool:
    """A name found between others (`Mikaela Sandström, Sofia kyrka`) that is a church's."""
    run = [t for t in toks if start <= t.start and t.end <= end]
    return bool(run) and a_memorial_thing(run, toks)


# A life's span or a birth's star or a death's cross after a name: a headstone's or a
# notice's text (ROLF SANDVIK 1958–2026, KERSTIN ALMQVIST *1948 †2026), never a pill's.
_LIFE: Final = re.compile(r"[*†✝]|(?:1[89]|20)\d\d[–—-](?:1[89]|20)\d\d(?!\d)")


def a_life_after(run: list[Tok], toks: list[Tok]) -> bool:
    """`Texten blir: ROLF SANDVIK 1958–2026`: the name engraved is someone's."""
    i = run[-1].index + 1
    if i >= len(toks) or toks[i].line_break_before:
        return False
    ahead = "".join(t.text for t in toks[i : i + 3] if not t.line_break_before)
    return _LIFE.match(ahead) is not None


# A grave's words beside a stamp's (`texten på stenen`): the text is a headstone's.
_GRAVE_WORDS: Final = frozenset({"sten", "stenen", "plattan", "gravsten", "gravstenen",
                                 "gravstenens", "stenens", "gravvården", "minnessten",
                                 "minnesstenen", "headstone", "gravestone", "graven"})


def engraved(words: list[str]) -> bool:
    return not _GRAVE_WORDS.isdisjoint(words)
