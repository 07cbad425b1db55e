"""Substance, medicine and street names the earlier drug benches lack, in voices they lack,
beside people named the same way: the share of drug names flagged and of persons found.

    python bench/pii/drug_names_unseen2.py [-v]

Voices: a poison centre's call log, a pharmacy's deviation report, a darknet-market listing
machine-translated, a toxicology lab's LC-MS report, an emergency ward's handover, a
drug-checking service's results page in English, a Finnish or Norwegian colleague's mail, a
forensic report with IUPAC-like names, a festival medic's log. Families: `nps` (new
psychoactive substances in capitals, with digits or hyphens: `ADB-BUTINACA`, `4-MMC`,
`Protonitazepyne`, at a sentence's start, in lists and tables, after `fynd:`), `brand`
(medicine brands of the Nordic countries and the EU: `Temesta`, `Xanor Depot`, `Targiniq`),
`maker` (a generic with its maker's name after it: `Tramadol Actavis`, `Diazepam Desitin`),
`product` (smoking blends and strains written as proper names: `Black Mamba`, `Spice Gold`),
`logo` (pill logos named like people, brands or stars: `Tesla`, `Blue Punisher`, `Philipp
Plein`, `Donald Trump`), `iupac` (systematic and half-systematic names in a forensic
report). Persons: callers, staff and colleagues with the same or similar names.

A drug name counts as flagged when a finding that would be masked overlaps it; a person as
found when a PERSON finding covers the name. A third of the sentences (`crc32(text) % 3 ==
0`, the text without its marks) is kept out of tuning; `-v` prints every drug flagged and
every person missed. All names and people are made up.
"""

from __future__ import annotations

import sys

from marks import run_families

