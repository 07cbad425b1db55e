"""IBANs (ISO 13616, mod-97 checked): the whole account whatever its country, in groups,
dashed or split by a line break, the country's code apart from its check digits, two joined
by a short word, or one right after the word `IBAN` whose check a slip of the keyboard broke;
a scan's O for 0 and l for 1 in an all-digit account read as digits."""

from __future__ import annotations

import re
from typing import Any, Final

from mailgate.scan.recognizers.anchored import Anchored
from mailgate.scan.recognizers.base import Hit, RegexRecognizer, cue_within
from mailgate.scan.recognizers.leading import fast

# Groups joined by a space, a dash or a line break: SE45 5000 0000 0583 9825 7466.
IBAN: Final = fast(re.compile(r"(?<![\w])[A-Z]{2}\d{2}(?:[ \t-]?\n?[A-Z0-9]){11,30}(?![\w])",
                              re.IGNORECASE))
# From the check digits back (anchored.py): the country's two letters after no word's.
_FROM_THE_DIGITS: Final = Anchored(IBAN, r"\d(?<=(?<![\w])([A-Z]{2})\d)")
# The country code in capitals apart from its check digits: `SE 45 5000 …` (a pattern of its
# own: IBAN's matches must not start at a word before a real one).
CODE_APART: Final = fast(re.compile(
    r"(?<![\w])[A-Z]{2}[ \t]\d{2}(?:[ \t-]?\n?[A-Z0-9]){11,30}(?![\w])"))
_JOINS: Final = re.compile(r"[\s-]")
# Right after an IBAN, a short word and another IBAN's start: `… 0837 en SE88 2258 …`.
_NEXT_IBAN: Final = re.compile(r"[ \t]+[^\W\d]{1,4}[ \t]+(?P<iban>[A-Z]{2}\d{2}[ \t-]?[A-Z0-9])")
_SWALLOWED: Final = 12  # characters from an IBAN's end to the next one's start


def iban_ok(raw: str) -> bool:
    """ISO 13616: move the first four characters last, letters to numbers, mod 97 == 1."""
    s = _JOINS.sub("", raw).upper()
    if not 15 <= len(s) <= 34:
        return False
    rearranged = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1


class IbanRecognizer(RegexRecognizer):
    ENTITY = "IBAN"
    PATTERNS = (_FROM_THE_DIGITS, CODE_APART)
    CONTEXT = ("iban", "konto", "account")

    def hits(self, text: str, nlp_artifacts: Any) -> list[Hit]:
        """As the base, and each IBAN a longer match swallowed after the one it checked:
        `SE13 9407 … 0837 en SE88 2258 …` (a short word reads as one more group)."""
        found = super().hits(text, nlp_artifacts)
        more: list[Hit] = []
        for hit in found:
            end = hit.end
            while (after := _NEXT_IBAN.search(text, end, end + _SWALLOWED)) is not None and (
                    nxt := self._first_valid(after, text)) is not None:
                more.append(nxt)
                end = nxt.end
        return found + more

    def _first_valid(self, match: re.Match[str], text: str) -> Hit | None:
        whole = IBAN.match(text, match.start("iban"))
        return self.judge(whole, text) if whole is not None else None

    def judge(self, match: re.Match[str], text: str) -> Hit | None:
        raw = match.group().rstrip()
        if match.re is CODE_APART:
            return _code_apart(match)
        # The greedy pattern may swallow a following word's start; trim until it checks out.
        while len(_JOINS.sub("", raw)) >= 15:
            if (iban_ok(raw) and _mostly_digits(raw)) or _misread(raw):
                return Hit(match.start(), match.start() + len(raw), 0.95)
            raw = raw[:-1].rstrip(" \t\n-")
        return _mistyped(match, text)


def _mostly_digits(raw: str) -> bool:
    """An account's own part is half digits at least: letters one by one are words (`XC60
    returned by Louise af Klint`), one length in 97 of which passes the check."""
    rest = _JOINS.sub("", raw)[4:]
    return 2 * sum(ch.isdigit() for ch in rest) >= len(rest)


# Lengths of the IBANs of the countries mail here names most (ISO 13616 registry).
IBAN_LENGTHS: Final = {"SE": 24, "NO": 15, "DK": 18, "FI": 18, "IS": 26, "DE": 22, "GB": 22,
                       "NL": 18, "PL": 28, "LT": 20, "LV": 21, "EE": 20, "FR": 27, "ES": 24,
                       "IT": 27, "AT": 20, "BE": 16, "CH": 21, "IE": 22, "PT": 25}
_IBAN_CUES: Final = frozenset({"iban", "iban-nummer", "ibannummer", "iban-nr"})


def _code_apart(match: re.Match[str]) -> Hit | None:
    """`SE 45 5000 …`: a listed country's code in capitals apart from the rest, the whole as
    long as that country's IBAN and checking out (`ca 50 tabletter …` is words)."""
    raw = match.group()
    length = IBAN_LENGTHS.get(raw[:2])
    if length is None:
        return None
    seen = 0
    for i, ch in enumerate(raw):
        seen += ch.isalnum()
        if seen == length:
            return Hit(match.start(), match.start() + i + 1, 0.95) if iban_ok(
                raw[: i + 1]) else None
    return None


def _mistyped(match: re.Match[str], text: str) -> Hit | None:
    """An IBAN whose check fails, right after the word `IBAN` and as long as its country's:
    a slip of the keyboard, still the account (as a personnummer with a wrong check digit)."""
    raw = match.group().rstrip()
    flat = _JOINS.sub("", raw).upper()
    if IBAN_LENGTHS.get(flat[:2]) != len(flat) or (flat[:2] == "SE" and not flat[4:].isdigit()):
        return None
    if not cue_within(text, match.start(), _IBAN_CUES, 20, last=2):
        return None
    return Hit(match.start(), match.end() - (len(match.group()) - len(raw)), 0.6)


# Countries whose account part is digits only: there a scan's O is a 0 and an l or I a 1.
_ALL_DIGITS: Final = frozenset({"SE", "NO", "DK", "FI", "DE", "PL", "ES", "AT", "BE", "EE",
                                "LT", "PT", "IS"})
_AS_DIGITS: Final = str.maketrans("OoIl", "0011")


def _misread(raw: str) -> bool:
    """`SE45 5OOO OOOO O583 9825 7466`: read as digits, as long as its country's IBAN and
    checking out (the length too: one string in 97 passes the check by chance)."""
    flat = _JOINS.sub("", raw)
    country, rest = flat[:2].upper(), flat[2:].translate(_AS_DIGITS)
    return country in _ALL_DIGITS and rest != flat[2:] and rest.isdigit() and (
        IBAN_LENGTHS.get(country) == len(flat)) and iban_ok(country + rest)
