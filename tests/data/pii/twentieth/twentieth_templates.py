# ruff: noqa: E501  (the texts are prose, one paragraph a line, as they would be pasted)
"""Situations of the twentieth corpus, each drawn DRAWS times with new names, numbers and negatives.

A template is (family, voice, lang, marked text); the marks are those of `../fresh/fresh_case.py`.
Families at even positions are dev, odd ones holdout (`../corpus_writer.py`).
"""

from __future__ import annotations

TEMPLATES: list[tuple[str, str, str, str]] = [
    ("sobering-unit", "sobering-up-unit", "sv", """\
TNE – inskrivning {{«neg weekday»}} 02.40, cell 3
Omhändertagen enl. {{LOB}}: [[PERSON:«reg se»]], [[ID_NUMBER:«pnr 12- maybe»]]. Inlämnad av polispatrull {{«neg place»}}, ärende {{K-2026-331907}}.
{{B-Etanol}} 2,8 promille (utandning), pupiller små, andning 8/min – misstanke om {{drug:«neg brand»}} + alkohol. Ambulans larmad via {{112}}, {{drug:naloxon}} 0,4 mg gavs i.m. av ssk [[PERSON:«first se»]].
Närstående enl. plånboken: [[PERSON:«name se»]], [[PHONE:«phone mob»]], ej nåbar. Påse med tabletter märkta {{drug:«neg stamp»}} till {{«neg org»}}.
/[[PERSON:«first fs»]] TNE-vakt
"""),
    ("animal-hospital", "animal-hospital-triage-nurse", "sv", """\
Triage djursjukhuset, natt – hund "{{«neg pet»}}" (labrador, 31 kg)
Ägare [[PERSON:«name sy»]], [[ADDRESS:«address»]], tel [[PHONE:«phone intl»]]. Hunden har tuggat sönder en blisterkarta {{drug:«neg brand»}} som tillhörde ägarens sambo [[PERSON:«first sy»]]. Misstänkt intag 40 min sedan.
Kräkning inducerad med apomorfin, därefter aktivt kol ({{drug:Carbomix}}) p.o. Djursjukskötare [[PERSON:«first se»]] kontaktade {{«neg org»}}, ärendenr {{GIC-26-88142}}. Journal {{DJ-441907}}.
Ansvarig veterinär: [[PERSON:«name pl»]]
"""),
    ("dose-dispensing", "dose-dispensing-pharmacy", "sv", """\
Avvikelse dosapotek – dosrulle v.{{48}}, {{«neg ward»}}
Kund: [[PERSON:«reg fs»]] ([[ID_NUMBER:«pnr 10- old maybe»]]), {{«neg hospital»}} hemsjukvård. Ordinationen ändrades från {{drug:«neg brand»}} 10 mg till 5 mg men påsarna för tisdag–fredag packades med gamla dosen. Batch {{DR-26-4471-B}}, maskin {{Yuyama 2}}.
Upptäckt av distriktssköterskan [[PERSON:«name se»]]. Förskrivare: [[PERSON:«name ir»]]. Farmaceut som kontrollerade: [[PERSON:«first pl»]] ([[EMAIL:dosapotek.kvalitet@example.org]]).
Rapporterad till {{IVO}} som {{lex Maria}}-underlag, ärende {{AVV-2026-0912}}.
"""),
    ("medical-review-officer", "medical-review-officer", "en", """\
MRO VERIFICATION – specimen {{CCF 7741093}}, collected at the {{Hallsberg}} depot
Donor: [[PERSON:«name ro»]], employee no. {{E-30418}}, DOB [[DATE_OF_BIRTH:«dob en»]]. Lab result: presumptive positive, confirmed by LC-MS/MS for {{drug:«neg nps»}} and oxazepam.
Donor interview by phone ([[PHONE:«phone ukintl»]]): states prescription for {{drug:«neg brand»}} from Dr [[PERSON:«name gr»]] in {{«neg place»}}; no documentation provided within 72 h.
Verified result: POSITIVE. Sent to the employer's designated contact [[PERSON:«name en»]] ([[EMAIL:hr.safety@rail.example.com]]).
MRO: Dr [[PERSON:«last se»]]
"""),
    ("air-ambulance", "air-ambulance-flight-nurse", "sv", """\
Överrapport ambulanshelikopter – mottagande {{«neg hospital»}}, {{«neg ward»}}
Pat: [[PERSON:«name se»]], ca 25 år, hittad medvetslös i fritidshus, {{Glasgow Coma Scale}} 6. Pnr enl. körkort [[ID_NUMBER:«pnr 12- maybe»]]. Injektionsmärken, folie, tomma kartor {{drug:«neg brand»}}.
{{drug:Nyxoid}} 1,8 mg i.n. av första hjälpare [[PERSON:«first fs»]] (granne) före vår ankomst. Syremättnad 78 % → 95 %. Landning 04.12 på plattan.
Kontakt: flygsjuksköterska [[PERSON:«name fs»]], [[PHONE:«phone mobsp»]]. Besättning: pilot [[PERSON:«first se»]], HEMS-läkare [[PERSON:«name ir»]].
"""),
    ("icu-diary", "icu-diary", "sv", """\
Dagbok till dig, [[PERSON:«first so»]] – {{«neg hospital»}}, {{«neg ward»}}
Du kom hit på {{«neg weekday»}}kvällen. Du hade tagit mycket {{drug:«neg brand»}} och något som kallas "{{drug:«neg street»}}", och du andades för långsamt, så vi hjälpte dig med en respirator.
Din mamma [[PERSON:«name so»]] och ditt syskon [[PERSON:«first so»]] satt hos dig hela natten. Doktor [[PERSON:«name se»]] pratade länge med dem.
Det snöade ute och vi satte på radio. /[[PERSON:«first se»]], sjuksköterska
"""),
    ("tox-sample-reception", "forensic-tox-sample-reception", "sv", """\
Provmottagning – kedja av förvar (chain of custody)
Remiss {{RMV-T-2026-14402}}, avliden [[PERSON:«reg pl»]], [[ID_NUMBER:«pnr 12- snr maybe»]]. Femoralblod 2 rör, urin 1 rör, glaskroppsvätska 1 rör. Förseglingsnr {{SE 0447 193}}, obruten.
Frågeställning: {{drug:«neg nps»}}? {{drug:«neg brand»}}? Obducent: [[PERSON:«name se»]], {{Rättsmedicinalverket}} Göteborg. Polisens ärende {{5000-K2209417-26}}, fyndplats {{«neg place»}}. Överlämnat av bårhusassistent [[PERSON:«name vn»]] kl. 09.14, mottaget av [[PERSON:«first se»]] kl. 09.31.
Lab-ID {{TX26-03318}}, kylskåp {{K4}} hylla 2.
"""),
    ("plasma-centre", "plasma-centre-screening", "sv", """\
Hej [[PERSON:«first gr»]]!
Tack för att du ville bli plasmagivare hos oss på {{Plasmacentrum Kungsholmen}}. Vid hälsodeklarationen berättade du att du tar {{drug:«neg brand»}} utan recept och att du har injicerat något som kallas "{{drug:«neg street»}}". Vi kan därför inte ta emot din plasma just nu (karens 12 månader).
Har du frågor, ring sjuksköterskan [[PERSON:«name gr»]] på [[PHONE:«phone land»]] eller {{1177}}. Givar-ID {{PG-771403}}.
Hälsningar, [[PERSON:«name se»]], givaransvarig läkare
"""),
]
