"""Substance, medicine and street names in voices the earlier unseen benches lack, beside people
named like them in the same frames: the share of drug words flagged and of persons found.

    python bench/pii/drug_names_unseen6.py [-v]

Voices: an ambulance crew's run sheet, a pharmacy's stock e-mail, a festival drug-checking
thread, a toxicology lab's sheet, a student's thesis notes, a police blotter in English, a
WhatsApp group of friends, a prison's medicine round, a recovery group's texts, a vet
clinic's controlled-drug log, a forum's trip report, a youth centre's shift plan. Families:
`englist` (English lists of substances with a street name among them), `useverb` (a use or
trade verb, capitalised at the line's start, before a street name: `Snortade Pablo`),
`naming` (a naming frame: `it is called Rose`, `den kallas Tina`, `säljs som "Molly"`),
`caps` (a brand in capitals or with a strength: `STESOLID 5 mg`), `stock` (brands in a
product list, an order or a price list), `chat` (slang in chat, lower or sentence case),
`surnamey` (brands shaped like surnames, after a given name or a person's word),
`lab` (a lab result's row), `rows` (batch 2: medicines in a list's rows, capitals and
line starts), `notes` (batch 3: notes, signs, graffiti and shop talk). Persons named like
drugs (Molly, Tina, Charlie, Pablo, Rose, Crystal, Gina, Mandy, Roxy, Henry, Lucy) stand in
the same frames: genitives before a thing (`Mollys bil`), shift rows (`Tina 08-16`), lists of
people, naming (`hon kallas Tina`), spoken to in chat.

A drug word counts as flagged when a finding that would be masked overlaps it; a person as
found when a PERSON finding covers the name. A third (`crc32(text) % 3 == 0`) is kept out of
tuning. All names and people are made up.
"""

from __future__ import annotations

import sys

from marks import run_families

