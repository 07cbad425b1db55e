# ruff: noqa: E501  (the texts are prose, one paragraph a line, as they would be pasted)
"""Situations of the nineteenth corpus, each drawn DRAWS times with new names, numbers and negatives.

A template is (family, voice, lang, marked text); the marks are those of `../fresh/fresh_case.py`.
Families at even positions are dev, odd ones holdout (`../corpus_writer.py`).
"""

from __future__ import annotations

TEMPLATES: list[tuple[str, str, str, str]] = [
    ("drug-checking-result", "postal-drug-checking-result-desk", "sv", """\
Ämne: Resultat prov {{DC-26-4417}} – "{{drug:«neg street»}}"
Hej [[PERSON:«first d»]]!
Ditt prov från {{«neg place»}} (inkom {{«neg weekday»}}, kuvert nr {{K-0913}}) är analyserat. Du skrev att det såldes som "{{drug:«neg street»}}" och att stämpeln var {{drug:«neg stamp»}}. Vi hittade {{drug:«neg drug»}}, ingen MDMA. Blanda inte med {{drug:«neg medbrand»}} eller alkohol.
Vill du prata med någon: ring vår peer [[PERSON:«name se»]] på [[PHONE:«phone mobsp»]] (tis–tors {{18–21}}) eller {{«neg public»}} om det är akut.
Vi sparar inte ditt namn. Svara inte med personnummer – vi behöver bara koden {{DC-26-4417}}.
/[[PERSON:«first w»]], {{«neg org»}}
"""),
    ("care-tent-log", "festival-care-tent-sitter", "sv", """\
CARE-TÄLTET, {{«neg event»}}, pass {{22:00–04:00}}
{{23:40}} – tjej ca 20, kom med kompisen [[PERSON:«name d»]]. Tagit "{{drug:«neg street»}}" och halv {{drug:«neg stamp»}}. Orolig, inte medicinsk. Satt med henne i {{«neg venue»}}-hörnan.
{{01:15}} – kille, säger sig heta [[PERSON:«first de» «last de»]], tysk, tappat sin grupp. Telefon död. Kompisens nr enligt honom: [[PHONE:«phone intl»]].
{{02:50}} – överlämnad till sjukvårdstältet (misstänkt {{drug:«neg drug»}} + {{drug:«neg medbrand»}}). Sjukvård: [[PERSON:«name se»]].
Sitter: [[PERSON:«first w» «last w»]] / nästa pass: [[PERSON:«first fi»]]
"""),
    ("naloxone-kit-log", "users-union-naloxone-kit-log", "sv", """\
NALOXONLISTA – {{«neg org»}}, {{«neg month»}}
kit {{NX-0441}} – [[PERSON:«first se»]] ("{{drug:«neg street»}}-tjejen" kallar hon sig, men skriv rätt namn) – tel [[PHONE:«phone mob»]]
kit {{NX-0442}} – [[PERSON:«reg hr»]] – använt på kompis vid {{«neg place»}} efter {{drug:«neg medbrand»}} + {{drug:«neg drug»}}, vill ha nytt
kit {{NX-0443}} – [[PERSON:«first ma» «last ma»]] – mejl [[EMAIL:kit.svar@example.org]]
Utdelat av [[PERSON:«name w»]] och [[PERSON:«first d»]]. Nästa utbildning {{«neg weekday»}}. Lot {{NX25B07}}, utgång {{2027-09}}.
"""),
    ("phone-extraction", "police-phone-extraction-examiner", "sv", """\
PM – Utdrag ur mobiltelefon (beslag {{2026-5000-BG-11873}}), Snapchat-konto "[[PERSON:«first d»_«last se»]]"
Meny som skickats till {{41}} kontakter {{«neg weekday»}}:
"{{drug:«neg street»}} {{700/g}} | {{drug:«neg stamp»}} {{150 st}} / {{1 200 för 10}} | {{drug:«neg medbrand»}} {{50 kr}} | {{drug:«neg cocktail»}} till helgen"
Leveransområde enligt menyn: {{«neg place»}}. Swish-nummer i menyn: [[PHONE:«phone mob»]] (tillhör enligt operatören [[PERSON:«reg se»]], f. [[DATE_OF_BIRTH:«dob iso»]]).
Kontakten "[[PERSON:«first d»]]" i telefonboken är en person (flickvän), inte preparatet.
Undersökare: [[PERSON:«name se»]], IT-forensiker, {{«neg org»}}.
"""),
    ("buddy-line", "chemsex-peer-buddy-line", "en", """\
Buddy line notes – {{«neg event»}} weekend
Caller (peer, goes by "[[PERSON:«first d»]]") at a chill-out near {{«neg place»}}: host had {{drug:«neg street»}} and {{drug:«neg drug»}} on the table, a guest dosed G twice within the hour.
Advised: timers, no {{drug:«neg medbrand»}} on top, call {{«neg public»}} if he can't be woken.
Follow-up text from the guest's partner [[PERSON:«first pt» «last pt»]]: [[PHONE:«phone ukintl»]].
Buddy on shift: [[PERSON:«name de»]] · backup [[PERSON:«first cl» «last cl»]]
"""),
    ("bad-date-list", "sex-worker-bad-date-list", "sv", """\
DÅLIGA KUNDER – uppdaterat {{«neg weekday»}}, dela bara i gruppen
* Kallar sig "[[PERSON:«first d»]]", nr [[PHONE:«phone mobc»]], bil [[PLATE:«plate»]]. Erbjöd "{{drug:«neg street»}}" och {{drug:«neg medbrand»}}, blev arg när hon sa nej. Möttes vid {{«neg place»}}.
* [[PERSON:«name ma»]] (riktigt namn enligt hans Swish) – betalade inte, har {{drug:«neg drug»}} i bilen.
* Hotellet {{«neg venue»}} ringer [[PERSON:«first hr»]] i receptionen om nån ser honom.
Skriv till [[EMAIL:trygghetslistan@example.net]] eller ring [[PERSON:«first w»]] i gruppen. {{«neg public»}} om det är fara.
"""),
]
