# ruff: noqa: E501  (the texts are prose, one paragraph a line, as they would be pasted)
"""Situations of the twelfth corpus, each drawn DRAWS times with new names, numbers and negatives.

A template is (family, voice, lang, marked text); the marks are those of `../fresh/fresh_case.py`.
Families at even positions are dev, odd ones holdout (`../corpus_writer.py`).
"""

from __future__ import annotations

TEMPLATES: list[tuple[str, str, str, str]] = [
    ("committee-minutes", "municipal-committee-secretary", "sv", """\
PROTOKOLL – {{Socialnämndens arbetsutskott}}, sammanträde {{«neg weekday»}} i {{«neg building»}}
Närvarande: [[PERSON:«name se»]] (ordf.), [[PERSON:«name gr»]], [[PERSON:«name se»]]
Tjänstepersoner: [[PERSON:«name so»]], enhetschef, {{«neg org»}}
Justeras: [[PERSON:«first se» «last se»]]
§ 14 Information om {{drug:«neg nps»}} i {{«neg place»}}. Enhetschefen redogjorde för tre förgiftningar sedan {{«neg month»}}; tabletter märkta {{drug:«neg stamp»}} har också hittats. Utskottet beslutar att lägga informationen till handlingarna (dnr {{SN 2026/0412}}).
Vid protokollet: [[PERSON:«name se»]], nämndsekreterare, [[PHONE:«phone land»]]
"""),
    ("abuse-desk", "hosting-abuse-desk", "en", """\
Subject: [Abuse #{{AB-2026-77193}}] Drug shop hosted on your network
Hello,
Our customer {{Nordvik Hosting}} received this report for [[IP:«ip»]]: the site sells "{{drug:«neg street»}}", {{drug:«neg brand»}} and {{drug:«neg nps»}} with delivery to {{«neg place»}}. WHOIS contact: [[PERSON:«name ua»]], [[EMAIL:admin.«last ua»@mail.example.org]], [[PHONE:«phone intl»]].
The server has been null-routed. Please refer to ticket {{AB-2026-77193}} in any reply.
Kind regards,
[[PERSON:«first ro» «last ro»]]
Abuse Desk | Network Operations
"""),
    ("caretaker-log", "housing-caretaker", "sv", """\
Logg fastighetsskötsel – område {{«neg place»}}, {{«neg weekday»}}
tid;adress;händelse;utförd av
07:15;[[ADDRESS:«address»]];kanyler + sked i cykelrummet, lagt i burk;[[PERSON:«first se»]]
09:40;[[ADDRESS:«address»]];hyresgäst [[PERSON:«name bd»]] ([[PHONE:«phone mob»]]) klagar på lukt från lgh {{1102}}, lapp med "{{drug:«neg street»}}";[[PERSON:«first se»]]
13:05;soprummet {{«street»}};tomma kartor {{drug:«neg brand»}};[[PERSON:«name ph»]]
Felanmälan {{FA-558201}} skickad till förvaltare [[PERSON:«name se»]].
"""),
    ("newsroom-tip", "newsroom-night-editor", "sv", """\
Från: [[PERSON:«name se»]] <[[EMAIL:«first se».«last se»@tidning.example.com]]>
Skickat: den {{4 december 2026 01:12}}
Till: Nattdesken
Ämne: VB: Tips om {{drug:«neg nps»}} i {{«neg place»}}

Läsaren [[PERSON:«name gr»]] ringde från [[PHONE:«phone mob»]] och säger att pillren heter "{{drug:«neg stamp»}}" på stan. Har inte verifierat. {{«neg org»}} vill inte kommentera före {{«neg weekday»}}.
/[[PERSON:«first se»]], nattredaktör
"""),
    ("transit-control", "transit-control-centre", "sv", """\
HÄNDELSERAPPORT {{TLC-26-09184}} – Trafikledningen
{{Linje 4}} mot {{«neg place»}}, vagn {{4417}}. Förare [[PERSON:«name fi»]] larmade om medvetslös resenär vid hållplats {{«street»}}. {{«neg service»}} kontaktat {{02:14}}.
Påträffat: blister {{drug:«neg brand»}}, påse märkt "{{drug:«neg street»}}". Resenären identifierad av ambulans som [[PERSON:«name ua»]], f. [[DATE_OF_BIRTH:«dob sv»]].
Rapport: [[PERSON:«name se»]], trafikledare, [[EMAIL:trafikledning@transit.example.com]]
"""),
    ("survey-export", "youth-survey-analyst", "sv", """\
enkat_id;skola;årskurs;fritext_fraga_17
{{88120}};{{«neg org»}};9;"har sett folk ta {{drug:«neg street»}} bakom {{«neg building»}}"
{{88121}};{{«neg org»}};2 gy;"min kompis [[PERSON:«first so»]] säljer {{drug:«neg brand»}}, ring [[PHONE:«phone mobc»]]"
{{88122}};{{«neg org»}};9;"vet inte"
{{88123}};{{«neg org»}};1 gy;"[[PERSON:«name se»]] i min klass fick kramp av {{drug:«neg nps»}}"
Export gjord av [[PERSON:«name se»]], analytiker, för {{«neg org»}}.
"""),
]
