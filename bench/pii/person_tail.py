"""PERSON's tail: the families still missed on unseen text, each beside look-alikes in the
same frames that must stay unflagged: the share of persons found and of negatives flagged.

    python bench/pii/person_tail.py [-v]

Written in voices the other person benches lack (a housing co-op board's minutes, a school
counsellor's notes, a festival volunteers' chat, a deacon's log, an ambulance handover, a
prison visit form, an allotment society, a sailing club, a football team's parents' chat, a
pharmacy's shift log). Families: `start` (a given name and a surname that is a word, at a
sentence's start before its verb: `Lisa Grön ringde`), `kin` (a kin word, a given name and
such a surname: `Pappa Tomas Brand`), `unlisted` (names no list holds, in strong frames:
after a kin word, a title, `heter`, in a signature), `initials3` (three letters after a
writing or signing verb: `Antecknat av MLD`), `attendees` (initials alone in a list of those
present), `forms` (a form's, chat's or statement's other frames), `lined` (initials alone on a line
under a meeting's heading, in a list after a signing word, after a passive's `av`).
Negatives stand in the same frames: an organisation or place at a sentence's start, a show
after a kin word, a thing that `heter`, an agency's letters after `av`, departments and
units in a list, offices under a heading.

A person counts as found when a PERSON finding covers the name; a negative as flagged when a
finding that would be masked overlaps it. A third (`crc32(text) % 3 == 0`, the text without
its marks) is kept out of tuning; `-v` prints every person missed and negative flagged. All
names are made up.
"""

from __future__ import annotations

import sys

from marks import run_families

