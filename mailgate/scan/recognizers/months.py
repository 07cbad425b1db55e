"""Month names as dates of birth write them, in the languages reports come in, and the
Swedish stop words a name beside a date is looked up against."""

from __future__ import annotations

from typing import Final

from spacy.lang.sv.stop_words import STOP_WORDS as SV_STOP

STOP_WORDS: Final = frozenset(SV_STOP)

_MONTH_NAMES: Final = (
    "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
    "oktober", "november", "december", "january", "february", "march", "may", "june", "july",
    "august", "october", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "okt",
    "nov", "dec",
    # German, and Polish in the genitive that a date takes (12 marca 1985)
    "januar", "februar", "märz", "mai", "oktober", "dezember",
    "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
    "września", "października", "listopada", "grudnia",
)
# Longest first, so "June" is not cut to "Jun".
MONTHS: Final = "(?:" + "|".join(sorted(_MONTH_NAMES, key=len, reverse=True)) + r")\.?"

# Months abroad as a lone name after a day's number reads them (loneframes.py: `Am 2. Mai`,
# `3 de Julio`): German, Spanish, French, Italian, Portuguese, and the Nordic ones written
# with a capital; many are given names too, so they stay out of MONTHS' dates of birth.
MONTHS_ABROAD: Final = frozenset({
    "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
    "oktober", "november", "dezember", "enero", "febrero", "marzo", "abril", "mayo", "junio",
    "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre", "janvier", "février",
    "mars", "avril", "juin", "juillet", "août", "octobre", "novembre", "décembre", "gennaio",
    "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre",
    "janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro",
    "dezembro", "maj", "augusti", "mei",
})

# Weekdays as schedules open their lines with them (`Thu: outing`, `Tor: utflykt`), whole and
# shortened; some are given names too (`Tor`, `Thu`, `Tue`), so only two or more such lines
# make a schedule.
WEEKDAYS: Final = frozenset({
    "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
    "mån", "tis", "ons", "tor", "tors", "fre", "lör", "sön",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
})
_SCHEDULE_DAYS: Final = 2  # distinct weekdays that make lines a schedule's


def schedule_days(openers: list[str]) -> set[str]:
    """The line openers that are a schedule's days: weekdays, two or more distinct ones
    (`Tor` speaking twice in a chat is no schedule). Asked by tokenized.py of its tokens and
    by chatmates.py of its lines' openers."""
    days = {o for o in openers if o.casefold().rstrip(".") in WEEKDAYS}
    return days if len({d.casefold() for d in days}) >= _SCHEDULE_DAYS else set()
