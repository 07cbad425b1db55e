# ruff: noqa: E501  (the texts are prose, one paragraph a line, as they would be pasted)
"""Situations of the ninth corpus, each drawn DRAWS times with new names, numbers and negatives.

A template is (family, voice, lang, marked text); the marks are those of `../fresh/fresh_case.py`.
Families at even positions are dev, odd ones holdout (`../corpus_writer.py`).
"""

from __future__ import annotations

TEMPLATES: list[tuple[str, str, str, str]] = [
    ("customs-broker", "customs-broker", "sv", """\
Ämne: Avvikelse i sändning {{SHP-77310-KB}} – misstänkt innehåll
Hej,
vi är tullombud för importören och har vid förgranskning av sändningen (flyg {{TK 1797}}, AWB {{235-44120913}}) sett att fakturan anger "kosttillskott" men att labbet hos {{«neg org»}} hittat {{drug:«neg nps»}} och {{drug:«neg nps»}} i proverna. Mottagare på fraktsedeln: [[PERSON:«name se»]], [[ADDRESS:«address»]], tel [[PHONE:«phone any»]].
Varuslag enligt kund: "{{drug:«neg street»}} relax blend", "{{drug:«neg stamp»}} energy", {{drug:«neg brand»}} (utan recept). Tulltaxenummer {{2106 90 92}}.
Vi har lagt sändningen på is och meddelat {{«neg org»}}. Kontaktperson hos importören är [[PERSON:«name fi»]] ([[EMAIL:import@fraktbolag.example.com]]).
Med vänlig hälsning
[[PERSON:«name ee»]], deklarant
"""),
    ("crypto-compliance", "crypto-exchange-compliance", "en", """\
Compliance note {{CN-2026-4471}} – withdrawal pattern linked to a darknet vendor
User: [[PERSON:«name lt»]], DOB [[DATE_OF_BIRTH:«dob en»]], Swedish personal ID [[ID_NUMBER:«pnr any maybe»]]. KYC selfie matched on {{«neg weekday»}}. Payout account [[IBAN:«iban EE»]]... correction: [[IBAN:«iban SE»]].
On-chain analysis shows 31 deposits from wallets tagged to the vendor shop selling {{drug:«neg nps»}}, {{drug:«neg street»}} and pressed {{drug:«neg stamp»}} pills. Memo fields quote "{{drug:«neg brand»}} x20" and "{{drug:«neg nps»}} 5 g".
Login IPs: [[IP:«ip»]], [[IP:«ip v6»]]. Phone on file [[PHONE:«phone any»]].
Filed with {{«neg org»}} (ref {{FIU-SE-88214}}). Analyst: [[PERSON:«name ua»]].
"""),
    ("windfarm-hse", "windfarm-hse", "sv", """\
HSE-rapport vindpark {{Storliden}} – fynd i servicebod, turbin {{T-14}}
Vid skiftbyte {{«neg weekday»}} hittade tekniker [[PERSON:«name se»]] en ask {{drug:«neg brand»}} och en zip-påse med vitt pulver märkt "{{drug:«neg street»}}". Påsen låg i jackan som tillhör underleverantörens montör [[PERSON:«name lt»]] (samordningsnummer [[ID_NUMBER:«pnr 10- snr maybe»]]).
Personen har stängts av från arbete på höjd i väntan på test. Tidigare fynd i parken: {{drug:«neg nps»}} (mars), {{drug:«neg brand»}} (juni). Rutin enligt {{«neg org»}}.
Platschef [[PERSON:«name fi»]], [[PHONE:«phone north»]]
"""),
    ("mine-health", "mining-occupational-health", "sv", """\
Företagshälsovården, gruvan – anteckning efter slumpvis drogtest
Arbetstagare: [[PERSON:«reg fi»]], [[ID_NUMBER:«pnr 12- maybe»]], skiftlag C, bor [[ADDRESS:«address»]].
Utfall: positivt för {{drug:«neg nps»}}; egen uppgift om {{drug:«neg brand»}} på recept (ej styrkt). Urinprov skickat till {{«neg org»}}, labbnr {{U26-118734}}.
Samtal med arbetsledare [[PERSON:«name se»]] och skyddsombud [[PERSON:«first se»]]. Rehabplan, uppföljning i {{«neg month»}}. I omklädningsrummet pratas om {{drug:«neg street»}} och {{drug:«neg stamp»}}-piller från {{«neg place»}}.
Sjuksköterska [[PERSON:«name se»]], [[PHONE:«phone land»]]
"""),
    ("berry-camp", "berry-camp-coordinator", "mixed", """\
Hi all / Hej alla,
at the pickers' camp near {{«neg place»}} one of the Thai workers, [[PERSON:«name th»]] (passport only, no Swedish ID), took pills from a stranger who said they were "{{drug:«neg street»}}" for the pain. He was sick all night. Friend [[PERSON:«first th»]] called {{«neg service»}}.
The pills had a {{drug:«neg stamp»}} stamp. Pharmacist says could be {{drug:«neg nps»}} or {{drug:«neg brand»}}. We put a warning in Thai on the board and told {{«neg org»}}.
Camp boss [[PERSON:«name se»]] ([[PHONE:«phone mob»]]) / interpreter [[PERSON:«name th»]] ([[EMAIL:tolk.bar@plockcamp.example.net]]).
"""),
    ("youth-centre", "youth-centre-staff", "sv", """\
Veckorapport fritidsgården {{Kompassen}}, v. {{47}}
Besök: 212 ({{«neg weekday»}} flest). Snack bland killarna i år 8 om {{drug:«neg street»}} och {{drug:«neg nps»}} som säljs via Snapchat, och om "{{drug:«neg stamp»}}"-piller på {{«neg place»}}.
[[PERSON:«first se»]] (15) ville prata enskilt om sin storebror [[PERSON:«name se»]]; vi har kontaktat socialtjänsten med samtycke. Mamman nås på [[PHONE:«phone mob»]].
Inför {{«neg event»}}: samverkan med {{«neg org»}} och {{«neg org»}}. Ansvarig fritidsledare [[PERSON:«name ar»]].
"""),
    ("escape-room", "escape-room-staff", "sv", """\
Incidentlogg – escape room "{{Apotekarens hemlighet}}", rum 2
Efter bokning {{#ER-50317}} ({{«neg weekday»}} kl 20) hittade vi en blisterkarta {{drug:«neg brand»}} och två gröna tabletter med {{drug:«neg stamp»}}-tryck bakom rekvisitan. Bokat av [[PERSON:«name ua»]], [[EMAIL:bokning.gast@mail.example.org]], [[PHONE:«phone any»]]. I gruppen även [[PERSON:«name se»]].
Rekvisitan i rummet ({{drug:«neg nps»}}-flaskor, "{{drug:«neg street»}}"-burk) är falsk, fyllt med florsocker. Det verkliga fyndet lämnat till polisen på {{«neg place»}}.
Skiftansvarig [[PERSON:«first se»]]
"""),
    ("court-clerk", "court-clerk", "sv", """\
TINGSRÄTTEN – Dagboksblad, mål {{B 4412-26}}
Tilltalad: [[PERSON:«reg ua»]], [[ID_NUMBER:«pnr 12 maybe»]], [[ADDRESS:«address»]]. Offentlig försvarare advokat [[PERSON:«name se»]].
Åtal: narkotikabrott (innehav av {{drug:«neg nps»}} 14 g och {{drug:«neg brand»}} 60 st), ringa narkotikabrott ({{drug:«neg street»}}). Beslag {{2026-5000-BG81302}}.
Huvudförhandling {{«neg weekday»}} {{12 januari}} kl 09.30, sal 3. Vittne [[PERSON:«name cl»]] hörs per telefon [[PHONE:«phone any»]].
Protokollförare [[PERSON:«name se»]]
"""),
]
