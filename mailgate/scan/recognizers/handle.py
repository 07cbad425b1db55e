"""User names on social platforms and forums: they identify as a name does, so they are names.

- `@erik_92`, `@frk_nettan`, `@kalle.k`: an @-name with `_`, `.` or a digit, anywhere but
  inside an e-mail address; a plain @-word (`@mixmaster`) only after a platform cue, since
  `@stora salen` is a room, unless a person's name makes it (`@jhossain`, `@ritaz`,
  `@saralindh`: a listed name, with an initial or two, or a given name and a surname).
- `ali_k`, `kevve_plugg`, `Bear_Johan`: words joined by an underscore, anywhere (not in
  capitals only: `MAX_DOSE` is a constant).
- After a platform or user-name cue (`insta`, `snappen är`, `telegram:`, `användarnamn`) or a
  naming cue (`heter`, `alias`): a word with `_`, `.` or digits (`kalle.svensson`,
  `kungen420`, `kevve_plugg`); after a platform cue and a colon or quote, also a plain
  lower-case word that is no common one (`Wickr: darkbuyer`).
- `alva.lindqvist`, `s.berggren`: a person's names joined by dots, anywhere (dottednames.py).
A link to a profile is a URL (contact.py); a capitalised nickname is nickname.py's.
"""

from __future__ import annotations

import re
from typing import Any, Final

from mailgate.scan import lexicon
from mailgate.scan.names import is_negative, listed_places
from mailgate.scan.recognizers.base import Hit, RegexRecognizer
from mailgate.scan.recognizers.dottednames import (
    DOTTED,
    DOTTED_GATED,
    common_word,
    judge_dotted,
)
from mailgate.scan.recognizers.gated import Gated
from mailgate.scan.recognizers.leading import fast
from mailgate.scan.recognizers.systemnames import a_files_name, a_numbered_account, named_if_swedish
from mailgate.scan.recognizers.vouched import DEFINITE_NOUN

_NAME: Final = r"[A-Za-z][\w.]{1,29}(?<!\.)(?![\w@])"
# A Discord tag: a user name and four digits after a hash (`aliboom#2211`).
DISCORD_TAG: Final = fast(re.compile(r"(?<![\w@#.])[A-Za-z][\w.]{1,31}#\d{4}(?![\w])"))
AT_HANDLE: Final = fast(re.compile(r"(?<![\w@.])@(?P<name>" + _NAME + ")"))
# Words joined by an underscore are a user name wherever they stand (`ali_k:`, `Bear_Johan`,
# `xX_pillz_Xx`), unless they name a file (`rapport_v2.pdf`), a path, a constant (`MAX_DOSE`)
# or a topic after a hash (`#trygg_natt_2026`: a hashtag is no one's).
# Swedish letters too, as a forum's or a review site's names are written: charlie_från_sthlm
# (whose only by a given name in it: systemnames.named_if_swedish).
UNDERSCORED: Final = fast(re.compile(
    r"(?<![\w@./:#-])[A-Za-zåäöÅÄÖ][A-Za-zåäöÅÄÖ0-9]*_[A-Za-zåäöÅÄÖ0-9_]*[A-Za-zåäöÅÄÖ0-9]"
    r"(?![\w@]|\.\w|/)"))
# Platforms whose names are no ordinary words (`signal` is, but is said of the app too).
PLATFORM_NAMES: Final = (r"insta(?:gram)?|snap(?:chat)?|telegram|wickr|kik|signal|tiktok|twitter"
                         r"|discord|threema|tg|grindr|tinder|hinge|jodel|reddit|facebook|messenger"
                         r"|whatsapp|viber|twitch|onlyfans|flashback")
_PLATFORMS: Final = (r"(?:" + PLATFORM_NAMES + r")"
                     r"(?:-?(?:pen|pet|en|et|n|namn|namnet|konto|kontot|profil|profilen))?"
                     r"|användarnamn(?:et)?|username|user\s?name|nick(?:et)?")
_NAMING = (r"heter|hette|alias|aka|a\.k\.a\.?|användaren|användare|kontot|konto|account|profilen"
           r"|spelkontot|spelkonto|handle|handles|handlen|admin")
