# ruff: noqa: E501  (the texts are prose, one paragraph a line, as they would be pasted)
"""Situations of the twenty-first corpus, each drawn DRAWS times with new names, numbers and negatives.

A template is (family, voice, lang, marked text); the marks are those of `../fresh/fresh_case.py`.
Families at even positions are dev, odd ones holdout (`../corpus_writer.py`).
"""

from __future__ import annotations

TEMPLATES: list[tuple[str, str, str, str]] = [
    ("jogger-find", "morning-jogger", "sv", """\
Hej jag springer varje morgon runt {{«neg place»}} och i dag vid sjutiden låg det en kille på en parkbänk nära {{«neg shop»}} som inte gick att väcka ordentligt, han hade en {{«neg team»}}-halsduk och i handen en påse med nåt som hette {{drug:«neg street_drug»}} eller nåt sånt, en annan löpare [[PERSON:«name se»]] ringde {{112}} medan jag höll honom i framstupa sidoläge som vi lärt oss på {{Friskis & Svettis}}. Ambulansen sa att han hette [[PERSON:«first se»]]. Jag heter [[PERSON:«name fs»]], ni kan ringa [[PHONE:«phone mob»]] eller mejla [[EMAIL:morgonlopare@example.net]] om ni vill veta mer.
"""),
    ("roadside-farm-shop", "roadside-farm-shop-owner", "sv", """\
Vi driver gårdsbutiken vid {{E22}} strax efter {{Getå}} och på vårt utedass i natt hittade min man [[PERSON:«first se»]] en chaufför som låg på golvet, en utländsk lastbil med {{Girteka}} på sidan, kompisen hette [[PERSON:«name pl»]] och sa att han tagit {{drug:«neg brand»}} för att hålla sig vaken men det fanns också en karta {{drug:«neg stamp»}} i papperskorgen. Vi ringde {{112}} och {{Giftinformationscentralen}} på {{010-456 67 00}}. Mitt namn är [[PERSON:«name se»]], [[ADDRESS:«address»]], tel [[PHONE:«phone land»]] dagtid.
"""),
    ("english-guest", "english-speaking-holiday-guest", "en", """\
Hi, sorry to write in English. We are renting a cottage near {{«neg place»}} through {{Airbnb}} and last night our host's nephew [[PERSON:«name se»]] came by with two friends, one called [[PERSON:«first en»]] who said he was from {{«neg team»}} supporters club, and they left a small bag of pills stamped {{drug:«neg stamp»}} and something they called {{drug:«neg street_drug»}} on the porch. My daughter, who is 12, almost picked it up. I am [[PERSON:«name en»]], my UK mobile is [[PHONE:«phone ukintl»]], and my email [[EMAIL:holiday.family@example.org]]. Booking ref {{HMX4QZ82TD}}.
"""),
    ("holiday-cottage-keeper", "holiday-cottage-keeper", "sv", """\
Jag är stugvärd för {{Sportstugor Fjällgården}} och när jag städade stuga 9 efter gästerna ({{«neg weekday»}} utcheckning) låg det i frysen en glasburk med nåt grönt som luktade och i badrummet tomma kartor {{drug:«neg brand»}} och en lapp "{{drug:«neg street_drug»}} till [[PERSON:«first se»]]". Bokningen var gjord av [[PERSON:«reg se»]], [[PHONE:«phone mobsp»]], via {{Stugsommar.se}}, bokning {{SF-26-3317}}. Mitt namn [[PERSON:«name se»]], tel [[PHONE:«phone north»]].
"""),
    ("polish-worker", "polish-renovation-worker", "sv", """\
Hej, jag är [[PERSON:«name pl»]] och jobba med renovering av badrum i lägenhet på [[ADDRESS:«address»]]. När jag riva kakel bakom badkar hitta jag påse med tabletter {{drug:«neg brand»}} och pulver, kund [[PERSON:«name se»]] säga det är gammal hyresgäst [[PERSON:«first se»]] som bo där innan. Min firma {{«neg shop»}} nej förlåt, min firma {{Remont Bygg AB}}. Telefon [[PHONE:«phone intl»]]. Mitt samordningsnummer [[ID_NUMBER:«pnr 12- snr maybe»]] om behöva.
"""),
    ("trolley-collector", "shopping-trolley-collector", "sv", """\
Jag samlar in kundvagnar på parkeringen vid {{«neg shop»}} i {{«neg place»}}-området, och i en vagn låg i kväll en ryggsäck med sprutor och en burk {{drug:«neg brand»}} och ett kuvert med namnet [[PERSON:«name ku»]] på. En kille i {{«neg team»}}-jacka kom och ville ha väskan och sa att han hette [[PERSON:«first ar»]], han gick när jag sa att vakten [[PERSON:«name bs»]] var på väg. Jag heter [[PERSON:«first se»]], [[PHONE:«phone mobc»]].
"""),
]
