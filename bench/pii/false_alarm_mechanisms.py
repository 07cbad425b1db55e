"""Things named like people, counted by the path that flags them: titles of books, reports,
podcasts and episodes, shows, films and songs, sellers' and players' aliases, districts of
foreign cities, bands, shouted words and lone invented words, beside real persons in the same
voices: the share of things flagged and of persons found, per family.

    python bench/pii/false_alarm_mechanisms.py [-v]

Voices: a county library's spring list, a podcast network's episode guide, a customs
analyst's darknet market watch, field notes from Helsinki, Oslo and Copenhagen colleagues,
a youth centre's film club programme, a regional paper's culture page, a gaming clan's
forum, a municipality's project register, a festival's line-up. Families: `book` (a book's
or report's title: a colon subtitle, a number, a capitalised run after `boken`,
`rapporten`), `podcast` (a podcast or episode: `#25`, `del 3`, after `podden`, `avsnittet`),
`alias` (a seller's or player's alias: a role word and a material, `Kung Kemi`, an alias
opening a sentence, `Prinsen av Piller`), `district` (a foreign city's district), `show` (a
series, film or song with a name in it, after `visar`, `serien`, `låten`), `band` (a band
named like a person, in a line-up), `shouted` (a word in capitals), `lone` (one invented
capitalised word that one weak frame alone would make a name). Persons stand in the same
texts and voices.

A thing counts as flagged when a finding that would be masked overlaps it; a person as found
when a PERSON finding covers the name. A third of the sentences (`crc32(text) % 3 == 0`, the
text without its marks) is kept out of tuning; `-v` prints every thing flagged and every
person missed; bench/pii/alarm_paths.py groups its false alarms by the path of PERSON that
made them, beside how many persons each path finds. All names and people are made up.
"""

from __future__ import annotations

import sys

from marks import run_families

