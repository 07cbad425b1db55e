"""Templated situations of the fifth corpus: (family, voice, lang, body), each drawn DRAWS
times with new names, numbers and negatives (`write_fifth.py`; marks in README.md). A family
at an even position goes to dev, at an odd one to holdout."""

TEMPLATES: list[tuple[str, str, str, str]] = [
    ("vet-pill", "vet-clinic", "sv", """\
Journal, smådjursmottagningen {{Djursjukhuset Strömsholm}}
Djur: {{Tussan}} (blandras, 4 år). Ägare: [[PERSON:«name any #a»]], [[PHONE:«phone any»]].
Hunden åt en tablett på promenad vid «neg place». Ägaren hittade resten av kartan:
«neg benzo», och en lös tablett med stämpeln «neg stamp». Behandling: kräkning, kol.
[[PERSON:«gen «#a»»]] granne [[PERSON:«name any #b»]] såg någon tappa en påse vid busshållplatsen.
Skriven av vet. [[PERSON:«name sv»]] {{fredag}} kl {{16:40}}."""),
    ("hotel-log", "hotel-night", "en", """\
NIGHT LOG — {{Hotel Esplanade}} — {{Saturday}}
02:05 Room {{517}}. Noise complaint.
02:30 Guest [[PERSON:«upper «name any #a»»]] found drowsy in the lobby,
      said he took «neg opioid» and «neg street».
02:34 Called {{112}}. Ambulance to {{St Görans sjukhus}}.
Registration card: [[PERSON:«reg «#a»»]] (the card shows the full ID:
[[ID_NUMBER:«pnr 10- maybe»]]), e-mail [[EMAIL:vip.guest77@example.com]].
Night manager: [[PERSON:«name any»]]"""),
    ("epi-bullets", "epi-weekly", "sv", """\
Veckosammanfattning – smittskydd och beroende
- Förgiftningar: 3 (varav 1 med «neg opioid», 2 med «neg benzo»)
- Nya preparat: «neg strain»-vejp, tabletter «neg stamp»
- Evenemang att bevaka: «neg event»
- Myndighetskontakt: «neg agency»
Frågor: [[PERSON:«name any #a»]], [[EMAIL:smittskydd@region.example]], [[PHONE:«phone land»]]
Vid akut förgiftning: {{112}}, rådgivning {{1177}},
{{Giftinformationscentralen}} {{010-456 67 00}}."""),
    ("dating-ticket", "dating-ts", "en", """\
TICKET {{TS-26-«org flat»}} — offer of drugs in chat
Reported user: "[[PERSON:«first «name any #a»»_2026]]" → verified as [[PERSON:«#a»]]
Messages mention «neg street», «neg stamp» and «neg benzo».
Last login IP: [[IP:«ip any»]]; phone on file: [[PHONE:«phone intl»]].
Reporter: [[PERSON:«name any»]]. Action: removed. Pattern note sent to «neg agency»."""),
    ("conscript-list", "conscript-health", "sv", """\
Hälsoenheten {{Ledningsregementet}} – sjukskrivna efter helgpermission
[[PERSON:«reg «name any #a»»]]«tab»[[ID_NUMBER:«pnr 12- young maybe»]]«tab»uppger «neg street»
[[PERSON:«reg «name any #b»»]]«tab»[[ID_NUMBER:«pnr 10- young maybe»]]«tab»uppger «neg benzo»
[[PERSON:«first «#a»»]] och [[PERSON:«first «#b»»]] var på «neg event» tillsammans.
Ansvarig ssk: [[PERSON:«name sv»]], [[PHONE:«phone mob»]]"""),
    ("ferry-cabin", "ferry-ops", "sv", """\
Avvikelse {{M/S Silja Symphony}}, hytt {{10244}}
Hyttinnehavare: [[PERSON:«name fi #a»]], bil [[PLATE:«plate any»]] på bildäck 5.
Städpersonal fann «neg opioid» och en påse märkt «neg strain».
[[PERSON:«last «#a»»]] kunde inte väckas; sjuksköterskan gav {{drug:naloxon}}.
Bokningens adress: [[ADDRESS:Kirkkokatu 7 B 12, 90100 Oulu]].
Rapport: [[PERSON:«name sv»]], säkerhetsansvarig"""),
    ("club-mail", "youth-sports", "sv", """\
Hej,
jag är ledare i {{IK Sirius}} ungdom. En spelare,
[[PERSON:«name any #a»]], blev erbjuden «neg street» och «neg stamp» efter matchen
i {{Studenternas IP}}.
[[PERSON:«first «#a»»s]] förälder vill vara anonym men jag kan nås på [[PHONE:«phone any»]].
/[[PERSON:«name any»]]
{{Sirius Ungdom}} · {{Svenska Fotbollförbundet}}"""),
    ("lab-keys", "chem-dept", "en", """\
Key log — precursor cabinet {{C-21}}, {{Department of Organic Chemistry}}
{{Monday}}: [[PERSON:«name any #a»]] ({{04:12}}) — «neg benzo»? no: {{drug:GBL}} 250 ml signed out
{{Tuesday}}: [[PERSON:«name any #b»]] — returned 200 ml
Missing: 50 ml. [[PERSON:«last «#a»»]] says it was a spill.
Contact: [[EMAIL:lab.safety@chem.example]], [[PHONE:«phone landintl»]] ([[PERSON:«name any»]])"""),
]
