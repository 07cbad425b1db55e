"""Things named like people, fourth round, beside persons in the same texts: the share of
things flagged and of persons found, per family.

    python bench/pii/false_alarm_things4.py [-v]

Written in voices the other rounds lack (a county council's board minutes, a trade union's
newsletter, a fishing forum, a car forum, a theatre's season programme, a pharmacy chain's
staff bulletin, a prison library's list, an ice-hockey club's news, a cinema listing, an IT
change log, a museum's exhibition text). Families: `work` (titles of plays, films, books),
`product` (a product, model, system or app), `project` (a project, fund or programme),
`team` (a team, line or choir), `room` (a room, ward or hall), `event` (a cup, prize or
festival), `boat` (boats and lures), `server` (hosts and services in an IT log), `word` (a
listed given name used as an everyday word). Persons stand in the same voices with the same
cues, so recall is measured too.

Counted as the first round counts (false_alarm_things.py, with marks.py's kept-out third);
`-v` lists what was flagged or missed. Every name is made up, and no drug is a target.

Figures (branch neg19): untuned, things flagged 11/51 tuned and 10/25 kept out, persons found
27/27 and 16/16; after the neuter heads, attributive names and the IT, tackle and course heads,
6/51 tuned and still 10/25 kept out, persons unchanged. The kept-out third did not move.
"""

from __future__ import annotations

import sys

from marks import run_families