NEGATIVES: tuple[tuple[str, str], ...] = (
    # new psychoactive substances: capitals, digits, hyphens
    ("nps", "Samtal 14:32, förälder: sonen har rökt [[ADB-BUTINACA]] enligt kompisen, "
            "kräks och är blek."),
    ("nps", "[[MDMB-4en-PINACA]] påvisades i samtliga tre örtprover från anstalten."),
    ("nps", "Fynd: [[4-MMC]] ca 3 g, vitt kristallint pulver, i en zip-påse."),
    ("nps", "fynd: [[3-CMC]] 12,4 g samt en digitalvåg"),
    ("nps", "Listing: [[2C-B]] pellets 20 mg, 10 pcs 45 EUR, stealth shipping EU."),
    ("nps", "[[N-ethylpentylone]] was found in 4 of 19 samples sold as MDMA this weekend."),
    ("nps", "[[Isotonitazene]] 0.4 ng/mL detected in femoral blood, see table 2."),
    ("nps", "Resultat LC-MS/MS: [[Protonitazepyne]] positiv, fentanyl negativ."),
    ("nps", "[[Bromazolam]] 0,021 µg/g i blod, övriga bensodiazepiner under rapportgräns."),
    ("nps", "Säljaren lovar [[5F-MDMB-PICA]] med 99 % renhet, 1 g för 600 kr."),
    ("nps", "Analysresultat:\n- Kokain\n- Levamisol\n- [[4F-MPH]]"),
    ("nps", "Provet innehöll [[3-MMC]] och koffein, inte MDMA som utlovat."),
    ("nps", "[[ALPHA-PHP]] klassas som narkotika sedan 2016, påminner Giftinformationen."),
    ("nps", "Kemist: [[Metonitazene]] identifierades med referensstandard."),
    ("nps", "Patient, 24 år, uppger intag av [[Etizolam]] 2 mg och alkohol."),
    ("nps", "Varning från kollegorna i Helsingfors: [[Protonitazene]] i falska Oxycontin."),
    ("nps", "| Prov 7 | [[CUMYL-PEGACLONE]] | 3,1 mg/g |"),
    ("nps", "Sample 12: [[4-FA]] 110 mg, caffeine trace"),
    ("nps", "[[Flubromazepam]] 8 mg tabletter säljs som \"Xanax bars\" på Telegram."),
    ("nps", "I beslaget fanns [[Clonazolam]] i blotterform, 50 lappar."),
    ("nps", "[[HHC-P]] vapes med 95 % innehåll, enligt annonsen, levereras diskret."),
    ("nps", "Svar från labbet: [[ADB-4en-PINACA]] i den gröna växtmassan."),
    ("nps", "Vi hittade [[Brorphine]] i två av pulverproven från Göteborg."),
    ("nps", "[[O-DSMT]] 50 mg kapslar, 20 st, skickas från Nederländerna."),
    # medicine brands of the Nordic countries and the EU
    ("brand", "Avvikelse: kunden fick [[Sobril]] 10 mg i stället för Sobril 15 mg."),
    ("brand", "Han hade tagit 20 st [[Temesta]] 2,5 mg och druckit vin, ringer hustrun."),
    ("brand", "[[Rivotril]] 2 mg, 30 tabletter, saknas vid inventeringen i skåpet."),
    ("brand", "Förväxling på hyllan: [[Xanor Depot]] 1 mg utlämnad mot recept på Xanor 1 mg."),
    ("brand", "Selling genuine [[Oxycontin]] 80mg, sealed blisters, escrow only."),
    ("brand", "Överlämning: pat har tagit [[Targiniq]] 10/5 mg x 2 och är dåsig."),
    ("brand", "Samtalet gällde ett barn, 3 år, som ätit [[Depakine]] från mormors dosett."),
    ("brand", "[[Lyrica]] 300 mg och metadon, pat saturerar 88 %."),
    ("brand", "Norsk kollega skriver: [[Vival]] og Rohypnol er vanligst i beslagene her."),
    ("brand", "Sairaalassa oli kaksi potilasta, jotka olivat ottaneet [[Subutex]]-tabletteja."),
    ("brand", "Avvikelserapport: [[Imovane]] 7,5 mg expedierad trots att receptet var makulerat."),
    ("brand", "Pat medtar egen [[Stilnoct]], 5 tabletter kvar i kartan."),
    ("brand", "[[Tradolan]] 50 mg från Danmark, köpt på nätet utan recept."),
    ("brand", "Ringer om [[Stesolid]] rektal, hur många tuber får en 4-åring?"),
    ("brand", "Kollega från Oslo: [[Paralgin Forte]] säljes for 30 kr stykket i Oslo S."),
    ("brand", "[[Rohypnol]] har inte setts i våra prov på flera år."),
    ("brand", "Handover: 19-year-old, took [[Valium]] 10 x 10 mg, GCS 13."),
    ("brand", "[[Atarax]] 25 mg ×4 och Theralen, pat sover men väckbar."),
    ("brand", "Fel styrka: [[Concerta]] 54 mg lämnades ut i stället för 36 mg."),
    ("brand", "Darknet: [[Tafil]] 2mg blisters from Germany, 100 pcs."),
    # generics with the maker's name after them
    ("maker", "Utlämnat: [[Tramadol Actavis]] 50 mg, 100 st, ordinerat 20 st."),
    ("maker", "[[Diazepam Desitin]] rektallösning 5 mg gavs på festivalområdet kl 23.10."),
    ("maker", "Byte på apoteket till [[Zopiklon Orion]] 7,5 mg, kunden tog dubbel dos."),
    ("maker", "Pat har tagit [[Oxikodon Sandoz]] 20 mg, oklart antal."),
    ("maker", "Avvikelse: [[Pregabalin Krka]] 150 mg förväxlades med 75 mg."),
    ("maker", "[[Alprazolam Mylan]] 0,5 mg saknas, 40 tabletter enligt kontrollräkningen."),
    ("maker", "Förälder ringer: dottern har ätit [[Metylfenidat Teva]] 18 mg, tre stycken."),
    ("maker", "I skåpet fanns [[Kodein Recip]] 25 mg och Citodon."),
    ("maker", "Fentanyl Sandoz plåster 25 mikrog/h, samt [[Buprenorfin Orifarm]] 10 mikrog/h."),
    ("maker", "[[Lorazepam Medical Valley]] 1 mg, 25 st, hittades i patientens väska."),
    ("maker", "Kvetiapin Accord 25 mg och [[Mirtazapin Bluefish]] 30 mg enligt listan."),
    ("maker", "Mannen uppger [[Tramadol Stada]] 100 mg x 4 senaste dygnet."),
    # smoking blends and strains written as proper names
    ("product", "Tre elever på högstadiet har rökt [[Black Mamba]] och fått kramper."),
    ("product", "Påsen var märkt [[Spice Gold]], innehållet var ADB-BUTINACA enligt NFC."),
    ("product", "Han rökte [[Kush]] hela kvällen, säger kompisen som ringer."),
    ("product", "Gatunamn i Stockholm just nu: [[Vit Tjej]] för kokain, Tina för metamfetamin."),
    ("product", "Listing: [[Gorilla Glue]] #4, 10 g for 90 EUR, lab tested."),
    ("product", "Festivalmedic kl 01.40: man, 22, har rökt [[Amnesia Haze]] och har panik."),
    ("product", "[[Green Crack]] säljs på Snapchat för 120 kr grammet."),
    ("product", "Ungdomarna kallar det [[Vita Damen]], och det är kokain."),
    ("product", "Köpte en påse [[Yucatan Fire]] på nätet, kompisen svimmade."),
    ("product", "[[Scooby Snax]] i jordgubbssmak, 3 g, enligt bilden i chatten."),
    ("product", "Vi fick in ett prov sålt som [[Girl Scout Cookies]], det innehöll HHC."),
    ("product", "Pat har rökt [[Purple Haze]] och druckit energidryck, takykard."),
    ("product", "[[Mr Nice Guy]] är tillbaka på marknaden enligt kollegorna i Bergen."),
    ("product", "Han köpte [[Bubble Kush]] av en kille i Bergsjön för 200 kr."),
    # pill logos named like people, brands or stars
    ("logo", "Drug checking result: [[Tesla]] pill, red, 254 mg MDMA-HCl. High dose!"),
    ("logo", "Warning: [[Blue Punisher]] tablets tested at 270 mg MDMA, split them."),
    ("logo", "Festivallogg 00.15: kvinna, 19, har tagit en [[Philipp Plein]] och dansat i fyra "
             "timmar."),
    ("logo", "Results this week: [[Donald Trump]] pills (orange) contained 210 mg MDMA."),
    ("logo", "Tabletten [[Red Bull]], blå med logga, innehöll PMMA enligt labbet."),
    ("logo", "Han har tagit två [[Rolls Royce]] och är överhettad, 39,8 grader."),
    ("logo", "Resultat: [[Superman]] (gul, 9 mm) – 180 mg MDMA, inga andra ämnen."),
    ("logo", "Listing: [[Heisenberg]] pills 220mg, 25 pcs, free shipping."),
    ("logo", "Medictält 02.30: [[Pink Tesla]] ×2, käkspänningar, får vätska."),
    ("logo", "Result: [[Hello Kitty]] tablet, pink, contains 2C-B 14 mg, not MDMA."),
    ("logo", "Enligt testet innehöll [[Bugatti]] 300 mg MDMA, dela på fyra."),
    ("logo", "Han köpte tio [[Mercedes]] för 1 000 kr av en säljare på Instagram."),
    ("logo", "The [[Punisher]] tablets from Leeds are back, 290 mg, take a quarter."),
    ("logo", "Pat har tagit en halv [[Trump]] och druckit öl, vaken och orienterad."),
    # systematic names in a forensic report
    ("iupac", "Substansen identifierades som [[1-fenyl-2-(pyrrolidin-1-yl)pentan-1-on]] "
              "(α-PVP)."),
    ("iupac", "Fynd 3: [[N,N-dimetyltryptamin]] (DMT), ca 0,8 g brunt pulver."),
    ("iupac", "Resultat: [[3,4-metylendioxi-N-metylamfetamin]] påvisat i tabletterna."),
    ("iupac", "[[2-(4-bromo-2,5-dimethoxyphenyl)ethanamine]] identified by GC-MS in item 4."),
    ("iupac", "Beslag 2: [[4-klor-N-metylkatinon]], 45 g, i vakuumpåse."),
    ("iupac", "Item 5 contained [[N-ethylhexedrone]] and caffeine."),
    ("iupac", "Analysen visade [[Alfa-PiHP]] i samtliga tre påsar."),
    ("iupac", "[[Deschloroetizolam]] och flualprazolam i beslaget från Tullverket."),
    # second round, harder: a drug as a sentence's subject, in capitals, in a list or a cell
    ("nps", "[[Bromazolam]] dominerar fortfarande i beslagen, skriver NFC i sin kvartalsrapport."),
    ("nps", "ANALYSSVAR: [[ADB-BUTINACA]] PÅVISAD, KVANTIFIERING EJ UTFÖRD"),
    ("nps", "Protonitazen, [[Metonitazepyne]] och N-pyrrolidino etonitazen är nya sedan i våras."),
    ("nps", "[[N-Pyrrolidino Etonitazene]] was sold as oxycodone 80 mg in Tallinn."),
    ("nps", "Hei! Tullen har funnet [[Etonitazepyne]] i pulver fra Kina, sier kollegaen."),
    ("nps", "Potilaalta löytyi [[Alfa-PVP]]:tä ja amfetamiinia, kirjoittaa kollega Turusta."),
    ("nps", "[[MDPHP]] ger kraftig psykos, berättar sjuksköterskan på akuten."),
    ("nps", "Tabell 1. Fynd per ämne: 3-MMC 41, [[2-MMC]] 12, 4-CMC 3."),
    ("nps", "[[Dipentylone]] hittades i tabletter formade som Tesla."),
    ("nps", "Kund frågar om [[Kratom]] är lagligt, han har köpt 500 g från Indonesien."),
    ("brand", "[[Temesta]] hjälpte henne sova, men nu tar hon sex om dagen, säger dottern."),
    ("brand", "TEMESTA 2,5 MG X 10, [[RIVOTRIL]] 2 MG X 5, ENLIGT AMBULANSEN"),
    ("brand", "Sobril, Temesta, [[Opamox]] och Xanor hittades i lägenheten."),
    ("brand", "Pasienten hadde tatt [[Apodorm]] og alkohol, våknet på legevakten."),
    ("brand", "Potilas oli ottanut [[Diapam]] 10 mg ja olutta, kertoo hoitaja."),
    ("brand", "[[Tenox]] is the Finnish temazepam brand, often seen in Helsinki seizures."),
    ("brand", "Kunden ville ha [[Tavor]] från Tyskland, vi nekade."),
    ("brand", "[[Lexotanil]] 6 mg, 30 st, beslagtogs i en bil vid Svinesund."),
    ("brand", "Inget [[Dormicum]] i skåpet trots att journalen säger 5 mg gavs."),
    ("brand", "Kollega i Århus: [[Kodimagnyl]] købes i kiosken og tages sammen med øl."),
    ("brand", "[[Buccolam]] 10 mg gavs i munnen av skolsköterskan klockan 10.05."),
    ("brand", "Fynd: Xanax, [[Halcion]], Stilnoct, totalt 48 tabletter i en ask."),
    ("maker", "Tramadol Krka och [[Zolpidem Mylan]] i dosetten, enligt grannen."),
    ("maker", "Avvikelse: [[Oxycodone Accord]] 10 mg lämnades ut som 5 mg."),
    ("maker", "[[Klonazepam Hameln]] injektion fanns inte i lager, vi lånade från IVA."),
    ("maker", "Han hade tagit [[Diazepam Stada]] 10 mg, sex tabletter, enligt sambon."),
    ("product", "[[Black Mamba]] kom via Telegram och var starkare än förra partiet."),
    ("product", "Black Mamba, [[Spice Gold]] och Kush säljs i samma kiosk, säger fältarna."),
    ("product", "KUSH OCH [[SPICE]] PÅ SKOLGÅRDEN, RING RÄDDA BARNEN"),
    ("product", "[[Kush]] säljs i gröna påsar med dödskalle, skriver kollegorna i Oslo."),
    ("product", "Han har blandat [[Lean]] med Sprite och Sobril, pat somnolent."),
    ("product", "Provet sålt som [[White Widow]] innehöll syntetiska cannabinoider."),
    ("logo", "[[Tesla]] är tillbaka på festivalen, röd och tjock, 250 mg."),
    ("logo", "Tre [[Philipp Plein]] ×2 i kväll i medictältet, alla med höga pulsar."),
    ("logo", "[[Donald Trump]]-pillren från förra året har kommit tillbaka, orange färg."),
    ("logo", "Resultat vecka 31: [[Blue Punisher]], Tesla, Superman – alla över 200 mg MDMA."),
    ("logo", "Hon tog två [[Rolex]] och en halv Tesla, säger kompisen."),
    ("logo", "Ecstasy shaped like [[Donald Trump]]'s head found in Vienna, 220 mg."),
    ("logo", "Festivallogg: man, 24, två [[Red Bull]] och alkohol, krampar."),
    ("logo", "[[Gucci]] tablets (green) contain PMMA — do not take!"),
    # third round: whole messages, people and drugs side by side
    ("mixed", "Samtalslogg GIC, natt\n02.14 Mamma till pojke 15 år: har druckit [[Lean]] med "
              "kodein och Sprite, svarar inte.\n02.40 Jonas Ek, 34: tagit Sobril 5 x 15 mg."),
    ("mixed", "Avvikelserapport\nRapportör: Karin Wästberg, leg. apotekare\nHändelse: "
              "[[Targiniq]] 20/10 mg expedierades i stället för Targiniq 10/5 mg.\n"
              "Åtgärd: kunden kontaktad."),
    ("mixed", "Överrapport akuten 06.45\nSal 3: Ahmed, 19, [[Spice]]-intox, sederad.\n"
              "Sal 4: Lena Öst, 71, fall, Temesta i hemmet.\nSal 5: ingen."),
    ("mixed", "Hei Maria!\nVi har sett mye [[Rivotril]] og Vival i beslagene denne måneden, "
              "og noe Temesta fra Danmark.\nHilsen Kari Solberg, Politiet i Bergen"),
    ("mixed", "Hei Anna,\nTäällä Turussa nähdään paljon [[Subutexia]] ja Lyricaa.\n"
              "Terveisin Mikko Laine"),
    ("mixed", "Results page, week 31\n1. [[Tesla]] (red) – 240 mg MDMA\n2. Blue Punisher – "
              "270 mg\n3. Philipp Plein (pink) – 160 mg\nQuestions: mail Sam Green at "
              "checking@example.org"),
    ("mixed", "Festival medic log, Saturday\n23.10 F 20, took half a [[Donald Trump]], "
              "anxious, seen by Dr Lisa Moberg.\n23.55 M 22, Kush and beer, vomiting."),
    ("mixed", "Rättskemiskt utlåtande\nHandläggare: Per Nordin\nFynd 1: [[4-MMC]], 12,1 g\n"
              "Fynd 2: ADB-BUTINACA på växtmaterial\nFynd 3: Bromazolam, 30 tabletter"),
    ("mixed", "LC-MS/MS report, sample 2026-4411\nRequested by: Dr Omar Haddad\n"
              "[[Isotonitazene]] 1.2 ng/mL\nEtizolam 34 ng/mL\nPregabalin 4.1 µg/mL"),
    ("mixed", "Listing (translated): Original [[Xanor Depot]] 2 mg from Sweden, 30 pcs, "
              "seller Nordic_Pharma, 4.9 stars. Shipping with PostNord, tracking given."),
    ("mixed", "Från: Sara Lund\nTill: Erik Hall\nÄmne: [[Tramadol Actavis]]\n\nHej Erik, "
              "kunden har fått 100 st i stället för 20, jag ringer honom i morgon."),
    ("mixed", "Hej Johanna,\n[[Temesta]] och Sobril har stulits ur läkemedelsskåpet på "
              "avdelning 12. Anmälan gjord av Olle Berg.\nMvh Fatima"),
    ("mixed", "Kollegan Tomas skrev att [[Black Mamba]] har kommit till Umeå, och att Jenny "
              "på fältet har sett två pojkar med kramper."),
    ("mixed", "Mia Holm: har du sett [[Vit Tjej]] på skolan?\nAlex Berg: nej, bara Kush."),
    ("mixed", "Giftinformation, samtal 3\nUppringare: Pia Ström, mormor\nBarn 2 år har "
              "ätit [[Depakine]] 300 mg, okänt antal.\nRåd: åk till akuten."),
    ("mixed", "Beslag 14/3, Arlanda\nKurir: man född 1990\n[[Oxycontin]] 80 mg 500 st\n"
              "Rivotril 2 mg 300 st\nAnsvarig tulltjänsteman: Elin Vik"),
    ("mixed", "Hi Jonas,\nthe lab found [[N-ethylpentylone]] in the Tesla pills and PMMA in "
              "the Superman ones.\nBest, Rachel"),
    ("mixed", "Natt på festivalen: Lisa och Hampus hämtade in en kille som tagit två "
              "[[Philipp Plein]] och druckit sprit."),
    # fourth round (written after the first three were tuned on; its figures before the
    # rules were taken on main): codes shaped like plates, makers no list holds, new logos
    ("coded", "Kriminalvården: [[JWH-018]] och JWH-073 i papper som skickats till anstalten."),
    ("coded", "Sample 9 (herbal): [[JWH 250]] trace, 5F-ADB main component."),
    ("coded", "Tullen beslagtog 2 kg [[SDB-006]] i ett paket märkt \"plant food\"."),
    ("coded", "Forumtråd: någon som kört [[ACP-105]] ihop med RAD-140? Svara gärna."),
    ("coded", "Peptidet [[ARA-290]] säljs som \"research only\" på samma sida som BPC-157."),
    ("coded", "Blotters tested: [[ETH-LAD]] 100 µg, 1cP-LSD 150 µg, none contained LSD."),
    ("coded", "Lapparna var märkta [[AL-LAD]] men innehöll 25I-NBOMe, varnar labbet."),
    ("coded", "Listing: [[PRO-LAD]] blotters 100ug x 10, ships from NL in 2 days."),
    ("coded", "LC-MS/MS: [[Etonitazepipne]] 0,8 ng/ml, inga andra opioider."),
    ("coded", "Metod GC-MS/MS: [[Butonitazepyne]] identifierad i pulvret från Tallinn."),
    ("maker", "[[Oxikodon Evolan]] 5 mg saknas, enligt narkotikaräkningen på avdelning 3."),
    ("maker", "[[Pregabalin Glenmark]] 300 mg utlämnades två gånger samma vecka."),
    ("maker", "[[Kvetiapin Accord]] 25 mg och alkohol, skriver ambulansen."),
    ("maker", "[[Zolpidem Evolan]] 10 mg, 30 st, stulna ur bilen, anmäler hemtjänsten."),
    ("maker", "[[Klonazepam Medical Valley]] 0,5 mg lämnades ut utan giltigt recept."),
    ("logo", "Drug checking alert: [[Harley Quinn]] pills, purple, 230 mg MDMA."),
    ("logo", "Festivalen varnar för [[Scooby Doo]]-tabletter med PMMA."),
    ("logo", "Results: [[Squid Game]] tablets (pink) 190 mg MDMA, no adulterants."),
    ("logo", "Pat har tagit en [[Pink Punisher]] och två öl, hög puls."),
    ("logo", "[[Gold Bar]] tablets are back in Manchester, 260 mg, start with a quarter."),
)


