"""Substance, medicine and street names in voices the earlier unseen benches lack, beside people
named like them: the share of drug words flagged and of persons found, per family.

    python bench/pii/drug_names_unseen5.py [-v]

Voices: a school nurse's report, a nightclub's door log, a social services case note, a
customs press release, a dark-web market's review, a parents' group online, a podcast read by
speech-to-text, a court judgment's summary, a needle exchange's tally, a poison centre's call
log, a Finland-Swedish outreach worker, a Danish youth worker, a Norwegian prison officer, a
cannabis club's menu. Families: `verb` (a street name as subject or object of a verb only
substances take), `list` (a street name among other substances), `inflected` (definite,
plural, genitive, compound), `called` (after a naming cue), `menu` (a price list's or strain
menu's line start), `logo` (a pill's stamp that is a brand, figure, celebrity, car or game),
`brand` (medicines by brand in Nordic and English spellings), `nps` (new psychoactive
substances by name or code), `context` (a name-like street name with nothing but the text's
drug talk round it: a dose, a gram price, a lab result a sentence away), `slot` (batch 2,
written after counting which frames flag a given name no list holds: a name as the object
of drug talk, `snorted some Lola`, `kallar det för Diana`; its kept-out third is only
half-unseen, its frames known, its sentences not). Persons named like
drugs (`Tina`, `Molly`, `Crystal`, `Rosa`, `Charlie`, `Henry`, `Lucy`, `Pablo`, `Gina`) are set
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
    ("verb", "Door log 01:40: guest had necked some [[Mandy]] in the queue, removed."),
    ("verb", "Skolsköterskan: eleven uppger att [[Tina]] rökts på toaletten i C-huset."),
    ("verb", "The [[Charlie]] round here is cut with levamisole, says the podcast guest."),
    ("verb", "Giftinformation 23:10: 19-åring har sniffat [[Keta]], somnolent."),
    ("verb", "[[Pablo]] hits different after two drinks, honestly."),
    ("verb", "Underviser fortalte at [[Molly]] var blevet puttet i en sodavand."),
    ("verb", "Innsatt hadde smuglet [[Tina]] inn i en bokrygg."),
    ("verb", "Reviewer: the [[Lucy]] from this vendor came on in forty minutes, clean."),
    ("verb", "Sprutbytet: flera har injicerat [[Kristall]] i veckan, sår på armarna."),
    ("verb", "Hen berättar att [[Gina]] doserades i en vattenflaska på efterfesten."),
    ("verb", "Ungdomsarbetaren såg att [[Charlie]] snortades från en mobilskärm."),
    # among other substances
    ("list", "Tullverket beslagtog kokain, [[Pablo]], hasch och 4 000 tabletter."),
    ("list", "Vanligaste samtalen: alkohol, [[Gina]], ketamin, tramadol."),
    ("list", "Vendor ships Ket, [[Mandy]], Pingers and tabs worldwide."),
    ("list", "Vi har set hash, [[Charlie]], Keta og lattergas i ungdomsklubben."),
    ("list", "Beslag på avdeling B: Subutex, [[Tina]], Spice og to mobiltelefoner."),
    ("list", "Domen gäller innehav av cannabis, [[Kristall]] och bensodiazepiner."),
    ("list", "Drugs mentioned by callers: GHB, [[Keith]], cocaine and poppers."),
    ("list", "Tillslaget gav amfetamin, [[Molly]], Xanor och en våg."),
    ("list", "Tally today: heroin 14, crack 9, [[Billy]] 4, spice 3."),
    ("list", "Eleverna nämnde snus, vape, [[Roxy]] och Lyrica."),
    # inflected, plural, genitive, compound
    ("inflected", "[[Tinans]] effekt sitter i i flera dygn, säger uppsökaren."),
    ("inflected", "[[Mollypillret]] var fyrkantigt och grönt."),
    ("inflected", "Vi hittade [[Keta-påsen]] i hans jackficka."),
    ("inflected", "Vakten tog [[Kristallpåsarna]] och ringde polisen."),
    ("inflected", "[[Charliebrevet]] låg under mattan i bilen."),
    ("inflected", "[[Tinaen]] som går i Bergen nå er veldig ren, sier de innsatte."),
    ("inflected", "[[Kristallens]] renhet var 82 % i tullens analys."),
    ("inflected", "Pillerna var [[Mollys]] från en Telegramkanal, inte riktig MDMA."),
    ("inflected", "Han köpte tre [[Charlies]] och en påse gräs i parken."),
    ("inflected", "[[Mandyn]] var gulaktig och luktade anis."),
    # after a naming cue
    ("called", "Metamfetamin, på gatan kallat [[Tina]], sprids bland unga män."),
    ("called", "Kokain benämns [[Pablo]] i chattarna enligt domen."),
    ("called", "GHB — better known to callers as [[Gina]] — causes most of our night calls."),
    ("called", "Ecstasy går under gatunamnet [[Mandy]] i norra England."),
    ("called", "Ketamin kaldes også [[Keta]] eller Special K blandt de unge."),
    ("called", "Amfetamin kalles [[Billy]] på Østlandet, ifølge betjentene."),
    ("called", "Heroin, alias [[Henry]], was found in the visitor's shoe."),
    ("called", "Oxycodone pills, sold as [[Roxy]] online, were fentanyl pressed."),
    ("called", "Cannabis, slangord \"[[Mary Jane]]\", nämndes av flera elever."),
    ("called", "LSD kallas [[Lucy]] bland festivalbesökarna."),
    # a menu's or price list's line start
    ("menu", "Dagens utbud\n[[Pablo]] 800 kr/g\nKeta 300 kr/g\nGräs 90 kr/g"),
    ("menu", "MENU\n[[Gorilla Glue]] 10/g\nWedding Cake 12/g\nAmnesia 9/g"),
    ("menu", "[[Jack Herer]] 12 €/g\nBruce Banner 14 €/g\nLemon Haze 10 €/g"),
    ("menu", "Prislista\n[[Tina]] 1g 450\nG 10ml 150\nKeta 1g 300"),
    ("menu", "[[Lucy]] 100 per tab, Molly 250/g, leverans efter 18"),
    ("menu", "Strains this week:\n[[Charlotte's Web]] (CBD)\nNorthern Lights\nBlue Dream"),
    ("menu", "[[Billy]] 10 a g\nMandy 30 a g\nCharlie 70 a g"),
    ("menu", "Nytt i shoppen:\n[[Bruce Banner]] 140 kr/g\nZkittlez 130 kr/g"),
    # a pill's stamp
    ("logo", "Tablets stamped [[Tommy Hilfiger]], 240 mg MDMA, do not take a whole one."),
    ("logo", "Tullen: orangea piller med [[Philipp Plein]]-logga, hög dos."),
    ("logo", "Warning: blue [[Walter White]] pills contain PMMA, not MDMA."),
    ("logo", "Pillerne med [[Donald Trump]] på er stærke, tag en halv."),
    ("logo", "Rosa [[Hello Kitty]]-piller har testats med 210 mg MDMA."),
    ("logo", "Gule [[Pac-Man]] piller med 190 mg MDMA er i omløp i Aarhus."),
    ("logo", "Grey [[Lamborghini]] tablets, 250 mg, seen in Leeds this weekend."),
    ("logo", "Gröna [[Heisenberg]]-tabletter med hög halt, dela i fyra."),
    ("logo", "Stamp: [[Mario]], colour purple, 230 mg, score line on back."),
    ("logo", "Röda [[Ferrari]]-piller i Göteborg innehöll 4-CMC."),
    # medicines by brand
    ("brand", "Innsatt hadde samlet [[Vival]] og Pinex i sokken."),
    ("brand", "Stöld på apoteket: 3 askar [[Oxascand]], 2 Citodon, 1 Stilnoct."),
    ("brand", "Pt tog 10 st [[Alopam]] igår kväll, vaken men trött."),
    ("brand", "Han fik [[Contalgin]] fra en ven og blev meget sløv."),
    ("brand", "Eleven hade [[Attentin]] i pennfacket, inte hans egen."),
    ("brand", "Rape case: victim's drink had [[Rohypnol]] in it, the court found."),
    ("brand", "Tillgreppet avsåg [[Ketogan]], Dolcontin och Panocod."),
    ("brand", "Kortet med [[Subutex]]-remsor hittades i Bibeln på cellen."),
    ("brand", "Mamman frågar om [[Elvanse]] kan köpas på nätet, sonen säljer."),
    ("brand", "Giftinformation: barn 3 år, svalt 4 [[Lergigan]], trött."),
    ("brand", "Caller took [[Zapain]] and Nytol together, drowsy."),
    ("brand", "[[Mandolgin]] og alkohol, patienten er sløv men vågen."),
    # new psychoactive substances
    ("nps", "Tusi ist keine Kokain: the [[Tusi]] tested here was ketamine and MDMA."),
    ("nps", "Analysen visade [[Bromazolam]] i de falska Xanor-tabletterna."),
    ("nps", "Varning för [[Nexus]] som säljs i Göteborg, det är 2C-B."),
    ("nps", "Lab note: [[Protonitazene]] found in blue 'M30' tablets."),
    ("nps", "Pulveret var [[Flakka]] og ikke kokain som lovet."),
    ("nps", "Tullen stoppade 2 kg [[Etizolam]] från Indien."),
    ("nps", "[[Xylazine]] är nu hittat i heroin i Malmö enligt sprutbytet."),
    ("nps", "Fund: [[Metonitazene]], 3-MMC og 2-FDCK i samme pakke."),
    # name-like street names with only drug talk round them
    ("context", "Köpte 2g [[Tina]] för 800, rökte halva."),
    ("context", "[[Gina]] 2 ml, sen 1 ml till efter en timme."),
    ("context", "[[Charlie]]: 78 % renhet, levamisol 4 %."),
    ("context", "Testresultat\n[[Molly]]: 41 % MDMA, resten koffein."),
    ("context", "Snortade [[Pablo]] hela natten, 3 g typ."),
    ("context", "[[Roxy]] 30 mg, blå, M-stämpel, fentanyl i."),
    ("context", "Tog en halv [[Mandy]] och 1 ml G, mådde fint."),
    ("context", "Beslag: 14 g [[Kristall]], 2 g hasch, våg."),
    # batch 2, written after counting frames with unlisted names (drug22): a given name no
    # list holds as a drug, as the object of drug talk
    ("slot", "The bouncer said he'd snorted some [[Lola]] in the toilets."),
    ("slot", "One of the dancers was dealing [[Ruby]] at the afterparty."),
    ("slot", "Gästen misstänker att någon lagt [[Diana]] i hennes drink."),
    ("slot", "Her cocktail was spiked with [[Bianca]], the nurse believes."),
    ("slot", "Analysen visade att pillret var [[Lola]] och inte MDMA."),
    ("slot", "The crystals turned out to be [[Ruby]], not meth."),
    ("slot", "På skolgården kallar de det för [[Diana]]."),
    ("slot", "Kids on the estate call it [[Bianca]] now."),
    ("slot", "[[Lola]]: 64 % renhet enligt labbet."),
    ("slot", "Det sägs att [[Ruby]] fanns att köpa på festivalen."),
    ("slot", "Vi ser mycket stark [[Diana]] i omlopp just nu."),
    ("slot", "Client disclosed weekend [[Bianca]] use since March."),
    ("slot", "He'd been on [[Lola]] for two days straight when he called."),
    ("slot", "A fresh batch of [[Ruby]] reached Manchester last week."),
    ("slot", "Ännu en våg av [[Diana]] slår mot Göteborg."),
    ("slot", "Start low with [[Bianca]], it takes an hour to kick in."),
    ("slot", "Han sålde [[Lola]] på parkeringen, enligt vittnet."),
    ("slot", "Någon hade blandat [[Ruby]] med alkohol på efterfesten."),
    ("slot", "Two of them took [[Diana]] in the hot tub and passed out."),
    ("slot", "The seized tablets: cocaine, [[Bianca]] and ketamine in one bag."),
    ("slot", "Warning about [[Lola]] after four overdoses this month."),
    ("slot", "Ta aldrig [[Ruby]] ensam, säger fältarbetarna."),
)

PERSONS: tuple[tuple[str, str], ...] = (
    ("verb", "Skolsköterskan [[Tina Ekdahl]] ringde föräldrarna på fredagen."),
    ("verb", "Door log: [[Charlie]] took over the front door at 02:00."),
    ("verb", "[[Molly]] skrev kallelsen till nätverksmötet."),
    ("verb", "Innsatt ringte [[Gina]], søsteren sin, fra telefonen på fløyen."),
    ("verb", "[[Pablo Ortiz]] presenterade tullens siffror på presskonferensen."),
    ("list", "Närvarande: Lucy Hagberg, [[Henry Lind]], Anna Sjö."),
    ("list", "Door team: Mo, [[Charlie]], Gina and Dave."),
    ("list", "Til stede: Mette, [[Rosa]], Jonas og Søren."),
    ("list", "Kontakter: [[Crystal Nyman]], Pablo Rey, Tina Ek."),
    ("inflected", "[[Tinas]] mamma ringde till skolan."),
    ("inflected", "Vi tog [[Mollys]] bil till tillslaget."),
    ("inflected", "[[Pablos]] bror vittnade i tingsrätten."),
    ("inflected", "Det var [[Ginas]] tur att bemanna telefonen."),
    ("called", "Handläggaren heter [[Rosa Lindqvist]] och nås på dagtid."),
    ("called", "Reviewer known as [[Lucy]] in the podcast is my co-host."),
    ("called", "Hon kallas [[Molly]] av alla på fritidsgården."),
    ("called", "Fångvokteren heter [[Henry]] og jobber nattskift."),
    ("menu", "Schema\n[[Tina]] 08-16\nPablo 16-24"),
    ("menu", "Kassan: [[Charlie]] och Rosa, baren: Gina"),
    ("menu", "Ansvarig i kväll\n[[Lucy]] dörren\nHenry kassan"),
    ("logo", "Bilden togs av [[Crystal Ahlberg]] på tullen i Malmö."),
    ("logo", "Pillret lämnades in av [[Molly Svensson]] på tältet."),
    ("logo", "Report written by [[Henry Adeyemi]], drug-checking lead."),
    ("brand", "Farmaceut [[Gina Falk]] upptäckte stölden av Oxascand."),
    ("brand", "Sykepleier [[Charlie Berg]] delte ut Vival kl 20."),
    ("brand", "Dr [[Pablo Moreno]] skrev ut Elvanse till eleven."),
    ("nps", "Labbets analytiker [[Tina Wallin]] identifierade bromazolam."),
    ("nps", "[[Lucy]] körde proverna genom GC-MS i morse."),
    ("nps", "Tak til [[Rosa]] og Jonas for analysen af pulveret."),
    ("context", "[[Charlie]] ringde från sjukhuset, han mår bättre."),
    ("context", "Hej [[Tina]], kan du ta mitt pass på sprutbytet i morgon?"),
    ("context", "[[Gina]] och jag körde ut naloxon till Hisingen."),
    ("context", "Mvh\n[[Pablo]]"),
    ("context", "Tack [[Molly]] för hjälpen med analyserna!"),
    # batch 2 (drug22): the same names as people, in the same words
    ("slot", "The bouncer said he'd asked [[Lola]] in the toilets."),
    ("slot", "One of the dancers was dealing with [[Ruby]] at the afterparty."),
    ("slot", "Gästen såg att [[Diana]] satt i baren hela kvällen."),
    ("slot", "Her cocktail was mixed by [[Bianca]], the nurse believes."),
    ("slot", "Den som analyserade pillret var [[Lola]] och inte polisen."),
    ("slot", "The one who found the crystals turned out to be [[Ruby]]."),
    ("slot", "På skolgården kallar de henne för [[Diana]]."),
    ("slot", "Kids on the estate call her [[Bianca]] now."),
    ("slot", "[[Lola]]: 64 % närvaro enligt läraren."),
    ("slot", "Det sägs att [[Ruby]] fanns på festivalen."),
    ("slot", "Client lets [[Bianca]] use the car since March."),
    ("slot", "The focus had been on [[Lola]] when he called."),
    ("slot", "A fresh batch of [[Ruby]]'s scones reached Manchester last week."),
    ("slot", "Start the meeting with [[Bianca]], she chairs it."),
)


if __name__ == "__main__":
    sys.exit(run_families(NEGATIVES, PERSONS))
