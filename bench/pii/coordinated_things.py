"""Lists that mix people with things, and quoted words alone: what the coordinated path and
the quoted-word path take for a person, beside real persons in the same frames.

    python bench/pii/coordinated_things.py [-v]

Voices: a football club's newsletter, a festival's volunteer rota, an IT helpdesk ticket, a
parish bulletin, a parent letter from a school, a needle-exchange van's log, a book circle's
mail, an English-speaking NGO's project update, a youth centre's week plan, a union branch's
minutes. Families: `coord` (a word joined by `och`, `,`, `&`, `/` to a found name: a firm, a
place, a team, a programme, a department, a work, a drug beside the name; or an unlisted
given name there), `quoted` (a quoted capitalised word with no cue: a work's, a project's
or an app's title, or someone's nickname). A third (`crc32(text) % 3 == 0`) is kept out of
tuning; `-v` prints every person missed and negative flagged. All names are made up.
"""

from __future__ import annotations

import sys

from marks import run_families

PERSONS: tuple[tuple[str, str], ...] = (
    ("coord", "På träningen var Johan Lidström och [[Nilla]] ansvariga för bollarna."),
    ("coord", "Volontärer lördag: Maja Svedberg, [[Jonte]] och Petra Hallin."),
    ("coord", "Ärendet gäller Kevin Åkesson och [[Dritan]], båda i årskurs 8."),
    ("coord", "I kören sjunger Elin Sjöstrand och [[Oghenekaro]] i år."),
    ("coord", "Bussen kördes av Stefan Nyqvist och [[Letemariam]] på tisdagen."),
    ("coord", "Vi träffade Amira Hosseini & [[Tewodros]] vid bilen kl 21."),
    ("coord", "Bokcirkeln: Karin Malmqvist, Ulla Brink och [[Sanna]]."),
    ("coord", "Ledare på fritidsgården är Ronny och [[Nilla]] den här veckan."),
    ("coord", "Project leads are Siobhan Kearney and [[Tadhg]] until June."),
    ("coord", "Mötet leddes av Birgitta Hed och [[Alva]] från styrelsen."),
    ("coord", "Med på passet: Hampus Ek, [[Nora]] och Leila Amini."),
    ("coord", "Föräldrarna Anders och [[Jorunn]] Dahl kom till samtalet."),
    ("coord", "Skickat till Tomas Lindgren och [[Marjatta]] på kontoret."),
    ("coord", "Jag och Frida Berglund gick med [[Yusra]] till akuten."),
    ("coord", "Kaffe bjöd Gunnel Ståhl och [[Ingeborg]] på efter mässan."),
    ("coord", "Helpdesk: ärendet tas av Mikael Fors och [[Juvel]] i andra linjen."),
    ("coord", "Närvarande: Lars Ohlin, [[Berit]], Kjell Ahlström."),
    ("coord", "Thanks to Aoife Brennan and [[Niamh]] for the coffee."),
    ("coord", "Hämtade Stina och [[Ronja]] på förskolan vid fyra."),
    ("coord", "Ring Jakob eller [[Vilgot]] om nycklarna till förrådet."),
    ("coord", "Samtal med Amanda, [[Liv]] och Hedda om rasten."),
    ("coord", "Emil och [[Edvin]] var inte i skolan på måndagen."),
    ("coord", "Volontärer: Hanna & [[Maud]], kväll."),
    ("coord", "Kicki/[[Tove]] har nattpasset i bussen."),
    ("coord", "Sara, Anton och [[Ebbe]] hjälpte till med utdelningen."),
    ("coord", "Hej Peter och [[Orvar]], tack för i lördags!"),
    ("coord", "Kevin Åberg, [[Douglas]] och Mira skrev under listan."),
    ("coord", "Cheers from Aisling and [[Cormac]] at the stall."),
    ("coord", "Lugna kvällen: Malin och [[Idun]] pratade med tre besökare."),
    ("coord", "Ebba och [[Majken]] ska läsa upp dikterna."),
    ("opens", "Hälsningar Maja, [[Tindra]] Lindvall och Oskar på kontoret."),
    ("opens", "Ansvariga: Jonas Ek, [[Nilla]], Enhet Vuxen har jouren."),
    ("opens", "Ida och [[Lova]] Strömberg kom med båten."),
    ("opens", "– Karin och [[Siri]] Ahlgren, föreningen Gryning"),
    ("opens", "Tack Petra och [[Jonte]] för hjälpen med tälten."),
    ("opens", "Sara Lind och [[Moa]] hade passet, korvarna tog slut."),
    ("quoted", "Han som kallas \"[[Kungen]]\" var där igen ikväll."),
    ("quoted", "Pratade med \"[[Lillen]]\" vid bilen, han ville ha nya sprutor."),
    ("quoted", "\"[[Smeden]]\" sålde till de yngre enligt flera på gården."),
    ("quoted", "Enligt \"[[Tjocken]]\" har priserna gått upp i centrum."),
    ("quoted", "Killen \"[[Ghost]]\" hotade en av volontärerna."),
    ("quoted", "\"[[Pirran]]\" ringde tre gånger till jouren under natten."),
)

