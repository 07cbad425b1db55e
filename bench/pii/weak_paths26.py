"""PERSON's weakest paths, round 26: a word no list holds after a person's cue, three
title-case words no list holds, a word the lists hold only as a name; persons and things in
the same frames.

    python bench/pii/weak_paths26.py [-v]

Voices: a housing officer's case log, a festival's medical tent, a prison's visiting
desk, a school's welfare team, an English-speaking harm-reduction van, a church's night
café. Families: `relation` (an unlisted word after a relation cue: `pratade med Zoraida`
beside `pratade med Securitas`, `kontakt Arbetsförmedlingen`), `serves` (a role for or at
what it serves: `ombud för Matbutiken`), `definite` (a noun's definite form in -eln:
`Bygdehandeln`), `rest` (a surname-shaped word after a firm's word: `ICA Nordbergsholm`),
`three` (three title-case words no list holds: `Dritan Qorri Vashaj` beside `Unga Vuxna
Stöd`), `naming` (after `heter`, `kallas`: a person beside a place's or a group's name). A
third (`crc32 % 3 == 0`) is kept out of tuning. All names are made up.
"""

from __future__ import annotations

import sys

from marks import run_families

PERSONS: tuple[tuple[str, str], ...] = (
    ("relation", "Pratade med [[Zoraida]] om hyran, hon betalar på fredag."),
    ("relation", "Klienten har kontakt med [[Ghislaine]] varje vecka."),
    ("relation", "Träffade [[Oktawian]] vid tältet, han var blek."),
    ("relation", "Ringde [[Tuuli]] två gånger utan svar."),
    ("relation", "Hans kompis [[Brynjolf]] kom och hämtade honom."),
    ("relation", "Mamma [[Nomsa]] var med på mötet."),
    ("relation", "Met [[Ezinne]] near the van, she wanted clean kits."),
    ("relation", "Kuratorn [[Wilhelmiina]] tar nästa samtal."),
    ("relation", "Hennes sambo [[Radovan]] satt i bilen."),
    ("relation", "Mötte [[Tayebeh]] i entrén, hon väntade på sin son."),
    ("relation", "Besökaren [[Ilkka]] skrev in sig 14:10."),
    ("relation", "Told [[Saoirse]] the van would be back on Thursday."),
    ("serves", "Kontakten för ärendet är [[Zoraida]], hon svarar på fredagar."),
    ("serves", "God man för [[Oktawian]] har ansökt om bostad."),
    ("serves", "Vi bor hos [[Ghislaine]] tills vidare."),
    ("serves", "Handläggaren [[Tayebeh]] ringer efter lunch."),
    ("serves", "Volunteer [[Ezinne]] covered the Tuesday shift."),
    ("serves", "Sjuksköterskan [[Ilkka]] för journalen idag."),
    ("definite", "Hon pratade med [[Radovan]] i korridoren."),
    ("definite", "Sambon [[Wilhelmiina]] hämtade nycklarna."),
    ("definite", "Mötte [[Brynjolf]] utanför tältet."),
    ("definite", "Kompisen [[Saoirse]] sov över."),
    ("rest", "Enligt [[Lindholmsberg]] var dörren olåst."),
    ("rest", "Familjen [[Västerbergson]] har flyttat in på plan 3."),
    ("rest", "Hej [[Grönqvistberg]], tack för sist!"),
    ("rest", "Fru [[Ekstrandsson]] ringde i morse om nyckeln."),
    ("rest", "Ledig: [[Sjöbergström]], åter måndag."),
    ("rest", "Vi ses hos [[Tallqvisten]] ikväll."),
    ("three", "Besök av [[Dritan Qorri Vashaj]] kl 14."),
    ("three", "Anmälare: [[Nnamdi Obiora Eze]]"),
    ("three", "Intagen: [[Tsegay Haile Gebru]], född 1999."),
    ("three", "Kontaktperson [[Oyelaran Bisi Adeyemi]] ringer imorgon."),
    ("three", "Vi har pratat med [[Huong Thi Lanh]] om boendet."),
    ("three", "Mottagare: [[Farrukh Tolib Nazarov]]"),
    ("naming", "Hon heter [[Ylvalisa]] och bor i korridoren."),
    ("naming", "Han kallas [[Pinnen]] av de andra."),
    ("naming", "Den nya volontären heter [[Saskia]]."),
    ("naming", "Killen som kallas [[Tjabo]] har inte synts."),
)

