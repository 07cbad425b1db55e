"""Street and brand names that are given names or words too, each beside a person who
carries the same name in the same text: the share of drug names flagged and of persons
found, per frame.

    python bench/pii/drug_slang_names.py [-v]

Written in voices the other drug benches lack: a needle exchange's shift notes, a
toxicology lab's findings, a harm-reduction thread translated from English, a school
nurse's mail, a prison's staff bulletin, a police analyst's weekly, a festival tent's log
and an addiction clinic's group notes. The names: `Molly`, `Tina`, `Mandy`, `Charlie`,
`Henry`, `Lucy`, `Mary Jane`, `Kristall`, `Rose`, `Tilde`, `Special K`, `Ketty`, `Benny`,
`Valle`, `Stesolid`, `Tramadol`, `Lyrica`/`Lyrro`, `Oxy`, `Subbe`/`Subutex`, `Metta`,
`Kokos`, `Jerry`, `Jack Herer` and pill stamps named like people.

Negative families are the frames that show a substance: `dose` (an amount with a unit or a
share: `0,2 g tina`, `en halv Molly`), `weight` (a seizure's or a bag's weight), `price`
(a price per gram or piece), `verb` (taken, bought, sold, smoked, cut with), `lab` (a
laboratory's or a test's result) and `count` (a number of pills). Person families are the
frames that show a person: `speaks` (a verb of saying), `kin` (a kin word), `title` (a
title or role), `surname` (a surname after) and `addressed` (a greeting or vocative).

A third of the sentences (`crc32(text) % 3 == 0`, the text without its marks) is kept out
of tuning; `-v` prints every drug flagged and every person missed. All names and people
are made up.
"""

from __future__ import annotations

import sys

from marks import run_families

