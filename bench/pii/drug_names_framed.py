"""Substance and medicine names in the frames drug talk really uses, beside people with the
same names in the same frames: the share of drug names flagged and of persons found, per family.

    python bench/pii/drug_names_framed.py [-v]

Written in voices the other drug benches lack (a festival's medical tent, a harm-reduction
text line, a nurse's deviation report, a veterinary clinic's theft report, a court's summary,
a customs press note, a trip-report forum, an ambulance handover, a recovery app's diary, a
Polish mother writing Swedish, a Norwegian A&E nurse, a Danish drug-checking service, a
bodybuilding forum).
Families: `context` (a street name that is a given name with no substance word near, only a
drug's context: a price per gram, a dose, a line, a drop, smoking, a high, a route, a test
kit, an overdose), `harmed` (a given name overdosed on, withdrawn or detoxed from),
`ordered` (ordered through a channel, got from a seller), `priced` (priced by the unit right
after the name), `usednow` (used or sought now, put in a drink, on offer, weighed against
a drug), `sick` (a harm after it), `bought` (bought or sold as a participle right after
it), `offered` (offered in the passive), `lastitem` (a quoted given name ending a list of
drugs), `gym` (a gym's cycle: pinned, run at a dose, part of a course), `askedfor` (asked for by
the amount in English), `passive` (a
medicine given, prescribed or found in the passive), `doses` (medicines in a list with their
doses), `lower` (brands written lower case or misspelt),
`edibles` (cannabis vapes and edibles by their product names), `codes` (nitazenes and other
codes), `vet` (veterinary drugs), `nordic` (Norwegian, Danish, Finnish and Polish brands).

A drug name counts as flagged when a finding that would be masked overlaps it; a person as
found when a PERSON finding covers the name. A third of the sentences (`crc32(text) % 3 ==
0`, the text without its marks) is kept out of tuning; `-v` prints every drug flagged and
every person missed. All names and people are made up.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).parent))

from marks import run_families  # noqa: E402

NEGATIVES: tuple[tuple[str, str], ...] = (
    # a street name that is a given name, only a drug's context around it
    ("context", "Sjukvårdstältet, 01:40: flicka 17, uppger [[Molly]] 1,5 st, käkspänningar, "
                "temp 38,9."),
    ("context", "Han sa att [[Tina]] går för 600 kr/g i Hässelby just nu."),
    ("context", "la en lina [[Charlie]] på toan och sen var allt kaos"),
    ("context", "Vi droppade [[Lucy]] vid sjön runt midnatt, 100 µg var."),
    ("context", "Pojken röker [[Tina]] ur en glaspipa enligt grannen."),
    ("context", "Hon var high på [[Mandy]] hela andra dagen av festivalen."),
    ("context", "Testkitet visade lila direkt när vi droppade reagens på [[Molly]]."),
    ("context", "Överdos på [[Henry]], naloxon 0,4 mg i.n., vaknade efter 3 min."),
    ("context", "Första gången jag testade [[Kat]] var det en bump ur nyckeln."),
    ("context", "ordered [[Tina]] off telegram, 2g for 1200, came in a chips bag"),
    ("context", "half a point of [[Jack]] and he was gone for hours"),
    ("context", "Sprutbytet: han injicerar [[Tina]] två gånger om dagen sedan i höstas."),
    ("context", "Hur länge syns [[Charlie]] i urinen? Jag har drogtest på jobbet på måndag."),
    ("context", "En kille på Sergels torg sålde [[Molly]] 150 spänn kristallen."),
    ("context", "she railed [[Mandy]] off her phone screen in the queue"),
    ("context", "Efter två linor [[Kat]] kunde han inte gå rakt."),
    ("context", "Beställde [[Henry]] via Snapchat, levererat med bud på tjugo minuter."),
    ("context", "Reagenstestet på [[Emma]] gav svart färg, alltså troligen MDMA."),
    ("context", "Flera har gått över från att röka till att injicera [[Jack]] i år."),
    ("context", "Jag har varit clean från [[Tina]] i 40 dagar idag!"),
    ("context", "Ambulans till Ribersborg: man 30, misstänkt överdos [[Henry]], andas 4/min."),
    ("context", "De chemsex-träffar hon beskrev innehöll alltid [[Tina]] och G."),
    ("context", "Priset på [[Charlie]] har gått ner till 700 kronor grammet."),
    ("context", "Hon tog en halv [[Molly]] och en till efter en timme."),
    # overdosed on, withdrawn or detoxed from
    ("harmed", "Larm 03:12: misstänkt överdos [[Jack]] i trapphus, andningsuppehåll."),
    ("harmed", "Han OD:ade på [[Henry]] två gånger förra månaden."),
    ("harmed", "Hon har försökt avgifta sig från [[Emma]] på egen hand."),
    ("harmed", "Dag fyra av abstinensen från [[Henry]]: kräks och kan inte sova."),
    ("harmed", "he od'd on [[Jack]] in the hostel bathroom, staff used naloxone"),
    ("harmed", "Tre överdoser av [[Henry]] i Kalmar på en helg, skriver polisen."),
    ("harmed", "Han var helt nerdrogad på [[Kat]] när han kom till akuten."),
    ("harmed", "Jag har varit clean från [[Jack]] sedan påsk."),
    ("harmed", "detoxing from [[Henry]] at home is not safe without support"),
    ("harmed", "Patienten överdoserade [[Emma]] på en fest i Lund, enligt vännerna."),
    ("harmed", "Har du tolerans mot [[Henry]] är det ändå farligt att blanda med benso."),
    ("harmed", "Withdrawing from [[Jack]] took him ten days in the unit."),
    # ordered through a channel or got from a seller
    ("ordered", "Eleven berättade att han beställde [[Emma]] via Telegram."),
    ("ordered", "Det går att beställa [[Henry]] online och få det med posten."),
    ("ordered", "De levererar [[Jack]] över hela Örebro inom en timme."),
    ("ordered", "we ordered [[Kat]] through the app and it came in 20 minutes"),
    ("ordered", "Hon hade fått [[Henry]] av en kille på bussen."),
    ("ordered", "Han skaffade [[Emma]] från samma langare som förra gången."),
    ("ordered", "got some [[Jack]] off a mate before the festival"),
    ("ordered", "Två elever hade fått [[Kat]] av en kompis på skolgården."),
    ("ordered", "Killarna beställde [[Henry]] på Snapchat och betalade med Swish."),
    ("ordered", "I scored [[Emma]] from a dealer outside the club."),
    # priced by the unit right after the name
    ("priced", "Lappen i fickan: [[Henry]] 350 kr/g, Xanor 50 kr/st."),
    ("priced", "Enligt annonsen: [[Emma]] 200 kr per kapsel, fri frakt över 1000."),
    ("priced", "[[Jack]] 80 quid a gram round here now, the lads said"),
    ("priced", "Kolla prislistan: [[Kat]] 300 spänn grammet."),
    ("priced", "Meny i chatten: [[Henry]] 400 per g, leverans inom Malmö."),
    ("priced", "[[Emma]] 150 kr styck, tre för 400."),
    # used or sought now, put in a drink, on offer, weighed against a drug
    ("usednow", "Mamman misstänker att hon röker [[Jack]] i källaren."),
    ("usednow", "De åker till Köpenhamn för att köpa [[Henry]]."),
    ("usednow", "Ta aldrig [[Emma]] om du har hjärtproblem, skriver mottagningen."),
    ("usednow", "Någon hade lagt [[Kat]] i drinken hennes på klubben."),
    ("usednow", "Det sägs att [[Henry]] finns att köpa i parken bakom stationen."),
    ("usednow", "Många unga tror att [[Emma]] är farligare än alkohol, men få vet varför."),
    ("usednow", "Efter tre nätter på [[Jack]] såg han saker som inte fanns."),
    ("usednow", "they smoke [[Henry]] every day behind the shops"),
    ("usednow", "Han snortar [[Emma]] varje helg sedan i vintras, säger syrran."),
    ("usednow", "Jag tänkte köpa [[Jack]] från en ny kille i helgen."),
    # made someone sick, bought as a participle, offered in the passive, a list's last item
    ("sick", "Pojken fick kramper och andningsuppehåll efter [[Henry]] på stationen."),
    ("sick", "Kräkningar efter [[Emma]], vätskebrist, åter hem efter dropp."),
    ("sick", "Two guests had hallucinations after [[Jack]] at the warehouse party."),
    ("sick", "Hjärtstopp efter [[Henry]] köpt via en app, enligt Giftinformationscentralen."),
    ("sick", "Krampanfall efter \"[[Sally]]\" i logementet natten till lördag."),
    ("bought", "Två gram [[Henry]] köpt i Rosengård låg i handskfacket."),
    ("bought", "Provet var \"[[Emma]]\" köpt på Telegram och innehöll PMMA."),
    ("bought", "Analysen: [[Jack]] inköpt via Snapchat, blandat med koffein."),
    ("bought", "Han hade \"[[Billy]]\" beställd från en sajt i Polen."),
    ("bought", "Eleverna hade [[Henry]] såld som 'lugnande' på skolgården."),
    ("offered", "Flera tjejer blev erbjudna [[Emma]] på toaletten under festen."),
    ("offered", "Han erbjöds [[Henry]] gratis första gången, sedan kostade det."),
    ("offered", "She was offered [[Jack]] outside the club and said no."),
    ("offered", "Ungdomarna har erbjudits [[Betty]] i parken flera kvällar."),
    ("offered", "Killen i rött var den som blev erbjuden [[Rita]] vid bardisken."),
    ("lastitem", "Klienten uppger intag av Sobril samt \"[[Henry]]\"."),
    ("lastitem", "Beslag: hasch, Xanor och \"[[Emma]]\"."),
    ("lastitem", "They mentioned ketamine, spice or \"[[Billy]]\", nothing else."),
    ("lastitem", "Hon har använt GHB eller \"[[Sally]]\"; oklart vilket."),
    # a gym's cycle: pinned, run at a dose, part of a course
    ("gym", "Han kör [[Winnie]] 50 mg varje morgon de sista sex veckorna."),
    ("gym", "Igår pinnade jag [[Mast]] i axeln, det svullnade upp."),
    ("gym", "Min första kur med [[Emma]] och test gav mig akne."),
    ("gym", "running [[Var]] 40mg a day and my lipids are wrecked"),
    ("gym", "Coachen vill att jag tar [[Henry]] 25 mcg på morgonen."),
    ("gym", "Forumet: en cycle of [[Jack]] and test, 12 weeks, no PCT planned."),
    # asked for by the amount, in English
    ("askedfor", "yo anyone got any [[Jack]]? paying cash"),
    ("askedfor", "Does your cousin still sell any [[Henry]]? asking for a mate"),
    ("askedfor", "we need some [[Emma]] for the festival, who's sorting it"),
    ("askedfor", "Have you got any more [[Henry]] left from last night?"),
    # a medicine given, prescribed or found in the passive
    ("passive", "[[Oxynorm]] 5 mg har givits kl 22.10 utan effekt."),
    ("passive", "Till patienten ordinerades [[Theralen]] droppar vid oro."),
    ("passive", "Vid visitationen påträffades [[Subutex]] inplastat i en strumpa."),
    ("passive", "[[Stesolid]] rektalt gavs av ambulanspersonalen."),
    ("passive", "Ytterligare [[Zopiklon]] ska inte förskrivas enligt överläkaren."),
    ("passive", "Det har konstaterats att [[Tradolan]] hämtats ut på tre olika apotek."),
    ("passive", "Sedan beslutades att [[Metadon]] skulle trappas ned med 5 mg i veckan."),
    ("passive", "[[Palexia]] depot har avslutats och ersatts med Norspan plåster."),
    ("passive", "Two blisters of [[Zolpidem]] were found under the mattress."),
    ("passive", "[[Buprenorfin]] skrevs ut av en privatläkare i Stockholm."),
    ("passive", "Enligt domen innehades 320 tabletter [[Tramadol]] med avsikt att sälja."),
    ("passive", "[[Oxikodon]] har kvitterats ut men inte getts enligt journalen."),
    ("passive", "Vid kontroll saknades tre ampuller [[Morfin]] i skåpet."),
    ("passive", "[[Fentanyl]]plåster har hittats i papperskorgen på toaletten."),
    ("passive", "[[Atarax]] gavs vid 02 och patienten somnade."),
    ("passive", "[[Propavan]] har tidigare förskrivits men utan effekt på sömnen."),
    # medicines in lists with their doses
    ("doses", "Läkemedel: Waran 2,5 mg, [[Metformin]] 500 mg x 2, Sobril 10 mg vb."),
    ("doses", "Aktuell medicinering: [[Sertralin]] 100 mg, Lergigan 25 mg tn, Alvedon 1 g vb."),
    ("doses", "Intag enl. pat: [[Lyrica]] 300 mg x 4, alkohol 1 flaska vin."),
    ("doses", "Meds on arrival: [[Seroquel]] 25 mg nocte, Omeprazol 20 mg, Vitamin D."),
    ("doses", "- [[Concerta]] 36 mg\n- Melatonin 3 mg\n- Atomoxetin 40 mg"),
    ("doses", "Tagit: [[Imovane]] 7,5 mg x 3, Theralen 40 mg, okänt antal Stilnoct."),
    ("doses", "Ordinationslista: Morfin 5 mg sc vb, [[Haldol]] 1 mg sc vb, Midazolam 2,5 mg."),
    ("doses", "Tablettburkar i rummet: [[Tramadol]] 50 mg (tom), Zopiklon 5 mg (4 kvar)."),
    ("doses", "Aripiprazol 10 mg, [[Elvanse]] 50 mg, Circadin 2 mg till natten."),
    ("doses", "Pat. har tagit [[Mirtazapin]] 30 mg x 10 och Sobril 15 mg x 6."),
    ("doses", "Kvällsdos: [[Quetiapin]] 50 mg + Propavan 25 mg."),
    ("doses", "Listed: [[Tapentadol]] 50 mg, Pregabalin 75 mg, Diazepam 5 mg."),
    # brands written lower case or misspelt
    ("lower", "tog två [[xanor]] och vaknade på akuten"),
    ("lower", "har nån [[stesolid]] över? betalar bra"),
    ("lower", "köpte [[lyrica]] på nätet men dom var falska"),
    ("lower", "han e helt borta på [[tramadol]] igen"),
    ("lower", "mamma hittade [[concerta]] i min jacka wtf"),
    ("lower", "lol [[zolpidem]] + vin = jag minns ingenting"),
    ("lower", "sålde [[oxycontin]] i skolan för 100 kr st"),
    ("lower", "hur många [[imovane]] kan man ta utan att dö"),
    ("lower", "dude i took 3 [[xannies]] and blacked out"),
    ("lower", "någon som har [[ritalina]] att sälja inför tentan"),
    ("lower", "tog [[subbe]] i morse och mår okej nu"),
    ("lower", "fick [[sobbe]] av en kompis på festen"),
    ("lower", "han har börjat med [[lyrca]] igen, har sett kartorna"),
    ("lower", "dom säljer [[zopiklonn]] vid centralen"),
    # cannabis vapes and edibles by their product names
    ("edibles", "Eleverna hade köpt [[Cake Delta-8]] pennor på en sajt i Tyskland."),
    ("edibles", "I påsen låg tre förpackningar [[Stoney Patch Kids]] med THC."),
    ("edibles", "The school found a [[Packwoods]] vape in the changing room."),
    ("edibles", "Han åt två [[Trips Ahoy]] och fick åka in med hjärtklappning."),
    ("edibles", "Godiset såg ut som [[Medicated Nerds Rope]] men innehöll THC."),
    ("edibles", "Tullen stoppade 400 förpackningar [[Cannaburst]] gummies."),
    ("edibles", "Vejpen var en [[Muha Meds]] med HHC enligt labbet."),
    ("edibles", "Barnet hade ätit en bit [[Doweedos]] som låg framme på bordet."),
    ("edibles", "Flera elever har köpt [[Runtz]]-vapes via Snapchat."),
    ("edibles", "HHC-gummies av märket [[Cali Bears]] säljs i kiosker i Malmö."),
    ("edibles", "A 9-year-old ate [[Stoney Bites]] she found in her brother's bag."),
    ("edibles", "Vi hittade en [[Dank Vapes]]-penna i hennes skåp."),
    # nitazenes and other codes
    ("codes", "Labbet hittade [[metonitazen]] i pulver sålt som heroin."),
    ("codes", "Pillret innehöll [[N-desetylisotonitazen]] och paracetamol."),
    ("codes", "Varning: [[ortometonitazen]] i falska Oxycontin 80."),
    ("codes", "Sample 7 was [[5F-MDMB-PICA]], not THC as advertised."),
    ("codes", "Spice-papperet innehöll [[MDMB-4en-PINACA]] och ADB-INACA."),
    ("codes", "Han hade köpt [[3-MMC]] på en sajt i Nederländerna."),
    ("codes", "Drug checking: pillret var [[2C-B]] med 18 mg per tablett."),
    ("codes", "Lab: [[etonitazepyn]] bekräftat i två av proverna."),
    ("codes", "The powder was [[isotonitazene]] and xylazine."),
    ("codes", "Kristallerna var [[4-CMC]] och inte MDMA."),
    ("codes", "Han rökte [[THCP]] och fick ångestattack."),
    ("codes", "Fynd: [[bromazolam]] 1 mg tabletter i blisterkarta."),
    # veterinary drugs
    ("vet", "Från djurkliniken saknas två flaskor [[Ketaminol]] och en ask Domitor."),
    ("vet", "Xylazin, som säljs som [[Rompun]] för djur, har hittats i heroin i USA."),
    ("vet", "Hunden fick [[Rimadyl]] efter operationen och hämtades kl 16."),
    ("vet", "Stölden gällde [[Zoletil]] 100 och en flaska Narketan."),
    ("vet", "The horse had been given [[Equipalazone]] before the race."),
    ("vet", "Katten ordinerades [[Metacam]] 0,5 mg/ml i fem dagar."),
    ("vet", "Veterinären anmäler att [[Vetergesic]] försvunnit ur kassaskåpet."),
    ("vet", "Tramadol för hundar, [[Tralieve]], har sålts vidare i Facebookgrupper."),
    ("vet", "Djurskötaren misstänks ha tagit [[Dexdomitor]] från stallet."),
    ("vet", "The clinic reported missing [[Torbugesic]] and two vials of ketamine."),
    # Norwegian, Danish, Finnish and Polish brands
    ("nordic", "Hun hadde tatt ti [[Paralgin forte]] og drukket vin."),
    ("nordic", "Pasienten bruker [[Nobligan]] og Sobril daglig."),
    ("nordic", "Han har fået [[Contalgin]] af en ven i Aarhus."),
    ("nordic", "Unge i Esbjerg køber [[Kodimagnyl]] på nettet."),
    ("nordic", "Potilas oli ottanut [[Panacod]]-tabletteja ja alkoholia."),
    ("nordic", "Nuori kertoi käyttäneensä [[Tenox]]ia viikonloppuna."),
    ("nordic", "Mój brat bierze [[Relanium]] i pije alkohol."),
    ("nordic", "Syn kupił [[Tramal]] i Xanax od kolegi z klasy."),
    ("nordic", "Hon hade med sig [[Afobam]] från Polen och delade ut till kompisar."),
    ("nordic", "Han tog [[Somadril]] som han fått från Finland."),
    ("nordic", "Mamman skriver att sonen tar [[Pabi-Dexamethason]] för astma."),
    ("nordic", "Pasienten har fått [[OxyNorm]] og Dolcontin på legevakten."),
    ("nordic", "Hun fikk [[Vival]] av en venninne for å sove."),
    ("nordic", "W plecaku znaleziono [[Clonazepamum]] i marihuanę."),
)

PERSONS: tuple[tuple[str, str], ...] = (
    ("context", "[[Tina]] ringde från festivalen och sa att hennes kompis mådde dåligt."),
    ("context", "[[Molly]] 17 år kom in till tältet 01:40 med käkspänningar."),
    ("context", "Jag köpte en glass till [[Charlie]] vid kiosken."),
    ("context", "[[Lucy]] droppade sin telefon i sjön vid midnatt."),
    ("context", "[[Mandy]] röker inte längre, hon slutade i våras."),
    ("context", "Överdos? Nej, [[Henry]] somnade bara på soffan, sa hans fru."),
    ("context", "[[Kat]] testade sin nya cykel på grusvägen."),
    ("context", "Vi åkte hem till [[Jack]] efter festen."),
    ("context", "[[Emma]], 16 år, hade druckit vodka men inte tagit något annat."),
    ("context", "[[Tina]] sms:ade kl 02 att hon var hemma."),
    ("context", "Mamma till [[Molly]] ringde mottagningen på måndagen."),
    ("context", "Enligt [[Charlie]] sålde en kille piller vid scenen."),
    ("context", "Hej [[Lucy]]! Har du testkitet som vi pratade om?"),
    ("context", "[[Henry]] Lindgren, 34, vårdas efter misstänkt överdos."),
    ("context", "[[Mandy]] och jag gick till sjukvårdstältet klockan två."),
    ("context", "ask [[Tina]] if she still has the test kits from last year"),
    ("harmed", "Efter överdosen ringde [[Jack]] till mig och grät."),
    ("harmed", "[[Henry]] avgiftade sig på Beroendecentrum och är nu på behandlingshem."),
    ("harmed", "Hon har varit clean sedan [[Emma]] föddes, säger hon."),
    ("harmed", "Överdos, [[Kat]] 19 år, andas långsamt, vaken på tilltal."),
    ("ordered", "Jag beställde [[Henry]] en taxi hem efter festen."),
    ("ordered", "Vi fick [[Emma]] att ringa sin mamma innan hon somnade."),
    ("ordered", "The officer ordered [[Jack]] to leave the venue."),
    ("ordered", "I got [[Kat]] from school at three and we drove to the clinic."),
    ("ordered", "Skolan beställde [[Emma]] via en bemanningsfirma som vikarie."),
    ("priced", "Skulder enligt lappen: [[Henry]] 400 kr, Emma 200 kr."),
    ("priced", "Medlemsavgifter: [[Jack]] 35 kr/mån, Kat 35 kr/mån."),
    ("priced", "Vi testade [[Emma]] med ett snabbtest på mottagningen."),
    ("usednow", "Nu röker [[Jack]] ute på balkongen igen, suckade grannen."),
    ("usednow", "Hon köper [[Henry]] glass varje fredag efter träningen."),
    ("usednow", "Kan du droppa [[Emma]] vid stationen på vägen?"),
    ("usednow", "Ta inte [[Kat]] på allvar när hon är trött."),
    ("usednow", "[[Henry]] finns att nå på mejl hela veckan."),
    ("usednow", "[[Emma]] är snällare än sin bror, säger läraren."),
    ("usednow", "En natt på [[Jack]]s soffa blev till en hel vecka."),
    ("sick", "Hon kräktes efter [[Henry]] kom hem från festen."),
    ("sick", "Vomiting after [[Billy]] left, the nurse noted in the log."),
    ("bought", "[[Emma]] köpte på rea i går, sa hon glatt."),
    ("offered", "Hon erbjöds [[Emma]] som kontaktperson på socialtjänsten."),
    ("offered", "She was offered [[Henry]] as a mentor in her first year."),
    ("offered", "Sara blev erbjuden [[Henry]]s gamla rum i korridoren."),
    ("lastitem", "Han sålde tjack och \"[[Micke]]\" hjälpte honom med påsarna."),
    ("lastitem", "Vi pratade med Erik och \"[[Kalle]]\" om festen."),
    ("gym", "Han kör [[Emma]] 10 mil till tävlingen varje lördag."),
    ("gym", "Vi pinnade [[Henry]] med en nål på anslagstavlan som skämt."),
    ("gym", "Jag tar [[Jack]] 5 minuter senare, sa tränaren."),
    ("askedfor", "Have you got any [[Emma]] in your class this year?"),
    ("askedfor", "We need some [[Henry]] energy in this team, said the coach."),
    ("passive", "[[Oskar]] har fått Oxynorm 5 mg kl 22.10 utan effekt."),
    ("passive", "Till [[Lena Holm]] ordinerades Theralen droppar vid oro."),
    ("passive", "Vid visitationen av [[Ali]] påträffades Subutex i en strumpa."),
    ("doses", "Läkemedel för [[Gunnel Ek]]: Waran 2,5 mg, Metformin 500 mg x 2."),
    ("doses", "[[Tina]] tar Sertralin 100 mg och Lergigan 25 mg till natten."),
    ("lower", "tina tog två xanor sa [[Molly]]"),
    ("lower", "fick sobbe av [[Jack]] på festen"),
    ("lower", "sålde oxycontin till [[Charlie]] i skolan enligt polisen"),
    ("edibles", "[[Lucy]] hittade en vape i sin brors skåp och ringde oss."),
    ("edibles", "[[Emma]] åt godis från bordet och fick åka in, sa hennes pappa."),
    ("codes", "Labbet, genom [[Henry]] Ström, hittade metonitazen i pulvret."),
    ("vet", "Veterinären [[Kat]] Åberg anmäler att Ketaminol saknas."),
    ("vet", "Djurskötaren [[Jack]] misstänks ha tagit Domitor från stallet."),
    ("nordic", "[[Tina]] hadde tatt ti Paralgin forte, sier moren."),
    ("nordic", "[[Mandy]] har fået Contalgin af en ven i Aarhus."),
    ("nordic", "Mój brat [[Kuba]] bierze Relanium i pije alkohol."),
)


if __name__ == "__main__":
    sys.exit(run_families(NEGATIVES, PERSONS))
