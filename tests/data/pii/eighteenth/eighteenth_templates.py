# ruff: noqa: E501  (the texts are prose, one paragraph a line, as they would be pasted)
"""Situations of the eighteenth corpus, each drawn DRAWS times with new names, numbers and negatives.

A template is (family, voice, lang, marked text); the marks are those of `../fresh/fresh_case.py`.
Families at even positions are dev, odd ones holdout (`../corpus_writer.py`).
"""

from __future__ import annotations

TEMPLATES: list[tuple[str, str, str, str]] = [
    ("warning-reply", "intensive-care-nurse-reply", "sv", """\
Hej!
Tack för varningen. Vi fick in en man i {{«neg month»}} med samma bild, andningsuppehåll efter "{{drug:«neg street»}}" köpt i {{«neg place»}}. Han hade en ask {{drug:«neg medbrand»}} i jackan. Naloxon gavs x3. Ring gärna mig eller kollegan [[PERSON:«name se»]] om ni vill veta mer.
Vänliga hälsningar
[[PERSON:«first se» «last fi»]]
Sjuksköterska, IVA
Direkt: [[PHONE:«phone land»]] | Växel: {{031-390 06 00}}
[[EMAIL:«first en»@example.org]]

Från: VSN Varningar <[[EMAIL:varning@example.net]]>
Skickat: den {{«neg weekday»}} 12:04
Ämne: VARNING {{2026-047}}: {{drug:«neg drug»}} i tabletter märkta {{drug:«neg stamp»}}
> Kontakta alltid {{«neg public»}} vid akut förgiftning. Rapportnr {{VSN-R-31877}}.
"""),
    ("course-registration", "region-course-administrator", "sv", """\
Ämne: Anmälan {{«neg event»}} {{2027-03-18}}, {{«neg venue»}}
Hej, här kommer våra anmälningar från enheten:
1. [[PERSON:«name bs»]], kurator – laktosfri
2. [[PERSON:«reg se»]], sjuksköterska – vegetarisk, nötallergi
3. [[PERSON:«first w» «last se»]] – ingen specialkost, kommer med tåg, mobil [[PHONE:«phone mobsp»]]
Fakturareferens: {{KS 7104-22}}, ansvar {{40318}}, beställare [[PERSON:«name se»]]. Fakturaadress: Box {{1032}}, {{«neg org»}}.
Org.nr {{«org»}}. Hör av er till [[EMAIL:kursadmin.region@example.com]] om något saknas.
Vi har sett programmet: passet om {{drug:«neg drug»}} och {{drug:«neg medbrand»}} i {{«neg place»}} passar oss perfekt. Vi tar tåget {{SJ 574}} och är framme {{08:47}}; lunch i {{«neg venue»}}?
"""),
    ("membership-application", "membership-applicant", "sv", """\
Ansökan om medlemskap i VSN
Namn: [[PERSON:«first gh» «last gh»]]
Roll: biomedicinsk analytiker, toxlab, {{«neg org»}}
Personnummer (för sekretessförbindelsen): [[ID_NUMBER:«pnr 10- maybe»]]
Telefon arbete: [[PHONE:«phone land»]], mobil: [[PHONE:«phone mob»]]
E-post: [[EMAIL:ansokan.toxlab@example.com]]
Varför: vi ser allt fler fynd av {{drug:«neg drug»}} och {{drug:«neg medbrand»}} i urinprov från {{«neg place»}}.
Referens: [[PERSON:«name se»]], min chef, som också är medlem sedan {{2019}}.
"""),
    ("out-of-office", "county-board-auto-reply", "mixed", """\
Automatiskt svar: SV: {{«neg event»}} – program
Jag är tjänstledig till och med {{«neg month»}}. Brådskande ärenden om {{«neg event»}} hanteras av [[PERSON:«name ir»]], [[PHONE:«phone mob»]], eller min ersättare [[PERSON:«first w» «last w»]] ([[EMAIL:«first fi»@example.net]]). Vid akut förgiftning ring {{«neg public»}}.
I am on leave until {{«neg month»}}. For urgent matters please contact [[PERSON:«first vn» «last vn»]] on [[PHONE:«phone intl»]].
/[[PERSON:«first se»]]
{{«neg org»}} | Växel {{08-465 004 20}} | Dnr {{703-4412-2026}}
Aktuella varningar: {{drug:«neg drug»}} ({{«neg place»}}), {{drug:«neg stamp»}}-tabletter, "{{drug:«neg street»}}". Nästa möte: {{«neg event»}}, {{«neg venue»}}, {{«neg weekday»}} {{09:30}}.
"""),
    ("journalist-request", "freelance-science-journalist", "en", """\
Subject: Press enquiry – {{drug:«neg drug»}} deaths in {{«neg place»}}?
Dear VSN,
I'm writing a long read for a British science magazine on {{drug:«neg drug»}} and pills stamped "{{drug:«neg stamp»}}". Could someone from the network talk to me this {{«neg weekday»}}? I have already spoken to Dr [[PERSON:«name en»]] at {{«neg org»}}.
Best,
[[PERSON:«first en» «last en»]]
Freelance science journalist
[[PHONE:«phone ukintl»]] | [[EMAIL:words.freelance@example.com]]
"""),
    ("forwarded-correction", "ambulance-medical-director-correction", "sv", """\
Från: [[PERSON:«reg se»]] <[[EMAIL:ambulans.mla@example.org]]>
Skickat: den {{«neg weekday»}} 07:41
Till: VSN Rapporter
Ämne: VB: Rättelse till rapport {{VSN-R-29115}}

Rättelse: tabletterna var inte {{drug:«neg medbrand»}} utan troligen {{drug:«neg drug»}}, enligt labbet. Patienten är inte [[PERSON:«first se»]] som jag skrev först utan [[PERSON:«name bs»]] ([[ID_NUMBER:«pnr 12 maybe»]]) – förväxling hos oss.
/[[PERSON:«name se»]], medicinskt ansvarig

> Från: [[PERSON:«name fi»]]
> Ämne: Rapport
> Ung kvinna i {{«neg place»}}, tabletter märkta {{drug:«neg stamp»}}. Kontakt [[PHONE:«phone mobpairs»]].
> Hon hade också "{{drug:«neg street»}}" och en ask {{drug:«neg medbrand»}}. Vi ringde {{«neg public»}}. Ärende {{«neg org»}} {{2026-11-30}}, journalanteckning {{«neg weekday»}} {{kl. 03:10}}.
"""),
]
