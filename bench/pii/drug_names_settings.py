"""Substance and medicine names in the settings where warnings lose them most, beside people
with the same names set down the same way: the share of drug names flagged and of persons
found, per family.

    python bench/pii/drug_names_settings.py [-v]

Written in voices the other drug benches lack (a gym owner's group chat, a doping control
officer's report, a customs seizure list, a slimming forum, a student's nootropics thread, a
voicemail read by speech-to-text, a police report read by OCR, a warning machine-translated
from Finnish, a chain of forwarded warnings, a peer naloxone group, a Norwegian user forum, a
Danish street team, a truckers' forum, a building site's safety rep, a pharmacy's archive of
the 1960s). Families: `pied` (steroids, peptides and SARMs by their product names and gym
clippings, many shaped like given names or places: `Sema`, `Reta`, `Primo`, `Omna`),
`slimming` (slimming and weight-gain products: `Lida`, `Meizitang`, `Apetamin`),
`nootropic` (`Modalert`, `Phenibut`, `Semax`), `designer` (designer benzodiazepines and
opioids the written bench lacks), `mangled` (brands broken by OCR or dictation: `Xa nax`,
`So bril`, `oxy contin`, `Rita lin`), `nordic` (street names and brands of Norway, Denmark,
Finland and Iceland), `forwarded` (a drug in a forwarded warning's subject, heading or
bullet), `subject` (a drug as the subject of a person's verb: `Tina gör dig paranoid`),
`archive` (the old names of a pharmacy's or a court's archive: `Preludin`, `Mandrax`),
`trades` (drugs of work outside care: site, road, kitchen, boat), `shouted` (Emma, Henry,
Jack and Kat in a line of capitals or in lower case beside a substance: `HENRY MED
FENTANYL`, `köpte emma och ketamin`), `inverted` (a naming verb, the drug's word, then its
name, as Swedish word order has it after an adverbial: `I Umeå kallas pillren Stina`).

A drug name counts as flagged when a finding that would be masked overlaps it; a person as
found when a PERSON finding covers the name. A third of the sentences (`crc32(text) % 3 ==
0`, the text without its marks) is kept out of tuning; `-v` prints every drug flagged and
every person missed. All names and people are made up.
"""

from __future__ import annotations

import sys

from marks import run_families