NEGATIVES: tuple[tuple[str, str], ...] = (
    # titles of books and reports
    ("book", "Nytt på hyllan i vår: [[Malin och mörkret]], en roman om en sommar i skärgården."),
    ("book", "Rapporten [[Tyra Tar Ton]] beskriver unga som säljer piller på Snapchat."),
    ("book", "Boken [[Gustav Vasas Skugga]] finns nu som ljudbok på biblioteket."),
    ("book", "Länsstyrelsen släppte [[Viktor 2030]]: en kartläggning av narkotikaflöden."),
    ("book", "Vi har köpt in [[Elsa del 3]] och de två första delarna igen."),
    ("book", "Läs [[Pelle Svanslös]] högt för de yngsta på lördagens sagostund."),
    ("book", "I boken [[Sara Sover Aldrig]] skildras en sjuksköterskas nattskift."),
    ("book", "Rapporten heter [[Hugo: ett år på gatan]] och går att beställa gratis."),
    ("book", "Barnavdelningen lånar ut [[Alfons Åberg]] flitigare än något annat."),
    ("book", "Deckaren [[Döden i Dalby]] toppar årets utlåningslista."),
    ("book", "Antologin [[Systrarna Grimm: noveller]] kommer i pocket i maj."),
    ("book", "Ny upplaga av [[Maja Myra]] med illustrationer i färg."),
    # podcasts and episodes
    ("podcast", "Nytt avsnitt av [[Fikapaus med Fridh #41]] ute nu, om sömn och stress."),
    ("podcast", "I podden [[Kemi med Kim]] pratar två apotekare om nya droger."),
    ("podcast", "Avsnittet [[Linnea och lugnet]] handlar om ångest hos unga."),
    ("podcast", "Lyssna på [[Bengt Bakom Gallret del 2]] innan du läser boken."),
    ("podcast", "Veckans gäst i [[Snacka med Sixten]] är en före detta tullare."),
    ("podcast", "Podden [[Mamma Mörker]] har över tiotusen lyssnare."),
    ("podcast", "Säsong två av [[Ivar Utreder]] börjar den 3 mars."),
    ("podcast", "[[Frida Frågar #12]]: hur pratar man med tonåringar om kokain?"),
    ("podcast", "Vi rekommenderar avsnittet [[Oskar i Orten]] för personalgruppen."),
    ("podcast", "Podcasten [[Doktor Dos]] svarar på lyssnarfrågor om läkemedel."),
    ("podcast", "Missa inte [[Hanna Hör Av Sig]] avsnitt 7, där allt avslöjas."),
    # sellers' and players' aliases
    ("alias", "Säljaren [[Kung Kemi]] har flest omdömen på marknaden just nu."),
    ("alias", "[[Syster Sömn]] erbjuder zopiklon i bulk med gratis frakt."),
    ("alias", "Bland leverantörerna märks [[Prinsen av Piller]] och två nya konton."),
    ("alias", "Kontot [[Baronen Benzo]] försvann efter razzian i oktober."),
    ("alias", "[[Doktor Glas]] annonserar ketamin från Nederländerna."),
    ("alias", "Klanens bästa spelare är [[Greven Granit]], alltid först in."),
    ("alias", "[[Farbror Frost]] säljer kristaller och svarar bara nattetid."),
    ("alias", "Leverantören [[Herr Pulver]] har bytt namn till ett nytt alias."),
    ("alias", "[[Mästaren Molly]] säljer MDMA i Stockholm enligt analysen."),
    ("alias", "Vi bannade [[Kapten Krom]] för fusk under turneringen."),
    ("alias", "[[Drottning Dimma]] har fått dåliga omdömen för sena leveranser."),
    ("alias", "Tre säljare dominerar: Kemikungen, [[Pillerbaronen]] och Snögubben."),
    ("alias", "Veckans nykomling [[Tant Tablett]] säljer oxycodon i små mängder."),
    ("alias", "[[Löjtnant Lugn]] i klanen bjöd in nya spelare till helgens match."),
    # districts of foreign cities
    ("district", "Vi gick genom [[Kallio]] och vidare mot Sörnäs på kvällen."),
    ("district", "Uppsökarna i Oslo jobbar mest på [[Grønland]] och vid Vaterland."),
    ("district", "I Köpenhamn är [[Vesterbro]] fortfarande centrum för gatuhandeln."),
    ("district", "Kollegan i Helsingfors berättade om läget i [[Hakaniemi]]."),
    ("district", "Tältet står i [[Tøyen]] varje tisdag kväll."),
    ("district", "På [[Nørrebro]] delade vi ut naloxon till tolv personer."),
    ("district", "Fältnotering: lugnt i [[Itäkeskus]], trångt vid metrostationen."),
    ("district", "Vi besökte sprututbytet i [[Sofienberg]] innan vi åkte hem."),
    ("district", "Från [[Christianshavn]] gick vi till Halmtorvet."),
    ("district", "Mötet hölls i [[Kontula]] hos en lokal förening."),
    # series, films, songs
    ("show", "Filmklubben visar [[Fanny och Alexander]] på fredag klockan 18."),
    ("show", "Serien [[Tove på taket]] spelas in i Sundsvall i höst."),
    ("show", "Låten [[Jolene]] sjöngs av hela salen när strömmen gick."),
    ("show", "Nästa vecka visar vi [[Elvira Madigan]] med svensk text."),
    ("show", "Recension: [[Kalle Stropp]] på stadsteatern är en fröjd för små och stora."),
    ("show", "Dokumentären [[Nils i Norrland]] visas på SVT Play."),
    ("show", "Vi röstade fram [[Lilja 4-ever]] som höstens första film."),
    ("show", "Kulturredaktionen listar [[Greta Gris]] som årets bästa barnserie."),
    ("show", "Låten [[Valerie]] spelades tre gånger på festen."),
    ("show", "Ungdomarna valde [[Ronja Rövardotter]] framför en actionfilm."),
    # bands named like people
    ("band", "På lördag: [[Ebba Grön]], Doris Day och Kent Revival på stora scenen."),
    ("band", "Festivalen har bokat [[Sven-Ingvars]] som avslutning."),
    ("band", "[[Freddie Wadling Trio]] spelar i tältet klockan 21."),
    ("band", "Line-up: [[Marta Marta]], Sonja & Spöket, Hasse Hemma."),
    ("band", "Kvällens sista akt är [[Lasse Stefanz]] på dansbanan."),
    ("band", "Fredag: Ljusets Barn, [[Tommy Tänker]], Nattflyg."),
    ("band", "Bandet [[Agnes Arg]] släpper ny skiva till festivalen."),
    ("band", "Biljetter till [[Hoffmaestro]] säljs slut på en timme."),
    # shouted words
    ("shouted", "Inbjudan: [[FILMKVÄLL]] på fritidsgården med popcorn!"),
    ("shouted", "Helgens match mot klanen [[KORPARNA]] är flyttad till söndag."),
    ("shouted", "Det är [[SLUTSÅLT]] på fredagen, lördagen finns kvar."),
    ("shouted", "Säljaren skriver [[BULKRABATT]] i varje annons."),
    ("shouted", "Projektet [[TRYGGHETSLYFTET]] får 2 miljoner av kommunen."),
    ("shouted", "OBS: [[INSTÄLLT]] ikväll på grund av ovädret."),
    # lone invented words, one weak frame
    ("lone", "Projektet [[Gnistan]] startar i Nacka och pågår till 2027."),
    ("lone", "Kommunens satsning [[Ljusglimten]] ska nå unga på kvällstid."),
    ("lone", "Klanen heter [[Nattkorparna]] och har funnits sedan 2019."),
    ("lone", "Vi pratade med [[Tryggo]], kommunens nya app för föräldrar."),
    ("lone", "Säljaren kallar sig [[Snöflingan]] och lovar leverans inom ett dygn."),
    ("lone", "Föreställningen [[Vindkantring]] har premiär i Luleå."),
    ("lone", "Projektregistret: [[Bryggan]] (avslutat), Ungdomslyftet (pågår)."),
    ("lone", "Spelaren [[Vargtass]] leder tabellen efter fyra omgångar."),
    ("lone", "Ansökan från [[Fixarna]] om bidrag till sommarlovsaktiviteter beviljas."),
    ("lone", "Kontot [[Snabbleveransen]] har raderats av administratörerna."),
)

