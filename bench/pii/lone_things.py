"""One listed name alone, no cue, that is a person or a thing by its frame: lone25's bench.

    python bench/pii/lone_things.py [-v]

Voices: a harbour master's log, a riding school's newsletter, a weather service's bulletin,
a chain store's stock mail, an app team's release notes, a Spanish-speaking parent's mail, a
festival's programme, a parish newsletter, a football club's kit list. Families: `noun` (a
thing's definite noun right before the word: `färjan Birgitta`, `stormen Ylva`), `det` (a
determiner or a count before it: `två Tesla`, `varje Linnea`), `place` (a preposition of place
or motion: `i Rosendal`), `after` (a thing's noun right after it: `Hugo-appen`, `Frida 2.0`),
`title` (a heading in title case), `month` (a month or day in another language), `pet` (an
animal's name set off by commas after its word: `Vår häst, Tindra, fick kolik`). Persons
stand in the same frames: `kuratorn Birgitta`, `två Tobias` (two of a name), `hos Rosendal`,
a name opening a heading, a name beside a date.

A person counts as found when a PERSON finding covers the name; a negative as flagged when a
finding that would be masked overlaps it. A third (`crc32(text) % 3 == 0`) is kept out of
tuning; `-v` prints every person missed and negative flagged. All names are made up.
"""

from __future__ import annotations

import sys

from marks import run_families

PERSONS: tuple[tuple[str, str], ...] = (
    # a person's noun right before the name
    ("noun", "Kuratorn [[Birgitta]] ringer upp i morgon."),
    ("noun", "Grannen [[Torvald]] hörde skrik från trapphuset."),
    ("noun", "Ridläraren [[Ylva]] tog hand om hästarna efter olyckan."),
    ("noun", "Skepparen [[Håkan]] meddelade att han var nykter."),
    ("noun", "Butikschefen [[Leila]] såg pojken ta flaskan."),
    ("noun", "Diakonen [[Ingela]] besökte honom på häktet."),
    ("noun", "Lagledaren [[Patrik]] körde hem spelarna."),
    ("noun", "Utvecklaren [[Mirja]] har rättat felet."),
    ("noun", "Brevbäraren [[Sune]] hittade honom i trappan."),
    ("noun", "Mamman [[Lucía]] vill ha ett möte."),
    # a determiner or a count before a name
    ("det", "Vi har två [[Tobias]] i gruppen, den äldre är bror till Ida."),
    ("det", "Det var [[Linnea]] som larmade."),
    ("det", "Varken [[Agnes]] eller hennes syster var hemma."),
    ("det", "Både [[Dennis]] och Sara kom till mötet."),
    ("det", "Sedan kom [[Gunnel]] förbi med nycklarna."),
    ("det", "Just [[Estelle]] behöver extra stöd."),
    # a preposition before a person
    ("place", "Han bodde hos [[Marianne]] hela vintern."),
    ("place", "Paketet lämnades till [[Gunilla]] i receptionen."),
    ("place", "Det kom ett sms från [[Viggo]] vid midnatt."),
    ("place", "Hon sov över hos [[Rakel]] efter festen."),
    ("place", "Vi fick nycklarna av [[Lennart]] på bryggan."),
    ("place", "Mejlet gick ut till [[Henrietta]] och styrelsen."),
    # a name with a noun or sign after it
    ("after", "[[Joakim]] har lovat att fixa buggen."),
    ("after", "Tack till [[Vendela]] för kaffet!"),
    ("after", "[[Rasmus]] kommer med bussen kl 14."),
    ("after", "Frågan gick till [[Elvira]], som inte svarade."),
    ("after", "[[Konrad]] tappade plånboken i båten."),
    ("after", "Enligt [[Maja]] var hästen skadad redan innan."),
    # a name in a heading or opening a line
    ("title", "Ansvarig i helgen:\n[[Torbjörn]] (tel via växeln)"),
    ("title", "Rapport från kvällen\n[[Sigrid]] hittades sovande vid kajen."),
    ("title", "Release notes 4.2\n[[Henrik]] fixed the login crash."),
    ("title", "Veckans hjälte: [[Agnes]]!"),
    ("title", "Thanks To Our Volunteers\n[[Gwendolyn]] handled the first aid tent."),
    # a name beside a date or a month word
    ("month", "El 3 de mayo [[Julio]] no volvió a casa."),
    ("month", "Den 14 april ringde [[April]] från skolan."),
    ("month", "[[Maj]] ringde den 2 juni om lägenheten."),
    ("month", "Mi hija [[Mercedes]] tiene quince años."),
    ("month", "Sábado por la noche [[Dolores]] llamó a la policía."),
    ("month", "Hon heter [[June]] och är sexton."),
    # a name after a comma that follows an animal's word, opening its own clause
    ("pet", "Hon gick ut med hunden, [[Selma]] stannade hemma."),
    ("pet", "Katten var borta, [[Ingvar]] letade hela natten."),
    ("pet", "Hästen bet grannen, [[Tindra]], i armen."),
    ("pet", "Vi köpte foder åt katten, [[Rolf]] betalade."),
    ("pet", "Efter ridningen på hästen, [[Klara]] sa att hon hade ont."),
    ("pet", "Ring om hunden, [[Sven]], så fort du kan!"),
)