NEGATIVES: tuple[tuple[str, str], ...] = (
    # a county council's board minutes
    ("project", "§ 14 Projektet [[Hedvig]] förlängs till och med 2028 enligt förslag."),
    ("room", "Sammanträdet hölls i [[Sal Ebba Brahe]], regionhuset i Växjö."),
    ("project", "Utvecklingsfonden [[Astrid]] fördelar 4 miljoner kronor till landsbygden."),
    ("event", "Styrelsen beslutar att dela ut [[Folkhälsopriset Elsa]] i maj."),
    ("product", "Journalsystemet [[Cosmic]] uppgraderas under vecka 12."),
    ("room", "Utbildningen sker i [[Konferensrum Linné]] på plan 3."),
    ("project", "Satsningen [[Vera 2030]] följs upp av regionens revisorer."),
    ("room", "Nämnden besökte [[Avdelning Viola]] på Centrallasarettet."),
    # a trade union's newsletter
    ("project", "Kampanjen [[Rättvisa Rut]] handlar om RUT-avdraget och städbranschen."),
    ("event", "Välkommen till [[Kongress Hilda]] i Folkets hus den 3 maj."),
    ("product", "Medlemsappen [[Frida]] kan nu visa ditt kollektivavtal."),
    ("project", "Studiecirkeln [[Stina på jobbet]] handlar om arbetsmiljö."),
    ("room", "Avdelningsmötet hålls i [[Lokal Hjalmar]] på Fackens hus."),
    # a fishing forum
    ("boat", "Tog en gädda på 9 kilo med [[Rapala Max]] i vassen i morse."),
    ("boat", "Drag: [[Salmo Hornet]] i perch, funkade bäst i klart vatten."),
    ("boat", "Båten [[Lotta II]] ligger vid bryggan i Norrtälje, kom förbi."),
    ("boat", "Någon som fiskat med [[Abu Toby]] på havsöring i Blekinge?"),
    ("product", "Rullen [[Shimano Stella]] är värd varenda krona på abborrfisket."),
    ("boat", "Min gamla [[Ambassadeur Morrum]] gick sönder efter tjugo år."),
    ("boat", "Flugan [[Frances]] i röd variant är det enda laxen tar i juni."),
    # a car forum
    ("product", "Min [[Volvo Amazon]] från 1966 startar inte när det är kallt."),
    ("product", "Säljer fälgar till [[Renault Zoe]], nästan nya, 2 000 kr."),
    ("product", "Någon som har bytt kamrem på en [[Saab Sonett]]?"),
    ("product", "[[Mercedes]] har dragit tillbaka modellen efter bromsproblem."),
    ("product", "Köpte en [[Opel Vivaro]] till firman, drar mycket diesel."),
    ("product", "[[Kia Carens]] 2014 har rost i bakre hjulhusen, vanligt?"),
    ("product", "Ska jag välja [[Skoda Karoq]] eller en Octavia kombi?"),
    # a theatre's season programme
    ("work", "I höst spelar vi [[Fröken Julie]] på stora scenen, regi av gästregissör."),
    ("work", "[[Hedda Gabler]] har premiär den 14 september på Lilla scenen."),
    ("work", "Barnföreställningen [[Pippi på Kurrekurreduttön]] spelas i jullovet."),
    ("work", "Musikalen [[Kristina från Duvemåla]] återvänder i en ny uppsättning."),
    ("work", "[[Ronja Rövardotter]] blir årets sommarteater i parken."),
    ("work", "Monologen [[Shirley Valentine]] spelas sex kvällar i mars."),
    ("work", "Operan [[Carmen]] sjungs på originalspråk med svensk text."),
    # a pharmacy chain's staff bulletin
    ("product", "Kassasystemet [[Ellen]] byts ut mot ett nytt i alla butiker."),
    ("project", "Utbildningen [[Apotekskollen Greta]] är obligatorisk för nyanställda."),
    ("event", "Årets [[Maria-pris]] för bästa kundmöte går till butiken i Luleå."),
    ("product", "Egenvårdsserien [[Linnea Care]] flyttas till hyllan vid kassan."),
    ("room", "Lagret i [[Hus Gustav]] stänger för inventering på fredag."),
    # a prison library's list
    ("work", "Nyinköpt: [[Anna Karenina]], i ny översättning, hylla R."),
    ("work", "Mest utlånad i år var [[Emil i Lönneberga]] och Sagan om ringen."),
    ("work", "Ljudboken [[Jane Eyre]] finns nu på tre språk."),
    ("work", "[[Madame Bovary]] kan fjärrlånas från länsbiblioteket."),
    ("work", "Deckaren [[Kommissarie Maigret]] saknas, vem har lånat den?"),
    ("work", "Serien [[Bamse]] är populär på avdelning C."),
    # an ice-hockey club's news
    ("team", "[[Kedja Kalle]] stod för alla tre målen mot Björklöven."),
    ("event", "Vi spelar [[Lucia Cup]] i Skellefteå mellan jul och nyår."),
    ("room", "Matchen sänds från [[Hallen Lennart]], entré vid norra gaveln."),
    ("team", "Damlaget [[Valkyrian]] tog sin första seger i ettan."),
    ("event", "Cupen [[Lill-Strimmas minne]] avgörs i helgen."),
    ("product", "Nya tröjan med [[Hockey-Harald]] på bröstet säljs i kiosken."),
    # a cinema listing
    ("work", "Kl. 19.30 visar vi [[Amélie från Montmartre]] på stora salongen."),
    ("work", "[[Forrest Gump]] går som matinévisning på söndag."),
    ("work", "Barnfilmen [[Mamma Mu]] visas med svenskt tal."),
    ("work", "Nyinspelningen av [[Emma]] har svensk premiär i april."),
    ("work", "[[Jerry Maguire]] visas på 35 mm i filmklubben."),
    ("room", "Salong [[Greta]] stängs för renovering i januari."),
    # an IT change log
    ("server", "Ändring CHG-2291: servern [[hilda]] patchas söndag 02.00–04.00."),
    ("server", "Backupjobbet mot [[Doris]] misslyckades, körs om i natt."),
    ("server", "Migrering: databasen flyttas från [[Elvis]] till ny kluster."),
    ("server", "Releasen av [[Sigrid]] 4.2 rullas ut till alla enheter."),
    ("server", "Larmet från [[Jenkins]] gällde en full disk, åtgärdat."),
    ("server", "Certifikatet för [[Agda]] går ut den 30 november."),
    ("server", "Lastbalanseraren [[Bertil]] startades om efter minnesläckan."),
    # a museum's exhibition text
    ("work", "Målningen [[Midvinterblot]] hängs åter i trapphallen."),
    ("room", "I [[Rum Hazelius]] visas allmogens kläder från 1800-talet."),
    ("boat", "Vraket av [[Kronan]] gav museet över 30 000 föremål."),
    ("work", "Skulpturen [[Solglitter]] lånas ut till Göteborg under våren."),
    ("event", "Utställningen [[Selma 100]] öppnar den 20 november."),
    ("room", "Gå vidare till [[Salen Karl XI]] för vapensamlingen."),
    # listed given names used as everyday words
    ("word", "Styrelsen noterade att [[Bruno]] kostnader steg med 4 procent."),
    ("word", "Fisket var [[Rosa]] i morse, bara småabborre."),
    ("word", "Motorn går [[Jämt]] nu efter bytet av tändstift."),
    ("word", "Föreställningen fick [[Stjärna]] i alla recensioner."),
    ("word", "Laget spelade med stor [[Vilja]] i tredje perioden."),
    ("word", "Tack för en [[Härlig]] säsong, vi ses i augusti."),
)

