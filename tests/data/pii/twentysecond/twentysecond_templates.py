# ruff: noqa: E501  (the texts are prose, one paragraph a line, as they would be pasted)
"""Situations of the twenty-second corpus, each drawn DRAWS times with new names, numbers and
negatives.

A template is (family, voice, lang, marked text); the marks are those of `../fresh/fresh_case.py`.
Families at even positions are dev, odd ones holdout (`../corpus_writer.py`).
"""

from __future__ import annotations

TEMPLATES: list[tuple[str, str, str, str]] = [
    ("location-report", "film-location-manager", "sv", """\
PLATSRAPPORT dag {{14}} – inspelning "{{«neg work»}}"-remaken, {{«neg place»}}, {{«neg weekday»}}
Vid genomgång av gårdsmiljön inför scen {{42B}} hittade vår platsassistent [[PERSON:«name se»]] en påse med vitt pulver och ett blister {{drug:«neg brand»}} bakom containern. Ingen i teamet rörde det. Fastighetsägaren [[PERSON:«name word»]] ([[PHONE:«phone mob»]]) kontaktad.
Fordon som stod parkerade i vägen för kranbilen: [[PLATE:«plate»]] (ägare okänd) och [[PLATE:«plate new»]], den senare tillhör grannen [[PERSON:«name gr»]] som flyttade den kl. {{07.40}}. Vår egen rekvisitabil {{ABC-rekvisita 3}} ej berörd.
Rekvisitan "{{drug:«neg street»}}" i scen {{42B}} är strösocker i påse, märkt {{PROP-0193}}. Hunden i scenen heter {{«neg prop»}} och är inhyrd.
/[[PERSON:«first se»]], locationansvarig, [[PHONE:«phone mobsp»]]
"""),
    ("listener-mail", "radio-phone-in-listener", "sv", """\
Till redaktionen för "{{Ring P1}}"-avsnittet om {{drug:«neg nps»}}, {{«neg weekday»}}

Jag ringde in men kom inte fram i växeln, så jag skriver i stället. Mitt barn [[PERSON:«first word»]] ([[ID_NUMBER:«pnr 12- young maybe»]]) dog i {{«neg month»}} efter att ha köpt något som kallades "{{drug:«neg street»}}" med stämpeln {{drug:«neg stamp»}}. Er gäst sa att det var "ovanligt" – det stämmer inte här i {{«neg place»}}.
Jag vill gärna vara med i ett nytt program. Ni når mig på [[PHONE:«phone any»]] eller [[EMAIL:«first se #f».«last se #l»@example.net]]. Mitt namn är [[PERSON:«#f» «#l»]], [[ADDRESS:«address»]].
Ps. Låten ni spelade efteråt, "{{«neg work»}}"-temat, fick mig att gråta.
"""),
    ("livestream-ban-log", "live-stream-chat-moderator", "en", """\
MOD LOG – stream "{{Chill Drive #212}}" ({{02:14:33}}–{{03:58:10}}), channel {{NightOwlPlays}}
- {{02:31:07}} timeout 600s  user [[PERSON:xx_blunt_xx]] – posted "{{drug:«neg street»}} for sale dm me"
- {{02:44:52}} ban  user [[PERSON:«first br»_«last ko»]] (real name in profile) – IP [[IP:«ip»]] – linked a shop for {{drug:«neg nps»}}
- {{03:02:19}} ban  user [[PERSON:pillpopper_«first word»]] – alt of above, same IP [[IP:«ip v6»]]
- {{03:15:40}} warning  viewer asked about {{drug:«neg brand»}} doses; pasted {{Giftinformationscentralen}} {{010-456 67 00}} (not personal data)
Escalated to [[PERSON:«name ko»]] (Trust & Safety, [[EMAIL:«first ko».«last ko»@example.com]]). Streamer [[PERSON:«name word»]] informed after stream. Game on screen: {{«neg work»}}.
"""),
    ("label-fee", "record-label-artist-manager", "en", """\
Hi [[PERSON:«first gh»]],
Quick one before the {{«neg event»}} slot: the fee for the anti-overdose benefit at {{«neg venue»}} is {{SEK 18 500}} + VAT, invoice ref {{INV-2026-0447}}. Please pay to the artist's own account, [[IBAN:«iban SE»]] (account holder [[PERSON:«name gh»]]), not the label's.
Our single "{{«neg work»}}" (support slot for {{«neg band»}}) (ISRC {{SE-6QE-26-00417}}) will be played before the panel with {{«neg org»}}. No mention of {{drug:«neg street»}} or {{drug:«neg brand»}} on stage please, the venue asked.
Call me on [[PHONE:«phone intl»]] if anything. Best, [[PERSON:«name se»]] | Artist manager | {{Vinylkatten Records}}
"""),
    ("rehearsal-note", "theatre-dramaturg", "sv", """\
REPETITIONSANTECKNING – "{{Sista dosen}}", {{Stora scenen}}, {{«neg weekday»}} {{13.00–17.30}}
Närvarande: [[PERSON:«name se»]] (spelar {{Mamman}}), [[PERSON:«name ua»]] (spelar {{«neg character»}}), [[PERSON:«name word»]] (ljus), regi [[PERSON:«first se»]].
Scen 7: ordet "{{drug:«neg street»}}" ska sägas som i {{«neg place»}}, inte som i {{«neg work»}}. Rekvisitaburken märkt {{drug:«neg brand»}} är tom. Ambulanssiren från ljudbanken, spår {{SFX-0718}}, längd {{00:00:42}}.
Pjäsen är nominerad till {{«neg prize»}}. Frågor om fakta till nätverket via [[EMAIL:«first se»@example.org]]. Nästa genomdrag: {{«neg month»}}.
"""),
    ("museum-loan", "museum-curator", "sv", """\
LÅNEAVTAL – utställningen "{{Rus och ruin. Droger i Sverige 1850–2000}}"
Långivare: [[PERSON:«reg se»]], [[ADDRESS:«address»]], tel. [[PHONE:«phone land»]]
Föremål: {{inv.nr 2026:114}} apoteksflaska "{{drug:«neg brand»}}", {{inv.nr 2026:115}} pressklipp om "{{drug:«neg street»}}"-vågen i {{«neg place»}}, {{inv.nr 2026:116}} affisch för "{{«neg work»}}".
Försäkringsvärde {{12 000 kr}}. Transport {{«neg month»}} med {{Konsttransport Lindh AB}}. Kontakt på museet: intendent [[PERSON:«name hu»]], [[EMAIL:utstallning@museum.example.org]].
"""),
]
