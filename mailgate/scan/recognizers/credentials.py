"""A name by the degree written after it: `Ivy Hart, MD`, `Rose Lind, RN`. Names that are
also words (`Hart`, `Ivy`, `Rose`) are someone's there, as a signature's degree says."""

from __future__ import annotations

from typing import Final

from mailgate.scan.recognizers.words import Tok

# Degrees and licences written after a name and a comma: `Ivy Hart, MD`, `Rose Lind, RN`.
CREDENTIALS: Final = frozenset({"md", "phd", "rn", "bsn", "msn", "np", "dds", "dvm", "msc",
                                "mph", "frcp", "frcs", "pharmd", "mbbs", "ssk", "usk"})


def credentialed(run: list[Tok], toks: list[Tok]) -> bool:
    """Two or three listed names, then a comma and a degree (not a state and its zip code:
    `Silver Spring, MD 20910`)."""
    i = run[-1].index + 1
    if not (i + 1 < len(toks) and toks[i].text == "," and toks[i + 1].folded.replace(
            ".", "") in CREDENTIALS) or not 2 <= len(run) <= 3:
        return False
    after = toks[i + 2].text if i + 2 < len(toks) else ""
    return not after[:1].isdigit() and all(
        (t.info.first or t.info.last) and not t.info.negative for t in run)
