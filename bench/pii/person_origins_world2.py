"""Names of origins the lists were not yet probed for, in Europe, the Middle East, Africa and
the Americas, each beside look-alike words in the same frames that must stay unflagged.

    python bench/pii/person_origins_world2.py [-v]

Voices the other person benches lack: a Södertälje parish's newsletter, a Roma association's
homework club, a Sámi reindeer-herding cooperative's minutes, an Åland ferry's crew roster, a
Baltic building crew's foreman, a Budapest-born dentist's reminder, a Ukrainian refugee
group's chat, a Kosovar football club's team sheet, a Chilean exiles' choir, a Brazilian
capoeira class, an Armenian church's choir, a Yazidi association's board, an Ethiopian café
owner's order log, a Sudanese students' union, an Irish pub quiz team, a Dutch au pair's
host family. Families by origin: `nordic` (Sámi, Finland-Swedish, Danish, Norwegian, Swedish
surname shapes: `-mark`, `-ér`, `-elius`, soldier names), `roma` (Kale and Balkan Roma),
`baltic` (Estonian, Latvian, Lithuanian), `central` (Hungarian, Czech, Slovak), `east`
(Ukrainian, Belarusian, also transliterated the Swedish or English way), `balkan` (Albanian,
Serbian, Croatian, Macedonian, Bulgarian), `iberian` (Portuguese, Brazilian, Spanish, Chilean,
Peruvian, Colombian, Bolivian), `caucasus` (Assyrian, Armenian, Georgian, Chechen, Ingush,
Yazidi), `africa` (Ethiopian, Sudanese, South Sudanese, Egyptian), `iran` (Azeri, Lur),
`west` (Dutch, German, French, Irish). Negatives stand in the same frames: words and places
of the same languages, Swedish words with the same endings.

A person counts as found when a PERSON finding covers the name; a negative as flagged when a
finding that would be masked overlaps it. A third (`crc32(text) % 3 == 0`, the text without
its marks) is kept out of tuning; `-v` prints every person missed and negative flagged. All
names are made up.
"""

from __future__ import annotations

import sys

from marks import run_families

