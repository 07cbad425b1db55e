"""Substance and medicine names as writers really set them down, beside people with the same
names set down the same way: the share of drug names flagged and of persons found, per family.

    python bench/pii/drug_names_written.py [-v]

Written in voices the other drug benches lack (a pharmacy's stock count, a school nurse's
newsletter, a prison officer's log, a dentist's note, a youth club leader's group chat, a
toxicology lab's sheet, a police press release, a parents' group, a needle exchange's
tally, a poison leaflet, a darknet listing's copy, a Finland-Swede's forum post, a
ward's handover in capitals).
Families: `heading` (a drug opening a line or standing as a heading), `table` (a drug in a
table's cell or a list with doses and prices), `possessive` (after a possessive: `hans
Xanax`), `inflected` (a Swedish inflection or a typo: `xanaxen`, `Subutexet`), `compound`
(`Lyrica-missbruk`, `fentanylplåster`), `capitals` (a brand in capitals), `quoted` (a street
name in quotes of any kind), `slang` (given names used as street names in Nordic slang, in a
drug's frame), `vet` (veterinary drugs and research chemicals with Title Case names),
`designer` (nitazenes and designer benzodiazepines by their names); then, written after
the first run, `asked` (`Vad är Tina?`), `passive` (taken in the passive right after it),
`dosed` (a dose by the day or week right after it), `same` (said to be the same as a drug),
`listprice` (a list item's price after a colon), `cut` (diluted, laced or mixed with a
drug), `priceof` (`priset på Henry`, `Hur mycket kostar Emma`) and `namedas` (a naming verb
and an adverb before it: `Heroin kallas ibland för Henry`), `usedon` (relapsed or rolling on
it, coming down off it, or it ran out: `när Henry tog slut`).

A drug name counts as flagged when a finding that would be masked overlaps it; a person as
found when a PERSON finding covers the name. A third of the sentences (`crc32(text) % 3 ==
0`, the text without its marks) is kept out of tuning; `-v` prints every drug flagged and
every person missed. All names and people are made up.
"""

from __future__ import annotations

import sys

from marks import run_families

