"""The tail of false alarms the holdouts still show (1-7 % of their hard negatives), each
family beside persons written in the same frames: the share of negatives flagged and of
persons found, per family.

    python bench/pii/false_alarm_tail.py [-v]

Written in voices the other benches lack (a ferry skipper's log, a rescue service's incident
summary, an outreach bus's night notes, a festival medics' handover, a school nurse's weekly
letter, a sailing club's bulletin, a youth club's feed, a prison ward's shift notes, a night
bus driver's report, a hockey parents' chat, a harbour master's notice, a sports doctor's
clinic). Families:
- `place`: districts, islands, villages and suburbs read as people after `i`, `på`, `från`,
  `till`, in lists of places, headings and routes (`i Kortedala`, `Styrsö, Donsö och Vrångö`);
  beside them persons after the same words (`från Lina`, `till Jonas`).
- `closer`: a one-word sentence ending a text read as its signature (`… Lugnt.`, `Tack.`,
  `Klart.`, `Slut.`); beside it real signatures of one given name.
- `codename`: exercises, operations, projects and stations in Title Case (`Övning Nordvind`,
  `Operation Tranan`, `Brandstation Gunnilse`); beside them the people leading them.
- `account`: business and brand accounts as chat speakers and handles (`@apoteket_hjartat:`,
  `Systembolaget:`), shops and firms named for their owners (`Lindas Blommor`), a gym's short
  forms of its kit (`Smith`, `Hack`); beside them persons as speakers and handles.
- `namesake`: football clubs, bands, ships, storms and hospitals' wards named like people
  (`stormen Ingrid`, `M/S Kristina`, `avdelning Astrid`); beside them persons in the same
  sentences' frames.

A negative counts as flagged when a finding that would be masked overlaps it; a person as found
when a PERSON finding covers the name. A third of the sentences (`crc32(text) % 3 == 0`, the
text without its marks) is kept out of tuning. All names, places and people are made up or
public place names; nothing is personal.
"""

from __future__ import annotations

import sys

from marks import Rows, run_families

