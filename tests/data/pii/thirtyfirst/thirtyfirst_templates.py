# ruff: noqa: E501  (the texts are prose, one paragraph a line, as they would be pasted)
"""Situations of the thirty-first corpus, each drawn DRAWS times with new names, numbers and
negatives.

A template is (family, voice, lang, marked text); the marks are those of `../fresh/fresh_case.py`.
Families at even positions are dev, odd ones holdout (`../corpus_writer.py`).
"""

from __future__ import annotations

TEMPLATES: list[tuple[str, str, str, str]] = [
    ("rescue-dive-log", "rescue-divers", "sv", """\
Dykjournal – {{«neg incident»}}, {{«neg weekday»}} kl 22.40, anrop {{«neg callsign»}}
Dykledare: brandmästare [[PERSON:«name se»]]. Dykare 1: [[PERSON:«name se #d»]], lina: [[PERSON:«name fi»]].
Utgick från {{«neg station»}}, räddningsbåten {{«neg boat»}} på plats. Position {{«neg grid»}}. Bil [[PLATE:«plate»]] hittad i vattnet vid färjeläget, förare [[PERSON:«name ua #f»]] ([[ID_NUMBER:«pnr 12- maybe»]]) medvetslös men med puls. [[PERSON:«#d»]] fick ut [[PERSON:«#f»]] genom bakrutan. I mittkonsolen {{drug:«neg brand»}} och en tom påse (misstänkt {{drug:«neg street»}}). Anhörig underrättad på [[PHONE:«phone mob»]].
"""),
    ("alarm-centre-log", "alarm-centre", "sv", """\
LARMLOGG {{«neg weekday»}} – objekt {{«neg incident»}}
02:11 inbrottslarm sektion 3, kamera 192 ansluten från [[IP:«ip»]]
02:14 väktare [[PERSON:«name se #v»]] ({{«neg callsign»}}) beordrad, ber om nyckel
02:26 [[PERSON:«#v»]] på plats: person liggande i trapphuset, andas dåligt, vid sidan {{drug:«neg brand»}}-förpackning och folie. 112 larmat.
02:31 nyckelinnehavare [[PERSON:«reg se»]] nås på [[PHONE:«phone mobsp»]]
02:58 person identifierad av polis som [[PERSON:«name so»]], född [[DATE_OF_BIRTH:«dob iso»]]. Fordon utanför: [[PLATE:«plate flat»]]. Nyckelbricka för trapphuset märkt {{«neg spell»}} i vaktens kodsystem.
Operatör: [[PERSON:«first se»]] / inloggad från [[IP:«ip»]]
"""),
    ("mall-security-report", "mall-security", "en", """\
Shopping centre security – incident report, {{«neg incident»}}
Guard on duty: [[PERSON:«name se #g»]] (radio {{«neg callsign»}}). Second guard: [[PERSON:«name cl»]].
At 16:05 a cleaner found a man unconscious in the disabled toilet on level 2, syringe beside him. [[PERSON:«#g»]] gave two doses of {{drug:«neg brand»}} from the defibrillator cabinet; the man woke after four minutes and said he had taken {{drug:«neg substance»}}. Ambulance took over. Police identified him as [[PERSON:«name af»]], [[ID_NUMBER:«pnr 10- maybe»]].
Witness: [[PERSON:«name se»]], [[PHONE:«phone intl»]], [[EMAIL:security.level2@example.com]]
"""),
    ("custody-log", "custody-officers", "sv", """\
Arrestjournal – cell 7, {{«neg weekday»}}
Intagen: [[PERSON:«name se #i»]], [[ID_NUMBER:«pnr 12 maybe»]], hemvist [[ADDRESS:«address»]].
Omhändertagen för LOB. Tillsyn var 15:e minut enligt läkare. 03:20 arrestvakt [[PERSON:«name fi»]] kunde inte väcka [[PERSON:«#i»]] – vakthavande larmad, {{drug:«neg brand»}} givet, 112. Vid visitation påträffades tabletter (misstänkt {{drug:«neg substance»}}).
Kontaktperson: [[PERSON:«name se»]], [[PHONE:«phone mob»]]
Signerat: arrestvakt [[PERSON:«name so»]]
"""),
    ("platoon-memo", "platoon-commander", "sv", """\
PM till kompanichef – pluton 2, {{«neg unit»}}, under {{«neg exercise»}}
Värnpliktig [[PERSON:«name se #vp»]] ([[ID_NUMBER:«pnr 12- maybe»]]) hittades av gruppchef [[PERSON:«name se»]] okontaktbar i tältet kl 05.30. Sjukvårdare gav {{drug:«neg brand»}}. Kamraten [[PERSON:«name so»]] uppger att [[PERSON:«#vp»]] köpt {{drug:«neg street»}} under permission. Anhöriga: modern, [[PHONE:«phone mobc»]].
Plutonchef fänrik [[PERSON:«last se»]], [[EMAIL:pluton2.chef@example.org]]
"""),
    ("airport-screening", "airport-screener", "en", """\
Security checkpoint deviation – lane 4, {{«neg weekday»}}
Screener: [[PERSON:«name se»]]. Supervisor: [[PERSON:«name ua»]].
Passenger [[PERSON:«name cl #p»]], boarding pass seq. 112, collapsed after the body scanner. Carry-on held: two {{drug:«neg brand»}} pens, a tin with tablets (suspected {{drug:«neg substance»}}). [[PERSON:«#p»]] came round after the medic arrived. Passport details forwarded to police; travel companion [[PERSON:«name cl»]], mobile [[PHONE:«phone ukintl»]].
Report from [[EMAIL:checkpoint.south@example.net]]
"""),
    ("posom-activation", "posom", "sv", """\
POSOM – aktivering {{«neg weekday»}}, {{«neg incident»}}
Samordnare: [[PERSON:«name se»]], [[PHONE:«phone mob»]]. Diakon [[PERSON:«name se»]] och kurator [[PERSON:«name af»]] i stödgruppen.
En 19-åring, [[PERSON:«name so #u»]], avled efter {{drug:«neg substance»}} på en fest i [[ADDRESS:«address»]]. Vänner samlade i skolans matsal. Föräldrarna till [[PERSON:«#u»]] vill ha kontakt via [[EMAIL:familjen.kontakt@example.com]].
"""),
    ("civil-defence-sitrep", "civil-defence", "sv", """\
Lägesbild kommunens krisledning – {{«neg exercise»}}, {{«neg weekday»}}
Beredskapssamordnare: [[PERSON:«name se»]]. TiB: [[PERSON:«name fi»]], [[PHONE:«phone land»]].
Under övningen hittades en frivillig, [[PERSON:«name ua #f»]] ([[ID_NUMBER:«pnr 10 maybe»]]), medvetslös i ledningsplatsens skyddsrum; kollegan [[PERSON:«name se»]] gav {{drug:«neg brand»}}. Bil [[PLATE:«plate new»]] flyttad. Rapport till länsstyrelsen skickad av [[PERSON:«#f»s]] chef.
"""),
]
