"""PERSON's tail, fourth round: names unseen text still loses, each beside look-alikes in the
same frames that must stay unflagged: the share of persons found and of negatives flagged.

    python bench/pii/person_tail4.py [-v]

Written in voices the other person benches lack (a youth centre's incident log, a
refugee-support group's chat, a school nurse's notes, a prison's visiting log, a football
club's volunteer rota, a church's parish mail, an A&E triage note, a landlord's complaint, a
Finland-Swedish social worker's case note). Families: `alone` (a given name in running text
with no cue: `sen kom Dilan`), `list` (names joined by `&`, `och`, `+`), `prep` (a name after
a preposition: `med Leyla`, `hos Mattias`), `genitive` (`Nasrins mamma`), `lower` (lower-case
names in chat: `frågade jonna`), `surname` (a surname alone after a first mention with a
role: `Hansson sa`), `origin` (Kurdish, Persian, Somali, Tigrinya, Arabic, Bosnian, Polish,
Finnish, Vietnamese, Turkish names found by shape and frame), `double` (hyphenated and double
given names), `sign` (signatures, greetings, pasted headers, `cc`), `word` (a name that is a
word: `Ros`, `Sol`, `Vilja`, `Hope`). Negatives stand in the same frames: a capitalised word
opening a sentence, a place or a team after a preposition, a firm's genitive, a drug's or a
thing's lower-case word, a word after a role, a department signing, a word that could be a
name used as the word.

A person counts as found when a PERSON finding covers the name; a negative as flagged when a
finding that would be masked overlaps it. A third (`crc32(text) % 3 == 0`, the text without
its marks) is kept out of tuning; `-v` prints every person missed and negative flagged. All
names are made up.
"""

from __future__ import annotations

import sys

from marks import run_families

