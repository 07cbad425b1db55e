"""An organisation's or a public venue's own address, which names no one's home.

Signatures and notices write an organisation's address as an item after its name:
`Läkemedelsverket, Box 26, 751 03 Uppsala`, `Sundsvalls kommun | 851 85 Sundsvall | Vx …`,
`DetectaNord AB | org.nr … | Kungsgatan 44`, `Plats: Länsstyrelsen, Storgatan 71`, `Sal
Linné, Sjukhusvägen 9`; or after a label for a workplace (`Ny arbetsadress: …`). A person's
name in that place keeps the address theirs (`Anna Berg, Storgatan 3`), and so does prose
(`flyttstäd på Björkhagsvägen 19 B`): only an item right after a separator is judged, by
the last few words of the item before it. Shops and small firms are left out on purpose
(`Fotvården Trampdynan, Bryggerigatan 3` is annotated as an address in some corpora, and
a firm's form alone: `Städ AB, Storgatan 3`).
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan import lexicon, names
from mailgate.scan.cues import RESIDENCE_CUES
from mailgate.scan.recognizers.base import Hit, has_cue, words_before

# Words ending an organisation's or a public venue's name, lower-cased, with or without the
# genitive -s: a public body, a hospital's unit, a hall, a conference venue.
_HEADS: Final = (
    "kommun", "kommunen", "regionen", "länsstyrelsen", "länsstyrelse", "stadshuset",
    "kommunhuset", "rådhuset", "sjukhuset", "lasarettet", "kliniken", "vårdcentralen",
    "universitet", "universitetet", "högskolan", "verket", "myndigheten", "arkivet",
    "aulan", "utredningstjänst", "utredningstjänsten", "riksdagen", "tingsrätten",
    "förvaltningen", "kontoret", "kansliet", "beredning", "beredningen", "enheten",
    "socialtjänsten", "polishuset", "huset", "hotell", "hotellet", "restaurang",
    "konferens", "konferenscenter", "salong", "salongen", "förråd", "förrådet",
    # premises a club, a church or a school meets in: `i klubblokalen, Ringvägen 2`. Not a
    # shop's, a studio's or a workshop's: a sole trader's signature gives her own address.
    "lokalen", "klubben", "föreningen", "kyrkan", "skolan", "gymnasiet", "biblioteket",
    "hallen", "arenan",
)
# Words that name a venue or firm before its own name: `Sal Linné`, `Konferens Ekudden`,
# `Restaurang Greta G`, `Salong Lasse Åberg`; an organisation number or a switchboard in the
# item before (`AB | org.nr … | Kungsgatan 44`). A firm's form alone is not enough: `…
# Städ AB, Storgatan 3` may be a sole trader's home.
_LEADS: Final = frozenset({"sal", "aula", "konferens", "restaurang", "salong", "hotell",
                           "stadshuset", "org.nr", "orgnr", "org", "vx", "växel",
                           "organisationsnummer", "switchboard"})
# Homes whose words end as a head does.
_HOMES: Final = frozenset({"lägenheten", "lägenhet", "lägenhetens", "bostaden", "hemmet"})
# Labels of a workplace's address, never a home's.
_LABELS: Final = frozenset({"arbetsadress", "arbetsadressen", "besöksadress", "besöksadressen",
                            "work address", "office address", "visiting address"})
# Labels of where people meet, are sent or are seen (a course's room, a crisis's assembly
# point, a shelter, a clinic), read as a label's last word (`Kurslokal:`, `Närmaste
# skyddsrum:`). Not `Plats:` nor `Location:`, which also name where someone was found.
_VENUE_LABELS: Final = ("lokal", "lokalen", "mötesplats", "samlingsplats", "samling",
                        "uppställningsplats", "skyddsrum", "skyddsrummet", "mottagning",
                        "mottagningen", "venue", "meeting point")
# Words of a home or a host in the item between such a label and the street: `Samlingsplats:
# hemma hos Jonna, Ekvägen 4` is Jonna's home.
_HOSTED: Final = RESIDENCE_CUES | {"hos", "mig", "oss", "mitt", "min", "place", "flat",
                                   "apartment", "house", "my", "our"}
# A company's legal form: its street or post box (`Kylteknik Syd AB, Hamnvägen 41`, `Nordkem
# AB, Box 18`) is the firm's, not a home's. An aktiebolag is a legal person; a sole trader,
# whose firm's address may be her home, has no such form (`Eks Måleri, Lars Ek, …`).
_COMPANY_FORMS: Final = frozenset({"ab", "hb", "kb", "aktiebolag", "ltd", "oy", "oyj", "gmbh",
                                   "asa", "inc", "llc", "plc", "aps"})
# A public body's premises right before `på` or `vid`: `mottagningen på Kyrkogatan 15`,
# `Apoteket vid Torget 2` (a club's or a shop's premises are left out: some corpora annotate
# `i klubblokalen på …` and `en butik på …` as addresses).
_PREMISES: Final = ("mottagningen", "apoteket", "polisstationen", "brandstationen",
                    "vårdcentralen", "kliniken", "sjukhuset", "polishuset", "skyddsrummet",
                    "kommunhuset", "stadshuset", "biblioteket",
                    # courts, prisons, agencies, schools and churches, and a desk or office
                    # serving the public: `Häktet ligger på …`, `Tingsrätten finns numera på …`
                    "häktet", "anstalten", "tingsrätten", "hovrätten", "förvaltningsrätten",
                    "kammarrätten", "kriminalvården", "frivården", "tullen",
                    "akuten", "myndigheten", "verket", "förvaltningen", "socialtjänsten",
                    "kontoret", "kansliet", "expeditionen", "receptionen", "disken",
                    "skolan", "gymnasiet", "universitetet", "högskolan", "kyrkan", "moskén",
                    "församlingen", "museet",
                    # the same in English: `The clinic is at …`, `the command post is at …`
                    "clinic", "office", "post", "hospital", "pharmacy", "prison", "court",
                    "school", "church", "library", "reception", "embassy", "consulate",
                    "headquarters", "station", "centre", "center")
# An item's separators: a comma, a bar, a middle dot, a tab or a colon after a label.
_SEPARATOR: Final = re.compile(r"[,|·\t:]\s*$")
# An item runs back to a separator or a sentence's end (`stod vid kyrkan. Ägare Ludvig
# Hammarlund, Bastionsgatan 14`: the church ends the sentence before the owner's item).
_ITEM: Final = re.compile(r"(?:[^,|·\t\n:.!?]|[.!?](?!\s))*$")
_WORD: Final = re.compile(r"[\w.]+")


def drop_organisations(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits less those of an organisation's address: hits that overlap or stand a comma
    apart (a street, then its postcode and town) are one address, judged by its start."""
    if not hits:
        return hits
    ordered = sorted(hits, key=lambda h: h.start)
    kept: list[Hit] = []
    group = [ordered[0]]
    for hit in ordered[1:]:
        if hit.start <= max(h.end for h in group) + _GAP:
            group.append(hit)
            continue
        kept += _judged(text, group)
        group = [hit]
    return kept + _judged(text, group)