NEGATIVES: Rows = (
    # places read as people
    ("place", "Bussen står i [[Kortedala]] i kväll mellan 21 och 01, kom förbi för naloxon."),
    ("place", "Vi fick tre samtal från [[Bergsjön]] om blå tabletter med stämpeln 80."),
    ("place", "Skärgårdsturen: Saltholmen, [[Styrsö]], Donsö och Vrångö, sista båten 23.10."),
    ("place", "Festivalen flyttar till [[Kviberg]] i år, sjukvårdstältet står vid entrén."),
    ("place", "Två överdoser på [[Hisingen]] natten mot söndag, båda vaknade efter naloxon."),
    ("place", "Färjan till [[Marstrand]] var full av ungdomar med påsar av något vitt."),
    ("place", "Rapport från [[Gunnilse]]: spruta hittad vid busshållplatsen."),
    ("place", "Nattbussen vände i [[Hjällbo]] efter att en passagerare tuppat av."),
    ("place", "Sprututbytet finns nu också i [[Angered]] och på Frölunda torg."),
    ("place", "Linje 16: [[Eketrägatan]] – Brunnsparken – Högsbohöjd, stopp vid varje hållplats."),
    ("place", "Uppsökarna har varit på [[Öckerö]], Hönö och Rörö under helgen."),
    ("place", "Varningen gäller [[Tynnered]], Västra Frölunda och Askim."),
    ("place", "Öppet hus i [[Rannebergen]] på tisdag, vi bjuder på fika och testremsor."),
    ("place", "Ambulansen från [[Lövgärdet]] tog 14 minuter, patienten klarade sig."),
    ("place", "Hemma i [[Torslanda]] igen efter veckan på behandlingshemmet."),
    ("place", "Sjöräddningen hämtade en man utanför [[Vinga]] som tagit okända piller."),
    ("place", "KORTEDALA / [[GÅRDSTEN]] / HJÄLLBO: nya fynd av falsk oxikodon"),
    ("place", "Vi åker vidare till [[Backa]] efter stoppet vid Wieselgrensplatsen."),
    ("place", "Från [[Brottkärr]] kom två meddelanden om kraftiga tabletter."),
    ("place", "Skolan i [[Kärra]] har bett om en föreläsning om nikotinpåsar."),
    ("place", "Påträffad i [[Slottsskogen]] vid 02-tiden, vaken men förvirrad."),
    ("place", "Vi har sett samma påsar i [[Majorna]], Kungsladugård och Sandarna."),
    ("place", "Läget i [[Sävenäs]] är lugnt, inga nya rapporter sedan fredag."),
    ("place", "Tältet på [[Ringön]] stänger klockan fyra, därefter hänvisar vi till akuten."),
    # a one-word sentence closing a text
    ("closer", "Natten gick bra, två samtal om ketamin och en om GHB, inga larm. [[Lugnt]]."),
    ("closer", "Har fyllt på naloxon i bussen och lämnat nycklarna i skåpet. [[Klart]]."),
    ("closer", "Vi ses på torsdag som vanligt. [[Tack]]."),
    ("closer", "Inga fler frågor om kapslarna från mig just nu. [[Slut]]."),
    ("closer", "Allt inventerat och signerat i pärmen. [[Färdigt]]."),
    ("closer", "Båda patienterna överlämnade till ambulansen kl 03.40. [[Avslutat]]."),
    ("closer", "Skickar bilderna på tabletterna i nästa mejl. [[Mvh]]."),
    ("closer", "Ingen mer info om pulvret, ring om ni hör något.\n[[Över]]."),
    ("closer", "Listan över festivalens fynd är uppdaterad. [[Uppdaterat]]."),
    ("closer", "Provet skickat till labbet med morgonposten. [[Skickat]]."),
    ("closer", "Tack för en bra kväll allihop, ta hand om er. [[Kram]]."),
    ("closer", "Inget att rapportera från hamnen i natt. [[Tyst]]."),
    ("closer", "Mötet är flyttat till onsdag kl 14.\n\n[[Hälsningar]]"),
    ("closer", "Nya remsor finns i förrådet från måndag. [[Toppen]]."),
    # exercise, operation, project and station names
    ("codename", "Räddningstjänsten deltar i [[Övning Nordvind]] med två enheter och en båt."),
    ("codename", "Polisens insats [[Operation Tranan]] riktar sig mot langning av tabletter."),
    ("codename", "Larmet gick till [[Brandstation Gunnilse]] kl 22.14, en person utan andning."),
    ("codename", "Projektet [[Trygg Natt]] fortsätter i vår med fler volontärer på stan."),
    ("codename", "Exercise [[Baltic Harbour]] will test the port's response to a mass overdose."),
    ("codename", "Under [[Övning Vintersol]] spelade vi upp ett utsläpp av ammoniak."),
    ("codename", "Enheten från [[Brandstation Frölunda]] var först på plats vid festen."),
    ("codename", "Insatsen heter [[Operation Snöstorm]] och pågår till årsskiftet."),
    ("codename", "[[Räddningsstation Hönö]] larmades till en båt med en medvetslös man."),
    ("codename", "Utbildningsdagen [[Projekt Livlina]] handlar om naloxon för vakter."),
    ("codename", "Deltagare i [[Övning Gotha]]: polis, ambulans, SOS och två skolor."),
    ("codename", "Brandmännen på [[Station Kortedala]] har nu naloxonspray i bilarna."),
    ("codename", "Insats [[Mörkerseende]] gav fyra beslag av falska Xanax på två veckor."),
    ("codename", "Nästa steg i [[Projekt Ljusglimt]] är en kurs för föräldrar i Backa."),
    ("codename", "Larmcentralen skickade [[Räddningsenhet Lerum]] och en ambulans."),
    ("codename", "Under [[Operation Vårflod]] beslagtogs 2 kilo amfetamin i Borås."),
    # business and brand accounts, shops and firms, gym short forms
    ("account", "[[Apoteket_Nord]]: Vi har tyvärr slut på naloxon i butiken just nu."),
    ("account", "@[[hamnkrogen_gbg]] skrev att de har hittat påsar på toaletten."),
    ("account", "[[Lindas Blommor]] vid torget har anmält sprutor i rabatten."),
    ("account", "Svar från [[Gymmet_Frölunda]]: vi har anmält försäljningen till polisen."),
    ("account", "Kolla in [[Hasses Cykel]] på Storgatan, de har lånecyklar till volontärerna."),
    ("account", "Beställ remsor via [[Pers Järn]] eller direkt från oss."),
    ("account", "Kör tre set på [[Smith]] och sen hack squat, lätt vikt."),
    ("account", "[[Nordic_Wellness]] har satt upp lappar om dopning i omklädningsrummet."),
    ("account", "Kvittot från [[Bergs Livs]] visar att köpet skedde kl 23.50."),
    ("account", "Idag: marklyft på [[Hex]], sen biceps på Preacher."),
    ("account", "Butiken [[Evas Hälsokost]] har slutat sälja kratom efter tillsynen."),
    ("account", "[[Taxi_Kurir]]: chauffören har lämnat in en påse till polisen."),
    ("account", "Vi fick pallar från [[Anderssons Åkeri]] till tältet, tack!"),
    ("account", "@[[festivalvakterna]]: två personer utförda efter att ha sålt piller"),
    ("account", "Instagram-kontot [[vapebutiken_se]] säljer fortfarande till minderåriga."),
    ("account", "Bänkpress på [[Hammer]], sen kabelflyes, lätt dag."),
    ("account", "Svar från [[Coop_Kortedala]]: kameran har inte spelat in något den natten."),
    ("account", "[[Olssons Bageri]] skänker bullar till nattvandrarna på fredag."),
    # clubs, bands, ships, storms, wards
    ("namesake", "Efter matchen mot [[Örgryte]] hittade vakterna flera påsar på läktaren."),
    ("namesake", "Stormen [[Ingrid]] ställde in färjorna, uppsökarna stannade i land."),
    ("namesake", "Konserten med [[Kent]] drog 20 000 och tältet hade fullt."),
    ("namesake", "[[M/S Kristina]] la till i Frihamnen med två sjuka passagerare ombord."),
    ("namesake", "Patienten flyttades till avdelning [[Astrid]] på barnsjukhuset."),
    ("namesake", "Bandet [[Ebba Grön]] spelade på Kvibergs marknad förr i tiden."),
    ("namesake", "Fartyget [[Stena Danica]] rapporterade en överdos i hytt 5024."),
    ("namesake", "[[Häcken]] spelar hemma på lördag, vi har bussen utanför arenan."),
    ("namesake", "Efter stormen [[Urd]] var Vinga utan ström i två dagar."),
    ("namesake", "Hon vårdas på [[Avdelning Sigrid]], intensiven för barn."),
    ("namesake", "Fiskebåten [[Maria Elisabeth]] bogserades in till Hönö efter motorstopp."),
    ("namesake", "Supportrarna till [[Gais]] hade tända bengaler och någon delade ut piller."),
    ("namesake", "Lotsbåten [[Elsa]] hämtade en sjuk sjöman utanför Vinga."),
    ("namesake", "Under stormen [[Babet]] fick tältet stänga och flytta in i skolan."),
    ("namesake", "Akuten hänvisar till [[Avd Greta]] för den som behöver avgiftning."),
    ("namesake", "Spelningen med [[Dolly Style]] i Slottsskogen blev en lugn kväll för oss."),
)

