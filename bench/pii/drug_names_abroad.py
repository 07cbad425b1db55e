"""Substance and medicine names as writers at home and abroad use them, beside people with the
same names in the same kinds of texts: the share of drug names flagged and of persons found,
per family.

    python bench/pii/drug_names_abroad.py [-v]

Written in voices the other drug benches lack (a ferry's purser, a Norwegian youth club, a
Danish SSP worker, a Finnish outreach chat, a German Streetwork log, a Polish parents' group,
Arabic-speaking parents writing Swedish, a pharmacy's deviation report, a prison's nurse, a
drug-checking lab, a vape shop's customer, a harm-reduction forum), with the names beyond our
lists: street names that are also given names, names in capitals, in lists and quotes,
misspelt, with doses glued on, brands of other countries, new substances by code, cannabis
strains, pill stamps and vape liquids. Families: `given` (Molly, Tina, Charlie, Lucy, Mandy,
Jack as drugs), `caps`, `listed`, `quoted`, `misspelt`, `dosed`, `abroad` (text in
Norwegian, Danish, Finnish, German, Polish), `brands` (other countries' brands in Swedish or
English text), `arabic` (Arabic names in Latin letters), `codes`, `strains`, `stamps`,
`vapes`, `among` (Emma, Henry, Jack, Kat in a sentence naming a substance), `traded`
(the same sold, shared or offered),
`neuter` (a Swedish neuter adjective said of the name), `gloss` (a given name the
text itself glosses as a substance), `glued` (a drug glued to a nickname: the drug stays).

A drug name counts as flagged when a finding that would be masked overlaps it (a half-masked
name ruins the warning too); a person as found when a PERSON finding covers the name. A third
of the sentences (`crc32(text) % 3 == 0`, the text without its marks) is kept out of tuning;
`-v` prints every drug flagged and every person missed. All names and people are made up.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).parent))

from marks import run_families  # noqa: E402

NEGATIVES: tuple[tuple[str, str], ...] = (
    # street names that are given names, in frames of drug talk
    ("given", "Två av tjejerna hade delat på [[Molly]] innan konserten och fick åka in."),
    ("given", "Ungdomarna säger att [[Tina]] finns att få tag på i hela Västerort nu."),
    ("given", "Han erkände att han kört [[Charlie]] varje helg sedan i somras."),
    ("given", "En av killarna hade tappat en lapp [[Lucy]] på dansgolvet."),
    ("given", "Vakterna hittade [[Mandy]] i en snusdosa vid entrén."),
    ("given", "Killen var helt borta på [[Jack]] och kunde inte stå upp."),
    ("given", "Mamman fick veta att [[Tina]] sålts i skolans omklädningsrum."),
    ("given", "someone at the afters was handing out [[Molly]] for free, which never ends well"),
    ("given", "the lads were on the [[Charlie]] all night and started a fight at 4"),
    ("given", "first time on [[Lucy]] and the visuals lasted nine hours"),
    ("given", "[[Mandy]] in Leeds this month is testing at over 80 percent purity"),
    ("given", "Fältassistenterna har sett mer [[Charlie]] bland 15-åringar i år."),
    ("given", "I väskan låg en vågskål, ett kort och en påse [[Tina]]."),
    ("given", "Det var [[Molly]] i drinken, sa läkaren efter proverna."),
    ("given", "Han sniffade [[Charlie]] på toaletten på tåget enligt konduktören."),
    ("given", "Ingen på festen visste att [[Lucy]] kan ge panik i flera timmar."),
    # in capitals
    ("caps", "VARNING: FALSKA [[XANOR]] I OMLOPP I GÄVLE, INNEHÅLLER BROMAZOLAM"),
    ("caps", "BESLAG 14/11: 300 ST [[TRAMADOL]] OCH 2 KG CANNABIS"),
    ("caps", "FYND I CELL 4: TVÅ TABLETTER [[LYRICA]] UNDER MADRASSEN"),
    ("caps", "URGENT: FAKE [[OXYCONTIN]] WITH NITAZENES IN DUBLIN"),
    ("caps", "Ämne: [[SUBUTEX]] PÅ AVDELNING 3"),
    ("caps", "Lapp på dörren: INGEN [[METADON]] UTLÄMNAS EFTER KL 14"),
    ("caps", "NYTT OM [[KETAMIN]] PÅ GYMNASIET – LÄS INNAN FÖRÄLDRAMÖTET"),
    ("caps", "VI SÄLJER INTE [[ZOPIKLON]] UTAN RECEPT, SKRIV INTE HIT IGEN"),
    ("caps", "Rubrik: [[FENTANYL]] I FALSKA SMÄRTTABLETTER"),
    ("caps", "TIPS FRÅN ALLMÄNHETEN: [[MOLLY]] SÄLJS VID STRANDEN"),
    # in lists of substances
    ("listed", "Fynd: hasch, [[Tina]], tre Xanor och en våg."),
    ("listed", "Vanligast i år: cannabis, kokain, [[Lyrica]] och pregabalin från nätet."),
    ("listed", "De nämnde spice, [[Molly]], keta och svamp, i den ordningen."),
    ("listed", "Found in the flat: weed, [[Charlie]], ketamine and a bag of pills."),
    ("listed", "Listan: alprazolam, bromazolam, [[Etizolam]], klonazepam."),
    ("listed", "Han har använt GHB/[[Tina]]/kokain i perioder sedan 2019."),
    ("listed", "- Tramadol\n- [[Lyrica]]\n- Sobril\n- Zopiklon"),
    ("listed", "Preparat: [[Rivotril]]; Stesolid; Imovane; Theralen"),
    ("listed", "Drugs mentioned by callers: nitrous, [[Mandy]], pingers, ket."),
    ("listed", "Tullen hittade amfetamin, [[Lucy]]-lappar och kokain i väskan."),
    # in quotes
    ("quoted", "Hon sa att hon bara tagit \"[[Tina]]\" och sen mindes hon inget."),
    ("quoted", "De kallar det \"[[Charlie]]\" i gruppchatten så att föräldrarna inte fattar."),
    ("quoted", "Eleverna skrev \"[[Molly]] imorgon?\" i klassens chatt."),
    ("quoted", "He asked if anyone had any \"[[Lucy]]\" left from the weekend."),
    ("quoted", "På Snapchat erbjöds \"[[Xanny]]\" för 50 kr styck."),
    ("quoted", "Pillren som säljs som \"[[Oxy]]\" är pressade i Polen enligt tullen."),
    ("quoted", "Annonsen lovade \"[[Zolpi]]\" med snabb leverans till brevlådan."),
    ("quoted", "\"[[Benso]]\" är vad de flesta kallar det, inte Xanor."),
    # misspelt
    ("misspelt", "Han hade köpt [[Xanaxx]] på nätet som visade sig vara falska."),
    ("misspelt", "Pat uppger intag av [[oxicodon]] och alkohol under natten."),
    ("misspelt", "min son har börjat med [[tramadoll]] vad ska jag göra"),
    ("misspelt", "Hon tog fyra [[Stesolidd]] och somnade i bilen."),
    ("misspelt", "Sprutbytet frågar efter [[Subotex]] hela tiden."),
    ("misspelt", "is [[Klonopine]] the same as Rivotril? asking for my brother"),
    ("misspelt", "Har nån fått tag på [[Ritallin]] inför tentan?"),
    ("misspelt", "Eleven hade [[Lyrika]] i pennfacket."),
    ("misspelt", "Jag blandade [[Zopiklone]] och vin och vaknade på akuten."),
    ("misspelt", "Vi hittade två karta [[Alprazolamm]] i hans skrivbord."),
    # doses glued or beside
    ("dosed", "Han köpte tio [[Xanor2mg]] av en kille i Solna."),
    ("dosed", "Pat. tagit 100mg [[Tramadol]] x 6 under dagen."),
    ("dosed", "Hittade [[Oxy80]] i en burk märkt vitaminer."),
    ("dosed", "Ordinerat: [[Sobril]] 15 mg vb, max 3 per dygn."),
    ("dosed", "Säljs: [[Lyrica300]] 20kr/st, leverans i hela Göteborg."),
    ("dosed", "bought 20x [[Valium10]] from a site in India, arrived in a week"),
    ("dosed", "Hon tar 2x50mg [[Sertralin]] och har nu börjat med alkohol igen."),
    ("dosed", "Beslag: 40 st [[Rivotril]] 2mg och 12 st Stesolid 10 mg."),
    ("dosed", "1 x [[Zolpidem]] 10 mg till natten enligt anteckningen."),
    ("dosed", "[[Concerta]] 54 mg har försvunnit ur medicinskåpet igen."),
    # text in Norwegian, Danish, Finnish, German, Polish
    ("abroad", "Ungdomsklubben i Drammen melder om mye [[Molly]] på russefestene i år."),
    ("abroad", "Rusetaten advarer mot falske [[Sobril]] som selges i Bergen sentrum."),
    ("abroad", "SSP-medarbejderen fortæller at [[Kodimagnyl]] deles ud på efterskolen."),
    ("abroad", "Flere unge i Odense har købt [[Tramadol]] over Telegram i sommer."),
    ("abroad", "Poliisi varoittaa: väärennettyjä [[Xanor]]-tabletteja liikkuu Helsingissä."),
    ("abroad", "Nuoret käyttävät [[Lyricaa]] alkoholin kanssa, kertoo etsivä nuorisotyöntekijä."),
    ("abroad", "Im Park wurde wieder [[Tilidin]] verkauft, sagt die Streetworkerin."),
    ("abroad", "Der Klient hat gestern [[Tina]] geraucht und seit zwei Tagen nicht geschlafen."),
    ("abroad", "Policja ostrzega przed [[Relanium]] sprzedawanym w internecie."),
    ("abroad", "Mój syn kupił [[Tramal]] od kolegi ze szkoły."),
    ("abroad", "Rodzice piszą, że [[Afobam]] krąży wśród uczniów."),
    ("abroad", "Die Eltern fanden [[Lyrica]] und Valoron im Rucksack ihrer Tochter."),
    # other countries' brands in Swedish or English text
    ("brands", "Mannen hade med sig [[Tafil]] från Spanien och delade ut till vänner."),
    ("brands", "På resan köpte de [[Lexotan]] på ett apotek i Split."),
    ("brands", "Patienten har tagit [[Valoron]] som han fått från Tyskland."),
    ("brands", "He brought back [[Rohypnol]] and Tilidin from a trip to Turkey."),
    ("brands", "Flera klienter nämner [[Flunipam]] från Norge."),
    ("brands", "Pojken hade [[Dormicum]] i fickan när polisen stoppade honom."),
    ("brands", "The guest had been given [[Temesta]] by a friend in Helsinki."),
    ("brands", "Vi ser mer [[Nobligan]] nu när Tramadol blivit svårare att få."),
    ("brands", "Hon berättade att [[Ativan]] var lätt att få tag på i USA."),
    ("brands", "Passageraren hade [[Xanax]] och [[Tramal]] i handbagaget."),
    # Arabic names in Latin letters, in Swedish or English text
    ("arabic", "Pappan skrev att sonen tar [[Abu Hilalain]] varje helg med kompisarna."),
    ("arabic", "Ungdomarna kallar tabletterna för [[Abu Qaws]] och köper dem i Malmö."),
    ("arabic", "Hon hade hört att [[Captagon]] finns i Rosengård igen."),
    ("arabic", "Tramadol kallas [[Tamol]] bland de äldre killarna i gruppen."),
    ("arabic", "The parents said their son called the pills [[Zombi]] and took two a day."),
    ("arabic", "Han köpte [[Lyrica]] som kompisarna kallar 'de lila'."),
    # new substances by code
    ("codes", "Drug checking: pulvret var [[3-CMC]] och inte mefedron."),
    ("codes", "Rökblandningen innehöll [[ADB-BUTINACA]] enligt labbet."),
    ("codes", "Nitazenet [[N-pyrrolidino-etonitazen]] har hittats i falska Oxycontin."),
    ("codes", "Varning för [[MDMB-4en-PINACA]] i e-juice på skolor i Skåne."),
    ("codes", "Flera har köpt [[4-MMC]] på en sajt som levererar med posten."),
    ("codes", "The blotters were [[1cP-LSD]] according to the lab."),
    ("codes", "Sample 14: [[Protonitazene]] and xylazine, no heroin detected."),
    ("codes", "Han hade rökt [[HHC-P]] och fick en psykos."),
    ("codes", "Vi har fått in [[2-FDCK]] som sålts som ketamin."),
    ("codes", "Lab result: [[alpha-PHP]] in crystals sold as MDMA."),
    # cannabis strains
    ("strains", "I kartongen låg 400 gram [[Gorilla Glue]] och en våg."),
    ("strains", "De rökte [[Amnesia Haze]] i skogen bakom skolan."),
    ("strains", "Sajten säljer [[Wedding Cake]] och Zkittlez för 120 kr grammet."),
    ("strains", "The seized plants were [[Northern Lights]] and Blue Dream."),
    ("strains", "Killen på Snap erbjöd [[Girl Scout Cookies]] och vaxer."),
    ("strains", "Det luktade [[Sour Diesel]] i hela trapphuset enligt grannarna."),
    ("strains", "Beslag: 2 kg [[Purple Haze]], 300 g hasch."),
    ("strains", "Han sa att [[White Widow]] var det enda han rökt."),
    # pill stamps
    ("stamps", "Tabletterna med [[Tesla]]-loggan innehöll 280 mg MDMA."),
    ("stamps", "Drug checking varnar för [[Blue Punisher]]-piller i Köpenhamn."),
    ("stamps", "De orange [[Philipp Plein]] som säljs i Malmö är väldigt starka."),
    ("stamps", "Pills stamped [[Heisenberg]] were found to contain PMMA."),
    ("stamps", "Pillret var präglat med [[Superman]] och var rosa."),
    ("stamps", "Alla pratar om [[Rolex]]-pillren som ska vara starka."),
    # vape liquids
    ("vapes", "Eleverna vejpade [[Spice-juice]] på toaletterna under lunchen."),
    ("vapes", "Skolan hittade en [[THC-vape]] och två HHC-pennor i ett skåp."),
    ("vapes", "Han sa att vejpen var [[Geek Bar]] men den innehöll cannabinoider."),
    ("vapes", "The pen was sold as [[Cali Plates]] with a fake THC label."),
    ("vapes", "Ungdomarna köper [[Monkey Juice]] på Snapchat, en vätska med spice."),
    ("vapes", "I skåpet låg en vejp märkt [[Mango Tango]] med syntetiska cannabinoider."),
    # a street name the text itself glosses as a substance: every use of it there is the drug
    ("gloss", "Heroin kallas Henry bland de äldre. [[Henry]] har blivit billigare i år."),
    ("gloss", "På gatan heter kokain Pablo. Vi hittade [[Pablo]] i hans jacka."),
    ("gloss", "Billy (amfetamin) är vanligast i Norrland. Flera har börjat med [[Billy]] i år."),
    ("gloss", "They call heroin Henry round here. [[Henry]] is everywhere at the moment."),
    ("gloss", "Sally, alltså MDA, säljs på festivalen. [[Sally]] gör att man inte sover."),
    ("gloss", "Rita = Ritalin på skolgården. Kuratorn har frågat eleverna om [[Rita]]."),
    ("gloss", "Eleverna säger Emma om morfin. Vi vet inte var [[Emma]] kommer ifrån."),
    ("gloss", "[[Henry]] (heroin) har blivit vanligare i Malmö sedan i somras."),
    ("gloss", "Bob är slang för cannabis här. Två av killarna rökte [[Bob]] vid skolan."),
    ("gloss", "Ketamine goes by Kat at the club. Security found [[Kat]] in a bag by the bar."),
    ("gloss", "Vi pratade om Jack (heroin) på mötet. [[Jack]] är billigt nu, sa de."),
    ("gloss", "Betty is their word for crack. [[Betty]] costs a tenner a rock, they said."),
    ("gloss", "Pablo betyder kokain i gruppchatten. Han skrev \"[[Pablo]] i kväll?\" till "
              "tre tjejer."),
    ("gloss", "Emma står för morfin bland de äldre. Hon har tagit [[Emma]] sedan operationen."),
    # a Swedish neuter adjective said of the name: a substance, never a person (`Henry är dyrt`)
    ("neuter", "[[Henry]] är dyrt i Umeå just nu, nästan dubbelt mot i fjol."),
    ("neuter", "[[Emma]] är inte farligt om man vet vad man gör, tror många unga."),
    ("neuter", "På mottagningen säger flera att [[Jack]] har blivit vanligt i Borlänge."),
    ("neuter", "[[Pablo]] var billigt hela sommaren, sa killarna vid kiosken."),
    ("neuter", "Föräldrar undrar om [[Kat]] är beroendeframkallande."),
    ("neuter", "[[Henry]] är mer populärt än någonsin bland de äldre på stationen."),
    ("neuter", "Eleverna tror att [[Billy]] är lagligt eftersom det säljs på nätet."),
    ("neuter", "Det sägs att [[Emma]] var utblandat med något i förra veckan."),
    ("neuter", "[[Sally]] är extremt starkt nu, ta hellre en halv."),
    # an unlisted street name (Emma, Henry, Jack, Kat) in a sentence naming a substance
    ("among", "Ordningsvakten beslagtog [[Henry]] och två kartor Stesolid vid entrén."),
    ("among", "Ambulansen noterade intag av [[Emma]], alkohol och okänd mängd Lyrica."),
    ("among", "The lab found that the [[Kat]] sold at the rave was mostly 2-FDCK."),
    ("among", "Han hade blandat [[Jack]] med Xanor innan han somnade i trappan."),
    ("among", "Fältarna fick höra att \"[[Henry]]\" och Oxycontin säljs i samma trappuppgång."),
    ("among", "Testerna på festivalen: [[Emma]] med PMMA, ketamin med koffein."),
    ("among", "The girls said [[Jack]] and Valium were passed round the dorm."),
    ("among", "Pojken uppgav att [[Kat]] innehöll något annat än ketamin."),
    # an unlisted street name sold, shared or offered, nothing after it but a place or a price
    ("traded", "Enligt vakterna sålde han [[Henry]] vid busshållplatsen hela natten."),
    ("traded", "Tjejerna hade delat [[Emma]] på toaletten innan showen."),
    ("traded", "A man in a red cap offered [[Kat]] at the bar, staff said."),
    ("traded", "Två elever erbjöds [[Jack]] för 200 kr på skolgården."),
    ("traded", "They were selling [[Henry]] outside the hostel again."),
    ("traded", "Killarna langade [[Emma]] i trappuppgången på Frölunda torg."),
    # a drug glued to a nickname: the drug stays, the person is masked
    ("glued", "Klasskompisarna kallar honom \"[[tjack]]-Anton\" sedan i våras."),
    ("glued", "Han köpte av [[kola]]-Jimmy i Hagsätra."),
    ("glued", "Alla vet vem [[Xanor]]-Lisa är i stan."),
    ("glued", "They call him [[Ket]]-Danny on the estate."),
)

PERSONS: tuple[tuple[str, str], ...] = (
    ("given", "[[Molly]] ringde från festen och sa att hennes kompis inte vaknade."),
    ("given", "[[Tina]] Lindgren, 16 år, vårdas på barnavdelningen efter att ha tagit GHB."),
    ("given", "Jag har pratat med [[Charlie]] om vad som hände i helgen."),
    ("given", "[[Lucy]] har varit på fritidsgården varje kväll den här veckan."),
    ("given", "[[Mandy]] berättade att hennes bror säljer tabletter."),
    ("given", "Vi ses hos [[Jack]] efter skolan, han har köpt pizza."),
    ("given", "[[Molly]] 17 år hittades medvetslös vid busshållplatsen."),
    ("given", "[[Charlie]] Persson på fältgruppen har kontakt med familjen."),
    ("given", "Hej [[Tina]]! Kan du ringa skolsköterskan när du ser det här?"),
    ("given", "[[Lucy]] said she was offered pills at the bus stop."),
    ("given", "Mamma till [[Jack]] har kontaktat rektorn om mobbningen."),
    ("given", "Enligt [[Mandy]] hade någon lagt något i hennes drink."),
    ("given", "Jack and [[Molly]] were seen leaving the party together at 2."),
    ("given", "[[Charlie]] och hennes mamma kom till mottagningen i går."),
    ("given", "Vi saknar [[Tina]] på gruppen, hon har inte kommit sedan oktober."),
    ("caps", "ANMÄLARE: [[MOLLY SVENSSON]], MAMMA TILL ELEVEN"),
    ("caps", "[[CHARLIE]]!!! svara i telefon, vi är jätteoroliga"),
    ("caps", "PATIENT: [[LUCY ANDERSSON]], 19 ÅR, INTAG AV OKÄNT PREPARAT"),
    ("listed", "Närvarande: [[Tina]], Molly, Charlie och två fältassistenter."),
    ("listed", "Deltagare: Lucy, [[Mandy]], Jack, Oskar."),
    ("quoted", "Hon som kallas \"[[Tina]]\" har flyttat till Borås med sin pojkvän."),
    ("quoted", "My friend \"[[Charlie]]\" told me the pills were fake."),
    ("abroad", "[[Molly]] ringte i går og fortalte at hun ikke har tatt noe siden sommeren."),
    ("abroad", "[[Tina]] fra klubben fylder 18 på lørdag."),
    ("abroad", "[[Lucy]] hat gestern angerufen und um einen Termin gebeten."),
    ("abroad", "[[Charlie]] soitti eilen ja kertoi, että hänen veljensä on sairaalassa."),
    ("abroad", "[[Mandy]] napisała, że jej brat kupił tabletki w szkole."),
    ("dosed", "[[Tina]] tog 2 tabletter Stesolid enligt henne själv."),
    ("dosed", "[[Jack]] 19 år: tagit 4 st Tramadol 50 mg under kvällen."),
    ("arabic", "[[Amira]] berättade att hennes bror köper Captagon i Malmö."),
    ("arabic", "Pappan, [[Khaled]], ringde och sa att sonen tar Lyrica."),
    ("gloss", "Heroin kallas Henry på stan. [[Henry]] Lindqvist på fältgruppen berättade det."),
    ("gloss", "Kokain heter Pablo på gatan, sa [[Pablo]] själv och skrattade."),
    ("gloss", "Billy (amfetamin) är vanligt. [[Billy]] ringde och sa att han var ren nu."),
    ("gloss", "They call heroin Henry here. My neighbour [[Henry]] hates that."),
    ("gloss", "Sally, alltså MDA, säljs på festivalen, sa volontären [[Sally]] Berg."),
    ("gloss", "Emma står för morfin. [[Emma]], 15 år, kom till mottagningen i går."),
    ("neuter", "[[Henry]] är farlig när han druckit, sa grannen."),
    ("neuter", "[[Emma]] är trött efter nattpasset och sover nu."),
    ("neuter", "Vi tycker att [[Jack]] är duktig på att hålla kontakten med familjen."),
    ("neuter", "[[Pablo]] var rädd och ville inte prata med polisen."),
    ("neuter", "[[Billy]] är ledsen över det som hände på festen."),
    ("neuter", "[[Sally]] är farligt nära att bli av med lägenheten."),
    ("among", "[[Henry]] berättade att han slutat med Subutex efter sommaren."),
    ("among", "Mamman till [[Emma]] hittade Xanor i dotterns jacka."),
    ("among", "[[Jack]] gav henne två tabletter Tramadol på festen."),
    ("among", "We spoke to [[Kat]] about the ketamine her friends had bought."),
    ("among", "Socialsekreteraren [[Emma]] har ärendet om pojken som tog Lyrica."),
    ("among", "[[Henry]], 19 år, togs in efter att ha druckit GHB."),
    ("traded", "Han sålde [[Henry]] sin gamla moped för 2 000 kr."),
    ("traded", "Vi erbjöd [[Emma]] en plats på boendet direkt."),
    ("traded", "The youth worker offered [[Kat]] a lift home after the party."),
    ("traded", "Grannen sålde [[Jack]] en cykel som visade sig vara stulen."),
    ("glued", "Klasskompisarna kallar honom \"tjack-[[Anton]]\" sedan i våras."),
    ("glued", "Han köpte av kola-[[Jimmy]] i Hagsätra."),
    ("glued", "Alla vet vem Xanor-[[Lisa]] är i stan."),
)


if __name__ == "__main__":
    sys.exit(run_families(NEGATIVES, PERSONS))