CUED: Final = re.compile(
    r"(?<![\w@.-])(?:(?P<platform>" + _PLATFORMS + r")|(?:" + _NAMING + r"))(?![\w-])"
    r"(?P<gap>\s?[:=]?\s?(?:(?:är|heter|is|som|på|on)\s)?[\"'“”„«»]?)"
    r"(?!(?:handles?|handlen|admin|account)(?![\w-]))(?P<handle>@?" + _NAME + ")",
    re.IGNORECASE,
)
# A user name run together of capitalised words (`VikingVinnaren`, `TipsTorstein`): a handle
# after a user-name cue, or opening a forum's or a chat's line before what it says.
_CAMEL: Final = r"[A-ZÅÄÖØÆ][a-zåäöøæ]+(?:[A-ZÅÄÖØÆ][a-zåäöøæ]+)+\d*"
CAMEL: Final = re.compile(_CAMEL)
SPEAKING_CAMEL: Final = fast(re.compile(
    r"(?m)^[ \t>]*(?P<handle>" + _CAMEL + r")(?:\s(?:skriver|skrev|writes|wrote))?:[ \t]+"
    r"(?=[^\W\d_])"))
PLATFORM: Final = re.compile(r"(?<![\w@.-])(?:" + _PLATFORMS + r")(?![\w-])", re.IGNORECASE)
_PLATFORM_AFTER: Final = 25  # `@frostyplug on Telegram`, `@mixmaster (Snapchat)`
# A naming verb right before the @-word: `goes by @frost`, `kallar sig @kungen`.
_NAMED_BY: Final = re.compile(r"(?:goes\sby|known\sas|called|calls\s\w+|kallas|kallar\ssig|heter"
                              r"|alias|aka)\s[\"'“”]?$", re.IGNORECASE)
# A chat's verbs of mentioning someone right before the @-word: `ping @Negar`, `cc @lindh`.
_MENTIONED: Final = re.compile(r"(?<![\w])(?:ping|pinga|pingar|pingade|cc|tagga|taggar|taggade"
                               r"|tag|tagged)\s$", re.IGNORECASE)
_HANDLE_CHARS: Final = re.compile(r"[_.\d]")
# A word ending in a top-level domain is a site, not a user: flashback.org, ungdomar.se.
_DOMAIN: Final = re.compile(r"\.(?:se|com|org|net|nu|io|me|eu|info|fi|no|dk|ru|de|uk|gg|tv)$", re.I)

# Words a `#` and four digits follow that are no user: issue#1234, ärende#2211.
_NUMBERED_THINGS: Final = frozenset({"issue", "ticket", "ärende", "case", "order", "ref", "id",
                                     "nr", "rum", "room", "bug", "pr", "sample", "prov", "batch"})
SCORE_CUED: Final = 0.8
SCORE_BARE: Final = 0.65


# Parts of an organisation's, a page's or a job's account name, never a person's:
# `@ravesweden_events`, `@nalens_studio`, `vsn_ingest_daily`. Not places nor shops: a
# dealer's handle is his (`@xanny_dealer_se`, `@ketaqueen_sthlm`, `pillshop`).
_ORG_PARTS: Final = frozenset({
    "events", "event", "studio", "official", "officiell", "news", "nyheter", "festival",
    "records", "kommun", "region", "hq", "ingest", "forening", "förening", "network", "daily",
    # a lab's or a clinic's page (`@peptide_labs_eu`, `@glowclinic_se`): a firm's, as the
    # labs printed on vials are (organisations.txt)
    "labs", "clinic", "klinik", "kliniken",
})
# ravesweden, ravestudio, anaboliclabs
_ORG_ENDINGS: Final = tuple(sorted({p for p in _ORG_PARTS if len(p) >= 5} | {"labs"}))
# A shop's word as a part of its own (`@tanbarbie_shop`, `@glp1_store_eu`): a web shop's
# page; glued to a word it may be a dealer's own name (`pinkshop_uu`), and stays his.
_SHOP_PARTS: Final = frozenset({"shop", "store", "butik", "butiken", "webshop"})
_PARTS: Final = re.compile(r"[_.\d@\s]+")  # a cue before the name is a part of its own
# Where a user name run together of capitalised words joins two (`GreenLeaf|Shop`): its
# words are parts too, so `BlueMoonShop` is a shop's as `bluemoon_shop` is.
_CAMEL_JOINT: Final = re.compile(r"(?<=[a-zåäöøæ])(?=[A-ZÅÄÖØÆ])")


# The rest of a file's name up to its extension: `reports_2026` in `reports_2026-12-03.csv`.
_FILE_TAIL: Final = re.compile(
    r"[\w.-]{0,40}\.(?:csv|tsv|pdf|jpe?g|png|gif|heic|txt|log|xlsx?|docx?|odt|zip|json|xml"
    r"|mp4|mov|mp3|m4a|eml|msg)(?![\w])", re.IGNORECASE)