NEGATIVES: tuple[tuple[str, str], ...] = (
    # a drug opening a line or standing as a heading
    ("heading", "[[Oxycontin]] – varning för falska tabletter\n\nPolisen har beslagtagit "
                "tabletter som innehåller nitazen."),
    ("heading", "[[Bromazolam]]: vad du behöver veta\nDet är ett benso som inte är "
                "godkänt som läkemedel."),
    ("heading", "Inventering apotek, vecka 48\n[[Concerta]] 54 mg: 3 askar saknas\n"
                "Elvanse 30 mg: stämmer"),
    ("heading", "[[Lyrica]]\nAllt fler unga i Borås missbrukar pregabalin, skriver "
                "kommunen."),
    ("heading", "Skolsköterskan informerar\n\n[[Sobril]] och andra lugnande medel\n"
                "Vi har fått frågor från föräldrar."),
    ("heading", "[[Xanax]]? Nej tack. Det är inte värt det."),
    ("heading", "Fångvårdslogg 14/11\n[[Subutex]] hittad i brev till avd 3, "
                "lappen skickad till polis."),
    ("heading", "Rubrik: [[Tramadol]] säljs via Snapchat i Kalmar"),
    ("heading", "## [[Fentanyl]] och fentanylanaloger\nKorta fakta för personal på "
                "boendet."),
    ("heading", "[[Ritalin]], Concerta, Elvanse – vilken skillnad är det?"),
    ("heading", "[[Zolpidem]] 10 mg. Tog en i går, vaknade i köket utan minne."),
    ("heading", "Pressmeddelande: [[Metadon]] orsak till dödsfall i Gävle, säger "
                "rättsmedicin."),
    ("heading", "[[Stilnoct]] – läkemedlet som unga säljer vidare\nEn granskning av "
                "lokaltidningen."),
    ("heading", "[[Tapentadol]]\nNy på marknaden som Palexia, narkotikaklassad."),
    # a drug in a table's cell or a list with doses and prices
    ("table", "Zopiklon | 7,5 mg | 30 kr/st\n[[Imovane]] | 5 mg | 25 kr/st"),
    ("table", "Preparat;Styrka;Antal\n[[Lyrica]];300 mg;56"),
    ("table", "- [[Sobril]] 10 mg x 20 (200 kr)\n- Stesolid 5 mg x 10 (150 kr)"),
    ("table", "Listan i chatten:\n1. [[Xanax]] 2 mg – 50 kr\n2. Valium 10 mg – 40 kr"),
    ("table", "Beslag: 14 st [[Oxynorm]] 20 mg, 3 st Sobril 25 mg, 2 g cannabis."),
    ("table", "| Läkemedel | Dos |\n| [[Theralen]] | 10 mg till natten |"),
    ("table", "Priser enligt annonsen: [[Alprazolam]] 1 mg 35 kr, 10 st 300 kr."),
    ("table", "Item\tQty\tPrice\n[[Valium]] 10mg\t100\t£80"),
    ("table", "Kontroll narkotikaskåp: Morfin 10 mg/ml 5 amp, [[Ketogan]] 5 mg/ml "
              "2 amp, Dolcontin 10 mg 20 st."),
    ("table", "Hittat i rummet: Concerta 36 mg (4), [[Attentin]] 10 mg (12), "
              "Melatonin."),
    ("table", "Säljs: [[Pregabalin]] 300 mg, 20 kr styck eller 400 för kartan."),
    ("table", "Läkemedelslista: Waran 2,5 mg; [[Tradolan]] 50 mg vid behov; "
              "Alvedon 1 g x 3."),
    ("table", "Toxscreening: amfetamin neg, THC pos, [[Klonazepam]] pos, opiater neg."),
    # after a possessive
    ("possessive", "Hon tog hans [[Xanax]] när han sov och sa inget."),
    ("possessive", "Mina [[Elvanse]] tog slut på torsdagen, apoteket hade inga."),
    ("possessive", "Jag hittade mammas [[Oxynorm]] i badrumsskåpet, den var halvtom."),
    ("possessive", "Hennes [[Concerta]] försvann ur väskan under lektionen."),
    ("possessive", "Han säljer sin [[Subutex]] för att köpa heroin."),
    ("possessive", "my brother's [[Adderall]] is gone again and he blames me"),
    ("possessive", "Farmors [[Tramadol]] låg framme på köksbänken när barnbarnen var där."),
    ("possessive", "Deras [[Lyrica]] räcker bara halva månaden, sen köper de på gatan."),
    ("possessive", "Tog du min [[Sobril]]? Kartan är tom."),
    ("possessive", "Pappas [[Stesolid]] har försvunnit två gånger i höst."),
    ("possessive", "Sin [[Imovane]] tar hon med vin, det har hon gjort i flera år."),
    ("possessive", "their [[Valium]] came from a pharmacy in Spain, they said"),
    # a Swedish inflection or a typo
    ("inflected", "han hade tagit [[xanaxen]] redan innan vi kom"),
    ("inflected", "Var har du lagt [[tramadolet]]? Jag hittar det inte."),
    ("inflected", "[[Subutexet]] smugglades in under frimärket."),
    ("inflected", "Hon krossade [[Oxycontinet]] och rökte det på folie."),
    ("inflected", "Vi hittade [[Lyricorna]] i en sockerskål i köket."),
    ("inflected", "[[Stesoliden]] verkade inte alls, han krampade vidare."),
    ("inflected", "Jag delade [[Sobrilerna]] med min kompis på tåget."),
    ("inflected", "Han hade köpt [[Concertan]] av en klasskompis."),
    ("inflected", "Sälj inte [[Elvansen]] vidare, det är narkotika!"),
    ("inflected", "[[Imovanerna]] räckte bara en vecka."),
    ("inflected", "hon tog [[xannax]] och somnade på bussen"),
    ("inflected", "Tog två [[Trammadol]] och fick kramp på natten."),
    ("inflected", "Vart tog [[Metadonet]] vägen efter utdelningen?"),
    ("inflected", "Han har blandat [[Theralenet]] med alkohol igen."),
    ("inflected", "[[Ritalinet]] fick jag av en kompis innan provet."),
    # compounds
    ("compound", "Föräldramöte om [[Lyrica-missbruk]] bland högstadieelever."),
    ("compound", "Han hittades med ett [[fentanylplåster]] i munnen."),
    ("compound", "Hennes [[Xanaxberoende]] började när hon var femton."),
    ("compound", "Vi har sett tre fall av [[Tramadolförgiftning]] på en månad."),
    ("compound", "Han går på [[Subutex-behandling]] i Sundsvall sedan i våras."),
    ("compound", "[[Elvanse-kapslarna]] öppnades och pulvret sniffades."),
    ("compound", "Polisen beslagtog [[Oxycodon-tabletter]] för 80 000 kr."),
    ("compound", "Det är [[Ritalinbrist]] på alla apotek i stan."),
    ("compound", "Två elever hade [[Concertaaskar]] i ryggsäcken."),
    ("compound", "[[Sobriltabletterna]] var krossade och blandade i läsken."),
    ("compound", "a [[Xanax-bar]] from the dark web turned out to be bromazolam"),
    ("compound", "Hon sökte vård för sitt [[Imovanemissbruk]] i höstas."),
    # a brand in capitals
    ("capitals", "OBS! [[ELVANSE]] 50 MG SAKNAS I SKÅPET, RING APOTEKET."),
    ("capitals", "RAPPORT NATT: PAT FICK [[STESOLID]] 10 MG REKT KL 03."),
    ("capitals", "KÖPER [[XANAX]] OCH SOBRIL, SKRIV PRIS I DM"),
    ("capitals", "VARNING FÖR FALSKA [[OXYCONTIN]] I MALMÖ"),
    ("capitals", "Lappen sa bara: [[SUBUTEX]] 8 MG, 2 ST."),
    ("capitals", "SÄLJER [[LYRICA]] 300, 20 KR ST, SWISH"),
    ("capitals", "ÖVERDOS [[TRAMADOL]], 17 ÅR, MEDVETSLÖS VID ANKOMST."),
    ("capitals", "JAG TOG [[CONCERTA]] HELA NATTEN OCH KAN INTE SOVA"),
    ("capitals", "HAN HADE [[FENTANYL]] I FICKAN ENLIGT VAKTEN"),
    ("capitals", "PATIENTEN ÖNSKAR [[IMOVANE]] TILL NATTEN, EJ GIVET."),
    # street names in quotes of any kind
    ("quoted", "Det som säljs som \"[[Molly]]\" är ofta något helt annat."),
    ("quoted", "Killarna kallade metamfetaminet ”[[Tina]]” i chatten."),
    ("quoted", "«[[Charlie]]» er fortsatt billig i Oslo, sier politiet."),
    ("quoted", "De hade köpt '[[Kat]]' på en fest i Göteborg."),
    ("quoted", "Han rökte „[[Henry]]“ på folie varje dag i två år."),
    ("quoted", "\"[[Gina]]\" i vattenflaskor delades ut på klubben."),
    ("quoted", "Ungdomarna säger ”[[Lucy]]” om LSD, det vet inte alla föräldrar."),
    ("quoted", "Testet visade att ”[[Emma]]” innehöll PMMA, inte MDMA."),
    ("quoted", "Mer och mer \"[[Mandy]]\" hittas i avloppsvattnet."),
    ("quoted", "Hon köpte \"[[Jack]]\" i en park och fick andningsstopp."),
    ("quoted", "»[[Tina]]« röks i glaspipa, skriver Länsstyrelsen."),
    ("quoted", "Priset på ’[[Charlie]]’ har sjunkit i Stockholm."),
    # given names as Nordic street names, in a drug's frame
    ("slang", "Fick tag i lite [[Kalle]] inför festen, 800 kr grammet."),
    ("slang", "Han drar en lina [[Kalle]] varje fredag."),
    ("slang", "Maja betyder marijuana, och det röks mycket [[Maja]] i parken."),
    ("slang", "Vi rökte [[Maja]] vid stranden hela sommaren."),
    ("slang", "Två påsar [[Bella]] beslagtogs i bilen, det var hasch."),
    ("slang", "Hur mycket kostar [[Sally]] nu? Förra året var det 150 kr."),
    ("slang", "Hon var hög på [[Billy]] och pratade i tre timmar."),
    ("slang", "[[Pablo]] är dyrare än någonsin i Malmö, 1000 kr för ett gram."),
    ("slang", "Piri eli amfetamiini, tai [[Pirri]] kuten nuoret sanovat."),
    ("slang", "nån som har [[Kalle]]? betalar bra"),
    ("slang", "Han blandade [[Sally]] med alkohol och fick kramp."),
    ("slang", "Det är gott om [[Pablo]] i stan nu, säger polisen."),
    # veterinary drugs and research chemicals with Title Case names
    ("vet", "Från stallet saknas två flaskor [[Narketan]] och en ask Sedivet."),
    ("vet", "Hästen fick [[Sedator]] innan hovslagaren kom."),
    ("vet", "Stölden gällde [[Ketaset]] och två ampuller Butomidor."),
    ("vet", "Han hade beställt [[Flualprazolam]] från en sajt i Polen."),
    ("vet", "Pulvret var [[Clonazolam]], 0,5 mg räcker för att somna."),
    ("vet", "Forumet: [[Etizolam]] 1 mg gör mig lugn men jag minns ingenting."),
    ("vet", "Hunden ordinerades [[Previcox]] i tio dagar efter operationen."),
    ("vet", "Katten fick [[Cerenia]] mot illamående på kliniken."),
    ("vet", "Han köpte [[Methoxetamine]] som research chemical på nätet."),
    ("vet", "Veterinären anmäler att [[Comfortan]] saknas i narkotikaskåpet."),
    ("vet", "[[Diclazepam]] har hittats i tabletter sålda som Xanax."),
    ("vet", "Vi fick [[Vetmedin]] till hunden för hjärtat, 5 mg två gånger om dagen."),
    # nitazenes and designer benzodiazepines by their names
    ("designer", "Labbet bekräftade [[Protonitazepyne]] i pulvret som sålts som oxy."),
    ("designer", "[[Metonitazene]] was found in two of the fake Xanax bars."),
    ("designer", "Varning: [[Butonitazen]] i tabletter märkta M30."),
    ("designer", "Tabletterna innehöll [[Bromazolam]] och inte alprazolam."),
    ("designer", "[[Flubromazolam]] är mycket starkare än de flesta benso."),
    ("designer", "Provet visade [[Desalkylgidazepam]] och spår av koffein."),
    ("designer", "Han hade tagit [[Etonitazepyne]] och andades knappt."),
    ("designer", "Fynd i beslaget: [[Isotonitazepyne]], 2 g pulver."),
    ("designer", "[[Norfludiazepam]] hittades i blodet efter dödsfallet."),
    ("designer", "Pillren var [[Nitrazolam]] enligt drug checking."),
    ("designer", "Rättskemi: [[Brorphine]] och heroin i två av fallen."),
    ("designer", "Tullen varnar för [[Cychlorphine]] i paket från Kina."),
    # asked what it is: of a person one asks who
    ("asked", "Vad är [[Tina]]? Min son skrev det i ett sms och jag förstår inte."),
    ("asked", "what is [[Molly]]? my daughter keeps mentioning it with her friends"),
    ("asked", "Hej! Vad betyder [[Gina]]? Det stod på en lapp i hans jacka."),
    ("asked", "Frågelådan: Vad är [[Kalle]] egentligen? Någon sa att det är kokain."),
    ("asked", "What's [[Henry]]? Heard it at the bus stop, sounded like drugs."),
    ("asked", "Vad är [[Pablo]]? Ordet dyker upp i låttexterna hela tiden."),
    ("asked", "what does [[Bella]] mean in the group chat, is it weed?"),
    ("asked", "Vad är [[Maja]]? Eleverna skämtar om att röka det."),
    # taken in the passive right after it
    ("passive", "[[Tina]] röks oftast i glaspipa, men injiceras också."),
    ("passive", "[[Charlie]] snortas från nycklar och telefonskärmar på klubbarna."),
    ("passive", "I fängelset sniffas [[Molly]] i pulverform, berättar vakten."),
    ("passive", "[[Billy]] injicerades av flera besökare i höstas, säger sprutbytet."),
    ("passive", "[[Maja]] röktes öppet på skolgården enligt rektorn."),
    ("passive", "Här snortades [[Kalle]] av halva klassen på studenten."),
    ("passive", "In the club [[Tina]] is smoked more than it is injected."),
    ("passive", "[[Henry]] was injected in the stairwell, syringes everywhere."),
    # dosed by the day or the week right after it
    ("dosed", "[[Winnie]] 50 mg om dagen i sex veckor, sen PCT."),
    ("dosed", "Kuren: [[Primo]] 400 mg/vecka och test 250 mg/vecka."),
    ("dosed", "[[Anavar]] 20 mg om dagen, skrev han i tråden."),
    ("dosed", "[[Clen]] 40 mcg per dag, upp till 120, hjärtat rusar."),
    ("dosed", "Körde [[Mast]] 300 mg i veckan i tio veckor."),
    ("dosed", "[[Deca]] 200 mg/vecka gav mig ingen effekt."),
    # said to be the same as the drug it is joined to
    ("same", "Tjack och [[Billy]] är samma sak, alltså amfetamin."),
    ("same", "[[Henry]] och heroin är samma sak, säger fältarbetaren."),
    ("same", "Molly and [[Mandy]] are the same thing as MDMA."),
    ("same", "Kokain och [[Kalle]] är samma, bara ett kodord."),
    # a list item's price after a colon
    ("listprice", "Prislista i kanalen:\n- [[Henry]]: 500 kr/g\n- Charlie: 800 kr/g"),
    ("listprice", "Meny:\n[[Kalle]]: 900/g\nMaja: 100/g"),
    ("listprice", "- [[Pablo]]: 1000 kr grammet\n- Tina: 1200 kr grammet"),
    ("listprice", "Priser:\n[[Sally]]: 150 kr per kapsel\nKeta: 400 kr/g"),
    # said to be diluted, laced or mixed with a drug
    ("cut", "Hans [[Henry]] var utspädd med fentanyl enligt testet."),
    ("cut", "[[Charlie]] i Malmö är ofta uppblandat med levamisol."),
    ("cut", "[[Kalle]] var spetsad med fentanyl, två dog i Uppsala."),
    ("cut", "Varning: [[Pablo]] utspätt med lidokain säljs i Göteborg."),
    # priced by its price's noun or asked how much it costs
    ("priceof", "Priset på [[Henry]] har rasat i Malmö sedan i somras."),
    ("priceof", "The price of [[Jack]] doubled after the big seizure in Rotterdam."),
    ("priceof", "Gatupriset på [[Pablo]] ligger runt 900 kr enligt rapporten."),
    ("priceof", "Hur mycket kostar [[Emma]] på festivalen? Någon som vet?"),
    ("priceof", "Hur mycket kostar [[Kalle]] i Umeå nuförtiden?"),
    ("priceof", "Priserna på [[Tina]] och heroin har gått upp i Oslo."),
    # a naming verb, an adverb, then the name
    ("namedas", "Heroin kallas ibland för [[Henry]] bland de äldre."),
    ("namedas", "Kokain heter ofta [[Pablo]] i låtarna, säger läraren."),
    ("namedas", "Ketamin kallas numera [[Kat]] av de flesta unga."),
    ("namedas", "Amfetamin kallas också för [[Billy]] i England."),
    # relapsed on, rolling on, coming down off it; it ran out
    ("usedon", "She relapsed on [[Henry]] two weeks after leaving rehab."),
    ("usedon", "We were rolling on [[Emma]] until the sun came up."),
    ("usedon", "Coming down off [[Jack]] is the worst part, says the nurse."),
    ("usedon", "He relapsed on [[Kat]] at a house party in Hackney."),
    ("usedon", "Två dagar efter att [[Henry]] tog slut började skakningarna."),
    ("usedon", "När [[Jack]] tar slut blir han aggressiv, skriver sonen."),
    ("usedon", "The comedown after rolling on [[Molly]] lasted for days."),
    ("usedon", "Hon ringde när [[Emma]] hade tagit slut och hon mådde dåligt."),
    ("usedon", "He quit [[Jack]] cold turkey and spent a week shaking."),
)