NEGATIVES: tuple[tuple[str, str], ...] = (
    # an amount with a unit, or a share of a pill or a bag
    ("dose", "Gruppanteckning: Tina berättade att hon tog 0,2 g [[tina]] varje helg i ett år."),
    ("dose", "Tältloggen 02.10: tjej, 19 år, har tagit en halv [[Molly]], kompisen Molly "
             "väntar utanför."),
    ("dose", "Tråden (översatt): börja lågt, högst 100 mg [[molly]], fyll på med 50 mg "
             "tidigast efter två timmar."),
    ("dose", "Mandy i receptionen sa att killen fått i sig 150 mg [[Mandy]] och inte kunde "
             "prata."),
    ("dose", "Skolsköterskan: en elev uppger att hon tog en halv lapp [[Lucy]] på festen, "
             "Lucy i 9B var inte där."),
    ("dose", "Klienten tar 8 mg [[Subbe]] morgon och kväll, köpt på gatan, säger Sebbe."),
    ("dose", "Benny i gruppen säger att han numera tar 10 mg [[Valle]] om dagen, ned från 40."),
    ("dose", "Sprututbytet natt: besökare tar 0,5 g [[Henry]] per dygn, har slutat röka."),
    ("dose", "Fråga i tråden: är 30 mg [[Oxy]] för mycket för någon som aldrig tagit "
             "opioider?"),
    ("dose", "Patienten uppger 300 mg [[Lyrica]] tre gånger om dagen utan recept."),
    ("dose", "Hon tog en kvarts [[Tina]] och var vaken i två dygn, sa Tina Ek från fältet."),
    ("dose", "Gruppen: Charlie har gått från en lina [[Charlie]] i helgen till en varje kväll."),
    # a seizure's or a bag's weight
    ("weight", "Analytikerns vecka 46: 250 gram [[Kristall]] beslagtogs i Borås, mot 40 "
               "gram veckan innan."),
    ("weight", "Vid visitation hittades 1,5 g [[Metta]] i en strumpa, rapporterar "
               "vårdaren Henry Ek."),
    ("weight", "Han köpte ett gram [[Tina]] av en kille på en app, säger Tina på "
               "mottagningen."),
    ("weight", "En påse [[Henry]] på ett halvt gram räcker en dag, skriver besökaren."),
    ("weight", "Beslaget: 12 g [[Kokos]] och en våg i handskfacket."),
    ("weight", "Tullen fann 5 g [[Jack Herer]] i ett brev från Amsterdam, adresserat till "
               "Jack Berg."),
    ("weight", "Två gram [[Special K]] hittades på toaletten i tält 4 vid midnatt."),
    ("weight", "Polisen tog 80 gram [[Kristall]] och 300 gram hasch i lägenheten i Gävle."),
    ("weight", "Rose berättade att hennes pojkvän hade 3 gram [[Rose]] i jackfickan."),
    ("weight", "Ett kilo [[Mandy]] i kristallform stoppades i Trelleborg förra veckan."),
    ("weight", "Besökaren har 0,3 g [[Ketty]] kvar och vill byta sprutor, säger Ketty Lund "
               "i luckan."),
    # a price per gram or per piece
    ("price", "[[Special K]] kostar 300 kr grammet i Göteborg nu, skriver tråden."),
    ("price", "Charlie från fältgruppen säger att [[Charlie]] går för 800 kr grammet."),
    ("price", "Eleverna säger att ett gram [[Mary Jane]] kostar 120 kr vid skolan."),
    ("price", "[[Lyrro]] säljs för 20 kr styck vid stationen, enligt analytikern."),
    ("price", "En [[Valle]] kostar 30 kronor på avdelningen, skriver personalen."),
    ("price", "Priset på [[Henry]] har stigit till 400 kr per åttondel i Malmö."),
    ("price", "[[Molly]] för 150 kr per kapsel såldes vid scenen, enligt Molly i "
              "säkerhetsteamet."),
    ("price", "Tina har hört att [[tina]] kostar 600 kr grammet på Grindr."),
    ("price", "[[Subutex]] går för 200 kr per tablett på anstalten, mot 100 kr ute."),
    ("price", "Kompisen betalade 250 spänn för en påse [[Kokos]] på krogen."),
    ("price", "[[Metta]] 350 kr/g, Kristall 500 kr/g enligt chatten."),
    # taken, bought, sold, smoked, cut with
    ("verb", "Charlie sa att han köpt [[charlie]] av en granne i trappan."),
    ("verb", "Molly säger att hon aldrig rört [[molly]] förut, bara druckit."),
    ("verb", "Mandy berättade att hennes kille sålde [[Mandy]] på skolgården."),
    ("verb", "Polisen varnar: [[Henry]] skuren med nitazener har nått Norrköping."),
    ("verb", "Hon sniffade [[Ketty]] på toaletten och tappade känseln i benen."),
    ("verb", "De rökte [[Jack Herer]] hela kvällen vid sjön, sa Jack."),
    ("verb", "Han injicerade krossad [[Subutex]] och fick en böld på armen."),
    ("verb", "Lucy säger att hennes bror tog [[Lucy]] och såg färger i tre dagar."),
    ("verb", "Tilde sa att killarna sålde [[Tilde]] i tältet bredvid."),
    ("verb", "Someone in the thread mixed [[Molly]] with tramadol and had a seizure."),
    ("verb", "Benny köpte [[Benny]] av en bekant och somnade på bussen."),
    ("verb", "Intagen erkänner att han smugglat in [[Stesolid]] i en kartong."),
    ("verb", "Amfetaminet var blandat med [[Kristall]], skriver Kristina i rapporten."),
    ("verb", "Kompisarna röker [[Mary Jane]] varje fredag, skriver Mary Jane Olsson."),
    ("verb", "I natt delade två besökare på en [[Rose]], sa Rose på sprututbytet."),
    ("verb", "Jerry berättade att han svalt [[Oxy]] och spritade upp sig."),
    # a laboratory's or a test's result
    ("lab", "Toxikologi: provet positivt för [[Tramadol]] och O-desmetyltramadol."),
    ("lab", "Svar från labbet: det som såldes som [[Kristall]] var metamfetamin, 78 procent."),
    ("lab", "Urinprov: [[Stesolid]] positivt, Tina Berg informerad om svaret."),
    ("lab", "Testet i tältet: pillret [[Rose]] innehöll 240 mg MDMA, varning utfärdad."),
    ("lab", "Analysen av tabletten stämplad [[Jerry]] visade bromazolam, inte alprazolam."),
    ("lab", "Blodprovet visade [[Lyrica]] över terapeutisk nivå, skriver Lyra Holm."),
    ("lab", "Reagenstestet gav lila för [[Molly]], alltså MDMA, sa Molly i tältet."),
    ("lab", "Provet som kallades [[Henry]] innehöll heroin, koffein och paracetamol."),
    ("lab", "Labbet hittade [[Oxy]] och fentanyl i samma tablett."),
    ("lab", "Rättsmedicin: [[Tramadol]] 2,1 µg/g i lårblod, Valle Nordin ansvarig."),
    # a number of pills
    ("count", "Vid visitationen hittades 12 [[Stesolid]] och fyra Lyrica i cellen."),
    ("count", "Benny hade 30 [[Valle]] i en burk under sängen, meddelar vakthavande."),
    ("count", "Han tog tre [[Mandy]] under kvällen och kom in med 40 graders feber."),
    ("count", "Två [[Benny]] och en öl, sedan minns han ingenting, säger Benny."),
    ("count", "Vakterna tog 20 [[Oxy]] 40 mg från en besökare."),
    ("count", "Fem [[Rose]] i en plastpåse, säljaren sa att de var starka."),
    ("count", "Tre [[Tilde]] och en flaska vatten, skriver tältet klockan 03.40."),
    ("count", "Han säger att han tar sex [[Lyrro]] per dag, Lyra i gruppen nickade."),
    ("count", "Tio [[Tramadol]] saknas ur medicinskåpet på avdelning 3."),
    ("count", "Hon hade fyra [[Jerry]] kvar, blå med en mus präglad."),
)

