"""Things named like people, second round, beside persons in the same texts: the share of
things flagged and of persons found, per family.

    python bench/pii/false_alarm_things2.py [-v]

Written in voices the other benches lack (a municipality's social-services newsletter, a youth
centre's Instagram captions, a harm-reduction app's release notes, a prison chaplain's letter,
a regional newspaper's culture page, a housing company's notice, a police press release, a
football supporters' forum). Families: `venue` (a place people go, named like a person),
`product` (a product or brand), `org` (an organisation, association or firm), `service` (a
project, programme or service: `Trygg Natt`), `event` (a festival, cup or day), `abroad`
(places abroad shaped as names), `street` (streets and squares named after people), `handle`
(user names and handles: `WhiteRabbitSE`), `animal` (pets and horses), `character`
(fictional characters), `work` (titles of works), `caps` (brand-like words in capitals).
Persons stand in the same settings with the same cues, so recall is measured too.

Counted as the first round counts (false_alarm_things.py, with marks.py's kept-out third);
`-v` lists what was flagged or missed. Every name is made up, and no drug is a target.
"""

from __future__ import annotations

import sys

from marks import run_families

NEGATIVES: tuple[tuple[str, str], ...] = (
    # a municipality's social-services newsletter
    ("service", "Nattvandrarna i [[Trygg Natt]] behöver fler vuxna till helgerna i november."),
    ("service", "Föräldrastödet [[Komet]] startar en ny grupp för tonårsföräldrar i januari."),
    ("service", "Anmäl dig till [[Steg för Steg]], vår kurs för dig som vill sluta spela."),
    ("service", "Projektet [[Unga Vuxna Linnea]] avslutas vid årsskiftet efter tre år."),
    ("service", "Via [[Familjecentralen Trollsländan]] kan du träffa en barnmorska utan tid."),
    ("service", "Lågtröskelboendet [[Hemmet Ester]] har nu tolv platser för kvinnor."),
    ("org", "Vi samarbetar med [[Stadsmissionen]] och Frälsningsarmén kring julmaten."),
    ("org", "Budget- och skuldrådgivningen flyttar in hos [[Hyresgästföreningen Norra]]."),
    ("venue", "Träffpunkten [[Lotta]] på Storgatan har öppet hus onsdagar kl. 13–16."),
    ("venue", "Seniorträffen hålls i [[Mötesplats Elsa]] bredvid vårdcentralen."),
    ("event", "Välkommen till [[Socialtjänstens dag]] den 14 mars i stadshuset."),
    ("caps", "Skolkuratorerna använder [[BRUK]] och ADDIS vid kartläggningen."),
    # a youth centre's Instagram captions
    ("venue", "Fredag i [[Fritidsgården Ängen]]: pingis, pizza och karaoke från 18 🎤"),
    ("venue", "Ses vi på [[Ungdomens hus Sigrid]] efter skolan? Nya spel i hörnan!"),
    ("event", "Biljetterna till [[Summer Splash]] släpps i bion kl. 17 🔥"),
    ("event", "Tack alla som kom på [[Halloween Bash]]! Bilder kommer i story."),
    ("handle", "Grattis [[@malte_gamez]] som vann FIFA-turneringen i går 🏆"),
    ("handle", "Följ [[@fritidsgardenangen]] för fler bilder från resan."),
    ("handle", "Musiken i kväll: DJ [[LilNova]] och BeatBoxBosse spelar från 19."),
    ("product", "Ny [[PlayStation 5]] i spelhörnan tack vare föreningsbidraget!"),
    ("product", "Fikat i dag: [[Billys Pan Pizza]] och saft, gratis för medlemmar."),
    ("character", "Temakväll: klä ut dig till [[Wednesday Addams]] eller Shrek."),
    ("character", "Vem är bäst i Among Us? [[Pinky]] eller Red? 🤔"),
    ("caps", "Danskursen [[STREETMOVES]] startar i gympasalen på måndag."),
    # a harm-reduction app's release notes
    ("product", "Version 3.2: [[Naloxone Finder]] visar nu närmaste apotek på kartan."),
    ("product", "Nytt i appen: [[Buddy Mode]] låter en vän se var du är under kvällen."),
    ("service", "Du kan nu chatta med [[Stödlinjen Ella]] direkt från startsidan."),
    ("product", "Fixat: [[Safe Walk]] kraschade på Android 14 när GPS var avstängt."),
    ("handle", "Tack till betatestaren [[NightOwl_88]] för buggrapporten om mörkt läge."),
    ("handle", "Rapportera fel till [[@hrapp_support]] eller via formuläret."),
    ("caps", "Integrationen med [[KOLL]] och TRIPSIT är borttagen tills vidare."),
    ("org", "Data om testresultat kommer från [[Checkit Labs]] varje vecka."),
    ("product", "Widgeten [[Nattkompis]] syns nu på låsskärmen på iPhone."),
    ("service", "Funktionen [[Ring Rosa]] kopplar dig till en sjuksköterska dygnet runt."),
    # a prison chaplain's letter
    ("venue", "Gudstjänsten hålls i [[Kapellet Sankt Mikael]] på avdelning C."),
    ("org", "Samtalsgruppen drivs tillsammans med [[Kriminellas Revansch i Samhället]]."),
    ("service", "Programmet [[Vägen Ut]] hjälper dig med boende efter frigivningen."),
    ("work", "Vi läser [[Brott och straff]] i studiecirkeln under hösten."),
    ("work", "Sången [[Amazing Grace]] önskades av flera till julgudstjänsten."),
    ("character", "Liknelsen om [[den förlorade sonen]] blev kvällens samtalsämne."),
    ("org", "Besöksgruppen från [[Röda Korset]] kommer varannan torsdag."),
    ("abroad", "Brodern skriver från [[San Pedro Sula]] och hälsar till alla."),
    # a regional newspaper's culture page
    ("work", "Romanen [[Mannen som hette Ove]] sätts upp som pjäs på länsteatern."),
    ("work", "Utställningen [[Ellen i ljuset]] visar trettio oljemålningar från 1920-talet."),
    ("work", "Filmen [[Sune i fjällen]] går på Röda Kvarn hela jullovet."),
    ("venue", "Konserten flyttas från [[Sofiero]] till Kulturhuset Barbro på grund av regn."),
    ("venue", "Jazzkvällen på [[Nalen]] var slutsåld redan i augusti."),
    ("event", "[[Bokens Dag]] firas med signering och barnteater på torget."),
    ("event", "Festivalen [[Malmöfestivalen]] lockade 1,2 miljoner besökare i år."),
    ("character", "I höstens föreställning spelas [[Tant Grön]] av en elev från kulturskolan."),
    ("work", "Låten [[Valerie]] fick hela salongen att sjunga med."),
    ("org", "Förlaget [[Bonnier Carlsen]] ger ut boken i mars."),
    ("caps", "Bandet [[KENT]] återförenas för en enda spelning i juni."),
    ("abroad", "Konstnären bor numera i [[Santa Barbara]] och ställer ut där i vår."),
    # a housing company's notice
    ("street", "Vattnet stängs av på [[Gustav Adolfs väg]] 4–12 tisdag kl. 9–13."),
    ("street", "Sopkärlen flyttas till gården mot [[Kristina Nilssons gata]]."),
    ("street", "Nya cykelställ sätts upp vid [[Hjalmar Brantings plats]] i maj."),
    ("street", "Fasadrenoveringen på [[Drottning Blankas gata]] fortsätter i vecka 12."),
    ("org", "Felanmälan görs till [[Fastighets AB Ebba]] eller via Mina sidor."),
    ("service", "Tjänsten [[Hemma Hos Hilma]] hjälper äldre hyresgäster med små reparationer."),
    ("venue", "Samlingslokalen [[Stugan Vera]] kan bokas för kalas, max 30 personer."),
    ("product", "Tvättstugan har nya maskiner från [[Electrolux]] och Miele."),
    ("caps", "Passerbrickorna från [[ASSA]] byts ut mot nya i februari."),
    ("animal", "Katten [[Morris]] från trapphus B är borttappad, ring om ni ser honom."),
    # a police press release
    ("service", "Insatsen [[Operation Tyr]] har hittills lett till tolv gripanden."),
    ("service", "Inom ramen för [[Sommar i City]] ökar polisen närvaron i centrum."),
    ("street", "Rånet skedde vid [[Karl Gustavs torg]] strax efter midnatt."),
    ("street", "Vittnen såg en bil köra söderut på [[Erik Dahlbergsgatan]]."),
    ("animal", "Polishunden [[Zingo]] spårade den misstänkte till en källare."),
    ("product", "Den misstänkte körde en svart [[Volvo V70]] utan registreringsskyltar."),
    ("product", "Mannen bar en jacka från [[Canada Goose]] och vita Nike Air Max."),
    ("org", "Ärendet lämnas över till [[Ekobrottsmyndigheten]]."),
    ("abroad", "Den efterlysta mannen tros ha rest till [[Santo Domingo]]."),
    ("venue", "Bråket startade utanför nattklubben [[Harrys]] vid stängning."),
    ("handle", "Kontot [[WhiteRabbitSE]] på Telegram sålde falska biljetter."),
    ("caps", "Beslaget skedde i samband med tillslaget mot [[ENCROCHAT]]-nätverket."),
    # a football supporters' forum
    ("venue", "Samling på [[Puben Lasse]] två timmar före avspark."),
    ("venue", "Bortaläktaren på [[Eleda Stadion]] var full redan vid uppvärmningen."),
    ("event", "Vi åker buss till [[Svenska Cupen]]-finalen, anmälan i tråden."),
    ("event", "Nästa helg är det [[Allsvenskans premiär]], tifot är klart."),
    ("handle", "[[Blåvitt_Bengan]] skrev: domaren borde ha blåst straff."),
    ("handle", "Instämmer med [[Gnaget4Ever]], mittfältet var katastrof."),
    ("handle", "Citat från [[Kalle_på_läktarn]]: tre poäng är tre poäng."),
    ("animal", "Maskoten [[Gnagis]] fick stå i mittcirkeln före avspark."),
    ("product", "Nya matchtröjan från [[Puma]] släpps i shopen på lördag."),
    ("caps", "Klubbens klack [[MACKLAN]] har fått nytt arrangemang."),
    ("abroad", "Träningslägret i [[San Antonio]] flyttas till Marbella."),
    ("character", "Motståndarnas målvakt spelade som [[Bamse]] i andra halvlek."),
)

