"""A person's name inside a line written in Title Case, where capitals say nothing: the
given name and surname ending the run after a title (`Shift Supervisor Lina Carlsson`),
standing between the heading's link words (`Anteckningar Från Mötet Med Vera Lund`), or
opening a signature's line before its comma (`Melker Björklid, Restaurant Manager, …`)."""

from __future__ import annotations

from typing import Final

from mailgate.scan.recognizers.everyday import english_words
from mailgate.scan.recognizers.runs import STRONG_CUES, Run
from mailgate.scan.recognizers.vouched import NAME_SHAPE, WORD_ENDING
from mailgate.scan.recognizers.words import Tok


def full_name_in_a_title(toks: list[Tok]) -> Run | None:
    """The full name a Title Case run holds, if any."""
    return _a_full_name_at_the_end(toks) or _a_full_name_after_a_link(toks)


def _a_full_name_at_the_end(toks: list[Tok]) -> Run | None:
    """The last two words of a run when they are a given name and a surname (neither a word
    of the language nor a place): the name after a title in a line of capitals."""
    if len(toks) < 3:
        return None
    first, last = toks[-2], toks[-1]
    if first.info.first and last.info.last and not (
            last.info.common or last.info.negative or (
                first.info.negative and not first.drug_word)):  # Molly Lindqvist is hers
        return Run(toks[-2:])
    return None


# Words a Title Case heading capitalises between its parts: `Samtal Med Vera Lund Om
# Hyran`, `Protokoll Fört Av Lina Ek`, `Meeting With Hope Stone`.
_TITLE_LINKS: Final = frozenset({"med", "och", "om", "från", "till", "för", "av", "hos", "mot",
                                 "efter", "angående", "with", "and", "from", "for", "of", "by",
                                 "about", "to", "the"})


def titled(run: Run, words: list[Tok]) -> bool:
    """A run whose capitals say nothing: in a Title Case line (a strong cue before it still
    speaks) not all names, or a Title Case run in any line."""
    return (run.toks[0].line_is_title and run.toks[0].cue not in STRONG_CUES and not all(
        t.info.first or t.info.last for t in words)) or _linked_in_title_case(words)


def name_in_a_title(run: Run, toks: list[Tok]) -> Run | None:
    """The full name a titled run holds, or the signature opening its line."""
    return full_name_in_a_title(run.toks) or signed_at_a_line_start(run, toks)


def _linked_in_title_case(words: list[Tok]) -> bool:
    """A run that capitalises a link word after its first word (`Ung Och Trygg`, `Mary Of
    The Night`, `Rosa Mot Narkotika`) is a title written in Title Case, in any line: a name
    joins no such word. Runs of listed names alone stay (`Amra Och Jusuf`, sloppy capitals)."""
    return any(t.folded in _TITLE_LINKS and t.text[0].isupper() for t in words[1:]) and not all(
        t.info.first or t.info.last for t in words if t.folded not in _TITLE_LINKS)


def _a_full_name_after_a_link(toks: list[Tok]) -> Run | None:
    """In a Title Case line, a given name and a surname between two of its link words, its
    start or its end (`Anteckningar Från Mötet Med Vera Lund`, `Vera Lund Om Sömn`): the
    surname may be a place or a word too (Lund, Berg) when the given name is none, as `Karin
    Lund` mid-sentence is a name."""
    links = [i for i, t in enumerate(toks) if t.folded in _TITLE_LINKS]
    starts = [-1, *links] if links and links[0] > 0 else links  # Vera Lund Om Xanax Och
    for at, nxt in zip(starts, [*starts[1:], len(toks)], strict=False):
        part = toks[at + 1 : nxt]
        if len(part) == 2 and _given_and_surname(part[0], part[1]):
            return Run(part)
    return None


def _given_and_surname(first: Tok, last: Tok) -> bool:
    """A given name and a surname, one of them in no other use (a word or a place) and
    neither a drug's name: Vera Lund, Britt Kjellberg; not Lina Björk (two words), Rosa Berg.
    A street name that is also a given name only with a surname in no other use (`Molly
    Lindqvist`, not `Tina Och`)."""
    plain_last = not (last.info.common or last.info.negative)
    if not (first.info.first and (last.info.last or last.info.shaped)) or last.drug_word or (
            first.drug_word and not plain_last) or (
            first.info.negative and not first.drug_word):
        return False
    return not first.info.common or plain_last


def signed_at_a_line_start(run: Run, toks: list[Tok]) -> Run | None:
    """A common given name and a surname-shaped word in no list opening a line, or a label's
    value, before a comma: a signature's `Name, Title, Company`, which English writes in Title
    Case, and `Referent 1: Gunnel Thorsell, fd chef Hedbergs Plåt & Ventilation`."""
    if len(run.toks) != 2:
        return None
    first, last = run.toks
    after = last.index + 1
    opens = first.line_break_before or (first.index > 0 and toks[first.index - 1].text == ":")
    if not (opens and after < len(toks) and toks[after].text == ","):
        return None
    if not (first.info.first and first.info.core) or first.info.negative or first.drug_word:
        return None
    if last.info.name or last.info.common or last.info.negative or last.drug_word or (
            NAME_SHAPE.match(last.text) is None or WORD_ENDING.search(last.folded)
            or last.folded in english_words()):
        return None
    return run
