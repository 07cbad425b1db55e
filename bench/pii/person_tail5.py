"""PERSON's tail, fifth round: families of names unseen text still loses, each beside
look-alikes in the same frames that must stay unflagged.

    python bench/pii/person_tail5.py [-v]

Voices the other person benches lack: a school counsellor's notes, an English-speaking
outreach worker's shift log, a family's SMS thread pasted into a report, a treatment home's
incident log, a sports club's coach, a Finland-Swedish social worker, a court's summary, a
Discord chat export. Families: `verb` (a name after a verb of meeting, calling, texting:
`träffade Selma`, `texted Marcus`), `slash` (names joined by `/`, `&`, `+`), `paren` (a name
in parentheses after a role: `kuratorn (Helena)`), `english` (an English sentence's subject in
a Swedish mail), `lower` (lower-case names in a chat quote), `particle` (`van`, `de la`,
`bin`, `al-`), `double` (`Anna-Karin`, initials `A-K`), `genitive` (`Saras mamma`),
`register` (`EFTERNAMN Förnamn`), `title` (a surname alone after a title:
`handläggare Öberg`), `roleafter` (a pair before a lower-case role: `Ask Skog, samordnare`),
`repeat` (a first name repeated after a full name in another case:
`LINA`, `linas`). Negatives stand in the same frames: a thing met or called, a list of
things, a role's department in parentheses, an English sentence's subject that is a thing,
lower-case words in chat, particles in ordinary words, hyphenated things, a firm's genitive,
an upper-case heading, a title before a place.

A person counts as found when a PERSON finding covers the name; a negative as flagged when a
finding that would be masked overlaps it. A third (`crc32(text) % 3 == 0`, the text without
its marks) is kept out of tuning; `-v` prints every person missed and negative flagged. All
names are made up.
"""

from __future__ import annotations

import sys

from marks import run_families

