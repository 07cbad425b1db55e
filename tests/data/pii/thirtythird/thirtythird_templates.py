# ruff: noqa: E501  (the texts are prose, one paragraph a line, as they would be pasted)
"""Situations of the thirty-third corpus, each drawn DRAWS times with new names, numbers and
negatives.

A template is (family, voice, lang, marked text); the marks are those of `../fresh/fresh_case.py`.
Families at even positions are dev, odd ones holdout (`../corpus_writer.py`).
"""

from __future__ import annotations

TEMPLATES: list[tuple[str, str, str, str]] = [
    ("tax-audit-statement", "tax-auditor", "sv", """\
Revision, arbetspapper 4 – kontoutdrag (urval), {{«neg ref»}}
Kontohavare: [[PERSON:«reg se #k»]], [[ID_NUMBER:«pnr 12- maybe»]], konto [[BANK_ACCOUNT:«account»]]
2026-03-02  SWISH FRÅN [[PERSON:«reg ar»]]  +{{«neg amount»}}
2026-03-02  SWISH FRÅN [[PERSON:«reg se #s»]]  +{{«neg amount»}}
2026-03-04  INSÄTTNING KONTANT  +{{«neg amount»}}
2026-03-05  BETALNING {{«neg bettor»}}  -{{«neg amount»}}
2026-03-06  ÖVERFÖRING TILL [[IBAN:«iban LT»]]  -{{«neg amount»}}
2026-03-09  KORTKÖP {{«neg card»}} {{«neg bettor»}}
Kommentar: insättningarna från [[PERSON:«#s»]] återkommer varje fredag. Den skattskyldige uppger att det är "spelvinster på {{«neg game»}}". Kontrollant [[PERSON:«first se #c»]], sign. [[PERSON:«#c»]]
"""),
    ("loan-shark-sms", "loan-shark", "sv", """\
[SMS från [[PHONE:«phone mob»]]]
du lovade fredag. 8 lappar + ränta = {{«neg amount»}}. swisha till min bror [[PERSON:«first ar #b»]] på [[PHONE:«phone mobsp»]] annars kommer vi hem till dig på [[ADDRESS:«address»]]
[Svar]
jag har inte. kan ge hälften nu o resten när jag sålt {{drug:«neg street»}} i helgen
[SMS]
[[PERSON:«#b»]] väntar. ingen mer {{«neg bettor»}}, ingen {{«neg slot»}}. eller så får du jobba av det. fråga [[PERSON:«first se»]] hur det gick för honom
"""),
    ("casino-host-note", "casino-host", "en", """\
Responsible-gaming note – host [[PERSON:«name fi #h»]], floor 2
Guest: [[PERSON:«name se #g»]], member card scanned, DOB [[DATE_OF_BIRTH:«dob iso»]]. Played {{«neg game»}} from 21:10, then {{«neg slot»}} and {{«neg slot»}}. Lost about {{«neg amount»}} in three hours; asked the cage to take card {{«neg card»}} twice after decline. Said a friend, [[PERSON:«first ar»]], would "send Swish" from [[PHONE:«phone intl»]]. Seemed high, possibly {{drug:«neg drug»}}.
Offered a break and the limits talk. [[PERSON:«#g»]] left 00:40. Logged by [[PERSON:«#h»]]; copy to [[EMAIL:rg.floor@example.com]]
"""),
    ("csn-case-note", "csn-officer", "sv", """\
Tjänsteanteckning, återbetalning – [[PERSON:«name se #s»]] ([[ID_NUMBER:«pnr 10- bad»]])
Samtal [[PHONE:«phone mob»]]. Den studerande har avbrutit studierna men fått studiemedel till och med maj. Uppger skulder till "en kille" efter {{«neg game»}} och {{«neg bettor»}}, och att studiemedlet gått till att betala av. Mamman [[PERSON:«name se»]] ringde separat. Ny adress: [[ADDRESS:«address»]]. Betalning begärd till konto [[BANK_ACCOUNT:«account plain»]], {{«neg ref»}}.
Handläggare [[PERSON:«first se #h»]] / [[PERSON:«#h»]]
"""),
    ("return-fraud-ticket", "return-fraud", "en", """\
Ticket {{«neg ref»}} – return abuse, serial
Customer account: [[EMAIL:«first se».«last se»@example.net]], name on orders [[PERSON:«name pl #c»]], logins from [[IP:«ip»]] and [[IP:«ip v6»]]. 11 returns in 6 weeks, all "empty box"; refunds to card {{«neg card»}}, paid by {{«neg bank»}} invoice. Delivery address [[ADDRESS:«address»]], recipient on two parcels [[PERSON:«name so»]]. One returned box held a bag of {{drug:«neg drug»}} instead of the headphones — sent to police.
Analyst [[PERSON:«first se #a»]]. Escalated to [[PERSON:«name se»]] (Loss Prevention).
"""),
    ("whistleblower-report", "whistleblower", "sv", """\
Visselblåsarkanalen – ärende inkommet {{«neg ref»}}
Rapportören (anonym) skriver: Min chef [[PERSON:«name se #c»]] betalar ut lön svart till [[PERSON:«name pl»]] och [[PERSON:«name ar»]] via kontot [[IBAN:«iban PL»]]. Han säljer också {{drug:«neg drug»}} till lagret, Swish till [[PHONE:«phone mob»]]. Han har sagt att han har spelskulder hos {{«neg bettor»}}. Bil [[PLATE:«plate»]] står på lastkajen på kvällarna.
Mottaget av [[PERSON:«name se #m»]], utredare. [[PERSON:«#m»]] bedömer: skyddat enligt lagen, utreds externt.
"""),
    ("tote-incident-log", "tote-staff", "sv", """\
Totalisatorn, {{«neg track»}} – avvikelselogg, tävlingsdag {{«neg game»}}
19:40 kund vid lucka 3 vill lösa in kupong för {{«neg amount»}}, legitimation: [[PERSON:«name se #k»]], [[ID_NUMBER:«pnr 10- maybe»]]. Kupongen spelad på {{«neg horse»}} och {{«neg horse»}} i lopp 5.
19:52 samma kund betalar in med kontanter, sedlarna luktar, {{«neg amount»}}. [[PERSON:«first se #v»]] ringer vakten [[PERSON:«name old»]].
20:15 kundens sällskap [[PERSON:«first ar»]] erbjuder {{drug:«neg street»}} vid spelautomaterna. Bil [[PLATE:«plate»]] på parkeringen. Sign. [[PERSON:«#v»]]
"""),
    ("romance-scam-intake", "romance-scam", "sv", """\
Stödsamtal, bedrägeri – volontär [[PERSON:«first se #v»]]
Den drabbade, [[PERSON:«name old #d»]], [[DATE_OF_BIRTH:«dob sv old»]], har sedan i våras skickat pengar till en "[[PERSON:«name pl»]]" som hon träffat på nätet. Sista överföringen gick till [[IBAN:«iban GB»]]; tidigare i {{«neg coin»}} via en automat. Dottern [[PERSON:«name se»]] nås på [[PHONE:«phone land»]] och [[EMAIL:«first se»@example.org]]. Enligt banken ({{«neg bank»}}) är mottagarkontot kopplat till försäljning av {{drug:«neg drug»}}.
Anteckning [[PERSON:«#v»]]. [[PERSON:«#d»]] vill inte polisanmäla ännu.
"""),
]
