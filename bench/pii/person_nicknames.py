"""PERSON's last tail: nicknames no list holds, initials where someone acts, a citation's
authors, and Norwegian given names that are English words, each beside look-alikes in the
same frames that must stay unflagged: the share of persons found and of negatives flagged.

    python bench/pii/person_nicknames.py [-v]

Written in voices the other person benches lack (a youth club's group chat, a gamers'
Discord in capitals, a drug-checking lab's bench log, a custody suite's log, a pharmacology
student's literature e-mail, a dog owners' forum, a Norwegian night shelter's log and user
forum). Families: `nick` (a nickname no list holds, in a frame that shows a person: `Vi
kallar honom Ibbe`, `yo TOMPA e du vaken`), `initials` (two letters where someone acts:
`checked PF`, `i närvaro av SW`, `Svar FS:`), `cited` (a cited paper's authors: `(Sandell
et al., 2021)`), `norsk` (`Even`, `Live` as someone), `petside` (people beside pets).
Negatives stand in the same frames: a kin noun or adjective, a shouted acronym or drug, a
method's, unit's or agency's letters, a time's `AM`, an agency or journal before a year,
`pets` (pets named in a list after a breed's plural: pets are no persons, as
mailgate/scan/README.md says), and `english` (`Even so`, `Live music`).

A person counts as found when a PERSON finding covers the name; a negative as flagged when a
finding that would be masked overlaps it. A third (`crc32(text) % 3 == 0`, the text without
its marks) is kept out of tuning; `-v` prints every person missed and negative flagged. All
names are made up.
"""

from __future__ import annotations

import sys

from marks import run_families

