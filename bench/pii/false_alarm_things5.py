"""Things named like people, fifth round, beside persons in the same frames: the share of
things flagged and of persons found, per family.

    python bench/pii/false_alarm_things5.py [-v]

Voices the other rounds lack: a festival medic tent's log, a harm-reduction podcast's show
notes, a customs officer's seizure memo, a student union's newsletter, an aquarium forum, a
sailing club's bulletin, an amusement park's incident report, a bar's staff chat, a ward's
handover, a parish youth group's letter, an English music blog. Families: `opener` (an alias
or the name of a thing opening a sentence: a role word and a noun, `Moster Måne säljs ...`),
`title` (a work's title shaped like a full name, told by its frame: a year in parentheses,
`huvudrollen i`, `säsong två av`), `team` (a team, crew or quiz team in quotes), `band` (a band
or act named like a person), `venue` (a bar, stage, tent or room named with a name), `boat`
(boats, rides and pets), `diagnosis` (a disease or sign named after people), `caps` (a word or
heading in capitals). Persons stand in the same voices and frames, so a rule that drops a
thing must keep the person beside it.

A thing counts as flagged when a finding that would be masked overlaps it; a person as found
when a PERSON finding covers the name. A third (`crc32(text) % 3 == 0`) is kept out of tuning;
`-v` prints every thing flagged and person missed. All names are made up; no drug is a target.

Figures (branch neg23; the person `Syster Annika` first marked with its title, then as the
name alone): untuned, things flagged 11/36 tuned and 9/29 kept out, persons found 31/33 and
12/12; after the alliterated alias at a sentence's start and the work's title closed by a mark
or its verb (and a pet by its sex's word), 6/36 tuned and still 9/29 kept out, persons
unchanged. The kept-out third did not move.
"""

from __future__ import annotations

import sys

from marks import run_families