NEGATIVES: tuple[tuple[str, str], ...] = (
    # a thing's noun right before the name
    ("noun", "Färjan [[Birgitta]] ligger kvar vid kajen i natt."),
    ("noun", "Stormen [[Ylva]] fällde träd över vägen."),
    ("noun", "Hästen [[Torvald]] haltar på vänster fram."),
    ("noun", "Båten [[Linnea]] saknar förtöjning sedan i går."),
    ("noun", "Kampanjen [[Vendela]] riktar sig till unga vuxna."),
    ("noun", "Appen [[Sigrid]] kraschar när man loggar in."),
    ("noun", "Modellen [[Nova]] är slutsåld i alla butiker."),
    ("noun", "Serien [[Elvira]] visas på lördagar."),
    ("noun", "Orkanen [[Ingrid]] drog in över kusten."),
    ("noun", "Kollektionen [[Agnes]] kommer i tre färger."),
    ("noun", "Tröjan [[Maja]] finns i storlek S till XL."),
    ("noun", "Linjen [[Gunnel]] går var tionde minut."),
    # a determiner or a count before the name
    ("det", "Vi beställde två [[Tesla]] till hemtjänsten."),
    ("det", "Butiken har slut på [[Linnea]] i storlek 38."),
    ("det", "Varje [[Agnes]] i kollektionen är handsydd."),
    ("det", "Tre [[Mercedes]] stod parkerade vid kajen."),
    ("det", "Den nya [[Vendela]] är gjord i ull."),
    ("det", "Flera [[Sigrid]] såldes redan första dagen."),
    # a preposition of place before the name
    ("place", "Festivalen flyttar i år till [[Rosendal]] i Stockholm."),
    ("place", "Vi seglade förbi [[Sofia]] på väg hem från Varna."),
    ("place", "Tältet står på [[Viktoria]] vid hamnen."),
    ("place", "Gudstjänst i [[Maria]] kl 11 på söndag."),
    ("place", "Bussen går via [[Hedvig]] och Centralen."),
    ("place", "Konserten hålls i [[Oscar]] i kväll."),
    # a thing's noun or a version right after the name
    ("after", "[[Joakim]]-appen har ett nytt gränssnitt."),
    ("after", "Vi uppgraderade till [[Frida]] 2.0 i går."),
    ("after", "[[Rasmus]]-projektet får pengar ett år till."),
    ("after", "Ladda ner [[Elvira]]-guiden på hemsidan."),
    ("after", "[[Konrad]]-båtarna är sjösatta."),
    ("after", "Modellerna [[Maja]] och Signe kommer i vår."),
    # title case headings
    ("title", "Nyheter Från [[Linnea]] Projektet"),
    ("title", "Welcome To [[Grace]] Hall Summer Camp"),
    ("title", "Kom Till Höstmarknaden i [[Stella]] Park"),
    ("title", "Meet The Crew Of The [[Victoria]]"),
    ("title", "Årets Tema: [[Hope]] And Change"),
    # a month or a day in another language
    ("month", "El 3 de [[Julio]] cierra la escuela."),
    ("month", "Vi ses i [[April]] när isen har gått."),
    ("month", "Am 2. [[Mai]] beginnt das Festival."),
    ("month", "La fiesta es el [[Sábado]] 12 de junio."),
    ("month", "Kommer tillbaka i [[June]] efter praktiken."),
    ("month", "Från och med [[Augusti]] gäller nya tider."),
    # an animal's name set off by commas after its word
    ("pet", "Grannens katt, [[Selma]], har rymt igen."),
    ("pet", "Vår häst, [[Tindra]], fick kolik i natt."),
    ("pet", "Den gamla hunden, [[Ingvar]], sov i hallen."),
    ("pet", "Deras kanin, [[Rolf]], åt upp sladden."),
    ("pet", "Ponnyn, [[Klara]], haltade efter tävlingen."),
    ("pet", "Min katt, [[Greta]] (tre år), behöver medicin."),
)

if __name__ == "__main__":
    sys.exit(run_families(NEGATIVES, PERSONS))
