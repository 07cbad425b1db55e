"""Drug products named like people, beside people with the same names: cannabis strains,
ecstasy pills by their stamp, the newest substances and veterinary medicines, and the street
names that are given names too. The share of drug names flagged and of persons found, per
family.

    python bench/pii/drug_names_products.py [-v]

Written in voices the other drug benches lack: a drug-checking service's lab notes, a
cannabis forum, a festival harm-reduction tent, a veterinary clinic, a dark-web market
review, a border customs list, a toxicology report, a nightclub's bouncer chat. Families:
`strain` (cannabis strains and products named like people or characters: `Jack Herer`,
`Bruce Banner`, `Girl Scout Cookies`, `Gelato`), `stamp` (ecstasy pills by their logo:
`Blue Punisher`, `Tesla`, `Philipp Plein`, `Donald Trump`), `novel` (nitazenes, designer
benzodiazepines, cathinones, semi-synthetic cannabinoids: `protonitazen`, `bromazolam`,
`3-CMC`, `HHC`), `vet` (veterinary medicines and sedatives: `xylazin`, `medetomidin`,
`Domitor`, `Rimadyl`), `homonym` (street names that are given names: `Molly`, `Tina`, `Mary
Jane`, `Charlie`; the persons of this family carry the same names).

A drug name counts as flagged when a finding that would be masked overlaps it; a person as
found when a PERSON finding covers the name. A third of the sentences (`crc32(text) % 3 ==
0`, the text without its marks) is kept out of tuning; `-v` prints every drug flagged and
every person missed. All names and people are made up.
"""

from __future__ import annotations

import sys

from marks import run_families

