"""Names of people, without a Swedish NER model: gazetteers, capitals, cues and consistency.

1. Runs of capitalised words (with `af`/`von`/`al` particles and initials) are candidates.
   A run with two words and at least one known name is a name; one known word alone is a
   name unless it is also an ordinary word at the start of a sentence.
2. Lower-case names count after a person cue (`klienten erik`), beside another name, or when
   they are common names here and no ordinary word.
3. Every later occurrence of a word already found in a name is a name too.
Hard negatives (places, agencies, substances, pill stamps) are never names on their own;
street names that are also first names (Molly, Tina) are names only when a relation word
names them directly (`klienten Tina`) or a surname follows (`Molly Svensson`).
"""

from __future__ import annotations

from typing import Any

from mailgate.scan.recognizers.actinginitials import acting_initials
from mailgate.scan.recognizers.apostrophes import apostrophe_genitives
from mailgate.scan.recognizers.aside import no_person
from mailgate.scan.recognizers.base import Hit, RegexRecognizer
from mailgate.scan.recognizers.boats import ships_out
from mailgate.scan.recognizers.boldspeakers import bold_speakers
from mailgate.scan.recognizers.booking import booking_names
from mailgate.scan.recognizers.bracketnicks import bracketed_nicknames
from mailgate.scan.recognizers.bullets import listed_people
from mailgate.scan.recognizers.careof import care_of_names
from mailgate.scan.recognizers.casecaps import surnames_with_initials
from mailgate.scan.recognizers.castroles import cast_characters_out
from mailgate.scan.recognizers.characters import characters_out
from mailgate.scan.recognizers.chatmates import chat_mates
from mailgate.scan.recognizers.cjknames import cjk_names
from mailgate.scan.recognizers.classmates import pupils_by_class
from mailgate.scan.recognizers.clauseapposition import names_after_a_clause
from mailgate.scan.recognizers.contactlist import contact_names, passed_on_contacts
from mailgate.scan.recognizers.coordinated import coordinated
from mailgate.scan.recognizers.cosigned import cosigned_initials
from mailgate.scan.recognizers.credited import credited_out
from mailgate.scan.recognizers.dashglossed import dash_glossed
from mailgate.scan.recognizers.declined import read_declined
from mailgate.scan.recognizers.disclaimed import disclaimed
from mailgate.scan.recognizers.disowned import disowned
from mailgate.scan.recognizers.dosed import dosed
from mailgate.scan.recognizers.doubleinitials import double_initials
from mailgate.scan.recognizers.drugforms import dealer_nicknames, without_the_drug
from mailgate.scan.recognizers.drugnamed import kin_of_a_street_name
from mailgate.scan.recognizers.editions import editions_out
from mailgate.scan.recognizers.farewells import farewell_names
from mailgate.scan.recognizers.filenames import names_in_file_names
from mailgate.scan.recognizers.firmalone import a_firm_alone, a_firm_by_its_form
from mailgate.scan.recognizers.flattenants import flat_tenants
from mailgate.scan.recognizers.foreignkin import foreign_kin_names
from mailgate.scan.recognizers.foundinitials import found_initials
from mailgate.scan.recognizers.framednicks import framed_nicknames
from mailgate.scan.recognizers.genitiveapposition import genitive_appositions
from mailgate.scan.recognizers.givenwords import word_given_names
from mailgate.scan.recognizers.handovers import handover_names
from mailgate.scan.recognizers.initials import (
    aged_initials,
    cued_initials,
    initials_signing,
    signed_initials,
    slashed_initials,
)
from mailgate.scan.recognizers.initialsurname import initial_and_short_surname
from mailgate.scan.recognizers.judged import judge_named
from mailgate.scan.recognizers.kin import kin_names
from mailgate.scan.recognizers.kingenitive import unlisted_kin_genitives
from mailgate.scan.recognizers.kinof import kin_of_names, named_ones_genitives
from mailgate.scan.recognizers.languages import adapt_to_language
from mailgate.scan.recognizers.ledgermates import ledger_mates
from mailgate.scan.recognizers.loginitials import log_initials
from mailgate.scan.recognizers.logins import login_names
from mailgate.scan.recognizers.logsigned import dash_signed_initials
from mailgate.scan.recognizers.lowercase import lower_names
from mailgate.scan.recognizers.lowercued import lower_cued_names
from mailgate.scan.recognizers.lowerfrom import lower_senders
from mailgate.scan.recognizers.lowergenitive import lower_genitives
from mailgate.scan.recognizers.lowerpairs import lower_pairs
from mailgate.scan.recognizers.memorials import a_memorial_hit
from mailgate.scan.recognizers.metnicks import met_nicknames
from mailgate.scan.recognizers.minutesinitials import minutes_initials
from mailgate.scan.recognizers.namecolumn import names_in_columns
from mailgate.scan.recognizers.namedthing import EVERY, Possible, names_a_thing, possible
from mailgate.scan.recognizers.namequoted import quoted_after_a_name_word
from mailgate.scan.recognizers.namerows import name_rows
from mailgate.scan.recognizers.nickname import nicknames
from mailgate.scan.recognizers.orgpieces import around_organisations
from mailgate.scan.recognizers.pets import pet_names
from mailgate.scan.recognizers.quotednames import between_names, chat_names
from mailgate.scan.recognizers.quotedtitles import quoted_titles_out
from mailgate.scan.recognizers.quotesigners import quote_signers
from mailgate.scan.recognizers.realnames import glossed_nicknames
from mailgate.scan.recognizers.register import register_names, shouted_names
from mailgate.scan.recognizers.registerinitials import register_initials
from mailgate.scan.recognizers.registermates import register_mates
from mailgate.scan.recognizers.repeat import repeated
from mailgate.scan.recognizers.rolenamed import role_named
from mailgate.scan.recognizers.rolenicks import role_nicknames
from mailgate.scan.recognizers.rowheads import row_heads
from mailgate.scan.recognizers.runs import Run, capital_runs
from mailgate.scan.recognizers.saidworks import said_to_be_works
from mailgate.scan.recognizers.scores import SCORE_ALONE, SCORE_FULL
from mailgate.scan.recognizers.sellers import seller_nicknames
from mailgate.scan.recognizers.shoutedalone import shouted_alone
from mailgate.scan.recognizers.shoutedranks import ranked_surnames
from mailgate.scan.recognizers.signers import (
    labelled_initials,
    labelled_surnames,
    signer_columns,
)
from mailgate.scan.recognizers.sizednames import sized_names
from mailgate.scan.recognizers.slashpairs import slashed_pairs
from mailgate.scan.recognizers.slashsigned import slash_signed_name
from mailgate.scan.recognizers.speakers import chat_speakers
from mailgate.scan.recognizers.spelled import spelled_out
from mailgate.scan.recognizers.splitdrugs import split_drugs_out
from mailgate.scan.recognizers.spoken import spoken_full_names
from mailgate.scan.recognizers.staffinitials import attendance_initials, role_initials
from mailgate.scan.recognizers.stagenames import stage_names_out
from mailgate.scan.recognizers.streetglossed import street_glossed_out
from mailgate.scan.recognizers.textindex import tokens_inside
from mailgate.scan.recognizers.thingwords import ThingWords
from mailgate.scan.recognizers.tokenized import release, tokens_of
from mailgate.scan.recognizers.unlistedsubject import unlisted_subjects
from mailgate.scan.recognizers.variants import spelling_variants
from mailgate.scan.recognizers.vocatives import street_name_vocatives
from mailgate.scan.recognizers.words import Tok
from mailgate.scan.recognizers.writerinitials import written_by_initials
from mailgate.scan.whole import whole_of


