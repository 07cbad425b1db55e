# ruff: noqa: E501  (the texts are prose, one paragraph a line, as they would be pasted)
"""Situations of the twenty-ninth corpus, each drawn DRAWS times with new names, numbers and
negatives.

A template is (family, voice, lang, marked text); the marks are those of `../fresh/fresh_case.py`.
Families at even positions are dev, odd ones holdout (`../corpus_writer.py`).
"""

from __future__ import annotations

TEMPLATES: list[tuple[str, str, str, str]] = [
    ("safety-host-log", "trygghetsvard", "sv", """\
Trygghetsvärdar, nattlogg {{«neg weekday»}} – {{«neg landlord»}}, område {{«neg property»}}
22.40 Trapphus B: två kanyler och folie på plan 3 utanför dörren där det står [[PERSON:«last se #l1»]] / [[PERSON:«last pl»]]. Plockade med tång, lade i kanylburk.
23.15 Hyresgästen [[PERSON:«first se #f1» «#l1»]] ([[PHONE:«phone mob»]]) ringde, hörde bråk i lgh 1203. Där bor enligt listan [[PERSON:«name ro»]]. Stod i dörren, verkade påverkad, sa sig ha tagit {{drug:«neg brand»}} och {{drug:«neg street»}}.
00.30 Bil [[PLATE:«plate»]] stod på handikapplatsen vid {{«neg building»}} igen. Lapp satt.
Larmade inte, ringde bolagets växel {{«neg switchboard»}} och lämnade över till dagpersonal. /[[PERSON:«name se»]]
"""),
    ("housing-unit-note", "bostadssocial", "sv", """\
Socialtjänsten, bostadsenheten – journalanteckning, bostadssocialt kontrakt
Klient: [[PERSON:«reg se»]], [[ID_NUMBER:«pnr 10- maybe»]]
Lägenhet: [[ADDRESS:«address»]], lgh 1104, fastighet {{«neg property»}}, hyresvärd {{«neg landlord»}}.
Störningsanmälan från grannen [[PERSON:«name sy»]] om lukt och folk i trapphuset på nätterna. Vid hembesök {{«neg weekday»}} fanns en okänd man, som sa sig heta [[PERSON:«first fi»]], i lägenheten. Klienten uppger sig vara tillbaka på {{drug:«neg substance»}} sedan {{«neg month»}} men vill behålla kontraktet. Kontaktperson på LARO-mottagningen: [[PERSON:«name se»]].
Handläggare [[PERSON:«name se»]], tfn [[PHONE:«phone land»]]
"""),
    ("brf-minutes", "brf-board", "sv", """\
Protokoll, styrelsemöte i Brf {{«neg property»}}, {{«neg month»}}
Närvarande: [[PERSON:«name se»]] (ordf.), [[PERSON:«name pl»]], [[PERSON:«name so»]], [[PERSON:«name se»]] (sekr.)
§ 4 Sprutor i cykelrummet. Fastighetsskötaren har hittat sprutor två gånger. Portkoden {{4471}} byts. Medlemmen i lgh 1001, [[PERSON:«name se»]], har en andrahandshyresgäst, [[PERSON:«name ro»]], som styrelsen inte godkänt.
§ 5 Parkeringen. Bilen [[PLATE:«plate new»]] står i garaget utan tillstånd. Ägare enligt tillståndslistan: ingen.
§ 6 Föreningen bjuder in polisen till ett möte om {{drug:«neg street»}} i området. Lokal: {{«neg building»}}.
"""),
    ("housing-first-summary", "housing-first", "en", """\
Housing First – case summary for the team meeting
Tenant: [[PERSON:«first se #tf» «last se»]], DOB [[DATE_OF_BIRTH:«dob en»]], flat at [[ADDRESS:«address»]] (landlord {{«neg landlord»}})
[[PERSON:«#tf»]] has kept the flat for six months. Last week the neighbour below, [[PERSON:«name fi»]], complained about visitors at night. [[PERSON:«#tf»]] says an old friend, [[PERSON:«first ro»]], stays over and brings {{drug:«neg street»}}. Found two used needles by the bed; harm reduction talk held, {{drug:«neg brand»}} nasal spray handed over.
Contact: [[PERSON:«name se»]], [[PHONE:«phone intl»]], [[EMAIL:housingfirst.team@example.org]]
"""),
    ("tribunal-decision", "hyresnamnd", "sv", """\
HYRESNÄMNDEN – BESLUT om uppsägning av hyresavtal
Sökande: {{«neg landlord»}}
Motpart: [[PERSON:«reg se»]], [[ID_NUMBER:«pnr 12- maybe»]]
Lägenhet nr 1302 på fastigheten {{«neg property»}}, [[ADDRESS:«address»]]
Av utredningen framgår att lägenheten använts för försäljning av {{drug:«neg substance»}}. Polisen ([[PERSON:«name se»]]) har vid husrannsakan funnit förpackningar av {{drug:«neg brand»}}. Grannen [[PERSON:«name sy»]] har vittnat om trafiken i trapphuset.
Protokollförare: [[PERSON:«name se»]]
"""),
    ("tag-log", "access-admin", "sv", """\
Export passersystem – {{«neg landlord»}}, port {{«neg building»}}
tagg {{0041 23 77}};[[PERSON:«reg se»]];lgh 1201;giltig
tagg {{0041 23 91}};[[PERSON:«reg pl»]];lgh 1104;spärrad ({{«neg month»}})
tagg {{0041 24 02}};[[PERSON:«reg so»]];lgh 1003;giltig
Kommentar: taggen för lgh 1104 har använts 40 gånger efter midnatt, även efter spärr. Hyresgästen säger att taggen stals. Utredning ihop med [[PERSON:«name se»]] ({{«neg switchboard»}}). Misstanke om försäljning av {{drug:«neg substance»}}.
"""),
    ("environmental-inspection", "miljo-inspector", "sv", """\
Miljöförvaltningen – inspektionsrapport, bostad
Fastighet: {{«neg property»}} ({{«neg landlord»}})
Klagande: [[PERSON:«name se»]], [[PHONE:«phone mobsp»]]
Berörd lägenhet: [[ADDRESS:«address»]], innehavare [[PERSON:«name fi»]]
Vid besöket {{«neg weekday»}} luktade det kraftigt från lägenheten. Sopor, kanyler och tomma kartor av {{drug:«neg brand»}} låg i hallen. Innehavaren hänvisade till sitt vuxna barn [[PERSON:«first fi»]]. Föreläggande om städning skickas. Kopia till socialtjänsten genom [[PERSON:«name se»]].
Inspektör: [[PERSON:«name se»]]
"""),
    ("sublet-mail", "lodger", "sv", """\
Från: [[EMAIL:rum.uthyres.privat@example.com]]
Till: [[EMAIL:uthyrning@example.net]]
Hej! Jag hyr ut ett rum till [[PERSON:«name pl #lg»]] sedan {{«neg month»}}. Nu vill jag att hen flyttar, för det kommer folk hit på natten och jag hittade {{drug:«neg street»}} och {{drug:«neg brand»}} i badrummet. [[PERSON:«#lg»]] säger att hen har besittningsrätt. Kan ni på {{«neg landlord»}} hjälpa mig? Jag heter [[PERSON:«name se»]], bor på [[ADDRESS:«address»]], tel [[PHONE:«phone mob»]].
"""),
]