_GAP: Final = 3  # `, ` between a street and its postcode


def _judged(text: str, group: list[Hit]) -> list[Hit]:
    start, end = group[0].start, max(h.end for h in group)
    if an_organisations_address(text, start) or _HOURS_AFTER.match(text, end):
        return []
    if _BARE.fullmatch(text, start, end) and _an_event_or_a_turn(text[max(0, start - 40):start]):
        return []
    return group


# A street and its number only: a postcode, town, floor or flat makes it a full address,
# written as one is for a home (`konserten hålls på Ågatan 6, 3 tr, 753 21 Uppsala`).
_BARE: Final = re.compile(r"[^\d,\n]+\d{1,4}(?: ?[A-Za-z])?")


# Opening hours right after an address (in its sentence) make it a place open to the public:
# `Tullgatan 11, öppet alla dagar 18–22`, `open daily 12–20`; not a door or a window left
# open (`dörren stod öppen`), which has no day nor hour after it.
_HOURS_AFTER: Final = re.compile(
    r"[^.!?\n]{0,30}?\b(?i:öppet|öppettider|open|opening hours)\b[:\s]+(?:\w+\s){0,2}?"
    r"(?i:\d|vardagar|alla\sdagar|dygnet|helger|mån|tis|ons|tors|fre|lör|sön|daily|mon|tue"
    r"|wed|thu|fri|sat|sun|every)")


