"""PERSON's tail, seventh round: the frames unseen text still loses a name in, each beside
look-alikes in the same frames that must stay unflagged.

    python bench/pii/person_tail7.py [-v]

Voices the earlier rounds lack: a pharmacy's deviation report, a coast guard's harbour log, a
student union's minutes, a taxi dispatcher's notes, a deacon's visiting notes, a festival's
medical tent, a Norwegian colleague's cross-border mail, a prison's visiting log, a
caretaker's work orders, an interpreter agency's bookings. Families: `initial` (register
style with an initial: `SUNDIN K`, `Berglöf, A.`), `rowhead` (a surname heading a list row:
`Myrén – ...`, `Lindqvist: ...`), `titleword` (a title before a surname that is also a word:
`Dr. Frost`, `kommissarie Storm`), `nick` (a nickname in quotes: `kallad "Bulten"`),
`script` (a name in Arabic, Cyrillic, Greek or Han script inside Latin text), `korean` (a
lone hyphened Korean given name: `med Ji-hoon`), `prepo` (names after a preposition in a
list: `hos Ragnhild, Tove och Ebbe`). Negatives stand in the same frames: a heading with a
letter or a grade, a row headed by a word, a title before a brand or a thing, a pill's stamp
or a slang word in quotes, a pharmacy or a substance in another script, hyphened loan words,
places and bodies after a preposition.

A person counts as found when a PERSON finding covers the name; a negative as flagged when a
finding that would be masked overlaps it. A third (`crc32(text) % 3 == 0`, the text without
its marks) is kept out of tuning; `-v` prints every person missed and negative flagged. All
names are made up.
"""

from __future__ import annotations

import sys

from marks import run_families