PERSONS: tuple[tuple[str, str], ...] = (
    # a name after a verb of meeting, calling, texting
    ("verb", "Idag träffade jag [[Selma]] i korridoren, hon verkade ledsen."),
    ("verb", "Ringde [[Jonatan]] kl 10 men han svarade inte."),
    ("verb", "Sms:ade [[Bahar]] om tiden på torsdag."),
    ("verb", "Met [[Tariq]] outside the station at 22:15, he was cold but ok."),
    ("verb", "Called [[Shanice]] twice, no answer, left a voicemail."),
    ("verb", "Texted [[Marcus]] the address of the night shelter."),
    ("verb", "Saw [[Dmitri]] near the underpass, refused a blanket."),
    ("verb", "Personalen väckte [[Linus]] kl 07.30, han ville inte stiga upp."),
    ("verb", "jag messade [[Nadia]] igår men hon har inte svarat"),
    ("verb", "Tränaren pratade med [[Elvira]] efter träningen om skadan."),
    ("verb", "Under rasten mötte eleven [[Hampus]] vid cykelstället."),
    ("verb", "Vi kontaktade [[Mirjam]] via Teams och bokade ett möte."),
    ("verb", "Spoke to [[Aleksander]] about detox options again."),
    ("verb", "Tog kontakt med [[Gunvor]] som är god man."),
    # lists with / & +
    ("slash", "Närvarande: [[Emelie]]/Rasmus/Dalia (personal)."),
    ("slash", "Närvarande: Emelie/[[Rasmus]]/Dalia (personal)."),
    ("slash", "Närvarande: Emelie/Rasmus/[[Dalia]] (personal)."),
    ("slash", "Pass ikväll: [[Viktor]] & Ines, nattpass Amir."),
    ("slash", "Pass ikväll: Viktor & [[Ines]], nattpass Amir."),
    ("slash", "Målvakter: [[Wilmer]] + Ludde, backar Nova + Siri."),
    ("slash", "Målvakter: Wilmer + Ludde, backar [[Nova]] + Siri."),
    ("slash", "Shift: [[Kofi]] / Priya, handover at 8."),
    ("slash", "Shift: Kofi / [[Priya]], handover at 8."),
    ("slash", "Mamma & [[Farhad]] kommer på mötet."),
    # in parentheses after a role
    ("paren", "Kuratorn ([[Helena]]) deltog på mötet."),
    ("paren", "Eleven har pratat med sin mentor ([[Johan Lind]]) om frånvaron."),
    ("paren", "Kontaktpersonen ([[Rauha]]) meddelade att hon är sjuk."),
    ("paren", "Mother ([[Chiamaka]]) was present at the visit."),
    ("paren", "Behandlaren ([[Sevda]]) följde med till tandläkaren."),
    ("paren", "Målsäganden ([[Erik Wendel]]) var inte närvarande."),
    ("paren", "Tränare U12 ([[Patrik]]) ansvarar för bollarna."),
    # an English sentence's subject in a Swedish mail
    ("english", "Hej! [[Stacey]] says she can take the Friday shift. Mvh Lotta"),
    ("english", "Ärendet fortsätter. [[Kevin]] has missed two appointments this month."),
    ("english", "Hej Anna, [[Noah]] will be late today, he has a dentist appointment."),
    ("english", "Tack för mötet. [[Bilal]] wants to move back to his mother."),
    ("english", "FYI: [[Greta]] is off sick until Monday."),
    ("english", "[[Omari]] did not show up for practice again."),
    # lower-case names in a chat quote
    ("lower", "Eleven visade chatten: \"[[ella]] är så fake\"."),
    ("lower", "Meddelandet löd: ”fråga [[vincent]] han vet”."),
    ("lower", "[12:03] kalle_99: har [[mehmet]] nyckeln?"),
    ("lower", "[12:05] zoe: nej [[frida]] har den"),
    ("lower", "pappa: var är [[alva]]?? svara nu"),
    ("lower", "mamma: [[ibbe]] ska hämtas kl 5"),
    ("lower", "i sms:et stod: \"säg inget till [[mira]]\""),
    # particles
    ("particle", "Advokat [[Pieter van der Berg]] företrädde den tilltalade."),
    ("particle", "Handledare: [[María de la Cruz]], tel 08-465 004 12."),
    ("particle", "Familjen [[Omar bin Laden]] är inte aktuell."),
    ("particle", "Vårdnadshavare: [[Fatima al-Hassan]]."),
    ("particle", "Spelaren [[Ruud de Vries]] har flyttat till Malmö."),
    ("particle", "The client [[Yusuf bin Ahmed]] was seen at the drop-in."),
    ("particle", "Sakkunnig: [[Ludwig von Essen]]."),
    ("particle", "Tolken [[Karim Al-Rashid]] var med på telefon."),
    # hyphenated double given names and initials
    ("double", "[[Anna-Karin]] ringde från förskolan."),
    ("double", "Mötet leddes av [[Ulla-Britt]] från socialtjänsten."),
    ("double", "Signerat: [[A-K]] Berg, behandlare."),
    ("double", "Närvarande: [[Per-Olof]] Nyström, Lena Sjö."),
    ("double", "[[Jean-Baptiste]] kom till träningen utan skor."),
    ("double", "Anteckning av [[Stina-Maria]] kl 21."),
    ("double", "Rapporterat av [[K-G]] kl 03.10."),
    # genitive
    ("genitive", "[[Saras]] mamma ringde till skolan."),
    ("genitive", "Vi pratade om [[Idris]] frånvaro."),
    ("genitive", "[[Almas]] syster hämtade henne."),
    ("genitive", "Personalen hittade [[Villes]] telefon i soffan."),
    ("genitive", "[[Kaisas]] farmor kommer på besök."),
    ("genitive", "Enligt [[Hugos]] tränare har han skadat knät."),
    # register style
    ("register", "ANDERSSON [[Kim]], född 2009, klass 9B."),
    ("register", "[[KORHONEN]] Mikko, klient sedan 2021."),
    ("register", "Tilltalad: [[LINDQVIST]], Jonas Erik."),
    ("register", "Målsägande: HASSAN [[Abdi]]."),
    ("register", "Närvaro: [[NILSSON]] Maja, närvarande."),
    ("register", "Part: [[BERGMAN]] Sofia Elisabeth, vårdnadshavare."),
    # a surname alone after a title
    ("title", "Enligt handläggare [[Öberg]] behövs ett nytt beslut."),
    ("title", "Rådman [[Sundqvist]] meddelade dom den 4 maj."),
    ("title", "Kurator [[Wahlström]] har samtal med eleven varje vecka."),
    ("title", "Socialsekreterare [[Heikkinen]] gjorde ett hembesök."),
    ("title", "Officer [[Maloney]] attended at 23:40."),
    ("title", "Nämndeman [[Tervo]] var skiljaktig."),
    ("title", "Dr [[Qureshi]] ordinerade vila."),
    ("title", "Rektor [[Blomqvist]] kallade till möte."),
    # a first name repeated in another case
    ("repeat", "Elev: Lina Holm. [[LINA]] KOM INTE TILL LEKTIONEN."),
    ("repeat", "Klient: Amanda Ek. Vi ringde [[amandas]] mamma."),
    ("repeat", "Samtal med Emil Rask. [[emil]] sa att han mår bättre."),
    ("repeat", "Spelare: Tove Lind. [[TOVES]] pappa skjutsar."),
    ("repeat", "Klient: Sami Rautio. [[samis]] sambo var hemma."),
    ("repeat", "Boende: Nils Ahl. [[NILS]] vägrade äta middag."),
    # a pair of words listed between full names
    ("listed", "Domare: Hedda Lund, [[Sunny Moberg]], Rafael Costa."),
    ("listed", "Kallade till förhandlingen: Jonas Ek, [[Storm Wikström]], Leila Nouri."),
    ("listed", "Van tonight: Amara Okafor, [[River Blake]], Tom Hughes."),
    ("listed", "Elevrådet: Alva Sten, [[Vide Hav]], Selma Öhman."),
    ("listed", "Laget mot Boden: Kalle Rask, [[Elis Frost]], Omar Said och Leo Berg."),
    ("listed", "Närvarande: Maria Lind, [[Sol Ekdahl]] och Peter Ahl."),
    ("listed", "Crew: Nadia Haddad, [[Moon Berglund]], Ivo Petrov."),
    ("listed", "Vittnen: Anders Holm, Pirjo Laine, [[Linnea Vass]]."),
    # a pair of words right before a role after a comma
    ("roleafter", "Frågor om schemat: [[Storm Lejon]], fritidsledare, 070-174 06 41."),
    ("roleafter", "Mötet leddes av [[Vide Hav]], skiftledare."),
    ("roleafter", "Beslutet fattades av [[Sunny Ek]], handläggare, den 3 mars."),
    ("roleafter", "Shift handed over to [[River Blake]], nattvakt, at 07:00."),
    ("roleafter", "Hälsningar [[Mild Frisk]], avdelningschef"),
    ("roleafter", "Kontakt: [[Ask Skog]], evenemangssamordnare"),
)

