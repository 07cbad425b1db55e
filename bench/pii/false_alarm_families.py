"""Hard negatives of the families the scanner most often takes for people, each beside persons
written in the same frames: the share of negatives flagged and of persons found, per family.

    python bench/pii/false_alarm_families.py [-v]

The families: a business or venue named with a place or a generic word (`Studio Ljusgården
Skövde`), a workout, hold, diet or exercise named like a person, a work, character, band or
song, a drink, dish or product, a quoted label, and a shop's or brand's account. Each sentence
holds one target (`[[...]]` marks it); a negative counts as flagged when a finding that would be
masked overlaps it, a person as found when a PERSON finding covers it. A third of the sentences
(`crc32(text) % 3 == 0`, the text with its marks removed) is kept out of tuning: its figures are
printed apart, the check that a rule fits the family and not the sentences it was written from.
`-v` prints every negative flagged and every person missed.
"""

from __future__ import annotations

import sys

from marks import run_families

# (family, sentence with its target in [[ ]]); all names are made up.
NEGATIVES: tuple[tuple[str, str], ...] = (
    # a business, club or venue named with a place or a generic word
    ("venue", "Jag jobbar i receptionen på [[Pulsen Gym Alingsås]] och vi hittade sprutor i "
              "omklädningsrummet."),
    ("venue", "Larmet gick två gånger i natt på [[Kraftverket Fitness Tumba]], dörren stod öppen."),
    ("venue", "Frisören [[Salong Sax Hökarängen]] har fått en lapp om Lyrica i brevlådan."),
    ("venue", "Avvikelse från [[Träningsboxen Hageby]]: en medlem svimmade vid roddmaskinen."),
    ("venue", "Our studio, [[Yoga Loft Liljeholmen]], found a bag of pills in the changing room."),
    ("venue", "Caféet [[Bönan Kafé Gamlestaden]] säljer inte energidryck till barn längre."),
    ("venue", "Vi på [[Klätterhallen Vertikal Solna]] vill rapportera en händelse från i lördags."),
    ("venue", "Nagelsalongen [[Glamour Nails Rinkeby]] erbjuder tydligen injektioner i bakrummet."),
    ("venue", "The bar [[Copper Kettle Haga]] had two guests collapse after midnight."),
    ("venue", "Kroppsbyggarna på [[Iron Temple Borlänge]] pratar öppet om testosteron."),
    ("venue", "Tävlingen [[Strongman Visby]] hade dopingkontroll för första gången."),
    ("venue", "Avdelningen skickade remiss till [[Beroendemottagningen Norra]] i går."),
    ("venue", "Sprutorna hittades bakom [[Padelhallen Ekholmen]] vid cykelstället."),
    ("venue", "Personalen på [[Hälsostudion Björkdalen]] har sett en man sälja tabletter."),
    ("venue", "Salongen [[Brow Bar Vasastan]] har slutat med fillers efter klagomålen."),
    ("venue", "Simhallen [[Vattenpalatset Kungsbacka]] stänger bastun efter fyndet."),
    ("venue", "Jag tränar på [[Crossfit Bergsjön]] och en kompis köpte clenbuterol där."),
    ("venue", "Ett event på [[Skybar Slussen]] slutade med att två gäster fick åka ambulans."),
    ("venue", "Kort rapport från [[Body Factory Karlstad]] efter helgens tävling."),
    ("venue", "Mötet hölls på [[Golden Lion Hallstahammar]] och två gäster somnade i baren."),
    ("venue", "Vi driver [[Barber King Mölndal]] och en kund glömde en påse tabletter."),
    ("venue", "Jag jobbar kvällar på [[Crown Fitness Nacka]], någon säljer SARMs i "
              "omklädningsrummet."),
    ("venue", "Tävlingen [[Iron Lady Motala]] hade två positiva prov i år."),
    ("venue", "Larm från [[Pump House Sundbyberg]] i natt: dörr 2 öppen i tio minuter."),
    ("venue", "Sprutor i papperskorgen utanför [[Royal Nails Gränby]] igen."),
    ("venue", "Personalen på [[Happy Body Lidköping]] vill ha material om doping."),
    # a venue, stage or thing named by the lower-case word after it
    ("after", "Bråket började vid [[Nils Dacke]] scenen strax efter midnatt."),
    ("after", "Two guests were sick near the [[Oscar Wilde]] bar after the show."),
    ("after", "Hon fick remiss till [[Lotus]] mottagningen på sjukhuset."),
    ("after", "Vi står i [[Greta Garbo]] tältet hela helgen med vatten och information."),
    ("after", "Staff at the [[Selma]] stage handed out earplugs and water."),
    ("after", "Han köpte [[Farbror Grön]] kryddor och två paket te i butiken."),
    ("after", "Matchen spelades på [[Lilla Valla]] konstgräs i regnet."),
    # a workout, hold, diet or exercise named like a person
    ("move", "Lördagens pass blir [[Helen]], sedan Diane på söndag – det är alltså pass, inga "
             "personer."),
    ("move", "Dagens benchmark: [[Isabel]], 30 snatches på tid."),
    ("move", "We ran [[Karen]] today: 150 wall balls for time, two members felt dizzy."),
    ("move", "Efter passet [[Annie]] (dubbelhopp och situps) klagade han på hjärtklappning."),
    ("move", "Han låste [[Kimura]] för hårt på rullningen och axeln gick ur led."),
    ("move", "Vi drillade [[Ezekiel]] från mount, sedan armbar och triangel."),
    ("move", "Hon har kört [[Dukan]] i tre månader och tar dessutom fettförbrännare."),
    ("move", "Kosten följer [[Atkins]] och han dricker fyra energidrycker om dagen."),
    ("move", "Sista övningen var [[Zercher]] squats med tung stång."),
    ("move", "Programmet har [[Pallof]] press och marklyft två gånger i veckan."),
    ("move", "Fick ont i ryggen efter [[Jefferson]] curls med för mycket vikt."),
    ("move", "Today's finisher is [[Cindy]]: 20 minutes of pull-ups, push-ups and squats."),
    ("move", "Dieterna i studien: Dukan, [[Hay]] och Atkins, alla med låg andel kolhydrater."),
    ("move", "Workouts on the whiteboard: [[Grace]], Isabel and Diane, scaled for beginners."),
    ("move", "Övningar i programmet: Zercher, [[Pallof]] och Jefferson, tre set vardera."),
    ("move", "Lifts for the meet: [[Hercules]] hold, Conan's wheel and the Husafell stone."),
    # a work, character, band or song
    ("work", "På kvällens spellista stod [[\"Elvira\"]], \"Gunilla\" och \"Hanna från "
             "Hägersten\"."),
    ("work", "Bandet [[Kusin Klasse]] spelade till midnatt och sedan var det disco."),
    ("work", "I serien säger kommissarie [[Vera Malm]] att fentanyl har kommit till stan."),
    ("work", "Hörspelets huvudperson, [[Doktor Frost]], säljer sömnmedel på svarta marknaden."),
    ("work", "Kören övade in [[\"Klara Sol\"]] och två julsånger inför konserten."),
    ("work", "I pjäsen spelar Tom Ek fadern och hans dotter [[Lisen]] hittar pillren."),
    ("work", "Huvudakten [[Ebba Grön]] drog flest besökare på lördagen."),
    ("work", "Kapitel 4 handlar om hur [[Kapten Kalas]] smugglar godis till ön."),
    ("work", "The novel follows [[Detective Rosa Lind]] as she tracks a ketamine ring in Malmö."),
    ("work", "Serietidningen [[Agent Olle]] har ett avsnitt om hasch i skolan."),
    ("work", "Låten [[\"Jenny från kvarteret\"]] spelades tre gånger under natten."),
    ("work", "I spelet styr man [[Greven av Gruset]] genom en stad full av langare."),
    ("work", "Dockteatern visar [[Lilla Stina]] som hittar en burk piller på vinden."),
    # a drink, dish or product
    ("product", "I baren serverades [[Tom Collins]] och alkoholfri öl hela kvällen."),
    ("product", "Gästen beställde en [[Bloody Mary]] och blev sedan väldigt yr."),
    ("product", "Till lunch blev det [[Janssons frestelse]] och sill."),
    ("product", "Vi sålde slut på [[Shirley Temple]] och vatten redan vid tiotiden."),
    ("product", "Kunden köpte [[Lady Mild]] hårfärg och två förpackningar receptfri värktablett."),
    ("product", "Proteinpulvret [[Max Muskel]] innehöll enligt labbet spår av SARM."),
    ("product", "Hon blandade [[Tante Gerda]] glögg med sömntabletter, sa hon."),
    ("product", "Desserten [[Pavlova]] fick gå tillbaka efter att en gäst hittat en tablett."),
    ("product", "The shake [[Big Ben]] from the gym café contains caffeine and yohimbine."),
    ("product", "Krämen [[Glow Gudrun]] säljs i salongen utan innehållsförteckning."),
    ("product", "Menyn: Fish & chips, [[Pytt Elsa]] och veckans soppa."),
    # a quoted label, alias or nickname of a thing
    ("quoted", "Påsen var märkt [[\"Sigge\"]] med tusch och innehöll vita kristaller."),
    ("quoted", "Lagets namn är [[\"Mammutarna\"]] och de vann finalen."),
    ("quoted", "Råttorna i bur 3 ([[\"Harry\"]] och \"Hermione\") visade inga symtom."),
    ("quoted", "Projektet kallas internt [[\"Nattugglan\"]] och gäller uteserveringar."),
    ("quoted", "Rummet vi kallar [[\"Gröna Greta\"]] används för samtal med föräldrar."),
    ("quoted", "Protokollet [[\"Stålmannen\"]] är ett ämne för diskussion, inget råd."),
    ("quoted", "Gruppen [[\"Sömnlösa Sara\"]] på Facebook delar tips om melatonin."),
    ("quoted", "The boat \"Sea Dog\" and the jet ski [[\"Lucky Luke\"]] were searched at the "
               "pier."),
    # a shop's or brand's account
    ("handle", "Pillren beställdes från kontot [[@sleepwell_store]] på Instagram."),
    ("handle", "Sprayen kom från [[@bronzegoddess_shop]] och saknade etikett."),
    ("handle", "The seller page [[@peptide_labs_eu]] was reported twice this week."),
    ("handle", "Kolla in [[@glowclinic_official]], de säljer botox utan läkare."),
    ("handle", "He ordered from [[@musclepharma_se]] on Telegram and paid in crypto."),
    ("handle", "Annonsen länkade till [[@slimfast_sverige]] med rabattkod."),
    ("handle", "Beställningen gick via [[@ketoglow_store]] och betalades med Swish."),
    ("handle", "The lashes came from [[@lashqueen_shop]] in a plain envelope."),
    ("handle", "Skärmdump från [[@hudvard_butik]] med priser på Melanotan."),
    ("handle", "Kontot [[@vapecloud_shop_se]] marknadsför HHC till högstadieelever."),
    # a firm named by its trade's word or compound and its owner's surname
    ("firm", "Fakturan från [[Måleriservice Lundqvist]] gäller ett jobb vi aldrig beställt."),
    ("firm", "Vi hyrde släpet hos [[Maskinuthyrning Eklöf]] och hittade en påse i lådan."),
    ("firm", "Kvittot var från [[Tobakshandeln Yilmaz]] på torget, daterat i fredags."),
    ("firm", "Han jobbar extra på [[Bilvård Markovic]] i Hallunda på helgerna."),
    ("firm", "Reklamationen gick till [[Glasmästeri Holmqvist]] men ingen svarade."),
    ("firm", "Skylten säger [[Urmakare Fridén]] men butiken säljer mest vapes."),
    ("firm", "Vi köpte ramarna hos [[Skomakare Lindgren]] vid Stora torget."),
    ("firm", "Die Rechnung von [[Bäckerei Schmitt]] kam zweimal an unsere Filiale."),
    ("firm", "Enligt [[Städfirma Rahimi]] låg kanylerna i trappan på morgonen."),
    ("firm", "Containern ställdes ut av [[Schaktservice Nyberg]] i måndags."),
    ("firm", "I går ringde någon från [[Däckhandel Osmani]] om en beställning."),
    ("firm", "Kunden sa att hon köpt glasögonen hos [[Optiker Sjödin]] i Hagfors."),
    ("firm", "Our supplier [[Fönsterputs Karlén]] sent the invoice to a private account."),
    ("firm", "Pallarna kom med [[Budfirma Haddad]] och en av dem var trasig."),
    ("firm", "Wir haben den Bus bei [[Reisen Hoffmann]] gebucht, Abfahrt um acht."),
    # a list the label before it says holds no people, whatever its items look like
    ("disowned", "Namn på våra drinkar som ser ut som personnamn: [[Harald Blå]], Sally Sour "
                 "och Gustav Gin."),
    ("disowned", "Produkter som INTE är kunder (för nya granskare): Viktor Vinter, "
                 "[[Lisa Lakrits]], Stig Sandwich."),
    ("disowned", "Names on our menu that are not people: [[Lady Grey]], Earl Benson, Mister "
                 "Mango."),
    ("disowned", "Words in the stock list that look like names: [[Rosa Lind]], Big Ben, Tom "
                 "Thumb."),
    ("disowned", "Följande är spelautomater, inte personer: [[Lucky Larry]], Fru Fortuna, "
                 "Kung Krona."),
    ("disowned", "Ord i lagerlistan som liknar namn (inga personer!): Elsa, [[Greta Grön]], "
                 "Bosse Blå."),
    ("disowned", "Hundraser och modeller som låter som folk (inte personer): Vera Vit, "
                 "[[Kalle Kork]], Tilda Tall."),
    ("disowned", "These are product lines, not persons: [[Molly Mint]], Charlie Chalk, "
                 "Ivy Ink."),
    # a character named by a title or kin word and a word for a thing
    ("character", "Barnen älskar [[Kapten Kanel]] som dyker upp i varje avsnitt."),
    ("character", "I julkalendern säger [[Tant Tomat]] att man aldrig ska ta piller från "
                  "främlingar."),
    ("character", "Showen avslutades av [[Doktor Dunder]] och hans trolleritrick."),
    ("character", "Affischen lovade [[Kung Kaos]] på stora scenen klockan nio."),
    ("character", "I filmen förklarar [[Mister Mjölk]] hur kroppen fungerar."),
    ("character", "Hon klädde ut sig till [[Prinsessan Paprika]] på maskeraden."),
    ("character", "The kids' show stars [[Captain Crumb]] and a talking dog."),
    ("character", "Efter paus kom [[Mamma Muffin]] upp på scenen och sjöng om tandborstning."),
    ("character", "Vi bokade [[Professor Popcorn]] till skolavslutningen i juni."),
    ("character", "Headlinern [[Baron Bas]] ställde in på grund av sjukdom."),
    ("character", "Tomorrow the clown [[Uncle Pickle]] visits the ward at ten."),
    ("character", "Maskeradens vinnare var klädd som [[Greve Gurka]] och fick en pokal."),
    # a quoted title credited to its author, artist or maker after a dash
    ("credit", "Kortlistan: [[\"Majvor\"]] – Linnea Ek (Atlas), \"Saltet\" – Omar Said."),
    ("credit", "Spår 2: [[\"Gunnar\"]] – Sami Berg (4:02), inspelad i Studio Lax."),
    ("credit", "Vårens läsecirkel börjar med [[\"Farbror Blå\"]] – Emil Nyström, sedan en "
               "deckare."),
    ("credit", "Nominated: [[\"Auntie Mae\"]] – Joy Okafor, and \"Salt Water\" – Ben "
               "Cole."),
    ("credit", "Utställningens verk nr 7, [[\"Sigrid i snön\"]] – Maja Holm, olja på duk."),
    ("credit", "Setlistan: 1. \"Intro\" 2. [[\"Mona\"]] – Kalle Ek 3. \"Sista dansen\"."),
    ("credit", "Vinnarbidraget [[\"Lill-Olle\"]] – Petra Sund läses upp på fredag."),
    ("credit", "Boken [[\"Tant Ester\"]] – av Karin Wall – handlar om ett beroende."),
    # a single name glossed after a dash by a work's or a stage name's word
    ("dashgloss", "Vi läste om Arnold och [[Iron Will]] – filmen, alltså – som tonåringar."),
    ("dashgloss", "Jag uppträder som [[Lill Stina]] – artistnamn, så skriv det gärna."),
    ("dashgloss", "Eleverna gillar [[Doktor Dolittle]] — boken, inte filmen."),
    ("dashgloss", "We talked about [[Mister Jones]] – the album – for an hour."),
    ("dashgloss", "Deltagarna i [[Farmen]] – programmet, inte gården – fick inga piller."),
    ("dashgloss", "Efter [[Bamse Bjørn]] – spelet – ville barnen inte sova."),
    ("dashgloss", "Han citerade [[Kalle Stropp]] – boken – i sitt tal till klassen."),
    ("dashgloss", "Hon har tittat på [[Anna Pihl]] – serien – tre gånger i år."),
    ("dashgloss", "I skolan spelade de [[Lilla Ida]] – pjäsen, inte om någon elev."),
    ("dashgloss", "The kids loved [[Ted Lasso]] – the show – during the camp."),
    ("dashgloss", "Låtskrivaren kallar sig [[Vera Vinter]] – scennamn – på Spotify."),
    ("dashgloss", "Min son läser [[Harry Hole]] — böckerna — på engelska nu."),
    ("dashgloss", "Vi spelade [[Lisa Lustig]] – låten – på avslutningen."),
    ("dashgloss", "På fritids pratar alla om [[Greta Gris]] – appen, alltså."),
    ("dashgloss", "Our podcast guest mentioned [[Rita Hayworth]] – the film – twice."),
    ("dashgloss", "Kursen använder [[Elsa Beskow]] – antologin – som läsebok."),
    ("dashgloss", "Han uppträder under namnet [[Lasse Lyx]] – artistnamnet – på krogen."),
    # a DJ's or MC's stage name: no surname after the title
    ("stage", "Klockan ett tog [[DJ Lovely Lina]] över i tältet och det blev trångt."),
    ("stage", "Kvällens värd är [[MC Moster]] och hon presenterar alla band."),
    ("stage", "The afterparty had [[DJ Nightowl]] on the decks until four."),
    ("stage", "På affischen står [[DJ Sigge Snabb]] som huvudakt på lördag."),
    ("stage", "Vi bokade [[DJ Astrid Aurora]] till skolans vårbal."),
    ("stage", "Under setet med [[MC Kalle Kanon]] svimmade två i publiken."),
    ("stage", "Efter [[DJ Tove Tornado]] var det dags för fyrverkeriet."),
    ("stage", "Fredagens klubbkväll leds av [[DJ Maja Moln]] och MC Pappa Bas."),
    # a product's edition or colourway in quotes after its make and model
    ("edition", "Retur: ett par Air Max 97 [[\"Silver Bullet\"]] med fel storlek."),
    ("edition", "Kunden lämnade in Dunk Low [[\"Panda\"]] och ville ha kontant betalt."),
    ("edition", "Listing 2231: Jordan 1 [[\"Chicago\"]], size 44, box damaged."),
    ("edition", "Vi fick in en Gibson Les Paul [[\"Goldie\"]] som pant i förra veckan."),
    ("edition", "Två par Yeezy Boost 700 [[\"Wave Runner\"]] saknas i lagret."),
    ("edition", "Köparen klagade på att Samba [[\"Wales Bonner\"]] var fejk."),
    ("edition", "The consignor sent New Balance 990 [[\"Grey Day\"]] without a receipt."),
    ("edition", "Kameran, en Leica M6 [[\"Titan\"]], såldes på auktion för 40 000 kr."),
    ("edition", "På kvittot stod Nike Air Force 1 [[\"Triple White\"]] och två par strumpor."),
    ("edition", "Hon bytte sin iPhone 15 [[\"Natural Titanium\"]] mot tabletter, säger mamman."),
)

