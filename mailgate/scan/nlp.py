"""Presidio's NLP engine on spaCy's blank Swedish tokenizer, with lemmas for context words.

No Swedish spaCy model is installable here, and a blank pipeline leaves every lemma empty,
which silently disables Presidio's context words. We give each token a cheap lemma instead:
lower case, with the common Swedish definite and plural endings removed.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Final

from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine
from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP
from spacy.lang.sv import Swedish
from spacy.lang.sv.stop_words import STOP_WORDS as SV_STOP
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex
from spacy.vocab import Vocab

from mailgate.scan.wordsplit import WordSplitter

_ALNUM: Final = re.compile(r"[^\W_]")
LANGUAGES: Final = ("sv", "en")
VOCAB_LIMIT: Final = 300_000
SUFFIX_WINDOW: Final = 100
# The widest match of a suffix rule but the run of dots (`\.\.+`): a unit after a digit,
# `km³`, `mm²` (tests/scan/test_engine.py measures every rule's width).
SUFFIX_WIDEST: Final = 5
LONG_SPAN: Final = 500  # characters without a space that spaCy gets as one word; a URL is shorter
# Its guard keeps a failed try from starting again inside the same run (measured faster).
_LONG_RUN: Final = re.compile(rf"(?<!\S)\S{{{LONG_SPAN},}}")
STOP_WORDS: Final = {"sv": frozenset(SV_STOP), "en": frozenset(EN_STOP)}

# Longest first: "numret" before "et". Only endings that leave a stem of 4+ letters are cut,
# so short words (och, den, man) keep their form.
_SV_ENDINGS: Final = ("arna", "erna", "orna", "ens", "ets", "en", "et", "na", "ar", "er", "or")
_SV_IRREGULAR: Final = {"numret": "nummer", "numren": "nummer", "nummer": "nummer"}
_SV_IRREGULAR_FORMS: Final = tuple(_SV_IRREGULAR)


@functools.lru_cache(maxsize=1 << 16)
def swedish_lemma(word: str) -> str:
    """A crude lemma: good enough for context cues, not for linguistics."""
    low = word.lower()
    if not low[-1:].isalpha():
        return low  # 850312-1234, 070-123: every ending and form ends in a letter
    # Each loop only where one of its endings ends the word, asked at once (in C): most
    # words end in none of the irregular forms, many in no ending at all.
    if low.endswith(_SV_IRREGULAR_FORMS):
        for form, lemma in _SV_IRREGULAR.items():
            if low.endswith(form):
                return low[: -len(form)] + lemma
    if low.endswith(_SV_ENDINGS):
        for ending in _SV_ENDINGS:
            if low.endswith(ending) and len(low) - len(ending) >= 4:
                return low[: -len(ending)]
    return low


# Exported rows and pasted logs join their cells with `;` or `|` and no space
# (`Parkering;Jonas Berglund;polis`): spaCy's rules keep `Parkering;Jonas` one token, so
# the name in a cell was never a capitalised word of its own.
CELL_SEPARATORS: Final = (r"(?<=[^\s;|]);(?=[^\s;|])", r"(?<=[^\s;|])\|(?=[^\s;|])")
# spaCy splits a full stop off Latin, Greek and Cyrillic letters only: `არის.` and `ինձ.`
# stayed one word, so the name after them started no sentence. A stop after an Armenian,
# Georgian or Ethiopic letter, and those scripts' own stops and commas (`։`, `።`, `፣`), end
# the word (`ሩታ፣` is Ruta and a comma).
SCRIPT_STOPS: Final = (
    "(?<=[\u0531-\u0587\u10d0-\u10ff\u1200-\u135a])[.\u0589\u1361-\u1366]",)


def swedish_tokenizer() -> Tokenizer:
    """The tokenizer of spacy.blank("sv"), built from the same Swedish rules.

    spacy.blank() also populates spaCy's registries and validates a pipeline config: half a
    second of start-up for a pipeline with no components. The tokens are the same.

    Its vocabulary computes no lexical attribute (spaCy's Swedish has one, `like_num`): we
    read each token's text and offset only, and a first scan asked `like_num` of every new
    word (a hundredth of its time). No tokenizer rule reads a lexeme's attributes.
    """
    rules = Swedish.Defaults
    return Tokenizer(
        Vocab(lex_attr_getters={}),
        rules=rules.tokenizer_exceptions,
        prefix_search=_unless_letters(compile_prefix_regex(rules.prefixes or ()).search),
        suffix_search=_tail_search(
            compile_suffix_regex((*(rules.suffixes or ()), *SCRIPT_STOPS))),
        infix_finditer=_infixes(
            compile_infix_regex((*(rules.infixes or ()), *CELL_SEPARATORS)).finditer),
        token_match=rules.token_match,
        url_match=rules.url_match,
    )


@functools.cache
def _keyword_parts(language: str) -> Callable[[str], tuple[str, ...]]:
    """Presidio's keyword rule for one lemma of `language` (no stop word, no punctuation,
    split at `:`), remembered per lemma: one cache per language, so a look-up hashes the
    lemma alone (a dense MB has 200 000)."""
    stop = STOP_WORDS.get(language, STOP_WORDS["sv"])

    @functools.lru_cache(maxsize=1 << 16)
    def parts(lemma: str) -> tuple[str, ...]:
        low = lemma.lower()
        if low in stop or _ALNUM.search(lemma) is None:
            return ()
        if lemma in ("-PRON-", "be"):
            return ()
        return tuple(low.split(":"))

    return parts


class _Artifacts(NlpArtifacts):
    """NlpArtifacts whose keywords are computed once per distinct lemma, not per token."""

    @staticmethod
    def set_keywords(nlp_engine: Any, lemmas: list[str], language: str) -> list[str]:
        if not nlp_engine:
            return []
        # map, not a loop per token: a dense MB has 200 000 lemmas
        return list(itertools.chain.from_iterable(map(_keyword_parts(language), lemmas)))


def lowered_lemmas(artifacts: NlpArtifacts) -> list[str]:
    """The lemmas in lower case: ours are already (swedish_lemma, str.lower), so only
    another engine's are lowered (a dense MB has 200 000)."""
    if isinstance(artifacts, _Artifacts):
        return artifacts.lemmas
    return list(map(str.lower, artifacts.lemmas))