PERSONS: tuple[tuple[str, str], ...] = (
    # a given name and a word-surname at a sentence's start, before its verb
    ("start", "[[Lisa Grön]] ringde från tvättstugan och sa att det låg kanyler där."),
    ("start", "[[Ask Skog]] kom förbi kansliet med en påse han hittat i trapphuset."),
    ("start", "Styrelsemöte i föreningen. [[Jonna Kärr]] berättade om grannens besökare."),
    ("start", "[[Hampus Ek]] lovade att byta låset till cykelrummet före jul."),
    ("start", "[[Tilde Falk]] har sett samma bil stå utanför skolan tre kvällar."),
    ("start", "[[Wilma Ljung]] skickade bilder på tabletterna till fältgruppen."),
    ("start", "[[Vidar Sten]] öppnade dörren och hittade honom på golvet."),
    ("start", "Vi väntade länge. [[Ronja Svan]] kom till slut med nyckeln."),
    ("start", "[[Melker Hjort]] tycker att vi ska ringa polisen direkt nästa gång."),
    ("start", "[[Elsa Rask]] sitter kvar i styrelsen ett år till."),
    ("start", "[[Nils Frost]] har anmält oron till socialtjänsten i dag."),
    ("start", "[[Maja Stark]] hämtade ut medicinen men visste inte vad den var till."),
    ("start", "Efter matchen: [[Otto Bäck]] kräktes i omklädningsrummet."),
    ("start", "[[Leia Fors]] svarade inte på sms hela helgen, skriver hennes tränare."),
    ("start", "[[Sixten Modig]] skrev under protokollet som ordförande."),
    ("start", "[[Klara Hed]] och hennes sambo flyttade in i mars."),
    ("start", "[[Eskil Varg]] påstod att pillren kom från en kompis i Göteborg."),
    ("start", "[[Tuva Kvist]] kontaktade skolkuratorn efter lunch."),
    # kin word, given name, word-surname
    ("kin", "Pappa [[Tomas Brand]] hämtade honom vid entrén klockan två."),
    ("kin", "Mamma [[Linnea Sjö]] vill bli uppringd efter klockan fem."),
    ("kin", "Farmor [[Gunvor Åker]] har vårdnaden sedan i somras."),
    ("kin", "Hennes bror [[Alve Dal]] var med på festen men gick tidigt."),
    ("kin", "Morbror [[Rune Hammar]] körde hem dem efter konserten."),
    ("kin", "Styvpappa [[Jimmy Örn]] ringde och frågade vad som hänt."),
    ("kin", "Kusinen [[Sigrid Vall]] ska vara med på nästa möte."),
    ("kin", "Mormor [[Hjördis Blom]] hittade påsen i hans jackficka."),
    ("kin", "Moster [[Nova Hav]] följde med till akuten."),
    ("kin", "Hans syster [[Majken Ros]] kom med kläder till häktet."),
    ("kin", "Pappa [[Idris Lod]] meddelade att sonen är hemma igen."),
    # names no list holds, in strong frames
    ("unlisted", "Mamma [[Sunny Kärr]] vill inte att skolan ringer hem."),
    ("unlisted", "Den nya volontären heter [[Zarek]] och jobbar vid scenen i kväll."),
    ("unlisted", "Hej! Jag heter [[Ilvy Strandh]] och är diakon i församlingen."),
    ("unlisted", "Diakon [[Elvina Torp]] besökte familjen på onsdagen."),
    ("unlisted", "Kuratorn [[Tjelvar Ås]] har samtal med eleven varje fredag."),
    ("unlisted", "Tack för i dag!\n/[[Yrsa]]"),
    ("unlisted", "Vi hörs i morgon.\nMvh [[Kiandra Öhlin]]"),
    ("unlisted", "Ambulanssjuksköterska [[Bengta Wiik]] tog över klockan 03.10."),
    ("unlisted", "Hans flickvän heter [[Esmerie]] och bor i samma trappuppgång."),
    ("unlisted", "Lillasyster [[Ceylin]] hittade burken under sängen."),
    ("unlisted", "Vårdnadshavare: [[Oddny Sveen]]"),
    ("unlisted", "Jag pratade med [[Fenja]] i kväll, hon mår bättre nu."),
    ("unlisted", "Besökare: [[Leandro Kvarn]], relation: bror"),
    ("unlisted", "Sjöscoutledaren [[Brage Lindh]] såg båten lägga till vid bryggan."),
    ("unlisted", "Min granne [[Ulvhild]] säger att hon hört skrik hela natten."),
    ("unlisted", "Hälsningar\n[[Tekla Mossberg]]\nsekreterare, Koloniföreningen Solbacken"),
    # three initials after a writing or signing verb
    ("initials3", "Antecknat av [[MLD]]"),
    ("initials3", "Sammanställt av [[PKJ]] inför styrelsemötet."),
    ("initials3", "Protokollet fört av [[ABH]], justerat av ordföranden."),
    ("initials3", "Signerat: [[TRE]] 2026-11-30"),
    ("initials3", "Överlämnat av [[JMK]] till nattpersonalen kl 22."),
    ("initials3", "Journalanteckning skriven av [[SVL]]."),
    ("initials3", "Rapporten granskad av [[ELN]] och godkänd."),
    ("initials3", "Noterat av [[KHB]]: dörren till förrådet stod på glänt."),
    ("initials3", "Kontrollerat och signerat av [[OWS]]"),
    ("initials3", "Sammanfattning skriven av [[FJL]] efter samtalet."),
    # initials of those present
    ("attendees", "Närvarande: [[SE]], IF, MO"),
    ("attendees", "Närvarande: SE, [[IF]], MO\nFrånvarande: KL"),
    ("attendees", "Närvarande:\n[[AB]], KJ, TN\n§1 Mötet öppnas"),
    ("attendees", "Deltagare: [[LM]], PÅ, GH, sekreterare RS"),
    ("attendees", "Frånvarande: [[HN]], ES"),
    ("attendees", "Närvarande: Ordförande [[KV]], sekr. BL, ledamot MJ"),
    ("attendees", "Närvarande\nMS, [[JF]], AL\nDagordning godkänd."),
    ("attendees", "Deltog: [[ÅS]], PL, YE"),
    ("attendees", "Mötesdeltagare: NK, OB, [[TG]]"),
    ("attendees", "Närvarande: EW, [[LB]], SJ, AÖ"),
    # other frames of forms, chats and statements
    ("forms", "Intagens namn: [[Fabian Glad]]"),
    ("forms", "Anmälarens namn: [[Signe Ström]], boende i trapphus B"),
    ("forms", "Kontaktperson på avdelningen: [[Rebecka Mård]]"),
    ("forms", "Elev: [[Juni Ekman]]   Klass: 8B   Mentor: [[Stellan Krook]]"),
    ("forms", "Kallad till samtal: [[Vilgot Hage]] (vårdnadshavare)"),
    ("forms", "Vittnet [[Doris Bonde]] uppgav att mannen sprang mot parkeringen."),
    ("forms", "sv: ok men [[lisa grön]] sa att hon sett honom med påsen"),
    ("forms", "Tränare: [[Ebbe Smed]], ass. tränare: Moa Lund"),
    ("forms", "Handledare [[Ylva Räv]] gick igenom rutinen med nyanställda."),
    ("forms", "Överlämning till [[Sebastian Äng]] kl 07.00, inget att rapportera."),
    # initials alone on a line under a meeting's heading, a list of signers, a passive's doer
    ("lined", "Avstämning fältgruppen + skolan\nGT, [[HL]]\n1. Läget vid busstationen."),
    ("lined", "Minnesanteckningar samråd 3/12\n[[PV]], ON, LK\nInget nytt om kapslarna."),
    ("lined", "Möte med vaktbolaget\nRB, [[EJ]]\nFler sprutor vid cykelstället."),
    ("lined", "Team meeting, outreach van\n[[DK]], SW, HT\nTwo overdoses this week."),
    ("lined", "Protokoll arbetsutskottet\nÅL, [[MN]]\n§4 Trapphusen"),
    ("lined", "Sign. BF, [[LH]]"),
    ("lined", "Kontrollräknat av JS och [[TM]]."),
    ("lined", "Ärendet hanteras av [[PÅ]]."),
    ("lined", "Samtalet med mamman fördes av [[KE]]."),
    ("lined", "Rummet städades av [[OL]] i morse."),
    ("lined", "Personal i tjänst: [[RN]], GB"),
    ("lined", "Lookouts on duty: [[JB]] (north gate), TC (car park)"),
)

