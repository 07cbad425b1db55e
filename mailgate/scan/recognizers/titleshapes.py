"""Runs shaped as a work's title, not as anyone's name: a number of an episode or a part
after it (`Fredagsfika med Fors #25`, `Tant Grön del 3`, `Lars Lyssnar #7`), a genre word as
its subtitle after a colon (`Lilla Märta: en biografi`), or after a new or picked work's word
and a colon (`Ny ljudbok: Herr Svensson flyttar`, `Nytt avsnitt: Tant Grön`); and a seller's
alias by a role word capitalised inside a sentence (`säljaren Doktor Stål`).

No one is numbered by `#`, `del` or `avsnitt`; a name before a colon opens a chat's line
(`Anna Berg: en fråga`), so a subtitle must be a genre's word. After a work's word and a colon
a full name unquoted is still a person's (`Ny bok: Anna Svensson`, as after thingheads.py's
heads), and a form's label alone is followed by its writer (`Rapport: …`). Asked of each run
judged a name (aside.py): a few neighbours looked at, no pass.
"""

from __future__ import annotations

from typing import Final

from mailgate.scan.recognizers.words import Tok
from mailgate.scan.thingcues import THING_HEADS

# Words numbering a part of a series right after its title: `del 3`, `avsnitt 14`, `vol. 2`
# (not `nr`: a player's or a runner's number follows a person, `Anna Berg nr 7`).
_PART_WORDS: Final = frozenset({"del", "avsnitt", "vol", "volym", "part", "ep", "episode",
                                "säsong", "season"})
# A subtitle's genre after a colon: `: en biografi`, `: roman`, `: a memoir`.
_GENRES: Final = frozenset({
    "roman", "biografi", "självbiografi", "memoar", "berättelse", "novell", "noveller",
    "deckare", "thriller", "diktsamling", "dikter", "bilderbok", "kokbok", "handbok",
    "antologi", "essä", "essäer", "reportagebok", "rapport", "dokumentär", "krönika",
    "kortroman", "ungdomsroman", "barnbok", "seriealbum", "guide",
    "novel", "memoir", "biography", "story", "stories", "poems", "report",
})
_ARTICLES: Final = frozenset({"en", "ett", "a", "an", "the"})
# A work's word before a colon and the title, as a list's heading writes it after a word
# for new or picked (`Nytt avsnitt:`, `Ny ljudbok:`, `Veckans bok:`); a form's label alone
# (`Rapport: Anna Berg`) is followed by its writer.
_WORK_WORDS: Final = frozenset(THING_HEADS["work"]) | frozenset({
    "avsnitt", "bok", "ljudbok", "podd", "podcast", "film", "serie", "låt", "singel", "album",
    "pjäs", "föreställning", "dokumentär", "roman", "deckare", "bilderbok", "rapport"})
_PICKED: Final = frozenset({"ny", "nytt", "nya", "veckans", "månadens", "årets", "dagens",
                            "new", "latest"})


def a_titled_run(run: list[Tok], toks: list[Tok]) -> bool:
    """The run is a title by its shape (numbered, subtitled, after a work's word) or an
    alias by its role word."""
    after = run[-1].index + 1
    return _numbered(after, toks) or _subtitled(after, toks) or (
        _after_a_work_word(run, toks)) or an_alias(run) or _styled_of(run) or (
        _a_title_with(run, toks))


def _numbered(i: int, toks: list[Tok]) -> bool:
    """`#25`, `del 3`, `avsnitt 14` right after the run, on its line."""
    if i + 1 >= len(toks) or toks[i].line_break_before or toks[i + 1].line_break_before:
        return False
    word, number = toks[i], toks[i + 1]
    if _a_plans_year(word) and number.text == ":":
        return True  # Viktor 2030: en kartläggning, a plan's or a report's year
    if word.text == "#":
        return number.start == word.end and number.text.isdigit()  # #25, not `# 25`
    return word.folded.rstrip(".") in _PART_WORDS and number.text.isdigit()


# A plan's or a programme's target year after its name, then a colon (`Vision 2030:`,
# `Viktor 2030: en kartläggning`): a round year ahead, past the dates of a diary or a log
# that a name goes with (`Möte med Viktor 2026:`).
_PLAN_YEARS: Final = range(2030, 2100, 5)


