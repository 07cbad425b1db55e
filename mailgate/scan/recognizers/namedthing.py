"""Whether a run of capitalised words names a thing (a pill, pet, ship, product, group,
organisation or place) rather than a person: the chain of checks person.py asks of every run.

A dense text has some 20 000 runs and nearly none names a thing, so the checks whose trigger
words a text lacks altogether are not asked there (`Possible`, found once per text): a pet
needs an animal's or a breed's word, a quoted thing a quote, a performer a set's word or a
colon, a title one of the titles, `Royal Infirmary of Edinburgh` an `of` or `for`. Each gate
is what its check reads first, so the answer is the same.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from mailgate.scan.recognizers.abroad import a_place_abroad
from mailgate.scan.recognizers.animals import animal_words
from mailgate.scan.recognizers.beside import (
    before_a_model,
    before_a_property_number,
    before_an_institution,
    beside_a_channel,
    beside_a_la,
)
from mailgate.scan.recognizers.boats import a_boat, a_park_abroad, boat_words
from mailgate.scan.recognizers.columns import in_a_row_of_words
from mailgate.scan.recognizers.csvheader import in_a_csv_header
from mailgate.scan.recognizers.drugforms import names_a_drug
from mailgate.scan.recognizers.drugheads import after_a_drug_head, drug_head_words
from mailgate.scan.recognizers.drugruns import a_medicine_and_its_maker, shaped_past_a_cue
from mailgate.scan.recognizers.eponyms import named_after_someone
from mailgate.scan.recognizers.givenowned import owned_by_a_given_name
from mailgate.scan.recognizers.glossed import glossed
from mailgate.scan.recognizers.kinds import kind_words, under_a_kind
from mailgate.scan.recognizers.listedthings import among_things
from mailgate.scan.recognizers.makemodels import a_named_model
from mailgate.scan.recognizers.memorials import a_life_after, a_memorial_thing, engraved
from mailgate.scan.recognizers.namesakes import NAMED_AFTER_PEOPLE, after_a_saint, saint_or_model
from mailgate.scan.recognizers.nearby import word_before
from mailgate.scan.recognizers.performers import SET_WORDS, a_performer
from mailgate.scan.recognizers.pets import ANIMAL_WORDS, BREEDS, a_pet
from mailgate.scan.recognizers.placeshape import a_shaped_place
from mailgate.scan.recognizers.quotedphrases import a_sentence_case_title
from mailgate.scan.recognizers.register import register_name_end
from mailgate.scan.recognizers.runs import Run
from mailgate.scan.recognizers.stamped import next_is_stamp, on_a_pill, stamped
from mailgate.scan.recognizers.streetsabroad import given_and_surname
from mailgate.scan.recognizers.sung import SING_VERBS
from mailgate.scan.recognizers.textindex import token_folded, token_texts
from mailgate.scan.recognizers.thingheads import after_a_thing_head, thing_head_words
from mailgate.scan.recognizers.things import (
    a_quoted_thing,
    a_ship,
    a_ship_inside,
    an_acronym,
    an_organisation_part,
    before_a_company_form,
)
from mailgate.scan.recognizers.titled import TITLES, a_titled_thing
from mailgate.scan.recognizers.traded import sold_as, spreads, taken_product
from mailgate.scan.recognizers.venuenames import (
    a_business_in_a_place,
    after_a_numbered_brand,
    after_a_venue_compound,
    before_a_venue_word,
)
from mailgate.scan.recognizers.venuesabroad import a_venue_abroad
from mailgate.scan.recognizers.words import QUOTES, Tok, prev_words
from mailgate.scan.thingcues import COMPANY_FORMS, GROUP_HEADS, MUSIC_CUES, ORG_WORDS, THING_NOUNS
from mailgate.scan.venues import VENUE_HEADS, a_club_abbreviation

_OF: Final = frozenset({"of", "for"})
# Words that end a group's name: Oslo's "Ute Team", Night Crew; and an event's: Fårö Sheep
# Days, Sámi Grand Prix, Vasa Cup, Kalmar Open.
# A German article or contracted preposition opening a run names a band, an inn or a work
# (`Die Lustigen Sepps`, `Zum Goldenen Hirsch`, `Zur Post`); no one's name begins so (`der`,
# `das` and `den` are particles, Jan van der Berg; `Des` is a given name, Des O'Connor).
_GERMAN_OPENERS: Final = frozenset({"die", "dem", "zum", "zur"})
_GROUP_TAILS: Final = frozenset({"team", "teamet", "crew", "squad", "gruppen", "group", "days",
                          "prix", "cup", "cupen", "open", "games", "marathon", "maraton",
                          "rally", "fest", "festival", "festivalen", "week", "veckan",
                          # an honour named after someone: Lennart Nilsson Award, Fields Medal
                          "award", "prize", "medal", "trophy", "memorial", "lecture",
                          "scholarship", "fellowship",
                          # a house or stage named after someone: Ingvar Huset, Greta Scenen
                          # (not Hallen, Salen: surnames too, Ring Tove Hallen)
                          "huset", "scenen", "tältet", "arenan", "loungen", "baren", "puben",
                          "parken", "torget"})
# Drinking verbs: what is drunk is a drink (drack Captain Morgan, drinking Jack Daniels).
# A gamer's verb for the character one plays most: what is mained is a game's character.
# Swedish writes it as a verb only; English `main` after a subject only (`the main Erik Berg
# case` is his).
_MAIN_VERBS: Final = frozenset({"mainar", "mainade", "maina", "mainat", "mained", "maining"})
_MAIN_EN: Final = frozenset({"main", "mains"})
_SUBJECTS: Final = frozenset({"i", "we", "you", "they", "he", "she", "u", "jag", "vi", "du"})


def _mained(before: list[str]) -> bool:
    return bool(before) and (before[-1] in _MAIN_VERBS or (
        before[-1] in _MAIN_EN and len(before) == 2 and before[0] in _SUBJECTS))


_DRINK_VERBS: Final = frozenset({"drack", "dricker", "druckit", "dricka", "söp", "supit", "drank",
                                 "drunk", "drinking", "shottade"})



@dataclass(frozen=True, slots=True)
class Possible:
    """Which gated checks can answer yes anywhere in one text."""

    pet: bool = True
    quoted: bool = True
    performer: bool = True
    titled: bool = True
    of_org: bool = True
    animal: bool = True  # aside.no_person's animal (animals.an_animal)
    sung: bool = True  # aside.no_person's song or word said (sung.a_sung_title)
    organisation: bool = True  # an organisation's or thing's word to cut a run around
    boat: bool = True  # a boat's word or `Rescue` (boats.a_boat)
    kind: bool = True  # a word for a kind of thing named like people (kinds.under_a_kind)
    thing_head: bool = True  # a word for a thing named like people (thingheads)
    drug_head: bool = True  # a word for a drug product (drugheads)


EVERY: Final = Possible()  # every check asked: the chain as written


def possible(text: str, toks: list[Tok]) -> Possible:
    folded, texts = token_folded(toks), token_texts(toks)
    return Possible(
        pet=not (ANIMAL_WORDS.isdisjoint(folded) and BREEDS.isdisjoint(folded)),
        quoted=not QUOTES.isdisjoint(texts),  # the quote before the run is a token
        performer=":" in text or not SET_WORDS.isdisjoint(folded),
        titled=not TITLES.isdisjoint(folded),
        of_org=not _OF.isdisjoint(folded),
        animal=animal_words(folded),
        sung=not (QUOTES.isdisjoint(texts) and SING_VERBS.isdisjoint(folded)),
        organisation=not (ORG_WORDS.isdisjoint(folded) and THING_NOUNS.isdisjoint(folded)),
        boat=boat_words(folded),
        kind=kind_words(folded),
        thing_head=thing_head_words(folded),
        drug_head=drug_head_words(folded),
    )


def names_a_thing(raw: Run, toks: list[Tok], can: Possible) -> bool:
    """The run names a pill, pet, ship, product, group, organisation or place, not a person."""
    first, last = raw.toks[0].index, raw.toks[-1].index
    three = prev_words(toks, first, 3)
    before = three[-2:]  # what prev_words(toks, first, 2) gives: the nearest two
    return (
        raw.toks[-1].stamp_compound or next_is_stamp(raw, toks)
        or (stamped(three) and not (a_life_after(raw.toks, toks) or engraved(three)))
        # but a headstone's text is someone's: Texten blir: ROLF SANDVIK 1958–2026
        or on_a_pill(raw, toks)
        # Pablo Escobar-stämpel, Donald Trump-piller, stämplade med Kalle Anka
        or (can.pet and a_pet(first, last, toks)) or a_ship(first, toks)
        or a_ship_inside(raw.toks)  # Assisterade MT Thor Sigyn
        or (len(raw.toks) == 1 and _made_by_a_machine(first, toks))  # utskriven via Otto
        or (can.quoted and a_quoted_thing(first, last, toks))
        or (can.quoted and a_sentence_case_title(first, last, toks))  # "Rus och ruin"
        or an_organisation_part(first, last, toks) or an_acronym(first, last, toks)
        # Sixten (tax), M/S Gabriella, "Bupe" strips, Djursjukhuset Strömsholm, KemI
        or (raw.toks[0].folded in GROUP_HEADS and not _a_full_name_after(raw.toks))
        or tuple(before) in MUSIC_CUES
        or (len(raw.toks) > 1 and a_club_abbreviation(raw.toks[0].text)  # IK Frej, TK Atlas
            and (not raw.toks[1].info.last or raw.toks[1].info.negative))
        or (len(raw.toks) > 1 and raw.toks[-1].text.casefold() in _GROUP_TAILS)  # Ute Team
        or (len(raw.toks) > 1 and raw.toks[0].folded in _GERMAN_OPENERS)  # Zum Goldenen Hirsch
        or _a_firm(raw.toks)  # Håkansson Foto AB; Anna Berg AB stays her name
        or before_a_model(raw, toks)  # Vestas V150, Kabe Royal 560
        or (bool(before) and before[-1] in _DRINK_VERBS)  # drack Captain Morgan
        or _mained(before)  # I main Mercy, jag mainar Jinx: a game's character
        or (not raw.toks[-1].info.first and before_a_company_form(raw.toks[-1], toks))
        # Best regards, Team Syd; lyssnade på Håkan Hellström
        or sold_as(first, toks) or spreads(last, toks)  # säljs som Bob Marley, Elvis sprids
        or (len(raw.toks) == 1 and bool(register_name_end(raw.toks[0], toks)))  # Berg, Anna
        or (raw.toks[0].folded in THING_NOUNS and (raw.toks[0].cue not in (
            "relation", "signature") or raw.toks[0].folded in VENUE_HEADS)
            and (len(raw.toks) < 3 or raw.toks[1].capital))  # not: Insatsen av Lisa Holm
        or (word_before(toks, first) in THING_NOUNS and raw.toks[0].cue not in (
            "relation", "signature") and (len(raw.toks) == 1 or not any(
                t.info.first for t in raw.toks)))
        # Bandet Kent, festivalen Sthlm Fields, avdelning Sol; på boendet Erik Berg is a person
        or word_before(toks, first) in NAMED_AFTER_PEOPLE  # stormen Gudrun, sorten Ingrid Marie
        or after_a_saint(first, toks)  # St. Paul, S:t Olofs
        or (len(raw.toks) > 1 and raw.toks[0].folded in NAMED_AFTER_PEOPLE  # Stormen Gudrun
            and not given_and_surname(raw.toks))  # Calle Andersson, Ros Edström
        or (can.of_org and _of_an_organisation(raw, toks)) or saint_or_model(raw)
        # Edinburgh in Royal Infirmary of Edinburgh; Sankt Hans, Mercedes Vito
        or a_named_model(raw.toks, toks)  # Fordon: Mercedes Marco Polo, RNH 80E
        or names_a_drug(raw.toks, toks, before)  # "Xanaxen", "Ronaldo", "Messi", "Zlatan"
        or a_medicine_and_its_maker(raw.toks) or shaped_past_a_cue(raw.toks, before)
        or glossed(first, last, toks) or owned_by_a_given_name(raw.toks, toks)  # Annas Kök
        # "Tina" → Tina (metamfetamin), "Palle" och "Palexia"
        or a_shaped_place(raw.toks, toks)  # polisen i Storgöteborg, Årby och Lagersberg
        or a_place_abroad(raw.toks, toks)  # from India, West Africa, из Рига
        or a_venue_abroad(raw.toks, toks)  # Sakura Bar, Sevilla FC, Iberia IB 3246
        or a_business_in_a_place(raw.toks)  # Power House Kalmar, Barber King Mölndal
        or before_a_venue_word(raw.toks, toks)  # vid Nils Dacke scenen, the Oscar Wilde bar
        or after_a_numbered_brand(raw.toks, toks)  # Gym24 Fyrislund
        or after_a_venue_compound(raw.toks, toks)  # Brudsalongen Vita Drömmar
        or (can.performer and a_performer(first, last, toks))  # lineup: Adam Beyer, Tove Lo
        or (can.titled and a_titled_thing(raw.toks))  # the boat "Lady Blue", a Lady Gin
        or (can.boat and a_boat(raw.toks, toks)) or a_park_abroad(raw.toks)
        # båten Gamle Erik, Räddningsbåt Rescue Gunnel Larsdotter, Görlitzer Park
        or _after_a_definite_genitive(raw.toks)  # Folkets Hus, Festivalens Dag
        or (can.kind and under_a_kind(raw.toks, toks))  # Hoppen Axel, Salchow och Lutz
        or (can.thing_head and after_a_thing_head(raw.toks, toks))  # trålaren Ellen Marie
        or (can.drug_head and after_a_drug_head(raw.toks, toks))  # produkten "Lean Gainz"
        or taken_product(raw.toks, toks)  # tagit Anabolic Storm, säljs "Shredz Max"
        or named_after_someone(raw.toks, toks)  # Carl Larsson-rummet, Janssons frestelse
        or a_memorial_thing(raw.toks, toks)  # Sofia kyrka, Gabriellas sång, Melins Begravning
        or before_a_property_number(raw, toks)  # Mora Vattnäs 14:3, a property's designation
        or _a_header_word(raw, toks)  # Förråd<TAB>Hyresgäst<TAB>Skuld: a column's name
        or beside_a_la(raw, toks)  # Biff à la Lindström, Ris à la Malta: a dish
        or (len(raw.toks) == 1 and (beside_a_channel(first, toks)  # P3 Natt, Ring P4 Kväll
                                    or before_an_institution(first, toks)))
        # Medicinhistoriska museet
        or among_things(raw.toks, toks)  # Dieter: Atkins, Dukan, South Beach, Paleo
    )


# A noun's definite genitive: folkets, festivalens, tassarnas. No name ends so (Jens, a
# given name, is listed, and listed names are never asked).
_DEFINITE_GENITIVE: Final = ("ets", "ens", "arnas", "ernas", "ornas")
_SHORTEST_GENITIVE: Final = 7


def _after_a_definite_genitive(run: list[Tok]) -> bool:
    """`Folkets Hus`, `Festivalens Dag`, `Tassarnas Hus`: a place, a day or a title; also
    after the place it stands in (`Hjällbo Folkets Hus`)."""
    if len(run) < 2:
        return False
    if _a_definite_genitive(run[-2]):
        # but a given name no word is after a unit's genitive is its staff's (`Hemtjänstens
        # Amanuel ringde`), where a day or a title is a word (`Festivalens Dag`)
        last = run[-1].info
        return len(run) > 2 or not (last.first and not (last.common or last.negative))
    # before a word no given name is, and the place it stands in: `Folkets Hus Kiruna`
    # (`Polisens Anna Berg` names her)
    return len(run) > 2 and _a_definite_genitive(run[-3]) and not run[-2].info.first


def _a_definite_genitive(head: Tok) -> bool:
    return not head.info.name and len(head.folded) >= _SHORTEST_GENITIVE and (
        head.folded.endswith(_DEFINITE_GENITIVE))


def _a_firm(run: list[Tok]) -> bool:
    """A run ending in a company's form with a word in it that is no name."""
    return len(run) > 2 and run[-1].folded in COMPANY_FORMS and run[-1].text[0].isupper() and (
        any(not (t.info.name or t.is_cue_word or t.sentence_start) for t in run[:-1]))


