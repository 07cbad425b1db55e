"""A run of capitals right after a definite article, a neuter one or a demonstrative names a
thing: `ett Volvo Penta`, `the Grace Darling`, `denna Maria Lang-deckare`. A person is
brought in by a role or stands bare (`kuratorn Anna Berg`, `Anna Berg ringde`); `en` and `a`
stay out (`en Mattias Rönn`, `a J. Moreno`: someone the writer does not know), and so do
possessives (`vår Anna`, `our Sarah`: a colleague spoken of warmly), `det` and `den`, which
also open a clause (`det Anna sa`)."""

from __future__ import annotations

from typing import Final

from mailgate.scan.recognizers.words import Tok

DETERMINERS: Final = frozenset({
    "ett", "denna", "detta", "dessa", "the", "this", "these", "those",
})


def after_a_determiner(words: list[Tok], toks: list[Tok]) -> bool:
    """Two words or more, the word right before the first on its line a thing's determiner."""
    i = words[0].index
    return len(words) >= 2 and i > 0 and not words[0].line_break_before and (
        toks[i - 1].folded in DETERMINERS)