# persons in the same settings, with the same cues
PERSONS: tuple[tuple[str, str], ...] = (
    ("service", "Nattvandrarna samordnas av [[Linnea Forsgren]], ring 070-174 06 31."),
    ("service", "Föräldrastödet leds av [[Ester Jakobsson]] och en familjebehandlare."),
    ("org", "Kontaktperson hos Stadsmissionen är [[Tove Hallberg]]."),
    ("venue", "Träffpunkten drivs av [[Lotta Sundin]] på Storgatan, onsdagar kl. 13–16."),
    ("venue", "Seniorträffen hålls av [[Elsa Björkqvist]] bredvid vårdcentralen."),
    ("venue", "Fredag i fritidsgården med [[Sigrid Olausson]]: pingis och karaoke från 18 🎤"),
    ("handle", "Grattis [[Malte Engström]] som vann FIFA-turneringen i går 🏆"),
    ("handle", "Musiken i kväll: [[Nova Lindahl]] spelar från 19."),
    ("event", "Ansvarig för Summer Splash är fritidsledaren [[Jonas Wahlberg]]."),
    ("service", "Du kan nu chatta med sjuksköterskan [[Ella Strömberg]] direkt från startsidan."),
    ("service", "Kuratorn [[Rosa Ekström]] svarar i chatten dygnet runt."),
    ("handle", "Tack till betatestaren [[Oskar Nygren]] för buggrapporten om mörkt läge."),
    ("venue", "Gudstjänsten hålls av diakon [[Mikael Sandberg]] på avdelning C."),
    ("service", "Handläggaren [[Petra Holm]] hjälper dig med boende efter frigivningen."),
    ("character", "Min vän [[Anders Lilja]] skriver från anstalten och hälsar till alla."),
    ("work", "Pjäsen regisseras av [[Ove Lindroth]] på länsteatern."),
    ("work", "Utställningen visar trettio oljemålningar av [[Ellen Trotzig]]."),
    ("venue", "Konserten leds av [[Barbro Hedenius]] i kulturhuset."),
    ("character", "I höstens föreställning spelas huvudrollen av [[Selma Grön]]."),
    ("work", "Låten sjungs av [[Valerie Ekman]] som fick salongen att sjunga med."),
    ("street", "Vid frågor om vattnet, kontakta förvaltaren [[Gustav Adolfsson]]."),
    ("street", "Sopkärlen töms av vaktmästaren [[Kristina Nilsson]] på tisdagar."),
    ("org", "Felanmälan tas emot av [[Ebba Granqvist]] på kontoret."),
    ("service", "Hyresgästen [[Hilma Strand]] har hjälpt äldre med små reparationer."),
    ("animal", "Katten är borttappad, ring [[Vera Lundqvist]] i trapphus B."),
    ("service", "Insatsen leds av kommissarie [[Tyra Magnusson]]."),
    ("street", "En 34-årig man, [[Karl Gustafsson]], greps vid torget strax efter midnatt."),
    ("animal", "Hundföraren [[Erik Dahlberg]] spårade den misstänkte till en källare."),
    ("venue", "Bråket startade när [[Harry Lindén]] vägrades inträde vid stängning."),
    ("handle", "Kontot på Telegram tillhör enligt polisen [[Rebecka Wilhelmsson]], 27."),
    ("venue", "Samling hos [[Lasse Brink]] två timmar före avspark."),
    ("handle", "Instämmer med [[Bengt Fransson]], mittfältet var katastrof."),
    ("event", "Anmäl dig till bussen hos [[Jimmy Karlberg]] i tråden."),
    ("product", "Nya matchtröjan visades upp av lagkaptenen [[Adam Ljung]] i shopen."),
    ("abroad", "Träningslägret leds av [[Antonio Ferreira]] i Marbella."),
    ("character", "Målvakten [[Samuel Åberg]] spelade som en vägg i andra halvlek."),
)


if __name__ == "__main__":
    sys.exit(run_families(NEGATIVES, PERSONS))