PERSONS: tuple[tuple[str, str], ...] = (
    # register style with an initial
    ("initial", "[[SUNDIN K]], 8B, sjukanmäld hela veckan."),
    ("initial", "Besökare: [[TORNBERG M]] (bror), 14:00–15:00."),
    ("initial", "Avvikelse rapporterad av [[Berglöf, A.]], leg. apotekare."),
    ("initial", "Ansvarig: [[Nyqvist, J.]]"),
    ("initial", "Förare [[HALLGREN P]] tog körningen till akuten."),
    ("initial", "Protokollförare: [[Wennerholm, S.]]"),
    ("initial", "Tolk: [[ABDI F]], somaliska."),
    ("initial", "[[Östlund, R.]] och Karlén, T. var närvarande."),
    ("initial", "Östlund, R. och [[Karlén, T.]] var närvarande."),
    ("initial", "Intagen: [[RANTA J]], avd 3."),
    ("initial", "Signerat [[Lövgren, E.]], diakon"),
    ("initial", "Expedierat av [[MATTSSON L]] kl 10:12."),
    # a surname heading a list row
    ("rowhead", "Närvarande:\n[[Myrén]] – tar kontakt med skolan\nSandell – bokar lokal"),
    ("rowhead", "Närvarande:\nMyrén – tar kontakt med skolan\n[[Sandell]] – bokar lokal"),
    ("rowhead", "Att göra:\n[[Lindqvist]]: ringer BUP\nHolmén: skriver remiss"),
    ("rowhead", "Att göra:\nLindqvist: ringer BUP\n[[Holmén]]: skriver remiss"),
    ("rowhead", "Pass lördag\n[[Åkerlund]] – grinden 12–18\nPalmér – tältet 18–24"),
    ("rowhead", "Pass lördag\nÅkerlund – grinden 12–18\n[[Palmér]] – tältet 18–24"),
    ("rowhead", "Besök v. 12\n[[Granqvist]]: fru och dotter\nRydén: advokat"),
    ("rowhead", "Besök v. 12\nGranqvist: fru och dotter\n[[Rydén]]: advokat"),
    ("rowhead", "Arbetsorder\n[[Wikander]] – byta lås i 3B\nTelefon: 010-11 22 33"),
    ("rowhead", "Bokningar\n[[Hosseini]]: arabiska, 9:00\nLaine: finska, 11:00"),
    ("rowhead", "Bokningar\nHosseini: arabiska, 9:00\n[[Laine]]: finska, 11:00"),
    # a title before a surname that is also a word
    ("titleword", "Enligt Dr. [[Frost]] ska dosen sänkas."),
    ("titleword", "Kommissarie [[Storm]] tog över förhöret."),
    ("titleword", "Diakon [[Sten]] besökte familjen på tisdagen."),
    ("titleword", "Kapten [[Falk]] loggade båten 03:20."),
    ("titleword", "Apotekare [[Kvist]] upptäckte felet i leveransen."),
    ("titleword", "Vi pratade med inspektör [[Vinter]] om larmet."),
    ("titleword", "Handledare [[Björk]] godkände rapporten."),
    ("titleword", "Kyrkoherde [[Rask]] håller i begravningen."),
    ("titleword", "Dr. [[Stark]] från akuten ringde."),
    ("titleword", "Överkonstapel [[Lax]] var först på plats."),
    ("titleword", "Ordförande [[Hammar]] öppnade mötet 18:05."),
    ("titleword", "Sjuksköterska [[Fors]] skötte triaget i tältet."),
    # a nickname in quotes
    ("nick", "Han kallas \"[[Takpappen]]\" av de andra på boendet."),
    ("nick", "Kontakten, kallad ”[[Bulten]]”, säljer vid stationen."),
    ("nick", "Killen som går under namnet '[[Snickarn]]' var där igen."),
    ("nick", "Enligt \"[[Lillis]]\" var det fyra personer i bilen."),
    ("nick", "Besökaren – alias ”[[Mullvaden]]” – nekades inträde."),
    ("nick", "Hon sa att ”[[Tjocka Berra]]” hade pengarna."),
    ("nick", "He calls himself \"[[Sparrow]]\" on the forum."),
    ("nick", "Den intagne, kallad \"[[Kobran]]\", flyttades till avd 4."),
    ("nick", "Föraren hämtade ”[[Plåtis]]” vid hamnen kl 02."),
    ("nick", "Alla vet att \"[[Gubben Noa]]\" styr trappan."),
    # a name in another script inside Latin text
    ("script", "Mamman ([[فاطمة]]) ringde från Malmö."),
    ("script", "Klient: Ahmad Karimi ([[أحمد كريمي]]), tolk bokad."),
    ("script", "Kontakt i Narva: [[Иван Петров]], tel via sonen."),
    ("script", "Anhörig: [[Γιώργος Παπαδόπουλος]] (farbror)."),
    ("script", "Student [[王伟]] anmälde stölden av cykeln."),
    ("script", "Passagerare [[김민준]] betalade med kort."),
    ("script", "Fick meddelande från [[مریم]] på WhatsApp."),
    ("script", "Besökare: [[Ольга Смирнова]] (syster)."),
    ("script", "Patienten heter [[محمد]] enligt armbandet."),
    ("script", "Tolken skrev namnet som [[Νίκος]] på lappen."),
    # a lone hyphened Korean given name
    ("korean", "Pratade med [[Ji-hoon]] efter mötet."),
    ("korean", "[[Min-jun]] ringde och avbokade."),
    ("korean", "Frågade [[Seo-yeon]] om hon behöver tolk."),
    ("korean", "Hälsa [[Hye-jin]] från oss alla!"),
    ("korean", "Student: [[Do-yoon]], år 2."),
    ("korean", "Vi väntar på [[Ha-eun]] innan vi börjar."),
    ("korean", "Passageraren [[Jae-won]] glömde sin väska."),
    ("korean", "Tack [[Soo-ah]] för hjälpen ikväll."),
    # names after a preposition in a list
    ("prepo", "Besök hos [[Ragnhild]], Tove och Ebbe under förmiddagen."),
    ("prepo", "Besök hos Ragnhild, [[Tove]] och Ebbe under förmiddagen."),
    ("prepo", "Besök hos Ragnhild, Tove och [[Ebbe]] under förmiddagen."),
    ("prepo", "Meddelanden från [[Jesper]], Idun och Malte ligger i pärmen."),
    ("prepo", "Meddelanden från Jesper, [[Idun]] och Malte ligger i pärmen."),
    ("prepo", "Meddelanden från Jesper, Idun och [[Malte]] ligger i pärmen."),
    ("prepo", "Körning åt [[Torvald]], Signe samt Amra till dagverksamheten."),
    ("prepo", "Körning åt Torvald, [[Signe]] samt Amra till dagverksamheten."),
    ("prepo", "Körning åt Torvald, Signe samt [[Amra]] till dagverksamheten."),
    ("prepo", "Rummet delas med [[Loke]], Vidar, Enok."),
    ("prepo", "Rummet delas med Loke, [[Vidar]], Enok."),
    ("prepo", "Rummet delas med Loke, Vidar, [[Enok]]."),
    ("prepo", "Post till [[Gunvor]] och Assar kom tillbaka."),
    ("prepo", "Post till Gunvor och [[Assar]] kom tillbaka."),
    ("prepo", "Thanks to [[Rhiannon]], Tadhg and Aoife for the night shift."),
    ("prepo", "Thanks to Rhiannon, [[Tadhg]] and Aoife for the night shift."),
)