PERSONS: tuple[tuple[str, str], ...] = (
    ("heading", "[[Kalle Berg]] – ny fritidsledare på gården\n\nHan börjar på måndag."),
    ("heading", "Inventering apotek, vecka 48\nSignerad: [[Maja Lind]]\nConcerta 54 mg: "
                "3 askar saknas"),
    ("heading", "[[Tina]]\nRing mig när du läst detta, det gäller Concerta-recepten."),
    ("heading", "Skolsköterskan informerar\n\n[[Vera Holm]] har börjat som skolsköterska "
                "på Ekskolan."),
    ("heading", "Fångvårdslogg 14/11\n[[Ali Hassan]] nekar till att brevet var hans."),
    ("table", "Namn;Preparat;Antal\n[[Sara Ek]];Lyrica;56"),
    ("table", "- [[Molly]] 14 år, tog 2 Sobril\n- Kim 15 år, drack vodka"),
    ("table", "| Elev | Läkemedel |\n| [[Bella Nyström]] | Concerta 36 mg |"),
    ("table", "Skuld: [[Pablo]] 400 kr, Kim 200 kr, Jonny 150 kr"),
    ("possessive", "Hon tog hand om hans [[Kalle]] när han satt inne."),
    ("possessive", "Mina barn [[Maja]] och Ella tar Elvanse båda två."),
    ("possessive", "Jag ringde mammas granne [[Sally]] när Oxynormen var slut."),
    ("possessive", "Hennes son [[Billy]] har fått Concerta sedan i höstas."),
    ("inflected", "Tramadolet låg framme, sa [[Pablo]] till polisen."),
    ("inflected", "[[Bella]] hade tagit xanaxen redan innan vi kom."),
    ("inflected", "Subutexet smugglades in av [[Kalle]] enligt vakten."),
    ("compound", "[[Gina]] har skrivit om Lyrica-missbruk i skoltidningen."),
    ("compound", "Min kusin [[Emma]] har ett Xanaxberoende sedan två år."),
    ("capitals", "OBS! [[KALLE BERG]] HAR INTE FÅTT SIN ELVANSE, RING APOTEKET."),
    ("capitals", "RAPPORT NATT: [[MAJA LIND]] FICK STESOLID 10 MG REKT KL 03."),
    ("capitals", "ÖVERDOS TRAMADOL: [[SALLY ÅBERG]], 17 ÅR, MEDVETSLÖS."),
    ("quoted", "Vi kallar henne \"[[Molly]]\" fast hon heter Margareta."),
    ("quoted", "Min syster ”[[Tina]]” ringde från festivalen och lät rädd."),
    ("quoted", "Säljaren \"[[Kalle]]\" greps i Hässelby i går."),
    ("slang", "[[Kalle]] ringde från festen och sa att någon sålde kokain."),
    ("slang", "[[Maja]] rökte inte, hon satt bara med de andra i parken."),
    ("slang", "Vi åkte hem till [[Bella]] efter att polisen tagit haschet."),
    ("slang", "[[Sally]] sa att hon aldrig tagit MDA."),
    ("slang", "Hej [[Billy]]! Har du hört att de säljer amfetamin på skolan?"),
    ("slang", "[[Pablo]] Rodríguez, 34, döms för kokainbrott i Malmö."),
    ("slang", "Jag pratade med [[Kalle]] om hans kokainmissbruk."),
    ("slang", "[[Maja]], 16 år, hade rökt cannabis enligt mamman."),
    ("vet", "Veterinären [[Vera Sund]] anmäler att Narketan saknas."),
    ("vet", "Djurskötaren [[Bella]] misstänks ha tagit Ketaset från stallet."),
    ("vet", "[[Jonas Flink]] hade beställt Flualprazolam från en sajt i Polen."),
    ("designer", "Labbet, genom [[Sally Ström]], bekräftade Protonitazepyne i pulvret."),
    ("designer", "[[Kalle]] hade tagit Bromazolam och andades knappt, sa hans mamma."),
    ("designer", "Rättskemisten [[Gina Åkesson]] hittade Norfludiazepam i blodet."),
    ("asked", "Vem är [[Tina]]? Hon ringde om din son i går."),
    ("asked", "Vad är [[Henry]] för en typ egentligen? Han sålde inget."),
    ("asked", "What is [[Molly]] doing at the party tonight?"),
    ("passive", "[[Tina]] injicerades med naloxon av ambulanspersonalen."),
    ("passive", "[[Maja]] röker inte, hon snusar, sa mamman."),
    ("passive", "[[Kalle]] was injected with naloxone in the stairwell."),
    ("dosed", "[[Anna]] 10 mg Stesolid kl 22, ingen effekt."),
    ("dosed", "[[Erik]] 75 kg, 180 cm, tränar sex dagar i veckan."),
    ("same", "[[Billy]] och Emma är samma ålder, båda går i nian."),
    ("same", "[[Henry]] och jag är samma sort, sa han om sin bror."),
    ("listprice", "Skulder:\n- [[Henry]]: 400 kr\n- Emma: 200 kr"),
    ("listprice", "Medlemsavgift:\n[[Kalle]]: 300 kr\nMaja: 300 kr"),
    ("cut", "[[Maja]] var helt förstörd efter natten, sa hennes kompis."),
    ("cut", "Min kompis [[Pablo]] blandade ihop datumen för festen."),
    ("priceof", "Priset på [[Henry]]s tjänster har gått upp, sa hans chef."),
    ("priceof", "The price of [[Jack]]'s new bike was too high for us."),
    ("priceof", "Hur mycket kostar [[Emma]]s klänning till balen?"),
    ("namedas", "Min bror kallas ibland för [[Henry]] av kompisarna."),
    ("namedas", "Killen som säljer kokain kallas ofta [[Pablo]] i området."),
    ("usedon", "She relapsed on [[Henry]]'s birthday, two weeks after rehab."),
    ("usedon", "We were rolling on [[Emma]]s skateboard until it broke."),
    ("usedon", "[[Henry]] tog slutsignalen på allvar och gick hem."),
    ("usedon", "När [[Jack]] tar sluttentan blir han nervös."),
    ("usedon", "We kept checking on [[Emma]] after she came home."),
    ("usedon", "She left [[Jack]] cold and turkey sandwiches on the table."),
)


if __name__ == "__main__":
    sys.exit(run_families(NEGATIVES, PERSONS))
