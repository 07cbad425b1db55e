"""A drug's name used once as the drug in a text, then again with no frame of its own, beside
persons who share such a name in texts that name a drug elsewhere.

    python bench/pii/drug_names_once.py [-v]

Voices: a festival medic's log, a youth worker's texts, a customs officer's note, a poison
centre's call summary, an English-speaking user's forum post, a worried parent's mail, a
school nurse's note, a prison officer's report. Negative families: `dosed` (a dose or unit
frames the name once: `2 g Tina`), `form` (a pill's form or pack: `Molly-piller`, `tabletter
Emma`), `priced` (a price), `traded` (bought, sold or taken with a drug frame), `listed` (a
list of drugs), then the target: the same name later with no frame. Persons: a name greeted,
signed, related or acting in a text that also names a drug (of the same name or another).

A person counts as found when a PERSON finding covers the name; a negative as flagged when a
finding that would be masked overlaps it. A third (`crc32(text) % 3 == 0`) is kept out of
tuning. All names are made up.
"""

from __future__ import annotations

import sys

from marks import run_families

NEGATIVES: tuple[tuple[str, str], ...] = (
    ("dosed", "Kl 01.40 kom en man som tagit 2 g Tina under kvällen. Kompisen sa att "
              "[[Tina]] var starkare än vanligt."),
    ("dosed", "Hon uppger 150 mg Molly vid 22-tiden. Efter att [[Molly]] börjat verka fick "
              "hon hjärtklappning."),
    ("dosed", "Took about half a gram of Jack before the set. Honestly [[Jack]] hit harder "
              "than last time."),
    ("dosed", "Patienten har injicerat Henry två gånger i dag. Hon säger att [[Henry]] är "
              "billigare nu."),
    ("dosed", "Två linor Gina på toaletten, sen mer. Jag tror inte att [[Gina]] var ren."),
    ("dosed", "He snorted a line of Charlie at the afterparty. The [[Charlie]] was cut with "
              "something, he thinks."),
    ("dosed", "Beslag: 14 g Emma i en ficka. Mannen förnekar att [[Emma]] var hans."),
    ("dosed", "Ringde om sin son som fått i sig 0,5 g Kat. Enligt mamman har [[Kat]] funnits "
              "hemma länge."),
    ("form", "Vi hittade tre Molly-piller i väskan. Hon säger att hon fick [[Molly]] av "
             "en kompis."),
    ("form", "Kapslar med Mandy såldes vid scenen. Många frågade om [[Mandy]] var säker."),
    ("form", "Two capsules of Mandy were handed in at the tent. Staff think [[Mandy]] is "
             "going round the campsite."),
    ("form", "Hittade en påse Tina i tvättkorgen. Vad gör man när [[Tina]] finns hemma?"),
    ("form", "Tullen stoppade ett paket med 200 tabletter Emma. Avsändaren skrev att "
             "[[Emma]] var kosttillskott."),
    ("form", "Eleven hade en blisterkarta Jack i skåpet. Rektorn vet inte var [[Jack]] "
             "kommer ifrån."),
    ("priced", "På stan kostar Tina 300 kr per gram nu. Flera säger att [[Tina]] blivit "
               "vanligare."),
    ("priced", "Molly for 100 kr a pill at the gates. People said [[Molly]] was everywhere."),
    ("priced", "Gina går för 200 kr flaskan i Malmö. Ungdomarna blandar [[Gina]] och "
               "alkohol."),
    ("priced", "Charlie costs 800 a gram in town. My brother says [[Charlie]] ruined his "
               "year."),
    ("traded", "Han köpte MDMA och Molly av samma säljare. Polisen tror att [[Molly]] kom "
               "från Danmark."),
    ("traded", "Hon sålde Tina och GHB till klasskamrater. Skolan visste inte om att "
               "[[Tina]] fanns på skolan."),
    ("traded", "Intern erkänner att han tog Henry och Subutex på avdelningen. Personalen "
               "misstänker att [[Henry]] smugglades in vid besök."),
    ("traded", "Bought some Kat and pills from a guy in the park. Then the [[Kat]] made me "
               "feel numb for hours."),
    ("traded", "Han säljer kokain och Charlie i centrum. Kunderna vet att [[Charlie]] finns "
               "där varje helg."),
    ("traded", "Sonen röker cannabis och tar Mandy på helgerna. Jag har hittat [[Mandy]] "
               "i hans rum."),
    ("listed", "Substanser nämnda i samtalet: heroin, Tina, GHB, ketamin. Hon säger att "
               "[[Tina]] är det som oroar mest."),
    ("listed", "Beslag: amfetamin, Molly, cannabis och Xanor. Analysen av [[Molly]] "
               "dröjer."),
    ("listed", "Seen this week: ketamine, Mandy, coke, Jack. Most calls were about "
               "[[Jack]]."),
    ("listed", "Fynd i cellen: Subutex, Emma, Lyrica. Vi misstänker att [[Emma]] kom med "
               "posten."),
    ("listed", "Droger på festen: kokain, Gina, MDMA. Två ungdomar fick åka in efter "
               "[[Gina]]."),
    ("dosed", "Mannen hade tagit 30 mg Henry i morse. Sedan dess har [[Henry]] inte gett "
              "honom någon ro."),
    ("form", "Fann tre påsar Kristall i bilen. Föraren säger att [[Kristall]] inte är hans."),
    ("priced", "Kristall kostar 250 kr grammet enligt källan. Hon tror att [[Kristall]] "
               "kommer från Polen."),
    ("dosed", "Pojken hade fått 1 g Kristall av en äldre kille. Han vill inte säga var "
              "[[Kristall]] köptes."),
    ("traded", "Hon tog Molly och drack vodka. Efter en timme gjorde [[Molly]] henne "
               "illamående."),
    ("listed", "Vanligast i år: Tina, heroin, Spice. Många kontakter beskriver [[Tina]] "
               "som lättillgänglig."),
    ("form", "Han visade upp fem Gina-flaskor på festen. Ingen visste att [[Gina]] kunde "
             "vara så farligt."),
)