NEGATIVES: tuple[tuple[str, str], ...] = (
    # English lists of substances
    ("englist", "Cocaine, [[Molly]] and ketamine were all on the table when officers arrived."),
    ("englist", "Seized: heroin, [[Tina]], cannabis resin and two scales."),
    ("englist", "The festival tent tested MDMA, [[Charlie]], 2C-B and speed over the weekend."),
    ("englist", "He listed weed, [[Pablo]], pills and booze as his weekend intake."),
    ("englist", "Most calls this month involved GHB, [[Gina]] or alcohol."),
    ("englist", "Ketamine, [[Mandy]], acid and mushrooms all showed up at the camp."),
    ("englist", "Found in the locker: spice, [[Roxy]], subs and a burner phone."),
    ("englist", "Benzos, [[Henry]] and methadone make up most of the overdoses we see."),
    ("englist", "Patient admits to crack, [[Kristall]], and 'some pills' over three days."),
    ("englist", "Substances named by the group: [[Lucy]], shrooms, DMT and ketamine."),
    ("englist", "Cannabis and [[Molly]] were the two drugs most often reported by students."),
    ("englist", "Amphetamine or [[Tina]], the report says it's hard to tell them apart."),
    ("englist", "Stock list: coke, [[Rose]], ket, oxy — all 'in stock' according to the ad."),
    ("englist", "MDMA, cocaine, [[Charlie]] and nitrous oxide are covered in chapter four."),
    # a use or trade verb, capitalised, before a street name
    ("useverb", "Snortade [[Pablo]] på toaletten och sen gick vi ut igen."),
    ("useverb", "Rökte [[Tina]] i tre dygn utan att sova, skriver han."),
    ("useverb", "Droppade [[Molly]] vid tolv och dansade till sex."),
    ("useverb", "Sniffed [[Charlie]] off a key in the stairwell, then left."),
    ("useverb", "Popped a [[Roxy]] before his shift, according to the foreman."),
    ("useverb", "Langade [[Gina]] på festivalen förra sommaren, erkänner hon."),
    ("useverb", "Köpte [[Mandy]] av en kille på Snapchat för 300 kr."),
    ("useverb", "Injicerade [[Henry]] två gånger samma kväll, enligt ambulansen."),
    ("useverb", "Sålde [[Kristall]] från lägenheten i Rosengård i flera månader."),
    ("useverb", "Tog [[Lucy]] på midsommar, såg färger hela natten."),
    ("useverb", "Smoked [[Tina]] for the first time at a chill-out in Vauxhall."),
    ("useverb", "Dealt [[Molly]] at three festivals before he got caught."),
    ("useverb", "Blandade [[Charlie]] med alkohol och fick hjärtklappning."),
    ("useverb", "Beställde [[Pablo]] via Telegram, levererat inom en timme."),
    # naming frames
    ("naming", "It is called [[Rose]] on the street, but it's just cocaine."),
    ("naming", "Metamfetamin – den kallas [[Tina]] i gayscenen."),
    ("naming", "Pulvret säljs som \"[[Molly]]\" men innehöll mest koffein."),
    ("naming", "The powder goes by the name [[Charlie]] in most of London."),
    ("naming", "GHB, som kallas [[Gina]] av ungdomarna, ger snabbt medvetslöshet."),
    ("naming", "Kokainet marknadsförs som [[Pablo]] på Telegram."),
    ("naming", "Oxycodone is nicknamed [[Roxy]] after the Roxicodone brand."),
    ("naming", "Ecstasy brukar kallas [[Mandy]] i England."),
    ("naming", "Heroin, also known as [[Henry]] among older users, is rarer now."),
    ("naming", "Det som kallas [[Kristall]] är oftast metamfetamin."),
    ("naming", "They call it [[Lucy]] because of the Beatles song."),
    ("naming", "Tabletterna såldes under namnet [[Rose]] på Flashback."),
    ("naming", "Kids refer to it as [[Molly]], thinking it's pure."),
    ("naming", "Ämnet går under smeknamnet [[Tina]] i chattarna."),
    # brands in capitals or with strengths
    ("caps", "Ordination: [[STESOLID]] 5 mg vid behov, max 3 ggr/dygn."),
    ("caps", "Beslag i cell 14: [[SOBRIL]] 10 MG, 12 tabletter."),
    ("caps", "Fyndet: en karta [[XANOR]] 1 mg och ett kort."),
    ("caps", "Run sheet: pt states took [[OXYNORM]] 20 mg x2, RR 8."),
    ("caps", "[[IMOVANE]] 7,5 mg till natten enligt läkemedelslistan."),
    ("caps", "Kvittot visade [[LYRICA]] 300 mg, 56 kapslar."),
    ("caps", "Vet log: [[KETALAR]] 50 mg/ml, 10 ml vial opened, 2 ml used."),
    ("caps", "Stulet ur skåpet: [[Dolcontin]] 30 mg, 2 förpackningar."),
    ("caps", "Medicine round 20:00 — [[Theralen]] 40 mg/ml, 1 ml."),
    ("caps", "Pt had [[Tramadol]] 50 mg and Zopiklon 7.5 mg at 23:00."),
    ("caps", "Fynd: [[CONCERTA]] 54 MG, 30 st, ej förskrivna till honom."),
    ("caps", "[[Oxascand]] 15 mg 1+1+2 enligt dosetten."),
    ("caps", "Leverans: [[PROPAVAN]] 25 mg x 100."),
    # brands in a product list, an order or a price list
    ("stock", "Beställning v. 12\n[[Sobril]] 10 mg – 4 fp\nStesolid 5 mg – 2 fp\nImovane – 3 fp"),
    ("stock", "Priser i kanalen:\n[[Xanor]] 2 mg 40 kr/st\nLyrica 300 25 kr\nTramadol 50 15 kr"),
    ("stock", "Restnoterat denna vecka: Ritalin, [[Concerta]], Elvanse och Medikinet."),
    ("stock", "Saknas vid inventering: [[Citodon]] 2 fp, Oxynorm 1 fp, Sobril 1 fp."),
    ("stock", "Menu:\n[[Valium]] 10mg – £2\nXanax 2mg – £3\nCodeine 30mg – £1"),
    ("stock", "Pris per st: [[Stesolid]] 30, Rivotril 40, Subutex 150."),
    ("stock", "Apoteket har slut på [[Atarax]], Lergigan och Propavan."),
    ("stock", "Order #441: [[Modafinil]] x60, Tramadol x30, shipped."),
    ("stock", "Lagersaldo\n[[Metadon]] 40 ml\nSuboxone 8 mg 14 st\nNaloxon 2 st"),
    ("stock", "Artiklar: Panodil, Ipren, [[Alvedon]], Treo, Nezeril."),
    ("stock", "Skickade paket med [[Dolcontin]], Oxycontin och Ketogan."),
    ("stock", "Vi tar emot: Elvanse, [[Attentin]], Ritalin – bra betalt."),
    # slang in chat
    ("chat", "nån som har [[tina]] ikväll? betalar bra"),
    ("chat", "[[Charlie]] ikväll? 😏"),
    ("chat", "har du fått tag på [[molly]] till festen"),
    ("chat", "Fixa [[Gina]] till lördag så tar jag med högtalaren"),
    ("chat", "lol vi tog [[Mandy]] o dansade hela natten"),
    ("chat", "Behöver lite [[Pablo]] till helgen, hör av dig"),
    ("chat", "Någon mer som kört [[Kristall]]? känner mig helt slut"),
    ("chat", "mer [[Molly]]?? eller räcker det nu"),
    ("chat", "[[Tina]] 1g kvar, vem vill ha"),
    ("chat", "snälla köp inte [[Roxy]] från honom, det är fenta"),
    ("chat", "Ok vi delar på [[Charlie]] sen, 50/50"),
    ("chat", "Hade [[Lucy]] på festivalen, bästa trippen hittills"),
    # brands shaped like surnames, after a given name or a person's word
    ("surnamey", "Vi gav Jonas [[Stesolid]] rektalt innan ambulansen kom."),
    ("surnamey", "Sjuksköterskan gav Emma [[Theralen]] till natten."),
    ("surnamey", "Läkaren skrev ut till Omar [[Lyrica]] mot nervsmärtan."),
    ("surnamey", "Mamma hade gett Leo [[Atarax]] för klådan."),
    ("surnamey", "Kalle fick [[Sobril]] av en kompis på festen."),
    ("surnamey", "The nurse gave Sam [[Lorazepam]] at midnight."),
    ("surnamey", "Hon erbjöd Ali [[Imovane]] när han inte kunde sova."),
    ("surnamey", "Pappan gav Nora [[Lergigan]] för åksjukan."),
    ("surnamey", "Personalen gav Lisa [[Oxascand]] vid 22-tiden."),
    ("surnamey", "Ronja tog [[Concerta]] före provet, inte sin egen."),
    ("surnamey", "Farbror Sven delade ut [[Citodon]] till alla."),
    ("surnamey", "Doktor Berg ordinerade [[Propavan]] och Theralen."),
    # a lab result's row
    ("lab", "Prov 7: [[Kristall]] — metamfetamin 71 %, ingen förorening."),
    ("lab", "Sample 12 ([[Molly]]): MDMA 38 %, caffeine, no PMMA."),
    ("lab", "Analys\n[[Tina]]: 64 % metamfetamin\nKeta: ketamin 90 %"),
    ("lab", "Result — '[[Charlie]]': cocaine HCl 52 %, levamisole."),
    ("lab", "Prov 3 ([[Pablo]]) innehöll 81 % kokain och fenacetin."),
    ("lab", "Tox screen positive for [[Stesolid]] metabolites and THC."),
    ("lab", "Urinprov: positivt för [[Tramadol]] och bensodiazepiner."),
    ("lab", "Drug check #55, sold as [[Mandy]]: contained 3-MMC."),
    ("lab", "Provsvar Gina-flaskan: GBL 95 %, [[Rose]]-påsen: kokain 70 %."),
    # batch 2, written after batch 1 flagged almost nothing: medicines less often named, in
    # rows, capitals and line starts, where no list may hold them
    ("rows", "Läkemedelslista\n[[Heminevrin]] 300 mg till natten\nAtarax 25 mg vb"),
    ("rows", "- [[Nozinan]] 5 mg\n- Truxal 15 mg\n- Ergenyl 500 mg"),
    ("rows", "Utdelat kl 21: [[Mirtazapin]], Quetiapin, Melatonin."),
    ("rows", "[[Bensedin]] och Apodorm hittades i hans väska."),
    ("rows", "MEDICINLISTA: [[ORFIRIL]] 300 MG, HEMINEVRIN 300 MG, NOZINAN 25 MG"),
    ("rows", "Pt on [[Pregabalin]] 150 bd, Gabapentin 300 tds, Mirtazapine 30 on."),
    ("rows", "Hittade i rummet: [[Rohypnol]], Mogadon och två askar Stilnoct."),
    ("rows", "Han har fått [[Fenemal]] och Klometiazol på avgiftningen."),
    ("rows", "Kvällsmedicin\n[[Seroquel]] 50\nLergigan 25\nTheralen 10 ml"),
    ("rows", "Tablets found: [[Dihydrocodeine]], Co-codamol, Zopiclone."),
    ("rows", "Beslag: 40 st [[Tradolan]], 12 st Nobligan, 3 ml Metadon."),
    ("rows", "Receptförnyelse: [[Lamictal]], Sertralin och Propavan."),
    ("rows", "Hon fick [[Haldol]] och Stesolid i ambulansen."),
    ("rows", "Ordinerat: [[Antabus]] 400 mg tre gånger i veckan."),
    ("rows", "[[Durogesic]] plåster 25 µg/h, byts var tredje dag."),
    ("rows", "[[Palexia]] 50 mg och Targiniq stod på listan som saknades."),
    ("rows", "Vet log: [[Domitor]] 0,5 ml, Antisedan 0,5 ml, Zoletil 1 ml."),
    ("rows", "Dagens beslag\n[[Mogadon]] 5 mg – 20 st\nFlunitrazepam – 10 st"),
    # batch 3, written after batches 1-2 flagged almost nothing: notes, signs, graffiti,
    # songs and shop talk, where a street name stands bare or shouted
    ("notes", "Nån har klottrat \"[[TINA]] = DÖDEN\" på väggen vid toaletterna."),
    ("notes", "På lappen i fickan stod \"[[Molly]] K 2st\" och ett telefonnummer."),
    ("notes", "Skylt vid entrén: INGEN [[MOLLY]], INGEN TINA, INGEN G."),
    ("notes", "Kunden frågade efter [[Molly]] vid kassan och gick sen."),
    ("notes", "Låten heter \"[[Charlie]]\" och handlar om kokain, säger eleverna."),
    ("notes", "[[Rose]] är det nya namnet på 2C-B här, enligt fältassistenterna."),
    ("notes", "Fick tag på lite [[Rose]] igår, typ som 2C-B fast starkare."),
    ("notes", "[[Rose]]-pillren som går runt i Malmö är starkare än vanligt."),
    ("notes", "Graffiti under bron: \"[[PABLO]] 4 LIFE\" och ett telefonnummer."),
    ("notes", "Note found in the cell: 'need [[Henry]] by friday, 2 bags'."),
    ("notes", "Hon sa att [[Gina]] gör en sömnig och kåt, sen blev hon medvetslös."),
    ("notes", "MOLLY + [[TINA]] = NEJ, står det på tavlan i personalrummet."),
    ("notes", "Whiteboard i uppehållsrummet: \"[[Lucy]] i kväll?\" med en smiley."),
    ("notes", "Inlägget löd: säljer [[Kristall]], Tina och Keta, DM."),
    ("notes", "Ringde 1177 efter att ha tagit [[Rose]] och druckit vin."),
    ("notes", "De pratade om [[Charlie]] hela kvällen, vem som hade och vem som inte hade."),
)

