"""Things named like people, beside persons in the same texts: the share of things flagged and
of persons found, per family.

    python bench/pii/false_alarm_things.py [-v]

Written in voices the other hard-negative benches lack (a festival programme, a shipping
newsletter, a hospital's internal news, a sports club's mail, a TV guide, a library's events, a
gaming forum, a street-food market's stall list). Families: `venue` (a stage, café, hall or bar
named like a person: `Café Agnes`), `product` (a dish, drink or brand: `Kalles Kaviar`), `org`
(a foundation, fund or society named after someone), `event` (a cup, race or festival named
after someone: `Vasaloppet`, `Gunnar Nordahl Cup`), `abroad` (places abroad shaped as given
names: `Santa Cruz`, `Charlotte`), `animal` (pets and horses), `character` (fictional
characters of books, films and games), `street` (streets named after people), `prize` (prizes
and grants), `ship` (ferries and ships), `storm` (named storms), `work` (songs, shows and
titles of works). Persons stand in the same settings with the same cues, so recall is
measured too.

A thing counts as flagged when a finding that would be masked overlaps it; a person as found
when a PERSON finding covers the name. A third of the sentences (`crc32(text) % 3 == 0`, the
text without its marks) is kept out of tuning; `-v` prints every thing flagged and every
person missed. All names and people are made up; no substance or medicine stands as a target.
"""

from __future__ import annotations

import sys

from marks import run_families