PERSONS: tuple[tuple[str, str], ...] = (
    # a given name alone in running text
    ("alone", "Kl 19.40 blev det bråk vid biljarden, sen kom [[Dilan]] och Aras in."),
    ("alone", "Kl 19.40 blev det bråk vid biljarden, sen kom Dilan och [[Aras]] in."),
    ("alone", "Under kvällen satt [[Yousra]] ensam i soffan och grät."),
    ("alone", "Efter matchen ville [[Kerem]] inte gå hem."),
    ("alone", "Besökaren uppgav att [[Zinar]] hade lovat att komma på torsdag."),
    ("alone", "Vid bedömningen var [[Milad]] vaken och orienterad."),
    ("alone", "I går kväll ringde [[Hevin]] och berättade att hon flyttat."),
    ("alone", "Eleven [[Roksana]] kom in med huvudvärk under tredje lektionen."),
    ("alone", "Pojken, [[Nemo]], ville inte säga vad som hänt."),
    ("alone", "Tonight [[Kwame]] forgot his keys again."),
    # lists with & och +
    ("list", "Rota lördag: [[Bashir]] & Lennart kiosken, Hawre + Sanna kaffet."),
    ("list", "Rota lördag: Bashir & [[Lennart]] kiosken, Hawre + Sanna kaffet."),
    ("list", "Rota lördag: Bashir & Lennart kiosken, [[Hawre]] + Sanna kaffet."),
    ("list", "Besök kl 14: [[Ardit]] och Miran, båda bröder till den intagne."),
    ("list", "Besök kl 14: Ardit och [[Miran]], båda bröder till den intagne."),
    ("list", "Konfirmanderna Tilde, [[Ebba-Li]] och Noor hjälper till vid kyrkkaffet."),
    ("list", "Shir, [[Lavin]], Rojan och Delal var med på utflykten."),
    ("list", "Följande var på plats: Ismo, [[Raili]] och Pentti."),
    # after a preposition
    ("prep", "Jag pratade med [[Leyla]] efter gudstjänsten om dopet."),
    ("prep", "Pojken bor numera hos [[Mattias]] och hans fru."),
    ("prep", "Skicka papperen till [[Omid]] innan fredag."),
    ("prep", "Hon har bråkat med [[Tindra]] hela veckan."),
    ("prep", "Klienten vill inte bo hos [[Annelie]] längre."),
    ("prep", "Nyckeln lämnades till [[Dragan]] i receptionen."),
    ("prep", "Besökte fången tillsammans med [[Semira]]."),
    ("prep", "Vi väntar på [[Ruwayda]] innan vi börjar."),
    ("prep", "Den intagne fick besök av [[Zoran]] kl 15.10."),
    # genitive
    ("genitive", "[[Nasrins]] mamma ringde om vaccinationen."),
    ("genitive", "Vi hämtade [[Kawas]] väska i omklädningsrummet."),
    ("genitive", "[[Jelenas]] pappa hjälper till med grillen på söndag."),
    ("genitive", "Enligt [[Mahsas]] lärare har hon varit frånvarande."),
    ("genitive", "Har någon sett [[Oskars]] tröja?"),
    ("genitive", "[[Tuulas]] son har fått plats på boendet."),
    # lower case in chat
    ("lower", "frågade [[jonna]] om hon kunde ta kiosken"),
    ("lower", "är [[nawzad]] med på lördag eller?"),
    ("lower", "ok men säg till [[tobbe]] att han tar nycklarna"),
    ("lower", "[[hamid]] kommer lite senare"),
    ("lower", "jag och [[sirwan]] åker direkt från jobbet"),
    ("lower", "har nån pratat med [[dunja]]?"),
    ("lower", "snälla [[amina]] skicka adressen"),
    # a surname alone after a first mention with a role
    ("surname",
     "Hyresgästen Peter Hansson klagar igen. [[Hansson]] sa att grannen spelar hög musik."),
    ("surname",
     "Handläggare Maria Bergqvist var med. Enligt [[Bergqvist]] behövs ett nytt beslut."),
    ("surname",
     "Ansvarig sjuksköterska var Linnea Åkesson. [[Åkesson]] gav paracetamol kl 03.20."),
    ("surname", "Ledaren Kenneth Sjöholm var i tjänst. [[Sjöholm]] skrev rapporten."),
    ("surname", "Hyresvärden Tomas Karlberg svarade inte. Vi har mailat [[Karlberg]] två gånger."),
    ("surname", "Kyrkoherde Göran Ahlqvist predikade. Efteråt tackade vi [[Ahlqvist]]."),
    # names of origins common in Sweden
    ("origin", "Intagen: Rebwar Xoshnaw. Besökare: [[Shilan Xoshnaw]], syster."),
    ("origin", "Patienten [[Fereshteh Azizpour]], 54 år, bröstsmärta sedan i morse."),
    ("origin", "Hooyo [[Faadumo Warsame]] kom med sin dotter till mottagningen."),
    ("origin", "Tolk: [[Tesfalem Gebremariam]] (tigrinja)."),
    ("origin", "Ärendet gäller [[Huda Al-Jubouri]] och hennes tre barn."),
    ("origin", "Anmälan från [[Emir Hodžić]] om fukt i badrummet."),
    ("origin", "Kontaktperson: [[Grzegorz Wiśniewski]], tel 070-174 06 12."),
    ("origin", "Klienten [[Pirkko Hämäläinen]] har beviljats hemtjänst."),
    ("origin", "Ny medlem i salongen: [[Nguyen Thi Lan]]."),
    ("origin", "Anhörig: [[Kübra Yıldırım]], dotter."),
    ("origin", "Barnet bor hos mormor [[Dzenana Mehmedović]]."),
    ("origin", "Klienten [[Dragomir Stojanović]] har inte hört av sig."),
    # hyphenated and double given names
    ("double", "[[Anna-Karin]] tar kiosken på söndag."),
    ("double", "I kyrkokören sjunger nu [[Eva-Lotta]] Dahl och Britt-Marie Ek."),
    ("double", "I kyrkokören sjunger nu Eva-Lotta Dahl och [[Britt-Marie Ek]]."),
    ("double", "Patienten [[Mohammed Ali]] kom in med ambulans."),
    ("double", "Jag ringde [[Karl-Erik]] om ved till församlingshemmet."),
    ("double", "Besökare: [[Ali Reza]] Hosseini, bror."),
    ("double", "Elev: [[Maj-Britt]] Lööf kom in med näsblod."),
    # signatures, greetings, headers, cc
    ("sign", "Tack för i kväll, vi ses på tisdag!\n/[[J]]"),
    ("sign", "Nyckeln ligger i brevlådan.\nMvh [[Ulla B]]"),
    ("sign", "Hej [[Samir]]! Kan du ta passet på lördag?"),
    ("sign", "Tack [[Elin]], det blev jättebra."),
    ("sign", "Från: [[Ida Holm]]\nSkickat: den 3 december\nÄmne: Dopet"),
    ("sign", "Till: kansliet@example.org\nCc: [[Robert Nyqvist]]\nÄmne: Städdag"),
    ("sign", "cc [[Mirja]], Gunilla"),
    ("sign", "Hälsningar\n[[Gunnel]] i kyrkorådet"),
    ("sign", "Hej allihop! / [[Soran]]"),
    ("sign", "Kram [[Lejla]]"),
    ("sign", "Hei [[Marjatta]], tack för senast."),
    # a name that is a word, decided by the frame
    ("word", "Besökare kl 13: [[Björn]] Sandell och hans son."),
    ("word", "Eleven [[Ros]] Nilsson klagade på ont i magen."),
    ("word", "Vi pratade med [[Sol]] efter mässan."),
    ("word", "[[Vilja]] och Elsa kom för sent till träningen."),
    ("word", "Thanks [[Hope]], see you Sunday."),
    ("word", "Sky and [[Hope]] brought the cakes."),
    ("word", "Hej [[Stig]]! Har du nyckeln till förrådet?"),
    ("word", "Besökte den intagne: [[Frej]] och hans mamma."),
)

