"""PERSON's tail, third round: the families unseen text still loses, each beside look-alikes
in the same frames that must stay unflagged: the share of persons found and of negatives
flagged.

    python bench/pii/person_tail3.py [-v]

Written in voices the other person benches lack (a harm-reduction hotline's transcripts, a
podcast's interview notes, a ferry crew's log, a Danish festival's first-aid tent, a Somali
parents' association, a Vietnamese nail salon's staff chat, a Kurdish youth club, a school
nurse's notes, a prison chaplain's visits, a taxi dispatcher's shift notes, an allotment
society's minutes). Families: `qa` (the speakers of a two-line question and answer:
`Nora: …⏎C-J: Ja.`), `repeat` (a relation or title word that opens a name, asked again alone:
`Bror Ek … vilken Bror?`), `appos` (a name in apposition after a clause: `thanks to our
volunteer, Keon.`), `role` (a definite role before a given name that is a word: `Konduktören
Bo ringde`), `initials` (initials and short forms in notes: `AB ringde`, `K-G`, `M.L.`),
`hyphen` (hyphenated given names), `particle` (`af`, `von`, `de la`, `bin`, `al-`), `viet`
(Vietnamese three-part names), `horn` (Somali, Tigrinya and Arabic names with `ibn`, `wad`),
`kurdpers` (Kurdish and Persian names), `lower` (lower-case names in chat), `sign` (a name
after `hälsningar`, `mvh` or `/` in a signature). Negatives stand in the same frames: a form's
labels before a colon, a relation word that opens no name, a word after a clause's comma, a
role before a verb, a firm's `AB` and abbreviations, place pairs, a particle in a phrase, a
dish, a festival, a drug's lower-case slang, a department signing.

A person counts as found when a PERSON finding covers the name; a negative as flagged when a
finding that would be masked overlaps it. A third (`crc32(text) % 3 == 0`, the text without
its marks) is kept out of tuning; `-v` prints every person missed and negative flagged. All
names are made up.
"""

from __future__ import annotations

import sys

from marks import run_families

