"""Things named like people (titles of books, reports, podcasts and their episodes, shows,
films and songs, sellers' aliases and handles, foreign districts, bands) beside real persons
set down in the same voices: the share of things flagged and of persons found, per family.

    python bench/pii/false_alarm_titles.py [-v]

Voices the other benches lack: a library's new-books list, a podcast network's episode guide,
a darknet market watch report quoting vendor names, a Helsinki, Oslo or Copenhagen
colleague's field note, a youth centre's film club, a regional newspaper's culture page, a
gaming clan's forum, a municipality's project register, a festival's line-up. Families:
`book` (a book's or report's title: a colon subtitle, a capitalised run after `boken`,
`rapporten`), `podcast` (a podcast or its episode: `#25`, `avsnitt 3`, after `podden`),
`alias` (a seller's or player's handle: a role word and a material, `Doktor Stål`, or one
invented word, `Pillerprinsessan`), `district` (a district of a foreign city), `show` (a
series, film or song named with a name), `band` (a band named like a person), `shouted` (a
capitalised word shouted in a line). Persons stand in the same texts and voices.

A thing counts as flagged when a finding that would be masked overlaps it; a person as found
when a PERSON finding covers the name. A third of the sentences (`crc32(text) % 3 == 0`, the
text without its marks) is kept out of tuning; `-v` prints every thing flagged and every
person missed. All names and people are made up.
"""

from __future__ import annotations

import sys

from marks import run_families

