"""E-mail addresses (also written `namn[at]kommun.se`), links that name a user, IP addresses.

User names without a link (`@erik_92`, `snap: kalle.k`) are names: handle.py."""

from __future__ import annotations

import ipaddress
import re
from typing import Final

from mailgate.scan.recognizers.base import Hit, RegexRecognizer, has_cue, words_before
from mailgate.scan.recognizers.gated import Gated
from mailgate.scan.recognizers.leading import fast

# Spaces and tabs only before the @, never a line break: `@nalens_studio⏎@emmy.wrn` is two
# handles; after it a mail client may wrap (`anna.berg@⏎example.com`). A
# link carries the @ encoded (`?email=anna%40example.com`).
_AT = (r"(?:[ \t]?(?:[@＠]{1,2}|%40)(?:[ \t]?|\r?\n[ \t>]*)"  # a line may break after the @
       r"|[ \t]?[\[({<][ \t]?(?:at|a|snabel-?a|@)[ \t]?[\])}>][ \t]?)")
_DOT: Final = (r"(?:[.．·•]|\.\r?\n[ \t>]*(?=(?i:se|nu|com|net|org)(?![\w-]))"
               r"|[ \t]?[\[({<][ \t]?(?:dot|punkt|\.)[ \t]?[\])}>][ \t]?"
               r"|[ \t](?:dot|punkt)[ \t])")
# A word processor's hyphen at a line's end may part the domain (`anna@exam-⏎ple.org`), in a
# quoted reply too (`-⏎> ple.org`), and so may a line break after its last dot, before a mail
# domain (`anna@example.⏎com`; `_DOT`). A wary writer's middle dot stands for a dot (`anna·berg＠
# example·com`).
_HYPHENATED: Final = r"(?:(?<=-)\r?\n[ \t>]*[\w-]+)?"
# At most 64 characters (RFC 5321): linear. Its dots may be written out too, as the
# domain's are: `erik [dot] lund [at] example [dot] org`.
_LOCAL: Final = (r"(?<![\w.+-])[\w][\w.·•+'-]{0,63}"
                 r"(?:(?:[ \t]?[\[({<][ \t]?(?:dot|punkt)[ \t]?[\])}>][ \t]?"
                 r"|[ \t](?:dot|punkt)[ \t])[\w][\w.+'-]{0,63}){0,3}")
EMAIL: Final = re.compile(
    rf"{_LOCAL}{_AT}[\w-]+{_HYPHENATED}(?:{_DOT}[\w-]+)*(?:{_DOT}[a-z]{{2,24}}|,(?:se|com|net|org|nu))"
    r"(?![\w-])", re.IGNORECASE  # `anna@example,com`: a comma typed for the last dot
)
# A bare " at " is ordinary English; accept it only before a domain with a mail TLD.
EMAIL_PLAIN_AT: Final = re.compile(
    rf"{_LOCAL}[ \t](?:at|snabel-a)[ \t][\w-]+(?:{_DOT}[\w-]+)*{_DOT}"
    r"(?:se|nu|com|net|org|fi|no|dk|eu|io|de|uk)(?![\w-])",
    re.IGNORECASE,
)

# Dots written apart in the domain, as a phone's keyboard or a wary writer leaves them:
# `anna @ example . com`, `anna.berg@example .se`: the last dot apart, before a mail domain
# in lower case. EMAIL finds the rest; this is asked only where such a last dot stands.
_MAIL_DOMAINS: Final = r"(?:se|nu|com|net|org|fi|no|dk|eu|io|de|uk)(?![\w-])"
# Who spaces the domain's dots may space the name's too: `per . alm @ example . net`.
_SPACED_LOCAL: Final = r"(?:[ \t]\.[ \t][\w][\w.+'-]{0,63}){0,3}"
EMAIL_SPACED: Final = re.compile(
    rf"{_LOCAL}{_SPACED_LOCAL}{_AT}[\w-]+(?:[ \t]?\.[ \t]?[\w-]+)*(?:[ \t]\.[ \t]?|\.[ \t])"
    rf"{_MAIL_DOMAINS}")
