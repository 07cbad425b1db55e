"""Who writes where: pseudonyms that forum, market and chat voices name without a handle's marks.

- A role on a forum or market, then the name: `Vendor NordicPharma_SE`, `Another buyer,
  lazylotus, writes`, `a user called xX_pillz_Xx`, `Reply by goteborgsgrabben:`.
- A quoted name with a platform right after it: `the host is "Daddy M" on Grindr`.
- The speakers of a pasted chat (`> lilla_my: nån som har?`, `> B-rad: skriv till ali`):
  once two lines of a text start with a speaker and one of them is handle-shaped, the text
  is a chat, and every speaker in it is someone (mail header labels excepted).
A handle's marks alone (`erik_92`, `@mixmaster`) are handle.py's.
"""

from __future__ import annotations

import re
from typing import Any, Final

from mailgate.scan.drugcues import DRUG_TALK, PILL_WORDS
from mailgate.scan.names import is_negative
from mailgate.scan.recognizers.base import Hit, RegexRecognizer, has_cue, words_before
from mailgate.scan.recognizers.gated import Gated
from mailgate.scan.recognizers.handle import PLATFORM_NAMES, an_organisations, handle_shaped
from mailgate.scan.recognizers.thingheads import NAMING_VERBS
from mailgate.scan.recognizers.wordfacts import STOP_WORDS
from mailgate.scan.thingcues import NAMED_PLACES

_PSEUDONYM: Final = r"[A-Za-z][\w.-]{2,29}(?<![.-])(?![\w@])"
ROLE: Final = re.compile(
    r"(?<![\w-])(?:(?P<role>vendor|seller|buyer|user|member|poster|köpare|köparen|säljare"
    r"|säljaren|användare|användaren|medlem|medlemmen|leverantör|leverantören)"
    r"|(?:post(?:ed)?|reply|replied|comment|review|message|inlägg|svar|kommentar)\s(?:by|from|av|från))"
    r"(?P<join>\s(?:called|named|kallad|som\sheter|med\snamnet)\s|,\s|:\s|\s)(?P<quote>[\"'“”])?"
    r"(?P<name>" + _PSEUDONYM + r")(?P<after>[,:\"'“”])?",
    re.IGNORECASE,
)
QUOTED_ON: Final = re.compile(
    r"[\"“”](?P<name>[^\"“”\n]{2,30})[\"“”]\s(?:on|på|via|i)\s(?:" + PLATFORM_NAMES + r")(?![\w-])",
    re.IGNORECASE,
)
# A chat line's time or platform before its speaker: `[00:14:22] `, `[Snap 01:19] `, `23:02 `.
_STAMP: Final = r"(?:\[[^\]\n]{1,24}\][ \t]*|\d{1,2}[:.]\d{2}(?:[:.]\d{2})?[ \t])?"
SPEAKER: Final = re.compile(
    r"^[ \t]*(?:>[ \t]?)*" + _STAMP + r"@?(?P<name>[^\W\d][\w.-]{1,29}):[ \t]", re.MULTILINE)
# IRC and Twitch logs: `[00:14:22] <modkatten> /timeout ...`.
LOG_SPEAKER: Final = re.compile(
    r"^[ \t]*" + _STAMP + r"<(?P<name>[^\W\d][\w.-]{1,29})>[ \t]", re.MULTILINE)
# Discord's message header: `pixelmoa — Today at 23:02`, `ludde_on_tilt — Idag 23:04`.
DISCORD_HEADER: Final = re.compile(
    r"^(?P<name>[^\W\d][\w.-]{1,31})[ \t]+[—–][ \t]+(?:today|yesterday|idag|i dag|igår|i går)\b",
    re.MULTILINE | re.IGNORECASE)
# A Reddit user: `Posted by u/throwaway_lund_88`.
REDDIT_USER: Final = re.compile(r"(?<![\w/])u/(?P<name>[A-Za-z0-9][\w-]{2,19})(?![\w/])")
# Mail headers quoted in a forwarded chain start lines the same way.
_HEADER_LABELS: Final = frozenset({
    "från", "till", "kopia", "ämne", "skickat", "datum", "from", "to", "cc", "bcc", "subject",
    "sent", "date", "reply-to", "svar", "obs", "ps", "tel", "mobil", "e-post", "epost", "mail",
})
SCORE: Final = 0.7