NEGATIVES: tuple[tuple[str, str], ...] = (
    # festival programme: stages, venues, acts
    ("venue", "Lördag 21.00 spelar bandet på [[Café Agnes]], insläpp från 20."),
    ("venue", "Akustiska setet flyttas till [[Stora Hedvig-scenen]] på grund av regnet."),
    ("venue", "Efterfesten hålls på [[Bar Ingrid]] vid hamnen, åldersgräns 20 år."),
    ("venue", "Tältet bakom [[Kafé Margareta]] har sjukvårdare hela natten."),
    ("venue", "Festivalens tysta rum ligger i [[Villa Solbacken]] bredvid parkeringen."),
    ("venue", "Klubbkvällen på [[Hotell Esplanad]] ställs in, biljetterna återbetalas."),
    ("venue", "Matchen spelas på [[Ulrika Eleonora-planen]] kl. 14."),
    ("venue", "Kören övar i [[Sankta Maria kyrka]] på onsdagar."),
    ("venue", "Sagostunden hålls i [[Astrid Lindgren-rummet]] på andra våningen."),
    ("venue", "Food truck-raden står längs [[Restaurang Sigge]] hela helgen."),
    ("venue", "The jazz trio plays at [[Molly Malone's]] on Friday night."),
    ("venue", "Pensionärsdansen flyttar till [[Folkets hus Axel]] i Ljusdal."),
    # street-food market and brands
    ("product", "Stånd 12 säljer [[Kalles Kaviar]]-mackor och kaffe för 45 kr."),
    ("product", "Nytt i år: glass från [[Ben & Jerry's]] och churros vid entrén."),
    ("product", "Vi har slut på [[Marabou]] men choklad från Cloetta finns kvar."),
    ("product", "Veckans burgare heter [[Big Bertha]] och har dubbel cheddar."),
    ("product", "Drick [[Fanta]] eller Loka – alkohol säljs bara i baren."),
    ("product", "Vagnen med [[Tante Berg]]s kanelbullar står vid grinden."),
    ("product", "Kaffet kommer från [[Gevalia]] och mjölken från Arla."),
    ("product", "Tacobilen serverar [[Don Pedro]] tacos med pulled pork."),
    ("product", "Pizzan [[Capricciosa]] kostar 110 kr, Margherita 95 kr."),
    ("product", "Våffelstället bakar med [[Kungsörnen]] mjöl och serverar sylt."),
    ("product", "Ölen [[Mariestads]] finns på fat i tältet."),
    ("product", "Her stall sells [[Mrs Crimble's]] macaroons and gluten-free cakes."),
    ("product", "Min nya mus är en [[Logitech G Pro]] och den är mycket bättre."),
    ("product", "Spelar på [[Steam Deck]] numera, batteriet håller tre timmar."),
    # hospital's internal news: organisations, foundations, funds
    ("org", "Forskningsanslag från [[Stiftelsen Sigurd och Elsa Goljes Minne]] delas ut i maj."),
    ("org", "Avdelningen fick pengar från [[Jerringfonden]] till nya lekrummet."),
    ("org", "Samarbetet med [[Karolinska Institutet]] förlängs två år."),
    ("org", "Sjukhusclownerna kommer från [[Clowner utan gränser]] varje tisdag."),
    ("org", "Bidrag från [[Kronprinsessan Victorias fond]] gick till rullstolarna."),
    ("org", "Föreläsning av [[Ronald McDonald Hus]] om familjeboende."),
    ("org", "Material från [[Svenska Carl Lindhagens förening]] finns i fikarummet."),
    ("org", "Vi tackar [[Magnus Bergvalls Stiftelse]] för bidraget till labbet."),
    ("org", "Klubben får stöd av [[Sparbanksstiftelsen Kronan]] i år igen."),
    ("org", "Sök stipendium från [[Ebba Lindqvists fond]] senast 1 mars."),
    # events
    ("event", "Anmälan till [[Gunnar Nordahl Cup]] stänger på fredag."),
    ("event", "Tre lag från klubben åker till [[Gothia Cup]] i juli."),
    ("event", "Vi behöver funktionärer till [[Vasaloppet]] och Tjejvasan."),
    ("event", "Sjukhusets lag springer [[Lidingöloppet]] i september."),
    ("event", "Biblioteket firar [[Astrid Lindgren-dagen]] med högläsning."),
    ("event", "Turneringen [[Sten Lundin Memorial]] körs i Rättvik på söndag."),
    ("event", "The [[Henley Royal Regatta]] is on TV from 14.00."),
    ("event", "Tävlingen [[Elitloppet]] sänds direkt från Solvalla."),
    ("event", "Anmäl dig till [[Stina Ekblad-kvällen]] på biblioteket."),
    ("event", "Klubben ordnar [[Gustav Vasa-loppet]] för barn i februari."),
    # places abroad
    ("abroad", "Fartyget lossar i [[Santa Cruz]] innan det går vidare till Kanarieöarna."),
    ("abroad", "Containerfartyget ligger på redden utanför [[Alexandria]]."),
    ("abroad", "Laget spelar träningsmatch i [[Charlotte]] under USA-resan."),
    ("abroad", "Kryssningen besöker [[Victoria]] på Vancouver Island."),
    ("abroad", "Tankern kom från [[Port Elizabeth]] med tolv dagars försening."),
    ("abroad", "Ny linje mellan Göteborg och [[San Sebastián]] från april."),
    ("abroad", "Konferensen hölls i [[Adelaide]] och nästa år i Perth."),
    ("abroad", "Besättningen mönstrade på i [[Georgetown]]."),
    ("abroad", "Vi tränar på höghöjd i [[Sierra Nevada]] i mars."),
    ("abroad", "Godset lastades om i [[Saint John]] i New Brunswick."),
    # pets and horses
    ("animal", "Hästen [[Lovely Moa]] vann V75-finalen och travet var fullsatt."),
    ("animal", "Sköterskans hund [[Sixten]] besöker barnavdelningen på fredagar."),
    ("animal", "Terapihunden [[Greta]] är ledig hela vecka 32."),
    ("animal", "Ikväll: [[Readly Express]] startar från spår 4 i Elitloppet."),
    ("animal", "Katten [[Pelle Svanslös]]-kopian på biblioteket är borttappad."),
    ("animal", "Ponnyn [[Lilla Märta]] är såld till en klubb i Småland."),
    ("animal", "Maskoten, tuppen [[Gustav]], deltar i invigningen."),
    ("animal", "Our cat [[Bella]] was sick after eating a lily, the vet said."),
    ("animal", "Valpen [[Nisse]] har lärt sig sitta, skriver kennelklubben."),
    ("animal", "Travhästen [[Hickory Pride]] skadade sig i sista kurvan."),
    # fictional characters: books, films, games
    ("character", "Vem är bäst i Elden Ring, [[Malenia]] eller Radahn?"),
    ("character", "Jag mainar [[Geralt]] i alla spel, Ciri är för svår."),
    ("character", "Bokcirkeln läser om [[Pippi Långstrump]] för de minsta."),
    ("character", "I kväll visas [[Emil i Lönneberga]] på SVT1 kl. 18.00."),
    ("character", "Nya säsongen har fler scener med [[Lisbeth Salander]]."),
    ("character", "Barnteatern spelar [[Karlsson på taket]] i aulan."),
    ("character", "Spela som [[Lara Croft]] i den nya remastern, släpps i juni."),
    ("character", "Bossen [[Ornstein]] är lättare om man dödar Smough först."),
    ("character", "Min favorit är [[Ellie]] i The Last of Us Part II."),
    ("character", "Utklädningstävling: bästa [[Harry Potter]] vinner presentkort."),
    ("character", "[[Bamse]] och Skalman kommer och hälsar på vid 11-tiden."),
    ("character", "Skådespelaren gör rollen som [[Kalle Blomkvist]] i höst."),
    # streets named after people
    ("street", "Avspärrat på [[Birger Jarlsgatan]] mellan kl. 10 och 16."),
    ("street", "Marknaden flyttar till [[Olof Palmes plats]] i helgen."),
    ("street", "Sjukhusets nya entré ligger på [[Anna Steckséns gata]] 30."),
    ("street", "Parkering finns på [[Drottning Kristinas väg]] bakom hallen."),
    ("street", "Bussen stannar vid [[Karl Johans torg]] på vägen till arenan."),
    ("street", "Loppisen hålls på [[Selma Lagerlöfs torg]] i Hjulsta."),
    ("street", "Omleddning via [[Fredrika Bremers gata]] under byggtiden."),
    ("street", "Festivalområdet nås från [[Carl Gustafs väg]] och stationen."),
    # prizes and grants
    ("prize", "Författaren nominerades till [[Augustpriset]] för sin debut."),
    ("prize", "Sjuksköterskan fick [[Florence Nightingale-medaljen]] i år."),
    ("prize", "Hon tilldelas [[Jenny Lind-stipendiet]] och åker på turné."),
    ("prize", "Filmen vann [[Guldbaggen]] för bästa manus."),
    ("prize", "Tränaren fick [[Victoriastipendiet]] på gala i Borgholm."),
    ("prize", "Poeten fick [[Tomas Tranströmer-priset]] förra hösten."),
    ("prize", "He won the [[Ballon d'Or]] twice before he retired."),
    ("prize", "Boken fick [[Nils Holgersson-plaketten]] som bästa barnbok."),
    # ships and ferries
    ("ship", "Färjan [[Peter Pan]] är ur trafik för service vecka 44."),
    ("ship", "[[Nils Holgersson]] avgår från Trelleborg 22.00 i stället för 21.30."),
    ("ship", "Isbrytaren [[Atle]] har gått ut för att hjälpa två fartyg i Bottenviken."),
    ("ship", "M/S [[Birger Jarl]] ligger förtöjd vid Skeppsholmen i vinter."),
    ("ship", "Räddningskryssaren [[Elsa Wihlborg]] larmades till Hanöbukten."),
    ("ship", "Kryssningsfartyget [[Queen Mary 2]] anlöper Göteborg i juli."),
    ("ship", "Tanken [[Maria Theresa]] lastade diesel i Brofjorden."),
    ("ship", "Systerfartyget [[Tom Sawyer]] går i dubbeltur under sommaren."),
    ("ship", "Segelfartyget [[Götheborg]] seglar till Kina igen."),
    ("ship", "Fiskebåten [[Ingrid Marie]] kom in med rekordfångst."),
    # storms
    ("storm", "Stormen [[Gudrun]] fällde 75 miljoner kubikmeter skog."),
    ("storm", "Efter stormen [[Babet]] stängdes bron över Göta älv."),
    ("storm", "SMHI varnar för [[Hans]] som väntas ge 100 mm regn."),
    ("storm", "Färjorna ställdes in när [[Ciarán]] drog in över Nordsjön."),
    ("storm", "Ovädret [[Ingunn]] slog ut strömmen i Jämtland."),
    ("storm", "Orkanen [[Katrina]] dokumenteras i kvällens dokumentär."),
    # songs, shows and titles of works
    ("work", "Kören sjunger [[Dancing Queen]] som extranummer."),
    ("work", "Publikens favorit var [[Fernando]] i allsångsdelen."),
    ("work", "Kl. 20.00 [[Fråga Lund]] – frågor om forskning, SVT2."),
    ("work", "Kl. 21.15 [[Mord i sinnet]]: säsong 3, avsnitt 4."),
    ("work", "Bandet avslutade med [[Jolene]] och en ny låt."),
    ("work", "Högläsning ur [[Anna Karenina]] på torsdagar kl. 15."),
    ("work", "Dokumentären [[Greta]] visas i biosalongen på lördag."),
    ("work", "Allsången tar [[Lilla Sparvel]] som sista nummer."),
    ("work", "The radio played [[Roxanne]] twice during the shift."),
    ("work", "Musikalen [[Kristina från Duvemåla]] sätts upp i vår."),
    ("work", "I kväll sänds [[Babben & Co]] i repris kl. 22."),
    ("work", "Bokcirkeln diskuterar [[Jane Eyre]] nästa månad."),
)