NEGATIVES: tuple[tuple[str, str], ...] = (
    # books and reports: a library's new-books list, a culture page, a register
    ("book", "Nytt på hyllan: [[Vinter i Vallby: en roman]] av en debutant från Sala."),
    ("book", "Boken [[Systrarna Lind]] har fått lysande recensioner i lokalpressen."),
    ("book", "Veckans tips: [[Morfar Ove och havet]], en bilderbok för de minsta."),
    ("book", "I rapporten [[Unga Röster 2025]] svarar 900 elever om sin fritid."),
    ("book", "Rapporten [[Trygga Torg]] pekar på belysningen vid busstationen."),
    ("book", "Ny ljudbok: [[Herr Svensson flyttar]], uppläst av författaren själv."),
    ("book", "Lånekön till [[Kapten Kalmar]] är nu 40 personer lång."),
    ("book", "Kulturredaktionen läste [[Mormors Gröna Hus]] och gav den fyra getingar."),
    ("book", "Projektregistret: [[Lugna Gatan del 2]], avslutat i mars, budget 400 000 kr."),
    ("book", "Ur projektregistret: [[Hälsa Hela Livet]] pågår till 2027."),
    ("book", "Boken [[Fröken Frost]] kommer i pocket i höst."),
    ("book", "Nytt på biblioteket: [[Doktor Glas]] i nyutgåva med förord."),
    ("book", "Studiecirkeln läser [[Lilla Märta: en biografi]] under våren."),
    ("book", "Utredningen [[Kalla Fakta om Knark]] skickas ut på remiss."),
    ("book", "Deckaren [[Mord på Mälarö]] toppar utlåningen för tredje veckan."),
    ("book", "Rapporten \"[[Pojkarna på Torget]]\" lämnas till nämnden i juni."),
    # podcasts and episodes
    ("podcast", "Nytt avsnitt: [[Fredagsfika med Fors #25]] handlar om sömn och skärmar."),
    ("podcast", "Podden [[Mamma Mia Pratar]] har över 20 000 lyssnare i veckan."),
    ("podcast", "I avsnittet [[Tant Grön del 3]] besöker vi en stadsodling i Gävle."),
    ("podcast", "Lyssna på [[Snack med Stina #112]] där vi pratar om ångest."),
    ("podcast", "Avsnittet [[Farbror Frans Berättar]] släpps på fredag."),
    ("podcast", "Poddnätverkets höstlista: [[Kvällsprat med Kim]], Morgonkaffe och Bokcirkeln."),
    ("podcast", "Podden [[Doktor Dopamin]] tar upp spelberoende i nästa avsnitt."),
    ("podcast", "Avsnitt 14 av [[Hej Hanna]] spelades in live på festivalen."),
    ("podcast", "[[Lars Lyssnar #7]]: om ensamhet bland unga män."),
    ("podcast", "Serien [[Pappa Pelle]] har fått en andra säsong i podden."),
    ("podcast", "Podden [[Syster Sol]] intervjuar en barnmorska om förlossningsrädsla."),
    ("podcast", "Avsnittet [[Grannen Greta avsnitt 9]] är det mest lyssnade i år."),
    # aliases and handles: market watch, gaming clan
    ("alias", "Säljaren [[Doktor Stål]] har 300 omdömen och skickar från Tyskland."),
    ("alias", "Mest aktiv i tråden är [[Pillerprinsessan]] som lovar leverans inom 48 timmar."),
    ("alias", "Vendorn [[Kung Kemi]] har försvunnit från marknaden sedan i våras."),
    ("alias", "Bevakningen noterar att [[Baron Benzo]] har bytt till en ny plattform."),
    ("alias", "Användaren [[Farmor Fentanyl]] säljer små partier via Telegram."),
    ("alias", "Listan toppas av [[Professor Pulver]] med flest sålda paket."),
    ("alias", "Klanens bästa spelare är [[Greve Granat]] med 400 vinster."),
    ("alias", "Annonsen signerades av [[Drottning Dos]], en känd profil på forumet."),
    ("alias", "[[Snusmumriken88]] skrev i tråden att han slutar spela."),
    ("alias", "Säljaren [[Kapten Krut]] säger sig ha tusen tabletter i lager."),
    ("alias", "I klanen spelar [[Herr Hammare]] tank och jag healer."),
    ("alias", "[[Syster Sömn]] säljer zopiklon i ett stängt flöde, enligt rapporten."),
    ("alias", "Handlaren [[Mister Molly]] har fått dåliga omdömen för sena leveranser."),
    ("alias", "Kontot [[Prinsen av Piller]] stängdes av i februari."),
    # districts of foreign cities: field notes
    ("district", "Fältnotering från Helsingfors: vi gick från [[Kallio]] till Sörnäs på kvällen."),
    ("district", "I Oslo sitter många på bänkarna i [[Grønland]] nära tunnelbanan."),
    ("district", "Kollegan i Köpenhamn arbetar mest på [[Vesterbro]] och Nørrebro."),
    ("district", "Natten i [[Tøyen]] var lugn, sa uppsökarna i Oslo."),
    ("district", "Vi besökte lågtröskelstället i [[Itäkeskus]] utanför Helsingfors centrum."),
    ("district", "Köpenhamnsteamet delar ut sprutor vid [[Halmtorvet]] varje torsdag."),
    ("district", "I Helsingfors hänger ungdomarna i [[Herttoniemi]] efter skolan."),
    ("district", "Oslokollegan berättade om [[Grünerløkka]] och de nya klubbarna."),
    ("district", "I Köpenhamn har [[Christianshavn]] fått fler nattvandrare."),
    ("district", "Teamet i Helsingfors flyttade från [[Vallgård]] till Berghäll i höstas."),
    # shows, films, songs: film club, culture page
    ("show", "Filmklubben visar [[Lilla Jönssonligan]] på fredag klockan 18."),
    ("show", "På fredag blir det [[Ronja Rövardotter]] och popcorn i fritidsgården."),
    ("show", "Nästa vecka visar vi [[Pippi Långstrump på de sju haven]]."),
    ("show", "Serien [[Familjen Fors]] har premiär i SVT i höst."),
    ("show", "Låten [[Tant Agda]] blev årets sommarplåga i P4 Dalarna."),
    ("show", "Kulturdelen recenserar föreställningen [[Onkel Vanja]] på stadsteatern."),
    ("show", "Ungdomarna röstade fram [[Mamma Mu]] som vårens film."),
    ("show", "Dokumentären [[Kalle och Kokainet]] visas i aulan för åk 9."),
    ("show", "Musikalen [[Evita]] sätts upp av kulturskolan i maj."),
    ("show", "Låten [[Johanna från Skärgården]] spelas på dansen i Folkets park."),
    # bands named like people: festival line-up
    ("band", "Lördagens line-up: [[Sara Sunnanvind]], Ljudbandet och Dj Kola."),
    ("band", "På stora scenen spelar [[Ebba Grön Revival]] klockan 21."),
    ("band", "Festivalen bokar [[Bröderna Brus]] som avslutning på fredagen."),
    ("band", "Dansbandet [[Kenny och Kometerna]] spelar i parken på midsommar."),
    ("band", "Bandet [[Fröken Fuzz]] ställer in på grund av sjukdom."),
    ("band", "Kvällens huvudakt är [[Lasse Liten Orkester]] från Umeå."),
    ("band", "Nya namn till festivalen: [[Agnes Ägg]], Stålfågel och Mycket Moln."),
    ("band", "[[Doktor Kosmos]] spelar på gymnasiets vårfest."),
    # a capitalised word shouted
    ("shouted", "SLUTA HANDLA PÅ NÄTET, [[VARNING]] för falska piller!"),
    ("shouted", "Viktigt!!! [[Observera]] att mottagningen är stängd i morgon."),
    ("shouted", "Jag var så [[ARG]] när bussen inte kom att jag gick hem."),
    ("shouted", "[[SNÄLLA]] ring om ni ser något konstigt i trappen."),
    ("shouted", "Tråden heter [[HJÄLP]] och har 200 svar."),
    ("shouted", "KLANEN SÖKER FOLK, [[ANSÖK]] i kanalen."),
)