PERSONS: tuple[tuple[str, str], ...] = (
    # two-line question and answer
    ("qa", "[[Nora]]: Har du tagit något i kväll?\nC-J: Ja, en halv."),
    ("qa", "Nora: Har du tagit något i kväll?\n[[C-J]]: Ja, en halv."),
    ("qa", "[[Vilgot]]: Hur länge har du jobbat på jourlinjen?\nIda: Sex år nu."),
    ("qa", "Vilgot: Hur länge har du jobbat på jourlinjen?\n[[Ida]]: Sex år nu."),
    ("qa", "[[Ragna]]: Var hittade ni pillren?\nMalte: I hans jacka."),
    ("qa", "Ragna: Var hittade ni pillren?\n[[Malte]]: I hans jacka."),
    ("qa", "[[Siv]]: Was it the blue ones?\nJonte: No, the pink."),
    ("qa", "Intervju 3\n[[Tove]]: När började du röka?\nBenji: Fjorton."),
    ("qa", "Intervju 3\nTove: När började du röka?\n[[Benji]]: Fjorton."),
    ("qa", "[[Ebbe]]: ringer du tillbaka?\nLo: ja om tio"),
    # a relation or title word opening a name, asked again alone
    ("repeat", "Bror Lindkvist kom förbi färjan i går. Vilken [[Bror]]? Han med kepsen."),
    ("repeat",
     "Syster Ingrid Holm var med på besöket. Sen frågade fången efter [[Syster Ingrid]]."),
    ("repeat", "Moster Vanja Ek skjutsade honom. Jag ringde Moster [[Vanja]] i morse."),
    ("repeat", "Fader Anselm Berg höll andakten. Efteråt pratade vi med [[Anselm]]."),
    ("repeat", "Farbror Egon Lund vet var han bor. Fråga [[Egon]] om adressen."),
    ("repeat", "Pastor Lind Åberg besökte avdelning 4. Vilken [[Pastor Lind]], frågade vakten."),
    ("repeat", "Doktor Saga Nyström ringde. Vad sa [[Saga]] om dosen?"),
    ("repeat", "Bror Sten Viklund var där också. Vilken [[Bror]] menar du?"),
    # apposition after a clause
    ("appos", "Vi har en till som hjälper till på torsdagar, [[Rawand]]."),
    ("appos", "Thanks to our volunteer, [[Keon]]."),
    ("appos", "Det var han som larmade, [[Milo]], och sen kom ambulansen."),
    ("appos", "Ett stort tack till vår nya kassör, [[Yrsa]]!"),
    ("appos", "Hon som sitter i luckan på fredagar, [[Sandra]], vet mer."),
    ("appos", "The one who found him was our night nurse, [[Delia]]."),
    ("appos", "Han som kör nattbussen, [[Tage]], såg allt."),
    ("appos", "Kontakta vår samordnare för Tensta, [[Hawa]], om ni vill vara med."),
    ("appos", "Tak til vores frivillige, [[Asger]]."),
    # a definite role before a given name that is a word
    ("role", "Konduktören [[Bo]] ringde till polisen när han somnade."),
    ("role", "Konduktøren [[Bo]] ringede efter en ambulance."),
    ("role", "Skepparen [[Ivar]] såg honom hoppa i vattnet."),
    ("role", "Vakten [[Sten]] tog hand om påsen med tabletter."),
    ("role", "Sjuksköterskan [[Rut]] gav honom naloxon."),
    ("role", "Chauffören [[Ros]] körde honom till akuten."),
    ("role", "Samaritten [[Frode]] tog imod ham ved teltet."),
    ("role", "Kuratorn [[Vide]] har pratat med familjen."),
    ("role", "Styrmannen [[Ask]] meddelade att passageraren var vaken."),
    ("role", "Prästen [[Sol]] besökte honom på fredagen."),
    # initials and short forms in notes
    ("initials", "[[AB]] ringde 14.20, vill ha tillbaka sitt samtal."),
    ("initials", "Pass 2: [[K-G]] tog över bilen vid Slussen."),
    ("initials", "Samtal med [[M.L.]] om sonens missbruk, ny tid tisdag."),
    ("initials", "[[J-P]] kom inte till mottagningen i dag heller."),
    ("initials", "Lämnade nyckeln till [[P-O]] i förrådet."),
    ("initials", "Elev [[S.K.]] klagar på huvudvärk efter festen."),
    ("initials", "[[HL]] och jag tog nattrundan, lugnt."),
    ("initials", "Besök hos [[T.J.]], nedstämd, ber om bibel."),
    # hyphenated given names
    ("hyphen", "[[Ann-Mari Strand]] ringde om sin dotter."),
    ("hyphen", "Passageraren [[Jan-Erik]] var mycket påverkad."),
    ("hyphen", "Vi pratade med [[Lise-Lotte]] om hennes son."),
    ("hyphen", "[[Nils-Petter Öhman]] hade tagit tabletter han köpt på nätet."),
    ("hyphen", "Mamman heter [[Maj-Britt]] och bor i Gävle."),
    ("hyphen", "Tak til [[Hans-Henrik]] for hjælpen i teltet."),
    ("hyphen", "Chauffören [[Per-Ola]] hittade sprutan i baksätet."),
    # particles
    ("particle", "Hon bor hos [[Clara af Wetterstedt]] i Lund."),
    ("particle", "Patienten [[Gustaf von Essen]] vägrade ta emot naloxon."),
    ("particle", "Intervju med [[María de la Cruz]] om festivalen."),
    ("particle", "[[Omar bin Laden]] är inte rätt person, det är hans kusin."),
    ("particle", "Föräldern [[Ahmed al-Sabri]] ringde skolsköterskan."),
    ("particle", "Vi fick ett mejl från [[Hugo van der Berg]] om kursen."),
    ("particle", "[[Ebba De Geer]] skrev till föreningen."),
    ("particle", "Samtal med [[Yusuf bin Hamad]] på besökstiden."),
    ("particle", "[[Layla al-Hashimi]] var orolig för sin bror."),
    ("particle", "Kontaktperson: [[Anna von Platen]]"),
    # Vietnamese three-part names
    ("viet", "[[Nguyễn Thị Lan]] jobbar i salongen på lördagar."),
    ("viet", "Vi pratade med [[Tran Van Minh]] om lösningsmedlen."),
    ("viet", "[[Pham Thi Hoa]] fick yrsel av ångorna."),
    ("viet", "Ägaren [[Le Van Duc]] sa att hon inte ville gå till läkaren."),
    ("viet", "[[Vo Thi Thu]] ringde och bad om hjälp."),
    ("viet", "Hon heter [[Hoang Minh Chau]] och är 19 år."),
    ("viet", "Schema: [[Dang Quoc Bao]] tisdag, Lan torsdag."),
    # Somali, Tigrinya, Arabic names with ibn, wad
    ("horn", "[[Abdirahman Ibn Yusuf]] är ordförande i föräldraföreningen."),
    ("horn", "Han kallas [[Hassan wad Ali]] i byn."),
    ("horn", "[[Faduma Cabdi Xasan]] ringde om sin son."),
    ("horn", "Vi träffade [[Tesfay Gebremedhin]] på mötet."),
    ("horn", "[[Mahad Xuseen Cali]] har hjälpt till med tolkningen."),
    ("horn", "Mamman [[Hiwet Tesfamariam]] var mycket orolig."),
    ("horn", "[[Khalid ibn Saeed]] kom till kyrkan i söndags."),
    ("horn", "Tack [[Ubah Warsame]] för kaffet!"),
    ("horn", "[[Yonas Habtemariam]] leder ungdomsgruppen."),
    # Kurdish and Persian names
    ("kurdpers", "[[Rebin Goran]] hjälper till i klubben på onsdagar."),
    ("kurdpers", "[[Shilan Barzani]] pratade med föräldrarna."),
    ("kurdpers", "Vi väntar på [[Dilan Zebari]] innan vi börjar."),
    ("kurdpers", "[[Kawa Rasul]] var med på utflykten."),
    ("kurdpers", "[[Parisa Tavakoli]] ringde skolsköterskan i går."),
    ("kurdpers", "Han bor hos [[Behrouz Kazemi]] sedan i våras."),
    ("kurdpers", "[[Roja Mahmoudi]] är ny ledare i gruppen."),
    ("kurdpers", "[[Soran Hawrami]] körde hem dem efter festen."),
    ("kurdpers", "Kontakt: [[Nasrin Ghorbani]], 070-174 06 33"),
    # lower-case names in chat
    ("lower", "frågade [[johanna]] om hon kunde skjutsa"),
    ("lower", "[[viktor]] har fått tag på något nytt"),
    ("lower", "ska vi säga till [[elin]] också?"),
    ("lower", "jag och [[rasmus]] drar vid tio"),
    ("lower", "hörde från [[amir]] att han är hemma igen"),
    ("lower", "[[frida]] svarar inte på sms"),
    ("lower", "ring [[oskar]] om ni kommer in"),
    ("lower", "har nån sett [[wilma]] i kväll?"),
    # signatures
    ("sign", "Vi ses på torsdag.\nHälsningar\n[[Gunnel]]"),
    ("sign", "Tack för i går!\nMvh [[Lennart Åkesson]]"),
    ("sign", "Protokollet bifogas.\n/[[Berit]]"),
    ("sign", "Ring om något.\nmvh [[Kicki]]"),
    ("sign", "Vänliga hälsningar, [[Jarl]]"),
    ("sign", "Bästa hälsningar\n[[Aino Pettersson]]\nSkolsköterska"),
    ("sign", "Hör av dig!\n/[[Mats B]]"),
    ("sign", "Hälsningar från [[Dragana]] och gänget i kolonin"),
    ("sign", "Med venlig hilsen\n[[Torben]]"),
)

