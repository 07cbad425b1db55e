# ruff: noqa: E501  (the texts are prose, one paragraph a line, as they would be pasted)
"""Situations of the fourteenth corpus, each drawn DRAWS times with new names, numbers and negatives.

A template is (family, voice, lang, marked text); the marks are those of `../fresh/fresh_case.py`.
Families at even positions are dev, odd ones holdout (`../corpus_writer.py`).
"""

from __future__ import annotations

TEMPLATES: list[tuple[str, str, str, str]] = [
    ("partner-alert", "nordic-partner-agency-alert", "en", """\
EARLY WARNING – shared with VSN Sweden under the Nordic exchange (ref. NEWS-{{2026-«neg month»}}-14)
From: {{«neg agency»}}, desk officer [[PERSON:«name is»]]
Signal: tablets stamped {{drug:«neg stamp»}} sold as {{drug:«neg brand»}} contained a nitazene. Also reported: {{drug:«neg street»}} around {{«neg festival»}}.
Case: a Swedish citizen, [[PERSON:«first se» «last se»]], treated at {{«neg hospital»}} after collapsing in {{«neg place»}}; discharged. The patient asked that his mother [[PERSON:«name se»]] ([[PHONE:«phone intl»]]) be informed.
Contact for lab questions: [[PERSON:«first nl» «last nl»]], [[EMAIL:lab.liaison@example.org]]. Please do not forward outside the network.
"""),
    ("travel-assistance", "travel-insurer-assistance-desk", "sv", """\
ÄRENDE ASSIST-{{«neg month»}}/0{{77}}41 – medicinsk assistans, {{«neg place»}}
Försäkrad: [[PERSON:«reg se»]], pnr [[ID_NUMBER:«pnr 12- maybe»]]. Medresenär: [[PERSON:«name se»]].
Kl 03.10 lokal tid ringde hotellet ({{«neg hotel»}}) – den försäkrade hittad medvetslös vid poolen, misstänkt {{drug:«neg street»}} blandat med {{drug:«neg brand»}} köpt receptfritt på apotek. Inlagd {{«neg hospital»}}, behandlande läkare [[PERSON:«name es»]].
Anhörig hemma: [[PERSON:«first se»]] [[PHONE:«phone 0046»]]. Utbetalning av förskott till [[IBAN:«iban ES»]] (sjukhusets konto, inte den försäkrades).
/[[PERSON:«first se»]], jourhavande koordinator
"""),
    ("consulate-note", "embassy-consular-officer", "sv", """\
Konsulär anteckning – nödställd svensk medborgare
[[PERSON:«name se»]], född [[DATE_OF_BIRTH:«dob sv»]], vårdas sedan {{«neg weekday»}} på {{«neg hospital»}} efter överdos ({{drug:«neg street»}} enligt polisen, {{drug:«neg brand»}} enligt vännerna). Honorärkonsul [[PERSON:«name ar»]] har besökt patienten.
Patienten vill inte att föräldrarna kontaktas, men samtycker till att flickvännen [[PERSON:«first se»]] får uppgifter ([[PHONE:«phone intl0»]], [[EMAIL:«first lc»@example.net]]).
UD:s jour {{«neg service»}} informerad. Hemadress enligt passansökan: [[ADDRESS:«address»]].
"""),
    ("expat-group", "costa-expat-facebook-group", "sv", """\
Hej alla svenskar på solkusten ☀️ VARNING: min dotter [[PERSON:«first se»]] och hennes kompis [[PERSON:«first es»]] fick {{drug:«neg street»}} i drinken på en klubb i {{«neg place»}} i lördags. Hamnade på {{«neg hospital»}}, allt ok nu 🙏
De sa på akuten att det säljs som {{drug:«neg brand»}} men att det är nåt annat. Killen som sålde kallas "[[PERSON:«first lc»]]" och har {{«neg club»}}-tröja.
Om någon vet mer, skriv till mig privat eller ring [[PHONE:«phone nordic»]] (svenskt nr). /[[PERSON:«name se»]]
"""),
    ("cabin-crew", "airline-purser-medical-report", "en", """\
IN-FLIGHT MEDICAL EVENT – report by purser [[PERSON:«reg de»]]
Flight leg {{«neg place»}}–ARN, seat {{23C}}. Passenger [[PERSON:«first se» «last se»]] (booking ref {{«neg month»}}-QX7P) became unresponsive 40 min before landing. Companion [[PERSON:«name ie»]] said he had taken {{drug:«neg brand»}} and "some {{drug:«neg street»}}" before boarding.
Doctor on board: Dr [[PERSON:«name nl»]], who gave oxygen. Paramedics met the aircraft. Companion's number: [[PHONE:«phone ukintl»]].
Crew: [[PERSON:«first de»]], [[PERSON:«first ie»]], [[PERSON:«first se»]].
"""),
    ("posted-workers", "posted-workers-site-manager", "mixed", """\
Hej, piszę po szwedzku och po polsku. Vår arbetare [[PERSON:«name pl»]] (utstationerad, samordningsnummer [[ID_NUMBER:«pnr 10- snr maybe»]]) hittades i baracken på [[ADDRESS:«address»]] efter {{drug:«neg street»}} och {{drug:«neg brand»}} från Polen.
Jego brat [[PERSON:«first pl»]] ma numer [[PHONE:«phone intl»]]. Lön betalas till [[IBAN:«iban PL»]].
Platschef [[PERSON:«name pl»]] / [[PERSON:«name se»]], arbetsledare
"""),
    ("intl-office", "university-international-office", "en", """\
Dear colleagues at VSN, our incoming exchange student [[PERSON:«last cn» «first cn»]] (please note: family name first) was taken to hospital after a party where {{drug:«neg street»}} and {{drug:«neg brand»}} were shared. Her buddy, [[PERSON:«name es»]], called {{«neg service»}}.
She lives at [[ADDRESS:«address»]]. Her parents have asked us to contact them via [[EMAIL:family.«last lc»@example.com]]. Her coordinator here is [[PERSON:«name se»]] ([[PHONE:«phone landintl»]]).
Kind regards, International Office
"""),
    ("relative-abroad", "migrant-relative-letter", "sv", """\
Hej socialtjänsten. Jag heter [[PERSON:«name et»]] jag är farbror till [[PERSON:«first et»]] som bor i Sverige. Hans mamma bor kvar i Addis och ringer mig varje dag. Han tar {{drug:«neg brand»}} och {{drug:«neg street»}} tror vi. Han bor [[ADDRESS:«address»]].
Mitt nummer [[PHONE:«phone mobsp»]]. Vi vill bara hjälpa. Tack. Gud välsigne.
"""),
]