PERSONS: tuple[tuple[str, str], ...] = (
    # Sámi, Finland-Swedish, Danish, Norwegian, Swedish surname shapes
    ("nordic", "Protokollet justeras av [[Nils-Ánte Utsi]] och sameby-ordföranden."),
    ("nordic", "Renmärkningen sköts i år av [[Biret Kuhmunen]], ring henne före fredag."),
    ("nordic", "Skoterturen leds av [[Ovllá Spik]] från Jokkmokk."),
    ("nordic", "På färjan jobbar [[Ulf-Håkan Sundblom]] som maskinchef."),
    ("nordic", "Ombord: befälhavare [[Tor Eklundh]], styrman Kaj Mattsson."),
    ("nordic", "Hon heter [[Siv Grönqvist]] och bor i Mariehamn."),
    ("nordic", "Kontakt i Köpenhamn: [[Mette Kjærsgaard]], hun svarer hurtigt."),
    ("nordic", "Jeg snakket med [[Sindre Aasheim]] i går, han kommer til Oslo."),
    ("nordic", "Kommer [[Torbjørn Haugland]] med på fisketuren?"),
    ("nordic", "Brevet var undertecknat [[Gunvor Wikmark]], Umeå."),
    ("nordic", "Styrelsen: [[Bertil Lidér]], kassör, och två suppleanter."),
    ("nordic", "Läkaren hette [[Karin Tornelius]], hon var vänlig."),
    ("nordic", "Farfar [[Anders Rask]] var soldat i Bohuslän."),
    ("nordic", "ring [[Frej Modig]] om nyckeln till förrådet"),
    ("nordic", "Skrev till [[Helle Frederiksen]] om lejligheden."),
    # Kale and Balkan Roma
    ("roma", "Läxhjälpen på tisdag: [[Dimitri Lindberg]] och hans syster kommer."),
    ("roma", "[[Zoltan Taikon]] hämtar barnen efter fyra."),
    ("roma", "Mamma [[Rosita Hagert]] vill ha ett samtal med mentorn."),
    ("roma", "Hon heter [[Mirella Berzati]], hon går i sexan."),
    ("roma", "Tack till [[Sabina Demir]] för kakorna!"),
    ("roma", "Skjuts ordnas av [[Kristo Åkerlind]] till lägret."),
    ("roma", "I kören sjunger [[Esmeralda Bajrami]] och Dushka."),
    # Estonian, Latvian, Lithuanian
    ("baltic", "Arbetsledare: [[Tõnu Kask]], han pratar lite svenska."),
    ("baltic", "Ställningen byggs av [[Rein Tamm]] och Mart Sepp i morgon."),
    ("baltic", "[[Kristjan Saar]] saknade hjälm på bygget, varning given."),
    ("baltic", "Lönen till [[Jānis Bērziņš]] gick till fel konto."),
    ("baltic", "Skriv till [[Ilze Ozola]] om sjukintyget."),
    ("baltic", "Boka [[Gintaras Kazlauskas]] på onsdag för gjutningen."),
    ("baltic", "Fakturan till [[Rūta Petrauskienė]] är betald."),
    ("baltic", "Har du pratat med [[Agne Jankauskaite]] om schemat?"),
    ("baltic", "Liisi sa att [[Margus Lepik]] kommer senare."),
    # Hungarian, Czech, Slovak
    ("central", "Påminnelse från tandläkare [[Zsófia Kovács]]: tid 14.30."),
    ("central", "Ring [[Gergely Szabó]] om återbesöket."),
    ("central", "Patient [[Erzsébet Nagy]] uteblev."),
    ("central", "[[Bence Tóth]] har bytt nummer."),
    ("central", "Mötet med [[Jiří Dvořák]] flyttas till måndag."),
    ("central", "Hälsa [[Zuzana Horváthová]] att paketet kommit."),
    ("central", "Vi väntar på [[Tomáš Novotny]] innan vi börjar."),
    ("central", "Skickade blanketten till [[Lenka Svobodova]] i går."),
    # Ukrainian, Belarusian, transliterated
    ("east", "I gruppen: [[Oleksandr Kravchenko]] söker jobb som elektriker."),
    ("east", "[[Oksana Tkatjenko]] behöver hjälp med Migrationsverket."),
    ("east", "Kan någon skjutsa [[Bohdan Melnyk]] till Arlanda?"),
    ("east", "Tack [[Nataliia Shevchuk]] för översättningen!"),
    ("east", "Hennes son [[Mykola Bondarenko]] börjar skolan på måndag."),
    ("east", "[[Yuliia Kovalchuk]] letar lägenhet i Västerås."),
    ("east", "[[Aliaksandr Lukashevich]] från Minsk har fått uppehållstillstånd."),
    ("east", "Fråga [[Volha Zhuk]] om tolken."),
    ("east", "[[Taras Hrytsenko]] kan laga cyklar, skriv till honom."),
    ("east", "Rum till [[Svitlana Jaremtjuk]] ordnat i Gävle."),
    # Albanian, Serbian, Croatian, Macedonian, Bulgarian
    ("balkan", "Startelvan: mål [[Arbër Krasniqi]], back Dardan och Leutrim."),
    ("balkan", "Byte i 60:e: in [[Valon Berisha]], ut Ardit."),
    ("balkan", "[[Blerta Hoxha]] tar med frukt till matchen."),
    ("balkan", "Domaren varnade [[Granit Gashi]] för filmning."),
    ("balkan", "Träningen leds av [[Dragoljub Petrović]] i kväll."),
    ("balkan", "Ring [[Snežana Jovanović]] om hyran."),
    ("balkan", "Hälsningar från [[Zvonimir Kovačević]] i Zagreb."),
    ("balkan", "[[Aleksandar Trajkovski]] från Skopje kommer på besök."),
    ("balkan", "Möte med [[Desislava Georgieva]] om kontraktet."),
    ("balkan", "[[Stoyan Dimitrov]] lagar taket på fredag."),
    # Portuguese, Brazilian, Spanish, Chilean, Peruvian, Colombian, Bolivian
    ("iberian", "Kören: [[Ximena Araya]] sjunger solo i Gracias a la vida."),
    ("iberian", "Tack till [[Patricio Fuentes]] som bar högtalarna."),
    ("iberian", "[[Marisol Quispe]] från Cusco kommer till festen."),
    ("iberian", "Dansen leds av [[Yurany Cárdenas]] och hennes man."),
    ("iberian", "Boliviaföreningen: kassör [[Wilfredo Mamani]]."),
    ("iberian", "Capoeira med [[Thiago Nascimento]] på torsdagar."),
    ("iberian", "[[Joana Figueiredo]] flyttar tillbaka till Porto."),
    ("iberian", "Skicka kvittot till [[Gonçalo Sequeira]]."),
    ("iberian", "Hälsa [[Rocío Echeverría]] att hon är välkommen."),
    ("iberian", "[[Nahuel Catrileo]] spelar gitarr i kväll."),
    # Assyrian, Armenian, Georgian, Chechen, Ingush, Yazidi
    ("caucasus", "Församlingsbladet: dop av [[Gabriel Gabro]] på söndag."),
    ("caucasus", "Vi gratulerar [[Nahrin Barsoum]] till examen!"),
    ("caucasus", "[[Ninos Aydin]] läser texten i kyrkan."),
    ("caucasus", "Kören leds av [[Anahit Hovhannisyan]]."),
    ("caucasus", "Tack [[Vardan Petrosian]] för ljudet."),
    ("caucasus", "[[Nino Beridze]] bakar khachapuri till basaren."),
    ("caucasus", "Skjuts med [[Levan Kapanadze]] från Tbilisi."),
    ("caucasus", "[[Ruslan Dudayev]] söker praktikplats."),
    ("caucasus", "[[Zarema Yevloyeva]] har bytt nummer."),
    ("caucasus", "Styrelsen: ordförande [[Khairi Murad]] och sekreterare Nadia."),
    ("caucasus", "[[Hadiya Khudeda]] håller i kursen på lördag."),
    # Ethiopian, Sudanese, South Sudanese, Egyptian
    ("africa", "Beställning: 20 injera till [[Tigist Alemayehu]]."),
    ("africa", "[[Yohannes Getachew]] hämtar kaffet i morgon."),
    ("africa", "Ring [[Meseret Tadesse]] om fakturan."),
    ("africa", "Studentkåren: [[Mohamed Elfadil]] tar över som ordförande."),
    ("africa", "[[Deng Garang]] och hans kusin kommer till mötet."),
    ("africa", "Tack [[Nyandeng Malual]] för maten!"),
    ("africa", "[[Abanoub Girgis]] från Kairo börjar på måndag."),
    ("africa", "Träffade [[Mina Shenouda]] på kursen."),
    # Iranian Azeri and Lur
    ("iran", "[[Aydin Rezaei]] från Tabriz söker rum."),
    ("iran", "Mötet bokat med [[Sevda Aliyeva]]."),
    ("iran", "[[Bahram Kakavand]] kommer från Khorramabad."),
    ("iran", "Ring [[Gulnar Mammadova]] om barnvakten."),
    # Dutch, German, French, Irish
    ("west", "Au pair [[Fenna de Groot]] börjar i augusti."),
    ("west", "[[Joost Vermeulen]] från Utrecht hälsar."),
    ("west", "Quizlaget: [[Siobhán Ní Bhriain]], Darragh och Cathal."),
    ("west", "Vi saknar [[Oisín Mac Giolla]] i laget i kväll."),
    ("west", "[[Clodagh Byrne]] tar med frågorna."),
    ("west", "Briefe an [[Jürgen Hoffmeister]] bitte per Post."),
    ("west", "[[Gudrun Schwarzkopf]] hat angerufen."),
    ("west", "Rendez-vous avec [[Aurélie Dubois]] jeudi."),
    ("west", "[[Ghislaine Moreau]] a appelé pour la clé."),
)