def _pseudonym(name: str) -> bool:
    folded = name.casefold()
    return not (folded in STOP_WORDS or is_negative(folded) or folded in _HEADER_LABELS)


def _a_product(name: str, text: str, start: int) -> bool:
    """A substance, brand or place, or something bought or taken: `köpte "Addy" via Telegram`."""
    words = name.casefold().split()
    if is_negative(" ".join(words)) or any(is_negative(w) or w in DRUG_TALK for w in words):
        return True
    return has_cue(words_before(text, start, 30), DRUG_TALK | PILL_WORDS, last=4)


def _a_group_named(text: str, start: int) -> bool:
    """The quoted name is a group's, channel's or page's: `Gruppen heter "Trappan" på
    Snapchat`, `kanalen kallas "Nattugglan" på Telegram`."""
    words = words_before(text, start, 30)[-2:]
    return len(words) == 2 and words[1] in NAMING_VERBS and words[0] in NAMED_PLACES


def _marked(name: str) -> bool:
    """`NordicPharma_SE`, `xX_pillz_Xx`, `B-rad`: no word is written so."""
    return handle_shaped(name) or any(c.isupper() for c in name[1:])


def _introduced(match: re.Match[str]) -> bool:
    """The name is set apart: `a user called X`, `buyer, X,`, `reply by X:`, quoted."""
    join, after = match.group("join").strip(), match.group("after") or ""
    if match.group("quote") or join == ":":
        return True
    if match.group("role"):
        return join not in ("", ",") or (join == "," and after == ",")
    return after == ":"


_SELLS_NEXT: Final = re.compile(r"\s+(?:säljer|sålde|erbjuder|sells|sold|offers|ships|skickar)\b",
                               re.IGNORECASE)


def _a_shop(match: re.Match[str], text: str) -> bool:
    """A quoted CamelCase name with no handle's marks, then a selling verb: a shop's or
    brand's name, as sellers.py reads `"ChemsNord" säljer` (`Vendor NordicPharma_SE` and
    `säljare "Kalle_92" säljer` stay someone's)."""
    name = match.group("name")
    return bool(match.group("quote")) and not handle_shaped(name) and any(
        c.isupper() for c in name[1:]) and bool(_SELLS_NEXT.match(text, match.end()))


class ForumNameRecognizer(RegexRecognizer):
    ENTITY = "PERSON"
    PATTERNS = (ROLE, QUOTED_ON, Gated(REDDIT_USER, "u/"),
                Gated(DISCORD_HEADER, "[—–]"))

    def judge(self, match: re.Match[str], text: str) -> Hit | None:
        name = match.group("name")
        if match.re is ROLE and not (_marked(name) or (
                name.islower() and _introduced(match) and _pseudonym(name))):
            return None  # `the buyer wrote`, `Vendor Erik` (a capitalised name is person.py's)
        if match.re is QUOTED_ON and (_a_product(name, text, match.start()) or _a_group_named(
                text, match.start())):
            return None  # köpte "Addy" via Telegram
        if match.re is ROLE and _a_shop(match, text):
            return None  # Ny säljare "NitroNordic" säljer isotonitazen: a shop's brand
        if (match.re is DISCORD_HEADER and not _pseudonym(name)) or an_organisations(name):
            return None  # svar från Coop_Kortedala: a chain's branch answers
        return Hit(match.start("name"), match.end("name"), SCORE)

    def hits(self, text: str, nlp_artifacts: Any) -> list[Hit]:
        return super().hits(text, nlp_artifacts) + chat_speakers(text)


def chat_speakers(text: str) -> list[Hit]:
    """Speakers of a chat export: `ali_k: ...` once a handle speaks, `<nick>` in any log."""
    out = _speakers(SPEAKER, text) if ":" in text else []
    return out + (_speakers(LOG_SPEAKER, text, logged=True) if "<" in text else [])


def _speakers(pattern: re.Pattern[str], text: str, logged: bool = False) -> list[Hit]:
    lines = [m for m in pattern.finditer(text)
             if m.group("name").casefold() not in _HEADER_LABELS]
    if len(lines) < 2 or not (logged or any(handle_shaped(m.group("name")) for m in lines)):
        return []
    return [Hit(m.start("name"), m.end("name"), SCORE) for m in lines
            if _pseudonym(m.group("name")) and not m.group("name").casefold().endswith("bot")]