NEGATIVES: tuple[tuple[str, str], ...] = (
    # a form's labels before a colon
    ("qa", "[[Fråga]]: Hur mycket tog han?\nSvar: Två tabletter."),
    ("qa", "Fråga: Hur mycket tog han?\n[[Svar]]: Två tabletter."),
    ("qa", "[[Obs]]: inga namn i loggen.\nTid: 14.00"),
    ("qa", "[[Q]]: Can naloxone wear off?\nA: Yes, sooner than the opioid."),
    ("qa", "[[Status]]: öppen\nÅtgärd: ring tillbaka"),
    ("qa", "[[Ärende]]: fynd på toalett\nPrio: hög"),
    # a relation word that opens no name
    ("repeat", "Min bror kom förbi i går. Vilken [[bror]]? Den äldsta."),
    ("repeat", "Syster på avdelningen ringde. Vilken [[syster]]? Den på natten."),
    ("repeat", "Farbror till pojken var där. Vilken [[farbror]] menar du?"),
    ("repeat", "Doktorn kom sent. Vilken [[doktor]]? Jouren."),
    # a word after a clause's comma
    ("appos", "Vi har en till som hjälper till på torsdagar, [[tack]]."),
    ("appos", "Thanks to our volunteers, [[again]]."),
    ("appos", "Det var han som larmade, [[alltså]], och sen kom ambulansen."),
    ("appos", "Ett stort tack till vår nya kassör, [[verkligen]]!"),
    ("appos", "Hon som sitter i luckan på fredagar, [[tyvärr]], vet inget."),
    ("appos", "The one who found him was our night nurse, [[luckily]]."),
    ("appos", "Kontakta vår samordnare för Tensta, [[gärna]] i dag."),
    # a role before a verb or a lower-case word
    ("role", "Konduktören [[bad]] oss vänta på perrongen."),
    ("role", "Konduktøren [[bad]] os om at gå."),
    ("role", "Skepparen [[såg]] honom hoppa."),
    ("role", "Vakten [[sover]] i bilen."),
    ("role", "Sjuksköterskan [[rosade]] nattpasset i överlämningen."),
    ("role", "Kuratorn [[vid]] skolan har pratat med familjen."),
    ("role", "The mate [[asked]] for a doctor."),
    ("role", "Prästen [[solade]] sig på däck efter andakten."),
    # a firm's AB and abbreviations
    ("initials", "Leverantören är Nordkem [[AB]] i Gävle."),
    ("initials", "Han tog [[K-vitamin]] efter blodprovet."),
    ("initials", "Vi köpte kaffe, bullar [[m.m.]] till mötet."),
    ("initials", "Ring [[SOS]] om han slutar andas."),
    ("initials", "Fyll i blankett [[P-2]] och skicka in."),
    ("initials", "Det gäller [[t.ex.]] tabletter utan ask."),
    ("initials", "Provet skickas till [[LAB]] i dag."),
    ("initials", "Samtal med [[BUP]] om sonens missbruk."),
    # hyphen look-alikes
    ("hyphen", "Vi köpte [[X-tra]] kaffe till nattpasset."),
    ("hyphen", "Han hade köpt [[e-cigaretter]] på nätet."),
    ("hyphen", "Vi har [[Wi-Fi]] i väntrummet."),
    ("hyphen", "Ring [[Mini-Maria]] om ungdomen har druckit."),
    # particles in phrases
    ("particle", "Han har [[von Willebrands]] sjukdom och blöder lätt."),
    ("particle", "Maten var [[à la carte]] och dyr."),
    ("particle", "De går på [[Al-Anon]] på tisdagar."),
    ("particle", "Klubben spelar [[de la Soul]] på fredagar."),
    # a dish
    ("viet", "Vi åt [[banh mi]] efter passet."),
    ("viet", "Salongen säljer [[pho bo]] på lunchen."),
    # horn look-alikes
    ("horn", "He pulled out a [[wad]] of notes."),
    ("horn", "He is the son of a [[sheikh]] from Sudan."),
    # a festival
    ("kurdpers", "Vi firar [[Newroz]] i klubben på lördag."),
    ("kurdpers", "[[Nowruz]]-festen blev inställd."),
    ("kurdpers", "Han åt [[kebab]] och gick hem."),
    # drug slang in lower case
    ("lower", "köpte [[tina]] igen i går"),
    ("lower", "ska vi köra [[molly]] i kväll?"),
    ("lower", "har nån [[snö]] kvar?"),
    ("lower", "frågade [[mamma]] om hon kunde skjutsa"),
    ("lower", "ring [[polisen]] om ni kommer in"),
    # a department signing
    ("sign", "Tack för i går!\nMvh [[Styrelsen]]"),
    ("sign", "Vänliga hälsningar,\n[[Kundtjänst]]"),
    ("sign", "Protokollet bifogas.\n/[[Redaktionen]]"),
    ("sign", "Hälsningar [[från]] oss alla"),
    ("sign", "mvh [[Fritidsgården]]"),
)

if __name__ == "__main__":
    sys.exit(run_families(NEGATIVES, PERSONS))
