"""Substance, medicine and street names in voices the other drug benches lack, beside people
named like them: the share of drug words flagged and of persons found, per family.

    python bench/pii/drug_names_unseen4.py [-v]

Voices: an English harm-reduction service's alert, a festival's drug-checking tent log, a
prison's contraband report, a pharmacy's theft report, a Danish and a Norwegian colleague's
warning, a chat of young people selling, an ambulance crew's note, a toxicology lab's monthly
list, a trip report on a forum. Families: `verb` (a street name as subject or object of a verb
only substances take: `Tina hits harder`, `cut with Molly`), `list` (a street name in a list
with other substances: `MDMA, Molly och Kristall`), `inflected` (definite, plural, genitive,
compound: `Charliepåsen`), `called` (a street name after `kallas`, `säljs som`, `known as`,
`street name`), `menu` (a street name opening a price list's line: `Kristall 300 kr/g`),
`logo` (a pill's stamp that is a brand, figure, celebrity, car or game), `brand` (medicines
by brand in Nordic and English spellings), `nps` (new psychoactive substances by code);
persons named like drugs (`Tina`, `Molly`, `Crystal`, `Rosa`, `Charlie`, `Henry`) are set
down in the same voices so recall is measured too.

A drug word counts as flagged when a finding that would be masked overlaps it; a person as
found when a PERSON finding covers the name. A third of the sentences (`crc32(text) % 3 ==
0`, the text without its marks) is kept out of tuning; `-v` prints every drug flagged and
every person missed. All names and people are made up.
"""

from __future__ import annotations

import sys

from marks import run_families

