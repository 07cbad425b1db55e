"""Quoted street names, product names and pill stamps in drug talk, beside quoted nicknames of
persons in the same frames.

    python bench/pii/drug_names_quoted.py [-v]

Voices: a harm-reduction forum post, a needle-exchange nurse's shift note, a police summary
of seized goods, a lab's analysis note, an English-speaking outreach chat, a toxicology
consult, a Telegram shop's ad pasted into a tip, a parent's worried mail. Negative families:
`sold` (a quoted word sold or offered as goods: `säljs som "Kobra"`), `stamp` (a print or
text on a pill: `märkta "Ufo"`, `med texten "Raket"`), `counted` (a dose or a count before the
quote: `två "Fjäril"`, `3 st "Krona"`), `acts` (the quote as the subject or object of what a
drug does: `"Taiga" orsakade förgiftningar`), `colour` (a colour or shape with the quote: `blå
"Delfin"`), `called` (a thing called so: `de kallas "Snöboll"`), `analysed` (a lab's or
police's object: `provet "Kvarts"`), `glossed` (what it is said beside it: `"Fenix" –
innehöll`), `listed` (a quoted first name as a product). Persons
stand in the same frames: a quoted nickname beside a person's verb, a relation, a full name,
`kallad`, `alias`.

A person counts as found when a PERSON finding covers the name; a negative as flagged when a
finding that would be masked overlaps it. A third (`crc32(text) % 3 == 0`) is kept out of
tuning. All names and nicknames are made up.
"""

from __future__ import annotations

import sys

from marks import run_families

