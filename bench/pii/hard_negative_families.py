"""Hard negatives of the families the holdouts still flag most, each beside persons written in
the same frames: the share of negatives flagged and of persons found, per family.

    python bench/pii/hard_negative_families.py [-v]

A sibling of false_alarm_families.py, in other voices (a children's theatre, a carnival, a
crossword, a radio drama, a comedy club, a toy shop, a quiz night ...). The families:
- `titled`: a character, act or mascot named by a Swedish title with a capital and a word
  (`Kapten Kokos`, `Doktor Stål`); beside it persons after a lower-case title, a title and a
  full name or a common given name, and nicknames the text says are someone's.
- `named`: a work, toy, drink or pet first mentioned and named by `som heter` or `called`
  (`en deckare som heter Vera`, `a dog called Rufus`); beside it persons so named (`en kille
  som heter Viktor`).
- `qtitle`: a quoted title holding a name and lower-case words (`"Gabriels oboe"`), in a
  list of quoted items or after a work's word; beside it names in quoted speech, notes,
  nicknames and subject lines.
- `detective`: a police rank and a name in a sentence about a novel, series or script
  (`kommissarie Vera Stål` in a crime novel); beside them real officers.
- `orgphone`: an organisation's landline with a number word in brackets after its name
  (`Anabola mottagningen (nr 031-…)`) or its switchboard's genitive after it (`(universitetets
  växel)`).
- `swish`: a business's or association's Swish number (123 …) with its owner named in
  brackets after it (`(club's)`, `(Vårdcentralen Apoteksgården)`).
- `tag`: a key tag's or access card's number (`tid;tagg;lgh`, `bricka 0044551902`), which
  reads as a phone from abroad after `00`.
- `firm`: a firm named by one word a list holds as a surname or not at all, where a firm
  stands: an employer's, supplier's or customer's label (`Arbetsgivare: Lindström`), the
  service one goes to or through (`hos Previa`, `via Cramo`), the workplace after a role set
  off by commas (`Per Holm (montör, Caverion)`), the employer after a word of working
  (`jobbar på Ekman`, `employed by Nordh`); beside them people in the same frames
  (`hos Karin`, `via Zoran`, `hos Storm`, `hyrs av Grönberg`, `Kund: Agnes Holmqvist`).
- `form`: a surname and a company's form (`Lindström AB`, `Hedlund HB`); beside them
  people in the same frames and authors whose initials read as a form (`Lindqvist AB, Berg
  CD.`).
- `header`: a CSV export's header words, one after a name's label (`Förnamn,Efternamn,
  Telefon`); beside them the names in its rows.
- `glued`: a school, park, hall or library named by a given name and a place's word glued to a
  surname (`Ellen Keyskolan`, `Selma Lagerlöfskolan`); beside them people in the same frames,
  a signature's name before her school (`Anna Rinkebyskolan`, `Sara Bergskolan`).
- `vape`: a disposable vape's brand or model as a school, a youth club or a guard names it
  (`en Lost Mary`, `Hayati Pro Max`); beside them people in the same frames, also called by a
  brand's word (`Mary`, `Elfa`, `Crystal Berg`).
- `straddle`: a list's items of two words or more, the comma between two of them read as a
  register's `Surname, Given` (`Hot Stone, Aurora Facial`, `Salong Ida Björk, Erik Dahlbergs
  gata 4`); beside them lists of people and register lines.
- `userid`: a system's number for a user or member after a letter or a word (`u_55310287`,
  `player_88120`); beside them handles that name someone (`erik_92`, `Bear_Johan`).
- `thinglist`: a brand named like a person in a list of things named with their noun or in
  lower case (`mjölk, Maggi buljong, ägg`, `Atkins, juicefasta, Paleo`); beside them people in
  lists with things, roles and kin.
- `deskphone`: a landline a desk, a shop or an agency answers, as a phone list or an English
  or foreign writer labels it (`Store phone 040-…`, `Customs: 040-…`, `Duty manager: 08-…
  (switchboard)`, `телефон регистратуры 08-…`); beside them people with their phones.
- `cast`: a character the text casts, beside the one who plays it (`BENGT (spelas av Omar
  Lind)`, `Mira Tell (spelar "Svea")`, in continuity notes `Lena Myrberg (Sofia Karlsson)`)
  or speaking a script's or cue list's line (`Q301 Mimì: …`, `SIMON: …`); beside them the
  players and people in chats and notes about a staging.
- `village`: a farm, village, island or block named by one word a list holds as a surname,
  after its own noun (`gården Berglund`, `byn Sandberg`, `ön Ekholm`); beside them the
  people who live or work there.
- `worklist`: a song, book, film, ballet or play titled in quotes by capitalised words or a
  name alone (`"Mamma Mia"`, `"Giselle"`), in a list of quoted titles or after a work's word;
  beside them people named in quoted speech, phone contacts, nicknames and the people who
  sing, lead or pick the works.
- `unitname`: a care home, ward, preschool, tent or hall named by a given name right after its
  noun (`äldreboendet Ingrid`, `tältet Tove`); beside them people in the same places, as
  subjects after the place, in apposition or with a surname.
- `placeafter`: a place named after someone (`Selma Lagerlöfs skola`) right after a person's
  name and a comma, which read as a register's `Surname, Given`; beside them register lines and
  people listed after a comma.
Each sentence holds one target (`[[...]]`); a negative counts as flagged when a finding that
would be masked overlaps it, a person as found when a PERSON finding covers it. A third
(`crc32(text) % 3 == 0`) is kept out of tuning and printed apart. `-v` prints every negative
flagged and every person missed.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).parent))

from marks import Rows, run_families  # noqa: E402

# (family, sentence with its target in [[ ]]); all names are made up.
NEGATIVES: Rows = (
    ("titled", "På lördag uppträder [[Kapten Karamell]] på torget klockan elva."),
    ("titled", "Förskolan har bokat [[Doktor Dammsugare]] till sommarfesten."),
    ("titled", "I radioteatern spelar Jonas Ek skurken [[Greve Grus]] som smugglar piller."),
    ("titled", "Karnevalståget öppnades av vagnen [[Drottning Dimma]] och en orkester."),
    ("titled", "Efter pausen kom [[Farbror Fläsk]] in med sina två dockor."),
    ("titled", "Barnen skrattade mest åt [[Tant Tvål]] i föreställningen."),
    ("titled", "Komikern avslutade med numret [[Pappa Papper]] om att hitta pappas piller."),
    ("titled", "Spelet handlar om hur [[Professor Plommon]] letar efter en försvunnen burk."),
    ("titled", "Maskoten [[Kapten Krusbär]] delade ut vattenflaskor vid scenen."),
    ("titled", "Bandet heter egentligen Fuzz men alla säger [[Morbror Moln]] efter första skivan."),
    ("titled", "I boken möter huvudpersonen [[Mormor Mossa]] som odlar konstiga svampar."),
    ("titled", "Kvällens akt var [[Fröken Fjäder]] med ett nummer på lina."),
    ("titled", "Leksaksaffären säljer slut på [[Kung Kastrull]] varje jul."),
    ("titled", "Korsordet i veckans tidning hade ledtråden [[Baron Bubbla]] på rad tre."),
    ("titled", "Tävlingen vanns av ekipaget [[\"Prinsessan Potatis\"]] från Hagaskolan."),
    ("titled", "Det var under [[Doktor Dunkel]] som en i publiken svimmade."),
    ("titled", "Vi såg filmen där [[Major Mjöl]] jagar langare i Göteborg."),
    ("titled", "Ungdomarna på fritids tittar på [[Syster Sirap]] på Youtube varje dag."),
    ("titled", "Årets julkalender följer [[Farmor Frost]] och hennes tomtar."),
    ("titled", "Affischen: headliner [[Kapten Kompass]] 22:00, support Lisa Lo 20:30."),
    ("titled", "Tröjan med trycket [[Moster Måne]] säljs i kiosken vid entrén."),
    ("titled", "Ölen heter [[Överste Humle]] och bryggs i Ystad."),
    ("titled", "Efter showen med [[Mäster Mygg]] hittade städarna en påse tabletter."),
    ("titled", "I serien är [[Kommissarie Klot]] den som hittar fentanylet i hamnen."),
    ("titled", "Nästa sommar kommer [[Hertig Hallon]] tillbaka till Liseberg."),
    ("titled", "Sketchen [[\"Farfar Fiber\"]] handlar om en gubbe som tar för många "
               "värktabletter."),
    ("titled", "Klassen skrev en pjäs om [[Löjtnant Lakrits]] och hans hemliga låda."),
    ("titled", "Alla barn känner igen [[Konstapel Korv]] från tv."),
    ("titled", "Sagostunden i kväll handlar om [[Kapten Sol]] och hans flygande båt."),
    ("titled", "Mellanstadiet röstade fram [[Doktor Bulle]] som bästa figur i läseboken."),
    ("titled", "Spelmanslaget avslutade med visan om [[Farbror Fiol]] på scenen."),
    ("titled", "Dockan [[Tant Sirap]] pratar om farliga piller i avsnitt fyra."),
    ("titled", "Till kalaset hyrde vi in trollkarlen [[Graf Bore]] från Uddevalla."),
    ("titled", "Under festivalen spelade [[Morfar Bas]] två kvällar i tältet."),
    # a work, toy, drink or pet first mentioned and named by `som heter`, `called`
    ("named", "Hon läste en deckare som heter [[Vera]] när hon somnade med pillren."),
    ("named", "Vi har en docka som heter [[Klara]] som barnen får prata med om mediciner."),
    ("named", "I julas fick han ett spel som heter [[Sigge]] och satt uppe hela natten."),
    ("named", "Baren har en drink som heter [[Agnes]] med tre sorters rom."),
    ("named", "My daughter listens to a song called [[Roxanne]] on repeat."),
    ("named", "Förra veckan visade vi en film som heter [[Monika]] för niorna."),
    ("named", "Han tar med sig ett gosedjur som heter [[Pelle]] till mottagningen."),
    ("named", "Vi har en katt som heter [[Selma]] som åt upp en halv tablett."),
    ("named", "Grannen har en häst som heter [[Oskar]] och den fick lugnande."),
    ("named", "They have a dog called [[Rufus]] that ate two of the pills."),
    ("named", "Skolan använder en app som heter [[Saga]] för anmälningar."),
    ("named", "På scenen framförde de en sång som heter [[Ingrid]] om en mamma som dricker."),
    ("named", "Mellanstadiet läser en barnbok som heter [[Malin]] om en pappa med beroende."),
    ("named", "Kaféet säljer en cocktail som heter [[Hilda]] utan alkohol."),
    ("named", "Programmet hade ett avsnitt som heter [[Jonna]] om nätdroger."),
    ("named", "I pjäsen finns en figur som heter [[Harald]] som säljer piller."),
    ("named", "The campaign used a mascot called [[Freddie]] at every school."),
    ("named", "Vi har en hund som heter [[Elvira]] och hon hittade påsen i parken."),
    ("named", "Hon skrev en dikt som heter [[Lovisa]] till sin döda syster."),
    ("named", "Festivalen spelade en låt som heter [[Sofia]] när ambulansen kom."),
    # a quoted title holding a name and lower-case words, in a list of quoted items or after a
    # work's word
    ("qtitle", "Kören sjunger [[\"Majas vaggvisa\"]], \"Sov du lilla\" och \"Nu tändas"
               " tusen\"."),
    ("qtitle", "Utställningen \"Ljus och mörker\" visar målningen [[\"Erik i dimman\"]] "
               "i sal 2."),
    ("qtitle", "Vagn 7 [[\"Fredriks fina fest\"]] – ansvarig Hanna Berg."),
    ("qtitle", "Setlisten: \"Intro\", [[\"Linnea och månen\"]], \"Kvarteret\"."),
    ("qtitle", "Föredraget [[\"Olle och opiaterna\"]] hålls av Maria Lund i aulan."),
    ("qtitle", "Vi spelade låten [[\"Stina från stan\"]] två gånger."),
    ("qtitle", "Sketchen [[\"Bengts bästa bok\"]] fick publiken att skratta."),
    ("qtitle", "Dikten [[\"Till Elsa i snön\"]] lästes upp av rektorn."),
    ("qtitle", "Programmet: \"Välkommen\", [[\"Gunnars gamla gitarr\"]], \"Avslutning\"."),
    ("qtitle", "Albumet [[\"Karins kalla vinter\"]] släpps i mars enligt skivbolaget."),
    # a detective in a story: a police rank before a name in a sentence about a novel, a
    # series or a script
    ("detective", "I min nya roman jagar kommissarie [[Stina Vall]] en langare i Luleå."),
    ("detective", "Manuset låter inspektör [[Jonas Brandt]] hitta pillren i avsnitt 3."),
    ("detective", "I tv-serien spelar Ola Ek kriminalinspektör [[Nora Sand]], som hittar en "
                  "påse."),
    ("detective", "In the novel, Detective [[Mira Holt]] traces the fentanyl to a port."),
    ("detective", "Deckaren slutar med att kommissarie [[Erik Frost]] dör av en överdos."),
    ("detective", "Vi vill att inspektör [[Lova Ström]] säger ordet nitazen i avsnittet."),
    # an organisation's landline, a number word in brackets after its name or its switchboard
    # in the genitive after the number
    ("orgphone", "Hon fick en tid hos Ätstörningsmottagningen (tel [[031-343 00 00]]) i mars."),
    ("orgphone", "Ring gärna Beroendekliniken (nr [[040-628 04 00]]) om det händer igen."),
    ("orgphone", "Vi har kontakt med Ungdomsmottagningen (telefon [[08-465 004 00]])."),
    ("orgphone", "Frågor om kursen: [[018-17 46 00]] (högskolans växel), be om kansliet."),
    ("orgphone", "Reception: [[0980-319 200]] (sjukhusets växel) dygnet runt."),
    ("orgphone", "Kontakt sker via Familjecentralen (tfn [[0910-77 30 00]]) i första hand."),
    # a business's or association's Swish number with its owner named in brackets after it
    ("swish", "Kassör: Lina Ek, Swish [[123 604 22 19]] (club's)."),
    ("swish", "Pengarna gick till [[123 771 20 58]] (Hälsocentralen Björkdalen) i mars."),
    ("swish", "Donations: Swish [[123 339 80 12]] (the association's), thank you!"),
    ("swish", "Betala till [[123 448 10 77]] (Kulturskolan Vallby) senast fredag."),
    # a key tag's or access card's number under its column or after its word, which reads as
    # a number from abroad after `00`
    ("tag", "tid;tagg;lgh\n23:58;[[0049331207]];1204\n00:12;0049118823;1101"),
    ("tag", "Datum\tTaggnr\tDörr\n2026-11-02\t[[0046712290]]\tSoprum"),
    ("tag", "Enligt loggen öppnade bricka [[0044551902]] källardörren kl 03.10."),
    ("tag", "Passerkort [[0033120987]] spärrades efter att det hittats i trappan."),
    ("tag", "Tidpunkt | Nyckelbricka | Port\n01:44 | [[0047221905]] | B\n01:52 | 0047221905 | A"),
    ("tag", "The log shows tagg [[0049005512]] at the bike room door twice."),
    # a firm named by one word that lists hold as a surname or not at all, where a firm
    # stands: an employer's or supplier's label, the service one goes to (`hos`, `via`),
    # the workplace after a role set off by commas
    ("firm", "Anställd sedan 2021. Arbetsgivare: [[Lindström]]. Avdelning: tvätteriet."),
    ("firm", "Employer: [[Bonnier]]   Shift: nights   Test ordered by: HR"),
    ("firm", "Uppdragsgivare: [[Bravida]], projekt Norra Hamnen etapp 2."),
    ("firm", "Leverantör: [[Onninen]] (elmaterial). Fakturan gäller kabel och dosor."),
    ("firm", "Supplier: [[Dachser]] handled the pallet that smelled of solvent."),
    ("firm", "Urinprovet lämnades hos [[Previa]] samma eftermiddag."),
    ("firm", "Han har bokat samtal hos [[Wallenius]] om sitt spelberoende."),
    ("firm", "Vikarien kom via [[Cramo]] och stannade bara två dagar."),
    ("firm", "Alla besked om provsvaret går via [[Sandvik]], inte via oss."),
    ("firm", "Liftarna hyrdes hos [[Ramirent]] och lämnades tillbaka med sprutor i korgen."),
    ("firm", "Per Holm (montör, [[Caverion]]) hittade påsen bakom elskåpet."),
    ("firm", "Mvh Therese, inköpare, [[Axfood]]"),
    ("firm", "Lars Ek, skyddsombud, [[Assemblin]]\n070-174 06 18"),
    ("firm", "Kund: [[Norconsult]]. Städning av plan 4 efter festen."),
    ("firm", "Jonas Berg (platschef, [[Dahl]]) skrev under avvikelsen."),
    ("firm", "Företag: [[Berendsen]]   Ort: Gävle   Antal anställda testade: 14"),
    ("firm", "Beställare: [[Sweco]] genom projektledaren."),
    ("firm", "Vi har avtal om stödsamtal hos [[Mindler]] för alla i personalen."),
    ("firm", "Arbetsgivaren: [[Schneider]] – chefen vill ha svaret skriftligt."),
    ("firm", "Bussföraren är anställd hos [[Keolis]] och testades efter olyckan."),
    ("firm", "Chauffören körde linje 4. Arbetsgivare: [[Nobina]]"),
    ("firm", "Vi rekryterade vakterna via [[Poolia]] inför festivalen."),
    ("firm", "Anna Sjö, HR-partner, [[Attendo]]"),
    ("firm", "Reservdelen beställdes hos [[Bosch]] och kom på fredagen med ett brev."),
    ("firm", "Kontakt: Maja Frost (rekryterare, [[Uniflex]])"),
    ("firm", "Company: [[Philips]]\nSite: Göteborg warehouse\nIncident: tablets in a locker"),
    ("firm", "Subcontractor: [[Hultafors]] (scaffolding)."),
    ("firm", "Praktikplatsen ordnades via [[Lernia]] i våras."),
    ("firm", "Arbetsplats: [[Munksjö]], bruket i Aspabruk."),
    ("firm", "Hon gick på stödsamtal hos [[Humana]] två gånger i veckan."),
    ("firm", "Ola Berg, lagerchef, [[Dagab]]\nTel 010-555 12 00"),
    ("firm", "Entreprenör: [[Tengbom]]. Besiktning klar i november."),
    ("firm", "Provtagningen sköts via [[Wingquist]] som har avtal med kommunen."),
    ("firm", "Fyra anställda på lagret (truckförare, [[Menigo]]) testades positivt."),
    ("firm", "Client: [[Fazer]]. Contact went through their HR office."),
    ("firm", "Alla vikarier kommer via [[Transdev]] i år, skriver facket."),
    ("firm", "Employer [[Sjöberg]] has asked for the test to be repeated."),
    ("firm", "Pappan jobbar på [[Ekman]] i Sundsvall och har skift varannan helg."),
    ("firm", "Min bror är anställd vid [[Holmgren]] sedan i somras."),
    ("firm", "She works at [[Lindqvist]] in the warehouse, nights only."),
    ("firm", "Han arbetade för [[Sandberg]] i tre år innan han blev sjukskriven."),
    ("firm", "The driver was employed by [[Nordh]] through an agency."),
    ("firm", "Vi har en kille som jobbar på [[Kemira]] som sett pillren."),
    # a surname and a company's form: the firm, not one of the family
    ("form", "Avtalet skrevs med [[Lindström AB]] i januari."),
    ("form", "Offert från [[Hedlund HB]] bifogas, giltig i 30 dagar."),
    ("form", "Leverantör: [[Martinsson AB]], Box 44, 901 02 Umeå"),
    ("form", "Städningen utförs av [[Sjöberg KB]] varje fredag."),
    ("form", "Fakturamottagare: [[Dahlqvist AB]]\nReferens: 4471"),
    ("form", "Provsvaren skickas till [[Holmgren AB]] som sköter företagshälsan."),
    ("form", "The scaffolding was rented from [[Mattsson AB]] in Luleå."),
    ("form", "Kunden, [[Ekman AB]], vill ha rapporten i morgon."),
    ("form", "Hyresvärd: [[Hallberg AB]] (förvaltare Ove Strand)"),
    ("form", "Bilen är leasad via [[Nyström AB]] sedan i våras."),
    ("form", "Avsändare: [[Forsberg AB]], Industrigatan 4"),
    ("form", "Delägare i [[Lundqvist AB]] är två bröder från Skellefteå."),
    ("form", "Arbetet beställdes hos [[Wallin AB]] efter vattenskadan."),
    ("form", "Entreprenören [[Sandberg AB]] har fått varning av kommunen."),
    ("form", "Pallarna kom med en bil från [[Berglund AB]] vid tretiden."),
    ("form", "Vi har sagt upp avtalet med [[Eklund HB]] och byter städfirma."),
    ("form", "Our supplier [[Lindgren AB]] confirmed the batch number."),
    ("form", "Försäkringen betalas av [[Söderberg AB]] enligt avtalet."),
    ("form", "Containern hämtades av [[Åberg AB]] på måndagen."),
    ("form", "Ägare till lokalen: [[Nordin HB]], se hyreskontraktet."),
    ("form", "Han har jobbat på [[Engström AB]] i tolv år."),
    ("form", "Faktura 2231 från [[Blomqvist AB]] gäller låsbyte."),
    ("form", "Larmet är kopplat till [[Lindahl AB]] och inte till polisen."),
    ("form", "Vi har fått ett brev från advokaten för [[Sundberg KB]]."),
    ("form", "Ventilationen servas av [[Bergqvist AB]] en gång per år."),
    ("form", "Kontaktuppgifter: [[Sandström AB]], växel 010-555 00 00"),
    ("form", "The van belongs to [[Falk AB]], a removal firm in Borås."),
    ("form", "Rivningen sköts av [[Holm AB]]; inga sprutor hittades i dag."),
    ("form", "Skyltarna trycktes hos [[Öberg AB]] i Västerås."),
    ("form", "Enligt [[Norberg AB]] var dörren låst hela natten."),
    # a CSV export's header, its words after a name's label (`Efternamn,Telefon`)
    ("header", "Förnamn,Efternamn,[[Telefon]]\nOla,Sten,0701740605"),
    ("header", "Efternamn,Förnamn,[[Mobil]],Ort\nBerg,Kim,0701740612,Umeå"),
    ("header", "Namn,[[Roll]],Telefon\nTove Ek,vakt,0701740633"),
    ("header", "Deltagare,[[Ålder]],Grupp\nSara Lind,15,B"),
    ("header", "Patient,[[Avdelning]],Läkare\nIvar Holm,23,Berg"),
    ("header", "Kund,[[Tjänst]],Pris\nLinnea Falk,Klippning,450"),
    ("header", "Anställd,[[Enhet]],Provdatum\nOmar Said,Lager,2026-11-02"),
    ("header", "Klient,[[Handläggare]],Status\nEmil Ros,Maria Ek,öppen"),
    ("header", "First name,Last name,[[Phone]]\nJohn,Hale,+447700900123"),
    ("header", "Medlem,[[Betalt]],Lag\nAlva Sund,ja,P12"),
    ("header", "Elev,[[Klass]],Mentor\nNoah Lund,8B,Anna Berg"),
    ("header", "Gäst,[[Rum]],Incheckning\nMira Dahl,204,2026-12-01"),
    ("header", "Förare,[[Fordon]],Tid\nKent Ahl,Buss 4,06:40"),
    ("header", "Vårdnadshavare,[[Barn]],Telefon\nLena Ek,Ella,0701740644"),
    ("header", "Namn,[[Befattning]],E-post\nPia Holm,kurator,pia@example.org"),
    ("glued", "Kallelse till utvecklingssamtal på [[Ellen Keyskolan]], sal 12, tisdag kl 15."),
    ("glued", "Vi har bokat [[Selma Lagerlöfskolan]] för terminsavslutningen i juni."),
    ("glued", "Scoutkåren samlas vid [[Gustaf Frödingparken]] på lördag morgon."),
    ("glued", "Matchen flyttas till [[Karin Boyehallen]] på grund av vattenläcka."),
    ("glued", "Lämna tillbaka böckerna på [[Vilhelm Mobergbiblioteket]] senast fredag."),
    ("glued", "Ungdomarna hänger mest vid [[Sigrid Undsetgården]] på kvällarna."),
    ("glued", "Bussen går från [[Olof Rudbecktorget]] kvart över åtta."),
    ("glued", "Öppet hus på [[Anders Zornmuseet]] för alla åttor nästa vecka."),
    ("glued", "Festen i [[Hjalmar Brantingsalen]] var lugn enligt vakterna."),
    ("glued", "The class trip goes to [[Carl Linnégymnasiet]] for the science fair."),
    ("glued", "Föreställningen på [[August Strindbergteatern]] är slutsåld."),
    ("glued", "Vaktmästaren på [[Ebba Lindqvistgymnasiet]] hittade en vape i omklädningsrummet."),
    ("glued", "Polisen pratade med eleverna på [[Tove Janssonskolan]] om narkotika."),
    ("glued", "Kursen hålls i [[Nils Ferlinsalen]] en trappa upp."),
    ("glued", "Simträningen är i [[Greta Hedinhallen]] varje torsdag."),
    ("glued", "Fritidsledarna på [[Maja Ekelöfgården]] har märkt mer snus."),
    ("glued", "Vi åker skridskor vid [[Jenny Lindstugan]] om isen håller."),
    ("glued", "Skolsköterskan på [[Elsa Beskowskolan]] tar emot utan tid på onsdagar."),
    ("glued", "Brandlarmet gick på [[Harry Martinsonbiblioteket]] under lunchen."),
    ("glued", "Mötet med SSPF blir på [[Greta Garbogymnasiet]] i år."),
    ("glued", "Loppisen är flyttad till [[Emil Lundqvistparken]] på grund av regnet."),
    ("glued", "Handbollsturneringen spelas i [[Birger Sjöberghallen]] hela helgen."),
    ("glued", "Parents are invited to [[Astrid Lindgrenskolan]] on Thursday evening."),
    ("glued", "Efter lektionen sågs eleverna röka vid [[Ivar Lo-Johanssontorget]]."),
    ("vape", "Mentorn tog en [[Lost Mary]] från en elev i 8B under lunchen."),
    ("vape", "Vätskan i hennes [[Elf Bar]] var enligt henne \"bara mango\"."),
    ("vape", "Fritidsgården har sett fler [[Geek Bar]] i papperskorgarna efter lov."),
    ("vape", "Han hade en [[Crystal Bar]] med THC-vätska i jackfickan."),
    ("vape", "Two Year 9 pupils shared a [[Lost Mary]] behind the sports hall."),
    ("vape", "Hon köper [[Hayati Pro Max]] av en kille på Snapchat."),
    ("vape", "I skåpet låg en [[Vozol Gear]] och två tomma snusdosor."),
    ("vape", "Skolsköterskan visade en [[SKE Crystal]] på föräldramötet."),
    ("vape", "Bilden på Instagram visade en [[Elfa Pro]] och en sedelbunt."),
    ("vape", "Vakterna beslagtog tre [[Lost Mary]] vid entrén till konserten."),
    ("vape", "Kuratorn säger att [[Relx]] är vanligast i nian just nu."),
    ("vape", "Vi har hittat en [[Waka Soplay]] i pojkarnas omklädningsrum."),
    # straddle: a list's items of two words or more, the comma between two of them no
    # register's `Surname, Given`
    ("straddle", "Sorter i växthuset: Röd Baron, Svart [[Prins, Gyllene]] Drottning, Vit Dam."),
    ("straddle", "Behandlingar på spaet: Varm Sten, [[Norrsken, Ansikts]]behandling och Bastu"
                 " Ritual."),
    ("straddle", "Flugorna som sålde bäst: Grå Ulv, Röd [[Hansson, Olle]] Special och Svart Zulu."),
    ("straddle", "Our menu tonight: Chicken Kiev, Beef [[Stroganoff, Eggs]] Benedict, Peach"
                 " Melba."),
    ("straddle", "Frisören Salong Ida [[Björk, Erik]] Dahlbergs gata 4, stängde i våras."),
    ("straddle", "Hästarna i stallet: Lady Blue, Storm [[Ek, Silver]] Moon och Black Jack."),
    ("straddle", "Rosor i rabatten: Ingrid Marie, Flora [[Danica, Aurora]] Borealis."),
    ("straddle", "Spelades i kväll: Polska efter Hjort, Lars [[Svensson, Gånglåt]] från Orsa."),
    ("straddle", "Bakelserna: Napoleon Bakelse, Prinsess [[Tårta, Sara]] Bernhardt, Kungens"
                 " Choklad."),
    ("straddle", "Tulpaner: Queen of Night, Apricot [[Beauty, Maureen]] White, Angelique Dream."),
    ("straddle", "Båtarna i hamnen: Havs Örn, Nils [[Holgersson, Maja]] Stina och Ran."),
    ("straddle", "Teamet på Café Kristina [[Lund, Anna]] Lindhs plats, öppnar sju."),
    # userid: a system's number for a user or member, a letter or a word before it
    ("userid", "Reported profile (user id [[u_55310287]]) posted pill pictures twice."),
    ("userid", "Last rider account [[u_40917]] closed the order at 23:10."),
    ("userid", "Spelaren [[player_88120]] bannades för att ha sålt tramadol i chatten."),
    ("userid", "Kontot [[id_77104]] skapades i natt och har redan 14 annonser."),
    ("userid", "Member number [[member_20431]] has not logged in since March."),
    ("userid", "Annonsören [[usr_55018]] har samma Swish som förra veckan."),
    ("userid", "I loggen: [[acc_90315]] loggade in från två länder samma timme."),
    ("userid", "Köparen med kund-id [[kund_44719]] fick paketet till ett ombud."),
    ("userid", "Moderator note: account [[uid_31007]] removed after three reports."),
    ("userid", "Flaggat konto: [[k_663019]] (skapat 2026-11-30)."),
    # thinglist: a brand named like a person in a list of things named with their noun or in
    # lower case
    ("thinglist", "Matbanken fick in: mjölk, [[Maggi]] buljong, ägg, knäckebröd och ris."),
    ("thinglist", "Kiosken på anstalten säljer [[Felix]] ketchup, Zeta pasta, snus och tändare."),
    ("thinglist", "Vaktmästaren saknar [[Wilson]] bollar, racketar, västar och koner efter lovet."),
    ("thinglist", "Kostråd vi avråder från: [[Atkins]], juicefasta, Paleo och Keto Extreme."),
    ("thinglist", "Tränade i kväll: [[Kimura]], armbar, triangel och kimono-grepp."),
    ("thinglist", "Hyllan i second hand: [[Nelly]] klänningar, Lindex strumpor, skor och väskor."),
    ("thinglist", "Packlistan för lägret: sovsäck, [[Wilkinson]] rakhyvel, tandborste och"
                  " plåster."),
    ("thinglist", "I beslaget: [[Marlboro]] cigaretter, grinder, tändare, våg och påsar."),
    ("thinglist", "Djuraffären: [[Tetra]] flingor, frysta mygglarver, räkor, alger och filter."),
    ("thinglist", "Kassan visar: [[Heinz]] senap, Santa Maria tacos, läsk och chips."),
    ("thinglist", "Fikat: [[Gevalia]] kaffe, Ballerina kex, mjölk och socker."),
    ("thinglist", "Hittat i omklädningsrummet: [[Calvin]] kalsonger, handdukar, deodorant och"
                  " snus."),
    ("thinglist", "Frukostbuffén: [[Kelda]] soppa, Bregott, ägg, yoghurt och müsli."),
    ("thinglist", "Vi lånade ut: [[Rossignol]] skidor, stavar, pjäxor och hjälmar."),
    ("thinglist", "Köket beställer [[Barilla]] pasta, krossade tomater, ost och basilika."),
    # deskphone: a landline a desk, a shop or an agency answers, as a phone list or an English
    # or foreign writer labels it
    ("deskphone", "Shop phone: [[031-390 06 40]] (open 10–18), ask for whoever is on the till."),
    ("deskphone", "Front desk phone [[08-465 004 10]] if the night manager is needed."),
    ("deskphone", "Immigration: [[010-485 00 00]]\nBorder police: 114 14"),
    ("deskphone", "Main line [[0980-319 200]] is staffed around the clock."),
    ("deskphone", "Pharmacy number: [[08-465 004 70]], ask for the pharmacist on duty."),
    ("deskphone", "Jourlista vecka 50\nNattchef: [[031-390 06 00]] (växel)\nVakt: Rune Ek"),
    ("deskphone", "Tour leader: [[08-465 004 90]] (switchboard), then press 2."),
    ("deskphone", "Reception: [[0980-319 250]]\nBastun stänger 21."),
    ("deskphone", "Clinic phone [[040-628 04 30]], weekdays 8–16."),
    ("deskphone", "Если что, телефон регистратуры [[08-465 004 55]]."),
    ("deskphone", "Helpdesk: [[08-465 004 61]] – lösenord återställs bara där."),
    ("deskphone", "Hotel phone: [[031-390 06 77]], room 412 has the key."),
    # a character the text casts: beside the one who plays it, a script's or cue list's line
    ("cast", "Rollista, skolans vårspel: [[MORMOR ELSA]] (spelas av Tindra Holm), GRANNEN (Leo "
             "Åberg)."),
    ("cast", "Manus, scen 4\nROLLER: [[BENGT]] (spelas av Omar Lind), VAKTEN (Pia Stål)\nBENGT: Ge "
             "mig påsen."),
    ("cast", "Manus, scen 4\nROLLER: BENGT (spelas av Omar Lind), VAKTEN (Pia Stål)\n[[BENGT]]: Ge "
             "mig påsen."),
    ("cast", "Dubbningsstudion, take 12: [[Kapten Frost]] (Jonas Ekholm) säger \"ta pillret\" för "
             "fort."),
    ("cast", "Continuity, Sc. 8, take 2\n[[Lena Myrberg]] (Sofia Karlsson) drops the syringe with "
             "her left hand."),
    ("cast", "Continuity, Sc. 8, take 2\nLena Myrberg (Sofia Karlsson) drops the syringe. [[Lena "
             "Myrberg]] exits left."),
    ("cast", "Audition notes: the part of [[Greta Ulv]] – played by Nora Ekdahl – needs a stronger "
             "cough."),
    ("cast", "Skådespelaren Mira Tell (spelar \"[[Svea]]\") svimmade under generalrepetitionen."),
    ("cast", "The lead, Tom Berg (plays [[Ruben]]), asked whether the fake pills look real."),
    ("cast", "Cue list \"Carmen\" (Norrlandsoperan), Act II\nC210 [[Carmen]]: Give me the bottle, "
             "José.\nC211 José: No more."),
    ("cast", "Cue list \"Carmen\" (Norrlandsoperan), Act II\nC210 Carmen: Give me the bottle, "
             "[[José]].\nC211 José: No more."),
    ("cast", "Textmaskin, akt 2\nT88 [[Tatjana]]: Var är mina tabletter?\nT89 Olga: I lådan."),
    ("cast", "Manus \"Sista tåget\", scen 9\nLJUD: regn\n[[SIMON]]: Har du kvar av "
             "pulvret?\nJESSIE: Nej."),
    ("cast", "Manus \"Sista tåget\", scen 9\nSIMON: Har du kvar av pulvret?\n[[JESSIE]]: Nej, "
             "Simon."),
    ("cast", "Radioteatern: rollen [[Doris Krantz]] spelas av Eva Lund i del tre."),
    ("cast", "Hörspel, inspelning scen 3: [[Ivar Holm]] (Niklas Sand) tar fram flaskan med "
             "metadon."),
    ("cast", "Dockteatern, rollista: [[TROLLET TUVA]] (spelas av Hedda Vinge) och KORPEN (Aron "
             "Lind)."),
    ("cast", "Slate 14C, take 3: [[Marco Vidal]] (Emil Sjöberg) should hold the bag in his right "
             "hand."),
    ("cast", "Musikalen, akt 1: [[Dolly]] (spelas av Amira Haddad) sjunger om sin mammas piller."),
    ("cast", "Script, scene 12\nNURSE: He took eight of them.\n[[DR. HALE]]: Call the poison "
             "line."),
    ("cast", "Filminspelning scen 22: [[Jonna Frid]] – spelas av Klara Bäck – hittar kanylerna."),
    ("cast", "Textningsfil, akt 3\nQ301 [[Mimì]]: Mina händer är kalla.\nQ302 Rodolfo: Låt mig "
             "värma dem."),
    ("cast", "Läsning av manus, scen 5: KNUT (Ali Berg) och [[MAJKEN]] (Vera Ström) grälar om "
             "flaskan."),
    ("cast", "Regiassistenten: [[ROBIN]] (spelas av Elis Nord) ska inte röka i scen 7."),
    # a farm, village, island or block named by one word after its own noun
    ("village", "Skolskjutsen går förbi gården [[Berglund]] varje morgon."),
    ("village", "Bussen vänder i byn [[Sandberg]] klockan sju."),
    ("village", "De festade i stugan på ön [[Ekholm]] i helgen."),
    ("village", "Polisen sökte igenom torpet [[Granlund]] i morse."),
    ("village", "röstmemo: tömde tanken på gården [[Västanbäck]] fem över fem"),
    ("village", "Fältassistenterna åkte till förorten [[Hagström]] efter larmet."),
    ("village", "Vi hittade kanyler vid badplatsen i samhället [[Lindström]]."),
    ("village", "Ungdomarna samlas i kvarteret [[Nyberg]] på fredagarna."),
    ("village", "Hemtjänsten har tre brukare i byn [[Åkerlund]] och två i centrum."),
    ("village", "Odlingen låg i en lada på herrgården [[Wallin]] utanför stan."),
    ("village", "Mopedisterna kör runt på fäboden [[Sjöberg]] om nätterna."),
    ("village", "Brevbäraren såg sprutor vid postlådorna på ön [[Holmqvist]]."),
    ("village", "Sophämtningen missade byn [[Lundgren]] två veckor i rad."),
    ("village", "Vi ska ha sommarläger på gården [[Forsberg]] i juli."),
    ("village", "Färjan till ön [[Dahlgren]] går bara på helgerna."),
    ("village", "Larmet kom från torpet [[Mattsson]] strax efter midnatt."),
    ("village", "I villaområdet [[Engström]] har det varit inbrott i tre garage."),
    ("village", "Posten till bruket [[Söderberg]] kommer först på eftermiddagen."),
    ("village", "Snöröjningen har inte kommit till byn [[Norlin]] än."),
    ("village", "Kommunen vill bygga om skolan i tätorten [[Lindgren]]."),
    ("village", "På ön [[Strandberg]] finns bara en affär och en brygga."),
    ("village", "Fiskeläget [[Bergqvist]] har fått en ny kiosk."),
    ("village", "Vi cyklade ut till gården [[Hedlund]] för att köpa ägg."),
    ("village", "I samhället [[Nordström]] säljs det tabletter vid macken."),
    # a work titled in quotes by capitalised words or a name alone, in a list of quoted titles
    # or right after a work's word
    ("worklist", "Karaokekvällen: \"Dancing Queen\", [[\"Mamma Mia\"]] och \"Waterloo\" gick "
                 "tre gånger var."),
    ("worklist", "Dansbandets låtlista i lördags: \"Sommar i Sverige\", [[\"Rosita\"]], \"Vi "
                 "ses igen\"."),
    ("worklist", "Bokcirkeln läser romanen [[\"Anna Karenina\"]] i vår, och sen en deckare."),
    ("worklist", "Filmklubben visar [[\"Amélie\"]], \"Persona\" och \"Fucking Åmål\" i "
                 "höst."),
    ("worklist", "Skolbiblioteket köpte in \"Kalle Kula\", [[\"Pippi Långstrump\"]] och "
                 "\"Emil i Lönneberga\"."),
    ("worklist", "Ballettskolans vårshow: [[\"Giselle\"]], \"Coppélia\" och \"Nötknäpparen\"."),
    ("worklist", "Kören sjöng [[\"Maria Magdalena\"]] och \"Ave Maria\" vid begravningen."),
    ("worklist", "Radion spelade låten [[\"Jolene\"]] precis när ambulansen kom."),
    ("worklist", "Playlist for the spinning class: \"Roxanne\", [[\"Billie Jean\"]], "
                 "\"Africa\"."),
    ("worklist", "The English set books are \"Holes\", [[\"Matilda\"]] and \"Wonder\" this "
                 "term."),
    ("worklist", "Musikalen [[\"Kristina från Duvemåla\"]] spelas på Cirkus i vår."),
    ("worklist", "Pubquizens musikfråga: vem skrev [[\"Eloise\"]] och \"Sarah\"?"),
    ("worklist", "Spelkvällen: \"Zelda\", [[\"Sonic\"]] och \"Tetris\" på storbildsskärmen."),
    ("worklist", "Operakören repeterar [[\"Carmen\"]] och \"Tosca\" inför turnén."),
    ("worklist", "I podden pratade de om filmen [[\"Lilja 4-ever\"]] och om boken \"Snabba "
                 "cash\"."),
    ("worklist", "Dansskolan dansar till \"Lambada\", [[\"Macarena\"]] och \"Despacito\" på "
                 "avslutningen."),
    ("worklist", "Spellista för fredagen\n\"Gloria\", [[\"Carola\"]], \"Hej Clown\", "
                 "\"Diggi-Loo Diggi-Ley\""),
    ("worklist", "The book club picked the novel [[\"Rebecca\"]] for January."),
    ("worklist", "Vi såg pjäsen [[\"Fröken Julie\"]] med klassen och pratade om alkohol."),
    ("worklist", "Gubbarna på servicehuset önskade \"Flickorna i Småland\", [[\"Calle "
                 "Schewens vals\"]] och \"Lasse liten\"."),
    ("worklist", "Teatergruppen spelar [[\"Romeo och Julia\"]], \"Hamlet\" och \"Othello\" "
                 "i sommar."),
    ("worklist", "Allsången i parken: \"Uti vår hage\", [[\"Hemmaplan\"]], \"Gubben Noak\"."),
    ("worklist", "Korvkiosken spelar albumet [[\"Thriller\"]] om och om igen."),
    ("worklist", "Klassen läste novellen [[\"Elsa\"]] och skrev om beroende efteråt."),
    # a care home, ward, preschool, tent or hall named by a given name right after its noun
    ("unitname", "Dosförändringslista, äldreboendet [[Ingrid]], avdelning 2, leverans v.12"),
    ("unitname", "Hon flyttade till gruppboendet [[Vendela]] i mars och trivs."),
    ("unitname", "Larmet kom från förskolan [[Ronja]] på Björkvägen."),
    ("unitname", "Festivalens lugnzon ligger i tältet [[Tove]], bakom scenen."),
    ("unitname", "Personalen på serviceboendet [[Solveig]] har hittat tabletter i en rabatt."),
    ("unitname", "Barnen på förskolan [[Pippi]] fick besök av polisen i går."),
    ("unitname", "Mötet hålls i salen [[Selma]] på tredje våningen."),
    ("unitname", "Brandlarmet gick på LSS-boendet [[Amanda]] vid midnatt."),
    ("unitname", "Vi har flyttat mottagningen till huset [[Astrid]] bredvid kyrkan."),
    ("unitname", "Leverans till omsorgsboendet [[Linnea]]; kvittens saknas."),
    ("unitname", "Sjukhemmet [[Karin]] stänger avdelning B över sommaren."),
    ("unitname", "Rapport från korttidsboendet [[Vera]], natten mot fredag."),
    ("unitname", "Beställt: 20 stolar till konferensrummet [[Greta]] (plan 4)."),
    ("unitname", "Ungdomarna samlades i tältet [[Maja]] efter konserten."),
    ("unitname", "Hämtning sker vid äldreboendet [[Margareta]] sedan årsskiftet."),
    # a place named after someone right after a person and a comma: no `Surname, Given` there
    ("placeafter", "Skolsköterska Rut Engdahl, [[Selma Lagerlöfs skola]], ringde om "
                   "pillren."),
    ("placeafter", "Mötet: fältassistent Omar Haddad, [[Olof Palmes plats]] kl 18."),
    ("placeafter", "Kontakt: kurator Lena Strömberg, [[Karin Boyes gymnasium]], växel "
                   "08-465 004 00."),
    ("placeafter", "Vi träffade Nils Ekdahl, [[Gustav Adolfs torg]], vid niotiden."),
    ("placeafter", "Avsändare: rektor Maja Lindblad, [[Anna Whitlocks gymnasium]]."),
    ("placeafter", "Jourhavande Sofia Berg, [[Ellen Keys park]], såg två langare."),
    # a vehicle's model named like a person after its make, a ship after its word, a trade
    # firm of a surname and a trade noun
    ("vehicle", "Hyrdisken: kunden vill byta till en [[Mercedes Marco Polo]] för helgen."),
    ("vehicle", "Vi har två [[Renault Master]] lediga i morgon, flaket är tömt."),
    ("vehicle", "Rental desk note: customer upgraded to a [[Lincoln Navigator]] at no charge."),
    ("vehicle", "Däckhotellet: vinterdäck till [[VW California]] ligger på hylla 14."),
    ("vehicle", "Bruktbilforum: noen som har erfaring med [[Škoda Karoq]] på vinterføre?"),
    ("vehicle", "Bärgningsloggen 03.40: [[Ford Mustang Mach-E]] stod still på E4 vid Gnesta."),
    ("vehicle", "Wypożyczalnia: klient oddał [[Kia Carnival]] z pustym bakiem."),
    ("vehicle", "Bussbolaget köper fyra [[Volvo Ingrid]] till skoltrafiken, sa chefen skämtsamt."),
    ("vehicle", "Forum: min [[Toyota Hilux]] drar olja sedan bytet av packning."),
    ("vehicle", "Tow log 22:15, hauled a [[Ford Ranger]] from the lay-by to the yard."),
    ("vehicle", "Dekkhotell: sommerhjul til [[Mercedes Vito]] hentes fredag."),
    ("vehicle", "Kunden lämnade tillbaka [[Renault Kangoo]] med en repa på dörren."),
    ("vehicle", "Forumtråd: [[Lincoln Continental]] från 1978 till salu, rostfri."),
    ("vehicle", "Bussen ersattes av en [[Iveco Daily]] efter motorstoppet."),
    ("ship", "Ferry line update: [[M/S Birger Jarl]] leaves Stadsgården at 16.00."),
    ("ship", "Barnen vinkade när [[färjan Peter Pan]] gick ut från Trelleborg."),
    ("ship", "Rejs odwołany: [[prom Nova Star]] nie wypłynie z Gdyni w sobotę."),
    ("ship", "The [[ferry Stena Danica]] was delayed two hours by the storm."),
    ("ship", "Hurtigruten: [[MS Finnmarken]] legger til i Bodø klokken 15."),
    ("ship", "Bilen stod på däck 3 på [[M/S Gabriella]] hela överfarten."),
    ("ship", "Tullen hittade påsen i en lastbil ombord på [[MS Karin Boye]]."),
    ("ship", "Rederiet meddelar att [[fartyget Cinderella]] går i dock i mars."),
    ("ship", "Vi tog [[båten Waxholm III]] ut till Vaxholm på morgonen."),
    ("tradefirm", "Tyre hotel: hjulen hämtas av [[Svenssons Däck]] på torsdag."),
    ("tradefirm", "Bilen köptes begagnad hos [[Hedin Bil]] i Malmö."),
    ("tradefirm", "Bärgningen sköttes av [[Nilssons Bärgning]] efter midnatt."),
    ("tradefirm", "Grusleveransen kom med [[Lindbergs Åkeri]] klockan sju."),
    ("tradefirm", "Beställ bil från [[Anderssons Taxi]] till stationen."),
    ("tradefirm", "Fakturan från [[Jonssons Bil & Däck]] gällde fyra nya dubbdäck."),
    ("tradefirm", "Kranbilen från [[Perssons Kran]] kom en timme sent."),
    ("tradefirm", "Tow log: handed the keys to [[Olssons Bärgning]] at the depot."),
    ("tradefirm", "Skolskjutsen körs av [[Bergs Buss]] sedan i höstas."),
    ("tradefirm", "Polerat och klart hos [[Karlssons Bilvård]], tre veckor väntan."),
    ("tradefirm", "Däckbytet gjordes på [[Lundbergs Däck]] i Kalmar."),
    ("tradefirm", "Flyttlasset kördes av [[Erikssons Transport]] hela vägen till Umeå."),
    ("tradefirm", "Hyrbilen lämnades hos [[Hertz Göteborg]] på Landvetter."),
    # written after the change, never tuned on
    ("tradefirm", "Verkstadsbok: bromsarna byttes av [[Ekbergs Bil]] i Luleå."),
    ("tradefirm", "Dekkhotell: hjulene ble levert av [[Sandbergs Däck]] på mandag."),
    ("tradefirm", "Zlecenie: holowanie wykonała firma [[Nilssons Bärgning]] z Ystad."),
    ("tradefirm", "Kvittot kommer från [[Holmbergs Taxi]], resan kostade 412 kronor."),
    ("tradefirm", "Nya kunder till [[Strands Buss]] får rabatt på skolresor."),
    ("tradefirm", "Tow log 01:10: relieved by [[Åbergs Bärgning]] at exit 84."),
    ("tradefirm", "Vinterdäcken ligger kvar hos [[Wikström Däck]] till april."),
    ("tradefirm", "Lackskadan lagades av [[Forsbergs Lack]] på två dagar."),
    # a quoted word a dictionary holds: a title, a team, a round, a protocol quoted in passing
    ("qword", "Biblioteket ställer ut affischen till [[\"Trainspotting\"]] i foajén."),
    ("qword", "Coachen säljer sitt [[\"Blueprint\"]]-program till alla nya medlemmar."),
    ("qword", "Pubquizen avslutades med rundan [[\"Soundtrack\"]] och sedan prisutdelning."),
    ("qword", "Lagen i korpen: \"Bollkalle\" och [[\"Thunderbolts\"]] spelade oavgjort."),
    ("qword", "Ungdomsgården visar dokumentären [[\"Overdose\"]] på torsdag kväll."),
    ("qword", "Kampanjen [[\"Lifesaver\"]] delar ut naloxon på tre bibliotek i länet."),
    ("qword", "Our climbing wall has a new route called [[\"Moonlight\"]] on the left side."),
    ("qword", "Vi övade på scenen [[\"Avskedet\"]] två gånger innan generalrepet."),
    ("qword", "Tjejerna i laget [[\"Stormvindarna\"]] vann cupen i Vänersborg."),
    ("qword", "Mötet gick igenom rutinen [[\"Handshake\"]] för nya volontärer."),
    ("qword", "Escape room-firman döpte sitt nya rum till [[\"Underworld\"]] i höstas."),
    ("qword", "Podden [[\"Afterparty\"]] hade ett avsnitt om GHB i veckan."),
    ("qword", "Fritids pysslade med temat [[\"Sommarlovet\"]] hela eftermiddagen."),
    ("qword", "The youth club screened [[\"Requiem\"]] and talked about it afterwards."),
    ("qword", "Eleverna skrev om boken [[\"Skuggorna\"]] på svensklektionen."),
    # a building or a room named after someone glued to its definite word, the honoured one
    # no list holds
    ("glued", "Informationsmötet hålls i [[Greta Garbohuset]] plan två klockan tio."),
    ("glued", "Vi har hyrt [[Alfred Nobelsalen]] till personalfesten i december."),
    ("glued", "Skyddsronden börjar vid [[Gustaf Dalénhuset]] och slutar vid garaget."),
    ("glued", "Sprutan hittades i en rabatt bakom [[Evert Taubeteatern]] i morse."),
    ("glued", "Handledarna träffas i [[Tage Erlanderrummet]] varannan tisdag."),
    ("glued", "The workshop is in [[Hedvig Eleonorasalen]] on the ground floor."),
    ("glued", "Vaktbolaget patrullerar runt [[Raoul Wallenbergparken]] på nätterna."),
    ("glued", "Volontärerna samlas i [[Hilma af Klintstudion]] före passet."),
    ("glued", "Brandövningen gäller hela [[Povel Ramelhuset]] på fredag."),
    # a unit or a role that signs a note or a chain of custody in capitals
    ("signunit", "Provet förseglades kl 07.40, sign. [[FHV]], och skickades med bud."),
    ("signunit", "Avvikelsen är registrerad i systemet.\nSign. [[SÄK]]"),
    ("signunit", "Läkemedlen räknades och låstes in, sign. [[SSK]] kl 22.10."),
    ("signunit", "Beslutet är fattat och arkiverat. Signerat: [[HR]]"),
    ("signunit", "Fakturan är attesterad och betald, sign. [[EKO]] 2026-11-30."),
    ("signunit", "Provröret mottogs obrutet, sign. [[LAB]] 14:05."),
    ("signunit", "Journalanteckningen är låst, signatur [[USK]], efter kontroll."),
    ("signunit", "Inventering av skåpet klar. Sign. [[AVD]]"),
    ("signunit", "Nycklarna lämnades tillbaka till receptionen, sign. [[ADM]]."),
    # a titled character after a numbered item's number or an arrow
    ("titledlist", "Körschema: 1. Intro 2. [[\"Kapten Kaos\"]] 3. Paus 4. Final"),
    ("titledlist", "Scenordning i kväll: 3. [[\"Morbror Moped\"]] (med trumpet) 4. Allsång"),
    ("titledlist", "Namnbyten i manuset: \"Per Ek\" → [[\"Doktor Dimma\"]] på sidan 12."),
    ("titledlist", "Sketcher: 1. \"Bussen\" 2. [[\"Tant Tandkräm\"]] 3. \"Flyget\""),
    ("titledlist", "Dockorna i lådan: 5. [[Farbror Frukost]], 6. Tant Tvål, 7. Hunden."),
    ("titledlist", "Ändring i programbladet: Clown → [[Kapten Konfetti]] i andra akten."),
    ("titledlist", "Våra figurer 2. [[\"Professor Popcorn\"]] och 3. \"Robotten\" är slut i "
                   "lager."),
    ("titledlist", "Utkast: \"Karin Holm\" → [[\"Syster Sockerbit\"]] i kapitel 4."),
    ("titledlist", "Nummerlistan: 7. [[\"Pappa Plåt\"]] 8. \"Hissen\" 9. Tack och hej."),
    # a ship after a neighbour's word for ferry or ship
    ("ship", "Kierowca zgłosił, że [[prom Baltic Queen]] wypłynął z opóźnieniem."),
    ("ship", "Vi tok [[ferjen Kristina Regina]] over fjorden i morges."),
    ("ship", "Matkustimme [[laivalla Isabella]] Tukholmaan viime viikolla."),
    ("ship", "Przesyłka była na pokładzie, [[statek Maria Helena]] zawinął do Gdyni."),
    ("ship", "Bussen kjørte rett på [[fergen Anna Sofie]] etter kontrollen."),
    ("ship", "Rezerwacja na [[prom Stena Vision]] została anulowana przez przewoźnika."),
    ("ship", "Tullen bordade [[MV BALTIC ROSE]] (IMO 9418822) utanför Ystad i natt."),
    ("ship", "Boarding of the tanker [[Karin Lundh]] (IMO 9312456) found two bags of powder."),
    ("ship", "Fartyget hette [[Maria Sofia]], IMO 9234567, och låg vid kaj 4."),
    ("ship", "Inspection report: [[Stella Nordica]] (IMO no. 9387421), Gdynia, 2 December."),
    ("vehicle", "Hyresavtal: bil [[Buick Enclave]], hämtas kl. 09."),
    ("vehicle", "Forum: säljer min [[GMC Sierra]], 2019, dragkrok."),
    ("vehicle", "Rental desk: returned the [[Lincoln Aviator]] with a cracked mirror."),
)

PERSONS: Rows = (
    ("titled", "På lördag kom doktor [[Lindqvist]] till torget klockan elva."),
    ("titled", "Förskolan har bokat [[Herr Jonas Ekberg]] till sommarfesten."),
    ("titled", "I radioteatern spelar [[Jonas Ekström]] skurken som smugglar piller."),
    ("titled", "Efter pausen kom [[Moster Karin]] in med två dockor och hämtade pojken."),
    ("titled", "Barnen skrattade när [[Syster Maja]] kom in på avdelningen."),
    ("titled", "Hon köpte tabletterna av \"[[Farbror Guld]]\" vid stationen."),
    ("titled", "En kille som kallas \"[[Kapten Krok]]\" säljer piller i parken."),
    ("titled", "Han kallade sig [[Doktor Dimma]] och lovade att tabletterna var ofarliga."),
    ("titled", "Kvällens vakt var [[Fröken Lindholm]] som ringde ambulansen."),
    ("titled", "Leksaksaffären ägs av kapten [[Berglund]] som såg bytet."),
    ("titled", "Tävlingen vanns av [[Prinsessan Hanna Ekman]] från Hagaskolan, hon är tolv."),
    ("titled", "Det var under professor [[Holmgren]]s föreläsning som en student svimmade."),
    ("titled", "Vi pratade med [[Major Karlsson]] på regementet om fynden."),
    ("titled", "Ungdomarna på fritids ringde Mamma [[Lena]] när han inte vaknade."),
    ("titled", "Hennes smeknamn var \"[[Tant Tablett]]\" och hon sålde från lägenheten."),
    ("titled", "Affischen sattes upp av [[Pappa Ahmed]] och hans dotter."),
    ("titled", "Han presenterade sig som [[Doktor Dolk]] men var ingen läkare."),
    ("titled", "Efter showen pratade vi med [[Greve Carl Mörner]] som äger slottet."),
    ("titled", "I går ringde [[Kommissarie Nyberg]] från polisen i Borås."),
    ("titled", "Alla barn känner igen [[Konstapel Lindgren]] från skolbesöken."),
    ("titled", "Sagostunden i kväll leddes av bibliotekarien [[Tove Sol]] som vanligt."),
    ("titled", "Mellanstadiet ringde [[Doktor Falk]] på vårdcentralen om eleven."),
    ("titled", "Under festivalen jobbade [[Fröken Lilja]] i sjukvårdstältet, hon är "
               "sjuksköterska."),
    ("titled", "Till kalaset kom [[Kapten Storm]] från sjöräddningen och pratade om flytvästar."),
    ("named", "Hon träffade en kille som heter [[Viktor]] när hon somnade med pillren."),
    ("named", "Vi har en elev som heter [[Klara]] som vill prata om mediciner."),
    ("named", "I julas träffade han en tjej som heter [[Tilde]] och satt uppe hela natten."),
    ("named", "Baren har en bartender som heter [[Agnes Holm]] som säljer tabletter."),
    ("named", "My daughter met a guy called [[Ryan]] at the party."),
    ("named", "Förra veckan kom en kurator som heter [[Monika]] till niorna."),
    ("named", "Han tar med sig en kompis som heter [[Pelle]] till mottagningen."),
    ("named", "Vi har en granne som heter [[Selma]] som hittade en halv tablett."),
    ("named", "They have a son called [[Rufus]] who took two of the pills."),
    ("named", "Min dotter läser en bok med en vän som heter [[Malin Ek]] varje kväll."),
    ("named", "Mellanstadiet har en lärare som heter [[Harald]] som såg honom."),
    ("named", "Vi har en hund och en son som heter [[Elias]], han hittade påsen."),
    ("qtitle", "Hon sa \"ring [[Greta]] nu\" och la på."),
    ("qtitle", "En lapp med texten \"Till pappa från [[Tindra]]\" låg i lådan."),
    ("qtitle", "Han kallar sig \"[[Kungen av Backa]]\" på Telegram."),
    ("qtitle", "Ämnesraden löd \"Tips om min bror [[Jari Ojala]]\" och inget mer."),
    ("qtitle", "Kören leds av [[Maja Holm]] som valde \"Sov du lilla\" och \"Nu tändas"
               " tusen\"."),
    ("qtitle", "Vagn 7 ansvarar [[Fredrik Ek]] för, han har nummer 4."),
    ("qtitle", "Insamlingen med rubriken \"Hjälp [[Amir]] hem till mamma\" stängdes i går."),
    ("detective", "Kommissarie [[Lena Ekvall]] ringde om boken som hittades i bilen."),
    ("detective", "Beställare: inspektör [[Lejla Hodžić]], polisen i Norrbotten."),
    ("detective", "Författaren [[Stina Wallin]] vill veta hur kommissarier arbetar."),
    ("detective", "Enligt kriminalinspektör [[Jonas Berglund]] hittades filmen på telefonen."),
    ("detective", "I avsnittet intervjuas kommissarie Lena Ek och [[Nora Berg]] från tullen."),
    ("titled", "Reportern intervjuade [[Doktor Okonkwo]] på akuten om fentanyl."),
    ("titled", "Tack till [[Professor Abebe]] för föreläsningen om nitazener."),
    ("firm", "Anställd sedan 2021. Arbetsgivare: Lindström. Kontaktperson: [[Lena Holm]]."),
    ("firm", "Employer: Bonnier   Tested: [[Oskar Nyberg]]   Shift: nights"),
    ("firm", "Urinprovet lämnades hos [[Karin]] på mottagningen samma eftermiddag."),
    ("firm", "Han har bokat samtal hos [[Jonas]] om sitt spelberoende."),
    ("firm", "Vikarien kom via [[Zoran]] och stannade bara två dagar."),
    ("firm", "Alla besked om provsvaret går via [[Mikaela]], inte via oss."),
    ("firm", "Killen som sålde bor hos [[Jossan]] i Hageby sedan i somras."),
    ("firm", "Vi sov hos [[Storm]] efter festen, sa hon."),
    ("firm", "Hämta nyckeln hos [[Stig-Arne]] i vakten."),
    ("firm", "[[Per Holm]] (montör, Caverion) hittade påsen bakom elskåpet."),
    ("firm", "Mvh [[Therese Lund]], inköpare, Axfood"),
    ("firm", "[[Lars Ek]], skyddsombud, Assemblin\n070-174 06 18"),
    ("firm", "Förrådet i källaren hyrs av [[Grönberg]] sedan flera år."),
    ("firm", "Beställare: [[Pernilla Ström]] (platschef)"),
    ("firm", "Provet togs av sjuksköterskan [[Wallin]] hos företagshälsan."),
    ("firm", "The sample went via [[Ahmed]] on the night shift to the lab."),
    ("firm", "Kund: [[Agnes Holmqvist]], lägenhet 1102, städning efter festen."),
    ("firm", "Hon bor hos doktor [[Lindqvist]] under terminen."),
    ("firm", "Arbetsgivaren: Schneider. Närmaste chef: [[Erik Sandberg]]."),
    ("firm", "Bussföraren [[Nils Åström]] är anställd hos Keolis."),
    ("firm", "Vi rekryterade vakterna via [[Hanna]] i receptionen."),
    ("firm", "[[Anna Sjö]], HR-partner, Attendo"),
    ("firm", "Kontakt: [[Maja Frost]] (rekryterare, Uniflex)"),
    ("firm", "Praktikplatsen ordnades via [[Elin]] på Lernia i våras."),
    ("firm", "Hon gick på stödsamtal hos [[Gunilla]] två gånger i veckan."),
    ("firm", "[[Ola Berg]], lagerchef, Dagab\nTel 010-555 12 00"),
    ("firm", "Pojken har bott hos [[Mormor Siv]] sedan i somras."),
    ("firm", "Barnen sover hos [[Kicki]] när mamma jobbar natt."),
    ("firm", "Meddelandet kom via [[Ludde]] som hade hans nummer."),
    ("firm", "Client: [[Sara Lindgren]]. Contact went through her lawyer."),
    ("firm", "Pappan, [[Mehmet]], ringde till skolan på morgonen."),
    ("firm", "Pappan jobbar för [[Karin]] på kaféet varannan helg."),
    ("firm", "Jag jobbade med [[Lindqvist]] i tre år på lagret."),
    ("firm", "She works for [[Anna Berg]] at the salon, nights only."),
    ("firm", "Han arbetade för [[Mikael]] i tre år innan han blev sjukskriven."),
    ("form", "Avtalet skrevs med [[Karin Lindström]] på firman i januari."),
    ("form", "Offert från [[Ove Hedlund]] bifogas, giltig i 30 dagar."),
    ("form", "Referenser\n1. [[Lindqvist AB]], Berg CD. Nitazener i Norden. Läkartidningen."
             " 2022;119:33."),
    ("form", "Källa: Holm KB, [[Ekström AN]], et al. Fentanyl deaths in Sweden. 2020."),
    ("form", "Städningen utförs av [[Lena Sjöberg]] varje fredag."),
    ("form", "Provsvaren skickas till [[Jonas Holmgren]] som sköter företagshälsan."),
    ("form", "Hyresvärd: Hallberg AB (förvaltare [[Ove Strand]])"),
    ("form", "Bilen är leasad via [[Mikael Nyström]] sedan i våras."),
    ("form", "Enligt [[Berg CD]], Lindqvist AB, et al. ökar dödsfallen."),
    ("form", "Delägare i firman är [[Per Lundqvist]] och hans bror."),
    ("form", "Our supplier's contact [[Anna Lindgren]] confirmed the batch number."),
    ("header", "Förnamn,Efternamn,Telefon\n[[Ola]],Sten,0701740605"),
    ("header", "Efternamn,Förnamn,Mobil,Ort\nBerg,[[Kim]],0701740612,Umeå"),
    ("header", "Namn,Roll,Telefon\n[[Tove Ek]],vakt,0701740633"),
    ("header", "Deltagare,Ålder,Grupp\n[[Sara Lind]],15,B"),
    ("header", "Kund,Tjänst,Pris\n[[Linnea Falk]],Klippning,450"),
    ("header", "Anställd,Enhet,Provdatum\n[[Omar Said]],Lager,2026-11-02"),
    ("header", "First name,Last name,Phone\nJohn,[[Hale]],+447700900123"),
    ("header", "Elev,Klass,Mentor\nNoah Lund,8B,[[Anna Berg]]"),
    ("header", "Gäst,Rum,Incheckning\n[[Mira Dahl]],204,2026-12-01"),
    ("header", "Vårdnadshavare,Barn,Telefon\n[[Lena Ek]],Ella,0701740644"),
    ("glued", "Kallelse till utvecklingssamtal hos [[Ellen]] på Vasaskolan, sal 12, tisdag kl 15."),
    ("glued", "Vi har bokat [[Selma Lagerkvist]] för terminsavslutningen i juni."),
    ("glued", "Scoutkåren samlas hos [[Gustaf Frödin]] på lördag morgon."),
    ("glued", "Matchen flyttas, säger [[Karin Boström]] i Tallbackahallen."),
    ("glued", "Lämna tillbaka böckerna till [[Vilhelm]] på biblioteket senast fredag."),
    ("glued", "Hälsningar\n[[Anna]] Rinkebyskolan"),
    ("glued", "Mentor [[Sara]] Bergskolan har sms:at om frånvaron."),
    ("glued", "Lärare [[Emil]] Tallbackaskolan ringde om bussen."),
    ("glued", "The class trip: ask [[Carl Lind]] at the upper secondary school."),
    ("glued", "Skolsköterskan [[Elsa Beskow]] på Ekskolan tar emot utan tid på onsdagar."),
    ("glued", "Vaktmästaren [[Ebba Lindqvist]] på gymnasiet hittade en vape i omklädningsrummet."),
    ("glued", "Polisen pratade med [[Tove Jansson]] på Rinkebyskolan om narkotika."),
    ("glued", "Kursen hålls av [[Nils Ferlin]] i salen en trappa upp."),
    ("glued", "Fritidsledaren [[Maja]] på Ekgården har märkt mer snus."),
    ("glued", "Efter lektionen sågs [[Ivar Holm]] röka vid torget."),
    ("glued", "Parents are invited to meet [[Astrid Lindgren]] at the school on Thursday evening."),
    ("glued", "Mötet med SSPF leds av [[Greta Garbo]] i år."),
    ("glued", "Handbollsturneringen: ring [[Birger Sjöberg]] om hallen."),
    ("glued", "Simträningen leds av [[Greta Hedin]] i Valhallabadet varje torsdag."),
    ("glued", "[[Maja Ekelöf]], kurator på Kvarnbyskolan, ringde i morse."),
    ("vape", "Mentorn pratade med [[Mary Lindholm]] i 8B under lunchen."),
    ("vape", "Vätskan köptes enligt [[Elfa]] av en kille i parallellklassen."),
    ("vape", "Fritidsledaren [[Geir]] har sett fler vapes i papperskorgarna efter lov."),
    ("vape", "Han fick THC-vätskan av [[Crystal Berg]] i nian."),
    ("vape", "Two Year 9 pupils went behind the sports hall with [[Mary Jones]]."),
    ("vape", "Hon köper vätskor av [[Hayat]] på Snapchat."),
    ("vape", "I skåpet låg en lapp till [[Tove Gerdin]] och två tomma snusdosor."),
    ("vape", "Skolsköterskan [[Elsa Lund]] visade en vape på föräldramötet."),
    ("vape", "Bilden på Instagram lades upp av [[Elfa Nyberg]] i fredags."),
    ("vape", "Vakterna beslagtog tre vapes från [[Mary]] vid entrén."),
    ("vape", "Kuratorn [[Lina Relander]] säger att det är vanligast i nian."),
    ("vape", "Vi har pratat med [[Juul]] om vapen i omklädningsrummet."),
    ("straddle", "Närvarande: [[Anna Lindqvist]], Maja Berg, Erik Holm."),
    ("straddle", "Kontakta Eva Strand, [[Jonas Ek]] eller skolsköterskan."),
    ("straddle", "Vittnen: [[Lindqvist, Maja]], 070-174 06 18."),
    ("straddle", "Misstänkt: [[HOLMGREN, Per]], född 1988."),
    ("straddle", "Salongen drivs av [[Ida Björk]], Dahlbergs gata 4, sedan i våras."),
    ("straddle", "I stallet jobbar [[Storm Ekman]], Silver Moon äger hon själv."),
    ("straddle", "Deltog: Lars Svensson, [[Karin Ström]], Olle Blom."),
    ("straddle", "Från: [[Berg, Anna]]\nSkickat: måndag"),
    ("userid", "Reported profile [[erik_92]] posted pill pictures twice."),
    ("userid", "Last rider account [[kalle_berg]] closed the order at 23:10."),
    ("userid", "Spelaren [[sara_88]] bannades för att ha sålt tramadol i chatten."),
    ("userid", "Kontot [[ali_k]] skapades i natt och har redan 14 annonser."),
    ("userid", "Annonsören [[jonna_lind]] har samma Swish som förra veckan."),
    ("userid", "Moderator note: account [[Bear_Johan]] removed after three reports."),
    ("thinglist", "Erbjudanden till [[Kerstin]], grannar och vänner: kaffe och bullar."),
    ("thinglist", "Jag ringde [[Holmqvist]], socialtjänsten och skolan samma dag."),
    ("thinglist", "I väskan låg [[Sofias]] mobil, grinder, tändare och en digitalvåg."),
    ("thinglist", "Vi bjöd [[Okonkwo]], Adeyemi, Nwachukwu och deras barn."),
    ("thinglist", "Hon kom med [[Lindqvist]], barnen och hunden till mottagningen."),
    ("thinglist", "Deltagare: [[Fävrek]], Brindel, Talgast och två lärare."),
    ("thinglist", "Tränare: [[Kimura Ek]], armbar-gruppen och nybörjarna."),
    ("thinglist", "Packlista från [[Trangia Holm]]: sovsäck, kök och pannlampa."),
    ("thinglist", "Matbanken: [[Maja]] hämtade mjölk, ägg, knäckebröd och ris."),
    ("thinglist", "I beslaget låg [[Nellys]] mobil, grinder, tändare och påsar."),
    ("thinglist", "Vaktmästaren saknar bollar, racketar och [[Wilson Ek]] sedan lovet."),
    ("thinglist", "Packlista: sovsäck, tandborste, plåster – fråga [[Felix]] om tältet."),
    ("thinglist", "Kiosken: [[Calvin]] köpte snus, tändare och två läsk."),
    ("deskphone", "Shop owner [[Ali Demir]] 070-174 06 33 says the till was short."),
    ("deskphone", "Kontakta [[Anette Sjöstedt]] på 011-15 00 00 (vxl) efter lunch."),
    ("deskphone", "Front desk: [[Lisa Ek]] tonight, 08-465 004 12."),
    ("deskphone", "Duty manager [[Hanna Lindvall]] 070-174 06 18 (switchboard after 22)."),
    ("deskphone", "Телефон [[Светланы Бондарь]] 070-174 06 40."),
    ("deskphone", "Pharmacist [[Omar Said]], pharmacy number 08-465 004 70."),
    ("cast", "Rollista, skolans vårspel: MORMOR ELSA (spelas av [[Tindra Holm]]), GRANNEN (Leo "
             "Åberg)."),
    ("cast", "Manus, scen 4\nROLLER: BENGT (spelas av [[Omar Lind]]), VAKTEN (Pia Stål)\nBENGT: Ge "
             "mig påsen."),
    ("cast", "Dubbningsstudion, take 12: Kapten Frost ([[Jonas Ekholm]]) säger \"ta pillret\" för "
             "fort."),
    ("cast", "Continuity, Sc. 8, take 2\nLena Myrberg ([[Sofia Karlsson]]) drops the syringe with "
             "her left hand."),
    ("cast", "Audition notes: the part of Greta Ulv – played by [[Nora Ekdahl]] – needs a stronger "
             "cough."),
    ("cast", "Skådespelaren [[Mira Tell]] (spelar \"Svea\") svimmade under generalrepetitionen."),
    ("cast", "The lead, [[Tom Berg]] (plays Ruben), asked whether the fake pills look real."),
    ("cast", "Cue list \"Carmen\" (Norrlandsoperan), Act II\nC210 Carmen: No more.\nOperator: "
             "[[Maja Lindfors]]"),
    ("cast", "Hörspel, inspelning scen 3: Ivar Holm ([[Niklas Sand]]) tar fram flaskan med "
             "metadon."),
    ("cast", "Läsning av manus, scen 5: KNUT ([[Ali Berg]]) och MAJKEN (Vera Ström) grälar om "
             "flaskan."),
    ("cast", "Regiassistenten: ROBIN (spelas av [[Elis Nord]]) ska inte röka i scen 7."),
    ("cast", "Fritidsgården, scen 2 i talangjakten\n[[Amira]]: kan någon hämta vatten? hon mår "
             "dåligt"),
    ("cast", "Gruppchatt teatergruppen (scen 3 i morgon)\n[[Jonas Ek]]: Vera tog två av mammas "
             "tabletter innan repet."),
    ("cast", "Anteckning efter repet, akt 2: [[Elsa Dahl]] (mamma till Tindra) ringde om "
             "tabletterna."),
    ("cast", "Take 4 stoppades när [[Nora Ekdahl]] svimmade; sjukvårdaren Leo Falk kom direkt."),
    ("cast", "Inspelningsdag 3, scen 14: ring [[Kim Rask]] (inspelningsledare) om någon blir "
             "sjuk."),
    ("cast", "Script supervisor: [[Marit Hallberg]], 070-174 06 21, scene 12 notes attached."),
    ("cast", "Producenten [[Ola Vinge]] (Sveriges Radio) vill veta om \"kristall\" låter rätt i "
             "manus."),
    ("village", "Ute på gården sprang [[Olle Ekholm]] runt utan jacka."),
    ("village", "Bonden på gården, [[Per Granlund]], ringde 112."),
    ("village", "Lantbrukaren [[Berglund]] på gården hittade påsen."),
    ("village", "I byn bor [[Sara Sandberg]] med sina två barn."),
    ("village", "På ön träffade vi [[Nils Holmqvist]] som hyr ut stugor."),
    ("village", "Ring [[Karin Wallin]] på herrgården om nyckeln."),
    ("worklist", "Karaokevärden [[Lena]] sjöng \"Dancing Queen\" och \"Waterloo\" själv."),
    ("worklist", "I hans telefon hette kontakterna \"Bella\", \"Tom\" och \"[[Sara]]\"."),
    ("worklist", "Hon skrev \"[[Jolene]] kommer inte\" och loggade ut."),
    ("worklist", "Bokcirkeln leds av [[Anna Karlsson]] som valde \"Holes\" och \"Wonder\"."),
    ("worklist", "Låten \"Jolene\" sjöngs av [[Carola Ekström]] i finalen."),
    ("worklist", "DJ:n [[Linus]] \"Lucky\" Berg spelade \"Macarena\" två gånger."),
    ("worklist", "Han kallar sig \"[[Rosita]]\" på Snapchat och säljer piller."),
    ("worklist", "Låtlistan skickades av [[Maria]] till bandet i går."),
    ("worklist", "Filmklubben: ring [[Amélie Ek]] om nyckeln till salen."),
    ("worklist", "Vittnena kallade honom \"Calle\", \"[[Schewen]]\" och \"Lasse\"."),
    ("worklist", "Playlist made by [[Billie]] for the spinning class, she says hi."),
    ("worklist", "Operakören: [[Tosca Lind]] sjunger solo i \"Carmen\"."),
    ("unitname", "På äldreboendet jobbar [[Ingrid]] natt sedan i våras."),
    ("unitname", "Personalen på gruppboendet, [[Vendela Ek]], ringde i morse."),
    ("unitname", "På förskolan [[Ronja Berg]] arbetar det fem pedagoger."),
    ("unitname", "I tältet sov [[Tove]] med två kompisar."),
    ("unitname", "Vi ringde serviceboendet och [[Solveig]] svarade direkt."),
    ("unitname", "Från förskolan hämtade [[Pippi]]s pappa henne tidigt."),
    ("unitname", "Utanför salen väntade [[Selma]] på sin tur."),
    ("unitname", "På LSS-boendet [[Amanda]] bor sedan två år tillbaka."),
    ("unitname", "Mottagningen: [[Astrid]], 070-174 06 28."),
    ("unitname", "Rapport från korttidsboendet av [[Vera Lind]], natten mot fredag."),
    ("unitname", "I konferensrummet satt [[Greta]] och väntade."),
    ("unitname", "Tack till hela boendet, särskilt [[Margareta]]!"),
    ("placeafter", "Skolsköterska [[Rut Engdahl]], Selma Lagerlöfs skola, ringde om pillren."),
    ("placeafter", "Kontakt: kurator [[Lena Strömberg]], Karin Boyes gymnasium, växel."),
    ("placeafter", "Vittnen: [[Ekdahl, Nils]], Sara Holm och Erik Berg."),
    ("placeafter", "Från: [[Lindblad, Maja]]\nÄmne: rektorns brev"),
    ("placeafter", "Jourhavande Sofia Berg, [[Ellen Ek]], såg två langare."),
    ("vehicle", "Hyrdisken: [[Marco Lind]] vill byta till en större bil för helgen."),
    ("vehicle", "Tow log 22:15: driver [[Lincoln Hayes]] called from the lay-by."),
    ("vehicle", "Däckhotellet: [[Mercedes Svensson]] hämtar sina vinterdäck fredag."),
    ("vehicle", "Wypożyczalnia: klient [[Karol Nowak]] oddał auto z pustym bakiem."),
    ("vehicle", "Forum: [[Ford Lindqvist]] skriver att hans Volvo drar olja."),
    ("vehicle", "Bruktbilforum: [[Ingrid Haugen]] selger sin Škoda Karoq."),
    ("ship", "Befälhavaren på färjan, [[Birger Holm]], larmade tullen."),
    ("ship", "Ferry line: purser [[Danica Ross]] handed the passenger list to police."),
    ("ship", "På båten träffade vi [[Peter Sandberg]] som jobbar i kiosken."),
    ("ship", "Hurtigruten: kaptein [[Finn Marken]] ringte fra Bodø."),
    ("ship", "Styrman [[Karin Boström]] hittade påsen på bildäck."),
    ("tradefirm", "Däckhotellet: [[Mats Svensson]] hämtar hjulen på torsdag."),
    ("tradefirm", "Vi åt middag hos [[Svenssons]] efter bärgningen."),
    ("tradefirm", "Bärgaren [[Nils Nilsson]] körde bilen till verkstaden."),
    ("tradefirm", "Chauffören [[Per Andersson]] kör taxi i Kalmar."),
    ("tradefirm", "Åkaren [[Lars Lindberg]] ringde om grusleveransen."),
    ("tradefirm", "Fakturan skickades till [[Anna Jonsson]] på verkstaden."),
    ("tradefirm", "Tow log: [[Olsson]] drove the truck back to the depot."),
    ("tradefirm", "Vi firade midsommar hos [[Lindbergs]] i år."),
    ("tradefirm", "Verkstadsbok: [[Ekberg]] bytte bromsarna själv i Luleå."),
    ("tradefirm", "Vi hälsade på [[Sandbergs]] i stugan efter däckbytet."),
    ("tradefirm", "Chauffören [[Lina Holmberg]] körde taxin till sjukhuset."),
    ("tradefirm", "Bärgaren [[Jonas Åberg]] tog bilen till verkstaden."),
    ("qword", "En kille som kallas \"[[Shadow]]\" säljer piller vid stationen."),
    ("qword", "Hon köpte tabletterna av \"[[Hammaren]]\" bakom affären, sa hon."),
    ("qword", "Bror min, \"[[Bosse]]\", har inte svarat sedan i fredags."),
    ("qword", "I går kom \"[[Ghost]]\" förbi igen och ville låna pengar."),
    ("qword", "Min kompis \"[[Lillen]]\" tog två och somnade på soffan."),
    ("qword", "Han kallar sig \"[[Professorn]]\" och säljer på Telegram."),
    ("qword", "Kassören \"[[Micke]]\" har inte lämnat kvittona än."),
    ("qword", "Vi pratade med \"[[Tiger]]\" som jobbar i baren om natten."),
    ("qword", "Säljaren \"[[Blixten]]\" skickade paketet med posten."),
    ("glued", "Informationsmötet hålls av [[Greta Lindberg]] på plan två klockan tio."),
    ("glued", "Vi har bokat [[Alfred Nyström]] till personalfesten i december."),
    ("glued", "Skyddsronden leds av [[Gustaf Dahl]] från garaget."),
    ("glued", "Handledaren [[Tage Eriksson]] träffar gruppen varannan tisdag."),
    ("glued", "Hälsningar\n[[Emma]] Kvarnbyskolan"),
    ("glued", "Mentor [[Tove]] Ekbackaskolan har ringt om frånvaron."),
    ("glued", "Vaktmästare [[Raoul Persson]] patrullerar runt parken på nätterna."),
    ("glued", "Brandövningen leds av [[Povel Sandberg]] på fredag."),
    ("glued", "Lärare [[Nils]] Rinkebyskolan ringde om bussen."),
    ("signunit", "Provet förseglades kl 07.40, sign. [[MNB]], och skickades med bud."),
    ("signunit", "Avvikelsen är registrerad i systemet.\nSign. [[KL]]"),
    ("signunit", "Läkemedlen räknades och låstes in, sign. [[AHJ]] kl 22.10."),
    ("signunit", "Beslutet är fattat och arkiverat. Signerat: [[PE]]"),
    ("signunit", "Fakturan är attesterad och betald, sign. [[JOS]] 2026-11-30."),
    ("signunit", "Provröret mottogs obrutet, sign. [[TK]] 14:05."),
    ("signunit", "Journalanteckningen är låst, signatur [[BLH]], efter kontroll."),
    ("signunit", "Inventering av skåpet klar. Sign. [[MR]]"),
    ("signunit", "Nycklarna lämnades tillbaka till receptionen, sign. [[ES]]."),
    ("titledlist", "Körschema: 1. Intro 2. [[Karin Holm]] sjunger 3. Paus 4. Final"),
    ("titledlist", "Scenordning i kväll: 3. Moster [[Lena Ek]] (med trumpet) 4. Allsång"),
    ("titledlist", "Namnbyten i manuset: \"Doktor Dimma\" → \"[[Per Ek]]\" på sidan 12."),
    ("titledlist", "Talare: 1. Syster [[Maja Lund]] 2. rektorn 3. polisen"),
    ("titledlist", "Vakter i kväll: 5. Farbror [[Nils Berg]], 6. Tant Ulla, 7. Omar."),
    ("titledlist", "Ändring: Emir → Farmor [[Greta Sand]] hämtar barnen i stället."),
    ("titledlist", "Ansvariga 2. Doktor [[Okafor]] och 3. sjuksköterskan på avdelningen."),
    ("titledlist", "Utkast: \"Syster Sockerbit\" → \"[[Karin Holm]]\" i kapitel 4."),
    ("titledlist", "Jourlistan: 7. Mamma [[Lena]] 8. Pappa Omar 9. grannen."),
    ("ship", "Kierowca [[Jan Kowalski]] zgłosił, że prom wypłynął z opóźnieniem."),
    ("ship", "At prom [[Anna Lindqvist]] danced with her brother all night."),
    ("ship", "Matkustaja [[Mikko Virtanen]] sairastui laivalla viime viikolla."),
    ("ship", "Kapitan [[Marek Nowak]] powiadomił straż graniczną."),
    ("ship", "Styrman [[Karin Boström]], fartyget IMO 9312456, hittade påsen."),
    ("ship", "Lotsen [[Anna Berg]] (IMO-certifikat) gick ombord vid Vinga."),
    ("ship", "Kaptenen [[Lars Wikström]] ringde om IMO-reglerna i morse."),
    ("ship", "Bussjåføren [[Kari Nordmann]] kjørte rett på fergen etter kontrollen."),
)




if __name__ == "__main__":
    sys.exit(run_families(NEGATIVES, PERSONS))
