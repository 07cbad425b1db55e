"""Things named like people, third round, beside persons in the same texts: the share of
things flagged and of persons found, per family.

    python bench/pii/false_alarm_things3.py [-v]

Written in voices the other benches lack (a parish newsletter, a sports club's match report,
a hospital's IT-support ticket, a municipality's procurement notice, a festival's programme,
a school's weekly letter, a real-estate listing, a gaming forum, a library's event calendar).
Families: `venue` (a hall, café or stage), `product` (a product, system or app), `project`
(a project or programme), `team` (a team or choir), `boat`, `horse`, `storm`, `room` (a
room or ward named after someone), `building` (a house or block), `street` (streets and
squares named after people), `work` (titles of works), `character` (fictional characters).
Persons stand in the same settings with the same cues, so recall is measured too.

Counted as the first round counts (false_alarm_things.py, with marks.py's kept-out third);
`-v` lists what was flagged or missed. Every name is made up, and no drug is a target.
"""

from __future__ import annotations

import sys

from marks import run_families

NEGATIVES: tuple[tuple[str, str], ...] = (
    # a parish newsletter
    ("room", "Kyrkkaffet serveras i [[Sal Birgitta]] efter högmässan."),
    ("building", "Konfirmanderna träffas i [[Gårdshuset Maria]] varannan torsdag."),
    ("venue", "Vi sjunger psalmer i [[Lilla Elins kapell]] på nyårsafton."),
    ("team", "Barnkören [[Tintomara]] övar inför Lucia i församlingshemmet."),
    ("project", "Insamlingen [[Ljus för Liv]] gav 12 400 kronor till diakonin."),
    ("boat", "Sommarens pilgrimsvandring slutar med färden på [[Eleonora]] över sjön."),
    # a sports club's match report
    ("team", "[[Holmsund Rovers]] vände 0–2 till 3–2 på Gammliavallen."),
    ("venue", "Matchen spelades på [[Kalle Anka-planen]] i hällregn."),
    ("venue", "Efter slutsignalen samlades laget i [[Klubbstugan Rut]] för fika."),
    ("product", "Nya bollarna från [[Select Brillant]] kom fram i tid till säsongen."),
    ("team", "Nästa motstånd är [[Örnsberg Albion]] borta på lördag."),
    ("horse", "I lunchtravet vann [[Vinnie Lindgård]] sitt tredje lopp i rad."),
    # a hospital's IT-support ticket
    ("product", "Ärende 4471: [[Cosmic Lifecare]] hänger sig vid inloggning på avd 12."),
    ("product", "Journalsystemet [[Millennium]] kräver omstart efter uppdateringen."),
    ("product", "Skrivaren [[Brother Hilda]] i expeditionen skriver ut tomma ark."),
    ("room", "Projektorn i [[Rum Sven-Erik]] visar ingen bild via HDMI."),
    ("product", "Beställningen hänger i [[Agresso]] sedan i fredags, vänligen åtgärda."),
    ("app", "Appen [[Alma Mobile]] loggar ut personalen efter två minuter."),
    ("room", "Konferensrummet [[Florence]] är dubbelbokat på tisdag förmiddag."),
    # a municipality's procurement notice
    ("project", "Upphandlingen avser ombyggnad av [[Kvarteret Gustav Vasa]], etapp 2."),
    ("building", "Anbud lämnas för städning av [[Villa Ingeborg]] och Ekbackens förskola."),
    ("street", "Arbetena längs [[Karin Boyes gata]] pågår från vecka 14."),
    ("project", "Entreprenaden ingår i projektet [[Framtidens Viktor]] för skolmiljöer."),
    ("product", "Anbudet ska lämnas via [[Visma TendSign]] senast den 3 april."),
    ("building", "Fjärrvärmen till [[Hugo Alfvénhallen]] ska bytas under sommaren."),
    # a festival's programme
    ("venue", "Kl. 19.00 på [[Scen Selma]]: folkmusik från Jämtland."),
    ("work", "Teatergruppen spelar [[Fröken Julie]] i parken varje kväll."),
    ("character", "För barnen: sagostund med [[Pippi Långstrump]] i tältet."),
    ("venue", "Maten serveras i [[Tältet Greta]] mellan konserterna."),
    ("storm", "Stormen [[Hans]] ställde in fredagens konserter förra året."),
    ("product", "Festivalens app [[FestiVera]] visar schemat offline."),
    # a school's weekly letter
    ("room", "Klass 4B har bytt klassrum till [[Sal Linné]] denna vecka."),
    ("project", "Läsprojektet [[Bokjakten Bella]] fortsätter efter sportlovet."),
    ("product", "Läxorna ligger som vanligt i [[Vklass]] och på Unikum."),
    ("character", "Vi har läst om [[Mulle Meck]] och byggt egna bilar av kartong."),
    ("work", "Tvåorna övar in sången [[Mors lilla Olle]] till avslutningen."),
    ("building", "Idrotten är flyttad till [[Aurorahallen]] på grund av vattenskadan."),
    # a real-estate listing
    ("building", "Charmig trea i [[BRF Signe]] med balkong i västerläge."),
    ("street", "Huset ligger på [[Fredrika Bremers väg]] nära skola och buss."),
    ("building", "Lägenheten ligger i [[Kvarteret Astrid]], byggt 1936 av HSB."),
    ("product", "Köket är från [[Marbodal Arkitekt]] med vitvaror från Siemens."),
    ("boat", "Båtplats ingår, i dag ligger säljarens segelbåt [[Viola]] där."),
    ("venue", "Gångavstånd till [[Café Agnes]] och strandbadet."),
    # a gaming forum
    ("character", "Har någon klarat bossen [[Malenia]] utan summons?"),
    ("character", "[[Geralt]] känns mycket starkare efter senaste patchen."),
    ("product", "Köpte [[Steam Deck OLED]] i går, batteriet är bättre."),
    ("team", "Vårt lag [[Nordic Wolves]] söker en support till ligan."),
    ("character", "Spelar mest [[Mercy]] och Ana i ranked just nu."),
    ("app", "Gå med i vår [[Discord Nattugglorna]] för att hitta lag."),
    # a library's event calendar
    ("project", "Läsecirkeln [[Bokslukarna]] träffas första tisdagen i månaden."),
    ("work", "Vi diskuterar [[Anne Franks dagbok]] med högstadieelever."),
    ("room", "Språkcafé i [[Rum Tove]] varje onsdag kl. 17."),
    ("product", "Lån av e-böcker via [[Libby]] eller BiblioTek-appen."),
    ("storm", "Biblioteket höll stängt när stormen [[Ingunn]] drog in."),
    ("work", "Filmvisning: [[Ronja Rövardotter]] för barn från sex år."),
)