class PersonRecognizer(RegexRecognizer):
    ENTITY = "PERSON"

    def hits(self, text: str, nlp_artifacts: Any) -> list[Hit]:
        toks = tokens_of(text, nlp_artifacts)
        whole = whole_of(nlp_artifacts)
        if toks and toks[0].place is not None and whole is not None:
            toks[0].place.ends_text = whole.ends_text
        adapt_to_language(toks)
        read_declined(toks)  # Nowakowi, Virtasen: a name in its case
        try:
            return self._names(text, toks, nlp_artifacts, possible(text, toks))
        finally:
            release(toks)

    def _names(self, text: str, toks: list[Tok], nlp_artifacts: Any,
               can: Possible = EVERY) -> list[Hit]:
        runs = capital_runs(toks)
        cut: set[int] = set()  # words of organisations' names cut off the runs
        if can.organisation:  # else no run holds such a word: each stays whole
            pieces = [piece for run in runs for piece in around_organisations(run)]
            kept = {t.start for piece in pieces for t in piece.toks}
            cut = {t.start for run in runs for t in run.toks if t.start not in kept}
            runs = pieces  # Ekholms in Ekholms Lantbruk is the firm's
        things = ThingWords(cut, toks, can)  # where the words of things' names start
        # Jula, Bauhaus; sjöng Stilla natt; sökhunden Max
        found: list[Hit] = []
        unjudged: list[Run] = []
        for run in runs:
            h = judge_named(run, toks, can)
            if h is None:
                unjudged.append(run)
                things.later(run)  # no name: a thing's or not, asked if it matters
            elif (names_a_thing(run, toks, can) and not _given_a_medicine(h, run, toks)) or (
                    no_person(run.toks, toks, can.animal, can.sung)) or (  # Martin & Servera
                    _firm_alone(h, run, toks)):  # Arbetsgivare: Ahlsell
                things.add(run)
            else:
                found.append(h)
        found += surnames_with_initials(unjudged, runs, toks)  # SFE-26-4422 DOCHERTY M – …
        found += unlisted_subjects(unjudged, toks)  # Ruslana berättade att hon …
        found += lower_names(toks, english=self.supported_language == "en")
        found += lower_pairs(toks) + lower_senders(toks)  # med ansora o varenya; från zoran:
        if self.supported_language != "en":
            found += lower_genitives(toks)  # en påse i viggos jacka
        found += register_names(toks, SCORE_FULL) + nicknames(toks) + chat_names(toks) + (
            between_names(toks))
        found += care_of_names(toks, SCORE_FULL) + shouted_names(toks, SCORE_ALONE)
        found += booking_names(toks, SCORE_FULL)  # pax OIKONOMOU/ELENI MRS
        found += ranked_surnames(toks, SCORE_ALONE)  # LÖJTNANT BERG MEDDELADE
        found += dealer_nicknames(toks) + seller_nicknames(toks)  # Metadon-Micke, "Smeden"
        found += role_nicknames(toks)  # brigadledaren "Darek", player "Ghost"
        found += quoted_after_a_name_word(toks)  # ett namn, "Jolle"; kontakten "Mamma"
        found += met_nicknames(text, toks)  # ringt "Kusinen", pratade med "Grannen"
        found += street_name_vocatives(toks)  # Kristina sorry att jag väcker dig
        found += sized_names(toks) + signed_initials(toks)  # lill-Sami; DL/ssk
        found += slashed_initials(toks) + initials_signing(text)  # /K. Strömholm; /vik. JF
        found += shouted_alone(toks) + cued_initials(toks)  # LUDDE. det e …; initialer AL
        found += aged_initials(toks)  # Patient (J.S., 41 år)
        found += initial_and_short_surname(toks)  # skrevs av M. Ask, Närvarande: T. Hed
        found += attendance_initials(toks) + role_initials(toks)  # Närvarande: PD; Skiftledare MB
        found += log_initials(text)  # ON 07.00 nål i spygatten: who wrote a log's line
        found += pupils_by_class(toks)  # Oro kring Juni i 9B
        found += labelled_initials(text) + signer_columns(text)  # Registrerat av: LH; a Sign column
        found += written_by_initials(text)  # Antecknat av MLD, Sekreterare: PKJ
        found += acting_initials(toks)  # uppmätte JL, i närvaro av SW, Svar FS:, AK ringde
        found += double_initials(toks)  # K-G tog över, till P-O, samtal med M.L.
        found += names_after_a_clause(toks)  # en till som hjälper, Rawand.
        found += word_given_names(toks)  # Min søster Live, Even ringte meg
        found += framed_nicknames(toks)  # Tuffe och hans kusin, ok lyssna Ibbe., TOMPA – du
        found += labelled_surnames(text) + flat_tenants(text)  # Kvittens: Mård.; lgh 0401 (Tell)
        found += handover_names(text) + slash_signed_name(text)  # Saga → Ove:; …⏎/Nora
        found += row_heads(text, toks)  # Granqvist: fru och dotter; Wikander – byta lås
        found += register_initials(text)  # Provet togs av Ahlroos, C. kl 08:10
        found += dash_signed_initials(toks)  # 03.45 cell 8 – sover – EH
        found += cosigned_initials(toks)  # given enl. vid behov, AK/SB.; … skriven.⏎LH
        found += minutes_initials(text, found)  # Avstämning⏎GT, HL; Sign. BF, LH; av PÅ.
        found += login_names(text, toks)  # användare zarslan; Operatör: op_hanna.w
        found += kin_of_a_street_name(toks)  # Tinas mamma
        found += unlisted_kin_genitives(toks) + kin_of_names(toks)  # Bardias pappa; son till Harry
        found += named_ones_genitives(toks)  # Rosas mamma, Viola's birthday
        found += foreign_kin_names(toks)  # Mikan äiti, Senadova sestra, syna Piotra
        found += genitive_appositions(toks)  # min kusins, Fatlindas, pojkvän
        found += spoken_full_names(toks) + kin_names(toks)  # olle norberg; familjen Schulte
        found += lower_cued_names(toks)  # kunden mats strand, familjen strand
        found += chat_speakers(toks)  # Anastasia: nej och ge honom inte Sobril igen!!
        found += names_in_columns(text)  # Hyresgäst<TAB>…: a column of people
        found += contact_names(text) + passed_on_contacts(text)  # "Tina"<TAB>070…; "Zack", 070…
        found += name_rows(text)  # Lisa Frisk<TAB>070-…: a row's full name with its number
        found += quote_signers(text)  # "Lunchen var kall." – Viola Ström
        found += bold_speakers(text)  # **askt**: någon som sett …: a chat's markdown
        found += found_initials(text, found)  # utredare Sara Fjellström … SF: Känner du
        found += register_mates(text, found)  # Hallin A – godkänd … Vlachou D – godkänd
        found += chat_mates(text, found)  # J-P: beside Amira: found speaking
        found += farewell_names(text)  # RIP Hampus, vila i frid Ilona
        found += names_in_file_names(text)  # lisa_holm.docx, intervju_ahmed_y.mp3
        found += bracketed_nicknames(text, found)  # Magnus Berg ("Maggen")
        found += glossed_nicknames(text)  # "Boy" är ett smeknamn; djuret (his real name is …)
        found += apostrophe_genitives(text)  # för Andreas' skull, Tobias' mamma
        found += cjk_names(text)  # Student 王伟 anmälde, Passagerare 김민준
        # The tokens in a name, found once: coordinated adds those of the names it finds.
        inside = tokens_inside(toks, found)
        found += [h for h in coordinated(toks, found, inside)
                  if not a_memorial_hit(h.start, h.end, toks)]  # …, Sofia kyrka
        pairs = slashed_pairs(toks, inside)  # Ebba Kjellberg/Nova Alm
        found += pairs
        inside |= tokens_inside(toks, pairs)
        found += listed_people(toks, found)  # - Viola Ek, … among items opening with names
        mates = [h for h in ledger_mates(toks, found, inside) if h.start not in things]
        found += mates  # Tehrani 650 kr⏎Strand 1 300 kr
        inside |= tokens_inside(toks, mates)
        # A name seen again, but not inside a thing's name: Ekholms Lantbruk, Hallgren & Kask.
        found += [h for h in repeated(toks, found, whole_of(nlp_artifacts), inside)
                  if h.start not in things]
        found += [h for h in spelling_variants(toks, found, inside)  # Zubair ... Zobair
                  if h.start not in things]
        # A role's pair is added last: its words, some also a place's or a thing's, are not
        # looked for again elsewhere in the text.
        found += role_named(toks, can)  # Purser: Solveig Öhrn, Staff Precious Adebayo
        found = [without_the_drug(h, text) for h in found]  # Kristall-Kim: Kim is masked
        found = disclaimed(text, toks, found)  # "X" och "Y" är loknamn
        found = disowned(text, found)  # Namn som inte är personer: Mr Green, Lady Luck
        found = editions_out(text, found)  # Air Jordan 4 "Bred": a colourway
        found = credited_out(text, found)  # "Majvor" – Linnea Ek (Atlas): a title
        found = dash_glossed(text, found)  # Heavy Duty — boken
        found = said_to_be_works(text, found)  # Monsieur Hulot är en film
        found = street_glossed_out(text, toks, found)  # heroin kallas Henry … Henry är dyr
        found = cast_characters_out(text, found)  # KRISTER (spelas av …), Q412 Violetta:
        found = stage_names_out(text, found)  # DJ Lovisa Vox, MC Mormor
        found = characters_out(text, found)  # headliner Kapten Kokos, skurken Graf Mohnblum
        found = ships_out(text, found)  # MV NORDIC LINNEA (IMO 9418822)
        found = quoted_titles_out(text, found)  # "Gabriels oboe", "Marsch ur Aida"
        found = spelled_out(toks, found)  # Bokstaveras Adam Bertil Cesar; Alfa 1-2
        found = split_drugs_out(toks, found)  # Rita lin, Tram Adol: a drug's name in pieces
        return _not_a_pet(text, found, runs, toks) if can.pet else found