NEGATIVES: tuple[tuple[str, str], ...] = (
    # a heading with a letter, a grade or a section
    ("initial", "[[HEPATIT C]], provsvar väntas."),
    ("initial", "Besökare: [[HUS B]] (entré), 14:00–15:00."),
    ("initial", "Avvikelse rapporterad av [[Lager, B.]], plan 2."),
    ("initial", "Ansvarig: [[Avdelning, C.]]"),
    ("initial", "Förare [[TAXI A]] tog körningen till akuten."),
    ("initial", "Intagen: [[AVD B]], rum 3."),
    ("initial", "[[VITAMIN D]], 2 tabletter dagligen."),
    # a row headed by a word
    ("rowhead", "Status:\n[[Oförändrat]] – inget nytt\nÅtgärd – ingen"),
    ("rowhead", "Att göra:\n[[Kaffe]]: köpa mer\nDisk: torsdag"),
    ("rowhead", "Pass lördag\n[[Grinden]] – 12–18\nTältet – 18–24"),
    ("rowhead", "Besök v. 12\n[[Tisdag]]: fru och dotter\nTorsdag: advokat"),
    ("rowhead", "Arbetsorder\n[[Tvättstugan]] – byta lås\nSoprum: lampa"),
    ("rowhead", "Bokningar\n[[Arabiska]]: 9:00\nFinska: 11:00"),
    ("rowhead", "Beslag\n[[Tramadol]] – 40 st\nSubutex – 8 st"),
    # a title before a brand, a thing or a place
    ("titleword", "Han hade [[Dr. Martens]] på sig och en grön jacka."),
    ("titleword", "Hon drack en [[Dr Pepper]] i väntrummet."),
    ("titleword", "Kommissarie på [[Storm]]-gruppen tog över."),
    ("titleword", "Kapten på [[Falken]] loggade båten 03:20."),
    ("titleword", "Vi läste [[Doktor Glas]] i skolan."),
    ("titleword", "Diakon i [[Sten]]stads församling besökte familjen."),
    ("titleword", "Apotekare fann [[Frost]] på fönstret i lagret."),
    # a pill's stamp or a slang word in quotes
    ("nick", "Tabletterna var märkta \"[[Punisher]]\" och rosa."),
    ("nick", "Det säljs som ”[[kristall]]” på nätet."),
    ("nick", "Påsen var märkt '[[Tesla]]' med en blå stämpel."),
    ("nick", "De kallar det \"[[spice]]\" men det är något annat."),
    ("nick", "Han beställde ”[[Subbe]]” via Telegram."),
    ("nick", "Lappen på dörren sa \"[[Stängt]]\" hela kvällen."),
    ("nick", "Gruppen heter ”[[Trappan]]” på Snapchat."),
    # a place, a substance or a body in another script
    ("script", "Kvittot från ([[صيدلية]]) låg i väskan."),
    ("script", "Förpackningen: [[ترامادول]] 50 mg, arabisk text."),
    ("script", "Skylten sa [[Аптека]] och var öppen dygnet runt."),
    ("script", "Asken var märkt [[Трамадол]] på ryska."),
    ("script", "Kvittot från [[Φαρμακείο]] i Aten låg i plånboken."),
    ("script", "Lappen sa [[医院]] och en pil åt vänster."),
    # hyphened loan words
    ("korean", "Pratade med [[Wi-Fi]]-supporten efter mötet."),
    ("korean", "[[Hip-hop]] kvällen ställdes in."),
    ("korean", "Frågade om [[Jiu-jitsu]] passet är kvar."),
    ("korean", "Vi väntar på [[Hi-Fi]] butiken innan vi börjar."),
    ("korean", "Student: [[K-pop]] klubben, år 2."),
    # places and bodies after a preposition in a list
    ("prepo", "Besök hos [[Apoteket]], Vårdcentralen och BUP under förmiddagen."),
    ("prepo", "Meddelanden från [[Lund]], Ystad och Trelleborg ligger i pärmen."),
    ("prepo", "Körning åt [[Kommunen]], Regionen samt Skolverket."),
    ("prepo", "Rummet delas med [[Förrådet]], Kapprummet, Städet."),
    ("prepo", "Post till [[Skatteverket]] och Kronofogden kom tillbaka."),
    ("prepo", "Thanks to [[Housing]], Security and Reception for the night shift."),
)

if __name__ == "__main__":
    sys.exit(run_families(NEGATIVES, PERSONS))