NEGATIVES: tuple[tuple[str, str], ...] = (
    # steroids, peptides, SARMs by product names and gym clippings
    ("pied", "Kör 10 mg [[Ostarine]] om dagen nu, vecka tre, inga biverkningar än."),
    ("pied", "Någon som testat [[Ligandrol]] inför tävling? Vill inte tappa styrka."),
    ("pied", "Dopingkontrollen hittade [[Cardarine]] och spår av stanozolol i provet."),
    ("pied", "[[Sustanon]] 250 två gånger i veckan, sen PCT med Nolvadex."),
    ("pied", "Tullen stoppade ett paket med 40 ampuller [[Omnadren]] från Polen."),
    ("pied", "Han kör [[Primo]] och lite Masteron inför sommaren, säger ägaren."),
    ("pied", "[[Sema]] 0,5 mg i veckan och han har tappat 12 kilo, köpt från en sida i Kina."),
    ("pied", "Reta är nya grejen på gymmet, alla pratar om [[Reta]] och tirzepatid."),
    ("pied", "Beslag i Malmö: 30 flaskor [[Dianabol]], 12 burkar Anadrol, 5 kit Jintropin."),
    ("pied", "Tog [[Winstrol]] i sex veckor och lederna värker fortfarande."),
    ("pied", "[[Ipamorelin]] och CJC blandat i samma spruta, kvällen före sömn."),
    ("pied", "Kit med [[Hygetropin]] säljs för 2 500 kr på Telegram, var försiktiga."),
    ("pied", "[[Proviron]] tar jag för libidon, 25 mg varannan dag."),
    ("pied", "Fick tag i [[Melanotan]] via en solariekund, nu har jag illamående."),
    ("pied", "Kurplan: vecka 1–12 Test E, vecka 1–8 [[Boldenone]], Arimidex vid behov."),
    ("pied", "Han säljer [[Turinabol]] i omklädningsrummet, 400 kr burken."),
    ("pied", "[[Nolva]] och Clomid i fyra veckor efter kuren, sa tränaren."),
    ("pied", "RAD-140 eller [[Testolone]], det är samma sak, köp inte från Amazon."),
    ("pied", "Provet visade [[Trenbolon]] och han stängs av i fyra år."),
    ("pied", "Jag har [[Aromasin]] hemma om tuttarna börjar svälla."),
    # slimming and weight-gain products
    ("slimming", "Bantningspillret [[Lida]] innehöll sibutramin enligt Läkemedelsverket."),
    ("slimming", "Hon köpte [[Meizitang]] på nätet och fick hjärtklappning."),
    ("slimming", "[[Apetamin]] säljs på Instagram för att få större rumpa, varnar apoteket."),
    ("slimming", "Mina kollegor tar [[Saxenda]] privat, beställt från Turkiet."),
    ("slimming", "Falska [[Ozempic]]-pennor har hittats i Sverige."),
    ("slimming", "Han har kört [[Mounjaro]] sedan februari och ätit nästan inget."),
    ("slimming", "[[Reductil]] drogs in för länge sedan men säljs fortfarande på nätet."),
    ("slimming", "Kapslarna heter [[Fruta Planta]] och innehåller en förbjuden substans."),
    ("slimming", "Tar [[Clenbuterol]] och T3 för att hålla vikten, hjärtat rusar."),
    ("slimming", "Kompisen tar [[Xenical]] men fuskar med helgerna."),
    ("slimming", "[[Wegovy]] är slut på alla apotek, folk köper på Wish istället."),
    ("slimming", "Testet av [[Slim Xtreme]] visade sibutramin och fenolftalein."),
    # nootropics
    ("nootropic", "Inför tentan körde halva korridoren [[Modalert]] från Indien."),
    ("nootropic", "[[Phenibut]] gör mig lugn men abstinensen är brutal."),
    ("nootropic", "Jag tar [[Semax]] i näsan varje morgon, 600 mcg."),
    ("nootropic", "[[Noopept]] 10 mg och koffein, sen pluggar jag sex timmar."),
    ("nootropic", "Han beställde [[Waklert]] och Artvigil från samma sida."),
    ("nootropic", "Tianeptin säljs som [[Stablon]] i Frankrike och som tillskott i USA."),
    ("nootropic", "Vi har sett flera fall av [[Tianeptine]]-beroende på mottagningen."),
    ("nootropic", "[[Piracetam]] gjorde ingenting för mig, pengarna i sjön."),
    ("nootropic", "Selank och [[Semax]] köps från ryska sidor, ingen vet vad som är i."),
    ("nootropic", "[[Bromantane]] är dopingklassat men säljs som nootropikum."),
    ("nootropic", "Kanna och [[Kratom]] finns i smoke shops i Berlin."),
    ("nootropic", "[[Mildronate]] tar han före matcherna, trots att det är förbjudet."),
    # designer benzodiazepines and opioids
    ("designer", "Fynd i tablett: [[Pyrazolam]] 0,5 mg, säljs som Xanax."),
    ("designer", "[[Flubromazepam]] sitter i kroppen i veckor, räkna inte med att sova."),
    ("designer", "Vi såg [[Metizolam]] i två prover från häktet."),
    ("designer", "[[Phenazepam]] kom i flytande form, 1 mg per droppe."),
    ("designer", "Hon hade tagit [[Fenazepam]] och vaknade inte på hela dagen."),
    ("designer", "[[Gidazepam]] säljs som lugnande på ryska sidor."),
    ("designer", "Labbet fann [[Adinazolam]] och spår av koffein."),
    ("designer", "[[Spirochlorphine]] har hittats i Norge, varnar folkhälsoinstitutet."),
    ("designer", "[[Xylazin]] i heroinet ger sår som inte läker."),
    ("designer", "Pulvret var [[Bucinnazine]], en opioid från Kina."),
    ("designer", "[[Medetomidin]] har börjat dyka upp i beslag i USA."),
    ("designer", "Tabletter märkta M30 innehöll [[Orphine]] i stället för oxykodon."),
    # a brand broken into pieces by speech-to-text or OCR, more writers
    ("mangled", "Röstbrevlådan, automatisk text: jag har slut på [[Venla Faxin]] och mår "
                "skit"),
    ("mangled", "talsvar: min son tar [[Mirta Zapin]] för att sova men säljer resten"),
    ("mangled", "Transkriberat samtal: hon har köpt [[Gaba Pentin]] av en granne, 300 mg."),
    ("mangled", "röstmeddelande: tog två [[Oxa Zepam]] och en öl, mår konstigt"),
    ("mangled", "Skannat brev: han ber om mer [[Pre Gabalin]] eftersom kartan tog slut."),
    ("mangled", "diktat: pat uppger intag av [[Ven Lafaxin]] 150 mg och alkohol"),
    ("mangled", "Textat samtal: fick [[Tram Adol]] av kusinen, 50 mg, tog fyra."),
    ("mangled", "OCR-läst kvitto: [[Sero Quel]] 25 mg 100 st, betalt kontant"),
    ("mangled", "röstmemo till mig själv: köp inte mer [[Lyri Ca]] från killen i porten"),
    ("mangled", "talsvar: hon har tagit [[Zolpi Dem]] och går i sömnen"),
    ("mangled", "transkriberad intervju: vi körde [[Kloner Zepam]] hela helgen"),
    ("mangled", "Dikterat: Patienten har fått [[Dia Zepam]] 10 mg rektalt."),
    # common street names in capitals or lower case beside a substance
    ("shouted", "BRÅDSKANDE: [[HENRY]] MED NITAZENER I HELSINGBORG, SPRID VIDARE"),
    ("shouted", "fick tag på [[henry]] och lite subutex i parken igår"),
    ("shouted", "VARNING FÖR [[EMMA]] MED PMMA PÅ FESTIVALEN I HELGEN"),
    ("shouted", "köpte [[emma]] och två gram ketamin inför festen"),
    ("shouted", "SÄLJER [[KAT]] OCH KETAMIN, DM FÖR PRIS"),
    ("shouted", "ANALYS: [[HENRY]] OCH FENTANYL I SAMMA PÅSE"),
    ("shouted", "nån som har [[henry]] eller oxy? betalar direkt"),
    ("shouted", "TVÅ DÖDA EFTER [[HENRY]] BLANDAT MED XYLAZIN"),
    ("shouted", "hittade [[emma]] och mdma-kristaller i hans rum, vad gör jag"),
    ("shouted", "RAPPORT: [[JACK]] OCH FENTANYL BESLAGTAGET I GÄVLE"),
    ("shouted", "säljer [[jack]] och oxy i dm, snabb leverans"),
    ("shouted", "OBS [[EMMA]] SPETSAD MED PMA, TESTA ALLTID"),
    # brands broken by OCR or dictation
    ("mangled", "Meddelande från telefonsvararen: hej det är jag, har du kvar några [[Xa nax]] "
                "från i helgen?"),
    ("mangled", "Röstmeddelande: han har tagit typ fem [[So bril]] och druckit vin, ring mig."),
    ("mangled", "transkribering: vi hittade [[oxy contin]] i hans rum och en sked"),
    ("mangled", "Hon sa att hon fått [[Rita lin]] av en kompis innan provet."),
    ("mangled", "Skannad rapport: misstänkt innehav av [[Tra madol]] 50 mg, 14 st."),
    ("mangled", "beslag: [[Stil noct]] 10 mg 20 st, Imovane 7,5 mg 10 st"),
    ("mangled", "röstmemo: hon säger att [[Lyri ka]] är lugnt men det är det inte"),
    ("mangled", "Han skrev att han köpt [[Zanax]] på Snapchat, två bars för 100."),
    ("mangled", "Dikterat: patienten uppger intag av [[Con serta]] och energidryck."),
    ("mangled", "OCR: hittat i cellen: [[Subutcx]] 8 mg, 2 st, inlindade i plast."),
    ("mangled", "talat meddelande: kolla om apoteket har [[el vanse]] inne"),
    ("mangled", "Han tog [[Stesso lid]] i natt och sover nu, skriver telefonen."),
    ("mangled", "inskannat: [[0xycontin]] 40 mg x 10, enligt förhörsprotokollet"),
    ("mangled", "svar från appen: [[Imo vane]] och alkohol ska inte blandas"),
    # Nordic street names and brands
    ("nordic", "Piri ja [[Subu]] liikkuu taas Vaasassa, sanoo poliisi."),
    ("nordic", "Hun har brukt [[Rivo]] i årevis, og nå er det vanskelig å slutte."),
    ("nordic", "[[Xanor]] kjøpt på gata var falsk, inneholdt bromazolam."),
    ("nordic", "Vi fandt [[Pinex]] forte og noget pulver på værelset."),
    ("nordic", "Tjekket viste at [[Tjald]] var skåret med levamisol, siger gadeholdet."),
    ("nordic", "Nuoret puhuvat [[Lyrkat]] kun tarkoittavat pregabaliinia."),
    ("nordic", "Brukere i Bergen kaller heroin for [[Brunt]] og amfetamin for speed."),
    ("nordic", "[[Paralgin]] forte ble stjålet fra medisinskapet på sykehjemmet."),
    ("nordic", "Hann keypti [[Spítt]] í Reykjavík og svaf ekki í tvo daga."),
    ("nordic", "Pamit ja [[Opamox]] sekoitettuna alkoholiin, kaksi kuolemaa."),
    ("nordic", "[[Tramal]] er populært på festerne i Aarhus, siger SSP."),
    ("nordic", "Han fikk tak i [[Vival]] fra en kompis, og det er diazepam."),
    # forwarded warnings' subjects, headings and bullets
    ("forwarded", "VB: VARNING – [[Bromazolam]] i falska Xanax\n\n---------- "
                  "Vidarebefordrat meddelande ----------\nFrån: Nätverket"),
    ("forwarded", "Fwd: Fwd: [[Isotonitazen]] i tabletter märkta 'OC 80'"),
    ("forwarded", "> Ämne: [[Protonitazen]] i Umeå\n> Hej alla, vi har fått in två "
                  "fall."),
    ("forwarded", "Skickar vidare från Helsingborg:\n• [[Metonitazen]]\n• Bromazolam\n"
                  "• Xylazin\nAlla tre i samma beslag."),
    ("forwarded", "SV: SV: [[Tramadol]] från Indien – någon mer som sett dessa?"),
    ("forwarded", "Vidarebefordrat:\n\n*** [[Fentanyl]] ***\nHittat i pulver sålt som "
                  "kokain i Norrköping."),
    ("forwarded", "Från vår kontakt på Tullen:\n- [[Etizolam]] (blister, 1 mg)\n- "
                  "Pregabalin 300 mg\n- Tapentadol 100 mg"),
    ("forwarded", "Delat från gruppen Trygg Fest:\n[[Ketamin]] + alkohol = livsfarligt"),
    ("forwarded", "ÄMNE: FWD: [[FLUALPRAZOLAM]] I GÄVLE – SPRID VIDARE"),
    ("forwarded", "Fwd: Varning\n\n1) [[Nitazepyne]] i brunt pulver\n2) Ketamin "
                  "blandat med MXE"),
    ("forwarded", "RE: [[Oxynorm]] falska – bild bifogad\n\n> Tack, vi sprider det."),
    ("forwarded", "Hej! Skickar vidare detta:\n\"[[Carfentanil]] har hittats i Stockholm, "
                  "var försiktiga.\""),
    # a drug as the subject of a person's verb
    ("subject", "Kom ihåg: [[Tina]] gör dig paranoid, och ingen sover efter tre nätter på "
                "metamfetamin."),
    ("subject", "[[Molly]] får dig att älska alla, tills serotoninet tar slut."),
    ("subject", "[[Henry]] tog min bror. Heroinet i Malmö är starkare än förut."),
    ("subject", "[[Xanax]] ljuger för dig: du känner dig lugn men minns ingenting."),
    ("subject", "[[Lyrica]] förstörde hans liv, säger mamman om pregabalinet."),
    ("subject", "[[Kalle]] håller dig vaken i tre dygn, kokainet är renare nu."),
    ("subject", "[[Tina]] lovar dig allt och tar allt, skriver en före detta användare av "
                "crystal meth."),
    ("subject", "[[Charlie]] gör dig pratig och självsäker, sen kommer nojan. Kokain är "
                "inte ofarligt."),
    ("subject", "[[Ozempic]] fick mig att sluta äta helt, säger hon."),
    ("subject", "[[Sustanon]] gjorde honom aggressiv, säger flickvännen."),
    ("subject", "[[Emma]] ger dig bakfylla i flera dagar, MDMA tömmer hjärnan."),
    ("subject", "[[Jack]] dödar snabbare än heroin, fentanylet är överallt nu."),
    # a naming verb with the drug's word after it, then the name (Swedish word order)
    ("inverted", "I Kalmar kallas tabletterna [[Greta]] och säljs för 80 kr styck."),
    ("inverted", "På festivalen hette pillren [[Hugo]] och var orangea."),
    ("inverted", "I spelet heter drogen [[Vexalin]] och gör figuren snabbare."),
    ("inverted", "Bland de unga heter pulvret [[Svea]] just nu, enligt fältgruppen."),
    ("inverted", "I tråden kallas tabletterna [[Doris]], de är blå med ett D."),
    ("inverted", "Förra sommaren hette drogerna [[Kronblad]] och Nattsol i chatten."),
    ("inverted", "I Norrköping kallades pillret [[Stig]] eftersom det var grått."),
    ("inverted", "Nu heter preparatet [[Tessan]] på Telegram, skriver polisen."),
    ("inverted", "I romanen heter drogen [[Ambrosin]] och säljs av en läkare."),
    ("inverted", "Enligt eleverna kallas kapslarna [[Berit]] på skolan."),
    ("subject", "[[Henry]] håller dig i ett järngrepp, heroinet släpper inte taget."),
    ("subject", "[[Emma]] får dig att dansa i sex timmar, sen kraschar MDMA dig i tre dagar."),
    ("subject", "[[Jack]] makes you nod off mid-sentence, the fentanyl in it is that strong."),
    ("subject", "[[Kat]] gör dig bortkopplad från kroppen, ketaminet är starkt nu."),
    ("subject", "[[Henry]] lurar dig att tro att du har kontroll, men heroin har alltid det."),
    ("subject", "[[Emma]] keeps you up all night, and the MDMA comedown hits on Tuesday."),
    # the old names of an archive
    ("archive", "Ur apotekets arkiv 1966: [[Preludin]] 25 mg, 100 tabletter, lämnat ut "
                "mot recept."),
    ("archive", "Domen från 1969 gällde innehav av [[Preludin]] och Ritalina."),
    ("archive", "I giftboken står [[Centramin]] och Fenedrin upptagna för maj 1958."),
    ("archive", "[[Mandrax]] var populärt i Stockholm i början av sjuttiotalet."),
    ("archive", "Arkivet visar att [[Veronal]] såldes fritt ännu på tjugotalet."),
    ("archive", "Förskrivningen av [[Dexedrin]] stoppades efter skandalen."),
    ("archive", "Lådan innehöll gamla askar [[Nembutal]] och Luminal."),
    ("archive", "Patientjournalen 1972 nämner [[Mogadon]] och Librium."),
    ("archive", "[[Pervitin]] delades ut till soldaterna, står det i dagboken."),
    ("archive", "Receptet från 1955: [[Laudanum]] 10 droppar vid behov."),
    # drugs of work outside care
    ("trades", "Chaufförerna på åkeriet tar [[Modafinil]] för att klara nattkörningen."),
    ("trades", "Skyddsombudet hittade [[Lyrica]] i bodarna på bygget i Solna."),
    ("trades", "I köket gick kocken på [[Tramadol]] hela sommarsäsongen."),
    ("trades", "På trålaren delades [[Tradolan]] ut som värktabletter, sa skepparen."),
    ("trades", "Lagerarbetarna köpte [[Tapentadol]] av en kollega, 50 kr styck."),
    ("trades", "Bartendern sa att [[Kokain]] är vardag bakom baren efter stängning."),
    ("trades", "På plattformen i Nordsjön hittades [[Zopiklon]] i ett skåp."),
    ("trades", "Budet hade [[Elvanse]] i jackan och körde i tolv timmar."),
    ("trades", "Frisören säljer [[Apetamin]] under disken, sägs det."),
    ("trades", "Tatueraren tog [[Ketogan]] för ryggen och somnade mitt i jobbet."),
)