PERSONS: tuple[tuple[str, str], ...] = (
    # nicknames no list holds, in frames that show a person
    ("nick", "Alla på fritidsgården kallar honom [[Ibbe]] sedan han var tolv."),
    ("nick", "[[Tuffe]] var inte med på festen, han satt hemma med sin mamma."),
    ("nick", "Hörde från [[Lillebror]] att han köpt pillren vid stationen."),
    ("nick", "Vi kallar honom [[Lilleman]] fast han är nitton nu."),
    ("nick", "[[Gruby]] skrev i chatten att han fått tag i ketamin."),
    ("nick", "yo [[TOMPA]] e du vaken? behöver skjuts hem"),
    ("nick", "Fråga [[Dogge]], han vet vem som sålde dem."),
    ("nick", "Min kompis [[Bebbe]] hamnade på akuten efter festen."),
    ("nick", "Ring [[Smulan]] om du inte får tag i mig, hon har nyckeln."),
    ("nick", "[[Nippe]] och jag gick hem vid två."),
    ("nick", "Han som kallas [[Kruxet]] i kvarteret var där igen i går."),
    ("nick", "Sa till [[Pålle]] att han skulle sluta, men han lyssnar inte."),
    ("nick", "[[Totte]] sa att pillren var starkare än vanligt."),
    ("nick", "Lillasyster kallar vi [[Myran]], hon går i nian nu."),
    ("nick", "ok [[BULLEN]] jag kommer om tio"),
    ("nick", "Hälsa till [[Tjabbe]] från oss alla på boendet."),
    ("nick", "Enligt [[Gurra]] var det fel på testet."),
    ("nick", "Kuratorn pratade med [[Zacke]] och hans pappa i morse."),
    ("nick", "[[Fimpen]] har inte synts till sedan i fredags, säger hans syster."),
    ("nick", "haha [[KNUTTE]] du är inte klok"),
    ("nick", "Vi hämtade [[Lillen]] vid skolan, han var blek och yr."),
    ("nick", "[[Snorre]] lovade att han skulle sova över hos oss."),
    # initials where someone acts
    ("initials", "Sample 14 checked [[PF]], no fentanyl detected."),
    ("initials", "Passet i kväll: [[AH]] + HS, inga incidenter."),
    ("initials", "Passet i natt: RB + [[HS]], en avvisning vid dörren."),
    ("initials", "Visitationen gjordes i närvaro av [[SW]] och vakthavande."),
    ("initials", "Blodtrycket uppmätte [[JL]] till 160/95 vid ankomsten."),
    ("initials", "Svar [[FS]]: provet skickas till labbet i morgon."),
    ("initials", "Registrerat av [[AM]] 2026-11-03 kl. 14.20."),
    ("initials", "Provet vägdes in av KB och kontrollerades av [[LT]]."),
    ("initials", "Närvarande: [[TN]], MB, GS."),
    ("initials", "Reviewed by [[CW]] on 12 Nov, result confirmed."),
    ("initials", "Dos given av [[EL]] 21.40, patienten lugn."),
    ("initials", "Spoke with [[RK]] re: the pill press photos."),
    ("initials", "Överlämnat till [[JS]] vid skiftbytet."),
    ("initials", "OK från [[PN]], vi publicerar varningen i morgon."),
    ("initials", "Svar till [[IB]]: nej, vi har inte sett den stämpeln."),
    ("initials", "Följdes upp av [[MH]] dagen efter."),
    ("initials", "[[AK]] ringde tillbaka och bekräftade fyndet."),
    ("initials", "Sample tested by [[JT]], Marquis turned black."),
    ("initials", "Cell 4 inspected by [[DO]] at 03:10, sleeping."),
    ("initials", "Kontrollerat [[ES]], inga anmärkningar."),
    # a cited paper's authors
    ("cited", "The paper cites [[Petrou A]], Lenz M on isotonitazene."),
    ("cited", "Enligt en studie ([[Sandell]] et al., 2021) ökar risken."),
    ("cited", "Se [[Hofer]] et al. (2019) för doseringen."),
    ("cited", "Som [[Wikström]] och Dahl (2020) visade varierar halterna."),
    ("cited", "Mortality was higher in that cohort ([[Okafor]] et al. 2022)."),
    ("cited", "As noted by [[Brennan]] and colleagues (2018), tolerance fades fast."),
    ("cited", "Citerat i [[Åberg L]], Nyhus T. Nordisk tidskrift 2020."),
    ("cited", "[[Varga]] m.fl. (2017) beskrev samma förgiftningsbild."),
    ("cited", "Källa: [[Hallqvist J]], Berglund E (2023) Syntetiska opioider."),
    ("cited", "ref. [[Mészáros K]], Tóth B, et al."),
    ("cited", "Detta är vanligt enligt [[Kowalczyk]] (2019)."),
    ("cited", "The case series by [[Ferreira]] et al. reported six deaths."),
    ("cited", "Two deaths were linked to it (see [[Dimitriou]] & Haas, 2016)."),
    ("cited", "Liknande fynd finns (Tamm 2020; [[Lerche]] 2021)."),
    # Even and Live as Norwegian given names
    ("norsk", "[[Even]] ringte meg i går og sa at pillene var sterke."),
    ("norsk", "[[Live]] sa at hun hadde testet posen selv."),
    ("norsk", "Jeg og [[Even]] dro hjem før tre."),
    ("norsk", "Snakket med [[Live]] på natthjemmet, hun har det bra nå."),
    ("norsk", "Takk for hjelpen!\nHilsen [[Even]]"),
    ("norsk", "[[Live]] og Sander fant ham på badet."),
    ("norsk", "Kompisen min [[Even]] tok to halve."),
    ("norsk", "[[Even Bakke]] er ny feltarbeider hos oss."),
    ("norsk", "Min søster [[Live]] jobber på legevakten."),
    ("norsk", "Spør [[Even]] om han har nalokson med."),
    # people beside pets
    ("petside", "Ägarna [[Sixten Lund]] och Doris Lund gick ut med beaglarna."),
    ("petside", "Hundägaren [[Ruth Amberg]] hittade påsen när taxarna nosade."),
    ("petside", "The spaniel's owner, [[Frans Okoye]], called the vet at once."),
    ("petside", "Grannen [[Greta]] passar pudlarna när vi är bortresta."),
)