# Participles of what software does to a text, and the words naming its tool after them:
# `utskriven söndag via Otto`, `transkriberad med Whisper`. `av` and `by` name who did it
# (`exporterad av Khaled`), and `skriven`, `översatt` are people's work: all left out.
_MACHINE_DONE: Final = frozenset({
    "utskriven", "utskrivet", "utskrivna", "utskrift", "genererad", "genererat", "genererade",
    "genererades", "transkriberad", "transkriberat", "transkriberade", "transkriberades",
    "skannad", "skannat", "skannade", "exporterad", "exporterat", "exporterade",
    "maskinöversatt", "autogenererad", "printed", "generated", "transcribed", "scanned",
    "exported", "auto-generated"})
_MACHINE_LINKS: Final = frozenset({"via", "med", "i", "with", "in", "through"})
_MACHINE_REACH: Final = 3  # words from the participle to the tool: utskriven söndag via


def _made_by_a_machine(first: int, toks: list[Tok]) -> bool:
    """A single name right after a machine's participle and `via`, `med`: a tool."""
    if first < 2 or toks[first - 1].folded not in _MACHINE_LINKS:
        return False
    return any(t.folded in _MACHINE_DONE and not t.line_break_before
               for t in toks[max(0, first - 1 - _MACHINE_REACH) : first - 1])


