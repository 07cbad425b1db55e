"""Substance, medicine and street names in voices the other drug benches lack, beside people
named like them: the share of drug words flagged and of persons found, per family.

    python bench/pii/drug_names_unseen3.py [-v]

Voices: a drug-checking service's weekly report, a harm-reduction chat's moderator log, a
customs seizure notice, a poison centre's call log, a nightclub's security report, a prison's
contraband log, a Finnish and a Norwegian colleague's warning, a youth worker's notes on new
slang, a forensic lab's list of seizures. Families: `inflected` (a street name in a definite,
plural, genitive or compound form: `Kristallen`, `Rosorna`, `Tinans`), `framed` (a street
name in a drug's frame: a dose, a weight, a price, a pill count, a verb of use or trade),
`nordic` (street names of Norway, Denmark and Finland), `spanish` and `english` (their
slang), `logo` (a pill's logo that is a brand, a cartoon figure or a celebrity), `cutting`
(cutting agents and solvents), `brand` (medicines by their Nordic brand names); persons
named like drugs (`Tina`, `Molly`, `Crystal`, `Rosa`, `Charlie`) are set down in the same
voices so recall is measured too.

A drug word counts as flagged when a finding that would be masked overlaps it; a person as
found when a PERSON finding covers the name. A third of the sentences (`crc32(text) % 3 ==
0`, the text without its marks) is kept out of tuning; `-v` prints every drug flagged and
every person missed. All names and people are made up.
"""

from __future__ import annotations

import sys

from marks import run_families