NEGATIVES: tuple[tuple[str, str], ...] = (
    # organisations and places at a sentence's start, before a verb
    ("start", "[[Röda Korset]] ringde och erbjöd stödsamtal till de boende."),
    ("start", "[[Svenska Kyrkan]] kom förbi med kaffe och smörgåsar."),
    ("start", "[[Gröna Lund]] öppnar igen i april, skriver tidningen."),
    ("start", "[[Hemtjänst Väst]] hittade dörren olåst på morgonen."),
    ("start", "[[Region Gävleborg]] skickade ut en varning om tabletterna."),
    ("start", "[[Norra Hamnen]] fylldes av folk efter fyrverkeriet."),
    ("start", "[[Apotek Hjärtat]] ringde om receptet som inte hämtats."),
    ("start", "[[Stora Torget]] stängdes av när polisen kom."),
    ("start", "[[Team Norr]] tog över nattpasset från fältgruppen."),
    ("start", "[[Grön Flagg]] kom på besök till förskolan i veckan."),
    ("start", "[[Södra Skogen]] brann i somras och stigarna är stängda."),
    ("start", "[[Nya Skolan]] ringde föräldrarna efter händelsen."),
    # kin words beside shows, things and places
    ("kin", "Vi såg [[Mamma Mia]] på Cirkus i lördags med hela klassen."),
    ("kin", "Pappa köpte en [[Volvo Amazon]] av grannen i somras."),
    ("kin", "Mormor bor på [[Solgården]] sedan i våras."),
    ("kin", "Moster jobbar på [[Lidl]] i Kalmar."),
    ("kin", "Farfar röstade alltid på [[Centerpartiet]]."),
    ("kin", "Hans bror spelar i [[Hammarby]] sedan i fjol."),
    # things that heter, titles before no one, signatures of a body
    ("unlisted", "Appen heter [[Snäll Skog]] och visar var stödet finns."),
    ("unlisted", "Pillret heter [[Blå Delfin]] på gatan, enligt fältarbetarna."),
    ("unlisted", "Gruppen heter [[Tyst Kärr]] och träffas på biblioteket."),
    ("unlisted", "Festivalen heter [[Sunny Days]] och hålls på ön i juli."),
    ("unlisted", "Tack för i dag!\n/[[Styrelsen]]"),
    ("unlisted", "Vi hörs i morgon.\nMvh [[Kansliet]]"),
    ("unlisted", "Hälsningar\n[[Koloniföreningen Solbacken]]"),
    ("unlisted", "Kuratorn har samtal med eleven varje fredag i [[Rum Gul]]."),
    # an agency's or method's letters after a writing verb
    ("initials3", "Sammanställt av [[CAN]] inför konferensen."),
    ("initials3", "Rapporten granskad av [[IVO]] och publicerad."),
    ("initials3", "Analyserat med [[LCMS]] på labbet i Linköping."),
    ("initials3", "Sammanställt av [[FHM]] och Tullverket."),
    ("initials3", "Signerat: [[VD]] och styrelse"),
    ("initials3", "Antecknat av [[SOS]] Alarm vid samtalet."),
    ("initials3", "Noterat av [[BRÅ]] i årsrapporten."),
    # departments, units and codes in a list
    ("attendees", "Närvarande: [[IT]], HR, ekonomi"),
    ("attendees", "Berörda enheter:\n[[HR]], IT, PR"),
    ("attendees", "Enheter: mg, [[ml]], st"),
    ("attendees", "Deltagare: [[SoS]], BUP, elevhälsan"),
    ("attendees", "Närvarande: KS, [[BUN]], SN (nämnderna)"),
    ("attendees", "Frånvarande: [[VA]], GIS"),
    ("attendees", "Klasser: [[7A]], 8B, 9C"),
    # forms, chats, statements
    ("forms", "Intagens avdelning: [[Björk]]"),
    ("forms", "Kontaktperson på avdelningen: [[Avdelning Ek]]"),
    ("forms", "Vittnet stod vid [[Stora Bron]] när mannen sprang."),
    ("forms", "sv: ok men [[grön flagg]] sa att de sett påsen"),
    ("forms", "Tränare: saknas, ass. tränare: [[vakant]]"),
    # a line of offices, units or codes under a heading; a firm after a passive's `av`
    ("lined", "Avstämning med förvaltningarna\n[[HR]], IT\n1. Nya rutiner."),
    ("lined", "Minnesanteckningar nordiskt samråd\n[[SE]], NO, DK\nInget nytt."),
    ("lined", "Möte om transporter\n[[SJ]], SL\nTågen går som vanligt."),
    ("lined", "Ärendet hanteras av [[FK]]."),
    ("lined", "Paketet levererades av [[UPS]] i går."),
    ("lined", "Rapporten skrevs av [[SVT]] och publicerades i går."),
    ("lined", "Sign. [[HR]] och ekonomi"),
    ("lined", "Personal i tjänst: [[3]] st"),
)


if __name__ == "__main__":
    sys.exit(run_families(NEGATIVES, PERSONS))