def _a_header_word(run: Run, toks: list[Tok]) -> bool:
    """A word alone in a table's row of words: a column's header, also one that is a name too
    (`Skuld`) or follows `Namn` (`Namn;Födelsedatum`), or a cell of a list of things; a given
    name common here there stays one (a rota's `Anna`), and so does a listed name no word
    (`Lennart`)."""
    tok = run.toks[0]
    return len(run.toks) == 1 and not tok.info.core and (tok.info.common or not (
        tok.info.first or tok.info.last)) and (
        tok.place is not None and (in_a_row_of_words(tok.place.text, tok.start) or (
            in_a_csv_header(tok.place.text, tok.start))))  # Förnamn,Efternamn,Telefon


def _of_an_organisation(run: Run, toks: list[Tok]) -> bool:
    """Edinburgh in `Royal Infirmary of Edinburgh`: `of` after an organisation's word."""
    i = run.toks[0].index
    return i >= 2 and toks[i - 1].folded in ("of", "for") and toks[i - 2].folded in ORG_WORDS


def _a_full_name_after(run: list[Tok]) -> bool:
    """`Staff Anna Berg informed …`: a given name and a surname after a group's word are a
    member's name; a group is named after one word (`Team Syd`, `Lag Sjöberg`)."""
    return len(run) == 3 and run[1].info.first and (run[2].info.last or run[2].info.shaped) and (
        not run[1].info.negative)