PERSONS: tuple[tuple[str, str], ...] = (
    ("book", "Nytt på hyllan: en roman av [[Vera Holmgren]], debutant från Sala."),
    ("book", "Boken om Sala är skriven av [[Jonas Lindqvist]] och illustrerad av hans dotter."),
    ("book", "Rapporten har tagits fram av [[Elin Ström]] på socialförvaltningen."),
    ("book", "Författaren [[Mats Åberg]] läser ur sin nya bok på torsdag."),
    ("book", "Kulturredaktionen intervjuade [[Hedvig Sandell]] om hennes debut."),
    ("book", "Projektledare för Lugna gatan är [[Karim Haddad]], tel 070-174 06 12."),
    ("book", "Lånekön till Kapten Kalmar sköts av bibliotekarien [[Britt Nyman]]."),
    ("book", "Boken av [[Greta Fors]] kommer i pocket i höst."),
    ("book", "[[Ove Dahlström]] skrev boken om sin mormors hus i Gnesta."),
    ("podcast", "Programledaren [[Stina Fors]] tar emot lyssnarfrågor varje vecka."),
    ("podcast", "Gäst i avsnitt 25 är [[Petra Kallio]], forskare i sömn."),
    ("podcast", "I nästa avsnitt pratar vi med [[Hanna Berglund]] om spelberoende."),
    ("podcast", "Podden leds av [[Kim Söderberg]] och Amir Nasser."),
    ("podcast", "Lyssnaren [[Frans Lindberg]] skrev in och berättade om sin ensamhet."),
    ("podcast", "Producenten [[Lars Ek]] klipper avsnitten på helgerna."),
    ("alias", "Tullen grep [[Dennis Stål]] i Trelleborg med 2 000 tabletter."),
    ("alias", "Bakom kontot stod enligt polisen [[Sandra Kemi]], 34 år."),
    ("alias", "Doktor [[Anders Pulver]] på vårdcentralen har inget med säljaren att göra."),
    ("alias", "Klanledaren [[Emil Granat]] bestämmer vem som får vara med."),
    ("alias", "Rapporten skrevs av analytikern [[Maja Hammarström]]."),
    ("alias", "Den dömde säljaren heter [[Robin Krut]] och är 29 år."),
    ("alias", "Dr. [[Karin Sömn]] har skrivit ut sömnmedel till flera av dem."),
    ("district", "Fältnotering från Helsingfors: [[Mikko Virtanen]] visade oss runt på kvällen."),
    ("district", "Kollegan [[Ingrid Haugen]] i Oslo arbetar med unga på gatan."),
    ("district", "I Köpenhamn tog [[Mette Kjær]] emot oss på kontoret."),
    ("district", "Uppsökaren [[Aino Laine]] har arbetat i Kallio i tio år."),
    ("district", "Natten var lugn, sa [[Ole Brenna]] från uppsökarteamet i Oslo."),
    ("district", "Vi träffade [[Jens Nørgaard]] vid Halmtorvet på torsdagen."),
    ("show", "Filmklubbens ledare [[Alva Jönsson]] har valt filmerna för hösten."),
    ("show", "[[Ronja Lindholm]] röstade på en annan film än de andra."),
    ("show", "Regissören [[Agda Westin]] gästar kulturskolan i maj."),
    ("show", "Fritidsledaren [[Pelle Rask]] köper popcorn till fredagens visning."),
    ("show", "Kulturdelen recenserar [[Vanja Ekdahls]] uppsättning på stadsteatern."),
    ("band", "Festivalgeneralen [[Sara Nilsson]] lovar fler artister i år."),
    ("band", "Sångerskan [[Agnes Lund]] ställer in på grund av sjukdom."),
    ("band", "[[Lasse Berg]] från Umeå spelar trummor i bandet."),
    ("band", "Vakten [[Kenny Andersson]] hittade en plånbok vid scenen."),
    ("shouted", "VARNING: [[Olle Persson]] har inte kommit hem sedan i fredags!"),
    ("shouted", "SNÄLLA ring [[Maria Holm]] om ni ser något i trappen."),
    ("shouted", "KLANEN SÖKER FOLK, skriv till [[Tobias Wik]] i kanalen."),
    ("shouted", "ARG? Prata med kuratorn [[Nadia Rahimi]] i stället."),
)


if __name__ == "__main__":
    sys.exit(run_families(NEGATIVES, PERSONS))