PERSONS: tuple[tuple[str, str], ...] = (
    ("venue", "Jag jobbar i receptionen och [[Tove Sandberg]] hittade sprutor i "
              "omklädningsrummet."),
    ("venue", "Larmet gick två gånger i natt, [[Kerstin Alm]] såg att dörren stod öppen."),
    ("venue", "Frisören [[Amira Haddad]] har fått en lapp om Lyrica i brevlådan."),
    ("venue", "Avvikelse från [[Jonas Rydell]]: en medlem svimmade vid roddmaskinen."),
    ("venue", "Our receptionist, [[Hanna Lövgren]], found a bag of pills in the changing room."),
    ("venue", "Vi på klätterhallen vill rapportera att [[Leo Strand]] föll i lördags."),
    ("venue", "Personalen på gymmet har sett [[Mattias Borg]] sälja tabletter."),
    ("venue", "Jag tränar med [[Emil Wallin]] och han köpte clenbuterol där."),
    ("venue", "Gymmet ägs av [[Sanna Ekholm]] som också driver caféet."),
    ("venue", "Kontaktperson på anläggningen: [[Petra Lindqvist]], 070-174 06 55."),
    ("venue", "Kort rapport från [[Anna Lindberg]] efter helgens tävling."),
    ("venue", "Jag jobbar kvällar med [[Roger Nyberg]], han säger att någon säljer SARMs."),
    ("venue", "Personalen och [[Rose Andersson]] vill ha material om doping."),
    ("after", "Bråket började när [[Nils Dahlgren]] kom fram till scenen strax efter midnatt."),
    ("after", "Two guests were sick, and [[Oscar Wiklund]] called an ambulance."),
    ("after", "Vi står i tältet med [[Greta Holmberg]] hela helgen."),
    ("after", "[[Selma Nordin]] handed out earplugs and water at the stage."),
    ("move", "Lördagens pass leds av [[Helen Forsberg]], sedan tar Diane Ek över på söndag."),
    ("move", "Dagens benchmark vanns av [[Isabel Nyström]], 30 snatches på tid."),
    ("move", "We coached [[Karen Holt]] today; she felt dizzy after the wall balls."),
    ("move", "Efter passet klagade [[Annie Lund]] på hjärtklappning."),
    ("move", "Hon har ätit enligt Dukan i tre månader, säger [[Maria Öberg]]."),
    ("move", "[[Cindy]] ringde i morse och sa att hon inte mår bra efter passet."),
    ("move", "Tränaren [[Grace Mbeki]] såg honom ta något före passet."),
    ("move", "Deltagarna i studien: [[Hanna Dukes]], Peter Hay och Eva Atkinson."),
    ("move", "Coaches on the whiteboard: [[Grace Lindahl]], Isabel Ek and Diane Holt."),
    ("work", "På kvällens spellista valde [[Elvira Holm]] tre låtar."),
    ("work", "Basisten [[Klas Berglund]] spelade till midnatt och åkte sedan hem."),
    ("work", "Manusförfattaren [[Vera Malmgren]] vill veta hur fentanyl säljs."),
    ("work", "I pjäsen spelar [[Tom Ekdahl]] fadern, och hans egen dotter satt i publiken."),
    ("work", "Regissören [[Lisen Dahl]] ringde från teatern i morse."),
    ("work", "Förläggaren [[Stina Persson]] undrar om vi får nämna preparatet."),
    ("product", "I baren serverade [[Tom Eklund]] alkoholfri öl hela kvällen."),
    ("product", "Gästen [[Mary Svensson]] blev väldigt yr efter drinken."),
    ("product", "Kunden [[Gerda Nilsson]] köpte två förpackningar värktabletter."),
    ("product", "Krämen såldes av [[Gudrun Blom]] i salongen utan innehållsförteckning."),
    ("product", "Proteinpulvret köptes av [[Max Lindberg]] på nätet."),
    ("quoted", "Påsen hade [[Sigge Nordin]] med sig, den innehöll vita kristaller."),
    ("quoted", "Kontakta [[Harry Olsson]] om råttorna i bur 3."),
    ("quoted", "Gruppen på Facebook drivs av [[Sara Hedlund]] som delar tips om melatonin."),
    ("quoted", "Hon sa \"ring [[Greta]]\" och la på."),
    ("handle", "Pillren beställdes av [[Johan Berg]] via Instagram."),
    ("handle", "He ordered from [[Linus Karlsson]] on Telegram and paid in crypto."),
    ("handle", "Mitt konto är [[@lina_berg92]], skriv där om du vill prata."),
    ("handle", "Säljaren [[@markus_shop]] svarade aldrig på mina meddelanden."),
    ("handle", "Skriv till [[@emma.lindh]] om du vill byta skorna."),
    ("firm", "Fakturan från [[Per Lundqvist]] gäller ett jobb vi aldrig beställt."),
    ("firm", "Vi hyrde släpet av [[Ingrid Eklöf]] och hittade en påse i lådan."),
    ("firm", "Kvittot var underskrivet av [[Emre Yilmaz]] på torget."),
    ("firm", "Han jobbar extra hos [[Dragan Markovic]] i Hallunda på helgerna."),
    ("firm", "Vi ringde glasmästare [[Holmqvist]] om rutan, han kom direkt."),
    ("firm", "Optikern [[Lena Sjödin]] i Hagfors sa att kunden verkade påverkad."),
    ("firm", "Skomakaren [[Bertil Lindgren]] hittade påsen i en sko."),
    ("firm", "Die Rechnung schrieb [[Klaus Schmitt]] selbst, sagt die Filiale."),
    ("firm", "Enligt städaren [[Farah Rahimi]] låg kanylerna i trappan."),
    ("firm", "Our supplier's owner, [[Jonas Karlén]], sent the invoice to a private account."),
    ("disowned", "Kunder som ringt om beställningen: [[Harald Bergström]], Sally Nilsson."),
    ("disowned", "Personer vi pratat med (alla vuxna): Viktor Holm, [[Lisa Lindahl]], "
                 "Stig Svensson."),
    ("disowned", "Names of the guests who fell ill: [[Grey Holloway]], Earl Benson."),
    ("disowned", "Följande är spelare, inte anställda: [[Lars Nordin]], Freja Ek."),
    ("disowned", "These are the sellers, not the brands: [[Molly Larsson]], Ivy Chen."),
    ("character", "Barnen älskar kapten [[Berglund]] som kör båten varje sommar."),
    ("character", "I kvällens möte sa [[Agneta Ström]] att hon ringt polisen."),
    ("character", "Showen avslutades av doktor [[Lindqvist]] som höll ett tal."),
    ("character", "Efter paus kom mamma [[Lena]] och hämtade sitt barn."),
    ("character", "Vi bokade professor [[Hallberg]] till skolavslutningen i juni."),
    ("character", "The kids' show was hosted by Captain [[Rogers]] from the fire station."),
    ("character", "Headlinern [[Sara Bas]] ställde in på grund av sjukdom."),
    ("credit", "Kortlistan: \"Majvor\" – [[Linnea Ek]] (Atlas), \"Saltet\" – Omar Said."),
    ("credit", "Spår 2: \"Gunnar\" – [[Sami Berg]] (4:02), inspelad i Studio Lax."),
    ("credit", "Nominated: \"Auntie Mae\" – [[Joy Okafor]], and \"Salt Water\" – Ben Cole."),
    ("credit", "Hon sa bara \"ring [[Gunnar]]\" – sedan la hon på."),
    ("credit", "Kontakt: [[Maja Holm]] – konstnär, olja på duk."),
    ("dashgloss", "Vi läste om [[Arnold Holm]] – tränaren – i lokaltidningen."),
    ("dashgloss", "Jag heter [[Stina Lill]] – skriv det gärna i rapporten."),
    ("dashgloss", "Eleverna gillar [[Doris Dahl]] — läraren, inte rektorn."),
    ("dashgloss", "We talked to [[Jones Miller]] – the coach – for an hour."),
    ("stage", "Klockan ett tog DJ [[Lina Holmberg]] över i tältet och det blev trångt."),
    ("stage", "The afterparty had DJ [[Sam Lindqvist]] on the decks until four."),
    ("stage", "Vi bokade DJ [[Astrid Nyberg]] till skolans vårbal."),
    ("stage", "Efter DJ [[Tove Sandberg]] var det dags för fyrverkeriet."),
    ("edition", "Retur från [[Oskar Lindé]]: ett par Air Max 97 med fel storlek."),
    ("edition", "Bord 12 [[\"Johansson\"]] hade beställt champagne och betalade kontant."),
    ("edition", "Listing 2231 was posted by [[Nadia Haddad]], size 44, box damaged."),
    ("edition", "Vi fick in en gitarr som pant av [[Viktor Åberg]] i förra veckan."),
    ("edition", "Rum 214 [[\"Svensson\"]] checkade ut utan att betala minibaren."),
    ("edition", "The consignor [[Ella Brandt]] sent the shoes without a receipt."),
)




if __name__ == "__main__":
    sys.exit(run_families(NEGATIVES, PERSONS))