PERSONS: Rows = (
    # persons after the same words as places
    ("place", "Bussen står vid torget i kväll, [[Lina Svärd]] har nycklarna."),
    ("place", "Vi fick tre samtal från [[Jonas]] om blå tabletter med stämpeln 80."),
    ("place", "Skicka bilderna till [[Marta Holst]] så lägger hon in dem i rapporten."),
    ("place", "Hälsningar från [[Kristian Öberg]] på fältgruppen i Bergsjön."),
    ("place", "Rapport från [[Hanna Lejon]]: spruta hittad vid busshållplatsen."),
    ("place", "Vi åker vidare till [[Amir]] efter stoppet, han väntar med materialet."),
    ("place", "Uppsökarna i Öckerö: [[Sanna Bryde]], Tove Lang och Emil Rask."),
    ("place", "Hemma hos [[Petra Hjort]] i Torslanda hittades flera kartor med tabletter."),
    ("place", "Natten i Kortedala leddes av [[Ali Haddad]] och Nora Sten."),
    ("place", "Ambulansen från Lövgärdet hämtade [[Vilma Ask]], hon klarade sig."),
    ("place", "Påträffad i Slottsskogen: [[Oskar Lindeberg]], 19 år, vaken men förvirrad."),
    ("place", "Vi har pratat med [[Emelie]] i Majorna om påsarna hon hittat."),
    # signatures of one name
    ("closer", "Natten gick bra, två samtal om ketamin och en om GHB, inga larm.\n[[Maja]]"),
    ("closer", "Har fyllt på naloxon i bussen och lämnat nycklarna i skåpet. /[[Johan]]"),
    ("closer", "Vi ses på torsdag som vanligt.\n\nHälsningar\n[[Ingela]]"),
    ("closer", "Provet skickat till labbet med morgonposten.\nMvh [[Torbjörn]]"),
    ("closer", "Tack för en bra kväll allihop, ta hand om er.\nKram [[Frida]]"),
    ("closer", "Inget att rapportera från hamnen i natt.\n// [[Ronja]]"),
    ("closer", "Nya remsor finns i förrådet från måndag.\n\n[[Elias]]"),
    ("closer", "Allt inventerat och signerat i pärmen. Hälsningar, [[Gunilla]]"),
    # people leading exercises and stations
    ("codename", "Övningsledaren [[Petter Norén]] sammanfattar Övning Nordvind på fredag."),
    ("codename", "Styrkeledare [[Camilla Brandt]] från Brandstation Gunnilse ringde in."),
    ("codename", "Projektledare för Trygg Natt är [[Fatima Osman]], nås via kansliet."),
    ("codename", "Kontakt för Operation Tranan: [[Lars Ekdahl]], polisområde Göteborg."),
    ("codename", "Räddningsledaren [[Sune Rydén]] beslutade att utrymma lokalen."),
    ("codename", "[[Britt Lagerqvist]] leder utbildningsdagen om naloxon för vakter."),
    ("codename", "Stationschef [[Mikael Eng]] säger att alla bilar nu har naloxon."),
    ("codename", "Frågor om övningen besvaras av [[Yasmin]] på räddningstjänsten."),
    # persons as speakers and handles
    ("account", "[[Linda_B]]: Jag hittade påsar vid cykelstället igen i morse."),
    ("account", "@[[hasse_olsson]] skrev att hans son blivit erbjuden tabletter."),
    ("account", "[[Per Lundin]]: vi har anmält försäljningen till polisen."),
    ("account", "Svar från [[Eva Hultgren]]: jag slutade sälja kratom efter tillsynen."),
    ("account", "[[Kenneth]]: chauffören har lämnat in en påse till polisen."),
    ("account", "Linda på blomsteraffären heter egentligen [[Linda Ståhl]], hon ringde oss."),
    ("account", "Kör tre set med [[Smith]] som spotter, han är stark som en oxe."),
    ("account", "@[[sofie.berglund]]: kan någon förklara vad vita pärlor är?"),
    ("account", "Ägaren [[Hasse Nyberg]] på cykelverkstaden lånar ut cyklar."),
    ("account", "[[Olle Bergqvist]] på bageriet skänker bullar till nattvandrarna."),
    # persons beside clubs, ships, storms, wards
    ("namesake", "Efter matchen mot Örgryte hittade [[Ingrid Sand]] flera påsar på läktaren."),
    ("namesake", "[[Kristina]] ringde från färjan, två passagerare mår dåligt."),
    ("namesake", "Sjuksköterskan [[Astrid Holm]] på barnavdelningen tog emot patienten."),
    ("namesake", "Jag pratade med [[Veronica]] i tältet, hon hade tagit två piller."),
    ("namesake", "Fiskaren [[Elisabeth Kvist]] bogserades in till Hönö efter motorstopp."),
    ("namesake", "[[Greta]] på avgiftningen säger att de har platser i morgon."),
    ("namesake", "Kaptenen [[Sigrid Ahlberg]] rapporterade en sjuk passagerare."),
    ("namesake", "Vi ringde [[Miriam]] efter konserten, hon var hemma och mådde bra."),
)


if __name__ == "__main__":
    sys.exit(run_families(NEGATIVES, PERSONS))