NEGATIVES: tuple[tuple[str, str], ...] = (
    # sold or offered as goods
    ("sold", 'På forumet säljs nu tabletter som "[[Kobra]]", en användare fick kramper.'),
    ("sold", 'De nya pillren går under namnet "[[Tornado]]" i Göteborg.'),
    ("sold", 'Telegramshoppen erbjuder "[[Nordljus]]" för 150 kr styck.'),
    ("sold", 'Someone on the forum is selling "[[Blizzard]]" pills again, be careful.'),
    ("sold", 'They sell it as "[[Velvet]]" but the test showed nitazene.'),
    ("sold", 'Annonsen lovar att "[[Solstorm]]" är ren MDMA.'),
    ("sold", 'Kunden beställde "[[Isbjörn]]" via appen och fick hem fel sak.'),
    ("sold", 'Butiken marknadsför "[[Zenit]]" som ett lagligt alternativ.'),
    ("sold", 'New batch of "[[Pegasus]]" being pushed on Snapchat this week.'),
    ("sold", 'Säljaren kallar produkten "[[Mango]]" och påstår att den är svag.'),
    ("sold", 'Vape-oljan "[[Gorilla]]" såldes på skolgården.'),
    ("sold", 'Dealers are marketing "[[Sapphire]]" as safe for first-timers.'),
    # a print or a text on a pill
    ("stamp", 'Tabletterna var märkta "[[Ufo]]" och hade en brytskåra.'),
    ("stamp", 'Rosa piller med texten "[[Raket]]" på ena sidan.'),
    ("stamp", 'Beslaget: 40 tabletter med stämpeln "[[Krona]]".'),
    ("stamp", 'Pills stamped "[[Falcon]]" were found in his jacket.'),
    ("stamp", 'The tablets carry the logo "[[Viking]]" and a score line.'),
    ("stamp", 'Präglingen "[[Ankare]]" syns tydligt på alla tabletter.'),
    ("stamp", 'Orange tablet, imprint "[[Dolphin]]", 9 mm across.'),
    ("stamp", 'Tabletterna har trycket "[[Sköld]]" och väger 0,3 g.'),
    # a dose or a count before the quote
    ("counted", 'Hon hade tagit två "[[Fjäril]]" innan festen.'),
    ("counted", 'Han berättar att han tog 3 st "[[Komet]]" under natten.'),
    ("counted", 'Took half a "[[Spectre]]" around midnight, felt nothing for an hour.'),
    ("counted", 'Vi hittade 12 "[[Saturnus]]" i en påse i hallen.'),
    ("counted", 'He admitted to three "[[Phantom]]" and some beer.'),
    ("counted", 'Patienten uppger intag av en halv "[[Smaragd]]" per dag.'),
    ("counted", 'Fem gram "[[Orkan]]" beslagtogs vid gripandet.'),
    ("counted", 'Two grams of "[[Thunder]]" were seized from the car.'),
    # a colour or a shape with the quote
    ("colour", 'Blå "[[Delfin]]" i trekantig form cirkulerar i Malmö.'),
    ("colour", 'Gröna "[[Kaktus]]" med hög dos har rapporterats.'),
    ("colour", 'Pink "[[Unicorn]]" pills, heart-shaped, very strong.'),
    ("colour", 'De gula "[[Smileys]]" innehöll enligt testet PMMA.'),
    ("colour", 'Vita fyrkantiga "[[Titan]]" är de farligaste just nu.'),
    ("colour", 'Red "[[Dragon]]" tablets tested positive for fentanyl.'),
    # a thing called so
    ("called", 'På gatan kallas de bara "[[Snöbollar]]".'),
    ("called", 'Folk kallar pulvret "[[Mjöl]]" i chatten.'),
    ("called", 'On the street they call this stuff "[[Grizzly]]".'),
    ("called", 'Kids call the mix "[[Lean]]" or "Purple".'),
    ("called", 'Ämnet kallas i forumen för "[[Pirat]]".'),
    ("called", 'Pulvret har fått smeknamnet "[[Spöket]]" bland användarna.'),
    ("called", 'Fentanylplåstren kallas "[[Frimärken]]" på stan.'),
    # a lab's or a police's object
    ("analysed", 'Provet "[[Kvarts]]" innehöll 4-MMC och koffein.'),
    ("analysed", 'Analysen av "[[Lotus]]" visade en ny nitazen.'),
    ("analysed", 'Sample "[[Cobalt]]" contained xylazine at high purity.'),
    ("analysed", 'Kapslarna "[[Aurora]]" visade sig innehålla ren ketamin.'),
    ("analysed", 'Vi testade "[[Merkurius]]" med reagens och fick ett svagt utslag.'),
    ("analysed", 'Lab result for "[[Obsidian]]": 2-FDCK, no MDMA.'),
    ("analysed", 'Tullen stoppade ett paket med "[[Dimma]]" från Polen.'),
    ("analysed", 'Beslaget av "[[Tiger]]" skickades till NFC för analys.'),
    # the quote as the subject of what a drug does or holds
    ("acts", '"[[Taiga]]" orsakade tre förgiftningar i Luleå förra veckan.'),
    ("acts", '"[[Vulkan]]" slog ut honom efter en halvtimme.'),
    ("acts", 'Effekten av "[[Morgonrodnad]]" höll i sig i tolv timmar.'),
    ("acts", '"[[Nebula]]" hits way harder than the last batch.'),
    ("acts", '"[[Kanel]]" verkar vara utblandat med något.'),
    ("acts", 'The "[[Glacier]]" kicked in after an hour and lasted all night.'),
    ("acts", '"[[Bravo]]" är mycket starkare än de förra.'),
    ("acts", 'Ruset från "[[Snöstorm]]" var kortare men intensivare.'),
    ("acts", '"[[Meteor]]" tested positive for fentanyl at the drop-in.'),
    ("acts", 'Halten i "[[Korall]]" var dubbelt så hög som väntat.'),
    ("acts", 'He overdosed on "[[Eclipse]]" at a house party.'),
    ("acts", 'Hon blev förgiftad av "[[Lavendel]]" på festivalen.'),
    # glossed by what it is: a substance, a dose or a batch after or before it
    ("glossed", 'Varning för "[[Kameleont]]" (MDMA, 270 mg) i Västerås.'),
    ("glossed", '"[[Fenix]]" – innehöll metonitazen enligt analysen.'),
    ("glossed", 'Batchen "[[Glöd]]" är dubbelt så stark som vanligt.'),
    ("glossed", 'Varianten "[[Kristallen]]" har hittats i Örebro.'),
    ("glossed", 'New variant "[[Halo]]" confirmed as a synthetic cannabinoid.'),
    ("glossed", '"[[Nimbus]]" 180 mg, orange, triangular.'),
    ("glossed", 'Warning: "[[Cyclone]]" pills contain PMMA, not MDMA.'),
    ("glossed", 'Senaste fynden: "[[Rubin]]", "Safir" och "Opal", alla med 3-MMC.'),
    ("glossed", 'Testresultat "[[Pärla]]": ketamin + koffein.'),
    ("glossed", 'Årets farligaste: "[[Flamingo]]", rosa och fyrkantig.'),
    # a quoted first name as a product
    ("listed", 'Säljs som "[[Bella]]" på Flashback, tydligen starka.'),
    ("listed", 'Tabletterna märkta "[[Oscar]]" innehöll metamfetamin.'),
    ("listed", 'Two "[[Stella]]" pills put her in hospital.'),
    ("listed", 'Blå "[[Lisa]]" med stämpel finns nu i Umeå.'),
    ("listed", 'On the forum "[[Rosa]]" is sold as ecstasy but contains PMA.'),
    ("listed", 'Kapslarna "[[Vera]]" visade sig innehålla 3-MMC.'),
    ("listed", 'Hon tog en "[[Diana]]" och blev medvetslös.'),
    ("listed", 'Provet "[[Nova]]" innehöll ketamin.'),
)