def an_organisations_address(text: str, start: int) -> bool:
    """The address starting at `start` follows an organisation's name or a workplace's
    label in a list of items (see the module's docstring)."""
    lo = max(0, start - 80)
    line = text.rfind("\n", lo, start) + 1 or lo
    head = text[line:start]
    sep = _SEPARATOR.search(head)
    if sep is None:
        return _on_premises(head) or _on_a_route(head)
    before = head[: sep.start()]
    if head[sep.start()] == ":":
        label = before.strip().lower()  # `Adress enl. Skolverket:` names whose record, not
        return any(label.endswith(w) for w in _LABELS) or label.endswith(_VENUE_LABELS)
    item = _ITEM.search(before)
    if item is None:
        return False
    return (_names_an_organisation(item.group()) or _a_venue_named(before, item)
            or _a_company(item.group()))


def _on_premises(head: str) -> bool:
    """`mottagningen på …`, `Apoteket ligger numera vid …`, `the clinic is at …`: the
    premises, then only words of where it is or has moved before `på`, `vid`, `till` (`at`,
    `on`, `to`)."""
    words = _WORD.findall(head[-50:].lower())
    if not words or words[-1] not in _PLACED:
        return False
    for n in range(len(words) - 2, max(-1, len(words) - 6), -1):
        if words[n].endswith(_PREMISES):
            # `har flyttat till …` says where the premises went; `från skolan till …`, `went
            # from school to …`: where someone went, maybe home
            moved = words[-1] not in _TOWARDS or n < len(words) - 2
            return moved and (n == 0 or words[n - 1] not in _FROM)
        if words[n] not in _WHERE_IT_IS:
            return False
    return False


# A route's words right before a street: `gå förbi Stortorget 1 och sväng`, `walk past
# Hamngatan 4`: a landmark on the way, no one's home.
_ROUTE: Final = frozenset({"förbi", "längs", "past", "along"})


def _on_a_route(head: str) -> bool:
    words = _WORD.findall(head[-20:].lower())
    return bool(words) and words[-1] in _ROUTE


# Verbs of where an event is held right before `på` or `at`: `Loppisen hålls på …`,
# `Konserten äger rum på …`, `will be held at …` (`hålls hemma hos Ek på …` keeps the home).
_HELD: Final = frozenset({"hålls", "hölls", "held"})
_TAKES_PLACE: Final = frozenset({"äger", "ägde"})
# A turn given at a street: `ta höger efter Bergsgatan 10`, `turn left at …`.
_TURNS: Final = frozenset({"vänster", "höger", "left", "right"})
_TURNED_AT: Final = frozenset({"vid", "efter", "at", "after", "by"})
_AT_A_SPOT: Final = frozenset({"på", "vid", "till", "at", "on", "to", "efter", "after", "by"})


def _an_event_or_a_turn(head: str) -> bool:
    """Judged of a bare street and number only (see `_judged`)."""
    words = _WORD.findall(head.lower())
    if len(words) < 2 or words[-1] not in _AT_A_SPOT:
        return False
    before = words[-2]
    if before in _TURNS and words[-1] in _TURNED_AT:
        return True  # `sväng vänster vid Järnvägsgatan 2`: a landmark on the way
    return (before in _HELD
            or (before == "rum" and len(words) > 2 and words[-3] in _TAKES_PLACE))


