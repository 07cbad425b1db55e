# ruff: noqa: E501  (the texts are prose, one paragraph a line, as they would be pasted)
"""Situations of the twenty-third corpus, each drawn DRAWS times with new names, numbers and
negatives.

A template is (family, voice, lang, marked text); the marks are those of `../fresh/fresh_case.py`.
Families at even positions are dev, odd ones holdout (`../corpus_writer.py`).
"""

from __future__ import annotations

TEMPLATES: list[tuple[str, str, str, str]] = [
    ("event-debrief", "municipal-events-coordinator", "sv", """\
Efterrapport {{«neg event»}} – {{«neg place»}}, {{«neg weekday»}} kväll
Hej VSN! Kort från oss på kommunens evenemangsenhet. Besökare totalt ca {{14 000}}, kapacitet {{16 500}}. Sjukvårdstältet tog emot {{23}} personer, varav {{4}} med misstänkt förgiftning efter tabletter med stämpeln {{drug:«neg stamp»}}, som på området kallades "{{drug:«neg street»}}".
Under spelningen med {{«neg artist»}} på {{«neg stage»}} hittade vår funktionär [[PERSON:«name se»]] en påse med {{drug:«neg nps»}} vid kravallstaketet. Polisen (ärende {{K-2026-118/44}}) har den.
Kontakt för frågor: [[PERSON:«name word»]], evenemangssamordnare, [[PHONE:«phone mob»]], [[EMAIL:evenemang@example.org]]
"""),
    ("medical-incident-form", "festival-medical-lead", "sv", """\
INCIDENTBLANKETT sjukvård – {{«neg event»}}, tält {{B}}, {{«neg weekday»}} {{01.42}}
Patient: [[PERSON:«name fi»]], pnr [[ID_NUMBER:«pnr any maybe»]], armband {{WB-88 41 207}} (ej personuppgift)
Ankom med vän ([[PERSON:«first ir»]]). Uppger {{2}} st "{{drug:«neg street»}}" samt {{drug:«neg brand»}} från en kompis. Temp {{39,4}}, puls {{148}}. Kylning, {{112}} larmat {{01.55}}, ambulans {{4220}} avgick {{02.14}}.
Anhörig: [[PERSON:«name fi»]], [[PHONE:«phone any»]]. Ansvarig läkare: [[PERSON:«name se»]], dr, medicinskt ansvarig.
Tablettrest sparad, stämpel {{drug:«neg stamp»}}, lämnad till polis {{«neg month»}}-ärendet.
"""),
    ("ferry-purser-log", "cruise-ferry-purser", "en", """\
PURSER'S LOG {{«neg ship»}} – crossing {{22:00}}–{{06:30}}, {{«neg weekday»}}
{{23:48}} Cabin {{8214}}: guest [[PERSON:«name nl»]] found unresponsive by partner [[PERSON:«first nl»]]. Ship's nurse [[PERSON:«name er»]] attended. Partner said they bought "{{drug:«neg street»}}" at the karaoke in the {{Starlight Lounge}}. Deck {{8}}, fire zone {{3}}.
{{00:20}} Guest's phone [[PHONE:«phone uk»]] handed to nurse for the next of kin. Booking ref {{SLJ7-44Q2}} (not personal). Cocktail on the table: {{«neg drink»}}.
{{01:05}} Security seized {{6}} pills, stamp {{drug:«neg stamp»}}, bag marked {{EVB 2026-031}}. Guest's e-mail for the incident report: [[EMAIL:«first nl #f».bakker@example.net]].
Purser on duty: [[PERSON:«name se»]], ext. {{4410}}
"""),
    ("arena-radio-log", "arena-safety-officer", "sv", """\
Radiologg {{«neg team»}}–{{«neg team»}}, {{«neg venue»}}, kanal {{3}} (säkerhet), {{«neg weekday»}}
{{19.12}} S1 till S4: man i sektion {{112}} rad {{14}} plats {{9}} okontaktbar. S4 ([[PERSON:«first se»]]) på väg.
{{19.15}} S4: personen heter [[PERSON:«name ir»]] enligt körkort, andas, pupiller små. Kompis säger "{{drug:«neg street»}}".
{{19.31}} Parkering P2: bil [[PLATE:«plate»]] står i räddningsväg, ägare [[PERSON:«reg se»]] nås på [[PHONE:«phone mobsp»]]. Även [[PLATE:«plate new»]] bortforslad.
{{19.40}} Säkerhetsansvarig [[PERSON:«name word»]] rapporterar till polisens insatschef. Matchklocka {{2:1}} i andra perioden.
"""),
    ("hotel-refund", "hotel-guest-relations-manager", "en", """\
Dear [[PERSON:«first es»]],
Thank you for your letter after the {{«neg event»}} weekend. I am sorry the night in room {{412}} at {{«neg hotel»}} ended with your friend [[PERSON:«name es»]] in hospital after the after-party in our {{«neg room»}}. We have passed the pills found in the bathroom (stamp {{drug:«neg stamp»}}) to the police, case {{5000-K112233-26}}.
We will refund {{SEK 2 490}} for the room (booking {{HTL-44791}}) to the account you gave us, [[IBAN:«iban SE»]], holder [[PERSON:«name es»]].
Kind regards, [[PERSON:«name se»]], Guest Relations, [[PHONE:«phone intl»]], [[EMAIL:guestrelations@example.com]]
"""),
    ("ski-patrol-report", "ski-patrol", "sv", """\
PISTPATRULLEN – händelserapport, backe {{«neg ride»}}-nedfarten, {{«neg weekday»}} {{15.40}}
Skadad: [[PERSON:«name se»]], född [[DATE_OF_BIRTH:«dob sv»]], hemadress [[ADDRESS:«address»]]. Hittad vid lift {{T4}} efter afterski på {{«neg venue»}}, omtöcknad. Kompisen [[PERSON:«first word»]] berättade om "{{drug:«neg street»}}" i en shot med namnet {{«neg drink»}}.
Patrullerare: [[PERSON:«name fi»]] (radio {{kanal 6}}), [[PHONE:«phone north»]]. Skoter {{S-07}}, akja {{2}}. Rapportnr {{PP-26/0391}}.
"""),
]