NEGATIVES: tuple[tuple[str, str], ...] = (
    # a street name as subject or object of a verb only substances take
    ("verb", "ALERT: [[Tina]] hits harder this month, test before you use."),
    ("verb", "Samples of ketamine cut with [[Molly]] were handed in on Saturday."),
    ("verb", "Patient dosed on [[Charlie]] and alcohol, GCS 13 on arrival."),
    ("verb", "Tältlogg 02.10: [[Kristall]] testades positivt för metamfetamin."),
    ("verb", "He had been railing [[Charlie]] since midnight, the crew noted."),
    ("verb", "Var försiktig, [[Mandy]] kickar in sent och folk tar en till."),
    ("verb", "Tripprapport: [[Lucy]] kom upp efter en timme, visuellt hela natten."),
    ("verb", "Pass på, [[Tina]] blir ofte blandet med andre stoffer i Oslo nå."),
    ("verb", "Smoked some [[Ice]] off foil and couldn't sleep for two days."),
    ("verb", "Ambulansen: pt har snortat [[Charlie]] och druckit sprit, takykard."),
    ("verb", "Festivalen: [[Molly]] löst i vatten delades i kön, två kollapsade."),
    ("verb", "Vi har set at [[Kristal]] bliver røget i opgangene på Nørrebro."),
    ("verb", "[[Tina]] was slammed at the party and two men ended up in A&E."),
    ("verb", "He bombed some [[Molly]] wrapped in a Rizla and waited."),
    ("verb", "Nån hade droppat [[Emma]] i drinken, hon mådde illa hela kvällen."),
    ("verb", "Crew note: pt reports he smoked [[Spice]] in the park, seizures x2."),
    # in a list with other substances
    ("list", "Veckans prover: MDMA, [[Molly]] och Kristall, alla höga doser."),
    ("list", "Party drugs seen at the clinic: K, [[Tina]], G and mephedrone."),
    ("list", "Tältet testade ketamin, kokain, [[Mandy]] och 2C-B under helgen."),
    ("list", "Beslag cell 4: subutex, spice, [[Charlie]], två telefoner."),
    ("list", "Stoffer vi har set i år: kokain, [[Tina]], GHB og ketamin."),
    ("list", "Stoffer i omløp: amfetamin, [[Krystal]], kokain og lystgass."),
    ("list", "Toxlab november: THC 41, kokain 18, [[Kristall]] 9, bensodiazepiner 7."),
    ("list", "Chemsex risks: mephedrone, [[Tina]] and GHB together can kill."),
    ("list", "Säljer gräs, hasch, [[Charlie]], piller, DM för pris."),
    ("list", "Found in the cell: spice papers, [[Bupe]] strips and a SIM card."),
    ("list", "Uppgifter om ketamin, [[Rosa]], kokain och MDMA i Malmö."),
    ("list", "Stoffene var speed, [[Molly]], kokain og hasj ifølge rapporten."),
    # inflected or compounded
    ("inflected", "Testtältet: [[Kristallen]] från förra helgen var blandad med koffein."),
    ("inflected", "Folk klagar på att [[Tinan]] i stan är dålig nu."),
    ("inflected", "[[Mollyn]] du sålde igår var typ bara socker bro"),
    ("inflected", "Vakten hittade [[Charliepåsen]] i hans sko vid visitationen."),
    ("inflected", "[[Tinaen]] i Oslo er sterkere enn før, sier feltarbeiderne."),
    ("inflected", "Hon har röjt [[Kristallerna]] i en burk under sängen."),
    ("inflected", "[[Molly-pillren]] var rosa och hade en krona på sig."),
    ("inflected", "Lab: [[Kristallprovet]] innehöll 78 % metamfetamin."),
    ("inflected", "[[Krystallen]] bliver solgt i små poser på Vesterbro."),
    ("inflected", "Har [[Charlien]] kommit än eller ska vi vänta till fredag?"),
    ("inflected", "[[Ketaminet]] i provet var blandat med något okänt."),
    ("inflected", "Sprutbytet märker att [[Tinarökningen]] ökar i Stockholm."),
    # after a naming cue or in quotes
    ("called", "Metamfetamin kallas \"[[Tina]]\" bland män som har chemsex."),
    ("called", "Pulvret säljs som [[Kristall]] men är ofta något annat."),
    ("called", "Crystal meth, also known as [[Tina]], is common at chemsex parties."),
    ("called", "MDMA, street name [[Molly]], was found in 12 of 30 samples."),
    ("called", "Kokain går under namnet '[[Charlie]]' på Snapchat."),
    ("called", "Tabletterne omtales som \"[[Emma]]\" af de unge på gaden."),
    ("called", "Ketamine, sold as '[[Special K]]', was cut with a new benzo."),
    ("called", "Stoffet kalles [[Tina]] i miljøet i Bergen."),
    ("called", "Heroin is also called [[Henry]] by some in the north-west."),
    ("called", "Pillerna marknadsförs som [[Rosa Kungen]] i Telegramkanalen."),
    ("called", "Gatunamn: [[Keta]], Kitty, Special K."),
    ("called", "Known locally as [[Molly]], the powder tested as pentylone."),
    # a street name at a price list's line start
    ("menu", "Meny fredag:\n[[Kristall]] 300 kr/g\nGräs 100 kr/g"),
    ("menu", "PRISER\n[[Molly]] 250 kr/g\nPiller 150 kr/st"),
    ("menu", "Menu:\n[[Charlie]] 80/g\nKet 40/g\nPills 10"),
    ("menu", "Priser i dag\n[[Tina]] 400 kr/g, leverans i city"),
    ("menu", "[[Mandy]] 40 a g, caps 10 each, DM me"),
    ("menu", "Uppdaterad lista\nHasch 80 kr/g\n[[Rosa]] 600 kr/g\nKet 300 kr/g"),
    ("menu", "Prisliste:\n[[Krystal]] 500 kr/g\nKoks 700 kr/g"),
    ("menu", "[[Charlie]] – 900 kr/g, bara cash, hämtas vid Centralen"),
    ("menu", "Meny\n[[Keta]] 350\nMolly 300\nGräs 120"),
    ("menu", "Lista: [[Emma]] 3 st 500 kr, gratis frakt"),
    # a pill's stamp: brands, figures, celebrities, cars, games
    ("logo", "Alert: orange [[Tesla]] pills tested at 280 mg MDMA."),
    ("logo", "Tältlogg: blå [[Pokémon]]-tabletter, mycket starka, en halv räcker."),
    ("logo", "Warning about pink [[Donald Trump]] pills in Bristol this week."),
    ("logo", "Grønne [[Heineken]]-piller indeholdt 230 mg MDMA, advarer vi."),
    ("logo", "Rosa [[Punisher]] med 300 mg har setts på festivalen."),
    ("logo", "Brune [[Philipp Plein]]-piller er testet i Oslo med høy dose."),
    ("logo", "Gula [[Minions]] visade sig vara PMMA, inte MDMA."),
    ("logo", "Red [[Ferrari]] pills, 250 mg, seen in Leeds and Sheffield."),
    ("logo", "Grå [[Playstation]]-tabletter testades med 210 mg MDMA."),
    ("logo", "Blå [[Rolex]] har hittats i Göteborg, hög dos."),
    ("logo", "Purple [[Super Mario]] pills with 270 mg, take a quarter."),
    ("logo", "Vita [[Bugatti]]-tabletter beslagtogs på festivalen."),
    # medicines by brand, Nordic and English spellings
    ("brand", "Apoteket: stöld av 3 förpackningar [[Oxynorm]] och 2 Tradolan."),
    ("brand", "Theft report: 4 boxes of [[Oramorph]] missing from the controlled drugs cabinet."),
    ("brand", "Pt hade tagit 20 st [[Sobril]] och druckit vin."),
    ("brand", "Indsat fundet med [[Rivotril]] i strømpen, 8 tabletter."),
    ("brand", "Pasienten brukte [[Vival]] og alkohol, respirasjonssvikt."),
    ("brand", "Crew: pt took 30 x [[Zopiclone]] and a bottle of vodka."),
    ("brand", "Från hyllan saknas [[Concerta]] 54 mg, två burkar."),
    ("brand", "Fangen hadde [[Lyrica]] gjemt i sålen."),
    ("brand", "Missing stock: [[Valium]] 10 mg x 56, Temazepam x 28."),
    ("brand", "Pt tog [[Atarax]] och Imovane tillsammans i natt."),
    ("brand", "[[Stesolid]] rektal gavs av ambulansen vid kramper."),
    ("brand", "Apoteket saknade [[Elvanse]] efter inventering."),
    ("brand", "[[Tramadol]] og Ketogan er stjålet fra medicinskabet."),
    ("brand", "Lab monthly: 12 cases with [[Pregabalin]], 8 with Gabapentin."),
    ("brand", "Fången hade [[Subutex]] i kuvertet, upptäckt vid posthantering."),
    ("brand", "Crew note: [[Naloxone]] 400 mcg IM, pt roused after 3 min."),
    # new psychoactive substances by code
    ("nps", "Toxlab: [[3-MMC]] hittades i sju prov under oktober."),
    ("nps", "Tent log: sold as 2C-B, tested as [[25I-NBOMe]]."),
    ("nps", "Fund i cellen: [[ADB-BUTINACA]] på papir."),
    ("nps", "Trip report: [[4-AcO-DMT]] 20 mg, gentle come-up."),
    ("nps", "Alert: [[N-ethylpentylone]] found in pills sold as MDMA."),
    ("nps", "Labbet fann [[MDMB-4en-PINACA]] på breven till anstalten."),
    ("nps", "[[2-FDCK]] säljs som ketamin i Göteborg."),
    ("nps", "Vi har fått in [[Isotonitazen]] i två dödsfall."),
    ("nps", "[[1P-LSD]] blotters were sold at the festival."),
    ("nps", "[[O-PCE]] har dukket opp i Bergen, farlig dose."),
    ("nps", "Lab: [[Bromazolam]] and flubromazolam in fake Xanax."),
    ("nps", "Snus med [[HHC]] beslagtogs på skolan."),
)