PERSONS: tuple[tuple[str, str], ...] = (
    # a verb of saying
    ("speaks", "[[Molly]] sa att hon tagit molly två gånger i somras."),
    ("speaks", "[[Tina]] berättade i gruppen att tina tog hennes jobb ifrån henne."),
    ("speaks", "[[Charlie]] ringde och sa att han slutat med charlie sedan jul."),
    ("speaks", "[[Henry]] säger att han inte rört henry sedan mars."),
    ("speaks", "[[Lucy]] frågade skolsköterskan om lucy är farligt."),
    ("speaks", "[[Mandy]] berättar att mandy gör henne ledsen i flera dagar efteråt."),
    ("speaks", "[[Benny]] skriver att han slutat med bensos, inga fler benny."),
    ("speaks", "[[Rose]] sa att ingen på sprututbytet köper rose längre."),
    ("speaks", "[[Tilde]] berättade att tilde såldes i tältet bredvid."),
    ("speaks", "[[Molly]] wrote in the thread that molly made her jaw ache for days."),
    ("speaks", "[[Valle]] menar att valle är lättare att få tag på än alkohol."),
    ("speaks", "[[Jerry]] sa att han aldrig tagit oxy, bara öl."),
    # a kin word
    ("kin", "Min dotter [[Molly]] hittade mollyn i sin brors ficka."),
    ("kin", "Hans bror [[Benny]] har aldrig tagit en enda benny."),
    ("kin", "Mamman till [[Mandy]] mejlade om mandy-pillren på skolan."),
    ("kin", "Farbror [[Henry]] skjutsade honom till sprututbytet efter henryn."),
    ("kin", "Systern [[Tina]] vet inte att han röker tina."),
    ("kin", "Hennes morfar [[Charlie]] hittade charlien i badrummet."),
    ("kin", "Kusinen [[Lucy]] var med när han tog lucy första gången."),
    ("kin", "Min son [[Valle]] fick valle av en kompis i klassen."),
    ("kin", "Pappa [[Jerry]] hämtade henne vid tältet efter tre tabletter."),
    ("kin", "Mormor [[Rose]] vet inte vad rose är, skriver skolsköterskan."),
    # a title or a role
    ("title", "Kriminalvårdaren [[Benny]] hittade Stesolid vid visitationen."),
    ("title", "Skolsköterskan [[Lucy]] skriver att LSD har synts på skolan."),
    ("title", "Sjuksköterskan [[Tilde]] tog emot en tjej som tagit tre piller."),
    ("title", "Analytikern [[Henry]] sammanställer beslagen av heroin varje fredag."),
    ("title", "Kuratorn [[Tina]] leder gruppen om metamfetamin på torsdagar."),
    ("title", "Vakthavande [[Charlie]] rapporterade 20 oxy i besöksrummet."),
    ("title", "Läkaren [[Molly]] skrev ut naloxon till alla besökare."),
    ("title", "Fältassistenten [[Rose]] delade ut testremsor i tält 4."),
    ("title", "Rättskemisten [[Mandy]] bekräftade MDMA i tabletten."),
    ("title", "Terapeuten [[Valle]] frågade gruppen om diazepam."),
    # a surname after
    ("surname", "[[Henry Dahlberg]] från sprututbytet har bytt 400 sprutor i veckan."),
    ("surname", "[[Mary Jane Svensson]] skriver att eleverna röker hasch vid skolan."),
    ("surname", "[[Rose Nyberg]] på labbet fann MDMA i pillret Rose."),
    ("surname", "[[Tina Forsman]] berättade om tina i gruppen i tisdags."),
    ("surname", "[[Valle Nordin]] ansvarar för rättsmedicinens svar om tramadol."),
    ("surname", "[[Ketty Andersson]] i luckan tar emot sprutor om natten."),
    ("surname", "[[Jerry Lindholm]] är ny analytiker på polisen i Gävle."),
    ("surname", "[[Charlie Wikström]] sa att kokainet kom från Rotterdam."),
    ("surname", "[[Molly Hedlund]] jobbar i tältet med reagenstester."),
    ("surname", "[[Kristall Persson]] heter faktiskt så, skriver hon i tråden om kristall."),
    ("surname", "[[Lucy Ahlberg]] hade en halv lapp i fickan, enligt rektorn."),
    ("surname", "[[Benny Sjöholm]] fick 12 Stesolid av en medintagen."),
    # a greeting or a vocative
    ("addressed", "Hej [[Tina]]! Tack för gruppen i går, jag har inte rört tina sedan dess."),
    ("addressed", "Hej [[Molly]], kan du ta kvällspasset i tältet? Vi har slut på molly-tester."),
    ("addressed", "[[Henry]], ring mig om beslaget av henry i Malmö."),
    ("addressed", "Tack [[Charlie]] för hjälpen med charlie-varningen!"),
    ("addressed", "Hej [[Lucy]]! Eleven med lappen är hemma idag."),
    ("addressed", "Hallå [[Benny]], vi hittade dina tabletter, kom förbi."),
    ("addressed", "Hej [[Mandy]], rapporten om mandy-pillren är klar."),
    ("addressed", "God morgon [[Tilde]], natten i tältet var lugn."),
)


if __name__ == "__main__":
    sys.exit(run_families(NEGATIVES, PERSONS))