NEGATIVES: tuple[tuple[str, str], ...] = (
    # a firm, an app or a service joined to a found name
    ("coord", "Jag har mejlat Sofia Lund och [[Telenor]] om fakturan."),
    ("coord", "Ärendet skickades till Per Axelsson och [[Visma]] i förmiddags."),
    ("coord", "Sponsorer i år: Bengt Ring och [[Intersport]]."),
    ("coord", "Supporten sköts av Oskar Hjort och [[Atea]] enligt avtalet."),
    ("coord", "Kontakta Lena Forsberg eller [[Securitas]] vid larm."),
    ("coord", "Tack till Annika Roos, [[Coop]] och Lions för bidragen."),
    ("coord", "Thanks to Declan Byrne and [[Oxfam]] for the blankets."),
    # a place
    ("coord", "Per Hammar och [[Kiruna]] kommun har skrivit avtal."),
    ("coord", "Turnén går via Emma Sandell och [[Borlänge]] till Falun."),
    ("coord", "Vi åkte med Karin Ek, [[Vallentuna]] var första stoppet."),
    ("coord", "Erik Boström och [[Hallstahammar]] delar på kostnaden."),
    # a team or a club
    ("coord", "Matchen mellan Viktor Holm och [[Brage]] slutade oavgjort."),
    ("coord", "Johanna Wiik och [[Sirius]] möts i finalen på söndag."),
    ("coord", "Domare var Tomas Bjur, [[Hammarby]] vann med 3-1."),
    # a programme, a project, a department
    ("coord", "Ansvar: Maria Nordin och [[Ungdomsmottagningen]]."),
    ("coord", "Handledning ges av Anna Wahl och [[Beroendecentrum]] i Solna."),
    ("coord", "Pengarna går till Sara Lindahl och [[Fritidsbanken]] i år."),
    ("coord", "Frågor om schemat till Jonas Kvist eller [[Personalavdelningen]]."),
    ("coord", "Stödet kommer från Linda Öhman och [[Stadsmissionen]]."),
    ("coord", "Funded by Ciara Walsh and [[Erasmus]] through the spring."),
    # a work, a book, a film, a show
    ("coord", "Vi läste Astrid Wennberg och [[Hamlet]] förra terminen."),
    ("coord", "Bokcirkeln tar Kerstin Ekman och [[Moby]] Dick i höst."),
    ("coord", "Kvällens program: Olle Adolphson och [[Carmen]] i konsertversion."),
    ("coord", "Boken av Nina Borg och [[Dracula]] står på samma hylla."),
    # a drug, a medicine
    ("coord", "Johan Karlsson och [[Subutex]] nämndes båda i anmälan."),
    ("coord", "Malin Torstensson fick Sobril, [[Lyrica]] och Zopiklon."),
    ("coord", "Klienten Lisa Näsström och [[Metadon]] — dosen sänks i maj."),
    # an English or Swedish common word
    ("coord", "Lunch, Sara Bengtsson och [[Fika]] står på dagordningen."),
    ("coord", "Agenda: Martin Söderlund, [[Budget]] och övrigt."),
    ("coord", "Items: Rachel Doyle, [[Security]] and any other business."),
    ("coord", "Punkter: Anders Molin, [[Ekonomi]], Valberedning."),
    ("coord", "Hälsningar från Eva Strand och [[Styrelsen]]."),
    # a thing listed as a name, beside a lone given name
    ("coord2", "Stina och jag såg Ronja och [[Emil]] i Lönneberga på bio."),
    ("coord2", "Jakob köpte mjölk på Ica och [[Lidl]] efter jobbet."),
    ("coord2", "Amanda jobbar på Ericsson och [[Scania]] har sökt henne."),
    ("coord2", "Vi bokade Hanna och en buss från [[Nobina]] till lägret."),
    ("coord2", "Peter och [[Volvo]] har ingenting med saken att göra."),
    ("coord2", "Malin, [[Spotify]] och lunch — tre saker att ordna."),
    ("coord2", "Sara och [[Telia]] har bråkat om räkningen i veckor."),
    ("coord2", "Ebba läste Pippi och [[Madicken]] högt för barnen."),
    ("coord2", "Kevin och [[Kalmar]] FF var med i artikeln."),
    ("coord2", "Frida och [[Göteborg]] — det blir en lång helg."),
    ("coord2", "Emma gillar Abba och [[Roxette]] mest av allt."),
    ("coord2", "Jonas, [[Netflix]] och chips, det är fredag."),
    ("coord2", "Hampus och [[Brynäs]] har varit hans liv sen barnsben."),
    ("coord2", "Aoife and [[Tesco]] both donated bread this week."),
    ("coord2", "Anton och [[Fortnite]], det är allt han pratar om."),
    ("coord2", "Lisa och [[Norrland]] hör ihop för henne."),
    # the word opens a thing's name, or qualifies a plural noun after it
    ("opens", "Hälsningar Maja Ström, [[Glimt]] Studio Södermalm"),
    ("opens", "Ansvarig: Jonas Ek, [[Enhet]] Vuxen Nord."),
    ("opens", "Ida Berg och [[Lova]] båtarna ligger vid bryggan i vinter."),
    ("opens", "– Karin Ahlgren, [[Drömfångare]] Café & Bar"),
    ("opens", "Sorterna Elsa Boman och [[Frost]] Queen såldes slut på marknaden."),
    ("opens", "Tack Petra Holm och [[Kvarn]] Bageriet för brödet."),
    ("opens", "Vi beställde från Ahmed Nur och [[Nordic]] Tents i våras."),
    ("opens", "Hanna Vik och [[Vinga]] fyrarna syns på vykorten."),
    # quoted titles, projects, apps, campaigns
    ("quoted", "Vi har startat \"[[Nattvandring]]\" igen i Rinkeby."),
    ("quoted", "Alla elever ska ladda ner \"[[Trygga]]\" före fredag."),
    ("quoted", "Projektledaren presenterade \"[[Framtidsvägen]]\" på mötet."),
    ("quoted", "Kampanjen heter inget ännu, arbetsnamn \"[[Vågen]]\"."),
    ("quoted", "Gruppen såg \"[[Stormen]]\" på stadsteatern i lördags."),
    ("quoted", "Our new outreach scheme \"[[Lifeline]]\" starts in March."),
    ("quoted", "Föreningen driver \"[[Mötesplatsen]]\" varje onsdag."),
    ("quoted", "Läs mer i foldern \"[[Tryggare]]\" som delades ut."),
    ("quoted", "We showed \"[[Requiem]]\" at the film night."),
    ("quoted", "Temat för veckan är \"[[Gemenskap]]\" och alla är välkomna."),
    ("quoted", "Appen \"[[Stöttan]]\" har fått ny version."),
    ("quoted", "Den nya rutinen \"[[Nattläge]]\" gäller från måndag."),
)

if __name__ == "__main__":
    sys.exit(run_families(NEGATIVES, PERSONS))
