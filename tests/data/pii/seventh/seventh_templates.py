# ruff: noqa: E501  (the texts are prose, one paragraph a line, as they would be pasted)
"""Situations of the seventh corpus, each drawn DRAWS times with new names, numbers and negatives.

A template is (family, voice, lang, marked text); the marks are those of `../fresh/fresh_case.py`.
Families at even positions are dev, odd ones holdout (`../corpus_writer.py`).
"""

from __future__ import annotations

TEMPLATES: list[tuple[str, str, str, str]] = [
    ("ew-bullet", "ew-coordinator", "sv", """\
Ämne: VARNING – {{drug:«neg nps #s»}} i omlopp i {{«neg place #p»}}

Hej nätverket,
kort lägesbild från {{«neg org»}} inför helgen:
• Substans: {{drug:«#s»}}, såld som {{drug:«neg street»}} / {{drug:«neg brand»}}.
• Stämpel: {{drug:«neg stamp»}}, ljusblå, rund, skåra på baksidan.
• Fynd: tre förgiftningar sedan {{«neg weekday»}}, två i {{«#p»}}, en på {{«neg venue»}}.
• Säljare enligt polisen: [[PERSON:«name se #n»]], kallad {{drug:«neg street»}}, tel [[PHONE:«phone any»]].
• Kontakt för frågor: [[PERSON:«name fi»]], [[EMAIL:larm@region.example]]

Sprid gärna till personal inför {{«neg event»}}. Maska inte substansnamnen – då är varningen värdelös.
"""),
    ("ed-bulletin", "ed-bulletin", "sv", """\
AKUTMOTTAGNINGEN – INFORMATION TILL LÄKARE OCH SJUKSKÖTERSKOR
Vecka 48. Flera patienter med djup andningsdepression som svarat dåligt på naloxon. Misstänkt {{drug:«neg nps»}} blandat i {{drug:«neg brand»}} köpt via Telegram-kanalen {{«neg venue»}}_plug.
Exempel: [[PERSON:«name ar»]], 24 år, pnr [[ID_NUMBER:«pnr 12- maybe»]], inkom från {{«neg place»}} via ambulans, anhörig [[PERSON:«name ar»]] [[PHONE:«phone mob»]].
Provet skickat till {{«neg org»}} för analys, labnr {{RMV-48-2291}}.
Rapportera fall till {{Giftinformationscentralen}} och till ansvarig överläkare.
"""),
    ("bartender-sms", "bartender", "sv", """\
hej det är [[PERSON:«first se»]] från baren på {{«neg venue #v»}}. i natt var det tre gäster som däckade efter {{drug:«neg street»}}, en tjej sa att hon köpt {{drug:«neg stamp»}}-piller av en kille som heter [[PERSON:«name thing»]] (ja han heter så). han hade en svart Golf [[PLATE:«plate»]] utanför. vaktchefen har bilder. ring mig [[PHONE:«phone mobsp»]] om ni vill ha mer /{{«#v»}} bar
"""),
    ("eu-forward", "eu-forward", "en", """\
FW: EU Early Warning System – Intensive monitoring: {{drug:«neg nps #s»}}

Dear national focal points,
the {{EUDA}} has received reports of {{drug:«#s»}} detected in tablets sold as {{drug:«neg brand»}} and stamped {{drug:«neg stamp»}}. Purity 4–11 %. Seizures in {{«neg place»}} and at {{Frihamnen}}.
Reporting contact: [[PERSON:«name dk»]], [[EMAIL:ews@agency.example.org]], [[PHONE:«phone ukintl»]].
Please forward to toxicology labs and harm-reduction services; do not redact substance names.
"""),
    ("police-intel", "police-intel", "sv", """\
UNDERRÄTTELSESAMMANFATTNING (begränsad spridning)
Område: {{«neg place»}}. Period: {{«neg month»}}.
Handel med {{drug:«neg nps»}} och {{drug:«neg brand»}} från lägenhet på [[ADDRESS:«address»]]. Huvudperson [[PERSON:«name fa»]] ([[ID_NUMBER:«pnr 10- maybe»]]), alias "{{drug:«neg street»}}", använder Signal [[PERSON:@«first fa»_«neg weekday»]].
Bil [[PLATE:«plate»]] observerad vid {{«neg venue»}}.
"""),
    ("nordic-sister", "nordic-sister", "no", """\
Hei svenske kolleger,
vi i det norske nettverket ser {{drug:«neg nps»}} i piller merket {{drug:«neg stamp»}} i Oslo og Bergen. Politiet har beslaglagt 2 000 stk på {{Gardermoen}}. Kontaktperson hos oss er [[PERSON:«name no»]], [[PHONE:«phone intl»]]. Vi har også sett {{drug:«neg street»}} selges som {{drug:«neg brand»}}.
Hilsen [[PERSON:«name no»]]
"""),
    ("outreach-translated", "outreach-translation", "sv", """\
(Översatt från persiska av [[PERSON:«name fa»]], uppsökare)
Viktigt till alla bröder och systrar: tabletter som säljs som {{drug:«neg brand»}} vid {{«neg place»}} innehåller {{drug:«neg nps»}}. En ung man, [[PERSON:«name fa»]], 19 år, dog i {{«neg month»}}. Köp inte av [[PERSON:«name ar»]] som säljer på {{«neg venue»}}. Ring oss på [[PHONE:«phone land»]] om du behöver hjälp, eller {{112}}.
"""),
    ("festival-brief", "festival-organiser", "sv", """\
Säkerhetsgenomgång inför {{«neg event #e»}}
Kända risker i år: {{drug:«neg nps»}} (från {{«neg org»}}s varning), {{drug:«neg street»}}, {{drug:«neg stamp»}}-piller. Sjukvårdsansvarig: [[PERSON:«name se»]] [[PHONE:«phone mob»]]. Vaktbolagets kontakt [[PERSON:«name se»]], [[EMAIL:vakt@festival.example.com]].
Porten mot {{«neg place»}} öppnar {{«neg weekday»}} 14.00.
"""),
]