PERSONS: tuple[tuple[str, str], ...] = (
    # a county council's board minutes
    ("minutes", "§ 12 Ordförande [[Birgitta Holmgren]] förklarade mötet öppnat."),
    ("minutes", "Justerare: [[Anders Wikström]] och Lena Sahlin."),
    ("minutes", "[[Kerstin Malmsten]] (S) yrkar bifall till arbetsutskottets förslag."),
    ("minutes", "Sekreterare [[Jonas Fält]] lämnar sammanträdet kl. 15.10."),
    ("minutes", "Föredragande: regiondirektör [[Hedvig Strandberg]]."),
    # a trade union's newsletter
    ("union", "Vår ombudsman [[Rut Eklöf]] har förhandlat fram ett nytt avtal."),
    ("union", "Skyddsombudet [[Hilda Vennberg]] svarar på frågor i appen."),
    ("union", "[[Hjalmar Nordqvist]] går i pension efter 30 år som klubbordförande."),
    ("union", "Grattis [[Stina Abrahamsson]] som valts till ny kassör!"),
    # a fishing forum
    ("fishing", "[[Toby Lindahl]] tog en lax på 11 kilo i Mörrumsån i går."),
    ("fishing", "Snacka med [[Lotta]] i butiken, hon vet var abborren står."),
    ("fishing", "Tack [[Morgan Hesselberg]] för tipset om jiggen!"),
    ("fishing", "Jag och [[Stella]] paddlade ut till grundet vid sextiden."),
    # a car forum
    ("cars", "[[Zoe Andersson]] säljer sin gamla Volvo, skicka pm."),
    ("cars", "Mekanikern [[Amadou Sonko]] på verkstaden fixade kopplingen."),
    ("cars", "Ring [[Karola Bergh]] på 070-174 06 31 om delarna."),
    ("cars", "Bilen köptes av [[Octavia Mårtensson]] i Kalmar förra året."),
    # a theatre's season programme
    ("theatre", "Julie spelas av [[Hedda Lundquist]], i sin första stora roll."),
    ("theatre", "Regi: [[Kristina Orrefors]]. Scenografi: Pelle Dahlgren."),
    ("theatre", "Skådespelaren [[Ronja Fagerlund]] gör sin sista säsong hos oss."),
    ("theatre", "Med [[Carmen Duarte]] i titelrollen och Karl Ek som Don José."),
    # a pharmacy chain's staff bulletin
    ("pharmacy", "Butikschef [[Ellen Sjödin]] i Luleå tar emot priset på fredag."),
    ("pharmacy", "Frågor om schemat till [[Greta Palm]], HR."),
    ("pharmacy", "Välkommen [[Linnea Ocampo]] som ny farmaceut i Borås!"),
    ("pharmacy", "[[Gustav Rehn]] slutar och vi tackar honom för fina år."),
    # a prison library's list
    ("library", "Bibliotekarie [[Anna Kareld]] har öppet tisdagar kl. 13–15."),
    ("library", "Intagen [[Emil Rasmusson]] har önskat fler böcker på arabiska."),
    ("library", "Beställ via [[Jane Oduya]] på avdelning C."),
    # an ice-hockey club's news
    ("hockey", "[[Kalle Nordin]] gjorde två mål och en assist mot Björklöven."),
    ("hockey", "Målvakten [[Lennart Öst]] räddade 38 skott."),
    ("hockey", "Tränaren [[Harald Broström]] var nöjd efter matchen."),
    ("hockey", "[[Valter Sjökvist]] har skrivit på för två säsonger till."),
    # a cinema listing
    ("cinema", "Filmen presenteras av [[Amelie Fors]] från filmklubben."),
    ("cinema", "Efter visningen samtalar regissören [[Forrest Nyqvist]] med publiken."),
    ("cinema", "Biljetter bokas hos [[Greta Lönn]] i kassan."),
    # an IT change log
    ("itlog", "Ändringen godkänd av [[Hilda Granqvist]], CAB, 2026-11-03."),
    ("itlog", "Utförare: [[Doris Ahmadi]]. Verifierad av: Per Lind."),
    ("itlog", "[[Sigrid Ålund]] rullade tillbaka releasen efter felet."),
    ("itlog", "Kontakt vid problem: [[Bertil Hagman]], drift, ankn. 4412."),
    # a museum's exhibition text
    ("museum", "Utställningen är sammanställd av intendent [[Selma Frykholm]]."),
    ("museum", "Föremålen skänktes av [[Karl Hazén]] år 1911."),
    ("museum", "Guidad visning med [[Solveig Kron]] lördagar kl. 14."),
    ("museum", "Fotografierna togs av [[Agda Rosenqvist]] kring sekelskiftet."),
)


if __name__ == "__main__":
    sys.exit(run_families(NEGATIVES, PERSONS))