NEGATIVES: tuple[tuple[str, str], ...] = (
    # Swedish words with surname-like endings, place names of the same origins
    ("nordic", "Protokollet justeras efter [[renskötseln]] och kalvmärkningen."),
    ("nordic", "Ombord: befälhavare och [[maskinrummet]] kontrollerat."),
    ("nordic", "Hon bor i [[Danmark]] men jobbar i Malmö."),
    ("nordic", "Brevet var undertecknat [[Kyrkorådet]], Umeå."),
    ("nordic", "Styrelsen: [[kassören]], och två suppleanter."),
    ("nordic", "Skrev till [[Bostadsbolaget]] om lägenheten."),
    ("roma", "Läxhjälpen på tisdag: [[matematik]] och engelska."),
    ("roma", "I kören sjunger [[sopranerna]] och altarna."),
    ("baltic", "Arbetsledare: [[platschefen]], han pratar lite svenska."),
    ("baltic", "Fakturan till [[Skatteverket]] är betald."),
    ("baltic", "Boka [[betongbilen]] på onsdag för gjutningen."),
    ("central", "Påminnelse från [[tandvården]]: tid 14.30."),
    ("central", "Mötet med [[försäkringskassan]] flyttas till måndag."),
    ("east", "Kan någon skjutsa [[barnvagnen]] till Arlanda?"),
    ("east", "Tack för [[översättningen]] och hjälpen!"),
    ("balkan", "Startelvan: mål, [[mittfält]] och anfall enligt tavlan."),
    ("balkan", "Hälsningar från [[Zagreb]] och hela familjen."),
    ("iberian", "Kören sjunger [[Gracias]] a la vida i kväll."),
    ("iberian", "Tack till [[Folkets hus]] som lånade ut salen."),
    ("iberian", "Capoeira med [[berimbau]] på torsdagar."),
    ("caucasus", "Församlingsbladet: [[dopet]] på söndag."),
    ("caucasus", "[[Khachapuri]] till basaren bakas på fredag."),
    ("caucasus", "Skjuts med [[minibussen]] från Tbilisi."),
    ("africa", "Beställning: 20 [[injera]] till lördag."),
    ("africa", "[[Kaffeceremonin]] börjar klockan tre."),
    ("iran", "Ring [[barnvakten]] om tiden."),
    ("west", "Quizlaget: [[frågesport]] och musikfrågor."),
    ("west", "Briefe an [[Finanzamt]] bitte per Post."),
    ("west", "Rendez-vous avec [[le notaire]] jeudi."),
    ("west", "Vi saknar [[målvakten]] i laget i kväll."),
)


if __name__ == "__main__":
    sys.exit(run_families(NEGATIVES, PERSONS))