def _a_files_stem(match: re.Match[str], text: str) -> bool:
    """The start of a file's name with no one's name in it (`reports_2026-12-03.csv`);
    `lisa_holm.docx` names her."""
    return _FILE_TAIL.match(text, match.end()) is not None and not any(
        a_persons_name(part) for part in _PARTS.split(match.group().casefold()) if part)


def an_organisations(name: str) -> bool:
    """A user name built from an organisation's words and no given name, or a listed
    organisation's own name, alone or before its branch's place (`Nordic_Wellness`,
    `Coop_Kortedala`, `apoteket_nord`)."""
    parts = [p for p in _PARTS.split(_CAMEL_JOINT.sub("_", name).casefold()) if p]
    return (any(p in _ORG_PARTS or p in _SHOP_PARTS or p.endswith(_ORG_ENDINGS)
                for p in parts) and not any(
        p not in _ORG_PARTS and p in lexicon.entries("first_names") for p in parts)) or (
        _a_listed_organisations(parts))


# Where a chain's branch stands, after its name: `coop_kortedala`, `apoteket_nord`.
_BRANCH_WORDS: Final = frozenset({"nord", "syd", "öst", "väst", "norr", "söder", "city",
                                  "centrum", "se", "sverige", "sweden"})


def _a_listed_organisations(parts: list[str]) -> bool:
    """The parts spell a listed organisation, or one no name list holds (`ica`, `ivo` and
    `noa` are names too) and then its branch's place or word."""
    orgs, head = lexicon.organisations(), parts[0] if parts else ""
    return len(parts) >= 2 and (" ".join(parts) in orgs or (head in orgs and not (
        head in lexicon.entries("first_names") or head in lexicon.entries("surnames")) and all(
        p in _BRANCH_WORDS or p in listed_places() for p in parts[1:])))


def camel_shaped(name: str) -> bool:
    """`VikingVinnaren`, `PumpKing`: capitalised words run together, no ordinary word's shape."""
    return CAMEL.fullmatch(name) is not None


def handle_shaped(name: str) -> bool:
    """`erik_92`, `kalle.k`, `kungen420`: a mark no ordinary word carries."""
    return bool(_HANDLE_CHARS.search(name[1:])) and not _DOMAIN.search(name)


class HandleRecognizer(RegexRecognizer):
    ENTITY = "PERSON"
    # Tried at every letter: only in a text with an underscore, or a hash.
    # A login's `alva.lindqvist` anywhere: dottednames.py.
    PATTERNS = (AT_HANDLE, CUED, Gated(UNDERSCORED, "_"), Gated(DISCORD_TAG, "#"), DOTTED_GATED,
                SPEAKING_CAMEL)

    def hits(self, text: str, nlp_artifacts: Any) -> list[Hit]:
        found = super().hits(text, nlp_artifacts)
        return found + list_mates(text, found) if found else found

    def judge(self, match: re.Match[str], text: str) -> Hit | None:
        if match.re is AT_HANDLE:
            return self._at(match, text)
        if match.re is DOTTED:
            return judge_dotted(match)
        if match.re is SPEAKING_CAMEL:
            handle = match.group("handle")
            return None if is_negative(handle.casefold()) or an_organisations(handle) else Hit(
                match.start("handle"), match.end("handle"), SCORE_CUED)  # BergenBørs skriver:
        if match.re is DISCORD_TAG:
            name = match.group().split("#")[0].casefold()
            return None if common_word(name) or name in _NUMBERED_THINGS else Hit(
                match.start(), match.end(), SCORE_CUED)
        if an_organisations(match.group()) or a_files_name(match.group()) or (
                _a_files_stem(match, text)) or a_numbered_account(match.group()):
            return None  # @ravesweden_events, vsn_ingest_daily, rapport_2026, a.csv's name
        if match.re is UNDERSCORED:
            has_lower = any(c.islower() for c in match.group())
            return Hit(match.start(), match.end(), SCORE_BARE) if has_lower and (
                named_if_swedish(match.group())) else None
        handle = match.group("handle")
        start = match.start("handle")
        if handle.startswith("@") or a_files_name(handle) or a_numbered_account(handle):
            return None  # AT_HANDLE reports it; `heter bild_2026` names a file
        if (handle_shaped(handle) or camel_shaped(handle)) and not is_negative(handle.casefold()):
            return Hit(start, match.end(), SCORE_CUED)  # not `heter K2`, `heter M30`: a drug
        plain = handle.islower() and len(handle) >= 4 and handle.isalpha()
        introduced = any(ch in match.group("gap") for ch in ":=\"'“”„«»")
        if match.group("platform") and introduced and plain and not common_word(handle):
            return Hit(start, match.end(), SCORE_CUED)  # Wickr: darkbuyer
        return None

    @staticmethod
    def _at(match: re.Match[str], text: str) -> Hit | None:
        name = match.group("name")
        if _DOMAIN.search(name) or is_negative(name.casefold()) or an_organisations(name):
            return None
        if handle_shaped(name):
            return Hit(match.start(), match.end(), SCORE_BARE)
        cue = CUED.search(text, max(0, match.start() - 30), match.end())
        if cue is not None and cue.group("platform") and cue.start("handle") == match.start():
            return Hit(match.start(), match.end(), SCORE_CUED)  # insta @mixmaster
        if _NAMED_BY.search(text, max(0, match.start() - 20), match.start()) or (
                PLATFORM.search(text, match.end(), match.end() + _PLATFORM_AFTER)):
            return Hit(match.start(), match.end(), SCORE_CUED)  # goes by @frost on Telegram
        if name.isalpha() and a_persons_name(name.casefold()):
            return Hit(match.start(), match.end(), SCORE_BARE)  # Maintainers: @jhossain
        folded = name.casefold()
        if _MENTIONED.search(text, max(0, match.start() - 12), match.start()) and not (
                common_word(folded) or DEFINITE_NOUN.match(folded)):
            return Hit(match.start(), match.end(), SCORE_BARE)  # ping @Negar; not `cc @here`
        return None