NEGATIVES: tuple[tuple[str, str], ...] = (
    # cannabis strains and products: a forum, a customs list, a lab's notes
    ("strain", "Har rökt [[Jack Herer]] hela helgen, klar i skallen men lite torr i munnen."),
    ("strain", "Bästa sativan just nu? Jag röstar på [[Jack Herer]] eller Durban Poison."),
    ("strain", "Fröna hette [[Bruce Banner]] och plantorna blev två meter höga på balkongen."),
    ("strain", "[[Bruce Banner]] #3 ligger på 28 % THC enligt säljaren, tro det den som vill."),
    ("strain", "Tullen: 2,4 kg cannabis märkt [[Girl Scout Cookies]] i en kartong från Spanien."),
    ("strain", "Köpte en påse [[Gelato]] 41 men den luktade mest hö."),
    ("strain", "Labbnotering: örtmaterial sålt som [[Gelato]], HHC påsprayat, ingen THC."),
    ("strain", "[[Amnesia Haze]] är den vanligaste sorten i beslagen i Göteborg i år."),
    ("strain", "Fick [[Amnesia]] av en kompis, blev sjukt paranoid efter två bloss."),
    ("strain", "[[Gorilla Glue]] gör en helt fastklistrad i soffan, perfekt till film."),
    ("strain", "Beslagslista rad 4: 600 g [[Sour Diesel]], vakuumförpackat."),
    ("strain", "[[Mimosa]] är en ny sort i tråden, citrussmak och mycket energi."),
    ("strain", "Har någon testat [[Northern Lights]]? Säljaren lovar lugn sömn."),
    ("strain", "Growern säljer [[White Widow]] och Skunk #1 för 120 kr grammet."),
    ("strain", "[[Wedding Cake]] och Runtz är det som går mest på Telegram nu."),
    ("strain", "Provet märkt [[Zkittlez]] innehöll syntetiska cannabinoider, varnar labbet."),
    ("strain", "[[Charlotte's Web]] är en CBD-sort som folk ger sina barn mot epilepsi."),
    ("strain", "Jag odlar [[Blue Dream]] inomhus, skördar om tre veckor."),
    ("strain", "The vendor's [[Jack Herer]] came in a mylar bag, 3.5 g, smelled legit."),
    ("strain", "Sorten [[OG Kush]] hittades i bilen tillsammans med en våg."),
    ("strain", "Hon rökte [[Purple Haze]] innan jobbet och blev stoppad i trafiken."),
    ("strain", "[[Lemon Haze]] från Holland, men testet visade MDMB-4en-PINACA."),
    ("strain", "Vape-patronen hette [[Big Chief]] och innehöll HHC, enligt kemisten."),
    ("strain", "Customs seizure: 14 packs of [[Cookies]] branded edibles, Californian labels."),
    # ecstasy pills by their stamp: a lab, a tent, a market review, a bouncer chat
    ("stamp", "Varning: [[Blue Punisher]] med 280 mg MDMA har hittats i Stockholm."),
    ("stamp", "Testade en [[Blue Punisher]] i går, halva räckte gott och väl."),
    ("stamp", "Labbet: röda [[Tesla]]-piller, 240 mg MDMA-HCl, dela i fyra."),
    ("stamp", "[[Tesla]] är tillbaka på festivalen, orange den här gången."),
    ("stamp", "Tältet varnar för [[Philipp Plein]] med dödskalle, extremt starka."),
    ("stamp", "[[Philipp Plein]] pills, 5/5 stealth, 5/5 quality, vendor ships from NL."),
    ("stamp", "Rosa [[Donald Trump]]-piller innehöll 2C-B och inte MDMA."),
    ("stamp", "Jag tog en [[Donald Trump]] på klubben, blev illamående efter en timme."),
    ("stamp", "Gröna [[Rolex]] med krona, 170 mg MDMA, inga föroreningar."),
    ("stamp", "Vakten hittade sex [[Rolex]] i en tablettask vid entrén."),
    ("stamp", "[[Superman]] pills on the market again, some contain PMMA, take care."),
    ("stamp", "Blå [[Superman]] från festivalen, testet visade PMA."),
    ("stamp", "[[Heisenberg]] med hatten, blå, 220 mg, sålde slut på marknaden."),
    ("stamp", "Dörrvakt: tjejen hade två [[Heisenberg]] i BH:n, polisen är på väg."),
    ("stamp", "Review: [[Red Bull]] pills from this vendor are weak, maybe 90 mg."),
    ("stamp", "Tabletterna med [[Mercedes]]-logga var blandade med koffein."),
    ("stamp", "Drug checking: grey [[Punisher]] pressed pill, 210 mg MDMA, no adulterants."),
    ("stamp", "Vi fick in en [[Pikachu]] i dag, gul, innehöll metamfetamin."),
    ("stamp", "[[Batman]] och Joker-pillren är från samma press enligt polisen."),
    ("stamp", "Säljaren på marknaden kallade dem [[Homer Simpson]], gula och tjocka."),
    ("stamp", "Bouncerchatten: två killar med [[Domino]]-piller i fickan, de är ute nu."),
    # new substances: a toxicology report, a lab, a forum
    ("novel", "Toxikologi: [[protonitazen]] 2,1 ng/ml i femoralblod, inga andra opioider."),
    ("novel", "Analysen visade [[metonitazen]] i tabletten som såldes som oxykodon."),
    ("novel", "[[N-pyrrolidino etonitazen]] har hittats i falska Oxycontin i Göteborg."),
    ("novel", "Provet innehöll [[etonitazepyn]] och paracetamol, varnar labbet."),
    ("novel", "Det amerikanska heroinet blandas nu med [[xylazin]], kallat tranq."),
    ("novel", "Folk säger [[tranq]] om xylazin, det ger sår som inte läker."),
    ("novel", "Tranq dope innehåller numera [[medetomidin]] i Philadelphia."),
    ("novel", "Falska Xanax med [[bromazolam]] har sålts på Flashback."),
    ("novel", "Toxscreen: [[flubromazolam]] och alprazolam, patienten andningspåverkad."),
    ("novel", "Någon som testat [[2-MMC]]? Det är som 3-MMC fast svagare."),
    ("novel", "Tullen beslagtog 3 kg [[3-CMC]] som kom deklarerat som badsalt."),
    ("novel", "[[HHC]] såldes i tobaksaffären tills det narkotikaklassades."),
    ("novel", "Vapes med [[THCP]] gav kraftiga hallucinationer, varnar giftinformationen."),
    ("novel", "[[Kratom]] köps som te på nätet men är klassat som narkotika."),
    ("novel", "Han tog [[ketamin]] på efterfesten och hamnade i k-hålet."),
    ("novel", "Toxikologiskt utlåtande: [[isotonitazen]] påvisades i urin."),
    ("novel", "Kemisten hittade [[butonitazen]] i pulvret som såldes som heroin."),
    ("novel", "Lab note: sample sold as ketamine was [[deschloroketamine]]."),
    ("novel", "[[Hexahydrocannabinol]] säljs i godisform på festivaler."),
    ("novel", "Rapporten: [[Desalkylgidazepam]] i blå tabletter märkta Xanax."),
    ("novel", "[[4-MMC]] och 3-CMC hittades i samma påse vid gränsen."),
    ("novel", "Tulldeklaration: [[Mitragynina speciosa]] pulver, 500 g, Indonesien."),
    ("novel", "[[Nitazener]] är hundra gånger starkare än morfin, varnar Folkhälsomyndigheten."),
    # veterinary medicines: a clinic, a customs list, a toxicology report
    ("vet", "Hunden fick [[Rimadyl]] 50 mg mot smärtan efter operationen."),
    ("vet", "Vi sederade katten med [[Domitor]] och väckte med Antisedan."),
    ("vet", "[[Dexdomitor]] och butorfanol före röntgen av hästen."),
    ("vet", "Inbrott på kliniken: [[Narketan]] och Ketaminol stals ur kassaskåpet."),
    ("vet", "Hästen behandlades med [[Equipalazone]] i fem dagar."),
    ("vet", "Tullen: 20 flaskor [[Ketaset]] i ett paket märkt djurfoder."),
    ("vet", "Hundägaren köpte [[Metacam]] på nätet utan recept."),
    ("vet", "[[Rompun]] är xylazin för hästar och nötkreatur, inte för människor."),
    ("vet", "Toxikologi: tiletamin och [[zolazepam]], det är Zoletil från en djurklinik."),
    ("vet", "Katten fick [[Vetergesic]] under natten, buprenorfin för djur."),
    ("vet", "Veterinären skrev ut [[Galliprant]] till vår labrador."),
    ("vet", "[[Sedator]] och Torbugesic hittades i en väska på Arlanda."),
    ("vet", "Stölden gällde [[Zoletil]] och Medetor från stallets skåp."),
    ("vet", "[[Librela]] ges en gång i månaden mot artrossmärta hos hund."),
    ("vet", "Hästen fick [[Cepetor]] före hovslagaren kom."),
    # street names that are given names: a tent, a bouncer chat, a forum
    ("homonym", "Har du [[Molly]]? Vi ska på Way Out West i helgen."),
    ("homonym", "[[Molly]] är inte alltid MDMA, testa alltid först."),
    ("homonym", "Killen vid baren sålde [[Tina]], alltså kristallmeth."),
    ("homonym", "På chemsex-festen gick det [[Tina]] och GHB hela natten."),
    ("homonym", "Någon som har [[Mary Jane]] till helgen? Fyra gram räcker."),
    ("homonym", "[[Mary Jane]] på kvällen hjälper mot sömnen, säger han."),
    ("homonym", "Vi köpte [[Charlie]] på toaletten, halva gick åt på en timme."),
    ("homonym", "Bouncer chat: guy in the queue trying to sell [[charlie]] and pills."),
    ("homonym", "Tältet: många frågar hur man testar [[molly]] med reagens."),
    ("homonym", "Dörrvakt: han hade en påse [[Charlie]] i strumpan."),
    ("homonym", "Efterfesten: [[Tina]] i pipa, ingen sov på två dygn."),
    ("homonym", "Forum: [[Mary Jane]] är lagligt i Thailand nu, stämmer det?"),
    ("homonym", "She said the [[Molly]] was cut with caffeine and cathinones."),
    ("homonym", "Snorta inte [[Tina]], det går rakt på hjärtat, säger tältet."),
    # harder frames: the product as a sentence's subject, quoted, listed, shouted
    ("strain", "[[Jack Herer]] slog ut mig totalt, somnade på soffan klockan nio."),
    ("strain", "\"[[Bruce Banner]]\" luktar diesel och smakar jord, 4/5."),
    ("strain", "Sorter i lager: Gelato, Mimosa, [[Zkittlez]], Runtz, Jack Herer."),
    ("strain", "GORILLA GLUE och [[SOUR DIESEL]] i beslaget, totalt 3 kg."),
    ("strain", "[[Skywalker OG]] gav mig ångest, aldrig mer."),
    ("strain", "Forum: [[Mimosa]] eller Gelato till kvällen? Vill ha nåt lugnt."),
    ("stamp", "[[Philipp Plein]] knockade mig, var uppe till sex på morgonen."),
    ("stamp", "Pillren (\"[[Tesla]]\", \"Rolex\", \"Punisher\") testades i labbet i går."),
    ("stamp", "DONALD TRUMP-PILLER MED 300 MG, [[DONALD TRUMP]] ÄR FARLIG NU."),
    ("stamp", "Har nån testat [[Heisenberg]]? Säljaren säger 250 mg."),
    ("stamp", "Stämpel: [[Superman]]. Färg: röd. Vikt: 0,41 g. MDMA: 190 mg."),
    ("stamp", "På festivalen gick [[Tesla]] och Rolex för 150 kr styck."),
    ("novel", "Metonitazen hittades i Umeå, [[protonitazen]] i Luleå."),
    ("novel", "PROVSVAR: [[BROMAZOLAM]] POSITIV, ETIZOLAM NEGATIV."),
    ("vet", "Stulet från kliniken: [[Domitor]] 10 ml, Zoletil 100, Narketan 10."),
    ("vet", "Hästen sövdes med [[Domosedan]] innan tandraspningen."),
    ("homonym", "[[Molly]] gjorde mig helt euforisk i tre timmar, sen kom ångesten."),
    ("homonym", "[[Charlie]] på krogen är vardag nu, säger vakterna."),
    ("homonym", "Dörrvakter: Tina och [[Molly]] är det vi beslagtar mest."),
    ("homonym", "[[Mary Jane]] och jag har ett komplicerat förhållande, haha."),
)