PERSONS: tuple[tuple[str, str], ...] = (
    # lists of people in English
    ("englist", "Present: Anna Berg, [[Molly]] and Kevin from the council."),
    ("englist", "Thanks to Sara, [[Tina]] and Dev for running the stand."),
    ("englist", "The volunteers were Joe, [[Charlie]], Amir and Beth."),
    ("englist", "Hugo, [[Pablo]] and Ines did the night shift at the tent."),
    ("englist", "Present were Gina, [[Rose]] and Lars from the clinic."),
    # a verb at the line's start, a person after it
    ("useverb", "Ringde [[Pablo]] på sjukhuset, han mår bättre nu."),
    ("useverb", "Träffade [[Tina]] på mötet i går, hon hälsar."),
    ("useverb", "Called [[Charlie]] at nine, no answer."),
    ("useverb", "Frågade [[Molly]] om hon kan ta passet på lördag."),
    ("useverb", "Mejlade [[Gina]] om schemat för nästa vecka."),
    ("useverb", "Hämtade [[Henry]] vid stationen klockan sju."),
    # naming of a person
    ("naming", "Hon kallas [[Tina]] av alla på avdelningen."),
    ("naming", "She is called [[Rose]] by her friends at the club."),
    ("naming", "Min kollega heter [[Molly]] och jobbar natt."),
    ("naming", "His name is [[Charlie]] and he runs the outreach van."),
    ("naming", "Den nya kuratorn heter [[Pablo]] Ruiz."),
    ("naming", "Everyone calls her [[Gina]] at the drop-in."),
    # a drug-named person's genitive before a thing
    ("genitive", "Vi tog [[Mollys]] bil till mötet i Lund."),
    ("genitive", "[[Tinas]] telefon låg kvar i personalrummet."),
    ("genitive", "Vi sov i [[Charlies]] lägenhet efter festen."),
    ("genitive", "[[Pablos]] cykel stals utanför stationen."),
    ("genitive", "Jag lånade [[Roses]] laddare i går."),
    ("genitive", "Det var [[Ginas]] idé att starta gruppen."),
    # shift rows and schedules
    ("shift", "Schema v. 14\n[[Tina]] 08-16\nKarin 16-22"),
    ("shift", "Bemanning lördag\nJonas 07–15\n[[Molly]] 15–23"),
    ("shift", "Rota: [[Charlie]] 10-18, Ahmed 18-02"),
    ("shift", "Kväll\n[[Pablo]] 16.00–24.00\nEmma 16.00–21.00"),
    ("shift", "Fredag: [[Rose]] 9-17, Lars 12-20"),
    ("shift", "Mån [[Gina]] 8–16 | Tis Lisa 8–16"),
    # persons in capitals, near medicines
    ("caps", "Ansvarig sjuksköterska: [[MOLLY BERGSTRÖM]], tel. 08-123 45 67."),
    ("caps", "Kontaktperson [[TINA HOLM]] ansvarar för läkemedelsskåpet."),
    ("caps", "Signerat av [[CHARLIE NORD]] efter utdelning av Stesolid."),
    # persons beside a stock or price list
    ("stock", "Beställt av [[Rose Ahlgren]]: Sobril 10 mg – 4 fp."),
    ("stock", "Inventering gjord av [[Pablo Sandberg]] och Eva Lind."),
    ("stock", "[[Gina]] har räknat narkotikaskåpet, allt stämmer."),
    # chat between people named like drugs
    ("chat", "[[Tina]] kommer du ikväll? 😊"),
    ("chat", "haha [[Molly]] du är bäst"),
    ("chat", "Ok [[Charlie]], vi ses vid sex"),
    ("chat", "grattis [[Rose]]!! 🎉"),
    ("chat", "[[Pablo]] har du hämtat nycklarna?"),
    # a given name before a medicine, the person found
    ("surnamey", "Vi gav [[Jonas]] Stesolid rektalt innan ambulansen kom."),
    ("surnamey", "Sjuksköterskan gav [[Emma]] Theralen till natten."),
    ("surnamey", "Mamma hade gett [[Leo]] Atarax för klådan."),
    ("surnamey", "[[Kalle]] fick Sobril av en kompis på festen."),
    ("surnamey", "Pappan gav [[Nora]] Lergigan för åksjukan."),
    ("surnamey", "The nurse gave [[Sam]] Lorazepam at midnight."),
    # persons in a lab's voice
    ("lab", "Analyserat av [[Crystal Ek]], kemist, 2026-03-02."),
    ("lab", "Prov 7 lämnades av [[Molly]] på tältet."),
    ("lab", "Provsvar skickat till [[Tina Rask]] på mottagningen."),
)


if __name__ == "__main__":
    sys.exit(run_families(NEGATIVES, PERSONS))
