# ruff: noqa: E501  (the texts are prose, one paragraph a line, as they would be pasted)
"""Situations of the tenth corpus, each drawn DRAWS times with new names, numbers and negatives.

A template is (family, voice, lang, marked text); the marks are those of `../fresh/fresh_case.py`.
Families at even positions are dev, odd ones holdout (`../corpus_writer.py`).
"""

from __future__ import annotations

TEMPLATES: list[tuple[str, str, str, str]] = [
    ("dispatch-log", "alarm-dispatcher", "sv", """\
LARMLOGG {{SOS-26-0418832}} | prio 1 | {{«neg weekday»}} 02:14
Inringare: [[PERSON:«name se»]], tel [[PHONE:«phone any»]]. Uppger att kompisen [[PERSON:«first ku»]] tagit "{{drug:«neg street»}}" och {{drug:«neg brand»}} på en fest i {{«neg place»}}, andas långsamt.
Adress: [[ADDRESS:«address»]], port 2, kod {{4471}}. Ambulans {{Amb 3210}} larmad 02:16, polis underrättad via {{«neg org»}}.
Operatören gav instruktion om stabilt sidoläge. Uppgift om {{drug:«neg nps»}} i sällskapet. Patientens personnummer enligt inringaren: [[ID_NUMBER:«pnr 10- maybe»]].
Operatör: [[PERSON:«first se»]] (op-id {{D117}})
"""),
    ("phone-nurse", "phone-nurse-1177", "sv", """\
Samtalsanteckning rådgivning {{«neg service»}} – kontakt {{RK-884120}}
Anhörig ([[PERSON:«name pl»]], [[PHONE:«phone mob»]]) ringer om sin son [[PERSON:«first pl»]], [[ID_NUMBER:«pnr 12- young maybe»]], som efter {{«neg event»}} tagit två piller med {{drug:«neg stamp»}}-tryck och druckit alkohol. Vaken, svettig, puls hög enligt mamman.
Bedömning: hänvisad till akutmottagning, kontaktat {{«neg org»}} ({{010-456 67 00}}) för råd om {{drug:«neg nps»}}. Egen medicin: {{drug:«neg brand»}}.
Sjuksköterska [[PERSON:«name so»]]
"""),
    ("hotel-hq", "hotel-chain-security", "en", """\
Group Security – Weekly Incident Digest, week {{49}}
Property: {{Hotel Nordstjärnan}} ({{«neg place»}}). Housekeeping found a bag of "{{drug:«neg street»}}", {{drug:«neg brand»}} blisters and pills stamped {{drug:«neg stamp»}} in room {{512}} after checkout.
Guest on file: [[PERSON:«name ro»]], DOB [[DATE_OF_BIRTH:«dob en»]], booked via {{Booking.com}} ({{ref 4471998213}}), card holder [[PERSON:«name se»]]. Contact [[EMAIL:guest.4471@mail.example.com]], [[PHONE:«phone intl»]].
Reported to {{«neg org»}}; lab said possible {{drug:«neg nps»}}. Night auditor [[PERSON:«first ph»]] kept the chain of custody. Regional manager: [[PERSON:«name gh»]].
"""),
    ("waste-round", "waste-collector", "sv", """\
Avvikelserapport insamling – bil {{R-14}}, tur {{«neg weekday»}}
Chauffören [[PERSON:«name bs»]] stack sig på en kanyl i en säck vid [[ADDRESS:«address»]]. I kärlet även tomma askar {{drug:«neg brand»}} och påsar märkta "{{drug:«neg street»}}". Fastighetsägarens kontakt: [[PERSON:«name se»]], [[PHONE:«phone land»]].
Föraren har åkt till vårdcentral (ref {{AV-2026-0933}}). Tidigare liknande fynd i {{«neg place»}} i {{«neg month»}}. Anmält till {{«neg org»}} och Arbetsmiljöverket.
Arbetsledare [[PERSON:«first se»]]
"""),
    ("wedding-planner", "wedding-planner", "en", """\
Hi [[PERSON:«first se»]],
quick debrief after Saturday's wedding at {{Villa Solbacka}}: one of the groomsmen, [[PERSON:«name vn»]], handed out "{{drug:«neg street»}}" and some {{drug:«neg stamp»}} pills in the garden. The bride's aunt, [[PERSON:«name fa»]], found a guest unconscious and we called {{«neg service»}}. Paramedics mentioned {{drug:«neg nps»}}.
Venue asks for the name of the guest list owner: [[PERSON:«name se»]], [[EMAIL:brollop.planering@fest.example.net]], [[PHONE:«phone mob»]]. Invoice {{INV-2026-3318}} is on hold.
Best,
[[PERSON:«name gh»]]
"""),
    ("vape-shop", "vape-shop-owner", "sv", """\
Till {{«neg org»}}: rapport om kund, butik {{Molnet Vape}} i {{«neg place»}}
En kund frågade efter "{{drug:«neg nps»}}-pods" och {{drug:«neg street»}}. Han betalade med Swish från [[PHONE:«phone any»]] och uppgav namnet [[PERSON:«name ku»]]. Bil utanför: [[PLATE:«plate»]].
Vi säljer inte sådant. Vi har sett liknande fraser om {{drug:«neg brand»}} och {{drug:«neg stamp»}}-piller i {{TikTok}}-kommentarer. Kvitto {{#20419}}.
Ägare [[PERSON:«name vn»]]
"""),
    ("sailing-club", "sailing-club-board", "mixed", """\
Styrelsemöte segelsällskapet / board meeting, §{{7}} Säkerhet i hamnen
Hamnkaptenen [[PERSON:«name se»]] rapporterade fynd av {{drug:«neg brand»}}-askar och en påse "{{drug:«neg street»}}" på bryggan vid båten {{Sjöfröken}}. Båtägaren, [[PERSON:«name ph»]] ([[PHONE:«phone any»]]), says the boat was lent to a friend during {{«neg event»}}.
Beslut: kontakt med {{«neg org»}}; varning på anslagstavlan om {{drug:«neg nps»}}. Justerare: [[PERSON:«name pl»]].
"""),
    ("prep-clinic", "prep-clinic-nurse", "sv", """\
Journalanteckning PrEP-mottagningen, besök {{«neg weekday»}}
Patient [[PERSON:«reg ro»]], [[ID_NUMBER:«pnr 12- snr maybe»]], [[ADDRESS:«address»]]. Uppger användning av {{drug:«neg nps»}} och {{drug:«neg street»}} vid sex senaste månaden; tar även {{drug:«neg brand»}}.
Råd om doser, {{drug:GHB}}-blandning och {{«neg service»}}. Remiss till beroendemottagningen i {{«neg place»}}. Anhörig [[PERSON:«first ro»]] nås på [[PHONE:«phone mob»]].
Ssk [[PERSON:«name se»]]
"""),
]