# The dot first, a rarer character than a space for `re` to skip to.
_SPACED_DOT_NEEDLE: Final = rf"\.(?:(?<=[ \t]\.)[ \t]?|[ \t]){_MAIL_DOMAINS}"


# The most characters before the @ (or ` at `): four parts of 64 joined by written dots
# (` [dot] `, 11 at most), and a space.
_LOCAL_REACH: Final = 4 * 64 + 3 * 11 + 1
# Characters no address holds before its @ (or ` at `): its start is after the last of them
# (gated.py), most often a few words before the @, not _LOCAL_REACH.
_NOT_LOCAL: Final = "\n\r,;:\"/!?"
# What every address must hold (_AT, or " at "), so a text without it is not scanned word by
# word; each written first-character-first, so re skips to its first character.
_AT_NEEDLE: Final = r"[@＠%\[({<](?:(?<=[@＠])|(?<=%)40|\s?(?i:at|a|snabel-?a|@)\s?[\])}>])"
# ` at ` is ordinary English: the needle holds the mail domain after it too, so a text with
# ` at ` and no domain is not searched (a letter first, to skip to).
_PLAIN_AT_NEEDLE: Final = (rf"[aAsS](?<=\s[aAsS])(?i:t|nabel-a)\s(?i:[\w-]+(?:{_DOT}[\w-]+)*"
                           rf"{_DOT}(?:se|nu|com|net|org|fi|no|dk|eu|io|de|uk))(?![\w-])")


class EmailRecognizer(RegexRecognizer):
    ENTITY = "EMAIL"
    PATTERNS = (Gated(EMAIL, _AT_NEEDLE, _LOCAL_REACH, _NOT_LOCAL),
                Gated(EMAIL_PLAIN_AT, _PLAIN_AT_NEEDLE, _LOCAL_REACH, _NOT_LOCAL),
                Gated(EMAIL_SPACED, _SPACED_DOT_NEEDLE))  # its needle is past the domain
    CONTEXT = ("mail", "e-post", "epost", "adress")

    def judge(self, match: re.Match[str], text: str) -> Hit | None:
        if _LOPSIDED_AT.search(match.group()) and not _MAIL_TLD.search(match.group()):
            return None  # `insta @benji.plugg`: a word, then a user's @-name (handle.py)
        if _MESSAGE_HEADER.search(text, max(0, match.start() - 40), match.start()):
            return None  # Message-ID: <2026…@example.net>: a message's id, no one's mailbox
        if "@" not in match.group() and _MAIL_SERVER.search(match.group()):
            return None  # `Connection timed out at mx1.example.org`: a server, not a mailbox
        return Hit(match.start(), match.end(), 0.95 if "@" in match.group() else 0.85)


# Headers whose value looks like an address but names a message: `Message-ID: <…@…>`.
_MESSAGE_HEADER: Final = re.compile(
    r"(?im)^[ \t>]*(?:message-id|in-reply-to|references|x-[\w-]*id)[ \t]*:[ \t]*<?[ \t]*$")
# A mail server's host after a bare ` at `: `timed out at mx1.example.org`.
_MAIL_SERVER: Final = re.compile(r"(?i)[ \t]at[ \t](?:mx|smtp|mta|relay|mail)\d*\.")


# A space before the @ and none after: an @-name after a word, not an address written apart.
_LOPSIDED_AT: Final = re.compile(r"[ \t][@＠]{1,2}(?=[^\s@＠])")
# Top-level domains of mail addresses here: `anna.berg @example.se` is a typed address.
_MAIL_TLD: Final = re.compile(r"\.(?:se|nu|com|net|org|fi|no|dk|eu|io|de|uk|is|pl|ee|lt|lv)$",
                              re.IGNORECASE)