PERSONS: tuple[tuple[str, str], ...] = (
    ("greeted", "Hej [[Tina]]! Tack för samtalet om GHB i går, jag skickar broschyren."),
    ("greeted", "Hi [[Molly]], the MDMA test kits arrived, can you pick them up?"),
    ("greeted", "Hej [[Gina]]!\nKan du kolla lagret av naloxon och Subutex innan fredag?"),
    ("signed", "Vi har fått in tre prover med kokain och ett med heroin.\nMvh\n[[Charlie]] "
               "Svensson"),
    ("signed", "Fyra kapslar MDMA analyseras i veckan.\n/[[Mandy]]"),
    ("signed", "Rapport om 12 g amfetamin i cell 4 bifogas.\nHälsningar\n[[Henry]]"),
    ("related", "Min syster [[Tina]] ringde, hon har hittat kokain hos sin son."),
    ("related", "Klienten [[Molly]] berättar att hon tog 2 g amfetamin i helgen."),
    ("related", "Her boyfriend [[Jack]] found two pills of ecstasy in the car."),
    ("related", "Kollegan [[Emma]] tog emot beslaget på 40 g cannabis."),
    ("acting", "[[Molly]] sa att hon aldrig tagit MDMA, men provet visade annat."),
    ("acting", "Efter samtalet ringde [[Tina]] tillbaka och frågade om GHB-doser."),
    ("acting", "[[Charlie]] told me the cocaine was cut with levamisole."),
    ("acting", "Eleven [[Jack]] svarade att han köpt Xanor på nätet."),
    ("greeted", "Hej [[Tina]]! Tina-piller är tydligen på väg in i stan, har du hört "
                "något?"),
    ("signed", "Vi har sett mer Molly på festivalen i år, 2 g per person ibland.\nMvh\n"
               "[[Molly]] Lind"),
    ("related", "Mamman till [[Gina]] ringde: dottern köpte GHB för 200 kr flaskan."),
    ("acting", "[[Henry]] berättade att heroin kostar 500 kr grammet på stan."),
    ("greeted", "Hej [[Emma]],\nvi hittade 3 g cannabis i skåpet. Ring mig.\n/Sara"),
    ("related", "Min kollega [[Kat]] Ström analyserade ketaminet i går."),
    ("acting", "Sedan kom [[Mandy]] in på akuten och sa att hon druckit GHB."),
    ("related", "Sambon [[Charlie]] hittade 5 g kokain i hennes jacka och ringde oss."),
    ("acting", "[[Gina]] frågade om man kan blanda GHB och alkohol. Jag sa nej."),
    ("greeted", "Tack [[Henry]] för rapporten om heroinbeslaget i Malmö."),
    ("acting", "I går tog hon 2 g Tina. [[Tina]] Berg, hennes kurator, ringde oss i "
               "morse."),
    ("signed", "Beslag 3 g Molly, 2 g kokain.\nVänliga hälsningar\n[[Jack]] Holm, tullen"),
)

if __name__ == "__main__":
    sys.exit(run_families(NEGATIVES, PERSONS))