NEGATIVES: tuple[tuple[str, str], ...] = (
    # a street name inflected: definite, plural, genitive, compound
    ("inflected", "Veckans analys: [[Kristallen]] från Hisingen var ren metamfetamin, 94 %."),
    ("inflected", "Moderator: tråden om [[Tinan]] stängs, inga köp-och-sälj-inlägg här."),
    ("inflected", "[[Rosorna]] som lämnades in i fredags innehöll ketamin och MDMA."),
    ("inflected", "Fältassistenten skriver att [[Mollyn]] i Gävle är starkare än i våras."),
    ("inflected", "Labbet fann att [[Kristallerna]] var blandade med MSM."),
    ("inflected", "[[Tinans]] renhet har stigit hela hösten enligt testtjänsten."),
    ("inflected", "Säkerhetsrapport: gäst tappade en påse med [[Charlien]] vid baren."),
    ("inflected", "Ungdomarna pratar om [[Rosan]] nu, det rosa pulvret från Colombia."),
    ("inflected", "[[Kristallrökning]] har ökat i Uppsala enligt sprutbytet."),
    ("inflected", "Pojken sa att [[Mandyn]] hade smakat bittert."),
    ("inflected", "Varning: [[Tusin]] som säljs i Malmö innehåller inget kokain alls."),
    ("inflected", "Kunden frågade om [[Kristallens]] effekt varar hela natten."),
    ("inflected", "Vi har fått in tre [[Rosaprover]] den här veckan, alla olika."),
    ("inflected", "[[Spicen]] på anstalten gjorde två intagna medvetslösa."),
    # street names in a drug's frame
    ("framed", "Beslag: 14 gram [[Tina]] i en snusdosa, intagen nekar."),
    ("framed", "Han köpte [[Molly]] för 300 kr vid entrén, enligt vakten."),
    ("framed", "Två påsar [[Charlie]] hittades i toalettens cistern kl 01.40."),
    ("framed", "Hon rökte [[Crystal]] i tre dygn innan hon ringde."),
    ("framed", "Inringaren har snortat [[Kristall]] och har hjärtklappning, 28 år."),
    ("framed", "Fem tabletter [[Rosa]] beslagtogs vid kontrollen, rosa med hjärta."),
    ("framed", "Analysen visar att [[Tina]] var utblandad med koffein."),
    ("framed", "Intagen försökte smuggla in 3 g [[Spice]] i en bok."),
    ("framed", "Säljs: [[Mandy]] 450 kr grammet, skriver kontot på Telegram."),
    ("framed", "Han injicerade [[Tina]] och fick en abscess i armen."),
    ("framed", "0,5 g [[Keta]] hittades i jackfickan, gästen avvisades."),
    ("framed", "Inringaren tog två [[Xannies]] och en halv flaska vin."),
    ("framed", "De sålde [[Snö]] till studenterna för 800 kr grammet."),
    ("framed", "Provet innehöll [[Crystal]], 0,2 g, uppges köpt i Oslo."),
    ("framed", "En kapsel [[Molly]] på 180 mg lämnades in för testning."),
    ("framed", "[[Tjack]] utblandat med koffein, 30 procent, står det i svaret."),
    ("framed", "Hon svalde fyra [[Bars]] och somnade på dansgolvet."),
    ("framed", "Beslaget bestod av 40 [[Blues]] med märket M30, troligen fentanyl."),
    # street names of Norway, Denmark and Finland
    ("nordic", "Kollega i Helsingfors varnar: [[Piri]] som säljs där nu är nästan ren."),
    ("nordic", "Varoitus: [[Subu]] on loppunut ja ihmiset siirtyvät pregabaliiniin."),
    ("nordic", "Fra Oslo: [[Kokis]] til 600 kroner grammet, mange ender på legevakten."),
    ("nordic", "Norsk kollega: [[Amfa]] er blandet med koffein i Bergen denne måneden."),
    ("nordic", "Dansk gadeteam: [[Kola]] sælges i Istedgade for 500 kr."),
    ("nordic", "I Finland kallas amfetamin [[Piri]] och buprenorfin kallas Subu."),
    ("nordic", "Finsk kollega säger att [[Bubi]] säljs i halva tabletter på gatan."),
    ("nordic", "Politiet beslagla to kilo [[Hasj]] i en varebil ved Svinesund."),
    ("nordic", "Dansk kollega: unge ryger [[Pot]] blandet med tobak i parken."),
    ("nordic", "Fra Trondheim: noen selger [[Rivo]] i flasker, det er klonazepam."),
    ("nordic", "I Stavanger sier de [[Rosa]] om 2C-B, ikke om kokain."),
    ("nordic", "Helsingin kaduilla [[Nappi]] tarkoittaa yleensä ekstaasia."),
    # Spanish slang
    ("spanish", "Turista i Marbella köpte [[Perico]] på stranden, fick kramper."),
    ("spanish", "I Spanien kallas kokain [[Farlopa]] eller perico."),
    ("spanish", "Gästen hade [[Tusi]] i en liten flaska, rosa pulver."),
    ("spanish", "Resenären berättade att [[Costo]] betyder hasch på Kanarieöarna."),
    ("spanish", "Han hade köpt [[María]] på Ibiza och rökt den på hotellet."),
    ("spanish", "Chocolate är hasch, [[Nieve]] är kokain, skriver den spanska kollegan."),
    # English slang
    ("english", "Mod log: user asked where to buy [[Molly]] in Stockholm, post removed."),
    ("english", "Mod log: banned account selling [[Tina]] and G in the chat."),
    ("english", "Bouncer report: guest offered [[Charlie]] at the bar, 50 quid a bag."),
    ("english", "Youth worker notes: kids now say [[Lucy]] for LSD and Mandy for MDMA."),
    ("english", "Sold as [[Mandy]], tested as methylone, warn your friends."),
    ("english", "Two [[Percs]] and a Xanny and she stopped breathing."),
    ("english", "He was sniffing [[Billy]] in the toilets, security found the bag."),
    ("english", "Seized: 12 bags of [[Ket]], 4 grams of Charlie, 30 pills."),
    ("english", "Some call GHB [[Gina]], others just G, the youth worker writes."),
    ("english", "Caller took [[Roxy]] pressed pills bought on Snapchat, drowsy."),
    # pill logos: brands, cartoon figures, celebrities
    ("logo", "Veckans tabletter: blå [[Tesla]], 220 mg MDMA, varning utfärdad."),
    ("logo", "Orange [[Donald Trump]] med 280 mg MDMA lämnades in i Göteborg."),
    ("logo", "Gröna [[Heisenberg]]-tabletter innehöll PMMA, inte MDMA."),
    ("logo", "Gul [[Pikachu]] med brytskåra, 180 mg, ovanligt stark."),
    ("logo", "Röda [[Ferrari]] testades på festivalen, innehöll mest koffein."),
    ("logo", "Tabletten var präglad med [[Philipp Plein]] och väldigt stor."),
    ("logo", "Rosa [[Hello Kitty]], 4 st, beslagtagna i garderoben på klubben."),
    ("logo", "Lila [[Minion]] innehöll 2C-B, inte MDMA som säljaren påstod."),
    ("logo", "Vita [[Rolex]] med krona, 250 mg, sälj ej till nybörjare."),
    ("logo", "Blå [[Punisher]] är tillbaka, 300 mg, dela hellre."),
    ("logo", "Gula [[Homer Simpson]]-piller var utblandade med katinoner."),
    ("logo", "Bruna [[Snoop Dogg]] på 170 mg hittades i en intagens sko."),
    # cutting agents and solvents
    ("cutting", "Kokainet var utblandat med [[Levamisol]] och fenacetin."),
    ("cutting", "Spår av [[Lidokain]] och bensokain i provet från Borås."),
    ("cutting", "Amfetaminet sträcktes med [[Inositol]], skriver labbet."),
    ("cutting", "Pulvret innehöll mest [[Mannitol]] och lite kokain."),
    ("cutting", "Han hade löst upp kristallerna i [[Aceton]] och torkat dem."),
    ("cutting", "[[Dimetylsulfon]] är vanligaste utblandningen i metamfetamin nu."),
    ("cutting", "Heroinet innehöll [[Xylazin]], därför svarar det sämre på naloxon."),
    ("cutting", "Labbet hittade [[Fenacetin]] i åtta av tio kokainprover."),
    ("cutting", "Sniffade [[Butan]] ur en tändargasflaska, 15 år, medvetslös."),
    ("cutting", "Pojken drack [[Lightergas]] och fick hjärtrytmrubbningar."),
    # medicines by Nordic brand names
    ("brand", "Giftinformation: barn 3 år har ätit fyra [[Theralen]], mamman ringer."),
    ("brand", "Inringaren tog tio [[Sobril]] och drack alkohol, 45 år."),
    ("brand", "Beslag i cell 14: sex [[Lyrica]] och en halv Subutex i en tub."),
    ("brand", "Norsk varsel: falske [[Paralgin]] forte inneholder fentanyl."),
    ("brand", "Dansk kollega: unge tager [[Pinex]] med kodein til fester."),
    ("brand", "Finsk varning: falska [[Opamox]] säljs på Tor, innehåller bromazolam."),
    ("brand", "Barn åt [[Atarax]] hos mormor, 8 tabletter á 25 mg."),
    ("brand", "Intagen hade gömt [[Citodon]] i sulan, 12 st."),
    ("brand", "Kvinnan tog [[Stilnoct]] och vaknade på akuten, minns inget."),
    ("brand", "Hittat i cellen: [[Elvanse]] 70 mg, krossade kapslar."),
    ("brand", "Dansk melding: [[Contalgin]] sælges på gaden i Aarhus."),
    ("brand", "Han har tagit [[Somadril]] i Norge, nu abstinent."),
    ("brand", "Pojken har druckit [[Lergigan]] mixtur, hela flaskan."),
    ("brand", "Finsk kollega: [[Tenox]] och Diapam säljs billigt i Tammerfors."),
    ("brand", "Tullen stoppade ett brev med 50 [[Tradolan]] från Polen."),
    ("brand", "Dottern har tagit [[Propavan]] och är svår att väcka."),
    # cannabis strains, often shaped like a person's name
    ("strain", "Beslaget: 200 g [[Amnesia Haze]] och 50 g hasch i en resväska."),
    ("strain", "Han odlade [[Jack Herer]] i garderoben, tolv plantor."),
    ("strain", "Testtjänsten: [[White Widow]] från Christiania hade hög THC-halt."),
    ("strain", "[[Gorilla Glue]] säljs för 120 kr grammet i Rinkeby enligt fältarna."),
    ("strain", "Kunden rökte [[Bruce Banner]] och fick panikångest."),
    ("strain", "Påsarna var märkta [[Girl Scout Cookies]] och Gelato."),
    ("strain", "Sorten [[Northern Lights]] var sprayad med syntetiska cannabinoider."),
    ("strain", "Tullen hittade 3 kg [[Lemon Haze]] i en lastbil från Spanien."),
    # slang of medicines and substances, shortened the way users say them
    ("slang", "Ungdomarna säger [[Mjau]] om mefedron, skriver fältassistenten."),
    ("slang", "Han är beroende av [[Lyrran]], tar tjugo kapslar om dagen."),
    ("slang", "De delade en halv [[Subbe]] i parken innan polisen kom."),
    ("slang", "Intagen bad om [[Stessan]] och blev arg när han nekades."),
    ("slang", "Nya ordet är [[Zubbe]] för Zubsolv, enligt anteckningarna."),
    ("slang", "[[Benso]] plus alkohol är det farligaste vi ser nu, säger giftinformationen."),
    ("slang", "Hon hade köpt [[Ritta]] av en klasskompis inför tentan."),
    ("slang", "Mogadon kallas [[Mogge]] bland de äldre i Göteborg."),
    ("slang", "Vakterna hittade [[Oxyn]] i en snusdosa i cellen."),
    ("slang", "[[Tramme]] säljs för 20 kr styck utanför skolan."),
    ("slang", "Han drack [[Lean]] med Sprite hela helgen."),
    ("slang", "Killarna snortade [[Flakka]] och en fick kramper."),
    # a drug word as the subject of a person's verb
    ("subject", "[[Kristall]] gör dig paranoid efter några dygn utan sömn."),
    ("subject", "[[Mjau]] håller dig vaken i två dygn, sen kommer ångesten."),
    ("subject", "[[Tina]] gör folk aggressiva, säger vakten på klubben."),
    ("subject", "[[Lyrica]] ger svåra abstinenser om man slutar tvärt."),
    ("subject", "[[Molly]] får dig att älska alla, sen kommer tisdagen."),
    ("subject", "[[Charlie]] gör honom pratig och arg, säger flickvännen."),
    # named after a naming verb or in a list's line
    ("called", "Tabletterna kallas [[Zlatan]] eftersom de har hans tröjnummer."),
    ("called", "Det nya pulvret heter [[Pinky]] på gatan, det är 2C-B."),
    ("called", "Pillren med skalle kallas [[Escobar]] i Malmö."),
    ("called", "Bland unga heter fentanylplåster [[Tejp]] nu."),
    ("list", "Beslag cell 12:\n- [[Kristall]] 3 g\n- Subutex 4 st\n- sprutor 2 st"),
    ("list", "Veckans prover:\n1. [[Mjau]] – mefedron 80 %\n2. Keta – ren"),
    ("list", "Kl 23.10 [[Molly]], 2 kapslar, funna på gäst vid garderoben."),
    ("list", "Prov 44: [[Perico]], köpt i Málaga, 62 % kokain, levamisol."),
    ("list", "Ämne: [[Tusi]] i Malmö – varning från testtjänsten"),
    ("list", "VARNING: [[KRISTALL]] MED FENTANYL I UMEÅ"),
    # pill logos named for people or figures
    ("logo", "Blå [[Zlatan]] med nummer 10, 240 mg MDMA."),
    ("logo", "Gröna [[Walter White]]-tabletter testades, innehöll PMMA."),
    ("logo", "Röda [[Mario]] med mustasch, 200 mg, lämnades in i lördags."),
    ("logo", "Rosa [[Barbie]], 3 st, beslagtagna vid entrén."),
    ("logo", "Vita [[Pablo Escobar]] med 270 mg har setts i Stockholm."),
    ("logo", "Svart [[Darth Vader]], 190 mg, lite koffein."),
    # more Nordic brand names
    ("brand", "Finsk kollega: [[Burana]] och Panacod blandas med alkohol på fester."),
    ("brand", "Norsk varsel: [[Ibux]] og Paracet er ikke farlige i vanlig dose."),
    ("brand", "Pojken tog tolv [[Pamol]] efter bråket, säger mamman."),
    ("brand", "Han injicerade krossad [[Dolcontin]] och fick en infektion."),
    ("brand", "Intagen hade [[Zaldiar]] i en strumpa, 8 tabletter."),
    ("brand", "Kvinnan har ätit [[Nozinan]] och Seroquel, 60 år."),
    ("brand", "Flickan har tagit [[Circadin]] från mammans skåp, 10 st."),
    ("brand", "Dansk kollega: [[Kodimagnyl]] købes i Tyskland og sælges videre."),
)

