"""Sign-offs: one table of the words and phrases a writer closes with, and what each does.

The uses differ, so each row says which it serves; the recognisers read the named subsets
below, built once from the table (frozensets, one regex):
- LINE: a line of nothing but such words stands before the writer's name (`Tack!⏎Yasmin`,
  `Best, Annika`, `Thanks!! Jaylen`): words.py, judged.py, register.py;
- NAMES_AFTER: the writer's name follows on the same line (`… ring mig. mvh Orvik`,
  `Best regards, Krauvid`): holders.py. Not `tack`, which thanks someone else as often
  (`Tack Orvik för hjälpen`);
- CUE: the line below is a signature (`Hälsningar⏎Ida`): words.py;
- PHRASE: a word of a closing phrase only (`Med vänliga hälsningar`, `Vennlig hilsen`),
  counted with LINE's words when a signature runs on (words.py);
- OPENS: opens a signature's name line (`Mvh Gunnel`, `/Hälsningar, Ida Sund`), phrases
  written out: signed.py's regex.
"""

from __future__ import annotations

from typing import Final

# What a row serves (plain strings: the table is read once, at import).
LINE: Final = "line"
NAMES_AFTER: Final = "names after"
CUE: Final = "cue"
PHRASE: Final = "phrase"
OPENS: Final = "opens"

SIGN_OFFS: Final[dict[str, tuple[str, ...]]] = {
    # Swedish
    "mvh": (LINE, NAMES_AFTER, CUE, OPENS),
    "vh": (LINE, NAMES_AFTER, OPENS),
    "hälsningar": (LINE, NAMES_AFTER, CUE, OPENS),
    "hälsning": (PHRASE, NAMES_AFTER, CUE, OPENS),
    "med vänlig hälsning": (OPENS,),
    "vänliga hälsningar": (OPENS,),
    "med": (PHRASE,),
    "vänliga": (PHRASE,),
    "vänlig": (PHRASE,),
    "hjärtliga": (PHRASE,),
    "varma": (PHRASE,),
    "tack": (LINE, CUE),
    "tackar": (LINE,),
    "vänligen": (LINE, CUE),
    "kram": (LINE,),
    "kramar": (LINE,),
    "bästa": (LINE,),
    "många": (LINE,),
    "stort": (LINE,),
    "så": (LINE,),
    "mycket": (LINE,),
    "hälsar": (CUE,),  # Anna hälsar⏎…
    "från": (CUE,),  # Från:⏎…, hälsningar från⏎…
    # English
    "regards": (LINE, NAMES_AFTER, CUE, OPENS),
    "kind regards": (OPENS,),
    "best regards": (OPENS,),
    "cheers": (LINE, CUE, OPENS),
    "thanks": (LINE, CUE, OPENS),
    "thank": (LINE,),
    "you": (LINE,),
    "kind": (LINE,),
    "best": (LINE,),
    "br": (LINE,),
    "warm": (LINE,),
    "warmly": (LINE,),
    "love": (LINE,),
    "hugs": (LINE,),
    "yours": (LINE,),
    "sincerely": (LINE,),
    # Norwegian, Danish, Finnish, Polish, German, Dutch, Spanish, French
    "hilsen": (LINE, NAMES_AFTER, CUE),
    "hilsner": (LINE, NAMES_AFTER, CUE),
    "vennlig": (PHRASE,),
    "venlig": (PHRASE,),
    "terveisin": (LINE, NAMES_AFTER, CUE),
    "pozdrawiam": (LINE, NAMES_AFTER, CUE),
    "poważaniem": (NAMES_AFTER,),
    "grüßen": (NAMES_AFTER,),
    "grüsse": (NAMES_AFTER,),
    "grüße": (NAMES_AFTER,),
    "groeten": (NAMES_AFTER,),
    "saludos": (NAMES_AFTER,),
    "cordialement": (NAMES_AFTER,),
}


def _serving(use: str) -> frozenset[str]:
    return frozenset(word for word, uses in SIGN_OFFS.items() if use in uses)


CLOSINGS: Final = _serving(LINE)
SAME_LINE_CLOSINGS: Final = _serving(NAMES_AFTER)
SIGNATURE_CUES: Final = _serving(CUE)
# A closing's words, its phrases' too (Med vänliga hälsningar, Vennlig hilsen).
CLOSING_WORDS: Final = CLOSINGS | _serving(PHRASE)
# Longest first, so a phrase is tried before the word ending it.
OPENING_SIGN_OFFS: Final = tuple(sorted(_serving(OPENS), key=lambda w: (-len(w), w)))