# Links whose path names a person: social profiles, or any link carrying a user id.
URL: Final = re.compile(
    r"(?:https?://|www\.)[^\s<>\"')\]]+"
    r"|(?<![\w@.-])(?:[\w-]+\.)*(?:facebook|fb|instagram|snapchat|tiktok|twitter|x|t|telegram"
    r"|linkedin|youtube|reddit|flashback|vk|onlyfans|wickr|kik)\.(?:com|me|org|se|ru|gg)"
    r"/[^\s<>\"')\]]+",
    re.IGNORECASE,
)
# What every link must hold: its scheme, www. or a profile host's top-level domain and path
# (`[hH](?i:ttps?://)`, `[wW](?i:ww\.)`, `\.(?i:com|me|org|se|ru|gg)/`), looked for from its
# last character, a slash or a dot, behind it: `re` skips to those, not to each h and w.
_URL_NEEDLE: Final = (r"[/.](?:(?<=[hH](?i:ttp)://)|(?<=[hH](?i:ttps)://)|(?<=[wW](?i:ww)\.)"
                      r"|(?<=\.(?i:com|org)/)|(?<=\.(?i:me|se|ru|gg)/))")
_PROFILE_HOSTS: Final = re.compile(
    r"facebook|fb\.|instagram|snapchat|tiktok|twitter|//x\.com|^x\.com|t\.me|telegram|linkedin"
    r"|youtube|reddit|flashback|vk\.com|onlyfans|wickr|kik\.", re.IGNORECASE
)
_USER_PATH: Final = re.compile(
    r"/(?:@|u/|user|users|profile|profil|people|member|medlem|add/|id=)|[?&](?:id|uid|user|"
    r"userid|profile|u|p)=|/~", re.IGNORECASE
)


class UrlRecognizer(RegexRecognizer):
    ENTITY = "URL"
    PATTERNS = (Gated(URL, _URL_NEEDLE),)
    CONTEXT = ("länk", "profil", "konto", "link", "profile")

    def judge(self, match: re.Match[str], text: str) -> Hit | None:
        url = match.group().rstrip(".,;:!?")
        path = url.split("//", 1)[-1]
        has_path = "/" in path.rstrip("/")
        if not has_path:
            return None
        if _PROFILE_HOSTS.search(url) or _USER_PATH.search(url):
            return Hit(match.start(), match.start() + len(url), 0.85)
        return None


IPV4: Final = fast(re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.]\d)"))
# An address defanged as threat reports and CERT notices paste it (`198.51.100[.]7`,
# `203[.]0[.]113[.]45`, `192(.)0(.)2(.)1`): a mark among its dots, read as a dot.
_MARK: Final = r"(?:\[\.\]|\(\.\)|\[dot\])"
_DOT_OR_MARK: Final = r"(?:\.|" + _MARK + ")"
DEFANGED: Final = re.compile(
    r"(?<![\d.\]])(?=\d{1,3}(?:" + _DOT_OR_MARK + r"\d{1,3}){0,2}" + _MARK + r")"
    r"\d{1,3}(?:" + _DOT_OR_MARK + r"\d{1,3}){3}(?![\d]|[.\[(]\d)")
_MARKS: Final = re.compile(_MARK)
# Hex groups with two colons or more; ipaddress decides (times like 14:30:00 fail there).
# An IPv4 address mapped into IPv6 keeps its dotted tail (`::ffff:192.0.2.33`).
IPV6: Final = re.compile(r"(?<![\w:.])(?=[0-9a-f]*:[0-9a-f]*:)[0-9a-f:]{3,39}"
                         r"(?:(?<=:)(?:\d{1,3}\.){3}\d{1,3})?(?![\w:]|\.\d)", re.I)