# Letters an @-name adds to a name: an initial or two (`@ritaz`, `@jhossain`, `@hannesb`).
_INITIALS: Final = 2


def a_persons_name(word: str) -> bool:
    """A plain @-word that is a listed name, a given name and a surname run together
    (`saralindh`), or a name and an initial or two before or after it (`ritaz`, `jhossain`),
    and no ordinary word (`@stora salen` is a room, `@here` a call to all)."""
    if len(word) < 4 or common_word(word) or DEFINITE_NOUN.match(word):
        return False  # @styrelsen, @kulturhuset: a board's, a venue's
    firsts, lasts = lexicon.entries("first_names"), lexicon.entries("surnames")
    if word in firsts or word in lasts:
        return True
    for n in range(1, _INITIALS + 1):
        if len(word) - n >= 3 and (word[:-n] in firsts or word[n:] in lasts):
            return True
    return any(word[:k] in firsts and word[k:] in lasts for k in range(3, len(word) - 2))


# A list's joint between two of its items: `PumpKing, CryptoCarl and moneybags_mo`.
_JOINT: Final = r"(?:,[ \t]*|[ \t]+(?:och|and|og|&|eller|or)[ \t]+)"
_NEXT_ITEM: Final = re.compile(_JOINT + r"(@?[\w.]*\w)")
_PREVIOUS_ITEM: Final = re.compile(r"(@?[\w.]*\w)" + _JOINT + "$")
_LIST_REACH: Final = 40  # characters before a handle where the item before it may stand


def list_mates(text: str, found: list[Hit]) -> list[Hit]:
    """Handles listed beside a handle found: `TravKungen, OddsOrakel, BettingBaronen`;
    only words shaped as handles, so `moneybags_mo och Lisa` adds no one."""
    out: list[Hit] = []
    for hit in found:
        at = hit.end
        while (m := _NEXT_ITEM.match(text, at)) is not None and _a_mate(m.group(1)):
            out.append(Hit(m.start(1), m.end(1), SCORE_CUED))
            at = m.end(1)
        start = hit.start
        while (m := _PREVIOUS_ITEM.search(text, max(0, start - _LIST_REACH), start)) and (
                _a_mate(m.group(1))):
            out.append(Hit(m.start(1), m.end(1), SCORE_CUED))
            start = m.start(1)
    return out


def _a_mate(word: str) -> bool:
    name = word.lstrip("@")
    return (camel_shaped(name) or (handle_shaped(name) and "_" in name)) and not (
        is_negative(name.casefold()) or an_organisations(name))


# A user name after a naming cue (`goes by JoeyBoy91`, `kallar sig Snöret99`): letters, then
# digits or underscores, as chat and forum names are built; identifies like a name.
_NAMED_HANDLE: Final = re.compile(r"^([^\W\d_]{2,})[\w]*\d[\w]*$")


def a_named_handle(text: str) -> bool:
    """A user name whose letters are no drug's (`MDMA2000`, `Tesla2` are pills); a drug
    inside a longer name is no drug (`TinaMan76`)."""
    m = _NAMED_HANDLE.match(text)
    letters = m.group(1).casefold() if m else ""
    return m is not None and letters not in lexicon.drugs() and not is_negative(letters)