NEGATIVES: tuple[tuple[str, str], ...] = (
    # a thing met, called, texted
    ("verb", "Idag träffade jag [[Elevhälsan]] i korridoren."),
    ("verb", "Ringde [[Kronofogden]] kl 10 men de svarade inte."),
    ("verb", "Called [[Housing]] twice, no answer."),
    ("verb", "Texted [[Support]] the address of the night shelter."),
    ("verb", "Saw [[Paddington]] at the cinema with the kids."),
    ("verb", "Vi kontaktade [[Region]] Stockholm om remissen."),
    ("verb", "Under rasten mötte eleven [[Vaktmästaren]] vid cykelstället."),
    # lists of things
    ("slash", "Ta med: [[Matsäck]]/vattenflaska/regnkläder."),
    ("slash", "Pass ikväll: [[Kök]] & tvätt, nattpass städ."),
    ("slash", "Övningar: [[Passning]] + skott, sen spel."),
    ("slash", "Shift: [[Laundry]] / kitchen, handover at 8."),
    ("slash", "Vi har köpt [[Fanta]] & Sprite till cupen."),
    # a department in parentheses
    ("paren", "Kuratorn ([[Elevhälsan]]) deltog på mötet."),
    ("paren", "Mentor ([[Klass]] 8C) informerades."),
    ("paren", "Mother ([[Interpreter]] present) was at the visit."),
    ("paren", "Behandlaren ([[BUP]]) följde med."),
    # an English sentence's subject that is a thing
    ("english", "Hej! [[Friday]] says it all, vi ses. Mvh Lotta"),
    ("english", "Ärendet fortsätter. [[Housing]] has missed two deadlines."),
    ("english", "FYI: [[Reception]] is closed until Monday."),
    ("english", "[[Practice]] did not start on time again."),
    # lower-case words in chat
    ("lower", "[12:03] kalle_99: har [[mamma]] nyckeln?"),
    ("lower", "[12:05] zoe: nej [[skolan]] har den"),
    ("lower", "pappa: var är [[bilen]]?? svara nu"),
    ("lower", "i sms:et stod: \"säg inget till [[läraren]]\""),
    ("lower", "Meddelandet löd: ”fråga [[polisen]] de vet”."),
    # particles in ordinary words
    ("particle", "Vi åker [[van]] till cupen i Borås."),
    ("particle", "Mötet hölls på [[Café de la Paix]] i centrum."),
    ("particle", "Hon läste [[Al-Jazeera]] på telefonen."),
    ("particle", "Vi bor i [[Van]] Nuys sedan i somras."),
    # hyphenated things
    ("double", "Eleven har [[ADHD-diagnos]] sedan i fjol."),
    ("double", "Vi åkte till [[Stor-Stockholm]] på utflykt."),
    ("double", "Rapport från [[IT-avdelningen]] kl 03.10."),
    ("double", "Signerat av [[HR-chefen]]."),
    # a firm's or place's genitive
    ("genitive", "[[Skolans]] rektor ringde."),
    ("genitive", "Vi pratade om [[Kommunens]] beslut."),
    ("genitive", "[[Stockholms]] stad betalar resan."),
    ("genitive", "Enligt [[Vårdcentralens]] läkare är det klart."),
    # an upper-case heading
    ("register", "[[ANTECKNINGAR]] Vecka 12, klass 9B."),
    ("register", "[[BESLUT]] Ansökan beviljas."),
    ("register", "[[DOMSLUT]] Tingsrätten ogillar åtalet."),
    ("register", "Närvaro: [[SAMTLIGA]] närvarande."),
    # a title before a place or a thing
    ("title", "Enligt handläggare [[Stockholm]] stad behövs ett nytt beslut."),
    ("title", "Rådman [[tingsrätten]] meddelade dom."),
    ("title", "Kurator [[Elevhälsan]] har samtal varje vecka."),
    ("title", "Officer [[training]] starts at 9."),
    ("title", "Rektor [[Skolverket]] kallade till möte."),
    # a word repeated, not a name
    ("repeat", "Elev: Lina Holm. [[OBS]] KOM INTE TILL LEKTIONEN."),
    ("repeat", "Spelare: Tove Lind. [[TRÄNINGEN]] STÄLLS IN."),
    # a place's, a firm's, a group's name listed between full names
    ("listed", "Vi besökte Anna Berg, [[Gamla Stan]], Erik Ek och Skansen."),
    ("listed", "Sponsorer: Anna Berg, [[Clas Ohlson]], Erik Ek."),
    ("listed", "Kopia: Maria Lind, [[Region Skåne]], Peter Ahl."),
    ("listed", "Lag: Kalle Rask, [[Team Syd]], Leo Berg."),
    ("listed", "Leverantörer: Sara Holm, Omar Said, [[Svensk Fjärrvärme]]."),
    ("listed", "Hörde Jonas Ek, Leila Nouri, [[Ebba Grön]] på festivalen."),
    # a firm's, a place's, a longer run's name before a role
    ("roleafter", "Ring [[Telia Sverige]], kundtjänstmedarbetare svarar dygnet runt."),
    ("roleafter", "Vi anlitade [[Securitas Syd]], nattvakt ingår."),
    ("roleafter", "Kontakta [[Region Västra Götaland]], handläggare finns där."),
    ("roleafter", "Vi åkte till [[Gamla Stan]], fritidsledare följde med."),
)

if __name__ == "__main__":
    sys.exit(run_families(NEGATIVES, PERSONS))