PERSONS: tuple[tuple[str, str], ...] = (
    ("nps", "Samtal 14:32 från [[Adina Berglund]], hennes son har rökt något okänt."),
    ("nps", "Rapporten signerad av [[Mira Pinacho]], leg. kemist."),
    ("nps", "Kontaktperson på labbet: [[Isotta Nilsson]], tfn 08-465 004 21."),
    ("nps", "Fynd registrerat av [[Brorson Ek]], inspektör vid Tullverket."),
    ("nps", "[[Etelka Szabo]] uppger att hon inte tagit något i kväll."),
    ("nps", "Kemist: [[Metod Lindqvist]] identifierade ämnet med referensstandard."),
    ("brand", "Receptarie [[Sobi Haddad]] upptäckte felet vid kontrollen."),
    ("brand", "Samtalet kom från [[Temi Johansson]], hustrun till patienten."),
    ("brand", "Norsk kollega [[Vivi Haugen]] skriver att Rohypnol syns sällan."),
    ("brand", "[[Tafil Ahmadi]] ringde om sin mammas medicin."),
    ("brand", "Överlämning från [[Lyra Sandberg]], ssk, natten till tisdag."),
    ("brand", "Apotekare [[Valentin Berg]] skrev avvikelsen om Valium."),
    ("brand", "[[Concetta Russo]] arbetar på apoteket i Kista."),
    ("brand", "Läkaren [[Tara Stilnovic]] ordinerade Imovane till natten."),
    ("maker", "Avvikelsen rapporterades av [[Oriana Mylander]], farmaceut."),
    ("maker", "[[Sandor Toth]] från apoteket ringer om förväxlingen."),
    ("maker", "Apotekschef [[Teva Lindholm]] har meddelat Läkemedelsverket."),
    ("maker", "[[Stada Persson]] hämtade ut medicinen åt sin far."),
    ("maker", "Kontrollräkningen gjordes av [[Krister Krka]] och en kollega."),
    ("product", "Vi pratade med [[Kush Patel]] om hans brors rökande."),
    ("product", "Rektor [[Mamba Nkosi]] kallade till möte om Spice på skolan."),
    ("product", "[[Goldie Svensson]] ringer från fritidsgården om tre elever."),
    ("product", "Festivalmedic: [[Haze Olofsson]] behandlade en man med panik."),
    ("product", "Kollegan i Bergen, [[Nice Bakke]], skrev om nya rökblandningar."),
    ("product", "Fältassistenten [[Jonas Crake]] hittade påsen vid skolan."),
    ("logo", "Drug checking volunteer [[Tesla Morgan]] wrote this week's results page."),
    ("logo", "Festivallogg: [[Philipp Berger]] (medic) gav vätska till en kvinna, 19 år."),
    ("logo", "Medictält 02.30, ansvarig [[Donald Ek]], två patienter med överhettning."),
    ("logo", "[[Heidi Bull]] från labbet bekräftade PMMA i tabletten."),
    ("logo", "The results were checked by [[Punita Shah]] at the lab."),
    ("logo", "Ansvarig sjuksköterska: [[Mercedes Alonso]], festivalens medictält."),
    ("logo", "[[Roy Royce]] ringde om sin dotter som tagit en tablett."),
    ("iupac", "Rättskemist [[Fenja Pyrola]] analyserade beslaget."),
    ("iupac", "Analysen utfördes av [[Dimitri Metyl]] vid NFC i Linköping."),
    ("iupac", "Item 5 was received from [[Ethan Hexley]], investigating officer."),
    ("iupac", "Granskad av [[Alfa Pihlström]], forensisk kemist."),
    ("nps", "Sairaanhoitaja [[Pirjo Mäkinen]] kertoi, että ADB-BUTINACA löytyi taas."),
    ("brand", "Kollega [[Ingrid Rivold]] fra Oslo skriver om Rivotril i beslagene."),
    ("brand", "[[Temi Lindroth]] hjälpte henne hem, säger dottern."),
    ("brand", "Kollega [[Tove Rivo]] skriver från Oslo om beslagen."),
    ("brand", "Pasienten [[Dorma Hegge]] våknet på legevakten i natt."),
    ("product", "[[Mamba Diallo]] kom via Telegram och ville ha hjälp att sluta."),
    ("product", "Fältaren [[Kush Malik]] säger att det säljs på skolgården."),
    ("logo", "[[Philipp Weber]] och jag jobbade i medictältet i kväll."),
    ("logo", "Hon träffade [[Donald Persson]] vid entrén klockan tio."),
    ("logo", "Festivallogg: [[Rolf Bull]], volontär, hittade påsen vid scenen."),
    ("nps", "Hei! [[Trond Eikeland]] fra Tollvesenet sier at pulveret kom fra Kina."),
    ("nps", "Potilas [[Aino Virtanen]] kertoi ottaneensa jotain juhlissa."),
    ("mixed", "Samtalslogg GIC, natt\n02.40 [[Jonas Ek]], 34: tagit Sobril 5 x 15 mg."),
    ("mixed", "Överrapport akuten 06.45\nSal 3: [[Ahmed]], 19, Spice-intox, sederad."),
    ("mixed", "Hei Maria!\nVi har sett mye Rivotril i beslagene.\nHilsen [[Kari Solberg]]"),
    ("mixed", "Festival medic log\n23.10 F 20, half a Donald Trump, seen by Dr [[Lisa Moberg]]."),
    ("mixed", "Mia Holm: har du sett Vit Tjej på skolan?\n[[Alex Berg]]: nej, bara Kush."),
    ("mixed", "Natt på festivalen: [[Lisa]] och Hampus hämtade in en kille som tagit två "
              "Philipp Plein."),
    ("mixed", "Hej Johanna,\nTemesta har stulits på avdelning 12. Anmälan gjord av "
              "[[Olle Berg]]."),
    ("coded", "Kriminalvårdaren [[Jonna Hwang]] hittade papperen på anstalten."),
    ("coded", "Ms [[Ekholm]] at the lab signed the LC-MS/MS report."),
    ("maker", "[[Evelina Glenmark]] från apoteket ringde om narkotikaräkningen."),
    ("maker", "Sjuksköterskan [[Krista Nilsson]] ringde om Oxikodon Evolan."),
    ("logo", "Drug checking volunteer [[Harley Jones]] wrote the alert."),
    ("logo", "Festivalens medic [[Mona Lisa Ek]] tog emot patienten."),
)


if __name__ == "__main__":
    sys.exit(run_families(NEGATIVES, PERSONS))