PERSONS: tuple[tuple[str, str], ...] = (
    # a person's verb after the quote
    ("sold", 'Det var "[[Kobbe]]" som sålde pillren till dem.'),
    ("sold", 'Enligt vittnet har "[[Snickarn]]" langat i området i ett år.'),
    ("sold", '"[[Trollet]]" säljer fortfarande från sin lägenhet, säger grannen.'),
    ("sold", 'The guy they call "[[Ratchet]]" sold her the pills.'),
    ("sold", 'A dealer known as "[[Stitch]]" was arrested on Friday.'),
    ("sold", '"[[Gurra]]" ringde och erbjöd nya tabletter.'),
    # a relation or a role before the quote
    ("relation", 'Min kompis "[[Lillkotten]]" tog två tabletter och svimmade.'),
    ("relation", 'Hennes pojkvän "[[Brallan]]" hämtade henne på festen.'),
    ("relation", 'My cousin "[[Bugsy]]" got the pills from someone at school.'),
    ("relation", 'Brodern "[[Tjocken]]" har också använt.'),
    ("relation", 'Grannen "[[Slangen]]" har setts sälja vid tunnelbanan.'),
    ("relation", 'Her ex "[[Dizzy]]" keeps texting her offers.'),
    # beside a full name
    ("beside", 'Misstänkt: Tommy "[[Sluggo]]" Wennerholm, född 1994.'),
    ("beside", 'Dragan "[[Knasen]]" Ilić greps med 30 tabletter.'),
    ("beside", 'Suspect Callum "[[Ziggy]]" Brennan had the pills in his bag.'),
    ("beside", 'Jonna Larsdotter, "[[Jojjo]]", har varit på sprutbytet.'),
    ("beside", 'Hampus Ek (kallad "[[Pumpen]]") erkänner innehav.'),
    ("beside", 'Besökare: Roger "[[Tjalle]]" Björk, ny spruta.'),
    # kallad, alias, known as
    ("called", 'En man kallad "[[Gnistan]]" har sålt tabletter utanför skolan.'),
    ("called", 'Han går under namnet "[[Krokodilen]]" bland kunderna.'),
    ("called", 'A woman known as "[[Rusty]]" was seen at the party.'),
    ("called", 'Mannen, alias "[[Pjätten]]", nekar till brott.'),
    ("called", 'Everyone calls him "[[Noodle]]" at the shelter.'),
    ("called", 'Hon kallar sig "[[Skvatt]]" på Telegram.'),
    # said or did
    ("analysed", '"[[Bambi]]" berättade att hon tog tre piller.'),
    ("analysed", 'Enligt "[[Tusse]]" kommer pillren från Polen.'),
    ("analysed", '"[[Blixten]]" sa att han testat allt.'),
    ("analysed", 'Spoke with "[[Moose]]" about safer injecting, he took naloxone.'),
    ("analysed", 'Fick sms från "[[Kattis]]" om att hon mår dåligt efter pillret.'),
    ("analysed", '"[[Snorre]]" hotade vittnet efter gripandet.'),
    # the quote as the subject of what a person does
    ("acts", '"[[Lurven]]" orsakade bråk på festen och kastades ut.'),
    ("acts", '"[[Pysen]]" slog honom efter en halvtimme.'),
    ("acts", 'Hon blev hotad av "[[Pytten]]" på festivalen.'),
    ("acts", '"[[Spike]]" hit him with a bottle at the house party.'),
    ("acts", '"[[Kråkan]]" verkar vara påverkad av något.'),
    ("acts", 'Mamman till "[[Tösen]]" ringde oss i natt.'),
    ("acts", '"[[Bulten]]" tested positive for cocaine at the custody suite.'),
    ("acts", 'He was robbed by "[[Mouse]]" at a house party.'),
    # glossed by who one is
    ("glossed", 'Varning för "[[Kameleonten]]" (man, ca 30 år) i Västerås.'),
    ("glossed", '"[[Fimpen]]" – känd langare enligt polisen.'),
    ("glossed", 'Kontakt: "[[Vargen]]", 25 år, brukar vara vid stationen.'),
    ("glossed", 'Warning: "[[Dice]]" is selling fake pills at the park.'),
    ("glossed", 'Misstänkt säljare: "[[Hacke]]" (född 1998).'),
    # a quoted given name as a nickname in drug talk
    ("listed", 'Kompisen "[[Stina]]" gav henne två tabletter.'),
    ("listed", 'Det var "[[Micke]]" som sålde kapslarna.'),
    ("listed", 'Her friend "[[Bella]]" took one too and felt sick.'),
    ("listed", 'Jag pratade med "[[Nisse]]" om doseringen.'),
    ("listed", 'The pills came from "[[Danny]]", a guy from Uppsala.'),
)

if __name__ == "__main__":
    sys.exit(run_families(NEGATIVES, PERSONS))