NEGATIVES: tuple[tuple[str, str], ...] = (
    # kin nouns, adjectives, shouted words, things called so
    ("nick", "Min [[lillebror]] var också där och såg allt."),
    ("nick", "Den [[tuffe]] killen i gänget sålde inget den kvällen."),
    ("nick", "Det var en [[tuff]] kväll för alla på boendet."),
    ("nick", "OBS [[MDMA]] i omlopp, ring om du mår dåligt"),
    ("nick", "[[HALLÅ]] e ni vakna eller"),
    ("nick", "ring [[SOS]] direkt om han slutar andas"),
    ("nick", "Vi kallar det [[Snurren]] när man blir yr av lustgas."),
    ("nick", "Säljaren kallar pillren [[Tuffingar]] på Telegram."),
    ("nick", "Kaféet [[Smulan]] har stängt för i dag."),
    ("nick", "yo [[LOL]] vad sjukt"),
    ("nick", "Storebror och [[lillebror]] delade rum på behandlingshemmet."),
    ("nick", "ok [[ASAP]] jag kommer"),
    # units, methods, agencies, codes, times
    ("initials", "Registered at 9:40 [[AM]] by the night shift."),
    ("initials", "Vi uppmätte [[pH]] 5,2 i lösningen."),
    ("initials", "Remitterad till [[IVA]] efter två timmar."),
    ("initials", "Analysed by [[GC]]-MS and FTIR, no match in the library."),
    ("initials", "[[THC]] + CBD i samma vape, säger testet."),
    ("initials", "Svar [[NEG]]: ingen reaktion."),
    ("initials", "Skickat till [[NFC]] för analys."),
    ("initials", "Visitationen gjordes i närvaro av [[BUP]] och socialtjänsten."),
    ("initials", "Ref [[AB]]-2291 i ärendesystemet."),
    ("initials", "Dosen gavs [[IV]] kl. 21.40."),
    ("initials", "Reviewed by [[QA]] on 12 Nov."),
    ("initials", "Staff checked [[ID]] at the door."),
    ("initials", "Meeting at 10 [[AM]] with the outreach team."),
    ("initials", "Passet i kväll: [[HLR]] + AED-genomgång."),
    ("initials", "Svar [[SMS]]: ja, jag kommer."),
    ("initials", "Uppmätte [[CO]] i lägenheten, brandkåren kom."),
    # agencies, journals and places before a year
    ("cited", "Riskerna är väl kända ([[WHO]], 2021)."),
    ("cited", "Trenden fortsätter enligt rapporten ([[EUDA]] 2024)."),
    ("cited", "Dödligheten steg ([[Folkhälsomyndigheten]], 2023)."),
    ("cited", "Publicerad i [[Lancet]] 2019."),
    ("cited", "Se [[Läkemedelsverket]] (2022) för listan."),
    ("cited", "Det visades redan ([[Nature]], 2020)."),
    ("cited", "Rapporten från konferensen ([[Göteborg]], 2019) är bifogad."),
    ("cited", "Enligt [[Socialstyrelsen]] m.fl. (2018) är det vanligt."),
    # pets named after a breed's plural
    ("pets", "Våra beagles [[Sixten]], Doris och Bruno fick följa med till stranden."),
    ("pets", "The labradors [[Molly]], Ture and Kasper stayed at the kennel."),
    ("pets", "Taxarna [[Ruffe]] och Pixie nosade på påsen i parken."),
    ("pets", "Mina katter [[Morris]] och Elsa rör aldrig pillren."),
    ("pets", "Two spaniels, [[Bonnie]] and Frans, found the stash in the park."),
    ("pets", "Pudlarna [[Greta]], Olle och Nisse har hundvakt i helgen."),
    ("pets", "Schäfrarna [[Zorro]] och Atlas sökte igenom bilen."),
    ("pets", "Our collies [[Hamish]] and Fern ate something in the park."),
    # English words
    ("english", "[[Even]] a small dose can kill, says the lab."),
    ("english", "[[Live]] music and pills don't mix, warns the festival."),
    ("english", "[[Even]] so, the batch looked clean."),
    ("english", "[[Live]] updates on the batch are on our page."),
    ("english", "[[Live]] chat with a nurse opens at 18."),
    ("english", "[[Live]]-sending fra festivalen i kveld."),
    ("english", "[[Even]]-numbered samples went to the second lab."),
    ("english", "[[Live]] testing at the gate starts on Friday."),
)


if __name__ == "__main__":
    sys.exit(run_families(NEGATIVES, PERSONS))
