# ruff: noqa: E501  (the texts are prose, one paragraph a line, as they would be pasted)
"""Situations of the thirty-second corpus, each drawn DRAWS times with new names, numbers and
negatives.

A template is (family, voice, lang, marked text); the marks are those of `../fresh/fresh_case.py`.
Families at even positions are dev, odd ones holdout (`../corpus_writer.py`).
"""

from __future__ import annotations

TEMPLATES: list[tuple[str, str, str, str]] = [
    ("night-nurse-report", "night-nurse", "sv", """\
Nattrapport {{«neg home»}}, {{«neg unit»}} – natt mot {{«neg weekday»}}
Ssk natt: [[PERSON:«name se #n»]]. Undersköterskor: [[PERSON:«first er»]] och [[PERSON:«first bs #u»]].
Rum 4 [[PERSON:«first old #b»]]: orolig 01.30, fick vid behov {{drug:«neg brand»}} 5 mg enligt ordination {{«neg dose»}}. [[PERSON:«#u»]] upptäckte att två tabletter {{drug:«neg substance»}} saknades i {{«neg pharmsys»}}-listan mot kassaskåpet. Räknat två gånger, signerat [[PERSON:«#n»]] och [[PERSON:«#u»]]. Boendes dotter [[PERSON:«name se»]] ringer ofta på nätterna, [[PHONE:«phone mob»]]. Katten {{«neg pet»}} sov hos [[PERSON:«#b»]] hela natten.
/[[PERSON:«#n»]]
"""),
    ("alarm-operator-log", "trygghetslarm", "sv", """\
LARMLOGG {{«neg alarmsys»}} – {{«neg weekday»}}
03:12 larm från brukare [[PERSON:«reg old»]], [[ADDRESS:«address»]], enhet ansluten via [[IP:«ip»]]
03:13 taluppkoppling: brukaren säger att hen tagit "en extra {{drug:«neg brand»}}" och inte kommer upp från golvet
03:15 nattpatrull kallad: [[PERSON:«name ph #p»]] och [[PERSON:«name se»]], bil [[PLATE:«plate»]]
03:29 [[PERSON:«#p»]] på plats, ambulans beställd. Sonen [[PERSON:«name se»]] underrättad på [[PHONE:«phone landintl»]]
03:58 larm återställt. Operatör [[PERSON:«first se»]] inloggad från [[IP:«ip»]]
"""),
    ("pharmacy-return-note", "pharmacy-returns", "en", """\
Medicine return – {{«neg order»}}, {{«neg dayen»}}
Brought in by a grandchild of the late customer, [[PERSON:«name se #g»]], who showed ID; the customer, [[PERSON:«name old»]] ([[ID_NUMBER:«pnr 12- old maybe»]]), died last month. Bag held: {{drug:«neg brand»}} blister packs (part used), a full bottle of {{drug:«neg substance»}} oral solution and patches. Counted by [[PERSON:«first ir #c»]], witnessed by [[PERSON:«first se»]]; the narcotic items went to the locked return bin under {{«neg pharmsys»}}. [[PERSON:«#g»]] asked whether they could keep the unopened box "for his knee". Refused. Note signed [[PERSON:«#c»]].
Contact given: [[PHONE:«phone intl»]], [[EMAIL:returns.desk@example.com]]
"""),
    ("mas-deviation", "mas", "sv", """\
Avvikelseutredning {{«neg rx»}} – {{«neg home»}}
Händelse: vid överlämning {{«neg dose»}} saknades {{drug:«neg brand»}} 10 mg i dosrullen för [[PERSON:«name old #b»]], [[ID_NUMBER:«pnr 10- old maybe»]]. Ansvarig undersköterska [[PERSON:«name ir #u»]] uppger att dosen redan getts av kvällspersonalen ([[PERSON:«first ph»]]). Signeringslistan i {{«neg pharmsys»}} saknar signatur.
Anhörig: sonen [[PERSON:«name se»]], [[PHONE:«phone mobsp»]], har begärt att få läsa utredningen.
Åtgärd: [[PERSON:«#u»]] får ny delegering först efter samtal. Utredare: [[PERSON:«name se»]], MAS
"""),
    ("meal-driver-sms", "meal-driver", "sv", """\
hej [[PERSON:«first se #c»]] det är [[PERSON:«first bs #d»]] från matdistributionen, bil [[PLATE:«plate»]]. [[PERSON:«name old #o»]] på [[ADDRESS:«address»]] öppnar inte. Lådan från igår står kvar. Genom brevinkastet ser jag tablettkartor på golvet, {{drug:«neg brand»}} tror jag, och hunden {{«neg pet»}} skäller. Grannen [[PERSON:«first old»]] säger dottern heter [[PERSON:«name se»]], nummer [[PHONE:«phone mob»]]. ska jag ringa 112?
/[[PERSON:«#d»]]
"""),
    ("lmv-report-form", "lmv-form", "sv", """\
Rapportera misstänkt biverkning – privatperson
Rapportören: [[PERSON:«name se #r»]], [[EMAIL:anmalan.privat@example.org]], telefon [[PHONE:«phone mobc»]]
Patienten: min förälder, [[PERSON:«name old #m»]], född [[DATE_OF_BIRTH:«dob iso old»]]
Misstänkt läkemedel: {{drug:«neg brand»}}, insatt {{«neg weekday»}} efter operation, samtidigt {{drug:«neg substance»}} till natten.
Beskrivning: [[PERSON:«#m»]] blev förvirrad och föll två gånger. Hemtjänstpersonalen ([[PERSON:«first er»]]) ringde mig. Läkaren [[PERSON:«name se»]] på vårdcentralen har satt ut tabletterna.
"""),
    ("ombud-letter", "aldreombud", "en", """\
Dear [[PERSON:«name se #r»]],
Thank you for your letter about your parent, [[PERSON:«name old #f»]], at {{«neg home»}}, {{«neg unit»}}. You write that the {{drug:«neg brand»}} was replaced by {{drug:«neg substance»}} without anyone telling you, and that the night staff member [[PERSON:«first ph»]] found tablets in a cardigan pocket. I have asked the unit manager, [[PERSON:«name se»]], for the dose list and the signing lists from {{«neg pharmsys»}}. I will call you on [[PHONE:«phone ukintl»]] on {{«neg dayen»}}.
Kind regards, [[PERSON:«name bs»]], old people's advocate (äldreombud)
"""),
    ("footcare-round", "foot-care", "sv", """\
Hembesök fotvård {{«neg weekday»}}
09.00 [[PERSON:«reg old»]], [[ADDRESS:«address»]] – tjocka naglar, ok. Hemtjänst ([[PERSON:«first er»]]) på plats.
10.15 [[PERSON:«name old #k»]] – sår på hälen, ringde dsk [[PERSON:«name se»]]. På köksbordet en öppen ask {{drug:«neg brand»}} och vinflaska, [[PERSON:«#k»]] sa "det är bara till natten".
11.30 [[PERSON:«name old»]], portkod ändrad, brorsonen [[PERSON:«first se»]] öppnade ([[PHONE:«phone oldland»]]). Katten {{«neg pet»}} bet mig.
Sign. [[PERSON:«first ir»]]
"""),
]
