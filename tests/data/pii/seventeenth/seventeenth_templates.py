# ruff: noqa: E501  (the texts are prose, one paragraph a line, as they would be pasted)
"""Situations of the seventeenth corpus, each drawn DRAWS times with new names, numbers and negatives.

A template is (family, voice, lang, marked text); the marks are those of `../fresh/fresh_case.py`.
Families at even positions are dev, odd ones holdout (`../corpus_writer.py`).
"""

from __future__ import annotations

TEMPLATES: list[tuple[str, str, str, str]] = [
    ("tow-sms", "tow-truck-driver", "sv", """\
bargning klar {{«neg weekday»}} natt. bilen [[PLATE:«plate lower»]] stod pa vagkanten, agaren [[PERSON:«first sx» «last sx»]] sov i forarsatet 😴 hittade {{drug:«neg medbrand»}} burk o en pase "{{drug:«neg street»}}" i mittkonsolen
polis ringd (inte {{«neg public»}} utan vanliga nr), de sa ring [[PERSON:«last sx»]]s fru pa [[PHONE:«phone mobc»]]
hon kommer o hamtar bilen pa [[ADDRESS:«address»]] imorrn
mvh [[PERSON:«first se»]] bargning
"""),
    ("aid-hub", "ukrainian-volunteer-coordinator", "mixed", """\
Привіт! Short update from the hub, {{«neg weekday»}}
Нова родина: [[PERSON:«name ua»]] ([[PERSON:«first uk» «last uk»]]) with two kids, from {{«neg place»}}, samordningsnummer [[ID_NUMBER:«pnr 12- snr maybe»]]. Mama says her son got pills from a guy at the station, "{{drug:«neg drug»}}", she showed us the strip: {{drug:«neg medbrand»}}.
Вона просить контакт лікаря. Her phone [[PHONE:«phone intl»]], viber same. {{«neg org»}} case {{UA-2026-3318}}.
Дякую, [[PERSON:«first ua»]]
"""),
    ("interpreter-note", "health-centre-arabic-interpreter", "mixed", """\
Tolkanteckning vardcentralen {{«neg weekday»}} (till VSN, avidentifierat i ovrigt)
Patienten [[PERSON:«name arl»]] – på arabiska [[PERSON:«first ar» «last ar»]] – berättade att hon köpt "{{drug:«neg drug»}}" i {{«neg place»}} under {{«neg holiday»}} och tar det med {{drug:«neg medbrand»}}. Hon gav sitt nummer som [[PHONE:«phone ar»]].
Läkaren [[PERSON:«name se»]] ringde {{«neg public»}}. Tolkbokning {{T-448120}}.
/tolk [[PERSON:«first arl»]]
"""),
    ("taverna-staff", "greek-taverna-owner", "mixed", """\
Καλησπέρα παιδιά – personalmöte {{«neg weekday»}}
Servitören [[PERSON:«first el» «last el»]] ([[PERSON:«first sx»]] kallar honom "Jorgos") hittade på toaletten en påse med piller märkta {{drug:«neg stamp»}} och en tom ask {{drug:«neg medbrand»}}. Kocken [[PERSON:«name se»]] såg en gäst lämna den, bord 7, kvittonr {{004481}}, {{«neg dish»}} x2.
Ring mig [[PHONE:«phone mobsp»]] om ni ser honom igen. Ευχαριστώ!
"""),
    ("youth-center", "tigrinya-speaking-youth-worker", "mixed", """\
selam! rapport fran fritidsgarden {{«neg weekday»}} kvall
killarna pratade om "{{drug:«neg street»}}" och att [[PERSON:«first ti» «last ti»]] (skriver sig [[PERSON:«name arl»]] pa insta) saljer {{drug:«neg medbrand»}} vid {{«neg place»}}. Mamman ringde mig, hon pratar bara tigrinska, nummer [[PHONE:«phone mob»]].
jag pratade med [[PERSON:«name se»]] pa {{«neg org»}} efter {{«neg holiday»}}. ሓደራ ተጠንቀቑ
/[[PERSON:«first ti»]]
"""),
    ("church-volunteer", "persian-speaking-church-volunteer", "mixed", """\
Hej pastorn, kort från kaffet efter gudstjänsten {{«neg weekday»}}
En ny besökare, [[PERSON:«first fa» «last fa»]] (på svenska [[PERSON:«first se» «last sx»]]? nej det är hans arbetsnamn), bad om hjälp: hans bror tar "{{drug:«neg drug»}}" och {{drug:«neg medbrand»}}. Han bor på [[ADDRESS:«address»]], personnummer [[ID_NUMBER:«pnr 10 maybe»]], telefon [[PHONE:«phone fa»]].
Jag hänvisade till {{«neg org»}} och {{«neg public»}}. Vi ses på {{«neg holiday»}}.
خدا حافظ، [[PERSON:«first fa»]]
"""),
]
