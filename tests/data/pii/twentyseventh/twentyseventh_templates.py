# ruff: noqa: E501  (the texts are prose, one paragraph a line, as they would be pasted)
"""Situations of the twenty-seventh corpus, each drawn DRAWS times with new names, numbers and
negatives.

A template is (family, voice, lang, marked text); the marks are those of `../fresh/fresh_case.py`.
Families at even positions are dev, odd ones holdout (`../corpus_writer.py`).
"""

from __future__ import annotations

TEMPLATES: list[tuple[str, str, str, str]] = [
    ("oh-test-result", "occupational-health-nurse", "sv", """\
Företagshälsan Mitt – provsvar, drogtest vid misstanke
Arbetsgivare: {{«neg firm»}}   Beställare: [[PERSON:«name se»]] (närmaste chef)
Testad: [[PERSON:«reg se»]]   Pnr [[ID_NUMBER:«pnr 12- maybe»]]   Anst.nr {{A-40817}}
Prov-id {{FHV-26-3312}}, screening med {{«neg kit»}} {{«neg weekday»}} kl 07.40, positivt för {{drug:«neg substance»}}. Skickat för verifiering (kedja: förseglat av sjuksköterska [[PERSON:«name se»]], sign. {{FHV}}, mottaget av lab {{«neg weekday»}}).
Den testade uppger förskrivet {{drug:«neg brand»}}; recept kontrolleras. Återbesök hos företagsläkare dr [[PERSON:«last se»]].
Kontakt: [[PHONE:«phone land»]] · [[EMAIL:provsvar.mitt@example.com]]
"""),
    ("hr-case-memo", "hr-business-partner", "sv", """\
HR-ärende {{HR-2026-0447}} – PM (konfidentiellt)
Medarbetare: [[PERSON:«first pl #f» «last pl #l»]], [[ID_NUMBER:«pnr 10- maybe»]], lagerarbetare, anst.nr {{71204}}, skift C
Chef: [[PERSON:«name se»]]. Facklig företrädare: [[PERSON:«name se»]] ({{«neg union»}}).
Bakgrund: {{«neg weekday»}} skadades ett ställage vid arbete med {{«neg machine»}}. [[PERSON:«#f»]] lämnade prov samma dag; preliminärt positivt för {{drug:«neg substance»}}. Affärssystemet {{«neg system»}} visar att [[PERSON:«#l»]] stämplade in 21.58.
Åtgärd: avstängning med lön, erbjudande om rehabilitering via företagshälsan. Bostadsadress för brev: [[ADDRESS:«address»]].
/[[PERSON:«first se»]], HR Business Partner, [[PHONE:«phone mob»]]
"""),
    ("id06-incident", "construction-site-safety-officer", "sv", """\
Avvikelserapport – arbetsplats {{«neg site»}}
Huvudentreprenör: {{«neg firm»}}. UE i led 2: {{«neg firm»}}.
Berörd: [[PERSON:«name lt»]], född [[DATE_OF_BIRTH:«dob iso»]], ID06-kort {{ID06-5561-7723-04}}, personnr enl. kort [[ID_NUMBER:«pnr 10- maybe»]]
Händelse: hittad sovande i bodetablering {{«neg weekday»}} 13.15, förvirrad; tom blister {{drug:«neg brand»}} i jackan. Arbetsledare [[PERSON:«name se»]] avbröt arbetet med {{«neg machine»}}.
Bilen [[PLATE:«plate»]] stod på grovplanen. Anmält till skyddsombud [[PERSON:«name se»]] och till {{Arbetsmiljöverket}} (allvarligt tillbud).
Sign. {{SÄK}} / [[PERSON:«first se»]]
"""),
    ("screening-shift-report", "airport-security-screening-supervisor", "en", """\
Screening shift report – Checkpoint C, late shift
Supervisor: [[PERSON:«name se»]] (SUP). Screeners on shift: [[PERSON:«first se»]], [[PERSON:«first fi»]], [[PERSON:«first sy»]], [[PERSON:«first se»]].
22:10 staff search lane: airside pass holder [[PERSON:«name ro»]] (DOB [[DATE_OF_BIRTH:«dob en»]], pass {{AP-118204}}, employer {{«neg firm»}}) – tin with powder in rucksack, ETD alarm for {{drug:«neg substance»}}. Police called, handed over 22:34. The pass holder's car [[PLATE:«plate»]] left in staff car park P7.
Colleague [[PERSON:«first se»]] reports the same pass holder was seen with blister strips of {{drug:«neg brand»}} last month.
Report to duty manager, mobile [[PHONE:«phone intl»]]. Ref {{SEC-26-0912}}.
"""),
    ("rehab-plan", "municipal-rehab-coordinator", "sv", """\
Plan för återgång i arbete – {{Försäkringskassan}} har begärt underlag
Medarbetare: [[PERSON:«name se»]], [[ID_NUMBER:«pnr 10- maybe»]], undersköterska, hemtjänstgrupp Norr
Chef: [[PERSON:«name se»]]   Rehabkoordinator: [[PERSON:«name se»]]
Dag 1–14: sjukskriven. Dag 15: avstämning med företagsläkare och [[PERSON:«first se»]] från facket. Behandling för beroende av {{drug:«neg substance»}} via beroendemottagningen; utdelning av {{drug:«neg brand»}} pågår.
Start {{«neg weekday»}}: 25 %, inga läkemedelsrundor. Schema läggs i {{«neg system»}}.
Post till: [[ADDRESS:«address»]]
"""),
    ("investigation-extract", "workplace-investigator", "en", """\
Workplace investigation – extract from final report (case {{WI-2026-31}})
Complainant: [[PERSON:«name se»]]. Respondent: [[PERSON:«first ua #r» «last ua #rl»]], shift supervisor.
Witnesses interviewed: [[PERSON:«name se»]] (W1), [[PERSON:«name so»]] (W2), [[PERSON:«name se»]] (W3).
Finding 3: It is more likely than not that [[PERSON:«#rl»]] offered W2 tablets the respondent called "{{drug:«neg street»}}" at the staff party on a {{«neg weekday»}}. W2 stated: "[[PERSON:«#r»]] said they were just {{drug:«neg brand»}}."
Evidence: Teams messages exported from {{«neg system»}}, badge log of {{«neg site»}}.
Investigator: [[PERSON:«name se»]], [[EMAIL:utredning@example.org]], [[PHONE:«phone land»]]
"""),
    ("kitchen-sms", "restaurant-group-kitchen-manager", "sv", """\
[SMS till köksmästaren, 01:47]
{{«neg restaurant»}} stängt. [[PERSON:«first se»]] och [[PERSON:«first pl»]] diskade klart. [[PERSON:«first sy #k»]] gick in på personaltoan 4 ggr och kom ut helt uppe i varv, tror det är {{drug:«neg street»}} igen. [[PERSON:«#k»]]s kusin [[PERSON:«first sy»]] körde hem [[PERSON:«#k»]] i [[PLATE:«plate»]].
Jag har skrivit i {{«neg system»}} att [[PERSON:«#k»]] inte jobbar {{«neg weekday»}}. Ring mig [[PHONE:«phone mobsp»]]
/[[PERSON:«first se»]] (nattansvarig)
"""),
    ("vetting-memo", "security-vetting-officer", "sv", """\
Säkerhetsprövning – grundutredning, anteckning
Sökande: [[PERSON:«reg se»]], [[ID_NUMBER:«pnr 12 maybe»]], [[ADDRESS:«address»]]
Befattning: drifttekniker, placering i säkerhetsklass 3. Referenser: [[PERSON:«name se»]] (fd chef på {{«neg firm»}}), [[PERSON:«name fi»]].
Vid intervjun uppgav sökande att hen använt {{drug:«neg substance»}} under studietiden och har haft {{drug:«neg brand»}} på recept. Registerkontroll begärd hos {{Säkerhetspolisen}}; facket ({{«neg union»}}) informerat på sökandes begäran.
Handläggare: [[PERSON:«name se»]], [[PHONE:«phone landintl»]]
"""),
]