PERSONS: tuple[tuple[str, str], ...] = (
    ("room", "Kyrkkaffet serveras av [[Birgitta Holmqvist]] efter högmässan."),
    ("building", "Konfirmanderna träffar prästen [[Maria Edlund]] varannan torsdag."),
    ("team", "Barnkören leds av kantor [[Elin Rapp]] i församlingshemmet."),
    ("project", "Insamlingen samordnas av diakon [[Lars-Olof Brodin]]."),
    ("boat", "Båten styrs av [[Eleonora Falk]] och två frivilliga."),
    ("team", "Tvåmålsskytt blev [[Viktor Sandelin]], som nickade in kvitteringen."),
    ("venue", "Tränaren [[Rut Åkesson]] var nöjd med andra halvlek."),
    ("team", "Domaren [[Hampus Berglöf]] delade ut tre gula kort."),
    ("horse", "Kusken [[Vinnie Lindgren]] tog sin tredje seger i rad."),
    ("product", "Anmälare: [[Hilda Norberg]], undersköterska på avd 12."),
    ("room", "Kontakta [[Sven-Erik Hjort]] på IT-enheten om projektorn."),
    ("product", "Ärendet har tilldelats tekniker [[Alma Persson]]."),
    ("product", "Hälsningar, [[Florence Ntuli]], sjuksköterska, avd 7"),
    ("project", "Kontaktperson för upphandlingen är [[Ingeborg Wennberg]]."),
    ("project", "Frågor om anbudet besvaras av upphandlaren [[Gustav Ek]]."),
    ("street", "Projektledare för gatuarbetena är [[Karin Bodén]]."),
    ("venue", "Kl. 19.00 spelar [[Selma Nordin]] folkmusik från Jämtland."),
    ("work", "Julie spelas av skådespelaren [[Julia Edström]]."),
    ("venue", "Festivalgeneral [[Greta Lindblad]] hälsar alla välkomna."),
    ("storm", "Vi tackar [[Hans Forsberg]] som lånade ut tälten."),
    ("room", "Klass 4B har vikarie [[Linnea Öhman]] denna vecka."),
    ("project", "Läsprojektet leds av bibliotekarien [[Bella Strand]]."),
    ("building", "Rektor [[Aurora Johansson]] hälsar alla vårdnadshavare välkomna."),
    ("character", "Fröken [[Maja Lundberg]] är sjukskriven, vikarie kommer."),
    ("building", "Visning sker med mäklare [[Signe Bergkvist]] söndag kl. 13."),
    ("street", "Säljaren [[Fredrik Brevik]] har bott i huset i trettio år."),
    ("boat", "Ansvarig mäklare: [[Viola Hedberg]], 070-174 06 12"),
    ("venue", "Caféet drivs av [[Agnes Törnqvist]] och hennes bror."),
    ("character", "Streamern [[Jonatan Malmgren]] klarade bossen på första försöket."),
    ("team", "Vår kapten [[Wilma Rosén]] söker en support till ligan."),
    ("character", "Tack [[Ana Kovačević]] för guiden om ranked."),
    ("project", "Läsecirkeln leds av [[Tove Ahlström]] första tisdagen i månaden."),
    ("work", "Författaren [[Anne Lindqvist]] berättar om sin nya roman."),
    ("storm", "Biblioteket hälsar [[Ingunn Sæther]] välkommen som ny chef."),
    ("work", "Filmen presenteras av [[Ronja Ekholm]] från filmstudion."),
    ("room", "Språkcaféet leds av [[Tove Karimi]] varje onsdag kl. 17."),
    ("team", "Hälsningar från ordföranden [[Per-Åke Nyström]] och styrelsen."),
    ("venue", "I kväll möter ni [[Elsa Beskow-Lind]] och Stråkkvartetten i parken."),
    ("product", "Jag heter [[Malin Sjöberg]] och arbetar på avd 12, skrivaren fungerar inte."),
    ("street", "Vid frågor, ring [[Oskar Lundmark]] på tekniska förvaltningen."),
)


if __name__ == "__main__":
    sys.exit(run_families(NEGATIVES, PERSONS))
