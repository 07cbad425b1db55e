"""PERSON's tail, sixth round: the frames unseen text still loses a name in, each beside
look-alikes in the same frames that must stay unflagged.

    python bench/pii/person_tail6.py [-v]

Voices: a school counsellor's notes, an English-speaking outreach worker's shift log, a
family's SMS thread pasted into a report, a treatment home's incident log, a sports club's
coach, a Finland-Swedish social worker, a court's summary, a Discord chat export, a youth
centre's rota, a night shelter's handover. Families: `verb` (a name after a verb of meeting,
calling, texting: `pratade med Nomvula`, `pinged Dario`), `slash` (names joined by `/`, `&`,
`+`), `paren` (a name in parentheses after a role: `socionom (Riikka)`), `english` (an
English sentence's subject in a Swedish mail), `lower` (lower-case names in a chat quote),
`particle` (`van`, `de la`, `bin`, `al-`, `ter`, `da`), `double` (`Eva-Lotta`, initials
`E-L`), `genitive` (`Milans pappa`), `register` (`EFTERNAMN Förnamn`), `title` (a surname
alone after a title: `socialsekreterare Wikström`), `repeat` (a first name again after a full
name in another case: `MIRA`, `miras`). Negatives stand in the same frames: a thing met,
called or texted, a list of things, a department in parentheses, an English sentence's
subject that is a thing, lower-case words in chat, particles in ordinary words, hyphenated
things, a firm's or place's genitive, an upper-case heading, a title before a place.

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
    ("verb", "Pratade med [[Nomvula]] efter rasten, hon vill byta grupp."),
    ("verb", "Mötte [[Dragan]] vid busshållplatsen, han var nykter."),
    ("verb", "Skickade sms till [[Hedvig]] om tvättstugan."),
    ("verb", "Pinged [[Dario]] on Discord but he was offline all night."),
    ("verb", "Bumped into [[Keziah]] near the shelter, she asked for a blanket."),
    ("verb", "Checked in with [[Oisin]] at 19:40, all good."),
    ("verb", "Ringde upp [[Aurora]] igen vid fyra, ingen svarade."),
    ("verb", "Jag har mejlat [[Kasimir]] och väntar på svar."),
    ("verb", "Messaged [[Thandiwe]] about the food bank slot."),
    ("verb", "Besökte [[Yrsa]] på avdelningen, hon sov mest."),
    ("verb", "Snackade med [[Emre]] om matchen på lördag."),
    ("verb", "Texted [[Mikaere]] the address of the clinic."),
    # names joined by a slash, an ampersand, a plus
    ("slash", "Ansvariga ikväll: [[Linnéa]]/Tobias."),
    ("slash", "Ansvariga ikväll: Linnéa/[[Tobias]]."),
    ("slash", "Pass 2: [[Ahmad]] & Vendela."),
    ("slash", "Pass 2: Ahmad & [[Vendela]]."),
    ("slash", "Spelar i mål: [[Nils]] + Iben."),
    ("slash", "Spelar i mål: Nils + [[Iben]]."),
    ("slash", "Shift: [[Priya]]/Callum/Nadia."),
    ("slash", "Shift: Priya/Callum/[[Nadia]]."),
    ("slash", "Föräldrar [[Jarmo]] & Pirjo kom på mötet."),
    ("slash", "Föräldrar Jarmo & [[Pirjo]] kom på mötet."),
    # a name in parentheses after a role
    ("paren", "Socionomen ([[Riikka]]) tar ärendet vidare."),
    ("paren", "Mentorn ([[Göran]]) har pratat med eleven."),
    ("paren", "The key worker ([[Bronagh]]) will call back tomorrow."),
    ("paren", "Behandlaren ([[Sanja]]) var med på samtalet."),
    ("paren", "Assistenttränaren ([[Wiktor]]) hade hand om uppvärmningen."),
    ("paren", "Nattpersonal ([[Moa]]) larmade 02:10."),
    # an English sentence's subject in a Swedish mail
    ("english", "Hej! [[Tobias]] was really upset after school today, vi behöver prata."),
    ("english", "Till mentor: [[Ingrid]] says she won't come back on Monday."),
    ("english", "Obs, [[Sebastián]] has been missing since Friday, polisen är kontaktad."),
    ("english", "[[Marianne]] will bring the papers, hälsningar från mottagningen."),
    ("english", "Vi hörs. [[Jussi]] told me the meeting is moved to 14."),
    ("english", "Uppdatering: [[Chiamaka]] left the unit at 21 without staff."),
    # lower-case names in a chat quote
    ("lower", "[18:02] ella_k: har du sett [[viktor]] idag"),
    ("lower", "mamma: säg till [[alva]] att hon ska hem nu"),
    ("lower", "lol [[jonna]] va sjukt arg igår"),
    ("lower", "pappa: hämta [[sixten]] på fotbollen kl 5"),
    ("lower", "ok men fråga [[hamid]] först"),
    ("lower", "@[[freja]] kommer du på träningen?"),
    ("lower", "mormor: har [[elsa]] ätit?"),
    ("lower", "ngn som pratat med [[dijana]]?"),
    # particles
    ("particle", "Anmälan gäller [[Pieter van der Berg]], född i Utrecht."),
    ("particle", "Klienten [[Maria de la Cruz]] kom i tid."),
    ("particle", "Tolk för [[Omar bin Saleh]] är bokad."),
    ("particle", "[[Layla al-Amin]] deltog i samtalet via video."),
    ("particle", "Vittnet [[Ruud ter Horst]] hördes per telefon."),
    ("particle", "Vårdnadshavare: [[Ana da Silva]]."),
    ("particle", "Tränaren [[Jan de Vries]] skrev rapporten."),
    ("particle", "Hörd: [[Khalid Al-Rashid]], 34 år."),
    ("particle", "Eleven [[Lotte van Dijk]] har varit borta två veckor."),
    ("particle", "Gärningsmannen [[Ibrahim el-Sayed]] nekar till brott."),
    # hyphenated double given names, initials
    ("double", "[[Eva-Lotta]] ringde och sa att hon är sjuk."),
    ("double", "Samtal med [[Britt-Marie]] om boendet."),
    ("double", "Hej [[Jan-Erik]], tack för igår!"),
    ("double", "[[Karl-Johan]] kom försent igen."),
    ("double", "[[E-L]] har lovat att ringa soc."),
    ("double", "Fick besked från [[Ulla-Britt Sjöholm]] i går."),
    ("double", "[[Mohammed-Ali]] vill byta rum."),
    ("double", "Frågade [[Anna-Sofia]] om hon vill vara med."),
    ("double", "Hälsningar [[P-O]]"),
    # a name before a genitive noun
    ("genitive", "[[Milans]] pappa hämtade honom kl 16."),
    ("genitive", "Vi ringde [[Saghars]] mamma men hon svarade inte."),
    ("genitive", "[[Tuulas]] handläggare har semester."),
    ("genitive", "Enligt [[Kevins]] kompis var det bråk i trappan."),
    ("genitive", "[[Ayans]] storebror var med på mötet."),
    ("genitive", "[[Jolins]] lärare har skickat en orosanmälan."),
    ("genitive", "Jag pratade med [[Vilgots]] farmor."),
    ("genitive", "[[Zainabs]] mobil är avstängd."),
    # register style
    ("register", "[[HALLBERG Sofie]], 9C, frånvaro 24 %."),
    ("register", "Tilltalad: [[KORHONEN Mikko]]"),
    ("register", "[[NGUYEN Thi Lan]] – närvarande."),
    ("register", "Målsägande: [[ÅSTRÖM Elin]]"),
    ("register", "Spelare: [[PETROVIĆ Luka]], född 2011."),
    ("register", "[[OKAFOR Chidi]] saknas på listan."),
    # a surname alone after a title
    ("title", "Enligt socialsekreterare [[Wikström]] finns inget beslut än."),
    ("title", "Handläggare [[Öberg]] återkommer nästa vecka."),
    ("title", "Rådmannen [[Lindqvist]] avslog yrkandet."),
    ("title", "Kurator [[Haddad]] har haft tre samtal med eleven."),
    ("title", "Rektor [[Nyström]] kallade till möte."),
    ("title", "Officer [[Brennan]] attended at 23:10."),
    ("title", "Dr [[Okonkwo]] saw her in the morning."),
    ("title", "Tränare [[Mäkinen]] sköter bokningen av hallen."),
    ("title", "Nämndeman [[Bergqvist]] var skiljaktig."),
    ("title", "Sjuksköterska [[Yilmaz]] gav medicinen 08:00."),
    # a first name alone again, after a full name, in another case
    ("repeat", "Elev: Mira Sandberg. [[MIRA]] HAR INTE LÄMNAT IN."),
    ("repeat", "Omar Hassan ringde. pratade med [[omar]] om boendet."),
    ("repeat", "Klient: Ronja Ek. [[Ronjas]] mamma var med."),
    ("repeat", "Spelare: Dawit Tesfaye. [[DAWIT]] SKADAD I KNÄT."),
    ("repeat", "Kontakt: Liisa Heikkinen. [[liisas]] dotter ringde."),
    ("repeat", "Boende: Kenan Mehmedović. [[KENAN]] vägrade ta medicin."),
)

NEGATIVES: tuple[tuple[str, str], ...] = (
    # a thing met, called or texted
    ("verb", "Pratade med [[Försäkringskassan]] om ersättningen."),
    ("verb", "Ringde [[Kriminalvården]] men fick inget svar."),
    ("verb", "Texted [[Uber]] support about the lost phone."),
    ("verb", "Checked in with [[Reception]] at 19:40."),
    ("verb", "Mötte [[Polisen]] utanför stationen."),
    ("verb", "Mejlade [[Skatteverket]] om adressen."),
    ("verb", "Pinged [[General]] channel about the raid."),
    # a list of things
    ("slash", "Ta med: [[Matsäck]]/Vattenflaska/Överdragskläder."),
    ("slash", "Schema: [[Gympa]] & Simning på torsdag."),
    ("slash", "Pass: [[Dag]] + Kväll, två personer per pass."),
    ("slash", "Kurser: [[Svenska]]/Engelska/Matte."),
    ("slash", "Mat: [[Pasta]] & Sallad."),
    # a department or a thing in parentheses after a role
    ("paren", "Socionomen ([[Vuxenenheten]]) tar ärendet vidare."),
    ("paren", "Mentorn ([[Svenska]]) har pratat med eleven."),
    ("paren", "The key worker ([[Housing]]) will call back tomorrow."),
    ("paren", "Behandlaren ([[KBT]]) var med på samtalet."),
    # an English sentence's subject that is a thing
    ("english", "Hej! [[Rosie]] Café is closed today, vi ses hemma."),
    ("english", "Obs, [[Monday]] will be a half day, skolan stänger 12."),
    ("english", "[[Housing]] says the flat is ready, hälsningar."),
    ("english", "Uppdatering: [[Security]] left the unit at 21."),
    # lower-case words in chat
    ("lower", "mamma: säg till [[alla]] att maten är klar"),
    ("lower", "ok men fråga [[rektorn]] först"),
    ("lower", "lol [[bussen]] va sjukt sen igår"),
    ("lower", "pappa: hämta [[paketet]] på posten kl 5"),
    ("lower", "@[[everyone]] träningen är inställd"),
    # particles in ordinary words and places
    ("particle", "Han bor i [[Van]] Diemen Street nu."),
    ("particle", "Hon köpte en [[Van]] för firman."),
    ("particle", "Ledaren för [[Al-Shabaab]] nämndes i artikeln."),
    ("particle", "Vi åt på [[Casa de la Musica]] i Malmö."),
    ("particle", "Resan gick till [[Rio de Janeiro]] i somras."),
    # hyphenated things
    ("double", "[[BVC-sköterskan]] ringde och sa att tiden är flyttad."),
    ("double", "Samtal med [[HVB-hemmet]] om boendet."),
    ("double", "[[Norra Real-gänget]] har bråkat igen."),
    ("double", "Hej [[IT-support]], tack för igår!"),
    ("double", "[[U-17]] laget spelar på lördag."),
    # a firm's, place's or body's genitive
    ("genitive", "[[Kommunens]] jurist hämtade handlingarna."),
    ("genitive", "Vi ringde [[Ikeas]] kundtjänst men de svarade inte."),
    ("genitive", "[[Göteborgs]] polis har tagit över."),
    ("genitive", "[[Skolans]] kurator har semester."),
    # an upper-case heading
    ("register", "[[FRÅNVARO]] Vecka 14, 9C."),
    ("register", "Tilltalad: [[EJ]] NÄRVARANDE"),
    ("register", "[[SAMMANFATTNING]] Tingsrätten finner att åtalet är styrkt."),
    ("register", "Målsägande: [[OKÄND]]"),
    # a title before a place or a thing
    ("title", "Enligt socialsekreterare [[Vuxenenheten]] finns inget beslut."),
    ("title", "Kurator [[Centralskolan]] har telefontid."),
    ("title", "Officer [[Safety]] training starts at 9."),
    ("title", "Tränare [[Juniorlaget]] sköter bokningen."),
    # a word repeated in capitals after a name, not a name
    ("repeat", "Elev: Mira Sandberg. [[EJ]] LÄMNAT IN."),
    ("repeat", "Spelare: Dawit Tesfaye. [[SKADAD]] I KNÄT."),
)

if __name__ == "__main__":
    sys.exit(run_families(NEGATIVES, PERSONS))
