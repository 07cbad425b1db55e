# ruff: noqa: E501  (the texts are prose, one paragraph a line, as they would be pasted)
"""Situations of the thirtieth corpus, each drawn DRAWS times with new names, numbers and
negatives.

A template is (family, voice, lang, marked text); the marks are those of `../fresh/fresh_case.py`.
Families at even positions are dev, odd ones holdout (`../corpus_writer.py`).
"""

from __future__ import annotations

TEMPLATES: list[tuple[str, str, str, str]] = [
    ("rental-damage-report", "rental-desk", "sv", """\
Skadeprotokoll vid återlämning – {{«neg rental»}}, station Arlanda, {{«neg weekday»}}
Avtalsinnehavare: [[PERSON:«name se #h»]], [[ID_NUMBER:«pnr 12- maybe»]], tfn [[PHONE:«phone mob»]]
Extra förare: [[PERSON:«name lt»]]
Fordon: {{«neg car»}}, reg.nr [[PLATE:«plate»]], mätarställning 48 211 km
Anmärkning: i handskfacket låg två kanyler och en blister {{drug:«neg brand»}}, under förarsätet en påse med vitt pulver (misstänkt {{drug:«neg substance»}}). Polis tillkallad. Kunden [[PERSON:«#h»]] uppgav att bilen lånats ut till en vän. Besiktigat av [[PERSON:«name se»]], skadeinspektör.
"""),
    ("dui-police-report", "dui-police", "sv", """\
PM – misstänkt drograttfylleri, {{«neg road»}} vid {{«neg stop»}}
Förare: [[PERSON:«reg se»]], [[ID_NUMBER:«pnr 10- maybe»]], boende [[ADDRESS:«address»]]
Fordon: [[PLATE:«plate new»]] ({{«neg car»}}), ägare enligt vägtrafikregistret [[PERSON:«name bs»]]
Föraren stoppades vid rutinkontroll kl 02.14. Sluddrigt tal, små pupiller. Uppgav att hen tagit {{drug:«neg brand»}} på recept. Salivprov positivt för {{drug:«neg substance»}}. Passagerare: [[PERSON:«name ir»]], tfn [[PHONE:«phone mob»]]. Blodprov taget på akuten.
Rapporterande: inspektör [[PERSON:«name se»]]
"""),
    ("coach-driver-incident", "coach-driver", "en", """\
Incident report – coach service Stockholm–Oslo, departure 07:40, via {{«neg road»}}
Driver: [[PERSON:«name no»]] (fleet no. {{4417}}), co-driver [[PERSON:«name se»]]
At the stop at {{«neg stop»}} passenger [[PERSON:«first er #pf» «last er»]] (seat 31, booking {{KX7QF2}}) did not wake up. Breathing slow. We called 112 and gave naloxone from the first-aid kit. A fellow passenger, [[PERSON:«name lt»]], said [[PERSON:«#pf»]] had taken {{drug:«neg street»}} before boarding. Contact for the passenger's family: [[PHONE:«phone intl»]].
Filed by [[PERSON:«first no»]], [[EMAIL:ops.nordic@example.com]]
"""),
    ("alcolock-log", "alcolock", "sv", """\
Alkolås – händelselogg, program för villkorlig körkortsåterkallelse
Deltagare: [[PERSON:«first se #df» «last se»]], [[ID_NUMBER:«pnr 12 maybe»]], fordon [[PLATE:«plate»]]
Logg 03.02: startförsök med förhöjt värde 0,31 ‰, därefter blåst av annan person enligt kamerabild. Kamerabilden visar [[PERSON:«name ir»]] (sambo enligt deltagaren). [[PERSON:«#df»]] uppger att hen också tar {{drug:«neg brand»}}, vilket alkolåset inte mäter.
Service hos {{«neg garage»}} bokad {{«neg weekday»}}. Handläggare [[PERSON:«name se»]], tfn [[PHONE:«phone land»]], växel {{«neg switchboard»}}.
"""),
    ("parking-cs-reply", "parking-cs", "sv", """\
Ärende {{PK-2026-118204}} – bestridande av kontrollavgift, zon {{5421}}
Hej [[PERSON:«name se #k»]]!
Du skriver att bilen [[PLATE:«plate lower»]] inte kördes av dig utan av [[PERSON:«first se»]], som har lånat den sedan {{«neg month»}}. Kontrollavgiften går till fordonsägaren, och enligt registret är det du. Vår parkeringsvakt [[PERSON:«name bs»]] noterade en spruta och en påse {{drug:«neg street»}} på passagerarsätet och har därför kontaktat polisen.
Vänliga hälsningar, [[PERSON:«name se»]], kundtjänst, [[EMAIL:kundtjanst@parkering.example.org]]
"""),
    ("claims-note", "motor-claims", "en", """\
Motor claim {{MC-55017}} – collision on {{«neg road»}}, file note
Policyholder: [[PERSON:«name se»]], [[ADDRESS:«address»]], phone [[PHONE:«phone mob»]]
Driver at the time: [[PERSON:«first bs» «last bs #dl»]], date of birth [[DATE_OF_BIRTH:«dob iso»]]. The police report states that [[PERSON:«#dl»]] tested positive for {{drug:«neg brand»}}; the insurer may claim back what it pays the other party, [[PERSON:«name no»]], whose {{«neg car»}} ([[PLATE:«plate no»]]) was written off.
Handler: [[PERSON:«name se»]], [[EMAIL:claims.handler@example.net]]
"""),
    ("valet-handover", "valet-parking", "sv", """\
Valet-parkering Landvetter – överlämning nattpass
Kund [[PERSON:«name ir #c»]], flyg {{«neg flight»}}, bil [[PLATE:«plate flat»]] ({{«neg car»}}). Vid parkering hittade vår förare [[PERSON:«first se»]] en kanyl i dörrfacket och en ask {{drug:«neg brand»}} utan etikett. Lade i förseglad påse, foto i systemet.
Kunden nås på [[PHONE:«phone intl»]], [[EMAIL:booking.valet@example.com]] (bokningen gjord av [[PERSON:«name se»]]).
Överlämnat till dagpassets [[PERSON:«name lt»]]. /[[PERSON:«first se»]]
"""),
    ("ferry-deck-log", "road-ferry", "sv", """\
Vägfärjeleden, däckslogg {{«neg ship»}}, {{«neg weekday»}}
06.50 Personbil [[PLATE:«plate»]] stod kvar på däck efter tilläggning. Föraren, [[PERSON:«name se #fd»]], låg medvetslös i förarsätet. Ringde 112, HLR-utbildad kollega [[PERSON:«name er»]] hjälpte till. Folie och {{drug:«neg street»}} på golvet.
07.30 Ambulans på plats. Anhörig: [[PERSON:«name se»]], [[PHONE:«phone mob»]].
Befälhavare [[PERSON:«name se»]]
"""),
]