def _firm_alone(h: Hit, run: Run, toks: list[Tok]) -> bool:
    """One word found alone where a firm stands, or a surname with a company's form
    (firmalone.py): `prov hos Avonova`, `Ericsson AB`."""
    inside = [t for t in run.toks if t.start >= h.start and t.end <= h.end]
    if len(inside) == 2:
        return a_firm_by_its_form(inside, toks)  # Ericsson AB
    return len(inside) == 1 and a_firm_alone(inside[0], toks)


def _given_a_medicine(h: Hit, run: Run, toks: list[Tok]) -> bool:
    """The run's name, found before the medicine given it (dosed.py): `fick Elsa Oxynorm 10
    mg` is no pill's name glossed by its dose."""
    return dosed(run.toks, [t for t in run.toks if t.start >= h.start and t.end <= h.end], toks)


def _not_a_pet(text: str, found: list[Hit], runs: list[Run], toks: list[Tok]) -> list[Hit]:
    """Without the words a pet is called elsewhere in the text: `min hund Sigge ... Sigge
    nosade`, `Ägaren till Fiffi`."""
    pets = pet_names(runs, toks)
    if not pets:
        return found
    return [h for h in found if not _a_pets_word(text[h.start : h.end].casefold(), pets)]


def _a_pets_word(word: str, pets: set[str]) -> bool:
    """The pet's word, or its genitive (`Sigges skål`); `Doris` ends in s of its own."""
    return word in pets or word.removesuffix("s") in pets