NEGATIVES: tuple[tuple[str, str], ...] = (
    # a capitalised word opening a clause
    ("alone", "Kl 19.40 blev det bråk vid biljarden, sen kom [[Polisen]] in."),
    ("alone", "Under kvällen satt [[Personalen]] i köket."),
    ("alone", "Efter matchen ville [[Laget]] äta pizza."),
    ("alone", "Vid bedömningen var [[Saturationen]] 94 procent."),
    ("alone", "Tonight [[Arsenal]] play at home."),
    # lists of places, teams and things
    ("list", "Rota lördag: [[Kiosken]] & kaffet, Grillen + disken."),
    ("list", "Besök kl 14: [[Malmö]] och Lund har samma tider."),
    ("list", "Ta med [[Tena]], handskar och Alsolsprit."),
    ("list", "Vi spelar mot [[Hammarby]] och Djurgården i vår."),
    # a preposition before a place, a firm, a group
    ("prep", "Jag pratade med [[Skatteverket]] om avdraget."),
    ("prep", "Pojken bor numera hos [[Jourhemmet]] i Sollentuna."),
    ("prep", "Skicka papperen till [[Migrationsverket]] innan fredag."),
    ("prep", "Vi åker till [[Gävle]] på lördag."),
    ("prep", "Nyckeln lämnades till [[Securitas]] i receptionen."),
    ("prep", "Vi väntar på [[Ambulansen]] innan vi börjar."),
    # a genitive of a firm or a place
    ("genitive", "[[Ikeas]] soffa gick sönder."),
    ("genitive", "Vi hämtade [[Skolans]] nycklar."),
    ("genitive", "[[Göteborgs]] stift skickar en präst."),
    ("genitive", "Enligt [[Försäkringskassans]] handläggare är det klart."),
    # lower-case words in chat
    ("lower", "frågade [[mamma]] om hon kunde ta kiosken"),
    ("lower", "är [[matchen]] på lördag eller?"),
    ("lower", "köpte [[spice]] igen i går"),
    ("lower", "jag och [[tjejerna]] åker direkt från jobbet"),
    ("lower", "har nån pratat med [[tränaren]]?"),
    ("lower", "snälla [[ni]] skicka adressen"),
    # a surname-like word after a role, not a person
    ("surname", "Hyresgästen klagar igen. [[Hissen]] sa ifrån i morse."),
    ("surname", "Enligt [[Socialtjänsten]] behövs ett nytt beslut."),
    ("surname", "Vi har mailat [[Bostadsbolaget]] två gånger."),
    ("surname", "Enligt [[Hyreslagen]] ska värden åtgärda felet."),
    # foreign words that are no names
    ("origin", "Vi firar [[Eid]] i föreningen på lördag."),
    ("origin", "Han åt [[dolma]] och baklava."),
    ("origin", "Hon sa [[inshallah]] och gick."),
    ("origin", "Mötet hålls på [[Rinkeby]] bibliotek."),
    ("origin", "Vi åt [[pierogi]] på julbordet."),
    ("origin", "Tolken talar [[tigrinja]] och amhariska."),
    # hyphenated things
    ("double", "[[Pre-Exp]] -kursen börjar i januari."),
    ("double", "Vi köpte [[Coca-Cola]] till kiosken."),
    ("double", "Patienten kom in med [[Al-Ambulans]]."),
    ("double", "Hon har [[HLR-utbildning]] sedan i våras."),
    # a department signing, a greeting to a group
    ("sign", "Tack för i kväll!\nMvh [[Kyrkorådet]]"),
    ("sign", "Hej [[alla]]! Kan någon ta passet?"),
    ("sign", "Tack [[Gud]] för maten."),
    ("sign", "Från: [[Expeditionen]]\nÄmne: Dopet"),
    ("sign", "Hälsningar\n[[Styrelsen]]"),
    ("sign", "Kram [[från]] oss alla"),
    # the word, not the name
    ("word", "Vi såg en [[björn]] vid sjön."),
    ("word", "Hon fick en [[ros]] av sin pappa."),
    ("word", "Det var [[sol]] hela dagen."),
    ("word", "Det är hans egen [[vilja]] att flytta."),
    ("word", "We live in [[hope]] of better news."),
    ("word", "The [[sky]] was grey all day."),
    ("word", "Vi gick längs en smal [[stig]] genom skogen."),
)

if __name__ == "__main__":
    sys.exit(run_families(NEGATIVES, PERSONS))