NEGATIVES: tuple[tuple[str, str], ...] = (
    # an alias or a thing's name opening a sentence
    ("opener", "[[Moster Måne]] säljs nu i tre färger enligt flera trådar."),
    ("opener", "[[Kapten Kaos]] dyker upp på Telegram igen med nya priser."),
    ("opener", "[[Farbror Frost]] har bytt logga, samma innehåll som förut."),
    ("opener", "[[Doktor Dimma]] annonserar leverans inom två timmar i Göteborg."),
    ("opener", "[[Prinsessan Pulver]] har försvunnit från marknaden sedan i maj."),
    ("opener", "[[Baron Blå]] är namnet på en ny kanal som nämns i chatten."),
    ("opener", "[[Mamma Mysig]] heter ett konto som säljer gummies."),
    ("opener", "[[Greven Glitter]] postade en meny med tolv sorter i går."),
    ("opener", "[[Lilla Lugnet]] beskrivs som en tablett med blå prickar."),
    ("opener", "[[Tant Trött]] var vad gänget kallade de vita pillren."),
    ("opener", "[[Kusin Kristall]] var ett av namnen på den nya sajten."),
    ("opener", "[[Mister Mjuk]] marknadsför sig som 'lugnande' på Instagram."),
    # a work's title shaped like a full name
    ("title", "[[Elvira Sandgren]] (2019) är en roman om en familj i Sundsvall."),
    ("title", "Huvudrollen i [[Margit Holmberg]] spelas av en debutant."),
    ("title", "Säsong två av [[Olof Brink]] har premiär på SVT Play i mars."),
    ("title", "I första avsnittet av [[Rut Lindvall]] hittas en väska på stranden."),
    ("title", "Recensionen av [[Ebba Stjernfelt]] i DN var sval."),
    ("title", "Podden tipsar om serien [[Ture Ahlgren]], åtta delar på Max."),
    ("title", "Låten [[Majken Ros]] ligger etta på Spotifys topplista."),
    ("title", "We reviewed [[Harriet Calloway]] (2021), a slow novel about a lighthouse."),
    ("title", "The second season of [[Dorian Blake]] drops on Netflix in May."),
    ("title", "Boken [[Sixten Ek]] handlar om en pojke som växer upp i Kiruna."),
    # a team, crew or quiz team in quotes
    ("team", "Frågesporten vanns av laget \"[[Tant Agda]]\" med 42 poäng."),
    ("team", "Kvällens vinnare: \"[[Bröderna Dal]]\" före \"Quizkungarna\"."),
    ("team", "Roddlaget \"[[Gamla Greta]]\" kom tvåa i Vårruset."),
    ("team", "Lag \"[[Kalle Anka]]\" fick diska efter tävlingen."),
    ("team", "Our pub quiz team \"[[Sir Lancelot]]\" came last again."),
    ("team", "Korplaget '[[Pelle Svanslös]]' söker en målvakt."),
    ("team", "Innebandylaget \"[[Familjen Flinta]]\" vann korpen i år."),
    # a band or act named like a person
    ("band", "Ikväll spelar [[Klara Nordvind]] på stora scenen, sedan DJ-set."),
    ("band", "Bandet [[Doris Dagg]] ställde in spelningen på fredagen."),
    ("band", "Efter [[Hasse Hjärtslag]] blev det trångt framför scen B."),
    ("band", "Headliner on Saturday: [[Mabel Thorne]], then a silent disco."),
    ("band", "Duon [[Vilma & Vinter]] släpper skiva i höst."),
    ("band", "Vi dansade till [[Elsa Elektrisk]] hela natten."),
    # a bar, stage, tent or room named with a name
    ("venue", "Patienten hämtades från [[Tält Tora]] vid 01.30."),
    ("venue", "Två fall av kramper i kön till [[Scen Sigvard]] under natten."),
    ("venue", "Personalen på [[Bar Bertil]] ringde efter hjälp kl. 23."),
    ("venue", "Vi samlas i [[Sal Hjalmar]] efter gudstjänsten."),
    ("venue", "Spelningen flyttas till [[Klubb Edvin]] på grund av regnet."),
    ("venue", "Incidenten skedde utanför [[Café Majvor]] vid stora torget."),
    ("venue", "Överdoseringen ägde rum på [[Hotell Hedda]], rum 214."),
    # boats, rides and pets
    ("boat", "Segelbåten [[Ellen Marie]] låg förtöjd vid brygga 3 hela helgen."),
    ("boat", "Karusellen [[Lilla Lisa]] stängdes efter att en vagn lossnat."),
    ("boat", "Berg-och-dalbanan [[Vilda Vera]] öppnar igen efter översynen."),
    ("boat", "Min hane [[Gustav]] vägrar äta flingor, vad gör jag?"),
    ("boat", "Motorbåten [[Tre Systrar]] beslagtogs vid kajen i Ystad."),
    ("boat", "Katten [[Fröken Fia]] har varit borta i tre dagar."),
    ("boat", "Fartyget [[Stena Saga]] anlöpte Frederikshavn med två timmars försening."),
    # a disease or sign named after people
    ("diagnosis", "Misstänkt [[Wernicke]] hos en man med långvarigt alkoholbruk."),
    ("diagnosis", "Utslagen liknade [[Stevens-Johnson]], patienten remitterades."),
    ("diagnosis", "Patienten har [[Crohns sjukdom]] och tar kortison."),
    ("diagnosis", "Hon har känd [[Tourettes syndrom]] sedan barndomen."),
    ("diagnosis", "Positivt [[Babinskis tecken]] på vänster sida."),
    ("diagnosis", "Pupillerna reagerade inte, [[Kussmauls andning]] noterades."),
    ("diagnosis", "Suspected [[Korsakoff]] after years of heavy drinking."),
    ("diagnosis", "Tidigare opererad för [[Hirschsprungs sjukdom]] som barn."),
    # a word or heading in capitals
    ("caps", "[[OBSERVERA]]: nya tabletter med hög halt har hittats i Malmö."),
    ("caps", "[[RÄTTELSE]] till varningen som skickades i torsdags."),
    ("caps", "Beslag nr 14: påse märkt [[HAPPY]] med vitt pulver."),
    ("caps", "Tabletterna var präglade med [[TESLA]] på ena sidan."),
    ("caps", "Kartongen var märkt [[FRAGILE]] och adresserad till ett ombud."),
    ("caps", "[[SAMMANFATTNING]] Tre fall under helgen, alla stabila."),
    ("caps", "Vi har [[INTE]] fått in fler rapporter sedan i morse."),
    ("caps", "Paketet kom från [[BERLIN]] enligt fraktsedeln."),
)

