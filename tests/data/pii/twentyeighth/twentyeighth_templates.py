# ruff: noqa: E501  (the texts are prose, one paragraph a line, as they would be pasted)
"""Situations of the twenty-eighth corpus, each drawn DRAWS times with new names, numbers and
negatives.

A template is (family, voice, lang, marked text); the marks are those of `../fresh/fresh_case.py`.
Families at even positions are dev, odd ones holdout (`../corpus_writer.py`).
"""

from __future__ import annotations

TEMPLATES: list[tuple[str, str, str, str]] = [
    ("head-incident", "head-teacher", "sv", """\
Incidentrapport – {{«neg school»}}, rektorsexpeditionen
Elev: [[PERSON:«first kid #f» «last kid #l»]], klass 8C, [[ID_NUMBER:«pnr 12- child maybe»]]
Vårdnadshavare: [[PERSON:«first se» «#l»]], [[PHONE:«phone mob»]]
{{«neg weekday»}} under lektionen i {{«neg subject»}} uppträdde [[PERSON:«#f»]] påverkad. En vape av märket {{«neg vape»}} omhändertogs; eleven sa att den innehöll {{drug:«neg substance»}} och var köpt via {{«neg app»}} av en äldre kille som kallas [[PERSON:«first kid»]]. Skolsköterskan [[PERSON:«name se»]] tillkallades. Polisanmälan görs och orosanmälan skickas till socialtjänsten.
/[[PERSON:«name se»]], rektor
"""),
    ("bbic-note", "bbic-investigator", "sv", """\
Utredning enligt 11 kap. 1 § SoL, BBIC – journalanteckning
Barn: [[PERSON:«reg kid»]], [[ID_NUMBER:«pnr 10- child maybe»]], [[ADDRESS:«address»]]
Orosanmälan från {{«neg school»}} inkom {{«neg weekday»}}. Enligt anmälan har barnet köpt {{drug:«neg brand»}} av en klasskamrat och delat tabletterna på en fest där även {{drug:«neg street»}} förekom. Vårdnadshavarna [[PERSON:«name iq»]] ([[PHONE:«phone mobsp»]]) och [[PERSON:«name iq»]] samtycker till samtal. Barnet spelar mest {{«neg game»}} och dricker {{«neg energy»}} på nätterna enligt föräldrarna.
Handläggare: [[PERSON:«name se»]]
"""),
    ("sspf-minutes", "sspf-minutes", "sv", """\
SSPF-möte, minnesanteckningar ({{«neg month»}})
Närvarande: [[PERSON:«name se»]] (skola), [[PERSON:«name se»]] (socialtjänst), [[PERSON:«name se»]] (polis), [[PERSON:«name so»]] (fritid).
1. Oro kring [[PERSON:«first kid #a»]] i 9B och [[PERSON:«first kid»]] i 9A. Flera elever har fått {{drug:«neg substance»}} i vätskor till {{«neg vape»}}. [[PERSON:«#a»]] nämns med smeknamnet på {{«neg app»}}.
2. Mopeden med reg.nr [[PLATE:«plate»]] har setts vid skolan på kvällar. Ägaren är okänd.
3. Föräldramöte på {{«neg school»}} om {{drug:«neg street»}} och snus ({{«neg snus»}}).
"""),
    ("maria-letter", "maria-clinic-therapist", "en", """\
{{Maria Youth Clinic}} – summary for the family (English version)
Young person: [[PERSON:«first kid #f» «last kid»]], personal identity number [[ID_NUMBER:«pnr 12- child maybe»]]
Parent: [[PERSON:«name fi»]], mobile [[PHONE:«phone intl»]], [[EMAIL:«first fi».family@example.net]]
[[PERSON:«#f»]] came with this parent after a weekend of {{drug:«neg substance»}} and {{drug:«neg brand»}} at a party. [[PERSON:«#f»]] listens to {{«neg artist»}} and says the songs made it sound normal. We agreed on four sessions with me and one with the school doctor, [[PERSON:«name se»]].
[[PERSON:«name se»]], therapist
"""),
    ("nightwalk-log", "night-walker", "sv", """\
Nattvandring {{«neg weekday»}} – logg, grupp Centrum
Vandrare: [[PERSON:«first se»]], [[PERSON:«first so»]], [[PERSON:«first fi»]]. Samordnare [[PERSON:«name se»]], [[PHONE:«phone mob»]].
22.40 vid busstationen: tre killar från {{«neg school»}}, en som kallades [[PERSON:«first kid»]] erbjöd de andra {{drug:«neg street»}}. Lukt av {{drug:«neg substance»}}. Tomma burkar {{«neg energy»}}.
23.15 en moped [[PLATE:«plate»]] körde fram och tillbaka. Anmält till polisen.
"""),
    ("class-chat", "class-parents-chat", "sv", """\
[19:02] [[PERSON:«name se»]]: Hej alla i 7A! Fick veta att någon sålt {{«neg vape»}} med {{drug:«neg substance»}} efter {{«neg subject»}} idag 😟
[19:05] [[PERSON:«name so»]]: [[PERSON:«first kid #k»]] kom hem yr. Ringer rektorn i morgon
[19:06] [[PERSON:«first se»]] (förälder till [[PERSON:«first kid»]]): Hör av dig [[PHONE:«phone mobc»]] om ni vill prata
[19:09] [[PERSON:«name se»]]: De pratar om det på {{«neg app»}}, kolla barnens mobiler. Och nej, {{«neg snus»}} är också nikotin
"""),
    ("sis-report", "sis-staff", "sv", """\
Avvikelserapport – SiS ungdomshem, avdelning Tallen
Ungdom: [[PERSON:«first kid #u» «last kid»]], [[ID_NUMBER:«pnr 12- child maybe»]], placerad enligt LVU.
Vid visitation efter besök av [[PERSON:«name se»]] (moster) hittades {{drug:«neg brand»}} i en förpackning av {{«neg energy»}}. [[PERSON:«#u»]] nekar. Samtal med behandlare [[PERSON:«name er»]] samma kväll.
Rapportör: [[PERSON:«name se»]], [[PHONE:«phone land»]]
"""),
    ("moped-lesson", "driving-school-instructor", "sv", """\
Trafikskolan – lektionsanteckning AM (moped klass I)
Elev: [[PERSON:«name kid»]], [[ID_NUMBER:«pnr 10- child maybe»]], målsman [[PERSON:«name se»]] [[PHONE:«phone mobsp»]]
Elevens egen moped [[PLATE:«plate»]]. Eleven kom till lektionen {{«neg weekday»}} och sa att han tagit {{drug:«neg brand»}} mot huvudvärk; pupillerna stora, luktade {{«neg vape»}}. Lektionen avbröts, målsman kontaktad. Eleven nämnde att {{drug:«neg street»}} säljs bakom {{«neg school»}}.
Lärare: [[PERSON:«first se»]]
"""),
]