NEGATIVES: tuple[tuple[str, str], ...] = (
    ("relation", "Pratade med [[Securitas]] om larmet i trapphuset."),
    ("relation", "Klienten har kontakt med [[Previa]] genom jobbet."),
    ("relation", "Träffade [[Attendo]] om platsen på boendet."),
    ("relation", "Ringde [[Telia]] om abonnemanget, det är avstängt."),
    ("relation", "Hans kompis från [[Fryshuset]] kom förbi."),
    ("relation", "Mamma har kontakt med [[Kvinnojouren]] sedan i våras."),
    ("relation", "Met [[Oxfam]] staff at the crossing."),
    ("relation", "Kuratorn på [[Vasaskolan]] tar nästa samtal."),
    ("relation", "Pratade med [[Humana]] om assistansen."),
    ("relation", "Mötte [[Stadsmissionen]] vid Centralen."),
    ("relation", "Ringde [[Vårdguiden]] som hänvisade vidare."),
    ("relation", "Told [[Medicover]] the results were late."),
    ("serves", "Hon är ombud för [[Matbutiken]] sedan i höstas."),
    ("serves", "Kuratorn hos [[Ungdomsmottagningen]] ringer efter lunch."),
    ("serves", "Vår kontaktperson för [[Omsorgsboende]] är sjuk."),
    ("serves", "Volunteer for [[Caritas]] covered the Tuesday shift."),
    ("serves", "Samordnaren för [[Nattcaféet]] har semester."),
    ("serves", "Handledaren hos [[Byggkompaniet]] skrev intyget."),
    ("serves", "Ordföranden för [[Bostadsrättsföreningen]] kallade till möte."),
    ("serves", "Chef för [[Vuxenstöd]] sedan mars."),
    ("definite", "Hon pratade med [[Matcykeln]] om leveransen."),
    ("definite", "Jag driver [[Bygdehandeln]] i byn sedan 2019."),
    ("definite", "Mötte [[Spegeln]] redaktionen vid entrén."),
    ("definite", "Kontakt: [[Nyckeln]] stödboende, dagtid."),
    ("rest", "Tankade på Shell [[Kungsängsberg]] vid niotiden."),
    ("rest", "Bussen stannar vid ICA [[Nordbergsholm]] varje timme."),
    ("rest", "Paketet ligger hos Postnord [[Hagalundsberg]] sedan tisdag."),
    ("rest", "Matchen mot IFK [[Österstrand]] flyttas."),
    ("rest", "Hon jobbar på Coop [[Lindvallsby]] på helgerna."),
    ("rest", "Vi åkte till Circle K [[Rosenlundberg]] och köpte kaffe."),
    ("three", "Besök av [[Unga Vuxna Stöd]] kl 14."),
    ("three", "Anmälare: [[Trygg Hansa Försäkring]]"),
    ("three", "Vi har pratat med [[Nya Vägen Öst]] om boendet."),
    ("three", "Mottagare: [[Stiftelsen Nytt Liv]]"),
    ("three", "Kontaktperson [[Mind Sverige Stockholm]] ringer imorgon."),
    ("three", "Hon läste [[Röda Rummet Igen]] på avdelningen."),
    ("naming", "Gruppen heter [[Nattvandrarna]] och går varje fredag."),
    ("naming", "Stället kallas [[Kulan]] av de boende."),
    ("naming", "Projektet heter [[Steget]] och startade i maj."),
    ("naming", "Caféet som kallas [[Oasen]] har öppet till midnatt."),
)

if __name__ == "__main__":
    sys.exit(run_families(NEGATIVES, PERSONS))