def _a_plans_year(tok: Tok) -> bool:
    return len(tok.text) == 4 and tok.text.isdigit() and int(tok.text) in _PLAN_YEARS


def _subtitled(i: int, toks: list[Tok]) -> bool:
    """`: en biografi`, `: roman`: a colon and a genre's word, on the run's line."""
    if i + 1 >= len(toks) or toks[i].text != ":" or toks[i + 1].line_break_before:
        return False
    j = i + 1
    if toks[j].folded in _ARTICLES and j + 1 < len(toks):
        j += 1
    return not toks[j].capital and toks[j].folded in _GENRES


def _after_a_work_word(run: list[Tok], toks: list[Tok]) -> bool:
    """`Ny ljudbok: Herr Svensson flyttar`: a new or picked work's word, a colon, then the
    run; a full name unquoted stays a person's."""
    i = run[0].index - 1
    if i < 2 or toks[i].text != ":" or run[0].line_break_before:
        return False
    if toks[i - 1].folded not in _WORK_WORDS or toks[i - 2].folded not in _PICKED:
        return False
    first, last = run[0], run[-1]
    return not (len(run) >= 2 and first.info.first and last.info.last and not last.info.first)


# Swedish role and rank words, which Swedish writes in lower case before a person's name
# (`doktor Lind`); capitalised inside a sentence they open an alias or a character
# (`säljaren Doktor Stål`, `att Baron Benzo`). Not the English ones, capitalised before anyone
# (`Professor Quraishi`, `General`, `Lord`), nor kin and order words, capitalised before
# given names no list holds (`Farbror Ghebre`, `Bror Tesfay`), as the dev halves showed.
_ALIAS_HEADS: Final = frozenset({
    "doktor", "kung", "drottning", "prins", "prinsen", "prinsessan", "prinsessa", "kapten",
    "baron", "baronen", "greve", "greven", "grevinnan", "hertig", "hertiginnan", "fröken",
    "generalen", "löjtnant", "amiral", "amiralen", "kommissarie", "sheriffen", "mäster",
    "mästare",
})


def an_alias(run: list[Tok]) -> bool:
    """`Doktor Stål`, `Drottning Dos` inside a sentence: a role's word capitalised, then one
    word no name list holds. A listed surname stays a person's (`Doktor Lindqvist`), and so
    does any pair at a sentence's or a line's start, where every word is capitalised."""
    if len(run) < 2:
        return False
    head, word = run[-2], run[-1]
    return head.folded in _ALIAS_HEADS and head.capital and not (
        head.sentence_start or head.line_break_before or head.line_is_shouting) and not (
        word.info.name or word.initial or word.quoted or word.text.isupper())


# A style's head in its definite form before `av` and what it rules: `Prinsen av Piller`,
# `Kungen av Kemi`, a seller's alias as a royal's or a lord's title is written (no one's name
# has `av` after such a word; nobility writes `af`, `von`).
_STYLED_HEADS: Final = frozenset({
    "prinsen", "prinsessan", "kungen", "drottningen", "hertigen", "hertiginnan", "greven",
    "grevinnan", "baronen", "kejsaren", "tsaren", "mästaren", "herren", "härskaren",
})


def _styled_of(run: list[Tok]) -> bool:
    """`Prinsen av Piller`: a style's head, `av`, and a word no name list holds."""
    if len(run) < 3:
        return False
    head, of, word = run[-3], run[-2], run[-1]
    return head.folded in _STYLED_HEADS and of.folded == "av" and not (
        word.info.name or word.initial or word.text.isupper())


def _a_title_with(run: list[Tok], toks: list[Tok]) -> bool:
    """`podden Kemi med Kim`, `i Snacka med Sixten`: a name alone after `med` and a word
    capitalised inside a sentence that is no name and no place, itself after a work's word
    or `i`: a show's title and its host, as `Fika med Fors`. A place, a firm or a name
    before `med` stays (`i Vårby med Kim` is Kim's only with Vårby listed as a place)."""
    i = run[0].index
    if len(run) != 1 or i < 3 or toks[i - 1].folded != "med":
        return False
    head, before = toks[i - 2], toks[i - 3]
    return head.capital and head.alpha and not (
        head.sentence_start or head.line_break_before or head.info.name or head.info.negative
        or head.institution or head.text.isupper()) and (
        before.folded in _WORK_WORDS or before.folded == "i")
