# ruff: noqa: E501  (the texts are prose, one paragraph a line, as they would be pasted)
"""Situations of the eighth corpus, each drawn DRAWS times with new names, numbers and negatives.

A template is (family, voice, lang, marked text); the marks are those of `../fresh/fresh_case.py`.
Families at even positions are dev, odd ones holdout (`../corpus_writer.py`).
"""

from __future__ import annotations

TEMPLATES: list[tuple[str, str, str, str]] = [
    ("stable-theft", "stable-manager", "sv", """\
Hej,
vi på ridskolan vill rapportera att det försvunnit sedering ur veterinärskåpet i stallet natten mot {{«neg weekday»}}: två flaskor {{drug:detomidin}}, en {{drug:ketamin}} och en ask {{drug:«neg brand»}} som tillhörde en inackordering. Hänglåset var uppbrutet. Stallvärden [[PERSON:«name se»]] såg en bil med reg.nr [[PLATE:«plate»]] vid ridhuset. Vi har gjort anmälan till polisen (ärende {{K-481190-26}}) och kontaktat {{«neg org»}}.
Om någon erbjuds hästmedicin på {{«neg place»}}: det är inget partypiller. {{drug:«neg street»}} blandat med detta kan döda.
Ägaren till flaskorna, [[PERSON:«name se»]] ([[ID_NUMBER:«pnr any maybe»]]), har fått ny förskrivning av veterinären.
Veterinärens lista över vad som brukar stjälas ur stall: {{drug:«neg nps»}}, {{drug:«neg brand»}}, {{drug:«neg brand»}}, {{drug:butorfanol}}, {{drug:romifidin}}, {{drug:acepromazin}}. På gatan säljs det som {{drug:«neg street»}} eller {{drug:«neg street»}}, ibland i piller med {{drug:«neg stamp»}}-tryck.
Hälsningar [[PERSON:«name fi»]], verksamhetsansvarig, [[PHONE:«phone any»]]
"""),
    ("nursing-deviation", "nursing-home-nurse", "sv", """\
AVVIKELSE – läkemedel saknas (narkotikaklassat)
Enhet: {{Solgläntans}} äldreboende, avd {{Linnean}}
Vid kontrollräkning {{«neg weekday»}} saknades 14 tabletter {{drug:«neg brand»}} 10 mg och ett plåster {{drug:Norspan}} tillhörande boende [[PERSON:«reg se»]], [[ID_NUMBER:«pnr 12- maybe old»]].
Senast signerat av undersköterska [[PERSON:«name bs»]]. Ansvarig sjuksköterska [[PERSON:«name so»]] har informerat MAS och {{«neg org»}}. Händelsen lyfts på APT i {{«neg month»}}.
Jämförelse med förra kvartalet: {{drug:«neg brand»}} (2 diff), {{drug:«neg brand»}} (0), {{drug:«neg nps»}} (ej aktuellt). Rutin från {{«neg org»}} och {{«neg org»}} följs; genomgång {{«neg weekday»}} i {{«neg month»}}.
Vid frågor: [[PHONE:«phone land»]]
"""),
    ("bank-aml", "bank-aml", "mixed", """\
Case {{AML-2026-0917}} – suspected proceeds from drug sales (Swish pattern)
Customer: [[PERSON:«name tr»]], personnummer [[ID_NUMBER:«pnr any maybe»]]; co-holder [[PERSON:«name tr»]], born [[DATE_OF_BIRTH:«dob iso»]]. Account [[IBAN:«iban SE»]].
Incoming Swish: 212 payments 50–400 kr, messages like "{{drug:«neg street»}}", "{{drug:«neg stamp»}} x2", "{{drug:«neg nps»}}" and "tack för senast". Counterparties include [[PERSON:«name ku»]] and [[PERSON:«name se»]].
Other payment messages seen: "{{drug:«neg street»}}", "{{drug:«neg street»}} 2g", "{{drug:«neg brand»}}", "{{drug:«neg nps»}}", "{{«neg place»}} kl 22", "{{«neg venue»}}", "efter {{«neg event»}}", "{{«neg weekday»}}".
Outgoing: [[IBAN:«iban PL»]] (weekly). Login IP [[IP:«ip»]].
Bedömning: rapport till Finanspolisen. Handläggare [[PERSON:«name fi»]], [[EMAIL:aml-desk@bank.example]]
"""),
    ("scout-camp", "scout-leader", "sv", """\
Hej föräldrar!
Efter helgens hajk vid {{«neg place»}} måste vi berätta att två av äldre scouterna hittade en påse med {{drug:«neg street»}}-piller (stämpel {{drug:«neg stamp»}}) i vindskyddet. Inget barn har tagit något. Vi lämnade påsen till polisen och pratade med {{«neg org»}}.
Polisen säger att samma påsar hittats vid {{«neg place»}} och {{«neg place»}}, med {{drug:«neg nps»}} och {{drug:«neg brand»}} i. Ungdomar kallar det {{drug:«neg street»}}. Mer info finns hos {{«neg org»}} och {{«neg org»}}.
Kåren ses som vanligt på {{«neg weekday»}} kl 18. Frågor till avdelningsledare [[PERSON:«name pl»]] [[PHONE:«phone mob»]] eller [[PERSON:«first se»]] på [[EMAIL:ledare@scoutkar.example.org]].
Vid akut oro: ring {{«neg service»}}.
"""),
    ("secondhand-find", "secondhand-shop", "sv", """\
Till säkerhetsansvarig
I en skänkt jacka (sortering, {{«neg weekday»}}) låg en burk {{drug:«neg brand»}} med receptetikett på [[PERSON:«name se»]], [[ID_NUMBER:«pnr 10- maybe»]], [[ADDRESS:«address»]], samt ca 20 blå tabletter märkta {{drug:«neg stamp»}}. Vi har lämnat allt till {{«neg org»}} och lagt in ärende {{SH-2026-114}}.
Tidigare fynd i år: {{drug:«neg brand»}} ({{«neg month»}}), {{drug:«neg nps»}} ({{«neg month»}}), {{drug:«neg street»}} i en väska från {{«neg place»}}, piller märkta {{drug:«neg stamp»}} och {{drug:«neg stamp»}}.
Medarbetare som hittade: [[PERSON:«first ku»]]. /[[PERSON:«name so»]], butikschef {{Returbutiken Kvarnen}}
"""),
    ("va-technician", "va-technician", "sv", """\
Driftstörningsrapport {{VA-26-3317}}
Vid spolning av avloppsledning vid [[ADDRESS:«address»]] hittades lösningsmedel och dunkar märkta {{drug:GBL}} samt rester som liknar {{drug:«neg nps»}}. Fastighetsägarens kontakt [[PERSON:«name fi»]], [[PHONE:«phone north»]]. Tidigare rester i samma ledningsnät: {{drug:«neg nps»}}, {{drug:«neg nps»}}, {{drug:«neg brand»}}-förpackningar. Polis, {{«neg org»}} och {{«neg org»}} informerade. Arbetsledare [[PERSON:«reg se»]].
"""),
    ("student-housing", "student-housing-en", "en", """\
Dear residents of {{Corridor B}},
Last {{«neg weekday»}} one of your neighbours was taken to hospital after taking what was sold as {{drug:«neg street»}} – the lab says it contained {{drug:«neg nps»}}. Please do not mix anything with alcohol, {{drug:«neg brand»}} or {{drug:«neg brand»}}. Pills stamped {{drug:«neg stamp»}} or {{drug:«neg stamp»}} have also been reported near {{«neg place»}} and {{«neg venue»}}; {{«neg org»}} has more information. Street names to know: {{drug:«neg street»}}, {{drug:«neg street»}}.
If you need someone to talk to, contact our housing host [[PERSON:«name bs»]] ([[EMAIL:host.north@studenthousing.example]], [[PHONE:«phone intl»]]) or call {{«neg service»}}. In an emergency call {{112}}.
Best, [[PERSON:«name se»]], Student Housing {{«neg place»}}
"""),
    ("night-walkers", "night-walkers", "sv", """\
Rapport nattvandring {{«neg weekday»}}, {{«neg place»}}
Vi var sex vuxna. Ca 22.40 såg vi en grupp unga dela {{drug:«neg street»}} vid busshållplatsen. En kille som kallades [[PERSON:«first so»]] verkade påverkad; vi ringde {{112}} och stannade tills ambulansen kom. Vuxna i kvarteret pratar om {{drug:«neg nps»}} i vape.
Andra ord vi hört i kväll: {{drug:«neg street»}}, {{drug:«neg brand»}}, {{drug:«neg stamp»}}-piller. Vi rapporterar till {{«neg org»}} varje {{«neg weekday»}}.
Vandringsledare: [[PERSON:«name tr»]] [[PHONE:«phone mobsp»]]. Nästa pass före {{«neg event»}}.
"""),
]