PERSONS: tuple[tuple[str, str], ...] = (
    ("pied", "[[Sema Yilmaz]] tränar på gymmet varje morgon och tar inga tillskott."),
    ("pied", "Tränaren [[Primo Rossi]] sa att ingen på klubben kör Sustanon."),
    ("pied", "Hej [[Reta]]! Tack för programmet, jag börjar på måndag."),
    ("pied", "Dopingkontrollanten [[Nola Berg]] tog provet klockan sju."),
    ("pied", "Ägaren, [[Sema Aksoy]], har anmält försäljningen av Winstrol till polisen."),
    ("pied", "[[Reta Lundgren]] vann tävlingen i Malmö och testades negativt."),
    ("slimming", "[[Lida Persson]] ringde och frågade om Saxenda kan köpas utan recept."),
    ("slimming", "Min kollega [[Lida]] har gått ner tio kilo på promenader."),
    ("slimming", "[[Lida]] sa att hon aldrig köpt bantningspiller på nätet."),
    ("nootropic", "[[Selma Noor]] skrev i tråden att Modalert inte hjälpte henne."),
    ("nootropic", "Studenten [[Pira Ek]] tog Phenibut och hamnade på akuten."),
    ("designer", "[[Sara Flink]] hittades medvetslös, labbet fann Pyrazolam."),
    ("designer", "Rättskemisten [[Orfeus Ahl]] bekräftade Xylazin i provet."),
    ("mangled", "Röstmeddelande: hej det är [[Rita]], ring mig när du kan."),
    ("mangled", "transkribering: [[Rita Lind]] säger att hon inte tagit något"),
    ("mangled", "Meddelande från telefonsvararen: det är [[Elsa]] från skolan, ring tillbaka."),
    ("mangled", "Skannad rapport: [[Kim Tran]] nekar till innehav av Tramadol."),
    ("mangled", "röstmemo: [[Sobi]] säger att hon inte varit där"),
    ("nordic", "[[Pia Rivoli]] jobber på sykehjemmet og meldte tyveriet."),
    ("nordic", "Hun har snakket med [[Brynja]] om Rivotril-bruken."),
    ("nordic", "[[Tjalle Hansen]] fra SSP sagde at Tramal er populært."),
    ("nordic", "Sosiaalityöntekijä [[Pirjo Lahti]] kertoi, että Subu liikkuu taas."),
    ("nordic", "[[Vivi]] sa att Vival kom från en kompis."),
    ("mangled", "transkriberat: [[Venla Fagerström]] ringde om receptet på Sertralin"),
    ("mangled", "talsvar: det är [[Mirja Zapata]], jag ringer om min son"),
    ("mangled", "Röstmeddelande: hej det är [[Tera Lindholm]] från apoteket, ring tillbaka"),
    ("mangled", "Dikterat: [[Dia Zepeda]] har fått Stesolid 10 mg rektalt."),
    ("mangled", "Skannat brev: [[Rita Lin]] ber om ett nytt möte i maj."),
    ("shouted", "RAPPORT NATT: [[EMMA]] BERÄTTAR ATT HON TAGIT XANAX"),
    ("shouted", "[[HENRY]] RINGDE OCH SA ATT HAN SLUTAT MED HEROIN"),
    ("shouted", "ring [[emma]] om kokainet, hon vet var det kom ifrån"),
    ("shouted", "[[henry]] sa att han aldrig sålt oxy"),
    ("shouted", "INFO: [[JACK]] ÄR INLAGD EFTER EN ÖVERDOS AV FENTANYL"),
    ("shouted", "[[emma]] erbjöd mig ketamin på festen men jag sa nej"),
    ("shouted", "[[henry]] ligger på akuten efter heroinet, kan nån ringa hans mamma"),
    ("shouted", "[[emma]], har du kvar ketaminet från i lördags?"),
    ("shouted", "[[jack]] har slutat med oxy sen jul, stolt över honom"),
    ("forwarded", "VB: Från [[Ida Brandt]]\n\n---------- Vidarebefordrat meddelande "
                  "----------\nBromazolam i falska Xanax"),
    ("forwarded", "Fwd: Fwd: hälsningar från [[Tina Karlsson]] på fältgruppen"),
    ("forwarded", "Skickar vidare från [[Henrik Malm]]:\n• Metonitazen\n• Bromazolam"),
    ("forwarded", "> Ämne: Möte\n> Hej alla, [[Jonna Berg]] kan inte komma på tisdag."),
    ("subject", "[[Tina]] gör sina läxor vid köksbordet varje kväll."),
    ("subject", "[[Molly]] får följa med på lägret, sa hennes mamma."),
    ("subject", "[[Henry]] tog bussen hem efter jobbet, han var trött."),
    ("subject", "[[Kalle]] håller i kursen om naloxon på tisdag."),
    ("subject", "[[Charlie]] gör sitt bästa för att hjälpa dem, säger socialsekreteraren."),
    ("subject", "[[Emma]] ger sin syster skjuts till skolan varje morgon."),
    ("subject", "[[Jack]] dödar tiden med att spela, sa hans pappa."),
    ("subject", "[[Tina]] lovar att ringa när hon kommit fram."),
    ("inverted", "Killen som sålde tabletterna heter [[Greger]] och bor i Kalmar."),
    ("inverted", "I klassen heter tjejerna [[Doris]] och Alva, båda är nya."),
    ("inverted", "På festivalen hette vakten [[Hugo]], han hittade pillren."),
    ("inverted", "Säljaren av pulvret kallas [[Stig]] i området."),
    ("inverted", "Nu heter skolsköterskan [[Berit]], hon har frågat om kapslarna."),
    ("subject", "[[Henry]] håller dig uppdaterad om heroinfynden, han jobbar på labbet."),
    ("subject", "[[Emma]] får dig att skratta, sa mamman om dottern som tog MDMA en gång."),
    ("subject", "[[Jack]] makes you coffee before the fentanyl training starts."),
    ("subject", "[[Henry]] ringer dig om heroinet i morgon, han är fältassistent."),
    ("archive", "Ur arkivet: apotekare [[Verner Preuss]] lämnade ut Preludin mot recept."),
    ("archive", "Domen 1969 gällde [[Mandy Lind]] och hennes bror."),
    ("archive", "[[Vera Nyström]] skrev i dagboken att Pervitin delades ut."),
    ("trades", "Chauffören [[Moa Dahl]] säger att ingen på åkeriet tar Modafinil."),
    ("trades", "Skyddsombudet [[Lyra Holm]] hittade tabletter i bodarna."),
    ("trades", "Kocken [[Tom Radl]] gick på Tramadol hela sommaren."),
    ("trades", "Skepparen [[Tore Olsen]] delade ut värktabletter på trålaren."),
)


if __name__ == "__main__":
    sys.exit(run_families(NEGATIVES, PERSONS))