# persons in the same settings, with the same cues
PERSONS: tuple[tuple[str, str], ...] = (
    ("venue", "Lördag 21.00 spelar [[Agnes Holmqvist]] på caféet, insläpp från 20."),
    ("venue", "Ansvarig på efterfesten är [[Ingrid Sjölander]], nås vid baren."),
    ("venue", "Sagostunden leds av [[Maria Lundholm]] på andra våningen."),
    ("venue", "Kören leds av [[Hedvig Carlsson]] på onsdagar."),
    ("venue", "The jazz trio is led by [[Molly Barrett]] on Friday night."),
    ("product", "Stånd 12 drivs av [[Kalle Nyström]] som säljer mackor och kaffe."),
    ("product", "Våffelstället sköts av [[Bertha Lindgren]] och hennes son."),
    ("product", "Tacobilen ägs av [[Pedro Alvarez]] från Malmö."),
    ("product", "Kontakt för ståndplatser: [[Jenny Ekdahl]], 070-174 06 12."),
    ("org", "Forskningsanslaget delas ut av [[Elsa Goljé]] i maj."),
    ("org", "Avdelningschefen [[Sigurd Mattsson]] tackar för bidraget."),
    ("org", "Sjukhusclownen [[Ronald Berglund]] kommer varje tisdag."),
    ("org", "Sök stipendiet hos [[Ebba Lindqvist]] senast 1 mars."),
    ("org", "Överläkare [[Magnus Bergvall]] håller föreläsningen om familjeboende."),
    ("event", "Anmälan till cupen tas emot av [[Gunnar Sahlin]] till fredag."),
    ("event", "Tre lag åker med tränaren [[Sten Lundin]] i juli."),
    ("event", "Vi behöver funktionärer, hör av er till [[Vera Sandström]]."),
    ("event", "[[Stina Ekblad]] läser ur sin nya bok på biblioteket."),
    ("abroad", "Fartyget lossar där [[Santiago Cruz]] väntar med papperen."),
    ("abroad", "Laget möter [[Charlotte Wikner]] under USA-resan."),
    ("abroad", "Konferensen leddes av [[Adelaide Jonsson]] från Perth."),
    ("abroad", "Besättningen mönstrade på med [[George Town]] som styrman."),
    ("animal", "Hästen tränas av [[Moa Lindvall]] och vann V75-finalen."),
    ("animal", "Sköterskan [[Sixten Ahlberg]] besöker barnavdelningen på fredagar."),
    ("animal", "Kusken [[Märta Holmgren]] körde in som tvåa."),
    ("animal", "Our vet, [[Bella Okafor]], said the cat was sick after eating a lily."),
    ("animal", "Uppfödaren [[Gustav Lindström]] säljer valparna i vår."),
    ("character", "Vem är bäst i laget, [[Malin Radahn]] eller Petra?"),
    ("character", "Streamern [[Eric Sandvik]] spelade hela natten, chatten var galen."),
    ("character", "Bokcirkeln leds av [[Pia Långström]] för de minsta."),
    ("character", "Skådespelaren [[Lisa Salander]] gör rollen i höst."),
    ("character", "Vinnare av utklädningstävlingen: [[Harry Pettersson]], 9 år."),
    ("character", "Modden gjordes av [[Elin Forsberg]] som också skrev guiden."),
    ("street", "Avspärrningen sköts av [[Birger Johansson]] mellan kl. 10 och 16."),
    ("street", "Marknadens ansvariga är [[Olof Palm]], ring vid frågor."),
    ("street", "Nya enhetschefen [[Anna Stecksén]] börjar på måndag."),
    ("street", "Loppisen hålls hemma hos [[Selma Lagerström]] i Hjulsta."),
    ("prize", "Författaren [[Johanna Augustsson]] nominerades för sin debut."),
    ("prize", "Sjuksköterskan [[Florence Mbeki]] fick medaljen i år."),
    ("prize", "Stipendiet går till [[Jenny Lindholm]] som åker på turné."),
    ("prize", "Tränaren [[Viktoria Strand]] fick stipendiet på galan i Borgholm."),
    ("ship", "Kapten [[Peter Panagiotis]] har befälet vecka 44."),
    ("ship", "Befälhavaren [[Nils Holmberg]] meddelar att färjan är försenad."),
    ("ship", "Maskinchef [[Atle Rasmussen]] har gått i land i Luleå."),
    ("ship", "Räddningsledaren [[Elsa Wikström]] larmades till Hanöbukten."),
    ("ship", "Skepparen [[Ingrid Marklund]] kom in med rekordfångst."),
    ("storm", "Skogsägaren [[Gudrun Persson]] förlorade halva skogen i stormen."),
    ("storm", "Meteorologen [[Hans Ekberg]] varnar för 100 mm regn."),
    ("storm", "Elbolagets [[Ingunn Dahl]] säger att strömmen är tillbaka i kväll."),
    ("work", "Kören sjungs in av [[Fernando Costa]] som extranummer."),
    ("work", "Programledaren [[Lena Lund]] svarar på frågor om forskning."),
    ("work", "Högläsning med [[Anna Karlsson]] på torsdagar kl. 15."),
    ("work", "Regissören [[Greta Sjöberg]] visar sin film på lördag."),
    ("work", "Bandets sångerska [[Jolene Marsh]] avslutade kvällen."),
    ("work", "Musikalen regisseras av [[Kristina Dufva]] i vår."),
)


if __name__ == "__main__":
    sys.exit(run_families(NEGATIVES, PERSONS))