PERSONS: tuple[tuple[str, str], ...] = (
    # a person opening a sentence, beside the aliases
    ("opener", "[[Mona Ekdahl]] ringde i morse om sin bror."),
    ("opener", "[[Stig Wennberg]] har bytt telefonnummer enligt socialtjänsten."),
    ("opener", "[[Vendela Ros]] säljer enligt grannarna från lägenheten."),
    ("opener", "[[Jonatan Åberg]] dyker upp på mottagningen varje måndag."),
    ("opener", "[[Farida Haddad]] var vad personalen kallade den nya kollegan."),
    ("opener", "[[Olle Kvist]] postade en bild på pillren i går."),
    ("opener", "Syster [[Annika]] delade ut vatten vid entrén."),
    ("opener", "[[Doktor Lindahl]] bedömde patienten som stabil."),
    # a person named in a work's frame
    ("title", "Huvudrollen spelas av [[Margit Holmberg]], en debutant från Umeå."),
    ("title", "Romanen är skriven av [[Elvira Sandgren]] (f. 1979)."),
    ("title", "Regissören [[Olof Brink]] har premiär med en ny serie i mars."),
    ("title", "I första avsnittet intervjuas [[Rut Lindvall]] om sin son."),
    ("title", "Recensenten [[Ebba Stjernfelt]] i DN var sval."),
    ("title", "We interviewed [[Harriet Calloway]], who runs the night shelter."),
    ("title", "Boken är skriven av [[Sixten Ek]], som växte upp i Kiruna."),
    # a person in a team's frame
    ("team", "Frågesporten vanns av [[Agda Lund]] med 42 poäng."),
    ("team", "Kvällens vinnare: [[Hugo Dahl]] före Stina Brandt."),
    ("team", "Kvällens vinnare: Hugo Dahl före [[Stina Brandt]]."),
    ("team", "Roddaren [[Greta Sjöö]] kom tvåa i Vårruset."),
    ("team", "Our quiz master [[Lance Whitby]] came late again."),
    ("team", "Korplagets tränare [[Pelle Norrman]] söker en målvakt."),
    # a person in a band's frame
    ("band", "Ikväll sjunger [[Klara Nordin]] med kören, sedan fika."),
    ("band", "Sångerskan [[Doris Dahlgren]] ställde in spelningen på fredagen."),
    ("band", "Efter [[Hasse Öberg]] talade kyrkoherden om hösten."),
    ("band", "On Saturday we met [[Mabel Thornton]], a volunteer medic."),
    ("band", "Vi dansade med [[Elsa Ekström]] hela natten."),
    # a person in a venue's frame
    ("venue", "Patienten hämtades av [[Tora Lindgren]] vid 01.30."),
    ("venue", "Personalen ringde [[Bertil Sand]] efter hjälp kl. 23."),
    ("venue", "Vi samlas hos [[Hjalmar Berglund]] efter gudstjänsten."),
    ("venue", "Incidenten skedde utanför [[Majvor Eklunds]] lägenhet vid torget."),
    ("venue", "Överdoseringen upptäcktes av [[Hedda Franzén]], nattportier."),
    # a person among boats, rides and pets
    ("boat", "Segelbåten ägs av [[Ellen Marie Holm]] i Nynäshamn."),
    ("boat", "Karusellen sköttes av [[Lisa Hägg]] när vagnen lossnade."),
    ("boat", "Min sambo [[Gustav]] vägrar äta frukost, vad gör jag?"),
    ("boat", "Motorbåtens ägare [[Tor Systrand]] greps vid kajen i Ystad."),
    ("boat", "Katten tillhör [[Fia Nyberg]] på andra våningen."),
    # a person in a ward's handover
    ("diagnosis", "Misstänkt abstinens hos [[Leif Wernersson]], långvarigt alkoholbruk."),
    ("diagnosis", "Patienten [[Johan Crona]] har Crohns sjukdom och tar kortison."),
    ("diagnosis", "Överläkare [[Karin Babin]] bedömde reflexerna."),
    ("diagnosis", "Seen by Dr [[Martha Korsgaard]] after years of heavy drinking."),
    ("diagnosis", "Anhörig: [[Sune Kussberg]], bror, informerad per telefon."),
    # a person in capitals
    ("caps", "Anmälan gäller [[ANDERSSON, LINNEA]] enligt registret."),
    ("caps", "Beslag nr 14: påse hos [[KENNETH LÖF]] med vitt pulver."),
    ("caps", "Fraktsedeln var adresserad till [[MIRJAM HOLT]] i Berlin."),
    ("caps", "Uppgiftslämnare: [[BERTIL NYMAN]], tullinspektör."),
)


if __name__ == "__main__":
    sys.exit(run_families(NEGATIVES, PERSONS))
