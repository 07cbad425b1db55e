# ruff: noqa: E501  (the texts are prose, one paragraph a line, as they would be pasted)
"""Situations of the twenty-fourth corpus, each drawn DRAWS times with new names, numbers and
negatives.

A template is (family, voice, lang, marked text); the marks are those of `../fresh/fresh_case.py`.
Families at even positions are dev, odd ones holdout (`../corpus_writer.py`).
"""

from __future__ import annotations

TEMPLATES: list[tuple[str, str, str, str]] = [
    ("gym-locker-find", "gym-chain-security-coordinator", "sv", """\
Incidentrapport – {{«neg gym»}} {{«neg place»}}, {{«neg weekday»}} kväll
Personal ([[PERSON:«first se»]]) öppnade skåp {{212}} efter att hänglåset suttit kvar över stängning. I skåpet: tio ampuller "{{drug:«neg aas»}}" från {{drug:«neg ugl»}}, en penna märkt {{drug:«neg glp»}} och kanyler. Passagesystemet visar att skåpet användes av medlem [[PERSON:«name ba»]] ([[ID_NUMBER:«pnr 12- maybe»]]), medlemsnummer {{M-40218}}.
Medlemmen ringdes upp på [[PHONE:«phone mob»]] men svarade inte. Polisanmälan görs på {{114 14}} i morgon.
Rapport av: [[PERSON:«name se»]], säkerhetssamordnare, [[EMAIL:sakerhet@gymkedjan.example.com]]
"""),
    ("aesthetic-complaint", "aesthetic-clinic-complaints-desk", "sv", """\
Klagomål via webbformulär – {{Estetikkliniken Nova}}
Namn: [[PERSON:«name ir»]]
Personnummer: [[ID_NUMBER:«pnr 10- maybe»]]
Telefon: [[PHONE:«phone mobsp»]]
Adress: [[ADDRESS:«address»]]
Ärende: "Jag fick {{drug:«neg toxin»}} i pannan och {{«neg filler»}} i läpparna hos en injektör som kallade sig [[PERSON:«first br»]] på {{«neg place»}}, inte hos er, men hon sa att hon jobbat hos er. Nu har jag en knöl och hängande ögonlock. Hon tog betalt via Swish till [[PHONE:«phone mobc»]]."
Handläggare: [[PERSON:«first se»]]. Ärendenummer {{NOVA-KL-3310}}.
"""),
    ("customs-parcel", "postal-customs-officer", "sv", """\
Tullverket – underrättelse om beslag
Till: [[PERSON:«name so»]], [[ADDRESS:«address»]]
I en försändelse till dig från "{{Research Peptides Direct}}" har vi funnit {{drug:«neg peptide»}}, {{drug:«neg sarm»}} och {{drug:«neg aas»}} (märkt {{drug:«neg ugl»}}). Varorna omfattas av {{dopningslagen}} och har tagits i beslag, ärende {{TV2026-008812}}.
Vill du yttra dig, kontakta handläggare [[PERSON:«name se»]] senast {{«neg weekday»}} den 14 {{«neg month»}}. Ange ditt personnummer [[ID_NUMBER:«pnr 12- maybe»]] vid kontakt.
"""),
    ("pt-intake", "personal-trainer-intake-form", "en", """\
PT INTAKE FORM – {{«neg gym»}}
Client: [[PERSON:«name pl»]]   Date of birth: [[DATE_OF_BIRTH:«dob en»]]
Mobile: [[PHONE:«phone intl»]]   Email: [[EMAIL:«first pl».«last pl»@mail.example.com]]
Goals: strength, fat loss. Favourite lifts: {{«neg exercise»}}, {{«neg exercise»}}.
Supplements / medication (please be honest): {{«neg brand»}} whey, creatine, "{{drug:«neg sarm»}}" (stopping), "{{drug:«neg glp»}}" from a friend.
Emergency contact: [[PERSON:«name pl»]], [[PHONE:«phone mob»]]
Trainer: [[PERSON:«first se»]] – note: discussed risks, client referred to {{«neg service»}}.
"""),
    ("meet-entry", "powerlifting-meet-entries", "sv", """\
Anmälan {{«neg comp»}} – klubb {{Styrkelyftarna «neg place»}}
[[PERSON:«reg se»]] – [[ID_NUMBER:«pnr 10- maybe»]] – licens {{SSF-2026-118}}
[[PERSON:«reg ba»]] – [[ID_NUMBER:«pnr 10- maybe»]] – 83 kg
[[PERSON:«reg vn»]] – [[ID_NUMBER:«pnr 10- snr maybe»]] – 63 kg
Alla har läst reglerna från {{«neg fed»}} om {{drug:«neg aas»}}, {{drug:«neg sarm»}} och {{drug:«neg peptide»}}.
Startavgift till klubbens {{bankgiro 5860-2291}} — klubbens, inte min. Lagledare: [[PERSON:«name se»]], [[PHONE:«phone mobpairs»]].
"""),
    ("pens-abroad", "pharmacy-customer-service", "sv", """\
Hej [[PERSON:«first se»]]!
Tack för din fråga om pennorna med {{drug:«neg glp»}} som du köpt utomlands. Vi kan inte avgöra om de är äkta och vi tar inte emot dem i retur. {{Läkemedelsverket}} varnar för förfalskade pennor. Ring {{«neg service»}} om du mår dåligt.
Vi har noterat din adress [[ADDRESS:«address»]] och ditt nummer [[PHONE:«phone 0046»]] i ärende {{KS-7731-5512}}.
Med vänlig hälsning, [[PERSON:«first se»]], kundservice
"""),
    ("gym-ban-no", "norwegian-gym-membership-ban", "no", """\
Vedtak om utestengelse – {{«neg gym»}} {{Fredrikstad}}
Medlem: [[PERSON:«name no»]], fødselsdato [[DATE_OF_BIRTH:«dob dots»]]
Grunnlag: salg av {{drug:«neg aas»}} og {{drug:«neg peptide»}} i garderoben, observert av ansatt [[PERSON:«first no»]] {{«neg weekday»}}.
Kopi til {{Antidoping Norge}} ({{Rent Senter}}). Medlemmen kan klage innen tre uker til [[EMAIL:klage@treningssenter.example.org]].
Senterleder [[PERSON:«name no»]], [[PHONE:«phone no»]]
"""),
    ("slimming-forum", "weight-loss-forum-thread", "sv", """\
[Forum: Viktresan › Mediciner] Tråd: "billig {{drug:«neg glp»}} utan recept??"
[[PERSON:«first se»_1984]] skrev: har någon köpt av [[PERSON:«name se»]]? hon säljer pennor för 900 kr, swish [[PHONE:«phone mobc»]]
[[PERSON:«first vn»_mamma]] svarade: NEJ. min syster fick {{drug:«neg peptide»}} istället och hamnade på akuten. kör {{«neg exercise»}} och {{Dukan}} istället
Moderator: säljarens namn och nummer är borttagna i den publicerade tråden. Rapporterat till VSN.
"""),
]