PERSONS: tuple[tuple[str, str], ...] = (
    ("book", "Bibliotekarien [[Ingela Strand]] har valt vårens nya böcker."),
    ("book", "Författaren [[Mirja Ekholm]] läser ur sin roman på torsdag."),
    ("book", "Rapporten är skriven av [[Ronny Söderqvist]] på länsstyrelsen."),
    ("book", "Frågor om utlåning besvaras av [[Hedvig Palm]], 0701-74 06 12."),
    ("book", "[[Tuva Lindqvist]] har reserverat boken i tre veckor."),
    ("book", "Boken översattes av [[Kerstin Alm]] och kom ut 2024."),
    ("podcast", "Programledaren [[Fredrik Fors]] intervjuar en före detta polis."),
    ("podcast", "Veckans gäst är [[Yasmin Haddad]] från mottagningen i Malmö."),
    ("podcast", "[[Kim Åström]] och en kollega pratar om nya droger i podden."),
    ("podcast", "Producent för avsnittet var [[Linnea Bergkvist]]."),
    ("podcast", "Lyssnarfrågor mejlas till [[Sixten Ahl]] på sixten@example.org."),
    ("podcast", "I studion satt [[Hanna Rydell]] och läste upp frågorna."),
    ("alias", "Analytikern [[Johan Wiberg]] följer marknaden sedan 2021."),
    ("alias", "Bakom kontot stod enligt åklagaren [[Dennis Holmgren]], 31 år."),
    ("alias", "Klanledaren [[Elias Kronberg]] bestämmer helgens uppställning."),
    ("alias", "Den dömde säljaren heter [[Marcus Tegnér]] och är 27 år."),
    ("alias", "Doktor [[Agneta Frisk]] på vårdcentralen har inget med kontot att göra."),
    ("alias", "Moderatorn [[Oliver Sand]] bannade tre konton i helgen."),
    ("district", "Fältnotering: [[Pekka Nieminen]] visade oss runt i Kallio."),
    ("district", "Kollegan [[Siri Bakken]] i Oslo har arbetat på gatan i åtta år."),
    ("district", "I Köpenhamn tog [[Rasmus Holm]] emot oss på Vesterbro."),
    ("district", "Uppsökaren [[Aino Korhonen]] delade ut naloxon i Kontula."),
    ("district", "Natten var lugn, skriver [[Eirik Solberg]] från teamet."),
    ("district", "Vi åt middag med [[Mette Lauridsen]] efter besöket."),
    ("show", "Filmklubbens ledare [[Alva Nordin]] har valt höstens filmer."),
    ("show", "Fritidsledaren [[Pontus Rask]] köper popcorn till fredag."),
    ("show", "Recensent: [[Greta Holmberg]], kulturredaktionen."),
    ("show", "[[Ronja Ek]] röstade på en annan film än de andra."),
    ("show", "Regissören [[Samir Khalil]] gästar kulturskolan i maj."),
    ("show", "Serien är skriven av [[Tove Alsterlund]] från Sundsvall."),
    ("band", "Festivalgeneralen [[Malin Öberg]] lovar fler artister i år."),
    ("band", "Sångerskan [[Agnes Lundgren]] ställer in på grund av sjukdom."),
    ("band", "[[Hasse Nyström]] från Umeå spelar trummor i bandet."),
    ("band", "Vakten [[Jimmy Axelsson]] hittade en plånbok vid scenen."),
    ("band", "Biljettfrågor: [[Sonja Berglund]], 08-465 004 21."),
    ("shouted", "VARNING: [[Olle Persson]] har inte kommit hem sedan i fredags!"),
    ("shouted", "SNÄLLA ring [[Maria Holm]] om ni ser henne i trappen."),
    ("shouted", "KLANEN SÖKER FOLK, skriv till [[Tobias Wik]] i kanalen."),
    ("shouted", "Filmkväll! Anmälan till [[Nadia Rahimi]] senast onsdag."),
    ("lone", "Projektledare för Gnistan är [[Cecilia Åberg]] på kommunen."),
    ("lone", "Kontaktperson: [[Leo Falk]], fritidsförvaltningen."),
    ("lone", "Ansökan skrevs av [[Amira Said]] och godkändes i maj."),
    ("lone", "Spelaren Vargtass heter egentligen [[Viktor Lind]] och bor i Kalmar."),
    ("lone", "[[Annika Wallin]] håller i projektregistret."),
)


if __name__ == "__main__":
    sys.exit(run_families(NEGATIVES, PERSONS))