PERSONS: tuple[tuple[str, str], ...] = (
    ("strain", "[[Mimosa Lindqvist]] på odlingsforumet svarade att hon bara odlar tomater."),
    ("strain", "Moderatorn [[Bruce Holm]] stängde tråden om fröförsäljning."),
    ("strain", "Tulltjänstemannen [[Jack Nyberg]] skrev beslagslistan."),
    ("strain", "[[Gela Tomasson]] skickade labbsvaret om örtmaterialet."),
    ("strain", "Hälsa [[Jack]] att paketet med Jack Herer-fröna aldrig kom fram."),
    ("strain", "Odlaren heter [[Herer Saliba]] och bor i Skåne, enligt polisen."),
    ("stamp", "Festivalvakten [[Tesla Andersson]] hittade pillren vid scenen."),
    ("stamp", "Labbet: [[Philip Berg]] testade proverna som kom in i går."),
    ("stamp", "[[Donald Strand]] jobbar i tältet på lördag kväll."),
    ("stamp", "Dörrvakten [[Rolf Axelsson]] tog två Rolex-piller från en gäst."),
    ("stamp", "Review by [[Heidi Berg]]: the Tesla pills were strong."),
    ("stamp", "Dörrvakt-chatten: [[Domingo]] har hand om kön i kväll, ring honom."),
    ("novel", "Rättskemisten [[Nita Zenberg]] bekräftade protonitazen i provet."),
    ("novel", "[[Kratos Mellin]] ringde från giftinformationen om HHC-godiset."),
    ("novel", "Patienten [[Mika Hedlund]] hade bromazolam i blodet."),
    ("novel", "[[Tranquilla Ek]] från fältgruppen skrev om xylazin i heroinet."),
    ("vet", "Djurägaren [[Rima Dahl]] hämtade hunden efter operationen."),
    ("vet", "Veterinär [[Dominika Sörensen]] skrev ut Metacam till katten."),
    ("vet", "[[Zoe Letell]] anmälde stölden av ketamin från kliniken."),
    ("vet", "Hästen tillhör [[Cepe Ahlgren]] i Sala."),
    ("vet", "Sköterskan [[Libby Rask]] gav hunden Librela i går."),
    ("homonym", "[[Molly]] börjar i trean efter sommarlovet, hon är jättenervös."),
    ("homonym", "Jag pratade med [[Molly Berg]] om tältets öppettider."),
    ("homonym", "[[Tina]] från fältgruppen ringde, hon kommer vid nio."),
    ("homonym", "Fältassistenten [[Tina Olsson]] delade ut naloxon på festivalen."),
    ("homonym", "[[Mary Jane Persson]] har fyllt 80 och firar med familjen."),
    ("homonym", "Dörrvakten [[Mary Jane Holm]] tog emot polisen vid entrén."),
    ("homonym", "[[Charlie]] har skadat knät och kan inte jobba i kväll."),
    ("homonym", "Ring [[Charlie Nilsson]] om schemat för helgen."),
    ("homonym", "Bouncer chat: [[Charlie]] is on the door tonight, Tina has the bar."),
    ("homonym", "Hej [[Molly]]! Tack för hjälpen i tältet i lördags."),
    ("homonym", "Vi saknar [[Tina]], hon slutade på kliniken förra veckan."),
    ("homonym", "[[Charlie]] sa att hon aldrig rört kokain, bara öl."),
    ("homonym", "Ta med [[Molly]] och hennes bror till mötet på tisdag."),
    ("homonym", "Bouncer chat: [[Molly]] says the queue is long, send two more guards."),
    ("homonym", "Kassören [[Tina]] räknade kassan efter stängning."),
    ("strain", "Forumets admin [[Bruce]] har låst tråden om Bruce Banner."),
    ("stamp", "Labbets kemist [[Rolex Amani]] analyserade pillren."),
)


if __name__ == "__main__":
    sys.exit(run_families(NEGATIVES, PERSONS))