def _spaced(text: str) -> str:
    """`text` with every LONG_SPAN-th character of a very long run without spaces made a
    space, so the run reaches spaCy as several words: its affix splitting is quadratic in a
    word's length (40 KB of "a:b:" took 4 s). Same length, so every offset holds."""
    # The longest run found by str.split (the same whitespace as \s), in C: half the time
    # of searching for the run (a dense MB: 15 ms).
    if max(map(len, text.split()), default=0) < LONG_SPAN:
        return text
    return _LONG_RUN.sub(lambda m: _break(m.group()), text)


def _break(run: str) -> str:
    return " ".join(run[i + 1 if i else 0 : i + LONG_SPAN] for i in range(0, len(run), LONG_SPAN))


# No prefix, infix or suffix rule of spaCy's Swedish (nor ours) splits a word of letters
# alone, most of the words a tokenizer meets: it is not searched (tests/scan/test_engine.py).
def _unless_letters(search: Callable[[str], re.Match[str] | None]
                    ) -> Callable[[str], re.Match[str] | None]:
    def prefix(word: str) -> re.Match[str] | None:
        return None if word.isalpha() else search(word)

    return prefix


def _infixes(finditer: Callable[[str], Iterator[re.Match[str]]]
             ) -> Callable[[str], Iterator[re.Match[str]]]:
    def infixes(word: str) -> Iterator[re.Match[str]]:
        return iter(()) if word.isalpha() else finditer(word)

    return infixes


def _tail_search(pattern: re.Pattern[str]) -> Callable[[str], re.Match[str] | None]:
    """spaCy's suffix search, looking at a word's last SUFFIX_WINDOW characters only.

    The stock search scans the whole word for a match that ends at its end, once per suffix
    split off: quadratic in a long run of punctuation (10 KB of "(" took 10 s). Lookbehinds
    still see before the window; no suffix rule but a run of dots is longer than it. A word
    of letters alone is most words, and no suffix rule splits one: it is not searched.
    """

    def search(word: str) -> re.Match[str] | None:
        if word.isalpha():  # as _unless_letters
            return None
        # Every rule's match ends the word (or stands before a last line break): only a run
        # of dots is longer than SUFFIX_WIDEST, so a word not ending in two dots is tried at
        # its last few characters, not at each of a number's or an address's.
        window = SUFFIX_WINDOW if ".." in word[-3:] else SUFFIX_WIDEST + 1
        return pattern.search(word, max(0, len(word) - window))

    return search


class BlankNlpEngine(NlpEngine):
    """Tokenizes with spaCy's Swedish tokenizer; no NER, no model download."""

    def __init__(self, languages: Iterable[str] = LANGUAGES) -> None:
        self._languages = tuple(languages)
        self._nlp: dict[str, WordSplitter] = {}

    def load(self) -> None:
        # One Swedish tokenizer serves both languages: English reports are short, often mixed
        # with Swedish, and the two tokenizers differ only in contractions (don't, I'm).
        splitter = WordSplitter(swedish_tokenizer())
        self._nlp = {lang: splitter for lang in self._languages}

    def is_loaded(self) -> bool:
        return bool(self._nlp)

    def process_text(self, text: str, language: str) -> NlpArtifacts:
        # Plain strings, not the spaCy Doc: Presidio only needs len() and order, and every
        # pass over a Doc builds Token objects anew (a third of the scan time).
        nlp = self._nlp[language]
        if len(nlp.tokenizer.vocab) > VOCAB_LIMIT:
            # The vocabulary keeps every word ever seen; a long-running worker starts afresh.
            self.load()
            nlp = self._nlp[language]
        words, starts = nlp.split(_spaced(text))
        lemma = swedish_lemma if language == "sv" else str.lower
        return _Artifacts(
            entities=[],
            tokens=words,  # type: ignore[arg-type]  # Presidio only iterates and takes len()
            tokens_indices=starts,
            lemmas=list(map(lemma, words)),
            nlp_engine=self,
            language=language,
        )

    def process_batch(
        self, texts: Iterable[str], language: str, batch_size: int = 1, n_process: int = 1,
        **kwargs: Any,
    ) -> Iterator[tuple[str, NlpArtifacts]]:
        for text in texts:
            yield text, self.process_text(text, language)

    def is_stopword(self, word: str, language: str) -> bool:
        return word.lower() in STOP_WORDS.get(language, STOP_WORDS["sv"])

    def is_punct(self, word: str, language: str) -> bool:
        return _ALNUM.search(word) is None

    def get_supported_entities(self) -> list[str]:
        return []

    def get_supported_languages(self) -> list[str]:
        return list(self._languages)
