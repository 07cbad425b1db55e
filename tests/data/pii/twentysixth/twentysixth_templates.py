# ruff: noqa: E501  (the texts are prose, one paragraph a line, as they would be pasted)
"""Situations of the twenty-sixth corpus, each drawn DRAWS times with new names, numbers and
negatives.

A template is (family, voice, lang, marked text); the marks are those of `../fresh/fresh_case.py`.
Families at even positions are dev, odd ones holdout (`../corpus_writer.py`).
"""

from __future__ import annotations

TEMPLATES: list[tuple[str, str, str, str]] = [
    ("rmv-case-register", "forensic-medicine-case-secretary", "sv", """\
Rättsmedicinska avdelningen – ärenderegister, utdrag
Ärende {{R-26-1184}}   Remiss från {{Polismyndigheten}}, anm.nr {{5000-K88312-26}}
Avliden: [[PERSON:«last se #d», «first se»]]   Pnr [[ID_NUMBER:«pnr 12- maybe»]]
Senast folkbokförd: [[ADDRESS:«address»]]
Anträffad {{«neg weekday»}} i bostaden av [[PERSON:«name bs»]] (granne). Polis på plats: inspektör [[PERSON:«last fi»]].
Obduktion utförd av överläkare [[PERSON:«name ir»]]. Prover till toxikologi (lab-id {{TX26-04471}}, {{TX26-04472}}); preliminärt fynd {{drug:«neg substance»}} och {{drug:«neg brand»}}.
Anhörig underrättad: [[PERSON:«first se» «#d»]] (barn), [[PHONE:«phone mob»]]. Kroppen hämtas av {{«neg home»}}.
"""),
    ("death-notice", "death-notice-ad-desk", "sv", """\
Annonsbokning {{DA-2026-5531}} – införs {{«neg weekday»}}, helsida 1/8
Vår älskade
[[PERSON:«first se» «last se #s»]]
* [[DATE_OF_BIRTH:«dob sv»]]
† 2 november 2026
har lämnat oss i stor sorg och saknad
[[PERSON:«first se»]]
[[PERSON:«first se»]] och [[PERSON:«first se»]]
Syskon med familjer
Begravningen äger rum i {{«neg church»}} med efterföljande gravsättning på {{«neg cemetery»}}. Tänk gärna på {{«neg fund»}}, bg {{5102-8834}}.
Beställare: [[PERSON:«first se» «#s»]], [[PHONE:«phone mobsp»]]. Korrektur via {{«neg home»}}.
"""),
    ("fatalities-report", "procurator-fiscal-fatalities-unit", "en", """\
SFIU (West) – death report {{SF/26/0931}}
Deceased: [[PERSON:«first se» «last se»]], born [[DATE_OF_BIRTH:«dob en»]], of [[ADDRESS:«address»]] (Swedish national, studying in Glasgow; Swedish personal number [[ID_NUMBER:«pnr 12- maybe»]])
Reported by: PC [[PERSON:«first gb» «last gb #pc»]], Police Scotland, incident {{PS-20261114-2217}}
Circumstances: found unresponsive in a flat by friend [[PERSON:«first gb»]] [[PERSON:«last gb»]] on a {{«neg weekday»}} morning; naloxone given by paramedics without effect. Items recovered: blister packs of {{drug:«neg brand»}} and a bag labelled "{{drug:«neg street»}}".
Next of kin: mother, [[PERSON:«name se»]], Sweden, tel. [[PHONE:«phone intl»]]. Family liaison: [[PERSON:«first gb #fl» «last gb #fll»]] ([[EMAIL:«#fl».«#fll»@example.org]]).
Toxicology requested; post-mortem by Dr [[PERSON:«last gb»]].
"""),
    ("estate-inventory", "estate-inventory-lawyer", "sv", """\
BOUPPTECKNING (utkast)
Efter: [[PERSON:«reg se»]], [[ID_NUMBER:«pnr 10- maybe»]], avliden {{2026-10-19}}
Senast bosatt: [[ADDRESS:«address»]]
Dödsbodelägare: [[PERSON:«name se»]] (barn), [[ID_NUMBER:«pnr 12- bad»]]; [[PERSON:«name pl»]] (sambo, ej delägare men efterlevande sambo)
Förrättningsmän: [[PERSON:«name se»]] och [[PERSON:«name bs»]], {{«neg home»}}
Tillgångar: bankkonto [[BANK_ACCOUNT:«account»]] ({{21 340 kr}}); gåva till {{«neg fund»}} enligt testamente.
Uppgiftslämnare: [[PERSON:«first se»]] [[PERSON:«last se»]], [[PHONE:«phone land»]]. Förrättning {{«neg weekday»}} kl. {{13.00}}.
"""),
    ("body-transport-log", "body-transport-dispatcher", "sv", """\
Transportlogg {{BT-26-7720}} – nattpass
{{01:40}} Uppdrag från {{Polismyndigheten}}: hämtning i {{«neg place»}}, [[ADDRESS:«address»]]. Avliden [[PERSON:«first iq» «last iq #k»]], [[ID_NUMBER:«pnr 10- maybe»]].
Kontaktperson på plats: [[PERSON:«first iq» «#k»]] (bror), [[PHONE:«phone mob»]]. Polisens ärende {{5000-K90144-26}}.
Förare: [[PERSON:«first se»]] och [[PERSON:«first pl»]]. Bil [[PLATE:«plate»]] (vår).
{{02:55}} Levererad till rättsmedicin, kylrum {{4}}, bår {{B-12}}. Kvittens: [[PERSON:«last se»]].
Obs: anhöriga önskar tvagning enligt muslimsk sed – kontakt via {{«neg home»}}.
"""),
    ("police-death-pm", "police-death-investigator", "sv", """\
PM dödsfallsutredning – anm.nr {{5000-K77650-26}}
Den avlidne: [[PERSON:«name se»]], [[ID_NUMBER:«pnr 12- maybe»]]
Plats: [[ADDRESS:«address»]] ({{«neg place»}})
Anmälare: [[PERSON:«name fi»]], tel. [[PHONE:«phone mobc»]], hade inte hört av den avlidne sedan {{«neg weekday»}}.
I lägenheten fanns kartor med {{drug:«neg brand»}}, en tom burk {{drug:«neg substance»}} och en lapp "ring [[PERSON:«first se»]] om {{drug:«neg street»}}".
Vittnen hörda: [[PERSON:«name bs»]], [[PERSON:«name se»]]. Inget tyder på brott; ärendet överlämnas till rättsmedicin (remiss {{R-26-1302}}).
Utredare: krinsp [[PERSON:«name se»]].
"""),
    ("burial-fund-list", "diaspora-burial-fund", "en", """\
Burial fund – contributions for the family of [[PERSON:«name so»]] (may Allah have mercy on him)
Collected by: [[PERSON:«first so #c» «last so #cl»]], Swish [[PHONE:«phone mobsp»]]
Members paid this week: [[PERSON:«name so»]] 500 (from London, [[IBAN:«iban GB»]]), [[PERSON:«name so»]] 500, [[PERSON:«first so»]] 300, [[PERSON:«name so»]] 1000
Body released by {{Rättsmedicinalverket}} on {{«neg weekday»}}; flight to Mogadishu arranged, janazah at {{Stockholms moské}} after Dhuhr.
Questions to [[PERSON:«#c»]] at [[EMAIL:«#c».«#cl»@example.com]]. Please do not share the cause of death; the family does not want talk of {{drug:«neg substance»}}.
"""),
    ("survivors-pension", "survivors-pension-desk", "sv", """\
Beslut om efterlevandepension – ärende {{EP-2026-448210}}
Sökande: [[PERSON:«first se» «last se #p»]], [[ID_NUMBER:«pnr 12- maybe»]], [[ADDRESS:«address»]]
Avliden make/maka: [[PERSON:«first se» «#p»]], [[ID_NUMBER:«pnr 12- bad»]], död {{2026-09-03}}
Barn som kan ha rätt till barnpension: [[PERSON:«first se»]] (f. [[DATE_OF_BIRTH:«dob iso»]])
Utbetalning till konto [[BANK_ACCOUNT:«account plain»]] från {{«neg month»}}.
Handläggare: [[PERSON:«first iq #h» «last iq #hl»]], {{Pensionsmyndigheten}}. Frågor: [[EMAIL:«#h».«#hl»@example.org]].
"""),
]
