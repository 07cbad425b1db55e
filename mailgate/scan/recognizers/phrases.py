"""Where the text's words spell a negative phrase (`Mary Jane`, `Mr. Bean`, `Pablo
Escobar-stämpel`, `S:t Görans`): the indexes of those words, read from the words' strings."""

from __future__ import annotations

from itertools import compress, count

from mailgate.scan.kinwords import KIN_IN_LOWER_CASE
from mailgate.scan.recognizers.wordfacts import phrase_key, phrases_by_first_word, word_key


def negative_phrase_words(texts: list[str]) -> set[int]:
    """Indexes of the words in `texts` (the tokens' texts, in order) that make a negative
    phrase. Punctuation (no key) is skipped; a phrase's last word may be the first part of
    a compound. Only words that open a phrase are followed: a dense MB has 200 000 words
    and a few dozen such openings, so only the distinct words are keyed up front and the
    words after an opening as it is followed."""
    by_first = phrases_by_first_word()
    # A word's key is `phrase_key` of it when it has a letter or digit, else None: read
    # first without `word_key`'s cache (a dense text's numbers are new words, each a miss
    # there), and asked of `word_key` only for the few that pass.
    openers = {text for text in set(texts)
               if phrase_key(text) in by_first and word_key(text) in by_first
               and text not in KIN_IN_LOWER_CASE}
    out: set[int] = set()
    if not openers:
        return out
    for i in compress(count(), map(openers.__contains__, texts)):
        for phrase in by_first[word_key(texts[i])]:  # type: ignore[index]  # an opener's
            at = _keyed(texts, i, len(phrase))
            window = [word_key(texts[j]) for j in at]
            last = window[-1]
            if last is not None and "-" in last:
                window[-1] = phrase_key(last.split("-", 1)[0])
            if tuple(window) == phrase or _genitive_of(window, phrase):
                out.update(at)
                break
    return out




def _genitive_of(window: list[str | None], phrase: tuple[str, ...]) -> bool:
    """`Svenska kyrkans`, `Röda korsets`, `Walter White's`: the phrase with its last word in
    the genitive."""
    last = window[-1]
    if last is None or not last.endswith("s") or len(window) != len(phrase):
        return False
    stem = last[:-2] if last.endswith(("'s", "’s")) else last[:-1]
    return (*window[:-1], stem) == phrase


def _keyed(texts: list[str], i: int, n: int) -> list[int]:
    """The indexes of the first `n` words with a key from `i` on (fewer at the end)."""
    at: list[int] = []
    while i < len(texts) and len(at) < n:
        if word_key(texts[i]) is not None:
            at.append(i)
        i += 1
    return at
