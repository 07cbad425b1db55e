# ruff: noqa: E501  (the texts are prose, one paragraph a line, as they would be pasted)
"""Situations of the twenty-fifth corpus, each drawn DRAWS times with new names, numbers and
negatives.

A template is (family, voice, lang, marked text); the marks are those of `../fresh/fresh_case.py`.
Families at even positions are dev, odd ones holdout (`../corpus_writer.py`).
"""

from __future__ import annotations

TEMPLATES: list[tuple[str, str, str, str]] = [
    ("betting-aml-alert", "betting-operator-aml-officer", "sv", """\
AML-larm {{SP-AML-55120}} – manuell granskning
Kund: [[PERSON:«reg se»]]   Kundnr {{4410 9932}}   Personnummer [[ID_NUMBER:«pnr 12- maybe»]]
Insättningar senaste 7 dagarna: {{38 400 kr}} via {{«neg pay»}} från tre olika konton, bl.a. [[BANK_ACCOUNT:«account»]] som står på [[PERSON:«name ro»]]. Uttag samma dag till [[IBAN:«iban SE»]].
Spel: nästan bara {{«neg game»}} med minsta insats, sedan uttag – typiskt för tvätt. Kundtjänst noterade att kunden i chatten skrev "betalar {{drug:«neg street»}}-skulden med vinsten".
Åtgärd: konto fryst, rapport till {{Finanspolisen}}. Handläggare [[PERSON:«first se»]], ankn. {{4471}}.
"""),
    ("payment-app-ticket", "payment-app-support-agent", "en", """\
Support ticket #{{PA-2026-118734}} – "Money sent to wrong person"
User: [[PERSON:«name in»]] ([[EMAIL:«first in».«last in»@example.net]]), app version {{8.14.2}}, device {{«neg device»}}, login IP [[IP:«ip»]]
Message: I sent 2 500 SEK to [[PHONE:«phone mob»]] thinking it was my flatmate [[PERSON:«first in»]]. The receiver name shown was "[[PERSON:«name ua»]]". Later a stranger texted me asking if I wanted "{{drug:«neg street»}}" delivered to {{«neg place»}}.
Card on file: {{**** 4417}}. Payment reference {{TX-88F2-0C19}}.
Agent ([[PERSON:«first se»]]): refund not possible for completed transfers; advised user to report to {{«neg org»}}.
"""),
    ("gift-card-desk", "supermarket-service-desk", "sv", """\
Händelserapport – {{«neg shop»}}, kundtjänstdisken, {{«neg weekday»}}
En man köpte {{«neg gift»}} för {{4 × 1 000 kr}} och betalade med kort {{**** **** **** 3082}}. Han sa i telefon till någon "ja, jag skickar koderna sen när jag fått {{drug:«neg street»}}". Kortet spärrades senare enligt banken.
Kassör: [[PERSON:«name se»]] (kassa {{7}}). Butikschef [[PERSON:«name sy»]], [[PHONE:«phone land»]].
Kvittonr {{0457-221-0983}}, kl. {{17:42}}. Kameran vid disken ({{K3}}) har sparats.
"""),
    ("bnpl-fraud-case", "invoice-payment-fraud-team", "sv", """\
Bedrägeriärende {{FB-26-40417}}
Fakturaköp hos {{«neg shop»}} på [[PERSON:«name se»]], [[ID_NUMBER:«pnr 10- maybe»]], leverans till paketskåp, inte folkbokföringsadressen [[ADDRESS:«address»]].
Kunden ringde från [[PHONE:«phone mobsp»]] och nekar köpet. Samma e-post ([[EMAIL:«first ro».«last ro»@example.org]]) har använts för tre andra personnummer; en av dem, [[PERSON:«name ro»]], har redan polisanmält.
Varor: {{«neg device»}}, presentkort {{«neg gift»}}, digitalvåg {{art.nr 31-0475}}.
Handläggare [[PERSON:«first se»]]. Beslut: faktura makuleras, ärendet skickas till {{«neg org»}}.
"""),
    ("chargeback-summary", "card-acquirer-risk-analyst", "en", """\
Chargeback summary – merchant {{MID 000 4471 2208}} ("{{Green Leaf Garden Supplies}}", org no {{«org»}})
Disputes this month: {{41}} (reason code {{10.4}}). Cardholders say they never bought "grow lights"; several mention "{{drug:«neg street»}}" in their complaints.
Merchant contact: [[PERSON:«name gr»]], [[PHONE:«phone intl»]], [[EMAIL:«first gr»@example.com]]
Payout account: [[IBAN:«iban SE»]] – changed on {{3 Nov}} to [[IBAN:«iban DE»]].
Analyst: [[PERSON:«name se»]]. Recommendation: suspend payouts, file report to {{«neg org»}}.
"""),
    ("bank-estate-letter", "bank-estate-department", "sv", """\
Dödsboavdelningen – underlag till dödsbodelägare
Dödsbo efter [[PERSON:«name se»]], [[ID_NUMBER:«pnr 12- maybe»]], senast boende [[ADDRESS:«address»]].
I kontoutdraget för konto [[BANK_ACCOUNT:«account»]] finns {{23}} överföringar via {{«neg pay»}} till [[PHONE:«phone mob»]] med meddelandet "{{drug:«neg brand»}}" eller "{{drug:«neg street»}}" under perioden {{maj–oktober}}. Mottagaren är enligt Swish-registret [[PERSON:«name fi»]].
Vi har inte spärrat något. Kontakta handläggare [[PERSON:«first se»]] på {{0771-22 11 22}} om dödsboet vill göra en anmälan.
"""),
    ("buy-in-receipt", "electronics-buyback-counter", "sv", """\
INKÖPSKVITTO – {{ReTech Begagnat}} {{«neg place»}}
Säljare: [[PERSON:«reg ua»]]   Legitimation: pass
Pnr/samordningsnr: [[ID_NUMBER:«pnr 12- snr maybe»]]
Tel: [[PHONE:«phone 0046»]]
Vara: {{«neg device»}}, IMEI {{35 209 911 448 203 1}}, skick B. Utbetalt {{3 200 kr}} till konto [[BANK_ACCOUNT:«account»]].
Anmärkning från [[PERSON:«first se»]]: säljaren hade fem likadana i väskan och en påse "{{drug:«neg stamp»}}"-piller föll ut. Inköpet stoppat efter första.
"""),
    ("exchange-office-report", "currency-exchange-office", "en", """\
Suspicious transaction report – {{Valuta Direkt}}, counter {{«neg place»}}
Customer: [[PERSON:«name ph»]], passport checked, born [[DATE_OF_BIRTH:«dob en»]]
Exchanged {{EUR 9 800}} in {{€50}} notes to SEK; notes smelled strongly and were stained. Customer said the money came from selling "{{drug:«neg brand»}} in Spain" before correcting himself to "selling a car".
Phone given: [[PHONE:«phone ukintl»]]. Second person waiting outside, called "[[PERSON:«first ph»]]".
Cashier: [[PERSON:«first se»]]. Report sent to {{Finanspolisen}} ref {{FIPO-26-9931}}.
"""),
]