class IpRecognizer(RegexRecognizer):
    ENTITY = "IP"
    # Without a colon no IPv6 address; without a dot before a digit no IPv4 (most texts:
    # IPV4 is tried at every digit, the needle found by a search for dots).
    # An IPv6 address holds two colons with only hex digits between them: a colon alone
    # (`Tel:`, `kl 12:30`) opens nearly every text.
    PATTERNS = (Gated(IPV4, r"\.\d"), Gated(IPV6, ":[0-9A-Fa-f]*:"),
                Gated(DEFANGED, _MARK))
    CONTEXT = ("ip", "adress", "address")

    def judge(self, match: re.Match[str], text: str) -> Hit | None:
        raw = _MARKS.sub(".", match.group()) if match.re is DEFANGED else match.group()
        end = match.end()
        if raw.endswith(":") and not raw.endswith("::"):
            raw, end = raw[:-1], end - 1  # a log's `from 2001:db8::c3f: updated`
        if "." in raw and has_cue(words_before(text, match.start(), 20), _VERSION_WORDS, last=1):
            return None  # `version 10.2.0.1`, `v10.2.0.1`: software, not an address
        try:
            ipaddress.ip_address(raw)
            valid = True
        except ValueError:
            valid = False
        if valid and not _section_shaped(raw):
            return Hit(*_with_suffix(text, match.start(), end), 0.85)
        # 3.1.2.4 is as often a section or diary number, 192.168.001.010 a log's way with
        # an address: either only after a word about addresses.
        if (valid or _zero_padded(raw)) and has_cue(words_before(text, match.start(), 30),
                                                    _IP_CUES, last=3):
            return Hit(match.start(), end, 0.85)
        return None


_IP_CUES: Final = frozenset({"ip", "ip-adress", "ip-adressen", "ip-nummer", "ipv4", "adress",
                             "adressen", "address", "från", "from", "inloggning", "login", "server",
                             "host"})


# Words right before a software's version number, four numbers as an address has.
_VERSION_WORDS: Final = frozenset({"version", "ver", "v", "versio", "build", "release",
                                   "firmware", "patch", "update", "uppdatering", "vers"})


# What a log writes onto an address and masks with it: an IPv6 zone (`fe80::1%eth0`), a
# port after IPv4 or after IPv6 in brackets (`203.0.113.7:51922`, `[2001:db8::42]:443`: a
# client's port and the time name one subscriber behind a shared address), a prefix
# (`192.0.2.0/24`). A port's 1-5 digits with no digit or colon after (not a time `:30:00`).
_ZONE: Final = re.compile(r"%[\w.-]{1,16}")
_PORT: Final = re.compile(r"\]?:\d{1,5}(?![\d:])|/\d{1,3}(?![\d./])|\](?![\d:])")


def _with_suffix(text: str, start: int, end: int) -> tuple[int, int]:
    """The address's span with its zone, port or prefix, and its brackets when they hold it."""
    if text[end : end + 1] == "%" and ":" in text[start:end]:
        zone = _ZONE.match(text, end)
        end = zone.end() if zone else end
    bracketed = start > 0 and text[start - 1] == "["
    tail = _PORT.match(text, end)
    if tail is None or (tail.group().startswith("]") != bracketed) or (
            tail.group().startswith(":") and ":" in text[start:end]):
        return start, end  # an IPv6 address's port only after its bracket
    return (start - 1 if bracketed else start), tail.end()


def _section_shaped(raw: str) -> bool:
    """Four single digits, 3.1.2.4: a section number unless a cue says address."""
    return "." in raw and all(len(p) == 1 for p in raw.split("."))


def _zero_padded(raw: str) -> bool:
    """192.168.001.010: an IPv4 address written with leading zeros, as logs print them; not
    a mobile's ten digits in dots (`070.124.48.23`: 07 and ten digits, a phone's)."""
    parts = raw.split(".")
    return len(parts) == 4 and all(p.isdigit() and int(p) <= 255 for p in parts) and not (
        raw.startswith("07") and sum(map(len, parts)) == 10)