# Words between premises and its street: `finns numera på`, `har flyttat till`.
_WHERE_IT_IS: Final = frozenset({"finns", "ligger", "numera", "nu", "har", "flyttat", "flyttar",
                                 "är", "tillfälligt", "is", "now", "has", "moved", "located",
                                 "based", "temporarily"})
# The words that place premises at a street: `på`, `vid`, `till`; `at`, `on`, `to`.
_PLACED: Final = frozenset({"på", "vid", "till", "at", "on", "to"})
_TOWARDS: Final = frozenset({"till", "to"})
# Words before premises that make them where someone came from or was, not the subject.
_FROM: Final = frozenset({"från", "efter", "ur", "from", "after", "left"})


def _a_venue_named(before: str, item: re.Match[str]) -> bool:
    """The item names a venue after a venue's label: `Lokal: Bygdegården Rönnliden, …`."""
    rest = before[: item.start()].rstrip()
    if not rest.endswith(":") or not rest[:-1].strip().lower().endswith(_VENUE_LABELS):
        return False
    words = _WORD.findall(item.group())
    return bool(words) and not any(
        w.lower() in _HOSTED or names.lookup(w, frozenset()).first for w in words)


def _a_company(item: str) -> bool:
    words = [w.lower().rstrip(".") for w in _WORD.findall(item)]
    return bool(words) and words[-1] in _COMPANY_FORMS and _SOLE_TRADERS.isdisjoint(words)


# Words saying a firm is one person's, whatever form it writes: `Enskild firma … AB`.
_SOLE_TRADERS: Final = frozenset({"enskild", "enskilda", "egen", "sole", "egenföretagare"})


def _names_an_organisation(item: str) -> bool:
    words = _WORD.findall(item)[-4:]
    if not words:
        return False
    folded = [w.lower().rstrip(".") if w.lower() != "org.nr" else w.lower() for w in words]
    for word in folded:
        if word in _HOMES:
            continue  # `lägenheten` ends as `enheten` does
        if word in _LEADS or word.endswith(_HEADS) or (
                word.endswith("s") and word[:-1].endswith(_HEADS)):
            return True
    name = " ".join(w.lower() for w in words)
    return any(" ".join(name.split()[-n:]) in lexicon.entries("agencies") for n in (1, 2, 3))


# A street named after someone, its number and nothing more: `Evert Taubes gata 14`.
_NAMED_ALONE: Final = re.compile(
    r"([A-ZÅÄÖ][a-zåäöéü]+) [A-ZÅÄÖ][a-zåäöéü]+s (?:gata|gatan|väg|vägen|torg|torget|plats"
    r"|platsen|allé|gränd|backe|stig) \d{1,4}[A-Za-z]?")
_TOWN_AFTER: Final = re.compile(r",?[ \t]*[A-ZÅÄÖ]")


def named_street_alone(match: re.Match[str], text: str) -> bool:
    """A street named after someone (a given name and a genitive), with a house number and
    no postcode, town, flat or floor, and no word of living before it, names a building or a
    spot in town, not a home: `sandlådan vid Evert Taubes gata 14`, `förråd, Dag
    Hammarskjölds väg 90`. `bor på Olof Palmes gata 3` stays an address."""
    street = _NAMED_ALONE.fullmatch(match.group().rstrip(" ,"))
    if street is None or not names.lookup(street.group(1), frozenset()).first:
        return False
    end = match.start() + len(match.group().rstrip(" ,"))
    if _TOWN_AFTER.match(text, end) and text[end : end + 1] == ",":
        return False  # Olof Palmes gata 5, Malmö: the town makes it an address
    return not has_cue(words_before(text, match.start(), 40), RESIDENCE_CUES, last=3)