PERSONS: tuple[tuple[str, str], ...] = (
    ("verb", "[[Tina]] hits the gym every morning before her shift."),
    ("verb", "[[Molly]] cut the ribbon at the new clinic on Monday."),
    ("verb", "[[Charlie]] took the samples to the lab himself."),
    ("verb", "Crew note: [[Henry Walsh]] drove, Sam attended."),
    ("verb", "[[Crystal]] kickar igång mötet kl 9, sa chefen."),
    ("verb", "[[Rosa]] testade tältets nya spektrometer i går."),
    ("list", "Närvarande: Anna, [[Molly]], Kristian och Tina."),
    ("list", "Staff on shift: Ben, [[Tina]], Gary and Mo."),
    ("list", "Til stede: Lars, [[Charlie]], Mette og Søren."),
    ("list", "Rota: Henry, [[Crystal]], Paul"),
    ("inflected", "Det var [[Tinas]] tur att ta provet i tältet."),
    ("inflected", "[[Mollys]] rapport kom in i fredags."),
    ("inflected", "Vi lånade [[Charlies]] bil till festivalen."),
    ("inflected", "[[Rosas]] pass slutar klockan fyra."),
    ("called", "Hon heter [[Tina Berg]] och jobbar på sprutbytet."),
    ("called", "My colleague, known as [[Molly]] to everyone, runs the tent."),
    ("called", "Kontaktpersonen kallas [[Charlie]] av alla på stationen."),
    ("called", "Min kollega [[Henry]] skrev varningen."),
    ("menu", "Schema fredag:\n[[Tina]] 08-16\nKalle 16-24"),
    ("menu", "Ansvariga\n[[Molly]] kassan\nRosa baren"),
    ("menu", "[[Charlie]] – kassan, 12-18, ring vid frågor"),
    ("menu", "Lista: [[Rosa]] 3 pass, Tina 2 pass"),
    ("logo", "Testet gjordes av [[Crystal Sandberg]] i festivaltältet."),
    ("logo", "[[Henry]] tog bilden av de orangea tabletterna."),
    ("logo", "Warning written by [[Molly Price]] at the drug-checking service."),
    ("brand", "Farmaceut [[Tina Holm]] anmälde stölden av Oxynorm."),
    ("brand", "Crew: [[Charlie Webb]] gave naloxone, I drove."),
    ("brand", "Sykepleier [[Rosa Dahl]] delte ut medisinene kl 08."),
    ("brand", "Pharmacist [[Henry Okafor]] counted the Oramorph twice."),
    ("nps", "Labbets chef [[Molly Strand]] skrev månadsrapporten."),
    ("nps", "[[Crystal]] analyserade proverna med GC-MS."),
    ("nps", "Tak til [[Tina]] og Mette for analyserne."),
    ("verb", "Hi [[Charlie]], the ambulance is on its way."),
    ("list", "Hälsningar Molly och [[Tina]]"),
    ("called", "Hon kallas [[Rosa]] av familjen, egentligen Rosalind."),
)


if __name__ == "__main__":
    sys.exit(run_families(NEGATIVES, PERSONS))