PERSONS: tuple[tuple[str, str], ...] = (
    ("inflected", "Testtjänstens kemist [[Tina Bergqvist]] skriver veckans rapport."),
    ("inflected", "Ring [[Molly Strand]] på fältgruppen om ni hittar kristaller."),
    ("inflected", "Vakten [[Crystal Nyberg]] hittade påsen vid baren kl 01.40."),
    ("inflected", "[[Rosa Lindqvist]] har lämnat in tre prover den här veckan."),
    ("framed", "[[Charlie]] köpte 300 kr godis till barnen på lägret."),
    ("framed", "[[Tina]] tog två tabletter Alvedon mot huvudvärken och gick hem."),
    ("framed", "Sjuksköterskan [[Molly Ek]] gav patienten 10 mg Oxynorm."),
    ("framed", "Intagne [[Kristian Molin]] hade 3 g spice i en bok."),
    ("framed", "[[Crystal]] ringde själv och sa att hon tagit fem Sobril."),
    ("framed", "Min kollega [[Rosa]] har testat hundratals tabletter på festivalen."),
    ("nordic", "Norsk kollega [[Tina Haugen]] varsler om falske Paralgin."),
    ("nordic", "Hilsen [[Molly Sørensen]], gadeteamet i København."),
    ("nordic", "Terveisin [[Kristiina Mäkelä]], A-klinikka Helsinki"),
    ("nordic", "Fältassistent [[Piia Rautio]] skriver att piri är billigt nu."),
    ("spanish", "Vår kollega [[María González]] i Málaga skickade varningen."),
    ("spanish", "[[Rosa Fernández]] på Energy Control testade tusi-proverna."),
    ("english", "Mod note from [[Charlie Hughes]]: thread locked, no sourcing."),
    ("english", "[[Lucy Carter]] from the youth team wrote the slang list."),
    ("english", "Hi [[Mandy]], thanks for the update on the pills at the festival."),
    ("english", "[[Billy Evans]] runs the door at the club on Fridays."),
    ("english", "Please call [[Gina]] at the poison line if the caller gets worse."),
    ("logo", "Ordningsvakten [[Henrik Tesch]] beslagtog tio Tesla-tabletter."),
    ("logo", "Rapporten skrevs av [[Rosa Falk]] efter festivalen."),
    ("cutting", "Kemisten [[Levi Amsel]] fann levamisol i provet."),
    ("cutting", "Analysen gjordes av [[Tina Lidholm]] på rättsmedicinska labbet."),
    ("brand", "Giftinformationens sjuksköterska [[Molly Ahlin]] tog samtalet."),
    ("brand", "[[Tina]] på avdelningen har ringt om barnet som åt Theralen."),
    ("brand", "Fängelsets sjuksköterska [[Crystal Holm]] delar ut Lyrica kl 08."),
    ("framed", "Enligt [[Charlie Nilsson]] såldes två påsar vid entrén."),
    ("inflected", "Vi tackar [[Molly]] och Tina för hjälpen med provinsamlingen."),
    ("english", "Bouncer on duty: [[Tina Marsh]], shift 22-04."),
    ("framed", "Hälsningar [[Crystal Andersson]], Sprutbytet Uppsala"),
    ("strain", "[[Jack Hermansson]] odlar tomater i garderoben, inget annat."),
    ("slang", "Fältassistenten [[Lyra Stenberg]] skrev listan över nya ord."),
    ("subject", "[[Tina]] gör sina rapporter på fredagar, sa chefen."),
    ("subject", "[[Molly]] får dig att skratta, säger hennes kollega på sprutbytet."),
    ("called", "Killen som sålde tabletterna heter [[Zlatko]] och bor i Malmö."),
    ("list", "Kl 23.10 vakten [[Molly Ek]] hittade 2 kapslar vid garderoben."),
    ("list", "Prov 44 lämnat av [[Rosa Pérez]], köpt i Málaga."),
    ("logo", "Tabletterna beslagtogs av [[Mario Rossi]] vid entrén."),
    ("brand", "Farmaceuten [[Burak Demir]] svarade om Burana och alkohol."),
    ("list", "Beslag cell 12, rapporterat av [[Kristina Lund]]:\n- kristaller 3 g"),
)


if __name__ == "__main__":
    sys.exit(run_families(NEGATIVES, PERSONS))
