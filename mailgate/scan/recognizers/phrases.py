"""Where the text's words spell a negative phrase (`Mary Jane`, `Mr. Bean`, `Pablo
Escobar-stämpel`, `S:t Görans`): the indexes of those words, read from the words' strings."""

from __future__ import annotations

from mailgate.scan.recognizers.wordfacts import phrase_key, phrases_by_first_word, word_key


def negative_phrase_words(texts: list[str]) -> set[int]:
    """Indexes of the words in `texts` (the tokens' texts, in order) that make a negative
    phrase. Punctuation (no key) is skipped; a phrase's last word may be the first part of
    a compound. Only words that open a phrase are followed: a dense MB has 200 000 words
    and a few dozen such openings, so the keys are not paired with indexes up front."""
    by_first = phrases_by_first_word()
    keys = list(map(word_key, texts))  # None for punctuation
    out: set[int] = set()
    for i in [i for i, key in enumerate(keys) if key in by_first]:
        for phrase in by_first[keys[i]]:  # type: ignore[index]  # not None: in by_first
            at = _keyed(keys, i, len(phrase))
            window = [keys[j] for j in at]
            last = window[-1]
            if last is not None and "-" in last:
                window[-1] = phrase_key(last.split("-", 1)[0])
            if tuple(window) == phrase:
                out.update(at)
                break
    return out


def _keyed(keys: list[str | None], i: int, n: int) -> list[int]:
    """The indexes of the first `n` words with a key from `i` on (fewer at the end)."""
    at: list[int] = []
    while i < len(keys) and len(at) < n:
        if keys[i] is not None:
            at.append(i)
        i += 1
    return at
